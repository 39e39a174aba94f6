// The review report as JSON (normal form, the layout of every jixiao document).
#include <boost/describe/enum_to_string.hpp>

#include <string>

#include "jixiao/review.hpp"
#include "json/json_path.hpp"
#include "json/pretty_writer.hpp"

namespace jixiao {

namespace {

namespace json = boost::json;

const char* enum_name(Severity severity) {
  return boost::describe::enum_to_string(severity, "error");
}

const char* enum_name(ReviewDimension dimension) {
  return boost::describe::enum_to_string(dimension, "completeness");
}

const char* enum_name(EvaluationGrade grade) {
  return boost::describe::enum_to_string(grade, "poor");
}

json::object counts_json(const SeverityCounts& counts) {
  json::object object;
  object["errors"] = counts.errors;
  object["warnings"] = counts.warnings;
  object["infos"] = counts.infos;
  return object;
}

json::object finding_json(const Finding& finding) {
  json::object object;
  object["code"] = finding.code;
  object["severity"] = enum_name(finding.severity);
  object["path"] = finding.path;
  object["message"] = finding.message;
  object["message_en"] = finding.message_en;
  object["dimension"] = form_label(finding.dimension);
  object["rule_source"] = finding.rule_source;
  object["dimension_en"] = enum_name(finding.dimension);
  if (finding.indicator) object["indicator"] = *finding.indicator;
  if (finding.related_path) object["related_path"] = *finding.related_path;
  if (finding.suggestion) object["suggestion"] = *finding.suggestion;
  if (!finding.data.empty()) object["data"] = finding.data;
  return object;
}

}  // namespace

json::object review_report_json(const ReviewReport& report) {
  json::array findings;
  findings.reserve(report.findings.size());
  for (const Finding& finding : report.findings)
    findings.emplace_back(finding_json(finding));
  const ReviewSummary& summary = report.summary;
  json::object out;
  out["findings"] = std::move(findings);
  json::object summary_json;
  summary_json["policy"] = summary.policy;
  summary_json["taxonomy"] = summary.taxonomy;
  summary_json["indicators"] = summary.indicators;
  summary_json["errors"] = summary.counts.errors;
  summary_json["warnings"] = summary.counts.warnings;
  summary_json["infos"] = summary.counts.infos;
  summary_json["total"] = summary.counts.total();
  json::object by_dimension;
  for (const ReviewDimension dimension :
       {ReviewDimension::completeness, ReviewDimension::relevance, ReviewDimension::appropriateness,
        ReviewDimension::feasibility}) {
    by_dimension[form_label(dimension)] =
        counts_json(summary.by_dimension[static_cast<std::size_t>(dimension)]);
  }
  summary_json["by_dimension"] = std::move(by_dimension);
  summary_json["verdict"] = form_label(summary.verdict);
  summary_json["verdict_en"] = enum_name(summary.verdict);
  out["summary"] = std::move(summary_json);
  return out;
}

std::string write_review_report(const ReviewReport& report) {
  std::string out;
  json_io::PrettyWriter writer(out);
  json_io::JsonPath path;
  writer.value(json::value(review_report_json(report)), path);
  writer.finish();
  return out;
}

}  // namespace jixiao
