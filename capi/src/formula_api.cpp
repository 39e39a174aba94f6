// jx_formula_*: compile once, evaluate many times — exact (jx_decimal, decimal texts) or double,
// by slot, by name and over columns. The handle is immutable and shared between threads.
#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code_map.hpp"
#include "decimal_handle.hpp"
#include "error_state.hpp"
#include "fields.hpp"
#include "function_table.hpp"
#include "handle.hpp"
#include "jixiao.h"
#include "jixiao/formula.hpp"
#include "owned_string.hpp"
#include "text_input.hpp"

namespace jixiao::capi {
namespace {

static_assert(static_cast<int>(EvalStatus::ok) == JX_EVAL_OK);
static_assert(static_cast<int>(EvalStatus::no_value) == JX_EVAL_NO_VALUE);
static_assert(static_cast<int>(EvalStatus::division_by_zero) == JX_EVAL_DIVISION_BY_ZERO);
static_assert(static_cast<int>(EvalStatus::overflow) == JX_EVAL_OVERFLOW);
static_assert(static_cast<int>(EvalStatus::missing_value) == JX_EVAL_MISSING_VALUE);
static_assert(static_cast<int>(EvalStatus::invalid_input) == JX_EVAL_INVALID_INPUT);
static_assert(static_cast<int>(EvalStatus::domain_error) == JX_EVAL_DOMAIN_ERROR);
static_assert(static_cast<int>(ResultKind::number) == JX_RESULT_NUMBER);
static_assert(static_cast<int>(ResultKind::percent) == JX_RESULT_PERCENT);
static_assert(static_cast<int>(ResultKind::boolean) == JX_RESULT_BOOLEAN);
static_assert(sizeof(EvalStatus) == sizeof(uint8_t));

const char* result_kind_name(ResultKind kind) noexcept {
  switch (kind) {
    case ResultKind::number:
      return "number";
    case ResultKind::percent:
      return "percent";
    case ResultKind::boolean:
      return "boolean";
  }
  return "number";
}

int rounding_code(RoundingMode mode) noexcept {
  return code_of(mode, rounding_codes);
}

constexpr std::array formula_table{
    field<Formula, JX_MEMBER(text())>(JX_FORMULA_TEXT, "text", ""),
    field<Formula, JX_MEMBER(defined_name())>(JX_FORMULA_DEFINED_NAME, "defined_name", ""),
    [] {
      Field<Formula> f{
          .id = JX_FORMULA_IS_DEFINITION, .name = "is_definition", .type = FieldType::boolean};
      f.get_text = [](const Formula& formula, std::string&) -> std::optional<std::string_view> {
        return std::string_view(formula.is_definition() ? "true" : "false");
      };
      f.get_int = [](const Formula& formula) -> std::optional<std::int64_t> {
        return formula.is_definition() ? 1 : 0;
      };
      return f;
    }(),
    [] {
      Field<Formula> f{
          .id = JX_FORMULA_RESULT_KIND, .name = "result_kind", .type = FieldType::enumeration};
      f.get_text = [](const Formula& formula, std::string&) -> std::optional<std::string_view> {
        return std::string_view(result_kind_name(formula.result_kind()));
      };
      f.get_int = [](const Formula& formula) -> std::optional<std::int64_t> {
        return static_cast<int>(formula.result_kind());
      };
      return f;
    }(),
    [] {
      Field<Formula> f{
          .id = JX_FORMULA_DIVISION_SCALE, .name = "division_scale", .type = FieldType::integer};
      f.get_text = [](const Formula& formula,
                      std::string& computed) -> std::optional<std::string_view> {
        computed = std::to_string(formula.division_scale());
        return std::string_view(computed);
      };
      f.get_int = [](const Formula& formula) -> std::optional<std::int64_t> {
        return formula.division_scale();
      };
      return f;
    }(),
    [] {
      Field<Formula> f{.id = JX_FORMULA_ROUNDING, .name = "rounding", .type = FieldType::integer};
      f.get_text = [](const Formula& formula,
                      std::string& computed) -> std::optional<std::string_view> {
        computed = std::to_string(rounding_code(formula.rounding()));
        return std::string_view(computed);
      };
      f.get_int = [](const Formula& formula) -> std::optional<std::int64_t> {
        return rounding_code(formula.rounding());
      };
      return f;
    }(),
};

constexpr std::array variable_table{
    field<FormulaVariable, JX_MEMBER(name)>(JX_FORMULA_VARIABLE_NAME, "name", ""),
    field<FormulaVariable, JX_MEMBER(optional)>(JX_FORMULA_VARIABLE_OPTIONAL, "optional", ""),
    field<FormulaVariable, JX_MEMBER(byte_offset)>(JX_FORMULA_VARIABLE_BYTE_OFFSET, "byte_offset",
                                                   ""),
    field<FormulaVariable, JX_MEMBER(char_offset)>(JX_FORMULA_VARIABLE_CHAR_OFFSET, "char_offset",
                                                   ""),
};

const std::span<const Field<Formula>> formula_fields{formula_table};
const std::span<const Field<FormulaVariable>> variable_fields{variable_table};

constexpr std::array<CodeOf<FormulaRole>, 3> role_codes{{
    {JX_FORMULA_AUTOMATIC, FormulaRole::automatic},
    {JX_FORMULA_DEFINITION, FormulaRole::definition},
    {JX_FORMULA_RULE, FormulaRole::rule},
}};

FormulaRole checked_role(int role) {
  return checked_code(role, role_codes, "公式角色", "formula role");
}

/// The compile options, and the registered functions' callbacks the formula must keep alive.
FormulaOptions compile_options(const jx_formula_options* options,
                               std::shared_ptr<const CallbackEntries>& callbacks) {
  FormulaOptions compile;
  if (options == nullptr) return compile;
  if (options->version < 1 || options->version > JX_FORMULA_OPTIONS_VERSION)
    throw_invalid_argument("jx_formula_options 的 version 为 " + std::to_string(options->version) +
                               "（请用 JX_FORMULA_OPTIONS_INIT 初始化）",
                           "jx_formula_options.version is " + std::to_string(options->version) +
                               " (initialise with JX_FORMULA_OPTIONS_INIT)");
  compile.role = checked_role(options->role);
  // The range checks of the scale, lengths and depths are the compiler's (docs/formula.md §8).
  compile.division_scale = options->division_scale;
  compile.rounding = checked_rounding(options->rounding);
  compile.max_length = options->max_length;
  compile.max_depth = options->max_depth;
  compile.max_variables = options->max_variables;
  if (options->functions != nullptr) {
    const jx_function_table& table =
        checked_handle(options->functions, HandleKind::function_table, "options->functions");
    compile.functions = &table.table;
    callbacks = table.entries;
  }
  return compile;
}

constexpr std::array<CodeOf<MissingValueStrategy>, 4> missing_codes{{
    {JX_MISSING_ERROR, MissingValueStrategy::error},
    {JX_MISSING_SKIP_IF_ANY, MissingValueStrategy::skip_if_any_missing},
    {JX_MISSING_SKIP_IF_ALL, MissingValueStrategy::skip_if_all_missing},
    {JX_MISSING_NEVER_SKIP, MissingValueStrategy::never_skip},
}};

MissingValueStrategy checked_missing(int missing) {
  return checked_code(missing, missing_codes, "缺失值策略", "missing-value strategy");
}

/// An array argument: NULL only when it has no elements.
template <class T>
std::span<const T> checked_array(const T* values, size_t count, const char* name) {
  if (values == nullptr && count != 0) throw_null_argument(name);
  return values == nullptr ? std::span<const T>() : std::span<const T>(values, count);
}

/// A batch needs one column per variable; checked before any column is read.
void check_column_count(const Formula& formula, size_t column_count) {
  const size_t variables = formula.variables().size();
  if (column_count != variables)
    throw_invalid_argument("列数 " + std::to_string(column_count) + " 与公式的变量个数 " +
                               std::to_string(variables) + " 不同",
                           "got " + std::to_string(column_count) + " columns for " +
                               std::to_string(variables) + " variables");
}

/// A decimal text argument, read like jx_decimal_parse; errors name the variable.
Decimal parse_value(const char* text, size_t len, std::string_view variable) {
  try {
    return Decimal::parse(checked_text(text, len, "value"));
  } catch (const Error& error) {
    const std::string name(variable);
    throw Error(error.code(), "变量「" + name + "」的值：" + error.message_zh(),
                "value of variable '" + name + "': " + error.message_en(), error.location());
  }
}

/// A name argument of a binding.
std::string_view binding_name(const char* name, size_t len) {
  return checked_text(name, len, "name");
}

char* result_text(const std::optional<Decimal>& result) {
  return result ? owned_copy(result->to_string()) : nullptr;
}

/// Rows per block of a batch: statuses are converted and decimal texts parsed a block at a time,
/// so a batch of any size needs only this much scratch (kept small enough to stay out of the
/// allocator's mmap range, which would page-fault on every call).
constexpr size_t batch_block = 1024;

/// Most rows of one exact text batch (each row costs an offset and at least one byte of results).
constexpr size_t max_text_batch_rows = std::numeric_limits<size_t>::max() / 64;

/// The summary argument of a batch (may be NULL), checked before anything is evaluated.
jx_batch_summary* checked_summary(jx_batch_summary* summary) {
  if (summary != nullptr && (summary->version < 1 || summary->version > JX_BATCH_SUMMARY_VERSION))
    throw_invalid_argument("jx_batch_summary 的 version 为 " + std::to_string(summary->version) +
                               "（请用 JX_BATCH_SUMMARY_INIT 初始化）",
                           "jx_batch_summary.version is " + std::to_string(summary->version) +
                               " (initialise with JX_BATCH_SUMMARY_INIT)");
  return summary;
}

void fill_summary(jx_batch_summary* summary, const BatchSummary& counts) noexcept {
  if (summary == nullptr) return;
  summary->ok = counts.ok;
  summary->no_value = counts.no_value;
  summary->failed = counts.failed;
}

}  // namespace

const char* formula_field_name(int id) noexcept {
  if (const Field<Formula>* spec = find_field(formula_fields, id)) return spec->name;
  if (const Field<FormulaVariable>* spec = find_field(variable_fields, id)) return spec->name;
  return nullptr;
}

}  // namespace jixiao::capi

