// UTF-8 decoding and validation shared by every parser in jixiao (internal header).
//
// Untrusted text arrives from every department of a province: each parser validates it once,
// reports the byte offset of the first bad sequence, and then decodes code points without
// re-checking. Overlong forms, surrogates and code points above U+10FFFF are invalid.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao::text {

/// The byte offset of the first invalid UTF-8 sequence, or nothing when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept;

/// Throws Error(invalid_utf8) with the byte offset (and `json_path`, if given) when invalid.
void require_valid_utf8(std::string_view text, std::string_view json_path = {});

/// One decoded code point and the number of bytes it took.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};

/// Decodes the code point at `offset` of text already known to be valid UTF-8.
CodePoint decode_at(std::string_view valid_text, std::size_t offset) noexcept;

/// Appends the UTF-8 encoding of `code_point` (which must be a valid scalar value).
void append_utf8(std::string& out, char32_t code_point);

/// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view valid_text) noexcept;

/// The code point offset of `byte_offset` in valid UTF-8 text (for "第 N 个字符" messages).
std::size_t code_point_offset(std::string_view valid_text, std::size_t byte_offset) noexcept;

/// Folds the full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space (U+3000) onto
/// their ASCII twins: ＞ → >, ０ → 0, ％ → %, （ → (. Other code points are returned unchanged.
constexpr char32_t fold_full_width(char32_t c) noexcept {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
  if (c == 0x3000) return U' ';
  return c;
}

}  // namespace jixiao::text
