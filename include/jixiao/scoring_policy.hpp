// jixiao::ScoringPolicy — the part of a Policy (policy.hpp) for 绩效自评 (self-evaluation scoring):
// weights, scoring formulas, rounding, grade bands, and when a deviation must be explained.
//
// Default member values are the national rule (财预〔2020〕10号 as implemented in production
// systems, domain-rules.md §2.2 and §3); presets and policy files change them. Every setting, its
// source and the variants seen in the provinces are listed in docs/scoring.md. A policy is checked
// by check_scoring_policy() when it is read and again before scoring, so a bad setting is an
// Error(policy_error) with its JSON Pointer ("/scoring/grade_bands/1/lower"), never a wrong score.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/rounding.hpp"
#include "jixiao/self_evaluation.hpp"
#include "jixiao/target.hpp"

namespace jixiao {

/// Which number of decimals and which rounding every score is given with (default 2, 四舍五入).
struct ScoreRounding {
  int decimals = 2;  ///< fractional digits of every score (0–6)
  RoundingMode mode = RoundingMode::half_up;

  bool operator==(const ScoreRounding&) const = default;
};
BOOST_DESCRIBE_STRUCT(ScoreRounding, (), (decimals, mode))

/// The weight one or more level-1 categories share in the default template.
struct CategoryWeight {
  /// The level-1 names (一级指标) whose indicators share `weight`, matched through the policy's
  /// taxonomy (aliases, a missing 指标 suffix). Under the 2021 taxonomy 成本指标 shares the 产出
  /// weight in the national presets, because the split after 财预〔2021〕101号 is unverified.
  std::vector<std::string> level1;
  Decimal weight;

  bool operator==(const CategoryWeight&) const = default;
};
BOOST_DESCRIBE_STRUCT(CategoryWeight, (), (level1, weight))

/// 权重: the default template and the checks on the weights a self-evaluation uses.
struct WeightPolicy {
  /// Weight of the 预算执行率 when the execution row states none (财预〔2020〕10号: 10).
  Decimal budget_execution = 10;
  /// Weights of the level-1 categories when indicators state none: 产出 50, 效益 30, 满意度 10. A
  /// category's weight is spread exactly over its indicators that have no weight of their own.
  std::vector<CategoryWeight> categories = {
      {{"产出指标"}, 50},
      {{"效益指标"}, 30},
      {{"满意度指标"}, 10},
  };
  /// What the weights must add up to (budget execution + every indicator).
  Decimal total = 100;
  /// Whether a weight of 0 (or less) is a finding.
  bool require_positive = true;
  /// Fractional digits of the parts when a category weight is spread (50 over 36 → 1.39 / 1.38).
  int spread_decimals = 2;

