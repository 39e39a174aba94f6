// Fuzz target: the C ABI entry points that take text (capi/include/jixiao.h), against the C++ API
// they wrap.
//
// Input: one selector byte, then the payload of the entry point it selects:
//   0 decimal     "A\nB\nP" as for decimal_fuzz.cpp: jx_decimal_parse and the arithmetic
//   1 target      "TARGET\nACTUAL": jx_target_parse, _to_json, _to_mof, _is_met, _from_mof
//   2 formula     "TEXT\nVALUES" (';'-separated decimal texts, empty = no value):
//                 jx_formula_compile, _slot, _eval_text, _eval_double
//   3 document    JSON: jx_document_kind_of_json and the loader it names, _to_json
//   4 policy      JSON or a preset name: jx_policy_load_json, jx_policy_preset, _to_json
//   5 field write "F" then text: jx_declaration_set_text on a copy of the 番禺 declaration
// Properties, for every entry point:
// - it returns JX_OK exactly when the C++ function accepts the input, with the same result (the
//   same value, the same canonical text, the same JSON byte for byte);
// - on failure the status is −ErrorCode of the C++ error, jx_last_error() has that code, the same
//   byte offset and JSON Pointer, messages that are valid UTF-8, and the out parameter is left
//   untouched;
// - the caller's buffer is unchanged, and a NULL text with a non-zero length is
//   JX_E_INVALID_ARGUMENT;
// - a refused field write leaves the document byte for byte as it was.
// The one documented difference: jx_target_parse refuses invalid UTF-8 (JX_E_INVALID_UTF8 at the
// first bad byte) where parse_target returns a vague target.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "jixiao.h"
#include "jixiao/decimal.hpp"
#include "jixiao/document_json.hpp"
#include "jixiao/error.hpp"
#include "jixiao/formula.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/target.hpp"
#include "text/utf8.hpp"

namespace {

using jixiao::Decimal;
using jixiao::Error;
using jixiao::fuzz::printable;

/// The outcome of a C++ call: a value, or the Error it threw.
template <typename T>
struct Expected {
  std::optional<T> value;
  std::optional<Error> error;
};

template <typename T, typename Call>
Expected<T> expect(Call&& call) {
  Expected<T> result;
  try {
    result.value = call();
  } catch (const Error& error) {
    result.error = error;
  }
  return result;
}

void check_valid(const char* text, const char* what) {
  JIXIAO_FUZZ_CHECK(text != nullptr, std::string(what) + " is never NULL");
  JIXIAO_FUZZ_CHECK(!jixiao::text::find_invalid_utf8(text), std::string(what) + " is valid UTF-8");
}

/// A failed jx_ call must report exactly the C++ error. The C ABI checks its text arguments for
/// valid UTF-8 before anything else (jixiao.h, conventions), so for an invalid `input` it may
/// report JX_E_INVALID_UTF8 at the first bad byte where the C++ reader met another problem first.
void check_failure(int status, const Error& error, const std::string& context,
                   std::optional<std::string_view> input = std::nullopt) {
  if (input && status == JX_E_INVALID_UTF8) {
    const auto bad = jixiao::text::find_invalid_utf8(*input);
    JIXIAO_FUZZ_CHECK(bad && jx_last_error()->byte_offset == static_cast<std::int64_t>(*bad),
                      context + ": JX_E_INVALID_UTF8 for valid text, or at the wrong byte");
    return;
  }
  JIXIAO_FUZZ_CHECK(status == -static_cast<int>(error.code()),
                    context + ": status " + std::to_string(status) + " for " + error.what());
  const jx_error* last = jx_last_error();
  JIXIAO_FUZZ_CHECK(last != nullptr && last->code == status, context + ": jx_last_error()->code");
  const auto& at = error.location().byte_offset;
  JIXIAO_FUZZ_CHECK(last->byte_offset == (at ? static_cast<std::int64_t>(*at) : -1),
                    context + ": byte offset " + std::to_string(last->byte_offset));
  check_valid(last->message, "jx_error.message");
  check_valid(last->message_zh, "jx_error.message_zh");
  check_valid(last->message_en, "jx_error.message_en");
  check_valid(last->json_path, "jx_error.json_path");
}

std::string decimal_text(const jx_decimal* value) {
  char* text = nullptr;
  JIXIAO_FUZZ_CHECK(jx_decimal_to_string(value, &text) == JX_OK, "jx_decimal_to_string");
  std::string copy = text;
  jx_free(text);
  return copy;
}

/// jx_decimal_parse against Decimal::parse; returns the handle (or NULL) for the arithmetic.
jx_decimal* parse(std::string_view text) {
  const std::string context = "jx_decimal_parse(\"" + printable(text) + "\")";
  const auto expected = expect<Decimal>([&] { return Decimal::parse(text); });
  // A buffer of exactly the text's size, so that reading past the length is caught.
  std::vector<char> buffer(text.begin(), text.end());
  jx_decimal* const untouched = reinterpret_cast<jx_decimal*>(&buffer);
  jx_decimal* out = untouched;
  const int status = jx_decimal_parse(buffer.data(), buffer.size(), &out);
  JIXIAO_FUZZ_CHECK(std::string_view(buffer.data(), buffer.size()) == text,
                    context + " modified its input");
  if (expected.error) {
    check_failure(status, *expected.error, context, text);
    JIXIAO_FUZZ_CHECK(out == untouched, context + ": out changed on failure");
    return nullptr;
  }
  JIXIAO_FUZZ_CHECK(status == JX_OK && out != untouched && out != nullptr,
                    context + ": status " + std::to_string(status));
  JIXIAO_FUZZ_CHECK(decimal_text(out) == expected.value->to_string(), context + ": value");
  return out;
}

/// A binary jx_decimal operation against its C++ counterpart.
template <typename CCall, typename CxxCall>
void check_binary(const char* name, CCall&& c_call, CxxCall&& cxx_call,
                  const std::string& operands) {
  const auto expected = expect<Decimal>(cxx_call);
  jx_decimal* out = nullptr;
  const int status = c_call(&out);
  const std::string context = std::string(name) + " of " + operands;
  if (expected.error) {
    check_failure(status, *expected.error, context);
    JIXIAO_FUZZ_CHECK(out == nullptr, context + ": out changed on failure");
    return;
  }
  JIXIAO_FUZZ_CHECK(status == JX_OK, context + ": status " + std::to_string(status));
  JIXIAO_FUZZ_CHECK(decimal_text(out) == expected.value->to_string(), context + ": value");
  jx_decimal_free(out);
}

std::vector<std::string_view> split_lines(std::string_view input, std::size_t most) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < most) {
    const std::size_t end = input.find('\n');
    if (end == std::string_view::npos) break;
    parts.push_back(input.substr(0, end));
    input.remove_prefix(end + 1);
  }
  parts.push_back(input);
  return parts;
}

