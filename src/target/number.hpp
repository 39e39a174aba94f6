// Arabic numbers in 指标值 text (internal): "95", "99.9", "30,135", "1,163.71", "0.5".
// Text arrives normalised (full-width digits and ．already folded).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "jixiao/decimal.hpp"

namespace jixiao::target_detail {

struct ArabicNumber {
  /// Empty when the number has more digits than a Decimal holds (38 significant, 38 decimals).
  std::optional<Decimal> value;
  std::size_t end = 0;  ///< one past the last character read
  std::size_t integer_digits = 0;
  std::size_t fraction_digits = 0;
  bool grouped = false;  ///< written with thousands separators
};

/// Reads the number whose first digit is at `pos`. A comma is a thousands separator only where it
/// is one: a first group of 1–3 digits, then groups of exactly 3 ("30,135", not "3,5" or
/// "100,0000"); otherwise the number ends before the comma. A '.' is a decimal point only when a
/// digit follows. Every digit of the run is consumed even when the value is too large, so callers
/// never re-read a suffix of it (linear time).
ArabicNumber read_arabic_number(std::u32string_view text, std::size_t pos);

}  // namespace jixiao::target_detail
