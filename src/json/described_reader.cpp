#include "json/described_reader.hpp"

#include <string>

namespace jixiao::json_io {

namespace json = boost::json;

KindName kind_name(const json::value& value) noexcept {
  switch (value.kind()) {
    case json::kind::null:
      return {"空值 null", "null"};
    case json::kind::bool_:
      return {"布尔值", "a boolean"};
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_:
      return {"数字", "a number"};
    case json::kind::string:
      return {"字符串", "a string"};
    case json::kind::array:
      return {"数组", "an array"};
    case json::kind::object:
      return {"对象", "an object"};
  }
  return {"未知值", "an unknown value"};
}

void fail_type(const JsonPath& path, const json::value& value, KindName expected) {
  const KindName actual = kind_name(value);
  path.fail(ErrorCode::document_error, std::string("应为") + expected.zh + "，实际为" + actual.zh,
            std::string("expected ") + expected.en + ", got " + actual.en);
}

void read_string(const json::value& value, std::string& out, JsonPath& path) {
  const json::string* text = value.if_string();
  if (text == nullptr) fail_type(path, value, {"字符串", "a string"});
  out.assign(text->data(), text->size());
}

std::int64_t read_integer(const json::value& value, std::int64_t min, std::int64_t max,
                          JsonPath& path) {
  if (const std::int64_t* integer = value.if_int64()) {
    if (*integer >= min && *integer <= max) return *integer;
  } else if (!value.is_uint64()) {
    fail_type(path, value, {"整数", "an integer"});
  }
  path.fail(ErrorCode::document_error,
            "整数超出范围 " + std::to_string(min) + "…" + std::to_string(max),
            "integer out of range " + std::to_string(min) + "…" + std::to_string(max));
}

void read_decimal(const json::value& value, Decimal& out, JsonPath& path) {
  const json::string* text = value.if_string();
  if (text == nullptr) {
    if (value.is_number()) {
      // A JSON number would pass through binary floating point in most readers: amounts travel
      // as strings so that "0.10" stays exactly 0.10.
      path.fail(ErrorCode::document_error, "金额应写成字符串（如 \"1163.71\"），不能写成数字",
                "an amount must be a JSON string (e.g. \"1163.71\"), not a number");
    }
    fail_type(path, value, {"金额字符串", "an amount string"});
  }
  const std::string_view written(text->data(), text->size());
  try {
    out = Decimal::parse(written);
  } catch (const Error& error) {
    path.fail(error.code(), "金额“" + excerpt(written) + "”无效：" + error.message_zh(),
              "invalid amount \"" + excerpt(written) + "\": " + error.message_en());
  }
}

void read_amount_unit(const json::value& value, AmountUnit& out, JsonPath& path) {
  const json::string* text = value.if_string();
  if (text == nullptr) fail_type(path, value, {"字符串", "a string"});
  const std::string_view written(text->data(), text->size());
  if (const auto unit = amount_unit_from_label(written)) {
    out = *unit;
    return;
  }
  path.fail(ErrorCode::document_error, "未知的金额单位“" + excerpt(written) + "”，应为 万元 或 元",
            "unknown amount unit \"" + excerpt(written) + "\", expected 万元 or 元");
}

}  // namespace jixiao::json_io
