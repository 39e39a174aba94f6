// jixiao::MonitoringReport — a mid-year performance monitoring report (绩效运行监控, "双监控").
//
// It records, for months 1…N of the fiscal year, how much of each budget line was executed and
// how far each indicator has progressed, with the deviation causes and the completion likelihood
// the department states. Progress is text as written; the monitoring engine interprets it.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/amount.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/declaration.hpp"

namespace jixiao {

/// 偏差原因分析 categories of the monitoring table.
enum class DeviationCause {
  funding,        ///< 经费保障
  institutional,  ///< 制度保障
  staffing,       ///< 人员保障
  hardware,       ///< 硬件条件保障
  other,          ///< 其他
};
BOOST_DESCRIBE_ENUM(DeviationCause, funding, institutional, staffing, hardware, other)

/// "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他".
std::string_view form_label(DeviationCause cause) noexcept;

/// 完成目标可能性.
enum class CompletionLikelihood {
  certain,     ///< 确定能
  possible,    ///< 有可能
  impossible,  ///< 完全不可能
};
BOOST_DESCRIBE_ENUM(CompletionLikelihood, certain, possible, impossible)

/// "确定能", "有可能", "完全不可能".
std::string_view form_label(CompletionLikelihood likelihood) noexcept;

/// Budget execution of one line up to the report's month.
struct MonitoringBudgetLine {
  std::string name;                      ///< line or fund source as written
  std::optional<std::string> code;       ///< budget system code, if any
  std::optional<Decimal> annual_budget;  ///< 全年预算数
  std::optional<Decimal> executed;       ///< 1–N月执行数 (executed to date)
  std::optional<std::string> note;
  boost::json::object extra;  ///< unknown JSON members (ERP extensions)

  bool operator==(const MonitoringBudgetLine&) const = default;
};
BOOST_DESCRIBE_STRUCT(MonitoringBudgetLine, (), (name, code, annual_budget, executed, note))

/// Progress of one indicator up to the report's month.
struct IndicatorProgress {
  /// JSON Pointer of the indicator in the declaration ("/indicators/12"), when known.
  std::optional<std::string> declaration_ref;
  std::string level1;                              ///< 一级指标, as written
  std::string level2;                              ///< 二级指标, as written
  std::string name;                                ///< 三级指标, as written
  std::optional<std::string> annual_target;        ///< 年度指标值, as written
  std::optional<std::string> progress;             ///< 1–N月执行情况, as written
  std::optional<std::string> expected_completion;  ///< 全年预计完成情况, as written
  std::vector<DeviationCause> deviation_causes;    ///< the cause columns filled in
  std::optional<std::string> deviation_reason;     ///< 偏差原因分析 text
  std::optional<CompletionLikelihood> likelihood;  ///< 完成目标可能性
  std::optional<std::string> note;                 ///< 备注
  boost::json::object extra;                       ///< unknown JSON members (ERP extensions)

  bool operator==(const IndicatorProgress&) const = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorProgress, (),
                      (declaration_ref, level1, level2, name, annual_target, progress,
                       expected_completion, deviation_causes, deviation_reason, likelihood, note))

struct MonitoringReport {
  DeclarationRef declaration;                     ///< the declaration monitored (identity + year)
  int month = 0;                                  ///< the report covers months 1…month (1–12)
  AmountUnit budget_unit = AmountUnit::wan_yuan;  ///< unit of the budget lines
  std::vector<MonitoringBudgetLine> budget_execution;  ///< 预算执行情况
  std::vector<IndicatorProgress> indicators;           ///< in form order
  std::optional<std::string> note;
  boost::json::object extra;  ///< unknown JSON members (ERP extensions)

  bool operator==(const MonitoringReport&) const = default;
};
BOOST_DESCRIBE_STRUCT(MonitoringReport, (),
                      (declaration, month, budget_unit, budget_execution, indicators, note))

}  // namespace jixiao
