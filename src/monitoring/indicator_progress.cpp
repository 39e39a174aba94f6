// 目标完成进度预警 of one indicator: positive targets against the time-prorated target
// (positiveindex), negative targets pass / fail, 定性 targets by grade.
#include <boost/describe/enum_to_string.hpp>

#include <string>

#include "jixiao/error.hpp"
#include "jixiao/unit.hpp"
#include "monitoring/warnings.hpp"
#include "scoring/rules.hpp"

namespace jixiao::monitoring_detail {

namespace {

using scoring_detail::quotient_text;
using scoring_detail::text;

struct Assessment {
  ProgressMethod method = ProgressMethod::not_assessed;
  std::optional<Decimal> progress;
  WarningColour colour = WarningColour::green;
  std::string arithmetic;
  std::string rule;
  std::string variant;
};

bool is_rate_unit(std::string_view unit) {
  return unit == "%" || unit == "‰";
}

Assessment pass_fail(bool met, std::string relation) {
  Assessment a;
  a.method = ProgressMethod::pass_fail;
  a.rule = "indicator.pass_fail";
  a.colour = met ? WarningColour::green : WarningColour::red;
  a.arithmetic =
      std::move(relation) + (met ? "，达成 met → " : "，未达成 not met → ") + colour_text(a.colour);
  return a;
}

// One number against one target number, by the comparator.
Assessment against(const Decimal& actual, const Decimal& target, Comparator comparator,
                   const std::string& unit, int month, const MonitoringPolicy& policy) {
  const std::string symbol(comparator_symbol(comparator));
  if (comparator == Comparator::less || comparator == Comparator::less_equal) {
    // 反向指标: a cost or an error rate is not prorated; staying within it is all that counts.
    const bool met = scoring_detail::satisfies(actual <=> target, comparator);
    Assessment a =
        pass_fail(met, text(actual) + (met ? " " : " 未满足 ") + symbol + " " + text(target));
    a.rule = "indicator.negative";
    return a;
  }
  Assessment a;
  a.method = ProgressMethod::prorated;
  a.rule = "indicator.positive";
  if (target.sign() <= 0) {
    // traceindexequalzero: a target of 0 has no prorated share; the progress is compared with the
    // target itself.
    const bool met = scoring_detail::satisfies(actual <=> target, comparator);
    a.variant = policy.zero_target == ZeroTargetRule::pass_fail ? "zero_target_pass_fail"
                                                                : "zero_target_red";
    a.colour = policy.zero_target == ZeroTargetRule::pass_fail && met ? WarningColour::green
                                                                      : WarningColour::red;
    a.arithmetic = "指标值为 " + text(target) +
                   "，无法按时间进度折算 / no prorated share：完成值 " + text(actual) +
                   (met ? " " : " 未满足 ") + symbol + " " + text(target) + " → " +
                   colour_text(a.colour);
    return a;
  }
  const bool prorate = policy.proration == Proration::all_targets || !is_rate_unit(unit);
  Decimal numerator = actual * Decimal(100);
  Decimal denominator = target;
  std::string formula = "v = " + text(actual) + " ÷ " + text(target);
  if (prorate) {
    // v = a / (t × m / 12) × 100 = a × 1200 / (t × m), exact until the display rounding.
    numerator = actual * Decimal(1200);
    denominator = target * Decimal(month);
    formula =
        "v = " + text(actual) + " ÷ (" + text(target) + " × " + std::to_string(month) + " ÷ 12)";
  } else {
    a.variant = "not_prorated";
  }
  a.progress = Decimal::divide(numerator, denominator, 2);
  const Coloured coloured = colour_of_ratio(numerator, denominator, policy.indicator_progress);
  a.colour = coloured.colour;
  a.arithmetic = formula + " × 100 = " + quotient_text(numerator, denominator) + " → " +
                 colour_text(a.colour) + "（" + coloured.band + "）";
  return a;
}

Comparator comparator_for(const Target& target, std::string_view name, const Policy& policy,
                          std::vector<std::string>& notes) {
  if (target.comparator != Comparator::none) return target.comparator;
  const InferredComparator inferred = infer_comparator(name, policy.scoring.quantitative.direction);
  notes.push_back("指标值未写比较符号，按名称推断为 " +
                  std::string(comparator_symbol(inferred.comparator)) +
                  (inferred.matched.empty() ? "" : "（名称以“" + inferred.matched + "”结尾）") +
                  " / no comparator written: inferred " +
                  std::string(comparator_ascii(inferred.comparator)) + " from the name");
  return inferred.comparator;
}

[[noreturn]] void not_a_number(const Target& progress) {
  throw Error(ErrorCode::parse_error, "执行情况“" + progress.text + "”不是一个数值",
              "the progress \"" + progress.text + "\" is not a single number");
}

const Target& part_for(const Target& progress, const Target& part) {
  if (!progress.is_compound()) {
    if (progress.value && units_comparable(progress.unit, part.unit)) return progress;
  }
  for (const Target& p : progress.parts)
    if (p.value && p.unit == part.unit) return p;
  for (const Target& p : progress.parts)
    if (p.value && units_comparable(p.unit, part.unit)) return p;
  throw Error(ErrorCode::unit_mismatch,
              "执行情况“" + progress.text + "”中没有单位为“" + part.unit + "”的数值",
              "the progress \"" + progress.text + "\" has no number in \"" + part.unit + "\"");
}

Assessment assess(const Target& target, const Target& progress, const IndicatorProgress& row,
                  int month, const Policy& policy, std::vector<std::string>& notes) {
  const MonitoringPolicy& rules = policy.monitoring;
  switch (target.kind) {
    case TargetKind::date:
    case TargetKind::range:
    case TargetKind::tolerance: {
      const bool met = is_met(target, progress);
      Assessment a = pass_fail(met, "“" + progress.text + "”对照 against “" + target.text + "”");
      return a;
    }
    default:
      break;
  }
  if (target.is_compound()) {
    Assessment worst;
    bool first = true;
    std::string parts;
    for (const Target& part : target.parts) {
      const Target& answer = part_for(progress, part);
      const Decimal actual = convert(Quantity{*answer.value, answer.unit}, part.unit);
      const Assessment a =
          against(actual, scoring_detail::target_number(part),
                  comparator_for(part, row.name, policy, notes), part.unit, month, rules);
      if (!parts.empty()) parts += "；";
      parts += part.unit + "：" + a.arithmetic;
      if (first || worse_colour(worst.colour, a.colour, rules) != worst.colour) worst = a;
      first = false;
    }
    worst.rule = "indicator.compound";
    worst.progress.reset();
    worst.arithmetic = "各部分 parts［" + parts + "］取最差 worst → " + colour_text(worst.colour);
    return worst;
  }
  if (progress.kind != TargetKind::quantitative || progress.is_compound() || !progress.value) {
    not_a_number(progress);
  }
  const Decimal actual = convert(Quantity{*progress.value, progress.unit}, target.unit);
  return against(actual, scoring_detail::target_number(target),
                 comparator_for(target, row.name, policy, notes), target.unit, month, rules);
}

std::optional<QualitativeGrade> progress_grade(const IndicatorProgress& row) {
  if (!row.progress) return std::nullopt;
  return monitoring_grade_from_text(*row.progress);
}

WarningColour grade_colour(QualitativeGrade grade, const QualitativeColours& colours) {
  switch (grade) {
    case QualitativeGrade::met:
      return colours.met;
    case QualitativeGrade::partly_met:
      return colours.partly_met;
    case QualitativeGrade::not_met:
      return colours.not_met;
  }
  return colours.not_met;
}

}  // namespace

IndicatorWarning indicator_warning(const IndicatorProgress& row, std::size_t index, int month,
                                   const Policy& policy, std::vector<MonitoringFinding>& findings) {
  IndicatorWarning out;
  out.path = "/indicators/" + std::to_string(index);
  out.level1 = row.level1;
  out.level2 = row.level2;
  out.name = row.name;
  out.likelihood = row.likelihood;
  if (row.annual_target) out.trace.inputs.push_back({"年度指标值 target", *row.annual_target});
  if (row.progress)
    out.trace.inputs.push_back(
        {"1–" + std::to_string(month) + "月执行情况 progress", *row.progress});
  out.trace.inputs.push_back({"月份 month", std::to_string(month)});
  const auto not_assessed = [&](MonitoringFindingCode code, const std::string& member,
                                const std::string& zh, const std::string& en) {
    add_finding(findings, code, out.path + "/" + member, zh, en);
    out.method = ProgressMethod::not_assessed;
    out.trace.rule = "not_assessed";
    out.trace.arithmetic = "不评价 / not assessed";
    return out;
  };
  const auto qualitative = [&](QualitativeGrade grade) {
    out.method = ProgressMethod::qualitative;
    out.colour = grade_colour(grade, policy.monitoring.qualitative);
    out.trace.rule = "indicator.qualitative";
    out.trace.arithmetic = "执行情况 progress “" + *row.progress + "” = 等级 grade " +
                           std::string(boost::describe::enum_to_string(grade, "?")) + " → " +
                           colour_text(*out.colour);
    return out;
  };
  const std::optional<QualitativeGrade> grade = progress_grade(row);
  if (scoring_detail::is_blank(row.annual_target)) {
    if (grade) return qualitative(*grade);
    return not_assessed(MonitoringFindingCode::target_missing, "annual_target",
                        "指标“" + row.name + "”没有年度指标值，不作预警",
                        "the indicator has no annual target; not assessed");
  }
  const Target target = parse_target(*row.annual_target);
  if (!target.is_numeric() && target.kind != TargetKind::date) {
    if (grade) return qualitative(*grade);
    if (target.kind == TargetKind::qualitative) {
      return not_assessed(MonitoringFindingCode::grade_missing, "progress",
                          "定性指标“" + row.name +
                              "”的执行情况未写明等级（达成目标 / 部分达成目标并具有一定效果 / "
                              "未达成目标且效果较差）",
                          "the progress of a qualitative indicator states no grade");
    }
    return not_assessed(MonitoringFindingCode::target_unreadable, "annual_target",
                        "年度指标值“" + target.text + "”不可衡量，不作预警",
                        "the annual target \"" + target.text + "\" is not measurable");
  }
  if (scoring_detail::is_blank(row.progress)) {
    return not_assessed(MonitoringFindingCode::progress_missing, "progress",
                        "指标“" + row.name + "”没有 1–" + std::to_string(month) + " 月执行情况",
                        "the indicator states no progress");
  }
  try {
    const Assessment a =
        assess(target, parse_target(*row.progress), row, month, policy, out.trace.notes);
    out.method = a.method;
    out.progress = a.progress;
    out.colour = a.colour;
    out.trace.rule = a.rule;
    out.trace.variant = a.variant;
    out.trace.arithmetic = a.arithmetic;
  } catch (const Error& error) {
    return not_assessed(MonitoringFindingCode::progress_unreadable, "progress",
                        error.message_zh() + "，不作预警", error.message_en() + "; not assessed");
  }
  return out;
}

}  // namespace jixiao::monitoring_detail
