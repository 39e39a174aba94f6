// 预算执行率 scoring: the adjusted budget, each variant at its boundaries, the zero budget, and the
// explanations a low rate or a mid-year adjustment calls for.
#include <gtest/gtest.h>

#include "unit/scoring_fixtures.hpp"

namespace jixiao {
namespace {

using testing::budget_row;
using testing::dec;
using testing::evaluation;
using testing::has_finding;
using testing::national;

BudgetExecutionScore execution(std::vector<FundExecution> rows, const Policy& policy = national()) {
  return score(evaluation({}, std::move(rows)), policy).budget_execution;
}

Policy with_rule(BudgetExecutionRule rule) {
  Policy policy = national();
  policy.scoring.budget_execution.rule = rule;
  return policy;
}

TEST(ScoringBudget, RateUsesTheAdjustedBudget) {
  FundExecution row = budget_row("4605000.00", "4420800.00");
  row.initial_budget = dec("4805000.00");
  row.adjustment = dec("-200000.00");
  const BudgetExecutionScore s = execution({row});
  EXPECT_EQ(s.rate->to_string(s.rate->scale()), "0.9600");
  EXPECT_EQ(s.score.to_string(s.score.scale()), "9.60");
  EXPECT_EQ(s.trace.arithmetic, "4420800.00 ÷ 4605000.00 × 10 = 9.60");
}

TEST(ScoringBudget, AnnualBudgetIsComputedFromInitialAndAdjustmentWhenBlank) {
  FundExecution row = budget_row("1", "90");
  row.annual_budget.reset();
  row.initial_budget = dec("120");
  row.adjustment = dec("-20");
  const BudgetExecutionScore s = execution({row});
  EXPECT_EQ(*s.annual_budget, dec("100"));
  EXPECT_EQ(s.score, dec("9"));
}

TEST(ScoringBudget, InconsistentAdjustmentIsAFinding) {
  FundExecution row = budget_row("100", "90");
  row.initial_budget = dec("120");
  row.adjustment = dec("-10");
  row.deviation_reason = "年中调减。";
  const Scorecard card = score(evaluation({}, {row}), national());
  EXPECT_TRUE(has_finding(card.findings, ScoringFindingCode::budget_adjustment_mismatch,
                          "/budget_execution/0/annual_budget"));
  EXPECT_EQ(card.budget_execution.score, dec("9"));  // the stated 全年预算数 is used
}

TEST(ScoringBudget, CappedByDefault) {
  EXPECT_EQ(execution({budget_row("100", "100")}).score, dec("10"));  // exactly 100%
  EXPECT_EQ(execution({budget_row("100", "0")}).score, dec("0"));     // nothing executed
  EXPECT_EQ(execution({budget_row("100", "200")}).score, dec("10"));  // twice: capped
  EXPECT_EQ(execution({budget_row("300", "200")}).score.to_string(2), "6.67");
}

TEST(ScoringBudget, UncappedVariantMayExceedTheWeight) {
  const Policy policy = with_rule(BudgetExecutionRule::uncapped);
  EXPECT_EQ(execution({budget_row("100", "120")}, policy).score, dec("12"));
  EXPECT_EQ(execution({budget_row("100", "95")}, policy).score, dec("9.5"));
}

TEST(ScoringBudget, WholePointVariant) {
  const Policy policy = with_rule(BudgetExecutionRule::whole_point);
  EXPECT_EQ(execution({budget_row("100", "96")}, policy).score, dec("10"));  // 9.6 → 10
  EXPECT_EQ(execution({budget_row("100", "94")}, policy).score, dec("9"));   // 9.4 → 9
  EXPECT_EQ(execution({budget_row("100", "95")}, policy).score, dec("10"));  // 9.5 → 10 half up
  EXPECT_EQ(execution({budget_row("100", "150")}, policy).score, dec("10"));
}

TEST(ScoringBudget, TieredVariantAtItsThreshold) {
  const Policy policy = with_rule(BudgetExecutionRule::tiered);
  EXPECT_EQ(execution({budget_row("100", "90")}, policy).score, dec("10"));  // exactly 90%
  EXPECT_EQ(execution({budget_row("100", "100")}, policy).score, dec("10"));
  EXPECT_EQ(execution({budget_row("100", "85.5")}, policy).score, dec("5.5"));  // 4.5 points
  EXPECT_EQ(execution({budget_row("100", "89.5")}, policy).score, dec("9.5"));
  EXPECT_EQ(execution({budget_row("100", "50")}, policy).score, dec("0"));  // floored
  EXPECT_EQ(execution({budget_row("100", "0")}, policy).score, dec("0"));
}

TEST(ScoringBudget, TieredPartialPoints) {
  Policy started = with_rule(BudgetExecutionRule::tiered);
  started.scoring.budget_execution.tiered.partial_points = PartialPoint::each_started;
  EXPECT_EQ(execution({budget_row("100", "89.5")}, started).score, dec("9"));
  EXPECT_EQ(execution({budget_row("100", "89")}, started).score, dec("9"));
  Policy completed = with_rule(BudgetExecutionRule::tiered);
  completed.scoring.budget_execution.tiered.partial_points = PartialPoint::each_completed;
  EXPECT_EQ(execution({budget_row("100", "89.5")}, completed).score, dec("10"));
  EXPECT_EQ(execution({budget_row("100", "88.5")}, completed).score, dec("9"));
  // The gxglmes table: "达到90%以上(含90%)得15分，每少1个百分点扣1分".
  Policy local = with_rule(BudgetExecutionRule::tiered);
  FundExecution row = budget_row("100", "87");
  row.weight = dec("15");
  EXPECT_EQ(execution({row}, local).score, dec("12"));
}

TEST(ScoringBudget, ZeroBudgetIsACaseNotADivision) {
  const Scorecard card = score(evaluation({}, {budget_row("0.00", "0.00")}), national());
  EXPECT_EQ(card.budget_execution.score, dec("0"));
  EXPECT_FALSE(card.budget_execution.rate.has_value());
  EXPECT_TRUE(has_finding(card.findings, ScoringFindingCode::zero_budget,
                          "/budget_execution/0/annual_budget"));
  Policy full = national();
  full.scoring.budget_execution.zero_budget = ZeroBudgetRule::full_marks;
  EXPECT_EQ(execution({budget_row("0", "0")}, full).score, dec("10"));
  EXPECT_EQ(execution({budget_row("0", "5")}, full).score, dec("0"));  // spent without a budget
}

TEST(ScoringBudget, MissingFiguresAreFindings) {
  FundExecution row = budget_row("100", "90");
  row.executed.reset();
  Scorecard card = score(evaluation({}, {row}), national());
  EXPECT_EQ(card.budget_execution.score, dec("0"));
  EXPECT_TRUE(has_finding(card.findings, ScoringFindingCode::budget_execution_missing,
                          "/budget_execution/0/executed"));
  card = score(evaluation({}, {}), national());
  EXPECT_EQ(card.budget_execution.weight, dec("10"));  // the template weight
  EXPECT_TRUE(has_finding(card.findings, ScoringFindingCode::budget_execution_missing,
                          "/budget_execution"));
}

TEST(ScoringBudget, TheTotalRowIsTheWeightedOneElseTheLabelledOneElseTheFirst) {
  FundExecution part = budget_row("50", "10");
  part.source = "财政拨款";
  part.weight.reset();
  FundExecution total = budget_row("100", "80");
  total.weight.reset();
  EXPECT_EQ(execution({part, total}).path, "/budget_execution/1");  // by label 年度资金总额
  total.source = "全部资金";
  EXPECT_EQ(execution({part, total}).path, "/budget_execution/0");  // the first row
  total.weight = dec("10");
  EXPECT_EQ(execution({part, total}).path, "/budget_execution/1");  // the row with a weight
}

TEST(ScoringBudget, TemplateWeightWhenTheRowStatesNone) {
  FundExecution row = budget_row("100", "50");
  row.weight.reset();
  Policy policy = national();
  policy.scoring.weights.budget_execution = 20;
  EXPECT_EQ(execution({row}, policy).score, dec("10"));
}

TEST(ScoringBudget, LowRateNeedsAnExplanationOnTheRowOrTheEvaluation) {
  SelfEvaluation e = evaluation({}, {budget_row("100", "89.99")});
  EXPECT_TRUE(has_finding(score(e, national()).findings,
                          ScoringFindingCode::deviation_reason_missing,
                          "/budget_execution/0/deviation_reason"));
  e.deviation_reason = "项目延期。";
  EXPECT_TRUE(testing::with_code(score(e, national()).findings,
                                 ScoringFindingCode::deviation_reason_missing)
                  .empty());
  // Exactly 90% needs none; the threshold is a setting.
  EXPECT_TRUE(
      testing::with_code(score(evaluation({}, {budget_row("100", "90")}), national()).findings,
                         ScoringFindingCode::deviation_reason_missing)
          .empty());
  Policy strict = national();
  strict.scoring.deviation.execution_threshold = dec("0.95");
  EXPECT_FALSE(testing::with_code(score(evaluation({}, {budget_row("100", "90")}), strict).findings,
                                  ScoringFindingCode::deviation_reason_missing)
                   .empty());
}

TEST(ScoringBudget, EveryAdjustedRowNeedsItsOwnExplanation) {
  FundExecution total = budget_row("100", "95");
  total.initial_budget = dec("110");
  total.adjustment = dec("-10");
  total.deviation_reason = "调减 10 万元。";
  FundExecution part = total;
  part.source = "财政拨款";
  part.weight.reset();
  part.deviation_reason.reset();
  const Scorecard card = score(evaluation({}, {total, part}), national());
  const auto missing =
      testing::with_code(card.findings, ScoringFindingCode::deviation_reason_missing);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].path, "/budget_execution/1/deviation_reason");
  Policy relaxed = national();
  relaxed.scoring.deviation.budget_adjustment = false;
  EXPECT_TRUE(testing::with_code(score(evaluation({}, {total, part}), relaxed).findings,
                                 ScoringFindingCode::deviation_reason_missing)
                  .empty());
}

TEST(ScoringBudget, NegativeExecutionCountsAsZero) {
  EXPECT_EQ(execution({budget_row("100", "-5")}).score, dec("0"));
}

}  // namespace
}  // namespace jixiao
