// Double mode's fast paths against their references: the specialised single-evaluation code
// (one opcode per operation and operand kind, fused compare-and-jump, the accumulator, powers by
// multiplication) against exact mode and std::pow, and the vectorised batch blocks against
// single evaluation. A wrong opcode choice, a swapped operand or a missed check shows up here as a
// wrong value or status.
#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/formula.hpp"

namespace jixiao {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Variables a, b, c, d with values whose sums, products and most quotients are exact in binary.
constexpr double value_a = 3;
constexpr double value_b = 4;
constexpr double value_c = 0.5;
constexpr double value_d = -2;

/// Compiled as a rule, so that a leading `a = …` compares.
Formula compile(const std::string& text) {
  FormulaOptions options;
  options.role = FormulaRole::rule;
  return Formula::compile(text, options);
}

/// Evaluates `text` with a, b, c, d bound by name in both modes; the double result must match the
/// exact one (to 1e-12 relative, for quotients such as 3 / 2.5 that double rounds).
void expect_modes_agree(const std::string& text) {
  SCOPED_TRACE(text);
  const Formula formula = compile(text);
  const std::optional<Decimal> exact = formula.evaluate_named({{"a", Decimal::parse("3")},
                                                               {"b", Decimal::parse("4")},
                                                               {"c", Decimal::parse("0.5")},
                                                               {"d", Decimal::parse("-2")}});
  ASSERT_TRUE(exact.has_value());
  std::vector<double> slots;
  for (const FormulaVariable& variable : formula.variables())
    slots.push_back(variable.name == "a"   ? value_a
                    : variable.name == "b" ? value_b
                    : variable.name == "c" ? value_c
                                           : value_d);
  double fast = 0;
  ASSERT_EQ(formula.try_evaluate_double(slots, fast), EvalStatus::ok);
  const double expected = exact->to_double();
  EXPECT_NEAR(fast, expected, 1e-12 * std::fabs(expected));
}

// Operand shapes: a variable, a constant, and values computed into registers (right before the
// operation, so read as the accumulator, or earlier, so read from their register).
const std::vector<std::string> shapes{"a", "2.5", "(c+b)", "(c*d-a)", "d"};

TEST(FormulaFastPath, EveryBinaryOperationOnEveryOperandKind) {
  const std::vector<std::string> operators{"+", "-", "*", "/", "<", "<=", ">", ">=", "=", "!="};
  for (const std::string& op : operators)
    for (const std::string& x : shapes)
      for (const std::string& y : shapes) {
        if (op == "/" && y == "(c*d-a)") continue;  // -4: fine, but keep divisors simple
        const std::string plain = x + " " + op + " " + y;
        expect_modes_agree(plain);
        // The same with a register computed before both operands and used after them, so that
        // operands come from registers as well as from the accumulator.
        expect_modes_agree("(a - d) * 10 + (" + plain + ")");
        expect_modes_agree("(" + plain + ") - (b * c)");
      }
  for (const char* function : {"min", "max"})
    for (const std::string& x : shapes)
      for (const std::string& y : shapes) {
        expect_modes_agree(std::string(function) + "(" + x + ", " + y + ")");
        expect_modes_agree("(b + 1) / (" + std::string(function) + "(" + x + ", " + y + ") + 10)");
        expect_modes_agree(std::string(function) + "(" + x + ", " + y + ", c, -7)");
      }
}

TEST(FormulaFastPath, OneOperandOperations) {
  for (const std::string x : {"a", "d", "(c - b)", "(a / b)"}) {
    for (const std::string form :
         {"-X", "abs(X)", "floor(X)", "ceil(X)", "(not X)", "X%", "X%%", "X^2", "X^3", "X^4", "X^7",
          "X^-1", "X^-3", "X^0", "round(X / 3, 2)", "clamp(X, -1, 1)", "sum(X, b, c)",
          "avg(X, b)"}) {
      std::string text = form;
      text.replace(text.find('X'), 1, x);
      expect_modes_agree(text);
      expect_modes_agree("c + " + text);
      expect_modes_agree("(" + text + ") * (d - 1)");
    }
  }
}

TEST(FormulaFastPath, ConditionsAndLogicOnEveryOperandKind) {
  const std::vector<std::string> comparisons{"<", "<=", ">", ">=", "=", "!="};
  for (const std::string& op : comparisons)
    for (const std::string& x : shapes)
      for (const std::string& y : shapes) {
        const std::string condition = x + " " + op + " " + y;
        expect_modes_agree("if(" + condition + ", a, b * 2)");
        expect_modes_agree("if(" + condition + ", 1, 2)");
        expect_modes_agree("(" + condition + ") and (b > c)");
        expect_modes_agree("(" + condition + ") or (d > 0)");
        expect_modes_agree("(b > c) and (" + condition + ")");
        expect_modes_agree("not (" + condition + ")");
        // The comparison's value is also used after the jump: it must stay in its register.
        expect_modes_agree("if(" + condition + ", a, d) + (" + condition + ")");
      }
  expect_modes_agree("if(a > b, if(c > d, 1, 2), if(c < d, 3, 4))");
  expect_modes_agree("if(a, b, c) + if(a - 3, b, c) + if(c * 0, 1, 2)");
  expect_modes_agree("if(a/b >= 0.95, 10, if(a/b >= 0.7, 8, 5))");
  expect_modes_agree("(a > 0 and b > 0) or (c > 1 and not d)");
}

TEST(FormulaFastPath, ValuesThatAreNotFiniteAreStillReportedPrecisely) {
  // A check on each operand kind: variable (invalid input), register and accumulator (the
  // division by zero that produced them).
  const Formula compare = compile("min(a, 1)");
  EvalFailure failure;
  double out = 0;
  EXPECT_EQ(compare.try_evaluate_double(std::vector<double>{infinity}, out, &failure),
            EvalStatus::invalid_input);
  EXPECT_EQ(failure.subject, "a");

  for (const char* text :
       {"(a / b) > 1", "if((a / b) > 1, 1, 2)", "max(a / b, 1)", "1 < (a / b) + 2", "(a / b) * 0",
        "c / (a / b)", "(a / b) ^ 3", "not (a / b)", "if(a / b, 1, 2)"}) {
    SCOPED_TRACE(text);
    const Formula formula = compile(text);
    std::vector<double> slots(formula.variables().size(), 1.0);
    slots[1] = 0;  // b
    EXPECT_EQ(formula.try_evaluate_double(slots, out, &failure), EvalStatus::division_by_zero);
    EXPECT_EQ(failure.subject, "/");
  }

  // x / ±∞ is 0 and 5 < ∞ is true: the fast path must not let either pass.
  const Formula divide = compile("c / (a * a * a * a)");
  EXPECT_EQ(divide.try_evaluate_double(std::vector<double>{1, 1e100}, out, &failure),
            EvalStatus::overflow);
  EXPECT_EQ(failure.subject, "*");
  const Formula power = compile("a ^ 3 > 5");
  EXPECT_EQ(power.try_evaluate_double(std::vector<double>{1e200}, out, &failure),
            EvalStatus::overflow);
  EXPECT_EQ(failure.subject, "^");
  EXPECT_EQ(compile("a ^ -2").try_evaluate_double(std::vector<double>{0}, out, &failure),
            EvalStatus::division_by_zero);
}

TEST(FormulaFastPath, IntegerPowersStayWithinRoundingOfStdPow) {
  const std::vector<double> bases{0.0,   -0.0,     1.0,    -1.0,  1.0000001, 0.999,
                                  2.5,   -3.7,     1e-3,   -1e-3, 123.456,   1e10,
                                  1e-10, 1.5e-160, 3e-300, 1e154, 1.7e38,    -2.2e-20};
  for (int n = -70; n <= 70; ++n) {
    const Formula formula = compile("x ^ " + std::to_string(n));
    for (const double x : bases) {
      SCOPED_TRACE("x = " + std::to_string(x) + ", n = " + std::to_string(n));
      double out = 0;
      const EvalStatus status = formula.try_evaluate_double(std::vector<double>{x}, out);
      const double reference = std::pow(x, n);
      if (x == 0 && n < 0) {
        EXPECT_EQ(status, EvalStatus::division_by_zero);
      } else if (std::isinf(reference)) {
        EXPECT_EQ(status, EvalStatus::overflow);
      } else if (!std::isnormal(reference)) {
        // Subnormal or zero: exactly std::pow, never an error made of rounding.
        ASSERT_EQ(status, EvalStatus::ok);
        EXPECT_EQ(out, reference);
        EXPECT_EQ(std::signbit(out), std::signbit(reference));
      } else {
        ASSERT_EQ(status, EvalStatus::ok);
        EXPECT_NEAR(out, reference, 1e-14 * std::fabs(reference));
      }
    }
  }
}

TEST(FormulaFastPath, BatchBlocksAgreeWithSingleEvaluation) {
  // 2051 rows: four blocks of 512 and a tail that is not a multiple of the vector width, with a
  // few rows that fail in the middle of otherwise good blocks.
  const std::size_t rows = 2051;
  std::vector<double> a(rows);
  std::vector<double> b(rows);
  std::vector<double> c(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    a[i] = static_cast<double>(i % 97) - 20.5;
    b[i] = static_cast<double>(i % 61) + 0.25;
    c[i] = static_cast<double>(i % 13) * 0.125 - 0.4375;  // never 0 (c ^ -2 divides by it)
  }
  b[700] = 0;          // a division by zero
  a[1100] = nan;       // a missing value
  c[1500] = infinity;  // an invalid input
  a[1801] = 1e300;     // overflow in some formulas
  std::vector<std::uint8_t> present(rows, 1);
  present[333] = 0;  // missing by presence flag

  for (const char* text : {"a / b",
                           "a / b × 100%",
                           "a + b * 2 - c",
                           "2 - a",
                           "a * a * a",
                           "min(a, b)",
                           "max(a, 3)",
                           "min(2, c)",
                           "a < b",
                           "2 <= a",
                           "a = c",
                           "a != 2",
                           "a > b",
                           "c >= 1",
                           "-a",
                           "abs(a - b)",
                           "floor(a / 3)",
                           "ceil(b / 3)",
                           "not (a > b)",
                           "not c",
                           "a%",
                           "a^2",
                           "a^3",
                           "a^5",
                           "c^-2",
                           "round(a / 3, 2)",
                           "(a + b) / (c + 1)",
                           "3",
                           "a",
                           "c - c + a / b"}) {
    SCOPED_TRACE(text);
    const std::string full = std::string(text) + " + 0 * (a + b + c)";  // every column used
    const Formula formula = compile(full);
    ASSERT_EQ(formula.variables().size(), 3U);
    // Columns in slot order (the order of first appearance in the text).
    std::vector<DoubleColumn> columns;
    std::vector<const std::vector<double>*> by_slot;
    for (const FormulaVariable& variable : formula.variables()) {
      const bool is_a = variable.name == "a";
      by_slot.push_back(is_a ? &a : variable.name == "b" ? &b : &c);
      columns.push_back({by_slot.back()->data(), is_a ? present.data() : nullptr});
    }
    std::vector<double> out(rows);
    std::vector<EvalStatus> status(rows);
    const BatchSummary summary = formula.evaluate_batch(columns, rows, out, status);
    std::size_t ok = 0;
    for (std::size_t i = 0; i < rows; ++i) {
      std::vector<double> slots;
      for (std::size_t slot = 0; slot < 3; ++slot)
        slots.push_back(columns[slot].present != nullptr && present[i] == 0 ? nan
                                                                            : (*by_slot[slot])[i]);
      double expected = 0;
      const EvalStatus single = formula.try_evaluate_double(slots, expected);
      ASSERT_EQ(status[i], single) << "row " << i;
      if (single == EvalStatus::ok) {
        ++ok;
        ASSERT_EQ(out[i], expected) << "row " << i;
      } else {
        ASSERT_TRUE(std::isnan(out[i])) << "row " << i;
      }
    }
    EXPECT_EQ(summary.ok, ok);
    EXPECT_EQ(summary.ok + summary.failed + summary.no_value, rows);
    EXPECT_LE(rows - ok, 6U);  // only the rows made to fail above
  }
}

}  // namespace
}  // namespace jixiao
