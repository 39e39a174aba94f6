// jx_score and jx_monitor: a self-evaluation scored by the rules (自评) and a mid-year report
// coloured by them (双监控), readable as JSON, as text and row by row with their traces.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "document_fields.hpp"
#include "document_handles.hpp"
#include "jixiao/monitoring.hpp"
#include "jixiao/review.hpp"
#include "jixiao/scoring.hpp"
#include "owned_string.hpp"
#include "policy_handle.hpp"
#include "result_handle.hpp"

namespace jixiao::capi {
namespace {

// The C constants are the enumerators' positions (coded_enum_field); C++ must not reorder them.
static_assert(static_cast<int>(FindingSeverity::error) == JX_SEVERITY_ERROR);
static_assert(static_cast<int>(FindingSeverity::warning) == JX_SEVERITY_WARNING);
static_assert(static_cast<int>(EvaluationGrade::excellent) == JX_GRADE_EXCELLENT);
static_assert(static_cast<int>(EvaluationGrade::poor) == JX_GRADE_POOR);
static_assert(static_cast<int>(WarningColour::red) == JX_COLOUR_RED);
static_assert(static_cast<int>(WarningColour::yellow) == JX_COLOUR_YELLOW);
static_assert(static_cast<int>(WarningColour::green) == JX_COLOUR_GREEN);
static_assert(static_cast<int>(WarningColour::blue) == JX_COLOUR_BLUE);
static_assert(static_cast<int>(ScoringMethod::quantitative) == JX_SCORING_QUANTITATIVE);
static_assert(static_cast<int>(ScoringMethod::qualitative) == JX_SCORING_QUALITATIVE);
static_assert(static_cast<int>(ScoringMethod::not_scored) == JX_SCORING_NOT_SCORED);
static_assert(static_cast<int>(ProgressMethod::prorated) == JX_PROGRESS_PRORATED);
static_assert(static_cast<int>(ProgressMethod::pass_fail) == JX_PROGRESS_PASS_FAIL);
static_assert(static_cast<int>(ProgressMethod::qualitative) == JX_PROGRESS_QUALITATIVE);
static_assert(static_cast<int>(ProgressMethod::not_assessed) == JX_PROGRESS_NOT_ASSESSED);

std::optional<std::string> trace_inputs(const Trace& trace) {
  std::string text;
  for (const TraceInput& input : trace.inputs) {
    if (!text.empty()) text += '\n';
    text += input.name + ": " + input.value;
  }
  return text;
}

std::optional<std::string> trace_notes(const Trace& trace) {
  std::string text;
  for (const std::string& note : trace.notes) {
    if (!text.empty()) text += '\n';
    text += note;
  }
  return text;
}

/// The five trace fields of a row type with a `trace` member, ids first … first + 4.
template <class Row>
constexpr std::array<Field<Row>, 5> trace_fields(int first) {
  return {field<Row, JX_MEMBER(trace.rule)>(first, "trace_rule", ""),
          field<Row, JX_MEMBER(trace.variant)>(first + 1, "trace_variant", ""),
          field<Row, JX_MEMBER(trace.arithmetic)>(first + 2, "trace_arithmetic", ""),
          computed_field<Row, [](const Row& row) { return trace_inputs(row.trace); }>(
              first + 3, "trace_inputs"),
          computed_field<Row, [](const Row& row) { return trace_notes(row.trace); }>(
              first + 4, "trace_notes")};
}

// ---- scoring --------------------------------------------------------------------------------

constexpr std::array scorecard_table{
    field<Scorecard, JX_MEMBER(policy)>(JX_SCORECARD_POLICY, "policy", ""),
    field<Scorecard, JX_MEMBER(weight_total)>(JX_SCORECARD_WEIGHT_TOTAL, "weight_total", ""),
    field<Scorecard, JX_MEMBER(total)>(JX_SCORECARD_TOTAL, "total", ""),
    coded_enum_field<Scorecard, JX_MEMBER(grade)>(JX_SCORECARD_GRADE, "grade"),
    field<Scorecard, JX_MEMBER(published_total)>(JX_SCORECARD_PUBLISHED_TOTAL, "published_total",
                                                 ""),
    coded_enum_field<Scorecard, JX_MEMBER(published_grade)>(JX_SCORECARD_PUBLISHED_GRADE,
                                                            "published_grade"),
    field<Scorecard, JX_MEMBER(audit)>(JX_SCORECARD_AUDIT, "audit", ""),
};

constexpr auto budget_score_table = joined(
    std::array{
        field<BudgetExecutionScore, JX_MEMBER(path)>(JX_BUDGET_SCORE_PATH, "path", ""),
        field<BudgetExecutionScore, JX_MEMBER(source)>(JX_BUDGET_SCORE_SOURCE, "source", ""),
        field<BudgetExecutionScore, JX_MEMBER(annual_budget)>(JX_BUDGET_SCORE_ANNUAL_BUDGET,
                                                              "annual_budget", ""),
        field<BudgetExecutionScore, JX_MEMBER(executed)>(JX_BUDGET_SCORE_EXECUTED, "executed", ""),
        field<BudgetExecutionScore, JX_MEMBER(rate)>(JX_BUDGET_SCORE_RATE, "rate", ""),
        field<BudgetExecutionScore, JX_MEMBER(weight)>(JX_BUDGET_SCORE_WEIGHT, "weight", ""),
        field<BudgetExecutionScore, JX_MEMBER(score)>(JX_BUDGET_SCORE_SCORE, "score", ""),
        field<BudgetExecutionScore, JX_MEMBER(published_score)>(JX_BUDGET_SCORE_PUBLISHED_SCORE,
                                                                "published_score", ""),
    },
    trace_fields<BudgetExecutionScore>(JX_BUDGET_SCORE_TRACE_RULE));

constexpr auto indicator_score_table = joined(
    std::array{
        field<IndicatorScore, JX_MEMBER(path)>(JX_INDICATOR_SCORE_PATH, "path", ""),
        field<IndicatorScore, JX_MEMBER(level1)>(JX_INDICATOR_SCORE_LEVEL1, "level1", ""),
        field<IndicatorScore, JX_MEMBER(level2)>(JX_INDICATOR_SCORE_LEVEL2, "level2", ""),
        field<IndicatorScore, JX_MEMBER(name)>(JX_INDICATOR_SCORE_NAME, "name", ""),
        coded_enum_field<IndicatorScore, JX_MEMBER(method)>(JX_INDICATOR_SCORE_METHOD, "method"),
        tri_state_field<IndicatorScore, JX_MEMBER(met)>(JX_INDICATOR_SCORE_MET, "met"),
        field<IndicatorScore, JX_MEMBER(weight)>(JX_INDICATOR_SCORE_WEIGHT, "weight", ""),
        coded_enum_field<IndicatorScore, JX_MEMBER(weight_source)>(JX_INDICATOR_SCORE_WEIGHT_SOURCE,
                                                                   "weight_source"),
        field<IndicatorScore, JX_MEMBER(score)>(JX_INDICATOR_SCORE_SCORE, "score", ""),
        field<IndicatorScore, JX_MEMBER(published_score)>(JX_INDICATOR_SCORE_PUBLISHED_SCORE,
                                                          "published_score", ""),
    },
    trace_fields<IndicatorScore>(JX_INDICATOR_SCORE_TRACE_RULE));

constexpr std::array difference_table{
    field<ScoreDifference, JX_MEMBER(path)>(JX_SCORE_DIFFERENCE_PATH, "path", ""),
    field<ScoreDifference, JX_MEMBER(item)>(JX_SCORE_DIFFERENCE_ITEM, "item", ""),
    field<ScoreDifference, JX_MEMBER(published)>(JX_SCORE_DIFFERENCE_PUBLISHED, "published", ""),
    field<ScoreDifference, JX_MEMBER(computed)>(JX_SCORE_DIFFERENCE_COMPUTED, "computed", ""),
    field<ScoreDifference, JX_MEMBER(rule)>(JX_SCORE_DIFFERENCE_RULE, "rule", ""),
};

constexpr std::array scoring_finding_table{
    field<ScoringFinding, JX_MEMBER(code)>(JX_SCORING_FINDING_CODE, "code", ""),
    coded_enum_field<ScoringFinding, JX_MEMBER(severity)>(JX_SCORING_FINDING_SEVERITY, "severity"),
    field<ScoringFinding, JX_MEMBER(path)>(JX_SCORING_FINDING_PATH, "path", ""),
    field<ScoringFinding, JX_MEMBER(message_zh)>(JX_SCORING_FINDING_MESSAGE_ZH, "message_zh", ""),
    field<ScoringFinding, JX_MEMBER(message_en)>(JX_SCORING_FINDING_MESSAGE_EN, "message_en", ""),
};

// ---- monitoring -----------------------------------------------------------------------------

constexpr std::array monitoring_table{
    field<MonitoringResult, JX_MEMBER(policy)>(JX_MONITORING_RESULT_POLICY, "policy", ""),
    field<MonitoringResult, JX_MEMBER(month)>(JX_MONITORING_RESULT_MONTH, "month", ""),
    coded_enum_field<MonitoringResult, JX_MEMBER(goal_colour)>(JX_MONITORING_RESULT_GOAL_COLOUR,
                                                               "goal_colour"),
};

constexpr auto budget_progress_table = joined(
    std::array{
        field<BudgetProgress, JX_MEMBER(path)>(JX_BUDGET_PROGRESS_PATH, "path", ""),
        field<BudgetProgress, JX_MEMBER(name)>(JX_BUDGET_PROGRESS_NAME, "name", ""),
        field<BudgetProgress, JX_MEMBER(annual_budget)>(JX_BUDGET_PROGRESS_ANNUAL_BUDGET,
                                                        "annual_budget", ""),
        field<BudgetProgress, JX_MEMBER(executed)>(JX_BUDGET_PROGRESS_EXECUTED, "executed", ""),
        field<BudgetProgress, JX_MEMBER(execution_rate)>(JX_BUDGET_PROGRESS_EXECUTION_RATE,
                                                         "execution_rate", ""),
        field<BudgetProgress, JX_MEMBER(progress)>(JX_BUDGET_PROGRESS_PROGRESS, "progress", ""),
        coded_enum_field<BudgetProgress, JX_MEMBER(colour)>(JX_BUDGET_PROGRESS_COLOUR, "colour"),
    },
    trace_fields<BudgetProgress>(JX_BUDGET_PROGRESS_TRACE_RULE));

constexpr auto indicator_warning_table = joined(
    std::array{
        field<IndicatorWarning, JX_MEMBER(path)>(JX_INDICATOR_WARNING_PATH, "path", ""),
        field<IndicatorWarning, JX_MEMBER(level1)>(JX_INDICATOR_WARNING_LEVEL1, "level1", ""),
        field<IndicatorWarning, JX_MEMBER(level2)>(JX_INDICATOR_WARNING_LEVEL2, "level2", ""),
        field<IndicatorWarning, JX_MEMBER(name)>(JX_INDICATOR_WARNING_NAME, "name", ""),
        coded_enum_field<IndicatorWarning, JX_MEMBER(method)>(JX_INDICATOR_WARNING_METHOD,
                                                              "method"),
        field<IndicatorWarning, JX_MEMBER(progress)>(JX_INDICATOR_WARNING_PROGRESS, "progress", ""),
        coded_enum_field<IndicatorWarning, JX_MEMBER(colour)>(JX_INDICATOR_WARNING_COLOUR,
                                                              "colour"),
        field<IndicatorWarning, JX_MEMBER(likelihood)>(JX_INDICATOR_WARNING_LIKELIHOOD,
                                                       "likelihood", ""),
    },
    trace_fields<IndicatorWarning>(JX_INDICATOR_WARNING_TRACE_RULE));

constexpr std::array monitoring_finding_table{
    field<MonitoringFinding, JX_MEMBER(code)>(JX_MONITORING_FINDING_CODE, "code", ""),
    coded_enum_field<MonitoringFinding, JX_MEMBER(severity)>(JX_MONITORING_FINDING_SEVERITY,
                                                             "severity"),
    field<MonitoringFinding, JX_MEMBER(path)>(JX_MONITORING_FINDING_PATH, "path", ""),
    field<MonitoringFinding, JX_MEMBER(message_zh)>(JX_MONITORING_FINDING_MESSAGE_ZH, "message_zh",
                                                    ""),
    field<MonitoringFinding, JX_MEMBER(message_en)>(JX_MONITORING_FINDING_MESSAGE_EN, "message_en",
                                                    ""),
};

}  // namespace

template <>
struct ResultTraits<Scorecard> {
  static constexpr std::string_view kind_name = "scorecard";

