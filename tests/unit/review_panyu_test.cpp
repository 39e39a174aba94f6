// The 番禺 2023 declaration under its default policy: the findings the issue requires, the full
// report against its golden file byte for byte, one altered copy per rule (each adds exactly the
// expected finding), and the rule catalog of docs/review-rules.md against the code.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "jixiao/review.hpp"
#include "unit/review_support.hpp"

namespace jixiao {
namespace {

using testing::code_paths;
using testing::findings_of;
using testing::panyu;
using testing::read_source_file;

using Strings = std::vector<std::string>;

const ReviewReport& baseline() {
  static const ReviewReport report = review(panyu(), default_policy_for(panyu()));
  return report;
}

TEST(PanyuReview, DefaultPolicyIsTheTaxonomys) {
  EXPECT_EQ(baseline().summary.policy, "national-2015");
  EXPECT_EQ(baseline().summary.indicators, 52u);
}

TEST(PanyuReview, BudgetBalancesOnceTheSpecialFundIsCounted) {
  for (const Finding& finding : baseline().findings)
    EXPECT_NE(finding.code.substr(0, 6), "JX-BUD") << finding.message;
  // The same with the identities written over the form's own line names (domain-rules §6).
  Policy policy = policy_preset("national-2015");
  policy.review.balance_identities = {
      {"I-2", "基本支出 + 项目支出 + 财政专项资金 = 财政拨款 + 其他资金", {}, std::nullopt},
      {"I-1", "财政拨款 + 其他资金 = 区本级使用资金 + 拟用于对下转移支付资金", {}, std::nullopt}};
  EXPECT_EQ(code_paths(review(panyu(), policy)), code_paths(baseline()));
  // Leaving 财政专项资金 out is off by exactly its 100.00.
  policy.review.balance_identities = {
      {"", "基本支出 + 项目支出 = 财政拨款 + 其他资金", {}, std::nullopt}};
  const ReviewReport off = review(panyu(), policy);
  const auto failed = findings_of(off, "JX-BUD-001");
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0]->data.at("difference").as_string(), "-100.00");
}

TEST(PanyuReview, ReportsTheDuplicates) {
  const auto same = findings_of(baseline(), "JX-IND-001");
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0]->indicator, "加强云平台安全保障能力");
  EXPECT_EQ(same[0]->path, "/indicators/28/name");
  EXPECT_EQ(same[0]->related_path, "/indicators/26");
  const auto other = findings_of(baseline(), "JX-IND-002");
  ASSERT_EQ(other.size(), 2u);
  EXPECT_EQ(other[0]->indicator, "政务网络平均无故障时间。");
  EXPECT_EQ(other[0]->path, "/indicators/42/name");
  EXPECT_EQ(other[0]->related_path, "/indicators/29");
  EXPECT_EQ(other[1]->related_path, "/indicators/41");
}

TEST(PanyuReview, FlagsTheVagueTargets) {
  Strings vague;
  for (const Finding* finding : findings_of(baseline(), "JX-IND-006"))
    vague.push_back(finding->data.at("target").as_string().c_str());
  EXPECT_EQ(vague,
            (Strings{"标准：完成年度计划数。", "标准:完成年度计划数。", "标准：完成年度计划数。",
                     "标准：完成年度计划数。", "标准：符合验收标准公共服务站数量。",
                     "指标：完成年度任务数。", "标准：完成年度任务数。"}));
  Strings wording;
  for (const Finding* finding : findings_of(baseline(), "JX-IND-007"))
    wording.push_back(finding->data.at("target").as_string().c_str());
  EXPECT_EQ(wording, (Strings{"标准：高质量完成", "标准：减少。", "标准:提升", "标准：提升。",
                              "标准：提升。", "标准：提高。", "标准：提高。"}));
}

TEST(PanyuReview, FlagsThePeriodColumnOnce) {
  const auto period = findings_of(baseline(), "JX-IND-008");
  ASSERT_EQ(period.size(), 1u);
  EXPECT_EQ(period[0]->path, "/indicators/0/period_target");
  EXPECT_EQ(period[0]->data.at("target").as_string(), "完成周期计划数。");
  EXPECT_EQ(period[0]->data.at("indicators").as_uint64(), 52u);
}

