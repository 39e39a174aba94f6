// jixiao::Formula — indicator formulas (计算方法) and balance rules compiled once, evaluated many
// times, exactly (Decimal, the default) or fast (double).
//
//   auto rate = Formula::compile("编外人员及时到位率=及时到位数量/计划到位数量×100%");
//   rate.evaluate_named({{"及时到位数量", Decimal(38)}, {"计划到位数量", Decimal(40)}});  // 0.95
//
// The language, the precedence table, exact-mode rounding, the missing-value strategies, the limits
// and every error are specified in docs/formula.md; this header is its C++ face.
//
// A Formula is immutable and cheap to copy (copies share one compiled program); any number of
// threads may evaluate the same Formula at once. Evaluation allocates nothing unless it fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "jixiao/formula_function.hpp"
#include "jixiao/missing_value.hpp"
#include "jixiao/rounding.hpp"

namespace jixiao {

/// How the parser reads `名称 = 表达式` (docs/formula.md §4).
enum class FormulaRole : std::uint8_t {
  automatic,   ///< a leading `name =` makes a definition; anything else is an expression
  definition,  ///< the text must be `name = expression`
  rule,        ///< the whole text is one expression and every `=` compares (balance rules)
};

/// What the result means, for presentation (docs/formula.md §11).
enum class ResultKind : std::uint8_t {
  number,
  percent,  ///< the expression ends in ×100% (or is x%): show 0.95 as 95%
  boolean,  ///< a comparison or logic: 1 is 成立, 0 is 不成立
};

/// The outcome of one evaluation (one row of a batch).
enum class EvalStatus : std::uint8_t {
  ok = 0,
  no_value,          ///< skipped by the missing-value strategy (not an error)
  division_by_zero,  ///< a divisor was zero (also 0 ^ negative)
  overflow,          ///< a value left the representable range (double: ±∞; exact: > 38 digits)
  missing_value,     ///< a variable the result needs has no value (strategy `error`)
  invalid_input,     ///< an input is not a finite number, or the wrong number of values was given
  domain_error,      ///< an argument outside an operation's domain (see docs/formula.md §9)
};

/// "ok", "no_value", "division_by_zero", … (stable names for logs and JSON).
std::string_view eval_status_name(EvalStatus status) noexcept;
/// The ErrorCode an EvalStatus becomes when thrown (ok and no_value have none: invalid_argument).
ErrorCode eval_status_error_code(EvalStatus status) noexcept;

struct FormulaOptions {
  FormulaRole role = FormulaRole::automatic;
  /// Decimals kept by exact-mode division (and products that would have more): 0 … 38.
  int division_scale = 18;
  /// Rounding of exact-mode division and products, and of round() in both modes.
  RoundingMode rounding = RoundingMode::half_up;
  std::size_t max_length = 65536;   ///< bytes of text, ≥ 1
  int max_depth = 64;               ///< nesting levels, 1 … 256
  std::size_t max_variables = 256;  ///< distinct variables, 1 … 4096
  /// Registered functions (may be destroyed after compile()); nullptr: built-ins only.
  const FunctionTable* functions = nullptr;
};

/// A variable of a formula. Its position in Formula::variables() is its slot.
struct FormulaVariable {
  std::string name;
  /// Every occurrence is a direct argument of coalesce(): missing, it never skips the result.
  bool optional = false;
  std::size_t byte_offset = 0;  ///< first occurrence in the text
  std::size_t char_offset = 0;
};

/// Where and why an evaluation failed, without allocating. The views point into the Formula (or
/// to static text) and stay valid as long as it does.
struct EvalFailure {
  EvalStatus status = EvalStatus::ok;
  std::size_t byte_offset = 0;  ///< of the operator, function or variable
  std::size_t char_offset = 0;
  std::string_view subject;  ///< the operator as written ("÷"), function or variable name
  bool subject_is_variable = false;
  std::string_view reason_zh;  ///< for domain errors: what was wrong
  std::string_view reason_en;
};

/// A value bound by name. std::nullopt means "no value".
struct DecimalBinding {
  std::string_view name;
  std::optional<Decimal> value;
};
/// A value bound by name in double mode. NaN means "no value".
struct DoubleBinding {
  std::string_view name;
  double value = 0;
};

/// One input column of a batch: `values[row]`, and optionally `present[row]` (0 = no value).
/// In double columns NaN also means "no value".
struct DoubleColumn {
  const double* values = nullptr;
  const std::uint8_t* present = nullptr;
};
struct DecimalColumn {
  const Decimal* values = nullptr;
  const std::uint8_t* present = nullptr;
};

/// Row counts of a batch evaluation.
struct BatchSummary {
  std::size_t ok = 0;
  std::size_t no_value = 0;
  std::size_t failed = 0;
};

class Formula {
 public:
  /// Compiles `text`. Throws jixiao::Error: parse_error, invalid_utf8 or limit_exceeded with byte
  /// and character offsets; invalid_argument for options out of bounds.
  static Formula compile(std::string_view text, const FormulaOptions& options = {});

