#include "json/pretty_writer.hpp"

#include <boost/json/serialize.hpp>

#include "jixiao/error.hpp"
#include "json/json_path.hpp"
#include "text/utf8.hpp"

namespace jixiao::json_io {

namespace json = boost::json;

void PrettyWriter::newline_indent() {
  out_.push_back('\n');
  out_.append(2 * empty_.size(), ' ');
}

void PrettyWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the document's top-level value
  if (!empty_.back()) out_.push_back(',');
  empty_.back() = false;
  newline_indent();
}

void PrettyWriter::begin_object(const JsonPath& path) {
  if (empty_.size() >= max_write_depth) {
    path.fail(
        ErrorCode::limit_exceeded, "嵌套超过 " + std::to_string(max_write_depth) + " 层，无法写出",
        "nesting deeper than " + std::to_string(max_write_depth) + " levels cannot be written");
  }
  before_value();
  out_.push_back('{');
  empty_.push_back(true);
}

void PrettyWriter::end_object() {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline_indent();
  out_.push_back('}');
}

void PrettyWriter::begin_array(const JsonPath& path) {
  if (empty_.size() >= max_write_depth) {
    path.fail(
        ErrorCode::limit_exceeded, "嵌套超过 " + std::to_string(max_write_depth) + " 层，无法写出",
        "nesting deeper than " + std::to_string(max_write_depth) + " levels cannot be written");
  }
  before_value();
  out_.push_back('[');
  empty_.push_back(true);
}

void PrettyWriter::end_array() {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline_indent();
  out_.push_back(']');
}

void PrettyWriter::key(std::string_view name) {
  if (!empty_.back()) out_.push_back(',');
  empty_.back() = false;
  newline_indent();
  append_escaped(name);
  out_ += ": ";
  after_key_ = true;
}

void PrettyWriter::string(std::string_view text, const JsonPath& path) {
  if (const auto bad = text::find_invalid_utf8(text)) {
    ErrorLocation where;
    where.byte_offset = *bad;
    where.json_path = path.pointer();
    throw Error(ErrorCode::invalid_utf8,
                "字符串第 " + std::to_string(*bad) + " 字节处不是有效的 UTF-8 编码，无法写出",
                "cannot write a string that is not valid UTF-8 (byte " + std::to_string(*bad) + ")",
                std::move(where));
  }
  before_value();
  append_escaped(text);
}

void PrettyWriter::raw(std::string_view json_text) {
  before_value();
  out_ += json_text;
}

void PrettyWriter::append_escaped(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out_.push_back('"');
  std::size_t run = 0;  // start of the pending run of bytes that need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default:
        out_ += "\\u00";
        out_.push_back(hex[c >> 4]);
        out_.push_back(hex[c & 0x0F]);
    }
  }
  out_.append(text.data() + run, text.size() - run);
  out_.push_back('"');
}

void PrettyWriter::value(const json::value& value, JsonPath& path) {
  switch (value.kind()) {
    case json::kind::null:
      raw("null");
      return;
    case json::kind::bool_:
      raw(value.get_bool() ? "true" : "false");
      return;
    case json::kind::int64:
      raw(std::to_string(value.get_int64()));
      return;
    case json::kind::uint64:
      raw(std::to_string(value.get_uint64()));
      return;
    // Boost.JSON prints the shortest text that reads back as the same double.
    case json::kind::double_:
      raw(json::serialize(value));
      return;
    case json::kind::string: {
      const json::string& text = value.get_string();
      string(std::string_view(text.data(), text.size()), path);
      return;
    }
    case json::kind::array: {
      begin_array(path);
      std::size_t index = 0;
      for (const json::value& element : value.get_array()) {
        PathScope scope(path, index++);
        this->value(element, path);
      }
      end_array();
      return;
    }
    case json::kind::object: {
      begin_object(path);
      for (const auto& member : value.get_object()) {
        const std::string_view name(member.key().data(), member.key().size());
        PathScope scope(path, name);
        if (const auto bad = text::find_invalid_utf8(name)) {
          path.fail(ErrorCode::invalid_utf8, "成员名不是有效的 UTF-8 编码",
                    "member name is not valid UTF-8");
        }
        key(name);
        this->value(member.value(), path);
      }
      end_object();
      return;
    }
  }
}

}  // namespace jixiao::json_io
