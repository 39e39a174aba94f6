// Bad input for parse_target(): arbitrary bytes, invalid UTF-8, long texts, long runs of one
// symbol. Each gives a result (or a diagnostic saying why not) and never an exception. Time is
// not measured here: bench/target_bench shows the linear growth.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <random>
#include <string>
#include <vector>

#include "jixiao/target.hpp"
#include "text/utf8.hpp"

namespace jixiao {
namespace {

bool has(const Target& t, TargetDiagnosticCode code) {
  for (const auto& d : t.diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

// What must hold for any input whatsoever.
void expect_sound(const std::string& text) {
  Target t;
  ASSERT_NO_THROW(t = parse_target(text));
  EXPECT_EQ(t.text, text);
  EXPECT_LE(t.diagnostics.size(), max_target_diagnostics);
  for (const auto& d : t.diagnostics) {
    EXPECT_LE(d.byte_offset, text.size());
    EXPECT_LT(d.message_zh.size() + d.message_en.size(), 600U) << "messages stay short";
  }
  if (t.kind == TargetKind::quantitative) {
    EXPECT_TRUE(t.value.has_value() || t.is_compound());
  }
  if (t.kind == TargetKind::range) {
    ASSERT_TRUE(t.value && t.upper);
    EXPECT_LE(*t.value, *t.upper);
  }
  if (t.kind == TargetKind::tolerance) {
    EXPECT_TRUE(t.value.has_value());
  }
  if (t.kind == TargetKind::date) {
    EXPECT_TRUE(t.date.has_value());
  }
  std::string json;
  ASSERT_NO_THROW(json = to_json(t));
  EXPECT_NO_THROW(boost::json::parse(json)) << "JSON output is always valid";
  if (t.is_numeric()) {
    EXPECT_TRUE(equivalent(parse_target(format(t)), t)) << text << " → " << format(t);
  }
}

TEST(TargetBadInput, InvalidUtf8GivesAVagueTargetWithTheByteOffset) {
  const std::vector<std::pair<std::string, std::size_t>> cases = {
      {"\xFF\xFE", 0},
      {"标准：\xE4\xB8", 9},        // a character cut off
      {"95\xC0\xAF%", 2},           // overlong '/'
      {"\xED\xA0\x80", 0},          // a UTF-16 surrogate
      {"≥95%\xF4\x90\x80\x80", 6},  // above U+10FFFF
  };
  for (const auto& [text, offset] : cases) {
    const Target t = parse_target(text);
    EXPECT_EQ(t.kind, TargetKind::vague);
    ASSERT_EQ(t.diagnostics.size(), 1U);
    EXPECT_EQ(t.diagnostics[0].code, TargetDiagnosticCode::invalid_utf8);
    EXPECT_EQ(t.diagnostics[0].byte_offset, offset);
    EXPECT_EQ(t.text, text) << "kept byte for byte";
    expect_sound(text);
  }
}

TEST(TargetBadInput, AMegabyteIsRefusedWithADiagnostic) {
  const std::string huge(1 << 20, '9');
  const Target t = parse_target(huge);
  EXPECT_EQ(t.kind, TargetKind::vague);
  ASSERT_TRUE(has(t, TargetDiagnosticCode::too_long));
  EXPECT_EQ(t.diagnostics[0].byte_offset, max_target_bytes);
  EXPECT_NE(t.diagnostics[0].message_en.find("1048576"), std::string::npos);
  EXPECT_EQ(t.text.size(), huge.size());

  std::string chinese;
  while (chinese.size() < (1 << 20))
    chinese += "标准：不少于三次，";
  EXPECT_TRUE(has(parse_target(chinese), TargetDiagnosticCode::too_long));
}

TEST(TargetBadInput, TextsUpToTheLimitAreRead) {
  std::string text = "≥95%，";
  while (text.size() + 3 <= max_target_bytes)
    text += "说";
  const Target t = parse_target(text);
  EXPECT_EQ(t.kind, TargetKind::quantitative);
  EXPECT_EQ(*t.value, Decimal(95));
  EXPECT_FALSE(has(t, TargetDiagnosticCode::too_long));
}

std::string repeat(const std::string& unit, int times) {
  std::string out;
  for (int i = 0; i < times; ++i)
    out += unit;
  return out;
}

TEST(TargetBadInput, TenThousandRepeatedSymbolsGiveAResult) {
  struct Case {
    std::string symbol;
    TargetKind kind;
  };
  const std::vector<Case> cases = {
      {"≥", TargetKind::vague},
      {"%", TargetKind::vague},
      {"9", TargetKind::vague},
      {"-", TargetKind::empty},
      {"标准：", TargetKind::empty},
      {"一", TargetKind::qualitative},
      {"以上", TargetKind::qualitative},
      {"±", TargetKind::vague},
      {"8省", TargetKind::quantitative},
      {"1-", TargetKind::range},
      {"2023年", TargetKind::qualitative},
      {"不少于", TargetKind::vague},
      {"(含)", TargetKind::qualitative},
      {"9,", TargetKind::quantitative},
      {"每", TargetKind::qualitative},
      {"百分之", TargetKind::qualitative},
      {"年", TargetKind::qualitative},
      {"。", TargetKind::empty},
      {"，5", TargetKind::quantitative},
  };
  for (const auto& c : cases) {
    const std::string text = repeat(c.symbol, 10'000);
    SCOPED_TRACE(c.symbol);
    expect_sound(text);
    const Target t = parse_target(text);
    if (text.size() > max_target_bytes) {
      // 10,000 repetitions of a word of three or more characters pass the 64 KiB bound.
      EXPECT_EQ(t.kind, TargetKind::vague);
      EXPECT_TRUE(has(t, TargetDiagnosticCode::too_long));
    } else {
      EXPECT_EQ(t.kind, c.kind);
    }
  }
  EXPECT_TRUE(has(parse_target(repeat("9", 10'000)), TargetDiagnosticCode::number_too_large));
  EXPECT_TRUE(
      has(parse_target(repeat("≥", 10'000)), TargetDiagnosticCode::comparator_without_number));
  EXPECT_TRUE(has(parse_target(repeat("-", 10'000)), TargetDiagnosticCode::not_filled_in));
}

TEST(TargetBadInput, RandomBytesNeverThrow) {
  std::mt19937 random(20230101);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 48);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = length(random);
    for (int k = 0; k < n; ++k)
      text += static_cast<char>(byte(random));
    expect_sound(text);
  }
}

TEST(TargetBadInput, RandomMixturesOfTheVocabularyNeverThrow) {
  // Valid UTF-8 built from the pieces the grammar reacts to, in random order, so that unusual
  // neighbours (a suffix before a number, two ranges, a date in a compound) are all tried.
  const std::vector<std::string> pieces = {
      "9",      "0",      "95",       "1.5",  "30,135", ",",    ".",    "%",      "％",
      "≥",      "＞",     "<=",       "=",    "-",      "~",    "至",   "到",     "±",
      "不少于", "超过",   "不满",     "达到", "控制在", "以上", "以下", "以内",   "内",
      "(含)",   "(不含)", "约",       "左右", "万",     "万元", "亿",   "千",     "三",
      "十",     "一百",   "两",       "零",   "百分之", "个",   "台",   "次",     "个地区",
      "省",     "天",     "个工作日", "年",   "月",     "日",   "底",   "前",     "2023",
      "每",     "各",     "均",       "、",   "和",     "，",   "。",   "标准：", "完成",
      "提升",   "减少",   "年度计划", "数量", " ",      "\t",   "第",   "X",      "/",
  };
  std::mt19937 random(1259);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 12);
  for (int i = 0; i < 6000; ++i) {
    std::string text;
    const int n = length(random);
    for (int k = 0; k < n; ++k)
      text += pieces[pick(random)];
    expect_sound(text);
  }
}

}  // namespace
}  // namespace jixiao
