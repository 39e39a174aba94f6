// Conformance of jixiao::Decimal with the IBM General Decimal Arithmetic test vectors (decTest),
// as Debian ships them in libpython3.11-testsuite.
//
// Our + − × are exact and the vectors round to the context precision, so the runner rounds our
// exact result to the test's precision with the test's rounding mode (through Decimal::rescale, or
// Decimal::divide when the rounding position lies left of the decimal point) and compares values.
// Exact results are also checked against an unbounded reference (boost::multiprecision::cpp_int):
// where the reference says the exact value fits a Decimal, our operation must not throw; where it
// does not fit, our operation must throw Error(overflow).
//
// Cases outside what Decimal represents are skipped and counted by reason: NaN/Infinity, operands
// or results beyond 38 digits or 38 decimals, IBM's exponent limits (Overflow, Underflow,
// Subnormal), the 05up rounding mode, precision-limited Invalid_operation results, operations we
// do not have (power, apply).
#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"

namespace jixiao {
namespace {

using BigInt = boost::multiprecision::cpp_int;

/// Where Debian's libpython3.11-testsuite puts the vectors; JIXIAO_DECTEST_DIR overrides it.
std::filesystem::path vector_directory() {
  if (const char* dir = std::getenv("JIXIAO_DECTEST_DIR")) return dir;
  return "/usr/lib/python3.11/test/decimaltestdata";
}

// ---------------------------------------------------------------------------------------------
// Numbers as the vectors write them: an unbounded coefficient and an exponent.

struct Exact {
  BigInt coefficient;  ///< signed
  std::int64_t exponent = 0;
};

enum class OperandKind { finite, special, encoded, malformed };

struct Operand {
  OperandKind kind = OperandKind::malformed;
  Exact value;
};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

Operand read_operand(std::string_view text) {
  Operand operand;
  // "#…" is a raw encoding or an absent operand, "64#…" a value in a given interchange format.
  if (text.find('#') != std::string_view::npos) {
    operand.kind = OperandKind::encoded;
    return operand;
  }
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  const std::string_view rest = text.substr(i);
  if (equal_ignoring_case(rest, "inf") || equal_ignoring_case(rest, "infinity") ||
      equal_ignoring_case(rest.substr(0, 3), "nan") ||
      equal_ignoring_case(rest.substr(0, 4), "snan")) {
    operand.kind = OperandKind::special;
    return operand;
  }
  BigInt coefficient = 0;
  std::int64_t exponent = 0;
  bool any_digit = false;
  bool point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      coefficient = coefficient * 10 + (c - '0');
      any_digit = true;
      if (point) --exponent;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (!any_digit) return operand;
  if (i < text.size()) {
    if (text[i] != 'e' && text[i] != 'E') return operand;
    ++i;
    bool exponent_negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) exponent_negative = text[i++] == '-';
    std::int64_t written = 0;
    bool exponent_digit = false;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      // Exponents beyond ±10^12 are far outside anything Decimal holds: saturate.
      written = std::min<std::int64_t>(written * 10 + (text[i] - '0'), 1'000'000'000'000);
      exponent_digit = true;
    }
    if (!exponent_digit || i != text.size()) return operand;
    exponent += exponent_negative ? -written : written;
  }
  operand.kind = OperandKind::finite;
  operand.value = Exact{negative ? BigInt(-coefficient) : coefficient, exponent};
  return operand;
}

std::size_t digit_count(const BigInt& value) {
  return value == 0 ? 1 : BigInt(boost::multiprecision::abs(value)).str().size();
}

BigInt power_of_ten(std::int64_t exponent) {
  return boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(exponent));
}

/// The Decimal with exactly this value, when one exists (trailing zeros dropped only if needed,
/// the same rule Decimal applies to its own exact results).
std::optional<Decimal> to_decimal(Exact value) {
  if (value.coefficient == 0)
    return Decimal::from_coefficient(
        0, static_cast<int>(std::clamp<std::int64_t>(-value.exponent, 0, Decimal::max_scale)));
  if (value.exponent > 0) {
    if (value.exponent > 38) return std::nullopt;
    value.coefficient *= power_of_ten(value.exponent);
    value.exponent = 0;
  }
  while ((value.exponent < -Decimal::max_scale || digit_count(value.coefficient) > 38) &&
         value.exponent < 0 && value.coefficient % 10 == 0) {
    value.coefficient /= 10;
    ++value.exponent;
  }
  if (value.exponent < -Decimal::max_scale || digit_count(value.coefficient) > 38)
    return std::nullopt;
  return Decimal::from_coefficient(Decimal::Coefficient(value.coefficient),
                                   static_cast<int>(-value.exponent));
}