struct jx_formula : jixiao::capi::Handle {
  jx_formula(jixiao::Formula f, std::shared_ptr<const jixiao::capi::CallbackEntries> functions)
      : Handle(jixiao::capi::HandleKind::formula),
        value(std::move(f)),
        callbacks(std::move(functions)) {
    using namespace jixiao::capi;
    keep_texts(value, formula_fields, texts);
    for (const jixiao::FormulaVariable& variable : value.variables())
      keep_texts(variable, variable_fields, texts);
  }
  const jixiao::Formula value;
  /// The registered C functions the formula calls: kept alive as long as it.
  const std::shared_ptr<const jixiao::capi::CallbackEntries> callbacks;
  jixiao::capi::TextCache texts;  ///< filled by the constructor, read-only afterwards
};

using namespace jixiao::capi;
using jixiao::BatchSummary;
using jixiao::Decimal;
using jixiao::EvalStatus;
using jixiao::Formula;

namespace {

const Formula& live(const jx_formula* handle) {
  return checked_handle(handle, HandleKind::formula, "formula").value;
}

template <class Body>
void with_field(const jx_formula& handle, int field, size_t row, Body&& body) {
  switch (field / 100) {
    case JX_FORMULA_ROOT: {
      if (row != 0) throw_root_row(row);
      const Field<Formula>* spec = find_field(formula_fields, field);
      if (spec == nullptr) break;
      body(handle.value, *spec);
      return;
    }
    case JX_FORMULA_VARIABLES: {
      const Field<jixiao::FormulaVariable>* spec = find_field(variable_fields, field);
      if (spec == nullptr) break;
      const auto variables = handle.value.variables();
      if (row >= variables.size()) throw_row_out_of_range("variables", row, variables.size());
      body(variables[row], *spec);
      return;
    }
    default:
      break;
  }
  throw_unknown_field(field, "formula");
}

}  // namespace

