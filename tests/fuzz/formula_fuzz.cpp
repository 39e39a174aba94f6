// Fuzz target: the formula compiler and both evaluators (include/jixiao/formula.hpp,
// docs/formula.md).
//
// Input: "TEXT\nVALUES\nP". TEXT is the formula. VALUES binds its variables: ';'-separated entries,
// "name=value" binds by name, a bare "value" goes to the next unbound slot, an empty value is
// "no value"; values are read with Decimal::try_parse (unreadable ones are "no value"). The bytes
// of P choose the role, the missing-value strategy, the division scale and the rounding mode.
// Properties:
// - compile succeeds or throws parse_error / invalid_utf8 / limit_exceeded with a byte offset
//   inside the text and the matching character offset;
// - the variables are distinct and slot_of finds each at its position;
// - throwing and non-throwing evaluation agree (status, value, error code), in both modes;
// - batch evaluation (exact and double, three rows) gives row for row what single evaluation
//   gives: the double batch runs different, vectorised code;
// - where exact and double mode both succeed, they agree within a tolerance that accounts for
//   the formula's conditioning: 1e-9 relative, plus how far the double result moves when every
//   input and literal is perturbed by a few 1e-12 (each by a different amount, both ways), plus
//   twice the rounding error of exact mode (the distance to the same evaluation with ten more
//   decimals kept, rounded three ways). Formulas with discontinuous operations (comparisons, logic,
//   if, floor, ceil, round), where the two modes may legitimately differ, skip this comparison.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "jixiao/formula.hpp"
#include "text/utf8.hpp"

namespace {

using jixiao::Decimal;
using jixiao::Error;
using jixiao::ErrorCode;
using jixiao::EvalStatus;
using jixiao::Formula;
using jixiao::FormulaOptions;
using jixiao::MissingValueStrategy;
using jixiao::fuzz::printable;

std::vector<std::string_view> split(std::string_view text, char separator, std::size_t most) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < most) {
    const std::size_t at = text.find(separator);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(0, at));
    text.remove_prefix(at + 1);
  }
  parts.push_back(text);
  return parts;
}

std::vector<std::optional<Decimal>> bind_values(const Formula& formula, std::string_view values) {
  std::vector<std::optional<Decimal>> slots(formula.variables().size());
  std::vector<bool> bound(slots.size(), false);
  std::size_t next = 0;
  for (const std::string_view entry : split(values, ';', 4096)) {
    const std::size_t equals = entry.find('=');
    std::optional<std::size_t> slot;
    std::string_view value = entry;
    if (equals != std::string_view::npos) {
      slot = formula.slot_of(entry.substr(0, equals));
      value = entry.substr(equals + 1);
    } else {
      while (next < slots.size() && bound[next])
        ++next;
      if (next < slots.size()) slot = next;
    }
    if (!slot) continue;
    slots[*slot] = Decimal::try_parse(value);
    bound[*slot] = true;
  }
  return slots;
}

/// A value a formula needs, as double mode sees it (NaN: no value).
double as_double(const std::optional<Decimal>& value) {
  return value ? value->to_double() : std::nan("");
}

/// Evaluates exactly, checking the throwing form against the non-throwing one.
std::optional<Decimal> exact(const Formula& formula,
                             const std::vector<std::optional<Decimal>>& values,
                             MissingValueStrategy missing, EvalStatus& status) {
  Decimal result;
  jixiao::EvalFailure failure;
  status = formula.try_evaluate(values, result, &failure, missing);
  const std::string context = "exact evaluation of \"" + printable(formula.text()) + "\"";
  try {
    const std::optional<Decimal> thrown = formula.evaluate(values, missing);
    JIXIAO_FUZZ_CHECK(status == EvalStatus::ok || status == EvalStatus::no_value,
                      context + ": evaluate succeeded, try_evaluate said " +
                          std::string(jixiao::eval_status_name(status)));
    JIXIAO_FUZZ_CHECK(thrown.has_value() == (status == EvalStatus::ok), context);
    if (thrown) JIXIAO_FUZZ_CHECK(*thrown == result, context + ": the two forms differ");
  } catch (const Error& error) {
    JIXIAO_FUZZ_CHECK(status != EvalStatus::ok && status != EvalStatus::no_value,
                      context + " threw " + error.what());
    JIXIAO_FUZZ_CHECK(error.code() == jixiao::eval_status_error_code(status),
                      context + ": " + error.what());
    JIXIAO_FUZZ_CHECK_ERROR(error, formula.text().size(), error.code());
    const Error rebuilt = formula.error_for(failure);
    JIXIAO_FUZZ_CHECK(rebuilt.code() == error.code(), context + ": error_for differs");
  }
  if (status != EvalStatus::ok) return std::nullopt;
  return result;
}

