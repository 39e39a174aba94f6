// jx_error_string / jx_error_string_zh: fixed descriptions of every JX_E_* code.
#include <array>

#include "jixiao.h"

namespace {

struct CodeText {
  int code;
  const char* english;
  const char* chinese;
};

constexpr std::array<CodeText, 18> code_texts{{
    {JX_OK, "ok", "成功"},
    {JX_E_INVALID_ARGUMENT, "invalid argument", "参数无效"},
    {JX_E_PARSE, "parse error", "解析错误"},
    {JX_E_OVERFLOW, "overflow", "数值溢出"},
    {JX_E_DIVISION_BY_ZERO, "division by zero", "除数为零"},
    {JX_E_INVALID_UTF8, "invalid UTF-8", "无效的 UTF-8 编码"},
    {JX_E_LIMIT, "limit exceeded", "超出长度或嵌套限制"},
    {JX_E_DOCUMENT, "invalid document", "文档内容无效"},
    {JX_E_FORMULA, "formula error", "公式错误"},
    {JX_E_MISSING_VALUE, "missing value", "缺少取值"},
    {JX_E_UNIT_MISMATCH, "unit mismatch", "计量单位不可比较"},
    {JX_E_POLICY, "invalid policy", "规则配置无效"},
    {JX_E_IO, "input/output error", "文件读写错误"},
    {JX_E_NOMEM, "out of memory", "内存不足"},
    {JX_E_INTERNAL, "internal error", "内部错误"},
    {JX_E_WRONG_HANDLE, "wrong handle", "句柄类型不符或已释放"},
    {JX_E_VERSION_MISMATCH, "version mismatch", "版本不兼容"},
    {JX_E_OUT_OF_RANGE, "index out of range", "索引超出范围"},
}};

const CodeText* find_code(int code) {
  for (const auto& entry : code_texts)
    if (entry.code == code) return &entry;
  return nullptr;
}

}  // namespace

extern "C" {

JX_API const char* jx_error_string(int code) {
  const CodeText* entry = find_code(code);
  return entry != nullptr ? entry->english : "unknown error code";
}

JX_API const char* jx_error_string_zh(int code) {
  const CodeText* entry = find_code(code);
  return entry != nullptr ? entry->chinese : "未知错误码";
}
}
