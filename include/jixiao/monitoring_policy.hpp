// jixiao::MonitoringPolicy — the part of a Policy (policy.hpp) for 运行监控 (mid-year monitoring,
// "双监控"): progress thresholds, colours and which deviations must be explained.
//
// Default member values are the national rule as production systems implement it
// (PERF_T_WARNSET, domain-rules.md §4); presets and policy files change them. docs/monitoring.md
// lists every setting with its source.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"

namespace jixiao {

/// 预警颜色.
enum class WarningColour {
  red,     ///< 红: seriously behind
  yellow,  ///< 黄: behind
  green,   ///< 绿: on track
  blue,    ///< 蓝: far ahead — the target may have been set too low
};
BOOST_DESCRIBE_ENUM(WarningColour, red, yellow, green, blue)

/// "红", "黄", "绿", "蓝".
std::string_view form_label(WarningColour colour) noexcept;

/// Colours of a progress value v (a percentage: 100 = exactly on schedule). red when v <
/// red_below, yellow when v < yellow_below, blue when blue_from is set and v ≥ blue_from, green
/// otherwise.
struct ProgressThresholds {
  Decimal red_below = 60;
  Decimal yellow_below = 80;
  std::optional<Decimal> blue_from;

  bool operator==(const ProgressThresholds&) const = default;
};
BOOST_DESCRIBE_STRUCT(ProgressThresholds, (), (red_below, yellow_below, blue_from))

/// Which positive targets are prorated by month / 12.
enum class Proration {
  all_targets,      ///< every positive target (production `positiveindex`)
  not_percentages,  ///< counts and amounts only; a rate target (%, ‰) is compared as it stands
};
BOOST_DESCRIBE_ENUM(Proration, all_targets, not_percentages)

/// A positive or equal target of 0 or less: there is no prorated share to compare with.
enum class ZeroTargetRule {
  /// green when the progress satisfies the target's own comparison with 0, else red; for "＝0"
  /// this is `traceindexequalzero` (完成值 = 年度指标值 → green)
  pass_fail,
  red,  ///< always red (`positiveindex` alone: 指标值 = 0 → red)
};
BOOST_DESCRIBE_ENUM(ZeroTargetRule, pass_fail, red)

/// A budget line (or total) with a 全年预算数 of 0.
enum class ZeroBudgetProgress {
  progress_zero,  ///< v = 0, hence red (production `bgttracewarn`)
  not_assessed,   ///< no colour; reported as a finding
};
BOOST_DESCRIBE_ENUM(ZeroBudgetProgress, progress_zero, not_assessed)

/// Colours of the three 定性 grades.
struct QualitativeColours {
  WarningColour met = WarningColour::green;          ///< 达成目标
  WarningColour partly_met = WarningColour::yellow;  ///< 部分达成目标并具有一定效果
  WarningColour not_met = WarningColour::red;        ///< 未达成目标且效果较差

  bool operator==(const QualitativeColours&) const = default;
};
BOOST_DESCRIBE_STRUCT(QualitativeColours, (), (met, partly_met, not_met))

struct MonitoringPolicy {
  /// 预算执行预警: v = (执行数 / 全年预算数) / (month / 12) × 100; red < 60, yellow < 80.
  ProgressThresholds budget_progress;
  /// 正向指标: v = 完成值 / (年度指标值 × month / 12) × 100; red < 60, yellow < 80, blue ≥ 120.
  ProgressThresholds indicator_progress = {60, 80, Decimal(120)};
  Proration proration = Proration::all_targets;
  ZeroTargetRule zero_target = ZeroTargetRule::pass_fail;
  ZeroBudgetProgress zero_budget = ZeroBudgetProgress::progress_zero;
  QualitativeColours qualitative;
  /// Colours from worst to best: a goal takes the worst colour of its indicators.
  std::vector<WarningColour> severity_order = {WarningColour::red, WarningColour::yellow,
                                               WarningColour::green, WarningColour::blue};
  /// Which colours need a 偏差原因分析 (a cause category or a reason text).
  std::vector<WarningColour> explain = {WarningColour::red, WarningColour::yellow};

  bool operator==(const MonitoringPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(MonitoringPolicy, (),
                      (budget_progress, indicator_progress, proration, zero_target, zero_budget,
                       qualitative, severity_order, explain))

/// The monitoring settings of a built-in preset ("national-2015", "national-2021").
MonitoringPolicy monitoring_preset(std::string_view preset_name);

/// Checks the settings: thresholds ordered (red_below ≤ yellow_below ≤ blue_from), none negative,
/// severity_order naming each colour once. Error(policy_error) with the JSON Pointer of the
/// setting under `base_path`.
void check_monitoring_policy(const MonitoringPolicy& policy,
                             std::string_view base_path = "/monitoring");

}  // namespace jixiao
