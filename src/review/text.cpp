#include "review/text.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "text/utf8.hpp"

namespace jixiao::review_detail {

namespace {

constexpr char32_t replacement = 0xFFFD;

// Calls `emit(code_point)` for each code point; every invalid byte yields U+FFFD.
template <class Emit>
void for_each_code_point(std::string_view text, Emit emit) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    const std::string_view rest = text.substr(offset);
    const std::size_t valid = text::find_invalid_utf8(rest).value_or(rest.size());
    for (std::size_t i = 0; i < valid;) {
      const text::CodePoint cp = text::decode_at(rest, i);
      emit(cp.value);
      i += cp.length;
    }
    offset += valid;
    if (offset < text.size()) {
      emit(replacement);
      ++offset;
    }
  }
}

}  // namespace

std::u32string decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t c) { out.push_back(c); });
  return out;
}

std::string encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const char32_t c : text)
    text::append_utf8(out, c);
  return out;
}

std::string sanitize(std::string_view text) {
  if (!text::find_invalid_utf8(text)) return std::string(text);
  std::string out;
  for_each_code_point(text, [&](char32_t c) { text::append_utf8(out, c); });
  return out;
}

std::string excerpt(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t count = 0;
  bool cut = false;
  for_each_code_point(text, [&](char32_t c) {
    if (count == max_chars) {
      cut = true;
      return;
    }
    text::append_utf8(out, c);
    ++count;
  });
  if (cut) out += "…";
  return out;
}

std::size_t char_count(std::string_view text) {
  std::size_t count = 0;
  for_each_code_point(text, [&](char32_t) { ++count; });
  return count;
}

char32_t latin_lookalike(char32_t c) noexcept {
  // Letters that render like Latin ones in common CJK fonts (Unicode confusables, restricted to
  // letters that are unambiguous in both cases).
  struct Pair {
    char32_t from;
    char32_t to;
  };
  static constexpr std::array<Pair, 44> pairs{{
      {0x0391, U'A'}, {0x0392, U'B'}, {0x0395, U'E'}, {0x0396, U'Z'}, {0x0397, U'H'},
      {0x0399, U'I'}, {0x039A, U'K'}, {0x039C, U'M'}, {0x039D, U'N'}, {0x039F, U'O'},
      {0x03A1, U'P'}, {0x03A4, U'T'}, {0x03A5, U'Y'}, {0x03A7, U'X'}, {0x03BF, U'o'},
      {0x0405, U'S'}, {0x0406, U'I'}, {0x0408, U'J'}, {0x0410, U'A'}, {0x0412, U'B'},
      {0x0415, U'E'}, {0x041A, U'K'}, {0x041C, U'M'}, {0x041D, U'H'}, {0x041E, U'O'},
      {0x0420, U'P'}, {0x0421, U'C'}, {0x0422, U'T'}, {0x0423, U'Y'}, {0x0425, U'X'},
      {0x0430, U'a'}, {0x0435, U'e'}, {0x043E, U'o'}, {0x0440, U'p'}, {0x0441, U'c'},
      {0x0443, U'y'}, {0x0445, U'x'}, {0x0455, U's'}, {0x0456, U'i'}, {0x0458, U'j'},
      {0x04BB, U'h'}, {0x0501, U'd'}, {0x051B, U'q'}, {0x051D, U'w'},
  }};
  if (c < 0x0391 || c > 0x051D) return 0;
  const auto found = std::lower_bound(pairs.begin(), pairs.end(), c,
                                      [](const Pair& p, char32_t value) { return p.from < value; });
  return found != pairs.end() && found->from == c ? found->to : 0;
}

char32_t fold_for_compare(char32_t c) noexcept {
  c = text::fold_full_width(c);
  if (const char32_t latin = latin_lookalike(c)) c = latin;
  if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
  return c;
}

bool is_space_or_punctuation(char32_t c) noexcept {
  c = text::fold_full_width(c);
  if (c <= 0x20 || c == 0x7F) return true;
  if (c < 0x80) {
    return (c >= U'!' && c <= U'/') || (c >= U':' && c <= U'@') || (c >= U'[' && c <= U'`') ||
           (c >= U'{' && c <= U'~');
  }
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||  // Latin-1 controls, punctuation
         (c >= 0x2000 && c <= 0x206F) ||                        // general punctuation, “ ” …
         (c >= 0x2E00 && c <= 0x2E7F) ||                        // supplemental punctuation
         (c >= 0x3000 && c <= 0x3003) ||                        // 　 、 。 〃
         (c >= 0x3008 && c <= 0x3020) ||                        // 《》「」【】〔〕 …
         c == 0x3030 || c == 0x303D || c == 0x30FB ||           // 〰 〽 ・
         (c >= 0xFE10 && c <= 0xFE6F) ||                        // vertical and small forms
         (c >= 0xFF5F && c <= 0xFF65) || c == 0xFEFF;           // ｟｠｡｢｣､･, BOM
}

std::u32string name_key(std::string_view text) {
  std::u32string key;
  key.reserve(text.size() / 2);
  for_each_code_point(text, [&](char32_t c) {
    if (!is_space_or_punctuation(c)) key.push_back(fold_for_compare(c));
  });
  return key;
}

std::string_view trim_name(std::string_view text) noexcept {
  static constexpr std::string_view endings[] = {"。", "．", "；", "，", "、", "\u3000", ".",
                                                 ";",  ",",  " ",  "\t", "\n", "\r"};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const std::string_view ending : endings) {
      if (text.ends_with(ending)) {
        text.remove_suffix(ending.size());
        trimmed = true;
      }
    }
  }
  return text;
}

bool has_foreign_letters(std::u32string_view text) noexcept {
  return std::any_of(text.begin(), text.end(), [](char32_t c) {
    return (c >= 0x0370 && c <= 0x03FF) || (c >= 0x0400 && c <= 0x052F);
  });
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
  const std::size_t too_far = limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return too_far;
  // One row of the dynamic programme; category names are short, so this stays small.
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
      diagonal = above;
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > limit) return too_far;
  }
  return std::min(row[b.size()], too_far);
}

std::string code_point_name(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

}  // namespace jixiao::review_detail
