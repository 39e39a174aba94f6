#include "json/strict_parse.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/value_stack.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <new>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "jixiao/error.hpp"
#include "json/exact_number.hpp"
#include "json/json_path.hpp"
#include "text/utf8.hpp"

namespace jixiao::json_io {

namespace json = boost::json;

namespace {

// FNV-1a: incremental over key parts, and cheap enough to run on every member name.
constexpr std::uint64_t fnv_basis = 14695981039346656037ull;
constexpr std::uint64_t fnv_prime = 1099511628211ull;

std::uint64_t fnv_append(std::uint64_t hash, std::string_view bytes) noexcept {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= fnv_prime;
  }
  return hash;
}

// Builds the DOM exactly like boost::json::parser (the value_stack calls are the same) and in
// the same pass hashes every member name, so that an object holding the same name twice is
// noticed when it closes. Equal hashes only flag a *possible* duplicate: the exact check runs
// in a second, rare pass (DuplicateFinder) that also finds the path.
class BuildingHandler {
 public:
  static constexpr std::size_t max_object_size = json::object::max_size();
  static constexpr std::size_t max_array_size = json::array::max_size();
  static constexpr std::size_t max_key_size = json::string::max_size();
  static constexpr std::size_t max_string_size = json::string::max_size();

  explicit BuildingHandler(json::storage_ptr storage, bool check_duplicates)
      : check_duplicates_(check_duplicates) {
    stack.reset(std::move(storage));
  }

  json::value_stack stack;
  bool possible_duplicate = false;
  // The text of the number being read (Boost.JSON hands it over in parts), and whether it was
  // refused for not fitting a double exactly.
  std::string number_text;
  bool refused_number = false;

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code&) {
    if (check_duplicates_) object_starts_.push_back(hashes_.size());
    return true;
  }
  bool on_object_end(std::size_t size, json::error_code& ec) {
    if (check_duplicates_) {
      const std::size_t start = object_starts_.back();
      object_starts_.pop_back();
      if (has_equal_hashes(start)) {
        possible_duplicate = true;
        ec = json::error::exception;
        return false;
      }
      hashes_.resize(start);
    }
    stack.push_object(size);
    return true;
  }
  bool on_array_begin(json::error_code&) { return true; }
  bool on_array_end(std::size_t size, json::error_code&) {
    stack.push_array(size);
    return true;
  }
  bool on_key_part(json::string_view part, std::size_t, json::error_code&) {
    if (check_duplicates_) key_hash_ = fnv_append(key_hash_, part);
    stack.push_chars(part);
    return true;
  }
  bool on_key(json::string_view last, std::size_t, json::error_code&) {
    if (check_duplicates_) {
      hashes_.push_back(fnv_append(key_hash_, last));
      key_hash_ = fnv_basis;
    }
    stack.push_key(last);
    return true;
  }
  bool on_string_part(json::string_view part, std::size_t, json::error_code&) {
    stack.push_chars(part);
    return true;
  }
  bool on_string(json::string_view last, std::size_t, json::error_code&) {
    stack.push_string(last);
    return true;
  }
  bool on_number_part(json::string_view part, json::error_code&) {
    number_text.append(part.data(), part.size());
    return true;
  }
  bool on_int64(std::int64_t value, json::string_view, json::error_code&) {
    number_text.clear();
    stack.push_int64(value);
    return true;
  }
  bool on_uint64(std::uint64_t value, json::string_view, json::error_code&) {
    number_text.clear();
    stack.push_uint64(value);
    return true;
  }
  bool on_double(double value, json::string_view last, json::error_code& ec) {
    number_text.append(last.data(), last.size());
    // Beyond ±1.8e308 Boost.JSON reads ±infinity, which the writer cannot write back as JSON;
    // more digits than a double holds would be written back rounded. Both are refused, so a
    // number is either kept exactly or named in an error, never changed.
    if (!std::isfinite(value) || !double_keeps_number(number_text, value)) {
      refused_number = true;
      ec = json::error::exception;
      return false;
    }
    number_text.clear();
    stack.push_double(value);
    return true;
  }
  bool on_bool(bool value, json::error_code&) {
    stack.push_bool(value);
    return true;
  }
  bool on_null(json::error_code&) {
    stack.push_null();
    return true;
  }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }

 private:
  // Pairwise for the small objects of real documents; sorted for big ones, so a hostile object
  // with 10^6 members costs n·log n, not n².
  bool has_equal_hashes(std::size_t start) {
    const auto first = hashes_.begin() + static_cast<std::ptrdiff_t>(start);
    const auto last = hashes_.end();
    if (last - first <= 24) {
      for (auto i = first; i != last; ++i)
        for (auto j = i + 1; j != last; ++j)
          if (*i == *j) return true;
      return false;
    }
    std::sort(first, last);
    return std::adjacent_find(first, last) != last;
  }

  bool check_duplicates_;
  std::uint64_t key_hash_ = fnv_basis;
  std::vector<std::uint64_t> hashes_;       // names of the open objects, innermost last
  std::vector<std::size_t> object_starts_;  // where each open object's names start in hashes_
};

