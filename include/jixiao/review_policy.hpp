// jixiao::ReviewPolicy — the part of a Policy (policy.hpp) for 审核 (review): which rules run,
// their severities and settings.
//
// Everything a province or a year may change is here, as data read from the "review" member of a
// policy document (docs/review-rules.md lists each setting and how the presets set it). The
// engine (review.hpp) hard-codes no provincial choice.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/review_rule.hpp"
#include "jixiao/self_evaluation.hpp"
#include "jixiao/target.hpp"
#include "jixiao/taxonomy.hpp"

namespace jixiao {

/// A balance identity (平衡关系) over the budget figures, written in the formula language
/// (docs/formula.md) and compiled with FormulaRole::rule: "收入来源 = 部门预算支出",
/// "基本支出 + 项目支出 + 财政专项资金 = 财政拨款 + 其他资金". A name is a budget line (the first
/// line with that name, expenditure then income then by-level, at any depth: its figure is
/// effective_amount()), or else a section label (部门预算支出, 收入来源, 按预算级次划分: the
/// section total). A name that is neither is a finding (JX-BUD-002), never a crash.
struct BalanceIdentity {
  std::string name;                         ///< short label for messages ("收入 = 支出")
  std::string formula;                      ///< the rule text; must be a comparison
  std::vector<DeclarationKind> applies_to;  ///< empty: every kind of declaration
  std::optional<std::string> source;        ///< where the identity comes from

  bool operator==(const BalanceIdentity&) const = default;
};
BOOST_DESCRIBE_STRUCT(BalanceIdentity, (), (name, formula, applies_to, source))

/// How the total planned funding of the key tasks (Σ 拟投入资金) must relate to the budget.
enum class FundingRelation {
  at_most,  ///< Σ tasks ≤ budget (+ tolerance): key tasks are part of the spending
  equal,    ///< Σ tasks = budget (± tolerance): the tasks cover all spending
};
BOOST_DESCRIBE_ENUM(FundingRelation, at_most, equal)

struct KeyTaskFundingCheck {
  /// The budget figure to compare with: a line name or a section label, as in BalanceIdentity.
  std::string compare_with;
  FundingRelation relation = FundingRelation::at_most;
  /// Allowed difference in the budget's unit (万元 or 元), ≥ 0.
  Decimal tolerance;
  /// Allowed difference as a percentage of the budget figure, 0–100; the larger of the two
  /// tolerances applies.
  Decimal tolerance_percent;

  bool operator==(const KeyTaskFundingCheck&) const = default;
};
BOOST_DESCRIBE_STRUCT(KeyTaskFundingCheck, (),
                      (compare_with, relation, tolerance, tolerance_percent))

/// A level-1 category every declaration of the given kinds must have (at least one indicator).
struct RequiredCategory {
  std::string level1;
  std::vector<DeclarationKind> applies_to;  ///< empty: every kind

  bool operator==(const RequiredCategory&) const = default;
};
BOOST_DESCRIBE_STRUCT(RequiredCategory, (), (level1, applies_to))

/// The fewest indicators a category must have when it is present (or required).
struct CategoryMinimum {
  std::string level1;
  std::optional<std::string> level2;  ///< absent: the whole level-1 category
  int minimum = 1;

  bool operator==(const CategoryMinimum&) const = default;
};
BOOST_DESCRIBE_STRUCT(CategoryMinimum, (), (level1, level2, minimum))

/// The comparator an indicator's name suggests for a bare value ("100%"). A hint matches when
/// every condition it states holds; the first matching hint wins.
struct ComparatorHint {
  std::optional<std::string> name_suffix;  ///< the name ends with it (trailing 。 ignored)
  std::optional<std::string> level2;       ///< the 二级指标 (tolerant match, see taxonomy.hpp)
  Comparator comparator = Comparator::greater_equal;

  bool operator==(const ComparatorHint&) const = default;
};
BOOST_DESCRIBE_STRUCT(ComparatorHint, (), (name_suffix, level2, comparator))

/// One band of the overall verdict: the first band whose limits the finding counts respect gives
/// the 88号 outcome (优 proceeds, 良 proceeds after amendment, 中 revise and resubmit, 差
/// rejected).
struct VerdictBand {
  EvaluationGrade grade = EvaluationGrade::poor;
  std::optional<int> max_errors;    ///< absent: no limit
  std::optional<int> max_warnings;  ///< absent: no limit

