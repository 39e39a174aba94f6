// jixiao::Decimal against a golden table computed once by Python's decimal module
// (scripts/gen-decimal-golden.py → tests/data/decimal-golden.tsv): division and rounding at
// scales 0, 2, 4 and 6, half-up and half-even, negatives and exact ties included.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/rounding.hpp"

namespace jixiao {
namespace {

struct GoldenCase {
  int line = 0;
  std::string operation;
  std::string a;
  std::string b;
  int scale = 0;
  std::string mode;
  std::string expected;
};

std::vector<GoldenCase> read_table() {
  const std::string path = std::string(JIXIAO_SOURCE_DIR) + "/tests/data/decimal-golden.tsv";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<GoldenCase> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    std::istringstream fields(line);
    GoldenCase golden;
    golden.line = number;
    std::string scale;
    std::getline(fields, golden.operation, '\t');
    std::getline(fields, golden.a, '\t');
    std::getline(fields, golden.b, '\t');
    std::getline(fields, scale, '\t');
    std::getline(fields, golden.mode, '\t');
    std::getline(fields, golden.expected, '\t');
    EXPECT_FALSE(golden.expected.empty()) << "line " << number << " has too few columns";
    golden.scale = std::stoi(scale);
    cases.push_back(golden);
  }
  return cases;
}

TEST(DecimalGolden, MatchesPythonDecimal) {
  const std::vector<GoldenCase> cases = read_table();
  // The generator writes 960 cases; a truncated table must not pass quietly.
  ASSERT_GE(cases.size(), 900U);
  std::size_t divisions = 0;
  std::size_t roundings = 0;
  for (const GoldenCase& golden : cases) {
    SCOPED_TRACE("decimal-golden.tsv line " + std::to_string(golden.line));
    const std::optional<RoundingMode> mode = rounding_mode_from_name(golden.mode);
    ASSERT_TRUE(mode.has_value()) << golden.mode;
    const Decimal a = Decimal::parse(golden.a);
    if (golden.operation == "divide") {
      ++divisions;
      const Decimal quotient = Decimal::divide(a, Decimal::parse(golden.b), golden.scale, *mode);
      EXPECT_EQ(quotient.scale(), golden.scale);
      EXPECT_EQ(quotient.to_string(golden.scale), golden.expected)
          << golden.a << " / " << golden.b << " at " << golden.scale << " " << golden.mode;
    } else {
      ASSERT_EQ(golden.operation, "round");
      ++roundings;
      EXPECT_EQ(a.to_string(golden.scale, *mode), golden.expected)
          << golden.a << " at " << golden.scale << " " << golden.mode;
      EXPECT_EQ(a.rescale(golden.scale, *mode).to_string(),
                Decimal::parse(golden.expected).to_string());
      EXPECT_EQ(a.round(golden.scale, *mode), Decimal::parse(golden.expected));
    }
  }
  EXPECT_GE(divisions, 400U);
  EXPECT_GE(roundings, 400U);
}

}  // namespace
}  // namespace jixiao
