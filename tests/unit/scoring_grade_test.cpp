// 评价等级: the named scales at every boundary, custom bands, and policy checks on the bands.
#include <gtest/gtest.h>

#include "jixiao/error.hpp"
#include "unit/scoring_fixtures.hpp"

namespace jixiao {
namespace {

using testing::dec;

EvaluationGrade grade_under(const char* scale, const char* total) {
  ScoringPolicy policy;
  policy.grade_scale = scale;
  return grade_of(dec(total), policy);
}

TEST(GradeScale, NationalBandsIncludeTheirLowerBound) {
  using G = EvaluationGrade;
  EXPECT_EQ(grade_under("national", "100"), G::excellent);
  EXPECT_EQ(grade_under("national", "90"), G::excellent);
  EXPECT_EQ(grade_under("national", "89.99"), G::good);
  EXPECT_EQ(grade_under("national", "80"), G::good);
  EXPECT_EQ(grade_under("national", "79.99"), G::fair);
  EXPECT_EQ(grade_under("national", "60"), G::fair);
  EXPECT_EQ(grade_under("national", "59.99"), G::poor);
  EXPECT_EQ(grade_under("national", "0"), G::poor);
}

TEST(GradeScale, EightySeventySixty) {
  using G = EvaluationGrade;
  EXPECT_EQ(grade_under("80-70-60", "80"), G::excellent);
  EXPECT_EQ(grade_under("80-70-60", "79.99"), G::good);
  EXPECT_EQ(grade_under("80-70-60", "70"), G::good);
  EXPECT_EQ(grade_under("80-70-60", "69.99"), G::fair);
  EXPECT_EQ(grade_under("80-70-60", "60"), G::fair);
  EXPECT_EQ(grade_under("80-70-60", "59.99"), G::poor);
}

TEST(GradeScale, AboveNinetyMakesNinetyItselfGood) {
  using G = EvaluationGrade;
  EXPECT_EQ(grade_under("above-90", "90.01"), G::excellent);
  EXPECT_EQ(grade_under("above-90", "90"), G::good);
  EXPECT_EQ(grade_under("above-90", "80"), G::good);
  EXPECT_EQ(grade_under("above-90", "79.99"), G::fair);
  EXPECT_EQ(grade_under("above-90", "59.99"), G::poor);
}

TEST(GradeScale, NamedScalesAreListed) {
  EXPECT_EQ(grade_scale_names(),
            (std::vector<std::string_view>{"national", "80-70-60", "above-90"}));
  EXPECT_FALSE(grade_scale("national-2021").has_value());
}

ErrorLocation policy_failure(const ScoringPolicy& policy) {
  try {
    check_scoring_policy(policy);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::policy_error);
    return error.location();
  }
  ADD_FAILURE() << "the policy was accepted";
  return {};
}

TEST(GradeScale, CustomBandsMustTileTheScoresWithoutGapOrOverlap) {
  ScoringPolicy policy;
  policy.grade_scale = "custom";
  using G = EvaluationGrade;
  policy.grade_bands = {{G::excellent, dec("85"), true, std::nullopt, false},
                        {G::good, dec("60"), true, dec("85"), false},
                        {G::poor, std::nullopt, false, dec("60"), false}};
  EXPECT_NO_THROW(check_scoring_policy(policy));
  EXPECT_EQ(grade_of(dec("85"), policy), G::excellent);
  EXPECT_EQ(grade_of(dec("84.99"), policy), G::good);

  ScoringPolicy overlap = policy;
  overlap.grade_bands[1].upper_inclusive = true;  // 85 in two bands
  EXPECT_EQ(policy_failure(overlap).json_path, "/scoring/grade_bands/1/upper_inclusive");
  ScoringPolicy gap = policy;
  gap.grade_bands[1].upper = dec("84");
  EXPECT_EQ(policy_failure(gap).json_path, "/scoring/grade_bands/1/upper");
  ScoringPolicy open_top = policy;
  open_top.grade_bands[0].upper = dec("100");
  EXPECT_EQ(policy_failure(open_top).json_path, "/scoring/grade_bands/0/upper");
  ScoringPolicy no_zero = policy;
  no_zero.grade_bands[2].lower = dec("10");
  EXPECT_EQ(policy_failure(no_zero).json_path, "/scoring/grade_bands/2/lower");
  ScoringPolicy empty;
  empty.grade_scale = "custom";
  EXPECT_EQ(policy_failure(empty).json_path, "/scoring/grade_bands");
  ScoringPolicy stray;
  stray.grade_bands = policy.grade_bands;  // bands without "custom" would be silently ignored
  EXPECT_EQ(policy_failure(stray).json_path, "/scoring/grade_bands");
  ScoringPolicy unknown;
  unknown.grade_scale = "national-2099";
  EXPECT_EQ(policy_failure(unknown).json_path, "/scoring/grade_scale");
}

TEST(GradeScale, TheScorecardGradesItsTotal) {
  const Scorecard card = score(
      testing::evaluation({testing::indicator("x", std::string("≥10个"), std::string("8个"), "90")},
                          {testing::budget_row("100", "100")}),
      testing::national());
  EXPECT_EQ(card.total, dec("82"));  // 10 + 90 × 0.8
  EXPECT_EQ(card.grade, EvaluationGrade::good);
}

}  // namespace
}  // namespace jixiao
