// Internal pieces shared by the scoring rules (src/scoring/): findings, exact quotients written
// out for traces, and the rules score() composes.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/scoring.hpp"

namespace jixiao::scoring_detail {

/// Appends a finding; the severity follows from the code (docs/scoring.md, "Findings").
void add_finding(std::vector<ScoringFinding>& findings, ScoringFindingCode code, std::string path,
                 std::string message_zh, std::string message_en);

FindingSeverity severity_of(ScoringFindingCode code) noexcept;

/// `text` without surrounding spaces (ASCII and U+3000) and without trailing sentence punctuation
/// (。．.，,；;：:！!), as names and cells are compared.
std::string_view trim_cell(std::string_view text) noexcept;
/// True when `text` is absent or nothing but spaces (ASCII and U+3000).
bool is_blank(const std::optional<std::string>& text) noexcept;

/// The number of a numeric target (or part, or a range's upper bound when `upper`); an
/// Error(invalid_argument) naming the target when it has none, so a malformed Target never reads
/// an empty optional.
const Decimal& target_number(const Target& target, bool upper = false);

/// Whether `actual <=> target` satisfies `comparator` (none: never).
bool satisfies(std::strong_ordering order, Comparator comparator) noexcept;

/// A number as written, at its own scale ("4420800.00", "1.39", "10").
std::string text(const Decimal& value);
/// A score at the policy's decimals ("8.80").
std::string score_text(const Decimal& value, const ScoreRounding& rounding);
/// A ratio as a percentage with `decimals` fractional digits of the percent ("96.00%").
std::string percent_text(const Decimal& ratio, int decimals, RoundingMode mode);

/// numerator / denominator for a trace: exact ("9.6") or cut after 6 decimals ("1.081111…").
std::string quotient_text(const Decimal& numerator, const Decimal& denominator);

/// numerator / denominator rounded once with the policy's rounding, and the text of that step
/// for a trace: "= 1.081111… → 1.08" (or "= 8.8 → 8.80" when exact).
struct RoundedQuotient {
  Decimal value;
  std::string shown;
};
RoundedQuotient rounded_quotient(const Decimal& numerator, const Decimal& denominator,
                                 const ScoreRounding& rounding);
/// `value` rounded with the policy's rounding and fixed at its decimals, and the same text.
RoundedQuotient rounded(const Decimal& value, const ScoreRounding& rounding);

/// "四舍五入保留 2 位小数 / half_up to 2 decimals".
std::string rounding_note(const ScoreRounding& rounding);

/// The 预算执行率 score of a self-evaluation (the total row, see BudgetExecutionPolicy).
BudgetExecutionScore score_budget_execution(const SelfEvaluation& evaluation,
                                            const ScoringPolicy& policy,
                                            std::vector<ScoringFinding>& findings);

/// The index of the row score_budget_execution() scores, or nothing when there are no rows.
std::optional<std::size_t> total_row_index(const SelfEvaluation& evaluation,
                                           const BudgetExecutionPolicy& policy);

/// Scores a 定性 result. `published` is the row's published score (used when inside its band).
IndicatorScore score_qualitative(QualitativeGrade grade, const Decimal& weight,
                                 const std::optional<Decimal>& published,
                                 const std::optional<Decimal>& deduction,
                                 const ScoringPolicy& policy, const std::string& path,
                                 std::vector<ScoringFinding>& findings);

/// One indicator's weight as planned before scoring.
struct PlannedWeight {
  Decimal weight;
  WeightSource source = WeightSource::none;
  std::string note;  ///< how a template weight was spread, for the trace
};

/// The weight of every indicator of `evaluation`: its own, else its declaration indicator's, else
/// a share of its category's template weight. `declared` holds, per indicator, the matching
/// declaration indicator (or null).
std::vector<PlannedWeight> plan_weights(const SelfEvaluation& evaluation,
                                        const std::vector<const Indicator*>& declared,
                                        const Policy& policy,
                                        std::vector<ScoringFinding>& findings);

/// Published scores that differ from the rule's, in document order.
std::vector<ScoreDifference> audit_differences(const SelfEvaluation& evaluation,
                                               const Scorecard& scorecard,
                                               const ScoringPolicy& policy);

}  // namespace jixiao::scoring_detail

namespace jixiao::scoring_detail {

/// score_quantitative() and whether the actual far exceeds a positive target (at or above the
/// policy's over_achievement_ratio), which asks for an explanation.
struct QuantitativeOutcome {
  IndicatorScore score;
  bool over_achieved = false;
};
QuantitativeOutcome score_quantitative_detail(const Target& target, const Target& actual,
                                              const Decimal& weight,
                                              std::string_view indicator_name,
                                              const std::optional<Decimal>& deduction,
                                              const ScoringPolicy& policy, const std::string& path,
                                              std::vector<ScoringFinding>& findings);

/// An indicator that cannot be scored: 0 points, the reason in the trace.
IndicatorScore not_scored(const std::string& path, const Decimal& weight, std::string reason);

/// Subtracts the row's 扣减分数 (floored at 0) when the policy applies deductions.
void apply_deduction(IndicatorScore& score, const std::optional<Decimal>& deduction,
                     const ScoringPolicy& policy);

}  // namespace jixiao::scoring_detail
