// + and − of jixiao::Decimal across the border of their inline fast path (coefficients below
// 2^63, scales at most 18 apart, aligned values and sum within a signed 64-bit integer) against an
// independent reference: Boost's unbounded cpp_int. Every combination of signs and scale
// differences, values right at 2^63, sums that reach ±2^63, and results that are zero.
#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"

namespace jixiao {
namespace {

using Big = boost::multiprecision::cpp_int;

Big big(const Decimal& value) {
  return Big(value.coefficient());
}

Big power_of_ten(int exponent) {
  Big result = 1;
  for (int i = 0; i < exponent; ++i)
    result *= 10;
  return result;
}

Decimal make(const Big& coefficient, int scale) {
  return Decimal::from_coefficient(Decimal::Coefficient(coefficient), scale);
}

/// Checks a ± b against the reference: the exact sum at the larger scale, or, when that needs a
/// coefficient of more than 38 digits, the same value with fewer trailing zeros or Error(overflow).
void expect_reference(const Decimal& a, const Decimal& b, bool subtract) {
  SCOPED_TRACE(a.to_string() + (subtract ? " - " : " + ") + b.to_string() + " (scales " +
               std::to_string(a.scale()) + ", " + std::to_string(b.scale()) + ")");
  const int scale = std::max(a.scale(), b.scale());
  const Big x = big(a) * power_of_ten(scale - a.scale());
  const Big y = big(b) * power_of_ten(scale - b.scale());
  const Big exact = subtract ? Big(x - y) : Big(x + y);
  const Big limit = power_of_ten(38);
  if (abs(exact) >= limit) {
    // The operation may keep the value with fewer trailing zeros, or report overflow.
    try {
      const Decimal result = subtract ? a - b : a + b;
      EXPECT_EQ(big(result) * power_of_ten(scale - result.scale()), exact);
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::overflow);
    }
    return;
  }
  const Decimal result = subtract ? a - b : a + b;
  EXPECT_EQ(result.scale(), scale);
  EXPECT_EQ(big(result), exact);
  // One zero, never −0.
  if (exact == 0) {
    EXPECT_EQ(result.sign(), 0);
    EXPECT_EQ(result.to_string(), "0");
  }
  EXPECT_EQ(result.sign(), exact > 0 ? 1 : (exact < 0 ? -1 : 0));
}

TEST(DecimalAdd, SignsScalesAndTheBorderOfTheFastPath) {
  const Big two_63 = Big(1) << 63;
  const std::vector<Big> magnitudes{0,
                                    1,
                                    7,
                                    116371,
                                    Big("999999999999999999"),
                                    two_63 / 10,
                                    two_63 / 10 + 1,
                                    two_63 / 2,
                                    two_63 - 1,
                                    two_63,
                                    two_63 + 1,
                                    Big(1) << 64,
                                    Big("12345678901234567890123456789")};
  const std::vector<int> scales{0, 1, 2, 4, 6, 17, 18, 19, 20, 38};
  for (const Big& m : magnitudes)
    for (const Big& n : magnitudes)
      for (const int s : scales)
        for (const int t : scales)
          for (const int signs : {0, 1, 2, 3}) {
            const Decimal a = make((signs & 2) != 0 ? Big(-m) : m, s);
            const Decimal b = make((signs & 1) != 0 ? Big(-n) : n, t);
            expect_reference(a, b, false);
            expect_reference(a, b, true);
          }
}

TEST(DecimalAdd, SumsThatReachTwoToTheSixtyThree) {
  const Big half = Big(1) << 62;
  // −2^62 − 2^62 = −2^63 fits a signed 64-bit integer exactly: its magnitude must not wrap.
  expect_reference(make(-half, 2), make(-half, 2), false);
  expect_reference(make(-half, 2), make(half, 2), true);
  expect_reference(make(half, 2), make(half, 2), false);  // +2^63 overflows 64 bits
  expect_reference(make(half * 2 - 1, 0), make(1, 0), false);
  expect_reference(make(-(half * 2 - 1), 0), make(1, 0), true);
  // Aligning overflows 64 bits although each coefficient is small.
  expect_reference(make(Big("9223372036854775"), 0), make(1, 3), false);
  expect_reference(make(Big("9223372036854776"), 0), make(1, 3), false);
}

TEST(DecimalAdd, RandomAmountsAgreeWithTheReference) {
  std::mt19937_64 random(20240601);
  for (int i = 0; i < 20000; ++i) {
    // Amounts as forms carry them: up to 15 digits, 0–6 decimals, either sign.
    const auto coefficient = [&] {
      const Big value = Big(random() % 1'000'000'000'000'000ULL);
      return random() % 4 == 0 ? Big(-value) : value;
    };
    const Decimal a = make(coefficient(), static_cast<int>(random() % 7));
    const Decimal b = make(coefficient(), static_cast<int>(random() % 7));
    expect_reference(a, b, false);
    expect_reference(a, b, true);
  }
}

}  // namespace
}  // namespace jixiao
