#include "jixiao/error.hpp"

#include <string>
#include <utility>

namespace jixiao {

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::parse_error:
      return "parse_error";
    case ErrorCode::overflow:
      return "overflow";
    case ErrorCode::division_by_zero:
      return "division_by_zero";
    case ErrorCode::invalid_utf8:
      return "invalid_utf8";
    case ErrorCode::limit_exceeded:
      return "limit_exceeded";
    case ErrorCode::document_error:
      return "document_error";
    case ErrorCode::formula_error:
      return "formula_error";
    case ErrorCode::missing_value:
      return "missing_value";
    case ErrorCode::unit_mismatch:
      return "unit_mismatch";
    case ErrorCode::policy_error:
      return "policy_error";
    case ErrorCode::io_error:
      return "io_error";
    case ErrorCode::out_of_memory:
      return "out_of_memory";
    case ErrorCode::internal_error:
      return "internal_error";
  }
  return "unknown_error";
}

namespace {

std::string compose_what(const std::string& zh, const std::string& en, const ErrorLocation& where) {
  std::string text = zh;
  if (!en.empty() && en != zh) {
    text += " / ";
    text += en;
  }
  if (!where.json_path.empty()) {
    text += " (at ";
    text += where.json_path;
    text += ")";
  } else if (where.byte_offset) {
    text += " (at byte ";
    text += std::to_string(*where.byte_offset);
    text += ")";
  }
  return text;
}

}  // namespace

Error::Error(ErrorCode code, std::string message_zh, std::string message_en, ErrorLocation location)
    : std::runtime_error(compose_what(message_zh, message_en, location)),
      code_(code),
      message_zh_(std::move(message_zh)),
      message_en_(std::move(message_en)),
      location_(std::move(location)) {}

}  // namespace jixiao