std::optional<double> inexact(const Formula& formula, const std::vector<double>& values,
                              MissingValueStrategy missing, EvalStatus& status) {
  double result = 0;
  status = formula.try_evaluate_double(values, result, nullptr, missing);
  const std::string context = "double evaluation of \"" + printable(formula.text()) + "\"";
  try {
    const std::optional<double> thrown = formula.evaluate_double(values, missing);
    JIXIAO_FUZZ_CHECK(status == EvalStatus::ok || status == EvalStatus::no_value,
                      context + ": evaluate_double succeeded, try_evaluate_double said " +
                          std::string(jixiao::eval_status_name(status)));
    JIXIAO_FUZZ_CHECK(thrown.has_value() == (status == EvalStatus::ok), context);
    if (thrown) {
      JIXIAO_FUZZ_CHECK(*thrown == result || (std::isnan(*thrown) && std::isnan(result)),
                        context + ": the two forms differ");
    }
  } catch (const Error& error) {
    JIXIAO_FUZZ_CHECK(error.code() == jixiao::eval_status_error_code(status),
                      context + ": " + error.what());
    JIXIAO_FUZZ_CHECK_ERROR(error, formula.text().size(), error.code());
  }
  if (status != EvalStatus::ok) return std::nullopt;
  JIXIAO_FUZZ_CHECK(std::isfinite(result), context + ": a result is never infinite or NaN");
  return result;
}

/// Batch evaluation of three rows (the values, their negations, and the values again with the
/// first one missing) must give what single evaluation gives, in both modes.
void check_batch(const Formula& formula, const std::vector<std::optional<Decimal>>& values,
                 MissingValueStrategy missing) {
  constexpr std::size_t rows = 3;
  const std::size_t slots = values.size();
  std::vector<std::vector<std::optional<Decimal>>> table(rows, values);
  for (auto& value : table[1]) {
    if (value) value = -*value;
  }
  if (slots > 0) table[2][0] = std::nullopt;

  std::vector<std::vector<Decimal>> decimal_columns(slots, std::vector<Decimal>(rows));
  std::vector<std::vector<double>> double_columns(slots, std::vector<double>(rows));
  std::vector<std::vector<std::uint8_t>> present(slots, std::vector<std::uint8_t>(rows));
  for (std::size_t s = 0; s < slots; ++s) {
    for (std::size_t r = 0; r < rows; ++r) {
      present[s][r] = table[r][s].has_value() ? 1 : 0;
      decimal_columns[s][r] = table[r][s].value_or(Decimal());
      double_columns[s][r] = as_double(table[r][s]);
    }
  }
  std::vector<jixiao::DecimalColumn> exact_columns;
  std::vector<jixiao::DoubleColumn> inexact_columns;
  for (std::size_t s = 0; s < slots; ++s) {
    exact_columns.push_back({decimal_columns[s].data(), present[s].data()});
    inexact_columns.push_back({double_columns[s].data(), present[s].data()});
  }
  std::vector<Decimal> exact_results(rows);
  std::vector<double> double_results(rows);
  std::vector<EvalStatus> exact_statuses(rows);
  std::vector<EvalStatus> double_statuses(rows);
  formula.evaluate_batch(exact_columns, rows, exact_results, exact_statuses, missing);
  formula.evaluate_batch(inexact_columns, rows, double_results, double_statuses, missing);

  const std::string context = "batch of \"" + printable(formula.text()) + "\" row ";
  for (std::size_t r = 0; r < rows; ++r) {
    Decimal single;
    const EvalStatus status = formula.try_evaluate(table[r], single, nullptr, missing);
    JIXIAO_FUZZ_CHECK(status == exact_statuses[r], context + std::to_string(r) + " exact status");
    if (status == EvalStatus::ok) {
      JIXIAO_FUZZ_CHECK(single == exact_results[r], context + std::to_string(r) + " exact value");
    }
    std::vector<double> row_values(slots);
    for (std::size_t s = 0; s < slots; ++s)
      row_values[s] = double_columns[s][r];
    double single_double = 0;
    const EvalStatus double_status =
        formula.try_evaluate_double(row_values, single_double, nullptr, missing);
    JIXIAO_FUZZ_CHECK(double_status == double_statuses[r],
                      context + std::to_string(r) + " double status " +
                          std::string(jixiao::eval_status_name(double_status)) + " vs batch " +
                          std::string(jixiao::eval_status_name(double_statuses[r])));
    if (double_status == EvalStatus::ok) {
      JIXIAO_FUZZ_CHECK(single_double == double_results[r],
                        context + std::to_string(r) + " double value");
    } else {
      JIXIAO_FUZZ_CHECK(std::isnan(double_results[r]), context + std::to_string(r) + " not NaN");
    }
  }
}

