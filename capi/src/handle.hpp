// Opaque C handles: every jx_ handle type starts with a tag naming its kind, so that a handle of
// the wrong kind (or one already freed) is reported as JX_E_WRONG_HANDLE instead of being misused.
#pragma once

#include <cstdint>

#include "error_state.hpp"

namespace jixiao::capi {

enum class HandleKind : std::uint32_t {
  freed = 0x0DEADBEEu,
  decimal = 0x4A58444Du,  // "JXDM"
  declaration = 0x4A584443u,
  self_evaluation = 0x4A584553u,
  monitoring_report = 0x4A58524Du,
  target = 0x4A585447u,
  formula = 0x4A584641u,
  policy = 0x4A58504Fu,
  review_report = 0x4A585252u,
  scorecard = 0x4A585343u,
  monitoring_result = 0x4A584D52u,
  function_table = 0x4A584654u,  // "JXFT"
};

/// Base of every handle struct: `struct jx_decimal : jixiao::capi::Handle { … }`.
struct Handle {
  explicit Handle(HandleKind handle_kind) noexcept : kind(handle_kind) {}
  ~Handle() { kind = HandleKind::freed; }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  HandleKind kind;
};

/// Checks a handle argument: NULL → JX_E_INVALID_ARGUMENT, wrong kind → JX_E_WRONG_HANDLE.
/// Throws the matching ApiFailure, which the entry point's guard turns into a status.
template <typename T>
T& checked_handle(T* handle, HandleKind expected, const char* argument_name) {
  if (handle == nullptr) throw_null_argument(argument_name);
  if (static_cast<Handle*>(handle)->kind != expected) throw_wrong_handle(argument_name);
  return *handle;
}

template <typename T>
const T& checked_handle(const T* handle, HandleKind expected, const char* argument_name) {
  return checked_handle(const_cast<T*>(handle), expected, argument_name);
}

/// Out-pointers must not be NULL. Call it before computing anything the caller would own:
/// it returns nothing, so `checked_out(out) = new_thing()` (which would allocate first and leak
/// when `out` is NULL) cannot be written.
template <typename T>
void checked_out(T* out, const char* argument_name) {
  if (out == nullptr) throw_null_argument(argument_name);
}

}  // namespace jixiao::capi
