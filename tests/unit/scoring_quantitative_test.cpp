// 定量指标 scoring by direction, at the boundaries: exactly met, 0, twice the target, missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/scoring_fixtures.hpp"

namespace jixiao {
namespace {

using testing::dec;
using testing::indicator;
using testing::national;
using testing::score_one;

Decimal score_of(const char* target, const char* actual, const Policy& policy = national(),
                 const char* name = "指标", const char* weight = "10") {
  return score_one(indicator(name, std::string(target), std::string(actual), weight), policy).score;
}

TEST(ScoringPositive, MetExactlyScoresTheWeight) {
  const IndicatorScore s =
      score_one(indicator("维修学校数", std::string("≥12所"), std::string("12所")));
  EXPECT_EQ(s.score, dec("10"));
  EXPECT_EQ(s.score.to_string(s.score.scale()), "10.00");
  EXPECT_EQ(s.met, true);
  EXPECT_EQ(s.trace.rule, "quantitative.positive");
}

TEST(ScoringPositive, ShortfallIsProportionalAndRoundedOnce) {
  // 11 / 12 × 20.5 = 18.7916… → 18.79 (half up, 2 decimals).
  const IndicatorScore s =
      score_one(indicator("维修学校数", std::string("≥12所"), std::string("11所"), "20.5"));
  EXPECT_EQ(s.score.to_string(s.score.scale()), "18.79");
  EXPECT_EQ(s.met, false);
  EXPECT_EQ(s.trace.arithmetic, "20.5 × 11 ÷ 12 = 18.791666… → 18.79");
}

TEST(ScoringPositive, ZeroActualScoresZeroAndTwiceTheTargetStaysAtTheWeight) {
  EXPECT_EQ(score_of("≥12所", "0所"), dec("0"));
  EXPECT_EQ(score_of("≥12所", "24所"), dec("10"));
}

TEST(ScoringPositive, StrictComparatorAtEqualityIsUnmetButTheRatioIsOne) {
  const IndicatorScore s = score_one(indicator("配备率", std::string("＞90%"), std::string("90%")));
  EXPECT_EQ(s.met, false);
  EXPECT_EQ(s.score, dec("10"));
}

TEST(ScoringPositive, TargetZeroIsMetOrNothing) {
  EXPECT_EQ(score_of("标准：建设完成率＞0。", "100%"), dec("10"));
  EXPECT_EQ(score_of("标准：建设完成率＞0。", "0"), dec("0"));
}

TEST(ScoringPositive, ActualsAreConvertedToTheTargetsUnit) {
  // 0.95 as a plain ratio is 95%; "≥90%" written as an actual reads as 90%.
  EXPECT_EQ(score_of("≥95%", "0.95"), dec("10"));
  EXPECT_EQ(score_of("≥95%", "≥90%").to_string(2), "9.47");
  EXPECT_EQ(score_of("≤30万元", "300000元"), dec("10"));
}

TEST(ScoringDirection, BareTargetIsInferredFromTheNameAndTheTraceSaysSo) {
  const IndicatorScore higher =
      score_one(indicator("物业管理面积达标率。", std::string("标准：100%"), std::string("98%")));
  EXPECT_EQ(higher.trace.rule, "quantitative.positive");
  EXPECT_EQ(higher.score.to_string(2), "9.80");
  ASSERT_FALSE(higher.trace.notes.empty());
  EXPECT_NE(higher.trace.notes.front().find("推断"), std::string::npos);

  const IndicatorScore lower =
      score_one(indicator("群众投诉率", std::string("3%"), std::string("4.5%")));
  EXPECT_EQ(lower.trace.rule, "quantitative.negative");
  EXPECT_EQ(lower.score.to_string(2), "5.00");  // 10 × (1 − (4.5 − 3) / 3)
  EXPECT_NE(lower.trace.notes.front().find("投诉率"), std::string::npos);
}

TEST(ScoringDirection, LexiconEndingsMatchAfterTrailingPunctuation) {
  const DirectionLexicon lexicon;
  for (const char* name : {"预算调整率", "结转结余率。", "系统故障率 ", "安全事故率", "差错率",
                           "价格变动率", "成本控制率", "不良反应发生率"}) {
    EXPECT_EQ(infer_comparator(name, lexicon).comparator, Comparator::less_equal) << name;
  }
  // 投诉处理率 is a handling rate: it ends in 处理率, so higher is better.
  EXPECT_EQ(infer_comparator("政务服务建议及投诉处理处理率。", lexicon).comparator,
            Comparator::greater_equal);
  EXPECT_EQ(infer_comparator("安保工作完成率", lexicon).matched, "");
}

TEST(ScoringDirection, TheLexiconIsAPolicySetting) {
  Policy policy = national();
  policy.scoring.quantitative.direction.lower_is_better = {"完成率"};
  EXPECT_EQ(score_one(indicator("安保工作完成率", std::string("100%"), std::string("100%")), policy)
                .trace.rule,
            "quantitative.negative");
}

TEST(ScoringEqual, TargetZeroAcceptsOnlyZeroOrLess) {
  const IndicatorScore met =
      score_one(indicator("超标准支付", std::string("超标准支付金额＝0元"), std::string("0元")));
  EXPECT_EQ(met.trace.rule, "quantitative.equal_zero");
  EXPECT_EQ(met.score, dec("10"));
  EXPECT_EQ(score_of("＝0元", "1元"), dec("0"));
  // A negative actual clamps to 0 first and so meets a target of 0.
  EXPECT_EQ(score_of("＝0元", "-5元"), dec("10"));
}

TEST(ScoringEqual, NonZeroTargetScoresAsPositive) {
  EXPECT_EQ(score_of("＝100%", "100%"), dec("10"));
  EXPECT_EQ(score_of("＝100%", "50%"), dec("5"));
  const IndicatorScore above =
      score_one(indicator("x", std::string("＝100%"), std::string("120%")));
  EXPECT_EQ(above.score, dec("10"));
  EXPECT_EQ(above.met, false);  // not equal: the table must explain it
}

TEST(ScoringNegative, LinearDeviationAtItsBoundaries) {
  EXPECT_EQ(score_of("≤20元/套", "20元/套"), dec("10"));  // exactly met
  EXPECT_EQ(score_of("≤20元/套", "0元/套"), dec("10"));   // 0
  EXPECT_EQ(score_of("≤20元/套", "30元/套"), dec("5"));   // 1.5 × target
  EXPECT_EQ(score_of("≤20元/套", "40元/套"), dec("0"));   // twice the target
  EXPECT_EQ(score_of("≤20元/套", "60元/套"), dec("0"));   // beyond: floored at 0
  EXPECT_EQ(score_of("≤20元/套", "23元/套", national(), "x", "1.38").to_string(2), "1.17");
}

TEST(ScoringNegative, RatioVariant) {
  Policy policy = national();
  policy.scoring.quantitative.negative = NegativeIndicatorRule::ratio;
  EXPECT_EQ(score_of("≤20元/套", "20元/套", policy), dec("10"));
  EXPECT_EQ(score_of("≤20元/套", "40元/套", policy), dec("5"));  // twice the target: half
  EXPECT_EQ(score_of("≤20元/套", "30元/套", policy).to_string(2), "6.67");
  const IndicatorScore s =
      score_one(indicator("x", std::string("≤20元/套"), std::string("40元/套")), policy);
  EXPECT_EQ(s.trace.variant, "ratio");
  EXPECT_EQ(s.trace.arithmetic, "10 × 20 ÷ 40 = 5.00");
}

TEST(ScoringNegative, StrictLessAtEqualityIsUnmet) {
  const IndicatorScore s = score_one(indicator("x", std::string("＜5%"), std::string("5%")));
  EXPECT_EQ(s.met, false);
  EXPECT_EQ(s.score, dec("10"));  // 1 − 0 / 5: the deviation is 0
}

TEST(ScoringQuantitative, NegativeActualsClampToZeroUnlessThePolicySaysOtherwise) {
  EXPECT_EQ(score_of("≥10个", "-3个"), dec("0"));
  const IndicatorScore s = score_one(indicator("x", std::string("≤5%"), std::string("-2%")));
  EXPECT_EQ(s.score, dec("10"));
  EXPECT_NE(s.trace.notes.front().find("按 0 计"), std::string::npos);
}

TEST(ScoringQuantitative, DeductionIsSubtractedAndFlooredAtZero) {
  IndicatorResult row = indicator("x", std::string("≥10个"), std::string("10个"), "2");
  row.deduction = dec("0.5");
  EXPECT_EQ(score_one(row).score.to_string(2), "1.50");
  row.deduction = dec("3");
  EXPECT_EQ(score_one(row).score, dec("0"));
  Policy ignore = national();
  ignore.scoring.quantitative.apply_deduction = false;
  EXPECT_EQ(score_one(row, ignore).score, dec("2"));
}

TEST(ScoringQuantitative, RoundingIsAPolicySetting) {
  // 10 × 1 ÷ 8 = 1.25 exactly; at one decimal half_up gives 1.3, half_even 1.2.
  Policy policy = national();
  policy.scoring.rounding.decimals = 1;
  EXPECT_EQ(score_of("≥8个", "1个", policy).to_string(1), "1.3");
  policy.scoring.rounding.mode = RoundingMode::half_even;
  EXPECT_EQ(score_of("≥8个", "1个", policy).to_string(1), "1.2");
}

TEST(ScoringQuantitative, CompoundTargetsTakeTheLeastCompletedPartOrTheMean) {
  const char* target = "标准：8省20个地区以上。";
  EXPECT_EQ(score_of(target, "9省22个地区"), dec("10"));
  EXPECT_EQ(score_of(target, "9省18个地区").to_string(2), "9.00");
  Policy mean = national();
  mean.scoring.quantitative.compound = CompoundRule::mean;
  EXPECT_EQ(score_of(target, "4省18个地区", mean).to_string(2), "7.00");  // (0.5 + 0.9) / 2
  EXPECT_EQ(score_of(target, "4省18个地区").to_string(2), "5.00");
}

TEST(ScoringQuantitative, RangesToleranceAndDates) {
  EXPECT_EQ(score_of("90%-100%", "95%"), dec("10"));
  EXPECT_EQ(score_of("90%-100%", "45%"), dec("5"));  // below: proportional to the lower bound
  EXPECT_EQ(score_of("±3%以内", "-2%"), dec("10"));
  EXPECT_EQ(score_of("±3%以内", "4.5%"), dec("5"));
  EXPECT_EQ(score_of("2023年12月底前", "2023年11月"), dec("10"));
  EXPECT_EQ(score_of("2023年12月底前", "2024年2月"), dec("0"));
}

TEST(ScoringQuantitative, UnreadableActualIsAFindingNeverACrash) {
  for (const char* actual : {"已完成", "基本完成", "5台", "3省", "2023年"}) {
    const Scorecard card = score(testing::evaluation({indicator(
                                     "数据底座", std::string("标准：1个。"), std::string(actual))}),
                                 national());
    const IndicatorScore& s = card.indicators.at(0);
    EXPECT_EQ(s.method, ScoringMethod::not_scored) << actual;
    EXPECT_EQ(s.score, dec("0")) << actual;
    EXPECT_TRUE(testing::has_finding(card.findings, ScoringFindingCode::actual_unreadable,
                                     "/indicators/0/actual_value"))
        << actual;
  }
}

TEST(ScoringQuantitative, MissingActualIsAFinding) {
  const Scorecard card =
      score(testing::evaluation({indicator("x", std::string("≥5个"), std::nullopt)}), national());
  EXPECT_EQ(card.indicators.at(0).score, dec("0"));
  EXPECT_TRUE(testing::has_finding(card.findings, ScoringFindingCode::actual_missing,
                                   "/indicators/0/actual_value"));
}

TEST(ScoringQuantitative, NumbersBeyondDecimalAreAFinding) {
  const Scorecard card =
      score(testing::evaluation({indicator("x", std::string("≥1个"),
                                           std::string("99999999999999999999999999999999999999个"),
                                           "99999999999999999999999999999999999")}),
            national());
  EXPECT_EQ(card.indicators.at(0).method, ScoringMethod::quantitative);
  const Scorecard overflow =
      score(testing::evaluation({indicator("x", std::string("≥3个"), std::string("2个"),
                                           "99999999999999999999999999999999999999")}),
            national());
  EXPECT_EQ(overflow.indicators.at(0).method, ScoringMethod::not_scored);
  EXPECT_FALSE(
      testing::with_code(overflow.findings, ScoringFindingCode::number_out_of_range).empty());
}

TEST(ScoringQuantitative, AScoreNeverExceedsItsWeight) {
  for (const char* actual : {"0个", "5个", "9个", "10个", "11个", "20个", "1000个"}) {
    const IndicatorScore s =
        score_one(indicator("x", std::string("≥10个"), std::string(actual), "1.39"));
    EXPECT_LE(s.score, dec("1.39")) << actual;
    EXPECT_GE(s.score, dec("0")) << actual;
  }
}

TEST(ScoringQuantitative, OverAchievementNeedsAnExplanation) {
  // 12 is exactly 1.2 × 10: the ratio is inclusive.
  const Scorecard at = score(
      testing::evaluation({indicator("x", std::string("≥10个"), std::string("12个"))}), national());
  EXPECT_TRUE(testing::has_finding(at.findings, ScoringFindingCode::deviation_reason_missing,
                                   "/indicators/0/deviation_reason"));
  const Scorecard below =
      score(testing::evaluation({indicator("x", std::string("≥10个"), std::string("11.9个"))}),
            national());
  EXPECT_TRUE(
      testing::with_code(below.findings, ScoringFindingCode::deviation_reason_missing).empty());
  Policy off = national();
  off.scoring.deviation.over_achievement_ratio.reset();
  EXPECT_TRUE(
      testing::with_code(
          score(testing::evaluation({indicator("x", std::string("≥10个"), std::string("30个"))}),
                off)
              .findings,
          ScoringFindingCode::deviation_reason_missing)
          .empty());
}

TEST(ScoringQuantitative, UnmetIndicatorNeedsAnExplanationUnlessGiven) {
  IndicatorResult row = indicator("x", std::string("≥10个"), std::string("8个"));
  EXPECT_TRUE(testing::has_finding(score(testing::evaluation({row}), national()).findings,
                                   ScoringFindingCode::deviation_reason_missing,
                                   "/indicators/0/deviation_reason"));
  row.deviation_reason = "设备延期交付。";
  EXPECT_TRUE(testing::with_code(score(testing::evaluation({row}), national()).findings,
                                 ScoringFindingCode::deviation_reason_missing)
                  .empty());
}

}  // namespace
}  // namespace jixiao
