// Balance identities compiled for evaluation (internal).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "jixiao/formula.hpp"
#include "jixiao/review_policy.hpp"

namespace jixiao::review_detail {

struct CompiledIdentity {
  const BalanceIdentity* identity = nullptr;
  std::size_t index = 0;  ///< position in ReviewPolicy::balance_identities
  Formula whole;          ///< the comparison, as written
  /// The two sides of a `left = right` identity, so that a failure can show both sums and a
  /// tolerance can apply; absent for other comparisons (a >= b), which are checked as written.
  std::optional<Formula> left;
  std::optional<Formula> right;
};

/// Compiles `identity` (role rule). Error(policy_error) located at
/// /review/balance_identities/<index>/formula (with the character offset of a syntax error) when
/// it does not compile or is not a comparison.
CompiledIdentity compile_identity(const BalanceIdentity& identity, std::size_t index);

/// The JSON Pointer of a review setting: review_setting_path("rules", 3, "code") is
/// "/review/rules/3/code".
std::string review_setting_path(std::string_view member);
std::string review_setting_path(std::string_view member, std::size_t index);
std::string review_setting_path(std::string_view member, std::size_t index, std::string_view field);

}  // namespace jixiao::review_detail
