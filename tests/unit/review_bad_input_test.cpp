// Bad and hostile input: huge declarations, empty and look-alike categories, invalid UTF-8,
// overlong texts, deep budget trees. The review reports findings and never crashes or throws
// because of what a declaration contains.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <string>
#include <vector>

#include "jixiao/error.hpp"
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

TEST(ReviewBadInput, HundredThousandIndicatorsWithDuplicatesFoundByHashing) {
  Declaration d = clean_declaration();
  constexpr std::size_t count = 100000;
  d.indicators.reserve(count);
  const char* const targets[] = {"≥95%", "≥12所", "提升", "完成年度计划数", "100%"};
  for (std::size_t i = d.indicators.size(); i < count; ++i) {
    // Every 1000th indicator repeats an earlier name with other punctuation.
    const std::size_t id = i % 1000 == 0 ? i - 500 : i;
    std::string name = "第" + std::to_string(id) + "项服务覆盖数";
    if (id != i) name += "。";
    d.indicators.push_back(make_indicator("产出指标", "数量指标", name, targets[i % 5],
                                          "≥" + std::to_string(i) + "个"));
  }
  const ReviewReport report = review_2015(d);
  EXPECT_EQ(report.summary.indicators, count);
  EXPECT_EQ(findings_of(report, "JX-IND-001").size(), 99u);  // i = 1000, 2000, …, 99000
  EXPECT_EQ(report.summary.counts.total(), report.findings.size());
  EXPECT_EQ(report.summary.verdict, EvaluationGrade::poor);
  // Document order holds across the whole report.
  std::size_t last = 0;
  for (const Finding& finding : report.findings) {
    const std::string prefix = "/indicators/";
    if (finding.path.rfind(prefix, 0) != 0) continue;
    const std::size_t index = std::stoul(finding.path.substr(prefix.size()));
    EXPECT_GE(index, last);
    last = index;
  }
}

TEST(ReviewBadInput, EmptyCategoriesAreFindingsWithoutSuggestions) {
  Declaration d = clean_declaration();
  d.indicators[0].level1 = "";
  d.indicators[0].level2 = "";
  const ReviewReport report = review_2015(d);
  EXPECT_EQ(code_paths(report),
            (Strings{"JX-TAX-001 /indicators/0/level1", "JX-TAX-002 /indicators/0/level2"}));
  EXPECT_FALSE(report.findings[0].suggestion);
  EXPECT_FALSE(report.findings[1].suggestion);
  EXPECT_NE(report.findings[1].message_en.find("level-2 category is empty"), std::string::npos);
}

TEST(ReviewBadInput, CyrillicLookAlikesAreNamedAndStillMatchTheirTwin) {
  Policy policy = policy_preset("national-2015");
  add_category(policy.taxonomy, "效益指标", "ESG效益指标");
  Declaration d = clean_declaration();
  d.indicators[3].level2 = "\u0415SG效益指标";  // Cyrillic Е
  const ReviewReport report = review(d, policy);
  ASSERT_EQ(code_paths(report), Strings{"JX-TAX-002 /indicators/3/level2"});
  const Finding& finding = report.findings[0];
  EXPECT_EQ(finding.suggestion, "ESG效益指标");
  EXPECT_EQ(finding.data.at("distance").as_uint64(), 0u);
  EXPECT_EQ(finding.data.at("lookalikes").as_array()[0].as_string(), "U+0415");
  EXPECT_NE(finding.message.find("西里尔"), std::string::npos);

  // Names that differ only by look-alike letters are the same indicator.
  Declaration twins = clean_declaration();
  twins.indicators.push_back(
      make_indicator("产出指标", "数量指标", "Wi-Fi覆盖点数", "≥10个", "≥10个"));
  twins.indicators.push_back(
      make_indicator("产出指标", "数量指标", "W\u0456-F\u0456覆盖点数", "≥10个", "≥10个"));
  EXPECT_EQ(code_paths(review_2015(twins)), Strings{"JX-IND-001 /indicators/6/name"});
}