void fuzz_decimal(std::string_view input) {
  // NULL is the empty text only with length 0.
  jx_decimal* never = nullptr;
  JIXIAO_FUZZ_CHECK(jx_decimal_parse(nullptr, input.size() + 1, &never) == JX_E_INVALID_ARGUMENT &&
                        never == nullptr,
                    "NULL text with a length");
  const std::size_t size = input.size();
  const auto parts = split_lines(input, 3);
  const std::string_view params = parts.size() > 2 ? parts[2] : std::string_view{};
  const int rounding = params.empty() ? static_cast<int>(size % 7)
                                      : static_cast<unsigned char>(params[0]) % 8;  // 7: invalid
  const int scale = params.size() > 1 ? static_cast<unsigned char>(params[1]) % 41 - 1  // −1, 39
                                      : static_cast<int>(size % 39);
  jx_decimal* a = parse(parts[0]);
  jx_decimal* b = parse(parts.size() > 1 ? parts[1] : parts[0]);
  if (a != nullptr && b != nullptr) {
    const Decimal x = Decimal::parse(parts[0]);
    const Decimal y = Decimal::parse(parts.size() > 1 ? parts[1] : parts[0]);
    const std::string operands = x.to_string() + ", " + y.to_string() + " (scale " +
                                 std::to_string(scale) + ", rounding " + std::to_string(rounding) +
                                 ")";
    const auto mode = static_cast<jixiao::RoundingMode>(rounding % 7);
    const bool valid_mode = rounding < 7;
    const auto needs_valid = [&](auto&& call) {
      return [&, call]() -> Decimal {
        if (!valid_mode) {
          throw Error(jixiao::ErrorCode::invalid_argument, "舍入方式", "rounding mode");
        }
        return call();
      };
    };
    check_binary(
        "jx_decimal_add", [&](jx_decimal** out) { return jx_decimal_add(a, b, out); },
        [&] { return x + y; }, operands);
    check_binary(
        "jx_decimal_sub", [&](jx_decimal** out) { return jx_decimal_sub(a, b, out); },
        [&] { return x - y; }, operands);
    check_binary(
        "jx_decimal_mul", [&](jx_decimal** out) { return jx_decimal_mul(a, b, out); },
        [&] { return x * y; }, operands);
    check_binary(
        "jx_decimal_div",
        [&](jx_decimal** out) { return jx_decimal_div(a, b, scale, rounding, out); },
        needs_valid([&] { return Decimal::divide(x, y, scale, mode); }), operands);
    check_binary(
        "jx_decimal_round",
        [&](jx_decimal** out) { return jx_decimal_round(a, scale, rounding, out); },
        needs_valid([&] { return x.round(scale, mode); }), operands);
    int order = 2;
    JIXIAO_FUZZ_CHECK(
        jx_decimal_compare(a, b, &order) == JX_OK && order == (x < y ? -1 : (x > y ? 1 : 0)),
        "jx_decimal_compare of " + operands);
    double nearest = 0;
    JIXIAO_FUZZ_CHECK(jx_decimal_to_double(a, &nearest) == JX_OK && nearest == x.to_double(),
                      "jx_decimal_to_double of " + operands);
  }
  jx_decimal_free(a);
  jx_decimal_free(b);
}

