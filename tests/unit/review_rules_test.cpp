// Every review rule: a change to a clean declaration that fires it (with its path and data), and a
// close variant that must not. The clean declaration itself has no finding at all.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "jixiao/review.hpp"
#include "unit/review_support.hpp"

namespace jixiao {
namespace {

using testing::clean_declaration;
using testing::code_paths;
using testing::codes;
using testing::findings_of;
using testing::make_indicator;
using testing::review_2015;

using Strings = std::vector<std::string>;

ReviewReport review_with(const Declaration& declaration, const ReviewPolicy& review) {
  Policy policy = policy_preset("national-2015");
  policy.review = review;
  return jixiao::review(declaration, policy);
}

ReviewPolicy preset_review() {
  return policy_preset("national-2015").review;
}

std::string data_string(const Finding& finding, std::string_view key) {
  const auto* value = finding.data.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

TEST(ReviewClean, CleanDeclarationHasNoFindingAndIsExcellent) {
  const ReviewReport report = review_2015(clean_declaration());
  EXPECT_EQ(code_paths(report), Strings{});
  EXPECT_EQ(report.summary.verdict, EvaluationGrade::excellent);
  EXPECT_EQ(report.summary.indicators, 5u);
  EXPECT_EQ(report.summary.policy, "national-2015");
}

// ---- JX-DOC ----------------------------------------------------------------------------

TEST(ReviewDocument, MissingOrBlankOverallGoal) {
  Declaration d = clean_declaration();
  d.goals.overall.reset();
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-DOC-001 /goals/overall"});
  d.goals.overall = " \u3000。";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-DOC-001 /goals/overall"});
}

TEST(ReviewDocument, DepartmentWithoutKeyTasksButNotProject) {
  Declaration d = clean_declaration();
  d.key_tasks.clear();
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-DOC-002 /key_tasks"});
  d.kind = DeclarationKind::project;
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewDocument, TaxonomyVersionDifferentFromThePolicy) {
  Declaration d = clean_declaration();
  d.taxonomy = "2015-广东";
  const ReviewReport report = review_2015(d);
  EXPECT_EQ(code_paths(report), Strings{"JX-DOC-003 /taxonomy"});
  EXPECT_EQ(report.findings[0].severity, Severity::info);
}

// ---- JX-BUD ----------------------------------------------------------------------------

TEST(ReviewBudget, IdentityFailsByOneFenWithBothSums) {
  Declaration d = clean_declaration();
  d.budget.expenditure[0].amount = Decimal::parse("100.01");
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-BUD-001 /budget"});
  const Finding& finding = report.findings[0];
  EXPECT_EQ(finding.severity, Severity::error);
  EXPECT_EQ(data_string(finding, "formula"), "收入来源 = 部门预算支出");
  EXPECT_EQ(data_string(finding, "left"), "150.00");
  EXPECT_EQ(data_string(finding, "right"), "150.01");
  EXPECT_EQ(data_string(finding, "difference"), "-0.01");
  EXPECT_NE(finding.message.find("相差 -0.01 万元"), std::string::npos) << finding.message;
}

TEST(ReviewBudget, ToleranceAbsorbsTheDifference) {
  Declaration d = clean_declaration();
  d.budget.expenditure[0].amount = Decimal::parse("100.01");
  ReviewPolicy settings = preset_review();
  settings.balance_tolerance = Decimal::parse("0.01");
  EXPECT_EQ(code_paths(review_with(d, settings)), Strings{});
}

TEST(ReviewBudget, IdentitiesOverLineNamesAsWrittenOnTheForm) {
  ReviewPolicy settings = preset_review();
  settings.balance_identities = {
      {"I-2", "基本支出 + 项目支出 = 财政拨款 + 其他资金", {}, std::nullopt},
      {"I-1", "财政拨款 + 其他资金 = 区本级使用资金", {}, std::nullopt}};
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)), Strings{});
  Declaration d = clean_declaration();
  d.budget.income[1].amount = Decimal::parse("0.01");
  EXPECT_EQ(code_paths(review_with(d, settings)),
            (Strings{"JX-BUD-001 /budget", "JX-BUD-001 /budget"}));
}

