// Fuzz target: the JSON document reader and writer (include/jixiao/document_json.hpp).
//
// Input: any bytes, read as a JSON document. Properties:
// - load_document and the three typed readers either succeed or throw jixiao::Error with a code
//   docs/data-format.md lists, both messages valid UTF-8, a byte offset inside the input;
// - they agree: a typed reader accepts the text exactly when load_document gives that kind;
// - load → save → load is stable: writing a loaded document never fails, the written text reads
//   back, and writing that again gives the same bytes (the normal form is a fixed point);
// - the size bound holds: the same text with max_bytes one less than its size is refused with
//   limit_exceeded; max_depth equal to the text's bracket nesting accepts it, one less refuses.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "fuzz_check.hpp"
#include "jixiao/document_json.hpp"
#include "jixiao/error.hpp"

namespace {

using jixiao::Document;
using jixiao::Error;
using jixiao::ErrorCode;
using jixiao::JsonReadOptions;

#define JIXIAO_DOCUMENT_ERRORS                                                \
  ErrorCode::parse_error, ErrorCode::invalid_utf8, ErrorCode::limit_exceeded, \
      ErrorCode::document_error, ErrorCode::overflow
// The reading problems of docs/data-format.md (an unreadable amount is Decimal's parse_error,
// one beyond 38 digits its overflow).

template <typename Read>
std::optional<Document> attempt(std::string_view input, Read&& read) {
  try {
    return Document(read());
  } catch (const Error& error) {
    JIXIAO_FUZZ_CHECK_ERROR(error, input.size(), JIXIAO_DOCUMENT_ERRORS);
    return std::nullopt;
  }
}

/// The deepest nesting of [ and { outside strings (the text is known to be valid JSON).
std::size_t bracket_depth(std::string_view json) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string shown = jixiao::fuzz::printable(input);
  try {
    const auto loaded = attempt(input, [&] { return jixiao::load_document(input); });
    const auto declaration = attempt(input, [&] { return jixiao::read_declaration(input); });
    const auto evaluation = attempt(input, [&] { return jixiao::read_self_evaluation(input); });
    const auto report = attempt(input, [&] { return jixiao::read_monitoring_report(input); });
    const std::size_t index = loaded ? loaded->index() : std::variant_npos;
    JIXIAO_FUZZ_CHECK(declaration.has_value() == (index == 0) &&
                          evaluation.has_value() == (index == 1) &&
                          report.has_value() == (index == 2),
                      "typed readers agree with load_document on " + shown);

    if (size > 0) {
      JsonReadOptions tight;
      tight.max_bytes = size - 1;
      try {
        static_cast<void>(jixiao::load_document(input, tight));
        jixiao::fuzz::fail(__FILE__, __LINE__, "max_bytes is enforced", shown);
      } catch (const Error& error) {
        JIXIAO_FUZZ_CHECK(error.code() == ErrorCode::limit_exceeded,
                          std::string("over max_bytes: ") + error.what());
      }
    }
    if (!loaded) return 0;

    // The depth bound is exact: the deepest bracket nesting of the text is accepted as the
    // limit, and one less is refused.
    const std::size_t depth = bracket_depth(input);
    JsonReadOptions exact_depth;
    exact_depth.max_depth = depth;
    JIXIAO_FUZZ_CHECK(attempt(input, [&] { return jixiao::load_document(input, exact_depth); }),
                      "max_depth equal to the nesting accepts " + shown);
    JsonReadOptions shallow;
    shallow.max_depth = depth - 1;
    try {
      static_cast<void>(jixiao::load_document(input, shallow));
      jixiao::fuzz::fail(__FILE__, __LINE__, "max_depth is enforced", shown);
    } catch (const Error& error) {
      JIXIAO_FUZZ_CHECK(error.code() == ErrorCode::limit_exceeded,
                        std::string("over max_depth: ") + error.what());
    }

    std::string first;
    try {
      first = jixiao::write_document(*loaded);
    } catch (const Error& error) {
      jixiao::fuzz::fail(__FILE__, __LINE__, "a loaded document can be written",
                         std::string(error.what()) + " for " + shown);
    }
    std::optional<Document> again;
    try {
      again = jixiao::load_document(first);
    } catch (const Error& error) {
      jixiao::fuzz::fail(
          __FILE__, __LINE__, "the written normal form reads back",
          std::string(error.what()) + "\n  written: " + jixiao::fuzz::printable(first, 2000));
    }
    JIXIAO_FUZZ_CHECK(again->index() == loaded->index(), "the kind survives a round trip");
    const std::string second = jixiao::write_document(*again);
    JIXIAO_FUZZ_CHECK(second == first, "load → save → load → save is stable for " + shown +
                                           "\n  first:  " + jixiao::fuzz::printable(first, 2000) +
                                           "\n  second: " + jixiao::fuzz::printable(second, 2000));
  } catch (const Error& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "no unexpected jixiao::Error",
                       std::string(error.what()) + " for " + shown);
  } catch (const std::exception& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "only jixiao::Error leaves the API",
                       std::string(error.what()) + " for " + shown);
  }
  return 0;
}
