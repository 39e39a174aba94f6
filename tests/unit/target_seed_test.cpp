// Every target of the 番禺 2023 declaration (both columns of all 52 indicators) reads as the golden
// table says (tests/data/target-seed-golden.tsv).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "jixiao/target.hpp"
#include "unit/target_table.hpp"

namespace jixiao {
namespace {

boost::json::value load_declaration() {
  const std::string path = std::string(JIXIAO_SOURCE_DIR) + "/examples/panyu-2023/declaration.json";
  std::ifstream in(path);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return boost::json::parse(bytes);
}

TEST(TargetSeed, EveryTargetOfTheDeclarationReadsAsTheGoldenTableSays) {
  std::map<std::string, testing::TargetCase> golden;
  for (auto& c : testing::load_target_cases("tests/data/target-seed-golden.tsv")) {
    golden.emplace(c.text, c);
  }
  const auto declaration = load_declaration();
  const auto& indicators = declaration.at("indicators").as_array();
  ASSERT_EQ(indicators.size(), 52U);
  std::size_t checked = 0;
  std::map<std::string, int> used;
  for (const auto& indicator : indicators) {
    for (const char* column : {"period_target", "annual_target"}) {
      const std::string text(indicator.at(column).as_string());
      SCOPED_TRACE(std::string(column) + " of " + std::string(indicator.at("name").as_string()));
      const auto row = golden.find(text);
      ASSERT_NE(row, golden.end()) << "not in the golden table: " << text;
      testing::expect_matches(row->second, parse_target(text));
      ++used[text];
      ++checked;
    }
  }
  EXPECT_EQ(checked, 104U);
  for (const auto& [text, row] : golden) {
    EXPECT_TRUE(used.count(text)) << "golden row no longer in the declaration: " << text;
  }
}

TEST(TargetSeed, KindsAFinanceOfficerWouldGive) {
  // The headline readings of the issue, spelled out.
  const Target period = parse_target("完成周期计划数。");
  EXPECT_EQ(period.kind, TargetKind::vague);
  ASSERT_FALSE(period.diagnostics.empty());
  EXPECT_EQ(period.diagnostics[0].code, TargetDiagnosticCode::vague_phrase);
  EXPECT_EQ(period.diagnostics[0].char_offset, 2U) << "points at 周期计划";

  const Target score = parse_target("标准：综合评分达到 9 分或以上。");
  EXPECT_EQ(score.measure, "综合评分");
  EXPECT_EQ(format(score), "≥9分");

  const Target kept = parse_target("100%，保证长远正常服务及数据安全");
  EXPECT_EQ(kept.remark, "保证长远正常服务及数据安全");

  const Target compound = parse_target("标准：8省20个地区以上。");
  ASSERT_EQ(compound.parts.size(), 2U);
  EXPECT_EQ(compound.parts[0].unit, "省");
  EXPECT_EQ(compound.parts[1].unit, "个地区");
  EXPECT_EQ(*compound.parts[1].value, Decimal(20));

  const Target scoped = parse_target("标准：每个镇街不少于 3 台");
  EXPECT_EQ(scoped.scope, "镇街");
  EXPECT_EQ(format(scoped), "每个镇街≥3台");

  const Target year = parse_target("标准：2023年推出不少于10个一件事套餐服务。");
  EXPECT_EQ(year.measure, "2023年推出");
  EXPECT_EQ(year.remark, "一件事套餐服务");
}

TEST(TargetSeed, NumericSeedTargetsSurviveTheMergedForm) {
  for (auto& c : testing::load_target_cases("tests/data/target-seed-golden.tsv")) {
    const Target t = parse_target(c.text);
    if (!t.is_numeric()) continue;
    EXPECT_TRUE(equivalent(parse_target(format(t)), t)) << c.text << " → " << format(t);
  }
}

}  // namespace
}  // namespace jixiao
