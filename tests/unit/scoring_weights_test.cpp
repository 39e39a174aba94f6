// Weights: exact spreading, the template by category, weights from the declaration, the sum check.
#include <gtest/gtest.h>

#include "jixiao/error.hpp"
#include "unit/scoring_fixtures.hpp"

namespace jixiao {
namespace {

using testing::dec;
using testing::evaluation;
using testing::has_finding;
using testing::indicator;
using testing::national;

Decimal sum(const std::vector<Decimal>& parts) {
  Decimal total;
  for (const Decimal& part : parts)
    total += part;
  return total;
}

TEST(SpreadWeight, PartsAddUpToTheWholeExactly) {
  const std::vector<Decimal> parts = spread_weight(dec("50"), 36);
  ASSERT_EQ(parts.size(), 36u);
  EXPECT_EQ(sum(parts), dec("50"));
  EXPECT_EQ(parts.front(), dec("1.39"));
  EXPECT_EQ(parts[31], dec("1.39"));
  EXPECT_EQ(parts[32], dec("1.38"));
  EXPECT_EQ(parts.back(), dec("1.38"));
  for (const std::size_t n : {1u, 2u, 3u, 7u, 15u, 52u, 99u, 1000u}) {
    EXPECT_EQ(sum(spread_weight(dec("100"), n)), dec("100")) << n;
    EXPECT_EQ(sum(spread_weight(dec("0.07"), n)), dec("0.07")) << n;
  }
  EXPECT_EQ(spread_weight(dec("30"), 15), std::vector<Decimal>(15, dec("2")));
  EXPECT_EQ(spread_weight(dec("10"), 3, 0), (std::vector<Decimal>{dec("4"), dec("3"), dec("3")}));
  EXPECT_EQ(spread_weight(dec("0"), 4), std::vector<Decimal>(4, dec("0")));
}

TEST(SpreadWeight, RefusesWhatCannotBeSpreadExactly) {
  EXPECT_THROW(spread_weight(dec("50"), 0), Error);
  EXPECT_THROW(spread_weight(dec("-1"), 2), Error);
  EXPECT_THROW(spread_weight(dec("1.234"), 2, 2), Error);  // more decimals than the parts get
  EXPECT_THROW(spread_weight(dec("1"), 2, 19), Error);
  try {
    (void)spread_weight(dec("50"), 0);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
  }
}

TEST(TemplateWeight, MatchesLevel1ThroughTheTaxonomy) {
  const Policy p2021 = policy_preset("national-2021");
  const Policy p2015 = policy_preset("national-2015");
  EXPECT_EQ(template_weight(p2015.scoring.weights, p2015.taxonomy, "产出指标"), dec("50"));
  EXPECT_EQ(template_weight(p2015.scoring.weights, p2015.taxonomy, "效益"),
            dec("30"));  // 指标 left out
  EXPECT_EQ(template_weight(p2015.scoring.weights, p2015.taxonomy, " 满意度指标 "), dec("10"));
  EXPECT_EQ(template_weight(p2021.scoring.weights, p2021.taxonomy, "成本指标"), dec("50"));
  EXPECT_FALSE(template_weight(p2015.scoring.weights, p2015.taxonomy, "成本指标").has_value());
}

TEST(ScoringWeights, CategoryWeightIsSpreadOverIndicatorsWithoutOne) {
  IndicatorResult a = indicator("a", std::string("≥1个"), std::string("1个"), nullptr);
  IndicatorResult b = a;
  b.name = "b";
  IndicatorResult c = a;
  c.name = "c";
  c.weight = dec("20");  // stated: the other two share 50 − 20
  const Scorecard card = score(evaluation({a, b, c}), national());
  EXPECT_EQ(card.indicators[0].weight, dec("15"));
  EXPECT_EQ(card.indicators[1].weight, dec("15"));
  EXPECT_EQ(card.indicators[0].weight_source, WeightSource::template_spread);
  EXPECT_EQ(card.indicators[2].weight_source, WeightSource::self_evaluation);
  EXPECT_NE(card.indicators[0].trace.notes.back().find("2 × 15.00 = 30"), std::string::npos);
}

TEST(ScoringWeights, WeightsComeFromTheDeclarationWhenTheSelfEvaluationHasNone) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  declaration.department.name = "测试部门";
  Indicator declared;
  declared.level1 = "产出指标";
  declared.level2 = "数量指标";
  declared.name = "维修学校数";
  declared.annual_target = "≥12所";
  declared.weight = dec("40");
  declaration.indicators = {declared};
  IndicatorResult row = indicator("维修学校数", std::nullopt, std::string("12所"), nullptr);
  const Scorecard card = score(evaluation({row}), national(), &declaration);
  EXPECT_EQ(card.indicators[0].weight, dec("40"));
  EXPECT_EQ(card.indicators[0].weight_source, WeightSource::declaration);
  EXPECT_EQ(card.indicators[0].score, dec("40"));  // the declaration's target was used too
}

TEST(ScoringWeights, DeclarationOfAnotherDepartmentIsNotUsed) {
  Declaration other;
  other.fiscal_year = 2022;
  other.department.name = "测试部门";
  const Scorecard card = score(
      evaluation({indicator("x", std::string("≥1个"), std::string("1个"))}), national(), &other);
  EXPECT_TRUE(has_finding(card.findings, ScoringFindingCode::declaration_mismatch, "/declaration"));
}

TEST(ScoringWeights, DeclarationRefMustPointAtAnIndicator) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  declaration.department.name = "测试部门";
  declaration.indicators.resize(2);
  IndicatorResult row = indicator("x", std::string("≥1个"), std::string("1个"));
  for (const char* ref :
       {"/indicators/2", "/indicators/01", "/indicators/-1", "/key_tasks/0", "/indicators/"}) {
    row.declaration_ref = ref;
    EXPECT_TRUE(has_finding(score(evaluation({row}), national(), &declaration).findings,
                            ScoringFindingCode::declaration_ref_invalid,
                            "/indicators/0/declaration_ref"))
        << ref;
  }
  row.declaration_ref = "/indicators/1";
  EXPECT_TRUE(testing::with_code(score(evaluation({row}), national(), &declaration).findings,
                                 ScoringFindingCode::declaration_ref_invalid)
                  .empty());
}