TEST(ReviewBudget, IdentityNamingAMissingLineIsAFindingNotACrash) {
  ReviewPolicy settings = preset_review();
  settings.balance_identities = {{"", "基本支出 + 财政专项资金 = 财政拨款", {}, std::nullopt}};
  const ReviewReport report = review_with(clean_declaration(), settings);
  ASSERT_EQ(code_paths(report), Strings{"JX-BUD-002 /budget"});
  EXPECT_EQ(report.findings[0].data.at("lines").as_array().size(), 1u);
  EXPECT_EQ(report.findings[0].data.at("lines").as_array()[0].as_string(), "财政专项资金");
  EXPECT_NE(report.findings[0].message.find("财政专项资金"), std::string::npos);
}

TEST(ReviewBudget, BlankFigureLeavesTheIdentityUncheckedUnlessBlankIsZero) {
  Declaration d = clean_declaration();
  d.budget.income[1].amount.reset();
  ReviewPolicy settings = preset_review();
  settings.balance_identities = {
      {"", "基本支出 + 项目支出 = 财政拨款 + 其他资金", {}, std::nullopt}};
  EXPECT_EQ(code_paths(review_with(d, settings)),
            (Strings{"JX-BUD-003 /budget", "JX-BUD-006 /budget/income/1"}));
  settings.blank_amounts_are_zero = true;
  EXPECT_EQ(code_paths(review_with(d, settings)), Strings{"JX-BUD-006 /budget/income/1"});
}

TEST(ReviewBudget, IdentityThatCannotBeComputedIsUnchecked) {
  ReviewPolicy settings = preset_review();
  settings.balance_identities = {{"", "基本支出 / 其他资金 >= 1", {}, std::nullopt}};
  const ReviewReport report = review_with(clean_declaration(), settings);
  ASSERT_EQ(code_paths(report), Strings{"JX-BUD-003 /budget"});
  EXPECT_NE(report.findings[0].message.find("除数为零"), std::string::npos);
}

TEST(ReviewBudget, IdentityAppliesOnlyToItsKinds) {
  Declaration d = clean_declaration();
  d.budget.expenditure[0].amount = Decimal::parse("100.01");
  ReviewPolicy settings = preset_review();
  for (BalanceIdentity& identity : settings.balance_identities)
    identity.applies_to = {DeclarationKind::project};
  EXPECT_EQ(code_paths(review_with(d, settings)), Strings{});
}

TEST(ReviewBudget, KeyTasksAboveTheBudget) {
  Declaration d = clean_declaration();
  d.key_tasks[0].planned_funding = Decimal::parse("150.01");
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-BUD-004 /key_tasks"});
  EXPECT_EQ(report.findings[0].severity, Severity::warning);
  EXPECT_EQ(data_string(report.findings[0], "difference"), "0.01");
  d.key_tasks[0].planned_funding = Decimal::parse("150.00");
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewBudget, KeyTasksMustEqualTheBudgetWithinATolerance) {
  ReviewPolicy settings = preset_review();
  settings.key_task_funding.relation = FundingRelation::equal;
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)),
            Strings{"JX-BUD-004 /key_tasks"});
  settings.key_task_funding.tolerance_percent = Decimal(67);  // 100 of 150 is 66.7 %
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)), Strings{});
  settings.key_task_funding.compare_with = "项目支出";
  settings.key_task_funding.tolerance_percent = Decimal(0);
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)), Strings{});
  settings.key_task_funding.compare_with = "专项业务费";
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)),
            Strings{"JX-BUD-002 /key_tasks"});
}

TEST(ReviewBudget, NegativeAmounts) {
  Declaration d = clean_declaration();
  d.key_tasks[0].planned_funding = Decimal::parse("-50.00");
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-BUD-005 /key_tasks/0/planned_funding"});
  d = clean_declaration();
  d.budget.expenditure[0].amount = Decimal::parse("110.00");
  d.budget.expenditure.push_back(BudgetLine{"其他支出", {}, Decimal::parse("-10.00"), {}, {}, {}});
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-BUD-005 /budget/expenditure/2/amount"});
}

