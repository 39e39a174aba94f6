// format(), the MOF split form, and the names of the target enums.
#include <algorithm>
#include <cstdio>
#include <string>

#include <boost/describe/enum_to_string.hpp>

#include "jixiao/error.hpp"
#include "jixiao/target.hpp"
#include "target/units.hpp"
#include "target/written.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

using target_detail::decimal_text;

// "个村居" is only read back as one unit when a suffix word follows it ("20个村居以上"), because
// after 个 an unknown noun is usually the thing counted, not the unit. Known units never need it.
bool in_vocabulary(const std::string& unit) {
  return !text::find_invalid_utf8(unit) &&
         target_detail::known_canonical(target_detail::to_u32(unit)).has_value();
}

bool needs_suffix_form(const std::string& unit) {
  return unit.size() > 3 && unit.compare(0, 3, "个") == 0 && !in_vocabulary(unit);
}

std::string_view suffix_word(Comparator c) {
  switch (c) {
    case Comparator::greater_equal:
      return "以上";
    case Comparator::less_equal:
      return "以下";
    case Comparator::greater:
      return "以上(不含)";
    case Comparator::less:
      return "以下(不含)";
    default:
      return "";
  }
}

std::string quantity_text(const Decimal& value, const std::string& unit) {
  // A duration of 2023 years would read back as the year 2023: write it with a decimal point.
  if (unit == "年" && value.is_integer() && value >= Decimal(1900) && value <= Decimal(2099)) {
    return decimal_text(value.rescale(std::max(1, value.scale()))) + unit;
  }
  // A bare 2023.07 would read back as the month 2023-07, and 2023.07起 (起, the count of
  // incidents) as "from July 2023": write it with a third decimal.
  if ((unit.empty() || unit == "起") && (value.scale() == 1 || value.scale() == 2) &&
      value >= Decimal(1000) && value < Decimal(10000)) {
    const Decimal month =
        (value - value.round(0, RoundingMode::down)) * Decimal(value.scale() == 1 ? 10 : 100);
    if (month >= Decimal(1) && month <= Decimal(12)) return decimal_text(value.rescale(3)) + unit;
  }
  return decimal_text(value) + unit;
}

// One number with its comparator: "≥95%", or "20个村居以上" where the unit needs a suffix.
std::string comparison_text(Comparator c, const Decimal& value, const std::string& unit) {
  if (needs_suffix_form(unit) && !suffix_word(c).empty()) {
    return quantity_text(value, unit) + std::string(suffix_word(c));
  }
  return std::string(comparator_symbol(c)) + quantity_text(value, unit);
}

// "每年", "每家"; otherwise "每个镇街": after 个 the parser reads any noun as the scope, even
// one that starts like a classifier (家庭, 所长).
std::string scope_text(const Target& t) {
  if (t.scope.empty()) return "";
  static constexpr std::string_view short_forms[] = {"年", "年度", "半年", "季度", "季",   "月",
                                                     "周", "天",   "日",   "小时", "学期", "工作日",
                                                     "家", "所",   "名",   "位",   "座"};
  for (const auto form : short_forms) {
    if (t.scope == form) return "每" + t.scope;
  }
  return "每个" + t.scope;
}

std::string date_text(const TargetDate& d) {
  std::string out;
  if (d.year != 0) out += std::to_string(d.year) + "年";
  if (d.month != 0) out += std::to_string(d.month) + "月";
  if (d.day != 0) out += std::to_string(d.day) + "日";
  return out;
}

