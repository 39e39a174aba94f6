// The arithmetic of the two evaluation modes (docs/formula.md §6), shared by constant folding and
// by the interpreters so that a folded constant is exactly what evaluation would have computed.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

#include "formula/program.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/formula.hpp"
#include "jixiao/formula_function.hpp"
#include "jixiao/rounding.hpp"

namespace jixiao::formula {

/// Why a domain error happened (static text, so failures need no allocation).
struct Reason {
  std::string_view zh;
  std::string_view en;
};

[[gnu::always_inline]] inline bool is_finite(double x) noexcept {
  return std::isfinite(x);
}

/// Neither zero, subnormal, infinite nor NaN.
[[gnu::always_inline]] inline bool is_normal(double x) noexcept {
  const double magnitude = std::fabs(x);
  return magnitude >= std::numeric_limits<double>::min() &&
         magnitude <= std::numeric_limits<double>::max();
}

// ---- x ^ n in double mode ---------------------------------------------------------------------
//
// An integer exponent with |n| ≤ max_integer_exponent is computed by repeated multiplication, as
// muparser does for its small powers: std::pow costs several times more. Left-to-right binary
// powering is within (n − 1) roundings of the exact power (7e-15 relative at n = 64, so within
// 1e-12 of std::pow) as long as no step leaves the normal range; a result that is subnormal,
// overflows or comes from such a step is taken from std::pow instead, so underflow and overflow
// behave exactly as std::pow's.

/// Largest |n| for which double mode computes x ^ n by multiplication instead of std::pow.
inline constexpr int max_integer_exponent = 64;

/// x^n for n ≥ 1 by left-to-right binary powering (x^3 = (x·x)·x, x^4 = (x·x)·(x·x)).
[[gnu::always_inline]] inline double integer_power(double x, std::uint32_t n) noexcept {
  if (n <= 4) {  // the common exponents without the loop, in the same order of multiplications
    if (n == 1) return x;
    const double square = x * x;
    if (n == 2) return square;
    return n == 3 ? square * x : square * square;
  }
  double r = x;
  int bit = static_cast<int>(std::bit_width(n)) - 1;
  while (--bit >= 0) {
    r *= r;
    if (((n >> bit) & 1U) != 0) r *= x;
  }
  return r;
}

/// x^n for 1 ≤ n ≤ max_integer_exponent by multiplication when that is the answer: the result is
/// normal, or x is ±0 (then ±0 is exact). False when std::pow must decide (also for x = ±∞ or
/// NaN, whose powers are never normal).
[[gnu::always_inline]] inline bool multiplied_power(double x, int n, double& out) noexcept {
  out = integer_power(x, static_cast<std::uint32_t>(n));
  return is_normal(out) || x == 0;
}

/// x^n for 1 ≤ n ≤ max_integer_exponent.
inline double positive_power(double x, int n) noexcept {
  double p = 0;
  return multiplied_power(x, n, p) ? p : std::pow(x, n);
}

/// x^n for |n| ≤ max_integer_exponent (n < 0: 1 / x^−n, one more rounding).
inline double power_integer(double x, int n) noexcept {
  if (n > 0) return positive_power(x, n);
  if (n == 0) return 1;
  const double p = integer_power(x, static_cast<std::uint32_t>(-n));
  if (!is_normal(p)) return std::pow(x, n);
  const double q = 1 / p;
  return is_normal(q) ? q : std::pow(x, n);
}

/// x ^ y in double mode (docs/formula.md §6).
inline double power(double x, double y) noexcept {
  if (y >= -max_integer_exponent && y <= max_integer_exponent && y == std::trunc(y))
    return power_integer(x, static_cast<int>(y));
  return std::pow(x, y);
}

/// Whether the comparison `op` holds between x and y.
[[gnu::always_inline]] constexpr bool holds(Op op, double x, double y) noexcept {
  switch (op) {
    case Op::less:
      return x < y;
    case Op::less_equal:
      return x <= y;
    case Op::greater:
      return x > y;
    case Op::greater_equal:
      return x >= y;
    case Op::equal:
      return x == y;
    default:
      return x != y;
  }
}

/// The value of a binary operation that cannot fail on the fast double paths (add … max, not pow
/// or round): IEEE arithmetic, a non-finite result flows on to a later check.
[[gnu::always_inline]] constexpr double flow_binary(Op op, double x, double y) noexcept {
  switch (op) {
    case Op::add:
      return x + y;
    case Op::sub:
      return x - y;
    case Op::mul:
      return x * y;
    case Op::div:
      return x / y;
    case Op::less:
    case Op::less_equal:
    case Op::greater:
    case Op::greater_equal:
    case Op::equal:
    case Op::not_equal:
      return holds(op, x, y) ? 1.0 : 0.0;
    case Op::min:
      return y < x ? y : x;
    case Op::max:
      return y > x ? y : x;
    default:
      return std::numeric_limits<double>::quiet_NaN();
  }
}

/// The same for the one-operand operations (`%` divides `times` times by 100).
[[gnu::always_inline]] inline double flow_unary(Op op, double x, std::uint32_t times) noexcept {
  switch (op) {
    case Op::neg:
      return -x;
    case Op::abs:
      return std::fabs(x);
    case Op::floor:
      return std::floor(x);
    case Op::ceil:
      return std::ceil(x);
    case Op::logical_not:
      return x == 0 ? 1.0 : 0.0;
    case Op::percent:
      for (std::uint32_t i = 0; i < times; ++i)
        x /= 100;
      return x;
    case Op::mov:
      return x;
    default:
      return std::numeric_limits<double>::quiet_NaN();
  }
}

/// x rounded to n decimals (−18 ≤ n ≤ 38) as the shortest decimal text of x reads, with `mode`.
double round_shortest(double x, int n, RoundingMode mode) noexcept;

/// The Decimal that the shortest decimal text of a finite double spells. Error(overflow) when it
/// needs more than 38 digits.
Decimal decimal_from_double(double x);

/// The double nearest to a Decimal (through its exact text, so correctly rounded).
double double_from_decimal(const Decimal& value) noexcept;

/// a × b: exact when the product has at most `scale` decimals, else rounded to `scale` with `mode`.
Decimal multiply_at_scale(const Decimal& a, const Decimal& b, int scale, RoundingMode mode);

struct DoubleArithmetic {
  using Value = double;
  RoundingMode rounding = RoundingMode::half_up;

