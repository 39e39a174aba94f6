// jixiao::Decimal: exact decimal arithmetic on a checked 128-bit coefficient.
//
// The coefficient is stored as Boost's checked_int128_t and kept within ±(10^38 − 1), so it also
// fits the compiler's signed 128-bit integer. The common cases (operands of money size) run on that
// native integer with the overflow-reporting builtins (__builtin_add_overflow, …), which never
// wrap silently; whenever a native step would overflow, the operation is redone on Boost's checked
// 512-bit integer, which holds every intermediate exactly (the largest is a division numerator,
// 10^38 × 10^76 < 2^512). Nothing here uses floating point except to_double(), whose result is
// only for presentation.
#include "jixiao/decimal.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>
#include <ostream>
#include <string>
#include <system_error>

#include "decimal_internal.hpp"
#include "jixiao/error.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
using Wide = boost::multiprecision::checked_int512_t;
using Coefficient = Decimal::Coefficient;

constexpr int max_digits = 38;
constexpr int max_scale = Decimal::max_scale;
/// Longest text parse() reads; a form value is a few dozen characters, padding included.
constexpr std::size_t max_text_bytes = 1024;

constexpr std::array<UInt128, max_digits + 1> make_powers_of_ten() {
  std::array<UInt128, max_digits + 1> powers{};
  UInt128 power = 1;
  for (auto& entry : powers) {
    entry = power;
    power *= 10;
  }
  return powers;
}

constexpr std::array<UInt128, max_digits + 1> powers_of_ten = make_powers_of_ten();

/// 10^exponent for exponent in 0 … 38.
constexpr UInt128 pow10(int exponent) noexcept {
  return powers_of_ten[static_cast<std::size_t>(exponent)];
}

constexpr UInt128 max_magnitude = pow10(max_digits) - 1;
constexpr UInt128 max_uint64 = std::numeric_limits<std::uint64_t>::max();

// Exponents the wide path needs: a division numerator is shifted by up to 2 × max_scale, and
// comparisons or conversions add a few more.
constexpr int wide_powers = 3 * max_scale + 8;

const Wide& wide_pow10(int exponent) {
  static const std::array<Wide, wide_powers> table = [] {
    std::array<Wide, wide_powers> powers;
    Wide power = 1;
    for (auto& entry : powers) {
      entry = power;
      power *= 10;
    }
    return powers;
  }();
  return table[static_cast<std::size_t>(exponent)];
}

constexpr UInt128 magnitude_of(Int128 value) noexcept {
  return value < 0 ? UInt128{0} - static_cast<UInt128>(value) : static_cast<UInt128>(value);
}

constexpr Int128 signed_of(UInt128 magnitude, bool negative) noexcept {
  const auto value = static_cast<Int128>(magnitude);
  return negative ? -value : value;
}

// The stored coefficient never exceeds 10^38 − 1 in magnitude, so it converts without loss.
inline Int128 native(const Coefficient& coefficient) noexcept {
  return signed_of(*coefficient.backend().limbs(), coefficient.backend().sign());
}

UInt128 native_magnitude(const Coefficient& coefficient) noexcept {
  return *coefficient.backend().limbs();
}

Wide to_wide(Int128 value) {
  return Wide(value);
}

// ---------------------------------------------------------------------------------------------
// Rounding

/// Whether a truncated quotient moves one unit away from zero. `half` compares the remainder with
/// half the divisor (−1 below, 0 exactly half, 1 above); `inexact` says the remainder is not zero.
constexpr bool round_away(RoundingMode mode, bool negative, bool quotient_odd, int half,
                          bool inexact) noexcept {
  switch (mode) {
    case RoundingMode::half_up:
      return half >= 0 && inexact;
    case RoundingMode::half_even:
      return half > 0 || (half == 0 && quotient_odd);
    case RoundingMode::half_down:
      return half > 0;
    case RoundingMode::down:
      return false;
    case RoundingMode::up:
      return inexact;
    case RoundingMode::ceiling:
      return inexact && !negative;
    case RoundingMode::floor:
      return inexact && negative;
  }
  return false;
}

/// Magnitude of (numerator / divisor) rounded by `mode`; `negative` is the sign of the quotient.
UInt128 divide_rounded(UInt128 numerator, UInt128 divisor, bool negative,
                       RoundingMode mode) noexcept {
  UInt128 quotient = 0;
  UInt128 remainder = 0;
  if (numerator <= max_uint64 && divisor <= max_uint64) {
    // 64-bit division is several times faster than the 128-bit library routine.
    const auto n = static_cast<std::uint64_t>(numerator);
    const auto d = static_cast<std::uint64_t>(divisor);
    quotient = n / d;
    remainder = n % d;
  } else {
    quotient = numerator / divisor;
    remainder = numerator % divisor;
  }
  if (remainder == 0) return quotient;
  const UInt128 rest = divisor - remainder;
  const int half = remainder < rest ? -1 : (remainder == rest ? 0 : 1);
  if (round_away(mode, negative, (quotient & 1) != 0, half, true)) ++quotient;
  return quotient;
}

