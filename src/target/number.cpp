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
  std::size_t end = digits_from(text, pos);
  std::string digits;  // without separators, with the decimal point
  digits.reserve(end - pos + 4);
  for (std::size_t i = pos; i < end; ++i)
    digits.push_back(static_cast<char>(text[i]));
  number.integer_digits = end - pos;

  if (end - pos <= 3 && group_at(text, end)) {
    number.grouped = true;
    while (group_at(text, end)) {
      for (std::size_t i = end + 1; i < end + 4; ++i)
        digits.push_back(static_cast<char>(text[i]));
      end += 4;
      number.integer_digits += 3;
    }
  }
  if (end + 1 < text.size() && text[end] == U'.' && is_ascii_digit(text[end + 1])) {
    const std::size_t fraction_end = digits_from(text, end + 1);
    digits.push_back('.');
    for (std::size_t i = end + 1; i < fraction_end; ++i) {
      digits.push_back(static_cast<char>(text[i]));
    }
    number.fraction_digits = fraction_end - end - 1;
    end = fraction_end;
  }
  number.end = end;

  // Up to 18 digits fit an int64 coefficient: build the Decimal directly, without text parsing.
  if (number.integer_digits + number.fraction_digits <= 18) {
    std::int64_t coefficient = 0;
    for (const char c : digits) {
      if (c != '.') coefficient = coefficient * 10 + (c - '0');
    }
    number.value = Decimal::from_coefficient(Decimal::Coefficient(coefficient),
                                             static_cast<int>(number.fraction_digits));
  } else {
    number.value = Decimal::try_parse(digits);
  }
  return number;
}

}  // namespace jixiao::target_detail
