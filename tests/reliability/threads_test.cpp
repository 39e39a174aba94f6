// Readers used from many threads at once, as an ERP server does: every thread parses, loads and
// evaluates on its own while sharing the immutable objects jixiao says may be shared (a compiled
// Formula, a jx_decimal, the built-in policy presets). Each thread checks its own results, and the
// C ABI's last error must stay per thread. Run under ThreadSanitizer by scripts/check-sanitizers
// (the `tsan` preset; every CTest case whose name contains "Thread" is a threading test).
#include <gtest/gtest.h>

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/document_json.hpp"
#include "jixiao/error.hpp"
#include "jixiao/formula.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/target.hpp"
#include "support/files.hpp"

#if defined(JIXIAO_TEST_CAPI)
#include "jixiao.h"
#endif

namespace jixiao {
namespace {

constexpr int thread_count = 4;

/// Runs `work(thread_index)` on thread_count threads started together; returns the number of
/// checks that failed across all threads (GoogleTest assertions are not used off the main thread).
template <typename Work>
int run_together(Work work) {
  std::atomic<int> ready{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t) {
    threads.emplace_back([&, t] {
      ++ready;
      while (ready.load() < thread_count)
        std::this_thread::yield();
      failures += work(t);
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  return failures.load();
}

TEST(ReaderThreads, ParsersShareNothingMutable) {
  const std::string declaration = testing::read_source_file("examples/panyu-2023/declaration.json");
  const std::string expected = write_document(load_document(declaration));
  const int failures = run_together([&](int t) {
    int failed = 0;
    for (int i = 0; i < 20; ++i) {
      failed += write_document(load_document(declaration)) == expected ? 0 : 1;
      const Target target = parse_target("不少于" + std::to_string(t * 100 + i) + "次");
      failed += target.value && *target.value == Decimal(t * 100 + i) ? 0 : 1;
      failed +=
          Decimal::parse("1,163.71") + Decimal(t) == Decimal::parse("1163.71") + Decimal(t) ? 0 : 1;
      try {
        static_cast<void>(Decimal::parse("1e5"));
        ++failed;
      } catch (const Error& error) {
        failed += error.location().byte_offset == 1u ? 0 : 1;
      }
    }
    return failed;
  });
  EXPECT_EQ(failures, 0);
}

TEST(ReaderThreads, PresetsAndPoliciesAreBuiltOnceForAllThreads) {
  const std::string layered =
      R"({"schema": "jixiao.policy/1", "base": "national-2021", "name": "并发"})";
  const std::string expected = write_policy(read_policy(layered));
  const int failures = run_together([&](int) {
    int failed = 0;
    for (int i = 0; i < 20; ++i) {
      for (const auto name : policy_preset_names()) {
        failed += policy_preset(name).name == name ? 0 : 1;
      }
      failed += write_policy(read_policy(layered)) == expected ? 0 : 1;
    }
    return failed;
  });
  EXPECT_EQ(failures, 0);
}

TEST(ReaderThreads, OneFormulaEvaluatedInBothModesAndInBatches) {
  const Formula rate = Formula::compile("完成率=实际数/计划数×100%");
  const int failures = run_together([&](int t) {
    int failed = 0;
    for (int i = 1; i <= 200; ++i) {
      const auto exact =
          rate.evaluate(std::vector<std::optional<Decimal>>{Decimal(i), Decimal(t + 1)});
      failed += exact && *exact == Decimal::divide(Decimal(i), Decimal(t + 1)) ? 0 : 1;
      const std::vector<double> actual(64, static_cast<double>(i));
      const std::vector<double> planned(64, static_cast<double>(t + 1));
      const DoubleColumn columns[] = {{actual.data()}, {planned.data()}};
      std::vector<double> results(64);
      std::vector<EvalStatus> statuses(64);
      const BatchSummary summary = rate.evaluate_batch(columns, 64, results, statuses);
      failed += summary.ok == 64 && results[63] == static_cast<double>(i) / (t + 1) ? 0 : 1;
    }
    return failed;
  });
  EXPECT_EQ(failures, 0);
}

#if defined(JIXIAO_TEST_CAPI)
TEST(CapiThreads, LastErrorIsPerThreadAndDecimalsAreShared) {
  jx_decimal* shared = nullptr;
  ASSERT_EQ(jx_decimal_parse("1163.71", 7, &shared), JX_OK);
  const int failures = run_together([&](int t) {
    int failed = 0;
    // Each thread fails at its own offset and must read back its own error, whatever the others
    // do in between.
    const std::string bad = std::string(static_cast<std::size_t>(t + 1), '1') + "x";
    for (int i = 0; i < 200; ++i) {
      jx_decimal* out = nullptr;
      failed += jx_decimal_parse(bad.data(), bad.size(), &out) == JX_E_PARSE ? 0 : 1;
      std::this_thread::yield();
      failed += jx_last_error()->byte_offset == t + 1 ? 0 : 1;
      jx_decimal* sum = nullptr;
      failed += jx_decimal_add(shared, shared, &sum) == JX_OK ? 0 : 1;
      char* text = nullptr;
      failed += jx_decimal_to_string(sum, &text) == JX_OK && std::string(text) == "2327.42" ? 0 : 1;
      jx_free(text);
      jx_decimal_free(sum);
    }
    return failed;
  });
  jx_decimal_free(shared);
  EXPECT_EQ(failures, 0);
}
#endif

}  // namespace
}  // namespace jixiao
