// The arithmetic of the two evaluation modes (docs/formula.md §6), shared by constant folding and
// by the interpreters so that a folded constant is exactly what evaluation would have computed.
#pragma once

#include <cmath>
#include <cstdint>
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

inline bool is_finite(double x) noexcept {
  return std::isfinite(x);
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
