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

template <class Doc>
struct DocumentTraits;

template <>
struct DocumentTraits<Declaration> {
  static constexpr std::string_view kind_name = "declaration";
  static constexpr int root = JX_DECLARATION_ROOT;

  /// Calls visitor(row, fields, path) for row `row` of `collection`.
  template <class D, class Visitor>
  static decltype(auto) visit_row(D& doc, int collection, std::size_t row, Visitor&& visitor) {
    switch (collection) {
      case JX_DECLARATION_ROOT:
        if (row != 0) throw_root_row(row);
        return visitor(doc, declaration_fields, std::string());
      case JX_KEY_TASKS:
        return visitor(checked_row(doc.key_tasks, row, "key_tasks"), key_task_fields,
                       "/key_tasks/" + std::to_string(row));
      case JX_INDICATORS:
        return visitor(checked_row(doc.indicators, row, "indicators"), indicator_fields,
                       "/indicators/" + std::to_string(row));
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }

  /// Calls visitor(rows, name) for the list `collection` (not the root).
  template <class D, class Visitor>
  static decltype(auto) visit_list(D& doc, int collection, Visitor&& visitor) {
    switch (collection) {
      case JX_KEY_TASKS:
        return visitor(doc.key_tasks, std::string_view("key_tasks"));
      case JX_INDICATORS:
        return visitor(doc.indicators, std::string_view("indicators"));
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }
};

template <>
struct DocumentTraits<SelfEvaluation> {
  static constexpr std::string_view kind_name = "self-evaluation";
  static constexpr int root = JX_SELF_EVALUATION_ROOT;

  template <class D, class Visitor>
  static decltype(auto) visit_row(D& doc, int collection, std::size_t row, Visitor&& visitor) {
    switch (collection) {
      case JX_SELF_EVALUATION_ROOT:
        if (row != 0) throw_root_row(row);
        return visitor(doc, self_evaluation_fields, std::string());
      case JX_FUND_EXECUTIONS:
        return visitor(checked_row(doc.budget_execution, row, "budget_execution"),
                       fund_execution_fields, "/budget_execution/" + std::to_string(row));
      case JX_INDICATOR_RESULTS:
        return visitor(checked_row(doc.indicators, row, "indicators"), indicator_result_fields,
                       "/indicators/" + std::to_string(row));
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }

  template <class D, class Visitor>
  static decltype(auto) visit_list(D& doc, int collection, Visitor&& visitor) {
    switch (collection) {
      case JX_FUND_EXECUTIONS:
        return visitor(doc.budget_execution, std::string_view("budget_execution"));
      case JX_INDICATOR_RESULTS:
        return visitor(doc.indicators, std::string_view("indicators"));
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }
};

template <>
struct DocumentTraits<MonitoringReport> {
  static constexpr std::string_view kind_name = "monitoring report";
  static constexpr int root = JX_MONITORING_REPORT_ROOT;

  template <class D, class Visitor>
  static decltype(auto) visit_row(D& doc, int collection, std::size_t row, Visitor&& visitor) {
    switch (collection) {
      case JX_MONITORING_REPORT_ROOT:
        if (row != 0) throw_root_row(row);
        return visitor(doc, monitoring_report_fields, std::string());
      case JX_MONITORING_LINES:
        return visitor(checked_row(doc.budget_execution, row, "budget_execution"),
                       monitoring_line_fields, "/budget_execution/" + std::to_string(row));
      case JX_INDICATOR_PROGRESS:
        return visitor(checked_row(doc.indicators, row, "indicators"), indicator_progress_fields,
                       "/indicators/" + std::to_string(row));
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }

  template <class D, class Visitor>
  static decltype(auto) visit_list(D& doc, int collection, Visitor&& visitor) {
    switch (collection) {
      case JX_MONITORING_LINES:
        return visitor(doc.budget_execution, std::string_view("budget_execution"));
      case JX_INDICATOR_PROGRESS:
        return visitor(doc.indicators, std::string_view("indicators"));
      default:
        throw_unknown_collection(collection, kind_name);
    }
  }
};

}  // namespace jixiao::capi
