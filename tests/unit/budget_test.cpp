// Budget tree helpers: a heading's figure is the sum of its children, totals never count a
// sub-line twice, and lookups reach any depth.
#include "jixiao/budget.hpp"

#include <gtest/gtest.h>

#include <utility>

namespace jixiao {
namespace {

BudgetLine line(std::string name, std::optional<std::string_view> amount,
                std::vector<BudgetLine> children = {}) {
  BudgetLine result;
  result.name = std::move(name);
  if (amount) result.amount = Decimal::parse(*amount);
  result.children = std::move(children);
  return result;
}

// The seed form's expenditure block (万元).
std::vector<BudgetLine> seed_expenditure() {
  return {line("基本支出", "1163.71"), line("项目支出", "13831.00"),
          line("事业发展性支出", std::nullopt,
               {line("财政专项资金", "100.00"), line("其他事业发展性支出", "0.00")})};
}

TEST(BudgetLine, EffectiveAmountIsTheWrittenAmountOrTheSumOfChildren) {
  const auto lines = seed_expenditure();
  EXPECT_EQ(effective_amount(lines[0]), Decimal::parse("1163.71"));
  EXPECT_EQ(effective_amount(lines[2]), Decimal::parse("100.00"));
  EXPECT_EQ(effective_amount(lines[2])->to_string(2), "100.00");
}

TEST(BudgetLine, WrittenAmountWinsOverChildren) {
  // Whether a heading agrees with its sub-lines is the review's question; the figure on the form
  // is the one the line stands for.
  const BudgetLine heading = line("项目支出", "500", {line("甲", "100"), line("乙", "200")});
  EXPECT_EQ(effective_amount(heading), Decimal(500));
}

TEST(BudgetLine, BlankLinesAddNothingAndBlankHeadingsHaveNoFigure) {
  EXPECT_FALSE(effective_amount(line("其他资金", std::nullopt)));
  EXPECT_FALSE(effective_amount(line(
      "其他资金", std::nullopt, {line("自有资金", std::nullopt), line("事业收入", std::nullopt)})));
  EXPECT_EQ(effective_amount(line("其他资金", std::nullopt,
                                  {line("自有资金", std::nullopt), line("事业收入", "2.5")})),
            Decimal::parse("2.5"));
}

TEST(BudgetLine, NestedHeadingsSumThroughEveryLevel) {
  const BudgetLine tree =
      line("总额", std::nullopt,
           {line("一", std::nullopt,
                 {line("一.1", "1.10"), line("一.2", std::nullopt, {line("x", "0.01")})}),
            line("二", "3")});
  EXPECT_EQ(effective_amount(tree), Decimal::parse("4.11"));
}

TEST(BudgetLine, DeepTreesDoNotExhaustTheStack) {
  BudgetLine tree = line("leaf", "1");
  for (int i = 0; i < 100000; ++i) {
    BudgetLine parent = line("level", std::nullopt);
    parent.children.push_back(std::move(tree));
    tree = std::move(parent);
  }
  EXPECT_EQ(effective_amount(tree), Decimal(1));
  std::vector<BudgetLine> lines;
  lines.push_back(std::move(tree));
  EXPECT_NE(find_line(lines, "leaf"), nullptr);
  // Unlink the chain one level at a time: the implicit destructor of a 100,000-deep tree
  // recurses, and what is under test here are the helpers, not destruction.
  BudgetLine current = std::move(lines[0]);
  lines.clear();
  while (!current.children.empty()) {
    BudgetLine next = std::move(current.children[0]);
    current = std::move(next);
  }
}

TEST(BudgetSection, TotalCountsHeadingsOnceAndSubLinesNever) {
  Budget budget;
  budget.expenditure = seed_expenditure();
  budget.income = {line("财政拨款", "15094.71"), line("其他资金", "0.00")};
  EXPECT_EQ(section_total(budget, BudgetSection::expenditure), Decimal::parse("15094.71"));
  EXPECT_EQ(section_total(budget, BudgetSection::income), Decimal::parse("15094.71"));
  EXPECT_EQ(section_total(budget, BudgetSection::by_level), Decimal(0));
  EXPECT_EQ(section_total(budget, BudgetSection::expenditure).to_string(2), "15094.71");
}

TEST(BudgetSection, FindLineSearchesEveryDepthInFormOrder) {
  Budget budget;
  budget.expenditure = seed_expenditure();
  budget.income = {line("财政拨款", "15094.71"), line("财政专项资金", "1")};
  const BudgetLine* special = find_line(budget.expenditure, "财政专项资金");
  ASSERT_NE(special, nullptr);
  EXPECT_EQ(special->amount, Decimal(100));
  EXPECT_EQ(find_line(budget.expenditure, "不存在"), nullptr);

  const auto match = find_line(budget, "财政专项资金");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->section, BudgetSection::expenditure);  // expenditure is searched first
  EXPECT_EQ(match->line, special);
  const auto income = find_line(budget, "财政拨款");
  ASSERT_TRUE(income);
  EXPECT_EQ(income->section, BudgetSection::income);
  EXPECT_FALSE(find_line(budget, "财政"));  // names match exactly

  BudgetLine* editable = find_line(budget.expenditure, "其他事业发展性支出");
  ASSERT_NE(editable, nullptr);
  editable->amount = Decimal(7);
  EXPECT_EQ(section_total(budget, BudgetSection::expenditure), Decimal::parse("15101.71"));
}

TEST(BudgetSection, FormLabels) {
  EXPECT_EQ(form_label(BudgetSection::expenditure), "部门预算支出");
  EXPECT_EQ(form_label(BudgetSection::income), "收入来源");
  EXPECT_EQ(form_label(BudgetSection::by_level), "按预算级次划分");
}

}  // namespace
}  // namespace jixiao
