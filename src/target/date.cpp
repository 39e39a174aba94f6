#include "target/date.hpp"

#include <utility>

#include "target/chinese_numeral.hpp"
#include "target/lexicon.hpp"

namespace jixiao::target_detail {

namespace {

struct Point {
  TargetDate date;
  std::size_t end = 0;
  bool dotted = false;
  bool period_word = false;  // 底, 末, 初, 上旬…: the text names a point of a period
};

// 1–2 ASCII digits, or a Chinese numeral, at `pos`: the number and its end.
std::optional<std::pair<int, std::size_t>> small_number(std::u32string_view s, std::size_t pos) {
  if (pos < s.size() && is_ascii_digit(s[pos])) {
    std::size_t end = pos;
    int value = 0;
    while (end < s.size() && is_ascii_digit(s[end]) && end - pos < 3) {
      value = value * 10 + static_cast<int>(s[end] - U'0');
      ++end;
    }
    if (end - pos > 2) return std::nullopt;
    return std::make_pair(value, end);
  }
  if (const auto numeral = read_chinese_numeral(s, pos); numeral && numeral->value <= 31) {
    return std::make_pair(static_cast<int>(numeral->value), numeral->end);
  }
  return std::nullopt;
}

std::optional<std::pair<int, std::size_t>> four_digit_year(std::u32string_view s, std::size_t pos) {
  if (pos + 4 > s.size()) return std::nullopt;
  int year = 0;
  bool ascii = true;
  bool chinese = true;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    ascii = ascii && is_ascii_digit(s[i]);
    chinese = chinese && chinese_digit(s[i]) >= 0 && s[i] != U'两';
  }
  if (!ascii && !chinese) return std::nullopt;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    year = year * 10 + (ascii ? static_cast<int>(s[i] - U'0') : chinese_digit(s[i]));
  }
  if (pos + 4 < s.size() && (is_ascii_digit(s[pos + 4]) || chinese_digit(s[pos + 4]) >= 0)) {
    return std::nullopt;  // a longer number
  }
  if (year < 1900 || year > 2099) return std::nullopt;
  return std::make_pair(year, pos + 4);
}

bool starts_with(std::u32string_view s, std::size_t pos, std::u32string_view word) {
  return s.substr(pos, word.size()) == word;
}

// 底/末, 初, 上旬/中旬/下旬, 上半年/下半年 after a year or month.
void apply_period_word(std::u32string_view s, Point& p) {
  const std::size_t at = p.end;
  auto& d = p.date;
  if (d.month == 0) {
    if (starts_with(s, at, U"上半年")) {
      d.month = 6;
      d.day = 30;
      p.end += 3;
      p.period_word = true;
    } else if (starts_with(s, at, U"下半年")) {
      d.month = 12;
      d.day = 31;
      p.end += 3;
      p.period_word = true;
    }
  }
  if (d.day != 0 || p.period_word) return;
  if (starts_with(s, at, U"底") || starts_with(s, at, U"末")) {
    if (d.month == 0) d.month = 12;
    d.day = days_in_month(d.year, d.month);
    p.end += 1;
    p.period_word = true;
  } else if (starts_with(s, at, U"初")) {
    if (d.month == 0) d.month = 1;
    p.end += 1;
    p.period_word = true;
  } else if (d.month != 0 && starts_with(s, at, U"上旬")) {
    d.day = 10;
    p.end += 2;
    p.period_word = true;
  } else if (d.month != 0 && starts_with(s, at, U"中旬")) {
    d.day = 20;
    p.end += 2;
    p.period_word = true;
  } else if (d.month != 0 && starts_with(s, at, U"下旬")) {
    d.day = days_in_month(d.year, d.month);
    p.end += 2;
    p.period_word = true;
  }
}

// Month [day] written with 月 and 日/号, from `pos`, into `p` (year already set or 0).
bool month_day_words(std::u32string_view s, std::size_t pos, Point& p) {
  const auto month = small_number(s, pos);
  if (!month || month->second >= s.size() || s[month->second] != U'月') return false;
  if (month->first < 1 || month->first > 12) return false;
  p.date.month = month->first;
  p.end = month->second + 1;
  if (starts_with(s, p.end, U"份")) ++p.end;
  if (const auto day = small_number(s, p.end);
      day && day->second < s.size() && (s[day->second] == U'日' || s[day->second] == U'号')) {
    if (day->first < 1 || day->first > days_in_month(p.date.year, p.date.month)) return false;
    p.date.day = day->first;
    p.end = day->second + 1;
  }
  return true;
}

