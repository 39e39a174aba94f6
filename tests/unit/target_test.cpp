// The public 指标值 API beyond the reading table: where text goes (label, measure, remark),
// diagnostics and their positions, format(), the MOF split, is_met(), equivalent(), JSON.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <string>
#include <vector>

#include "jixiao/error.hpp"
#include "jixiao/target.hpp"

namespace jixiao {
namespace {

Decimal dec(const char* text) {
  return Decimal::parse(text);
}

ErrorCode error_code_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    EXPECT_FALSE(error.message_zh().empty());
    EXPECT_FALSE(error.message_en().empty());
    return error.code();
  }
  ADD_FAILURE() << "no jixiao::Error was thrown";
  return ErrorCode::internal_error;
}

// ---- where the text goes ---------------------------------------------------------------------

TEST(TargetText, LabelBodyMeasureAndRemarkAreKeptAsWritten) {
  const Target t = parse_target("标准：满意度９５％以上，以年度问卷为准。");
  EXPECT_EQ(t.label, "标准");
  EXPECT_EQ(t.body, "满意度９５％以上，以年度问卷为准");
  EXPECT_EQ(t.measure, "满意度");
  EXPECT_EQ(t.remark, "以年度问卷为准");
  EXPECT_EQ(t.text, "标准：满意度９５％以上，以年度问卷为准。");
}

TEST(TargetText, TheCountedNounOfASpecificUnitGoesToTheRemark) {
  const Target t = parse_target("3台设备以上，用于大厅");
  EXPECT_EQ(t.unit, "台");
  EXPECT_EQ(t.remark, "设备，用于大厅");
}

TEST(TargetText, AQualitativeBodyIsItsStatement) {
  const Target t = parse_target("  标准：顺利通过验收。 ");
  EXPECT_EQ(t.kind, TargetKind::qualitative);
  EXPECT_EQ(t.body, "顺利通过验收");
  EXPECT_EQ(format(t), "顺利通过验收");
}

TEST(TargetText, ApproximateValuesAreFlagged) {
  EXPECT_TRUE(parse_target("约800人次").approximate);
  EXPECT_TRUE(parse_target("95%左右").approximate);
  EXPECT_FALSE(parse_target("95%").approximate);
}

// ---- diagnostics -----------------------------------------------------------------------------

TEST(TargetDiagnostics, VaguePhrasesArePlacedByCharacterAndByte) {
  const Target t = parse_target("标准：完成年度计划数。");
  ASSERT_EQ(t.diagnostics.size(), 1U);
  const TargetDiagnostic& d = t.diagnostics[0];
  EXPECT_EQ(d.code, TargetDiagnosticCode::vague_phrase);
  EXPECT_EQ(d.char_offset, 5U) << "标准：完成 is five characters";
  EXPECT_EQ(d.byte_offset, 15U) << "five three-byte characters";
  EXPECT_EQ(d.char_length, 4U) << "年度计划";
  EXPECT_NE(d.message_zh.find("第 6 个字符"), std::string::npos) << d.message_zh;
  EXPECT_NE(d.message_zh.find("年度计划"), std::string::npos);
  EXPECT_NE(d.message_en.find("at character 6"), std::string::npos) << d.message_en;
  EXPECT_EQ(to_string(d), d.message_zh + " / " + d.message_en);
}

TEST(TargetDiagnostics, PositionsCountTheSpacesOfTheOriginal) {
  const Target t = parse_target("  不少于  上年");
  ASSERT_FALSE(t.diagnostics.empty());
  EXPECT_EQ(t.diagnostics[0].code, TargetDiagnosticCode::comparator_without_number);
  EXPECT_EQ(t.diagnostics[0].char_offset, 2U);
  EXPECT_EQ(t.diagnostics[0].byte_offset, 2U);
}

TEST(TargetDiagnostics, ControlCharactersAreDroppedWithANote) {
  const Target t = parse_target(std::string("95%\x01\0", 5));
  EXPECT_EQ(t.kind, TargetKind::quantitative);
  EXPECT_EQ(*t.value, Decimal(95));
  ASSERT_EQ(t.diagnostics.size(), 1U);
  EXPECT_EQ(t.diagnostics[0].code, TargetDiagnosticCode::control_character);
  EXPECT_EQ(t.diagnostics[0].char_offset, 3U);
  EXPECT_NE(t.diagnostics[0].message_en.find("2 control"), std::string::npos);
}

