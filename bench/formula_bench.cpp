// Formula evaluation against muparser in the same process (docs/performance.md, "Formula
// evaluation"). Names pair up for bench/compare.py:
//   eval/<case>/jixiao, eval/<case>/muparser        one evaluation, double mode (target ratio ≤ 1)
//   batch/rate/jixiao_double, batch/rate/plain_loop  10 million rows (target ≤ 2 ns per row)
//   batch/rate/jixiao_decimal                        exact mode, per row
//   compile/<case>/jixiao, compile/<case>/muparser   compile time per formula
#include <benchmark/benchmark.h>
#include <muParser.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "jixiao/formula.hpp"

namespace {

using jixiao::Decimal;
using jixiao::DecimalColumn;
using jixiao::DoubleColumn;
using jixiao::EvalStatus;
using jixiao::Formula;

struct Case {
  const char* name;
  const char* jixiao;    // the formula as finance staff write it
  const char* muparser;  // the same computation in muparser's syntax, variables a, b, c, d
};

// Seed formulas, expressions in the style of muparser's own benchmark, and nested if/min/max.
const std::vector<Case> cases{
    {"rate", "a/b×100%", "a/b*(100/100)"},
    {"seed_staff", "编外人员及时到位率=及时到位数量/计划到位数量×100%", "a/b*(100/100)"},
    {"seed_repair", "故障维护及时率=及时维护的故障数量/总故障数量 X100%", "a/b*(100/100)"},
    {"seed_guard", "安保工作完成率= 实际完成安保工作量/计划完成安保工作量 X100%", "a/b*(100/100)"},
    {"sum3", "a+b+c", "a+b+c"},
    {"squares", "a*a+b*b+c*c", "a*a+b*b+c*c"},
    {"mixed", "a+b*c-d/2", "a+b*c-d/2"},
    {"products", "(a+b)*(c+d)", "(a+b)*(c+d)"},
    {"powers", "a^2+b^3", "a^2+b^3"},
    {"square_diff", "(a-b)^2", "(a-b)^2"},
    {"ratio_sum", "a*(b+c)/(d+1)", "a*(b+c)/(d+1)"},
    {"nested_ratio", "((a+b)*(c-d))/(a+1)", "((a+b)*(c-d))/(a+1)"},
    {"lorentz", "1/(1+a*a)", "1/(1+a*a)"},
    {"two_ratios", "a/b-c/d", "a/b-c/d"},
    {"linear", "2*a+3*b-4*c+5*d", "2*a+3*b-4*c+5*d"},
    {"long_sum", "a+b+c+d+a+b+c+d+a+b+c+d", "a+b+c+d+a+b+c+d+a+b+c+d"},
    {"min3", "min(a,b,c)", "min(a,b,c)"},
    {"max4", "max(a,b,c,d)", "max(a,b,c,d)"},
    {"if", "if(a>b, a-b, b-a)", "a>b ? a-b : b-a"},
    {"nested_if", "if(a>b, if(c>d, 1, 2), if(c<d, 3, 4))", "a>b ? (c>d ? 1 : 2) : (c<d ? 3 : 4)"},
    {"clamped_rate", "max(0, min(100, a/b*100))", "max(0, min(100, a/b*100))"},
    {"score_bands", "if(a/b >= 0.95, 10, if(a/b >= 0.8, 8, 5))",
     "a/b >= 0.95 ? 10 : (a/b >= 0.8 ? 8 : 5)"},
    {"deviation", "abs(a-b)/b", "abs(a-b)/b"},
    {"balance", "a+b+c = d", "a+b+c == d"},
    {"logic", "a > 0 and b > 0", "(a > 0) && (b > 0)"},
};

// Variable values by slot (jixiao) and by name a, b, c, d (muparser): the same numbers.
constexpr double value_a = 38;
constexpr double value_b = 40;
constexpr double value_c = 3;
constexpr double value_d = 7;

void eval_jixiao(benchmark::State& state, const Case& c) {
  const Formula formula = Formula::compile(c.jixiao);
  const double by_order[] = {value_a, value_b, value_c, value_d};
  std::vector<double> slots;
  for (std::size_t i = 0; i < formula.variables().size(); ++i) {
    const std::string& name = formula.variables()[i].name;
    slots.push_back(name.size() == 1 ? by_order[name[0] - 'a'] : by_order[i]);
  }
  double out = 0;
  for (auto _ : state) {
    const EvalStatus status = formula.try_evaluate_double(slots, out);
    benchmark::DoNotOptimize(status);
    benchmark::DoNotOptimize(out);
  }
}

void eval_muparser(benchmark::State& state, const Case& c) {
  double a = value_a;
  double b = value_b;
  double cc = value_c;
  double d = value_d;
  mu::Parser parser;
  parser.DefineVar("a", &a);
  parser.DefineVar("b", &b);
  parser.DefineVar("c", &cc);
  parser.DefineVar("d", &d);
  parser.SetExpr(c.muparser);
  benchmark::DoNotOptimize(parser.Eval());  // builds the bytecode
  for (auto _ : state)
    benchmark::DoNotOptimize(parser.Eval());
}

void compile_jixiao(benchmark::State& state, const Case& c) {
  for (auto _ : state)
    benchmark::DoNotOptimize(Formula::compile(c.jixiao));
}

void compile_muparser(benchmark::State& state, const Case& c) {
  double a = value_a;
  double b = value_b;
  double cc = value_c;
  double d = value_d;
  mu::Parser parser;
  parser.DefineVar("a", &a);
  parser.DefineVar("b", &b);
  parser.DefineVar("c", &cc);
  parser.DefineVar("d", &d);
  for (auto _ : state) {
    parser.SetExpr(c.muparser);
    benchmark::DoNotOptimize(parser.Eval());  // muparser compiles on the first evaluation
  }
}

// ---- batch: the rate formula over columns ------------------------------------------------------

constexpr std::size_t double_rows = 10'000'000;
// Decimal values are 48 bytes: one million rows keep the run inside a shared machine's memory.
constexpr std::size_t decimal_rows = 1'000'000;

struct Columns {
  std::vector<double> planned;
  std::vector<double> done;
  std::vector<double> results;
  std::vector<EvalStatus> statuses;
};

const Columns& columns() {
  static const Columns data = [] {
    Columns c;
    c.planned.resize(double_rows);
    c.done.resize(double_rows);
    c.results.resize(double_rows);
    c.statuses.resize(double_rows);
    for (std::size_t i = 0; i < double_rows; ++i) {
      c.planned[i] = static_cast<double>(40 + i % 61);
      c.done[i] = static_cast<double>(i % 97);
    }
    return c;
  }();
  return data;
}

void batch_double(benchmark::State& state) {
  const Formula formula = Formula::compile("及时到位数量/计划到位数量×100%");
  Columns& c = const_cast<Columns&>(columns());
  const DoubleColumn inputs[] = {{c.done.data()}, {c.planned.data()}};
  for (auto _ : state) {
    const jixiao::BatchSummary summary =
        formula.evaluate_batch(inputs, double_rows, c.results, c.statuses);
    benchmark::DoNotOptimize(summary);
    benchmark::ClobberMemory();
  }
  state.counters["rows"] = static_cast<double>(double_rows);
}

void batch_plain_loop(benchmark::State& state) {
  Columns& c = const_cast<Columns&>(columns());
  const double* done = c.done.data();
  const double* planned = c.planned.data();
  double* results = c.results.data();
  for (auto _ : state) {
    for (std::size_t i = 0; i < double_rows; ++i)
      results[i] = done[i] / planned[i];
    benchmark::ClobberMemory();
  }
  state.counters["rows"] = static_cast<double>(double_rows);
}

void batch_decimal(benchmark::State& state) {
  const Formula formula = Formula::compile("及时到位数量/计划到位数量×100%");
  std::vector<Decimal> done(decimal_rows);
  std::vector<Decimal> planned(decimal_rows);
  for (std::size_t i = 0; i < decimal_rows; ++i) {
    done[i] = Decimal(static_cast<std::int64_t>(i % 97));
    planned[i] = Decimal(static_cast<std::int64_t>(40 + i % 61));
  }
  std::vector<Decimal> results(decimal_rows);
  std::vector<EvalStatus> statuses(decimal_rows);
  const DecimalColumn inputs[] = {{done.data()}, {planned.data()}};
  for (auto _ : state) {
    const jixiao::BatchSummary summary =
        formula.evaluate_batch(inputs, decimal_rows, results, statuses);
    benchmark::DoNotOptimize(summary);
    benchmark::ClobberMemory();
  }
  state.counters["rows"] = static_cast<double>(decimal_rows);
}

}  // namespace

int main(int argc, char** argv) {
  for (const Case& c : cases) {
    benchmark::RegisterBenchmark((std::string("eval/") + c.name + "/jixiao").c_str(),
                                 [&c](benchmark::State& s) { eval_jixiao(s, c); });
    benchmark::RegisterBenchmark((std::string("eval/") + c.name + "/muparser").c_str(),
                                 [&c](benchmark::State& s) { eval_muparser(s, c); });
  }
  for (const Case& c : cases) {
    benchmark::RegisterBenchmark((std::string("compile/") + c.name + "/jixiao").c_str(),
                                 [&c](benchmark::State& s) { compile_jixiao(s, c); });
    benchmark::RegisterBenchmark((std::string("compile/") + c.name + "/muparser").c_str(),
                                 [&c](benchmark::State& s) { compile_muparser(s, c); });
  }
  benchmark::RegisterBenchmark("batch/rate/jixiao_double", batch_double)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  benchmark::RegisterBenchmark("batch/rate/plain_loop", batch_plain_loop)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  benchmark::RegisterBenchmark("batch/rate/jixiao_decimal", batch_decimal)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
