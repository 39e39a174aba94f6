// The scoring and monitoring sections of a policy: national defaults, presets, reading settings
// from a policy file over a base, and refusing settings that cannot be applied.
#include <gtest/gtest.h>

#include <string>

#include "jixiao/error.hpp"
#include "jixiao/policy.hpp"
#include "support/files.hpp"

namespace jixiao {
namespace {

ErrorLocation failure(const std::string& json, ErrorCode expected) {
  try {
    (void)read_policy(json);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), expected) << error.what();
    return error.location();
  }
  ADD_FAILURE() << "accepted: " << json;
  return {};
}

std::string over_base(const std::string& sections) {
  return R"({"schema": "jixiao.policy/1", "base": "national-2021", )" + sections + "}";
}

TEST(ScoringPolicyDefaults, AreTheNationalRule) {
  const ScoringPolicy p;
  EXPECT_EQ(p.weights.budget_execution, Decimal(10));
  ASSERT_EQ(p.weights.categories.size(), 3u);
  EXPECT_EQ(p.weights.categories[0].weight, Decimal(50));
  EXPECT_EQ(p.weights.categories[1].weight, Decimal(30));
  EXPECT_EQ(p.weights.categories[2].weight, Decimal(10));
  EXPECT_EQ(p.budget_execution.rule, BudgetExecutionRule::capped);
  EXPECT_EQ(p.quantitative.negative, NegativeIndicatorRule::linear_deviation);
  EXPECT_EQ(p.rounding.decimals, 2);
  EXPECT_EQ(p.rounding.mode, RoundingMode::half_up);
  EXPECT_EQ(p.grade_scale, "national");
  EXPECT_EQ(p.deviation.execution_threshold, Decimal::parse("0.9"));
  EXPECT_NO_THROW(check_scoring_policy(p));
  const MonitoringPolicy m;
  EXPECT_EQ(m.budget_progress.red_below, Decimal(60));
  EXPECT_EQ(m.budget_progress.yellow_below, Decimal(80));
  EXPECT_FALSE(m.budget_progress.blue_from.has_value());
  EXPECT_EQ(m.indicator_progress.blue_from, Decimal(120));
  EXPECT_EQ(m.severity_order.front(), WarningColour::red);
  EXPECT_NO_THROW(check_monitoring_policy(m));
}

TEST(ScoringPolicyPresets, Twenty21LetsCostShareTheOutputWeight) {
  const Policy p2021 = policy_preset("national-2021");
  const Policy p2015 = policy_preset("national-2015");
  EXPECT_EQ(p2021.scoring.weights.categories[0].level1,
            (std::vector<std::string>{"产出指标", "成本指标"}));
  EXPECT_EQ(p2015.scoring.weights.categories[0].level1, std::vector<std::string>{"产出指标"});
  EXPECT_EQ(p2015.monitoring, MonitoringPolicy{});
}

