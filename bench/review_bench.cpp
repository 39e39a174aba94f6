// Review (审核) cost against loading the same declarations, in the same run.
//
// - Panyu: the 番禺 2023 declaration (52 indicators) reviewed under national-2015, against
//   reading its JSON (typed read_declaration, and plain Boost.JSON parse).
// - Declarations/N: N synthetic declarations shaped like the seed (its budget and key tasks, 52
//   indicators from its real ones, names made distinct per declaration), N = 1,250 … 10,000.
//   A pool of 1,000 distinct declarations is generated once, outside the timed loops, and
//   declaration i is pool[i % 1000] (the reviewer keeps no state between declarations, so a
//   repeat costs what a new one does). Google Benchmark fits the growth (BigO, RMS).
// - Indicators/N: one declaration with N indicators (6,250 … 100,000): duplicates are found by
//   hashing, so the cost per indicator stays flat.
//
//   build/default/bench/review_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <boost/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/document_json.hpp"
#include "jixiao/review.hpp"

namespace {

constexpr std::size_t kPool = 1000;

std::string seed_text() {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/examples/panyu-2023/declaration.json",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const jixiao::Reviewer& reviewer() {
  static const jixiao::Reviewer compiled(jixiao::policy_preset("national-2015"));
  return compiled;
}

struct Pool {
  std::string seed;
  std::vector<std::string> texts;
  std::vector<jixiao::Declaration> models;
};

const Pool& pool() {
  static const Pool generated = [] {
    Pool p;
    p.seed = seed_text();
    const jixiao::Declaration seed = jixiao::read_declaration(p.seed);
    for (std::size_t d = 0; d < kPool; ++d) {
      jixiao::Declaration declaration = seed;
      declaration.department.name = "第" + std::to_string(d) + "号预算单位";
      for (std::size_t i = 0; i < declaration.indicators.size(); ++i) {
        jixiao::Indicator& indicator = declaration.indicators[i];
        indicator = seed.indicators[(d + i) % seed.indicators.size()];
        indicator.name += "（" + std::to_string(d) + "-" + std::to_string(i) + "）";
      }
      p.texts.push_back(jixiao::write_declaration(declaration));
      p.models.push_back(std::move(declaration));
    }
    return p;
  }();
  return generated;
}

void BM_Panyu_Review(benchmark::State& state) {
  const jixiao::Declaration declaration = jixiao::read_declaration(pool().seed);
  for (auto _ : state) {
    jixiao::ReviewReport report = reviewer().review(declaration);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Panyu_Review)->Unit(benchmark::kMicrosecond);

void BM_Panyu_Load(benchmark::State& state) {
  const std::string& text = pool().seed;
  for (auto _ : state) {
    jixiao::Declaration declaration = jixiao::read_declaration(text);
    benchmark::DoNotOptimize(declaration);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Panyu_Load)->Unit(benchmark::kMicrosecond);

void BM_Panyu_RawParse(benchmark::State& state) {
  const std::string& text = pool().seed;
  for (auto _ : state) {
    boost::json::value value = boost::json::parse(text);
    benchmark::DoNotOptimize(value);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Panyu_RawParse)->Unit(benchmark::kMicrosecond);

void BM_Panyu_ReviewAndWriteJson(benchmark::State& state) {
  const jixiao::Declaration declaration = jixiao::read_declaration(pool().seed);
  for (auto _ : state) {
    std::string json = jixiao::write_review_report(reviewer().review(declaration));
    benchmark::DoNotOptimize(json);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Panyu_ReviewAndWriteJson)->Unit(benchmark::kMicrosecond);

void BM_Declarations_Review(benchmark::State& state) {
  const Pool& p = pool();
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    std::size_t findings = 0;
    for (std::size_t i = 0; i < n; ++i)
      findings += reviewer().review(p.models[i % kPool]).findings.size();
    benchmark::DoNotOptimize(findings);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Declarations_Review)
    ->Arg(1250)
    ->Arg(2500)
    ->Arg(5000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

void BM_Declarations_Load(benchmark::State& state) {
  const Pool& p = pool();
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    std::size_t indicators = 0;
    for (std::size_t i = 0; i < n; ++i)
      indicators += jixiao::read_declaration(p.texts[i % kPool]).indicators.size();
    benchmark::DoNotOptimize(indicators);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Declarations_Load)
    ->Arg(1250)
    ->Arg(2500)
    ->Arg(5000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

void BM_Declarations_RawParse(benchmark::State& state) {
  const Pool& p = pool();
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    std::size_t members = 0;
    for (std::size_t i = 0; i < n; ++i)
      members += boost::json::parse(p.texts[i % kPool]).as_object().size();
    benchmark::DoNotOptimize(members);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Declarations_RawParse)
    ->Arg(1250)
    ->Arg(2500)
    ->Arg(5000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// One declaration with n indicators cycling through the seed's, every name distinct except one
// in a thousand (which repeats an earlier name with other punctuation: a duplicate finding).
jixiao::Declaration large_declaration(std::size_t n) {
  const jixiao::Declaration seed = jixiao::read_declaration(pool().seed);
  jixiao::Declaration declaration = seed;
  declaration.indicators.clear();
  declaration.indicators.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    jixiao::Indicator indicator = seed.indicators[i % seed.indicators.size()];
    const std::size_t id = i % 1000 == 999 ? i - 500 : i;
    indicator.name = "第" + std::to_string(id) + "项" + indicator.name;
    declaration.indicators.push_back(std::move(indicator));
  }
  return declaration;
}

void BM_Indicators_Review(benchmark::State& state) {
  const jixiao::Declaration declaration =
      large_declaration(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    jixiao::ReviewReport report = reviewer().review(declaration);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Indicators_Review)
    ->Arg(6250)
    ->Arg(12500)
    ->Arg(25000)
    ->Arg(50000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

}  // namespace

BENCHMARK_MAIN();