// The exact duplicate check with the JSON Pointer of the second occurrence. Builds nothing.
class DuplicateFinder {
 public:
  static constexpr std::size_t max_object_size = json::object::max_size();
  static constexpr std::size_t max_array_size = json::array::max_size();
  static constexpr std::size_t max_key_size = json::string::max_size();
  static constexpr std::size_t max_string_size = json::string::max_size();

  bool found = false;
  std::string duplicate_path;
  std::string duplicate_key;

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code&) {
    enter_value();
    frames_.push_back(Frame{true, 0, {}, {}});
    return true;
  }
  bool on_object_end(std::size_t, json::error_code&) {
    frames_.pop_back();
    return true;
  }
  bool on_array_begin(json::error_code&) {
    enter_value();
    frames_.push_back(Frame{false, 0, {}, {}});
    return true;
  }
  bool on_array_end(std::size_t, json::error_code&) {
    frames_.pop_back();
    return true;
  }
  bool on_key_part(json::string_view part, std::size_t, json::error_code&) {
    key_.append(part.data(), part.size());
    return true;
  }
  bool on_key(json::string_view last, std::size_t, json::error_code& ec) {
    key_.append(last.data(), last.size());
    Frame& frame = frames_.back();
    if (!frame.names.insert(key_).second) {
      found = true;
      duplicate_key = key_;
      duplicate_path = path_of_open_values();
      append_pointer_token(duplicate_path, key_);
      ec = json::error::exception;
      return false;
    }
    frame.key = std::move(key_);
    key_.clear();
    return true;
  }
  bool on_string_part(json::string_view, std::size_t, json::error_code&) { return true; }
  bool on_string(json::string_view, std::size_t, json::error_code&) { return enter_value(); }
  bool on_number_part(json::string_view, json::error_code&) { return true; }
  bool on_int64(std::int64_t, json::string_view, json::error_code&) { return enter_value(); }
  bool on_uint64(std::uint64_t, json::string_view, json::error_code&) { return enter_value(); }
  bool on_double(double, json::string_view, json::error_code&) { return enter_value(); }
  bool on_bool(bool, json::error_code&) { return enter_value(); }
  bool on_null(json::error_code&) { return enter_value(); }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }

 private:
  struct Frame {
    bool is_object;
    std::size_t elements;  // arrays: values started so far
    std::string key;       // objects: the member being read
    std::unordered_set<std::string> names;
  };

  bool enter_value() {
    if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().elements;
    return true;
  }

  std::string path_of_open_values() const {
    std::string path;
    // The innermost frame is the object holding the duplicate: its own key is not part of the
    // path (the caller appends the duplicate name).
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      if (frame.is_object) {
        append_pointer_token(path, frame.key);
      } else {
        path.push_back('/');
        path += std::to_string(frame.elements - 1);
      }
    }
    return path;
  }

  std::string key_;
  std::vector<Frame> frames_;
};

json::parse_options options_for(const ParseLimits& limits) {
  json::parse_options options;
  options.max_depth = limits.max_depth;
  return options;
}

[[noreturn]] void throw_at(ErrorCode code, std::size_t offset, std::string zh, std::string en) {
  ErrorLocation where;
  where.byte_offset = offset;
  throw Error(code, std::move(zh), std::move(en), std::move(where));
}

// A number a double cannot hold exactly, located at its first byte (the parser stops at its end).
[[noreturn]] void throw_refused_number(std::string_view number, std::size_t end) {
  const std::string shown =
      number.size() <= 40 ? std::string(number) : std::string(number.substr(0, 37)) + "...";
  throw_at(ErrorCode::parse_error, end - std::min(end, number.size()),
           "JSON 数值 " + shown + " 无法精确保存（超出双精度浮点数的范围或有效位数），请写成字符串",
           "JSON number " + shown +
               " cannot be kept exactly (beyond the range or the significant digits of a double); "
               "write it as a string");
}