/// A text the C ABI reads, in an exactly sized buffer that is compared after the call.
class Buffer {
 public:
  explicit Buffer(std::string_view text) : bytes_(text.begin(), text.end()), text_(text) {}
  ~Buffer() {
    JIXIAO_FUZZ_CHECK(std::string_view(bytes_.data(), bytes_.size()) == text_,
                      "a jx_ function modified its input");
  }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  const char* data() const { return bytes_.data(); }
  std::size_t size() const { return bytes_.size(); }

 private:
  std::vector<char> bytes_;
  std::string text_;
};

std::string take(char* text) {
  std::string copy = text == nullptr ? std::string() : std::string(text);
  jx_free(text);
  return copy;
}

void fuzz_target(std::string_view input) {
  const std::size_t newline = input.find('\n');
  const std::string_view text = input.substr(0, newline);
  const std::string_view actual =
      newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
  const std::string context = "jx_target_parse(\"" + printable(text) + "\")";
  const jixiao::Target expected = jixiao::parse_target(text);
  jx_target* target = nullptr;
  int status = 0;
  {
    const Buffer buffer(text);
    status = jx_target_parse(buffer.data(), buffer.size(), &target);
  }
  if (const auto bad = jixiao::text::find_invalid_utf8(text)) {
    JIXIAO_FUZZ_CHECK(status == JX_E_INVALID_UTF8 && target == nullptr, context);
    JIXIAO_FUZZ_CHECK(jx_last_error()->byte_offset == static_cast<std::int64_t>(*bad), context);
    return;
  }
  JIXIAO_FUZZ_CHECK(status == JX_OK, context + ": status " + std::to_string(status));
  const char* canonical = nullptr;
  std::size_t length = 0;
  JIXIAO_FUZZ_CHECK(
      jx_target_get_text(target, JX_TARGET_CANONICAL, 0, &canonical, &length) == JX_OK &&
          std::string_view(canonical, length) == jixiao::format(expected),
      context + ": canonical text");
  char* json = nullptr;
  JIXIAO_FUZZ_CHECK(
      jx_target_to_json(target, &json) == JX_OK && take(json) == jixiao::to_json(expected),
      context + ": JSON");

  int code = 0;
  jx_decimal* value = nullptr;
  char* unit = nullptr;
  char* mof_text = nullptr;
  const jixiao::MofValue mof = jixiao::to_mof(expected);
  const int mof_status =
      jx_target_to_mof(target, JX_COMPARATOR_GREATER_EQUAL, &code, &value, &unit, &mof_text);
  if (mof.text.find('\0') != std::string::npos || mof.unit.find('\0') != std::string::npos) {
    // A C string cannot carry the NUL: refused, nothing handed out (the canonical text above has
    // its length).
    JIXIAO_FUZZ_CHECK(mof_status == JX_E_INVALID_ARGUMENT && code == 0 && value == nullptr &&
                          unit == nullptr && mof_text == nullptr,
                      context + ": to_mof with a NUL byte");
  } else {
    JIXIAO_FUZZ_CHECK(mof_status == JX_OK, context + ": to_mof");
    JIXIAO_FUZZ_CHECK(code == mof.code && take(unit) == mof.unit && take(mof_text) == mof.text &&
                          (value == nullptr) == !mof.value,
                      context + ": MOF split");
  }
  if (value != nullptr) {
    JIXIAO_FUZZ_CHECK(decimal_text(value) == mof.value->to_string(), context + ": MOF value");
    jx_decimal_free(value);
  }

  const auto met = expect<bool>([&] { return jixiao::is_met(expected, actual); });
  int out_met = 7;
  {
    const Buffer buffer(actual);
    status = jx_target_is_met(target, buffer.data(), buffer.size(), JX_COMPARATOR_GREATER_EQUAL,
                              &out_met);
  }
  if (met.error) {
    check_failure(status, *met.error, context + " is_met(\"" + printable(actual) + "\")", actual);
    JIXIAO_FUZZ_CHECK(out_met == 7, context + ": out_met changed on failure");
  } else {
    JIXIAO_FUZZ_CHECK(status == JX_OK && out_met == (*met.value ? 1 : 0), context + ": is_met");
  }
  jx_target_free(target);

  // The MOF split form with the actual line as the value text.
  const int mof_code = static_cast<int>(text.size() % 8);  // 0 and 7 are invalid codes
  const auto from = expect<jixiao::Target>([&] { return jixiao::from_mof(mof_code, actual, ""); });
  jx_target* read = nullptr;
  status = jx_target_from_mof(mof_code, actual.data(), actual.size(), "", 0, &read);
  if (from.error) {
    check_failure(status, *from.error, context + " from_mof", actual);
  } else if (!jixiao::text::find_invalid_utf8(actual)) {
    JIXIAO_FUZZ_CHECK(status == JX_OK, context + ": from_mof status " + std::to_string(status));
    json = nullptr;
    JIXIAO_FUZZ_CHECK(
        jx_target_to_json(read, &json) == JX_OK && take(json) == jixiao::to_json(*from.value),
        context + ": from_mof JSON");
  }
  jx_target_free(read);
}

