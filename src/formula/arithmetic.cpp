#include "formula/arithmetic.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <string>
#include <system_error>

#include "decimal_internal.hpp"
#include "jixiao/error.hpp"

namespace jixiao::formula {

namespace {

using Wide = boost::multiprecision::checked_int256_t;

constexpr int max_power_exponent = 1000;
constexpr int min_round_digits = -18;
constexpr int max_round_digits = 38;

constexpr Reason bad_round_digits{"round 的小数位数须为 −18 至 38 之间的整数",
                                  "the number of decimals must be an integer from -18 to 38"};
constexpr Reason negative_base{"负数不能取非整数次幂",
                               "a negative number has no real power with this exponent"};
constexpr Reason exponent_not_integer{"精确模式下指数必须是整数",
                                      "in exact mode the exponent must be an integer"};
constexpr Reason exponent_too_large{"指数的绝对值不能超过 1000",
                                    "the exponent must be between -1000 and 1000"};
constexpr Reason undefined_result{"结果没有定义", "the result is undefined"};

/// Whether a rounding step moves the kept part away from zero. `half` compares twice the dropped
/// part with one unit (−1 below half, 0 exactly half, 1 above).
bool round_away(RoundingMode mode, bool negative, bool dropped_nonzero, int half,
                bool kept_odd) noexcept {
  if (!dropped_nonzero) return false;
  switch (mode) {
    case RoundingMode::half_up:
      return half >= 0;
    case RoundingMode::half_down:
      return half > 0;
    case RoundingMode::half_even:
      return half > 0 || (half == 0 && kept_odd);
    case RoundingMode::down:
      return false;
    case RoundingMode::up:
      return true;
    case RoundingMode::ceiling:
      return !negative;
    case RoundingMode::floor:
      return negative;
  }
  return false;
}

std::uint64_t pow10_u64(int exponent) noexcept {
  std::uint64_t value = 1;
  for (int i = 0; i < exponent; ++i)
    value *= 10;
  return value;
}

EvalStatus status_of(const Error& error) noexcept {
  switch (error.code()) {
    case ErrorCode::overflow:
      return EvalStatus::overflow;
    case ErrorCode::division_by_zero:
      return EvalStatus::division_by_zero;
    default:
      return EvalStatus::domain_error;
  }
}

bool integer_argument(double x, int low, int high, int& out) noexcept {
  if (!(x >= low && x <= high) || x != std::floor(x)) return false;
  out = static_cast<int>(x);
  return true;
}

bool integer_argument(const Decimal& x, int low, int high, int& out) noexcept {
  if (!x.is_integer()) return false;
  const std::optional<std::int64_t> value = x.to_int64();
  if (!value || *value < low || *value > high) return false;
  out = static_cast<int>(*value);
  return true;
}

Decimal exact_round(const Decimal& x, int digits, RoundingMode mode) {
  if (digits >= 0) return x.round(digits, mode);
  const Decimal unit(static_cast<std::int64_t>(pow10_u64(-digits)));
  return Decimal::divide(x, unit, 0, mode) * unit;
}

Decimal exact_power(const Decimal& base, std::int64_t exponent, int scale, RoundingMode mode) {
  Decimal result(1);
  Decimal square = base;
  std::uint64_t remaining = static_cast<std::uint64_t>(exponent < 0 ? -exponent : exponent);
  while (remaining != 0) {
    if ((remaining & 1U) != 0) result = multiply_at_scale(result, square, scale, mode);
    remaining >>= 1U;
    if (remaining != 0) square = multiply_at_scale(square, square, scale, mode);
  }
  if (exponent < 0) return Decimal::divide(Decimal(1), result, scale, mode);
  return result;
}

}  // namespace

double round_shortest(double x, int n, RoundingMode mode) noexcept {
  if (x == 0 || !is_finite(x)) return x;
  char buffer[64];
  const auto written =
      std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
  const char* p = buffer;
  const bool negative = *p == '-';
  if (negative) ++p;
  std::uint64_t digits = 0;
  int length = 0;
  for (; p < written.ptr && *p != 'e'; ++p) {
    if (*p == '.') continue;
    digits = digits * 10 + static_cast<std::uint64_t>(*p - '0');
    ++length;
  }
  int exponent = 0;
  std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), written.ptr, exponent);
  // x = digits × 10^(exponent − length + 1); keep digits down to 10^(−n).
  const int last = exponent - length + 1;
  if (last >= -n) return x;
  const int drop = -n - last;
  std::uint64_t kept = 0;
  std::uint64_t dropped = digits;
  int half = -1;  // digits < 10^17 ≤ half a unit once drop > 19
  if (drop <= 19) {
    const std::uint64_t unit = pow10_u64(drop);
    kept = digits / unit;
    dropped = digits % unit;
    const std::uint64_t rest = unit - dropped;
    half = dropped > rest ? 1 : (dropped == rest ? 0 : -1);
  }
  if (round_away(mode, negative, dropped != 0, half, (kept & 1U) != 0)) ++kept;
  // kept × 10^(−n), read back through text so the double is correctly rounded.
  char mantissa[24];
  char scale[8];
  const auto mantissa_end = std::to_chars(mantissa, mantissa + sizeof mantissa, kept).ptr;
  const auto scale_end = std::to_chars(scale, scale + sizeof scale, -n).ptr;
  char text[40] = {};
  std::size_t used = 0;
  if (negative) text[used++] = '-';
  for (const char* c = mantissa; c < mantissa_end; ++c)
    text[used++] = *c;
  text[used++] = 'e';
  for (const char* c = scale; c < scale_end; ++c)
    text[used++] = *c;
  double result = 0;
  std::from_chars(text, text + used, result);
  return result;
}

