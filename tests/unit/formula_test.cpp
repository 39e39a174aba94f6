// Unit tests of jixiao::Formula: the seed formulas, precedence, exact mode, definitions and rules,
// limits, registered functions, missing-value strategies, batch statuses and thread sharing.
#include "jixiao/formula.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace jixiao {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

Decimal d(std::string_view text) {
  return Decimal::parse(text);
}

std::string exact(std::string_view text, std::initializer_list<DecimalBinding> values = {}) {
  const std::optional<Decimal> value = Formula::compile(text).evaluate_named(values);
  return value ? value->to_string() : "no value";
}

double fast(std::string_view text, std::initializer_list<DoubleBinding> values = {}) {
  return Formula::compile(text).evaluate_double_named(values).value_or(-12345);
}

Error compile_error(std::string_view text, const FormulaOptions& options = {}) {
  try {
    Formula::compile(text, options);
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "compiled: " << text;
  return Error(ErrorCode::internal_error, "", "");
}

TEST(FormulaSeed, ThreeSeedFormulasInBothModes) {
  const Formula staff = Formula::compile("编外人员及时到位率=及时到位数量/计划到位数量×100%");
  EXPECT_TRUE(staff.is_definition());
  EXPECT_EQ(staff.defined_name(), "编外人员及时到位率");
  ASSERT_EQ(staff.variables().size(), 2U);
  EXPECT_EQ(staff.variables()[0].name, "及时到位数量");
  EXPECT_EQ(staff.variables()[1].name, "计划到位数量");
  EXPECT_EQ(staff.result_kind(), ResultKind::percent);
  EXPECT_EQ(staff.evaluate_named({{"及时到位数量", d("38")}, {"计划到位数量", d("40")}}),
            d("0.95"));
  EXPECT_EQ(staff.evaluate_double_named({{"及时到位数量", 38}, {"计划到位数量", 40}}), 0.95);
  EXPECT_EQ(staff.display(d("0.95")), "95%");

  const Formula repair = Formula::compile("故障维护及时率=及时维护的故障数量/总故障数量 X100%");
  EXPECT_EQ(repair.defined_name(), "故障维护及时率");
  ASSERT_EQ(repair.variables().size(), 2U);
  EXPECT_EQ(repair.variables()[1].name, "总故障数量");
  EXPECT_EQ(repair.evaluate_named({{"及时维护的故障数量", d("97")}, {"总故障数量", d("100")}}),
            d("0.97"));
  EXPECT_EQ(repair.evaluate_double_named({{"及时维护的故障数量", 97}, {"总故障数量", 100}}), 0.97);
  EXPECT_EQ(repair.result_kind(), ResultKind::percent);

  const Formula guard =
      Formula::compile("安保工作完成率= 实际完成安保工作量/计划完成安保工作量 X100%");
  EXPECT_EQ(guard.defined_name(), "安保工作完成率");
  const std::optional<Decimal> third =
      guard.evaluate_named({{"实际完成安保工作量", d("1")}, {"计划完成安保工作量", d("3")}});
  EXPECT_EQ(third, d("0.333333333333333333"));
  EXPECT_EQ(guard.display(*third), "33.33%");
  EXPECT_DOUBLE_EQ(
      *guard.evaluate_double_named({{"实际完成安保工作量", 1}, {"计划完成安保工作量", 3}}),
      1.0 / 3.0);
}

TEST(FormulaSeed, NoSpaceBeforeXStillMultiplies) {
  const Formula f = Formula::compile("总数量X100%+1");
  ASSERT_EQ(f.variables().size(), 1U);
  EXPECT_EQ(f.variables()[0].name, "总数量");
  EXPECT_EQ(f.evaluate_named({{"总数量", d("2")}}), d("3"));
  // Latin letters before X, or a run that does not end with the number: one name.
  EXPECT_EQ(Formula::compile("GDPX100").variables()[0].name, "GDPX100");
  EXPECT_EQ(Formula::compile("数量X100a").variables()[0].name, "数量X100a");
}

TEST(FormulaPrecedence, PinnedRules) {
  EXPECT_EQ(exact("-2^2"), "-4");
  EXPECT_EQ(exact("2^3^2"), "512");
  EXPECT_EQ(exact("(-2)^2"), "4");
  EXPECT_EQ(exact("2^-1"), "0.5");
  EXPECT_EQ(exact("50%^2"), "0.25");
  EXPECT_EQ(exact("2^200%"), "4");
  EXPECT_EQ(exact("1 + 2 = 3"), "1");
  EXPECT_EQ(exact("not 1 > 2"), "1");
  EXPECT_EQ(exact("not 0 and 0"), "0");
  EXPECT_EQ(exact("1 or 0 and 0"), "1");
  EXPECT_EQ(exact("0 and 1 or 1"), "1");
  EXPECT_EQ(fast("-2^2"), -4);
  EXPECT_EQ(fast("2^3^2"), 512);
}

TEST(FormulaExact, DecimalArithmeticIsExact) {
  EXPECT_EQ(exact("0.1+0.2"), "0.3");
  EXPECT_EQ(exact("0.1+0.2 = 0.3"), "1");
  EXPECT_EQ(fast("0.1+0.2 = 0.3"), 0);
  EXPECT_EQ(exact("round(2.345, 2)"), "2.35");
  EXPECT_EQ(fast("round(2.345, 2)"), 2.35);
  EXPECT_EQ(exact("round(2.5, 0)"), "3");
  EXPECT_EQ(fast("round(2.5, 0)"), 3);
  EXPECT_EQ(exact("round(-2.5)"), "-3");
  EXPECT_EQ(exact("1/3"), "0.333333333333333333");
  EXPECT_EQ(exact("2/3"), "0.666666666666666667");
  EXPECT_EQ(exact("1163.71 + 15094.71 - 0.01"), "16258.41");
  // Products keep all digits up to the division scale, then round half-up.
  EXPECT_EQ(exact("(1/3) * (1/3)"), "0.111111111111111111");
}

TEST(FormulaExact, DivisionScaleAndRoundingAreOptions) {
  FormulaOptions options;
  options.division_scale = 2;
  EXPECT_EQ(Formula::compile("2/3", options).evaluate({})->to_string(), "0.67");
  options.rounding = RoundingMode::down;
  EXPECT_EQ(Formula::compile("2/3", options).evaluate({})->to_string(), "0.66");
  options.division_scale = 39;
  EXPECT_EQ(compile_error("1", options).code(), ErrorCode::invalid_argument);
}

TEST(FormulaDefinition, HowEqualsIsRead) {
  EXPECT_TRUE(Formula::compile("总额 = 基本支出 + 项目支出").is_definition());
  EXPECT_FALSE(Formula::compile("基本支出 + 项目支出 = 总额").is_definition());
  EXPECT_FALSE(Formula::compile("总额 == 基本支出").is_definition());
  EXPECT_FALSE(Formula::compile("总额 >= 基本支出").is_definition());
  EXPECT_TRUE(Formula::compile("[合计 金额] ＝ a").is_definition());
  EXPECT_EQ(Formula::compile("[合计 金额] ＝ a").defined_name(), "合计 金额");

  FormulaOptions rule;
  rule.role = FormulaRole::rule;
  const Formula balance = Formula::compile("总额 = 基本支出 + 项目支出", rule);
  EXPECT_FALSE(balance.is_definition());
  EXPECT_EQ(balance.variables().size(), 3U);
  EXPECT_EQ(balance.result_kind(), ResultKind::boolean);
  EXPECT_EQ(balance.evaluate_named({{"总额", d("3")}, {"基本支出", d("1")}, {"项目支出", d("2")}}),
            d("1"));

  const Formula nested = Formula::compile("达标 = 实际数 = 计划数");
  EXPECT_TRUE(nested.is_definition());
  EXPECT_EQ(nested.result_kind(), ResultKind::boolean);

  FormulaOptions definition;
  definition.role = FormulaRole::definition;
  const Error error = compile_error("a + b", definition);
  EXPECT_EQ(error.code(), ErrorCode::parse_error);
  EXPECT_EQ(error.location().char_offset, 0U);
  EXPECT_EQ(compile_error("x = x + 1").code(), ErrorCode::parse_error);
}

TEST(FormulaErrors, SyntaxErrorsCarryBothOffsetsAndBothLanguages) {
  const Error error = compile_error("（及时到位数量+1");
  EXPECT_EQ(error.code(), ErrorCode::parse_error);
  EXPECT_EQ(error.location().char_offset, 9U);
  EXPECT_EQ(error.location().byte_offset, 23U);
  EXPECT_EQ(error.message_zh(), "第 10 个字符处缺少右括号");
  EXPECT_EQ(error.message_en(), "missing ')' at character 10");

  EXPECT_EQ(compile_error("").message_en(), "the formula is empty");
  EXPECT_EQ(compile_error("a b").message_en(), "missing operator at character 3");
  EXPECT_EQ(compile_error("a +").message_en(), "missing operand at character 4");
  EXPECT_EQ(compile_error("a)").message_en(), "unmatched ')' at character 2");
  EXPECT_EQ(compile_error("foo(1)").code(), ErrorCode::parse_error);
  EXPECT_EQ(compile_error("round(1,2,3)").message_en(),
            "function 'round' takes 1 to 2 arguments, got 3 (character 1)");
  EXPECT_EQ(compile_error("1e5").message_en(), "exponent notation is not supported (character 2)");
  EXPECT_EQ(compile_error("a @ b").message_en(), "unexpected character '@' at character 3");
  EXPECT_EQ(compile_error("「abc").code(), ErrorCode::parse_error);
  EXPECT_EQ(compile_error("a + not b").code(), ErrorCode::parse_error);
  EXPECT_EQ(compile_error(std::string("a\xff")).code(), ErrorCode::invalid_utf8);
  EXPECT_EQ(compile_error(std::string("a\xff")).location().char_offset, 1U);
}

TEST(FormulaLimits, DeepNestingIsACleanError) {
  const std::string deep = std::string(100000, '(') + "1" + std::string(100000, ')');
  EXPECT_EQ(compile_error(deep).code(), ErrorCode::limit_exceeded);  // longer than 65,536 bytes

  FormulaOptions options;
  options.max_length = 1 << 20;
  const Error depth = compile_error(deep, options);
  EXPECT_EQ(depth.code(), ErrorCode::limit_exceeded);
  EXPECT_EQ(depth.location().char_offset, 64U);  // the 65th '(' goes deeper than 64
  EXPECT_EQ(compile_error(std::string(100000, '-') + "1", options).code(),
            ErrorCode::limit_exceeded);
  EXPECT_EQ(compile_error(std::string(100000, '(') + "1", options).code(),
            ErrorCode::limit_exceeded);

  std::string chain = "1";
  for (int i = 0; i < 20000; ++i)
    chain += "+1";
  EXPECT_EQ(Formula::compile(chain, options).evaluate({}), d("20001"));

  options.max_variables = 2;
  EXPECT_EQ(compile_error("a+b+c", options).code(), ErrorCode::limit_exceeded);
  options.max_depth = 257;
  EXPECT_EQ(compile_error("1", options).code(), ErrorCode::invalid_argument);
}

TEST(FormulaEvaluation, FailuresNameTheOperatorOrVariable) {
  const Formula f = Formula::compile("a + b ÷ c");
  try {
    f.evaluate_named({{"a", d("1")}, {"b", d("1")}, {"c", d("0")}});
    ADD_FAILURE();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::division_by_zero);
    EXPECT_EQ(error.location().char_offset, 6U);
    EXPECT_EQ(error.message_en(), "division by zero in '÷' at character 7");
  }
  const double values[] = {1, 1, 0};
  double out = 0;
  EvalFailure failure;
  EXPECT_EQ(f.try_evaluate_double(values, out, &failure), EvalStatus::division_by_zero);
  EXPECT_EQ(failure.subject, "÷");
  EXPECT_EQ(failure.byte_offset, 6U);

  const double missing[] = {1, nan, 2};
  EXPECT_EQ(f.try_evaluate_double(missing, out, &failure), EvalStatus::missing_value);
  EXPECT_EQ(failure.subject, "b");
  EXPECT_TRUE(failure.subject_is_variable);
  EXPECT_EQ(f.error_for(failure).message_en(), "variable 'b' has no value");

  const double infinite[] = {1, std::numeric_limits<double>::infinity(), 2};
  EXPECT_EQ(f.try_evaluate_double(infinite, out, &failure), EvalStatus::invalid_input);
  EXPECT_EQ(failure.subject, "b");

  // Overflow in double mode is an error, not inf; a hidden infinity is caught too.
  const Formula huge = Formula::compile("x * x > 0");
  const double big[] = {1e200};
  EXPECT_EQ(huge.try_evaluate_double(big, out, &failure), EvalStatus::overflow);
  EXPECT_EQ(failure.subject, "*");
  const Formula hidden = Formula::compile("1 / (1 / x)");
  const double zero[] = {0};
  EXPECT_EQ(hidden.try_evaluate_double(zero, out, &failure), EvalStatus::division_by_zero);
  EXPECT_EQ(failure.char_offset, 7U);

  const Formula power = Formula::compile("x ^ 0.5");
  EXPECT_EQ(power.try_evaluate_double(std::vector<double>{-8.0}, out, &failure),
            EvalStatus::domain_error);
  Decimal exact_out;
  EXPECT_EQ(power.try_evaluate(std::vector<std::optional<Decimal>>{d("4")}, exact_out, &failure),
            EvalStatus::domain_error);
  EXPECT_EQ(f.try_evaluate_double(std::vector<double>{1.0}, out, &failure),
            EvalStatus::invalid_input);

  // Exact overflow names its operator.
  try {
    exact("99999999999999999999999999999999999999 * 10");
    ADD_FAILURE();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::overflow);
  }
}

