// The C ABI's error handling: a thread-local last error and the guard that every entry point runs
// its body in, so that no C++ exception ever crosses into C.
#pragma once

#include <exception>
#include <new>
#include <string>

#include "jixiao.h"
#include "jixiao/error.hpp"

namespace jixiao::capi {

/// A failure detected by the C layer itself (argument checks), carrying its JX_E_* code.
struct ApiFailure {
  int code;
  std::string message_zh;
  std::string message_en;
};

[[noreturn]] void throw_null_argument(const char* argument_name);
[[noreturn]] void throw_wrong_handle(const char* argument_name);
[[noreturn]] void throw_invalid_argument(std::string message_zh, std::string message_en);

/// The JX_E_* code of a C++ error code.
int status_of(ErrorCode code) noexcept;

/// Records the failure on this thread and returns its code. Never throws.
int record(const Error& error) noexcept;
int record(const ApiFailure& failure) noexcept;
int record(int code, const char* message_zh, const char* message_en) noexcept;

/// Runs `body`; returns JX_OK, or the status of whatever it threw, recorded as the last error.
template <typename Body>
int guarded(Body&& body) noexcept {
  try {
    body();
    return JX_OK;
  } catch (const Error& error) {
    return record(error);
  } catch (const ApiFailure& failure) {
    return record(failure);
  } catch (const std::bad_alloc&) {
    return record(JX_E_NOMEM, "内存不足", "out of memory");
  } catch (const std::exception& error) {
    return record(JX_E_INTERNAL, error.what(), error.what());
  } catch (...) {
    return record(JX_E_INTERNAL, "未知的内部错误", "unknown internal error");
  }
}

}  // namespace jixiao::capi
