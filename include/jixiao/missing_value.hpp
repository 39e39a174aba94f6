// MissingValueStrategy — what a formula or a rule does when some of its inputs have no value.
//
// Modelled on DHIS2's validation rules: skip the result when any input is missing, when all are
// missing, or never (missing inputs then count as zero). `error` is jixiao's default for a single
// evaluation: a missing input the result needs is an Error(missing_value) naming it.
// See docs/formula.md §7 for the exact rules (optional variables, coalesce).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace jixiao {

enum class MissingValueStrategy : std::uint8_t {
  error,                ///< a missing variable that evaluation reads is Error(missing_value)
  skip_if_any_missing,  ///< "no value" when any required variable is missing
  skip_if_all_missing,  ///< "no value" when every variable is missing; otherwise missing counts as
                        ///< 0
  never_skip,           ///< never skipped; a missing variable counts as 0
};

/// "error", "skip_if_any_missing", "skip_if_all_missing", "never_skip".
std::string_view missing_value_strategy_name(MissingValueStrategy strategy) noexcept;
std::optional<MissingValueStrategy> missing_value_strategy_from_name(
    std::string_view name) noexcept;

}  // namespace jixiao
