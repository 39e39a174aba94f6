// The header-only C++ wrapper (capi/include/jixiao.hpp), compiled as C++17 against the shared
// library only: RAII handles, exceptions carrying the C error details, value semantics.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "jixiao.hpp"

namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string read_source(const std::string &relative) {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/" + relative, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(JxDecimal, ArithmeticIsExactAndCopiesShare) {
  const jx::Decimal a = jx::Decimal::parse("0.1");
  const jx::Decimal b = jx::Decimal::parse("0.2");
  const jx::Decimal sum = a + b;
  EXPECT_EQ(sum, jx::Decimal::parse("0.3"));
  EXPECT_EQ(sum.to_string(), "0.3");
  const jx::Decimal copy = sum;  // shares the immutable handle
  EXPECT_EQ(copy.get(), sum.get());
  EXPECT_EQ(jx::Decimal::divide(jx::Decimal::from_int(1), jx::Decimal::from_int(3), 4).to_string(),
            "0.3333");
  EXPECT_EQ(jx::Decimal::parse("2.345").round(2).to_string(), "2.35");
  EXPECT_EQ((-jx::Decimal::parse("1,163.71")).to_fixed(1), "-1163.7");
  EXPECT_LT(a, b);
}

TEST(JxError, CarriesCodeOffsetsAndMessages) {
  try {
    (void)jx::Decimal::parse("12x");
    FAIL() << "no exception";
  } catch (const jx::Error &error) {
    EXPECT_EQ(error.code(), JX_E_PARSE);
    EXPECT_EQ(error.byte_offset(), 2);
    EXPECT_FALSE(error.message_zh().empty());
    EXPECT_FALSE(error.message_en().empty());
    EXPECT_THAT(error.what(), HasSubstr(" / "));
  }
}

TEST(JxDeclaration, LoadsReadsAndWritesBackTheExample) {
  const std::string json = read_source("examples/panyu-2023/declaration.json");
  ASSERT_FALSE(json.empty());
  EXPECT_EQ(jx::document_kind_of_json(json), JX_DOCUMENT_DECLARATION);
  jx::Declaration declaration = jx::Declaration::load_json(json);
  EXPECT_EQ(declaration.get_text(JX_DECLARATION_DEPARTMENT_NAME), "番禺区政务服务数据管理局");
  EXPECT_EQ(declaration.get_text(JX_DECLARATION_PROJECT_NAME), std::nullopt);
  EXPECT_EQ(declaration.get_int(JX_DECLARATION_FISCAL_YEAR), 2023);
  EXPECT_EQ(declaration.count(JX_INDICATORS), 52u);
  EXPECT_EQ(declaration.to_json(), json);
  EXPECT_EQ(declaration.budget_total(JX_BUDGET_EXPENDITURE).to_string(), "15094.71");
  EXPECT_EQ(declaration.budget_text(JX_BUDGET_EXPENDITURE, {2, 0}, JX_BUDGET_LINE_NAME),
            "财政专项资金");
  const auto found = declaration.budget_find("其他事业发展性支出");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->section, JX_BUDGET_EXPENDITURE);
  EXPECT_THAT(found->path, ElementsAre(2u, 1u));
  EXPECT_FALSE(declaration.budget_find("没有").has_value());
}

TEST(JxDeclaration, CopiesAreIndependentAndMovesTransfer) {
  jx::Declaration original;
  original.set_int(JX_DECLARATION_FISCAL_YEAR, 2024);
  original.set_text(JX_DECLARATION_DEPARTMENT_NAME, "示例区教育局");
  const std::size_t row = original.add_row(JX_INDICATORS);
  original.set_text(JX_INDICATOR_NAME, row, "维修学校数");
  original.set_decimal(JX_INDICATOR_WEIGHT, row, jx::Decimal::parse("20.5"));
  jx::Declaration copy = original;
  copy.set_text(JX_INDICATOR_NAME, row, "另一个指标");
  EXPECT_EQ(original.get_text(JX_INDICATOR_NAME, row), "维修学校数");
  EXPECT_EQ(copy.get_decimal(JX_INDICATOR_WEIGHT, row)->to_string(), "20.5");
  jx::Declaration moved = std::move(copy);
  EXPECT_EQ(moved.get_text(JX_INDICATOR_NAME, row), "另一个指标");
  const jx::Declaration reread = jx::Declaration::load_json(moved.to_json());
  EXPECT_EQ(reread.get_text(JX_INDICATOR_NAME, row), "另一个指标");
}