TEST(ReviewBudget, BlankAmountsOfLinesAndKeyTasks) {
  Declaration d = clean_declaration();
  d.key_tasks[0].planned_funding.reset();
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-BUD-006 /key_tasks/0"});
  d = clean_declaration();
  // A heading without a figure is not blank: its sub-lines carry the amounts.
  d.budget.expenditure[1].amount.reset();
  d.budget.expenditure[1].children = {
      BudgetLine{"专项业务费", {}, Decimal::parse("50.00"), {}, {}, {}},
      BudgetLine{"其他", {}, std::nullopt, {}, {}, {}}};
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-BUD-006 /budget/expenditure/1/children/1"});
}

TEST(ReviewBudget, HeadingDisagreeingWithItsSubLines) {
  Declaration d = clean_declaration();
  d.budget.expenditure[1].children = {
      BudgetLine{"专项业务费", {}, Decimal::parse("30.00"), {}, {}, {}},
      BudgetLine{"其他", {}, Decimal::parse("20.01"), {}, {}, {}}};
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-BUD-007 /budget/expenditure/1/amount"});
  EXPECT_EQ(data_string(report.findings[0], "children_total"), "50.01");
  d.budget.expenditure[1].children[1].amount = Decimal::parse("20.0");
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewBudget, EmptyBudgetIsReportedOnceWithoutIdentityNoise) {
  Declaration d = clean_declaration();
  d.budget = Budget{};
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-BUD-008 /budget"});
}

// ---- JX-TAX ----------------------------------------------------------------------------

TEST(ReviewTaxonomy, UnknownLevel1WithTheClosestName) {
  Declaration d = clean_declaration();
  d.indicators[0].level1 = "产出指木";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-TAX-001 /indicators/0/level1"});
  EXPECT_EQ(report.findings[0].suggestion, "产出指标");
  EXPECT_EQ(report.findings[0].indicator, "培训人次");
  d.indicators[0].level1 = "产出";  // the 指标 suffix left out is the same category
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewTaxonomy, EmptyLevel1IsNamedFromItsLevel2) {
  Declaration d = clean_declaration();
  d.indicators[1].level1 = "";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-TAX-001 /indicators/1/level1"});
  EXPECT_EQ(report.findings[0].suggestion, "产出指标");
  EXPECT_NE(report.findings[0].message.find("一级指标为空"), std::string::npos);
}

TEST(ReviewTaxonomy, UnknownLevel2AndAliases) {
  Declaration d = clean_declaration();
  d.indicators[0].level2 = "数量指木";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-TAX-002 /indicators/0/level2"});
  EXPECT_EQ(report.findings[0].suggestion, "数量指标");
  d.indicators[0].level2 = "完全不同的类别名称";
  const ReviewReport far = review_2015(d);
  ASSERT_EQ(codes(far), Strings{"JX-TAX-002"});
  EXPECT_FALSE(far.findings[0].suggestion);
  d = clean_declaration();
  d.indicators[3].level2 = "环境效益指标";  // older name of 生态效益指标
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewTaxonomy, Level2UnderTheWrongLevel1) {
  Declaration d = clean_declaration();
  d.indicators[0].level1 = "效益指标";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-TAX-003 /indicators/0/level2"});
  EXPECT_EQ(report.findings[0].suggestion, "产出指标");
  EXPECT_EQ(data_string(report.findings[0], "expected_level1"), "产出指标");
}

TEST(ReviewTaxonomy, CostIsALevel1In2021) {
  Declaration d = clean_declaration();
  d.taxonomy = "2021";
  d.indicators.push_back(
      make_indicator("产出指标", "成本指标", "人均培训成本", "≤500元", "≤500元"));
  const ReviewReport report = jixiao::review(d, policy_preset("national-2021"));
  EXPECT_EQ(code_paths(report), Strings{"JX-TAX-003 /indicators/5/level2"});
  EXPECT_EQ(code_paths(review_2015([&] {
              Declaration copy = d;
              copy.taxonomy = "2015";
              return copy;
            }())),
            Strings{});
}

