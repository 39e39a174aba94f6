// Fuzz target: the 指标值 parser and its writers (include/jixiao/target.hpp, docs/targets.md).
//
// Input: "TARGET\nACTUAL". Properties:
// - parse_target never throws, keeps the text byte for byte, carries at most
//   max_target_diagnostics diagnostics, each inside the text with a character offset that matches
//   its byte offset and messages in valid UTF-8; invalid UTF-8 and over-long texts are vague with
//   the invalid_utf8 / too_long diagnostic at the right place;
// - is_numeric() is exactly the numeric kinds, and for every numeric target
//   parse_target(format(t)) is equivalent to t (the promise of format());
// - format, to_json and to_mof write valid UTF-8; to_json is one JSON object; the MOF split of a
//   single-number target reads back through from_mof with the same value and comparator;
// - is_met(target, ACTUAL) answers or throws one of the documented codes.
#include <boost/json/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "jixiao/error.hpp"
#include "jixiao/target.hpp"
#include "text/utf8.hpp"

namespace {

using jixiao::ErrorCode;
using jixiao::Target;
using jixiao::TargetKind;
using jixiao::fuzz::printable;

void check_valid_text(const std::string& text, const char* what, std::string_view input) {
  JIXIAO_FUZZ_CHECK(!jixiao::text::find_invalid_utf8(text),
                    std::string(what) + " is not valid UTF-8 for \"" + printable(input) +
                        "\": " + printable(text));
}

bool has_diagnostic(const Target& target, jixiao::TargetDiagnosticCode code, std::size_t at) {
  for (const auto& diagnostic : target.diagnostics) {
    if (diagnostic.code == code && diagnostic.byte_offset == at) return true;
  }
  return false;
}

void check_target(const Target& target, std::string_view text) {
  const std::string context = "\"" + printable(text) + "\"";
  JIXIAO_FUZZ_CHECK(target.text == text, context + ": text is kept byte for byte");
  JIXIAO_FUZZ_CHECK(target.diagnostics.size() <= jixiao::max_target_diagnostics, context);
  const bool valid = !jixiao::text::find_invalid_utf8(text);
  for (const auto& diagnostic : target.diagnostics) {
    JIXIAO_FUZZ_CHECK(diagnostic.byte_offset <= text.size(),
                      context + ": diagnostic " + std::to_string(diagnostic.byte_offset));
    if (valid) {
      JIXIAO_FUZZ_CHECK(
          jixiao::text::code_point_offset(text, diagnostic.byte_offset) == diagnostic.char_offset,
          context + ": character offset " + std::to_string(diagnostic.char_offset) +
              " of byte offset " + std::to_string(diagnostic.byte_offset));
    }
    JIXIAO_FUZZ_CHECK(!diagnostic.message_zh.empty() && !diagnostic.message_en.empty(), context);
    check_valid_text(diagnostic.message_zh, "a diagnostic message", text);
    check_valid_text(diagnostic.message_en, "a diagnostic message", text);
  }
  if (text.size() > jixiao::max_target_bytes) {
    bool too_long = false;
    for (const auto& diagnostic : target.diagnostics) {
      too_long = too_long || diagnostic.code == jixiao::TargetDiagnosticCode::too_long;
    }
    JIXIAO_FUZZ_CHECK(target.kind == TargetKind::vague && too_long,
                      context + ": over max_target_bytes is vague with too_long");
  } else if (const auto bad = jixiao::text::find_invalid_utf8(text)) {
    JIXIAO_FUZZ_CHECK(
        target.kind == TargetKind::vague &&
            has_diagnostic(target, jixiao::TargetDiagnosticCode::invalid_utf8, *bad),
        context + ": invalid UTF-8 is vague with invalid_utf8 at byte " + std::to_string(*bad));
  }
  const bool numeric = target.kind == TargetKind::quantitative ||
                       target.kind == TargetKind::range || target.kind == TargetKind::tolerance;
  JIXIAO_FUZZ_CHECK(target.is_numeric() == numeric, context + ": is_numeric()");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view text = input.substr(0, newline);
  const std::string_view actual =
      newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
  try {
    const Target target = jixiao::parse_target(text);
    check_target(target, text);
    const std::string formatted = jixiao::format(target);
    check_valid_text(formatted, "format()", text);
    const std::string json = jixiao::to_json(target);
    check_valid_text(json, "to_json()", text);
    boost::json::error_code json_error;
    const auto parsed = boost::json::parse(json, json_error);
    JIXIAO_FUZZ_CHECK(
        !json_error && parsed.is_object(),
        "to_json() is one JSON object for \"" + printable(text) + "\": " + printable(json));

    if (target.is_numeric()) {
      const Target again = jixiao::parse_target(formatted);
      JIXIAO_FUZZ_CHECK(jixiao::equivalent(again, target),
                        "parse_target(format(t)) is equivalent to t for \"" + printable(text) +
                            "\": format gives \"" + printable(formatted) + "\", read back as " +
                            printable(jixiao::to_json(again)));
    }

    const jixiao::MofValue mof = jixiao::to_mof(target);
    JIXIAO_FUZZ_CHECK(mof.code >= 1 && mof.code <= 6, "MOF code");
    check_valid_text(mof.text, "to_mof().text", text);
    if (mof.code <= 5) {
      JIXIAO_FUZZ_CHECK(mof.value.has_value(), "codes 1-5 carry a value");
      const Target back = jixiao::from_mof(mof.code, mof.value->to_string(), mof.unit);
      JIXIAO_FUZZ_CHECK(
          back.value && *back.value == *mof.value && jixiao::mof_code(back.comparator) == mof.code,
          "from_mof(to_mof(t)) keeps value and comparator for \"" + printable(text) + "\"");
    }

    try {
      static_cast<void>(jixiao::is_met(target, actual));
    } catch (const jixiao::Error& error) {
      JIXIAO_FUZZ_CHECK_ERROR(error, actual.size(), ErrorCode::parse_error,
                              ErrorCode::unit_mismatch, ErrorCode::invalid_argument,
                              ErrorCode::overflow);
    }
  } catch (const jixiao::Error& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "parse_target and its writers do not throw",
                       std::string(error.what()) + " for " + printable(input));
  } catch (const std::exception& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "only jixiao::Error leaves the API",
                       std::string(error.what()) + " for " + printable(input));
  }
  return 0;
}
