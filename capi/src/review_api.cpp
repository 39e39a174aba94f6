// jx_review and jx_review_report_*: the finance bureau's check (审核) of a declaration, readable
// as JSON, as text and finding by finding; and the rule catalog.
#include <boost/json/serialize.hpp>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "code_map.hpp"
#include "document_fields.hpp"
#include "document_handles.hpp"
#include "jixiao/review.hpp"
#include "owned_string.hpp"
#include "policy_handle.hpp"
#include "result_handle.hpp"

namespace jixiao::capi {
namespace {

// The C constants are the enumerators' positions (coded_enum_field); C++ must not reorder them.
static_assert(static_cast<int>(Severity::error) == JX_SEVERITY_ERROR);
static_assert(static_cast<int>(Severity::warning) == JX_SEVERITY_WARNING);
static_assert(static_cast<int>(Severity::info) == JX_SEVERITY_INFO);
static_assert(static_cast<int>(ReviewDimension::completeness) == JX_DIMENSION_COMPLETENESS);
static_assert(static_cast<int>(ReviewDimension::relevance) == JX_DIMENSION_RELEVANCE);
static_assert(static_cast<int>(ReviewDimension::appropriateness) == JX_DIMENSION_APPROPRIATENESS);
static_assert(static_cast<int>(ReviewDimension::feasibility) == JX_DIMENSION_FEASIBILITY);
static_assert(static_cast<int>(EvaluationGrade::excellent) == JX_GRADE_EXCELLENT);
static_assert(static_cast<int>(EvaluationGrade::good) == JX_GRADE_GOOD);
static_assert(static_cast<int>(EvaluationGrade::fair) == JX_GRADE_FAIR);
static_assert(static_cast<int>(EvaluationGrade::poor) == JX_GRADE_POOR);

constexpr std::array review_table{
    field<ReviewReport, JX_MEMBER(summary.policy)>(JX_REVIEW_POLICY, "policy", ""),
    field<ReviewReport, JX_MEMBER(summary.taxonomy)>(JX_REVIEW_TAXONOMY, "taxonomy", ""),
    field<ReviewReport, JX_MEMBER(summary.indicators)>(JX_REVIEW_INDICATORS, "indicators", ""),
    field<ReviewReport, JX_MEMBER(summary.counts.errors)>(JX_REVIEW_ERRORS, "errors", ""),
    field<ReviewReport, JX_MEMBER(summary.counts.warnings)>(JX_REVIEW_WARNINGS, "warnings", ""),
    field<ReviewReport, JX_MEMBER(summary.counts.infos)>(JX_REVIEW_INFOS, "infos", ""),
    coded_enum_field<ReviewReport, JX_MEMBER(summary.verdict)>(JX_REVIEW_VERDICT, "verdict"),
};

constexpr std::array finding_table{
    field<Finding, JX_MEMBER(code)>(JX_FINDING_CODE, "code", ""),
    coded_enum_field<Finding, JX_MEMBER(severity)>(JX_FINDING_SEVERITY, "severity"),
    field<Finding, JX_MEMBER(path)>(JX_FINDING_PATH, "path", ""),
    field<Finding, JX_MEMBER(message)>(JX_FINDING_MESSAGE_ZH, "message_zh", ""),
    field<Finding, JX_MEMBER(message_en)>(JX_FINDING_MESSAGE_EN, "message_en", ""),
    coded_enum_field<Finding, JX_MEMBER(dimension)>(JX_FINDING_DIMENSION, "dimension"),
    field<Finding, JX_MEMBER(rule_source)>(JX_FINDING_RULE_SOURCE, "rule_source", ""),
    field<Finding, JX_MEMBER(indicator)>(JX_FINDING_INDICATOR, "indicator", ""),
    field<Finding, JX_MEMBER(related_path)>(JX_FINDING_RELATED_PATH, "related_path", ""),
    field<Finding, JX_MEMBER(suggestion)>(JX_FINDING_SUGGESTION, "suggestion", ""),
    computed_field<Finding,
                   [](const Finding& finding) -> std::optional<std::string> {
                     return boost::json::serialize(finding.data);
                   }>(JX_FINDING_DATA, "data"),
};

std::optional<std::string> view_text(std::string_view text) {
  return std::string(text);
}

constexpr std::array rule_table{
    computed_field<ReviewRule, [](const ReviewRule& r) { return view_text(r.code); }>(
        JX_REVIEW_RULE_CODE, "code"),
    coded_enum_field<ReviewRule, JX_MEMBER(severity)>(JX_REVIEW_RULE_SEVERITY, "severity"),
    coded_enum_field<ReviewRule, JX_MEMBER(dimension)>(JX_REVIEW_RULE_DIMENSION, "dimension"),
    computed_field<ReviewRule, [](const ReviewRule& r) { return view_text(r.title_zh); }>(
        JX_REVIEW_RULE_TITLE_ZH, "title_zh"),
    computed_field<ReviewRule, [](const ReviewRule& r) { return view_text(r.title_en); }>(
        JX_REVIEW_RULE_TITLE_EN, "title_en"),
    computed_field<ReviewRule, [](const ReviewRule& r) { return view_text(r.source); }>(
        JX_REVIEW_RULE_SOURCE, "source"),
};

}  // namespace

template <>
struct ResultTraits<ReviewReport> {
  static constexpr std::string_view kind_name = "review report";