TEST(TargetDiagnostics, CleanTargetsHaveNone) {
  for (const char* text : {"≥95%", "标准：不少于三次", "90%-100%", "提升", "2023年12月底前"}) {
    EXPECT_TRUE(parse_target(text).diagnostics.empty()) << text;
  }
}

// ---- format ----------------------------------------------------------------------------------

TEST(TargetFormat, GivesTheCanonicalMergedString) {
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"标准：＞90%", "＞90%"},
      {">=95%", "≥95%"},
      {"等于100%", "＝100%"},
      {"少于5%", "＜5%"},
      {"不超过30萬元", "≤30万元"},
      {"不少于三次", "≥3次"},
      {"99.90%", "99.90%"},
      {"90%-100%", "90%至100%"},
      {"±3%以内", "±3%"},
      {"误差小于±2%", "＜±2%"},
      {"每个镇街不少于 3 台", "每个镇街≥3台"},
      {"8省20个地区以上", "≥8省20个地区"},
      {"8省以上、20个地区", "8省以上、20个地区"},
      {"≥8省、≤20个地区", "≥8省、≤20个地区"},
      {"10R,900,000元", "10R、900000元"},  // a unit outside the vocabulary: parts kept apart
      {"＝8省(含)20个地区", "＝8省(含)20个地区"},  // ＝ on the first part only: kept as written
      {"8省＜02个欺以内",
       "8省＜02个欺以内"},  // 个欺 needs a suffix, which would spread: as written
      {"20个村居以上", "20个村居以上"},
      {"提高3个百分点", "提高3个百分点"},
      {"2023年12月底前", "2023年12月31日前"},
      {"2023年内", "2023年内"},
      {"2024年1月起", "2024年1月起"},
      {"2023.07-2024.01", "2023年7月至2024年1月"},
      {"提升", "提升"},
      {"完成年度计划数", "完成年度计划数"},
      {"", ""},
      {"/", ""},
  };
  for (const auto& [text, canonical] : expected) {
    EXPECT_EQ(format(parse_target(text)), canonical) << text;
  }
}