TEST(PanyuReview, ProposesTheValuesTheContentStates) {
  Strings proposed;
  for (const Finding* finding : findings_of(baseline(), "JX-SUG-001"))
    proposed.push_back(finding->indicator.value() + " → " + finding->suggestion.value());
  EXPECT_EQ(proposed,
            (Strings{"租赁场地面积。 → ≥30135平方米", "工作人员用餐保障服务数量。 → 每天≥800人次",
                     "增设政务晓屋数。 → ≥2台", "电子公务团队人数。 → ≥30名",
                     "信息化方案审核数量。 → ≥60件"}));
}

TEST(PanyuReview, GoldenReportByteForByte) {
  const std::string expected = read_source_file("tests/data/golden/panyu-2023-review.json");
  EXPECT_EQ(write_review_report(baseline()), expected)
      << "regenerate with: build/default/bin/jixiao review --format json "
         "examples/panyu-2023/declaration.json > tests/data/golden/panyu-2023-review.json";
}

TEST(PanyuReview, SummaryAndVerdict) {
  const ReviewSummary& summary = baseline().summary;
  EXPECT_EQ(summary.counts, (SeverityCounts{8, 13, 23}));
  EXPECT_EQ(summary.verdict, EvaluationGrade::fair);
  SeverityCounts sum;
  for (const SeverityCounts& counts : summary.by_dimension) {
    sum.errors += counts.errors;
    sum.warnings += counts.warnings;
    sum.infos += counts.infos;
  }
  EXPECT_EQ(sum, summary.counts);
}

TEST(PanyuReview, TextReportGroupsBySeverityInBothLanguages) {
  const std::string zh = render_review_text(baseline(), {ReportLanguage::zh, false, "番禺"});
  const auto errors = zh.find("错误 (8)");
  const auto warnings = zh.find("警告 (13)");
  const auto infos = zh.find("提示 (23)");
  ASSERT_NE(errors, std::string::npos);
  EXPECT_LT(errors, warnings);
  EXPECT_LT(warnings, infos);
  EXPECT_NE(zh.find("JX-IND-001  /indicators/28/name  加强云平台安全保障能力"), std::string::npos);
  EXPECT_NE(zh.find("共 44 条：错误 8，警告 13，提示 23；审核结论：中"), std::string::npos);
  EXPECT_EQ(zh.find("\x1b["), std::string::npos);
  const std::string en = render_review_text(baseline(), {ReportLanguage::en, true, ""});
  EXPECT_NE(en.find("44 findings: 8 errors, 13 warnings, 23 info; verdict:"), std::string::npos);
  EXPECT_NE(en.find("\x1b[1;31m"), std::string::npos);
}

// ---- altered copies ---------------------------------------------------------------------

struct Alteration {
  std::string name;
  std::function<void(Declaration&)> change;
  Strings added;
  Strings removed;
};

Strings added_by(const Alteration& alteration) {
  Declaration copy = panyu();
  alteration.change(copy);
  const testing::FindingDiff difference =
      testing::diff(baseline(), review(copy, default_policy_for(copy)));
  EXPECT_EQ(difference.removed, alteration.removed) << alteration.name;
  return difference.added;
}

std::string hundred_characters() {
  std::string text;
  for (int i = 0; i < 100; ++i)
    text += "长";
  return text;
}

