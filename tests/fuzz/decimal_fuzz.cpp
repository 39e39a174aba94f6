// Fuzz target: Decimal::parse / try_parse and the arithmetic, checked against an independent
// cpp_int reference (decimal_reference.hpp).
//
// Input: "A\nB\nP". A and B are number texts (B defaults to A); the first two bytes of P choose the
// rounding mode and the scale of divide / rescale / round / to_string(scale) (without P they
// come from the input length). Properties:
// - parse and try_parse agree; errors carry a documented code, both messages as valid UTF-8 and
//   an offset inside the input; a text over 1,024 bytes is limit_exceeded, invalid UTF-8 is
//   invalid_utf8 at the first bad byte;
// - a plain ASCII number is read to exactly the reference value, refused with overflow exactly
//   when the reference does not fit, and keeps its written scale when it fits as written;
// - to_string() is the reference's shortest text and parses back to the same value; to_double()
//   is strtod of that text; to_int64() agrees;
// - + − × divide rescale round to_string(scale) compare hash agree with the reference, and fail
//   with overflow (division_by_zero) exactly when the reference says so.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decimal_reference.hpp"
#include "fuzz_check.hpp"
#include "jixiao/amount.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "text/utf8.hpp"

namespace {

using jixiao::Decimal;
using jixiao::Error;
using jixiao::ErrorCode;
using jixiao::RoundingMode;
using jixiao::fuzz::Exact;
using jixiao::fuzz::printable;

constexpr std::size_t max_parse_bytes = 1024;  // docs/decimal.md

std::string show(const Exact& value) {
  return jixiao::fuzz::text_at_own_scale(value);
}

void check_invariants(const Decimal& value, const std::string& context) {
  JIXIAO_FUZZ_CHECK(value.scale() >= 0 && value.scale() <= Decimal::max_scale, context);
  JIXIAO_FUZZ_CHECK(
      abs(jixiao::fuzz::Big(value.coefficient())) < jixiao::fuzz::power_of_ten(Decimal::max_scale),
      context);
}

/// Reads one operand, checking everything parse promises about it.
std::optional<Decimal> read_operand(std::string_view text) {
  const std::string context = "text \"" + printable(text) + "\"";
  const std::optional<Decimal> tried = Decimal::try_parse(text);
  std::optional<Decimal> parsed;
  try {
    parsed = Decimal::parse(text);
  } catch (const Error& error) {
    JIXIAO_FUZZ_CHECK_ERROR(error, text.size(), ErrorCode::parse_error, ErrorCode::overflow,
                            ErrorCode::invalid_utf8, ErrorCode::limit_exceeded);
    JIXIAO_FUZZ_CHECK(!tried, context + " parses with try_parse but parse throws " + error.what());
    if (text.size() > max_parse_bytes) {
      JIXIAO_FUZZ_CHECK(error.code() == ErrorCode::limit_exceeded, context + ": " + error.what());
    } else if (const auto bad = jixiao::text::find_invalid_utf8(text)) {
      JIXIAO_FUZZ_CHECK(error.code() == ErrorCode::invalid_utf8, context + ": " + error.what());
      JIXIAO_FUZZ_CHECK(error.location().byte_offset == bad, context + ": " + error.what());
    }
  }
  if (!parsed) {
    if (const auto plain = jixiao::fuzz::read_plain(text);
        plain && text.size() <= max_parse_bytes) {
      JIXIAO_FUZZ_CHECK(!jixiao::fuzz::representable(plain->value),
                        context + " is a plain number that fits but was refused");
    }
    return std::nullopt;
  }
  JIXIAO_FUZZ_CHECK(tried && *tried == *parsed && tried->scale() == parsed->scale(),
                    context + ": try_parse and parse disagree");
  JIXIAO_FUZZ_CHECK(text.size() <= max_parse_bytes, context + " is over the length bound");
  check_invariants(*parsed, context);
  const Exact value = jixiao::fuzz::exact(*parsed);

  if (const auto plain = jixiao::fuzz::read_plain(text)) {
    JIXIAO_FUZZ_CHECK(jixiao::fuzz::compare(value, plain->value) == 0,
                      context + " read as " + show(value));
    if (plain->coefficient_fits) {
      JIXIAO_FUZZ_CHECK(parsed->scale() == plain->value.scale,
                        context + " lost its written scale: " + show(value));
    }
  }

  const std::string shortest = parsed->to_string();
  JIXIAO_FUZZ_CHECK(shortest == jixiao::fuzz::shortest_text(value),
                    context + ": to_string() gave " + shortest);
  const auto again = Decimal::try_parse(shortest);
  JIXIAO_FUZZ_CHECK(again && *again == *parsed, context + ": " + shortest + " does not read back");

  const double nearest = std::strtod(shortest.c_str(), nullptr);
  const double converted = parsed->to_double();
  JIXIAO_FUZZ_CHECK(converted == nearest, context + ": to_double() is not the nearest double");

  const auto integer = parsed->to_int64();
  const bool is_integer = jixiao::fuzz::stripped(value).scale == 0;
  JIXIAO_FUZZ_CHECK(parsed->is_integer() == is_integer, context + ": is_integer()");
  const jixiao::fuzz::Big whole = value.coefficient / jixiao::fuzz::power_of_ten(value.scale);
  const bool fits_int64 = is_integer && whole >= std::numeric_limits<std::int64_t>::min() &&
                          whole <= std::numeric_limits<std::int64_t>::max();
  JIXIAO_FUZZ_CHECK(
      integer.has_value() == fits_int64 && (!integer || jixiao::fuzz::Big(*integer) == whole),
      context + ": to_int64()");

  const int sign = value.coefficient < 0 ? -1 : (value.coefficient > 0 ? 1 : 0);
  JIXIAO_FUZZ_CHECK(parsed->sign() == sign && parsed->is_zero() == (sign == 0), context);
  const Decimal negated = -*parsed;
  JIXIAO_FUZZ_CHECK(
      jixiao::fuzz::compare(jixiao::fuzz::exact(negated), {-value.coefficient, value.scale}) == 0,
      context + ": negation");
  JIXIAO_FUZZ_CHECK(
      parsed->abs().sign() >= 0 && (parsed->abs() == *parsed || parsed->abs() == negated),
      context + ": abs()");
  const Decimal normal = parsed->normalized();
  JIXIAO_FUZZ_CHECK(normal == *parsed && normal.scale() == jixiao::fuzz::stripped(value).scale,
                    context + ": normalized()");
  return parsed;
}

/// Runs an operation whose exact result is `expected`: it must give that value when Decimal can
/// hold it and throw the `refusal` code otherwise.
template <typename Operation>
void check_operation(const Exact& expected, bool holds, ErrorCode refusal, Operation&& operation,
                     const std::string& context) {
  std::optional<Decimal> result;
  try {
    result = operation();
  } catch (const Error& error) {
    JIXIAO_FUZZ_CHECK_ERROR(error, 0, refusal);
    JIXIAO_FUZZ_CHECK(!holds, context + " = " + show(expected) + " fits, yet: " + error.what());
    return;
  }
  JIXIAO_FUZZ_CHECK(holds, context + " should not fit, yet gave " + result->to_string());
  check_invariants(*result, context);
  JIXIAO_FUZZ_CHECK(jixiao::fuzz::compare(jixiao::fuzz::exact(*result), expected) == 0,
                    context + " gave " + result->to_string() + ", reference " + show(expected));
}

void check_pair(const Decimal& a, const Decimal& b, RoundingMode mode, int scale) {
  using namespace jixiao::fuzz;
  const Exact x = exact(a);
  const Exact y = exact(b);
  const std::string operands = a.to_string() + " and " + b.to_string() + " (scale " +
                               std::to_string(scale) + ", " +
                               std::string(jixiao::rounding_mode_name(mode)) + ")";

  const int order = compare(x, y);
  const auto ordering = a <=> b;
  JIXIAO_FUZZ_CHECK(
      (order < 0) == (ordering < 0) && (order == 0) == (ordering == 0) && (order == 0) == (a == b),
      "comparison of " + operands);
  if (order == 0) JIXIAO_FUZZ_CHECK(a.hash() == b.hash(), "hash of equal values " + operands);

  const Exact sum = add(x, y);
  check_operation(
      sum, representable(sum), ErrorCode::overflow, [&] { return a + b; }, "sum of " + operands);
  const Exact difference = subtract(x, y);
  check_operation(
      difference, representable(difference), ErrorCode::overflow, [&] { return a - b; },
      "difference of " + operands);
  const Exact product = multiply(x, y);
  check_operation(
      product, representable(product), ErrorCode::overflow, [&] { return a * b; },
      "product of " + operands);

  if (b.is_zero()) {
    check_operation(
        Exact{}, false, ErrorCode::division_by_zero,
        [&] { return Decimal::divide(a, b, scale, mode); }, "quotient of " + operands);
  } else {
    const Exact ratio = quotient(x, y, scale, mode);
    check_operation(
        ratio, representable(ratio), ErrorCode::overflow,
        [&] { return Decimal::divide(a, b, scale, mode); }, "quotient of " + operands);
  }

  // rescale: exactly `scale` decimals, so the coefficient at that scale must fit as it stands.
  const Exact rescaled = at_exact_scale(x, scale, mode);
  const bool rescaled_fits = abs(rescaled.coefficient) < power_of_ten(Decimal::max_scale);
  check_operation(
      rescaled, rescaled_fits, ErrorCode::overflow,
      [&] {
        const Decimal r = a.rescale(scale, mode);
        JIXIAO_FUZZ_CHECK(r.scale() == scale, "rescale keeps the asked scale");
        return r;
      },
      "rescale of " + operands);
  const Exact rounded = scale >= x.scale ? x : at_exact_scale(x, scale, mode);
  check_operation(
      rounded, abs(rounded.coefficient) < power_of_ten(Decimal::max_scale), ErrorCode::overflow,
      [&] {
        const Decimal r = a.round(scale, mode);
        JIXIAO_FUZZ_CHECK(r.scale() == std::min(scale, a.scale()), "round never raises the scale");
        return r;
      },
      "round of " + operands);

  std::string fixed;
  try {
    fixed = a.to_string(scale, mode);
  } catch (const Error& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "to_string(scale) never fails",
                       operands + ": " + error.what());
  }
  JIXIAO_FUZZ_CHECK(fixed == fixed_text(x, scale, mode),
                    "to_string(scale) of " + operands + " gave " + fixed);
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
    const auto parts = split_lines(input, 3);
    const std::string_view first = parts[0];
    const std::string_view second = parts.size() > 1 ? parts[1] : parts[0];
    RoundingMode mode = static_cast<RoundingMode>(size % 7);
    int scale = static_cast<int>(size % 39);
    if (parts.size() > 2 && !parts[2].empty()) {
      mode = static_cast<RoundingMode>(static_cast<unsigned char>(parts[2][0]) % 7);
      if (parts[2].size() > 1) scale = static_cast<unsigned char>(parts[2][1]) % 39;
    }
    // The unit labels of Amount share the input: a label reader must never fail on any text.
    static_cast<void>(jixiao::amount_unit_from_label(first));

    const auto a = read_operand(first);
    const auto b = parts.size() > 1 ? read_operand(second) : a;
    if (a && b) check_pair(*a, *b, mode, scale);
  } catch (const Error& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "no unexpected jixiao::Error",
                       std::string(error.what()) + " for " + printable(input));
  } catch (const std::exception& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "only jixiao::Error leaves the API",
                       std::string(error.what()) + " for " + printable(input));
  }
  return 0;
}