/// The wide counterpart of divide_rounded, signs included.
Wide divide_rounded(const Wide& numerator, const Wide& divisor, RoundingMode mode) {
  Wide quotient;
  Wide remainder;
  boost::multiprecision::divide_qr(numerator, divisor, quotient, remainder);
  if (remainder == 0) return quotient;
  const bool negative = (numerator < 0) != (divisor < 0);
  const Wide twice = abs(remainder) * 2;
  const Wide magnitude = abs(divisor);
  const int half = twice < magnitude ? -1 : (twice == magnitude ? 0 : 1);
  const bool odd = boost::multiprecision::bit_test(abs(quotient), 0);
  if (round_away(mode, negative, odd, half, true)) quotient += negative ? -1 : 1;
  return quotient;
}

// ---------------------------------------------------------------------------------------------
// Errors

[[noreturn]] void throw_out_of_range(std::string_view operation_zh, std::string_view operation_en,
                                     bool too_many_fraction_digits) {
  std::string zh(operation_zh);
  std::string en(operation_en);
  if (too_many_fraction_digits) {
    zh += "的精确结果需要超过 38 位小数，超出 Decimal 的范围";
    en += ": the exact result needs more than 38 fractional digits, beyond the range of Decimal";
  } else {
    zh += "的结果超过 38 位有效数字，超出 Decimal 的范围";
    en += ": the result has more than 38 significant digits, beyond the range of Decimal";
  }
  throw Error(ErrorCode::overflow, std::move(zh), std::move(en));
}

void check_scale_argument(int scale, std::string_view function) {
  if (scale >= 0 && scale <= max_scale) return;
  throw Error(ErrorCode::invalid_argument,
              std::string(function) + "：小数位数 " + std::to_string(scale) + " 超出 0 … 38 的范围",
              std::string(function) + ": scale " + std::to_string(scale) + " is outside 0 … 38");
}

// ---------------------------------------------------------------------------------------------
// Exact results that did not fit the native fast path

/// coefficient × 10^(−scale) as a Decimal, removing trailing fractional zeros only when the exact
/// value does not fit otherwise (so 1.000000 × 1.000000 keeps its 12 decimals, and an exact value
/// is never refused because of zeros it does not need).
Decimal fit_exact(Wide coefficient, int scale, std::string_view operation_zh,
                  std::string_view operation_en) {
  static const Wide wide_max_magnitude = to_wide(static_cast<Int128>(max_magnitude));
  const auto fits = [&] { return scale <= max_scale && abs(coefficient) <= wide_max_magnitude; };
  while (!fits() && scale > 0) {
    Wide quotient;
    Wide remainder;
    boost::multiprecision::divide_qr(coefficient, Wide(10), quotient, remainder);
    if (remainder != 0) break;
    coefficient = quotient;
    --scale;
  }
  if (!fits()) throw_out_of_range(operation_zh, operation_en, scale > max_scale);
  return Decimal::from_coefficient(static_cast<Coefficient>(coefficient), scale);
}

Decimal make_decimal(Int128 coefficient, int scale) {
  return Decimal::from_coefficient(Coefficient(coefficient), scale);
}

constexpr bool fits_int64(Int128 value) noexcept {
  return value == static_cast<std::int64_t>(value);
}

/// value × 10^shift (shift in 0 … 38) when it fits a signed 128-bit integer.
inline bool times_pow10(Int128& value, int shift) noexcept {
  // Money-sized values take the first branch: |value| < 2^63 and 10^18 < 2^60, so the product is
  // below 2^123 and the multiplication is a single widening multiply, no overflow check needed.
  if (shift <= 18 && fits_int64(value)) {
    value = static_cast<Int128>(static_cast<std::int64_t>(value)) *
            static_cast<Int128>(static_cast<std::int64_t>(pow10(shift)));
    return true;
  }
  return !__builtin_mul_overflow(value, static_cast<Int128>(pow10(shift)), &value);
}

/// x × 10^(−x_scale) ± y × 10^(−y_scale) for any operands: native 128-bit integers with overflow
/// checks, and where those would overflow, the exact wide sum.
Decimal add_exact(const Coefficient& a, int a_scale, const Coefficient& b, int b_scale,
                  bool subtract) {
  Int128 x = native(a);
  Int128 y = subtract ? -native(b) : native(b);
  const int scale = std::max(a_scale, b_scale);
  Int128 x_aligned = x;
  Int128 y_aligned = y;
  Int128 sum = 0;
  if (times_pow10(x_aligned, scale - a_scale) && times_pow10(y_aligned, scale - b_scale) &&
      !__builtin_add_overflow(x_aligned, y_aligned, &sum) && magnitude_of(sum) <= max_magnitude)
    return make_decimal(sum, scale);
  const Wide wide_sum =
      to_wide(x) * wide_pow10(scale - a_scale) + to_wide(y) * wide_pow10(scale - b_scale);
  return subtract ? fit_exact(wide_sum, scale, "减法", "subtraction")
                  : fit_exact(wide_sum, scale, "加法", "addition");
}

