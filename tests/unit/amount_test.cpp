// Unit tests of jixiao::Amount: unit labels, exact 元 ↔ 万元 conversion, comparison and arithmetic
// across units.
#include "jixiao/amount.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "jixiao/error.hpp"

namespace jixiao {
namespace {

Amount wan(std::string_view text) {
  return Amount{Decimal::parse(text), AmountUnit::wan_yuan};
}
Amount yuan(std::string_view text) {
  return Amount{Decimal::parse(text), AmountUnit::yuan};
}

TEST(AmountUnitLabel, NamesAndReadsUnits) {
  EXPECT_EQ(amount_unit_label(AmountUnit::yuan), "元");
  EXPECT_EQ(amount_unit_label(AmountUnit::wan_yuan), "万元");
  EXPECT_EQ(amount_unit_from_label("元"), AmountUnit::yuan);
  EXPECT_EQ(amount_unit_from_label("万元"), AmountUnit::wan_yuan);
  EXPECT_EQ(amount_unit_from_label("萬元"), AmountUnit::wan_yuan);
  EXPECT_EQ(amount_unit_from_label("yuan"), AmountUnit::yuan);
  EXPECT_EQ(amount_unit_from_label("wan_yuan"), AmountUnit::wan_yuan);
  EXPECT_EQ(amount_unit_from_label(" 万元\t"), AmountUnit::wan_yuan);
  EXPECT_EQ(amount_unit_from_label("\u3000元\u3000"), AmountUnit::yuan);
  EXPECT_EQ(amount_unit_from_label(""), std::nullopt);
  EXPECT_EQ(amount_unit_from_label("亿元"), std::nullopt);
  EXPECT_EQ(amount_unit_from_label("万"), std::nullopt);
  EXPECT_EQ(amount_unit_from_label("元元"), std::nullopt);
}

TEST(AmountConversion, WanYuanToYuanMovesTheDecimalPoint) {
  EXPECT_EQ(to_string(wan("1163.71").to(AmountUnit::yuan)), "11637100元");
  EXPECT_EQ(wan("1163.71").to(AmountUnit::yuan).value.scale(), 0);
  EXPECT_EQ(to_string(wan("0.000001").to(AmountUnit::yuan)), "0.01元");  // one fen
  EXPECT_EQ(to_string(wan("15094.710000").to(AmountUnit::yuan)), "150947100元");
  EXPECT_EQ(wan("15094.710000").to(AmountUnit::yuan).value.scale(), 2);
  EXPECT_EQ(to_string(wan("-3").to(AmountUnit::yuan)), "-30000元");
  EXPECT_EQ(wan("1.5").to(AmountUnit::wan_yuan), wan("1.5"));
}

TEST(AmountConversion, YuanToWanYuanIsExact) {
  EXPECT_EQ(to_string(yuan("0.01").to(AmountUnit::wan_yuan)), "0.000001万元");
  EXPECT_EQ(to_string(yuan("11637100").to(AmountUnit::wan_yuan)), "1163.71万元");
  EXPECT_EQ(yuan("11637100").to(AmountUnit::wan_yuan).value.scale(), 4);
  EXPECT_EQ(to_string(yuan("1").to(AmountUnit::wan_yuan)), "0.0001万元");
  EXPECT_EQ(to_string(yuan("-12345.67").to(AmountUnit::wan_yuan)), "-1.234567万元");
}

TEST(AmountConversion, RoundTripsWithoutLoss) {
  for (const char* text : {"0", "0.01", "1163.71", "-15094.71", "0.000001", "99999999999.999999"}) {
    const Amount original = wan(text);
    const Amount back = original.to(AmountUnit::yuan).to(AmountUnit::wan_yuan);
    EXPECT_EQ(back, original) << text;
    EXPECT_EQ(back.value, original.value) << text;
    const Amount in_yuan = yuan(text);
    EXPECT_EQ(in_yuan.to(AmountUnit::wan_yuan).to(AmountUnit::yuan).value, in_yuan.value) << text;
  }
}

TEST(AmountConversion, OutOfRangeIsAnError) {
  // 38 digits in 万元 are 42 digits in 元.
  const Amount huge = wan(std::string(38, '9'));
  try {
    (void)huge.to(AmountUnit::yuan);
    ADD_FAILURE() << "expected an overflow error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::overflow);
  }
  // 38 decimals in 元 would need 42 decimals in 万元, unless the last ones are zeros.
  const Amount tiny = yuan("0." + std::string(37, '0') + "1");
  EXPECT_THROW((void)tiny.to(AmountUnit::wan_yuan), Error);
  const Amount padded = yuan("0.01" + std::string(36, '0'));
  EXPECT_EQ(to_string(padded.to(AmountUnit::wan_yuan)), "0.000001万元");
}

TEST(AmountCompare, ByValueAcrossUnits) {
  EXPECT_EQ(wan("1"), yuan("10000"));
  EXPECT_EQ(wan("1163.71"), yuan("11637100.00"));
  EXPECT_NE(wan("1"), yuan("1"));
  EXPECT_LT(yuan("9999.99"), wan("1"));
  EXPECT_GT(yuan("10000.01"), wan("1"));
  EXPECT_LT(wan("-1"), yuan("-9999.99"));
  EXPECT_EQ(wan("0.000001"), yuan("0.01"));
  // Values whose converted form would not fit still compare.
  EXPECT_GT(wan(std::string(38, '9')), yuan(std::string(38, '9')));
  EXPECT_LT(yuan("0." + std::string(37, '0') + "1"), wan("0." + std::string(37, '0') + "1"));
  EXPECT_GT(yuan("0." + std::string(37, '0') + "1"), wan("0"));
}

TEST(AmountArithmetic, ResultIsInTheLeftUnit) {
  const Amount sum = wan("1163.71") + yuan("100");
  EXPECT_EQ(sum.unit, AmountUnit::wan_yuan);
  EXPECT_EQ(to_string(sum), "1163.72万元");
  const Amount difference = yuan("100") - wan("0.01");
  EXPECT_EQ(difference.unit, AmountUnit::yuan);
  EXPECT_EQ(to_string(difference), "0元");
}

TEST(AmountFormat, PrintsValueAndUnit) {
  std::ostringstream out;
  out << wan("1,163.710") << " " << yuan("-0.5");
  EXPECT_EQ(out.str(), "1163.71万元 -0.5元");
  EXPECT_EQ(to_string(Amount{}), "0万元");  // the default unit of the forms
}

}  // namespace
}  // namespace jixiao