  /// The text as given.
  const std::string& text() const noexcept;
  /// The variables in slot order (order of first appearance). The defined name is not among them.
  std::span<const FormulaVariable> variables() const noexcept;
  /// The slot of variable `name`, if the formula has it.
  std::optional<std::size_t> slot_of(std::string_view name) const noexcept;
  /// True for `名称 = 表达式` read as a definition.
  bool is_definition() const noexcept;
  /// The defined name, or empty.
  const std::string& defined_name() const noexcept;
  ResultKind result_kind() const noexcept;
  int division_scale() const noexcept;
  RoundingMode rounding() const noexcept;

  // ---- exact mode -------------------------------------------------------------------------

  /// Evaluates with one value per slot (nullopt = no value). Returns nullopt for "no value";
  /// throws jixiao::Error for a failure (the code of eval_status_error_code).
  std::optional<Decimal> evaluate(std::span<const std::optional<Decimal>> values,
                                  MissingValueStrategy missing = MissingValueStrategy::error) const;
  /// Evaluates with values bound by name. Names the formula does not use are ignored; when a name
  /// is bound twice the last binding wins; a variable without a binding has no value.
  std::optional<Decimal> evaluate_named(
      std::span<const DecimalBinding> values,
      MissingValueStrategy missing = MissingValueStrategy::error) const;
  std::optional<Decimal> evaluate_named(
      std::initializer_list<DecimalBinding> values,
      MissingValueStrategy missing = MissingValueStrategy::error) const;
  /// Non-throwing form: the status, `result` set when ok, `failure` (if given) filled otherwise.
  EvalStatus try_evaluate(
      std::span<const std::optional<Decimal>> values, Decimal& result,
      EvalFailure* failure = nullptr,
      MissingValueStrategy missing = MissingValueStrategy::error) const noexcept;

  // ---- double mode ------------------------------------------------------------------------

  /// Evaluates in double mode with one value per slot (NaN = no value).
  std::optional<double> evaluate_double(
      std::span<const double> values,
      MissingValueStrategy missing = MissingValueStrategy::error) const;
  std::optional<double> evaluate_double_named(
      std::span<const DoubleBinding> values,
      MissingValueStrategy missing = MissingValueStrategy::error) const;
  std::optional<double> evaluate_double_named(
      std::initializer_list<DoubleBinding> values,
      MissingValueStrategy missing = MissingValueStrategy::error) const;
  EvalStatus try_evaluate_double(
      std::span<const double> values, double& result, EvalFailure* failure = nullptr,
      MissingValueStrategy missing = MissingValueStrategy::error) const noexcept;

  // ---- batch ------------------------------------------------------------------------------

  /// Evaluates `rows` rows: `columns[slot]` holds the values of each variable. Writes one result
  /// and one status per row (result NaN when the status is not ok). Throws
  /// Error(invalid_argument) when the column count is not variables().size(), a column has no
  /// values, or an output span is shorter than `rows`.
  BatchSummary evaluate_batch(std::span<const DoubleColumn> columns, std::size_t rows,
                              std::span<double> results, std::span<EvalStatus> statuses,
                              MissingValueStrategy missing = MissingValueStrategy::error) const;
  /// Exact batch: result 0 when the status is not ok.
  BatchSummary evaluate_batch(std::span<const DecimalColumn> columns, std::size_t rows,
                              std::span<Decimal> results, std::span<EvalStatus> statuses,
                              MissingValueStrategy missing = MissingValueStrategy::error) const;

  // ---- reporting --------------------------------------------------------------------------

  /// The jixiao::Error for a failure from this formula (code, bilingual message, offsets).
  Error error_for(const EvalFailure& failure) const;
  /// The result as a person reads it (95%, 成立, 1163.71), per result_kind().
  std::string display(const Decimal& value) const;
  std::string display(double value) const;

  struct Impl;

 private:
  explicit Formula(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

/// Formats `value` for people per `kind` (docs/formula.md §11).
std::string format_result(const Decimal& value, ResultKind kind);

}  // namespace jixiao
