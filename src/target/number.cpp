#include "target/number.hpp"

#include <cstdint>
#include <string>

#include "target/lexicon.hpp"

namespace jixiao::target_detail {

namespace {

std::size_t digits_from(std::u32string_view text, std::size_t pos) noexcept {
  std::size_t end = pos;
  while (end < text.size() && is_ascii_digit(text[end]))
    ++end;
  return end;
}

// A ",ddd" group at `pos` that is followed by neither a fourth digit nor another digit run.
bool group_at(std::u32string_view text, std::size_t pos) noexcept {
  return pos + 3 < text.size() && text[pos] == U',' && digits_from(text, pos + 1) == pos + 4;
}

}  // namespace

ArabicNumber read_arabic_number(std::u32string_view text, std::size_t pos) {
  ArabicNumber number;
  // One pass finds the extent; the value is built from it afterwards.
  std::size_t end = digits_from(text, pos);
  std::size_t integer_end = end;
  number.integer_digits = end - pos;
  if (end - pos <= 3 && group_at(text, end)) {
    number.grouped = true;
    while (group_at(text, end)) {
      end += 4;
      number.integer_digits += 3;
    }
    integer_end = end;
  }
  std::size_t fraction_begin = end;
  if (end + 1 < text.size() && text[end] == U'.' && is_ascii_digit(text[end + 1])) {
    fraction_begin = end + 1;
    end = digits_from(text, fraction_begin);
    number.fraction_digits = end - fraction_begin;
  }
  number.end = end;

  const auto for_each_digit = [&](auto&& use) {
    for (std::size_t i = pos; i < integer_end; ++i) {
      if (text[i] != U',') use(static_cast<char>(text[i]));
    }
    for (std::size_t i = fraction_begin; i < end; ++i)
      use(static_cast<char>(text[i]));
  };
  // Up to 18 digits fit an int64 coefficient: build the Decimal directly, without text.
  if (number.integer_digits + number.fraction_digits <= 18) {
    std::int64_t coefficient = 0;
    for_each_digit([&](char c) { coefficient = coefficient * 10 + (c - '0'); });
    number.value = Decimal::from_coefficient(Decimal::Coefficient(coefficient),
                                             static_cast<int>(number.fraction_digits));
    return number;
  }
  std::string digits;
  digits.reserve(number.integer_digits + number.fraction_digits + 1);
  for (std::size_t i = pos; i < integer_end; ++i) {
    if (text[i] != U',') digits.push_back(static_cast<char>(text[i]));
  }
  if (number.fraction_digits > 0) {
    digits.push_back('.');
    for (std::size_t i = fraction_begin; i < end; ++i)
      digits.push_back(static_cast<char>(text[i]));
  }
  number.value = Decimal::try_parse(digits);  // empty beyond 38 digits
  return number;
}

}  // namespace jixiao::target_detail