Exact to_exact(const Decimal& value) {
  return Exact{BigInt(value.coefficient()), -static_cast<std::int64_t>(value.scale())};
}

int compare(const Exact& a, const Exact& b) {
  const std::int64_t low = std::min(a.exponent, b.exponent);
  const BigInt x = a.coefficient * power_of_ten(a.exponent - low);
  const BigInt y = b.coefficient * power_of_ten(b.exponent - low);
  return x < y ? -1 : (x == y ? 0 : 1);
}

std::string show(const Exact& value) {
  return value.coefficient.str() + "E" + std::to_string(value.exponent);
}

Exact exact_sum(const Exact& a, const Exact& b, bool subtract) {
  const std::int64_t low = std::min(a.exponent, b.exponent);
  const BigInt y = subtract ? BigInt(-b.coefficient) : b.coefficient;
  return Exact{a.coefficient * power_of_ten(a.exponent - low) + y * power_of_ten(b.exponent - low),
               low};
}

Exact exact_product(const Exact& a, const Exact& b) {
  return Exact{a.coefficient * b.coefficient, a.exponent + b.exponent};
}

/// `value` rounded to an integer multiple of 10^position (position may be negative or positive),
/// using only Decimal's own rounding: rescale for decimals, divide for tens, hundreds, ….
std::optional<Exact> round_at(const Decimal& value, std::int64_t position, RoundingMode mode) {
  if (position <= 0) {
    if (-position >= value.scale()) return to_exact(value);
    return to_exact(value.rescale(static_cast<int>(-position), mode));
  }
  if (position > 38) return std::nullopt;
  const std::optional<Decimal> unit = to_decimal(Exact{1, position});
  if (!unit) return std::nullopt;
  const Decimal units = Decimal::divide(value, *unit, 0, mode);
  return Exact{BigInt(units.coefficient()), position};
}

/// `value` rounded to `precision` significant digits, as the decTest context does.
std::optional<Exact> round_to_precision(const Decimal& value, std::int64_t precision,
                                        RoundingMode mode) {
  const auto digits = static_cast<std::int64_t>(digit_count(BigInt(value.coefficient())));
  if (digits <= precision) return to_exact(value);
  return round_at(value, digits - precision - value.scale(), mode);
}

// ---------------------------------------------------------------------------------------------
// The decTest format

std::vector<std::string> tokenize(const std::string& line) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (c == '-' && i + 1 < line.size() && line[i + 1] == '-') {
      break;  // comment to the end of the line
    } else if (c == '\'' || c == '"') {
      std::string token;
      ++i;
      while (i < line.size()) {
        if (line[i] == c) {
          if (i + 1 < line.size() && line[i + 1] == c) {
            token += c;  // a doubled quote stands for one
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        token += line[i++];
      }
      tokens.push_back(token);
    } else {
      std::string token;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
        token += line[i++];
      tokens.push_back(token);
    }
  }
  return tokens;
}

std::optional<RoundingMode> rounding_from_dectest(std::string_view name) {
  if (name == "half_up") return RoundingMode::half_up;
  if (name == "half_even") return RoundingMode::half_even;
  if (name == "half_down") return RoundingMode::half_down;
  if (name == "down") return RoundingMode::down;
  if (name == "up") return RoundingMode::up;
  if (name == "ceiling") return RoundingMode::ceiling;
  if (name == "floor") return RoundingMode::floor;
  return std::nullopt;  // 05up
}

struct Tally {
  std::size_t run = 0;
  std::size_t limited_exact =
      0;  ///< run, exact result checked; IBM's value hit its exponent limits
  std::size_t failed = 0;
  std::map<std::string, std::size_t> skipped;
  std::vector<std::string> failures;

  void fail(const std::string& message) {
    ++failed;
    if (failures.size() < 40) failures.push_back(message);
  }
  std::size_t skipped_total() const {
    std::size_t total = 0;
    for (const auto& [reason, count] : skipped)
      total += count;
    return total;
  }
};

struct Context {
  std::int64_t precision = 9;
  std::string rounding = "half_up";
  bool extended = true;
};