TEST(TargetFormat, EveryComparatorAndUnitCombinationSurvivesAParse) {
  // Targets built by hand, not by the parser: the merged form must hold everything they say.
  const Comparator comparators[] = {Comparator::none,    Comparator::greater_equal,
                                    Comparator::greater, Comparator::equal,
                                    Comparator::less,    Comparator::less_equal};
  const char* values[] = {"0", "3", "95", "99.90", "0.5", "30135", "-5", "1163.71"};
  const char* units[] = {"",     "%",     "‰",      "个",       "台",     "次",
                         "人次", "万元",  "元",     "个工作日", "平方米", "分",
                         "小时", "次/年", "个地区", "个村居",   "枚",     "Gb"};
  const char* scopes[] = {"", "镇街", "年", "户"};
  int checked = 0;
  for (const Comparator c : comparators) {
    for (const char* v : values) {
      for (const char* u : units) {
        for (const char* s : scopes) {
          Target t;
          t.kind = TargetKind::quantitative;
          t.comparator = c;
          t.value = dec(v);
          t.unit = u;
          t.scope = s;
          t.direction = direction_of(c);
          // "个村居" needs a suffix word to be read back as one unit; = and none have none.
          if (t.unit == "个村居" && (c == Comparator::none || c == Comparator::equal)) continue;
          const std::string written = format(t);
          EXPECT_TRUE(equivalent(parse_target(written), t))
              << written << " → " << to_json(parse_target(written));
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 3000);
}

TEST(TargetFormat, RangesTolerancesAndCompoundsSurviveAParse) {
  for (const char* text :
       {"90%-100%", "3到5个", "-5%~5%", "±3%", "误差小于±2%", "8省20个地区以上", "≥8省、≤20个地区",
        "8省以上、20个地区", "5个、9台", "不少于8省20个村居以上", "每年不少于2次", "12月底前",
        "10R,900,000元", "＝8省(含)20个地区", "8省＜02个欺以内", "2023年上半年", "2023-2025年",
        // 起 counts incidents, but after a number like 2023.07 it reads as "from July 2023".
        "2023.07-2024.0起", "2024.1-2025.12起", "约2023.07起"}) {
    const Target t = parse_target(text);
    EXPECT_TRUE(equivalent(parse_target(format(t)), t)) << text << " → " << format(t);
  }
}

// ---- MOF split -------------------------------------------------------------------------------

TEST(TargetMof, ComparatorsMapToTheCodesOfPMKPIZBXS) {
  const std::vector<std::pair<std::string, int>> expected = {
      {"≥95%", 1}, {"＞90%", 2}, {"＝100%", 3}, {"＜5%", 4}, {"≤30万元", 5}, {"提升", 6}};
  for (const auto& [text, code] : expected) {
    const MofValue mof = to_mof(parse_target(text));
    EXPECT_EQ(mof.code, code) << text;
  }
  const MofValue le = to_mof(parse_target("不超过30萬元"));
  EXPECT_EQ(le.code, 5);
  EXPECT_EQ(*le.value, Decimal(30));
  EXPECT_EQ(le.unit, "万元");
  EXPECT_EQ(le.text, "≤30万元");
}

TEST(TargetMof, ABareValueUsesTheComparatorTheCallerGives) {
  const Target bare = parse_target("100%");
  EXPECT_EQ(to_mof(bare).code, 1) << "正向 by default";
  EXPECT_EQ(to_mof(bare).text, "≥100%");
  EXPECT_EQ(to_mof(bare, Comparator::equal).code, 3);
  EXPECT_EQ(to_mof(bare, Comparator::less_equal).text, "≤100%");
  EXPECT_EQ(to_mof(bare, Comparator::none).code, 6);
}

TEST(TargetMof, WhatOneSymbolCannotHoldIsCodeSixWithTheWholeText) {
  for (const char* text : {"90%-100%", "±3%以内", "8省20个地区以上", "2023年12月底前", "正常运行",
                           "完成年度计划数", ""}) {
    const Target t = parse_target(text);
    const MofValue mof = to_mof(t);
    EXPECT_EQ(mof.code, 6) << text;
    EXPECT_FALSE(mof.value.has_value());
    EXPECT_EQ(mof.text, format(t));
  }
}

TEST(TargetMof, FromMofReadsAnErpRowBack) {
  for (int code = 1; code <= 5; ++code) {
    const Target t = from_mof(code, "95.5", "％");
    EXPECT_EQ(t.kind, TargetKind::quantitative);
    EXPECT_EQ(t.unit, "%");
    const MofValue mof = to_mof(t);
    EXPECT_EQ(mof.code, code);
    EXPECT_EQ(*mof.value, dec("95.5"));
    EXPECT_TRUE(equivalent(parse_target(t.text), t)) << t.text;
  }
  EXPECT_TRUE(equivalent(from_mof(1, "95", "%"), parse_target("≥95%")));
  EXPECT_EQ(from_mof(6, "正常运行", "").direction, Direction::achieve);
  EXPECT_EQ(error_code_of([] { from_mof(7, "1", ""); }), ErrorCode::invalid_argument);
  EXPECT_EQ(error_code_of([] { from_mof(0, "1", ""); }), ErrorCode::invalid_argument);
  EXPECT_EQ(error_code_of([] { from_mof(1, "九十五", "%"); }), ErrorCode::parse_error);
}

// ---- is_met ----------------------------------------------------------------------------------

TEST(TargetIsMet, PercentAgainstARatioAndAgainstPercent) {
  const Target t = parse_target("≥95%");
  EXPECT_TRUE(is_met(t, Quantity{dec("0.95"), ""}));
  EXPECT_FALSE(is_met(t, Quantity{dec("0.949"), ""}));
  EXPECT_TRUE(is_met(t, Quantity{dec("96"), "%"}));
  EXPECT_FALSE(is_met(t, Quantity{dec("94.9"), "%"}));
  EXPECT_TRUE(is_met(t, "96%"));
  EXPECT_TRUE(is_met(t, "0.95"));
  EXPECT_TRUE(is_met(t, "≥96%")) << "an actual written with a comparator is read as its number";
  EXPECT_FALSE(is_met(t, "9.5‰"));
}

TEST(TargetIsMet, TheLegalReadingOfTheWords) {
  EXPECT_TRUE(is_met(parse_target("90%以上"), "90%")) << "以上 includes the number";
  EXPECT_FALSE(is_met(parse_target("超过90%"), "90%")) << "超过 excludes it";
  EXPECT_TRUE(is_met(parse_target("5%以内"), "5%")) << "以内 includes it";
  EXPECT_TRUE(is_met(parse_target("5%以下"), "5%")) << "以下 includes it";
  EXPECT_FALSE(is_met(parse_target("不满18岁"), "18岁")) << "不满 excludes it";
  EXPECT_TRUE(is_met(parse_target("＞90%"), "90.01%"));
}

TEST(TargetIsMet, UnitsConvertWithinAFamilyAndNowhereElse) {
  const Target money = parse_target("≤30万元");
  EXPECT_TRUE(is_met(money, Quantity{dec("300000"), "元"}));
  EXPECT_FALSE(is_met(money, Quantity{dec("300000.01"), "元"}));
  EXPECT_TRUE(is_met(money, Quantity{dec("30"), "萬元"}));
  EXPECT_EQ(error_code_of([&] {
              is_met(money, Quantity{dec("30"), ""});
            }),
            ErrorCode::unit_mismatch)
      << "a plain 30 could be 元 or 万元";
  const Target times = parse_target("不少于三次");
  EXPECT_TRUE(is_met(times, Quantity{dec("3"), "次"}));
  EXPECT_TRUE(is_met(times, Quantity{dec("3"), ""})) << "a plain count is in the target's unit";
  EXPECT_EQ(error_code_of([&] {
              is_met(times, Quantity{dec("3"), "台"});
            }),
            ErrorCode::unit_mismatch);
  const Target days = parse_target("3天之内");
  EXPECT_TRUE(is_met(days, Quantity{dec("72"), "小时"}));
  EXPECT_FALSE(is_met(days, Quantity{dec("73"), "小时"}));
  EXPECT_EQ(error_code_of([] { is_met(parse_target("5个工作日内"), "5天"); }),
            ErrorCode::unit_mismatch)
      << "working days are not calendar days";
}

TEST(TargetIsMet, ABareValueUsesTheGivenComparator) {
  const Target t = parse_target("3%");
  EXPECT_TRUE(is_met(t, "4%")) << "正向 by default";
  EXPECT_FALSE(is_met(t, "4%", Comparator::less_equal)) << "a complaint rate: lower is better";
  EXPECT_TRUE(is_met(t, "2%", Comparator::less_equal));
  EXPECT_EQ(error_code_of([&] { is_met(t, "2%", Comparator::none); }), ErrorCode::invalid_argument);
}

TEST(TargetIsMet, RangesAndTolerances) {
  const Target range = parse_target("90%-100%");
  EXPECT_TRUE(is_met(range, "90%"));
  EXPECT_TRUE(is_met(range, "100%"));
  EXPECT_TRUE(is_met(range, Quantity{dec("0.95"), ""}));
  EXPECT_FALSE(is_met(range, "89.9%"));
  EXPECT_FALSE(is_met(range, "100.1%"));
  const Target tolerance = parse_target("±3%以内");
  EXPECT_TRUE(is_met(tolerance, "-2.5%"));
  EXPECT_TRUE(is_met(tolerance, "3%"));
  EXPECT_FALSE(is_met(tolerance, "-3.1%"));
  EXPECT_FALSE(is_met(parse_target("误差小于±2%"), "2%"));
}

TEST(TargetIsMet, CompoundTargetsNeedEveryPart) {
  const Target t = parse_target("8省20个地区以上");
  EXPECT_TRUE(is_met(t, "9省22个地区"));
  EXPECT_TRUE(is_met(t, "22个地区、8省")) << "parts are matched by unit, not by order";
  EXPECT_FALSE(is_met(t, "9省19个地区"));
  EXPECT_EQ(error_code_of([&] { is_met(t, "9省"); }), ErrorCode::unit_mismatch);
  EXPECT_EQ(error_code_of([&] {
              is_met(t, Quantity{dec("9"), "省"});
            }),
            ErrorCode::invalid_argument);
  EXPECT_TRUE(is_met(t.parts[0], Quantity{dec("9"), "省"})) << "or score the parts one by one";
}

TEST(TargetIsMet, Dates) {
  const Target deadline = parse_target("2023年12月底前");
  EXPECT_TRUE(is_met(deadline, "2023年11月"));
  EXPECT_TRUE(is_met(deadline, "2023年12月31日"));
  EXPECT_FALSE(is_met(deadline, "2024年1月5日"));
  EXPECT_TRUE(is_met(parse_target("2023.07-2024.01"), "2023年9月"));
  EXPECT_FALSE(is_met(parse_target("2023.07-2024.01"), "2024年3月"));
  EXPECT_EQ(error_code_of([&] { is_met(deadline, "95%"); }), ErrorCode::parse_error);
}

TEST(TargetIsMet, NonNumericTargetsAndActualsAreClearErrors) {
  EXPECT_EQ(error_code_of([] { is_met(parse_target("提升"), "5%"); }), ErrorCode::invalid_argument);
  EXPECT_EQ(error_code_of([] { is_met(parse_target("完成年度计划数"), "5"); }),
            ErrorCode::invalid_argument);
  EXPECT_EQ(error_code_of([] { is_met(parse_target("≥95%"), "已完成"); }), ErrorCode::parse_error);
  EXPECT_EQ(error_code_of([] { is_met(parse_target("≥95%"), "90%-100%"); }),
            ErrorCode::parse_error);
}

// ---- equivalence, names ----------------------------------------------------------------------

TEST(TargetEquivalence, SameMeaningDespiteDifferentWriting) {
  EXPECT_TRUE(equivalent(parse_target("≥95%"), parse_target("标准：不低于９５％。")));
  EXPECT_TRUE(equivalent(parse_target("≥95.0%"), parse_target("95%以上")));
  EXPECT_FALSE(equivalent(parse_target("≥95%"), parse_target("＞95%")));
  EXPECT_FALSE(equivalent(parse_target("95%"), parse_target("95个")));
  EXPECT_FALSE(equivalent(parse_target("每个镇街不少于3台"), parse_target("不少于3台")));
  EXPECT_FALSE(equivalent(parse_target("8省20个地区以上"), parse_target("8省21个地区以上")));
  EXPECT_FALSE(equivalent(parse_target("90%-100%"), parse_target("90%-99%")));
}

TEST(TargetNames, AreStableStrings) {
  EXPECT_EQ(to_string(TargetKind::tolerance), "tolerance");
  EXPECT_EQ(to_string(Comparator::greater_equal), "greater_equal");
  EXPECT_EQ(to_string(Direction::achieve), "achieve");
  EXPECT_EQ(to_string(TargetDiagnosticCode::vague_phrase), "vague_phrase");
  EXPECT_EQ(comparator_ascii(Comparator::less_equal), "<=");
  EXPECT_EQ(comparator_symbol(Comparator::greater), "＞");
  EXPECT_EQ(mof_code(Comparator::equal), 3);
  EXPECT_EQ(mof_code(Comparator::none), 6);
  EXPECT_EQ(direction_of(Comparator::less), Direction::negative);
  EXPECT_EQ(to_string(TargetDate{2023, 12, 31}), "2023-12-31");
  EXPECT_EQ(to_string(TargetDate{2023, 7, 0}), "2023-07");
  EXPECT_EQ(to_string(TargetDate{0, 12, 31}), "12-31");
}

// ---- JSON ------------------------------------------------------------------------------------

TEST(TargetJson, HasTheMembersTheCommandLinePromises) {
  const auto json = boost::json::parse(to_json(parse_target("标准：8省20个地区以上。")));
  const auto& o = json.as_object();
  for (const char* member : {"text", "kind", "comparator", "value", "upper", "unit", "direction",
                             "parts", "diagnostics"}) {
    EXPECT_TRUE(o.contains(member)) << member;
  }
  EXPECT_EQ(o.at("kind").as_string(), "quantitative");
  EXPECT_EQ(o.at("comparator").as_string(), ">=");
  EXPECT_TRUE(o.at("value").is_null());
  const auto& parts = o.at("parts").as_array();
  ASSERT_EQ(parts.size(), 2U);
  EXPECT_EQ(parts[1].at("value").as_string(), "20");
  EXPECT_EQ(parts[1].at("unit").as_string(), "个地区");
  EXPECT_EQ(parts[1].at("comparator").as_string(), ">=");

  const auto bare = boost::json::parse(to_json(parse_target("95%"))).as_object();
  EXPECT_TRUE(bare.at("comparator").is_null());
  EXPECT_EQ(bare.at("value").as_string(), "95");
  EXPECT_EQ(bare.at("unit").as_string(), "%");
  EXPECT_TRUE(bare.at("mof").at("comparator_assumed").as_bool());
}

TEST(TargetJson, InvalidUtf8IsShownAsReplacementCharacters) {
  const std::string json = to_json(parse_target("95\xFF%"));
  const auto o = boost::json::parse(json).as_object();
  EXPECT_EQ(o.at("text").as_string(), "95\xEF\xBF\xBD%");
  EXPECT_EQ(o.at("kind").as_string(), "vague");
  ASSERT_EQ(o.at("diagnostics").as_array().size(), 1U);
  EXPECT_EQ(o.at("diagnostic_details").at(0).at("byte_offset").as_int64(), 2);
}

}  // namespace
}  // namespace jixiao
