// jixiao::FunctionTable: functions registered from C++ (docs/formula.md §5).
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "formula/syntax.hpp"
#include "jixiao/formula_function.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

constexpr std::array<std::string_view, 14> reserved_names{"if",    "coalesce", "min",  "max", "abs",
                                                          "round", "floor",    "ceil", "sum", "avg",
                                                          "clamp", "and",      "or",   "not"};

bool valid_plain_name(std::string_view name) {
  if (name.empty() || text::find_invalid_utf8(name)) return false;
  std::size_t offset = 0;
  bool first = true;
  while (offset < name.size()) {
    const text::CodePoint cp = text::decode_at(name, offset);
    if (first ? !formula::is_name_start(cp.value) : !formula::is_name_char(cp.value)) return false;
    first = false;
    offset += cp.length;
  }
  return true;
}

[[noreturn]] void reject(const std::string& name, const std::string& zh, const std::string& en) {
  throw Error(ErrorCode::invalid_argument, "函数「" + name + "」" + zh,
              "function '" + name + "' " + en);
}

}  // namespace

bool FunctionTable::is_reserved(std::string_view name) noexcept {
  try {
    const std::string lower = formula::ascii_lower(name);
    for (const std::string_view reserved : reserved_names)
      if (reserved == lower) return true;
  } catch (...) {
    return true;
  }
  return false;
}

void FunctionTable::add(FormulaFunction function) {
  const std::string& name = function.name;
  if (!valid_plain_name(name)) reject(name, "的名称不是合法的名称", "does not have a valid name");
  if (is_reserved(name)) reject(name, "与内置函数或保留字重名", "is a built-in or reserved word");
  if (find(name) != nullptr) reject(name, "已经注册过", "is already registered");
  if (function.min_arguments < 0 || function.max_arguments > max_arity ||
      function.min_arguments > function.max_arguments)
    reject(name, "的参数个数范围无效（0 … 64）", "has an invalid arity range (0 … 64)");
  if (function.evaluate_double == nullptr)
    reject(name, "缺少 double 实现", "has no double implementation");
  functions_.push_back(std::move(function));
}

const FormulaFunction* FunctionTable::find(std::string_view name) const noexcept {
  const auto same = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      char x = a[i];
      char y = b[i];
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
      if (x != y) return false;
    }
    return true;
  };
  for (const FormulaFunction& function : functions_)
    if (same(function.name, name)) return &function;
  return nullptr;
}

}  // namespace jixiao
