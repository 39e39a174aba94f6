#include "error_state.hpp"

#include <cstdint>
#include <string>
#include <utility>

namespace jixiao::capi {

namespace {

// The strings behind the thread's jx_error view; kept together so the view never dangles.
struct LastError {
  std::string message;
  std::string message_zh;
  std::string message_en;
  std::string json_path;
  jx_error view{JX_OK, "", "", "", -1, -1, ""};

  void publish() noexcept {
    view.message = message.c_str();
    view.message_zh = message_zh.c_str();
    view.message_en = message_en.c_str();
    view.json_path = json_path.c_str();
  }
};

LastError& last_error() noexcept {
  thread_local LastError state;
  return state;
}

int store(int code, std::string message, std::string zh, std::string en, std::int64_t byte_offset,
          std::int64_t char_offset, std::string json_path) noexcept {
  LastError& state = last_error();
  try {
    state.message = std::move(message);
    state.message_zh = std::move(zh);
    state.message_en = std::move(en);
    state.json_path = std::move(json_path);
  } catch (...) {
    // Out of memory while recording: keep the code, drop the text rather than fail.
    state.message.clear();
    state.message_zh.clear();
    state.message_en.clear();
    state.json_path.clear();
  }
  state.view.code = code;
  state.view.byte_offset = byte_offset;
  state.view.char_offset = char_offset;
  state.publish();
  return code;
}

std::int64_t offset_or_none(const std::optional<std::size_t>& offset) noexcept {
  return offset ? static_cast<std::int64_t>(*offset) : -1;
}

}  // namespace

void throw_null_argument(const char* argument_name) {
  const std::string name = argument_name;
  throw ApiFailure{JX_E_INVALID_ARGUMENT, "参数 " + name + " 不能为空 (NULL)",
                   "argument " + name + " must not be NULL"};
}

void throw_wrong_handle(const char* argument_name) {
  const std::string name = argument_name;
  throw ApiFailure{JX_E_WRONG_HANDLE, "参数 " + name + " 不是该类型的有效句柄（类型不符或已释放）",
                   "argument " + name + " is not a live handle of the expected kind"};
}

void throw_invalid_argument(std::string message_zh, std::string message_en) {
  throw ApiFailure{JX_E_INVALID_ARGUMENT, std::move(message_zh), std::move(message_en)};
}

int status_of(ErrorCode code) noexcept {
  return -static_cast<int>(code);
}

int record(const Error& error) noexcept {
  const ErrorLocation& where = error.location();
  try {
    return store(status_of(error.code()), error.what(), error.message_zh(), error.message_en(),
                 offset_or_none(where.byte_offset), offset_or_none(where.char_offset),
                 where.json_path);
  } catch (...) {
    return store(status_of(error.code()), {}, {}, {}, -1, -1, {});
  }
}

int record(const ApiFailure& failure) noexcept {
  try {
    return store(failure.code, failure.message_zh + " / " + failure.message_en, failure.message_zh,
                 failure.message_en, -1, -1, {});
  } catch (...) {
    return store(failure.code, {}, {}, {}, -1, -1, {});
  }
}

int record(int code, const char* message_zh, const char* message_en) noexcept {
  try {
    return record(ApiFailure{code, message_zh, message_en});
  } catch (...) {
    return store(code, {}, {}, {}, -1, -1, {});
  }
}

}  // namespace jixiao::capi

extern "C" {

JX_API const jx_error* jx_last_error(void) {
  return &jixiao::capi::last_error().view;
}

JX_API void jx_clear_error(void) {
  jixiao::capi::store(JX_OK, {}, {}, {}, -1, -1, {});
}
}