Decimal decimal_from_double(double x) {
  char buffer[400];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed);
  if (written.ec != std::errc() || !is_finite(x))
    throw Error(ErrorCode::overflow, "数值超出范围", "value out of range");
  return Decimal::parse(std::string_view(buffer, static_cast<std::size_t>(written.ptr - buffer)));
}

double double_from_decimal(const Decimal& value) noexcept {
  try {
    const std::string text = value.to_string();
    double result = 0;
    std::from_chars(text.data(), text.data() + text.size(), result);
    return result;
  } catch (...) {
    return value.to_double();
  }
}

Decimal multiply_at_scale(const Decimal& a, const Decimal& b, int scale, RoundingMode mode) {
  if (a.scale() + b.scale() <= scale) return a * b;
  const Wide product = Wide(a.coefficient()) * Wide(b.coefficient());
  const int drop = a.scale() + b.scale() - scale;
  Wide unit = 1;
  for (int i = 0; i < drop; ++i)
    unit *= 10;
  Wide kept;
  Wide dropped;
  boost::multiprecision::divide_qr(product, unit, kept, dropped);
  const bool negative = product < 0;
  const Wide twice = boost::multiprecision::abs(dropped) * 2;
  const int half = twice > unit ? 1 : (twice == unit ? 0 : -1);
  if (round_away(mode, negative, dropped != 0, half, boost::multiprecision::bit_test(kept, 0)))
    kept += negative ? -1 : 1;
  static const Wide limit = [] {
    Wide l = 1;
    for (int i = 0; i < 38; ++i)
      l *= 10;
    return l;
  }();
  if (boost::multiprecision::abs(kept) >= limit)
    throw Error(ErrorCode::overflow, "乘法的结果超过 38 位有效数字",
                "multiplication: the result has more than 38 significant digits");
  return Decimal::from_coefficient(static_cast<Decimal::Coefficient>(kept), scale);
}

EvalStatus DoubleArithmetic::binary(Op op, double a, double b, double& out,
                                    Reason& why) const noexcept {
  double r = 0;
  switch (op) {
    case Op::div:
      if (b == 0) return EvalStatus::division_by_zero;
      r = a / b;
      break;
    case Op::pow:
      if (a == 0 && b < 0) return EvalStatus::division_by_zero;
      r = power(a, b);
      if (std::isnan(r)) {
        why = negative_base;
        return EvalStatus::domain_error;
      }
      break;
    case Op::round: {
      int digits = 0;
      if (!integer_argument(b, min_round_digits, max_round_digits, digits)) {
        why = bad_round_digits;
        return EvalStatus::domain_error;
      }
      r = round_shortest(a, digits, rounding);
      break;
    }
    case Op::add:
    case Op::sub:
    case Op::mul:
    case Op::less:
    case Op::less_equal:
    case Op::greater:
    case Op::greater_equal:
    case Op::equal:
    case Op::not_equal:
    case Op::min:
    case Op::max:
      r = flow_binary(op, a, b);
      break;
    default:
      why = undefined_result;
      return EvalStatus::domain_error;
  }
  if (!is_finite(r)) {
    if (std::isnan(r)) {
      why = undefined_result;
      return EvalStatus::domain_error;
    }
    return EvalStatus::overflow;
  }
  out = r;
  return EvalStatus::ok;
}

EvalStatus DoubleArithmetic::unary(Op op, double a, std::uint32_t aux, double& out,
                                   Reason& why) const noexcept {
  switch (op) {
    case Op::neg:
    case Op::abs:
    case Op::floor:
    case Op::ceil:
    case Op::logical_not:
    case Op::percent:
    case Op::mov:
      out = flow_unary(op, a, aux);
      return EvalStatus::ok;
    default:
      why = undefined_result;
      return EvalStatus::domain_error;
  }
}

