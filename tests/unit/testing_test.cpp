// The installed GoogleTest helpers (include/jixiao/testing.hpp): what failure messages say, and
// that each matcher accepts what it should and refuses the rest.
#include "jixiao/testing.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "jixiao/document_json.hpp"
#include "support/files.hpp"

namespace {

using jixiao::Decimal;
using jixiao::parse_target;
using jixiao::TargetDiagnosticCode;
using jixiao::TargetKind;
using jixiao::testing::DecimalEq;
using jixiao::testing::HasDiagnostic;
using jixiao::testing::HasFinding;
using jixiao::testing::LacksFinding;
using jixiao::testing::TargetEquivalentTo;
using jixiao::testing::TargetKindIs;
using ::testing::Not;

/// What a failed EXPECT_THAT would print after "Actual:".
template <class Matcher, class Value>
std::string explain(const Matcher& matcher, const Value& value) {
  ::testing::StringMatchResultListener listener;
  ::testing::ExplainMatchResult(matcher, value, &listener);
  return listener.str();
}

TEST(TestingPrinters, DecimalsPrintAtTheirScale) {
  EXPECT_EQ(::testing::PrintToString(Decimal::parse("13,831.00")), "13831.00");
  EXPECT_EQ(::testing::PrintToString(std::optional<Decimal>(Decimal::parse("0.95"))), "(0.95)");
}

TEST(TestingPrinters, TargetsPrintTheirReading) {
  EXPECT_EQ(::testing::PrintToString(parse_target("≥95%")), "≥95% (quantitative)");
  EXPECT_EQ(::testing::PrintToString(parse_target("不少于95%")),
            "≥95% (quantitative, text \"不少于95%\")");
  EXPECT_EQ(::testing::PrintToString(parse_target("完成年度计划数")),
            "完成年度计划数 (vague, diagnostics: vague_phrase)");
  EXPECT_EQ(::testing::PrintToString(parse_target("")), "\"\" (empty)");
}

TEST(TestingMatchers, DecimalEqComparesNumerically) {
  EXPECT_THAT(Decimal::parse("0.950"), DecimalEq("0.95"));
  EXPECT_THAT(std::optional<Decimal>(Decimal::parse("1163.71")), DecimalEq("1,163.71"));
  EXPECT_THAT(Decimal::parse("0.951"), Not(DecimalEq("0.95")));
  EXPECT_THAT(std::optional<Decimal>(), Not(DecimalEq("0")));
  EXPECT_EQ(explain(DecimalEq("0"), std::optional<Decimal>()), "which has no value");
  EXPECT_EQ(::testing::DescribeMatcher<Decimal>(DecimalEq("0.95")), "is the decimal 0.95");
}

TEST(TestingMatchers, TargetsMatchByMeaning) {
  EXPECT_THAT(parse_target("不少于95%"), TargetEquivalentTo("≥95%"));
  EXPECT_THAT(parse_target("＞95%"), Not(TargetEquivalentTo("≥95%")));
  EXPECT_EQ(explain(TargetEquivalentTo("≥95%"), parse_target("＞95%")),
            "which is read as ＞95% (quantitative), not as ≥95% (quantitative)");
  EXPECT_THAT(parse_target("完成年度计划数"), TargetKindIs(TargetKind::vague));
  EXPECT_THAT(parse_target("完成年度计划数"), HasDiagnostic(TargetDiagnosticCode::vague_phrase));
  EXPECT_THAT(parse_target("≥95%"), Not(HasDiagnostic(TargetDiagnosticCode::vague_phrase)));
  EXPECT_EQ(explain(HasDiagnostic(TargetDiagnosticCode::vague_phrase), parse_target("≥95%")),
            "whose diagnostics are none");
  EXPECT_EQ(explain(TargetKindIs(TargetKind::vague), parse_target("≥95%")),
            "which is quantitative");
}

TEST(TestingMatchers, ReviewReportsHaveAndLackFindings) {
  const jixiao::Declaration declaration = jixiao::read_declaration(
      jixiao::testing::read_source_file("examples/panyu-2023/declaration.json"));
  const jixiao::ReviewReport report =
      jixiao::review(declaration, jixiao::default_policy_for(declaration));
  EXPECT_THAT(report, HasFinding("JX-IND-006"));
  EXPECT_THAT(report, HasFinding("JX-IND-006", "/indicators/0/annual_target"));
  EXPECT_THAT(report.findings, HasFinding("JX-SUG-001", "/indicators/0/annual_target"));
  EXPECT_THAT(report, LacksFinding("JX-IND-006", "/indicators/1/annual_target"));
  EXPECT_THAT(report, Not(HasFinding("JX-IND-006", "/indicators/1/annual_target")));
  EXPECT_THAT(report, LacksFinding("JX-BUD-001"));
  EXPECT_THAT(report, Not(LacksFinding("JX-IND-008")));

  EXPECT_EQ(explain(LacksFinding("JX-IND-008"), report),
            "which has JX-IND-008 warning at /indicators/0/period_target (租赁场地面积。): " +
                report.findings.front().message);
  const jixiao::ReviewReport clean;
  EXPECT_EQ(explain(HasFinding("JX-IND-006"), clean), "which has no findings");
  EXPECT_EQ(::testing::DescribeMatcher<jixiao::ReviewReport>(
                HasFinding("JX-IND-006", "/indicators/0/annual_target")),
            "has a finding JX-IND-006 at /indicators/0/annual_target");
  EXPECT_THAT(::testing::PrintToString(report),
              ::testing::StartsWith("44 findings (8 errors, 13 warnings, 23 infos)\n  JX-IND-008"));
}

}  // namespace
