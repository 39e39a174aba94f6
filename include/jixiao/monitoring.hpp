// jixiao::monitor — mid-year performance monitoring (绩效运行监控, "双监控") as coloured warnings.
//
// monitor() reads a MonitoringReport (months 1…N) under a Policy and colours
// - each budget line and the whole budget by its time-prorated progress
//   v = (已执行 / 全年预算数) / (N / 12) × 100: red < 60, yellow < 80, green ≥ 80;
// - each indicator: a positive target by v = 完成值 / (年度指标值 × N / 12) × 100, with blue ≥ 120
//   (the target may be set too low); a negative (≤, ＜) target pass / fail; a 定性 target by grade;
// - the goal by the worst colour of its indicators.
// Every colour carries a Trace; missing explanations and unreadable values are findings with the
// JSON Pointer of the row. Thresholds and colours are MonitoringPolicy settings
// (docs/monitoring.md gives each rule with its source).
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/monitoring_report.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/trace.hpp"

namespace jixiao {

inline constexpr std::string_view monitoring_result_schema = "jixiao.monitoring-result/1";

/// Budget progress of one line, or of the whole budget.
struct BudgetProgress {
  std::string path;  ///< "/budget_execution/0"; "/budget_execution" for the whole budget
  std::string name;
  std::optional<Decimal> annual_budget;   ///< 全年预算数 (the sum, for the whole budget)
  std::optional<Decimal> executed;        ///< executed in months 1…N
  std::optional<Decimal> execution_rate;  ///< executed / annual_budget, 4 decimals
  std::optional<Decimal> progress;        ///< v, 2 decimals (colours use the exact value)
  std::optional<WarningColour> colour;    ///< absent when not assessed
  Trace trace;

  bool operator==(const BudgetProgress&) const = default;
};
BOOST_DESCRIBE_STRUCT(BudgetProgress, (),
                      (path, name, annual_budget, executed, execution_rate, progress, colour,
                       trace))

/// How an indicator's colour was found.
enum class ProgressMethod {
  prorated,      ///< positive target: progress against the time-prorated target
  pass_fail,     ///< negative (≤, ＜), range, tolerance or date target: met or not
  qualitative,   ///< by the grade of a 定性 result
  not_assessed,  ///< target or progress missing or unreadable (with a finding)
};
BOOST_DESCRIBE_ENUM(ProgressMethod, prorated, pass_fail, qualitative, not_assessed)

struct IndicatorWarning {
  std::string path;  ///< "/indicators/3" in the report
  std::string level1;
  std::string level2;
  std::string name;
  ProgressMethod method = ProgressMethod::not_assessed;
  std::optional<Decimal> progress;  ///< v for prorated targets, 2 decimals
  std::optional<WarningColour> colour;
  std::optional<CompletionLikelihood> likelihood;  ///< as stated in the report
  Trace trace;

  bool operator==(const IndicatorWarning&) const = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorWarning, (),
                      (path, level1, level2, name, method, progress, colour, likelihood, trace))

enum class MonitoringFindingCode {
  budget_missing,            ///< a budget line without 全年预算数 or executed amount
  zero_budget,               ///< 全年预算数 is 0
  target_missing,            ///< no 年度指标值
  target_unreadable,         ///< the 年度指标值 is not measurable and no grade is given
  progress_missing,          ///< no 1–N月执行情况
  progress_unreadable,       ///< the progress is not a number (or date) comparable with the target
  grade_missing,             ///< a 定性 indicator whose progress states no grade
  deviation_reason_missing,  ///< a warning colour without 偏差原因分析
  completion_impossible,     ///< 完成目标可能性 is 完全不可能
  number_out_of_range,       ///< figures too large to compute with exactly (beyond 38 digits)
};
BOOST_DESCRIBE_ENUM(MonitoringFindingCode, budget_missing, zero_budget, target_missing,
                    target_unreadable, progress_missing, progress_unreadable, grade_missing,
                    deviation_reason_missing, completion_impossible, number_out_of_range)

struct MonitoringFinding {
  MonitoringFindingCode code = MonitoringFindingCode::target_missing;
  FindingSeverity severity = FindingSeverity::error;
  std::string path;  ///< JSON Pointer into the report
  std::string message_zh;
  std::string message_en;

  bool operator==(const MonitoringFinding&) const = default;
};
BOOST_DESCRIBE_STRUCT(MonitoringFinding, (), (code, severity, path, message_zh, message_en))

struct MonitoringResult {
  std::string policy;                        ///< name of the policy applied
  int month = 0;                             ///< the report's months 1…month
  std::vector<BudgetProgress> budget_lines;  ///< one per budget line, in report order
  BudgetProgress budget;                     ///< the whole budget (Σ lines)
  std::vector<IndicatorWarning> indicators;  ///< in report order
  /// 目标执行预警: the worst colour of the indicators (absent when none was assessed).
  std::optional<WarningColour> goal_colour;
  std::vector<MonitoringFinding> findings;  ///< in document order

  bool operator==(const MonitoringResult&) const = default;
};
BOOST_DESCRIBE_STRUCT(MonitoringResult, (),
                      (policy, month, budget_lines, budget, indicators, goal_colour, findings))

/// Colours a monitoring report. Pure and deterministic. Error(invalid_argument) at /month when the
/// month is outside 1–12 (read_monitoring_report() refuses such documents), Error(policy_error)
/// when the policy fails check_monitoring_policy(); every problem in the data is a finding.
MonitoringResult monitor(const MonitoringReport& report, const Policy& policy);

/// The colour of a progress value under `thresholds` (v < red_below red, v < yellow_below
/// yellow, v ≥ blue_from blue, otherwise green).
WarningColour colour_of(const Decimal& progress, const ProgressThresholds& thresholds);

/// The worse of two colours under the policy's severity_order.
WarningColour worse_colour(WarningColour a, WarningColour b, const MonitoringPolicy& policy);

/// Reads a 定性 progress text: the monitoring labels 达成目标 / 部分达成目标并具有一定效果 /
/// 未达成目标且效果较差, the self-evaluation labels and their short forms (达成 / 部分达成 /
/// 未达成).
std::optional<QualitativeGrade> monitoring_grade_from_text(std::string_view text);

/// The result as a JSON document ("schema": "jixiao.monitoring-result/1",
/// docs/schema/monitoring-result.schema.json).
std::string write_monitoring_result(const MonitoringResult& result);

/// A readable report. With `colour`, warning colours are written with ANSI escapes (for a
/// terminal).
std::string format_monitoring_result(const MonitoringResult& result, bool colour = false);

}  // namespace jixiao