TEST(ReviewTaxonomy, RequiredLevel1ByKind) {
  Declaration d = clean_declaration();
  d.indicators.pop_back();  // the satisfaction indicator
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-TAX-004 /indicators"});
  EXPECT_EQ(data_string(report.findings[0], "level1"), "满意度指标");
  // national-2021 wants 成本指标 on project declarations only.
  Declaration project = clean_declaration();
  project.taxonomy = "2021";
  EXPECT_EQ(code_paths(jixiao::review(project, policy_preset("national-2021"))), Strings{});
  project.kind = DeclarationKind::project;
  EXPECT_EQ(code_paths(jixiao::review(project, policy_preset("national-2021"))),
            Strings{"JX-TAX-004 /indicators"});
}

TEST(ReviewTaxonomy, CategoryMinimums) {
  ReviewPolicy settings = preset_review();
  settings.category_minimums = {{"产出指标", std::nullopt, 4}};
  const ReviewReport report = review_with(clean_declaration(), settings);
  ASSERT_EQ(code_paths(report), Strings{"JX-TAX-005 /indicators"});
  EXPECT_EQ(report.findings[0].data.at("count").as_uint64(), 3u);
  settings.category_minimums = {{"产出指标", std::nullopt, 3},
                                {"效益指标", std::string("经济效益指标"), 1}};
  // 经济效益指标 is absent, but 效益指标 is required: a required category's sub-minimum counts.
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)),
            Strings{"JX-TAX-005 /indicators"});
  settings.required_level1.clear();
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)), Strings{});
}

TEST(ReviewTaxonomy, TotalMinimum) {
  ReviewPolicy settings = preset_review();
  settings.min_indicators = 6;
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)),
            Strings{"JX-TAX-006 /indicators"});
  settings.min_indicators = 5;
  EXPECT_EQ(code_paths(review_with(clean_declaration(), settings)), Strings{});
}

// ---- JX-IND names ----------------------------------------------------------------------

TEST(ReviewIndicators, DuplicateAfterNormalisingPunctuationAndSpaces) {
  Declaration d = clean_declaration();
  Indicator copy = d.indicators[0];
  copy.name = "培训 人次。";
  d.indicators.insert(d.indicators.begin() + 1, copy);
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-001 /indicators/1/name"});
  EXPECT_EQ(report.findings[0].related_path, "/indicators/0");
  EXPECT_NE(report.findings[0].message.find("/indicators/0"), std::string::npos);
  d.indicators[1].name = "培训人次数";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewIndicators, SameIndicatorUnderTwoCategories) {
  Declaration d = clean_declaration();
  Indicator copy = d.indicators[4];
  copy.level1 = "效益指标";
  copy.level2 = "社会效益指标";
  d.indicators.push_back(copy);
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-002 /indicators/5/name"});
  EXPECT_EQ(report.findings[0].related_path, "/indicators/4");
  EXPECT_EQ(report.findings[0].severity, Severity::warning);
}

TEST(ReviewIndicators, EmptyNameIsNotADuplicateOfAnotherEmptyName) {
  Declaration d = clean_declaration();
  d.indicators[0].name = "";
  d.indicators[2].name = "。";
  EXPECT_EQ(code_paths(review_2015(d)),
            (Strings{"JX-IND-003 /indicators/0/name", "JX-IND-003 /indicators/2/name"}));
}

TEST(ReviewIndicators, NameLongerThanThePolicyAllows) {
  Declaration d = clean_declaration();
  std::string name;
  for (int i = 0; i < 100; ++i)
    name += "长";
  d.indicators[0].name = name;
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
  d.indicators[0].name += "名";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-004 /indicators/0/name"});
  EXPECT_EQ(report.findings[0].data.at("length").as_uint64(), 101u);
}

