// Unit tests of jixiao::Amount: exact 元 ↔ 万元 conversion and comparison across units.
#include "jixiao/amount.hpp"

#include <gtest/gtest.h>

#include "jixiao/error.hpp"

namespace jixiao {
namespace {

Amount wan(std::string_view text) {
  return Amount{Decimal::parse(text), AmountUnit::wan_yuan};
}
Amount yuan(std::string_view text) {
  return Amount{Decimal::parse(text), AmountUnit::yuan};
}

TEST(Amount, ConvertsExactlyBetweenUnits) {
  EXPECT_EQ(to_string(wan("1163.71").to(AmountUnit::yuan)), "11637100元");
  EXPECT_EQ(to_string(yuan("0.01").to(AmountUnit::wan_yuan)), "0.000001万元");
  EXPECT_EQ(to_string(yuan("11637100").to(AmountUnit::wan_yuan)), "1163.71万元");
}

TEST(Amount, ComparesAcrossUnits) {
  EXPECT_EQ(wan("1"), yuan("10000"));
  EXPECT_LT(yuan("9999.99"), wan("1"));
  EXPECT_GT(yuan("10000.01"), wan("1"));
}

}  // namespace
}  // namespace jixiao
