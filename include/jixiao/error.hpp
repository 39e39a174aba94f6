// jixiao::Error — the one exception type of the C++ API.
//
// Every failure a user can cause (bad text, bad document, overflow, …) is reported as an Error
// carrying a stable code, a message in Chinese and in English, and where it happened: a byte
// offset (and, for text people count by characters, a character offset) or a JSON Pointer path.
// The C ABI maps the code one-to-one onto JX_E_* values, so codes are never renumbered.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jixiao {

/// Stable error codes. Values are part of the C ABI (JX_E_* = -value): append, never renumber.
enum class ErrorCode : int {
  invalid_argument = 1,  ///< a caller passed something the API does not accept
  parse_error = 2,       ///< text could not be read (number, 指标值, formula, JSON syntax)
  overflow = 3,          ///< a result does not fit the exact representation
  division_by_zero = 4,  ///< a divisor was zero
  invalid_utf8 = 5,      ///< input text is not valid UTF-8
  limit_exceeded = 6,    ///< input longer or deeper than a documented bound
  document_error = 7,  ///< JSON is well-formed but not a valid document (wrong type, missing field)
  formula_error = 8,   ///< a formula compiled but cannot be evaluated as asked (unknown name, …)
  missing_value = 9,   ///< a variable or input needed for a result has no value
  unit_mismatch = 10,  ///< two quantities in units that cannot be compared
  policy_error = 11,   ///< a policy is invalid
  io_error = 12,       ///< a file could not be read or written
  out_of_memory = 13,  ///< allocation failed
  internal_error = 14,  ///< a bug in jixiao: please report it
};

/// The English name of a code ("parse_error"), stable for logs and JSON output.
std::string_view error_code_name(ErrorCode code) noexcept;

/// Where an error happened. Offsets count from the start of the text that was passed in.
struct ErrorLocation {
  std::optional<std::size_t> byte_offset;  ///< 0-based byte offset into UTF-8 input
  std::optional<std::size_t> char_offset;  ///< 0-based offset in Unicode code points
  std::string json_path;  ///< JSON Pointer ("/indicators/12/annual_target"), or empty
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message_zh, std::string message_en,
        ErrorLocation location = {});

  ErrorCode code() const noexcept { return code_; }
  /// The message for people who read Chinese (the default language of the forms).
  const std::string& message_zh() const noexcept { return message_zh_; }
  const std::string& message_en() const noexcept { return message_en_; }
  const ErrorLocation& location() const noexcept { return location_; }

  // what() is "中文 / English", with the location appended, so a log line serves both readers.

 private:
  ErrorCode code_;
  std::string message_zh_;
  std::string message_en_;
  ErrorLocation location_;
};

}  // namespace jixiao
