// jixiao::Decimal — an exact decimal number for money (万元, 元) and ratios.
//
// Representation: value = coefficient × 10^(−scale), where the coefficient is a Boost.Multiprecision
// checked signed 128-bit integer kept within ±(10^38 − 1) (every integer of up to 38 digits) and
// the scale is 0 … max_scale. Nothing in the arithmetic uses floating point.
//
// - Addition, subtraction and multiplication are exact; a result that needs more than 38 significant
//   digits or more than max_scale fractional digits is an Error(ErrorCode::overflow), never a wrap
//   or a silent rounding.
// - Division and every reduction of scale take a rounding mode (default half-up, 四舍五入).
// - Equality and ordering are numeric: 1.10 == 1.1. The scale is kept (a parsed "15,094.710"
//   keeps scale 3) so fixed-scale output can reproduce what was written.
//
// See docs/decimal.md for the exact limits and the accepted text forms.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/rounding.hpp"

namespace jixiao {

class Decimal {
 public:
  using Coefficient = boost::multiprecision::checked_int128_t;

  /// Largest number of fractional digits a Decimal carries.
  static constexpr int max_scale = 38;
  /// Fractional digits kept by divide() when the caller does not say: enough for ratios of amounts
  /// in 万元 to stay exact to the fen after multiplying back.
  static constexpr int default_division_scale = 18;

  constexpr Decimal() = default;
  /// An integer value, scale 0 (implicit: `Decimal x = 5;` reads naturally and cannot lose data).
  Decimal(std::int64_t integer) : coefficient_(integer) {}  // NOLINT(google-explicit-constructor)

  /// value = coefficient × 10^(−scale). Error(invalid_argument) when scale is outside 0 … max_scale.
  static Decimal from_coefficient(const Coefficient& coefficient, int scale);

  /// Reads "1163.71", "-0.5", "+3", "1,163.71", "１２３．４５", "  42  ".
  /// Throws Error(parse_error) naming the offending character and its byte offset, or
  /// Error(overflow) when the number has more than 38 significant digits or max_scale decimals.
  static Decimal parse(std::string_view text);
  /// As parse(), but returns nothing instead of throwing (for parsers that try several readings).
  static std::optional<Decimal> try_parse(std::string_view text) noexcept;

  /// Shortest exact text: no trailing fractional zeros, no exponent ("1163.71", "0.95", "-3").
  std::string to_string() const;
  /// Fixed-scale text, rounding when the value has more digits ("15094.710000" at scale 6).
  std::string to_string(int scale, RoundingMode mode = RoundingMode::half_up) const;

  const Coefficient& coefficient() const noexcept { return coefficient_; }
  int scale() const noexcept { return scale_; }

  /// The same value at exactly `scale` fractional digits, rounding if digits are dropped.
  /// Raising the scale is exact (Error(overflow) if the coefficient would not fit).
  Decimal rescale(int scale, RoundingMode mode = RoundingMode::half_up) const;
  /// Round to at most `scale` fractional digits (round(2.345, 2) = 2.35); never raises the scale.
  Decimal round(int scale, RoundingMode mode = RoundingMode::half_up) const;
  /// The same value with trailing fractional zeros removed (1.2300 → 1.23).
  Decimal normalized() const;

  Decimal operator-() const;
  Decimal abs() const;
  /// −1, 0 or 1.
  int sign() const noexcept;
  bool is_zero() const noexcept { return coefficient_ == 0; }
  bool is_integer() const noexcept;

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal& operator+=(const Decimal& other) { return *this = *this + other; }
  Decimal& operator-=(const Decimal& other) { return *this = *this - other; }
  Decimal& operator*=(const Decimal& other) { return *this = *this * other; }

  /// dividend / divisor rounded to `scale` fractional digits. Error(division_by_zero) on zero.
  /// There is deliberately no operator/: a division always says how it rounds.
  /// The result carries `scale` digits unless that would take a 39-digit coefficient for a value
  /// that fits with fewer trailing zeros (1 at scale 38): then, as for + − ×, the zeros go.
  static Decimal divide(const Decimal& dividend, const Decimal& divisor,
                        int scale = default_division_scale,
                        RoundingMode mode = RoundingMode::half_up);

  friend bool operator==(const Decimal& a, const Decimal& b) noexcept;
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;

  /// Hash consistent with ==: 1.10 and 1.1 hash alike.
  std::size_t hash() const noexcept;

  /// The nearest double, for presentation and the formula engine's double mode only.
  double to_double() const noexcept;
  /// The value as an int64 when it is an integer in range.
  std::optional<std::int64_t> to_int64() const noexcept;

 private:
  Coefficient coefficient_ = 0;
  int scale_ = 0;
};

std::ostream& operator<<(std::ostream& out, const Decimal& value);

}  // namespace jixiao

template <>
struct std::hash<jixiao::Decimal> {
  std::size_t operator()(const jixiao::Decimal& value) const noexcept { return value.hash(); }
};