// ---- JX-IND targets --------------------------------------------------------------------

TEST(ReviewTargets, AnnualTargetMissingEmptyOrPlaceholder) {
  for (const std::optional<std::string>& annual :
       {std::optional<std::string>(), std::optional<std::string>(""),
        std::optional<std::string>("无"), std::optional<std::string>("/")}) {
    Declaration d = clean_declaration();
    d.indicators[0].annual_target = annual;
    EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-IND-005 /indicators/0/annual_target"})
        << annual.value_or("(absent)");
  }
}

TEST(ReviewTargets, AnnualTargetWithoutAMeasurableValue) {
  Declaration d = clean_declaration();
  d.indicators[0].annual_target = "标准：完成年度计划数。";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-006 /indicators/0/annual_target"});
  EXPECT_EQ(report.findings[0].severity, Severity::error);
  EXPECT_EQ(data_string(report.findings[0], "target"), "标准：完成年度计划数。");
}

TEST(ReviewTargets, VagueWordingFromThePolicyLexicon) {
  Declaration d = clean_declaration();
  d.indicators[0].annual_target = "标准：显著提升。";  // made only of vague words
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-IND-007 /indicators/0/annual_target"});
  d.indicators[0].annual_target = "全面完成培训工作，成效显著";  // a vague phrase inside
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-IND-007 /indicators/0/annual_target"});
  d.indicators[0].annual_target = "正常运行";  // a statement that can be checked
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
  d.indicators[0].annual_target = "提升";
  ReviewPolicy settings = preset_review();
  settings.vague_words = {"显著"};
  EXPECT_EQ(code_paths(review_with(d, settings)), Strings{});
  EXPECT_EQ(codes(review_2015(d)), Strings{"JX-IND-007"});
}

TEST(ReviewTargets, VaguePeriodTargetsAreOneFindingPerRepeatedText) {
  Declaration d = clean_declaration();
  d.indicators[2].period_target = "完成周期计划数。";
  const ReviewReport one = review_2015(d);
  ASSERT_EQ(code_paths(one), Strings{"JX-IND-008 /indicators/2/period_target"});
  EXPECT_FALSE(one.findings[0].data.contains("indicators"));
  for (Indicator& indicator : d.indicators)
    indicator.period_target = "完成周期计划数。";
  const ReviewReport all = review_2015(d);
  ASSERT_EQ(code_paths(all), Strings{"JX-IND-008 /indicators/0/period_target"});
  EXPECT_EQ(all.findings[0].data.at("indicators").as_uint64(), 5u);
  EXPECT_NE(all.findings[0].message.find("全部 5 个指标"), std::string::npos);
}

TEST(ReviewTargets, NumericTargetWithoutUnit) {
  Declaration d = clean_declaration();
  d.indicators[0].annual_target = "≥1200";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-IND-009 /indicators/0/annual_target"});
  d.indicators[0].unit = "人次";  // the form's 计量单位 column states it
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
  d = clean_declaration();
  d.indicators[0].period_target = "≥3600";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-IND-009 /indicators/0/period_target"});
}

