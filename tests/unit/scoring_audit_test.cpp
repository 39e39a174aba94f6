// Audit mode and the 番禺 example: every published score that differs from the rule's is listed,
// the published total is checked, and the example's scorecard matches its golden file byte for
// byte.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/document_json.hpp"
#include "support/files.hpp"
#include "unit/scoring_fixtures.hpp"

namespace jixiao {
namespace {

using testing::dec;
using testing::evaluation;
using testing::indicator;
using testing::national;

SelfEvaluation published_evaluation() {
  IndicatorResult followed = indicator("按规则", std::string("≥10个"), std::string("10个"), "45");
  followed.published_score = dec("45");
  IndicatorResult generous = indicator("从宽", std::string("≥10个"), std::string("7个"), "45");
  generous.published_score = dec("45");  // the rule gives 31.5
  generous.deviation_reason = "延期。";
  FundExecution row = testing::budget_row("100", "96");
  row.published_score = dec("9.6");  // = 9.60: not a difference
  SelfEvaluation e = evaluation({followed, generous}, {row});
  e.total_score = dec("99.6");
  e.grade = EvaluationGrade::excellent;
  return e;
}

TEST(ScoringAudit, ListsEveryDifferenceWithItsRule) {
  const Scorecard card = score(published_evaluation(), national());
  ASSERT_TRUE(card.audit);
  ASSERT_EQ(card.differences.size(), 3u);
  EXPECT_EQ(card.differences[0].path, "/indicators/1/published_score");
  EXPECT_EQ(card.differences[0].item, "从宽");
  EXPECT_EQ(card.differences[0].published, "45");
  EXPECT_EQ(card.differences[0].computed, "31.50");
  EXPECT_EQ(card.differences[0].rule, "quantitative.positive");
  EXPECT_EQ(card.differences[1].path, "/total_score");
  EXPECT_EQ(card.differences[1].computed, "86.10");
  EXPECT_EQ(card.differences[2].path, "/grade");
  EXPECT_EQ(card.differences[2].published, "优");
  EXPECT_EQ(card.differences[2].computed, "良");
  EXPECT_TRUE(
      testing::with_code(card.findings, ScoringFindingCode::published_total_mismatch).empty());
}

TEST(ScoringAudit, ToleranceIsASetting) {
  Policy lenient = national();
  lenient.scoring.audit_tolerance = dec("20");
  const Scorecard card = score(published_evaluation(), lenient);
  ASSERT_EQ(card.differences.size(), 1u);  // only the grade remains
  EXPECT_EQ(card.differences[0].path, "/grade");
}

TEST(ScoringAudit, NoPublishedScoresNoAudit) {
  const Scorecard card = score(
      evaluation({indicator("x", std::string("≥10个"), std::string("7个"), "90")}), national());
  EXPECT_FALSE(card.audit);
  EXPECT_TRUE(card.differences.empty());
}

TEST(ScoringAudit, PublishedTotalMustBeTheSumOfThePublishedScores) {
  SelfEvaluation e = published_evaluation();
  e.total_score = dec("99.5");  // 9.6 + 45 + 45 = 99.6
  EXPECT_TRUE(testing::has_finding(score(e, national()).findings,
                                   ScoringFindingCode::published_total_mismatch, "/total_score"));
}

TEST(ScoringAudit, FindingsAreInDocumentOrder) {
  const Scorecard card = score(
      read_self_evaluation(testing::read_source_file("examples/panyu-2023/self-evaluation.json")),
      policy_preset("national-2015"));
  std::vector<std::pair<int, int>> keys;
  for (const ScoringFinding& f : card.findings) {
    const bool budget = f.path.starts_with("/budget_execution");
    const bool row = f.path.starts_with("/indicators/");
    const int index = row      ? std::stoi(f.path.substr(12))
                      : budget ? std::stoi(f.path.substr(18))
                               : 0;
    keys.emplace_back(budget ? 0 : row ? 1 : 2, index);
  }
  EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
}

TEST(PanyuScorecard, CoversEveryRuleAndMatchesItsGoldenFile) {
  const SelfEvaluation e =
      read_self_evaluation(testing::read_source_file("examples/panyu-2023/self-evaluation.json"));
  const Declaration d =
      read_declaration(testing::read_source_file("examples/panyu-2023/declaration.json"));
  const Scorecard card = score(e, policy_preset("national-2015"), &d);
  EXPECT_EQ(write_scorecard(card),
            testing::read_source_file("tests/data/golden/panyu-2023-scorecard.json"));
  EXPECT_EQ(format_scorecard(card),
            testing::read_source_file("tests/data/golden/panyu-2023-scorecard.txt"));
  // The example is meant to exercise every rule; if an edit loses one, this says which.
  std::set<std::string> rules;
  for (const IndicatorScore& s : card.indicators)
    rules.insert(s.trace.rule + "/" + s.trace.variant);
  for (const char* rule :
       {"quantitative.positive/", "quantitative.negative/linear_deviation",
        "quantitative.equal_zero/", "quantitative.compound/least_part",
        "qualitative.band/published_in_band", "qualitative.band/band_lower", "not_scored/"}) {
    EXPECT_TRUE(rules.contains(rule)) << rule;
  }
  std::set<ScoringFindingCode> codes;
  for (const ScoringFinding& f : card.findings)
    codes.insert(f.code);
  for (const ScoringFindingCode code :
       {ScoringFindingCode::actual_unreadable, ScoringFindingCode::target_unreadable,
        ScoringFindingCode::qualitative_score_out_of_band, ScoringFindingCode::description_missing,
        ScoringFindingCode::deviation_reason_missing}) {
    EXPECT_TRUE(codes.contains(code)) << static_cast<int>(code);
  }
  EXPECT_EQ(card.weight_total, dec("100"));
  EXPECT_LT(*card.budget_execution.rate, dec("0.9"));
  EXPECT_GE(card.differences.size(), 3u);
}

}  // namespace
}  // namespace jixiao