void fuzz_formula(std::string_view input) {
  const std::size_t newline = input.find('\n');
  const std::string_view text = input.substr(0, newline);
  const std::string_view values =
      newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
  const std::string context = "jx_formula_compile(\"" + printable(text) + "\")";
  const auto compiled = expect<jixiao::Formula>([&] { return jixiao::Formula::compile(text); });
  jx_formula* formula = nullptr;
  int status = 0;
  {
    const Buffer buffer(text);
    status = jx_formula_compile(buffer.data(), buffer.size(), nullptr, &formula);
  }
  if (compiled.error) {
    check_failure(status, *compiled.error, context, text);
    JIXIAO_FUZZ_CHECK(formula == nullptr, context + ": out changed on failure");
    return;
  }
  JIXIAO_FUZZ_CHECK(status == JX_OK, context + ": status " + std::to_string(status));
  std::size_t count = 0;
  JIXIAO_FUZZ_CHECK(jx_formula_count(formula, JX_FORMULA_VARIABLES, &count) == JX_OK &&
                        count == compiled.value->variables().size(),
                    context + ": variable count");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& name = compiled.value->variables()[i].name;
    std::size_t slot = JX_NO_SLOT;
    JIXIAO_FUZZ_CHECK(
        jx_formula_slot(formula, name.data(), name.size(), &slot) == JX_OK && slot == i,
        context + ": slot of " + printable(name));
  }

  // One text per slot; a missing entry is "no value".
  std::vector<std::string> texts;
  std::vector<jx_text> slots(count, jx_text{nullptr, 0});
  std::size_t begin = 0;
  for (std::size_t i = 0; i < count && begin <= values.size(); ++i) {
    const std::size_t end = std::min(values.find(';', begin), values.size());
    texts.emplace_back(values.substr(begin, end - begin));
    begin = end + 1;
  }
  std::vector<std::optional<Decimal>> decimals(count);
  std::optional<Error> bad_value;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].empty()) continue;
    slots[i] = jx_text{texts[i].data(), texts[i].size()};
    // The C layer checks every text it is given for UTF-8 before reading it (jixiao.h).
    if (jixiao::text::find_invalid_utf8(texts[i])) {
      if (!bad_value) bad_value = Error(jixiao::ErrorCode::invalid_utf8, "", "");
      continue;
    }
    try {
      decimals[i] = Decimal::parse(texts[i]);
    } catch (const Error& error) {
      if (!bad_value) bad_value = error;
    }
  }
  char* result = nullptr;
  status = jx_formula_eval_text(formula, slots.data(), count, JX_MISSING_NEVER_SKIP, &result);
  if (bad_value) {
    JIXIAO_FUZZ_CHECK(status == -static_cast<int>(bad_value->code()),
                      context + ": an unreadable value: status " + std::to_string(status));
  } else {
    const auto exact = expect<std::optional<Decimal>>([&] {
      return compiled.value->evaluate(decimals, jixiao::MissingValueStrategy::never_skip);
    });
    if (exact.error) {
      check_failure(status, *exact.error, context + " eval_text");
    } else {
      JIXIAO_FUZZ_CHECK(status == JX_OK, context + ": eval_text status " + std::to_string(status));
      JIXIAO_FUZZ_CHECK(
          take(result) == (*exact.value ? (*exact.value)->to_string() : std::string()),
          context + ": eval_text value");
      result = nullptr;
    }
  }
  jx_free(result);

  std::vector<double> doubles;
  for (const auto& value : decimals)
    doubles.push_back(value ? value->to_double() : std::nan(""));
  const auto inexact = expect<std::optional<double>>([&] {
    return compiled.value->evaluate_double(doubles, jixiao::MissingValueStrategy::never_skip);
  });
  double out = 0;
  status = jx_formula_eval_double(formula, doubles.data(), count, JX_MISSING_NEVER_SKIP, &out);
  if (inexact.error) {
    check_failure(status, *inexact.error, context + " eval_double");
  } else {
    JIXIAO_FUZZ_CHECK(
        status == JX_OK && (*inexact.value ? out == **inexact.value : std::isnan(out)),
        context + ": eval_double");
  }
  jx_formula_free(formula);
}

