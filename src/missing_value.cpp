#include "jixiao/missing_value.hpp"

#include <array>
#include <utility>

namespace jixiao {

namespace {

constexpr std::array<std::pair<MissingValueStrategy, std::string_view>, 4> names{{
    {MissingValueStrategy::error, "error"},
    {MissingValueStrategy::skip_if_any_missing, "skip_if_any_missing"},
    {MissingValueStrategy::skip_if_all_missing, "skip_if_all_missing"},
    {MissingValueStrategy::never_skip, "never_skip"},
}};

}  // namespace

std::string_view missing_value_strategy_name(MissingValueStrategy strategy) noexcept {
  for (const auto& [value, name] : names)
    if (value == strategy) return name;
  return "error";
}

std::optional<MissingValueStrategy> missing_value_strategy_from_name(
    std::string_view name) noexcept {
  for (const auto& [value, text] : names)
    if (text == name) return value;
  return std::nullopt;
}

}  // namespace jixiao
