// The field tables of the three documents and the routing from a collection id to its rows.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "fields.hpp"
#include "jixiao.h"
#include "jixiao/declaration.hpp"
#include "jixiao/monitoring_report.hpp"
#include "jixiao/self_evaluation.hpp"

namespace jixiao::capi {

extern const std::span<const Field<Declaration>> declaration_fields;
extern const std::span<const Field<KeyTask>> key_task_fields;
extern const std::span<const Field<Indicator>> indicator_fields;
extern const std::span<const Field<SelfEvaluation>> self_evaluation_fields;
extern const std::span<const Field<FundExecution>> fund_execution_fields;
extern const std::span<const Field<IndicatorResult>> indicator_result_fields;
extern const std::span<const Field<MonitoringReport>> monitoring_report_fields;
extern const std::span<const Field<MonitoringBudgetLine>> monitoring_line_fields;
extern const std::span<const Field<IndicatorProgress>> indicator_progress_fields;
extern const std::span<const Field<BudgetLine>> budget_line_fields;

[[noreturn]] void throw_unknown_collection(int collection, std::string_view handle_kind);

/// One list of rows in a document: its collection id, where it lives, its name in the JSON and
/// its field table.
template <class Doc, class Row>
struct Collection {
  int id;
  std::vector<Row> Doc::*rows;
  std::string_view name;
  const std::span<const Field<Row>>& fields;
};

/// What the C layer needs of each document kind: the root (one row) and its two row lists.
/// Traits (a DocumentTraits specialisation) provides kind_name, root, root_fields, first and
/// second.
template <class Traits>
struct DocumentShape {
  /// Calls visitor(row, fields, path) for row `row` of `collection`.
  template <class D, class Visitor>
  static decltype(auto) visit_row(D& doc, int collection, std::size_t row, Visitor&& visitor) {
    const auto in = [&](const auto& list) -> decltype(auto) {
      return visitor(checked_row(doc.*list.rows, row, list.name), list.fields,
                     "/" + std::string(list.name) + "/" + std::to_string(row));
    };
    if (collection == Traits::root) {
      if (row != 0) throw_root_row(row);
      return visitor(doc, Traits::root_fields, std::string());
    }
    if (collection == Traits::first.id) return in(Traits::first);
    if (collection == Traits::second.id) return in(Traits::second);
    throw_unknown_collection(collection, Traits::kind_name);
  }

  /// Calls visitor(rows, name) for the list `collection` (not the root).
  template <class D, class Visitor>
  static decltype(auto) visit_list(D& doc, int collection, Visitor&& visitor) {
    if (collection == Traits::first.id) return visitor(doc.*Traits::first.rows, Traits::first.name);
    if (collection == Traits::second.id) {
      return visitor(doc.*Traits::second.rows, Traits::second.name);
    }
    throw_unknown_collection(collection, Traits::kind_name);
  }
};

template <class Doc>
struct DocumentTraits;

template <>
struct DocumentTraits<Declaration> : DocumentShape<DocumentTraits<Declaration>> {
  static constexpr std::string_view kind_name = "declaration";
  static constexpr int root = JX_DECLARATION_ROOT;
  static constexpr const auto& root_fields = declaration_fields;
  static constexpr Collection<Declaration, KeyTask> first{JX_KEY_TASKS, &Declaration::key_tasks,
                                                          "key_tasks", key_task_fields};
  static constexpr Collection<Declaration, Indicator> second{
      JX_INDICATORS, &Declaration::indicators, "indicators", indicator_fields};
};

template <>
struct DocumentTraits<SelfEvaluation> : DocumentShape<DocumentTraits<SelfEvaluation>> {
  static constexpr std::string_view kind_name = "self-evaluation";
  static constexpr int root = JX_SELF_EVALUATION_ROOT;
  static constexpr const auto& root_fields = self_evaluation_fields;
  static constexpr Collection<SelfEvaluation, FundExecution> first{
      JX_FUND_EXECUTIONS, &SelfEvaluation::budget_execution, "budget_execution",
      fund_execution_fields};
  static constexpr Collection<SelfEvaluation, IndicatorResult> second{
      JX_INDICATOR_RESULTS, &SelfEvaluation::indicators, "indicators", indicator_result_fields};
};

template <>
struct DocumentTraits<MonitoringReport> : DocumentShape<DocumentTraits<MonitoringReport>> {
  static constexpr std::string_view kind_name = "monitoring report";
  static constexpr int root = JX_MONITORING_REPORT_ROOT;
  static constexpr const auto& root_fields = monitoring_report_fields;
  static constexpr Collection<MonitoringReport, MonitoringBudgetLine> first{
      JX_MONITORING_LINES, &MonitoringReport::budget_execution, "budget_execution",
      monitoring_line_fields};
  static constexpr Collection<MonitoringReport, IndicatorProgress> second{
      JX_INDICATOR_PROGRESS, &MonitoringReport::indicators, "indicators",
      indicator_progress_fields};
};

}  // namespace jixiao::capi