TEST(JxDeclaration, FieldErrorsThrowWithTheirPath) {
  jx::Declaration declaration;
  declaration.add_row(JX_INDICATORS);
  try {
    declaration.set_text(JX_INDICATOR_WEIGHT, 0, "二十");
    FAIL() << "no exception";
  } catch (const jx::Error &error) {
    EXPECT_EQ(error.code(), JX_E_PARSE);
    EXPECT_EQ(error.json_path(), "/indicators/0/weight");
  }
  EXPECT_THROW(declaration.get_text(JX_INDICATOR_NAME, 5), jx::Error);
  EXPECT_THROW(jx::Declaration::load_json("{"), jx::Error);
}

TEST(JxSelfEvaluation, SameInterfaceAsDeclarations) {
  const std::string json = read_source("tests/data/documents/self-evaluation.json");
  jx::SelfEvaluation evaluation = jx::SelfEvaluation::load_json(json);
  EXPECT_EQ(evaluation.get_text(JX_SELF_EVALUATION_BUDGET_UNIT), "元");
  EXPECT_EQ(evaluation.count(JX_FUND_EXECUTIONS), 2u);
  EXPECT_EQ(evaluation.to_json(), json);
}

TEST(JxPolicy, PresetsAndFiles) {
  EXPECT_THAT(jx::Policy::preset_names(), ::testing::Contains("national-2021"));
  const jx::Policy policy = jx::Policy::load_json(
      R"({"schema": "jixiao.policy/1", "base": "national-2015", "name": "番禺-2023"})");
  EXPECT_EQ(policy.name(), "番禺-2023");
  EXPECT_EQ(policy.description(), jx::Policy::preset("national-2015").description());
  EXPECT_FALSE(policy.sources().empty());
  try {
    (void)jx::Policy::preset("national-1999");
    FAIL() << "no exception";
  } catch (const jx::Error &error) {
    EXPECT_EQ(error.code(), JX_E_POLICY);
  }
}

TEST(JxTarget, ParsesFormatsAndSplits) {
  const jx::Target target = jx::Target::parse("标准：＞90%");
  EXPECT_EQ(target.kind(), JX_TARGET_KIND_QUANTITATIVE);
  EXPECT_EQ(target.comparator(), JX_COMPARATOR_GREATER);
  EXPECT_EQ(target.value()->to_string(), "90");
  EXPECT_EQ(target.unit(), "%");
  EXPECT_EQ(target.format(), "＞90%");
  const jx::MofValue mof = target.to_mof();
  EXPECT_EQ(mof.code, 2);
  EXPECT_EQ(mof.unit, "%");
  EXPECT_TRUE(equivalent(jx::Target::from_mof(2, "90", "%"), target));
  EXPECT_TRUE(target.is_met("91%"));
  EXPECT_FALSE(target.is_met("0.9"));
  EXPECT_EQ(jx::Target::parse("8省20个地区以上").parts().size(), 2u);
  const auto diagnostics = jx::Target::parse("完成年度计划数").diagnostics();
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.front().code, "vague_phrase");
}

