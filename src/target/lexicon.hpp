// The vocabulary of 指标值 text (internal): label prefixes, comparator words, suffixes, vague
// phrases, direction words, marks for "not filled in", scope words. docs/targets.md lists the same
// words.
//
// Matching is by longest word at a position of already-normalised text (full-width folded, spaces
// removed), so each lookup costs a constant independent of the text length: the parser stays
// linear. A first-character filter rejects most positions with one table lookup.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "jixiao/target.hpp"

namespace jixiao::target_detail {

struct LexiconEntry {
  std::u32string_view word;
  int tag = 0;
};

class Lexicon {
 public:
  Lexicon(std::initializer_list<LexiconEntry> entries)
      : Lexicon(std::vector<LexiconEntry>(entries)) {}
  explicit Lexicon(std::vector<LexiconEntry> entries);

  /// The longest entry that starts at `pos` in `text`, or nullptr.
  const LexiconEntry* longest_at(std::u32string_view text, std::size_t pos) const noexcept;
  /// True when some entry starts with `c` (a cheap first test).
  bool may_start(char32_t c) const noexcept;
  /// Sets the bit of every character that starts an entry.
  void add_first_characters(std::array<std::uint64_t, 1024>& bits) const noexcept;
  /// True when `text` is exactly one of the entries.
  bool contains(std::u32string_view text) const noexcept;

 private:
  std::vector<LexiconEntry> entries_;  // by first character, then longest first
  // One bit per BMP code point that starts an entry (8 KiB); characters above the BMP never do.
  std::array<std::uint64_t, 1024> first_{};
};

/// Comparator words written before the number ("不少于", "≥", "控制在").
/// A weak word ("达到", "控制在", "降至") yields to a suffix: "控制在90%以上" is ≥.
struct PrefixComparator {
  Comparator comparator;
  bool weak;
};
PrefixComparator prefix_meaning(int tag) noexcept;
const Lexicon& prefix_comparators();

/// Comparator words written after the number ("以上", "或以上", "以内").
const Lexicon& suffix_comparators();
/// "内" alone is a suffix only right after a time unit ("5个工作日内").
bool is_time_unit(std::u32string_view unit) noexcept;

/// "(含)", "(含本数)" (tag 1: inclusive) and "(不含)", "(不含本数)" (tag 0: exclusive).
const Lexicon& inclusion_marks();
/// "约", "大约" (before) and "左右", "上下" (after) mark an approximate value.
const Lexicon& approximate_before();
const Lexicon& approximate_after();
/// "±", "正负", "+/-".
const Lexicon& tolerance_marks();

/// "标准", "指标", "指标值", "计算方法", … followed by ':'.
const Lexicon& labels();
/// Whole bodies that say "not filled in": "无", "一", "暂无", "不适用", "N/A".
const Lexicon& not_filled_in_marks();
/// Phrases that refer to a number without giving it: "年度计划", "任务数", "若干".
const Lexicon& vague_phrases();
/// Direction words of statements; tag is a Direction.
const Lexicon& direction_words();
/// Words after 每 that end a scope ("配备", "建设", …) and words that are the scope itself (年,
/// 月).
const Lexicon& scope_stop_words();
const Lexicon& time_scopes();
/// Nouns that are a scope by themselves after 每/各: 户, 人, 村, 镇街, 学校, 企业, …
const Lexicon& scope_nouns();

/// Characters where a number, a comparator, a tolerance, an approximation or a date can start
/// (one table lookup; the scan skips every other character).
bool may_start_group(char32_t c) noexcept;
bool may_start_anything(char32_t c) noexcept;

/// Chinese characters that can never start a one-character unit (they start suffixes, ranges,
/// conjunctions, or are function words).
bool is_unit_stop_char(char32_t c) noexcept;

/// CJK ideographs (the characters a Chinese word is made of).
constexpr bool is_han(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2EBEF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}
constexpr bool is_ascii_digit(char32_t c) noexcept {
  return c >= U'0' && c <= U'9';
}
constexpr bool is_ascii_letter(char32_t c) noexcept {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
/// Sentence punctuation that ends a clause: 。 , ; 、 ! ? and their folded forms.
constexpr bool is_clause_punctuation(char32_t c) noexcept {
  return c == U'。' || c == U',' || c == U';' || c == U'、' || c == U'!' || c == U'?' ||
         c == U'.' || c == U'…';
}

}  // namespace jixiao::target_detail
