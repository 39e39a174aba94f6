#include "target/units.hpp"

#include <array>
#include <vector>

#include "target/lexicon.hpp"
#include "text/utf8.hpp"

namespace jixiao::target_detail {

namespace {

struct UnitSpelling {
  std::u32string_view spelling;
  std::string_view canonical;
};

// Spellings departments use, each with the one jixiao writes. A unit missing here is still read
// (kept as written); adding it here gives it a canonical spelling and stops the unknown_unit note.
constexpr UnitSpelling spellings[] = {
    // ratios
    {U"%", "%"},
    {U"百分比", "%"},
    {U"百分率", "%"},
    {U"‰", "‰"},
    {U"千分比", "‰"},
    {U"个百分点", "个百分点"},
    {U"百分点", "个百分点"},
    // money
    {U"元", "元"},
    {U"千元", "千元"},
    {U"万元", "万元"},
    {U"亿元", "亿元"},
    // counts (measure words)
    {U"个", "个"},
    {U"台", "台"},
    {U"台套", "台套"},
    {U"台次", "台次"},
    {U"次", "次"},
    {U"人次", "人次"},
    {U"人", "人"},
    {U"名", "名"},
    {U"位", "位"},
    {U"件", "件"},
    {U"件次", "件次"},
    {U"套", "套"},
    {U"家", "家"},
    {U"场", "场"},
    {U"场次", "场次"},
    {U"项", "项"},
    {U"份", "份"},
    {U"篇", "篇"},
    {U"期", "期"},
    {U"批", "批"},
    {U"批次", "批次"},
    {U"座", "座"},
    {U"条", "条"},
    {U"所", "所"},
    {U"辆", "辆"},
    {U"张", "张"},
    {U"间", "间"},
    {U"处", "处"},
    {U"栋", "栋"},
    {U"幢", "幢"},
    {U"本", "本"},
    {U"册", "册"},
    {U"户", "户"},
    {U"户次", "户次"},
    {U"省", "省"},
    {U"个地区", "个地区"},
    {U"类", "类"},
    {U"种", "种"},
    {U"门", "门"},
    {U"节", "节"},
    {U"课时", "课时"},
    {U"学时", "学时"},
    {U"宗", "宗"},
    {U"笔", "笔"},
    {U"部", "部"},
    {U"块", "块"},
    {U"组", "组"},
    {U"支", "支"},
    {U"队", "队"},
    {U"倍", "倍"},
    {U"星", "星"},
    {U"起", "起"},  // incidents: "安全事故0起"
    {U"例", "例"},
    {U"分", "分"},
    {U"岁", "岁"},
    {U"周岁", "岁"},
    // time
    {U"秒", "秒"},
    {U"分钟", "分钟"},
    {U"小时", "小时"},
    {U"天", "天"},
    {U"日", "日"},
    {U"个工作日", "个工作日"},
    {U"工作日", "个工作日"},
    {U"周", "周"},
    {U"个月", "个月"},

    {U"年", "年"},
    // length, area, volume, mass, energy, data
    {U"毫米", "毫米"},
    {U"厘米", "厘米"},
    {U"米", "米"},
    {U"千米", "千米"},
    {U"公里", "公里"},
    {U"km", "千米"},
    {U"KM", "千米"},
    {U"平方米", "平方米"},
    {U"平米", "平方米"},
    {U"m²", "平方米"},
    {U"m2", "平方米"},
    {U"平方公里", "平方公里"},
    {U"km²", "平方公里"},
    {U"公顷", "公顷"},
    {U"亩", "亩"},
    {U"立方米", "立方米"},
    {U"m³", "立方米"},
    {U"升", "升"},
    {U"克", "克"},
    {U"千克", "千克"},
    {U"公斤", "公斤"},
    {U"kg", "千克"},
    {U"KG", "千克"},
    {U"Kg", "千克"},
    {U"吨", "吨"},
    {U"千瓦时", "千瓦时"},
    {U"kWh", "千瓦时"},
    {U"千瓦", "千瓦"},
    {U"兆瓦", "兆瓦"},
    {U"kW", "千瓦"},
    {U"MW", "兆瓦"},
    {U"MB", "MB"},
    {U"GB", "GB"},
    {U"TB", "TB"},
    {U"PB", "PB"},
    {U"Mbps", "Mbps"},
    {U"Gbps", "Gbps"},
};

const Lexicon& spelling_lexicon() {
  static const Lexicon lexicon = [] {
    std::vector<LexiconEntry> entries;
    int tag = 0;
    for (const auto& s : spellings)
      entries.push_back({s.spelling, tag++});
    return Lexicon(std::move(entries));
  }();
  return lexicon;
}

struct FamilyEntry {
  std::string_view canonical;
  UnitFamily family;
  std::int64_t coefficient;  // factor = coefficient × 10^−scale
  int scale;
};

constexpr FamilyEntry families[] = {
    {"%", UnitFamily::ratio, 1, 2},        {"‰", UnitFamily::ratio, 1, 3},
    {"元", UnitFamily::money, 1, 0},       {"千元", UnitFamily::money, 1000, 0},
    {"万元", UnitFamily::money, 10000, 0}, {"亿元", UnitFamily::money, 100000000, 0},
    {"毫米", UnitFamily::length, 1, 3},    {"厘米", UnitFamily::length, 1, 2},
    {"米", UnitFamily::length, 1, 0},      {"千米", UnitFamily::length, 1000, 0},
    {"公里", UnitFamily::length, 1000, 0}, {"平方米", UnitFamily::area, 1, 0},
    {"公顷", UnitFamily::area, 10000, 0},  {"平方公里", UnitFamily::area, 1000000, 0},
    {"克", UnitFamily::mass, 1, 0},        {"千克", UnitFamily::mass, 1000, 0},
    {"公斤", UnitFamily::mass, 1000, 0},   {"吨", UnitFamily::mass, 1000000, 0},
    {"秒", UnitFamily::time, 1, 0},        {"分钟", UnitFamily::time, 60, 0},
    {"小时", UnitFamily::time, 3600, 0},   {"天", UnitFamily::time, 86400, 0},
    {"日", UnitFamily::time, 86400, 0},    {"升", UnitFamily::volume, 1, 3},
    {"立方米", UnitFamily::volume, 1, 0},
};

}  // namespace

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const char32_t c : text)
    text::append_utf8(out, c);
  return out;
}

