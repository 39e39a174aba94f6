// JX-BUD-*: the budget figures (预算整体情况) and the key tasks' planned funding.
//
// Balance identities are the policy's formulas, evaluated exactly (Decimal) over the figures
// they name; every amount is compared exactly, with the policy's tolerance where it has one.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/budget.hpp"
#include "review/engine.hpp"
#include "review/text.hpp"

namespace jixiao::review_detail {

namespace {

constexpr BudgetSection all_sections[] = {BudgetSection::expenditure, BudgetSection::income,
                                          BudgetSection::by_level};

std::string_view section_member(BudgetSection section) {
  switch (section) {
    case BudgetSection::expenditure:
      return "expenditure";
    case BudgetSection::income:
      return "income";
    case BudgetSection::by_level:
      return "by_level";
  }
  return "";
}

bool budget_is_empty(const Budget& budget) {
  return budget.expenditure.empty() && budget.income.empty() && budget.by_level.empty();
}

// ---- lines ------------------------------------------------------------------------------

// One level of the depth-first walk: a list of lines and the position in it.
struct Frame {
  const std::vector<BudgetLine>* lines;
  std::size_t index;
};

template <class PathOf>
void check_line(Context& context, const BudgetLine& line, const PathOf& path_of, SortKey key,
                std::string_view unit) {
  FindingSink& sink = context.sink;
  const std::string name = excerpt(line.name);
  if (line.amount && line.amount->sign() < 0 && sink.enabled(RuleId::bud_negative_amount)) {
    const std::string amount = amount_text(*line.amount);
    Finding& finding = sink.add(
        RuleId::bud_negative_amount, key, path_of() + "/amount",
        "预算行“" + name + "”的金额为负数：" + amount + " " + std::string(unit),
        "budget line \"" + name + "\" has a negative amount: " + amount + " " + std::string(unit));
    finding.data["line"] = name;
    finding.data["amount"] = amount;
  }
  if (!line.amount && line.children.empty() && sink.enabled(RuleId::bud_missing_amount)) {
    Finding& finding =
        sink.add(RuleId::bud_missing_amount, key, path_of(), "预算行“" + name + "”未填写金额",
                 "budget line \"" + name + "\" has no amount");
    finding.data["line"] = name;
  }
  if (line.amount && !line.children.empty() && sink.enabled(RuleId::bud_heading_mismatch)) {
    try {
      Decimal children_total;
      bool any = false;
      for (const BudgetLine& child : line.children) {
        if (const auto amount = effective_amount(child)) {
          children_total += *amount;
          any = true;
        }
      }
      if (any && children_total != *line.amount) {
        const std::string amount = amount_text(*line.amount);
        const std::string total = amount_text(children_total);
        Finding& finding = sink.add(
            RuleId::bud_heading_mismatch, key, path_of() + "/amount",
            "预算行“" + name + "”的金额 " + amount + " 不等于其明细之和 " + total,
            "budget line \"" + name + "\" says " + amount + " but its sub-lines total " + total);
        finding.data["line"] = name;
        finding.data["amount"] = amount;
        finding.data["children_total"] = total;
      }
    } catch (const Error&) {
      // A sum beyond 38 digits: the figures are not a budget; the identities report it.
    }
  }
}

void check_lines(Context& context) {
  const Budget& budget = context.declaration.budget;
  const std::string_view unit = amount_unit_label(budget.unit);
  for (std::size_t s = 0; s < std::size(all_sections); ++s) {
    const BudgetSection section = all_sections[s];
    // Depth first in form order, without recursion (budget trees built in C++ may be deep); the
    // JSON Pointer is built from the walk's frames only when a finding needs it.
    std::vector<Frame> stack{{&section_lines(budget, section), 0}};
    const auto path_of = [&] {
      std::string path = "/budget/" + std::string(section_member(section));
      for (std::size_t level = 0; level < stack.size(); ++level) {
        if (level > 0) path += "/children";
        path += "/" + std::to_string(stack[level].index);
      }
      return path;
    };
    std::uint64_t order = 0;
    while (!stack.empty()) {
      Frame& frame = stack.back();
      if (frame.index >= frame.lines->size()) {
        stack.pop_back();
        if (!stack.empty()) ++stack.back().index;
        continue;
      }
      const BudgetLine& line = (*frame.lines)[frame.index];
      ++order;
      check_line(context, line, path_of, SortKey{area::budget, s + 1, order, 0}, unit);
      if (line.children.empty()) {
        ++frame.index;
      } else {
        stack.push_back({&line.children, 0});
      }
    }
  }
}

// ---- figures named by the policy --------------------------------------------------------

struct Figure {
  bool found = false;
  std::optional<Decimal> value;  // nothing: a blank line or an empty section
};

// A budget line by name (effective amount), else a section label (its total).
Figure resolve(const Budget& budget, std::string_view name) {
  if (const auto match = find_line(budget, name)) return {true, effective_amount(*match->line)};
  for (const BudgetSection section : all_sections) {
    if (form_label(section) != name) continue;
    if (section_lines(budget, section).empty()) return {true, std::nullopt};
    return {true, section_total(budget, section)};
  }
  return {};
}

boost::json::array string_array(const std::vector<std::string>& items) {
  boost::json::array array;
  for (const std::string& item : items)
    array.emplace_back(item);
  return array;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

bool applies(const std::vector<DeclarationKind>& kinds, DeclarationKind kind) {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

void describe_identity(Finding& finding, const CompiledIdentity& compiled) {
  finding.data["identity"] = sanitize(compiled.identity->name);
  finding.data["formula"] = sanitize(compiled.identity->formula);
}

std::string identity_label(const CompiledIdentity& compiled) {
  const BalanceIdentity& identity = *compiled.identity;
  if (identity.name.empty()) return "“" + excerpt(identity.formula, 80) + "”";
  return "“" + excerpt(identity.name) + "”（" + excerpt(identity.formula, 80) + "）";
}

std::string identity_label_en(const CompiledIdentity& compiled) {
  const BalanceIdentity& identity = *compiled.identity;
  if (identity.name.empty()) return "\"" + excerpt(identity.formula, 80) + "\"";
  return "\"" + excerpt(identity.name) + "\" (" + excerpt(identity.formula, 80) + ")";
}

void check_identity(Context& context, const CompiledIdentity& compiled) {
  FindingSink& sink = context.sink;
  const Budget& budget = context.declaration.budget;
  const ReviewPolicy& settings = context.settings();
  const std::string unit(amount_unit_label(budget.unit));
  const SortKey key{area::budget, 0, 0, compiled.index};

  std::vector<std::string> unknown;
  std::vector<std::string> blank;
  std::vector<std::pair<std::string, std::optional<Decimal>>> values;
  try {
    for (const FormulaVariable& variable : compiled.whole.variables()) {
      const Figure figure = resolve(budget, variable.name);
      if (!figure.found) {
        unknown.push_back(sanitize(variable.name));
      } else if (!figure.value) {
        blank.push_back(sanitize(variable.name));
      }
      values.emplace_back(variable.name, figure.value);
    }
  } catch (const Error& error) {
    if (sink.enabled(RuleId::bud_identity_unchecked)) {
      Finding& finding =
          sink.add(RuleId::bud_identity_unchecked, key, "/budget",
                   "平衡关系" + identity_label(compiled) + "未能校验：" + error.message_zh(),
                   "balance identity " + identity_label_en(compiled) +
                       " could not be checked: " + error.message_en());
      describe_identity(finding, compiled);
    }
    return;
  }

  if (!unknown.empty()) {
    if (sink.enabled(RuleId::bud_identity_unknown_line)) {
      Finding& finding = sink.add(
          RuleId::bud_identity_unknown_line, key, "/budget",
          "平衡关系" + identity_label(compiled) + "引用的预算行在申报表中不存在：" +
              joined(unknown, "、"),
          "balance identity " + identity_label_en(compiled) +
              " names budget lines the declaration does not have: " + joined(unknown, ", "));
      describe_identity(finding, compiled);
      finding.data["lines"] = string_array(unknown);
    }
    return;
  }
  if (!blank.empty() && !settings.blank_amounts_are_zero) {
    if (sink.enabled(RuleId::bud_identity_unchecked)) {
      Finding& finding = sink.add(
          RuleId::bud_identity_unchecked, key, "/budget",
          "平衡关系" + identity_label(compiled) + "未能校验：金额空缺：" + joined(blank, "、"),
          "balance identity " + identity_label_en(compiled) +
              " could not be checked: blank figures: " + joined(blank, ", "));
      describe_identity(finding, compiled);
      finding.data["lines"] = string_array(blank);
    }
    return;
  }

  std::vector<DecimalBinding> bindings;
  bindings.reserve(values.size());
  for (const auto& [name, value] : values)
    bindings.push_back({name, value.value_or(Decimal(0))});
  try {
    if (compiled.left && compiled.right) {
      const Decimal left = compiled.left->evaluate_named(bindings).value_or(Decimal(0));
      const Decimal right = compiled.right->evaluate_named(bindings).value_or(Decimal(0));
      const Decimal difference = left - right;
      if (difference.abs() <= settings.balance_tolerance) return;
      if (!sink.enabled(RuleId::bud_identity_fails)) return;
      const std::string left_text = amount_text(left);
      const std::string right_text = amount_text(right);
      const std::string difference_text = amount_text(difference);
      Finding& finding = sink.add(
          RuleId::bud_identity_fails, key, "/budget",
          "预算平衡关系" + identity_label(compiled) + "不成立：左边 " + left_text + "，右边 " +
              right_text + "，相差 " + difference_text + " " + unit,
          "budget balance identity " + identity_label_en(compiled) + " does not hold: left " +
              left_text + ", right " + right_text + ", difference " + difference_text + " " + unit);
      describe_identity(finding, compiled);
      finding.data["left"] = left_text;
      finding.data["right"] = right_text;
      finding.data["difference"] = difference_text;
      finding.data["tolerance"] = amount_text(settings.balance_tolerance);
      finding.data["unit"] = unit;
      boost::json::object figures;
      for (const auto& [name, value] : values)
        figures[sanitize(name)] = value ? amount_text(*value) : std::string("0");
      finding.data["figures"] = std::move(figures);
    } else {
      const auto result = compiled.whole.evaluate_named(bindings);
      if (!result || !result->is_zero() || !sink.enabled(RuleId::bud_identity_fails)) return;
      Finding& finding =
          sink.add(RuleId::bud_identity_fails, key, "/budget",
                   "预算平衡关系" + identity_label(compiled) + "不成立",
                   "budget balance identity " + identity_label_en(compiled) + " does not hold");
      describe_identity(finding, compiled);
      boost::json::object figures;
      for (const auto& [name, value] : values)
        figures[sanitize(name)] = value ? amount_text(*value) : std::string("0");
      finding.data["figures"] = std::move(figures);
    }
  } catch (const Error& error) {
    if (sink.enabled(RuleId::bud_identity_unchecked)) {
      Finding& finding =
          sink.add(RuleId::bud_identity_unchecked, key, "/budget",
                   "平衡关系" + identity_label(compiled) + "未能校验：" + error.message_zh(),
                   "balance identity " + identity_label_en(compiled) +
                       " could not be checked: " + error.message_en());
      describe_identity(finding, compiled);
    }
  }
}

// ---- key tasks --------------------------------------------------------------------------

void check_key_task_amounts(Context& context) {
  FindingSink& sink = context.sink;
  const std::string unit(amount_unit_label(context.declaration.budget.unit));
  const auto& tasks = context.declaration.key_tasks;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const KeyTask& task = tasks[i];
    const std::string path = "/key_tasks/" + std::to_string(i);
    const SortKey key{area::key_tasks, i + 1, 0, 0};
    const std::string name = excerpt(task.name);
    if (!task.planned_funding) {
      if (sink.enabled(RuleId::bud_missing_amount)) {
        Finding& finding = sink.add(
            RuleId::bud_missing_amount, key, path, "年度重点工作任务“" + name + "”未填写拟投入资金",
            "key task \"" + name + "\" states no planned funding (拟投入的资金)");
        finding.data["key_task"] = name;
      }
    } else if (task.planned_funding->sign() < 0 && sink.enabled(RuleId::bud_negative_amount)) {
      const std::string amount = amount_text(*task.planned_funding);
      Finding& finding = sink.add(
          RuleId::bud_negative_amount, key, path + "/planned_funding",
          "年度重点工作任务“" + name + "”的拟投入资金为负数：" + amount + " " + unit,
          "key task \"" + name + "\" has negative planned funding: " + amount + " " + unit);
      finding.data["key_task"] = name;
      finding.data["amount"] = amount;
    }
  }
}

void check_key_task_total(Context& context) {
  FindingSink& sink = context.sink;
  const Declaration& declaration = context.declaration;
  const KeyTaskFundingCheck& check = context.settings().key_task_funding;
  const bool any_funding =
      std::any_of(declaration.key_tasks.begin(), declaration.key_tasks.end(),
                  [](const KeyTask& task) { return task.planned_funding.has_value(); });
  if (!any_funding) return;
  const SortKey key{area::key_tasks, 0, 0, 0};
  const std::string unit(amount_unit_label(declaration.budget.unit));
  try {
    const Figure figure = resolve(declaration.budget, check.compare_with);
    if (!figure.found) {
      if (sink.enabled(RuleId::bud_identity_unknown_line)) {
        const std::string name = excerpt(check.compare_with);
        Finding& finding =
            sink.add(RuleId::bud_identity_unknown_line, key, "/key_tasks",
                     "重点工作任务资金核对所用的预算行“" + name + "”在申报表中不存在",
                     "the key-task funding check compares with budget line \"" + name +
                         "\", which the declaration does not have");
        finding.data["check"] = "key_task_funding";
        finding.data["lines"] = boost::json::array{boost::json::value(name)};
      }
      return;
    }
    if (!figure.value || !sink.enabled(RuleId::bud_key_task_funding)) return;
    const Decimal total = total_planned_funding(declaration.key_tasks);
    const Decimal& budget = *figure.value;
    const Decimal percent_tolerance =
        Decimal::divide(budget.abs() * check.tolerance_percent, Decimal(100), 6);
    const Decimal tolerance = std::max(check.tolerance, percent_tolerance);
    const Decimal difference = total - budget;
    const bool fails = check.relation == FundingRelation::at_most ? difference > tolerance
                                                                  : difference.abs() > tolerance;
    if (!fails) return;
    const std::string total_text = amount_text(total);
    const std::string budget_text = amount_text(budget);
    const std::string difference_text = amount_text(difference);
    const std::string against = excerpt(check.compare_with);
    std::string zh = "年度重点工作任务拟投入资金合计 " + total_text + " " + unit;
    std::string en = "the key tasks' planned funding totals " + total_text + " " + unit;
    if (check.relation == FundingRelation::at_most) {
      zh +=
          "，超过" + against + " " + budget_text + " " + unit + "（超出 " + difference_text + "）";
      en += ", more than " + against + " " + budget_text + " " + unit + " (by " + difference_text +
            ")";
    } else {
      zh += "，与" + against + " " + budget_text + " " + unit + "不一致（相差 " + difference_text +
            "）";
      en += ", not equal to " + against + " " + budget_text + " " + unit + " (difference " +
            difference_text + ")";
    }
    Finding& finding =
        sink.add(RuleId::bud_key_task_funding, key, "/key_tasks", std::move(zh), std::move(en));
    finding.data["planned_funding"] = total_text;
    finding.data["budget"] = budget_text;
    finding.data["compare_with"] = against;
    finding.data["relation"] = check.relation == FundingRelation::at_most ? "at_most" : "equal";
    finding.data["difference"] = difference_text;
    finding.data["tolerance"] = amount_text(tolerance);
    finding.data["unit"] = unit;
  } catch (const Error&) {
    // Sums beyond 38 digits: no meaningful comparison exists; the identities report the figures.
  }
}

}  // namespace

void check_budget(Context& context) {
  const Declaration& declaration = context.declaration;
  FindingSink& sink = context.sink;
  check_lines(context);
  check_key_task_amounts(context);
  if (budget_is_empty(declaration.budget)) {
    if (sink.enabled(RuleId::bud_empty)) {
      sink.add(RuleId::bud_empty, SortKey{area::budget, 0, 0, 0}, "/budget",
               "未填写预算整体情况（部门预算支出、收入来源、按预算级次划分均为空）",
               "the declaration has no budget figures (expenditure, income and by-level are all "
               "empty)");
    }
    return;
  }
  for (const CompiledIdentity& identity : context.compiled.identities) {
    if (applies(identity.identity->applies_to, declaration.kind)) check_identity(context, identity);
  }
  check_key_task_total(context);
}

}  // namespace jixiao::review_detail