[[gnu::noinline]] Decimal multiply_general(const Coefficient& a, int a_scale, const Coefficient& b,
                                           int b_scale) {
  const Int128 x = native(a);
  const Int128 y = native(b);
  const int scale = a_scale + b_scale;
  Int128 product = 0;
  if (scale <= max_scale && !__builtin_mul_overflow(x, y, &product) &&
      magnitude_of(product) <= max_magnitude)
    return make_decimal(product, scale);
  return fit_exact(to_wide(x) * to_wide(y), scale, "乘法", "multiplication");
}

std::strong_ordering compare_parts(Int128 x, int x_scale, Int128 y, int y_scale) noexcept {
  const auto order = [](Int128 p, Int128 q) {
    return p < q ? std::strong_ordering::less
                 : (p == q ? std::strong_ordering::equal : std::strong_ordering::greater);
  };
  if (x_scale == y_scale) return order(x, y);
  // Bring the operand with fewer decimals up to the other scale. If that overflows, or the scales
  // differ by more than 38 digits, its magnitude exceeds every coefficient, so its sign decides.
  const bool scale_x = x_scale < y_scale;
  const Int128 value = scale_x ? x : y;
  const int shift = scale_x ? y_scale - x_scale : x_scale - y_scale;
  Int128 scaled = 0;
  if (value == 0) {
    scaled = 0;
  } else if (shift > max_digits ||
             __builtin_mul_overflow(value, static_cast<Int128>(pow10(shift)), &scaled)) {
    const auto dominant = value > 0 ? std::strong_ordering::greater : std::strong_ordering::less;
    if (scale_x) return dominant;
    return dominant == std::strong_ordering::greater ? std::strong_ordering::less
                                                     : std::strong_ordering::greater;
  }
  return scale_x ? order(scaled, y) : order(x, scaled);
}

// ---------------------------------------------------------------------------------------------
// Text output

/// Writes the digits of `magnitude` so that they end just before `end`; returns their start.
char* write_digits(UInt128 magnitude, char* end) noexcept {
  char* out = end;
  constexpr std::uint64_t chunk = 10'000'000'000'000'000'000ULL;  // 10^19
  while (magnitude > max_uint64) {
    auto low = static_cast<std::uint64_t>(magnitude % chunk);
    magnitude /= chunk;
    for (int i = 0; i < 19; ++i) {
      *--out = static_cast<char>('0' + low % 10);
      low /= 10;
    }
  }
  auto rest = static_cast<std::uint64_t>(magnitude);
  do {
    *--out = static_cast<char>('0' + rest % 10);
    rest /= 10;
  } while (rest != 0);
  return out;
}

/// Room for a sign, 38 digits, "0." and up to 2 × 38 zeros of padding.
constexpr std::size_t format_buffer_size = 160;

/// Writes −magnitude × 10^(−scale) (sign when `negative`) followed by `padding` extra zeros
/// after the point; returns the length written into `out`.
std::size_t format_fixed(UInt128 magnitude, bool negative, int scale, int padding,
                         char* out) noexcept {
  std::array<char, 48> digit_buffer;
  char* const digits_end = digit_buffer.data() + digit_buffer.size();
  const char* const digits = write_digits(magnitude, digits_end);
  const auto length = static_cast<std::size_t>(digits_end - digits);
  const auto fraction = static_cast<std::size_t>(scale);
  char* p = out;
  if (negative && magnitude != 0) *p++ = '-';
  if (length > fraction) {
    std::memcpy(p, digits, length - fraction);
    p += length - fraction;
  } else {
    *p++ = '0';
  }
  if (scale + padding > 0) {
    *p++ = '.';
    if (length < fraction) {
      std::memset(p, '0', fraction - length);
      p += fraction - length;
    }
    const std::size_t shown = std::min(length, fraction);
    std::memcpy(p, digits_end - shown, shown);
    p += shown;
    std::memset(p, '0', static_cast<std::size_t>(padding));
    p += padding;
  }
  return static_cast<std::size_t>(p - out);
}

/// Removes trailing fractional zeros from magnitude × 10^(−scale).
void strip_trailing_zeros(UInt128& magnitude, int& scale) noexcept {
  if (magnitude == 0) {
    scale = 0;
    return;
  }
  if (magnitude <= max_uint64) {
    auto small = static_cast<std::uint64_t>(magnitude);
    while (scale > 0 && small % 10 == 0) {
      small /= 10;
      --scale;
    }
    magnitude = small;
    return;
  }
  while (scale > 0 && magnitude % 10 == 0) {
    magnitude /= 10;
    --scale;
  }
}

// ---------------------------------------------------------------------------------------------
// Text input

