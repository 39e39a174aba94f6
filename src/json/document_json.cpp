// The document layer: schema names and versions, limits, and the checks a reader owes its users
// beyond types (ranges of years and months).
#include "jixiao/document_json.hpp"

#include <boost/json/monotonic_resource.hpp>

#include <string>
#include <type_traits>
#include <utility>

#include "json/described_reader.hpp"
#include "json/described_writer.hpp"
#include "json/strict_parse.hpp"

namespace jixiao {

namespace json = boost::json;

// A leaf budget line is {"name", "amount"}: writing "code": null, "note": null and
// "children": [] on every line would triple the size of the budget block for nothing.
template <>
inline constexpr bool json_io::omit_absent_members_v<BudgetLine> = true;

namespace json_io {

void write_decimal(PrettyWriter& writer, const Decimal& value) {
  // At the value's own scale, so "13831.00" is written back as "13831.00", not "13831".
  std::string text;
  text.reserve(24);
  text.push_back('"');
  text += value.to_string(value.scale());
  text.push_back('"');
  writer.raw(text);
}

}  // namespace json_io

namespace {

// Fiscal years outside this window are typing errors (20230, 203), not budgets.
constexpr int min_fiscal_year = 1900;
constexpr int max_fiscal_year = 2999;

constexpr std::string_view known_schemas[] = {declaration_schema, self_evaluation_schema,
                                              monitoring_report_schema};

// "jixiao.declaration/1" → "jixiao.declaration".
constexpr std::string_view schema_kind(std::string_view schema) {
  return schema.substr(0, schema.rfind('/'));
}

// Checks the "schema" member against `expected` ("jixiao.declaration/1").
void check_schema(const json::object& root, std::string_view expected, json_io::JsonPath& path) {
  const std::string_view expected_name = schema_kind(expected);
  const std::string_view expected_version = expected.substr(expected_name.size() + 1);
  const auto found = root.find("schema");
  if (found == root.end()) {
    path.fail_at("schema", ErrorCode::document_error,
                 "缺少 schema 成员（应为 \"" + std::string(expected) + "\"）",
                 "missing member \"schema\" (expected \"" + std::string(expected) + "\")");
  }
  json_io::PathScope scope(path, "schema");
  const json::string* text = found->value().if_string();
  if (text == nullptr) json_io::fail_type(path, found->value(), {"字符串", "a string"});
  const std::string_view written(text->data(), text->size());
  if (written == expected) return;

  const auto written_slash = written.rfind('/');
  const std::string_view written_name = written.substr(0, written_slash);
  const std::string_view written_version = written_slash == std::string_view::npos
                                               ? std::string_view{}
                                               : written.substr(written_slash + 1);
  if (written_name == expected_name) {
    path.fail(ErrorCode::document_error,
              "不支持 " + std::string(expected_name) + " 的版本“" +
                  json_io::excerpt(written_version) + "”（本程序读取版本 " +
                  std::string(expected_version) + "）",
              "unsupported version \"" + json_io::excerpt(written_version) + "\" of " +
                  std::string(expected_name) + " (this build reads version " +
                  std::string(expected_version) + ")");
  }
  for (const std::string_view known : known_schemas) {
    const std::string_view known_name = schema_kind(known);
    if (written_name == known_name) {
      path.fail(
          ErrorCode::document_error,
          "这是 " + std::string(known_name) + " 文档，不是 " + std::string(expected_name),
          "this is a " + std::string(known_name) + " document, not " + std::string(expected_name));
    }
  }
  path.fail(
      ErrorCode::document_error,
      "未知的 schema“" + json_io::excerpt(written) + "”，应为 \"" + std::string(expected) + "\"",
      "unknown schema \"" + json_io::excerpt(written) + "\", expected \"" + std::string(expected) +
          "\"");
}

void check_fiscal_year(int year, json_io::JsonPath& path) {
  if (year < min_fiscal_year || year > max_fiscal_year) {
    path.fail(ErrorCode::document_error,
              "预算年度 " + std::to_string(year) + " 不在 " + std::to_string(min_fiscal_year) +
                  "–" + std::to_string(max_fiscal_year) + " 之间",
              "fiscal year " + std::to_string(year) + " is outside " +
                  std::to_string(min_fiscal_year) + "–" + std::to_string(max_fiscal_year));
  }
}

void check_month(int month, json_io::JsonPath& path) {
  if (month < 1 || month > 12) {
    path.fail(ErrorCode::document_error, "月份 " + std::to_string(month) + " 不在 1–12 之间",
              "month " + std::to_string(month) + " is outside 1–12");
  }
}

// Checks beyond types, one overload per document kind.
void check_values(const Declaration& declaration, json_io::JsonPath& path) {
  json_io::PathScope year(path, "fiscal_year");
  check_fiscal_year(declaration.fiscal_year, path);
}

void check_reference(const DeclarationRef& ref, json_io::JsonPath& path) {
  json_io::PathScope declaration(path, "declaration");
  json_io::PathScope year(path, "fiscal_year");
  check_fiscal_year(ref.fiscal_year, path);
}

void check_values(const SelfEvaluation& evaluation, json_io::JsonPath& path) {
  check_reference(evaluation.declaration, path);
}

void check_values(const MonitoringReport& report, json_io::JsonPath& path) {
  check_reference(report.declaration, path);
  json_io::PathScope month(path, "month");
  check_month(report.month, path);
}

template <class T>
constexpr std::string_view schema_of() {
  if constexpr (std::is_same_v<T, Declaration>) return declaration_schema;
  if constexpr (std::is_same_v<T, SelfEvaluation>) return self_evaluation_schema;
  if constexpr (std::is_same_v<T, MonitoringReport>) return monitoring_report_schema;
}

// Reads the document in `root` as a T.
template <class T>
T read_root(const json::value& root) {
  json_io::JsonPath path;
  const json::object* object = root.if_object();
  if (object == nullptr) json_io::fail_type(path, root, {"对象", "an object"});
  check_schema(*object, schema_of<T>(), path);
  T document;
  json_io::read_struct(root, document, path, "schema");
  check_values(document, path);
  return document;
}

// The DOM is temporary (its content is copied into the model), so it is allocated from a
// monotonic arena that is released in one step.
template <class T>
T read_document(std::string_view text, const JsonReadOptions& options) {
  json::monotonic_resource arena;
  return read_root<T>(json_io::parse_strict(text, {options.max_bytes, options.max_depth}, &arena));
}

template <class T>
std::string write_document_text(const T& document) {
  return json_io::write_schema_document(document, schema_of<T>());
}

}  // namespace

Declaration read_declaration(std::string_view json, const JsonReadOptions& options) {
  return read_document<Declaration>(json, options);
}

SelfEvaluation read_self_evaluation(std::string_view json, const JsonReadOptions& options) {
  return read_document<SelfEvaluation>(json, options);
}

MonitoringReport read_monitoring_report(std::string_view json, const JsonReadOptions& options) {
  return read_document<MonitoringReport>(json, options);
}

std::string write_declaration(const Declaration& declaration) {
  return write_document_text(declaration);
}

std::string write_self_evaluation(const SelfEvaluation& evaluation) {
  return write_document_text(evaluation);
}

std::string write_monitoring_report(const MonitoringReport& report) {
  return write_document_text(report);
}

Document load_document(std::string_view json, const JsonReadOptions& options) {
  json::monotonic_resource arena;
  const json::value root =
      json_io::parse_strict(json, {options.max_bytes, options.max_depth}, &arena);
  std::string_view name;
  if (const json::object* object = root.if_object()) {
    const auto found = object->find("schema");
    if (found == object->end()) {
      json_io::JsonPath path;
      path.fail_at("schema", ErrorCode::document_error, "缺少 schema 成员，无法判断文档类型",
                   "missing member \"schema\": cannot tell the kind of document");
    }
    if (const json::string* text = found->value().if_string()) {
      name = schema_kind(std::string_view(text->data(), text->size()));
    }
  }
  if (name == schema_kind(self_evaluation_schema)) return read_root<SelfEvaluation>(root);
  if (name == schema_kind(monitoring_report_schema)) return read_root<MonitoringReport>(root);
  // Declarations, and every other schema: check_schema explains what is wrong with it.
  return read_root<Declaration>(root);
}

std::string write_document(const Document& document) {
  return std::visit(
      [](const auto& typed) -> std::string {
        using T = std::decay_t<decltype(typed)>;
        if constexpr (std::is_same_v<T, Declaration>) return write_declaration(typed);
        if constexpr (std::is_same_v<T, SelfEvaluation>) return write_self_evaluation(typed);
        if constexpr (std::is_same_v<T, MonitoringReport>) return write_monitoring_report(typed);
      },
      document);
}

std::string_view document_schema(const Document& document) noexcept {
  switch (document.index()) {
    case 1:
      return self_evaluation_schema;
    case 2:
      return monitoring_report_schema;
    default:
      return declaration_schema;
  }
}

}  // namespace jixiao