extern "C" {

JX_API int jx_formula_compile(const char* text, size_t len, const jx_formula_options* options,
                              jx_formula** out) {
  return guarded([&] {
    checked_out(out, "out");
    std::shared_ptr<const CallbackEntries> callbacks;
    const jixiao::FormulaOptions compile = compile_options(options, callbacks);
    // The compiler reports invalid UTF-8 and over-long text with character offsets itself.
    if ((text == nullptr && len != 0) || len > JX_MAX_TEXT_BYTES) checked_text(text, len, "text");
    *out = new jx_formula(
        Formula::compile(std::string_view(text == nullptr ? "" : text, len), compile),
        std::move(callbacks));
  });
}

JX_API void jx_formula_free(jx_formula* formula) {
  if (formula != nullptr && formula->kind == HandleKind::formula) delete formula;
}

JX_API int jx_formula_count(const jx_formula* formula, int collection, size_t* out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    switch (collection) {
      case JX_FORMULA_ROOT:
        *out = 1;
        return;
      case JX_FORMULA_VARIABLES:
        *out = value.variables().size();
        return;
      default:
        throw_invalid_argument(
            "集合编号 " + std::to_string(collection) + " 不属于 formula",
            "collection " + std::to_string(collection) + " is not part of a formula");
    }
  });
}

