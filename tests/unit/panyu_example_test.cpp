// The 番禺 2023 seed declaration (examples/panyu-2023/declaration.json): every figure of the form
// is present with its exact amount, and the document round-trips to its golden file byte for byte.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "jixiao/budget.hpp"
#include "jixiao/document_json.hpp"
#include "jixiao/taxonomy.hpp"
#include "support/files.hpp"

namespace jixiao {
namespace {

using testing::read_source_file;

const Declaration& seed() {
  static const Declaration declaration =
      read_declaration(read_source_file("examples/panyu-2023/declaration.json"));
  return declaration;
}

TEST(PanyuExample, Identity) {
  EXPECT_EQ(seed().kind, DeclarationKind::department);
  EXPECT_EQ(seed().fiscal_year, 2023);
  EXPECT_EQ(seed().department.name, "番禺区政务服务数据管理局");
  EXPECT_EQ(seed().taxonomy, "2015");
  EXPECT_FALSE(seed().project);
  ASSERT_TRUE(seed().goals.overall);
  EXPECT_EQ(seed().goals.overall->rfind("2023年，区政务服务数据管理局", 0), 0u);
}

TEST(PanyuExample, EightBudgetFiguresWithExactAmounts) {
  const Budget& budget = seed().budget;
  EXPECT_EQ(budget.unit, AmountUnit::wan_yuan);
  const std::map<std::string, std::string> figures = {
      {"基本支出", "1163.71"},        {"项目支出", "13831.00"},
      {"财政专项资金", "100.00"},     {"其他事业发展性支出", "0.00"},
      {"财政拨款", "15094.71"},       {"其他资金", "0.00"},
      {"区本级使用资金", "15094.71"}, {"拟用于对下转移支付资金", "0.00"},
  };
  for (const auto& [name, amount] : figures) {
    SCOPED_TRACE(name);
    const auto match = find_line(budget, name);
    ASSERT_TRUE(match);
    ASSERT_TRUE(match->line->amount);
    // Exact value and the scale written on the form.
    EXPECT_EQ(match->line->amount->to_string(match->line->amount->scale()), amount);
  }
  EXPECT_EQ(section_total(budget, BudgetSection::expenditure).to_string(2), "15094.71");
  EXPECT_EQ(section_total(budget, BudgetSection::income).to_string(2), "15094.71");
  EXPECT_EQ(section_total(budget, BudgetSection::by_level).to_string(2), "15094.71");
  const BudgetLine* heading = find_line(budget.expenditure, "事业发展性支出");
  ASSERT_NE(heading, nullptr);
  EXPECT_FALSE(heading->amount);
  EXPECT_EQ(effective_amount(*heading), Decimal::parse("100.00"));
}

TEST(PanyuExample, TwoKeyTasksWithTheirFunding) {
  const auto& tasks = seed().key_tasks;
  ASSERT_EQ(tasks.size(), 2u);
  ASSERT_TRUE(tasks[0].planned_funding);
  ASSERT_TRUE(tasks[1].planned_funding);
  EXPECT_EQ(tasks[0].planned_funding->to_string(tasks[0].planned_funding->scale()), "3823");
  EXPECT_EQ(tasks[1].planned_funding->to_string(tasks[1].planned_funding->scale()), "2999.10");
  EXPECT_EQ(tasks[1].name, "“禺智管”城市运行管理中枢平台一期建设及配套硬件项目");
  EXPECT_EQ(total_planned_funding(tasks), Decimal::parse("6822.10"));
}

TEST(PanyuExample, FiftyTwoIndicatorsInThe2015Taxonomy) {
  const auto& indicators = seed().indicators;
  ASSERT_EQ(indicators.size(), 52u);
  const Taxonomy taxonomy = *builtin_taxonomy(seed().taxonomy);
  std::map<std::string, int> per_level1;
  for (const Indicator& indicator : indicators) {
    SCOPED_TRACE(indicator.name);
    EXPECT_TRUE(belongs_to(taxonomy, indicator.level1, indicator.level2));
    EXPECT_FALSE(indicator.name.empty());
    EXPECT_TRUE(indicator.period_target);
    EXPECT_TRUE(indicator.annual_target);
    ++per_level1[indicator.level1];
  }
  EXPECT_EQ(per_level1["产出指标"] + per_level1["效益指标"] + per_level1["满意度指标"], 52);
  EXPECT_EQ(per_level1["满意度指标"], 1);
  EXPECT_EQ(indicators.front().name, "租赁场地面积。");
  EXPECT_EQ(indicators.front().period_target, "完成周期计划数。");
  EXPECT_EQ(indicators.front().annual_target, "标准：完成年度计划数。");
  EXPECT_EQ(indicators.back().name, "办事群众满意度。");
  EXPECT_EQ(indicators.back().annual_target, "标准：满意度95%以上。");
}

TEST(PanyuExample, RoundTripEqualsTheGoldenFileByteForByte) {
  const std::string saved = write_declaration(seed());
  EXPECT_EQ(saved, read_source_file("tests/data/golden/panyu-2023-declaration.json"));
  EXPECT_EQ(read_declaration(saved), seed());
}

}  // namespace
}  // namespace jixiao
