// Audit mode: every published score that is not the rule's score.
#include <string>

#include "jixiao/error.hpp"

#include "scoring/rules.hpp"

namespace jixiao::scoring_detail {

namespace {

std::string rule_of(const Trace& trace) {
  return trace.variant.empty() ? trace.rule : trace.rule + " (" + trace.variant + ")";
}

bool differs(const Decimal& published, const Decimal& computed, const Decimal& tolerance) {
  if (published == computed) return false;
  try {
    return (published - computed).abs() > tolerance;
  } catch (const Error&) {
    return true;  // a difference beyond 38 digits is certainly above any tolerance
  }
}

}  // namespace

std::vector<ScoreDifference> audit_differences(const SelfEvaluation& evaluation,
                                               const Scorecard& scorecard,
                                               const ScoringPolicy& policy) {
  std::vector<ScoreDifference> differences;
  const Decimal& tolerance = policy.audit_tolerance;
  const BudgetExecutionScore& execution = scorecard.budget_execution;
  if (execution.published_score &&
      differs(*execution.published_score, execution.score, tolerance)) {
    differences.push_back({execution.path + "/published_score",
                           "预算执行率（" + execution.source + "）",
                           execution.published_score->to_string(execution.published_score->scale()),
                           score_text(execution.score, policy.rounding), rule_of(execution.trace)});
  }
  for (std::size_t i = 0; i < scorecard.indicators.size(); ++i) {
    const IndicatorScore& indicator = scorecard.indicators[i];
    const std::optional<Decimal>& published = evaluation.indicators[i].published_score;
    if (!published || !differs(*published, indicator.score, tolerance)) continue;
    differences.push_back({indicator.path + "/published_score", indicator.name,
                           published->to_string(published->scale()),
                           score_text(indicator.score, policy.rounding), rule_of(indicator.trace)});
  }
  if (evaluation.total_score && differs(*evaluation.total_score, scorecard.total, tolerance)) {
    differences.push_back({"/total_score", "总分 total",
                           evaluation.total_score->to_string(evaluation.total_score->scale()),
                           score_text(scorecard.total, policy.rounding),
                           "total = 预算执行率得分 + Σ 指标得分"});
  }
  if (evaluation.grade && *evaluation.grade != scorecard.grade) {
    differences.push_back({"/grade", "评价等级 grade", std::string(form_label(*evaluation.grade)),
                           std::string(form_label(scorecard.grade)),
                           "grade_scale " + policy.grade_scale + " (总分 " +
                               score_text(scorecard.total, policy.rounding) + ")"});
  }
  return differences;
}

}  // namespace jixiao::scoring_detail
