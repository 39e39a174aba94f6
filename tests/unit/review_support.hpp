// Test helpers for the review engine: a clean declaration that passes every rule, the 番禺
// example, and finding lists reduced to what tests compare.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/document_json.hpp"
#include "jixiao/review.hpp"
#include "support/files.hpp"

namespace jixiao::testing {

inline Indicator make_indicator(std::string level1, std::string level2, std::string name,
                                std::string annual, std::string period) {
  Indicator indicator;
  indicator.level1 = std::move(level1);
  indicator.level2 = std::move(level2);
  indicator.name = std::move(name);
  indicator.annual_target = std::move(annual);
  indicator.period_target = std::move(period);
  return indicator;
}

/// A department declaration (2015 taxonomy) that no rule of national-2015 objects to: balanced
/// budget, a key task within it, an overall goal, one indicator per level-1 category and a
/// formula whose variables the explanation defines.
inline Declaration clean_declaration() {
  Declaration d;
  d.kind = DeclarationKind::department;
  d.fiscal_year = 2024;
  d.department.name = "示例区培训中心";
  d.taxonomy = "2015";
  d.goals.overall = "全年完成干部培训 1200 人次，培训合格率不低于 95%。";
  d.budget.unit = AmountUnit::wan_yuan;
  d.budget.expenditure = {BudgetLine{"基本支出", {}, Decimal::parse("100.00"), {}, {}, {}},
                          BudgetLine{"项目支出", {}, Decimal::parse("50.00"), {}, {}, {}}};
  d.budget.income = {BudgetLine{"财政拨款", {}, Decimal::parse("150.00"), {}, {}, {}},
                     BudgetLine{"其他资金", {}, Decimal::parse("0.00"), {}, {}, {}}};
  d.budget.by_level = {BudgetLine{"区本级使用资金", {}, Decimal::parse("150.00"), {}, {}, {}}};
  KeyTask task;
  task.name = "干部培训";
  task.content = "组织全区干部业务培训。";
  task.planned_funding = Decimal::parse("50.00");
  d.key_tasks.push_back(task);
  d.indicators.push_back(
      make_indicator("产出指标", "数量指标", "培训人次", "≥1200人次", "≥3600人次"));
  Indicator rate = make_indicator("产出指标", "质量指标", "培训合格率", "≥95%", "≥95%");
  rate.formula = "培训合格率=合格人数/参训人数×100%";
  rate.explanation = "合格人数指考核合格的人数，参训人数指实际参加培训的人数。";
  d.indicators.push_back(rate);
  d.indicators.push_back(make_indicator("产出指标", "时效指标", "培训按期完成率", "≥98%", "≥98%"));
  d.indicators.push_back(
      make_indicator("效益指标", "社会效益指标", "干部业务考核通过率", "≥90%", "≥90%"));
  d.indicators.push_back(
      make_indicator("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"));
  return d;
}

inline const Declaration& panyu() {
  static const Declaration declaration =
      read_declaration(read_source_file("examples/panyu-2023/declaration.json"));
  return declaration;
}

inline ReviewReport review_2015(const Declaration& declaration) {
  static const Reviewer reviewer(policy_preset("national-2015"));
  return reviewer.review(declaration);
}

/// "JX-IND-006 /indicators/0/annual_target", one per finding, in report order.
inline std::vector<std::string> code_paths(const ReviewReport& report) {
  std::vector<std::string> out;
  for (const Finding& finding : report.findings)
    out.push_back(finding.code + " " + finding.path);
  return out;
}

inline std::vector<std::string> codes(const ReviewReport& report) {
  std::vector<std::string> out;
  for (const Finding& finding : report.findings)
    out.push_back(finding.code);
  return out;
}

/// The findings of `rule` in `report`.
inline std::vector<const Finding*> findings_of(const ReviewReport& report, std::string_view code) {
  std::vector<const Finding*> out;
  for (const Finding& finding : report.findings) {
    if (finding.code == code) out.push_back(&finding);
  }
  return out;
}

/// What an altered copy adds to and removes from the baseline report ("code path" entries).
struct FindingDiff {
  std::vector<std::string> added;
  std::vector<std::string> removed;
};

inline FindingDiff diff(const ReviewReport& before, const ReviewReport& after) {
  std::map<std::string, int> balance;
  for (const std::string& entry : code_paths(after))
    ++balance[entry];
  for (const std::string& entry : code_paths(before))
    --balance[entry];
  FindingDiff out;
  for (const auto& [entry, count] : balance) {
    for (int i = 0; i < count; ++i)
      out.added.push_back(entry);
    for (int i = 0; i > count; --i)
      out.removed.push_back(entry);
  }
  return out;
}

}  // namespace jixiao::testing
