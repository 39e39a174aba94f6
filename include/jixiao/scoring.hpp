// jixiao::score — the year-end self-evaluation (绩效自评) scored by the rules, explainably.
//
// score() recomputes every score of a SelfEvaluation from its inputs under a Policy: the 预算执行率
// score, each indicator's score by the direction of its target (or by its 定性 grade), the total
// and the 评价等级. Every score carries a Trace (the rule, the variant, the inputs and the
// arithmetic as text an auditor can redo by hand), and every problem the rules name is a
// ScoringFinding with the JSON Pointer of the row. When the self-evaluation publishes scores, the
// scorecard is in audit mode and lists every published score that differs from the rule's.
//
// Arithmetic is exact (Decimal): each score is one exact quotient rounded once, with the policy's
// rounding. The rules, their sources and the settings that change them are in docs/scoring.md.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/self_evaluation.hpp"
#include "jixiao/target.hpp"
#include "jixiao/trace.hpp"

namespace jixiao {

inline constexpr std::string_view scorecard_schema = "jixiao.scorecard/1";

/// Where an indicator's weight came from.
enum class WeightSource {
  self_evaluation,  ///< the 分值 column of the self-evaluation
  declaration,      ///< the 分值 of the matching declaration indicator
  template_spread,  ///< the policy's category weight, spread over the category's indicators
  none,             ///< no weight could be found (counted as 0, with a finding)
};
BOOST_DESCRIBE_ENUM(WeightSource, self_evaluation, declaration, template_spread, none)

/// How an indicator was scored.
enum class ScoringMethod {
  quantitative,  ///< against a numeric target by its direction
  qualitative,   ///< by its 定性 grade and the grade's band
  not_scored,    ///< inputs missing or unreadable: 0 points, with a finding
};
BOOST_DESCRIBE_ENUM(ScoringMethod, quantitative, qualitative, not_scored)

/// The 预算执行率 score.
struct BudgetExecutionScore {
  std::string path;                      ///< "/budget_execution/0": the row scored
  std::string source;                    ///< its label (年度资金总额)
  std::optional<Decimal> annual_budget;  ///< 全年预算数 used (调整后预算数)
  std::optional<Decimal> executed;       ///< 全年执行数
  std::optional<Decimal> rate;  ///< 执行率 as a ratio, rounded to rate_decimals (absent: no rate)
  Decimal weight;
  Decimal score;
  std::optional<Decimal> published_score;
  Trace trace;

  bool operator==(const BudgetExecutionScore&) const = default;
};
BOOST_DESCRIBE_STRUCT(BudgetExecutionScore, (),
                      (path, source, annual_budget, executed, rate, weight, score, published_score,
                       trace))

/// The score of one indicator.
struct IndicatorScore {
  std::string path;  ///< "/indicators/4" in the self-evaluation
  std::string level1;
  std::string level2;
  std::string name;
  ScoringMethod method = ScoringMethod::not_scored;
  /// Whether the target was met (定量: the comparison; 定性: grade 达成); absent when not scored.
  std::optional<bool> met;
  Decimal weight;
  WeightSource weight_source = WeightSource::none;
  Decimal score;
  std::optional<Decimal> published_score;
  Trace trace;

  bool operator==(const IndicatorScore&) const = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorScore, (),
                      (path, level1, level2, name, method, met, weight, weight_source, score,
                       published_score, trace))

/// What a scoring finding is about (docs/scoring.md, "Findings").
enum class ScoringFindingCode {
  budget_execution_missing,    ///< no execution row, or no 全年预算数 / 全年执行数
  zero_budget,                 ///< 全年预算数 is 0: the rate is undefined
  budget_adjustment_mismatch,  ///< 年初预算数 + 年度调整 ≠ 全年预算数
  target_missing,              ///< no 年度指标值 on the row or the declaration
  target_unreadable,           ///< the 年度指标值 is neither numeric nor scorable by grade
  actual_missing,              ///< no 实际完成值
  actual_unreadable,  ///< the 实际完成值 is not a number (or date) in a comparable unit
  grade_missing,      ///< a 定性 indicator without a grade
  qualitative_score_out_of_band,  ///< a published 定性 score outside its grade's band
  description_missing,            ///< a 定性 result without 完成情况简要描述
  weight_missing,                 ///< no weight anywhere (counted as 0)
  weight_not_positive,            ///< a weight of 0 or less
  weights_total,                  ///< the weights do not add up to the policy's total
  declaration_mismatch,      ///< the declaration given is not the one the self-evaluation names
  declaration_ref_invalid,   ///< declaration_ref does not point at an indicator of the declaration
  deviation_reason_missing,  ///< a rule asks for 偏差原因分析 and there is none
  published_total_mismatch,  ///< the published total is not the sum of the published scores
  number_out_of_range,       ///< a figure too large to compute with exactly (beyond 38 digits)
};
BOOST_DESCRIBE_ENUM(ScoringFindingCode, budget_execution_missing, zero_budget,
                    budget_adjustment_mismatch, target_missing, target_unreadable, actual_missing,
                    actual_unreadable, grade_missing, qualitative_score_out_of_band,
                    description_missing, weight_missing, weight_not_positive, weights_total,
                    declaration_mismatch, declaration_ref_invalid, deviation_reason_missing,
                    published_total_mismatch, number_out_of_range)

struct ScoringFinding {
  ScoringFindingCode code = ScoringFindingCode::target_missing;
  FindingSeverity severity = FindingSeverity::error;
  std::string path;  ///< JSON Pointer into the self-evaluation ("/indicators/12/actual_value")
  std::string message_zh;
  std::string message_en;