  bool operator==(const VerdictBand&) const = default;
};
BOOST_DESCRIBE_STRUCT(VerdictBand, (), (grade, max_errors, max_warnings))

/// Switches a rule off or changes its severity.
struct RuleOverride {
  std::string code;                  ///< a code of review_rules() ("JX-IND-010")
  std::optional<bool> enabled;       ///< absent: unchanged
  std::optional<Severity> severity;  ///< absent: unchanged

  bool operator==(const RuleOverride&) const = default;
};
BOOST_DESCRIBE_STRUCT(RuleOverride, (), (code, enabled, severity))

struct ReviewPolicy {
  // ---- taxonomy --------------------------------------------------------------------------
  std::vector<RequiredCategory> required_level1;   ///< JX-TAX-004
  int min_indicators = 3;                          ///< JX-TAX-006: indicators per declaration
  std::vector<CategoryMinimum> category_minimums;  ///< JX-TAX-005

  // ---- budget ----------------------------------------------------------------------------
  std::vector<BalanceIdentity> balance_identities;  ///< JX-BUD-001 … 003
  /// Allowed difference between the two sides of an identity, in the budget's unit, ≥ 0.
  Decimal balance_tolerance;
  /// Blank figures count as 0 in identities; otherwise an identity with a blank figure is not
  /// checked (JX-BUD-003) and the blank is reported (JX-BUD-006).
  bool blank_amounts_are_zero = false;
  KeyTaskFundingCheck key_task_funding;  ///< JX-BUD-004

  // ---- indicators ------------------------------------------------------------------------
  int max_name_length = 100;  ///< JX-IND-004: characters (code points) of a 三级指标 name
  /// JX-IND-013: characters a 指标值 must not contain (full-width forms count as their ASCII twin).
  std::string forbidden_target_characters;
  /// JX-IND-007: words that say nothing measurable on their own. A qualitative target whose text
  /// (label and final punctuation removed) consists only of these words is vague: "提升",
  /// "显著提高", "高质量完成".
  std::vector<std::string> vague_words;
  /// JX-IND-007: phrases that make a target vague wherever they occur ("完成年度计划").
  std::vector<std::string> vague_phrases;
  /// JX-IND-010 / JX-SUG-001: the comparator a name suggests; `default_comparator` otherwise.
  std::vector<ComparatorHint> comparator_hints;
  Comparator default_comparator = Comparator::greater_equal;
  /// JX-IND-012: units whose annual and period values are levels (a rate, a score, a duration),
  /// compared both ways; values in any other unit are cumulative (the period sums the years).
  std::vector<std::string> level_units;
  /// JX-SAT-001: the level-1 category of satisfaction indicators, and a word in their names.
  std::string satisfaction_level1;
  std::string satisfaction_word;

  // ---- outcome ---------------------------------------------------------------------------
  std::vector<VerdictBand> verdict;  ///< in order; no band matching gives 差
  std::vector<RuleOverride> rules;   ///< switches and severities per rule code

  bool operator==(const ReviewPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(ReviewPolicy, (),
                      (required_level1, min_indicators, category_minimums, balance_identities,
                       balance_tolerance, blank_amounts_are_zero, key_task_funding, max_name_length,
                       forbidden_target_characters, vague_words, vague_phrases, comparator_hints,
                       default_comparator, level_units, satisfaction_level1, satisfaction_word,
                       verdict, rules))

/// The review settings of a built-in preset ("national-2015", "national-2021").
ReviewPolicy review_preset(std::string_view preset_name);

/// Checks what the JSON reader cannot: identity formulas compile as comparisons, rule codes exist
/// and are not overridden twice, numbers are in range, categories named by the settings exist in
/// `taxonomy`. Throws Error(policy_error) located at the JSON Pointer of the offending setting
/// ("/review/balance_identities/1/formula", with the character offset for a formula).
void check_review_policy(const ReviewPolicy& policy, const Taxonomy& taxonomy);

}  // namespace jixiao