std::optional<Point> read_point(std::u32string_view s, std::size_t pos, int inherited_year) {
  Point p;
  if (const auto year = four_digit_year(s, pos)) {
    p.date.year = year->first;
    std::size_t at = year->second;
    if (at < s.size() && s[at] == U'年') {
      p.end = at + 1;
      if (starts_with(s, p.end, U"度")) ++p.end;
      if (Point with_month = p; month_day_words(s, p.end, with_month)) p = with_month;
      apply_period_word(s, p);
      return p;
    }
    // 2023.07, 2023-07-01, 2023/7
    if (at + 1 < s.size() && (s[at] == U'.' || s[at] == U'-' || s[at] == U'/')) {
      const char32_t sep = s[at];
      std::size_t end = at + 1;
      int month = 0;
      const std::size_t month_begin = end;
      while (end < s.size() && is_ascii_digit(s[end]) && end - month_begin < 3) {
        month = month * 10 + static_cast<int>(s[end] - U'0');
        ++end;
      }
      const std::size_t month_digits = end - month_begin;
      if (month_digits == 0 || month_digits > 2 || month < 1 || month > 12) return std::nullopt;
      if (sep == U'-' && month_digits == 1) return std::nullopt;  // "2023-7": too much like a range
      p.date.month = month;
      p.end = end;
      p.dotted = sep == U'.';
      if (end + 1 < s.size() && s[end] == sep && is_ascii_digit(s[end + 1])) {
        std::size_t day_end = end + 1;
        int day = 0;
        while (day_end < s.size() && is_ascii_digit(s[day_end]) && day_end - end < 4) {
          day = day * 10 + static_cast<int>(s[day_end] - U'0');
          ++day_end;
        }
        if (day_end - end - 1 <= 2 && day >= 1 && day <= days_in_month(p.date.year, month)) {
          p.date.day = day;
          p.end = day_end;
        }
      }
      if (p.end < s.size() && is_ascii_digit(s[p.end])) return std::nullopt;
      apply_period_word(s, p);
      return p;
    }
    return std::nullopt;
  }
  // 年底, 年末, 年内 with no year written.
  if (starts_with(s, pos, U"年底") || starts_with(s, pos, U"年末")) {
    p.date = {inherited_year, 12, 31};
    p.end = pos + 2;
    p.period_word = true;
    return p;
  }
  // A month without a year: "12月底前", or the end of "2023年7月至12月".
  p.date.year = inherited_year;
  if (month_day_words(s, pos, p)) {
    apply_period_word(s, p);
    return p;
  }
  return std::nullopt;
}

struct Marker {
  std::u32string_view word;
  Comparator comparator;
};

// Words after a date that make it a deadline (≤) or a start (≥). Completion verbs make a
// deadline: "2023年12月完成" is "by December 2023".
constexpr Marker after_markers[] = {
    {U"之前", Comparator::less_equal},    {U"以前", Comparator::less_equal},
    {U"前", Comparator::less_equal},      {U"以内", Comparator::less_equal},
    {U"之内", Comparator::less_equal},    {U"内", Comparator::less_equal},
    {U"为止", Comparator::less_equal},    {U"止", Comparator::less_equal},
    {U"完成", Comparator::less_equal},    {U"完工", Comparator::less_equal},
    {U"建成", Comparator::less_equal},    {U"上线", Comparator::less_equal},
    {U"办结", Comparator::less_equal},    {U"验收", Comparator::less_equal},
    {U"之后", Comparator::greater_equal}, {U"以后", Comparator::greater_equal},
    {U"后", Comparator::greater_equal},   {U"起", Comparator::greater_equal},
    {U"开始", Comparator::greater_equal}, {U"以来", Comparator::greater_equal},
};

constexpr Marker before_markers[] = {
    {U"截止到", Comparator::less_equal}, {U"截至", Comparator::less_equal},
    {U"截止", Comparator::less_equal},   {U"不晚于", Comparator::less_equal},
    {U"不迟于", Comparator::less_equal}, {U"不早于", Comparator::greater_equal},
    {U"自", Comparator::greater_equal},  {U"从", Comparator::greater_equal},
};

}  // namespace

int days_in_month(int year, int month) noexcept {
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;
  if (month == 2 && year != 0) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return days[month - 1];
}

bool may_start_date(char32_t c) noexcept {
  return is_ascii_digit(c) || chinese_digit(c) >= 0 || c == U'十' || c == U'年' || c == U'截' ||
         c == U'不' || c == U'自' || c == U'从';
}

std::optional<DateReading> read_date(std::u32string_view s, std::size_t pos) {
  DateReading reading;
  reading.begin = pos;
  std::size_t at = pos;
  for (const auto& marker : before_markers) {
    if (starts_with(s, at, marker.word)) {
      reading.comparator = marker.comparator;
      reading.marked = true;
      at += marker.word.size();
      break;
    }
  }
  // "2023-2025年", "2023至2025年": two bare years, the 年 written once.
  if (const auto from = four_digit_year(s, at);
      from && from->second < s.size() &&
      (s[from->second] == U'-' || s[from->second] == U'~' || s[from->second] == U'至')) {
    if (const auto to = four_digit_year(s, from->second + 1);
        to && to->second < s.size() && s[to->second] == U'年' && to->first >= from->first) {
      reading.date = TargetDate{from->first, 0, 0};
      reading.upper = TargetDate{to->first, 0, 0};
      reading.marked = true;
      reading.end = to->second + 1;
      return reading;
    }
  }
  const auto first = read_point(s, at, 0);
  if (!first) return std::nullopt;
  reading.date = first->date;
  reading.dotted = first->dotted;
  reading.marked = reading.marked || first->period_word;
  at = first->end;

  // A period: date sep date, the second inheriting the year ("2023年7月至12月").
  if (at < s.size() && (s[at] == U'-' || s[at] == U'~' || s[at] == U'至' || s[at] == U'到')) {
    if (const auto second = read_point(s, at + 1, first->date.year);
        second && second->date.year != 0 && second->dotted == first->dotted &&
        (second->date.year > first->date.year ||
         (second->date.year == first->date.year && second->date.month >= first->date.month))) {
      reading.upper = second->date;
      reading.marked = true;
      at = second->end;
    }
  }
  if (!reading.upper) {
    for (const auto& marker : after_markers) {
      if (starts_with(s, at, marker.word)) {
        if (reading.comparator == Comparator::none) reading.comparator = marker.comparator;
        reading.marked = true;
        at += marker.word.size();
        break;
      }
    }
  }
  reading.end = at;
  return reading;
}

}  // namespace jixiao::target_detail
