// Unit tests of jixiao::Decimal: parsing, formatting, exact arithmetic, rounding, comparison.
#include "jixiao/decimal.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <unordered_set>

#include "jixiao/error.hpp"

namespace jixiao {
namespace {

Decimal d(std::string_view text) {
  return Decimal::parse(text);
}

TEST(DecimalParse, AcceptsFormSpellings) {
  EXPECT_EQ(d("1163.71").to_string(), "1163.71");
  EXPECT_EQ(d("1,163.71").to_string(), "1163.71");
  EXPECT_EQ(d("15,094.71").to_string(), "15094.71");
  EXPECT_EQ(d("１２３．４５").to_string(), "123.45");
  EXPECT_EQ(d("  42  ").to_string(), "42");
  EXPECT_EQ(d("+3").to_string(), "3");
  EXPECT_EQ(d("-0.5").to_string(), "-0.5");
  EXPECT_EQ(d("15,094.710").scale(), 3);
}

TEST(DecimalFormat, ShortestAndFixed) {
  EXPECT_EQ(d("15094.71").to_string(6), "15094.710000");
  EXPECT_EQ(d("2.345").to_string(2), "2.35");
  EXPECT_EQ(d("-2.5").to_string(0), "-3");
  EXPECT_EQ(d("1.2300").to_string(), "1.23");
  EXPECT_EQ(d("0.00").to_string(), "0");
}

TEST(DecimalArithmetic, ExactAddSubtractMultiply) {
  EXPECT_EQ(d("0.1") + d("0.2"), d("0.3"));
  EXPECT_EQ((d("1163.71") - d("15094.71")).to_string(), "-13931");
  EXPECT_EQ((d("1.000000") * d("1.000000")).scale(), 12);
  EXPECT_EQ(Decimal::divide(d("1"), d("3"), 4).to_string(), "0.3333");
  EXPECT_THROW(Decimal::divide(d("1"), d("0")), Error);
}

TEST(DecimalCompare, AcrossScalesAndHash) {
  EXPECT_EQ(d("1.10"), d("1.1"));
  EXPECT_LT(d("1.09"), d("1.1"));
  EXPECT_EQ(d("1.10").hash(), d("1.1").hash());
  std::unordered_set<Decimal> set{d("1.10"), d("1.1"), d("1.100")};
  EXPECT_EQ(set.size(), 1U);
}

}  // namespace
}  // namespace jixiao