std::u32string to_u32(std::string_view valid_utf8) {
  std::u32string out;
  out.reserve(valid_utf8.size());
  for (std::size_t i = 0; i < valid_utf8.size();) {
    const auto cp = text::decode_at(valid_utf8, i);
    out.push_back(cp.value);
    i += cp.length;
  }
  return out;
}

std::optional<std::string_view> known_canonical(std::u32string_view unit) {
  const LexiconEntry* entry = spelling_lexicon().longest_at(unit, 0);
  if (entry == nullptr || entry->word.size() != unit.size()) return std::nullopt;
  return spellings[static_cast<std::size_t>(entry->tag)].canonical;
}

std::optional<UnitMatch> match_known_unit(std::u32string_view text, std::size_t pos) {
  const LexiconEntry* entry = spelling_lexicon().longest_at(text, pos);
  if (entry == nullptr) return std::nullopt;
  UnitMatch match;
  match.canonical = std::string(spellings[static_cast<std::size_t>(entry->tag)].canonical);
  match.end = pos + entry->word.size();
  match.known = true;
  // A rate: "次/年", "元/人", "人/天".
  if (match.end + 1 < text.size() && text[match.end] == U'/') {
    if (const LexiconEntry* per = spelling_lexicon().longest_at(text, match.end + 1)) {
      match.canonical += '/';
      match.canonical += spellings[static_cast<std::size_t>(per->tag)].canonical;
      match.end += 1 + per->word.size();
    }
  }
  return match;
}

UnitScale unit_scale(std::string_view canonical) {
  for (const auto& entry : families) {
    if (entry.canonical == canonical) {
      return {entry.family,
              Decimal::from_coefficient(Decimal::Coefficient(entry.coefficient), entry.scale)};
    }
  }
  return {};
}

}  // namespace jixiao::target_detail
