#include "jixiao/rounding.hpp"

#include <array>
#include <utility>

namespace jixiao {

namespace {

constexpr std::array<std::pair<RoundingMode, std::string_view>, 7> rounding_mode_names{{
    {RoundingMode::half_up, "half_up"},
    {RoundingMode::half_even, "half_even"},
    {RoundingMode::half_down, "half_down"},
    {RoundingMode::down, "down"},
    {RoundingMode::up, "up"},
    {RoundingMode::ceiling, "ceiling"},
    {RoundingMode::floor, "floor"},
}};

}  // namespace

std::string_view rounding_mode_name(RoundingMode mode) noexcept {
  for (const auto& [value, name] : rounding_mode_names)
    if (value == mode) return name;
  return "half_up";
}

std::optional<RoundingMode> rounding_mode_from_name(std::string_view name) noexcept {
  for (const auto& [value, known] : rounding_mode_names)
    if (known == name) return value;
  return std::nullopt;
}

}  // namespace jixiao
