#include "target/normalize.hpp"

#include <string_view>

#include "text/utf8.hpp"

namespace jixiao::target_detail {

namespace {

bool is_space(char32_t c) noexcept {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' ||
         c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_control(char32_t c) noexcept {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200C && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064);
}

}  // namespace

std::u32string_view expansion(char32_t c) noexcept {
  switch (c) {
    case 0x33A1:
      return U"平方米";  // ㎡
    case 0x339E:
      return U"千米";  // ㎞
    case 0x338F:
      return U"千克";  // ㎏
    case 0x339D:
      return U"厘米";  // ㎝
    case 0x339C:
      return U"毫米";  // ㎜
    default:
      return {};
  }
}

char32_t fold_domain(char32_t c) noexcept {
  c = text::fold_full_width(c);
  if (is_space(c)) return 0;
  switch (c) {
    case 0x2267:
    case 0x2A7E:
      return U'≥';  // ≧ ⩾
    case 0x2266:
    case 0x2A7D:
      return U'≤';  // ≦ ⩽
    case 0x2550:
    case 0xFE66:
      return U'=';  // ═ ﹦
    case 0xFE64:
      return U'<';  // ﹤
    case 0xFE65:
      return U'>';  // ﹥
    case 0x301C:
    case 0x223C:
    case 0x2053:
      return U'~';  // 〜 ∼ ⁓
    case 0x2014:
    case 0x2013:
    case 0x2015:
    case 0x2010:
    case 0x2011:
    case 0x2212:
    case 0xFE63:
    case 0xFE58:
      return U'-';  // — – ― ‐ ‑ − ﹣ ﹘
    case 0xFE6A:
      return U'%';  // ﹪
    case 0xFE52:
      return U'.';  // ﹒
    case 0xFF61:
      return U'。';  // ｡
    case 0xFE55:
      return U':';  // ﹕
    case 0xFE50:
      return U',';  // ﹐
    case 0xFE51:
      return U'、';  // ﹑
    case 0xFE54:
      return U';';  // ﹔
    case 0xFF64:
      return U'、';  // ､
    case 0x3014:
    case 0x3010:
    case 0xFF3B:
      return U'[';  // 〔 【
    case 0x3015:
    case 0x3011:
    case 0xFF3D:
      return U']';  // 〕 】
    case 0x842C:
      return U'万';  // 萬
    case 0x5104:
      return U'亿';  // 億
    case 0x5169:
      return U'两';  // 兩
    case 0x500B:
      return U'个';  // 個
    case 0x81FA:
      return U'台';  // 臺
    case 0x5834:
      return U'场';  // 場
    case 0x9805:
      return U'项';  // 項
    default:
      return c;
  }
}

void normalize(std::string_view valid_utf8, NormalizedText& out) {
  out.chars.clear();
  out.byte.clear();
  out.index.clear();
  out.control_count = 0;
  out.chars.reserve(valid_utf8.size());
  out.byte.reserve(valid_utf8.size() + 1);
  out.index.reserve(valid_utf8.size() + 1);

  std::size_t offset = 0;
  std::uint32_t index = 0;
  const auto push = [&](char32_t c, std::size_t at) {
    out.chars.push_back(c);
    out.byte.push_back(static_cast<std::uint32_t>(at));
    out.index.push_back(index);
  };
  while (offset < valid_utf8.size()) {
    const auto cp = text::decode_at(valid_utf8, offset);
    const std::size_t at = offset;
    offset += cp.length;
    if (is_control(cp.value) && !is_space(cp.value)) {
      if (out.control_count++ == 0) {
        out.first_control_byte = static_cast<std::uint32_t>(at);
        out.first_control_index = index;
      }
      ++index;
      continue;
    }
    if (const auto word = expansion(cp.value); !word.empty()) {
      for (const char32_t w : word)
        push(w, at);
      ++index;
      continue;
    }
    const char32_t c = fold_domain(cp.value);
    if (c == 0) {
      ++index;
      continue;
    }
    // Two-character comparators: >= <= ≥= ≤= == (also ＞＝ after folding) become one symbol.
    if (c == U'=' && !out.chars.empty()) {
      char32_t& last = out.chars.back();
      if (last == U'>' || last == U'≥') {
        last = U'≥';
        ++index;
        continue;
      }
      if (last == U'<' || last == U'≤') {
        last = U'≤';
        ++index;
        continue;
      }
    }
    push(c, at);
    ++index;
  }
  out.byte.push_back(static_cast<std::uint32_t>(valid_utf8.size()));
  out.index.push_back(index);
}

}  // namespace jixiao::target_detail
