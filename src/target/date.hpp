// Dates in 指标值 text (internal): deadlines and periods such as "2023年12月底前",
// "2023.07-2024.01", "2023年7月至12月", "2023-12-31", "年底前", "截至2023年6月30日".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "jixiao/target.hpp"

namespace jixiao::target_detail {

struct DateReading {
  TargetDate date;
  std::optional<TargetDate> upper;           ///< end of a period
  Comparator comparator = Comparator::none;  ///< ≤ for 前/内/止/截至, ≥ for 后/起
  bool marked = false;  ///< a deadline word, a period form or 底/末 says it is a date target
  bool dotted = false;  ///< "2023.07": a number unless marked or a period
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Reads a date (or period) that starts at `pos`, with its deadline words before and after.
/// Returns nothing when no date starts there. Constant work per character consumed.
std::optional<DateReading> read_date(std::u32string_view text, std::size_t pos);

/// True when `c` can start a date (a digit, a Chinese digit, 年, or a date prefix word).
bool may_start_date(char32_t c) noexcept;

/// Days in a month; February has 29 when the year is 0 (not written) or a leap year.
int days_in_month(int year, int month) noexcept;

}  // namespace jixiao::target_detail