TEST(ReviewTargets, BareValueGetsTheComparatorItsNameSuggests) {
  Declaration d = clean_declaration();
  d.indicators[0].annual_target = "1200人次";
  ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-010 /indicators/0/annual_target"});
  EXPECT_EQ(report.findings[0].suggestion, "≥1200人次");
  EXPECT_EQ(report.findings[0].severity, Severity::info);
  d = clean_declaration();
  d.indicators[1].name = "培训考核差错率";
  d.indicators[1].formula.reset();
  d.indicators[1].annual_target = "1%";
  d.indicators[1].period_target = "≤1%";
  report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-010 /indicators/1/annual_target"});
  EXPECT_EQ(report.findings[0].suggestion, "≤1%");
  d.indicators[1].annual_target = "降低2个百分点";  // a change has its direction
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewTargets, RateWithAQualitativeTarget) {
  Declaration d = clean_declaration();
  d.indicators[2].annual_target = "按期完成";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-IND-011 /indicators/2/annual_target"});
  d.indicators[2].name = "培训按期完成情况";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewTargets, AnnualAgainstPeriod) {
  Declaration d = clean_declaration();
  d.indicators[3].annual_target = "≥99%";  // period ≥90%
  ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-012 /indicators/3/annual_target"});
  EXPECT_EQ(data_string(report.findings[0], "relation"), "stricter");
  d.indicators[3].annual_target = "≥85%";
  report = review_2015(d);
  ASSERT_EQ(codes(report), Strings{"JX-IND-012"});
  EXPECT_EQ(data_string(report.findings[0], "relation"), "looser");
  d.indicators[3].annual_target = "≤90%";
  report = review_2015(d);
  ASSERT_EQ(codes(report), Strings{"JX-IND-012"});
  EXPECT_EQ(data_string(report.findings[0], "relation"), "opposite_direction");
  // Counts add up over the period: fewer in the year is normal, more than the period is not.
  d = clean_declaration();
  d.indicators[0].annual_target = "≥4000人次";  // period ≥3600人次
  report = review_2015(d);
  ASSERT_EQ(codes(report), Strings{"JX-IND-012"});
  EXPECT_EQ(data_string(report.findings[0], "basis"), "cumulative");
  d.indicators[0].annual_target = "≥3.6千人次";  // the same as the period, in other words
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
  d.indicators[0].annual_target = "≥90%";  // units that cannot be compared: no judgement
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewTargets, ForbiddenCharactersIncludingFullWidthForms) {
  Declaration d = clean_declaration();
  d.indicators[3].annual_target = "≥90%*";
  ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-IND-013 /indicators/3/annual_target"});
  EXPECT_EQ(report.findings[0].data.at("characters").as_array()[0].as_string(), "*");
  d.indicators[3].annual_target = "≥90%";
  d.indicators[3].period_target = "≥90%＿";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{"JX-IND-013 /indicators/3/period_target"});
}

TEST(ReviewTargets, SatisfactionNeedsANumber) {
  Declaration d = clean_declaration();
  d.indicators[4].annual_target = "群众满意";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-SAT-001 /indicators/4/annual_target"});
  d = clean_declaration();
  d.indicators[0].annual_target = "正常运行";  // not a satisfaction indicator
  d.indicators[0].period_target = "正常运行";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

// ---- JX-FOR, JX-SUG --------------------------------------------------------------------

TEST(ReviewFormulas, TextThatDoesNotCompile) {
  Declaration d = clean_declaration();
  d.indicators[1].formula = "培训合格率=合格人数/";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-FOR-001 /indicators/1/formula"});
  EXPECT_EQ(data_string(report.findings[0], "error"), "parse_error");
  EXPECT_TRUE(report.findings[0].data.contains("offset"));
  d.indicators[1].formula = "培训合格率=合格人数/参训人数×100%。";  // a sentence's full stop
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

TEST(ReviewFormulas, VariablesTheTextDoesNotExplain) {
  Declaration d = clean_declaration();
  d.indicators[1].explanation = "按考核结果统计。";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), Strings{"JX-FOR-002 /indicators/1/formula"});
  EXPECT_EQ(report.findings[0].data.at("variables").as_array().size(), 2u);
  // The formula copied into the content does not explain its own variables.
  d.indicators[1].content = "培训合格率=合格人数/参训人数×100%";
  EXPECT_EQ(codes(review_2015(d)), Strings{"JX-FOR-002"});
}

TEST(ReviewSuggestions, ValueStatedInTheContentIsProposed) {
  Declaration d = clean_declaration();
  d.indicators[0].annual_target = "完成年度计划数";
  d.indicators[0].content = "全年计划培训干部1200人次。";
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(code_paths(report), (Strings{"JX-IND-006 /indicators/0/annual_target",
                                         "JX-SUG-001 /indicators/0/annual_target"}));
  EXPECT_EQ(report.findings[1].suggestion, "≥1200人次");
  EXPECT_EQ(data_string(report.findings[1], "source_path"), "/indicators/0/content");
  d.indicators[0].content = "组织全区干部培训。";  // nothing measurable to propose
  EXPECT_EQ(codes(review_2015(d)), Strings{"JX-IND-006"});
  d.indicators[0].annual_target = "≥1200人次";  // the target is already measurable
  d.indicators[0].content = "全年计划培训干部1300人次。";
  EXPECT_EQ(code_paths(review_2015(d)), Strings{});
}