std::string compound_spelling(const Target& t) {
  const auto& parts = t.parts;
  const Comparator first = parts.front().comparator;
  const bool uniform = std::all_of(parts.begin(), parts.end(),
                                   [&](const Target& p) { return p.comparator == first; });
  const bool suffix_form = std::any_of(parts.begin(), parts.end(),
                                       [](const Target& p) { return needs_suffix_form(p.unit); });
  std::string out = scope_text(t);
  if (uniform) {
    // One comparator for all parts, written once: "≥8省20个地区" (or "8省20个村居以上").
    if (!suffix_form || suffix_word(first).empty()) out += comparator_symbol(first);
    // A unit outside the vocabulary has no known end: "10R900000元" would read back as one part
    // with unit "R…", so such parts are kept apart by 、 ("≥10R、900000元").
    const bool separated = std::any_of(parts.begin(), parts.end(), [](const Target& p) {
      return !p.unit.empty() && !in_vocabulary(p.unit);
    });
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i > 0 && separated) out += "、";
      out += quantity_text(parts[i].value.value_or(Decimal()), parts[i].unit);
    }
    if (suffix_form) out += suffix_word(first);
    return out;
  }
  const bool only_first =
      first != Comparator::none && std::all_of(parts.begin() + 1, parts.end(), [](const Target& p) {
        return p.comparator == Comparator::none;
      });
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Target& p = parts[i];
    if (i > 0) out += "、";
    const Decimal value = p.value.value_or(Decimal());
    if (i == 0 && only_first && !suffix_word(first).empty()) {
      // "8省以上、20个地区": a symbol before the first part would be read as applying to all.
      out += quantity_text(value, p.unit) + std::string(suffix_word(first));
    } else {
      out += comparison_text(p.comparator, value, p.unit);
    }
  }
  return out;
}

// Some readings of a compound have no canonical spelling: "＝8省(含)20个地区" (＝ has no suffix
// word to keep it on the first part) or "8省＜02个欺以内" (the suffix a unit like 个欺 needs would
// spread to every part). Such a compound is given as it was written, the one spelling that is
// sure to read back the same.
std::string compound_text(const Target& t) {
  std::string spelled = compound_spelling(t);
  if (t.text.empty() || equivalent(parse_target(spelled), t)) return spelled;
  return t.text;
}

}  // namespace

bool Target::is_numeric() const noexcept {
  return kind == TargetKind::quantitative || kind == TargetKind::range ||
         kind == TargetKind::tolerance;
}

std::string to_string(const TargetDate& date) {
  char buffer[32];
  if (date.year != 0 && date.month != 0 && date.day != 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  } else if (date.year != 0 && date.month != 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  } else if (date.year != 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", date.year);
  } else if (date.day != 0) {
    std::snprintf(buffer, sizeof buffer, "%02d-%02d", date.month, date.day);
  } else {
    std::snprintf(buffer, sizeof buffer, "%02d", date.month);
  }
  return buffer;
}

std::string format(const Target& t) {
  switch (t.kind) {
    case TargetKind::empty:
      return "";
    case TargetKind::qualitative:
    case TargetKind::vague:
      return t.body;
    case TargetKind::quantitative:
      if (t.is_compound()) return compound_text(t);
      if (!t.value) return t.body;
      // A bare change keeps its verb: "提高3个百分点", "降低5%".
      if (t.comparator == Comparator::none && t.direction == Direction::increase) {
        return scope_text(t) + "提高" + quantity_text(*t.value, t.unit);
      }
      if (t.comparator == Comparator::none && t.direction == Direction::decrease) {
        return scope_text(t) + "降低" + quantity_text(*t.value, t.unit);
      }
      return scope_text(t) + comparison_text(t.comparator, *t.value, t.unit);
    case TargetKind::range:
      if (!t.value || !t.upper) return t.body;
      return scope_text(t) + quantity_text(*t.value, t.unit) + "至" +
             quantity_text(*t.upper, t.unit);
    case TargetKind::tolerance:
      if (!t.value) return t.body;
      return scope_text(t) + (t.comparator == Comparator::less ? "＜" : "") + "±" +
             quantity_text(*t.value, t.unit);
    case TargetKind::date: {
      if (!t.date) return t.body;
      std::string out = date_text(*t.date);
      if (t.date_upper) return out + "至" + date_text(*t.date_upper);
      if (t.comparator == Comparator::less_equal || t.comparator == Comparator::less) {
        out += t.date->day != 0 ? "前" : "内";
      } else if (t.comparator == Comparator::greater_equal || t.comparator == Comparator::greater) {
        out += "起";
      }
      return out;
    }
  }
  return t.body;
}

