// The review section of policy files: presets, layering, Chinese labels, and every check that
// points at the offending setting with its JSON Pointer.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "jixiao/error.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/review.hpp"
#include "unit/review_support.hpp"

namespace jixiao {
namespace {

using testing::code_paths;
using testing::panyu;
using testing::read_source_file;

std::string with_review(const std::string& review) {
  return R"({"schema": "jixiao.policy/1", "base": "national-2015", "review": )" + review + "}";
}

ErrorLocation failure(const std::string& json, ErrorCode expected) {
  try {
    (void)read_policy(json);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), expected) << error.what();
    return error.location();
  }
  ADD_FAILURE() << "no error for " << json;
  return {};
}

TEST(ReviewPolicyPresets, BothPresetsAreValidAndDifferWhereThe2021TreeDoes) {
  for (const auto name : policy_preset_names()) {
    const Policy policy = policy_preset(name);
    EXPECT_NO_THROW(check_review_policy(policy.review, policy.taxonomy)) << name;
    EXPECT_FALSE(policy.review.balance_identities.empty());
    EXPECT_FALSE(policy.review.vague_words.empty());
    EXPECT_EQ(policy.review.max_name_length, 100);
    EXPECT_EQ(policy.review.verdict.back().grade, EvaluationGrade::poor);
  }
  const ReviewPolicy p2015 = policy_preset("national-2015").review;
  const ReviewPolicy p2021 = policy_preset("national-2021").review;
  EXPECT_EQ(p2015.required_level1.size(), 3u);
  ASSERT_EQ(p2021.required_level1.size(), 4u);
  EXPECT_EQ(p2021.required_level1[0].level1, "成本指标");
  EXPECT_EQ(p2021.required_level1[0].applies_to,
            std::vector<DeclarationKind>{DeclarationKind::project});
}

TEST(ReviewPolicyPresets, WrittenPolicyReadsBackToTheSameSettings) {
  for (const auto name : policy_preset_names()) {
    const Policy preset = policy_preset(name);
    EXPECT_EQ(read_policy(write_policy(preset)).review, preset.review) << name;
  }
}

TEST(ReviewPolicyFile, LayersOverTheBaseAndAcceptsChineseLabels) {
  const Policy policy = read_policy(with_review(R"({
    "min_indicators": 5,
    "rules": [{"code": "JX-IND-010", "severity": "警告"}, {"code": "JX-SUG-001", "enabled": false}],
    "required_level1": [{"level1": "产出", "applies_to": ["部门整体"]}],
    "verdict": [{"grade": "良", "max_errors": 0}, {"grade": "差"}]
  })"));
  EXPECT_EQ(policy.review.min_indicators, 5);
  EXPECT_EQ(policy.review.rules[0].severity, Severity::warning);
  EXPECT_EQ(policy.review.rules[1].enabled, false);
  EXPECT_EQ(policy.review.required_level1[0].applies_to[0], DeclarationKind::department);
  EXPECT_EQ(policy.review.verdict[0].grade, EvaluationGrade::good);
  // Unchanged settings come from the base.
  EXPECT_EQ(policy.review.vague_words, policy_preset("national-2015").review.vague_words);
  const ReviewReport report = review(panyu(), policy);
  EXPECT_TRUE(testing::findings_of(report, "JX-SUG-001").empty());
  EXPECT_EQ(testing::findings_of(report, "JX-IND-010").front()->severity, Severity::warning);
}

TEST(ReviewPolicyFile, TheGuangzhouDistrictExampleBalancesTheExample) {
  const Policy policy =
      read_policy(read_source_file("examples/policies/guangzhou-district-2023.json"));
  EXPECT_EQ(policy.review.balance_identities.size(), 2u);
  const ReviewReport report = review(panyu(), policy);
  for (const Finding& finding : report.findings)
    EXPECT_NE(finding.code.substr(0, 6), "JX-BUD") << finding.message;
}

TEST(ReviewPolicyFile, EveryExamplePolicyReads) {
  // Policy files have no JSON Schema: this is their validation (tests/schema skips them).
  std::size_t read = 0;
  const auto folder = std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples" / "policies";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".json") continue;
    const std::string relative = "examples/policies/" + entry.path().filename().string();
    EXPECT_NO_THROW((void)read_policy(read_source_file(relative))) << relative;
    ++read;
  }
  EXPECT_GE(read, 1u);
}

