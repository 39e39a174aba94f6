// A ratio written as a percentage (0.955 → "95.50"), shared by formula results and scoring traces.
#pragma once

#include <string>

#include "jixiao/decimal.hpp"

namespace jixiao::text {

/// ratio × 100 rounded to `decimals` places (without the '%' sign). Moves the decimal point of
/// the text instead of multiplying, so a ratio near the top of Decimal's range is shown as it
/// is rather than failing with an overflow that ratio × 100 would raise.
std::string percent_digits(const Decimal& ratio, int decimals, RoundingMode mode);

}  // namespace jixiao::text