JX_API int jx_formula_get_text(const jx_formula* formula, int field, size_t row, const char** text,
                               size_t* len) {
  return guarded([&] {
    live(formula);
    checked_out(text, "text");
    with_field(*formula, field, row, [&](const auto& source, const auto& spec) {
      const TextOut out = read_kept_text(source, spec, formula->texts);
      *text = out.present ? out.data : nullptr;
      if (len != nullptr) *len = out.size;
    });
  });
}

JX_API int jx_formula_get_int(const jx_formula* formula, int field, size_t row, int64_t* out) {
  return guarded([&] {
    live(formula);
    checked_out(out, "out");
    with_field(*formula, field, row, [&](const auto& source, const auto& spec) {
      if (spec.get_int == nullptr) throw_unsupported(spec.name, "get_int", spec.type);
      *out = spec.get_int(source).value_or(0);
    });
  });
}

JX_API int jx_formula_slot(const jx_formula* formula, const char* name, size_t len, size_t* out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    *out = value.slot_of(checked_text(name, len, "name")).value_or(JX_NO_SLOT);
  });
}

JX_API int jx_formula_eval_decimal(const jx_formula* formula, const jx_decimal* const* values,
                                   size_t count, int missing, jx_decimal** out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    const auto handles = checked_array(values, count, "values");
    std::vector<std::optional<Decimal>> slots(handles.size());
    for (size_t slot = 0; slot < handles.size(); ++slot)
      if (handles[slot] != nullptr) slots[slot] = decimal_value(handles[slot], "values[]");
    const std::optional<Decimal> result = value.evaluate(slots, checked_missing(missing));
    *out = result ? new_decimal(*result) : nullptr;
  });
}

JX_API int jx_formula_eval_decimal_named(const jx_formula* formula,
                                         const jx_decimal_binding* bindings, size_t count,
                                         int missing, jx_decimal** out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    const auto given = checked_array(bindings, count, "bindings");
    std::vector<jixiao::DecimalBinding> named;
    named.reserve(given.size());
    for (const jx_decimal_binding& binding : given) {
      jixiao::DecimalBinding& entry = named.emplace_back();
      entry.name = binding_name(binding.name, binding.name_len);
      if (binding.value != nullptr) entry.value = decimal_value(binding.value, "bindings[].value");
    }
    const std::optional<Decimal> result = value.evaluate_named(named, checked_missing(missing));
    *out = result ? new_decimal(*result) : nullptr;
  });
}

JX_API int jx_formula_eval_text(const jx_formula* formula, const jx_text* values, size_t count,
                                int missing, char** out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    const auto texts = checked_array(values, count, "values");
    const auto variables = value.variables();
    std::vector<std::optional<Decimal>> slots(texts.size());
    for (size_t slot = 0; slot < texts.size(); ++slot) {
      if (texts[slot].ptr == nullptr) continue;
      const std::string_view name =
          slot < variables.size() ? std::string_view(variables[slot].name) : "?";
      slots[slot] = parse_value(texts[slot].ptr, texts[slot].len, name);
    }
    *out = result_text(value.evaluate(slots, checked_missing(missing)));
  });
}

