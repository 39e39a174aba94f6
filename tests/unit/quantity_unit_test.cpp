// Units of 指标值 (jixiao/unit.hpp): one spelling per unit, exact comparison within a family,
// a clear unit_mismatch across families.
#include <gtest/gtest.h>

#include "jixiao/error.hpp"
#include "jixiao/unit.hpp"

namespace jixiao {
namespace {

Decimal dec(const char* text) {
  return Decimal::parse(text);
}

TEST(CanonicalUnit, FoldsSpellingsOntoOne) {
  EXPECT_EQ(canonical_unit("％"), "%");
  EXPECT_EQ(canonical_unit("百分比"), "%");
  EXPECT_EQ(canonical_unit("﹪"), "%");
  EXPECT_EQ(canonical_unit("萬元"), "万元");
  EXPECT_EQ(canonical_unit(" 万 元 "), "万元");
  EXPECT_EQ(canonical_unit("㎡"), "平方米");
  EXPECT_EQ(canonical_unit("平米"), "平方米");
  EXPECT_EQ(canonical_unit("工作日"), "个工作日");
  EXPECT_EQ(canonical_unit("KG"), "千克");
  EXPECT_EQ(canonical_unit("個"), "个");
  EXPECT_EQ(canonical_unit("次/年"), "次/年");
  EXPECT_EQ(canonical_unit(""), "");
}

TEST(CanonicalUnit, KeepsUnknownUnitsAsWritten) {
  EXPECT_EQ(canonical_unit("枚"), "枚");
  EXPECT_EQ(canonical_unit("Ｔｂｉｔ"), "Tbit") << "full-width letters are still folded";
  EXPECT_EQ(canonical_unit("个应用"), "个应用");
  EXPECT_EQ(canonical_unit("\xFF"), "\xFF") << "invalid UTF-8 comes back untouched";
}

TEST(UnitCompare, ConvertsExactlyWithinAFamily) {
  EXPECT_EQ(compare({dec("1"), "万元"}, {dec("10000"), "元"}), std::strong_ordering::equal);
  EXPECT_EQ(compare({dec("0.000001"), "万元"}, {dec("0.01"), "元"}), std::strong_ordering::equal)
      << "one fen";
  EXPECT_EQ(compare({dec("95"), "%"}, {dec("0.95"), ""}), std::strong_ordering::equal);
  EXPECT_EQ(compare({dec("9.5"), "‰"}, {dec("0.95"), "%"}), std::strong_ordering::equal);
  EXPECT_EQ(compare({dec("1"), "小时"}, {dec("61"), "分钟"}), std::strong_ordering::less);
  EXPECT_EQ(compare({dec("1"), "天"}, {dec("24"), "小时"}), std::strong_ordering::equal);
  EXPECT_EQ(compare({dec("2"), "公里"}, {dec("2000"), "米"}), std::strong_ordering::equal);
  EXPECT_EQ(compare({dec("1"), "吨"}, {dec("1000"), "公斤"}), std::strong_ordering::equal);
  EXPECT_EQ(compare({dec("1"), "公顷"}, {dec("10000"), "㎡"}), std::strong_ordering::equal);
  EXPECT_EQ(compare({dec("3"), "个"}, {dec("3"), ""}), std::strong_ordering::equal);
}

TEST(UnitCompare, RefusesWhatDoesNotCompare) {
  const auto code = [](const Quantity& a, const Quantity& b) {
    try {
      (void)compare(a, b);
    } catch (const Error& error) {
      EXPECT_NE(error.message_zh().find("单位"), std::string::npos);
      return error.code();
    }
    return ErrorCode::internal_error;
  };
  EXPECT_EQ(code({dec("3"), "次"}, {dec("3"), "台"}), ErrorCode::unit_mismatch);
  EXPECT_EQ(code({dec("30"), ""}, {dec("30"), "万元"}), ErrorCode::unit_mismatch);
  EXPECT_EQ(code({dec("5"), "个工作日"}, {dec("5"), "天"}), ErrorCode::unit_mismatch);
  EXPECT_EQ(code({dec("5"), "%"}, {dec("5"), "个百分点"}), ErrorCode::unit_mismatch);
  EXPECT_EQ(code({dec("1"), "米"}, {dec("1"), "平方米"}), ErrorCode::unit_mismatch);
  EXPECT_FALSE(units_comparable("元", "人"));
  EXPECT_TRUE(units_comparable("元", "萬元"));
  EXPECT_TRUE(units_comparable("", "%"));
  EXPECT_TRUE(units_comparable("枚", "枚"));
}

TEST(UnitConvert, IsExactForPowersOfTenAndRoundsOtherwise) {
  EXPECT_EQ(convert({dec("1163.71"), "万元"}, "元"), dec("11637100"));
  EXPECT_EQ(convert({dec("300"), "元"}, "万元"), dec("0.03"));
  EXPECT_EQ(convert({dec("95"), "%"}, ""), dec("0.95"));
  EXPECT_EQ(convert({dec("0.95"), ""}, "%"), dec("95"));
  EXPECT_EQ(convert({dec("1"), "分钟"}, "小时", 4), dec("0.0167"));
  EXPECT_EQ(convert({dec("1"), "分钟"}, "小时", 4, RoundingMode::down), dec("0.0166"));
  EXPECT_THROW(convert({dec("1"), "次"}, "台"), Error);
}

}  // namespace
}  // namespace jixiao
