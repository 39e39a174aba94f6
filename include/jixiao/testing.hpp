// jixiao/testing.hpp — GoogleTest printers and matchers for integrators' unit tests (and ours).
//
// Include it in test code only (it includes gtest and gmock). Values print the way a finance
// officer reads them, so a failing expectation says "1163.71" or "≥95% (quantitative)", not bytes:
//
//   EXPECT_THAT(total, jixiao::testing::DecimalEq("15094.71"));
//   EXPECT_THAT(jixiao::parse_target("不少于95%"), jixiao::testing::TargetEquivalentTo("≥95%"));
//   EXPECT_THAT(report, jixiao::testing::HasFinding("JX-IND-006", "/indicators/0/annual_target"));
//   EXPECT_THAT(report, jixiao::testing::LacksFinding("JX-BUD-001"));
//
// The example documents are installed under share/jixiao/examples for use as fixtures.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <boost/describe/enum_to_string.hpp>

#include "jixiao/decimal.hpp"
#include "jixiao/review.hpp"
#include "jixiao/target.hpp"

namespace jixiao {

/// Decimals print at their own scale ("13831.00"), as documents write them.
inline void PrintTo(const Decimal& value, std::ostream* out) {
  *out << value.to_string(value.scale());
}

/// "≥95% (quantitative, text \"不少于95%\", diagnostics: approximate)".
inline void PrintTo(const Target& target, std::ostream* out) {
  const std::string canonical = format(target);
  *out << (canonical.empty() ? std::string("\"\"") : canonical) << " (" << to_string(target.kind);
  if (target.text != canonical) *out << ", text \"" << target.text << "\"";
  if (!target.diagnostics.empty()) {
    *out << ", diagnostics:";
    for (const TargetDiagnostic& diagnostic : target.diagnostics)
      *out << " " << to_string(diagnostic.code);
  }
  *out << ")";
}

inline void PrintTo(const TargetDiagnostic& diagnostic, std::ostream* out) {
  *out << to_string(diagnostic.code) << " at character " << diagnostic.char_offset + 1 << ": "
       << diagnostic.message_en;
}

/// "JX-IND-006 error at /indicators/0/annual_target (租赁场地面积。): 年度指标值…".
inline void PrintTo(const Finding& finding, std::ostream* out) {
  *out << finding.code << " " << boost::describe::enum_to_string(finding.severity, "?") << " at "
       << finding.path;
  if (finding.indicator) *out << " (" << *finding.indicator << ")";
  *out << ": " << finding.message;
}

/// The summary line and one line per finding.
inline void PrintTo(const ReviewReport& report, std::ostream* out) {
  *out << report.findings.size() << " findings (" << report.summary.counts.errors << " errors, "
       << report.summary.counts.warnings << " warnings, " << report.summary.counts.infos
       << " infos)";
  for (const Finding& finding : report.findings) {
    *out << "\n  ";
    PrintTo(finding, out);
  }
}

namespace testing {

namespace detail {

inline const std::vector<Finding>& findings_of(const ReviewReport& report) {
  return report.findings;
}
inline const std::vector<Finding>& findings_of(const std::vector<Finding>& findings) {
  return findings;
}

/// The codes and paths of the findings, for "which has …" explanations.
inline std::string finding_list(const std::vector<Finding>& findings) {
  if (findings.empty()) return "no findings";
  std::string list;
  for (const Finding& finding : findings) {
    if (!list.empty()) list += ", ";
    list += finding.code + " at " + finding.path;
  }
  return list;
}

inline bool has_finding(const std::vector<Finding>& findings, std::string_view code,
                        std::optional<std::string_view> path) {
  for (const Finding& finding : findings)
    if (finding.code == code && (!path || finding.path == *path)) return true;
  return false;
}

}  // namespace detail

/// Matches a ReviewReport (or its findings) with a finding of rule `code` (at JSON Pointer `path`).
MATCHER_P(HasFinding, code,
          std::string(negation ? "has no" : "has a") + " finding " + std::string(code)) {
  if (detail::has_finding(detail::findings_of(arg), code, std::nullopt)) return true;
  *result_listener << "which has " << detail::finding_list(detail::findings_of(arg));
  return false;
}

MATCHER_P2(HasFinding, code, path,
           std::string(negation ? "has no" : "has a") + " finding " + std::string(code) + " at " +
               std::string(path)) {
  if (detail::has_finding(detail::findings_of(arg), code, std::string_view(path))) return true;
  *result_listener << "which has " << detail::finding_list(detail::findings_of(arg));
  return false;
}

/// Matches a ReviewReport (or its findings) without any finding of rule `code` (at `path`).
MATCHER_P(LacksFinding, code,
          std::string(negation ? "has a" : "has no") + " finding " + std::string(code)) {
  const auto& findings = detail::findings_of(arg);
  for (const Finding& finding : findings)
    if (finding.code == code) {
      *result_listener << "which has " << ::testing::PrintToString(finding);
      return false;
    }
  return true;
}

MATCHER_P2(LacksFinding, code, path,
           std::string(negation ? "has a" : "has no") + " finding " + std::string(code) + " at " +
               std::string(path)) {
  const auto& findings = detail::findings_of(arg);
  for (const Finding& finding : findings)
    if (finding.code == code && finding.path == path) {
      *result_listener << "which has " << ::testing::PrintToString(finding);
      return false;
    }
  return true;
}

/// Matches a Decimal (or std::optional<Decimal> holding one) numerically equal to `expected`
/// ("0.95" matches 0.950).
MATCHER_P(DecimalEq, expected,
          std::string(negation ? "is not" : "is") + " the decimal " + std::string(expected)) {
  const Decimal wanted = Decimal::parse(expected);
  if constexpr (std::is_same_v<std::remove_cvref_t<arg_type>, std::optional<Decimal>>) {
    if (!arg) {
      *result_listener << "which has no value";
      return false;
    }
    return *arg == wanted;
  } else {
    return arg == wanted;
  }
}

/// Matches a Target that means the same as the target text `expected` (jixiao::equivalent).
MATCHER_P(TargetEquivalentTo, expected,
          std::string(negation ? "does not mean" : "means") + " the same as \"" +
              std::string(expected) + "\"") {
  const Target wanted = parse_target(expected);
  if (equivalent(arg, wanted)) return true;
  *result_listener << "which is read as " << ::testing::PrintToString(arg) << ", not as "
                   << ::testing::PrintToString(wanted);
  return false;
}

/// Matches a Target of the given kind (TargetKind::vague, …).
MATCHER_P(TargetKindIs, kind,
          std::string(negation ? "is not" : "is") + " a " + std::string(to_string(kind)) +
              " target") {
  if (arg.kind == kind) return true;
  *result_listener << "which is " << to_string(arg.kind);
  return false;
}

/// Matches a Target with a diagnostic of the given code (TargetDiagnosticCode::vague_phrase, …).
MATCHER_P(HasDiagnostic, code,
          std::string(negation ? "has no" : "has a") + " diagnostic " +
              std::string(to_string(code))) {
  for (const TargetDiagnostic& diagnostic : arg.diagnostics)
    if (diagnostic.code == code) return true;
  *result_listener << "whose diagnostics are";
  if (arg.diagnostics.empty()) *result_listener << " none";
  for (const TargetDiagnostic& diagnostic : arg.diagnostics)
    *result_listener << " " << to_string(diagnostic.code);
  return false;
}

}  // namespace testing
}  // namespace jixiao
