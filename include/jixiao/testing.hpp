// jixiao/testing.hpp — GoogleTest printers and matchers for integrators' unit tests (and ours).
//
// Include it in test code only (it includes gtest and gmock). Values print the way a finance
// officer reads them, so a failing expectation says "1163.71" or "≥95% (quantitative)", not bytes:
//
//   EXPECT_THAT(total, jixiao::testing::DecimalEq("15094.71"));
//   EXPECT_THAT(jixiao::parse_target("不少于95%"), jixiao::testing::TargetEquivalentTo("≥95%"));
//
// The example documents are installed under share/jixiao/examples for use as fixtures.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "jixiao/decimal.hpp"
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

namespace testing {

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