  static std::size_t count(const Scorecard& scorecard, int collection) {
    switch (collection) {
      case JX_SCORECARD_ROOT:
      case JX_BUDGET_EXECUTION_SCORE:
        return 1;
      case JX_INDICATOR_SCORES:
        return scorecard.indicators.size();
      case JX_SCORE_DIFFERENCES:
        return scorecard.differences.size();
      case JX_SCORING_FINDINGS:
        return scorecard.findings.size();
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }
  template <class Visitor>
  static void visit(const Scorecard& scorecard, int field, std::size_t row, Visitor&& visitor) {
    switch (field / 100) {
      case JX_SCORECARD_ROOT:
        if (row != 0) throw_root_row(row);
        return visitor(scorecard, span_of(scorecard_table));
      case JX_BUDGET_EXECUTION_SCORE:
        if (row != 0) throw_root_row(row);
        return visitor(scorecard.budget_execution, span_of(budget_score_table));
      case JX_INDICATOR_SCORES:
        return visitor(checked_row(scorecard.indicators, row, "indicators"),
                       span_of(indicator_score_table));
      case JX_SCORE_DIFFERENCES:
        return visitor(checked_row(scorecard.differences, row, "differences"),
                       span_of(difference_table));
      case JX_SCORING_FINDINGS:
        return visitor(checked_row(scorecard.findings, row, "findings"),
                       span_of(scoring_finding_table));
      default:
        throw_unknown_field(field, kind_name);
    }
  }
  template <class Visitor>
  static void for_each(const Scorecard& scorecard, Visitor&& visitor) {
    visitor(scorecard, span_of(scorecard_table));
    visitor(scorecard.budget_execution, span_of(budget_score_table));
    for (const IndicatorScore& score : scorecard.indicators)
      visitor(score, span_of(indicator_score_table));
    for (const ScoreDifference& difference : scorecard.differences)
      visitor(difference, span_of(difference_table));
    for (const ScoringFinding& finding : scorecard.findings)
      visitor(finding, span_of(scoring_finding_table));
  }
};

template <>
struct ResultTraits<MonitoringResult> {
  static constexpr std::string_view kind_name = "monitoring result";