TEST(FormulaEvaluation, ShortCircuitAndIfEvaluateOnlyWhatIsNeeded) {
  const Formula guarded = Formula::compile("计划数 > 0 and 实际数/计划数 >= 0.95");
  EXPECT_EQ(guarded.evaluate_named({{"计划数", d("0")}, {"实际数", d("5")}}), d("0"));
  EXPECT_EQ(guarded.evaluate_double_named({{"计划数", 0}, {"实际数", 5}}), 0.0);
  EXPECT_EQ(guarded.evaluate_named({{"计划数", d("100")}, {"实际数", d("95")}}), d("1"));
  const Formula choose = Formula::compile("if(a > 0, b, c)");
  EXPECT_EQ(choose.evaluate_named({{"a", d("1")}, {"b", d("7")}}), d("7"));
  EXPECT_EQ(choose.evaluate_double_named({{"a", 1}, {"b", 7}}), 7.0);
}

TEST(FormulaMissing, Strategies) {
  const Formula sum = Formula::compile("a + b");
  const std::vector<std::optional<Decimal>> one_missing{d("2"), std::nullopt};
  const std::vector<std::optional<Decimal>> all_missing{std::nullopt, std::nullopt};
  EXPECT_THROW(sum.evaluate(one_missing), Error);
  EXPECT_EQ(sum.evaluate(one_missing, MissingValueStrategy::skip_if_any_missing), std::nullopt);
  EXPECT_EQ(sum.evaluate(one_missing, MissingValueStrategy::skip_if_all_missing), d("2"));
  EXPECT_EQ(sum.evaluate(all_missing, MissingValueStrategy::skip_if_all_missing), std::nullopt);
  EXPECT_EQ(sum.evaluate(all_missing, MissingValueStrategy::never_skip), d("0"));
  EXPECT_EQ(sum.evaluate(one_missing, MissingValueStrategy::never_skip), d("2"));
  const std::vector<double> one_nan{2, nan};
  EXPECT_EQ(sum.evaluate_double(one_nan, MissingValueStrategy::skip_if_any_missing), std::nullopt);
  EXPECT_EQ(sum.evaluate_double(one_nan, MissingValueStrategy::never_skip), 2.0);
  EXPECT_EQ(sum.evaluate_double(one_nan, MissingValueStrategy::skip_if_all_missing), 2.0);

  // coalesce: its bare-variable arguments are optional and never skip the result.
  const Formula rule = Formula::compile("财政拨款 + coalesce(其他资金, 0)");
  EXPECT_FALSE(rule.variables()[0].optional);
  EXPECT_TRUE(rule.variables()[1].optional);
  const std::vector<std::optional<Decimal>> no_other{d("10"), std::nullopt};
  EXPECT_EQ(rule.evaluate(no_other), d("10"));
  EXPECT_EQ(rule.evaluate(no_other, MissingValueStrategy::skip_if_any_missing), d("10"));
  EXPECT_EQ(rule.evaluate_double(std::vector<double>{10, nan}), 10.0);
  const Formula both = Formula::compile("coalesce(a, b)");
  const std::vector<std::optional<Decimal>> none{std::nullopt, std::nullopt};
  EXPECT_THROW(both.evaluate(none), Error);
  EXPECT_EQ(both.evaluate(none, MissingValueStrategy::skip_if_any_missing), std::nullopt);
  EXPECT_EQ(both.evaluate(none, MissingValueStrategy::never_skip), d("0"));
  EXPECT_EQ(both.evaluate({std::vector<std::optional<Decimal>>{std::nullopt, d("4")}}), d("4"));
}