  bool operator==(const ScoringFinding&) const = default;
};
BOOST_DESCRIBE_STRUCT(ScoringFinding, (), (code, severity, path, message_zh, message_en))

/// A published score that is not the rule's score (audit mode).
struct ScoreDifference {
  std::string path;  ///< JSON Pointer of the published value ("/indicators/4/published_score")
  std::string item;  ///< what was scored: the indicator name, the execution row, 总分, 评价等级
  std::string published;  ///< as published ("1.39", "良")
  std::string computed;   ///< by the rule ("1.08", "中")
  std::string rule;       ///< the rule (and variant) that gives the computed value

  bool operator==(const ScoreDifference&) const = default;
};
BOOST_DESCRIBE_STRUCT(ScoreDifference, (), (path, item, published, computed, rule))

struct Scorecard {
  std::string policy;  ///< name of the policy applied
  BudgetExecutionScore budget_execution;
  std::vector<IndicatorScore> indicators;  ///< in the self-evaluation's order
  Decimal weight_total;                    ///< budget execution + every indicator weight
  Decimal total;                           ///< budget execution score + Σ indicator scores
  EvaluationGrade grade = EvaluationGrade::poor;
  std::optional<Decimal> published_total;
  std::optional<EvaluationGrade> published_grade;
  /// True when the self-evaluation publishes any score or grade: `differences` is then complete.
  bool audit = false;
  std::vector<ScoreDifference> differences;
  std::vector<ScoringFinding> findings;  ///< in document order

  bool operator==(const Scorecard&) const = default;
};
BOOST_DESCRIBE_STRUCT(Scorecard, (),
                      (policy, budget_execution, indicators, weight_total, total, grade,
                       published_total, published_grade, audit, differences, findings))

/// Scores a self-evaluation. `declaration`, when given, supplies what the self-evaluation leaves
/// out (an indicator's weight and 年度指标值, matched by declaration_ref or by level1 / level2 /
/// name). Pure and deterministic. Error(policy_error) when the policy fails
/// check_scoring_policy(); nothing in the document throws: every problem is a finding.
Scorecard score(const SelfEvaluation& evaluation, const Policy& policy,
                const Declaration* declaration = nullptr);

// ---- The rules one by one (score() applies them; they are public for callers that score rows
// ---- of their own tables and for the C ABI).

/// `whole` split into `parts` Decimals with `decimals` fractional digits that add up to `whole`
/// exactly: every part is the quotient rounded down, and the units left over go one each to the
/// first parts (50 over 36 at 2 decimals: 32 × 1.39 + 4 × 1.38). Error(invalid_argument) when
/// `parts` is 0, `whole` is negative or has more than `decimals` fractional digits, or `decimals`
/// is outside 0–18.
std::vector<Decimal> spread_weight(const Decimal& whole, std::size_t parts, int decimals = 2);

/// The template weight of the level-1 category `level1` (matched through `taxonomy`), or nothing.
std::optional<Decimal> template_weight(const WeightPolicy& weights, const Taxonomy& taxonomy,
                                       std::string_view level1);

/// The comparator a target without one is read with, and why.
struct InferredComparator {
  Comparator comparator = Comparator::greater_equal;
  std::string matched;  ///< the lexicon ending that matched ("投诉率"), empty for the default
};
/// Reads the direction of a target that names no comparator from the indicator's name.
InferredComparator infer_comparator(std::string_view indicator_name,
                                    const DirectionLexicon& lexicon);

/// Scores one 定量 indicator: `target` and `actual` as parsed by parse_target(). Throws nothing for
/// bad data: an unreadable actual gives method not_scored and a finding appended to `findings`
/// (located under `path`).
IndicatorScore score_quantitative(const Target& target, const Target& actual, const Decimal& weight,
                                  std::string_view indicator_name,
                                  const std::optional<Decimal>& deduction,
                                  const ScoringPolicy& policy, const std::string& path,
                                  std::vector<ScoringFinding>& findings);

/// The band of a 定性 grade in points for `weight`.
struct PointBand {
  Decimal lower;
  bool lower_inclusive = true;
  Decimal upper;
  bool upper_inclusive = true;

  bool contains(const Decimal& score) const noexcept;
};
PointBand qualitative_band(QualitativeGrade grade, const Decimal& weight,
                           const QualitativePolicy& policy);

/// The 评价等级 of a total under the policy's grade bands.
EvaluationGrade grade_of(const Decimal& total, const ScoringPolicy& policy);

/// The scorecard as a JSON document ("schema": "jixiao.scorecard/1", docs/scoring.md, schema in
/// docs/schema/scorecard.schema.json): normal form, scores and amounts as decimal strings.
std::string write_scorecard(const Scorecard& scorecard);

/// A readable report of the scorecard (UTF-8 text, one line per score), for people.
std::string format_scorecard(const Scorecard& scorecard);

}  // namespace jixiao