/// Operations where a difference of one rounding error may flip the result.
bool has_discontinuity(std::string_view text) {
  std::string folded;
  for (const char c : text)
    folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  for (const std::string_view word :
       {"=", "<", ">", "!", "\xE2\x89", "\xEF\xBC\x9C", "\xEF\xBC\x9D", "\xEF\xBC\x9E", "if", "not",
        "and", "or", "floor", "ceil", "round", "\xEF\xBD", "\xEF\xBC\xA0"}) {
    // "\xE2\x89" starts ≥ ≤ ≧ ≦ ≠; "\xEF\xBC\x9C…\x9E" are ＜ ＝ ＞; "\xEF\xBD" and "\xEF\xBC\xA0"
    // start full-width letters, which could spell any of the words.
    if (folded.find(word) != std::string::npos) return true;
  }
  return false;
}

/// Which perturbed quantity: the k-th number literal or the k-th input value.
enum class Perturbed { literal, input };

/// 1 + direction × c × 1e-12 for a perturbed quantity, with c = ±(2k + 1) for the k-th literal and
/// ±(2k + 2) for the k-th input, the sign alternating with k: no two quantities move alike, so a
/// cancellation between two equal values (2×10^25 added and taken away again) cannot be hidden by
/// moving both by the same factor.
std::string perturbation_factor(std::size_t k, Perturbed kind, int direction) {
  const double magnitude = static_cast<double>(2 * k + (kind == Perturbed::literal ? 1 : 2));
  const double c = (k % 2 == 0 ? 1 : -1) * magnitude;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.12f", 1 + direction * c * 1e-12);
  return buffer;
}

/// The text with the k-th number literal L replaced by (L*perturbation_factor(k, literal,
/// direction)), or nothing when a literal cannot be isolated safely (digits inside a name, quoted
/// names, full-width digits, the X sign).
std::optional<std::string> perturbed_text(std::string_view text, int direction) {
  if (text.find('[') != std::string_view::npos ||
      text.find("\xE3\x80\x8C") != std::string_view::npos ||
      text.find("\xEF\xBC\xBB") != std::string_view::npos ||
      text.find("\xEF\xBC") != std::string_view::npos || text.find('x') != std::string_view::npos ||
      text.find('X') != std::string_view::npos) {
    return std::nullopt;
  }
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto is_name = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  std::string out;
  std::size_t literals = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool starts =
        is_digit(text[i]) || (text[i] == '.' && i + 1 < text.size() && is_digit(text[i + 1]));
    if (!starts) {
      out += text[i++];
      continue;
    }
    if (i > 0 && (is_name(text[i - 1]) || is_digit(text[i - 1]))) return std::nullopt;
    std::size_t end = i;
    bool point = false;
    while (end < text.size() && (is_digit(text[end]) || (text[end] == '.' && !point))) {
      point = point || text[end] == '.';
      ++end;
    }
    if (end < text.size() && is_name(text[end])) return std::nullopt;
    out += "(";
    out.append(text.substr(i, end - i));
    out += "*";
    out += perturbation_factor(literals++, Perturbed::literal, direction);
    out += ")";
    i = end;
  }
  return out;
}

