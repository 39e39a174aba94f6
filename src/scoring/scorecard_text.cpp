// The scorecard as text for people: one block per score with its arithmetic, then the totals,
// the audit differences and the findings.
#include <boost/describe/enum_to_string.hpp>

#include <string>

#include "scoring/rules.hpp"

namespace jixiao {

namespace {

using scoring_detail::text;

std::string optional_text(const std::optional<Decimal>& value) {
  return value ? value->to_string(value->scale()) : std::string("—");
}

std::string rule_of(const Trace& trace) {
  return trace.variant.empty() ? trace.rule : trace.rule + " (" + trace.variant + ")";
}

void append_trace(std::string& out, const Trace& trace) {
  out += "      " + trace.arithmetic + "\n";
  for (const std::string& note : trace.notes)
    out += "      · " + note + "\n";
}

}  // namespace

std::string format_scorecard(const Scorecard& card) {
  std::string out = "绩效自评评分 scorecard（规则 policy: " + card.policy + "）\n";
  const BudgetExecutionScore& execution = card.budget_execution;
  out += "\n预算执行率 budget execution  " + execution.path + "  " + execution.source + "\n";
  out += "  得分 score " + execution.score.to_string(execution.score.scale()) + " / 分值 weight " +
         text(execution.weight) + "   执行率 rate " +
         (execution.rate ? scoring_detail::percent_text(*execution.rate, 2, RoundingMode::half_up)
                         : std::string("—")) +
         "   填报 published " + optional_text(execution.published_score) + "   " +
         rule_of(execution.trace) + "\n";
  append_trace(out, execution.trace);
  out += "\n绩效指标 indicators: " + std::to_string(card.indicators.size()) + "\n";
  for (const IndicatorScore& indicator : card.indicators) {
    out += "  " + indicator.path + "  " + indicator.level1 + " / " + indicator.level2 + " / " +
           indicator.name + "\n";
    out += "    得分 score " + indicator.score.to_string(indicator.score.scale()) +
           " / 分值 weight " + text(indicator.weight) + "   填报 published " +
           optional_text(indicator.published_score) + "   " + rule_of(indicator.trace) + "\n";
    append_trace(out, indicator.trace);
  }
  out += "\n分值合计 weights: " + text(card.weight_total) + "\n";
  out += "总分 total: " + card.total.to_string(card.total.scale()) +
         "   评价等级 grade: " + std::string(form_label(card.grade));
  if (card.published_total || card.published_grade) {
    out += "   （填报 published: " + optional_text(card.published_total) +
           (card.published_grade ? " " + std::string(form_label(*card.published_grade)) : "") +
           "）";
  }
  out += "\n";
  if (card.audit) {
    out +=
        "\n与填报得分的差异 differences (audit): " + std::to_string(card.differences.size()) + "\n";
    for (const ScoreDifference& d : card.differences) {
      out += "  " + d.path + "  " + d.item + "：填报 published " + d.published + "，规则 rule " +
             d.computed + "（" + d.rule + "）\n";
    }
  }
  out += "\n发现 findings: " + std::to_string(card.findings.size()) + "\n";
  for (const ScoringFinding& f : card.findings) {
    out += "  [" + std::string(boost::describe::enum_to_string(f.severity, "?")) + "] " + f.path +
           "  " + f.message_zh + " / " + f.message_en + " (" +
           boost::describe::enum_to_string(f.code, "?") + ")\n";
  }
  return out;
}

}  // namespace jixiao
