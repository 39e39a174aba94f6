// FunctionTable — functions a program adds to the formula language from C++.
//
// The built-ins (min, max, abs, round, floor, ceil, sum, avg, clamp, coalesce, if) are part of the
// language; a FunctionTable adds more (sqrt, a local scoring curve, …) without editing the parser.
// Pass it in FormulaOptions::functions when compiling. See docs/formula.md §5.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"

namespace jixiao {

/// Double-mode implementation. Must not throw; a non-finite result is reported as a domain error
/// naming the function.
using DoubleFunction = double (*)(std::span<const double> arguments,
                                  const void* user_data) noexcept;
/// Exact-mode implementation. May throw jixiao::Error (overflow and division_by_zero keep their
/// meaning; any other failure becomes a domain error naming the function).
using DecimalFunction = Decimal (*)(std::span<const Decimal> arguments, const void* user_data);

/// One registered function.
struct FormulaFunction {
  /// Same syntax as a plain name (docs/formula.md §2); matched case-insensitively for ASCII
  /// letters.
  std::string name;
  int min_arguments = 1;                     ///< 0 … 64
  int max_arguments = 1;                     ///< min_arguments … 64
  DoubleFunction evaluate_double = nullptr;  ///< required
  /// Optional: without it, exact mode goes through double (inexact) and reads the result back
  /// through its shortest decimal text.
  DecimalFunction evaluate_decimal = nullptr;
  /// Passed to both implementations; must outlive every formula compiled with this function.
  const void* user_data = nullptr;
  /// Same arguments → same result, so a call with constant arguments may be folded at compile time.
  bool pure = true;
};

class FunctionTable {
 public:
  /// Largest arity a registered function may declare.
  static constexpr int max_arity = 64;

  /// Adds a function. Error(invalid_argument) when the name is not a valid plain name, is a
  /// reserved word or built-in, is already registered, when the arity range is invalid, or when
  /// evaluate_double is missing.
  void add(FormulaFunction function);

  /// The function called `name` (ASCII letters compared case-insensitively), or nullptr.
  const FormulaFunction* find(std::string_view name) const noexcept;

  std::span<const FormulaFunction> functions() const noexcept { return functions_; }

  /// True for the language's own functions and reserved words (if, min, …, and, or, not).
  static bool is_reserved(std::string_view name) noexcept;

 private:
  std::vector<FormulaFunction> functions_;
};

}  // namespace jixiao