void check_modes_agree(const Formula& formula, const FormulaOptions& options,
                       const std::vector<std::optional<Decimal>>& values,
                       MissingValueStrategy missing, const Decimal& exact_result,
                       double double_result) {
  if (has_discontinuity(formula.text())) return;
  std::vector<double> doubles;
  for (const auto& value : values)
    doubles.push_back(as_double(value));

  // How far the double result moves when every input and literal moves by ±1e-12.
  double moved = 0;
  for (const int direction : {1, -1}) {
    const auto text = perturbed_text(formula.text(), direction);
    if (!text) return;
    std::optional<Formula> perturbed;
    try {
      perturbed = Formula::compile(*text, options);
    } catch (const Error&) {
      return;
    }
    if (perturbed->variables().size() != formula.variables().size()) return;
    std::vector<double> shifted;
    for (std::size_t k = 0; k < doubles.size(); ++k) {
      shifted.push_back(doubles[k] *
                        std::stod(perturbation_factor(k, Perturbed::input, direction)));
    }
    double result = 0;
    if (perturbed->try_evaluate_double(shifted, result, nullptr, missing) != EvalStatus::ok) return;
    moved = std::max(moved, std::fabs(result - double_result));
  }
  // The rounding error of exact mode: the same formula with ten more decimals kept (at most 38)
  // is ten orders of magnitude closer to the real value, so the difference is the error itself,
  // amplified by whatever the formula does after the rounding. Rounding that finer evaluation
  // toward and away from zero as well catches quotients too small even for 38 decimals.
  double rounding_error = 0;
  for (const auto mode : {options.rounding, jixiao::RoundingMode::up, jixiao::RoundingMode::down}) {
    FormulaOptions finer = options;
    finer.division_scale = std::min(options.division_scale + 10, jixiao::Decimal::max_scale);
    finer.rounding = mode;
    const Formula precise = Formula::compile(formula.text(), finer);
    Decimal result;
    if (precise.try_evaluate(values, result, nullptr, missing) != EvalStatus::ok) return;
    rounding_error =
        std::max(rounding_error, std::fabs(result.to_double() - exact_result.to_double()));
  }

  const double e = exact_result.to_double();
  const double tolerance =
      1e-9 * std::max({1.0, std::fabs(e), std::fabs(double_result)}) + moved + 2 * rounding_error;
  JIXIAO_FUZZ_CHECK(std::fabs(e - double_result) <= tolerance,
                    "exact " + exact_result.to_string() + " and double " +
                        std::to_string(double_result) + " disagree for \"" +
                        printable(formula.text()) + "\" (tolerance " + std::to_string(tolerance) +
                        ", perturbation moved " + std::to_string(moved) +
                        ", exact rounding error " + std::to_string(rounding_error) + ")");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto parts = split(input, '\n', 3);
  const std::string_view text = parts[0];
  const std::string_view values_text = parts.size() > 1 ? parts[1] : std::string_view{};
  const std::string_view params = parts.size() > 2 ? parts[2] : std::string_view{};
  const auto param = [&](std::size_t i) {
    return i < params.size() ? static_cast<unsigned char>(params[i]) : 0u;
  };
  FormulaOptions options;
  options.role = static_cast<jixiao::FormulaRole>(param(0) % 3);
  const auto missing = static_cast<MissingValueStrategy>(param(1) % 4);
  options.division_scale = params.size() > 2 ? static_cast<int>(param(2) % 39) : 18;
  options.rounding = static_cast<jixiao::RoundingMode>(param(3) % 7);

  try {
    std::optional<Formula> formula;
    try {
      formula = Formula::compile(text, options);
    } catch (const Error& error) {
      JIXIAO_FUZZ_CHECK_ERROR(error, text.size(), ErrorCode::parse_error, ErrorCode::invalid_utf8,
                              ErrorCode::limit_exceeded);
      const auto& where = error.location();
      if (where.byte_offset && where.char_offset && !jixiao::text::find_invalid_utf8(text)) {
        JIXIAO_FUZZ_CHECK(
            jixiao::text::code_point_offset(text, *where.byte_offset) == *where.char_offset,
            "character offset matches the byte offset: " + std::string(error.what()));
      }
      return 0;
    }
    JIXIAO_FUZZ_CHECK(formula->text() == text, "text() is the text as given");
    const auto variables = formula->variables();
    for (std::size_t i = 0; i < variables.size(); ++i) {
      JIXIAO_FUZZ_CHECK(formula->slot_of(variables[i].name) == i,
                        "slot_of(" + printable(variables[i].name) + ") in " + printable(text));
      JIXIAO_FUZZ_CHECK(variables[i].byte_offset < text.size(), "variable offset inside the text");
    }

    const auto values = bind_values(*formula, values_text);
    std::vector<double> doubles;
    for (const auto& value : values)
      doubles.push_back(as_double(value));
    EvalStatus exact_status = EvalStatus::ok;
    EvalStatus double_status = EvalStatus::ok;
    const auto exact_result = exact(*formula, values, missing, exact_status);
    const auto double_result = inexact(*formula, doubles, missing, double_status);
    if (exact_result) {
      const std::string shown = formula->display(*exact_result);
      JIXIAO_FUZZ_CHECK(!jixiao::text::find_invalid_utf8(shown), "display is valid UTF-8");
    }
    check_batch(*formula, values, missing);
    if (exact_result && double_result) {
      check_modes_agree(*formula, options, values, missing, *exact_result, *double_result);
    }
  } catch (const Error& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "no unexpected jixiao::Error",
                       std::string(error.what()) + " for " + printable(input));
  } catch (const std::exception& error) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "only jixiao::Error leaves the API",
                       std::string(error.what()) + " for " + printable(input));
  }
  return 0;
}