TEST(ReviewPolicyFile, IdentityErrorsPointIntoTheFormula) {
  const ErrorLocation syntax = failure(
      with_review(
          R"({"balance_identities": [{"name": "x", "formula": "收入来源 = (部门预算支出"}]})"),
      ErrorCode::policy_error);
  EXPECT_EQ(syntax.json_path, "/review/balance_identities/0/formula");
  EXPECT_TRUE(syntax.char_offset);
  EXPECT_EQ(
      failure(
          with_review(
              R"({"balance_identities": [{"name": "x", "formula": "收入来源 + 部门预算支出"}]})"),
          ErrorCode::policy_error)
          .json_path,
      "/review/balance_identities/0/formula");
  EXPECT_EQ(
      failure(with_review(R"({"balance_identities": [{"name": "x"}]})"), ErrorCode::document_error)
          .json_path,
      "/review/balance_identities/0/formula");
}

TEST(ReviewPolicyFile, RuleOverridesNameKnownRulesOnce) {
  EXPECT_EQ(failure(with_review(R"({"rules": [{"code": "JX-XXX-999"}]})"), ErrorCode::policy_error)
                .json_path,
            "/review/rules/0/code");
  EXPECT_EQ(failure(with_review(R"({"rules": [{"code": "JX-IND-010"}, {"code": "JX-IND-010"}]})"),
                    ErrorCode::policy_error)
                .json_path,
            "/review/rules/1/code");
  EXPECT_EQ(failure(with_review(R"({"rules": [{"code": "JX-IND-010", "severity": "fatal"}]})"),
                    ErrorCode::document_error)
                .json_path,
            "/review/rules/0/severity");
}

TEST(ReviewPolicyFile, NumbersAndCategoriesAreChecked) {
  const auto path_of = [](const std::string& review, ErrorCode code = ErrorCode::policy_error) {
    return failure(with_review(review), code).json_path;
  };
  EXPECT_EQ(path_of(R"({"balance_tolerance": "-0.01"})"), "/review/balance_tolerance");
  EXPECT_EQ(path_of(R"({"balance_tolerance": 0.01})", ErrorCode::document_error),
            "/review/balance_tolerance");
  EXPECT_EQ(path_of(R"({"key_task_funding": {"tolerance_percent": "101"}})"),
            "/review/key_task_funding/tolerance_percent");
  EXPECT_EQ(path_of(R"({"key_task_funding": {"compare_with": " "}})"),
            "/review/key_task_funding/compare_with");
  EXPECT_EQ(path_of(R"({"min_indicators": -1})"), "/review/min_indicators");
  EXPECT_EQ(path_of(R"({"max_name_length": 0})"), "/review/max_name_length");
  EXPECT_EQ(path_of(R"({"required_level1": [{"level1": "产量指标"}]})"),
            "/review/required_level1/0/level1");
  EXPECT_EQ(
      path_of(
          R"({"category_minimums": [{"level1": "产出指标", "level2": "社会效益指标", "minimum": 1}]})"),
      "/review/category_minimums/0/level2");
  EXPECT_EQ(path_of(R"({"category_minimums": [{"level1": "产出指标", "minimum": -2}]})"),
            "/review/category_minimums/0/minimum");
  EXPECT_EQ(path_of(R"({"comparator_hints": [{"comparator": "less_equal"}]})"),
            "/review/comparator_hints/0");
  EXPECT_EQ(path_of(R"({"comparator_hints": [{"name_suffix": "率", "comparator": "none"}]})"),
            "/review/comparator_hints/0/comparator");
  EXPECT_EQ(path_of(R"({"default_comparator": "none"})"), "/review/default_comparator");
  EXPECT_EQ(path_of(R"({"verdict": []})"), "/review/verdict");
  EXPECT_EQ(path_of(R"({"verdict": [{"grade": "优", "max_errors": -1}]})"),
            "/review/verdict/0/max_errors");
  EXPECT_EQ(path_of(R"({"vague_words": ["提升", "。"]})"), "/review/vague_words/1");
  EXPECT_EQ(path_of(R"({"satisfaction_level1": "满意指标"})"), "/review/satisfaction_level1");
  EXPECT_EQ(path_of(R"({"vague_word": []})", ErrorCode::document_error), "/review/vague_word");
}

TEST(ReviewPolicyFile, CompletePolicyWithoutBaseNeedsEveryReviewSetting) {
  std::string text = write_policy(policy_preset("national-2021"));
  EXPECT_NO_THROW((void)read_policy(text));
  const std::string member = "\"satisfaction_word\": \"满意度\",\n";
  const auto at = text.find(member);
  ASSERT_NE(at, std::string::npos);
  text.erase(at, member.size());
  const ErrorLocation where = failure(text, ErrorCode::document_error);
  EXPECT_EQ(where.json_path, "/review/satisfaction_word");
}

}  // namespace
}  // namespace jixiao
