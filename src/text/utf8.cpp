#include "text/utf8.hpp"

#include <string>

#include "jixiao/error.hpp"

namespace jixiao::text {

namespace {

constexpr bool is_continuation(unsigned char byte) noexcept { return (byte & 0xC0) == 0x80; }

// Length of the valid sequence starting at `offset`, or 0 when it is invalid (RFC 3629 table).
std::size_t valid_sequence_length(std::string_view text, std::size_t offset) noexcept {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const std::size_t remaining = text.size() - offset;
  const unsigned char lead = at(0);
  if (lead < 0x80) return 1;
  if (lead < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (lead < 0xE0) return remaining >= 2 && is_continuation(at(1)) ? 2 : 0;
  if (lead < 0xF0) {
    if (remaining < 3 || !is_continuation(at(1)) || !is_continuation(at(2))) return 0;
    if (lead == 0xE0 && at(1) < 0xA0) return 0;   // overlong
    if (lead == 0xED && at(1) >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (lead < 0xF5) {
    if (remaining < 4 || !is_continuation(at(1)) || !is_continuation(at(2)) ||
        !is_continuation(at(3)))
      return 0;
    if (lead == 0xF0 && at(1) < 0x90) return 0;   // overlong
    if (lead == 0xF4 && at(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept {
  std::size_t offset = 0;
  while (offset < text.size()) {
    // ASCII runs dominate real forms' punctuation and digits: skip them quickly.
    if (static_cast<unsigned char>(text[offset]) < 0x80) {
      ++offset;
      continue;
    }
    const std::size_t length = valid_sequence_length(text, offset);
    if (length == 0) return offset;
    offset += length;
  }
  return std::nullopt;
}

void require_valid_utf8(std::string_view text, std::string_view json_path) {
  if (const auto bad = find_invalid_utf8(text)) {
    ErrorLocation where;
    where.byte_offset = *bad;
    where.json_path = std::string(json_path);
    throw Error(ErrorCode::invalid_utf8,
                "第 " + std::to_string(*bad) + " 字节处不是有效的 UTF-8 编码",
                "invalid UTF-8 at byte " + std::to_string(*bad), where);
  }
}

CodePoint decode_at(std::string_view valid_text, std::size_t offset) noexcept {
  const auto byte = [&](std::size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(valid_text[offset + i]));
  };
  const char32_t lead = byte(0);
  if (lead < 0x80) return {lead, 1};
  if (lead < 0xE0) return {((lead & 0x1F) << 6) | (byte(1) & 0x3F), 2};
  if (lead < 0xF0) return {((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F), 3};
  return {((lead & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
              (byte(3) & 0x3F),
          4};
}

void append_utf8(std::string& out, char32_t c) {
  const auto put = [&](char32_t bits) { out.push_back(static_cast<char>(bits)); };
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
}

std::size_t count_code_points(std::string_view valid_text) noexcept {
  std::size_t count = 0;
  for (const char c : valid_text) count += !is_continuation(static_cast<unsigned char>(c));
  return count;
}

std::size_t code_point_offset(std::string_view valid_text, std::size_t byte_offset) noexcept {
  return count_code_points(valid_text.substr(0, byte_offset));
}

}  // namespace jixiao::text
