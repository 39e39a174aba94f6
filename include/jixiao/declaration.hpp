// jixiao::Declaration — a budget performance target declaration (绩效目标申报表).
//
// One type serves both forms: the department-wide 部门整体预算绩效目标申报表 and the project
// 项目支出绩效目标申报表 (DeclarationKind). It is a plain value: reading and writing JSON lives in
// document_json.hpp, reviewing in the review engine.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/budget.hpp"
#include "jixiao/indicator.hpp"
#include "jixiao/key_task.hpp"

namespace jixiao {

enum class DeclarationKind {
  department,  ///< 部门整体支出 (department-wide)
  project,     ///< 项目支出 (one project)
};
BOOST_DESCRIBE_ENUM(DeclarationKind, department, project)

/// "部门整体", "项目支出".
std::string_view form_label(DeclarationKind kind) noexcept;

/// 部门: the department (or unit) that declares.
struct Department {
  std::string name;                 ///< 部门名称
  std::optional<std::string> code;  ///< 部门代码 (DEPT_CODE in 预算管理一体化 tables)
  boost::json::object extra;        ///< unknown JSON members (ERP extensions)

  bool operator==(const Department&) const = default;
};
BOOST_DESCRIBE_STRUCT(Department, (), (name, code))

/// 项目: the project of a project-expenditure declaration.
struct Project {
  std::string name;                 ///< 项目名称
  std::optional<std::string> code;  ///< 项目代码 (PRO_CODE)
  boost::json::object extra;        ///< unknown JSON members (ERP extensions)

  bool operator==(const Project&) const = default;
};
BOOST_DESCRIBE_STRUCT(Project, (), (name, code))

/// 绩效目标 texts, exactly as written (line breaks of a PDF extraction removed).
struct Goals {
  std::optional<std::string> overall;  ///< 总体绩效目标
  std::optional<std::string> mid_term;  ///< 中期目标 / 实施周期目标, where the form has one
  std::optional<std::string> annual;    ///< 年度目标, where the form has one
  boost::json::object extra;            ///< unknown JSON members (ERP extensions)

  bool operator==(const Goals&) const = default;
};
BOOST_DESCRIBE_STRUCT(Goals, (), (overall, mid_term, annual))

struct Declaration {
  DeclarationKind kind = DeclarationKind::department;
  int fiscal_year = 0;                     ///< 预算年度 (FISCAL_YEAR)
  Department department;                   ///< 部门名称 / 代码
  std::optional<std::string> region_code;  ///< 财政区划代码 (MOF_DIV_CODE)
  std::optional<Project> project;          ///< only for DeclarationKind::project
  /// The indicator taxonomy version the form follows ("2015", "2021", or a local name); see
  /// taxonomy.hpp.
  std::string taxonomy = "2015";
  Goals goals;
  Budget budget;                      ///< 预算整体情况
  std::vector<KeyTask> key_tasks;     ///< 年度重点工作任务, in form order
  std::vector<Indicator> indicators;  ///< level-3 indicators, in form order
  std::optional<std::string> note;    ///< note on the whole document (its source, …)
  boost::json::object extra;          ///< unknown JSON members (ERP extensions)

  bool operator==(const Declaration&) const = default;
};
BOOST_DESCRIBE_STRUCT(Declaration, (),
                      (kind, fiscal_year, department, region_code, project, taxonomy, goals, budget,
                       key_tasks, indicators, note))

/// Identifies the declaration a self-evaluation or a monitoring report is about: the same
/// department / project in the same fiscal year.
struct DeclarationRef {
  DeclarationKind kind = DeclarationKind::department;
  int fiscal_year = 0;
  Department department;
  std::optional<std::string> region_code;
  std::optional<Project> project;
  boost::json::object extra;  ///< unknown JSON members (ERP extensions)

  bool operator==(const DeclarationRef&) const = default;
};
BOOST_DESCRIBE_STRUCT(DeclarationRef, (), (kind, fiscal_year, department, region_code, project))

/// The reference to `declaration` (its identity and year; unknown members are not copied).
DeclarationRef reference_to(const Declaration& declaration);

/// Whether `ref` names `declaration`: same kind and year, same department and project name, and
/// the same codes where both sides state one.
bool refers_to(const DeclarationRef& ref, const Declaration& declaration) noexcept;

}  // namespace jixiao
