// JSON documents: typed load and save of declarations against plain Boost.JSON on the same bytes.
//
// A synthetic province: declarations shaped like the 番禺 2023 seed (8 budget figures, 2 key
// tasks) with 50 indicators each, their texts taken from the seed's real indicators and made
// distinct per declaration, and an ERP id on every indicator (an unknown member the reader must
// keep). The JSON texts are generated once, outside the timed loops. Each iteration processes a
// pool of kPool declarations; items/s are declarations per second, so a province of 10,000
// declarations takes 10,000 / (items/s) seconds.
//
//   build/default/bench/json_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <boost/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/document_json.hpp"

namespace {

constexpr int kPool = 1000;
constexpr int kIndicatorsPerDeclaration = 50;

jixiao::Declaration seed_declaration() {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/examples/panyu-2023/declaration.json",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return jixiao::read_declaration(text.str());
}

struct Province {
  std::vector<std::string> texts;
  std::vector<jixiao::Declaration> models;
  std::vector<boost::json::value> values;
  std::size_t bytes = 0;
};

const Province& province() {
  static const Province generated = [] {
    const jixiao::Declaration seed = seed_declaration();
    Province p;
    for (int d = 0; d < kPool; ++d) {
      jixiao::Declaration declaration = seed;
      declaration.department.name = "第" + std::to_string(d) + "号预算单位";
      declaration.department.code = std::to_string(300000 + d);
      declaration.indicators.clear();
      for (int i = 0; i < kIndicatorsPerDeclaration; ++i) {
        jixiao::Indicator indicator = seed.indicators[static_cast<std::size_t>(
            (d + i) % static_cast<int>(seed.indicators.size()))];
        indicator.name += "（" + std::to_string(d) + "-" + std::to_string(i) + "）";
        indicator.weight = jixiao::Decimal::parse(i % 2 == 0 ? "2.00" : "1.5");
        indicator.extra.emplace("kpi_id", "KPI-" + std::to_string(d * 100 + i));
        declaration.indicators.push_back(std::move(indicator));
      }
      p.texts.push_back(jixiao::write_declaration(declaration));
      p.bytes += p.texts.back().size();
      p.values.push_back(boost::json::parse(p.texts.back()));
      p.models.push_back(std::move(declaration));
    }
    return p;
  }();
  return generated;
}

void report(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * kPool);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(province().bytes));
}

void BM_RawParse(benchmark::State& state) {
  const Province& p = province();
  for (auto _ : state) {
    for (const std::string& text : p.texts) {
      boost::json::value value = boost::json::parse(text);
      benchmark::DoNotOptimize(value);
    }
  }
  report(state);
}
BENCHMARK(BM_RawParse)->Unit(benchmark::kMillisecond);

// The same parse into a monotonic arena, as read_declaration does for its temporary DOM: shows how
// much of the typed load is parsing and how much is building the model.
void BM_RawParseArena(benchmark::State& state) {
  const Province& p = province();
  for (auto _ : state) {
    for (const std::string& text : p.texts) {
      boost::json::monotonic_resource arena;
      boost::json::value value = boost::json::parse(text, &arena);
      benchmark::DoNotOptimize(value);
    }
  }
  report(state);
}
BENCHMARK(BM_RawParseArena)->Unit(benchmark::kMillisecond);

void BM_TypedLoad(benchmark::State& state) {
  const Province& p = province();
  for (auto _ : state) {
    for (const std::string& text : p.texts) {
      jixiao::Declaration declaration = jixiao::read_declaration(text);
      benchmark::DoNotOptimize(declaration);
    }
  }
  report(state);
}
BENCHMARK(BM_TypedLoad)->Unit(benchmark::kMillisecond);

void BM_RawSerialize(benchmark::State& state) {
  const Province& p = province();
  for (auto _ : state) {
    for (const boost::json::value& value : p.values) {
      std::string text = boost::json::serialize(value);
      benchmark::DoNotOptimize(text);
    }
  }
  report(state);
}
BENCHMARK(BM_RawSerialize)->Unit(benchmark::kMillisecond);

void BM_TypedSave(benchmark::State& state) {
  const Province& p = province();
  for (auto _ : state) {
    for (const jixiao::Declaration& declaration : p.models) {
      std::string text = jixiao::write_declaration(declaration);
      benchmark::DoNotOptimize(text);
    }
  }
  report(state);
}
BENCHMARK(BM_TypedSave)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