  static std::size_t count(const MonitoringResult& result, int collection) {
    switch (collection) {
      case JX_MONITORING_RESULT_ROOT:
        return 1;
      case JX_BUDGET_PROGRESS:
        return result.budget_lines.size() + 1;
      case JX_INDICATOR_WARNINGS:
        return result.indicators.size();
      case JX_MONITORING_FINDINGS:
        return result.findings.size();
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }
  template <class Visitor>
  static void visit(const MonitoringResult& result, int field, std::size_t row, Visitor&& visitor) {
    switch (field / 100) {
      case JX_MONITORING_RESULT_ROOT:
        if (row != 0) throw_root_row(row);
        return visitor(result, span_of(monitoring_table));
      case JX_BUDGET_PROGRESS:
        // Row 0 is the whole budget; the lines follow in report order.
        if (row == 0) return visitor(result.budget, span_of(budget_progress_table));
        if (row > result.budget_lines.size())
          throw_row_out_of_range("budget progress", row, result.budget_lines.size() + 1);
        return visitor(result.budget_lines[row - 1], span_of(budget_progress_table));
      case JX_INDICATOR_WARNINGS:
        return visitor(checked_row(result.indicators, row, "indicators"),
                       span_of(indicator_warning_table));
      case JX_MONITORING_FINDINGS:
        return visitor(checked_row(result.findings, row, "findings"),
                       span_of(monitoring_finding_table));
      default:
        throw_unknown_field(field, kind_name);
    }
  }
  template <class Visitor>
  static void for_each(const MonitoringResult& result, Visitor&& visitor) {
    visitor(result, span_of(monitoring_table));
    visitor(result.budget, span_of(budget_progress_table));
    for (const BudgetProgress& line : result.budget_lines)
      visitor(line, span_of(budget_progress_table));
    for (const IndicatorWarning& warning : result.indicators)
      visitor(warning, span_of(indicator_warning_table));
    for (const MonitoringFinding& finding : result.findings)
      visitor(finding, span_of(monitoring_finding_table));
  }
};

namespace {

template <class Row>
const char* name_in(std::span<const Field<Row>> table, int id) noexcept {
  const Field<Row>* spec = find_field(table, id);
  return spec != nullptr ? spec->name : nullptr;
}

}  // namespace

const char* engine_field_name(int id) noexcept {
  switch (id / 100) {
    case JX_SCORECARD_ROOT:
      return name_in(span_of(scorecard_table), id);
    case JX_BUDGET_EXECUTION_SCORE:
      return name_in(span_of(budget_score_table), id);
    case JX_INDICATOR_SCORES:
      return name_in(span_of(indicator_score_table), id);
    case JX_SCORE_DIFFERENCES:
      return name_in(span_of(difference_table), id);
    case JX_SCORING_FINDINGS:
      return name_in(span_of(scoring_finding_table), id);
    case JX_MONITORING_RESULT_ROOT:
      return name_in(span_of(monitoring_table), id);
    case JX_BUDGET_PROGRESS:
      return name_in(span_of(budget_progress_table), id);
    case JX_INDICATOR_WARNINGS:
      return name_in(span_of(indicator_warning_table), id);
    case JX_MONITORING_FINDINGS:
      return name_in(span_of(monitoring_finding_table), id);
    default:
      return nullptr;
  }
}

}  // namespace jixiao::capi

struct jx_scorecard
    : jixiao::capi::ResultHandle<jixiao::Scorecard, jixiao::capi::HandleKind::scorecard> {
  using ResultHandle::ResultHandle;
};
struct jx_monitoring_result
    : jixiao::capi::ResultHandle<jixiao::MonitoringResult,
                                 jixiao::capi::HandleKind::monitoring_result> {
  using ResultHandle::ResultHandle;
};

using namespace jixiao::capi;

extern "C" {

JX_API int jx_score(const jx_self_evaluation* evaluation, const jx_policy* policy,
                    const jx_declaration* declaration, jx_scorecard** out) {
  return guarded([&] {
    const jx_self_evaluation& document =
        checked_handle(evaluation, HandleKind::self_evaluation, "evaluation");
    const jixiao::Declaration* declared =
        declaration == nullptr
            ? nullptr
            : &checked_handle(declaration, HandleKind::declaration, "declaration").value;
    checked_out(out, "out");
    if (policy != nullptr) {
      const jx_policy& rules = checked_handle(policy, HandleKind::policy, "policy");
      *out = new jx_scorecard(jixiao::score(document.value, rules.value, declared));
      return;
    }
    // The national preset of the taxonomy the documents name.
    std::string taxonomy = document.value.taxonomy.value_or("");
    if (taxonomy.empty() && declared != nullptr) taxonomy = declared->taxonomy;
    const jixiao::Policy preset = jixiao::policy_preset(jixiao::default_preset_name(taxonomy));
    *out = new jx_scorecard(jixiao::score(document.value, preset, declared));
  });
}

JX_API void jx_scorecard_free(jx_scorecard* scorecard) {
  free_result(scorecard);
}

JX_API int jx_scorecard_to_json(const jx_scorecard* scorecard, char** out) {
  return guarded([&] {
    const jx_scorecard& result = live_result(scorecard);
    checked_out(out, "out");
    *out = owned_copy(jixiao::write_scorecard(result.value));
  });
}

JX_API int jx_scorecard_to_text(const jx_scorecard* scorecard, char** out) {
  return guarded([&] {
    const jx_scorecard& result = live_result(scorecard);
    checked_out(out, "out");
    *out = owned_copy(jixiao::format_scorecard(result.value));
  });
}

JX_API int jx_scorecard_count(const jx_scorecard* scorecard, int collection, size_t* out) {
  return result_count(scorecard, collection, out);
}

JX_API int jx_scorecard_get_text(const jx_scorecard* scorecard, int field, size_t row,
                                 const char** text, size_t* len) {
  return result_get_text(scorecard, field, row, text, len);
}

JX_API int jx_scorecard_get_int(const jx_scorecard* scorecard, int field, size_t row,
                                int64_t* out) {
  return result_get_int(scorecard, field, row, out);
}

JX_API int jx_scorecard_get_decimal(const jx_scorecard* scorecard, int field, size_t row,
                                    jx_decimal** out) {
  return result_get_decimal(scorecard, field, row, out);
}

JX_API int jx_monitor(const jx_monitoring_report* report, const jx_policy* policy,
                      jx_monitoring_result** out) {
  return guarded([&] {
    const jx_monitoring_report& document =
        checked_handle(report, HandleKind::monitoring_report, "report");
    checked_out(out, "out");
    if (policy != nullptr) {
      const jx_policy& rules = checked_handle(policy, HandleKind::policy, "policy");
      *out = new jx_monitoring_result(jixiao::monitor(document.value, rules.value));
      return;
    }
    // A monitoring report names no taxonomy: the current national preset.
    *out = new jx_monitoring_result(
        jixiao::monitor(document.value, jixiao::policy_preset(jixiao::default_preset_name(""))));
  });
}

JX_API void jx_monitoring_result_free(jx_monitoring_result* result) {
  free_result(result);
}

JX_API int jx_monitoring_result_to_json(const jx_monitoring_result* result, char** out) {
  return guarded([&] {
    const jx_monitoring_result& value = live_result(result);
    checked_out(out, "out");
    *out = owned_copy(jixiao::write_monitoring_result(value.value));
  });
}

JX_API int jx_monitoring_result_to_text(const jx_monitoring_result* result, char** out) {
  return guarded([&] {
    const jx_monitoring_result& value = live_result(result);
    checked_out(out, "out");
    *out = owned_copy(jixiao::format_monitoring_result(value.value, false));
  });
}

JX_API int jx_monitoring_result_count(const jx_monitoring_result* result, int collection,
                                      size_t* out) {
  return result_count(result, collection, out);
}

JX_API int jx_monitoring_result_get_text(const jx_monitoring_result* result, int field, size_t row,
                                         const char** text, size_t* len) {
  return result_get_text(result, field, row, text, len);
}

JX_API int jx_monitoring_result_get_int(const jx_monitoring_result* result, int field, size_t row,
                                        int64_t* out) {
  return result_get_int(result, field, row, out);
}

JX_API int jx_monitoring_result_get_decimal(const jx_monitoring_result* result, int field,
                                            size_t row, jx_decimal** out) {
  return result_get_decimal(result, field, row, out);
}
}