// ---- policy switches, order, verdict ---------------------------------------------------

TEST(ReviewPolicySwitches, RuleSwitchedOffOrRegraded) {
  Declaration d = clean_declaration();
  d.indicators[0].annual_target = "1200人次";
  ReviewPolicy settings = preset_review();
  settings.rules = {{"JX-IND-010", false, std::nullopt}};
  EXPECT_EQ(code_paths(review_with(d, settings)), Strings{});
  settings.rules = {{"JX-IND-010", std::nullopt, Severity::error}};
  const ReviewReport report = review_with(d, settings);
  ASSERT_EQ(codes(report), Strings{"JX-IND-010"});
  EXPECT_EQ(report.findings[0].severity, Severity::error);
  EXPECT_EQ(report.summary.counts.errors, 1u);
  EXPECT_EQ(report.summary.verdict, EvaluationGrade::fair);
}

TEST(ReviewOrder, FindingsFollowTheDocument) {
  Declaration d = clean_declaration();
  d.indicators[4].annual_target = "群众满意";
  d.indicators[0].annual_target = "完成年度计划数";
  d.indicators[0].period_target = "完成周期计划数";
  d.indicators[0].level2 = "数量指木";
  d.key_tasks[0].planned_funding.reset();
  d.budget.expenditure[0].amount = Decimal::parse("100.01");
  d.goals.overall.reset();
  EXPECT_EQ(code_paths(review_2015(d)),
            (Strings{"JX-DOC-001 /goals/overall", "JX-BUD-001 /budget", "JX-BUD-006 /key_tasks/0",
                     "JX-TAX-002 /indicators/0/level2", "JX-IND-008 /indicators/0/period_target",
                     "JX-IND-006 /indicators/0/annual_target",
                     "JX-SAT-001 /indicators/4/annual_target"}));
}

TEST(ReviewVerdict, BandsAndCounts) {
  Declaration d = clean_declaration();
  d.key_tasks[0].planned_funding.reset();  // one warning
  ReviewReport report = review_2015(d);
  EXPECT_EQ(report.summary.verdict, EvaluationGrade::good);
  d.goals.overall.reset();  // and one error
  report = review_2015(d);
  EXPECT_EQ(report.summary.verdict, EvaluationGrade::fair);
  EXPECT_EQ(report.summary.counts, (SeverityCounts{1, 1, 0}));
  EXPECT_EQ(report.summary.by_dimension[static_cast<std::size_t>(ReviewDimension::completeness)],
            (SeverityCounts{1, 1, 0}));
  for (int i = 0; i < 10; ++i) {
    d.indicators.push_back(make_indicator("产出指标", "数量指标", "指标" + std::to_string(i),
                                          "完成年度计划数", "≥1个"));
  }
  report = review_2015(d);
  EXPECT_EQ(report.summary.counts.errors, 11u);
  EXPECT_EQ(report.summary.verdict, EvaluationGrade::poor);
}

TEST(ReviewDefaults, PresetFollowsTheDeclarationsTaxonomy) {
  EXPECT_EQ(default_preset_name("2015"), "national-2015");
  EXPECT_EQ(default_preset_name("2015-广东"), "national-2015");
  EXPECT_EQ(default_preset_name("2021"), "national-2021");
  EXPECT_EQ(default_preset_name("四川-2023"), "national-2021");
  Declaration d = clean_declaration();
  EXPECT_EQ(default_policy_for(d).name, "national-2015");
  d.taxonomy = "2021";
  EXPECT_EQ(default_policy_for(d).name, "national-2021");
}

}  // namespace
}  // namespace jixiao
