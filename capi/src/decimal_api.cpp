// jx_decimal_*: exact decimal arithmetic for C callers who must not round through double.
#include <string>

#include "decimal_handle.hpp"
#include "error_state.hpp"
#include "jixiao.h"
#include "jixiao/decimal.hpp"
#include "owned_string.hpp"
#include "text_input.hpp"

namespace jixiao::capi {
namespace {

const Decimal& value_of(const jx_decimal* handle, const char* name) {
  return decimal_value(handle, name);
}

void hand_out(jx_decimal** out, Decimal value) {
  checked_out(out, "out");
  *out = new_decimal(std::move(value));
}

}  // namespace

int checked_scale(int scale) {
  if (scale < 0 || scale > Decimal::max_scale)
    throw_invalid_argument(
        "小数位数 " + std::to_string(scale) + " 超出范围 0…" + std::to_string(Decimal::max_scale),
        "scale " + std::to_string(scale) + " is outside 0…" + std::to_string(Decimal::max_scale));
  return scale;
}

}  // namespace jixiao::capi

using namespace jixiao::capi;
using jixiao::Decimal;

extern "C" {

JX_API int jx_decimal_parse(const char* text, size_t len, jx_decimal** out) {
  return guarded([&] {
    checked_out(out, "out");
    hand_out(out, Decimal::parse(checked_text(text, len, "text")));
  });
}

JX_API int jx_decimal_from_int64(int64_t value, jx_decimal** out) {
  return guarded([&] {
    checked_out(out, "out");
    hand_out(out, Decimal(value));
  });
}

JX_API void jx_decimal_free(jx_decimal* value) {
  if (value != nullptr && value->kind == HandleKind::decimal) delete value;
}

JX_API int jx_decimal_to_string(const jx_decimal* value, char** out) {
  return guarded([&] {
    const Decimal& number = value_of(value, "value");
    checked_out(out, "out");
    *out = owned_copy(number.to_string());
  });
}

JX_API int jx_decimal_to_fixed(const jx_decimal* value, int scale, int rounding, char** out) {
  return guarded([&] {
    const Decimal& number = value_of(value, "value");
    const std::string text = number.to_string(checked_scale(scale), checked_rounding(rounding));
    checked_out(out, "out");
    *out = owned_copy(text);
  });
}

JX_API int jx_decimal_add(const jx_decimal* a, const jx_decimal* b, jx_decimal** out) {
  return guarded([&] {
    Decimal sum = value_of(a, "a") + value_of(b, "b");
    hand_out(out, std::move(sum));
  });
}

JX_API int jx_decimal_sub(const jx_decimal* a, const jx_decimal* b, jx_decimal** out) {
  return guarded([&] {
    Decimal difference = value_of(a, "a") - value_of(b, "b");
    hand_out(out, std::move(difference));
  });
}

JX_API int jx_decimal_mul(const jx_decimal* a, const jx_decimal* b, jx_decimal** out) {
  return guarded([&] {
    Decimal product = value_of(a, "a") * value_of(b, "b");
    hand_out(out, std::move(product));
  });
}

JX_API int jx_decimal_div(const jx_decimal* a, const jx_decimal* b, int scale, int rounding,
                          jx_decimal** out) {
  return guarded([&] {
    Decimal quotient = Decimal::divide(value_of(a, "a"), value_of(b, "b"), checked_scale(scale),
                                       checked_rounding(rounding));
    hand_out(out, std::move(quotient));
  });
}

JX_API int jx_decimal_round(const jx_decimal* value, int scale, int rounding, jx_decimal** out) {
  return guarded([&] {
    Decimal rounded =
        value_of(value, "value").round(checked_scale(scale), checked_rounding(rounding));
    hand_out(out, std::move(rounded));
  });
}

JX_API int jx_decimal_negate(const jx_decimal* value, jx_decimal** out) {
  return guarded([&] {
    Decimal negated = -value_of(value, "value");
    hand_out(out, std::move(negated));
  });
}

JX_API int jx_decimal_compare(const jx_decimal* a, const jx_decimal* b, int* out) {
  return guarded([&] {
    const auto order = value_of(a, "a") <=> value_of(b, "b");
    checked_out(out, "out");
    *out = order < 0 ? -1 : (order > 0 ? 1 : 0);
  });
}

JX_API int jx_decimal_to_double(const jx_decimal* value, double* out) {
  return guarded([&] {
    checked_out(out, "out");
    *out = value_of(value, "value").to_double();
  });
}
}
