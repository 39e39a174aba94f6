#include "json/exact_number.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <system_error>

namespace jixiao::json_io {

namespace {

// A decimal number as 0.d1d2…dn × 10^exponent with d1 and dn not zero, or zero: two texts have
// the same value exactly when their normal forms are equal.
struct NormalForm {
  bool valid = false;
  bool zero = true;
  bool negative = false;
  std::string digits;
  std::int64_t exponent = 0;

  bool operator==(const NormalForm&) const = default;
};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Exponents beyond this are out of double range whatever the digits; saturating keeps a
// hostile "1e99999999999999999999" from overflowing the sum below.
constexpr std::int64_t exponent_bound = std::int64_t{1} << 40;

NormalForm normal_form(std::string_view text) {
  NormalForm form;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) form.negative = text[i++] == '-';
  std::int64_t point = 0;  // digits before the decimal point, once leading zeros are dropped
  bool any_digit = false;
  for (; i < text.size() && is_digit(text[i]); ++i) {
    any_digit = true;
    if (form.digits.empty() && text[i] == '0') continue;
    form.digits += text[i];
    ++point;
  }
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && is_digit(text[i]); ++i) {
      any_digit = true;
      if (form.digits.empty() && text[i] == '0') {
        --point;
        continue;
      }
      form.digits += text[i];
    }
  }
  if (!any_digit) return form;
  std::int64_t exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exponent_negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) exponent_negative = text[i++] == '-';
    if (i == text.size() || !is_digit(text[i])) return form;
    for (; i < text.size() && is_digit(text[i]); ++i) {
      if (exponent < exponent_bound) exponent = exponent * 10 + (text[i] - '0');
    }
    if (exponent_negative) exponent = -exponent;
  }
  if (i != text.size()) return form;
  form.valid = true;
  while (!form.digits.empty() && form.digits.back() == '0')
    form.digits.pop_back();
  form.zero = form.digits.empty();
  if (form.zero) {
    form.negative = false;  // -0 and 0 are the same number
    return form;
  }
  form.exponent = point + exponent;
  return form;
}

}  // namespace

bool double_keeps_number(std::string_view text, double value) {
  // Shortest text that reads back to `value`, in the scientific form the writer uses (the plain
  // form would print a large integral double with all its exact digits).
  std::array<char, 64> buffer{};
  const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                       std::chars_format::scientific);
  if (ec != std::errc{}) return false;
  const NormalForm written =
      normal_form(std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data())));
  const NormalForm read = normal_form(text);
  return read.valid && written.valid && read == written;
}

}  // namespace jixiao::json_io