TEST(PanyuReview, EachAlteredCopyAddsExactlyItsFinding) {
  const std::vector<Alteration> alterations = {
      {"budget figure +0.01",
       [](Declaration& d) { d.budget.expenditure[0].amount = Decimal::parse("1163.72"); },
       {"JX-BUD-001 /budget"},
       {}},
      {"by-level section emptied",
       [](Declaration& d) { d.budget.by_level.clear(); },
       {"JX-BUD-003 /budget"},
       {}},
      {"key tasks above the budget",
       [](Declaration& d) { d.key_tasks[0].planned_funding = Decimal::parse("13823"); },
       {"JX-BUD-004 /key_tasks"},
       {}},
      {"negative planned funding",
       [](Declaration& d) { d.key_tasks[0].planned_funding = Decimal::parse("-3823"); },
       {"JX-BUD-005 /key_tasks/0/planned_funding"},
       {}},
      {"blank budget line",
       [](Declaration& d) { d.budget.expenditure[2].children[1].amount.reset(); },
       {"JX-BUD-006 /budget/expenditure/2/children/1"},
       {}},
      {"heading against its sub-lines",
       [](Declaration& d) {
         d.budget.expenditure[2].amount = Decimal::parse("100.00");
         d.budget.expenditure[2].children[1].amount = Decimal::parse("0.01");
       },
       {"JX-BUD-007 /budget/expenditure/2/amount"},
       {}},
      {"no budget", [](Declaration& d) { d.budget = Budget{}; }, {"JX-BUD-008 /budget"}, {}},
      {"overall goal removed",
       [](Declaration& d) { d.goals.overall.reset(); },
       {"JX-DOC-001 /goals/overall"},
       {}},
      {"key tasks removed",
       [](Declaration& d) { d.key_tasks.clear(); },
       {"JX-DOC-002 /key_tasks"},
       {}},
      {"local taxonomy name",
       [](Declaration& d) { d.taxonomy = "2015-番禺"; },
       {"JX-DOC-003 /taxonomy"},
       {}},
      {"misspelt level 1",
       [](Declaration& d) { d.indicators[5].level1 = "产出指木"; },
       {"JX-TAX-001 /indicators/5/level1"},
       {}},
      {"misspelt level 2",
       [](Declaration& d) { d.indicators[5].level2 = "数量指木"; },
       {"JX-TAX-002 /indicators/5/level2"},
       {}},
      {"category moved",
       [](Declaration& d) { d.indicators[5].level1 = "效益指标"; },
       {"JX-TAX-003 /indicators/5/level2"},
       {}},
      {"satisfaction category removed",
       [](Declaration& d) { d.indicators.erase(d.indicators.begin() + 51); },
       {"JX-TAX-004 /indicators"},
       {}},
      {"duplicate in the same category",
       [](Declaration& d) { d.indicators[22].name = d.indicators[21].name; },
       {"JX-IND-001 /indicators/22/name"},
       {}},
      {"duplicate under another category",
       [](Declaration& d) { d.indicators[30].name = d.indicators[1].name; },
       {"JX-IND-002 /indicators/30/name"},
       {}},
      {"name removed",
       [](Declaration& d) { d.indicators[3].name = ""; },
       {"JX-IND-003 /indicators/3/name"},
       {}},
      {"name too long",
       [](Declaration& d) { d.indicators[3].name += hundred_characters(); },
       {"JX-IND-004 /indicators/3/name"},
       {}},
      {"annual target removed",
       [](Declaration& d) { d.indicators[3].annual_target.reset(); },
       {"JX-IND-005 /indicators/3/annual_target"},
       {}},
      {"annual target made vague",
       [](Declaration& d) { d.indicators[3].annual_target = "标准：完成年度计划数。"; },
       {"JX-IND-006 /indicators/3/annual_target"},
       {}},
      {"vague wording",
       [](Declaration& d) { d.indicators[22].annual_target = "标准：显著提升。"; },
       {"JX-IND-007 /indicators/22/annual_target"},
       {}},
      {"period target made vague in its own words",
       [](Declaration& d) { d.indicators[3].period_target = "完成年度任务数"; },
       {"JX-IND-008 /indicators/3/period_target"},
       {}},
      {"unit removed",
       [](Declaration& d) { d.indicators[5].annual_target = "标准：9。"; },
       {"JX-IND-009 /indicators/5/annual_target"},
       {}},
      {"comparator removed",
       [](Declaration& d) { d.indicators[3].annual_target = "标准：90%"; },
       {"JX-IND-010 /indicators/3/annual_target"},
       {}},
      {"rate with a statement",
       [](Declaration& d) { d.indicators[39].annual_target = "标准：按时完成"; },
       {"JX-IND-011 /indicators/39/annual_target"},
       {"JX-IND-010 /indicators/39/annual_target"}},
      {"period target stricter than the annual one",
       [](Declaration& d) { d.indicators[3].period_target = "≥95%"; },
       {"JX-IND-012 /indicators/3/annual_target"},
       {}},
      {"forbidden character",
       [](Declaration& d) { d.indicators[22].annual_target = "标准：顺利通过验收*"; },
       {"JX-IND-013 /indicators/22/annual_target"},
       {}},
      {"formula that does not compile",
       [](Declaration& d) { d.indicators[3].formula = "配备率=已配备部门数/"; },
       {"JX-FOR-001 /indicators/3/formula"},
       {}},
      {"formula with unexplained variables",
       [](Declaration& d) { d.indicators[3].formula = "配备率=已配备部门数/进驻部门数×100%"; },
       {"JX-FOR-002 /indicators/3/formula"},
       {}},
      {"content states a number",
       [](Declaration& d) { d.indicators[10].content = "免费为新开办企业刻制印章1200套。"; },
       {"JX-SUG-001 /indicators/10/annual_target"},
       {}},
      {"satisfaction as a statement",
       [](Declaration& d) { d.indicators[51].annual_target = "标准：群众满意。"; },
       {"JX-SAT-001 /indicators/51/annual_target"},
       {}},
  };
  for (const Alteration& alteration : alterations)
    EXPECT_EQ(added_by(alteration), alteration.added) << alteration.name;
}

