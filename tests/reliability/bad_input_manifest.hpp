// The bad-input catalogue (tests/data/bad-input/manifest.tsv): reading its rows and building their
// inputs. Shared by bad_input_test.cpp; the format is described in tests/data/bad-input/README.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::testing {

/// One piece of an input: `bytes` written `repeat` times.
struct InputSegment {
  std::string bytes;
  std::size_t repeat = 1;
};

/// What a row expects.
struct Expectation {
  bool accepted = false;
  std::string reading;                     ///< accepted: the reading, in the parser's own form
  std::string code;                        ///< refused: the ErrorCode name ("parse_error")
  std::optional<std::size_t> byte_offset;  ///< refused: "@12"
  std::optional<std::string> json_path;    ///< refused: "@/department/name", or "@" for the root
};

struct ManifestRow {
  int line = 0;
  std::string id;
  std::string parser;
  std::vector<InputSegment> input;
  Expectation expect;
  std::string note;

  /// The input with every repeat count multiplied by `numerator / denominator` (at least 1).
  std::string build(std::size_t numerator = 1, std::size_t denominator = 1) const;
  /// Largest repeat count of the input (the "n" of its linear-time check).
  std::size_t largest_repeat() const;
};

/// Decodes the escapes of the manifest: \n \r \t \0 \\ \" \xHH (a raw byte) and \u{HEX} (the
/// UTF-8 of a code point, which may be a surrogate or above U+10FFFF to build invalid text).
std::string unescape(std::string_view text);

/// Parses an input expression: segments joined by " ++ ", each "text" (escaped), "text"*N, or
/// @relative/path (a file under tests/data/bad-input/). Throws std::runtime_error when malformed.
std::vector<InputSegment> parse_input(std::string_view expression, const std::string& directory);

/// Parses an expectation: "ok", "ok <reading>" or "error <code>@<byte offset | JSON Pointer>".
Expectation parse_expectation(std::string_view text);

/// Every row of the manifest; throws std::runtime_error naming the line of a malformed row.
std::vector<ManifestRow> read_manifest(const std::string& directory);

}  // namespace jixiao::testing
