// RoundingMode — how digits are dropped. Every operation that drops digits takes one explicitly.
#pragma once

#include <boost/describe/enum.hpp>

#include <optional>
#include <string_view>

namespace jixiao {

enum class RoundingMode {
  half_up,    ///< 四舍五入: ties away from zero (the default everywhere in jixiao)
  half_even,  ///< 银行家舍入: ties to the even neighbour
  half_down,  ///< ties toward zero
  down,       ///< toward zero (truncate)
  up,         ///< away from zero
  ceiling,    ///< toward +∞
  floor,      ///< toward −∞
};
// Described so that policies can name a mode in JSON ("half_up"); the names are those of
// rounding_mode_name().
BOOST_DESCRIBE_ENUM(RoundingMode, half_up, half_even, half_down, down, up, ceiling, floor)

/// "half_up", "half_even", … (the names used in JSON policies and on the command line).
std::string_view rounding_mode_name(RoundingMode mode) noexcept;
std::optional<RoundingMode> rounding_mode_from_name(std::string_view name) noexcept;

}  // namespace jixiao
