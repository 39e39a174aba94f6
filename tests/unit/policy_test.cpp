// Policies: presets, reading and writing, layering over a base preset, and located errors.
#include <gtest/gtest.h>

#include <string>

#include "jixiao/error.hpp"
#include "jixiao/policy.hpp"

namespace jixiao {
namespace {

ErrorLocation location_of_failure(const std::string& json, ErrorCode expected_code) {
  try {
    (void)read_policy(json);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), expected_code) << error.what();
    return error.location();
  }
  ADD_FAILURE() << "no error for " << json;
  return {};
}

TEST(PolicyPreset, NationalPresetsDifferInTheirTaxonomy) {
  const Policy p2015 = policy_preset("national-2015");
  const Policy p2021 = policy_preset("national-2021");
  EXPECT_EQ(p2015.name, "national-2015");
  EXPECT_EQ(p2015.taxonomy.version, "2015");
  EXPECT_EQ(p2021.taxonomy.version, "2021");
  EXPECT_FALSE(p2015.sources.empty());
  EXPECT_FALSE(p2021.description.empty());
  EXPECT_EQ(policy_preset_names().size(), 2u);
}

TEST(PolicyPreset, UnknownPresetNamesTheKnownOnes) {
  try {
    (void)policy_preset("national-2099");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::policy_error);
    EXPECT_NE(error.message_en().find("national-2021"), std::string::npos);
    EXPECT_NE(error.message_zh().find("national-2099"), std::string::npos);
  }
}

TEST(PolicyJson, EveryPresetSurvivesWriteAndRead) {
  for (const auto name : policy_preset_names()) {
    const Policy preset = policy_preset(name);
    const std::string text = write_policy(preset);
    const Policy again = read_policy(text);
    EXPECT_EQ(write_policy(again), text) << name;
    EXPECT_EQ(again.taxonomy, preset.taxonomy) << name;
  }
}

TEST(PolicyJson, BaseSuppliesEverythingTheFileDoesNotSay) {
  const Policy policy = read_policy(R"({
    "schema": "jixiao.policy/1",
    "base": "national-2015",
    "name": "番禺-2023",
    "sources": ["穗财绩〔2023〕示例"]
  })");
  const Policy base = policy_preset("national-2015");
  EXPECT_EQ(policy.name, "番禺-2023");
  EXPECT_EQ(policy.sources, std::vector<std::string>{"穗财绩〔2023〕示例"});  // arrays replace
  EXPECT_EQ(policy.description, base.description);
  EXPECT_EQ(policy.taxonomy, base.taxonomy);
}

TEST(PolicyJson, NestedObjectsMergeMemberByMember) {
  const Policy policy = read_policy(R"({
    "schema": "jixiao.policy/1",
    "base": "national-2021",
    "taxonomy": {"version": "2021-local"}
  })");
  EXPECT_EQ(policy.taxonomy.version, "2021-local");
  EXPECT_EQ(policy.taxonomy.level1, policy_preset("national-2021").taxonomy.level1);
}

TEST(PolicyJson, ErrorsCarryTheirPath) {
  EXPECT_EQ(location_of_failure(R"({"schema": "jixiao.policy/1", "base": "nope"})",
                                ErrorCode::policy_error)
                .json_path,
            "/base");
  EXPECT_EQ(location_of_failure(R"({"schema": "jixiao.declaration/1"})", ErrorCode::policy_error)
                .json_path,
            "/schema");
  EXPECT_EQ(location_of_failure(R"({"name": "x"})", ErrorCode::policy_error).json_path, "/schema");
  EXPECT_EQ(
      location_of_failure(
          R"({"schema": "jixiao.policy/1", "base": "national-2021", "taxonomy": {"version": 7}})",
          ErrorCode::document_error)
          .json_path,
      "/taxonomy/version");
  // A misspelt setting is an error, not a silently ignored member.
  EXPECT_EQ(
      location_of_failure(R"({"schema": "jixiao.policy/1", "base": "national-2021", "reveiw": {}})",
                          ErrorCode::document_error)
          .json_path,
      "/reveiw");
  // Without a base every member is required.
  EXPECT_EQ(location_of_failure(R"({"schema": "jixiao.policy/1", "name": "x"})",
                                ErrorCode::document_error)
                .json_path,
            "/description");
}

TEST(PolicyJson, SyntaxErrorsCarryTheirByteOffset) {
  const ErrorLocation where =
      location_of_failure(R"({"schema": "jixiao.policy/1",, })", ErrorCode::parse_error);
  ASSERT_TRUE(where.byte_offset.has_value());
  EXPECT_EQ(*where.byte_offset, 29u);
}

}  // namespace
}  // namespace jixiao
