// The jx_decimal handle, shared by every part of the C layer that reads or hands out decimals.
#pragma once

#include <array>
#include <utility>

#include "code_map.hpp"
#include "handle.hpp"
#include "jixiao.h"
#include "jixiao/decimal.hpp"
#include "jixiao/rounding.hpp"

struct jx_decimal : jixiao::capi::Handle {
  explicit jx_decimal(jixiao::Decimal v)
      : Handle(jixiao::capi::HandleKind::decimal), value(std::move(v)) {}
  const jixiao::Decimal value;
};

namespace jixiao::capi {

/// The value of a decimal argument (NULL → JX_E_INVALID_ARGUMENT, wrong kind → JX_E_WRONG_HANDLE).
inline const Decimal& decimal_value(const jx_decimal* handle, const char* argument_name) {
  return checked_handle(handle, HandleKind::decimal, argument_name).value;
}

/// A new handle for the caller (freed with jx_decimal_free).
inline jx_decimal* new_decimal(Decimal value) {
  return new jx_decimal(std::move(value));
}

/// The JX_ROUND_* constants.
inline constexpr std::array<CodeOf<RoundingMode>, 7> rounding_codes{{
    {JX_ROUND_HALF_UP, RoundingMode::half_up},
    {JX_ROUND_HALF_EVEN, RoundingMode::half_even},
    {JX_ROUND_HALF_DOWN, RoundingMode::half_down},
    {JX_ROUND_DOWN, RoundingMode::down},
    {JX_ROUND_UP, RoundingMode::up},
    {JX_ROUND_CEILING, RoundingMode::ceiling},
    {JX_ROUND_FLOOR, RoundingMode::floor},
}};

/// A JX_ROUND_* argument (Error(invalid_argument) for an unknown one).
inline RoundingMode checked_rounding(int rounding) {
  return checked_code(rounding, rounding_codes, "舍入方式", "rounding mode");
}
/// A scale argument, 0 … Decimal::max_scale.
int checked_scale(int scale);

}  // namespace jixiao::capi
