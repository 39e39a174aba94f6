#include "jixiao/unit.hpp"

#include <string>

#include "jixiao/error.hpp"
#include "target/normalize.hpp"
#include "target/units.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

using target_detail::unit_scale;
using target_detail::UnitFamily;
using target_detail::UnitScale;

std::string shown(const std::string& unit, bool chinese) {
  if (unit.empty()) return chinese ? "（无单位）" : "(no unit)";
  return chinese ? "“" + unit + "”" : "\"" + unit + "\"";
}

[[noreturn]] void throw_mismatch(const std::string& a, const std::string& b) {
  throw Error(
      ErrorCode::unit_mismatch, "单位" + shown(a, true) + "与" + shown(b, true) + "无法比较或换算",
      "units " + shown(a, false) + " and " + shown(b, false) + " cannot be compared or converted");
}

// How to bring a value in unit `from` and one in unit `to` onto one scale: each is multiplied by
// its factor. Throws when the units do not compare.
struct Factors {
  Decimal from = 1;
  Decimal to = 1;
};

Factors factors(const std::string& from, const std::string& to) {
  if (from == to) return {};
  const UnitScale a = unit_scale(from);
  const UnitScale b = unit_scale(to);
  if (a.family != UnitFamily::none && a.family == b.family) return {a.factor, b.factor};
  // A plain number: a ratio against % and ‰, the same unit against counts and unknown units.
  if (from.empty() && (b.family == UnitFamily::ratio || b.family == UnitFamily::none)) {
    return {Decimal(1), b.factor};
  }
  if (to.empty() && (a.family == UnitFamily::ratio || a.family == UnitFamily::none)) {
    return {a.factor, Decimal(1)};
  }
  throw_mismatch(from, to);
}

}  // namespace

std::string canonical_unit(std::string_view unit) {
  if (text::find_invalid_utf8(unit)) return std::string(unit);
  std::u32string folded;
  folded.reserve(unit.size());
  for (std::size_t offset = 0; offset < unit.size();) {
    const auto cp = text::decode_at(unit, offset);
    offset += cp.length;
    if (const auto word = target_detail::expansion(cp.value); !word.empty()) {
      folded += word;
    } else if (const char32_t c = target_detail::fold_domain(cp.value); c != 0) {
      folded.push_back(c);
    }
  }
  if (const auto known = target_detail::known_canonical(folded)) return std::string(*known);
  return target_detail::to_utf8(folded);
}

bool units_comparable(std::string_view a, std::string_view b) {
  try {
    factors(canonical_unit(a), canonical_unit(b));
    return true;
  } catch (const Error&) {
    return false;
  }
}

std::strong_ordering compare(const Quantity& a, const Quantity& b) {
  const Factors f = factors(canonical_unit(a.unit), canonical_unit(b.unit));
  return (a.value * f.from) <=> (b.value * f.to);
}

Decimal convert(const Quantity& q, std::string_view unit, int scale, RoundingMode mode) {
  const Factors f = factors(canonical_unit(q.unit), canonical_unit(unit));
  Decimal base = q.value * f.from;
  if (f.to == Decimal(1)) return base;
  return Decimal::divide(base, f.to, scale, mode).normalized();
}

}  // namespace jixiao
