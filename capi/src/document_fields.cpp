// The field tables of the documents: one entry per JX_* field id of jixiao.h, in id order.
#include "document_fields.hpp"

#include <array>
#include <string>

#include "jixiao/budget.hpp"

namespace jixiao::capi {

namespace {

// The ranges the JSON reader accepts (document_json.cpp), so a document built field by field
// always reads back from its own JSON.
constexpr std::int64_t min_year = 1900;
constexpr std::int64_t max_year = 2999;

/// 项目名称 of an optional project block: setting it creates the block, clearing removes it.
template <class Row, auto Get>
constexpr Field<Row> project_name_field(int id, const char* name, const char* pointer) {
  Field<Row> f{.id = id, .name = name, .pointer = pointer, .type = FieldType::text};
  f.get_text = [](const Row& row, std::string&) -> std::optional<std::string_view> {
    const std::optional<Project>& project = Get(row);
    if (!project) return std::nullopt;
    return std::string_view(project->name);
  };
  f.set_text = [](Row& row, std::string_view text) {
    std::optional<Project>& project = Get(row);
    if (!project) project.emplace();
    project->name = std::string(text);
  };
  f.clear = [](Row& row) { Get(row).reset(); };
  return f;
}

/// 项目代码: setting it creates the project block (with an empty name).
template <class Row, auto Get>
constexpr Field<Row> project_code_field(int id, const char* name, const char* pointer) {
  Field<Row> f{.id = id, .name = name, .pointer = pointer, .type = FieldType::text};
  f.get_text = [](const Row& row, std::string&) -> std::optional<std::string_view> {
    const std::optional<Project>& project = Get(row);
    if (!project || !project->code) return std::nullopt;
    return std::string_view(*project->code);
  };
  f.set_text = [](Row& row, std::string_view text) {
    std::optional<Project>& project = Get(row);
    if (!project) project.emplace();
    project->code = std::string(text);
  };
  f.clear = [](Row& row) {
    std::optional<Project>& project = Get(row);
    if (project) project->code.reset();
  };
  return f;
}

/// The figure a budget line stands for (read-only).
constexpr Field<BudgetLine> effective_amount_field() {
  Field<BudgetLine> f{.id = JX_BUDGET_LINE_EFFECTIVE_AMOUNT,
                      .name = "effective_amount",
                      .pointer = "",
                      .type = FieldType::decimal};
  f.get_text = [](const BudgetLine& line,
                  std::string& computed) -> std::optional<std::string_view> {
    const std::optional<Decimal> amount = effective_amount(line);
    if (!amount) return std::nullopt;
    computed = amount->to_string(amount->scale());
    return std::string_view(computed);
  };
  f.get_decimal = [](const BudgetLine& line) { return effective_amount(line); };
  return f;
}

/// Where the header fields stand in a document's JSON: at the top of a declaration, under
/// "declaration" in the documents that carry one.
struct HeaderPointers {
  const char* kind;
  const char* fiscal_year;
  const char* department_name;
  const char* department_code;
  const char* region_code;
  const char* project_name;
  const char* project_code;
};
constexpr HeaderPointers top_level{
    "/kind",        "/fiscal_year",  "/department/name", "/department/code",
    "/region_code", "/project/name", "/project/code"};
constexpr HeaderPointers under_declaration{"/declaration/kind",
                                           "/declaration/fiscal_year",
                                           "/declaration/department/name",
                                           "/declaration/department/code",
                                           "/declaration/region_code",
                                           "/declaration/project/name",
                                           "/declaration/project/code"};

/// The seven header fields every document shares with its declaration (类型, 预算年度, 部门,
/// 区划, 项目), ids First … First + 6 in each document's id block. DeclarationOf gives the
/// Declaration a row holds (the row itself for a declaration).
template <class Doc, auto DeclarationOf, int First, const HeaderPointers& At>
constexpr std::array<Field<Doc>, 7> header_fields() {
  return {field < Doc, [](auto& row) -> auto& {return DeclarationOf(row).kind;
}
> (First, "kind", At.kind), field < Doc, [](auto& row) -> auto& {
  return DeclarationOf(row).fiscal_year;
}
, min_year, max_year > (First + 1, "fiscal_year", At.fiscal_year), field < Doc,
    [](auto& row) -> auto& {
  return DeclarationOf(row).department.name;
}
> (First + 2, "department_name", At.department_name), field < Doc, [](auto& row) -> auto& {
  return DeclarationOf(row).department.code;
}
> (First + 3, "department_code", At.department_code), field < Doc, [](auto& row) -> auto& {
  return DeclarationOf(row).region_code;
}
> (First + 4, "region_code", At.region_code), project_name_field < Doc, [](auto& row) -> auto& {
  return DeclarationOf(row).project;
}
> (First + 5, "project_name", At.project_name), project_code_field < Doc, [](auto& row) -> auto& {
  return DeclarationOf(row).project;
}
> (First + 6, "project_code", At.project_code),
};  // namespace
}  // namespace jixiao::capi

constexpr auto declaration_itself = [](auto& row) -> auto& {
  return row;
};
constexpr auto declaration_inside = [](auto& row) -> auto& {
  return row.declaration;
};

constexpr auto declaration_table = joined(
    header_fields<Declaration, declaration_itself, JX_DECLARATION_KIND, top_level>(),
    std::array{
        field<Declaration, JX_MEMBER(taxonomy)>(JX_DECLARATION_TAXONOMY, "taxonomy", "/taxonomy"),
        field<Declaration, JX_MEMBER(goals.overall)>(JX_DECLARATION_GOAL_OVERALL, "goal_overall",
                                                     "/goals/overall"),
        field<Declaration, JX_MEMBER(goals.mid_term)>(JX_DECLARATION_GOAL_MID_TERM, "goal_mid_term",
                                                      "/goals/mid_term"),
        field<Declaration, JX_MEMBER(goals.annual)>(JX_DECLARATION_GOAL_ANNUAL, "goal_annual",
                                                    "/goals/annual"),
        field<Declaration, JX_MEMBER(budget.unit)>(JX_DECLARATION_BUDGET_UNIT, "budget_unit",
                                                   "/budget/unit"),
        field<Declaration, JX_MEMBER(note)>(JX_DECLARATION_NOTE, "note", "/note"),
    });

constexpr std::array key_task_table{
    field<KeyTask, JX_MEMBER(name)>(JX_KEY_TASK_NAME, "name", "/name"),
    field<KeyTask, JX_MEMBER(content)>(JX_KEY_TASK_CONTENT, "content", "/content"),
    field<KeyTask, JX_MEMBER(planned_funding)>(JX_KEY_TASK_PLANNED_FUNDING, "planned_funding",
                                               "/planned_funding"),
    field<KeyTask, JX_MEMBER(expected_outcome)>(JX_KEY_TASK_EXPECTED_OUTCOME, "expected_outcome",
                                                "/expected_outcome"),
    field<KeyTask, JX_MEMBER(note)>(JX_KEY_TASK_NOTE, "note", "/note"),
};

constexpr std::array indicator_table{
    field<Indicator, JX_MEMBER(level1)>(JX_INDICATOR_LEVEL1, "level1", "/level1"),
    field<Indicator, JX_MEMBER(level2)>(JX_INDICATOR_LEVEL2, "level2", "/level2"),
    field<Indicator, JX_MEMBER(name)>(JX_INDICATOR_NAME, "name", "/name"),
    field<Indicator, JX_MEMBER(content)>(JX_INDICATOR_CONTENT, "content", "/content"),
    field<Indicator, JX_MEMBER(explanation)>(JX_INDICATOR_EXPLANATION, "explanation",
                                             "/explanation"),
    field<Indicator, JX_MEMBER(formula)>(JX_INDICATOR_FORMULA, "formula", "/formula"),
    field<Indicator, JX_MEMBER(period_target)>(JX_INDICATOR_PERIOD_TARGET, "period_target",
                                               "/period_target"),
    field<Indicator, JX_MEMBER(annual_target)>(JX_INDICATOR_ANNUAL_TARGET, "annual_target",
                                               "/annual_target"),
    field<Indicator, JX_MEMBER(unit)>(JX_INDICATOR_UNIT, "unit", "/unit"),
    field<Indicator, JX_MEMBER(weight)>(JX_INDICATOR_WEIGHT, "weight", "/weight"),
    field<Indicator, JX_MEMBER(value_source)>(JX_INDICATOR_VALUE_SOURCE, "value_source",
                                              "/value_source"),
    field<Indicator, JX_MEMBER(core)>(JX_INDICATOR_CORE, "core", "/core"),
    field<Indicator, JX_MEMBER(note)>(JX_INDICATOR_NOTE, "note", "/note"),
};

constexpr auto self_evaluation_table = joined(
    header_fields<SelfEvaluation, declaration_inside, JX_SELF_EVALUATION_KIND, under_declaration>(),
    std::array{
        field<SelfEvaluation, JX_MEMBER(taxonomy)>(JX_SELF_EVALUATION_TAXONOMY, "taxonomy",
                                                   "/taxonomy"),
        field<SelfEvaluation, JX_MEMBER(budget_unit)>(JX_SELF_EVALUATION_BUDGET_UNIT, "budget_unit",
                                                      "/budget_unit"),
        field<SelfEvaluation, JX_MEMBER(annual_goal)>(JX_SELF_EVALUATION_ANNUAL_GOAL, "annual_goal",
                                                      "/annual_goal"),
        field<SelfEvaluation, JX_MEMBER(goal_completion)>(JX_SELF_EVALUATION_GOAL_COMPLETION,
                                                          "goal_completion", "/goal_completion"),
        field<SelfEvaluation, JX_MEMBER(total_score)>(JX_SELF_EVALUATION_TOTAL_SCORE, "total_score",
                                                      "/total_score"),
        field<SelfEvaluation, JX_MEMBER(grade)>(JX_SELF_EVALUATION_GRADE, "grade", "/grade"),
        field<SelfEvaluation, JX_MEMBER(deviation_reason)>(JX_SELF_EVALUATION_DEVIATION_REASON,
                                                           "deviation_reason", "/deviation_reason"),
        field<SelfEvaluation, JX_MEMBER(note)>(JX_SELF_EVALUATION_NOTE, "note", "/note"),
    });

constexpr std::array fund_execution_table{
    field<FundExecution, JX_MEMBER(source)>(JX_FUND_EXECUTION_SOURCE, "source", "/source"),
    field<FundExecution, JX_MEMBER(initial_budget)>(JX_FUND_EXECUTION_INITIAL_BUDGET,
                                                    "initial_budget", "/initial_budget"),
    field<FundExecution, JX_MEMBER(adjustment)>(JX_FUND_EXECUTION_ADJUSTMENT, "adjustment",
                                                "/adjustment"),
    field<FundExecution, JX_MEMBER(annual_budget)>(JX_FUND_EXECUTION_ANNUAL_BUDGET, "annual_budget",
                                                   "/annual_budget"),
    field<FundExecution, JX_MEMBER(executed)>(JX_FUND_EXECUTION_EXECUTED, "executed", "/executed"),
    field<FundExecution, JX_MEMBER(weight)>(JX_FUND_EXECUTION_WEIGHT, "weight", "/weight"),
    field<FundExecution, JX_MEMBER(published_score)>(JX_FUND_EXECUTION_PUBLISHED_SCORE,
                                                     "published_score", "/published_score"),
    field<FundExecution, JX_MEMBER(deviation_reason)>(JX_FUND_EXECUTION_DEVIATION_REASON,
                                                      "deviation_reason", "/deviation_reason"),
    field<FundExecution, JX_MEMBER(note)>(JX_FUND_EXECUTION_NOTE, "note", "/note"),
};

constexpr std::array indicator_result_table{
    field<IndicatorResult, JX_MEMBER(declaration_ref)>(JX_INDICATOR_RESULT_DECLARATION_REF,
                                                       "declaration_ref", "/declaration_ref"),
    field<IndicatorResult, JX_MEMBER(level1)>(JX_INDICATOR_RESULT_LEVEL1, "level1", "/level1"),
    field<IndicatorResult, JX_MEMBER(level2)>(JX_INDICATOR_RESULT_LEVEL2, "level2", "/level2"),
    field<IndicatorResult, JX_MEMBER(name)>(JX_INDICATOR_RESULT_NAME, "name", "/name"),
    field<IndicatorResult, JX_MEMBER(annual_target)>(JX_INDICATOR_RESULT_ANNUAL_TARGET,
                                                     "annual_target", "/annual_target"),
    field<IndicatorResult, JX_MEMBER(actual_value)>(JX_INDICATOR_RESULT_ACTUAL_VALUE,
                                                    "actual_value", "/actual_value"),
    field<IndicatorResult, JX_MEMBER(grade)>(JX_INDICATOR_RESULT_GRADE, "grade", "/grade"),
    field<IndicatorResult, JX_MEMBER(weight)>(JX_INDICATOR_RESULT_WEIGHT, "weight", "/weight"),
    field<IndicatorResult, JX_MEMBER(published_score)>(JX_INDICATOR_RESULT_PUBLISHED_SCORE,
                                                       "published_score", "/published_score"),
    field<IndicatorResult, JX_MEMBER(deduction)>(JX_INDICATOR_RESULT_DEDUCTION, "deduction",
                                                 "/deduction"),
    field<IndicatorResult, JX_MEMBER(description)>(JX_INDICATOR_RESULT_DESCRIPTION, "description",
                                                   "/description"),
    field<IndicatorResult, JX_MEMBER(deviation_reason)>(JX_INDICATOR_RESULT_DEVIATION_REASON,
                                                        "deviation_reason", "/deviation_reason"),
    field<IndicatorResult, JX_MEMBER(note)>(JX_INDICATOR_RESULT_NOTE, "note", "/note"),
};

constexpr auto monitoring_report_table =
    joined(header_fields<MonitoringReport, declaration_inside, JX_MONITORING_REPORT_KIND,
                         under_declaration>(),
           std::array{
               field<MonitoringReport, JX_MEMBER(month), 1, 12>(JX_MONITORING_REPORT_MONTH, "month",
                                                                "/month"),
               field<MonitoringReport, JX_MEMBER(budget_unit)>(JX_MONITORING_REPORT_BUDGET_UNIT,
                                                               "budget_unit", "/budget_unit"),
               field<MonitoringReport, JX_MEMBER(note)>(JX_MONITORING_REPORT_NOTE, "note", "/note"),
           });

constexpr std::array monitoring_line_table{
    field<MonitoringBudgetLine, JX_MEMBER(name)>(JX_MONITORING_LINE_NAME, "name", "/name"),
    field<MonitoringBudgetLine, JX_MEMBER(code)>(JX_MONITORING_LINE_CODE, "code", "/code"),
    field<MonitoringBudgetLine, JX_MEMBER(annual_budget)>(JX_MONITORING_LINE_ANNUAL_BUDGET,
                                                          "annual_budget", "/annual_budget"),
    field<MonitoringBudgetLine, JX_MEMBER(executed)>(JX_MONITORING_LINE_EXECUTED, "executed",
                                                     "/executed"),
    field<MonitoringBudgetLine, JX_MEMBER(note)>(JX_MONITORING_LINE_NOTE, "note", "/note"),
};

constexpr std::array indicator_progress_table{
    field<IndicatorProgress, JX_MEMBER(declaration_ref)>(JX_INDICATOR_PROGRESS_DECLARATION_REF,
                                                         "declaration_ref", "/declaration_ref"),
    field<IndicatorProgress, JX_MEMBER(level1)>(JX_INDICATOR_PROGRESS_LEVEL1, "level1", "/level1"),
    field<IndicatorProgress, JX_MEMBER(level2)>(JX_INDICATOR_PROGRESS_LEVEL2, "level2", "/level2"),
    field<IndicatorProgress, JX_MEMBER(name)>(JX_INDICATOR_PROGRESS_NAME, "name", "/name"),
    field<IndicatorProgress, JX_MEMBER(annual_target)>(JX_INDICATOR_PROGRESS_ANNUAL_TARGET,
                                                       "annual_target", "/annual_target"),
    field<IndicatorProgress, JX_MEMBER(progress)>(JX_INDICATOR_PROGRESS_PROGRESS, "progress",
                                                  "/progress"),
    field<IndicatorProgress, JX_MEMBER(expected_completion)>(
        JX_INDICATOR_PROGRESS_EXPECTED_COMPLETION, "expected_completion", "/expected_completion"),
    enum_list_field<IndicatorProgress, JX_MEMBER(deviation_causes)>(
        JX_INDICATOR_PROGRESS_DEVIATION_CAUSES, "deviation_causes", "/deviation_causes"),
    field<IndicatorProgress, JX_MEMBER(deviation_reason)>(JX_INDICATOR_PROGRESS_DEVIATION_REASON,
                                                          "deviation_reason", "/deviation_reason"),
    field<IndicatorProgress, JX_MEMBER(likelihood)>(JX_INDICATOR_PROGRESS_LIKELIHOOD, "likelihood",
                                                    "/likelihood"),
    field<IndicatorProgress, JX_MEMBER(note)>(JX_INDICATOR_PROGRESS_NOTE, "note", "/note"),
};

constexpr std::array budget_line_table{
    field<BudgetLine, JX_MEMBER(name)>(JX_BUDGET_LINE_NAME, "name", "/name"),
    field<BudgetLine, JX_MEMBER(code)>(JX_BUDGET_LINE_CODE, "code", "/code"),
    field<BudgetLine, JX_MEMBER(amount)>(JX_BUDGET_LINE_AMOUNT, "amount", "/amount"),
    field<BudgetLine, JX_MEMBER(note)>(JX_BUDGET_LINE_NOTE, "note", "/note"),
    effective_amount_field(),
};

template <class Row>
const char* name_of(std::span<const Field<Row>> table, int id) noexcept {
  const Field<Row>* f = find_field(table, id);
  return f != nullptr ? f->name : nullptr;
}

/// The name of field `id` in whichever table holds it (each table has its own block of ids).
template <class... Rows>
const char* name_in_any(int id, std::span<const Field<Rows>>... tables) noexcept {
  const char* name = nullptr;
  ((name = name != nullptr ? name : name_of(tables, id)), ...);
  return name;
}

}  // namespace

const std::span<const Field<Declaration>> declaration_fields{declaration_table};
const std::span<const Field<KeyTask>> key_task_fields{key_task_table};
const std::span<const Field<Indicator>> indicator_fields{indicator_table};
const std::span<const Field<SelfEvaluation>> self_evaluation_fields{self_evaluation_table};
const std::span<const Field<FundExecution>> fund_execution_fields{fund_execution_table};
const std::span<const Field<IndicatorResult>> indicator_result_fields{indicator_result_table};
const std::span<const Field<MonitoringReport>> monitoring_report_fields{monitoring_report_table};
const std::span<const Field<MonitoringBudgetLine>> monitoring_line_fields{monitoring_line_table};
const std::span<const Field<IndicatorProgress>> indicator_progress_fields{indicator_progress_table};
const std::span<const Field<BudgetLine>> budget_line_fields{budget_line_table};

const char* document_field_name(int id) noexcept {
  return name_in_any(id, declaration_fields, key_task_fields, indicator_fields,
                     self_evaluation_fields, fund_execution_fields, indicator_result_fields,
                     monitoring_report_fields, monitoring_line_fields, indicator_progress_fields,
                     budget_line_fields);
}

void throw_unknown_collection(int collection, std::string_view handle_kind) {
  const std::string kind(handle_kind);
  throw_invalid_argument("集合编号 " + std::to_string(collection) + " 不属于" + kind,
                         "collection " + std::to_string(collection) + " is not part of a " + kind);
}

}  // namespace jixiao::capi
