// Immutable engine results (review reports, scorecards, monitoring results) as C handles: the
// result, and every text it hands out computed once when it is created, so threads share it
// without locks. Each result type supplies a ResultTraits specialisation: where its rows are.
#pragma once

#include <optional>
#include <string_view>
#include <utility>

#include "decimal_handle.hpp"
#include "error_state.hpp"
#include "fields.hpp"
#include "handle.hpp"
#include "jixiao.h"

namespace jixiao::capi {

/// For a result type T: kind_name, count(value, collection), visit(value, field, row, visitor)
/// calling visitor(row, fields), and for_each(value, visitor) over every row.
template <class T>
struct ResultTraits;

template <class T, HandleKind Kind>
struct ResultHandle : Handle {
  using Value = T;
  static constexpr HandleKind kind_tag = Kind;
  explicit ResultHandle(T result) : Handle(Kind), value(std::move(result)) {
    ResultTraits<T>::for_each(
        value, [&](const auto& row, auto fields) { keep_texts(row, fields, texts); });
  }
  const T value;
  TextCache texts;  ///< filled by the constructor, read-only afterwards
};

template <class H>
const H& live_result(const H* handle) {
  return checked_handle(handle, H::kind_tag, "result");
}

template <class H>
int result_count(const H* handle, int collection, size_t* out) {
  return guarded([&] {
    const H& result = live_result(handle);
    checked_out(out, "out");
    *out = ResultTraits<typename H::Value>::count(result.value, collection);
  });
}

/// Calls use(row, field table entry) for `field` of row `row` (JX_E_INVALID_ARGUMENT for a field
/// the result does not have).
template <class H, class Use>
void with_field(const H& result, int field, size_t row, Use&& use) {
  using Traits = ResultTraits<typename H::Value>;
  Traits::visit(result.value, field, row, [&](const auto& source, auto fields) {
    const auto* spec = find_field(fields, field);
    if (spec == nullptr) throw_unknown_field(field, Traits::kind_name);
    use(source, *spec);
  });
}

template <class H>
int result_get_text(const H* handle, int field, size_t row, const char** text, size_t* len) {
  return guarded([&] {
    const H& result = live_result(handle);
    checked_out(text, "text");
    with_field(result, field, row, [&](const auto& source, const auto& spec) {
      const TextOut out = read_kept_text(source, spec, result.texts);
      *text = out.present ? out.data : nullptr;
      if (len != nullptr) *len = out.size;
    });
  });
}

template <class H>
int result_get_int(const H* handle, int field, size_t row, int64_t* out) {
  return guarded([&] {
    const H& result = live_result(handle);
    checked_out(out, "out");
    with_field(result, field, row, [&](const auto& source, const auto& spec) {
      if (spec.get_int == nullptr) throw_unsupported(spec.name, "get_int", spec.type);
      *out = spec.get_int(source).value_or(0);
    });
  });
}

template <class H>
int result_get_decimal(const H* handle, int field, size_t row, jx_decimal** out) {
  return guarded([&] {
    const H& result = live_result(handle);
    checked_out(out, "out");
    with_field(result, field, row, [&](const auto& source, const auto& spec) {
      if (spec.get_decimal == nullptr) throw_unsupported(spec.name, "get_decimal", spec.type);
      const std::optional<jixiao::Decimal> value = spec.get_decimal(source);
      *out = value ? new_decimal(*value) : nullptr;
    });
  });
}

template <class H>
void free_result(H* handle) {
  if (handle != nullptr && handle->kind == H::kind_tag) delete handle;
}

}  // namespace jixiao::capi