// Boost.JSON reports invalid UTF-8 as a syntax error; give it its own code and exact offset.
[[noreturn]] void throw_syntax_error(std::string_view whole, std::size_t base, std::size_t offset,
                                     const json::error_code& ec, const ParseLimits& limits) {
  // The bad sequence starts at or just before where the parser stopped (at most 3 bytes back for
  // a truncated 4-byte sequence); look a little past it too.
  std::size_t end = std::min(whole.size(), base + offset + 4);
  // Never cut a character in two: the cut would look like the invalid sequence being looked for.
  while (end < whole.size() && (static_cast<unsigned char>(whole[end]) & 0xC0) == 0x80)
    ++end;
  if (const auto bad = text::find_invalid_utf8(whole.substr(0, end))) {
    throw_at(ErrorCode::invalid_utf8, *bad,
             "第 " + std::to_string(*bad) + " 字节处不是有效的 UTF-8 编码",
             "invalid UTF-8 at byte " + std::to_string(*bad));
  }
  const std::size_t at = base + offset;
  if (ec == json::error::too_deep) {
    throw_at(
        ErrorCode::limit_exceeded, at,
        "JSON 嵌套超过 " + std::to_string(limits.max_depth) + " 层的上限",
        "JSON nesting is deeper than the limit of " + std::to_string(limits.max_depth) + " levels");
  }
  if (ec == json::error::exponent_overflow) {
    throw_at(ErrorCode::parse_error, at, "JSON 数值超出范围（绝对值超过 1.8×10^308）",
             "JSON number out of range (magnitude above 1.8e308)");
  }
  if (ec == json::error::incomplete) {
    throw_at(ErrorCode::parse_error, at, "JSON 文本不完整（意外结束）",
             "incomplete JSON text (unexpected end)");
  }
  throw_at(ErrorCode::parse_error, at, "JSON 语法错误：" + ec.message(),
           "JSON syntax error: " + ec.message());
}

}  // namespace

json::value parse_strict(std::string_view text, const ParseLimits& limits,
                         const json::storage_ptr& storage) {
  if (text.size() > limits.max_bytes) {
    throw_at(
        ErrorCode::limit_exceeded, limits.max_bytes,
        "JSON 文本超过 " + std::to_string(limits.max_bytes) + " 字节的上限",
        "JSON text is larger than the limit of " + std::to_string(limits.max_bytes) + " bytes");
  }
  // Spreadsheet exports on Windows often start with a byte order mark; it carries no data.
  std::size_t base = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") base = 3;
  const std::string_view body = text.substr(base);
  const json::parse_options options = options_for(limits);

  try {
    for (bool check_duplicates : {true, false}) {
      json::basic_parser<BuildingHandler> parser(options, storage, check_duplicates);
      json::error_code ec;
      const std::size_t used = parser.write_some(false, body.data(), body.size(), ec);
      if (!ec && used < body.size()) {
        throw_at(ErrorCode::parse_error, base + used, "JSON 值之后还有多余的内容",
                 "unexpected data after the JSON value");
      }
      if (!ec) return parser.handler().stack.release();
      if (parser.handler().refused_number) {
        throw_refused_number(parser.handler().number_text, base + used);
      }
      if (!parser.handler().possible_duplicate) throw_syntax_error(text, base, used, ec, limits);

      json::basic_parser<DuplicateFinder> finder(options);
      json::error_code finder_ec;
      const std::size_t at = finder.write_some(false, body.data(), body.size(), finder_ec);
      if (finder.handler().found) {
        ErrorLocation where;
        where.byte_offset = base + at;
        where.json_path = finder.handler().duplicate_path;
        throw Error(ErrorCode::document_error,
                    "成员名“" + excerpt(finder.handler().duplicate_key) + "”重复",
                    "duplicate member name \"" + excerpt(finder.handler().duplicate_key) + "\"",
                    std::move(where));
      }
      // Two different names with equal hashes: the exact pass proved there is no duplicate,
      // so build the value again without the hash check.
    }
  } catch (const std::bad_alloc&) {
    throw Error(ErrorCode::out_of_memory, "读取 JSON 时内存不足", "out of memory reading JSON");
  } catch (const boost::system::system_error& error) {
    // value_stack throws for sizes beyond Boost.JSON's own limits (object, array, string size).
    throw Error(ErrorCode::limit_exceeded, std::string("JSON 值超过上限：") + error.what(),
                std::string("JSON value exceeds a limit: ") + error.what());
  }
  throw Error(ErrorCode::internal_error, "JSON 解析未得到结果", "JSON parsing produced no value");
}

}  // namespace jixiao::json_io
