// 定性指标: grade bands with their inclusivity, published scores in and out of band, grades read
// from the actual value, and the findings for missing grades and descriptions.
#include <gtest/gtest.h>

#include "unit/scoring_fixtures.hpp"

namespace jixiao {
namespace {

using testing::dec;
using testing::evaluation;
using testing::graded;
using testing::has_finding;
using testing::national;
using testing::score_one;

bool in_band(QualitativeGrade grade, const char* weight, const char* published) {
  const Scorecard card = score(evaluation({graded(grade, weight, published)}), national());
  return testing::with_code(card.findings, ScoringFindingCode::qualitative_score_out_of_band)
      .empty();
}

TEST(QualitativeBand, BoundsCarryTheirInclusivity) {
  using G = QualitativeGrade;
  // 达成 [80%, 100%]
  EXPECT_TRUE(in_band(G::met, "10", "8"));
  EXPECT_TRUE(in_band(G::met, "10", "10"));
  EXPECT_FALSE(in_band(G::met, "10", "7.99"));
  EXPECT_FALSE(in_band(G::met, "10", "10.01"));
  // 部分达成 [60%, 80%)
  EXPECT_TRUE(in_band(G::partly_met, "10", "6"));
  EXPECT_TRUE(in_band(G::partly_met, "10", "7.99"));
  EXPECT_FALSE(in_band(G::partly_met, "10", "8"));
  EXPECT_FALSE(in_band(G::partly_met, "10", "5.99"));
  // 未达成 [0, 60%)
  EXPECT_TRUE(in_band(G::not_met, "10", "0"));
  EXPECT_TRUE(in_band(G::not_met, "10", "5.99"));
  EXPECT_FALSE(in_band(G::not_met, "10", "6"));
  EXPECT_FALSE(in_band(G::not_met, "10", "-1"));
}

TEST(QualitativeBand, PointBandsScaleWithTheWeight) {
  const PointBand band =
      qualitative_band(QualitativeGrade::partly_met, dec("1.39"), QualitativePolicy{});
  EXPECT_EQ(band.lower, dec("0.834"));
  EXPECT_EQ(band.upper, dec("1.112"));
  EXPECT_TRUE(band.contains(dec("0.834")));
  EXPECT_FALSE(band.contains(dec("1.112")));
}

TEST(QualitativeScore, PublishedScoreInsideItsBandIsTheScore) {
  const IndicatorScore s = score_one(graded(QualitativeGrade::partly_met, "1.39", "1.00"));
  EXPECT_EQ(s.method, ScoringMethod::qualitative);
  EXPECT_EQ(s.score.to_string(s.score.scale()), "1.00");
  EXPECT_EQ(s.trace.variant, "published_in_band");
  EXPECT_EQ(s.met, false);
}

TEST(QualitativeScore, OutOfBandPublishedScoreIsAFindingAndTheBandDecides) {
  const Scorecard card =
      score(evaluation({graded(QualitativeGrade::partly_met, "2", "2")}), national());
  EXPECT_TRUE(has_finding(card.findings, ScoringFindingCode::qualitative_score_out_of_band,
                          "/indicators/0/published_score"));
  EXPECT_EQ(card.indicators[0].score, dec("1.2"));
  ASSERT_EQ(card.differences.size(), 1u);
  EXPECT_EQ(card.differences[0].published, "2");
  EXPECT_EQ(card.differences[0].computed, "1.20");
}

TEST(QualitativeScore, UnpublishedScoreTakesThePolicysPointInsideTheBand) {
  Policy policy = national();
  const IndicatorResult row = graded(QualitativeGrade::partly_met, "1.39");
  EXPECT_EQ(score_one(row, policy).score, dec("0.84"));  // 0.834 rounded inwards
  policy.scoring.qualitative.unpublished_score = QualitativePoint::band_upper;
  EXPECT_EQ(score_one(row, policy).score, dec("1.11"));  // below the exclusive 1.112
  policy.scoring.qualitative.unpublished_score = QualitativePoint::band_middle;
  EXPECT_EQ(score_one(row, policy).score, dec("0.97"));  // (0.834 + 1.112) / 2 = 0.973
  policy.scoring.qualitative.unpublished_score = QualitativePoint::band_upper;
  EXPECT_EQ(score_one(graded(QualitativeGrade::met, "10"), policy).score, dec("10"));
  EXPECT_EQ(score_one(graded(QualitativeGrade::not_met, "10"), policy).score, dec("5.99"));
}

TEST(QualitativeScore, GradeCanBeWrittenAsTheActualValue) {
  IndicatorResult row =
      testing::indicator("公共服务能力", std::string("标准:提升"), std::string("部分达成"), "2");
  row.description = "有所提升。";
  const IndicatorScore s = score_one(row);
  EXPECT_EQ(s.method, ScoringMethod::qualitative);
  EXPECT_EQ(s.score, dec("1.2"));
  row.actual_value = "达成年度指标";
  EXPECT_EQ(score_one(row).score, dec("1.6"));
}

TEST(QualitativeScore, MissingGradeAndUnmeasurableTargetAreFindings) {
  const Scorecard statement = score(
      evaluation(
          {testing::indicator("公共服务能力", std::string("标准:提升"), std::string("有提升"))}),
      national());
  EXPECT_TRUE(
      has_finding(statement.findings, ScoringFindingCode::grade_missing, "/indicators/0/grade"));
  const Scorecard vague =
      score(evaluation({testing::indicator("刻章套数", std::string("标准：完成年度计划数。"),
                                           std::string("1260套"))}),
            national());
  EXPECT_TRUE(has_finding(vague.findings, ScoringFindingCode::target_unreadable,
                          "/indicators/0/annual_target"));
  const Scorecard none =
      score(evaluation({testing::indicator("x", std::nullopt, std::string("5个"))}), national());
  EXPECT_TRUE(has_finding(none.findings, ScoringFindingCode::target_missing,
                          "/indicators/0/annual_target"));
}

TEST(QualitativeScore, DescriptionIsRequired) {
  IndicatorResult row = graded(QualitativeGrade::met, "10", "10");
  row.description.reset();
  EXPECT_TRUE(has_finding(score(evaluation({row}), national()).findings,
                          ScoringFindingCode::description_missing, "/indicators/0/description"));
  row.description = "  ";
  EXPECT_TRUE(has_finding(score(evaluation({row}), national()).findings,
                          ScoringFindingCode::description_missing, "/indicators/0/description"));
  Policy relaxed = national();
  relaxed.scoring.qualitative.require_description = false;
  EXPECT_TRUE(testing::with_code(score(evaluation({row}), relaxed).findings,
                                 ScoringFindingCode::description_missing)
                  .empty());
}

TEST(QualitativeScore, AGradeBelowMetNeedsAnExplanation) {
  IndicatorResult row = graded(QualitativeGrade::partly_met, "10", "7");
  EXPECT_TRUE(has_finding(score(evaluation({row}), national()).findings,
                          ScoringFindingCode::deviation_reason_missing,
                          "/indicators/0/deviation_reason"));
  row.grade = QualitativeGrade::met;
  row.published_score = dec("9");
  EXPECT_TRUE(testing::with_code(score(evaluation({row}), national()).findings,
                                 ScoringFindingCode::deviation_reason_missing)
                  .empty());
}

TEST(QualitativeScore, BandsAreAPolicySetting) {
  Policy policy = national();
  policy.scoring.qualitative.bands[0].lower = dec("0.9");  // 达成 [90%, 100%]
  EXPECT_FALSE(testing::with_code(
                   score(evaluation({graded(QualitativeGrade::met, "10", "8.5")}), policy).findings,
                   ScoringFindingCode::qualitative_score_out_of_band)
                   .empty());
}

}  // namespace
}  // namespace jixiao