TEST(ScoringWeights, WeightsMustAddUpToOneHundred) {
  const Scorecard off = score(
      evaluation({indicator("x", std::string("≥1个"), std::string("1个"), "80")}), national());
  EXPECT_EQ(off.weight_total, dec("90"));
  EXPECT_TRUE(has_finding(off.findings, ScoringFindingCode::weights_total, "/indicators"));
  const Scorecard exact = score(
      evaluation({indicator("x", std::string("≥1个"), std::string("1个"), "90")}), national());
  EXPECT_EQ(exact.weight_total, dec("100"));
  EXPECT_TRUE(testing::with_code(exact.findings, ScoringFindingCode::weights_total).empty());
}

TEST(ScoringWeights, MissingAndNonPositiveWeightsAreFindings) {
  IndicatorResult unknown_category =
      indicator("x", std::string("≥1个"), std::string("1个"), nullptr);
  unknown_category.level1 = "其他指标";
  const Scorecard missing = score(evaluation({unknown_category}), national());
  EXPECT_TRUE(
      has_finding(missing.findings, ScoringFindingCode::weight_missing, "/indicators/0/weight"));
  EXPECT_EQ(missing.indicators[0].weight_source, WeightSource::none);
  const Scorecard zero =
      score(evaluation({indicator("x", std::string("≥1个"), std::string("1个"), "0")}), national());
  EXPECT_TRUE(
      has_finding(zero.findings, ScoringFindingCode::weight_not_positive, "/indicators/0/weight"));
  // A category whose template weight is used up leaves nothing to spread.
  IndicatorResult big = indicator("big", std::string("≥1个"), std::string("1个"), "50");
  IndicatorResult rest = indicator("rest", std::string("≥1个"), std::string("1个"), nullptr);
  EXPECT_TRUE(has_finding(score(evaluation({big, rest}), national()).findings,
                          ScoringFindingCode::weight_missing, "/indicators/1/weight"));
}

}  // namespace
}  // namespace jixiao
