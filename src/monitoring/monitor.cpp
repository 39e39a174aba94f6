// monitor(): budget lines, the whole budget, each indicator and the goal, with the explanations
// the colours call for.
#include <algorithm>
#include <optional>
#include <string>

#include "jixiao/error.hpp"
#include "monitoring/warnings.hpp"
#include "scoring/rules.hpp"

namespace jixiao {

namespace {

using namespace monitoring_detail;

bool needs_explanation(WarningColour colour, const MonitoringPolicy& policy) {
  return std::find(policy.explain.begin(), policy.explain.end(), colour) != policy.explain.end();
}

}  // namespace

MonitoringResult monitor(const MonitoringReport& report, const Policy& policy) {
  if (report.month < 1 || report.month > 12) {
    throw Error(ErrorCode::invalid_argument,
                "监控月份应在 1 到 12 之间，实际为 " + std::to_string(report.month),
                "the month must be 1 to 12, got " + std::to_string(report.month),
                ErrorLocation{{}, {}, "/month"});
  }
  const MonitoringPolicy& rules = policy.monitoring;
  check_monitoring_policy(rules);
  MonitoringResult result;
  result.policy = policy.name;
  result.month = report.month;
  std::vector<MonitoringFinding>& findings = result.findings;

  Decimal budget_sum;
  Decimal executed_sum;
  bool any_line = false;
  std::optional<Error> sum_out_of_range;
  for (std::size_t i = 0; i < report.budget_execution.size(); ++i) {
    const MonitoringBudgetLine& line = report.budget_execution[i];
    result.budget_lines.push_back(budget_progress("/budget_execution/" + std::to_string(i),
                                                  line.name, line.annual_budget, line.executed,
                                                  report.month, rules, findings));
    if (line.annual_budget && line.executed && !sum_out_of_range) {
      try {
        budget_sum += *line.annual_budget;
        executed_sum += *line.executed;
      } catch (const Error& error) {
        sum_out_of_range = error;
      }
      any_line = true;
    }
  }
  // The whole budget from the lines that state both figures; its own findings would repeat the
  // lines', so they are not kept.
  std::vector<MonitoringFinding> whole_findings;
  const bool whole = any_line && !sum_out_of_range;
  result.budget = budget_progress("/budget_execution", "预算合计 total",
                                  whole ? std::optional<Decimal>(budget_sum) : std::nullopt,
                                  whole ? std::optional<Decimal>(executed_sum) : std::nullopt,
                                  report.month, rules, whole_findings);
  if (sum_out_of_range) {
    add_finding(findings, MonitoringFindingCode::number_out_of_range, "/budget_execution",
                "预算合计超出数值范围：" + sum_out_of_range->message_zh() + "，合计不作预警",
                "the budget total is out of range: " + sum_out_of_range->message_en() +
                    "; the total is not assessed");
    result.budget.trace.arithmetic = "合计超出数值范围 / total out of range → 不评价 not assessed";
  }
  if (!any_line) {
    add_finding(findings, MonitoringFindingCode::budget_missing, "/budget_execution",
                "监控表没有可用的预算执行数据",
                "the report has no usable budget execution figures");
  }

  for (std::size_t i = 0; i < report.indicators.size(); ++i) {
    const IndicatorProgress& row = report.indicators[i];
    IndicatorWarning warning = indicator_warning(row, i, report.month, policy, findings);
    if (warning.colour && needs_explanation(*warning.colour, rules) &&
        row.deviation_causes.empty() && scoring_detail::is_blank(row.deviation_reason)) {
      add_finding(
          findings, MonitoringFindingCode::deviation_reason_missing,
          warning.path + "/deviation_reason",
          "指标“" + row.name + "”预警为" + colour_text(*warning.colour) +
              "，须填写偏差原因分析（经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他）",
          "the indicator is " + colour_text(*warning.colour) +
              ": a deviation cause or reason is required");
    }
    if (row.likelihood == CompletionLikelihood::impossible) {
      add_finding(findings, MonitoringFindingCode::completion_impossible,
                  warning.path + "/likelihood",
                  "指标“" + row.name + "”完成目标可能性为“完全不可能”，须采取纠偏措施",
                  "the department states the target cannot be met: corrective action is due");
    }
    if (warning.colour) {
      result.goal_colour = result.goal_colour
                               ? worse_colour(*result.goal_colour, *warning.colour, rules)
                               : *warning.colour;
    }
    result.indicators.push_back(std::move(warning));
  }
  return result;
}

}  // namespace jixiao
