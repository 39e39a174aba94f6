// Units of 指标值 (度量单位 / 计量单位): one spelling per unit, and exact comparison across the
// units that convert into each other (元 and 万元, % and a plain ratio, 小时 and 分钟, …).
//
// Units on the forms are free text (the MOF standard has no code list for them, VARCHAR 40–200),
// so the set is open: a unit jixiao does not know is kept as written and compares only with itself
// (and with a plain number, see below). See docs/targets.md, "Units".
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/decimal.hpp"
#include "jixiao/rounding.hpp"

namespace jixiao {

/// A number with its unit: an actual value (实际完成值) "96%" is {96, "%"}, "3台" is {3, "台"}.
/// The empty unit is a plain number. Against % (or ‰) a plain number is a ratio: 0.95 equals 95%.
/// Against a unit outside every convertible family (个, 台, 次, an unknown unit) a plain number is
/// taken to be in that unit. Against money, length, area, mass or time it is ambiguous (元 or
/// 万元?) and comparing it is an Error(unit_mismatch).
struct Quantity {
  Decimal value;
  std::string unit;
};

/// The canonical spelling of a unit: "％"/"百分比" → "%", "萬元" → "万元", "㎡"/"平米" → "平方米",
/// "工作日" → "个工作日", "KG" → "kg"…; spaces are removed and full-width forms folded. A unit
/// jixiao does not know is returned as written (after that folding). Invalid UTF-8 is returned as
/// is.
std::string canonical_unit(std::string_view unit);

/// True when quantities in these two units can be compared (same unit, same family, or one side a
/// plain number under the rules of Quantity).
bool units_comparable(std::string_view a, std::string_view b);

/// Exact three-way comparison of two quantities. Throws Error(unit_mismatch), naming both units,
/// when the units cannot be compared.
std::strong_ordering compare(const Quantity& a, const Quantity& b);

/// `q` expressed in `unit`: exact when the factor is a power of ten (万元 → 元, % → ratio), else
/// rounded to `scale` fractional digits with `mode` (分钟 → 小时). Error(unit_mismatch) as
/// compare().
Decimal convert(const Quantity& q, std::string_view unit,
                int scale = Decimal::default_division_scale,
                RoundingMode mode = RoundingMode::half_up);

}  // namespace jixiao
