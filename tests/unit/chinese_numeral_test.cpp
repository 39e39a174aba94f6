// Chinese numerals (src/target/chinese_numeral.hpp): the values and where reading stops.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "target/chinese_numeral.hpp"

namespace jixiao::target_detail {
namespace {

struct Case {
  std::u32string text;
  std::uint64_t value;
  std::size_t end;
};

TEST(ChineseNumeral, ReadsTheFormsDepartmentsWrite) {
  const std::vector<Case> cases = {
      {U"一", 1, 1},           {U"九", 9, 1},
      {U"两", 2, 1},           {U"十", 10, 1},
      {U"十五", 15, 2},        {U"二十", 20, 2},
      {U"二十五", 25, 3},      {U"一百", 100, 2},
      {U"一百零五", 105, 4},   {U"一百二十", 120, 4},
      {U"一百二", 120, 3},     {U"一百二十三", 123, 5},
      {U"两千", 2000, 2},      {U"三千五", 3500, 3},
      {U"三千五百", 3500, 4},  {U"一千零一", 1001, 4},
      {U"一万", 10000, 2},     {U"一万二千", 12000, 4},
      {U"两万三", 23000, 3},   {U"十万", 100000, 2},
      {U"五百万", 5000000, 3}, {U"三亿五千万", 350000000, 5},
      {U"二〇二三", 2023, 4},  {U"一二", 12, 2},
      {U"零", 0, 1},           {U"〇", 0, 1},
      {U"壹佰贰拾", 120, 4},   {U"叁拾", 30, 2},
  };
  for (const auto& c : cases) {
    const auto numeral = read_chinese_numeral(c.text, 0);
    ASSERT_TRUE(numeral.has_value());
    EXPECT_EQ(numeral->value, c.value);
    EXPECT_EQ(numeral->end, c.end);
  }
}

TEST(ChineseNumeral, StopsBeforeWhatWouldMakeItIllFormed) {
  const std::vector<Case> cases = {
      {U"三次", 3, 1},            // a measure word ends it
      {U"一百二十三四", 123, 5},  // two digits in a row after a grouped number
      {U"十十", 10, 1},           // a unit may not repeat
      {U"三百五百", 350, 3},      // units must descend
      {U"一件事", 1, 1},         {U"一千零零五", 1000, 2},  // one 零 marks a gap, two do not
  };
  for (const auto& c : cases) {
    const auto numeral = read_chinese_numeral(c.text, 0);
    ASSERT_TRUE(numeral.has_value());
    EXPECT_EQ(numeral->value, c.value);
    EXPECT_EQ(numeral->end, c.end);
  }
}

TEST(ChineseNumeral, DoesNotStartWithAUnitOrAWord) {
  for (const std::u32string text : {U"万", U"百", U"千人", U"亿元", U"完成", U""}) {
    EXPECT_FALSE(read_chinese_numeral(text, 0).has_value());
  }
}

TEST(ChineseNumeral, ARunOfZerosAfterAUnitEndsTheNumber) {
  const std::u32string text = U"十" + std::u32string(10'000, U'零');
  const auto numeral = read_chinese_numeral(text, 0);
  ASSERT_TRUE(numeral.has_value());
  EXPECT_EQ(numeral->value, 10U);
  EXPECT_EQ(numeral->end, 1U);
}

TEST(ChineseNumeral, LongRunsAreReadInBoundedPieces) {
  const std::u32string run(10'000, U'九');
  const auto numeral = read_chinese_numeral(run, 0);
  ASSERT_TRUE(numeral.has_value());
  EXPECT_EQ(numeral->end, 16U) << "digit-by-digit reading stops at 16 digits";
  EXPECT_EQ(numeral->value, 9'999'999'999'999'999ULL);
}

}  // namespace
}  // namespace jixiao::target_detail