enum class ParseProblem {
  none,
  too_long,
  invalid_utf8,
  empty,
  blank,
  unexpected_character,
  exponent,
  misplaced_sign,
  second_point,
  separator_in_fraction,
  separator_without_digits,
  separator_group_size,
  separator_first_group,
  separator_leading_zero,
  inner_space,
  no_digits,
  too_many_digits,
  too_many_fraction_digits,
};

struct ParseResult {
  ParseProblem problem = ParseProblem::none;
  std::size_t byte_offset = 0;  ///< where the problem is (for digit overflows: found on demand)
  std::size_t digit_index =
      0;  ///< for the overflow problems: the index of the first digit too many
  Int128 coefficient = 0;
  int scale = 0;
};

constexpr bool is_space(char32_t c) noexcept {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 || c == 0x3000;
}

struct Decoded {
  char32_t raw = 0;     ///< the code point as written
  char32_t folded = 0;  ///< its ASCII twin when it is a full-width form
  std::size_t length = 1;
};

inline Decoded decode(std::string_view valid_text, std::size_t offset) noexcept {
  const auto byte = static_cast<unsigned char>(valid_text[offset]);
  if (byte < 0x80) return {byte, byte, 1};
  const text::CodePoint point = text::decode_at(valid_text, offset);
  return {point.value, text::fold_full_width(point.value), point.length};
}

bool only_spaces_from(std::string_view valid_text, std::size_t offset) noexcept {
  while (offset < valid_text.size()) {
    const Decoded c = decode(valid_text, offset);
    if (!is_space(c.folded)) return false;
    offset += c.length;
  }
  return true;
}

/// Reads the number; reports the first problem instead of throwing, so try_parse stays cheap.
ParseResult parse_number(std::string_view text) noexcept {
  ParseResult result;
  const auto fail = [&](ParseProblem problem, std::size_t offset) {
    result.problem = problem;
    result.byte_offset = offset;
    return result;
  };
  if (text.size() > max_text_bytes) return fail(ParseProblem::too_long, max_text_bytes);
  if (const auto bad = text::find_invalid_utf8(text)) return fail(ParseProblem::invalid_utf8, *bad);
  if (text.empty()) return fail(ParseProblem::empty, 0);

  std::size_t offset = 0;
  while (offset < text.size()) {
    const Decoded c = decode(text, offset);
    if (!is_space(c.folded)) break;
    offset += c.length;
  }
  if (offset == text.size()) return fail(ParseProblem::blank, 0);

  const std::size_t number_start = offset;
  bool negative = false;
  {
    const Decoded c = decode(text, offset);
    if (c.folded == U'+' || c.folded == U'-') {
      negative = c.folded == U'-';
      offset += c.length;
    }
  }

  // Digits as ASCII, integer part first; text is bounded, so one stack buffer holds them all.
  std::array<char, max_text_bytes> digits;
  std::size_t digit_count = 0;
  std::size_t integer_digits = 0;
  bool seen_point = false;
  std::size_t point_offset = 0;
  bool grouped = false;
  std::size_t group_length = 0;
  std::size_t last_separator = 0;

  while (offset < text.size()) {
    const Decoded c = decode(text, offset);
    const char32_t f = c.folded;
    if (f >= U'0' && f <= U'9') {
      digits[digit_count++] = static_cast<char>(f);
      if (!seen_point) {
        ++integer_digits;
        ++group_length;
      }
    } else if (f == U',') {
      if (seen_point) return fail(ParseProblem::separator_in_fraction, offset);
      if (integer_digits == 0) return fail(ParseProblem::separator_without_digits, offset);
      if (!grouped) {
        if (group_length > 3) return fail(ParseProblem::separator_first_group, offset);
        if (digits[0] == '0') return fail(ParseProblem::separator_leading_zero, offset);
        grouped = true;
      } else if (group_length != 3) {
        return fail(ParseProblem::separator_group_size, last_separator);
      }
      last_separator = offset;
      group_length = 0;
    } else if (f == U'.') {
      if (seen_point) return fail(ParseProblem::second_point, offset);
      if (grouped && group_length != 3)
        return fail(ParseProblem::separator_group_size, last_separator);
      seen_point = true;
      point_offset = offset;
    } else if (f == U'+' || f == U'-') {
      return fail(ParseProblem::misplaced_sign, offset);
    } else if (f == U'e' || f == U'E') {
      return fail(ParseProblem::exponent, offset);
    } else if (is_space(f)) {
      if (!only_spaces_from(text, offset)) return fail(ParseProblem::inner_space, offset);
      break;
    } else {
      return fail(ParseProblem::unexpected_character, offset);
    }
    offset += c.length;
  }
  if (grouped && !seen_point && group_length != 3)
    return fail(ParseProblem::separator_group_size, last_separator);
  if (digit_count == 0)
    return fail(ParseProblem::no_digits, seen_point && !negative ? point_offset : number_start);

  std::size_t leading_zeros = 0;
  while (leading_zeros < digit_count && digits[leading_zeros] == '0')
    ++leading_zeros;
  std::size_t end = digit_count;
  std::size_t scale = digit_count - integer_digits;
  const auto significant = [&] { return end > leading_zeros ? end - leading_zeros : 0; };
  // Trailing fractional zeros go only when the written form would not fit: the value is the same.
  while (scale > 0 && digits[end - 1] == '0' &&
         (significant() > static_cast<std::size_t>(max_digits) ||
          scale > static_cast<std::size_t>(max_scale))) {
    --end;
    --scale;
  }
  if (significant() > static_cast<std::size_t>(max_digits)) {
    result.problem = ParseProblem::too_many_digits;
    result.digit_index = leading_zeros + max_digits;
    result.byte_offset = number_start;
    return result;
  }
  if (scale > static_cast<std::size_t>(max_scale)) {
    result.problem = ParseProblem::too_many_fraction_digits;
    result.digit_index = integer_digits + max_scale;
    result.byte_offset = number_start;
    return result;
  }
  UInt128 magnitude = 0;
  for (std::size_t i = leading_zeros; i < end; ++i)
    magnitude = magnitude * 10 + static_cast<unsigned>(digits[i] - '0');
  result.coefficient = signed_of(magnitude, negative);
  result.scale = static_cast<int>(scale);
  return result;
}