double twice(std::span<const double> arguments, const void*) noexcept {
  return 2 * arguments[0];
}
double root(std::span<const double> arguments, const void*) noexcept {
  return std::sqrt(arguments[0]);
}
Decimal exact_twice(std::span<const Decimal> arguments, const void*) {
  return arguments[0] * Decimal(2);
}

TEST(FormulaFunctions, RegisteredFunctionsExtendTheLanguage) {
  FunctionTable table;
  table.add({"twice", 1, 1, &twice, &exact_twice});
  table.add({"sqrt", 1, 1, &root});
  EXPECT_THROW(table.add({"max", 1, 1, &twice}), Error);
  EXPECT_THROW(table.add({"TWICE", 1, 1, &twice}), Error);
  EXPECT_THROW(table.add({"2bad", 1, 1, &twice}), Error);
  FormulaOptions options;
  options.functions = &table;
  const Formula f = Formula::compile("TWICE(x) + sqrt(16)", options);
  EXPECT_EQ(f.evaluate_named({{"x", d("1.5")}}), d("7"));
  EXPECT_EQ(f.evaluate_double_named({{"x", 1.5}}), 7.0);
  const Formula negative = Formula::compile("sqrt(x)", options);
  double out = 0;
  EvalFailure failure;
  EXPECT_EQ(negative.try_evaluate_double(std::vector<double>{-1.0}, out, &failure),
            EvalStatus::domain_error);
  EXPECT_EQ(failure.subject, "sqrt");
  EXPECT_EQ(compile_error("sqrt(1)").code(), ErrorCode::parse_error);  // not registered here
}

