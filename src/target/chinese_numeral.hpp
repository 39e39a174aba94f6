// Chinese numerals in 指标值 text (internal): "三" 3, "二十" 20, "一百二十" 120, "一百零五" 105,
// "两千" 2000, "三千五" 3500, "一万二千" 12000, "二〇二三" 2023 (digit by digit, as years are
// written), and the formal digits 壹贰叁肆伍陆柒捌玖拾佰仟.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace jixiao::target_detail {

struct ChineseNumeral {
  std::uint64_t value = 0;
  std::size_t end = 0;  ///< one past the last character read
};

/// Reads the longest well-formed Chinese numeral that starts at `pos` (a digit, 零/〇, or 十).
/// Stops before the first character that would make it ill-formed ("一百二十三四" reads
/// "一百二十三"). Values above 10^16 are not read. Runs in time linear in what it consumes.
std::optional<ChineseNumeral> read_chinese_numeral(std::u32string_view text,
                                                   std::size_t pos) noexcept;

/// The digit value of 零〇一二两三…九 and the formal digits, or -1.
int chinese_digit(char32_t c) noexcept;

/// True for 十百千万亿 and 拾佰仟.
bool is_chinese_numeral_unit(char32_t c) noexcept;

}  // namespace jixiao::target_detail
