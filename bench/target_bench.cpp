// 指标值 parsing speed: parse_target() over a realistic mix (every target of the 番禺 2023
// declaration plus the values ERP rows typically hold), side by side in the same run with two
// peers that read only the simple "≥95%" forms:
//   - std::regex: what a quick implementation would do;
//   - strtod on the numeric part: the floor of "just find the number" (no comparator words, no
//     units, no Chinese numerals, no diagnostics).
// And the growth with the length of the text (Complexity: linear).
//
// Run: build/default/bench/target_bench --benchmark_min_time=0.5
#include <benchmark/benchmark.h>

#include <boost/json.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "jixiao/target.hpp"

namespace {

// Values as ERP rows and 申报表 cells typically hold them (merged symbol + number + unit).
const std::vector<std::string> simple_values = {
    "≥95%",  "＝100%", "≤30万元",    "≥90%",  "＞0",  "5个",    "≤5%",  "100%",      "≥3次",
    "＜10%", "≥98%",   "≤3个工作日", "＝1套", "≥85%", "≤2小时", "12个", "≥1200人次", "＞90%",
};

const std::vector<std::string> worded_values = {
    "不少于3次",      "满意度95%以上", "每个镇街不少于 3 台", "90%-100%",
    "±3%以内",        "达到9分或以上", "控制在5%以内",        "不超过30萬元",
    "2023年12月底前", "不少于三次",    "8省20个地区以上",     "完成年度计划数",
    "提升",           "正常运行",      "标准：＞90%",         "标准：100%",
};

std::vector<std::string> seed_targets() {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/examples/panyu-2023/declaration.json");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> texts;
  const boost::json::value declaration = boost::json::parse(bytes);
  for (const auto& indicator : declaration.at("indicators").as_array()) {
    texts.emplace_back(indicator.at("period_target").as_string());
    texts.emplace_back(indicator.at("annual_target").as_string());
  }
  return texts;
}

// The realistic mix: the 104 seed targets, each simple value 4 times and each worded value twice
// (ERP exports are mostly merged simple values; 申报表 cells are mostly words).
const std::vector<std::string>& realistic_mix() {
  static const std::vector<std::string> mix = [] {
    std::vector<std::string> texts = seed_targets();
    for (int i = 0; i < 4; ++i)
      texts.insert(texts.end(), simple_values.begin(), simple_values.end());
    for (int i = 0; i < 2; ++i)
      texts.insert(texts.end(), worded_values.begin(), worded_values.end());
    return texts;
  }();
  return mix;
}

const std::vector<std::string>& simple_mix() {
  return simple_values;
}

// Peer 1: one regular expression for symbol + number + unit.
bool regex_reading(const std::string& text, double& value) {
  static const std::regex pattern(
      "^\\s*(≥|＞|＝|＜|≤|>=|<=|>|<|=)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([^0-9\\s]*)\\s*$");
  std::smatch match;
  if (!std::regex_match(text, match, pattern)) return false;
  value = std::strtod(match[2].str().c_str(), nullptr);
  return true;
}

// Peer 2: strtod from the first digit.
bool strtod_reading(const std::string& text, double& value) {
  const std::size_t digit = text.find_first_of("0123456789");
  if (digit == std::string::npos) return false;
  value = std::strtod(text.c_str() + digit, nullptr);
  return true;
}

template <typename Reader>
void run_peer(benchmark::State& state, const std::vector<std::string>& texts, Reader reader) {
  std::size_t read = 0;
  for (auto _ : state) {
    for (const auto& text : texts) {
      double value = 0;
      read += reader(text, value) ? 1 : 0;
      benchmark::DoNotOptimize(value);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * texts.size()));
  state.counters["read_share"] =
      static_cast<double>(read) / static_cast<double>(state.iterations() * texts.size());
}

void run_jixiao(benchmark::State& state, const std::vector<std::string>& texts) {
  std::size_t numeric = 0;
  for (auto _ : state) {
    for (const auto& text : texts) {
      const jixiao::Target target = jixiao::parse_target(text);
      numeric += target.is_numeric() ? 1 : 0;
      benchmark::DoNotOptimize(target);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * texts.size()));
  state.counters["numeric_share"] =
      static_cast<double>(numeric) / static_cast<double>(state.iterations() * texts.size());
}

void BM_Jixiao_RealisticMix(benchmark::State& state) {
  run_jixiao(state, realistic_mix());
}
void BM_Regex_RealisticMix(benchmark::State& state) {
  run_peer(state, realistic_mix(), regex_reading);
}
void BM_Strtod_RealisticMix(benchmark::State& state) {
  run_peer(state, realistic_mix(), strtod_reading);
}
void BM_Jixiao_SimpleForms(benchmark::State& state) {
  run_jixiao(state, simple_mix());
}
void BM_Regex_SimpleForms(benchmark::State& state) {
  run_peer(state, simple_mix(), regex_reading);
}
void BM_Strtod_SimpleForms(benchmark::State& state) {
  run_peer(state, simple_mix(), strtod_reading);
}

// Writing back: format() and the MOF split of the realistic mix, parsed once outside the loop.
void BM_Jixiao_FormatAndMof(benchmark::State& state) {
  std::vector<jixiao::Target> targets;
  for (const auto& text : realistic_mix())
    targets.push_back(jixiao::parse_target(text));
  for (auto _ : state) {
    for (const auto& target : targets) {
      benchmark::DoNotOptimize(jixiao::format(target));
      benchmark::DoNotOptimize(jixiao::to_mof(target));
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * targets.size()));
}

// Growth with length: a statement repeated up to the 64 KiB bound.
void BM_Jixiao_Length(benchmark::State& state) {
  const std::string piece = "标准：满意度95%以上，保证服务";
  std::string text;
  while (text.size() + piece.size() <= static_cast<std::size_t>(state.range(0)))
    text += piece;
  for (auto _ : state)
    benchmark::DoNotOptimize(jixiao::parse_target(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(static_cast<std::int64_t>(text.size()));
}

BENCHMARK(BM_Jixiao_RealisticMix);
BENCHMARK(BM_Regex_RealisticMix);
BENCHMARK(BM_Strtod_RealisticMix);
BENCHMARK(BM_Jixiao_SimpleForms);
BENCHMARK(BM_Regex_SimpleForms);
BENCHMARK(BM_Strtod_SimpleForms);
BENCHMARK(BM_Jixiao_FormatAndMof);
BENCHMARK(BM_Jixiao_Length)->RangeMultiplier(4)->Range(256, 64 << 10)->Complexity(benchmark::oN);

}  // namespace

BENCHMARK_MAIN();
