#include "jixiao/amount.hpp"

#include <array>
#include <ostream>
#include <utility>

#include "decimal_internal.hpp"

namespace jixiao {

namespace {

/// Powers of ten from 元: a value in `unit` is value × 10^exponent 元.
constexpr int yuan_exponent(AmountUnit unit) noexcept {
  return unit == AmountUnit::wan_yuan ? 4 : 0;
}

constexpr std::array<std::pair<std::string_view, AmountUnit>, 5> unit_labels{{
    {"元", AmountUnit::yuan},
    {"万元", AmountUnit::wan_yuan},
    {"萬元", AmountUnit::wan_yuan},
    {"yuan", AmountUnit::yuan},
    {"wan_yuan", AmountUnit::wan_yuan},
}};

std::string_view trim_spaces(std::string_view text) noexcept {
  constexpr std::string_view ideographic_space = "\xE3\x80\x80";  // U+3000
  for (bool changed = true; changed;) {
    changed = false;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
      text.remove_prefix(1);
      changed = true;
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
      text.remove_suffix(1);
      changed = true;
    }
    if (text.starts_with(ideographic_space)) {
      text.remove_prefix(ideographic_space.size());
      changed = true;
    }
    if (text.ends_with(ideographic_space)) {
      text.remove_suffix(ideographic_space.size());
      changed = true;
    }
  }
  return text;
}

}  // namespace

std::string_view amount_unit_label(AmountUnit unit) noexcept {
  return unit == AmountUnit::wan_yuan ? "万元" : "元";
}

std::optional<AmountUnit> amount_unit_from_label(std::string_view label) noexcept {
  const std::string_view trimmed = trim_spaces(label);
  for (const auto& [known, unit] : unit_labels)
    if (known == trimmed) return unit;
  return std::nullopt;
}

Amount Amount::to(AmountUnit target) const {
  if (target == unit) return *this;
  return Amount{detail::shift_decimal_point(value, yuan_exponent(unit) - yuan_exponent(target)),
                target};
}

bool operator==(const Amount& a, const Amount& b) {
  return detail::compare_shifted(a.value, b.value, yuan_exponent(b.unit) - yuan_exponent(a.unit)) ==
         0;
}

std::strong_ordering operator<=>(const Amount& a, const Amount& b) {
  return detail::compare_shifted(a.value, b.value, yuan_exponent(b.unit) - yuan_exponent(a.unit));
}

Amount operator+(const Amount& a, const Amount& b) {
  return Amount{a.value + b.to(a.unit).value, a.unit};
}

Amount operator-(const Amount& a, const Amount& b) {
  return Amount{a.value - b.to(a.unit).value, a.unit};
}

std::string to_string(const Amount& amount) {
  return amount.value.to_string() + std::string(amount_unit_label(amount.unit));
}

std::ostream& operator<<(std::ostream& out, const Amount& amount) {
  return out << to_string(amount);
}

}  // namespace jixiao
