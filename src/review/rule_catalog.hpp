// The review rule catalog as the engine uses it (internal): one RuleId per rule, in the order of
// review_rules().
#pragma once

#include <cstddef>

#include "jixiao/review_rule.hpp"

namespace jixiao::review_detail {

enum class RuleId : std::size_t {
  doc_goal_missing,              // JX-DOC-001
  doc_no_key_tasks,              // JX-DOC-002
  doc_taxonomy_differs,          // JX-DOC-003
  bud_identity_fails,            // JX-BUD-001
  bud_identity_unknown_line,     // JX-BUD-002
  bud_identity_unchecked,        // JX-BUD-003
  bud_key_task_funding,          // JX-BUD-004
  bud_negative_amount,           // JX-BUD-005
  bud_missing_amount,            // JX-BUD-006
  bud_heading_mismatch,          // JX-BUD-007
  bud_empty,                     // JX-BUD-008
  tax_level1_unknown,            // JX-TAX-001
  tax_level2_unknown,            // JX-TAX-002
  tax_misplaced,                 // JX-TAX-003
  tax_required_missing,          // JX-TAX-004
  tax_category_too_few,          // JX-TAX-005
  tax_total_too_few,             // JX-TAX-006
  ind_duplicate,                 // JX-IND-001
  ind_duplicate_other_category,  // JX-IND-002
  ind_name_empty,                // JX-IND-003
  ind_name_too_long,             // JX-IND-004
  ind_annual_missing,            // JX-IND-005
  ind_annual_vague,              // JX-IND-006
  ind_annual_vague_wording,      // JX-IND-007
  ind_period_vague,              // JX-IND-008
  ind_no_unit,                   // JX-IND-009
  ind_no_comparator,             // JX-IND-010
  ind_rate_qualitative,          // JX-IND-011
  ind_annual_period_mismatch,    // JX-IND-012
  ind_forbidden_characters,      // JX-IND-013
  for_not_compiled,              // JX-FOR-001
  for_variables_unexplained,     // JX-FOR-002
  sug_value_in_content,          // JX-SUG-001
  sat_not_numeric,               // JX-SAT-001
  count,
};

inline constexpr std::size_t rule_count = static_cast<std::size_t>(RuleId::count);

constexpr std::size_t index_of(RuleId id) noexcept {
  return static_cast<std::size_t>(id);
}

/// The catalog entry of `id`.
const ReviewRule& rule(RuleId id) noexcept;

}  // namespace jixiao::review_detail
