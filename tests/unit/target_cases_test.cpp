// The rule-by-rule table of 指标值 readings (tests/data/target-cases.tsv): each row is one case
// with the reason it is there, and each numeric row must also survive format() → parse_target().
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "jixiao/target.hpp"
#include "unit/target_table.hpp"

namespace jixiao {
namespace {

using testing::TargetCase;

const std::vector<TargetCase>& cases() {
  static const std::vector<TargetCase> all =
      testing::load_target_cases("tests/data/target-cases.tsv");
  return all;
}

class TargetCaseTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(TargetCaseTest, ReadsAsAFinanceOfficerWould) {
  const TargetCase& c = cases().at(GetParam());
  const Target t = parse_target(c.text);
  testing::expect_matches(c, t);
  EXPECT_EQ(t.text, c.text) << "the original text is kept byte for byte";
}

INSTANTIATE_TEST_SUITE_P(Table, TargetCaseTest, ::testing::Range<std::size_t>(0, cases().size()),
                         [](const ::testing::TestParamInfo<std::size_t>& row) {
                           return "line" + std::to_string(cases()[row.param].line);
                         });

TEST(TargetCaseTable, NumericTargetsSurviveFormatAndParse) {
  std::size_t numeric = 0;
  for (const TargetCase& c : cases()) {
    const Target t = parse_target(c.text);
    if (!t.is_numeric()) continue;
    ++numeric;
    const std::string written = format(t);
    const Target again = parse_target(written);
    EXPECT_TRUE(equivalent(again, t)) << "line " << c.line << ": \"" << c.text << "\" → \""
                                      << written << "\" → " << to_json(again);
  }
  EXPECT_GE(numeric, 150U) << "most rows are numeric";
}

TEST(TargetCaseTable, IsLargeAndCoversEveryKindAndDirection) {
  std::set<std::string> kinds;
  std::set<std::string> directions;
  std::set<std::string> texts;
  for (const TargetCase& c : cases()) {
    kinds.insert(c.kind);
    directions.insert(c.direction);
    EXPECT_TRUE(texts.insert(c.text).second) << "duplicate case on line " << c.line;
    EXPECT_FALSE(c.reason.empty()) << "line " << c.line << " has no reason";
  }
  EXPECT_GE(cases().size(), 150U);
  EXPECT_EQ(kinds.size(), 7U) << "every TargetKind appears";
  for (const char* d :
       {"none", "positive", "negative", "equal", "within", "increase", "decrease", "achieve"}) {
    EXPECT_TRUE(directions.count(d)) << d;
  }
}

}  // namespace
}  // namespace jixiao