EvalStatus ExactArithmetic::binary(Op op, const Decimal& a, const Decimal& b, Decimal& out,
                                   Reason& why) const noexcept {
  try {
    switch (op) {
      case Op::add:
        out = a + b;
        return EvalStatus::ok;
      case Op::sub:
        out = a - b;
        return EvalStatus::ok;
      case Op::mul:
        out = multiply_at_scale(a, b, scale, rounding);
        return EvalStatus::ok;
      case Op::div:
        if (b.is_zero()) return EvalStatus::division_by_zero;
        out = Decimal::divide(a, b, scale, rounding);
        return EvalStatus::ok;
      case Op::pow: {
        if (!b.is_integer()) {
          why = exponent_not_integer;
          return EvalStatus::domain_error;
        }
        int exponent = 0;
        if (!integer_argument(b, -max_power_exponent, max_power_exponent, exponent)) {
          why = exponent_too_large;
          return EvalStatus::domain_error;
        }
        if (a.is_zero() && exponent < 0) return EvalStatus::division_by_zero;
        out = exact_power(a, exponent, scale, rounding);
        return EvalStatus::ok;
      }
      case Op::less:
        out = from_bool(a < b);
        return EvalStatus::ok;
      case Op::less_equal:
        out = from_bool(a <= b);
        return EvalStatus::ok;
      case Op::greater:
        out = from_bool(a > b);
        return EvalStatus::ok;
      case Op::greater_equal:
        out = from_bool(a >= b);
        return EvalStatus::ok;
      case Op::equal:
        out = from_bool(a == b);
        return EvalStatus::ok;
      case Op::not_equal:
        out = from_bool(a != b);
        return EvalStatus::ok;
      case Op::min:
        out = b < a ? b : a;
        return EvalStatus::ok;
      case Op::max:
        out = b > a ? b : a;
        return EvalStatus::ok;
      case Op::round: {
        int digits = 0;
        if (!integer_argument(b, min_round_digits, max_round_digits, digits)) {
          why = bad_round_digits;
          return EvalStatus::domain_error;
        }
        out = exact_round(a, digits, rounding);
        return EvalStatus::ok;
      }
      default:
        why = undefined_result;
        return EvalStatus::domain_error;
    }
  } catch (const Error& error) {
    why = undefined_result;
    return status_of(error);
  } catch (const std::exception&) {
    return EvalStatus::overflow;
  }
}

EvalStatus ExactArithmetic::unary(Op op, const Decimal& a, std::uint32_t aux, Decimal& out,
                                  Reason& why) const noexcept {
  try {
    switch (op) {
      case Op::neg:
        out = -a;
        return EvalStatus::ok;
      case Op::abs:
        out = a.abs();
        return EvalStatus::ok;
      case Op::floor:
        out = a.round(0, RoundingMode::floor);
        return EvalStatus::ok;
      case Op::ceil:
        out = a.round(0, RoundingMode::ceiling);
        return EvalStatus::ok;
      case Op::logical_not:
        out = from_bool(a.is_zero());
        return EvalStatus::ok;
      case Op::percent:
        if (aux > Decimal::max_scale / 2) return EvalStatus::overflow;
        out = detail::shift_decimal_point(a, -2 * static_cast<int>(aux));
        return EvalStatus::ok;
      case Op::mov:
        out = a;
        return EvalStatus::ok;
      default:
        why = undefined_result;
        return EvalStatus::domain_error;
    }
  } catch (const Error& error) {
    why = undefined_result;
    return status_of(error);
  } catch (const std::exception&) {
    return EvalStatus::overflow;
  }
}

namespace {

constexpr Reason function_failed{"函数的结果不是有限数",
                                 "the function did not return a finite number"};
constexpr Reason function_error{"函数无法计算", "the function failed"};
constexpr std::size_t max_call_arguments = FunctionTable::max_arity;

}  // namespace

EvalStatus call_function(const FormulaFunction& function, std::span<const double> arguments,
                         double& out, Reason& why) noexcept {
  const double r = function.evaluate_double(arguments, function.user_data);
  if (!is_finite(r)) {
    why = function_failed;
    return EvalStatus::domain_error;
  }
  out = r;
  return EvalStatus::ok;
}

EvalStatus call_function(const FormulaFunction& function, std::span<const Decimal> arguments,
                         Decimal& out, Reason& why) noexcept {
  try {
    if (function.evaluate_decimal != nullptr) {
      out = function.evaluate_decimal(arguments, function.user_data);
      return EvalStatus::ok;
    }
    double converted[max_call_arguments];
    const std::size_t count =
        arguments.size() < max_call_arguments ? arguments.size() : max_call_arguments;
    for (std::size_t i = 0; i < count; ++i)
      converted[i] = arguments[i].to_double();
    const double r =
        function.evaluate_double(std::span<const double>(converted, count), function.user_data);
    if (!is_finite(r)) {
      why = function_failed;
      return EvalStatus::domain_error;
    }
    out = decimal_from_double(r);
    return EvalStatus::ok;
  } catch (const Error& error) {
    why = function_error;
    return status_of(error);
  } catch (...) {
    why = function_error;
    return EvalStatus::domain_error;
  }
}

}  // namespace jixiao::formula
