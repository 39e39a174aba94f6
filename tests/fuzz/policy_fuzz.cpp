// Fuzz target: the policy reader and writer (include/jixiao/policy.hpp, docs/policy.md).
//
// Input: any bytes, read as a policy document (usually layered over a built-in preset).
// Properties:
// - read_policy succeeds or throws jixiao::Error with a documented code (policy_error for a bad
//   base or schema, document_error for wrong types or unknown members, the JSON reader's
//   parse_error / invalid_utf8 / limit_exceeded, Decimal's parse_error / overflow for numbers),
//   both messages valid UTF-8 and a byte offset inside the input;
// - write → read → write is stable: writing a policy that was read never fails, the normal form
//   reads back (it has no base, so every member is there) and writes the same bytes again.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "jixiao/error.hpp"
#include "jixiao/policy.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using jixiao::Error;
  using jixiao::ErrorCode;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string shown = jixiao::fuzz::printable(input);
  try {
    std::optional<jixiao::Policy> policy;
    try {
      policy = jixiao::read_policy(input);
    } catch (const Error& error) {
      JIXIAO_FUZZ_CHECK_ERROR(error, size, ErrorCode::policy_error, ErrorCode::document_error,
                              ErrorCode::parse_error, ErrorCode::invalid_utf8,
                              ErrorCode::limit_exceeded, ErrorCode::overflow);
      return 0;
    }
    std::string first;
    try {
      first = jixiao::write_policy(*policy);
    } catch (const Error& error) {
      jixiao::fuzz::fail(__FILE__, __LINE__, "a policy that was read can be written",
                         std::string(error.what()) + " for " + shown);
    }
    std::optional<jixiao::Policy> again;
    try {
      again = jixiao::read_policy(first);
    } catch (const Error& error) {
      jixiao::fuzz::fail(
          __FILE__, __LINE__, "the written normal form reads back",
          std::string(error.what()) + "\n  written: " + jixiao::fuzz::printable(first, 4000));
    }
    const std::string second = jixiao::write_policy(*again);
    JIXIAO_FUZZ_CHECK(second == first, "read → write → read → write is stable for " + shown);
  } catch (const Error& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "no unexpected jixiao::Error",
                       std::string(error.what()) + " for " + shown);
  } catch (const std::exception& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "only jixiao::Error leaves the API",
                       std::string(error.what()) + " for " + shown);
  }
  return 0;
}
