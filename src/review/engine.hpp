// The review engine's shared pieces (internal): the compiled policy, the collector of findings
// with their document-order keys, and the context every rule group receives.
//
// Each rule group lives in its own file (document_rules.cpp, budget_rules.cpp, …) and only adds
// findings; Reviewer::review() runs the groups and sorts the findings into document order.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/policy.hpp"
#include "jixiao/review.hpp"
#include "jixiao/target.hpp"
#include "review/identity.hpp"
#include "review/rule_catalog.hpp"

namespace jixiao::review_detail {

/// Where a finding sorts: the declaration's member order, then the item, then the field.
/// Members of Declaration in described order: …, taxonomy 5, goals 6, budget 7, key_tasks 8,
/// indicators 9. Item 0 is the whole member (a finding about all indicators sorts before the
/// first one).
struct SortKey {
  std::uint64_t area = 0;
  std::uint64_t item = 0;
  std::uint64_t field = 0;
  std::uint64_t sub = 0;

  friend auto operator<=>(const SortKey&, const SortKey&) = default;
};

namespace area {
inline constexpr std::uint64_t taxonomy = 5;
inline constexpr std::uint64_t goals = 6;
inline constexpr std::uint64_t budget = 7;
inline constexpr std::uint64_t key_tasks = 8;
inline constexpr std::uint64_t indicators = 9;
}  // namespace area

/// Indicator members in described order (the field of a SortKey).
namespace indicator_field {
inline constexpr std::uint64_t level1 = 0;
inline constexpr std::uint64_t level2 = 1;
inline constexpr std::uint64_t name = 2;
inline constexpr std::uint64_t content = 3;
inline constexpr std::uint64_t explanation = 4;
inline constexpr std::uint64_t formula = 5;
inline constexpr std::uint64_t period_target = 6;
inline constexpr std::uint64_t annual_target = 7;
}  // namespace indicator_field

struct RuleState {
  bool enabled = true;
  Severity severity = Severity::error;
};

struct CompiledPolicy {
  Policy policy;
  std::array<RuleState, rule_count> rules{};
  std::vector<CompiledIdentity> identities;
  std::vector<std::u32string> vague_words;    // name_key() of each, longest first
  std::vector<std::u32string> vague_phrases;  // name_key() of each
  std::u32string forbidden;                   // folded characters
  std::vector<std::string> level_units;       // canonical_unit() of each
};

/// Collects findings; each carries its sort key and its rule for the final ordering.
class FindingSink {
 public:
  explicit FindingSink(const CompiledPolicy& compiled) : compiled_(compiled) {}

  bool enabled(RuleId id) const noexcept { return compiled_.rules[index_of(id)].enabled; }

  /// Adds a finding of rule `id` (which must be enabled) and returns it for further members.
  Finding& add(RuleId id, SortKey key, std::string path, std::string message_zh,
               std::string message_en);

  /// The findings in document order (key, then catalog order, then the order they were added).
  std::vector<Finding> take_sorted();

 private:
  struct Entry {
    SortKey key;
    std::size_t rule;
    std::size_t sequence;
  };
  const CompiledPolicy& compiled_;
  std::vector<Entry> entries_;
  std::vector<Finding> findings_;
};

/// Everything a rule group needs. Targets are parsed once and shared between the groups.
struct Context {
  const Declaration& declaration;
  const CompiledPolicy& compiled;
  FindingSink& sink;
  std::vector<Target> annual;  ///< parse of each indicator's annual target (empty kind if absent)
  std::vector<Target> period;  ///< parse of each indicator's period target
  std::vector<bool> satisfaction;  ///< whether each indicator measures satisfaction
  /// vague_by_lexicon() of each annual and period target, computed once for all rule groups.
  std::vector<bool> annual_wording_vague;
  std::vector<bool> period_wording_vague;

  const ReviewPolicy& settings() const noexcept { return compiled.policy.review; }
  const Taxonomy& taxonomy() const noexcept { return compiled.policy.taxonomy; }
};

// ---- rule groups (one file each) --------------------------------------------------------

void check_document(Context& context);     // JX-DOC-*
void check_budget(Context& context);       // JX-BUD-*
void check_taxonomy(Context& context);     // JX-TAX-*
void check_duplicates(Context& context);   // JX-IND-001, 002
void check_names(Context& context);        // JX-IND-003, 004
void check_targets(Context& context);      // JX-IND-005 … 013, JX-SAT-001
void check_formulas(Context& context);     // JX-FOR-*
void check_suggestions(Context& context);  // JX-SUG-001

// ---- shared helpers ---------------------------------------------------------------------

/// "/indicators/12", "/indicators/12/annual_target".
std::string indicator_path(std::size_t index);
std::string indicator_path(std::size_t index, std::string_view field);
SortKey indicator_key(std::size_t index, std::uint64_t field);

/// The indicator's name for messages: sanitised, trailing punctuation removed, at most 60
/// characters.
std::string display_name(const Indicator& indicator);

/// Sets Finding::indicator from `indicator` and returns the finding.
Finding& about(Finding& finding, const Indicator& indicator);

/// Whether the annual target reads as vague under the policy's lexicon (JX-IND-007): a
/// qualitative statement made only of vague words, or containing a vague phrase.
bool vague_by_lexicon(const CompiledPolicy& compiled, const Target& target);

/// The comparator the indicator's name (or its level-2 category) suggests for a bare value.
Comparator suggested_comparator(const ReviewPolicy& policy, const Taxonomy& taxonomy,
                                const Indicator& indicator);

/// A Decimal for messages and data: its plain text at its own scale.
std::string amount_text(const Decimal& value);

}  // namespace jixiao::review_detail