void fuzz_document(std::string_view input) {
  const std::string context = "document \"" + printable(input) + "\"";
  const auto expected = expect<jixiao::Document>([&] { return jixiao::load_document(input); });
  const Buffer buffer(input);
  int kind = 0;
  const int probed = jx_document_kind_of_json(buffer.data(), buffer.size(), nullptr, &kind);
  if (probed != JX_OK) {
    // The probe reads only the schema: whatever it refuses, load_document refuses the same way.
    JIXIAO_FUZZ_CHECK(expected.error.has_value(), context + ": probe refused a document");
    return;
  }
  char* json = nullptr;
  int status = 0;
  if (kind == JX_DOCUMENT_DECLARATION) {
    jx_declaration* document = nullptr;
    status = jx_declaration_load_json(buffer.data(), buffer.size(), nullptr, &document);
    if (status == JX_OK)
      JIXIAO_FUZZ_CHECK(jx_declaration_to_json(document, &json) == JX_OK, context);
    jx_declaration_free(document);
  } else if (kind == JX_DOCUMENT_SELF_EVALUATION) {
    jx_self_evaluation* document = nullptr;
    status = jx_self_evaluation_load_json(buffer.data(), buffer.size(), nullptr, &document);
    if (status == JX_OK) {
      JIXIAO_FUZZ_CHECK(jx_self_evaluation_to_json(document, &json) == JX_OK, context);
    }
    jx_self_evaluation_free(document);
  } else {
    JIXIAO_FUZZ_CHECK(kind == JX_DOCUMENT_MONITORING_REPORT, context + ": kind");
    jx_monitoring_report* document = nullptr;
    status = jx_monitoring_report_load_json(buffer.data(), buffer.size(), nullptr, &document);
    if (status == JX_OK) {
      JIXIAO_FUZZ_CHECK(jx_monitoring_report_to_json(document, &json) == JX_OK, context);
    }
    jx_monitoring_report_free(document);
  }
  if (expected.error) {
    check_failure(status, *expected.error, context, input);
    return;
  }
  JIXIAO_FUZZ_CHECK(status == JX_OK, context + ": status " + std::to_string(status));
  JIXIAO_FUZZ_CHECK(static_cast<std::size_t>(kind) == expected.value->index() + 1,
                    context + ": kind");
  JIXIAO_FUZZ_CHECK(take(json) == jixiao::write_document(*expected.value), context + ": JSON");
}

