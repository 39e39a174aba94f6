// Fuzz target: the C ABI entry points that take text (capi/include/jixiao.h), against the C++ API
// they wrap.
//
// Input: "A\nB\nP" as for decimal_fuzz.cpp. Properties, for every jx_ function that reads text:
// - it returns JX_OK exactly when the C++ reader accepts the text, with the same value;
// - on failure the status is −ErrorCode of the C++ error, jx_last_error() has that code, the same
//   byte offset, a Chinese, an English and a combined message that are valid UTF-8, and the out
//   parameter is left untouched;
// - the caller's buffer is unchanged, and a NULL text with a non-zero length is
//   JX_E_INVALID_ARGUMENT;
// - the arithmetic entry points give what the C++ operators give, status for status.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "jixiao.h"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
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

/// A failed jx_ call must report exactly the C++ error.
void check_failure(int status, const Error& error, const std::string& context) {
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
    check_failure(status, *expected.error, context);
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  try {
    // NULL is the empty text only with length 0.
    jx_decimal* never = nullptr;
    JIXIAO_FUZZ_CHECK(
        jx_decimal_parse(nullptr, size + 1, &never) == JX_E_INVALID_ARGUMENT && never == nullptr,
        "NULL text with a length");

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
                                   std::to_string(scale) + ", rounding " +
                                   std::to_string(rounding) + ")";
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
  } catch (const std::exception& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "no exception in the harness",
                       std::string(error.what()) + " for " + printable(input));
  }
  return 0;
}
