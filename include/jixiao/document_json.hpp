// Reading and writing jixiao documents as JSON (docs/data-format.md, docs/schema/).
//
// Every document names its schema and version in a top-level "schema" member:
//   "jixiao.declaration/1"        → Declaration
//   "jixiao.self-evaluation/1"    → SelfEvaluation
//   "jixiao.monitoring-report/1"  → MonitoringReport
// Amounts are JSON strings read exactly through Decimal; enums are their readable names.
//
// Reading is strict about what would lose or misread data and tolerant about what does not:
// - every error is a jixiao::Error with a JSON Pointer path (document errors) or a byte offset
//   (syntax, UTF-8, limits) and a message in Chinese and English;
// - optional members may be absent or null; missing required members, wrong types, bad amounts,
//   unknown enum names, duplicate member names and invalid UTF-8 are errors;
// - unknown members (ERP extensions) are kept in each object's `extra` and written back.
//
// Writing produces the normal form: 2-space indented UTF-8 (no \u escapes except control
// characters), members in the documented order followed by unknown members in their original
// order, and a final newline — the layout of Python's json.dumps(indent=2, ensure_ascii=False),
// so golden files diff cleanly. Absent optional members are written as null, except in budget
// lines, where they are left out (a leaf line is {"name", "amount"}). A document in normal form
// survives read → write byte for byte; any document survives read → write → read unchanged.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "jixiao/declaration.hpp"
#include "jixiao/monitoring_report.hpp"
#include "jixiao/self_evaluation.hpp"

namespace jixiao {

inline constexpr std::string_view declaration_schema = "jixiao.declaration/1";
inline constexpr std::string_view self_evaluation_schema = "jixiao.self-evaluation/1";
inline constexpr std::string_view monitoring_report_schema = "jixiao.monitoring-report/1";

/// Bounds on untrusted input. Exceeding one is Error(limit_exceeded) with the byte offset.
struct JsonReadOptions {
  /// Largest document accepted, in bytes. A declaration with 50 indicators is ~30 KB; a large
  /// project library a few MB.
  std::size_t max_bytes = std::size_t{64} * 1024 * 1024;
  /// Deepest nesting of arrays and objects. The format itself needs 6 levels plus 2 per level of
  /// budget sub-lines; the rest is room for ERP extensions.
  std::size_t max_depth = 64;
};

Declaration read_declaration(std::string_view json, const JsonReadOptions& options = {});
SelfEvaluation read_self_evaluation(std::string_view json, const JsonReadOptions& options = {});
MonitoringReport read_monitoring_report(std::string_view json, const JsonReadOptions& options = {});

/// The normal form of a document. Error(invalid_utf8) when a string of the model is not valid
/// UTF-8, Error(invalid_argument) when an `extra` member collides with a documented member, and
/// Error(limit_exceeded) when budget lines or extra members nest deeper than 256 levels.
std::string write_declaration(const Declaration& declaration);
std::string write_self_evaluation(const SelfEvaluation& evaluation);
std::string write_monitoring_report(const MonitoringReport& report);

/// Any jixiao document.
using Document = std::variant<Declaration, SelfEvaluation, MonitoringReport>;

/// Reads a document of any kind, dispatching on its "schema" member.
Document load_document(std::string_view json, const JsonReadOptions& options = {});
/// Writes a document of any kind in normal form.
std::string write_document(const Document& document);
/// The schema name of a document ("jixiao.declaration/1", …).
std::string_view document_schema(const Document& document) noexcept;

}  // namespace jixiao