TEST(FormulaBatch, OneResultAndOneStatusPerRow) {
  const Formula rate = Formula::compile("a/b×100%");
  const std::vector<double> a{38, 1, 5, nan, 7, 1e300};
  const std::vector<double> b{40, 0, 10, 2, 7, 1e-300};
  const std::vector<std::uint8_t> b_present{1, 1, 0, 1, 1, 1};
  const DoubleColumn columns[] = {{a.data()}, {b.data(), b_present.data()}};
  std::vector<double> results(a.size());
  std::vector<EvalStatus> statuses(a.size());
  const BatchSummary summary = rate.evaluate_batch(columns, a.size(), results, statuses);
  EXPECT_EQ(statuses, (std::vector<EvalStatus>{EvalStatus::ok, EvalStatus::division_by_zero,
                                               EvalStatus::missing_value, EvalStatus::missing_value,
                                               EvalStatus::ok, EvalStatus::overflow}));
  EXPECT_EQ(results[0], 0.95);
  EXPECT_EQ(results[4], 1.0);
  EXPECT_TRUE(std::isnan(results[1]));
  EXPECT_EQ(summary.ok, 2U);
  EXPECT_EQ(summary.failed, 4U);

  rate.evaluate_batch(columns, a.size(), results, statuses,
                      MissingValueStrategy::skip_if_any_missing);
  EXPECT_EQ(statuses[2], EvalStatus::no_value);
  EXPECT_EQ(statuses[3], EvalStatus::no_value);

  // A long column crosses many blocks; a branchy formula takes the row-by-row path.
  const std::size_t rows = 5000;
  std::vector<double> x(rows);
  std::vector<double> y(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    x[i] = static_cast<double>(i);
    y[i] = static_cast<double>(i % 7);
  }
  const DoubleColumn xy[] = {{x.data()}, {y.data()}};
  std::vector<double> out(rows);
  std::vector<EvalStatus> status(rows);
  for (const char* text : {"x / y + 1", "if(y > 0, x / y, -1)"}) {
    const Formula f = Formula::compile(text);
    f.evaluate_batch(xy, rows, out, status);
    for (std::size_t i = 0; i < rows; ++i) {
      double expected = 0;
      const EvalStatus single = f.try_evaluate_double(std::vector<double>{x[i], y[i]}, expected);
      ASSERT_EQ(status[i], single) << text << " row " << i;
      if (single == EvalStatus::ok) {
        ASSERT_EQ(out[i], expected) << text << " row " << i;
      }
    }
  }

  const std::vector<Decimal> da{d("38"), d("1")};
  const std::vector<Decimal> db{d("40"), d("0")};
  const DecimalColumn exact_columns[] = {{da.data()}, {db.data()}};
  std::vector<Decimal> exact_results(2);
  rate.evaluate_batch(exact_columns, 2, exact_results, statuses);
  EXPECT_EQ(exact_results[0], d("0.95"));
  EXPECT_EQ(statuses[1], EvalStatus::division_by_zero);
  EXPECT_THROW(rate.evaluate_batch(std::span<const DoubleColumn>(columns, 1), 2, results, statuses),
               Error);
}

