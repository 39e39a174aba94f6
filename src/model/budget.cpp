#include "jixiao/budget.hpp"

#include <utility>
#include <vector>

namespace jixiao {

std::string_view form_label(BudgetSection section) noexcept {
  switch (section) {
    case BudgetSection::expenditure:
      return "部门预算支出";
    case BudgetSection::income:
      return "收入来源";
    case BudgetSection::by_level:
      return "按预算级次划分";
  }
  return {};
}

const std::vector<BudgetLine>& section_lines(const Budget& budget, BudgetSection section) noexcept {
  switch (section) {
    case BudgetSection::income:
      return budget.income;
    case BudgetSection::by_level:
      return budget.by_level;
    case BudgetSection::expenditure:
      break;
  }
  return budget.expenditure;
}

std::optional<Decimal> effective_amount(const BudgetLine& line) {
  if (line.amount) return line.amount;
  // Post-order walk with an explicit stack: a tree built in code may be deeper than any call
  // stack, and the sum of a heading is only known once its children are summed.
  struct Frame {
    const BudgetLine* line;
    std::size_t next_child;
    std::optional<Decimal> sum;
  };
  std::vector<Frame> stack;
  stack.push_back({&line, 0, std::nullopt});
  std::optional<Decimal> result;
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next_child < frame.line->children.size()) {
      const BudgetLine& child = frame.line->children[frame.next_child++];
      if (child.amount) {
        frame.sum = frame.sum ? *frame.sum + *child.amount : *child.amount;
      } else if (!child.children.empty()) {
        stack.push_back({&child, 0, std::nullopt});
      }
      continue;
    }
    std::optional<Decimal> finished = std::move(frame.sum);
    stack.pop_back();
    if (stack.empty()) {
      result = std::move(finished);
    } else if (finished) {
      Frame& parent = stack.back();
      parent.sum = parent.sum ? *parent.sum + *finished : *finished;
    }
  }
  return result;
}

Decimal section_total(const std::vector<BudgetLine>& lines) {
  Decimal total;
  for (const BudgetLine& line : lines) {
    if (const auto amount = effective_amount(line)) total += *amount;
  }
  return total;
}

Decimal section_total(const Budget& budget, BudgetSection section) {
  return section_total(section_lines(budget, section));
}

namespace {

// Depth-first, form order, iterative for the same reason as effective_amount. `Lines` is
// std::vector<BudgetLine>, const or not.
template <class Lines>
auto find_in(Lines& lines, std::string_view name) -> decltype(&lines.front()) {
  struct Frame {
    Lines* lines;
    std::size_t next;
  };
  std::vector<Frame> stack;
  stack.push_back({&lines, 0});
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next == frame.lines->size()) {
      stack.pop_back();
      continue;
    }
    auto& line = (*frame.lines)[frame.next++];
    if (line.name == name) return &line;
    if (!line.children.empty()) stack.push_back({&line.children, 0});
  }
  return nullptr;
}

}  // namespace

const BudgetLine* find_line(const std::vector<BudgetLine>& lines, std::string_view name) {
  return find_in(lines, name);
}

BudgetLine* find_line(std::vector<BudgetLine>& lines, std::string_view name) {
  return find_in(lines, name);
}

std::optional<BudgetLineMatch> find_line(const Budget& budget, std::string_view name) {
  for (const BudgetSection section :
       {BudgetSection::expenditure, BudgetSection::income, BudgetSection::by_level}) {
    if (const BudgetLine* line = find_line(section_lines(budget, section), name)) {
      return BudgetLineMatch{section, line};
    }
  }
  return std::nullopt;
}

}  // namespace jixiao