/// Byte offset of the digit with the given index (counting every digit, ASCII or full-width).
std::size_t locate_digit(std::string_view valid_text, std::size_t from, std::size_t index) {
  std::size_t offset = from;
  std::size_t seen = 0;
  while (offset < valid_text.size()) {
    const Decoded c = decode(valid_text, offset);
    if (c.folded >= U'0' && c.folded <= U'9') {
      if (seen == index) return offset;
      ++seen;
    }
    offset += c.length;
  }
  return offset;
}

std::string hex_code_point(char32_t c) {
  std::array<char, 16> buffer{};
  const auto hex = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                 static_cast<std::uint32_t>(c), 16);
  std::string digits(buffer.data(), hex.ptr);
  for (auto& d : digits)
    d = static_cast<char>(d >= 'a' ? d - 'a' + 'A' : d);
  while (digits.size() < 4)
    digits.insert(digits.begin(), '0');
  return "U+" + digits;
}

bool is_invisible(char32_t c) noexcept {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || is_space(c) ||
         (c >= 0x200B && c <= 0x200F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

/// The character as people should see it in a message: itself, or U+XXXX when invisible.
std::string show_character(char32_t c, bool chinese) {
  if (is_invisible(c)) return hex_code_point(c);
  std::string shown = chinese ? "“" : "'";
  text::append_utf8(shown, c);
  shown += chinese ? "”" : "'";
  return shown;
}

/// The input for a message: at most 40 characters, invisible ones as U+XXXX.
std::string show_text(std::string_view valid_text) {
  std::string shown;
  std::size_t offset = 0;
  std::size_t count = 0;
  while (offset < valid_text.size()) {
    if (count == 40) {
      shown += "…";
      break;
    }
    const Decoded c = decode(valid_text, offset);
    if (c.raw == U' ')
      shown += ' ';
    else if (is_invisible(c.raw))
      shown += "<" + hex_code_point(c.raw) + ">";
    else
      text::append_utf8(shown, c.raw);
    offset += c.length;
    ++count;
  }
  return shown;
}

[[noreturn]] void throw_parse_problem(std::string_view text, const ParseResult& result) {
  ErrorLocation where;
  switch (result.problem) {
    case ParseProblem::too_long:
      where.byte_offset = result.byte_offset;
      throw Error(ErrorCode::limit_exceeded,
                  "数字文本长 " + std::to_string(text.size()) + " 字节，超过上限 " +
                      std::to_string(max_text_bytes) + " 字节",
                  "number text is " + std::to_string(text.size()) + " bytes long, more than the " +
                      std::to_string(max_text_bytes) + "-byte limit",
                  where);
    case ParseProblem::invalid_utf8:
      where.byte_offset = result.byte_offset;
      where.char_offset =
          text::code_point_offset(text.substr(0, result.byte_offset), result.byte_offset);
      throw Error(
          ErrorCode::invalid_utf8,
          "数字文本在字节偏移 " + std::to_string(result.byte_offset) + " 处不是有效的 UTF-8 编码",
          "number text is not valid UTF-8 at byte offset " + std::to_string(result.byte_offset),
          where);
    default:
      break;
  }

  const std::string shown_zh = "数字“" + show_text(text) + "”";
  const std::string shown_en = "number \"" + show_text(text) + "\"";
  if (result.problem == ParseProblem::empty || result.problem == ParseProblem::blank) {
    where.byte_offset = 0;
    where.char_offset = 0;
    if (result.problem == ParseProblem::empty)
      throw Error(ErrorCode::parse_error, "空文本不是数字", "empty text is not a number", where);
    throw Error(ErrorCode::parse_error, "只有空白的文本不是数字",
                "text of only white space is not a number", where);
  }

  std::size_t offset = result.byte_offset;
  const bool overflow = result.problem == ParseProblem::too_many_digits ||
                        result.problem == ParseProblem::too_many_fraction_digits;
  if (overflow) offset = locate_digit(text, result.byte_offset, result.digit_index);
  where.byte_offset = offset;
  where.char_offset = text::code_point_offset(text, offset);
  const std::string position_zh = "字节偏移 " + std::to_string(offset) + "（字符偏移 " +
                                  std::to_string(*where.char_offset) + "）处的";
  const std::string position_en = " at byte offset " + std::to_string(offset) +
                                  " (character offset " + std::to_string(*where.char_offset) + ")";
  const char32_t raw = decode(text, offset).raw;
  const std::string char_zh = show_character(raw, true);
  const std::string char_en = show_character(raw, false);

  if (result.problem == ParseProblem::too_many_digits)
    throw Error(ErrorCode::overflow,
                shown_zh + "超过 38 位有效数字：" + position_zh + "数字" + char_zh +
                    "是第 39 位，超出 Decimal 的范围",
                shown_en + " has more than 38 significant digits: digit " + char_en + position_en +
                    " is the 39th, beyond the range of Decimal",
                where);
  if (result.problem == ParseProblem::too_many_fraction_digits)
    throw Error(ErrorCode::overflow,
                shown_zh + "超过 38 位小数：" + position_zh + "数字" + char_zh +
                    "是第 39 位小数，超出 Decimal 的范围",
                shown_en + " has more than 38 fractional digits: digit " + char_en + position_en +
                    " is the 39th, beyond the range of Decimal",
                where);

  std::string reason_zh;
  std::string reason_en;
  switch (result.problem) {
    case ParseProblem::exponent:
      reason_zh = "表示指数（科学计数法），不接受指数形式，请写出完整的数字";
      reason_en =
          "starts an exponent; scientific notation is not accepted, write the number out "
          "in full";
      break;
    case ParseProblem::misplaced_sign:
      reason_zh = "是多余或错位的正负号：正负号只能有一个，且只能写在数字最前面";
      reason_en = "is an extra or misplaced sign: a number has at most one sign, written first";
      break;
    case ParseProblem::second_point:
      reason_zh = "是第二个小数点";
      reason_en = "is a second decimal point";
      break;
    case ParseProblem::separator_in_fraction:
      reason_zh = "是千分位分隔符，小数部分不能有千分位分隔符";
      reason_en = "is a thousands separator; they are not allowed after the decimal point";
      break;
    case ParseProblem::separator_without_digits:
      reason_zh = "是千分位分隔符，它前面必须有数字";
      reason_en = "is a thousands separator that does not follow a digit";
      break;
    case ParseProblem::separator_group_size:
      reason_zh = "是千分位分隔符，它后面必须恰好是 3 位数字";
      reason_en = "is a thousands separator that is not followed by exactly 3 digits";
      break;
    case ParseProblem::separator_first_group:
      reason_zh = "是千分位分隔符，但它前面的数字多于 3 位";
      reason_en = "is a thousands separator after a group of more than 3 digits";
      break;
    case ParseProblem::separator_leading_zero:
      reason_zh = "是千分位分隔符，但数字以 0 开头，分组有歧义";
      reason_en = "is a thousands separator in a number that starts with 0, which is ambiguous";
      break;
    case ParseProblem::inner_space:
      reason_zh = "是数字中间的空白，数字内部不能有空白";
      reason_en = "is white space inside the number; only leading and trailing spaces are allowed";
      break;
    case ParseProblem::no_digits:
      reason_zh = "后面没有数字";
      reason_en = "is not followed by any digit";
      break;
    default:
      reason_zh = "不是数字、正负号、小数点或千分位分隔符";
      reason_en = "is not a digit, sign, decimal point or thousands separator";
      break;
  }
  throw Error(ErrorCode::parse_error, shown_zh + "无法读取：" + position_zh + char_zh + reason_zh,
              "cannot read " + shown_en + ": " + char_en + position_en + " " + reason_en, where);
}

}  // namespace

// -----------------------------------------------------------------------------------------------

Decimal Decimal::from_coefficient(const Coefficient& coefficient, int scale) {
  check_scale_argument(scale, "Decimal::from_coefficient");
  if (native_magnitude(coefficient) > max_magnitude)
    throw Error(ErrorCode::overflow, "系数超过 38 位数字，超出 Decimal 的范围",
                "coefficient has more than 38 digits, beyond the range of Decimal");
  Decimal result;
  result.coefficient_ = coefficient;
  result.scale_ = scale;
  return result;
}

Decimal Decimal::parse(std::string_view text) {
  const ParseResult result = parse_number(text);
  if (result.problem != ParseProblem::none) throw_parse_problem(text, result);
  Decimal value;
  value.coefficient_ = Coefficient(result.coefficient);
  value.scale_ = result.scale;
  return value;
}

std::optional<Decimal> Decimal::try_parse(std::string_view text) noexcept {
  const ParseResult result = parse_number(text);
  if (result.problem != ParseProblem::none) return std::nullopt;
  Decimal value;
  value.coefficient_ = Coefficient(result.coefficient);
  value.scale_ = result.scale;
  return value;
}

std::string Decimal::to_string() const {
  UInt128 magnitude = native_magnitude(coefficient_);
  int scale = scale_;
  strip_trailing_zeros(magnitude, scale);
  std::array<char, format_buffer_size> buffer;
  const std::size_t length =
      format_fixed(magnitude, coefficient_.backend().sign(), scale, 0, buffer.data());
  return std::string(buffer.data(), length);
}

std::string Decimal::to_string(int scale, RoundingMode mode) const {
  check_scale_argument(scale, "Decimal::to_string");
  std::array<char, format_buffer_size> buffer;
  std::size_t length = 0;
  if (scale >= scale_) {
    // Padding with zeros is exact even where rescale() would overflow the coefficient.
    length = format_fixed(native_magnitude(coefficient_), coefficient_.backend().sign(), scale_,
                          scale - scale_, buffer.data());
  } else {
    const Decimal rounded = rescale(scale, mode);
    length = format_fixed(native_magnitude(rounded.coefficient_),
                          rounded.coefficient_.backend().sign(), scale, 0, buffer.data());
  }
  return std::string(buffer.data(), length);
}

Decimal Decimal::rescale(int scale, RoundingMode mode) const {
  check_scale_argument(scale, "Decimal::rescale");
  if (scale == scale_) return *this;
  const bool negative = coefficient_.backend().sign();
  const UInt128 magnitude = native_magnitude(coefficient_);
  if (scale > scale_) {
    UInt128 raised = 0;
    if (__builtin_mul_overflow(magnitude, pow10(scale - scale_), &raised) || raised > max_magnitude)
      throw_out_of_range("调整小数位数", "rescale", false);
    return make_decimal(signed_of(raised, negative), scale);
  }
  // Dropping digits shrinks the coefficient by at least 10, so the rounded value always fits.
  const UInt128 rounded = divide_rounded(magnitude, pow10(scale_ - scale), negative, mode);
  return make_decimal(signed_of(rounded, negative), scale);
}

Decimal Decimal::round(int scale, RoundingMode mode) const {
  check_scale_argument(scale, "Decimal::round");
  return scale >= scale_ ? *this : rescale(scale, mode);
}

Decimal Decimal::normalized() const {
  UInt128 magnitude = native_magnitude(coefficient_);
  int scale = scale_;
  strip_trailing_zeros(magnitude, scale);
  return make_decimal(signed_of(magnitude, coefficient_.backend().sign()), scale);
}

Decimal Decimal::operator-() const {
  Decimal result = *this;
  result.coefficient_ = -coefficient_;
  return result;
}

Decimal Decimal::abs() const {
  Decimal result = *this;
  if (result.coefficient_ < 0) result.coefficient_ = -coefficient_;
  return result;
}

int Decimal::sign() const noexcept {
  if (coefficient_.backend().sign()) return -1;
  return native_magnitude(coefficient_) == 0 ? 0 : 1;
}

bool Decimal::is_integer() const noexcept {
  return scale_ == 0 || native_magnitude(coefficient_) % pow10(scale_) == 0;
}

// + and − are inline in decimal.hpp (add_small) and fall back to add_general; × has a shorter path
// for coefficients below 2^63, which covers every amount on a form.

Decimal Decimal::add_general(const Decimal& a, const Decimal& b, bool subtract) {
  return add_exact(a.coefficient_, a.scale_, b.coefficient_, b.scale_, subtract);
}

Decimal operator*(const Decimal& a, const Decimal& b) {
  const UInt128 x = native_magnitude(a.coefficient_);
  const UInt128 y = native_magnitude(b.coefficient_);
  const int scale = a.scale_ + b.scale_;
  if (((x | y) >> 63) == 0 && scale <= max_scale) {
    // Both below 2^63: the product is below 2^126 < 10^38, always a valid coefficient.
    Decimal result;
    auto& backend = result.coefficient_.backend();
    *backend.limbs() =
        static_cast<UInt128>(static_cast<std::uint64_t>(x)) * static_cast<std::uint64_t>(y);
    backend.sign(a.coefficient_.backend().sign() != b.coefficient_.backend().sign());
    result.scale_ = scale;
    return result;
  }
  return multiply_general(a.coefficient(), a.scale(), b.coefficient(), b.scale());
}

Decimal Decimal::divide(const Decimal& dividend, const Decimal& divisor, int scale,
                        RoundingMode mode) {
  check_scale_argument(scale, "Decimal::divide");
  if (divisor.is_zero()) throw Error(ErrorCode::division_by_zero, "除数为零", "division by zero");
  if (dividend.is_zero()) return make_decimal(0, scale);
  const bool negative =
      dividend.coefficient_.backend().sign() != divisor.coefficient_.backend().sign();
  const UInt128 n = native_magnitude(dividend.coefficient_);
  const UInt128 d = native_magnitude(divisor.coefficient_);
  // quotient = n × 10^exponent / d at the requested scale.
  const int exponent = scale + divisor.scale_ - dividend.scale_;
  UInt128 numerator = n;
  UInt128 denominator = d;
  bool native_fits = true;
  if (exponent > 0)
    native_fits = exponent <= max_digits && !__builtin_mul_overflow(n, pow10(exponent), &numerator);
  else if (exponent < 0)
    native_fits =
        -exponent <= max_digits && !__builtin_mul_overflow(d, pow10(-exponent), &denominator);
  if (native_fits) {
    const UInt128 quotient = divide_rounded(numerator, denominator, negative, mode);
    if (quotient <= max_magnitude) return make_decimal(signed_of(quotient, negative), scale);
    // 1 at scale 38 needs 39 digits; its value still fits with fewer zeros.
    Wide wide_quotient(quotient);
    if (negative) wide_quotient = -wide_quotient;
    return fit_exact(wide_quotient, scale, "除法", "division");
  }
  Wide wide_numerator = to_wide(native(dividend.coefficient_));
  Wide wide_denominator = to_wide(native(divisor.coefficient_));
  if (exponent > 0)
    wide_numerator *= wide_pow10(exponent);
  else
    wide_denominator *= wide_pow10(-exponent);
  const Wide quotient = divide_rounded(wide_numerator, wide_denominator, mode);
  return fit_exact(quotient, scale, "除法", "division");
}

bool operator==(const Decimal& a, const Decimal& b) noexcept {
  return compare_parts(native(a.coefficient_), a.scale_, native(b.coefficient_), b.scale_) ==
         std::strong_ordering::equal;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
  return compare_parts(native(a.coefficient_), a.scale_, native(b.coefficient_), b.scale_);
}

std::size_t Decimal::hash() const noexcept {
  // Hash the normalized form, so every spelling of one value (1.1, 1.10) hashes alike.
  UInt128 magnitude = native_magnitude(coefficient_);
  int scale = scale_;
  strip_trailing_zeros(magnitude, scale);
  const auto mix = [](std::uint64_t x) {
    // The splitmix64 finalizer: every input bit affects every output bit.
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return x;
  };
  const auto low = static_cast<std::uint64_t>(magnitude);
  const auto high = static_cast<std::uint64_t>(magnitude >> 64);
  std::uint64_t h = mix(low);
  h = mix(h ^ (high + 0x9E3779B97F4A7C15ULL));
  h = mix(h ^ (static_cast<std::uint64_t>(scale) << 1 | (coefficient_.backend().sign() ? 1U : 0U)));
  return static_cast<std::size_t>(h);
}

double Decimal::to_double() const noexcept {
  const UInt128 magnitude = native_magnitude(coefficient_);
  const bool negative = coefficient_.backend().sign();
  // Both operands exact in binary64 and one correctly rounded division: the nearest double.
  constexpr std::array<double, 23> exact_powers{1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (magnitude < (UInt128{1} << 53) && scale_ < static_cast<int>(exact_powers.size())) {
    const double value = static_cast<double>(static_cast<std::uint64_t>(magnitude)) /
                         exact_powers[static_cast<std::size_t>(scale_)];
    return negative ? -value : value;
  }
  std::array<char, format_buffer_size> buffer;
  const std::size_t length = format_fixed(magnitude, negative, scale_, 0, buffer.data());
  double value = 0;
  std::from_chars(buffer.data(), buffer.data() + length, value);
  return value;
}

std::optional<std::int64_t> Decimal::to_int64() const noexcept {
  if (!is_integer()) return std::nullopt;
  const Int128 value = native(coefficient_) / static_cast<Int128>(pow10(scale_));
  if (value < std::numeric_limits<std::int64_t>::min() ||
      value > std::numeric_limits<std::int64_t>::max())
    return std::nullopt;
  return static_cast<std::int64_t>(value);
}

std::ostream& operator<<(std::ostream& out, const Decimal& value) {
  return out << value.to_string();
}

namespace detail {

std::strong_ordering compare_shifted(const Decimal& a, const Decimal& b, int shift) noexcept {
  // a.c × 10^(−a.s) against b.c × 10^(shift − b.s): make both exponents non-positive.
  int a_scale = a.scale();
  int b_scale = b.scale() - shift;
  const int lift = std::max(0, -std::min(a_scale, b_scale));
  a_scale += lift;
  b_scale += lift;
  return compare_parts(native(a.coefficient()), a_scale, native(b.coefficient()), b_scale);
}

Decimal shift_decimal_point(const Decimal& value, int shift) {
  const int scale = value.scale() - shift;
  if (scale >= 0 && scale <= max_scale)
    return Decimal::from_coefficient(value.coefficient(), scale);
  if (scale < 0)
    return fit_exact(to_wide(native(value.coefficient())) * wide_pow10(-scale), 0, "单位换算",
                     "unit conversion");
  return fit_exact(to_wide(native(value.coefficient())), scale, "单位换算", "unit conversion");
}

}  // namespace detail

}  // namespace jixiao