TEST(FormulaThreads, OneFormulaSharedByManyThreads) {
  const Formula f = Formula::compile("round(a / b × 100%, 4) + if(a > b, 1, 0)");
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 1; i <= 2000; ++i) {
        const double a = i + t;
        const double b = 7;
        const double expected = std::round(a / b * 10000) / 10000 + (a > b ? 1 : 0);
        const std::optional<double> got = f.evaluate_double(std::vector<double>{a, b});
        const std::optional<Decimal> exact =
            f.evaluate(std::vector<std::optional<Decimal>>{Decimal(i + t), Decimal(7)});
        if (!got || std::fabs(*got - expected) > 1e-12 || !exact ||
            std::fabs(exact->to_double() - expected) > 1e-12)
          ++mismatches[static_cast<std::size_t>(t)];
      }
    });
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(FormulaDisplay, AsAPersonReadsIt) {
  EXPECT_EQ(format_result(d("0.95"), ResultKind::percent), "95%");
  EXPECT_EQ(format_result(d("0.3333333"), ResultKind::percent), "33.33%");
  EXPECT_EQ(format_result(d("1"), ResultKind::boolean), "成立");
  EXPECT_EQ(format_result(d("0"), ResultKind::boolean), "不成立");
  EXPECT_EQ(format_result(d("1163.7100004"), ResultKind::number), "1163.71");
  EXPECT_EQ(Formula::compile("(a/b)%").result_kind(), ResultKind::percent);
  EXPECT_EQ(Formula::compile("a/b*100").result_kind(), ResultKind::number);
}

