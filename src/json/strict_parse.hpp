// Strict JSON parsing for untrusted documents (internal header).
//
// Boost.JSON 1.81 parses fast and validates UTF-8, but keeps the last of duplicate member names
// silently and reports invalid UTF-8 as a plain syntax error. parse_strict() adds what a
// document exchange needs on top of the same parser: duplicate names are errors with their JSON
// Pointer, invalid UTF-8 is Error(invalid_utf8) with its byte offset, and size and depth are
// bounded (Error(limit_exceeded)), so 10,000 nested brackets are refused, never recursed into.
#pragma once

#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <string_view>

namespace jixiao::json_io {

struct ParseLimits {
  std::size_t max_bytes = 0;
  std::size_t max_depth = 0;
};

/// Parses exactly one JSON text (surrounding whitespace and a leading UTF-8 byte order mark
/// allowed). The value is allocated from `storage`. Errors carry the byte offset into `text`:
/// parse_error (syntax, trailing data, truncated text), invalid_utf8, limit_exceeded (size,
/// depth), document_error (duplicate member name, with its JSON Pointer).
boost::json::value parse_strict(std::string_view text, const ParseLimits& limits,
                                const boost::json::storage_ptr& storage = {});

}  // namespace jixiao::json_io