  bool operator==(const WeightPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(WeightPolicy, (),
                      (budget_execution, categories, total, require_positive, spread_decimals))

/// How the 预算执行率 score is computed from rate = 全年执行数 / 全年预算数.
enum class BudgetExecutionRule {
  capped,       ///< min(rate, 1) × weight (default: production scripts since the cap was added)
  uncapped,     ///< rate × weight (early production script): may exceed the weight
  whole_point,  ///< min(rate, 1) × weight rounded to a whole point with the policy's mode
  tiered,  ///< full weight at rate ≥ threshold, else minus deduction_per_point per point below
};
BOOST_DESCRIBE_ENUM(BudgetExecutionRule, capped, uncapped, whole_point, tiered)

/// How a part of a percentage point counts in the tiered rule ("每少1个百分点扣1分").
enum class PartialPoint {
  proportional,    ///< 0.5 point short deducts half the per-point amount
  each_started,    ///< every started point deducts in full (0.5 short → 1 point)
  each_completed,  ///< only whole points deduct (0.5 short → nothing)
};
BOOST_DESCRIBE_ENUM(PartialPoint, proportional, each_started, each_completed)

/// Parameters of BudgetExecutionRule::tiered.
struct TieredExecution {
  Decimal threshold = Decimal::from_coefficient(90, 2);  ///< rate (0.90 = 90%) for full marks
  Decimal deduction_per_point = 1;  ///< points off per percentage point below the threshold
  PartialPoint partial_points = PartialPoint::proportional;

  bool operator==(const TieredExecution&) const = default;
};
BOOST_DESCRIBE_STRUCT(TieredExecution, (), (threshold, deduction_per_point, partial_points))

/// What a 全年预算数 of 0 scores (the rate is undefined: no division is attempted).
enum class ZeroBudgetRule {
  score_zero,  ///< 0 points (production: "a 0 budget is treated as 0")
  full_marks,  ///< full weight when nothing was executed either (nothing was due)
};
BOOST_DESCRIBE_ENUM(ZeroBudgetRule, score_zero, full_marks)

/// 预算执行率 scoring.
struct BudgetExecutionPolicy {
  BudgetExecutionRule rule = BudgetExecutionRule::capped;
  TieredExecution tiered;
  ZeroBudgetRule zero_budget = ZeroBudgetRule::score_zero;
  /// Labels of the total row of the execution block, tried in order when no row states a weight;
  /// failing both, the first row (forms list the total first).
  std::vector<std::string> total_rows = {"年度资金总额", "资金总额", "合计", "总计"};
  /// Fractional digits of the rate as shown (4: 0.9600 = 96.00%). Scores use the exact quotient.
  int rate_decimals = 4;

  bool operator==(const BudgetExecutionPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(BudgetExecutionPolicy, (),
                      (rule, tiered, zero_budget, total_rows, rate_decimals))

/// 反向指标 (≤, ＜) score when the actual value is above the target t.
enum class NegativeIndicatorRule {
  linear_deviation,  ///< weight × max(0, 1 − (actual − t) / t) (production default)
  ratio,             ///< weight × t / actual (other templates)
};
BOOST_DESCRIBE_ENUM(NegativeIndicatorRule, linear_deviation, ratio)

/// How a compound target ("8省20个地区以上", one number per part) completes.
enum class CompoundRule {
  least_part,  ///< the least-completed part decides (a surplus in one part never offsets another)
  mean,        ///< the mean completion of the parts
};
BOOST_DESCRIBE_ENUM(CompoundRule, least_part, mean)

/// Direction of a target that names no comparator ("100%", "3%"): read from the indicator name.
struct DirectionLexicon {
  /// Name endings of lower-is-better indicators (control and error rates). Matched at the end of
  /// the indicator name, after trailing punctuation and spaces.
  std::vector<std::string> lower_is_better = {"控制率", "变动率", "调整率", "结转结余率", "差错率",
                                              "投诉率", "故障率", "事故率", "发生率"};
  Comparator lower = Comparator::less_equal;         ///< comparator assumed for those
  Comparator otherwise = Comparator::greater_equal;  ///< comparator assumed for all others

  bool operator==(const DirectionLexicon&) const = default;
};
BOOST_DESCRIBE_STRUCT(DirectionLexicon, (), (lower_is_better, lower, otherwise))

/// 定量指标 scoring.
struct QuantitativePolicy {
  NegativeIndicatorRule negative = NegativeIndicatorRule::linear_deviation;
  CompoundRule compound = CompoundRule::least_part;
  bool clamp_negative_actual = true;  ///< a negative actual value counts as 0
  bool apply_deduction = true;        ///< subtract 扣减分数, floored at 0
  DirectionLexicon direction;

  bool operator==(const QuantitativePolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(QuantitativePolicy, (),
                      (negative, compound, clamp_negative_actual, apply_deduction, direction))

/// The score band of a 定性 grade, as fractions of the weight, with explicit inclusivity.
struct QualitativeBand {
  QualitativeGrade grade = QualitativeGrade::met;
  Decimal lower;  ///< fraction of the weight (0.8 = 80%)
  bool lower_inclusive = true;
  Decimal upper;  ///< fraction of the weight (1 = 100%)
  bool upper_inclusive = false;

  bool operator==(const QualitativeBand&) const = default;
};
BOOST_DESCRIBE_STRUCT(QualitativeBand, (), (grade, lower, lower_inclusive, upper, upper_inclusive))

/// The score the rule gives a 定性 grade when the self-evaluation publishes none.
enum class QualitativePoint {
  band_lower,   ///< the band's lower bound (what the grade guarantees)
  band_middle,  ///< the middle of the band
  band_upper,   ///< the band's upper bound, or one scoring unit below it when it is exclusive
};
BOOST_DESCRIBE_ENUM(QualitativePoint, band_lower, band_middle, band_upper)

/// 定性指标 scoring.
struct QualitativePolicy {
  /// 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%) of the weight.
  std::vector<QualitativeBand> bands = {
      {QualitativeGrade::met, Decimal::from_coefficient(8, 1), true, 1, true},
      {QualitativeGrade::partly_met, Decimal::from_coefficient(6, 1), true,
       Decimal::from_coefficient(8, 1), false},
      {QualitativeGrade::not_met, 0, true, Decimal::from_coefficient(6, 1), false},
  };
  QualitativePoint unpublished_score = QualitativePoint::band_lower;
  bool require_description = true;  ///< 完成情况简要描述 is required for a 定性 result

  bool operator==(const QualitativePolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(QualitativePolicy, (), (bands, unpublished_score, require_description))

/// One band of the 评价等级 scale. An absent bound is unbounded on that side.
struct GradeBand {
  EvaluationGrade grade = EvaluationGrade::excellent;
  std::optional<Decimal> lower;
  bool lower_inclusive = true;
  std::optional<Decimal> upper;
  bool upper_inclusive = false;

  bool operator==(const GradeBand&) const = default;
};
BOOST_DESCRIBE_STRUCT(GradeBand, (), (grade, lower, lower_inclusive, upper, upper_inclusive))

/// When a 偏差原因分析及改进措施 is required.
struct DeviationPolicy {
  /// An execution rate below this (0.90 = 90%) needs a reason on the execution row.
  Decimal execution_threshold = Decimal::from_coefficient(90, 2);
  bool budget_adjustment = true;  ///< a row with a mid-year adjustment (追加 / 调减) needs one
  bool unmet_indicator = true;    ///< a 定量 indicator that is not fully met needs one
  bool qualitative_not_met = true;  ///< a 定性 grade other than 达成 needs one
  /// An actual at or above this multiple of a positive target needs one (财预〔2020〕10号: a far
  /// exceeded target must be explained); absent: never.
  std::optional<Decimal> over_achievement_ratio = Decimal::from_coefficient(12, 1);

  bool operator==(const DeviationPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(DeviationPolicy, (),
                      (execution_threshold, budget_adjustment, unmet_indicator, qualitative_not_met,
                       over_achievement_ratio))

struct ScoringPolicy {
  WeightPolicy weights;
  BudgetExecutionPolicy budget_execution;
  QuantitativePolicy quantitative;
  QualitativePolicy qualitative;
  ScoreRounding rounding;
  /// A named grade scale ("national", "80-70-60", "above-90"; see grade_scale()), or "custom" to
  /// use grade_bands.
  std::string grade_scale = "national";
  /// The bands when grade_scale is "custom" (must be empty otherwise).
  std::vector<GradeBand> grade_bands;
  DeviationPolicy deviation;
  /// Published and computed scores closer than this are not reported as differences (0: exact).
  Decimal audit_tolerance = 0;

  bool operator==(const ScoringPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(ScoringPolicy, (),
                      (weights, budget_execution, quantitative, qualitative, rounding, grade_scale,
                       grade_bands, deviation, audit_tolerance))

/// The scoring settings of a built-in preset ("national-2015", "national-2021").
ScoringPolicy scoring_preset(std::string_view preset_name);

/// The names grade_scale() knows, in a stable order: "national", "80-70-60", "above-90".
std::vector<std::string_view> grade_scale_names();

/// A named grade scale:
/// - "national" (财预〔2020〕10号): 优 [90, ∞), 良 [80, 90), 中 [60, 80), 差 (−∞, 60);
/// - "80-70-60" (one province's config): 优 [80, ∞), 良 [70, 80), 中 [60, 70), 差 (−∞, 60);
/// - "above-90" (another config): 优 (90, ∞), 良 [80, 90], 中 [60, 80), 差 (−∞, 60) — 90 is 良.
/// Nothing for another name.
std::optional<std::vector<GradeBand>> grade_scale(std::string_view name);

/// The bands a policy grades with: its named scale, or its custom bands.
/// Error(policy_error) at /scoring/grade_scale for an unknown name.
std::vector<GradeBand> effective_grade_bands(const ScoringPolicy& policy);

/// Checks the settings: decimals in range, weights and thresholds not negative, qualitative bands
/// within [0, 1] and one per grade, grade bands without gaps or overlaps, a known grade scale,
/// comparators that state a direction. Error(policy_error) with the JSON Pointer of the setting,
/// under `base_path` ("/scoring" in a policy document).
void check_scoring_policy(const ScoringPolicy& policy, std::string_view base_path = "/scoring");

}  // namespace jixiao
