// jixiao::Decimal — an exact decimal number for money (万元, 元) and ratios.
//
// Representation: value = coefficient × 10^(−scale), where the coefficient is a
// Boost.Multiprecision checked signed 128-bit integer kept within ±(10^38 − 1) (every integer of up
// to 38 digits) and the scale is 0 … max_scale. Nothing in the arithmetic uses floating point.
//
// - Addition, subtraction and multiplication are exact; a result that needs more than 38
// significant
//   digits or more than max_scale fractional digits is an Error(ErrorCode::overflow), never a wrap
//   or a silent rounding.
// - Division and every reduction of scale take a rounding mode (default half-up, 四舍五入).
// - Equality and ordering are numeric: 1.10 == 1.1. The scale is kept (a parsed "15,094.710"
//   keeps scale 3) so fixed-scale output can reproduce what was written.
//
// See docs/decimal.md for the exact limits and the accepted text forms.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
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

  /// value = coefficient × 10^(−scale). Error(invalid_argument) when scale is outside 0 …
  /// max_scale.
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

  // + and − are defined here so that the common case (add_small) is inlined into the caller: an
  // out-of-line call returning a 48-byte Decimal costs more than the addition itself.
  friend Decimal operator+(const Decimal& a, const Decimal& b) {
    Decimal sum;
    if (add_small(a, b, false, sum)) [[likely]]
      return sum;
    return add_general(a, b, false);
  }
  friend Decimal operator-(const Decimal& a, const Decimal& b) {
    Decimal difference;
    if (add_small(a, b, true, difference)) [[likely]]
      return difference;
    return add_general(a, b, true);
  }
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
  /// a ± b when both coefficients are below 2^63 and the operands aligned to the larger scale, and
  /// their sum, fit a signed 64-bit integer: every pair of amounts on a form. No branch on which
  /// scale is larger (forms mix 2, 4 and 6 decimals). False: add_general decides.
  static bool add_small(const Decimal& a, const Decimal& b, bool subtract, Decimal& sum) noexcept;
  /// a ± b for any operands: native 128-bit integers with overflow checks, then exact wide
  /// integers; Error(overflow) when the exact result does not fit.
  static Decimal add_general(const Decimal& a, const Decimal& b, bool subtract);

  Coefficient coefficient_ = 0;
  int scale_ = 0;
};

namespace detail {

/// Signed multipliers that bring x (scale s, sign p) and y (scale t, sign q) to the scale
/// max(s, t) with their signs, at index (s − t + 18) × 4 + 2p + q for |s − t| ≤ 18:
/// x[i] = ±10^max(0, t − s), y[i] = ±10^max(0, s − t). Signs in the table save the branches (or
/// the arithmetic) that applying them would cost; two arrays index with a plain scaled address.
struct DecimalAlignment {
  static constexpr std::size_t size = std::size_t{37} * 4;
  std::array<std::int64_t, size> x;
  std::array<std::int64_t, size> y;
};
inline constexpr DecimalAlignment decimal_alignment = [] {
  DecimalAlignment table{};
  for (int shift = -18; shift <= 18; ++shift) {
    std::int64_t x = 1;
    std::int64_t y = 1;
    for (int i = 0; i < -shift; ++i)
      x *= 10;
    for (int i = 0; i < shift; ++i)
      y *= 10;
    for (int signs = 0; signs < 4; ++signs) {
      const std::size_t at =
          static_cast<std::size_t>(shift + 18) * 4 + static_cast<std::size_t>(signs);
      table.x[at] = (signs & 2) != 0 ? -x : x;
      table.y[at] = (signs & 1) != 0 ? -y : y;
    }
  }
  return table;
}();

}  // namespace detail

inline bool Decimal::add_small(const Decimal& a, const Decimal& b, bool subtract,
                               Decimal& sum) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  // The coefficient's magnitude is one unsigned 128-bit limb next to a sign flag.
  const auto x = *a.coefficient_.backend().limbs();
  const auto y = *b.coefficient_.backend().limbs();
  const auto x_low = static_cast<std::uint64_t>(x);
  const auto y_low = static_cast<std::uint64_t>(y);
  const auto high = static_cast<std::uint64_t>(x >> 64) | static_cast<std::uint64_t>(y >> 64);
  const auto shift = static_cast<unsigned>(a.scale_ - b.scale_ + 18);
  if (shift > 36) return false;
  if ((high | ((x_low | y_low) >> 63)) != 0) return false;
  const unsigned signs = 2U * static_cast<unsigned>(a.coefficient_.backend().sign()) +
                         static_cast<unsigned>(b.coefficient_.backend().sign() != subtract);
  const std::size_t at = shift * 4 + signs;
  std::int64_t x_aligned = 0;
  std::int64_t y_aligned = 0;
  std::int64_t total = 0;
  if (__builtin_mul_overflow(static_cast<std::int64_t>(x_low), detail::decimal_alignment.x[at],
                             &x_aligned) ||
      __builtin_mul_overflow(static_cast<std::int64_t>(y_low), detail::decimal_alignment.y[at],
                             &y_aligned) ||
      __builtin_add_overflow(x_aligned, y_aligned, &total))
    return false;
  // |total| ≤ 2^63 < 10^38 is always a valid coefficient (taken without a branch, and unsigned so
  // that −2^63 works too); the larger scale is at most 38.
  const auto negative = static_cast<std::uint64_t>(total >> 63);  // all ones or 0
  auto& backend = sum.coefficient_.backend();
  *backend.limbs() = (static_cast<std::uint64_t>(total) ^ negative) - negative;
  if (total < 0 && *backend.limbs() == 0) __builtin_unreachable();  // sign() needs no zero test
  backend.sign(total < 0);
  sum.scale_ = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  return true;
#else
  (void)a;
  (void)b;
  (void)subtract;
  (void)sum;
  return false;
#endif
}

std::ostream& operator<<(std::ostream& out, const Decimal& value);

}  // namespace jixiao

template <>
struct std::hash<jixiao::Decimal> {
  std::size_t operator()(const jixiao::Decimal& value) const noexcept { return value.hash(); }
};
