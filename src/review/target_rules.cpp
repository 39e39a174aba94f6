// JX-IND-005 … 013 and JX-SAT-001: the target values (指标值), read with the 指标值 parser
// (target.hpp): missing, vague, without unit or comparator, qualitative where a rate needs a
// number, annual against period, forbidden characters, satisfaction.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "jixiao/unit.hpp"
#include "review/engine.hpp"
#include "review/text.hpp"
#include "text/utf8.hpp"

namespace jixiao::review_detail {

namespace {

struct Column {
  std::string_view member;  // "annual_target" / "period_target"
  std::uint64_t field;
  std::string_view zh;  // 年度指标值 / 实施周期指标值
  std::string_view en;
};

constexpr Column annual_column{"annual_target", indicator_field::annual_target, "年度指标值",
                               "annual target"};
constexpr Column period_column{"period_target", indicator_field::period_target, "实施周期指标值",
                               "period target"};

std::string shown(const Target& target) {
  return "“" + excerpt(target.text, 60) + "”";
}

std::string shown_en(const Target& target) {
  return "\"" + excerpt(target.text, 60) + "\"";
}

Finding& add(Context& context, RuleId id, std::size_t index, const Column& column, std::string zh,
             std::string en, const Target& target) {
  Finding& finding =
      context.sink.add(id, indicator_key(index, column.field), indicator_path(index, column.member),
                       std::move(zh), std::move(en));
  about(finding, context.declaration.indicators[index]);
  finding.data["target"] = sanitize(target.text);
  return finding;
}

// The first reason the parser gives, in both languages ("" when none).
std::pair<std::string, std::string> parser_reason(const Target& target) {
  if (target.diagnostics.empty()) return {};
  const TargetDiagnostic& diagnostic = target.diagnostics.front();
  return {"（" + diagnostic.message_zh + "）", " (" + diagnostic.message_en + ")"};
}

bool rate_name(const Indicator& indicator) {
  return trim_name(indicator.name).ends_with("率");
}

bool has_missing_unit(const Target& target) {
  if (!target.is_numeric()) return false;
  if (target.is_compound()) {
    return std::any_of(target.parts.begin(), target.parts.end(),
                       [](const Target& part) { return part.unit.empty(); });
  }
  return target.unit.empty();
}

int direction_class(Comparator comparator) {
  switch (comparator) {
    case Comparator::greater:
    case Comparator::greater_equal:
      return 1;
    case Comparator::less:
    case Comparator::less_equal:
      return -1;
    default:
      return 0;
  }
}

void check_missing_unit(Context& context, std::size_t index, const Column& column,
                        const Target& target) {
  const Indicator& indicator = context.declaration.indicators[index];
  const bool unit_column = indicator.unit && !name_key(*indicator.unit).empty();
  if (unit_column || !has_missing_unit(target) || !context.sink.enabled(RuleId::ind_no_unit)) {
    return;
  }
  add(context, RuleId::ind_no_unit, index, column,
      std::string(column.zh) + shown(target) + "是数值，但没有计量单位",
      "the " + std::string(column.en) + " " + shown_en(target) + " is a number without a unit",
      target);
}

void check_no_comparator(Context& context, std::size_t index, const Target& target) {
  if (target.kind != TargetKind::quantitative || target.is_compound() || !target.value ||
      target.comparator != Comparator::none || target.direction != Direction::none ||
      !context.sink.enabled(RuleId::ind_no_comparator)) {
    return;
  }
  const Indicator& indicator = context.declaration.indicators[index];
  const Comparator comparator =
      suggested_comparator(context.settings(), context.taxonomy(), indicator);
  Target proposed = target;
  proposed.comparator = comparator;
  proposed.direction = direction_of(comparator);
  proposed.approximate = false;
  const std::string suggestion = format(proposed);
  Finding& finding =
      add(context, RuleId::ind_no_comparator, index, annual_column,
          "年度指标值" + shown(target) + "未写比较符号（≥、≤ 等），按指标名称建议写作“" +
              suggestion + "”",
          "the annual target " + shown_en(target) +
              " has no comparator (≥, ≤, …); from the indicator's name: \"" + suggestion + "\"",
          target);
  finding.suggestion = suggestion;
  finding.data["comparator"] = std::string(comparator_ascii(comparator));
}

void check_rate(Context& context, std::size_t index, const Target& target) {
  const Indicator& indicator = context.declaration.indicators[index];
  if (target.kind != TargetKind::qualitative || !rate_name(indicator) ||
      !context.sink.enabled(RuleId::ind_rate_qualitative)) {
    return;
  }
  const std::string name = display_name(indicator);
  add(context, RuleId::ind_rate_qualitative, index, annual_column,
      "比率类指标“" + name + "”的年度指标值" + shown(target) + "是定性表述，应填写百分比等数值",
      "rate indicator \"" + name + "\" has the qualitative annual target " + shown_en(target) +
          "; a rate needs a number (a percentage)",
      target);
}

void check_satisfaction(Context& context, std::size_t index, const Target& target) {
  if (!context.satisfaction[index] ||
      (target.kind != TargetKind::qualitative && target.kind != TargetKind::date) ||
      !context.sink.enabled(RuleId::sat_not_numeric)) {
    return;
  }
  add(context, RuleId::sat_not_numeric, index, annual_column,
      "满意度指标的年度指标值" + shown(target) + "不是数值（应如“≥90%”）",
      "the satisfaction indicator's annual target " + shown_en(target) +
          " is not a number (such as \"≥90%\")",
      target);
}

void check_forbidden(Context& context, std::size_t index, const Column& column,
                     const std::optional<std::string>& text, const Target& target) {
  const std::u32string& forbidden = context.compiled.forbidden;
  if (!text || forbidden.empty() || !context.sink.enabled(RuleId::ind_forbidden_characters)) return;
  std::u32string found;
  for (const char32_t c : decode(*text)) {
    const char32_t folded = text::fold_full_width(c);
    if (forbidden.find(folded) != std::u32string::npos &&
        found.find(folded) == std::u32string::npos)
      found.push_back(folded);
  }
  if (found.empty()) return;
  boost::json::array characters;
  std::string list;
  for (const char32_t c : found) {
    const std::string one = encode(std::u32string(1, c));
    characters.emplace_back(one);
    if (!list.empty()) list += " ";
    list += one;
  }
  Finding& finding = add(context, RuleId::ind_forbidden_characters, index, column,
                         std::string(column.zh) + shown(target) + "含有禁用字符 " + list,
                         "the " + std::string(column.en) + " " + shown_en(target) +
                             " contains forbidden characters " + list,
                         target);
  finding.data["characters"] = std::move(characters);
}

void check_annual(Context& context, std::size_t index) {
  const Indicator& indicator = context.declaration.indicators[index];
  const Target& target = context.annual[index];
  FindingSink& sink = context.sink;
  if (!indicator.annual_target || target.kind == TargetKind::empty) {
    if (!sink.enabled(RuleId::ind_annual_missing)) return;
    Finding& finding =
        indicator.annual_target
            ? add(context, RuleId::ind_annual_missing, index, annual_column,
                  "年度指标值为空" +
                      (name_key(target.text).empty() ? std::string() : "（" + shown(target) + "）"),
                  "the annual target is empty" + (name_key(target.text).empty()
                                                      ? std::string()
                                                      : " (" + shown_en(target) + ")"),
                  target)
            : sink.add(RuleId::ind_annual_missing,
                       indicator_key(index, indicator_field::annual_target),
                       indicator_path(index, "annual_target"), "未填写年度指标值",
                       "the annual target (年度指标值) is missing");
    about(finding, indicator);
    return;
  }
  if (target.kind == TargetKind::vague) {
    if (sink.enabled(RuleId::ind_annual_vague)) {
      const auto [reason_zh, reason_en] = parser_reason(target);
      add(context, RuleId::ind_annual_vague, index, annual_column,
          "年度指标值" + shown(target) + "未给出可衡量的值" + reason_zh,
          "the annual target " + shown_en(target) + " gives no measurable value" + reason_en,
          target);
    }
    return;
  }
  if (context.annual_wording_vague[index] && sink.enabled(RuleId::ind_annual_vague_wording)) {
    add(context, RuleId::ind_annual_vague_wording, index, annual_column,
        "年度指标值" + shown(target) + "用语笼统，无法衡量是否完成",
        "the annual target " + shown_en(target) +
            " is vague wording: whether it is met cannot be measured",
        target);
  }
  check_missing_unit(context, index, annual_column, target);
  check_no_comparator(context, index, target);
  check_rate(context, index, target);
  check_satisfaction(context, index, target);
}

// ---- annual against period --------------------------------------------------------------

bool is_level_unit(const CompiledPolicy& compiled, const Indicator& indicator,
                   const std::string& unit) {
  if (unit.empty()) {
    const std::string_view name = trim_name(indicator.name);
    return name.ends_with("率") || name.ends_with("度");
  }
  const std::string canonical = canonical_unit(unit);
  return std::find(compiled.level_units.begin(), compiled.level_units.end(), canonical) !=
         compiled.level_units.end();
}

bool single_number(const Target& target) {
  return target.kind == TargetKind::quantitative && !target.is_compound() && target.value;
}

void check_annual_against_period(Context& context, std::size_t index) {
  const Target& annual = context.annual[index];
  const Target& period = context.period[index];
  if (!single_number(annual) || !single_number(period) ||
      !units_comparable(annual.unit, period.unit) ||
      !context.sink.enabled(RuleId::ind_annual_period_mismatch)) {
    return;
  }
  const Indicator& indicator = context.declaration.indicators[index];
  const Comparator suggested =
      suggested_comparator(context.settings(), context.taxonomy(), indicator);
  const int annual_direction =
      direction_class(annual.comparator == Comparator::none ? suggested : annual.comparator);
  const int period_direction =
      direction_class(period.comparator == Comparator::none ? suggested : period.comparator);
  std::string relation;
  const bool level = is_level_unit(context.compiled, indicator, annual.unit);
  if (annual_direction != 0 && period_direction != 0 && annual_direction != period_direction) {
    relation = "opposite_direction";
  } else {
    std::strong_ordering order = std::strong_ordering::equal;
    try {
      order = compare(Quantity{*annual.value, annual.unit}, Quantity{*period.value, period.unit});
    } catch (const Error&) {
      return;
    }
    const int direction = annual_direction != 0 ? annual_direction : period_direction;
    if (order == std::strong_ordering::equal) return;
    if (level) {
      if (direction == 0) {
        relation = "different";
      } else {
        const bool annual_higher = order == std::strong_ordering::greater;
        relation = (annual_higher == (direction > 0)) ? "stricter" : "looser";
      }
    } else {
      // Cumulative values: the period adds up the years, so only an annual value above the whole
      // period's is inconsistent.
      if (order != std::strong_ordering::greater) return;
      relation = direction < 0 ? "looser" : "stricter";
    }
  }
  std::string zh = "年度指标值" + shown(annual);
  std::string en = "the annual target " + shown_en(annual);
  if (relation == "opposite_direction") {
    zh += "与实施周期指标值" + shown(period) + "的比较方向相反";
    en += " and the period target " + shown_en(period) + " point in opposite directions";
  } else if (!level) {
    zh += "超过了整个实施周期的指标值" + shown(period);
    en += " exceeds the target for the whole period " + shown_en(period);
  } else if (relation == "different") {
    zh += "与实施周期指标值" + shown(period) + "不一致";
    en += " differs from the period target " + shown_en(period);
  } else {
    zh += std::string("比实施周期指标值") + shown(period) +
          (relation == "stricter" ? "更严格" : "更宽松");
    en += std::string(" is ") + (relation == "stricter" ? "stricter" : "looser") +
          " than the period target " + shown_en(period);
  }
  Finding& finding = add(context, RuleId::ind_annual_period_mismatch, index, annual_column,
                         std::move(zh), std::move(en), annual);
  finding.data["period_target"] = sanitize(period.text);
  finding.data["relation"] = relation;
  finding.data["basis"] = level ? "level" : "cumulative";
}

// ---- the period column --------------------------------------------------------------------

// Vague period targets repeated over many indicators ("完成周期计划数。" on every row) are one
// problem of the column: reported once, at the first row, with the count.
void report_vague_periods(Context& context, const std::vector<std::size_t>& vague) {
  if (!context.sink.enabled(RuleId::ind_period_vague)) return;
  std::map<std::string, std::vector<std::size_t>> by_text;
  for (const std::size_t index : vague)
    by_text[*context.declaration.indicators[index].period_target].push_back(index);
  std::size_t with_period = 0;
  for (const Indicator& indicator : context.declaration.indicators)
    if (indicator.period_target) ++with_period;
  for (const auto& [text, rows] : by_text) {
    const std::size_t first = rows.front();
    const Target& target = context.period[first];
    if (rows.size() == 1) {
      const auto [reason_zh, reason_en] = parser_reason(target);
      add(context, RuleId::ind_period_vague, first, period_column,
          "实施周期指标值" + shown(target) + "未给出可衡量的值" + reason_zh,
          "the period target " + shown_en(target) + " gives no measurable value" + reason_en,
          target);
      continue;
    }
    const std::string count = std::to_string(rows.size());
    const bool all = rows.size() == with_period;
    Finding& finding =
        add(context, RuleId::ind_period_vague, first, period_column,
            std::string(all ? "全部 " : "") + count + " 个指标的实施周期指标值都只写" +
                shown(target) + "，未给出可衡量的值",
            std::string(all ? "all " : "") + count + " indicators have only " + shown_en(target) +
                " as their period target, which gives no measurable value",
            target);
    finding.data["indicators"] = rows.size();
    finding.data["last_path"] = indicator_path(rows.back(), "period_target");
  }
}

}  // namespace

void check_targets(Context& context) {
  const auto& indicators = context.declaration.indicators;
  std::vector<std::size_t> vague_periods;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    const Target& period = context.period[i];
    check_annual(context, i);
    if (indicator.period_target && period.kind != TargetKind::empty) {
      if (period.kind == TargetKind::vague || context.period_wording_vague[i])
        vague_periods.push_back(i);
      check_missing_unit(context, i, period_column, period);
    }
    check_annual_against_period(context, i);
    check_forbidden(context, i, annual_column, indicator.annual_target, context.annual[i]);
    check_forbidden(context, i, period_column, indicator.period_target, period);
  }
  report_vague_periods(context, vague_periods);
}

}  // namespace jixiao::review_detail
