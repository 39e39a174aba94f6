#include "fields.hpp"

#include <charconv>
#include <string>

#include "jixiao.h"

namespace jixiao::capi {

namespace {

const char* type_name_zh(FieldType type) noexcept {
  switch (type) {
    case FieldType::text:
      return "文本";
    case FieldType::decimal:
      return "小数";
    case FieldType::integer:
      return "整数";
    case FieldType::boolean:
      return "布尔";
    case FieldType::enumeration:
      return "枚举";
    case FieldType::list:
      return "列表";
  }
  return "未知";
}

const char* type_name_en(FieldType type) noexcept {
  switch (type) {
    case FieldType::text:
      return "text";
    case FieldType::decimal:
      return "decimal";
    case FieldType::integer:
      return "integer";
    case FieldType::boolean:
      return "boolean";
    case FieldType::enumeration:
      return "enumeration";
    case FieldType::list:
      return "list";
  }
  return "unknown";
}

std::string quoted(std::string_view text) {
  // Messages quote at most 40 bytes of caller text, cut at a character boundary.
  constexpr std::size_t limit = 40;
  if (text.size() <= limit) return std::string(text);
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u)
    --end;
  return std::string(text.substr(0, end)) + "…";
}

}  // namespace

void throw_bad_field_text(std::string_view text, std::string_view expected_zh,
                          std::string_view expected_en) {
  throw Error(ErrorCode::invalid_argument,
              "“" + quoted(text) + "”不是可用的取值（可用：" + std::string(expected_zh) + "）",
              "\"" + quoted(text) + "\" is not an accepted value (expected one of: " +
                  std::string(expected_en) + ")");
}

std::int64_t checked_integer(std::int64_t value, std::int64_t min, std::int64_t max) {
  if (value < min || value > max)
    throw Error(ErrorCode::invalid_argument,
                "整数 " + std::to_string(value) + " 超出范围 " + std::to_string(min) + "…" +
                    std::to_string(max),
                "integer " + std::to_string(value) + " is outside " + std::to_string(min) + "…" +
                    std::to_string(max));
  return value;
}

std::int64_t parse_integer_text(std::string_view text, std::int64_t min, std::int64_t max) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error == std::errc::invalid_argument || stop != end)
    throw Error(ErrorCode::parse_error, "“" + quoted(text) + "”不是整数",
                "\"" + quoted(text) + "\" is not an integer",
                ErrorLocation{static_cast<std::size_t>(stop - text.data()), std::nullopt, {}});
  if (error == std::errc::result_out_of_range)
    throw Error(ErrorCode::invalid_argument, "整数“" + quoted(text) + "”超出范围",
                "integer \"" + quoted(text) + "\" is out of range");
  return checked_integer(value, min, max);
}

bool parse_boolean_text(std::string_view text) {
  if (text == "true" || text == "1") return true;
  if (text == "false" || text == "0") return false;
  throw_bad_field_text(text, "true、false、1、0", "true, false, 1, 0");
}

std::vector<std::string> split_list_text(std::string_view text) {
  std::string normalised(text);
  for (std::string_view separator : {std::string_view("，"), std::string_view("、")}) {
    for (std::size_t at = normalised.find(separator); at != std::string::npos;
         at = normalised.find(separator, at + 1))
      normalised.replace(at, separator.size(), ",");
  }
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= normalised.size()) {
    std::size_t end = normalised.find(',', start);
    if (end == std::string::npos) end = normalised.size();
    std::string_view item = std::string_view(normalised).substr(start, end - start);
    while (!item.empty() && item.front() == ' ')
      item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ')
      item.remove_suffix(1);
    if (!item.empty()) items.emplace_back(item);
    start = end + 1;
  }
  return items;
}

const char* field_name(int id) noexcept {
  for (const auto lookup : {document_field_name, policy_field_name, target_field_name,
                            formula_field_name, review_field_name})
    if (const char* name = lookup(id)) return name;
  return nullptr;
}

void throw_unknown_field(int id, std::string_view handle_kind) {
  const std::string kind(handle_kind);
  throw_invalid_argument("字段编号 " + std::to_string(id) + " 不属于" + kind,
                         "field " + std::to_string(id) + " is not a field of a " + kind);
}

void throw_unsupported(std::string_view field_name, std::string_view operation, FieldType type) {
  const std::string name(field_name);
  const std::string op(operation);
  throw_invalid_argument(
      "字段 " + name + " 是" + type_name_zh(type) + "字段，不支持 " + op,
      "field " + name + " is a " + type_name_en(type) + " field: " + op + " does not apply");
}

void throw_required(std::string_view field_name) {
  const std::string name(field_name);
  throw_invalid_argument("字段 " + name + " 为必填，不能清除",
                         "field " + name + " is required and cannot be cleared");
}

void throw_row_out_of_range(std::string_view list, std::size_t row, std::size_t count) {
  const std::string name(list);
  throw ApiFailure{JX_E_OUT_OF_RANGE,
                   name + " 的第 " + std::to_string(row) + " 行不存在（共 " +
                       std::to_string(count) + " 行，从 0 起）",
                   name + " has no row " + std::to_string(row) + " (it has " +
                       std::to_string(count) + ", counted from 0)"};
}

void throw_root_row(std::size_t row) {
  throw ApiFailure{JX_E_OUT_OF_RANGE,
                   "文档本身只有第 0 行，不能用第 " + std::to_string(row) + " 行",
                   "the document itself has only row 0, not row " + std::to_string(row)};
}

void rethrow_at(const Error& error, const std::string& path) {
  ErrorLocation location = error.location();
  if (location.json_path.empty()) location.json_path = path;
  throw Error(error.code(), error.message_zh(), error.message_en(), location);
}

}  // namespace jixiao::capi
