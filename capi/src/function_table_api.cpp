// jx_function_table_*: C callbacks as formula functions. The trampolines below are the only place
// where the library calls caller code; they turn its results into what the evaluator expects.
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "decimal_handle.hpp"
#include "error_state.hpp"
#include "function_table.hpp"
#include "jixiao.h"
#include "text_input.hpp"

namespace jixiao::capi {
namespace {

double call_double(std::span<const double> arguments, const void* user_data) noexcept {
  const auto& entry = *static_cast<const CallbackEntry*>(user_data);
  return entry.evaluate_double(arguments.data(), arguments.size(), entry.user_data);
}

Decimal call_decimal(std::span<const Decimal> arguments, const void* user_data) {
  const auto& entry = *static_cast<const CallbackEntry*>(user_data);
  // The callback sees handles; they are the library's and die with this call.
  std::vector<std::unique_ptr<jx_decimal>> owned;
  std::vector<const jx_decimal*> handles;
  owned.reserve(arguments.size());
  handles.reserve(arguments.size());
  for (const Decimal& argument : arguments) {
    owned.push_back(std::make_unique<jx_decimal>(argument));
    handles.push_back(owned.back().get());
  }
  jx_decimal* result = nullptr;
  const int status =
      entry.evaluate_decimal(handles.data(), handles.size(), entry.user_data, &result);
  std::unique_ptr<jx_decimal> kept(
      result != nullptr && result->kind == HandleKind::decimal ? result : nullptr);
  if (status == JX_OK && kept) return kept->value;
  const std::string name = entry.name;
  if (status == JX_E_OVERFLOW)
    throw Error(ErrorCode::overflow, "函数「" + name + "」的结果超出范围",
                "the result of function '" + name + "' is out of range");
  if (status == JX_E_DIVISION_BY_ZERO)
    throw Error(ErrorCode::division_by_zero, "函数「" + name + "」中除数为零",
                "division by zero in function '" + name + "'");
  throw Error(ErrorCode::formula_error,
              "函数「" + name + "」返回错误 " + std::to_string(status) +
                  (status == JX_OK ? "（没有给出结果）" : ""),
              "function '" + name + "' returned error " + std::to_string(status) +
                  (status == JX_OK ? " (without a result)" : ""));
}

int checked_arity(int value, const char* name) {
  if (value < 0 || value > FunctionTable::max_arity)
    throw_invalid_argument(
        std::string(name) + " 应在 0…" + std::to_string(FunctionTable::max_arity) + " 之间",
        std::string(name) + " must be within 0…" + std::to_string(FunctionTable::max_arity));
  return value;
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao::capi;

extern "C" {

JX_API int jx_function_table_new(jx_function_table** out) {
  return guarded([&] {
    checked_out(out, "out");
    *out = new jx_function_table();
  });
}

JX_API int jx_function_table_add(jx_function_table* table, const char* name, size_t name_len,
                                 int min_arguments, int max_arguments,
                                 jx_double_function evaluate_double,
                                 jx_decimal_function evaluate_decimal, const void* user_data,
                                 int pure) {
  return guarded([&] {
    jx_function_table& functions = checked_handle(table, HandleKind::function_table, "table");
    const std::string_view text = checked_text(name, name_len, "name");
    if (evaluate_double == nullptr) throw_null_argument("evaluate_double");
    if (pure != 0 && pure != 1) throw_invalid_argument("pure 应为 0 或 1", "pure must be 0 or 1");
    const int min_count = checked_arity(min_arguments, "min_arguments");
    const int max_count = checked_arity(max_arguments, "max_arguments");
    CallbackEntry& entry = functions.entries->emplace_back();
    try {
      entry.name = std::string(text);
    } catch (...) {
      functions.entries->pop_back();
      throw;
    }
    entry.evaluate_double = evaluate_double;
    entry.evaluate_decimal = evaluate_decimal;
    entry.user_data = user_data;
    jixiao::FormulaFunction function;
    function.name = entry.name;
    function.min_arguments = min_count;
    function.max_arguments = max_count;
    function.evaluate_double = call_double;
    function.evaluate_decimal = evaluate_decimal != nullptr ? call_decimal : nullptr;
    function.user_data = &entry;
    function.pure = pure == 1;
    try {
      functions.table.add(std::move(function));
    } catch (...) {
      functions.entries->pop_back();  // a refused function leaves the table as it was
      throw;
    }
  });
}

JX_API void jx_function_table_free(jx_function_table* table) {
  if (table != nullptr && table->kind == HandleKind::function_table) delete table;
}
}
