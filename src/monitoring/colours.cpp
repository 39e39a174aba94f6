// Warning colours: thresholds, the order from worst to best, findings.
#include <algorithm>
#include <utility>

#include "monitoring/warnings.hpp"
#include "scoring/rules.hpp"

namespace jixiao {

namespace monitoring_detail {

void add_finding(std::vector<MonitoringFinding>& findings, MonitoringFindingCode code,
                 std::string path, std::string message_zh, std::string message_en) {
  // Missing explanations and a stated impossibility need attention; they are not errors of the
  // figures themselves.
  const bool warning = code == MonitoringFindingCode::deviation_reason_missing ||
                       code == MonitoringFindingCode::completion_impossible ||
                       code == MonitoringFindingCode::zero_budget;
  findings.push_back(
      MonitoringFinding{code, warning ? FindingSeverity::warning : FindingSeverity::error,
                        std::move(path), std::move(message_zh), std::move(message_en)});
}

Coloured colour_of_ratio(const Decimal& numerator, const Decimal& denominator,
                         const ProgressThresholds& thresholds) {
  // v < x ⟺ numerator < x × denominator (denominator > 0): no rounding decides a colour.
  const auto below = [&](const Decimal& x) { return numerator < x * denominator; };
  const std::string red = scoring_detail::text(thresholds.red_below);
  const std::string yellow = scoring_detail::text(thresholds.yellow_below);
  if (below(thresholds.red_below)) return {WarningColour::red, "v < " + red};
  if (below(thresholds.yellow_below)) {
    return {WarningColour::yellow, red + " ≤ v < " + yellow};
  }
  if (thresholds.blue_from && !below(*thresholds.blue_from)) {
    return {WarningColour::blue, "v ≥ " + scoring_detail::text(*thresholds.blue_from)};
  }
  if (thresholds.blue_from) {
    return {WarningColour::green, yellow + " ≤ v < " + scoring_detail::text(*thresholds.blue_from)};
  }
  return {WarningColour::green, "v ≥ " + yellow};
}

std::string colour_text(WarningColour colour) {
  static constexpr const char* english[] = {"red", "yellow", "green", "blue"};
  return std::string(form_label(colour)) + " " + english[static_cast<int>(colour)];
}

}  // namespace monitoring_detail

WarningColour colour_of(const Decimal& progress, const ProgressThresholds& thresholds) {
  return monitoring_detail::colour_of_ratio(progress, 1, thresholds).colour;
}

WarningColour worse_colour(WarningColour a, WarningColour b, const MonitoringPolicy& policy) {
  const auto rank = [&](WarningColour c) {
    const auto found = std::find(policy.severity_order.begin(), policy.severity_order.end(), c);
    return found - policy.severity_order.begin();
  };
  return rank(b) < rank(a) ? b : a;
}

std::optional<QualitativeGrade> monitoring_grade_from_text(std::string_view text) {
  const std::string_view trimmed = scoring_detail::trim_cell(text);
  // The monitoring table's own labels (PERF_T_WARNSET 定性 rule), then the self-evaluation's.
  if (trimmed == "达成目标") return QualitativeGrade::met;
  if (trimmed == "部分达成目标并具有一定效果") return QualitativeGrade::partly_met;
  if (trimmed == "未达成目标且效果较差") return QualitativeGrade::not_met;
  return qualitative_grade_from_text(trimmed);
}

}  // namespace jixiao