  static std::size_t count(const ReviewReport& report, int collection) {
    switch (collection) {
      case JX_REVIEW_ROOT:
        return 1;
      case JX_FINDINGS:
        return report.findings.size();
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }
  template <class Visitor>
  static void visit(const ReviewReport& report, int field, std::size_t row, Visitor&& visitor) {
    switch (field / 100) {
      case JX_REVIEW_ROOT:
        if (row != 0) throw_root_row(row);
        return visitor(report, span_of(review_table));
      case JX_FINDINGS:
        return visitor(checked_row(report.findings, row, "findings"), span_of(finding_table));
      default:
        throw_unknown_field(field, kind_name);
    }
  }
  template <class Visitor>
  static void for_each(const ReviewReport& report, Visitor&& visitor) {
    visitor(report, span_of(review_table));
    for (const Finding& finding : report.findings)
      visitor(finding, span_of(finding_table));
  }
};

namespace {

/// The static rule catalog's computed texts, made once.
const TextCache& rule_texts() {
  static const TextCache texts = [] {
    TextCache cache;
    for (const ReviewRule& rule : review_rules())
      keep_texts(rule, span_of(rule_table), cache);
    return cache;
  }();
  return texts;
}

template <class Row>
const char* name_in(std::span<const Field<Row>> table, int id) noexcept {
  const Field<Row>* spec = find_field(table, id);
  return spec != nullptr ? spec->name : nullptr;
}

}  // namespace

const char* review_field_name(int id) noexcept {
  switch (id / 100) {
    case JX_REVIEW_ROOT:
      return name_in(span_of(review_table), id);
    case JX_FINDINGS:
      return name_in(span_of(finding_table), id);
    case JX_REVIEW_RULES:
      return name_in(span_of(rule_table), id);
    default:
      return nullptr;
  }
}

}  // namespace jixiao::capi

struct jx_review_report
    : jixiao::capi::ResultHandle<jixiao::ReviewReport, jixiao::capi::HandleKind::review_report> {
  using ResultHandle::ResultHandle;
};

using namespace jixiao::capi;

namespace {

constexpr std::array<CodeOf<jixiao::ReportLanguage>, 2> language_codes{{
    {JX_LANGUAGE_ZH, jixiao::ReportLanguage::zh},
    {JX_LANGUAGE_EN, jixiao::ReportLanguage::en},
}};

jixiao::ReportLanguage checked_language(int language) {
  return checked_code(language, language_codes, "语言", "language");
}

const jixiao::ReviewRule& catalog_rule(size_t row) {
  const auto rules = jixiao::review_rules();
  if (row >= rules.size()) throw_row_out_of_range("review rules", row, rules.size());
  return rules[row];
}

const Field<jixiao::ReviewRule>& rule_field(int field) {
  const Field<jixiao::ReviewRule>* spec = find_field(span_of(rule_table), field);
  if (spec == nullptr) throw_unknown_field(field, "review rule");
  return *spec;
}

}  // namespace

extern "C" {

JX_API int jx_review(const jx_declaration* declaration, const jx_policy* policy,
                     jx_review_report** out) {
  return guarded([&] {
    const jx_declaration& document =
        checked_handle(declaration, HandleKind::declaration, "declaration");
    checked_out(out, "out");
    if (policy == nullptr) {
      *out = new jx_review_report(
          jixiao::review(document.value, jixiao::default_policy_for(document.value)));
      return;
    }
    const jx_policy& rules = checked_handle(policy, HandleKind::policy, "policy");
    *out = new jx_review_report(rules.reviewer().review(document.value));
  });
}

JX_API void jx_review_report_free(jx_review_report* report) {
  free_result(report);
}

JX_API int jx_review_report_to_json(const jx_review_report* report, char** out) {
  return guarded([&] {
    const jx_review_report& result = live_result(report);
    checked_out(out, "out");
    *out = owned_copy(jixiao::write_review_report(result.value));
  });
}

JX_API int jx_review_report_to_text(const jx_review_report* report, int language, char** out) {
  return guarded([&] {
    const jx_review_report& result = live_result(report);
    checked_out(out, "out");
    jixiao::ReviewTextOptions options;
    options.language = checked_language(language);
    *out = owned_copy(jixiao::render_review_text(result.value, options));
  });
}

JX_API int jx_review_report_count(const jx_review_report* report, int collection, size_t* out) {
  return result_count(report, collection, out);
}

JX_API int jx_review_report_get_text(const jx_review_report* report, int field, size_t row,
                                     const char** text, size_t* len) {
  return result_get_text(report, field, row, text, len);
}

JX_API int jx_review_report_get_int(const jx_review_report* report, int field, size_t row,
                                    int64_t* out) {
  return result_get_int(report, field, row, out);
}

JX_API int jx_review_rules_count(size_t* out) {
  return guarded([&] {
    checked_out(out, "out");
    *out = jixiao::review_rules().size();
  });
}

JX_API int jx_review_rules_get_text(int field, size_t row, const char** text, size_t* len) {
  return guarded([&] {
    checked_out(text, "text");
    const Field<jixiao::ReviewRule>& spec = rule_field(field);
    const TextOut out = read_kept_text(catalog_rule(row), spec, rule_texts());
    *text = out.present ? out.data : nullptr;
    if (len != nullptr) *len = out.size;
  });
}

JX_API int jx_review_rules_get_int(int field, size_t row, int64_t* out) {
  return guarded([&] {
    checked_out(out, "out");
    const Field<jixiao::ReviewRule>& spec = rule_field(field);
    if (spec.get_int == nullptr) throw_unsupported(spec.name, "get_int", spec.type);
    *out = spec.get_int(catalog_rule(row)).value_or(0);
  });
}
}