TEST(ScoringPolicyJson, SettingsAreReadOverTheBase) {
  const Policy policy = read_policy(over_base(R"(
    "scoring": {"budget_execution": {"rule": "tiered", "tiered": {"partial_points": "each_started"}},
                "quantitative": {"negative": "ratio"},
                "rounding": {"decimals": 1, "mode": "half_even"},
                "grade_scale": "80-70-60"},
    "monitoring": {"indicator_progress": {"blue_from": null}, "proration": "not_percentages"})"));
  EXPECT_EQ(policy.scoring.budget_execution.rule, BudgetExecutionRule::tiered);
  EXPECT_EQ(policy.scoring.budget_execution.tiered.partial_points, PartialPoint::each_started);
  EXPECT_EQ(policy.scoring.budget_execution.tiered.threshold, Decimal::parse("0.90"));  // kept
  EXPECT_EQ(policy.scoring.quantitative.negative, NegativeIndicatorRule::ratio);
  EXPECT_EQ(policy.scoring.rounding.mode, RoundingMode::half_even);
  EXPECT_EQ(policy.scoring.grade_scale, "80-70-60");
  EXPECT_FALSE(policy.monitoring.indicator_progress.blue_from.has_value());
  EXPECT_EQ(policy.monitoring.proration, Proration::not_percentages);
  // Round trip of the normal form.
  EXPECT_EQ(write_policy(read_policy(write_policy(policy))), write_policy(policy));
}

TEST(ScoringPolicyJson, TheTestPolicyFilesRead) {
  const Policy local =
      read_policy(testing::read_source_file("tests/data/policies/local-variant.json"));
  EXPECT_EQ(local.name, "local-variant-test");
  EXPECT_EQ(local.scoring.grade_scale, "above-90");
  EXPECT_EQ(failure(testing::read_source_file("tests/data/policies/overlapping-grades.json"),
                    ErrorCode::policy_error)
                .json_path,
            "/scoring/grade_bands/1/upper_inclusive");
}

TEST(ScoringPolicyJson, BadSettingsAreLocated) {
  EXPECT_EQ(
      failure(over_base(R"("scoring": {"rounding": {"decimals": 9}})"), ErrorCode::policy_error)
          .json_path,
      "/scoring/rounding/decimals");
  EXPECT_EQ(failure(over_base(R"("scoring": {"budget_execution": {"rule": "generous"}})"),
                    ErrorCode::document_error)
                .json_path,
            "/scoring/budget_execution/rule");
  EXPECT_EQ(
      failure(over_base(R"("scoring": {"weights": {"total": 100}})"), ErrorCode::document_error)
          .json_path,
      "/scoring/weights/total");  // a number, not a decimal string
  EXPECT_EQ(failure(over_base(R"("scoring": {"deviation": {"over_achievement_ratio": "0.5"}})"),
                    ErrorCode::policy_error)
                .json_path,
            "/scoring/deviation/over_achievement_ratio");
  EXPECT_EQ(
      failure(over_base(R"("scoring": {"budget_execution": {"tiered": {"threshold": "90"}}})"),
              ErrorCode::policy_error)
          .json_path,
      "/scoring/budget_execution/tiered/threshold");
  EXPECT_EQ(
      failure(over_base(R"("scoring": {"qualitative": {"bands": []}})"), ErrorCode::policy_error)
          .json_path,
      "/scoring/qualitative/bands");
  EXPECT_EQ(
      failure(over_base(R"("scoring": {"quantitative": {"direction": {"otherwise": "none"}}})"),
              ErrorCode::policy_error)
          .json_path,
      "/scoring/quantitative/direction/otherwise");
  EXPECT_EQ(failure(over_base(R"("scoring": {"grade_scale": "strict"})"), ErrorCode::policy_error)
                .json_path,
            "/scoring/grade_scale");
  EXPECT_EQ(
      failure(over_base(R"("scoring": {"weigths": {}})"), ErrorCode::document_error).json_path,
      "/scoring/weigths");
  EXPECT_EQ(failure(over_base(R"("monitoring": {"indicator_progress": {"blue_from": "70"}})"),
                    ErrorCode::policy_error)
                .json_path,
            "/monitoring/indicator_progress/blue_from");
  EXPECT_EQ(failure(over_base(R"("monitoring": {"budget_progress": {"yellow_below": "50"}})"),
                    ErrorCode::policy_error)
                .json_path,
            "/monitoring/budget_progress/yellow_below");
  EXPECT_EQ(
      failure(over_base(R"("monitoring": {"severity_order": ["red", "red", "green", "blue"]})"),
              ErrorCode::policy_error)
          .json_path,
      "/monitoring/severity_order/1");
  EXPECT_EQ(
      failure(over_base(R"("monitoring": {"severity_order": ["red"]})"), ErrorCode::policy_error)
          .json_path,
      "/monitoring/severity_order");
}

}  // namespace
}  // namespace jixiao