void fuzz_policy(std::string_view input) {
  const std::string context = "policy \"" + printable(input) + "\"";
  const auto expected = expect<jixiao::Policy>([&] { return jixiao::read_policy(input); });
  jx_policy* policy = nullptr;
  int status = 0;
  {
    const Buffer buffer(input);
    status = jx_policy_load_json(buffer.data(), buffer.size(), nullptr, &policy);
  }
  if (expected.error) {
    check_failure(status, *expected.error, context, input);
  } else {
    char* json = nullptr;
    JIXIAO_FUZZ_CHECK(status == JX_OK && jx_policy_to_json(policy, &json) == JX_OK &&
                          take(json) == jixiao::write_policy(*expected.value),
                      context + ": JSON");
  }
  jx_policy_free(policy);

  const auto preset = expect<jixiao::Policy>([&] { return jixiao::policy_preset(input); });
  policy = nullptr;
  {
    const Buffer buffer(input);
    status = jx_policy_preset(buffer.data(), buffer.size(), &policy);
  }
  if (preset.error) {
    check_failure(status, *preset.error, context + " as a preset name", input);
  } else {
    JIXIAO_FUZZ_CHECK(status == JX_OK, context + ": preset");
  }
  jx_policy_free(policy);
}

/// Fields an ERP writes from text, one per value of the first payload byte.
constexpr int written_fields[] = {
    JX_DECLARATION_KIND,         JX_DECLARATION_FISCAL_YEAR, JX_DECLARATION_DEPARTMENT_NAME,
    JX_DECLARATION_PROJECT_NAME, JX_DECLARATION_BUDGET_UNIT, JX_DECLARATION_NOTE,
    JX_INDICATOR_NAME,           JX_INDICATOR_ANNUAL_TARGET, JX_INDICATOR_WEIGHT,
    JX_INDICATOR_VALUE_SOURCE,   JX_INDICATOR_CORE,          JX_KEY_TASK_PLANNED_FUNDING};

void fuzz_field_write(std::string_view input) {
  static jx_declaration* const base = [] {
    std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/examples/panyu-2023/declaration.json",
                     std::ios::binary);
    const std::string json{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    jx_declaration* loaded = nullptr;
    JIXIAO_FUZZ_CHECK(jx_declaration_load_json(json.data(), json.size(), nullptr, &loaded) == JX_OK,
                      "the 番禺 example loads");
    return loaded;
  }();
  static const std::string base_json = [] {
    char* json = nullptr;
    JIXIAO_FUZZ_CHECK(jx_declaration_to_json(base, &json) == JX_OK, "the example writes");
    return take(json);
  }();
  if (input.empty()) return;
  const int field =
      written_fields[static_cast<unsigned char>(input[0]) % std::size(written_fields)];
  const std::string_view text = input.substr(1);
  jx_declaration* copy = nullptr;
  JIXIAO_FUZZ_CHECK(jx_declaration_clone(base, &copy) == JX_OK, "clone");
  int status = 0;
  {
    const Buffer buffer(text);
    status = jx_declaration_set_text(copy, field, 0, buffer.data(), buffer.size());
  }
  char* json = nullptr;
  JIXIAO_FUZZ_CHECK(jx_declaration_to_json(copy, &json) == JX_OK, "to_json after a write");
  const std::string after = take(json);
  if (status != JX_OK) {
    const jx_error* last = jx_last_error();
    check_valid(last->message, "jx_error.message");
    JIXIAO_FUZZ_CHECK(after == base_json, "a refused write of field " + std::to_string(field) +
                                              " with \"" + printable(text) +
                                              "\" changed the document");
  } else {
    // An accepted write gives a document that reads back to itself.
    const auto reread = expect<jixiao::Document>([&] { return jixiao::load_document(after); });
    JIXIAO_FUZZ_CHECK(!reread.error && jixiao::write_document(*reread.value) == after,
                      "field " + std::to_string(field) + " written with \"" + printable(text) +
                          "\" does not read back");
  }
  jx_declaration_free(copy);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 6) {
      case 0:
        fuzz_decimal(input);
        break;
      case 1:
        fuzz_target(input);
        break;
      case 2:
        fuzz_formula(input);
        break;
      case 3:
        fuzz_document(input);
        break;
      case 4:
        fuzz_policy(input);
        break;
      default:
        fuzz_field_write(input);
        break;
    }
  } catch (const std::exception& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "no exception in the harness",
                       std::string(error.what()) + " for " + printable(input));
  }
  return 0;
}
