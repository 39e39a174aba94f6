// An independent reference for jixiao::Decimal, used as the fuzzing oracle (decimal_fuzz.cpp).
//
// It shares no code with src/decimal.cpp: values are unbounded boost::multiprecision::cpp_int
// coefficients with a scale, rounding works on the remainder of one big division, and text is
// produced digit by digit from the decimal string of the coefficient. It is slow and simple on
// purpose; only its answers are compared, never its speed.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/decimal.hpp"
#include "jixiao/rounding.hpp"

namespace jixiao::fuzz {

using Big = boost::multiprecision::cpp_int;

/// value = coefficient × 10^(−scale), unbounded.
struct Exact {
  Big coefficient = 0;
  int scale = 0;
};

inline Big power_of_ten(int exponent) {
  Big result = 1;
  for (int i = 0; i < exponent; ++i)
    result *= 10;
  return result;
}

inline Exact exact(const Decimal& value) {
  return {Big(value.coefficient()), value.scale()};
}

/// The coefficient of `value` at a scale at least its own.
inline Big at_scale(const Exact& value, int scale) {
  return value.coefficient * power_of_ten(scale - value.scale);
}

inline int compare(const Exact& a, const Exact& b) {
  const int scale = std::max(a.scale, b.scale);
  const Big x = at_scale(a, scale);
  const Big y = at_scale(b, scale);
  return x < y ? -1 : (x > y ? 1 : 0);
}

/// Trailing fractional zeros removed; zero has scale 0.
inline Exact stripped(Exact value) {
  if (value.coefficient == 0) return {0, 0};
  while (value.scale > 0 && value.coefficient % 10 == 0) {
    value.coefficient /= 10;
    --value.scale;
  }
  return value;
}

/// Whether Decimal can hold the value at all: 38 digits, 38 decimals, once zeros are dropped.
inline bool representable(const Exact& value) {
  const Exact s = stripped(value);
  return abs(s.coefficient) < power_of_ten(Decimal::max_scale) && s.scale <= Decimal::max_scale;
}

inline Exact add(const Exact& a, const Exact& b) {
  const int scale = std::max(a.scale, b.scale);
  return {at_scale(a, scale) + at_scale(b, scale), scale};
}
inline Exact subtract(const Exact& a, const Exact& b) {
  const int scale = std::max(a.scale, b.scale);
  return {at_scale(a, scale) - at_scale(b, scale), scale};
}
inline Exact multiply(const Exact& a, const Exact& b) {
  return {a.coefficient * b.coefficient, a.scale + b.scale};
}

/// numerator / denominator rounded to an integer with `mode` (denominator ≠ 0).
inline Big divide_rounded(const Big& numerator, const Big& denominator, RoundingMode mode) {
  Big quotient = numerator / denominator;  // truncated toward zero
  const Big remainder = numerator - quotient * denominator;
  if (remainder == 0) return quotient;
  const bool negative = (numerator < 0) != (denominator < 0);
  const Big twice = abs(remainder) * 2;
  const Big whole = abs(denominator);
  const int half = twice < whole ? -1 : (twice > whole ? 1 : 0);
  bool away = false;
  switch (mode) {
    case RoundingMode::half_up:
      away = half >= 0;
      break;
    case RoundingMode::half_down:
      away = half > 0;
      break;
    case RoundingMode::half_even:
      away = half > 0 || (half == 0 && (abs(quotient) % 2) == 1);
      break;
    case RoundingMode::down:
      away = false;
      break;
    case RoundingMode::up:
      away = true;
      break;
    case RoundingMode::ceiling:
      away = !negative;
      break;
    case RoundingMode::floor:
      away = negative;
      break;
  }
  if (away) quotient += negative ? -1 : 1;
  return quotient;
}

/// The value at exactly `scale` decimals: rounded when digits go, padded with zeros otherwise.
inline Exact at_exact_scale(const Exact& value, int scale, RoundingMode mode) {
  if (scale >= value.scale) return {at_scale(value, scale), scale};
  return {divide_rounded(value.coefficient, power_of_ten(value.scale - scale), mode), scale};
}

/// dividend / divisor rounded to `scale` decimals (divisor ≠ 0).
inline Exact quotient(const Exact& dividend, const Exact& divisor, int scale, RoundingMode mode) {
  // (a / 10^sa) / (b / 10^sb) × 10^scale = a × 10^(sb + scale) / (b × 10^sa)
  return {divide_rounded(dividend.coefficient * power_of_ten(divisor.scale + scale),
                         divisor.coefficient * power_of_ten(dividend.scale), mode),
          scale};
}

/// The text of `value` with exactly its scale's decimals; zero never has a sign.
inline std::string text_at_own_scale(const Exact& value) {
  std::string digits = Big(abs(value.coefficient)).str();
  const auto scale = static_cast<std::size_t>(value.scale);
  if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
  if (scale > 0) digits.insert(digits.size() - scale, 1, '.');
  return (value.coefficient < 0 ? "-" : "") + digits;
}

/// What Decimal::to_string() must print: the shortest exact text.
inline std::string shortest_text(const Exact& value) {
  return text_at_own_scale(stripped(value));
}

/// What Decimal::to_string(scale, mode) must print.
inline std::string fixed_text(const Exact& value, int scale, RoundingMode mode) {
  return text_at_own_scale(at_exact_scale(value, scale, mode));
}

/// Reads the plain ASCII forms "[+-]digits[.digits]", ".5", "5." without limits; nothing for any
/// other text (those forms are checked by round trips instead).
struct PlainNumber {
  Exact value;
  bool coefficient_fits = false;  ///< the digits as written fit 38 digits and 38 decimals
};
inline std::optional<PlainNumber> read_plain(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::string digits;
  int scale = 0;
  bool point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      if (point) ++scale;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty()) return std::nullopt;
  // cpp_int reads a leading 0 as an octal prefix: give it the digits without leading zeros.
  const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size() - 1);
  PlainNumber plain;
  plain.value.coefficient = Big(digits.substr(first));
  if (negative) plain.value.coefficient = -plain.value.coefficient;
  plain.value.scale = scale;
  plain.coefficient_fits = abs(plain.value.coefficient) < power_of_ten(Decimal::max_scale) &&
                           scale <= Decimal::max_scale;
  return plain;
}

}  // namespace jixiao::fuzz