  static double zero() noexcept { return 0; }
  static double from_bool(bool b) noexcept { return b ? 1.0 : 0.0; }
  static bool truthy(double x) noexcept { return x != 0; }
  /// An input that is present must be finite.
  static bool valid_input(double x) noexcept { return is_finite(x); }

  EvalStatus binary(Op op, double a, double b, double& out, Reason& why) const noexcept;
  EvalStatus unary(Op op, double a, std::uint32_t aux, double& out, Reason& why) const noexcept;
};

struct ExactArithmetic {
  using Value = Decimal;
  int scale = Decimal::default_division_scale;
  RoundingMode rounding = RoundingMode::half_up;

  static Decimal zero() noexcept { return Decimal(); }
  static Decimal from_bool(bool b) noexcept { return Decimal(b ? 1 : 0); }
  static bool truthy(const Decimal& x) noexcept { return !x.is_zero(); }
  static bool valid_input(const Decimal&) noexcept { return true; }

  EvalStatus binary(Op op, const Decimal& a, const Decimal& b, Decimal& out,
                    Reason& why) const noexcept;
  EvalStatus unary(Op op, const Decimal& a, std::uint32_t aux, Decimal& out,
                   Reason& why) const noexcept;
};

}  // namespace jixiao::formula

namespace jixiao::formula {

/// Calls a registered function in double mode: a non-finite result is a domain error.
EvalStatus call_function(const FormulaFunction& function, std::span<const double> arguments,
                         double& out, Reason& why) noexcept;
/// Calls a registered function in exact mode (through double when it has no exact implementation).
EvalStatus call_function(const FormulaFunction& function, std::span<const Decimal> arguments,
                         Decimal& out, Reason& why) noexcept;

}  // namespace jixiao::formula
