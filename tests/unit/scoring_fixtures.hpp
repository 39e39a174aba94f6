// Builders shared by the scoring and monitoring tests: small documents with exactly the rows a
// test is about, and look-ups of findings by code.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/monitoring.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/scoring.hpp"

namespace jixiao::testing {

inline Decimal dec(const char* text) {
  return Decimal::parse(text);
}

inline Policy national() {
  return policy_preset("national-2021");
}

/// A budget row: 年度资金总额 with the given 全年预算数 and 全年执行数 (weight 10).
inline FundExecution budget_row(const char* annual, const char* executed) {
  FundExecution row;
  row.source = "年度资金总额";
  row.annual_budget = dec(annual);
  row.executed = dec(executed);
  row.weight = dec("10");
  return row;
}

inline IndicatorResult indicator(const char* name, std::optional<std::string> target,
                                 std::optional<std::string> actual, const char* weight = "10") {
  IndicatorResult row;
  row.level1 = "产出指标";
  row.level2 = "数量指标";
  row.name = name;
  row.annual_target = std::move(target);
  row.actual_value = std::move(actual);
  if (weight != nullptr) row.weight = dec(weight);
  return row;
}

inline IndicatorResult graded(QualitativeGrade grade, const char* weight,
                              std::optional<const char*> published = std::nullopt) {
  IndicatorResult row = indicator("公共服务能力", std::string("标准：提升"), std::nullopt, weight);
  row.grade = grade;
  row.description = "完成情况说明。";
  if (published) row.published_score = dec(*published);
  return row;
}

inline SelfEvaluation evaluation(std::vector<IndicatorResult> rows,
                                 std::vector<FundExecution> budget = {budget_row("100", "100")}) {
  SelfEvaluation e;
  e.declaration.fiscal_year = 2023;
  e.declaration.department.name = "测试部门";
  e.budget_unit = AmountUnit::wan_yuan;
  e.budget_execution = std::move(budget);
  e.indicators = std::move(rows);
  return e;
}

/// The score of a single-indicator evaluation under `policy`.
inline IndicatorScore score_one(const IndicatorResult& row, const Policy& policy = national()) {
  return score(evaluation({row}), policy).indicators.at(0);
}

template <class Finding, class Code>
std::vector<Finding> with_code(const std::vector<Finding>& findings, Code code) {
  std::vector<Finding> out;
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
               [&](const Finding& f) { return f.code == code; });
  return out;
}

template <class Finding, class Code>
bool has_finding(const std::vector<Finding>& findings, Code code, const std::string& path) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const Finding& f) { return f.code == code && f.path == path; });
}

}  // namespace jixiao::testing