int mof_code(Comparator comparator) noexcept {
  switch (comparator) {
    case Comparator::greater_equal:
      return 1;
    case Comparator::greater:
      return 2;
    case Comparator::equal:
      return 3;
    case Comparator::less:
      return 4;
    case Comparator::less_equal:
      return 5;
    case Comparator::none:
      return 6;
  }
  return 6;
}

std::string_view comparator_symbol(Comparator comparator) noexcept {
  switch (comparator) {
    case Comparator::greater_equal:
      return "≥";
    case Comparator::greater:
      return "＞";
    case Comparator::equal:
      return "＝";
    case Comparator::less:
      return "＜";
    case Comparator::less_equal:
      return "≤";
    case Comparator::none:
      return "";
  }
  return "";
}

std::string_view comparator_ascii(Comparator comparator) noexcept {
  switch (comparator) {
    case Comparator::greater_equal:
      return ">=";
    case Comparator::greater:
      return ">";
    case Comparator::equal:
      return "=";
    case Comparator::less:
      return "<";
    case Comparator::less_equal:
      return "<=";
    case Comparator::none:
      return "";
  }
  return "";
}

Direction direction_of(Comparator comparator) noexcept {
  switch (comparator) {
    case Comparator::greater_equal:
    case Comparator::greater:
      return Direction::positive;
    case Comparator::equal:
      return Direction::equal;
    case Comparator::less:
    case Comparator::less_equal:
      return Direction::negative;
    case Comparator::none:
      return Direction::none;
  }
  return Direction::none;
}

std::string_view to_string(TargetKind kind) noexcept {
  return boost::describe::enum_to_string(kind, "unknown");
}
std::string_view to_string(Comparator comparator) noexcept {
  return boost::describe::enum_to_string(comparator, "unknown");
}
std::string_view to_string(Direction direction) noexcept {
  return boost::describe::enum_to_string(direction, "unknown");
}
std::string_view to_string(TargetDiagnosticCode code) noexcept {
  return boost::describe::enum_to_string(code, "unknown");
}

std::string to_string(const TargetDiagnostic& diagnostic) {
  return diagnostic.message_zh + " / " + diagnostic.message_en;
}

MofValue to_mof(const Target& target, Comparator unwritten_as) {
  MofValue mof;
  if (target.kind == TargetKind::quantitative && !target.is_compound() && target.value) {
    const Comparator c = target.comparator == Comparator::none ? unwritten_as : target.comparator;
    if (c != Comparator::none) {
      mof.code = mof_code(c);
      mof.value = target.value;
      mof.unit = target.unit;
      Target written = target;
      written.comparator = c;
      mof.text = format(written);
      return mof;
    }
  }
  mof.code = 6;
  mof.text = format(target);
  return mof;
}

Target from_mof(int code, std::string_view value, std::string_view unit) {
  if (code < 1 || code > 6) {
    throw Error(ErrorCode::invalid_argument,
                "计算符号代码 " + std::to_string(code) + " 不在 1–6 之内",
                "computesign code " + std::to_string(code) + " is not in 1–6");
  }
  if (code == 6) return parse_target(value);
  static constexpr Comparator by_code[] = {Comparator::greater_equal, Comparator::greater,
                                           Comparator::equal, Comparator::less,
                                           Comparator::less_equal};
  Target target;
  target.kind = TargetKind::quantitative;
  target.comparator = by_code[static_cast<std::size_t>(code - 1)];
  target.value = Decimal::parse(value);
  target.unit = canonical_unit(unit);
  target.direction = direction_of(target.comparator);
  target.text = format(target);
  target.body = target.text;
  return target;
}

}  // namespace jixiao
