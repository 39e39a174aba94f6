// jixiao::review — the finance bureau's check (审核) of a declaration, driven by a Policy.
//
//   const jixiao::Declaration d = jixiao::read_declaration(json);
//   const jixiao::ReviewReport report = jixiao::review(d, jixiao::default_policy_for(d));
//   std::cout << jixiao::write_review_report(report);    // {"findings": [...], "summary": {...}}
//
// review() is a pure function of the declaration and the policy: every problem a careful reviewer
// would raise, in document order, each with a stable code (review_rule.hpp), a severity, the JSON
// Pointer of what it is about, a message in Chinese and English, the 88号 dimension it serves and
// the rule's source, plus structured data (sums of a failed identity, the other place of a
// duplicate, a proposed target value). The rules and their settings are in docs/review-rules.md.
//
// Cost is linear in the size of the declaration (duplicates are found by hashing); a Reviewer
// compiles the policy once for reviewing many declarations.
#pragma once

#include <boost/json/object.hpp>

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/declaration.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/review_policy.hpp"
#include "jixiao/review_rule.hpp"
#include "jixiao/self_evaluation.hpp"

namespace jixiao {

/// One problem found by the review.
struct Finding {
  std::string code;  ///< rule code ("JX-IND-006")
  Severity severity = Severity::error;
  std::string path;        ///< JSON Pointer into the declaration ("/indicators/3/annual_target")
  std::string message;     ///< Chinese
  std::string message_en;  ///< English
  ReviewDimension dimension = ReviewDimension::completeness;
  std::string rule_source;  ///< the rule's source (review_rules())
  /// The 三级指标 name, for findings about an indicator.
  std::optional<std::string> indicator;
  /// The other place the finding is about (the first occurrence of a duplicate).
  std::optional<std::string> related_path;
  /// A proposed value ("≥30135平方米", a category name), when the rule can propose one.
  std::optional<std::string> suggestion;
  /// Structured details, rule by rule (docs/review-rules.md): the sums of an identity, …
  boost::json::object data;

  bool operator==(const Finding&) const = default;
};

/// Findings per severity.
struct SeverityCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;

  std::size_t total() const noexcept { return errors + warnings + infos; }
  bool operator==(const SeverityCounts&) const = default;
};

struct ReviewSummary {
  std::string policy;                                    ///< the policy's name
  std::string taxonomy;                                  ///< the taxonomy version reviewed against
  std::size_t indicators = 0;                            ///< indicators in the declaration
  SeverityCounts counts;                                 ///< all findings
  std::array<SeverityCounts, 4> by_dimension{};          ///< indexed by ReviewDimension
  EvaluationGrade verdict = EvaluationGrade::excellent;  ///< 优/良/中/差 per the policy's bands

  bool operator==(const ReviewSummary&) const = default;
};

struct ReviewReport {
  std::vector<Finding> findings;  ///< in document order
  ReviewSummary summary;

  bool operator==(const ReviewReport&) const = default;
};

/// A policy compiled for reviewing: identity formulas compiled once, rule switches resolved.
/// Immutable; any number of threads may review with one Reviewer at the same time.
class Reviewer {
 public:
  /// Throws Error(policy_error) located at the offending setting (check_review_policy()).
  explicit Reviewer(Policy policy);

  ReviewReport review(const Declaration& declaration) const;
  const Policy& policy() const noexcept;

  struct Impl;

 private:
  std::shared_ptr<const Impl> impl_;
};

/// Reviews `declaration` under `policy` (compiles the policy; use a Reviewer for many
/// declarations). Throws Error(policy_error) for an invalid policy; never throws because of the
/// declaration's content: every problem in it is a finding.
ReviewReport review(const Declaration& declaration, const Policy& policy);

/// The preset used when the user names no policy: from the declaration's taxonomy version,
/// "national-2015" for "2015…" (also local names such as "2015-广东"), "national-2021" for
/// anything else (the current national tree).
std::string_view default_preset_name(std::string_view taxonomy_version) noexcept;
Policy default_policy_for(const Declaration& declaration);

/// The report as JSON: {"findings": [...], "summary": {...}} in jixiao's normal form (2-space
/// indented UTF-8, final newline). Each finding has code, severity, path, message, message_en,
/// dimension, rule_source, then dimension_en, indicator, related_path, suggestion, data when set.
std::string write_review_report(const ReviewReport& report);
/// The same as a JSON object (for embedding several reports in one document).
boost::json::object review_report_json(const ReviewReport& report);

enum class ReportLanguage { zh, en };

struct ReviewTextOptions {
  ReportLanguage language = ReportLanguage::zh;
  bool colour = false;  ///< ANSI colours (for a terminal)
  std::string title;    ///< first line (e.g. the file name); none when empty
};

/// The report for people: findings grouped by severity (errors first), each with its code, path,
/// indicator name and message (and suggestion), then a summary line with the verdict.
std::string render_review_text(const ReviewReport& report, const ReviewTextOptions& options = {});

}  // namespace jixiao
