// docs/schema/*.schema.json and the C++ model describe the same format: every described struct
// has a schema definition with exactly its members (and the same required ones), and every
// described enum the same names. A member added on one side only fails here.
#include <gtest/gtest.h>
#include <boost/describe/enumerators.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <set>
#include <string>

#include "jixiao/declaration.hpp"
#include "jixiao/monitoring.hpp"
#include "jixiao/monitoring_report.hpp"
#include "jixiao/scoring.hpp"
#include "jixiao/self_evaluation.hpp"
#include "json/described_reader.hpp"
#include "support/files.hpp"

namespace jixiao {
namespace {

namespace json = boost::json;

json::object schema_defs(const char* file) {
  const json::value schema =
      json::parse(testing::read_source_file(std::string("docs/schema/") + file));
  return schema.at("$defs").as_object();
}

std::set<std::string> keys_of(const json::object& object) {
  std::set<std::string> keys;
  for (const auto& member : object)
    keys.emplace(member.key());
  return keys;
}

std::set<std::string> strings_of(const json::value& array) {
  std::set<std::string> values;
  for (const auto& value : array.as_array())
    values.emplace(value.as_string());
  return values;
}

template <class T>
void expect_struct_matches(const json::object& defs, const char* name, bool is_document = false) {
  SCOPED_TRACE(name);
  ASSERT_TRUE(defs.contains(name));
  const json::object& def = defs.at(name).as_object();
  std::set<std::string> members;
  std::set<std::string> required;
  if (is_document) {
    members.insert("schema");
    required.insert("schema");
  }
  boost::mp11::mp_for_each<json_io::described_members_t<T>>([&](auto member) {
    members.insert(member.name);
    using Type = std::remove_cvref_t<decltype(std::declval<T&>().*member.pointer)>;
    if (!json_io::is_optional_member_v<Type>) required.insert(member.name);
  });
  EXPECT_EQ(keys_of(def.at("properties").as_object()), members);
  EXPECT_EQ(strings_of(def.at("required")), required);
}

template <class E>
void expect_enum_matches(const json::object& defs, const char* name) {
  SCOPED_TRACE(name);
  ASSERT_TRUE(defs.contains(name));
  std::set<std::string> names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
      [&](auto enumerator) { names.insert(enumerator.name); });
  EXPECT_EQ(strings_of(defs.at(name).at("enum")), names);
}

void expect_common(const json::object& defs) {
  expect_enum_matches<DeclarationKind>(defs, "DeclarationKind");
  expect_struct_matches<Department>(defs, "Department");
  expect_struct_matches<Project>(defs, "Project");
  EXPECT_EQ(strings_of(defs.at("AmountUnit").at("enum")), (std::set<std::string>{"万元", "元"}));
}

TEST(SchemaConsistency, Declaration) {
  const json::object defs = schema_defs("declaration.schema.json");
  expect_common(defs);
  expect_struct_matches<Declaration>(defs, "Declaration", true);
  expect_struct_matches<Goals>(defs, "Goals");
  expect_struct_matches<Budget>(defs, "Budget");
  expect_struct_matches<BudgetLine>(defs, "BudgetLine");
  expect_struct_matches<KeyTask>(defs, "KeyTask");
  expect_struct_matches<Indicator>(defs, "Indicator");
  expect_enum_matches<ValueSource>(defs, "ValueSource");
}

TEST(SchemaConsistency, SelfEvaluation) {
  const json::object defs = schema_defs("self-evaluation.schema.json");
  expect_common(defs);
  expect_struct_matches<DeclarationRef>(defs, "DeclarationRef");
  expect_struct_matches<SelfEvaluation>(defs, "SelfEvaluation", true);
  expect_struct_matches<FundExecution>(defs, "FundExecution");
  expect_struct_matches<IndicatorResult>(defs, "IndicatorResult");
  expect_enum_matches<QualitativeGrade>(defs, "QualitativeGrade");
  expect_enum_matches<EvaluationGrade>(defs, "EvaluationGrade");
}

TEST(SchemaConsistency, MonitoringReport) {
  const json::object defs = schema_defs("monitoring-report.schema.json");
  expect_common(defs);
  expect_struct_matches<DeclarationRef>(defs, "DeclarationRef");
  expect_struct_matches<MonitoringReport>(defs, "MonitoringReport", true);
  expect_struct_matches<MonitoringBudgetLine>(defs, "MonitoringBudgetLine");
  expect_struct_matches<IndicatorProgress>(defs, "IndicatorProgress");
  expect_enum_matches<DeviationCause>(defs, "DeviationCause");
  expect_enum_matches<CompletionLikelihood>(defs, "CompletionLikelihood");
}

TEST(SchemaConsistency, Scorecard) {
  const json::object defs = schema_defs("scorecard.schema.json");
  expect_struct_matches<Scorecard>(defs, "Scorecard", true);
  expect_struct_matches<BudgetExecutionScore>(defs, "BudgetExecutionScore");
  expect_struct_matches<IndicatorScore>(defs, "IndicatorScore");
  expect_struct_matches<ScoreDifference>(defs, "ScoreDifference");
  expect_struct_matches<ScoringFinding>(defs, "ScoringFinding");
  expect_struct_matches<Trace>(defs, "Trace");
  expect_struct_matches<TraceInput>(defs, "TraceInput");
  expect_enum_matches<EvaluationGrade>(defs, "EvaluationGrade");
  expect_enum_matches<WeightSource>(defs, "WeightSource");
  expect_enum_matches<ScoringMethod>(defs, "ScoringMethod");
  expect_enum_matches<ScoringFindingCode>(defs, "ScoringFindingCode");
  expect_enum_matches<FindingSeverity>(defs, "FindingSeverity");
}

TEST(SchemaConsistency, MonitoringResult) {
  const json::object defs = schema_defs("monitoring-result.schema.json");
  expect_struct_matches<MonitoringResult>(defs, "MonitoringResult", true);
  expect_struct_matches<BudgetProgress>(defs, "BudgetProgress");
  expect_struct_matches<IndicatorWarning>(defs, "IndicatorWarning");
  expect_struct_matches<MonitoringFinding>(defs, "MonitoringFinding");
  expect_struct_matches<Trace>(defs, "Trace");
  expect_enum_matches<WarningColour>(defs, "WarningColour");
  expect_enum_matches<ProgressMethod>(defs, "ProgressMethod");
  expect_enum_matches<CompletionLikelihood>(defs, "CompletionLikelihood");
  expect_enum_matches<MonitoringFindingCode>(defs, "MonitoringFindingCode");
  expect_enum_matches<FindingSeverity>(defs, "FindingSeverity");
}

}  // namespace
}  // namespace jixiao