JX_API int jx_formula_eval_text_named(const jx_formula* formula, const jx_text_binding* bindings,
                                      size_t count, int missing, char** out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    const auto given = checked_array(bindings, count, "bindings");
    std::vector<jixiao::DecimalBinding> named;
    named.reserve(given.size());
    for (const jx_text_binding& binding : given) {
      jixiao::DecimalBinding& entry = named.emplace_back();
      entry.name = binding_name(binding.name, binding.name_len);
      if (binding.value != nullptr)
        entry.value = parse_value(binding.value, binding.value_len, entry.name);
    }
    *out = result_text(value.evaluate_named(named, checked_missing(missing)));
  });
}

JX_API int jx_formula_eval_double(const jx_formula* formula, const double* values, size_t count,
                                  int missing, double* out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    const std::optional<double> result =
        value.evaluate_double(checked_array(values, count, "values"), checked_missing(missing));
    *out = result.value_or(std::numeric_limits<double>::quiet_NaN());
  });
}

JX_API int jx_formula_eval_double_named(const jx_formula* formula,
                                        const jx_double_binding* bindings, size_t count,
                                        int missing, double* out) {
  return guarded([&] {
    const Formula& value = live(formula);
    checked_out(out, "out");
    const auto given = checked_array(bindings, count, "bindings");
    std::vector<jixiao::DoubleBinding> named;
    named.reserve(given.size());
    for (const jx_double_binding& binding : given)
      named.push_back({binding_name(binding.name, binding.name_len), binding.value});
    const std::optional<double> result =
        value.evaluate_double_named(named, checked_missing(missing));
    *out = result.value_or(std::numeric_limits<double>::quiet_NaN());
  });
}

JX_API int jx_formula_eval_batch_double(const jx_formula* formula, const double* const* columns,
                                        const uint8_t* const* present, size_t column_count,
                                        size_t rows, int missing, double* results,
                                        uint8_t* statuses, jx_batch_summary* summary) {
  return guarded([&] {
    const Formula& value = live(formula);
    const jixiao::MissingValueStrategy strategy = checked_missing(missing);
    checked_summary(summary);
    check_column_count(value, column_count);
    const auto column_values = checked_array(columns, column_count, "columns");
    if (rows > 0 && results == nullptr) throw_null_argument("results");
    if (rows > 0 && statuses == nullptr) throw_null_argument("statuses");
    std::vector<jixiao::DoubleColumn> input(column_values.size());
    for (size_t slot = 0; slot < input.size(); ++slot) {
      if (column_values[slot] == nullptr) throw_null_argument("columns[]");
      input[slot].values = column_values[slot];
      input[slot].present = present != nullptr ? present[slot] : nullptr;
    }
    // Statuses go through a typed block and are copied out as bytes. A batch of 0 rows still runs
    // one empty block, so its arguments are checked like any other.
    std::array<EvalStatus, batch_block> block_statuses;
    std::vector<jixiao::DoubleColumn> block(input);
    BatchSummary total;
    size_t start = 0;
    do {
      const size_t n = std::min(batch_block, rows - start);
      for (size_t slot = 0; slot < input.size(); ++slot) {
        block[slot].values = input[slot].values + start;
        block[slot].present =
            input[slot].present != nullptr ? input[slot].present + start : nullptr;
      }
      const BatchSummary counts =
          value.evaluate_batch(std::span<const jixiao::DoubleColumn>(block), n,
                               std::span<double>(n > 0 ? results + start : nullptr, n),
                               std::span<EvalStatus>(block_statuses.data(), n), strategy);
      if (n > 0) std::memcpy(statuses + start, block_statuses.data(), n);
      total.ok += counts.ok;
      total.no_value += counts.no_value;
      total.failed += counts.failed;
      start += n;
    } while (start < rows);
    fill_summary(summary, total);
  });
}

