// jx_declaration_budget_*: the budget tree of a declaration, line by line. A line is addressed by
// its section and the path of indices from the section's top level down.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decimal_handle.hpp"
#include "document_fields.hpp"
#include "document_handles.hpp"
#include "error_state.hpp"
#include "jixiao.h"
#include "jixiao/budget.hpp"
#include "text_input.hpp"

namespace jixiao::capi {
namespace {

using Lines = std::vector<BudgetLine>;

const jx_declaration& live(const jx_declaration* handle) {
  return checked_handle(handle, HandleKind::declaration, "declaration");
}
jx_declaration& live(jx_declaration* handle) {
  return checked_handle(handle, HandleKind::declaration, "declaration");
}

const char* section_name(int section) {
  switch (section) {
    case JX_BUDGET_EXPENDITURE:
      return "expenditure";
    case JX_BUDGET_INCOME:
      return "income";
    case JX_BUDGET_BY_LEVEL:
      return "by_level";
    default:
      throw_invalid_argument("未知的预算分区 " + std::to_string(section),
                             "unknown budget section " + std::to_string(section));
  }
}

template <class B>
auto& section_lines(B& budget, int section) {
  switch (section) {
    case JX_BUDGET_EXPENDITURE:
      return budget.expenditure;
    case JX_BUDGET_INCOME:
      return budget.income;
    case JX_BUDGET_BY_LEVEL:
      return budget.by_level;
    default:
      section_name(section);  // throws
      return budget.expenditure;
  }
}

void check_path(const size_t* path, size_t depth) {
  if (depth > JX_MAX_BUDGET_DEPTH)
    throw_invalid_argument(
        "路径深度 " + std::to_string(depth) + " 超过上限 " + std::to_string(JX_MAX_BUDGET_DEPTH),
        "path depth " + std::to_string(depth) + " is above the limit of " +
            std::to_string(JX_MAX_BUDGET_DEPTH));
  if (depth > 0 && path == nullptr) throw_null_argument("path");
}

/// The JSON Pointer of the line at path[0 … depth).
std::string pointer_of(int section, const size_t* path, size_t depth) {
  std::string pointer = std::string("/budget/") + section_name(section);
  for (size_t level = 0; level < depth; ++level) {
    if (level > 0) pointer += "/children";
    pointer += "/" + std::to_string(path[level]);
  }
  return pointer;
}

/// The sibling list that holds the children of the line at path[0 … depth) (depth 0: the section).
template <class L>
L& children_at(L& top, int section, const size_t* path, size_t depth) {
  check_path(path, depth);
  L* lines = &top;
  for (size_t level = 0; level < depth; ++level) {
    if (path[level] >= lines->size())
      throw_row_out_of_range(pointer_of(section, path, level), path[level], lines->size());
    lines = &(*lines)[path[level]].children;
  }
  return *lines;
}

/// The line at path[0 … depth), depth ≥ 1.
template <class L>
auto& line_at(L& top, int section, const size_t* path, size_t depth) {
  if (depth == 0)
    throw_invalid_argument("预算行的路径至少要有一层", "a budget line's path needs depth ≥ 1");
  L& siblings = children_at(top, section, path, depth - 1);
  const size_t index = path[depth - 1];
  if (index >= siblings.size())
    throw_row_out_of_range(pointer_of(section, path, depth - 1), index, siblings.size());
  return siblings[index];
}

const Field<BudgetLine>& line_field(int field) {
  const Field<BudgetLine>* spec = find_field(budget_line_fields, field);
  if (spec == nullptr) throw_unknown_field(field, "budget line");
  return *spec;
}

bool find_in(const Lines& lines, std::string_view name, std::vector<size_t>& path) {
  for (size_t i = 0; i < lines.size(); ++i) {
    path.push_back(i);
    if (lines[i].name == name || find_in(lines[i].children, name, path)) return true;
    path.pop_back();
  }
  return false;
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao::capi;
using jixiao::BudgetLine;
using jixiao::Decimal;

extern "C" {

JX_API int jx_declaration_budget_count(const jx_declaration* declaration, int section,
                                       const size_t* path, size_t depth, size_t* out) {
  return guarded([&] {
    const jx_declaration& document = live(declaration);
    checked_out(out, "out");
    const Lines& top = section_lines(document.value.budget, section);
    *out = children_at(top, section, path, depth).size();
  });
}

JX_API int jx_declaration_budget_add(jx_declaration* declaration, int section,
                                     const size_t* parent_path, size_t parent_depth,
                                     const char* name, size_t name_len, size_t* out_index) {
  return guarded([&] {
    jx_declaration& document = live(declaration);
    checked_out(out_index, "out_index");
    const std::string_view text = checked_text(name, name_len, "name");
    Lines& siblings = children_at(section_lines(document.value.budget, section), section,
                                  parent_path, parent_depth);
    BudgetLine line;
    line.name = std::string(text);
    siblings.push_back(std::move(line));
    *out_index = siblings.size() - 1;
    document.texts.clear();
  });
}

JX_API int jx_declaration_budget_insert(jx_declaration* declaration, int section,
                                        const size_t* path, size_t depth, const char* name,
                                        size_t name_len) {
  return guarded([&] {
    jx_declaration& document = live(declaration);
    const std::string_view text = checked_text(name, name_len, "name");
    if (depth == 0)
      throw_invalid_argument("插入位置的路径至少要有一层", "an insert path needs depth ≥ 1");
    Lines& siblings =
        children_at(section_lines(document.value.budget, section), section, path, depth - 1);
    const size_t index = path[depth - 1];
    if (index > siblings.size())
      throw_row_out_of_range(pointer_of(section, path, depth - 1), index, siblings.size());
    BudgetLine line;
    line.name = std::string(text);
    siblings.insert(siblings.begin() + static_cast<std::ptrdiff_t>(index), std::move(line));
    document.texts.clear();
  });
}

JX_API int jx_declaration_budget_remove(jx_declaration* declaration, int section,
                                        const size_t* path, size_t depth) {
  return guarded([&] {
    jx_declaration& document = live(declaration);
    Lines& top = section_lines(document.value.budget, section);
    line_at(top, section, path, depth);  // checks every index
    Lines& siblings = children_at(top, section, path, depth - 1);
    siblings.erase(siblings.begin() + static_cast<std::ptrdiff_t>(path[depth - 1]));
    document.texts.clear();
  });
}

JX_API int jx_declaration_budget_get_text(const jx_declaration* declaration, int section,
                                          const size_t* path, size_t depth, int field,
                                          const char** text, size_t* len) {
  return guarded([&] {
    const jx_declaration& document = live(declaration);
    checked_out(text, "text");
    const BudgetLine& line =
        line_at(section_lines(document.value.budget, section), section, path, depth);
    const TextOut out = read_text(line, line_field(field), document.texts);
    *text = out.present ? out.data : nullptr;
    if (len != nullptr) *len = out.size;
  });
}

JX_API int jx_declaration_budget_set_text(jx_declaration* declaration, int section,
                                          const size_t* path, size_t depth, int field,
                                          const char* text, size_t len) {
  return guarded([&] {
    jx_declaration& document = live(declaration);
    const std::string_view value = checked_text(text, len, "text");
    BudgetLine& line = line_at(section_lines(document.value.budget, section), section, path, depth);
    const Field<BudgetLine>& spec = line_field(field);
    if (spec.set_text == nullptr) throw_unsupported(spec.name, "set_text", spec.type);
    set_at(pointer_of(section, path, depth) + spec.pointer, [&] { spec.set_text(line, value); });
    document.texts.clear();
  });
}

JX_API int jx_declaration_budget_clear(jx_declaration* declaration, int section, const size_t* path,
                                       size_t depth, int field) {
  return guarded([&] {
    jx_declaration& document = live(declaration);
    BudgetLine& line = line_at(section_lines(document.value.budget, section), section, path, depth);
    const Field<BudgetLine>& spec = line_field(field);
    if (spec.clear == nullptr) {
      if (spec.required) throw_required(spec.name);
      throw_unsupported(spec.name, "clear", spec.type);
    }
    spec.clear(line);
    document.texts.clear();
  });
}

JX_API int jx_declaration_budget_get_decimal(const jx_declaration* declaration, int section,
                                             const size_t* path, size_t depth, int field,
                                             jx_decimal** out) {
  return guarded([&] {
    const jx_declaration& document = live(declaration);
    checked_out(out, "out");
    const BudgetLine& line =
        line_at(section_lines(document.value.budget, section), section, path, depth);
    const Field<BudgetLine>& spec = line_field(field);
    if (spec.get_decimal == nullptr) throw_unsupported(spec.name, "get_decimal", spec.type);
    const std::optional<Decimal> value = spec.get_decimal(line);
    *out = value ? new_decimal(*value) : nullptr;
  });
}

JX_API int jx_declaration_budget_set_decimal(jx_declaration* declaration, int section,
                                             const size_t* path, size_t depth, int field,
                                             const jx_decimal* value) {
  return guarded([&] {
    jx_declaration& document = live(declaration);
    const Decimal& number = decimal_value(value, "value");
    BudgetLine& line = line_at(section_lines(document.value.budget, section), section, path, depth);
    const Field<BudgetLine>& spec = line_field(field);
    if (spec.set_decimal == nullptr) throw_unsupported(spec.name, "set_decimal", spec.type);
    spec.set_decimal(line, number);
    document.texts.clear();
  });
}

JX_API int jx_declaration_budget_total(const jx_declaration* declaration, int section,
                                       jx_decimal** out) {
  return guarded([&] {
    const jx_declaration& document = live(declaration);
    checked_out(out, "out");
    *out = new_decimal(jixiao::section_total(section_lines(document.value.budget, section)));
  });
}

JX_API int jx_declaration_budget_find(const jx_declaration* declaration, const char* name,
                                      size_t name_len, int* out_section, size_t* path,
                                      size_t path_capacity, size_t* out_depth) {
  return guarded([&] {
    const jx_declaration& document = live(declaration);
    const std::string_view text = checked_text(name, name_len, "name");
    checked_out(out_section, "out_section");
    checked_out(out_depth, "out_depth");
    if (path == nullptr && path_capacity != 0) throw_null_argument("path");
    std::vector<size_t> found;
    for (const int section : {JX_BUDGET_EXPENDITURE, JX_BUDGET_INCOME, JX_BUDGET_BY_LEVEL}) {
      if (!find_in(section_lines(document.value.budget, section), text, found)) continue;
      *out_depth = found.size();
      if (found.size() > path_capacity)
        throw ApiFailure{JX_E_LIMIT,
                         "找到的预算行深度为 " + std::to_string(found.size()) +
                             "，超过 path 的容量 " + std::to_string(path_capacity),
                         "the line found is " + std::to_string(found.size()) +
                             " levels deep, more than the path capacity of " +
                             std::to_string(path_capacity)};
      *out_section = section;
      for (size_t level = 0; level < found.size(); ++level)
        path[level] = found[level];
      return;
    }
    *out_depth = 0;
  });
}
}
