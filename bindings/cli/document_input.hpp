// Reading documents for subcommands: files (or "-" for standard input) and error reports in the
// one format every subcommand uses on stderr:
//   jixiao: FILE: /indicators/12/annual_target: 应为字符串，实际为数字 / expected a string, …
//   [document_error]
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "jixiao/document_json.hpp"
#include "jixiao/error.hpp"

namespace jixiao::cli {

/// The bytes of `path`, or of standard input for "-". Error(io_error) when unreadable, and
/// Error(limit_exceeded) beyond JsonReadOptions{}.max_bytes.
std::string read_input(const std::string& path);

/// Writes one line describing `error` in `source` to `out`, with the JSON path or byte offset.
void report_error(std::ostream& out, std::string_view source, const Error& error);

/// Reads and parses the document in `path` (any schema).
Document load_document_file(const std::string& path);

}  // namespace jixiao::cli