TEST(PanyuReview, EveryRuleOfTheCatalogHasAnAlteredCopyOrAPolicyTest) {
  // JX-BUD-002 (a policy naming a missing line), JX-TAX-005 and JX-TAX-006 (policy minimums) need
  // a policy change rather than a declaration change: shown here on the example.
  Policy policy = policy_preset("national-2015");
  policy.review.balance_identities = {
      {"", "财政拨款 + 其他资金 = 市本级使用资金", {}, std::nullopt}};
  policy.review.category_minimums = {{"满意度指标", std::nullopt, 2}};
  policy.review.min_indicators = 60;
  const testing::FindingDiff difference = testing::diff(baseline(), review(panyu(), policy));
  EXPECT_EQ(difference.added,
            (Strings{"JX-BUD-002 /budget", "JX-TAX-005 /indicators", "JX-TAX-006 /indicators"}));
  EXPECT_EQ(difference.removed, Strings{});
}

// ---- the rule catalog in the documentation ---------------------------------------------

TEST(ReviewCatalog, DocumentationTableIsTheCodesTable) {
  const std::string doc = read_source_file("docs/review-rules.md");
  const std::string begin = "<!-- rule-catalog:begin (generated: jixiao policy rules) -->\n";
  const std::string end = "<!-- rule-catalog:end -->";
  const auto from = doc.find(begin);
  const auto to = doc.find(end);
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  EXPECT_EQ(doc.substr(from + begin.size(), to - from - begin.size()), rule_catalog_markdown())
      << "update the table with: build/default/bin/jixiao policy rules";
  // Every rule is explained under a "### " heading that names its code.
  std::string headings;
  for (std::size_t at = doc.find("\n### "); at != std::string::npos;
       at = doc.find("\n### ", at + 1))
    headings += doc.substr(at, doc.find('\n', at + 1) - at);
  for (const ReviewRule& rule : review_rules()) {
    EXPECT_NE(headings.find(std::string(rule.code)), std::string::npos)
        << rule.code << " has no section in docs/review-rules.md";
  }
}

TEST(ReviewCatalog, CodesAreUniqueAndStable) {
  std::vector<std::string_view> seen;
  for (const ReviewRule& rule : review_rules()) {
    EXPECT_EQ(std::count(seen.begin(), seen.end(), rule.code), 0) << rule.code;
    seen.push_back(rule.code);
    EXPECT_EQ(find_review_rule(rule.code), &rule);
    EXPECT_EQ(rule.code.size(), 10u) << rule.code;
    EXPECT_FALSE(rule.source.empty()) << rule.code;
  }
  EXPECT_EQ(find_review_rule("JX-XXX-000"), nullptr);
}

}  // namespace
}  // namespace jixiao