struct Case {
  std::string id;
  std::string operation;
  std::vector<std::string> operands;
  std::string result;
  std::vector<std::string> conditions;

  bool has(std::string_view condition) const {
    return std::any_of(conditions.begin(), conditions.end(),
                       [&](const std::string& c) { return equal_ignoring_case(c, condition); });
  }
  std::string describe() const {
    std::string text = id + " " + operation;
    for (const auto& operand : operands)
      text += " '" + operand + "'";
    return text + " -> " + result;
  }
};

class Runner {
 public:
  explicit Runner(Tally& tally) : tally_(tally) {}

  void run(const Case& test, const Context& context) {
    static const std::vector<std::string> covered{"add",    "subtract", "multiply",
                                                  "divide", "quantize", "compare"};
    std::string operation = test.operation;
    std::transform(operation.begin(), operation.end(), operation.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (std::find(covered.begin(), covered.end(), operation) == covered.end())
      return skip("operation not provided by Decimal (" + operation + ")");
    if (!context.extended) return skip("subset arithmetic (extended: 0)");
    const std::optional<RoundingMode> mode = rounding_from_dectest(context.rounding);
    if (!mode) return skip("rounding mode " + context.rounding + " not provided");
    if (test.operands.size() != 2) return ++tally_.run, fail(test, "expected two operands");
    std::vector<Operand> operands;
    for (const auto& text : test.operands)
      operands.push_back(read_operand(text));
    for (const auto& operand : operands) {
      if (operand.kind == OperandKind::encoded)
        return skip("encoded or absent operand (#, 64#…, 128#…)");
      if (operand.kind == OperandKind::special) return skip("NaN or Infinity operand");
      if (operand.kind == OperandKind::malformed)
        return ++tally_.run, fail(test, "the runner cannot read an operand");
    }

    const std::optional<Decimal> a = to_decimal(operands[0].value);
    if (!a) return skip("operand beyond 38 digits or 38 decimals");
    const bool limited = test.has("Overflow") || test.has("Underflow") || test.has("Subnormal");
    if (operation == "quantize") {
      if (limited) return skip("result limited by IBM exponent range (Overflow/Underflow)");
      return quantize(test, operands, *mode);
    }
    const std::optional<Decimal> b = to_decimal(operands[1].value);
    if (!b) return skip("operand beyond 38 digits or 38 decimals");
    if (limited && (operation == "compare" || operation == "divide"))
      return skip("result limited by IBM exponent range (Overflow/Underflow)");

    if (operation == "compare") return compare_case(test, *a, *b);
    if (operation == "divide") return divide(test, *a, *b, *mode);
    return exact_operation(test, operation, operands, *a, *b, context, *mode, limited);
  }

 private:
  void skip(const std::string& reason) { ++tally_.skipped[reason]; }

  void fail(const Case& test, const std::string& why) {
    tally_.fail(file_ + ": " + test.describe() + ": " + why);
  }

  std::optional<Exact> expected_value(const Case& test) {
    const Operand expected = read_operand(test.result);
    if (expected.kind != OperandKind::finite) return std::nullopt;
    return expected.value;
  }

  void exact_operation(const Case& test, const std::string& operation,
                       const std::vector<Operand>& operands, const Decimal& a, const Decimal& b,
                       const Context& context, RoundingMode mode, bool limited) {
    const Exact reference =
        operation == "multiply"
            ? exact_product(operands[0].value, operands[1].value)
            : exact_sum(operands[0].value, operands[1].value, operation == "subtract");
    const bool fits = to_decimal(reference).has_value();
    std::optional<Decimal> ours;
    try {
      ours = operation == "add" ? a + b : (operation == "subtract" ? a - b : a * b);
    } catch (const Error& error) {
      if (error.code() != ErrorCode::overflow)
        return ++tally_.run, fail(test, std::string("unexpected error: ") + error.what());
      if (fits) return ++tally_.run, fail(test, "threw overflow but the exact result fits");
      return skip("exact result beyond 38 digits or 38 decimals (Error(overflow) confirmed)");
    }
    ++tally_.run;
    if (!fits) return fail(test, "exact result does not fit, but no overflow error");
    if (compare(to_exact(*ours), reference) != 0)
      return fail(test, "exact result " + ours->to_string() + " differs from " + show(reference));
    // IBM's result was cut by its exponent limits (it overflowed to Infinity or underflowed to a
    // subnormal); ours is exact and was checked above, there is nothing further to compare.
    if (limited) {
      ++tally_.limited_exact;
      return;
    }

    const std::optional<Exact> expected = expected_value(test);
    if (!expected) return fail(test, "expected a finite result");
    const std::optional<Exact> rounded = round_to_precision(*ours, context.precision, mode);
    if (!rounded) return fail(test, "could not round to the context precision");
    if (compare(*rounded, *expected) != 0)
      return fail(test, "got " + show(*rounded) + " (exact " + ours->to_string() + ")");
    if ((compare(*rounded, reference) != 0) != test.has("Inexact"))
      return fail(test, "inexactness differs from the expected conditions");
  }

  void divide(const Case& test, const Decimal& a, const Decimal& b, RoundingMode mode) {
    if (b.is_zero()) {
      ++tally_.run;
      try {
        (void)Decimal::divide(a, b);
        fail(test, "division by zero did not throw");
      } catch (const Error& error) {
        if (error.code() != ErrorCode::division_by_zero)
          fail(test, std::string("wrong error: ") + error.what());
      }
      return;
    }
    const std::optional<Exact> expected = expected_value(test);
    if (!expected) return skip("NaN or Infinity result");
    // The expected result's exponent is where IBM's precision put the rounding; dividing at that
    // position with the same mode must give the same value.
    const std::int64_t position = expected->exponent;
    if (position < -Decimal::max_scale) return skip("result beyond 38 decimals");
    std::optional<Exact> ours;
    try {
      if (position <= 0) {
        ours = to_exact(Decimal::divide(a, b, static_cast<int>(-position), mode));
      } else {
        const std::optional<Decimal> unit = to_decimal(Exact{1, position});
        if (!unit) return skip("result beyond 38 digits");
        const Decimal scaled_divisor = b * *unit;
        ours = Exact{BigInt(Decimal::divide(a, scaled_divisor, 0, mode).coefficient()), position};
      }
    } catch (const Error& error) {
      if (error.code() == ErrorCode::overflow && !to_decimal(*expected))
        return skip("result beyond 38 digits (Error(overflow) confirmed)");
      return ++tally_.run, fail(test, std::string("unexpected error: ") + error.what());
    }
    ++tally_.run;
    if (compare(*ours, *expected) != 0) fail(test, "got " + show(*ours));
  }

  void quantize(const Case& test, const std::vector<Operand>& operands, RoundingMode mode) {
    const std::optional<Decimal> a = to_decimal(operands[0].value);
    if (!a) return skip("operand beyond 38 digits or 38 decimals");
    const std::int64_t position = operands[1].value.exponent;
    if (position < -Decimal::max_scale) return skip("quantum beyond 38 decimals");
    const std::optional<Exact> expected = expected_value(test);
    std::optional<Exact> ours;
    int scale = -1;
    try {
      if (position <= 0) {
        const Decimal rescaled = a->rescale(static_cast<int>(-position), mode);
        scale = rescaled.scale();
        ours = to_exact(rescaled);
      } else {
        ours = round_at(*a, position, mode);
        if (!ours) return skip("quantum beyond 10^38");
      }
    } catch (const Error& error) {
      if (error.code() == ErrorCode::overflow && (!expected || !to_decimal(*expected)))
        return ++tally_.run, void();  // both refuse: the coefficient would need > 38 digits
      return ++tally_.run, fail(test, std::string("unexpected error: ") + error.what());
    }
    if (!expected) {
      if (test.has("Invalid_operation"))
        return skip("IBM precision limit (Invalid_operation) where Decimal's 38 digits suffice");
      return skip("NaN or Infinity result");
    }
    ++tally_.run;
    if (compare(*ours, *expected) != 0) return fail(test, "got " + show(*ours));
    if (position <= 0 && scale != -position)
      fail(test, "scale " + std::to_string(scale) + " instead of " + std::to_string(-position));
  }

  void compare_case(const Case& test, const Decimal& a, const Decimal& b) {
    const Operand expected = read_operand(test.result);
    if (expected.kind != OperandKind::finite) return skip("NaN or Infinity result");
    ++tally_.run;
    const int want = expected.value.coefficient.convert_to<int>();
    const auto order = a <=> b;
    const int got = order < 0 ? -1 : (order == 0 ? 0 : 1);
    if (got != want) return fail(test, "compared " + std::to_string(got));
    if ((a == b) != (want == 0)) return fail(test, "operator== disagrees with operator<=>");
    if (a == b && a.hash() != b.hash()) fail(test, "equal values hash differently");
  }

 public:
  std::string file_;

 private:
  Tally& tally_;
};

void run_file(const std::filesystem::path& path, Tally& tally) {
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path;
  Context context;
  Runner runner(tally);
  runner.file_ = path.filename().string();
  std::string line;
  while (std::getline(in, line)) {
    const std::vector<std::string> tokens = tokenize(line);
    if (tokens.empty()) continue;
    const std::string& first = tokens[0];
    if (first.back() == ':') {
      std::string key = first.substr(0, first.size() - 1);
      std::transform(key.begin(), key.end(), key.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      });
      ASSERT_GE(tokens.size(), 2U) << "directive without value in " << path << ": " << line;
      std::string value = tokens[1];
      std::transform(value.begin(), value.end(), value.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      });
      if (key == "precision") context.precision = std::stoll(value);
      if (key == "rounding") context.rounding = value;
      if (key == "extended") context.extended = value != "0";
      ASSERT_NE(key, "dectest") << "nested decTest files are not used by the chosen vectors";
      continue;
    }
    const auto arrow = std::find(tokens.begin(), tokens.end(), "->");
    ASSERT_NE(arrow, tokens.end()) << "unreadable line in " << path << ": " << line;
    ASSERT_GE(arrow - tokens.begin(), 2) << "unreadable line in " << path << ": " << line;
    ASSERT_NE(arrow + 1, tokens.end()) << "test without result in " << path << ": " << line;
    Case test;
    test.id = tokens[0];
    test.operation = tokens[1];
    test.operands.assign(tokens.begin() + 2, arrow);
    test.result = *(arrow + 1);
    test.conditions.assign(arrow + 2, tokens.end());
    runner.run(test, context);
  }
}

