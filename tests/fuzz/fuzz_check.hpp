// Shared by every fuzz target (tests/fuzz/*_fuzz.cpp): how a target reports a broken property.
//
// A target must stop the process on a violated property, not throw: libFuzzer saves the input
// only when the process crashes, and the replay driver (replay_main.cpp) must fail the CTest case.
// So a failed check prints the property and the input and then aborts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>

#include "jixiao/error.hpp"
#include "text/utf8.hpp"

namespace jixiao::fuzz {

/// The input as printable ASCII with \xNN escapes, cut at `limit` bytes (for failure reports).
inline std::string printable(std::string_view bytes, std::size_t limit = 400) {
  std::string out;
  static constexpr char hex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < bytes.size() && i < limit; ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte >= 0x20 && byte < 0x7F && byte != '\\') {
      out += static_cast<char>(byte);
    } else {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    }
  }
  if (bytes.size() > limit) out += "…(" + std::to_string(bytes.size()) + " bytes)";
  return out;
}

[[noreturn]] inline void fail(const char* file, int line, const char* property,
                              const std::string& detail) {
  std::fprintf(stderr, "\n%s:%d: property violated: %s\n  %s\n", file, line, property,
               detail.c_str());
  std::fflush(stderr);
  std::abort();
}

/// Every Error a parser raises must be usable by its caller: a code from the expected set, a
/// message in both languages that is itself valid UTF-8 (messages quote the offending text), and
/// a byte offset, when given, inside the input (one past the end is "at the end").
inline void check_error(const Error& error, std::size_t input_size,
                        std::initializer_list<ErrorCode> allowed, const char* file, int line) {
  bool known = false;
  for (const ErrorCode code : allowed)
    known = known || code == error.code();
  if (!known) {
    fail(file, line, "error code is one the API documents",
         std::string(error_code_name(error.code())) + ": " + error.what());
  }
  if (error.message_zh().empty() || error.message_en().empty()) {
    fail(file, line, "error has a Chinese and an English message", error.what());
  }
  for (const std::string* message : {&error.message_zh(), &error.message_en()}) {
    if (const auto bad = text::find_invalid_utf8(*message)) {
      fail(file, line, "error message is valid UTF-8",
           "invalid byte at " + std::to_string(*bad) + " of: " + printable(*message));
    }
  }
  if (const auto& at = error.location().byte_offset; at && *at > input_size) {
    fail(file, line, "error byte offset lies within the input",
         std::to_string(*at) + " > " + std::to_string(input_size) + ": " + error.what());
  }
}

}  // namespace jixiao::fuzz

/// Aborts with the property text and `detail` (a std::string expression) when `condition` fails.
#define JIXIAO_FUZZ_CHECK(condition, detail) \
  ((condition) ? static_cast<void>(0)        \
               : ::jixiao::fuzz::fail(__FILE__, __LINE__, #condition, (detail)))

#define JIXIAO_FUZZ_CHECK_ERROR(error, input_size, ...) \
  ::jixiao::fuzz::check_error((error), (input_size), {__VA_ARGS__}, __FILE__, __LINE__)
