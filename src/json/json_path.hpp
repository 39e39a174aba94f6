// A JSON Pointer (RFC 6901) under construction while a document is walked (internal header).
//
// Readers and writers push a segment when they enter a member or an element and pop it on the
// way out; the pointer text is only built when an error needs it, so the happy path pays for a
// vector push and pop per value and nothing else.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/error.hpp"

namespace jixiao::json_io {

class JsonPath {
 public:
  /// Keys are referenced, not copied: the caller keeps them alive while the segment is pushed.
  void push_key(std::string_view key) { segments_.push_back({key, 0, false}); }
  void push_index(std::size_t index) { segments_.push_back({{}, index, true}); }
  void pop() noexcept { segments_.pop_back(); }
  std::size_t depth() const noexcept { return segments_.size(); }

  /// "/indicators/12/annual_target"; "" for the document root.
  std::string pointer() const;
  /// The pointer of member `key` of the current object.
  std::string pointer_to(std::string_view key) const;

  /// Error(code) located at this path.
  [[noreturn]] void fail(ErrorCode code, std::string message_zh, std::string message_en) const;
  /// Error(code) located at member `key` of the current object.
  [[noreturn]] void fail_at(std::string_view key, ErrorCode code, std::string message_zh,
                            std::string message_en) const;

 private:
  struct Segment {
    std::string_view key;
    std::size_t index;
    bool is_index;
  };
  std::vector<Segment> segments_;
};

/// Appends `key` to `pointer` as one escaped reference token ("~" → "~0", "/" → "~1").
void append_pointer_token(std::string& pointer, std::string_view key);

/// Pushes a segment for the lifetime of the scope.
class PathScope {
 public:
  PathScope(JsonPath& path, std::string_view key) : path_(path) { path_.push_key(key); }
  PathScope(JsonPath& path, std::size_t index) : path_(path) { path_.push_index(index); }
  ~PathScope() { path_.pop(); }
  PathScope(const PathScope&) = delete;
  PathScope& operator=(const PathScope&) = delete;

 private:
  JsonPath& path_;
};

/// At most `max_bytes` of `text`, cut on a UTF-8 code point boundary, with "…" when cut: for
/// quoting untrusted values in messages without flooding them.
std::string excerpt(std::string_view text, std::size_t max_bytes = 40);

}  // namespace jixiao::json_io