TEST(ReviewBadInput, InvalidUtf8IsReplacedInTheReport) {
  Declaration d = clean_declaration();
  d.indicators[0].name = "培训\xff人次";
  d.indicators[0].annual_target = "完成\xfe年度计划数";
  d.indicators[1].level2 = "质量\xc0指标";
  d.budget.expenditure[0].name = "基本\xe4支出";
  d.budget.expenditure[0].amount.reset();
  const ReviewReport report = review_2015(d);
  EXPECT_FALSE(report.findings.empty());
  const std::string json = write_review_report(report);  // throws on invalid UTF-8
  EXPECT_NE(json.find("培训\xef\xbf\xbd人次"), std::string::npos);
  EXPECT_NO_THROW((void)boost::json::parse(json));
}

TEST(ReviewBadInput, OverlongTextsAreBoundedInMessages) {
  Declaration d = clean_declaration();
  d.indicators[0].annual_target = std::string(100000, 'x');
  d.indicators[1].formula = "a" + std::string(100000, '+');
  d.indicators[2].name = std::string(300000, 'n');
  const ReviewReport report = review_2015(d);
  EXPECT_EQ(codes(report), (Strings{"JX-IND-006", "JX-FOR-001", "JX-IND-004"}));
  for (const Finding& finding : report.findings) {
    EXPECT_LT(finding.message.size(), 2000u) << finding.code;
    EXPECT_LT(finding.message_en.size(), 2000u) << finding.code;
  }
}

TEST(ReviewBadInput, DeepBudgetTreeIsWalkedWithoutRecursion) {
  Declaration d = clean_declaration();
  constexpr int depth = 5000;
  BudgetLine deepest{"最末级", {}, std::nullopt, {}, {}, {}};  // blank: one finding at the bottom
  for (int level = 0; level < depth; ++level) {
    BudgetLine parent{"第" + std::to_string(level) + "级", {}, std::nullopt, {}, {}, {}};
    parent.children.push_back(std::move(deepest));
    deepest = std::move(parent);
  }
  d.budget.expenditure.push_back(std::move(deepest));
  const ReviewReport report = review_2015(d);
  ASSERT_EQ(codes(report), Strings{"JX-BUD-006"});
  std::string expected = "/budget/expenditure/2";
  for (int level = 0; level < depth; ++level)
    expected += "/children/0";
  EXPECT_EQ(report.findings[0].path, expected);
}

TEST(ReviewBadInput, HugeAmountsDoNotOverflowIntoACrash) {
  Declaration d = clean_declaration();
  const Decimal huge = Decimal::parse("99999999999999999999999999999999999999");
  d.budget.expenditure[0].amount = huge;
  d.budget.expenditure[1].amount = huge;
  d.budget.income[0].amount = huge;
  const ReviewReport report = review_2015(d);
  const auto unchecked = findings_of(report, "JX-BUD-003");
  ASSERT_FALSE(unchecked.empty());
  EXPECT_NE(unchecked[0]->message_en.find("could not be checked"), std::string::npos);
}

TEST(ReviewBadInput, EmptyDeclaration) {
  Declaration d;
  const ReviewReport report = review(d, default_policy_for(d));
  EXPECT_EQ(code_paths(report),
            (Strings{"JX-DOC-001 /goals/overall", "JX-BUD-008 /budget", "JX-DOC-002 /key_tasks",
                     "JX-TAX-004 /indicators", "JX-TAX-004 /indicators", "JX-TAX-004 /indicators",
                     "JX-TAX-006 /indicators"}));
  EXPECT_EQ(report.summary.verdict, EvaluationGrade::fair);
}

TEST(ReviewBadInput, InvalidPolicyIsAnErrorWithItsPath) {
  Policy policy = policy_preset("national-2021");
  policy.review.balance_identities.push_back({"", "收入来源 = (部门预算支出", {}, std::nullopt});
  try {
    (void)Reviewer(policy);
    FAIL() << "expected a policy error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::policy_error);
    EXPECT_EQ(error.location().json_path, "/review/balance_identities/2/formula");
    ASSERT_TRUE(error.location().char_offset);
  }
}

}  // namespace
}  // namespace jixiao
