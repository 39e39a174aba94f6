// Self-evaluation scoring: score() over N self-evaluations against reading the same documents from
// JSON (read_self_evaluation), in the same run.
//
// The self-evaluations are the 番禺 2023 example (52 indicators: quantitative, qualitative,
// compound, unreadable; audit mode with published scores), made distinct per document: another
// department name, another executed amount and other actual values. A pool of kPool documents is
// generated once, outside the timed loops; N up to 10,000 cycles through the pool, so memory stays
// bounded. Both benchmarks report Complexity (expected O(N)) and items/s (self-evaluations per
// second).
//
//   build/default/bench/scoring_bench --benchmark_min_time=0.2
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/document_json.hpp"
#include "jixiao/scoring.hpp"

namespace {

constexpr std::size_t kPool = 1000;

std::string read_example() {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/examples/panyu-2023/self-evaluation.json",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Pool {
  std::vector<std::string> texts;
  std::vector<jixiao::SelfEvaluation> models;
  jixiao::Policy policy = jixiao::policy_preset("national-2015");
};

const Pool& pool() {
  static const Pool generated = [] {
    const jixiao::SelfEvaluation seed = jixiao::read_self_evaluation(read_example());
    Pool p;
    for (std::size_t d = 0; d < kPool; ++d) {
      jixiao::SelfEvaluation e = seed;
      e.declaration.department.name = "第" + std::to_string(d) + "号预算单位";
      e.budget_execution.front().executed =
          jixiao::Decimal::parse(std::to_string(12000 + d) + "." + std::to_string(d % 100));
      // Vary the quantitative actuals so no two documents score alike.
      for (jixiao::IndicatorResult& row : e.indicators) {
        if (row.actual_value && row.actual_value->ends_with("个") && row.actual_value->size() < 8) {
          row.actual_value = std::to_string(d % 7) + "个";
        } else if (row.actual_value && row.actual_value->ends_with("%") && !row.grade) {
          row.actual_value = std::to_string(80 + d % 25) + "." + std::to_string(d % 10) + "%";
        }
      }
      p.texts.push_back(jixiao::write_self_evaluation(e));
      p.models.push_back(std::move(e));
    }
    return p;
  }();
  return generated;
}

void BM_Score(benchmark::State& state) {
  const Pool& p = pool();
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    for (std::size_t i = 0; i < n; ++i) {
      jixiao::Scorecard card = jixiao::score(p.models[i % kPool], p.policy);
      benchmark::DoNotOptimize(card);
    }
  }
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Score)
    ->RangeMultiplier(10)
    ->Range(10, 10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// The peer: reading the same self-evaluations from their JSON text (parse + typed model), which
// every caller of score() pays first.
void BM_LoadJson(benchmark::State& state) {
  const Pool& p = pool();
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    for (std::size_t i = 0; i < n; ++i) {
      jixiao::SelfEvaluation e = jixiao::read_self_evaluation(p.texts[i % kPool]);
      benchmark::DoNotOptimize(e);
    }
  }
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_LoadJson)
    ->RangeMultiplier(10)
    ->Range(10, 10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// Scoring and writing the scorecard JSON, as `jixiao score --format json` does per document.
void BM_ScoreAndWrite(benchmark::State& state) {
  const Pool& p = pool();
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    for (std::size_t i = 0; i < n; ++i) {
      std::string json = jixiao::write_scorecard(jixiao::score(p.models[i % kPool], p.policy));
      benchmark::DoNotOptimize(json);
    }
  }
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_ScoreAndWrite)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
