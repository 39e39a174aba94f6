// Unit tests of jixiao::Decimal: parsing (and the errors bad text gets), formatting, exact
// arithmetic and its overflow at both ends, every rounding mode on ties and near-ties, comparison
// and hashing across scales, conversions.
#include "jixiao/decimal.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "jixiao/error.hpp"

namespace jixiao {
namespace {

using namespace std::string_view_literals;

Decimal d(std::string_view text) {
  return Decimal::parse(text);
}

const std::string max_text(38, '9');  // the largest coefficient: 10^38 − 1
Decimal max_value() {
  return d(max_text);
}

/// The Error that `action` throws; fails the test when it throws nothing or something else.
template <typename Action>
Error error_of(Action&& action) {
  try {
    action();
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "expected a jixiao::Error";
  return Error(ErrorCode::internal_error, "", "");
}

// -----------------------------------------------------------------------------------------------
// Parsing

TEST(DecimalParse, AcceptsTheSpellingsFoundInForms) {
  struct Accepted {
    std::string_view text;
    std::string_view value;
    int scale;
  };
  const Accepted cases[] = {
      {"1163.71", "1163.71", 2},
      {"1,163.71", "1163.71", 2},
      {"15,094.71", "15094.71", 2},
      {"15,094.710", "15094.71", 3},
      {"1,234,567,890.5", "1234567890.5", 1},
      {"１２３．４５", "123.45", 2},       // full-width digits and point
      {"１，１６３．７１", "1163.71", 2},  // full-width thousands separator
      {"－５", "-5", 0},                   // full-width minus
      {"＋５", "5", 0},                    // full-width plus
      {"  42  ", "42", 0},
      {"\t42\r\n", "42", 0},
      {"\u300042\u3000", "42", 0},  // ideographic space, as Chinese input methods type it
      {"\u00A042", "42", 0},        // no-break space from spreadsheets
      {"+3", "3", 0},
      {"-0.5", "-0.5", 1},
      {".5", "0.5", 1},
      {"-.5", "-0.5", 1},
      {"5.", "5", 0},
      {"007", "7", 0},
      {"0.000", "0", 3},
      {"-0", "0", 0},
      {"-0.00", "0", 2},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.text));
    const Decimal value = d(c.text);
    EXPECT_EQ(value.to_string(), c.value);
    EXPECT_EQ(value.scale(), c.scale);
    ASSERT_TRUE(Decimal::try_parse(c.text).has_value());
    EXPECT_EQ(*Decimal::try_parse(c.text), value);
  }
  EXPECT_EQ(d("-0").sign(), 0);
}

TEST(DecimalParse, ReadsTheWholeRange) {
  EXPECT_EQ(max_value().to_string(), max_text);
  EXPECT_EQ(d("-" + max_text).to_string(), "-" + max_text);
  const std::string smallest = "0." + std::string(37, '0') + "1";  // 10^−38
  EXPECT_EQ(d(smallest).to_string(), smallest);
  EXPECT_EQ(d(smallest).scale(), 38);
  const std::string full_fraction = "0." + max_text;
  EXPECT_EQ(d(full_fraction).to_string(), full_fraction);
  // Leading zeros are not significant digits.
  EXPECT_EQ(d(std::string(200, '0') + max_text).to_string(), max_text);
}

TEST(DecimalParse, DropsTrailingZerosOnlyWhenTheWrittenFormWouldNotFit) {
  const Decimal one = d("1." + std::string(44, '0'));
  EXPECT_EQ(one, Decimal(1));
  EXPECT_EQ(one.scale(), 37);  // 38 significant digits kept
  EXPECT_EQ(d("0.5" + std::string(40, '0')).scale(), 38);
}

struct BadText {
  std::string text;
  ErrorCode code;
  std::size_t byte_offset;
  std::size_t char_offset;
  std::string_view shown;  ///< how the message names the offending character
};

TEST(DecimalParse, RejectsBadTextNamingCharacterAndPosition) {
  const BadText cases[] = {
      {"1e5", ErrorCode::parse_error, 1, 1, "'e'"},
      {"1E-5", ErrorCode::parse_error, 1, 1, "'E'"},
      {"１２ｅ３", ErrorCode::parse_error, 6, 2, "'ｅ'"},
      {"1.2.3", ErrorCode::parse_error, 3, 3, "'.'"},
      {"１２,３４", ErrorCode::parse_error, 6, 2, "','"},  // groups after a separator: 3 digits
      {"--5", ErrorCode::parse_error, 1, 1, "'-'"},
      {"+-5", ErrorCode::parse_error, 1, 1, "'-'"},
      {"5-", ErrorCode::parse_error, 1, 1, "'-'"},
      {"- 5", ErrorCode::parse_error, 1, 1, "U+0020"},
      {std::string("1\0 2", 4), ErrorCode::parse_error, 1, 1, "U+0000"},
      {std::string("12\0", 3), ErrorCode::parse_error, 2, 2, "U+0000"},
      {"abc", ErrorCode::parse_error, 0, 0, "'a'"},
      {"1 234", ErrorCode::parse_error, 1, 1, "U+0020"},
      {"1,23", ErrorCode::parse_error, 1, 1, "','"},
      {"1,2345", ErrorCode::parse_error, 1, 1, "','"},
      {"1,234,56", ErrorCode::parse_error, 5, 5, "','"},
      {"1,234,5678.5", ErrorCode::parse_error, 5, 5, "','"},
      {"1234,567", ErrorCode::parse_error, 4, 4, "','"},
      {",123", ErrorCode::parse_error, 0, 0, "','"},
      {"1,,234", ErrorCode::parse_error, 1, 1, "','"},
      {"0,123", ErrorCode::parse_error, 1, 1, "','"},
      {"1.234,5", ErrorCode::parse_error, 5, 5, "','"},
      {"12,", ErrorCode::parse_error, 2, 2, "','"},
      {"-", ErrorCode::parse_error, 0, 0, "'-'"},
      {".", ErrorCode::parse_error, 0, 0, "'.'"},
      {"-.", ErrorCode::parse_error, 0, 0, "'-'"},
      {"95%", ErrorCode::parse_error, 2, 2, "'%'"},
      {"¥100", ErrorCode::parse_error, 0, 0, "'¥'"},
      {"1。5", ErrorCode::parse_error, 1, 1, "'。'"},
      {"1\u200B2", ErrorCode::parse_error, 1, 1, "U+200B"},
      {"万元", ErrorCode::parse_error, 0, 0, "'万'"},
      {"12万", ErrorCode::parse_error, 2, 2, "'万'"},
      {"1\xFF", ErrorCode::invalid_utf8, 1, 1, ""},
      {"\xE4\xB8", ErrorCode::invalid_utf8, 0, 0, ""},
      {"1234567890123456789012345678901234567890", ErrorCode::overflow, 38, 38, "'9'"},
      {"-１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０",
       ErrorCode::overflow, 115, 39, "'９'"},
      {"0." + std::string(38, '0') + "1", ErrorCode::overflow, 40, 40, "'1'"},
      {"1" + std::string(38, '0') + ".0", ErrorCode::overflow, 38, 38, "'0'"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const Error error = error_of([&] { (void)Decimal::parse(c.text); });
    EXPECT_EQ(error.code(), c.code) << error.what();
    EXPECT_EQ(error.location().byte_offset, c.byte_offset) << error.what();
    EXPECT_EQ(error.location().char_offset, c.char_offset) << error.what();
    EXPECT_FALSE(error.message_zh().empty());
    EXPECT_FALSE(error.message_en().empty());
    if (!c.shown.empty()) {
      EXPECT_NE(error.message_en().find(c.shown), std::string::npos) << error.message_en();
      EXPECT_NE(error.message_en().find("byte offset " + std::to_string(c.byte_offset)),
                std::string::npos)
          << error.message_en();
      EXPECT_NE(error.message_zh().find("字节偏移 " + std::to_string(c.byte_offset)),
                std::string::npos)
          << error.message_zh();
    }
    EXPECT_FALSE(Decimal::try_parse(c.text).has_value());
  }
}

TEST(DecimalParse, ExplainsWhyExponentsAndSeparatorsAreRefused) {
  EXPECT_NE(error_of([] { (void)d("1e5"); }).message_en().find("scientific notation"),
            std::string::npos);
  EXPECT_NE(error_of([] { (void)d("1e5"); }).message_zh().find("科学计数法"), std::string::npos);
  EXPECT_NE(error_of([] { (void)d("１２,３４"); }).message_en().find("exactly 3 digits"),
            std::string::npos);
  EXPECT_NE(error_of([] { (void)d("1.2.3"); }).message_zh().find("第二个小数点"),
            std::string::npos);
}

TEST(DecimalParse, EmptyAndBlankTextAreErrors) {
  for (const std::string_view text : {""sv, " "sv, "\t\t"sv, "\u3000"sv}) {
    const Error error = error_of([&] { (void)Decimal::parse(text); });
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    EXPECT_EQ(error.location().byte_offset, 0U);
    EXPECT_FALSE(Decimal::try_parse(text).has_value());
  }
}

TEST(DecimalParse, BoundsTheTextLength) {
  const std::string padded = std::string(1020, ' ') + "1234";
  EXPECT_EQ(d(padded), Decimal(1234));  // 1024 bytes: the limit itself is accepted
  const Error error = error_of([&] { (void)d(padded + " "); });
  EXPECT_EQ(error.code(), ErrorCode::limit_exceeded);
  EXPECT_EQ(error.location().byte_offset, 1024U);
}

TEST(DecimalParse, ArbitraryBytesNeverCrash) {
  // Fragments that exercise every state of the reader, glued at random.
  const std::array<std::string_view, 18> pieces{"0",
                                                "7",
                                                "９",
                                                ",",
                                                "，",
                                                ".",
                                                "．",
                                                "-",
                                                "+",
                                                "e",
                                                " ",
                                                "\u3000",
                                                std::string_view("\0", 1),
                                                "\xFF",
                                                "\xE4\xB8",
                                                "999999999999",
                                                "000",
                                                "%"};
  std::mt19937 random(12345);
  std::size_t accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const auto length = random() % 12;
    for (std::uint32_t j = 0; j < length; ++j)
      text += pieces[random() % pieces.size()];
    bool parsed = false;
    try {
      const Decimal value = Decimal::parse(text);
      parsed = true;
      ++accepted;
      // Whatever is accepted reads back from its own output.
      EXPECT_EQ(Decimal::parse(value.to_string()), value) << text;
    } catch (const Error& error) {
      EXPECT_TRUE(error.location().byte_offset.has_value()) << text;
      EXPECT_LE(*error.location().byte_offset, text.size()) << text;
    }
    EXPECT_EQ(Decimal::try_parse(text).has_value(), parsed) << text;
  }
  EXPECT_GT(accepted, 100U);
}

// -----------------------------------------------------------------------------------------------
// Formatting

TEST(DecimalFormat, ShortestExactText) {
  EXPECT_EQ(d("1.2300").to_string(), "1.23");
  EXPECT_EQ(d("100").to_string(), "100");
  EXPECT_EQ(d("100.00").to_string(), "100");
  EXPECT_EQ(d("0.00").to_string(), "0");
  EXPECT_EQ(d("-0.050").to_string(), "-0.05");
  EXPECT_EQ(Decimal(-3).to_string(), "-3");
  EXPECT_EQ(Decimal(std::numeric_limits<std::int64_t>::min()).to_string(), "-9223372036854775808");
}

TEST(DecimalFormat, FixedScaleText) {
  EXPECT_EQ(d("15094.71").to_string(6), "15094.710000");
  EXPECT_EQ(d("1163.71").to_string(2), "1163.71");
  EXPECT_EQ(d("1163.71").to_string(0), "1164");
  EXPECT_EQ(d("2.345").to_string(2), "2.35");
  EXPECT_EQ(d("2.345").to_string(2, RoundingMode::half_even), "2.34");
  EXPECT_EQ(d("-0.001").to_string(2), "0.00");  // a rounded zero has no sign
  EXPECT_EQ(d("0.5").to_string(0), "1");
  EXPECT_EQ(d("0.01").to_string(4), "0.0100");
  // Padding is textual, so it works where the coefficient could not grow.
  EXPECT_EQ(max_value().to_string(38), max_text + "." + std::string(38, '0'));
  const Error error = error_of([] { (void)d("1").to_string(39); });
  EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(error_of([] { (void)d("1").to_string(-1); }).code(), ErrorCode::invalid_argument);
}

TEST(DecimalFormat, StreamsTheShortestText) {
  std::ostringstream out;
  out << d("1,163.710") << ' ' << d("-0.5");
  EXPECT_EQ(out.str(), "1163.71 -0.5");
}

// -----------------------------------------------------------------------------------------------
// Rounding

constexpr std::array<RoundingMode, 7> all_modes{
    RoundingMode::half_up, RoundingMode::half_even, RoundingMode::half_down, RoundingMode::down,
    RoundingMode::up,      RoundingMode::ceiling,   RoundingMode::floor};

struct RoundingRow {
  std::int64_t tenths_of_thousandths;    ///< the value × 10^4 (2.5 is 25000)
  std::array<std::int64_t, 7> expected;  ///< the integer it rounds to, in all_modes order
};

// Ties (x.5), near-ties (x.4999, x.5001), carries (9.5) and values below one unit, both signs.
constexpr RoundingRow rounding_table[] = {
    // value        half_up half_even half_down down up ceiling floor
    {25000, {3, 2, 2, 2, 3, 3, 2}},         {35000, {4, 4, 3, 3, 4, 4, 3}},
    {-25000, {-3, -2, -2, -2, -3, -2, -3}}, {-35000, {-4, -4, -3, -3, -4, -3, -4}},
    {24999, {2, 2, 2, 2, 3, 3, 2}},         {25001, {3, 3, 3, 2, 3, 3, 2}},
    {-24999, {-2, -2, -2, -2, -3, -2, -3}}, {-25001, {-3, -3, -3, -2, -3, -2, -3}},
    {5000, {1, 0, 0, 0, 1, 1, 0}},          {-5000, {-1, 0, 0, 0, -1, 0, -1}},
    {95000, {10, 10, 9, 9, 10, 10, 9}},     {-95000, {-10, -10, -9, -9, -10, -9, -10}},
    {20000, {2, 2, 2, 2, 2, 2, 2}},         {1, {0, 0, 0, 0, 1, 1, 0}},
    {-1, {0, 0, 0, 0, -1, 0, -1}},
};

TEST(DecimalRounding, EveryModeOnTiesAndNearTiesAtScales0To4) {
  for (const int scale : {0, 2, 4}) {
    for (const auto& row : rounding_table) {
      // The same digits one, three or five places further right: 2.5, 0.025, 0.00025.
      const Decimal value = Decimal::from_coefficient(row.tenths_of_thousandths, 4 + scale);
      for (std::size_t m = 0; m < all_modes.size(); ++m) {
        const RoundingMode mode = all_modes[m];
        SCOPED_TRACE(value.to_string() + " at scale " + std::to_string(scale) + " " +
                     std::string(rounding_mode_name(mode)));
        const Decimal expected = Decimal::from_coefficient(row.expected[m], scale);
        const Decimal rounded = value.round(scale, mode);
        EXPECT_EQ(rounded, expected) << rounded;
        EXPECT_EQ(rounded.scale(), scale);
        EXPECT_EQ(value.rescale(scale, mode), expected);
        EXPECT_EQ(value.to_string(scale, mode), expected.to_string(scale));
        // Division rounds the same way: value / 1 at that scale.
        EXPECT_EQ(Decimal::divide(value, Decimal(1), scale, mode), expected);
      }
    }
  }
}

TEST(DecimalRounding, HalfUpIsTheDefaultAndRoundsTiesAwayFromZero) {
  EXPECT_EQ(d("-2.5").round(0), Decimal(-3));
  EXPECT_EQ(d("2.5").round(0), Decimal(3));
  EXPECT_EQ(d("2.345").round(2), d("2.35"));
  EXPECT_EQ(d("-2.345").round(2), d("-2.35"));
  EXPECT_EQ(Decimal::divide(Decimal(-5), Decimal(2), 0), Decimal(-3));
}

TEST(DecimalRounding, RoundNeverRaisesTheScaleRescaleDoes) {
  EXPECT_EQ(d("1.5").round(4).scale(), 1);
  EXPECT_EQ(d("1.5").rescale(4).scale(), 4);
  EXPECT_EQ(d("1.5").rescale(4).to_string(4), "1.5000");
  const Error error = error_of([] { (void)max_value().rescale(1); });
  EXPECT_EQ(error.code(), ErrorCode::overflow);
  EXPECT_EQ(d("99999999999999999999").rescale(18).to_string(18),
            "99999999999999999999.000000000000000000");
  EXPECT_EQ(error_of([] { (void)d("1").round(-1); }).code(), ErrorCode::invalid_argument);
  EXPECT_EQ(error_of([] { (void)d("1").rescale(39); }).code(), ErrorCode::invalid_argument);
}

TEST(DecimalRounding, RoundingTheLargestValuesStaysInRange) {
  const Decimal almost = d(std::string(37, '9') + ".9");
  EXPECT_EQ(almost.round(0, RoundingMode::up).to_string(), "1" + std::string(37, '0'));
  const Decimal tiny = d("0." + std::string(37, '0') + "5");
  EXPECT_EQ(tiny.round(37, RoundingMode::half_up).to_string(), "0." + std::string(36, '0') + "1");
  EXPECT_EQ(tiny.round(37, RoundingMode::half_even), Decimal(0));
}

TEST(DecimalRounding, NormalizedDropsTrailingZeros) {
  EXPECT_EQ(d("1.2300").normalized().scale(), 2);
  EXPECT_EQ(d("0.000").normalized().scale(), 0);
  EXPECT_EQ(d("100").normalized().scale(), 0);  // integer digits are never dropped
  EXPECT_EQ(d("-5.10").normalized().to_string(1), "-5.1");
}

// -----------------------------------------------------------------------------------------------
// Arithmetic

TEST(DecimalArithmetic, AdditionAndSubtractionAreExact) {
  EXPECT_EQ(d("0.1") + d("0.2"), d("0.3"));
  EXPECT_EQ((d("0.1") + d("0.2")).to_string(), "0.3");
  EXPECT_EQ((d("1163.71") + d("0.000001")).to_string(), "1163.710001");
  EXPECT_EQ((d("1163.71") + d("0.000001")).scale(), 6);
  EXPECT_EQ((d("1163.71") - d("15094.71")).to_string(), "-13931");
  EXPECT_EQ((d("1.50") - d("1.5")).sign(), 0);
  Decimal total = 0;
  for (int i = 0; i < 10; ++i)
    total += d("0.1");
  EXPECT_EQ(total, Decimal(1));
  total -= d("0.35");
  EXPECT_EQ(total.to_string(), "0.65");
}

TEST(DecimalArithmetic, MultiplicationIsExact) {
  EXPECT_EQ((d("1163.71") * d("0.95")).to_string(), "1105.5245");
  EXPECT_EQ((d("-2.5") * d("-4")).to_string(), "10");
  EXPECT_EQ((d("1.000000") * d("1.000000")).scale(), 12);
  EXPECT_EQ(d("1.000000") * d("1.000000"), Decimal(1));
  // Beyond 64 bits: 20 digits × 18 digits = 38 digits, exact.
  EXPECT_EQ((d("99999999999999999999") * d("999999999999999999")).to_string(),
            "99999999999999999899000000000000000001");
  Decimal product = 1;
  product *= d("1.5");
  EXPECT_EQ(product, d("1.5"));
}

TEST(DecimalArithmetic, ExactResultsKeepOnlyTheZerosThatFit) {
  // 40 decimals exactly, 38 after dropping two zeros that carry no value.
  const Decimal a = d("0.10000000000000000000");  // scale 20
  EXPECT_EQ((a * a).to_string(), "0.01");
  EXPECT_EQ((a * a).scale(), 38);
  // 10^37 × 10 fits only because the zeros of 10.00… are not significant.
  EXPECT_EQ((d("1" + std::string(36, '0')) * d("10.00")).to_string(), "1" + std::string(37, '0'));
}

TEST(DecimalArithmetic, OverflowIsAnErrorAtBothEnds) {
  const Decimal max = max_value();
  const Decimal min = -max;
  EXPECT_EQ(min.to_string(), "-" + max_text);
  EXPECT_EQ(error_of([&] { (void)(max + Decimal(1)); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_of([&] { (void)(min - Decimal(1)); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_of([&] { (void)(min + Decimal(-1)); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_of([&] { (void)(max * Decimal(10)); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_of([&] { (void)(min * Decimal(2)); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_of([&] { (void)(max + d("0.1")); }).code(), ErrorCode::overflow);
  EXPECT_EQ(max - Decimal(1) + Decimal(1), max);
  EXPECT_EQ(min + max, Decimal(0));
  // The small end: results that need more than 38 decimals.
  const Decimal tiny = d("0." + std::string(37, '0') + "1");
  const Error small = error_of([&] { (void)(tiny * d("0.1")); });
  EXPECT_EQ(small.code(), ErrorCode::overflow);
  EXPECT_NE(small.message_en().find("38 fractional digits"), std::string::npos);
  EXPECT_NE(small.message_zh().find("38 位小数"), std::string::npos);
  EXPECT_EQ(
      error_of([&] { (void)(d("0.0000000000000000001") * d("0.00000000000000000001")); }).code(),
      ErrorCode::overflow);
  EXPECT_EQ(error_of([&] { (void)(d("1" + std::string(30, '0')) + tiny); }).code(),
            ErrorCode::overflow);
  const Error large = error_of([&] { (void)(max + max); });
  EXPECT_NE(large.message_en().find("38 significant digits"), std::string::npos);
}

TEST(DecimalArithmetic, DivisionRoundsToTheRequestedScale) {
  EXPECT_EQ(Decimal::divide(d("1"), d("3"), 4).to_string(), "0.3333");
  EXPECT_EQ(Decimal::divide(d("2"), d("3"), 4).to_string(), "0.6667");
  EXPECT_EQ(Decimal::divide(d("2"), d("3"), 4, RoundingMode::down).to_string(), "0.6666");
  EXPECT_EQ(Decimal::divide(d("2"), d("3")).to_string(), "0.666666666666666667");
  EXPECT_EQ(Decimal::divide(d("2"), d("3")).scale(), Decimal::default_division_scale);
  EXPECT_EQ(Decimal::divide(d("1163.71"), d("15094.71"), 6).to_string(), "0.077094");
  EXPECT_EQ(Decimal::divide(d("-7"), d("2"), 0, RoundingMode::floor), Decimal(-4));
  EXPECT_EQ(Decimal::divide(d("7"), d("-2"), 0, RoundingMode::ceiling), Decimal(-3));
  EXPECT_EQ(Decimal::divide(d("-7"), d("-2"), 0, RoundingMode::half_even), Decimal(4));
  EXPECT_EQ(Decimal::divide(d("0"), d("-3.5"), 2).to_string(2), "0.00");
  // Large shifts take the wide path: 38 decimals of a third, and a tiny quotient.
  EXPECT_EQ(Decimal::divide(d("1"), d("3"), 38).to_string(), "0." + std::string(38, '3'));
  EXPECT_EQ(Decimal::divide(max_value(), max_value(), 38), Decimal(1));
  EXPECT_EQ(Decimal::divide(d("0." + std::string(37, '0') + "1"), max_value(), 38), Decimal(0));
  EXPECT_EQ(Decimal::divide(d("0." + std::string(37, '0') + "1"), max_value(), 38, RoundingMode::up)
                .to_string(),
            "0." + std::string(37, '0') + "1");
  EXPECT_EQ(Decimal::divide(d("0." + max_text), d("0.5"), 0, RoundingMode::down), Decimal(1));
}

TEST(DecimalArithmetic, DivisionErrors) {
  const Error zero = error_of([] { (void)Decimal::divide(d("1"), d("0.00")); });
  EXPECT_EQ(zero.code(), ErrorCode::division_by_zero);
  EXPECT_EQ(error_of([] { (void)Decimal::divide(d("0"), d("0")); }).code(),
            ErrorCode::division_by_zero);
  EXPECT_EQ(error_of([] { (void)Decimal::divide(max_value(), d("0.1"), 0); }).code(),
            ErrorCode::overflow);
  EXPECT_EQ(error_of([] { (void)Decimal::divide(max_value(), d("0.5"), 1); }).code(),
            ErrorCode::overflow);
  EXPECT_EQ(error_of([] { (void)Decimal::divide(d("1"), d("3"), 39); }).code(),
            ErrorCode::invalid_argument);
}

TEST(DecimalArithmetic, RandomIdentitiesHold) {
  std::mt19937_64 random(2023);
  const auto random_decimal = [&] {
    const auto digits = static_cast<int>(random() % 18) + 1;
    std::int64_t coefficient = 0;
    for (int i = 0; i < digits; ++i)
      coefficient = coefficient * 10 + static_cast<int>(random() % 10);
    if (random() % 2 != 0) coefficient = -coefficient;
    return Decimal::from_coefficient(coefficient, static_cast<int>(random() % 9));
  };
  for (int i = 0; i < 5000; ++i) {
    const Decimal a = random_decimal();
    const Decimal b = random_decimal();
    EXPECT_EQ(a + b - b, a);
    EXPECT_EQ(a + b, b + a);
    EXPECT_EQ(a * b, b * a);
    EXPECT_EQ(-(a - b), b - a);
    EXPECT_EQ(Decimal::parse(a.to_string()), a);
    EXPECT_EQ(Decimal::parse(a.to_string(8)), a);
    EXPECT_EQ((a < b), (a - b).sign() < 0);
    if (!b.is_zero()) {
      // The product's scale is at most 16, so dividing back at scale 16 is exact.
      EXPECT_EQ(Decimal::divide(a * b, b, 16), a);
      // |true quotient − rounded| ≤ half a unit at the scale: check via the remainder.
      const Decimal q = Decimal::divide(a, b, 6);
      const Decimal remainder = a - q * b;
      EXPECT_LE((remainder + remainder).abs(), (b * d("0.000001")).abs());
    }
  }
}

// -----------------------------------------------------------------------------------------------
// Comparison and hashing

TEST(DecimalCompare, NumericAcrossScales) {
  EXPECT_EQ(d("1.10"), d("1.1"));
  EXPECT_EQ(d("0.000"), d("-0"));
  EXPECT_NE(d("1.1"), d("1.01"));
  EXPECT_LT(d("1.09"), d("1.1"));
  EXPECT_GT(d("-1.09"), d("-1.1"));
  EXPECT_LT(d("-0.5"), Decimal(0));
  EXPECT_LT(d("0." + std::string(37, '0') + "1"), max_value());
  EXPECT_GT(d("1" + std::string(37, '0')), d("0." + max_text));  // scales 0 and 38
  EXPECT_LT(-max_value(), d("-0." + max_text));
  EXPECT_GT(d("0." + std::string(37, '0') + "1"), Decimal(0));
  std::vector<Decimal> values{d("2"), d("-1.5"), d("0.30"), d("0.3000001"), d("-1.50001"), d("0")};
  std::sort(values.begin(), values.end());
  std::string sorted;
  for (const auto& v : values)
    sorted += v.to_string() + " ";
  EXPECT_EQ(sorted, "-1.50001 -1.5 0 0.3 0.3000001 2 ");
}

TEST(DecimalCompare, HashAgreesWithEquality) {
  EXPECT_EQ(d("1.10").hash(), d("1.1").hash());
  EXPECT_EQ(d("1.100000").hash(), d("1.1").hash());
  EXPECT_EQ(d("0.00").hash(), Decimal(0).hash());
  EXPECT_EQ(d("-0.00").hash(), Decimal(0).hash());
  EXPECT_EQ(std::hash<Decimal>{}(d("100.0")), std::hash<Decimal>{}(Decimal(100)));
  std::unordered_set<Decimal> set{d("1.10"), d("1.1"), d("1.100"), d("-1.1"), d("11"), d("0.11")};
  EXPECT_EQ(set.size(), 4U);
  EXPECT_EQ(set.count(d("1.1000")), 1U);
  // Distinct values spread out: no collisions among a few thousand amounts.
  std::unordered_set<std::size_t> hashes;
  for (int i = 0; i < 5000; ++i)
    hashes.insert(Decimal::from_coefficient(i, 2).hash());
  EXPECT_EQ(hashes.size(), 5000U);
}

// -----------------------------------------------------------------------------------------------
// Sign, conversions, construction

TEST(DecimalValue, SignAbsNegation) {
  EXPECT_EQ(d("-1.5").sign(), -1);
  EXPECT_EQ(d("0.0").sign(), 0);
  EXPECT_EQ(d("2").sign(), 1);
  EXPECT_EQ(d("-1.5").abs().to_string(), "1.5");
  EXPECT_EQ(d("1.5").abs().to_string(), "1.5");
  EXPECT_EQ((-d("1.50")).to_string(2), "-1.50");
  EXPECT_EQ((-Decimal(0)).sign(), 0);
  EXPECT_EQ((-Decimal(0)).to_string(), "0");
  EXPECT_EQ((-max_value()).abs(), max_value());
  EXPECT_TRUE(d("0.00").is_zero());
  EXPECT_TRUE(d("3.000").is_integer());
  EXPECT_FALSE(d("3.001").is_integer());
}

TEST(DecimalValue, ToDoubleIsTheNearestDouble) {
  EXPECT_EQ(d("0.1").to_double(), 0.1);
  EXPECT_EQ(d("1163.71").to_double(), 1163.71);
  EXPECT_EQ(d("-15094.71").to_double(), -15094.71);
  EXPECT_EQ(d("0.95").to_double(), 0.95);
  EXPECT_EQ(max_value().to_double(), 1e38);
  EXPECT_EQ(d("0." + std::string(37, '0') + "1").to_double(), 1e-38);
  EXPECT_EQ(d("123456789012345678.9").to_double(), 123456789012345678.9);
  EXPECT_EQ(d("0.333333333333333333333333").to_double(), 0.333333333333333333333333);
  EXPECT_EQ(d("-0.00").to_double(), 0.0);
}

TEST(DecimalValue, ToInt64OnlyForIntegersInRange) {
  EXPECT_EQ(d("42").to_int64(), 42);
  EXPECT_EQ(d("-42.000").to_int64(), -42);
  EXPECT_EQ(d("42.5").to_int64(), std::nullopt);
  EXPECT_EQ(d("9223372036854775807").to_int64(), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(d("-9223372036854775808").to_int64(), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(d("9223372036854775808").to_int64(), std::nullopt);
  EXPECT_EQ(d("-9223372036854775809").to_int64(), std::nullopt);
  EXPECT_EQ(max_value().to_int64(), std::nullopt);
}

TEST(DecimalValue, FromCoefficientChecksItsArguments) {
  EXPECT_EQ(Decimal::from_coefficient(116371, 2).to_string(), "1163.71");
  EXPECT_EQ(Decimal::from_coefficient(-5, 38).to_string(), "-0." + std::string(37, '0') + "5");
  EXPECT_EQ(error_of([] { (void)Decimal::from_coefficient(1, -1); }).code(),
            ErrorCode::invalid_argument);
  EXPECT_EQ(error_of([] { (void)Decimal::from_coefficient(1, 39); }).code(),
            ErrorCode::invalid_argument);
  const Decimal::Coefficient too_big = Decimal::Coefficient(max_value().coefficient()) + 1;
  EXPECT_EQ(error_of([&] { (void)Decimal::from_coefficient(too_big, 0); }).code(),
            ErrorCode::overflow);
  const Decimal five = 5;  // implicit from an integer
  EXPECT_EQ(five.scale(), 0);
  EXPECT_EQ(Decimal().to_string(), "0");
}

}  // namespace
}  // namespace jixiao
