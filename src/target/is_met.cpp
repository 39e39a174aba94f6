// is_met(): does an actual value (实际完成值) meet a target; equivalent(): same meaning.
#include <compare>
#include <string>
#include <tuple>

#include "jixiao/error.hpp"
#include "jixiao/target.hpp"
#include "target/written.hpp"

namespace jixiao {

namespace {

bool satisfies(std::strong_ordering actual_vs_target, Comparator c) {
  switch (c) {
    case Comparator::greater_equal:
      return actual_vs_target >= 0;
    case Comparator::greater:
      return actual_vs_target > 0;
    case Comparator::equal:
      return actual_vs_target == 0;
    case Comparator::less:
      return actual_vs_target < 0;
    case Comparator::less_equal:
      return actual_vs_target <= 0;
    case Comparator::none:
      break;
  }
  return false;
}

[[noreturn]] void not_numeric(const Target& target) {
  const std::string kind(to_string(target.kind));
  throw Error(ErrorCode::invalid_argument,
              "指标值“" + target.body + "”不是数值型（" + kind + "），不能按实际完成值判断是否达成",
              "the target \"" + target.body + "\" is " + kind +
                  ", not numeric: an actual value cannot meet it");
}

[[noreturn]] void not_a_number(const Target& actual) {
  throw Error(ErrorCode::parse_error, "实际完成值“" + actual.body + "”不是一个数值",
              "the actual value \"" + actual.body + "\" is not a number");
}

// Dates compare at the precision both give: 2023-11 is before 2023-12-31, and within 2023-12.
std::strong_ordering compare_dates(const TargetDate& a, const TargetDate& b) {
  if (a.year != 0 && b.year != 0 && a.year != b.year) return a.year <=> b.year;
  if (a.month == 0 || b.month == 0) return std::strong_ordering::equal;
  if (a.month != b.month) return a.month <=> b.month;
  if (a.day == 0 || b.day == 0) return std::strong_ordering::equal;
  return a.day <=> b.day;
}

bool date_met(const Target& target, const Target& actual) {
  if (actual.kind != TargetKind::date || !actual.date || !target.date) {
    throw Error(ErrorCode::parse_error, "实际完成值“" + actual.body + "”不是日期",
                "the actual value \"" + actual.body + "\" is not a date");
  }
  const TargetDate& when = actual.date_upper ? *actual.date_upper : *actual.date;
  if (target.date_upper) {
    return compare_dates(when, *target.date) >= 0 && compare_dates(when, *target.date_upper) <= 0;
  }
  const Comparator c =
      target.comparator == Comparator::none ? Comparator::equal : target.comparator;
  return satisfies(compare_dates(when, *target.date), c);
}

bool optional_equal(const std::optional<Decimal>& a, const std::optional<Decimal>& b) {
  return a.has_value() == b.has_value() && (!a || *a == *b);
}

}  // namespace

bool is_met(const Target& target, const Quantity& actual, Comparator unwritten_as) {
  switch (target.kind) {
    case TargetKind::quantitative: {
      if (target.is_compound()) {
        throw Error(ErrorCode::invalid_argument,
                    "复合指标值“" + target.body + "”需要每个部分各自的实际完成值",
                    "the compound target \"" + target.body + "\" needs one actual value per part");
      }
      if (!target.value) not_numeric(target);
      const Comparator c = target.comparator == Comparator::none ? unwritten_as : target.comparator;
      if (c == Comparator::none) {
        throw Error(ErrorCode::invalid_argument,
                    "指标值“" + target.body + "”未写比较关系，需指定按何种关系判断",
                    "the target \"" + target.body + "\" has no comparator and none was given");
      }
      return satisfies(compare(actual, Quantity{*target.value, target.unit}), c);
    }
    case TargetKind::range:
      if (!target.value || !target.upper) not_numeric(target);
      return compare(actual, Quantity{*target.value, target.unit}) >= 0 &&
             compare(actual, Quantity{*target.upper, target.unit}) <= 0;
    case TargetKind::tolerance:
      if (!target.value) not_numeric(target);
      return satisfies(
          compare(Quantity{actual.value.abs(), actual.unit}, Quantity{*target.value, target.unit}),
          target.comparator);
    default:
      not_numeric(target);
  }
}

bool is_met(const Target& target, const Target& actual, Comparator unwritten_as) {
  if (target.kind == TargetKind::date) return date_met(target, actual);
  if (!target.is_numeric()) not_numeric(target);
  if (actual.kind != TargetKind::quantitative) not_a_number(actual);
  if (!target.is_compound()) {
    if (actual.is_compound() || !actual.value) not_a_number(actual);
    return is_met(target, Quantity{*actual.value, actual.unit}, unwritten_as);
  }
  // A compound target is met when every part is: each part takes the actual part in its unit
  // (or, failing that, in a unit comparable with it).
  for (const Target& part : target.parts) {
    const Target* match = nullptr;
    const auto consider = [&](const Target& candidate, bool exact) {
      if (match || !candidate.value) return;
      if (exact ? candidate.unit == part.unit : units_comparable(candidate.unit, part.unit)) {
        match = &candidate;
      }
    };
    for (const Target& a : actual.parts)
      consider(a, true);
    if (!actual.is_compound()) consider(actual, true);
    for (const Target& a : actual.parts)
      consider(a, false);
    if (!match) {
      throw Error(ErrorCode::unit_mismatch,
                  "实际完成值“" + actual.body + "”中没有单位为“" + part.unit + "”的部分",
                  "the actual value \"" + actual.body + "\" has no part in \"" + part.unit + "\"");
    }
    if (!is_met(part, Quantity{*match->value, match->unit}, unwritten_as)) return false;
  }
  return true;
}

bool is_met(const Target& target, std::string_view actual_text, Comparator unwritten_as) {
  return is_met(target, parse_target(actual_text), unwritten_as);
}

bool equivalent(const Target& a, const Target& b) {
  if (std::tie(a.kind, a.comparator, a.unit, a.direction, a.scope, a.date, a.date_upper) !=
          std::tie(b.kind, b.comparator, b.unit, b.direction, b.scope, b.date, b.date_upper) ||
      !optional_equal(a.value, b.value) || !optional_equal(a.upper, b.upper) ||
      a.parts.size() != b.parts.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.parts.size(); ++i) {
    if (!equivalent(a.parts[i], b.parts[i])) return false;
  }
  return true;
}

}  // namespace jixiao
