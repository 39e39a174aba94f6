// Pretty JSON output in jixiao's normal form (internal header).
//
// The layout is that of Python's json.dumps(indent=2, ensure_ascii=False) plus a final newline:
// one member or element per line, 2-space indentation, ": " after keys, "{}" / "[]" for empty
// containers, UTF-8 written as is. Only '"', '\\' and control characters are escaped, so Chinese
// text stays readable and golden files diff line by line.
#pragma once

#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::json_io {

class JsonPath;

/// Deepest nesting the writer produces; equal to the reader's default limit, so that whatever is
/// written reads back with default options.
inline constexpr std::size_t max_write_depth = 64;

class PrettyWriter {
 public:
  explicit PrettyWriter(std::string& out) : out_(out) {}

  void begin_object(const JsonPath& path);
  void end_object();
  void begin_array(const JsonPath& path);
  void end_array();
  /// The next member's name (escaped as a string).
  void key(std::string_view name);
  /// A string value; Error(invalid_utf8) at `path` when `text` is not valid UTF-8.
  void string(std::string_view text, const JsonPath& path);
  /// A value that is already JSON text (a number, true, false, null).
  void raw(std::string_view json_text);
  /// Any Boost.JSON value (the unknown members kept from a document), laid out the same way.
  void value(const boost::json::value& value, JsonPath& path);
  /// Ends the document with a newline.
  void finish() { out_.push_back('\n'); }

 private:
  void before_value();
  void newline_indent();
  void append_escaped(std::string_view text);

  std::string& out_;
  // One entry per open container: whether it has no member yet (for "{}" and commas).
  std::vector<bool> empty_;
  bool after_key_ = false;
};

}  // namespace jixiao::json_io