void report(const std::string& name, const Tally& tally) {
  std::cout << "[decTest] " << name << ": run " << tally.run << ", skipped "
            << tally.skipped_total() << ", failed " << tally.failed << "\n";
  if (tally.limited_exact != 0)
    std::cout
        << "[decTest]     of the run cases, " << tally.limited_exact
        << " checked only against the exact reference (IBM's result hit Overflow/Underflow)\n";
  for (const auto& [reason, count] : tally.skipped)
    std::cout << "[decTest]     skipped " << count << ": " << reason << "\n";
}

// Base files: arbitrary precisions (1 … 9999) and every rounding mode. dd* (16 digits) and dq*
// (34 digits, close to Decimal's 38): coefficients near our limit and IEEE clamping cases.
const std::vector<std::string> vector_files{
    "add",        "subtract",   "multiply",   "divide",     "quantize",   "rounding",  "compare",
    "ddAdd",      "ddSubtract", "ddMultiply", "ddDivide",   "ddQuantize", "ddCompare", "dqAdd",
    "dqSubtract", "dqMultiply", "dqDivide",   "dqQuantize", "dqCompare"};

class DecTest : public ::testing::TestWithParam<std::string> {};

TEST_P(DecTest, EverySupportedCasePasses) {
  const std::filesystem::path directory = vector_directory();
  ASSERT_TRUE(std::filesystem::is_directory(directory))
      << "the IBM decTest vectors are missing: " << directory
      << " does not exist. Install Debian's libpython3.11-testsuite (scripts/install-deps) or "
         "set JIXIAO_DECTEST_DIR.";
  const std::filesystem::path path = directory / (GetParam() + ".decTest");
  ASSERT_TRUE(std::filesystem::is_regular_file(path)) << "missing vector file " << path;
  Tally tally;
  run_file(path, tally);
  report(GetParam(), tally);
  for (const auto& failure : tally.failures)
    ADD_FAILURE() << failure;
  EXPECT_EQ(tally.failed, 0U);
  // A file that runs nothing would make this test unable to fail.
  EXPECT_GT(tally.run, 0U);
}

INSTANTIATE_TEST_SUITE_P(IbmVectors, DecTest, ::testing::ValuesIn(vector_files),
                         [](const ::testing::TestParamInfo<std::string>& file) {
                           return file.param;
                         });

}  // namespace
}  // namespace jixiao
