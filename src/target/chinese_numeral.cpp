#include "target/chinese_numeral.hpp"

namespace jixiao::target_detail {

namespace {

constexpr std::uint64_t max_value = 10'000'000'000'000'000ULL;  // 10^16: 亿亿

std::uint64_t unit_value(char32_t c) noexcept {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
      return 10'000;
    case U'亿':
      return 100'000'000;
    default:
      return 0;
  }
}

}  // namespace

int chinese_digit(char32_t c) noexcept {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'两':
    case U'贰':
    case U'貳':
      return 2;
    case U'三':
    case U'叁':
    case U'叄':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
    case U'陸':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

bool is_chinese_numeral_unit(char32_t c) noexcept {
  return unit_value(c) != 0;
}

std::optional<ChineseNumeral> read_chinese_numeral(std::u32string_view text,
                                                   std::size_t pos) noexcept {
  if (pos >= text.size()) return std::nullopt;
  const char32_t first = text[pos];
  if (chinese_digit(first) < 0 && unit_value(first) != 10) return std::nullopt;

  // Digit-by-digit form ("二〇二三", "一二"): two or more digits with no unit between them.
  // 两 is never used this way.
  {
    std::size_t end = pos;
    std::uint64_t value = 0;
    bool has_liang = false;
    while (end < text.size() && chinese_digit(text[end]) >= 0 && end - pos < 16) {
      has_liang = has_liang || text[end] == U'两';
      value = value * 10 + static_cast<std::uint64_t>(chinese_digit(text[end]));
      ++end;
    }
    const bool unit_follows = end < text.size() && unit_value(text[end]) != 0;
    if (end - pos >= 2 && !unit_follows && !has_liang) return ChineseNumeral{value, end};
  }

  // Grouped form: digits scaled by 十百千 within a section, sections scaled by 万 and 亿.
  std::uint64_t total = 0;            // completed 亿 groups
  std::uint64_t wan_group = 0;        // completed 万 section inside the current 亿 group
  std::uint64_t section = 0;          // below 万
  int pending = -1;                   // a digit waiting for its unit
  std::uint64_t last_small = 10'000;  // units inside a section must descend
  std::uint64_t last_unit = 0;        // the unit just before a trailing digit ("三千五")
  bool zero_seen = false;             // 零 makes a trailing digit count as ones ("一百零五")
  bool wan_done = false;
  std::size_t end = pos;
  std::size_t good_end = pos;  // end of the longest well-formed prefix
  std::uint64_t good_value = 0;

  const auto value_now = [&]() -> std::uint64_t {
    std::uint64_t tail = 0;
    if (pending >= 0) {
      const std::uint64_t digit = static_cast<std::uint64_t>(pending);
      // "三千五" = 3500, "两万三" = 23000: a trailing digit right after a unit is one unit lower.
      tail = (!zero_seen && last_unit >= 100) ? digit * (last_unit / 10) : digit;
    }
    return total + wan_group + section + tail;
  };

  while (end < text.size()) {
    const char32_t c = text[end];
    const int digit = chinese_digit(c);
    const std::uint64_t unit = unit_value(c);
    if (digit == 0) {
      if (pending > 0 || zero_seen) break;  // "三零", "一千零零五" are not grouped
      zero_seen = true;
      pending = -1;
      ++end;
      continue;  // 零 alone keeps the good prefix where it was
    }
    if (digit > 0) {
      if (pending >= 0) break;  // two digits in a row: not grouped form
      pending = digit;
      ++end;
      good_end = end;
      good_value = value_now();
      continue;
    }
    if (unit == 0) break;
    if (unit <= 1000) {
      if (unit >= last_small) break;  // "三百五百"
      std::uint64_t multiplier = 0;
      if (pending >= 0) {
        multiplier = static_cast<std::uint64_t>(pending);
      } else if (unit == 10 && section == 0) {
        multiplier = 1;  // "十五", "一百一十" is handled by pending = 1
      } else {
        break;  // "百" with no digit
      }
      section += multiplier * unit;
      last_small = unit;
      last_unit = unit;
      pending = -1;
      zero_seen = false;
    } else if (unit == 10'000) {
      if (wan_done) break;
      const std::uint64_t group =
          section + (pending >= 0 ? static_cast<std::uint64_t>(pending) : 0);
      if (group == 0) break;
      wan_group = group * 10'000;
      section = 0;
      pending = -1;
      last_small = 10'000;
      last_unit = 10'000;
      zero_seen = false;
      wan_done = true;
    } else {  // 亿
      const std::uint64_t group =
          wan_group + section + (pending >= 0 ? static_cast<std::uint64_t>(pending) : 0);
      if (group == 0 || total != 0 || group >= 100'000'000) break;
      total = group * 100'000'000;
      wan_group = 0;
      section = 0;
      pending = -1;
      last_small = 10'000;
      last_unit = 100'000'000;
      zero_seen = false;
      wan_done = false;
    }
    ++end;
    if (value_now() > max_value) break;
    good_end = end;
    good_value = value_now();
  }
  if (good_end == pos) {
    // A lone 零/〇 is zero.
    if (chinese_digit(first) == 0) return ChineseNumeral{0, pos + 1};
    return std::nullopt;
  }
  return ChineseNumeral{good_value, good_end};
}

}  // namespace jixiao::target_detail