JX_API int jx_formula_eval_batch_text(const jx_formula* formula, const jx_text* const* columns,
                                      size_t column_count, size_t rows, int missing,
                                      const char** results, uint8_t* statuses, char** out_buffer,
                                      jx_batch_summary* summary) {
  return guarded([&] {
    const Formula& value = live(formula);
    const jixiao::MissingValueStrategy strategy = checked_missing(missing);
    checked_summary(summary);
    checked_out(out_buffer, "out_buffer");
    check_column_count(value, column_count);
    // The result buffer and the row offsets are sized from `rows`: refuse counts no caller's
    // arrays can have, before any size computation could wrap.
    if (rows > max_text_batch_rows)
      throw ApiFailure{
          JX_E_LIMIT,
          "行数 " + std::to_string(rows) + " 超过上限 " + std::to_string(max_text_batch_rows),
          std::to_string(rows) + " rows are above the limit of " +
              std::to_string(max_text_batch_rows)};
    const auto column_texts = checked_array(columns, column_count, "columns");
    if (rows > 0 && results == nullptr) throw_null_argument("results");
    if (rows > 0 && statuses == nullptr) throw_null_argument("statuses");
    for (const jx_text* column : column_texts)
      if (column == nullptr) throw_null_argument("columns[]");

    const size_t count = column_texts.size();
    std::vector<std::vector<Decimal>> values(count, std::vector<Decimal>(batch_block));
    std::vector<std::vector<uint8_t>> flags(count, std::vector<uint8_t>(batch_block));
    std::vector<jixiao::DecimalColumn> block(count);
    std::vector<uint8_t> unreadable(batch_block);
    std::vector<Decimal> block_results(batch_block);
    std::array<EvalStatus, batch_block> block_statuses;
    // Result texts go straight into the buffer handed out; their offsets become pointers only at
    // the end, when the buffer no longer moves. 24 bytes a row hold most results without growing.
    OwnedBuffer texts(rows * 24 + 1);
    std::vector<size_t> offsets(rows, 0);
    BatchSummary total;
    size_t start = 0;
    do {
      const size_t n = std::min(batch_block, rows - start);
      std::fill_n(unreadable.begin(), n, uint8_t{0});
      for (size_t slot = 0; slot < count; ++slot) {
        for (size_t i = 0; i < n; ++i) {
          const jx_text& cell = column_texts[slot][start + i];
          flags[slot][i] = 0;
          if (cell.ptr == nullptr || cell.len > JX_MAX_TEXT_BYTES) {
            if (cell.ptr != nullptr) unreadable[i] = 1;
            continue;
          }
          if (std::optional<Decimal> number =
                  Decimal::try_parse(std::string_view(cell.ptr, cell.len))) {
            values[slot][i] = std::move(*number);
            flags[slot][i] = 1;
          } else {
            unreadable[i] = 1;
          }
        }
        block[slot] = {values[slot].data(), flags[slot].data()};
      }
      value.evaluate_batch(std::span<const jixiao::DecimalColumn>(block), n,
                           std::span<Decimal>(block_results.data(), n),
                           std::span<EvalStatus>(block_statuses.data(), n), strategy);
      for (size_t i = 0; i < n; ++i) {
        EvalStatus status = block_statuses[i];
        if (unreadable[i] != 0) status = EvalStatus::invalid_input;
        statuses[start + i] = static_cast<uint8_t>(status);
        if (status == EvalStatus::ok) {
          ++total.ok;
          offsets[start + i] = texts.append(block_results[i].to_string()) + 1;  // 0: no text
        } else if (status == EvalStatus::no_value) {
          ++total.no_value;
        } else {
          ++total.failed;
        }
      }
      start += n;
    } while (start < rows);
    char* buffer = texts.release();
    for (size_t row = 0; row < rows; ++row)
      results[row] = offsets[row] == 0 ? nullptr : buffer + offsets[row] - 1;
    *out_buffer = buffer;
    fill_summary(summary, total);
  });
}

JX_API int jx_formula_display_decimal(const jx_formula* formula, const jx_decimal* value,
                                      char** out) {
  return guarded([&] {
    const Formula& compiled = live(formula);
    const Decimal& number = decimal_value(value, "value");
    checked_out(out, "out");
    *out = owned_copy(compiled.display(number));
  });
}

JX_API int jx_formula_display_double(const jx_formula* formula, double value, char** out) {
  return guarded([&] {
    const Formula& compiled = live(formula);
    checked_out(out, "out");
    *out = owned_copy(compiled.display(value));
  });
}

JX_API const char* jx_eval_status_name(int status) {
  // The same names as jixiao::eval_status_name, as NUL-terminated static strings.
  static constexpr std::array<const char*, 7> names{
      "ok",          "no_value", "division_by_zero", "overflow", "missing_value", "invalid_input",
      "domain_error"};
  if (status < JX_EVAL_OK || status > JX_EVAL_DOMAIN_ERROR) return "unknown";
  return names[static_cast<size_t>(status)];
}
}