TEST(JxFormula, EvaluatesExactlyByNameSlotAndBatch) {
  const jx::Formula rate =
      jx::Formula::compile("编外人员及时到位率=及时到位数量/计划到位数量×100%");
  ASSERT_EQ(rate.variables().size(), 2u);
  EXPECT_EQ(rate.variables()[1].name, "计划到位数量");
  EXPECT_EQ(rate.slot("计划到位数量"), 1u);
  EXPECT_EQ(rate.slot("没有"), std::nullopt);
  EXPECT_EQ(rate.defined_name(), "编外人员及时到位率");
  EXPECT_EQ(rate.result_kind(), JX_RESULT_PERCENT);
  const auto value = rate.evaluate({jx::Decimal::parse("38"), jx::Decimal::parse("40")});
  ASSERT_TRUE(value.has_value());
  EXPECT_EQ(value->to_string(), "0.95");
  EXPECT_EQ(rate.display(*value), "95%");
  EXPECT_EQ(rate.evaluate_named({{"计划到位数量", jx::Decimal::parse("40")},
                                 {"及时到位数量", jx::Decimal::parse("40")}})
                ->to_string(),
            "1");
  EXPECT_EQ(rate.evaluate_text({std::string("1"), std::string("4")}), "0.25");
  EXPECT_EQ(rate.evaluate_text({std::nullopt, std::string("4")}, JX_MISSING_SKIP_IF_ANY),
            std::nullopt);
  EXPECT_DOUBLE_EQ(rate.evaluate_double({38, 40}), 0.95);
  EXPECT_TRUE(std::isnan(rate.evaluate_double({NAN, 40}, JX_MISSING_SKIP_IF_ANY)));
  EXPECT_DOUBLE_EQ(rate.evaluate_double_named({{"及时到位数量", 1}, {"计划到位数量", 4}}), 0.25);

  const std::vector<double> done{38, 1, 2}, planned{40, 0, 4};
  std::vector<double> results(3);
  std::vector<std::uint8_t> statuses(3);
  const jx::BatchSummary summary =
      rate.evaluate_batch({done.data(), planned.data()}, 3, results.data(), statuses.data());
  EXPECT_EQ(summary.ok, 2u);
  EXPECT_EQ(summary.failed, 1u);
  EXPECT_THAT(statuses, ElementsAre(JX_EVAL_OK, JX_EVAL_DIVISION_BY_ZERO, JX_EVAL_OK));

  const jx::TextBatch exact = rate.evaluate_batch_text(
      {{std::string("38"), std::string("x")}, {std::string("40"), std::string("1")}});
  EXPECT_EQ(exact.results[0], "0.95");
  EXPECT_EQ(exact.results[1], std::nullopt);
  EXPECT_THAT(exact.statuses, ElementsAre(JX_EVAL_OK, JX_EVAL_INVALID_INPUT));

  try {
    (void)rate.evaluate_double({1, 0});
    FAIL() << "no exception";
  } catch (const jx::Error &error) {
    EXPECT_EQ(error.code(), JX_E_DIVISION_BY_ZERO);
    EXPECT_GE(error.char_offset(), 0);
  }
  EXPECT_THROW(jx::Formula::compile("(a+b"), jx::Error);
}

TEST(JxReview, FindingsOfTheExample) {
  const jx::Declaration declaration =
      jx::Declaration::load_json(read_source("examples/panyu-2023/declaration.json"));
  const jx::ReviewReport report = jx::review(declaration);
  EXPECT_EQ(report.to_json(), read_source("tests/data/golden/panyu-2023-review.json"));
  EXPECT_EQ(report.errors(), 8);
  EXPECT_EQ(report.verdict(), JX_GRADE_FAIR);
  const std::vector<jx::Finding> findings = report.findings();
  ASSERT_EQ(findings.size(), 44u);
  EXPECT_EQ(findings[0].code, "JX-IND-008");
  EXPECT_EQ(findings[0].severity, JX_SEVERITY_WARNING);
  EXPECT_EQ(findings[0].indicator, "租赁场地面积。");
  EXPECT_EQ(findings[2].suggestion, "≥30135平方米");
  const jx::Policy policy = jx::Policy::preset("national-2021");
  EXPECT_EQ(jx::review(declaration, &policy).get_text(JX_REVIEW_POLICY), "national-2021");
  EXPECT_THAT(report.to_text(JX_LANGUAGE_EN), HasSubstr("JX-IND-008"));
}

TEST(JxFormula, RegisteredFunctions) {
  jx::FormulaOptions options;
  jx::Formula formula = [&] {
    jx::FunctionTable table;
    table.add("triple", 1, 1,
              [](const double *arguments, std::size_t, const void *) { return 3 * arguments[0]; });
    options.functions = &table;
    return jx::Formula::compile("triple(a) - 1", options);
  }();  // the table is gone; the formula keeps what it needs
  EXPECT_DOUBLE_EQ(formula.evaluate_double({2}), 5);
  jx::FunctionTable table;
  EXPECT_THROW(
      table.add("min", 1, 1, [](const double *, std::size_t, const void *) { return 0.0; }),
      jx::Error);
}

TEST(JxFormula, OneFormulaManyThreads) {
  const jx::Formula sum = jx::Formula::compile("a + b");
  std::vector<std::thread> threads;
  std::vector<int> wrong(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      const jx::Formula mine = sum;  // copies share the compiled formula
      for (int i = 0; i < 1000; ++i)
        wrong[static_cast<std::size_t>(t)] +=
            mine.evaluate_double({static_cast<double>(i), static_cast<double>(t)}) != i + t;
    });
  }
  for (auto &thread : threads)
    thread.join();
  EXPECT_THAT(wrong, ::testing::Each(0));
}

}  // namespace
