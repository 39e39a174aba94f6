// Batch evaluation through the C ABI (libjixiao.so.1) against the C++ API in the same run
// (docs/performance.md, "C ABI"). The C layer may cost at most 10% at 10,000 rows per call.
// Names pair up:
//   batch_double/<case>/cpp, batch_double/<case>/c   double columns, results and a status per row
//   batch_text/<case>/cpp,   batch_text/<case>/c     decimal texts in, exact result texts out (the
//                                                    C++ side parses and prints as a C++ caller
//                                                    holding texts would)
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "jixiao.h"
#include "jixiao/formula.hpp"

namespace {

constexpr std::size_t rows = 10000;

struct Case {
  const char* name;
  const char* formula;
};

const std::array<Case, 3> cases{{
    {"seed_staff", "编外人员及时到位率=及时到位数量/计划到位数量×100%"},
    {"linear4", "2*a+3*b-4*c+5*d"},
    {"score_bands", "if(a/b >= 0.95, 10, if(a/b >= 0.8, 8, 5))"},
}};

/// Deterministic inputs: column j, row i. Divisors stay away from zero.
double input(std::size_t column, std::size_t row) {
  return static_cast<double>((row * 7 + column * 13) % 1000 + 1) / 8.0;
}

struct Inputs {
  std::vector<std::vector<double>> values;
  std::vector<std::vector<std::string>> texts;
};

Inputs make_inputs(std::size_t columns) {
  Inputs inputs;
  inputs.values.resize(columns);
  inputs.texts.resize(columns);
  for (std::size_t column = 0; column < columns; ++column) {
    for (std::size_t row = 0; row < rows; ++row) {
      inputs.values[column].push_back(input(column, row));
      inputs.texts[column].push_back(
          jixiao::Decimal::parse(std::to_string(input(column, row))).to_string());
    }
  }
  return inputs;
}

void double_cpp(benchmark::State& state, const Case& c) {
  const jixiao::Formula formula = jixiao::Formula::compile(c.formula);
  const Inputs inputs = make_inputs(formula.variables().size());
  std::vector<jixiao::DoubleColumn> columns;
  for (const auto& column : inputs.values)
    columns.push_back({column.data(), nullptr});
  std::vector<double> results(rows);
  std::vector<jixiao::EvalStatus> statuses(rows);
  for (auto _ : state) {
    const jixiao::BatchSummary summary = formula.evaluate_batch(columns, rows, results, statuses);
    benchmark::DoNotOptimize(summary);
    benchmark::DoNotOptimize(results.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
}

void double_c(benchmark::State& state, const Case& c) {
  jx_formula* formula = nullptr;
  if (jx_formula_compile(c.formula, std::char_traits<char>::length(c.formula), nullptr, &formula) !=
      JX_OK) {
    state.SkipWithError(jx_last_error()->message);
    return;
  }
  std::size_t count = 0;
  jx_formula_count(formula, JX_FORMULA_VARIABLES, &count);
  const Inputs inputs = make_inputs(count);
  std::vector<const double*> columns;
  for (const auto& column : inputs.values)
    columns.push_back(column.data());
  std::vector<double> results(rows);
  std::vector<std::uint8_t> statuses(rows);
  for (auto _ : state) {
    jx_batch_summary summary = JX_BATCH_SUMMARY_INIT;
    const int status =
        jx_formula_eval_batch_double(formula, columns.data(), nullptr, columns.size(), rows,
                                     JX_MISSING_ERROR, results.data(), statuses.data(), &summary);
    benchmark::DoNotOptimize(status);
    benchmark::DoNotOptimize(summary);
    benchmark::DoNotOptimize(results.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
  jx_formula_free(formula);
}

void text_cpp(benchmark::State& state, const Case& c) {
  const jixiao::Formula formula = jixiao::Formula::compile(c.formula);
  const Inputs inputs = make_inputs(formula.variables().size());
  std::vector<std::vector<jixiao::Decimal>> values(inputs.texts.size(),
                                                   std::vector<jixiao::Decimal>(rows));
  std::vector<jixiao::DecimalColumn> columns(inputs.texts.size());
  std::vector<jixiao::Decimal> results(rows);
  std::vector<jixiao::EvalStatus> statuses(rows);
  std::vector<std::string> texts(rows);
  for (auto _ : state) {
    for (std::size_t column = 0; column < inputs.texts.size(); ++column) {
      for (std::size_t row = 0; row < rows; ++row)
        values[column][row] = jixiao::Decimal::parse(inputs.texts[column][row]);
      columns[column] = {values[column].data(), nullptr};
    }
    const jixiao::BatchSummary summary = formula.evaluate_batch(columns, rows, results, statuses);
    for (std::size_t row = 0; row < rows; ++row)
      texts[row] = statuses[row] == jixiao::EvalStatus::ok ? results[row].to_string() : "";
    benchmark::DoNotOptimize(summary);
    benchmark::DoNotOptimize(texts.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
}

void text_c(benchmark::State& state, const Case& c) {
  jx_formula* formula = nullptr;
  if (jx_formula_compile(c.formula, std::char_traits<char>::length(c.formula), nullptr, &formula) !=
      JX_OK) {
    state.SkipWithError(jx_last_error()->message);
    return;
  }
  std::size_t count = 0;
  jx_formula_count(formula, JX_FORMULA_VARIABLES, &count);
  const Inputs inputs = make_inputs(count);
  std::vector<std::vector<jx_text>> cells(count);
  std::vector<const jx_text*> columns;
  for (std::size_t column = 0; column < count; ++column) {
    for (const std::string& text : inputs.texts[column])
      cells[column].push_back({text.data(), text.size()});
    columns.push_back(cells[column].data());
  }
  std::vector<const char*> results(rows);
  std::vector<std::uint8_t> statuses(rows);
  for (auto _ : state) {
    char* buffer = nullptr;
    const int status =
        jx_formula_eval_batch_text(formula, columns.data(), columns.size(), rows, JX_MISSING_ERROR,
                                   results.data(), statuses.data(), &buffer, nullptr);
    benchmark::DoNotOptimize(status);
    benchmark::DoNotOptimize(results.data());
    jx_free(buffer);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
  jx_formula_free(formula);
}

[[maybe_unused]] const bool registered = [] {
  for (const Case& c : cases) {
    const std::string name(c.name);
    benchmark::RegisterBenchmark(("batch_double/" + name + "/cpp").c_str(), double_cpp, c);
    benchmark::RegisterBenchmark(("batch_double/" + name + "/c").c_str(), double_c, c);
    benchmark::RegisterBenchmark(("batch_text/" + name + "/cpp").c_str(), text_cpp, c);
    benchmark::RegisterBenchmark(("batch_text/" + name + "/c").c_str(), text_c, c);
  }
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
