// jixiao::Budget — the budget figures of a declaration (预算整体情况) as a tree of lines.
//
// A form's budget block lists uses (部门预算支出: 基本支出, 项目支出, 事业发展性支出 with its
// sub-lines), sources (收入来源: 财政拨款, 其他资金, …) and the split by budget level
// (按预算级次划分: 本级使用资金, 对下转移支付资金). Each block is a section of BudgetLines; a
// heading line such as 事业发展性支出 holds its sub-lines as children, so a figure is stored once
// and a total never counts a sub-line and its heading twice. No line name is special: a province
// that adds or nests lines needs no code change.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/amount.hpp"
#include "jixiao/decimal.hpp"

namespace jixiao {

/// One line of a budget block: a figure, or a heading whose figure is the sum of its children.
struct BudgetLine {
  std::string name;                 ///< line label as written on the form (e.g. 基本支出)
  std::optional<std::string> code;  ///< a code the budget system gives the line, if any
  /// The figure in the budget's unit, exactly as written; absent for a heading line (its figure is
  /// the sum of its children) or for a blank cell. A line with both an amount and children keeps
  /// both: whether they agree is a review question, not a reading one.
  std::optional<Decimal> amount;
  std::vector<BudgetLine> children;  ///< sub-lines (其中 …), in form order
  std::optional<std::string> note;   ///< how a messy cell was read, or any remark
  boost::json::object extra;         ///< unknown JSON members (ERP extensions), kept verbatim

  bool operator==(const BudgetLine&) const = default;
};
BOOST_DESCRIBE_STRUCT(BudgetLine, (), (name, code, amount, children, note))

/// The three blocks of a declaration's budget figures.
enum class BudgetSection {
  expenditure,  ///< 部门预算支出 (uses)
  income,       ///< 收入来源 (sources)
  by_level,     ///< 按预算级次划分 (本级使用 / 对下转移支付)
};
BOOST_DESCRIBE_ENUM(BudgetSection, expenditure, income, by_level)

/// "部门预算支出", "收入来源", "按预算级次划分".
std::string_view form_label(BudgetSection section) noexcept;

/// 预算整体情况: the unit every amount is written in, and the three sections.
struct Budget {
  AmountUnit unit = AmountUnit::wan_yuan;  ///< 万元 or 元 (the form's 预算金额（万元）)
  std::vector<BudgetLine> expenditure;     ///< 部门预算支出
  std::vector<BudgetLine> income;          ///< 收入来源
  std::vector<BudgetLine> by_level;        ///< 按预算级次划分
  boost::json::object extra;               ///< unknown JSON members (ERP extensions)

  bool operator==(const Budget&) const = default;
};
BOOST_DESCRIBE_STRUCT(Budget, (), (unit, expenditure, income, by_level))

/// The lines of one section.
const std::vector<BudgetLine>& section_lines(const Budget& budget, BudgetSection section) noexcept;

/// The figure a line stands for: its own amount when written, otherwise the sum of the effective
/// amounts of its children. Nothing when neither the line nor any line below it has an amount
/// (a blank heading). Blank children count as nothing, not as an error. Iterative: safe for trees
/// of any depth.
std::optional<Decimal> effective_amount(const BudgetLine& line);

/// The total of a section: the sum of the effective amounts of its top-level lines (blank lines
/// add nothing; an empty section totals 0). Sub-lines are reached through their headings only,
/// so nothing is counted twice.
Decimal section_total(const std::vector<BudgetLine>& lines);
Decimal section_total(const Budget& budget, BudgetSection section);

/// The first line named exactly `name` anywhere in `lines`, depth first in form order, or null.
const BudgetLine* find_line(const std::vector<BudgetLine>& lines, std::string_view name);
BudgetLine* find_line(std::vector<BudgetLine>& lines, std::string_view name);

/// Where a line was found in a Budget.
struct BudgetLineMatch {
  BudgetSection section = BudgetSection::expenditure;
  const BudgetLine* line = nullptr;
};

/// The first line named `name` in the expenditure, then the income, then the by-level section.
std::optional<BudgetLineMatch> find_line(const Budget& budget, std::string_view name);

}  // namespace jixiao
