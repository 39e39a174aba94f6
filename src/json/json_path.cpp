#include "json/json_path.hpp"

#include <utility>

namespace jixiao::json_io {

void append_pointer_token(std::string& pointer, std::string_view key) {
  pointer.push_back('/');
  for (const char c : key) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer.push_back(c);
    }
  }
}

std::string JsonPath::pointer() const {
  std::string text;
  for (const auto& segment : segments_) {
    if (segment.is_index) {
      text.push_back('/');
      text += std::to_string(segment.index);
    } else {
      append_pointer_token(text, segment.key);
    }
  }
  return text;
}

std::string JsonPath::pointer_to(std::string_view key) const {
  std::string text = pointer();
  append_pointer_token(text, key);
  return text;
}

void JsonPath::fail(ErrorCode code, std::string message_zh, std::string message_en) const {
  ErrorLocation where;
  where.json_path = pointer();
  throw Error(code, std::move(message_zh), std::move(message_en), std::move(where));
}

void JsonPath::fail_at(std::string_view key, ErrorCode code, std::string message_zh,
                       std::string message_en) const {
  ErrorLocation where;
  where.json_path = pointer_to(key);
  throw Error(code, std::move(message_zh), std::move(message_en), std::move(where));
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  // Back up over continuation bytes so the cut never splits a code point.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace jixiao::json_io