TEST(FormulaDisplay, PercentRoundsAtTwoPlacesAndShowsSmallAndNegativeRatios) {
  EXPECT_EQ(format_result(d("0.00005"), ResultKind::percent), "0.01%");
  EXPECT_EQ(format_result(d("0.00004"), ResultKind::percent), "0%");
  EXPECT_EQ(format_result(d("-0.0123"), ResultKind::percent), "-1.23%");
  EXPECT_EQ(format_result(d("12"), ResultKind::percent), "1200%");
  EXPECT_EQ(format_result(d("-0.000049"), ResultKind::percent), "0%");
}

TEST(FormulaDisplay, APercentNearTheTopOfTheRangeIsShownNotAnOverflow) {
  // Found by fuzzing: the result fits Decimal, the result × 100 does not. The display used to
  // multiply and threw; `jixiao eval` then failed on a formula it had evaluated.
  const Formula f = Formula::compile("99999992*2^98*100%");
  const std::optional<Decimal> value = f.evaluate({});
  ASSERT_TRUE(value);
  EXPECT_EQ(value->to_string(), "31691262470404534580958777140993589248");
  EXPECT_EQ(f.display(*value), "3169126247040453458095877714099358924800%");
  EXPECT_EQ(format_result(d("-99999999999999999999999999999999999999"), ResultKind::percent),
            "-9999999999999999999999999999999999999900%");
}

}  // namespace
}  // namespace jixiao
