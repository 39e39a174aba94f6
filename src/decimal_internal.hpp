// Internal helpers of jixiao::Decimal shared with jixiao::Amount (not installed).
#pragma once

#include <compare>

#include "jixiao/decimal.hpp"

namespace jixiao::detail {

/// Compares a with b × 10^shift exactly, for any shift in −max_scale … max_scale. Amount uses it to
/// compare 万元 with 元 (shift ±4) without building a converted value that might not fit.
std::strong_ordering compare_shifted(const Decimal& a, const Decimal& b, int shift) noexcept;

/// value × 10^shift, exact (shift in −max_scale … max_scale). Moves the decimal point when it can
/// and multiplies the coefficient only when it must; Error(overflow) when the result does not fit.
Decimal shift_decimal_point(const Decimal& value, int shift);

}  // namespace jixiao::detail
