// jx_declaration_*, jx_self_evaluation_*, jx_monitoring_report_*: documents from and to JSON and
// their field accessors. One set of templates serves the three kinds, so they behave alike.
#include <boost/json/monotonic_resource.hpp>

#include <string>
#include <string_view>
#include <type_traits>

#include "decimal_handle.hpp"
#include "document_fields.hpp"
#include "document_handles.hpp"
#include "error_state.hpp"
#include "jixiao.h"
#include "jixiao/document_json.hpp"
#include "json/strict_parse.hpp"
#include "json_options.hpp"
#include "owned_string.hpp"
#include "text_input.hpp"

namespace jixiao::capi {
namespace {

template <class H>
using DocOf = typename H::Document;

template <class H>
using Traits = DocumentTraits<DocOf<H>>;

template <class H>
const H& live(const H* handle) {
  return checked_handle(handle, H::kind_tag, "document");
}
template <class H>
H& live(H* handle) {
  return checked_handle(handle, H::kind_tag, "document");
}

template <class Doc>
Doc read_json(std::string_view json, const JsonReadOptions& options) {
  if constexpr (std::is_same_v<Doc, Declaration>) return read_declaration(json, options);
  if constexpr (std::is_same_v<Doc, SelfEvaluation>) return read_self_evaluation(json, options);
  if constexpr (std::is_same_v<Doc, MonitoringReport>) return read_monitoring_report(json, options);
}

template <class Doc>
std::string write_json(const Doc& document) {
  if constexpr (std::is_same_v<Doc, Declaration>) return write_declaration(document);
  if constexpr (std::is_same_v<Doc, SelfEvaluation>) return write_self_evaluation(document);
  if constexpr (std::is_same_v<Doc, MonitoringReport>) return write_monitoring_report(document);
}

template <class H>
int new_document(H** out) {
  return guarded([&] {
    checked_out(out, "out");
    *out = new H();
  });
}

template <class H>
int load_json(const char* json, size_t len, const jx_json_options* options, H** out) {
  return guarded([&] {
    checked_out(out, "out");
    const JsonReadOptions read = json_read_options(options);
    // The reader validates UTF-8 itself and reports the byte offset; only NULL and the absolute
    // size bound are the C layer's to check.
    if (json == nullptr && len != 0) checked_text(json, len, "json");
    if (len > JX_MAX_TEXT_BYTES) checked_text(json, len, "json");
    *out = new H(read_json<DocOf<H>>(std::string_view(json == nullptr ? "" : json, len), read));
  });
}

template <class H>
int to_json(const H* handle, char** out) {
  return guarded([&] {
    const H& document = live(handle);
    checked_out(out, "out");
    *out = owned_copy(write_json(document.value));
  });
}

template <class H>
int clone(const H* handle, H** out) {
  return guarded([&] {
    const H& document = live(handle);
    checked_out(out, "out");
    *out = new H(document.value);
  });
}

template <class H>
void free_document(H* handle) {
  if (handle != nullptr && handle->kind == H::kind_tag) delete handle;
}

template <class H>
int count(const H* handle, int collection, size_t* out) {
  return guarded([&] {
    const H& document = live(handle);
    checked_out(out, "out");
    if (collection == Traits<H>::root) {
      *out = 1;
      return;
    }
    *out = Traits<H>::visit_list(document.value, collection,
                                 [](const auto& rows, std::string_view) { return rows.size(); });
  });
}

template <class H>
int add_row(H* handle, int collection, size_t* out_index) {
  return guarded([&] {
    H& document = live(handle);
    checked_out(out_index, "out_index");
    Traits<H>::visit_list(document.value, collection, [&](auto& rows, std::string_view) {
      rows.emplace_back();
      *out_index = rows.size() - 1;
    });
    document.texts.clear();
  });
}

template <class H>
int insert_row(H* handle, int collection, size_t row) {
  return guarded([&] {
    H& document = live(handle);
    Traits<H>::visit_list(document.value, collection, [&](auto& rows, std::string_view name) {
      if (row > rows.size()) throw_row_out_of_range(name, row, rows.size());
      rows.emplace(rows.begin() + static_cast<std::ptrdiff_t>(row));
    });
    document.texts.clear();
  });
}

template <class H>
int remove_row(H* handle, int collection, size_t row) {
  return guarded([&] {
    H& document = live(handle);
    Traits<H>::visit_list(document.value, collection, [&](auto& rows, std::string_view name) {
      checked_row(rows, row, name);
      rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(row));
    });
    document.texts.clear();
  });
}

/// Calls body(row, field, path) for a field of a handle; unknown ids are JX_E_INVALID_ARGUMENT.
template <class D, class Body>
void with_field(D& document, int field, size_t row, Body&& body) {
  using Doc = std::remove_const_t<D>;
  DocumentTraits<Doc>::visit_row(document, field / 100, row,
                                 [&](auto& target, auto fields, const std::string& path) {
                                   const auto* spec = find_field(fields, field);
                                   if (spec == nullptr)
                                     throw_unknown_field(field, DocumentTraits<Doc>::kind_name);
                                   body(target, *spec, path + spec->pointer);
                                 });
}

template <class H>
int get_text(const H* handle, int field, size_t row, const char** text, size_t* len) {
  return guarded([&] {
    const H& document = live(handle);
    checked_out(text, "text");
    with_field(document.value, field, row,
               [&](const auto& target, const auto& spec, const std::string&) {
                 const TextOut out = read_text(target, spec, document.texts);
                 *text = out.present ? out.data : nullptr;
                 if (len != nullptr) *len = out.size;
               });
  });
}

template <class H>
int set_text(H* handle, int field, size_t row, const char* text, size_t len) {
  return guarded([&] {
    H& document = live(handle);
    const std::string_view value = checked_text(text, len, "text");
    with_field(document.value, field, row,
               [&](auto& target, const auto& spec, const std::string& path) {
                 if (spec.set_text == nullptr) throw_unsupported(spec.name, "set_text", spec.type);
                 set_at(path, [&] { spec.set_text(target, value); });
               });
    document.texts.clear();
  });
}

template <class H>
int clear(H* handle, int field, size_t row) {
  return guarded([&] {
    H& document = live(handle);
    with_field(document.value, field, row, [&](auto& target, const auto& spec, const std::string&) {
      if (spec.clear == nullptr) {
        if (spec.required) throw_required(spec.name);
        throw_unsupported(spec.name, "clear", spec.type);
      }
      spec.clear(target);
    });
    document.texts.clear();
  });
}

template <class H>
int get_int(const H* handle, int field, size_t row, int64_t* out) {
  return guarded([&] {
    const H& document = live(handle);
    checked_out(out, "out");
    with_field(document.value, field, row,
               [&](const auto& target, const auto& spec, const std::string&) {
                 if (spec.get_int == nullptr) throw_unsupported(spec.name, "get_int", spec.type);
                 // Integer fields are never absent.
                 *out = spec.get_int(target).value_or(0);
               });
  });
}

template <class H>
int set_int(H* handle, int field, size_t row, int64_t value) {
  return guarded([&] {
    H& document = live(handle);
    with_field(document.value, field, row,
               [&](auto& target, const auto& spec, const std::string& path) {
                 if (spec.set_int == nullptr) throw_unsupported(spec.name, "set_int", spec.type);
                 set_at(path, [&] { spec.set_int(target, value); });
               });
    document.texts.clear();
  });
}

template <class H>
int get_decimal(const H* handle, int field, size_t row, jx_decimal** out) {
  return guarded([&] {
    const H& document = live(handle);
    checked_out(out, "out");
    with_field(document.value, field, row,
               [&](const auto& target, const auto& spec, const std::string&) {
                 if (spec.get_decimal == nullptr)
                   throw_unsupported(spec.name, "get_decimal", spec.type);
                 const std::optional<Decimal> value = spec.get_decimal(target);
                 *out = value ? new_decimal(*value) : nullptr;
               });
  });
}

template <class H>
int set_decimal(H* handle, int field, size_t row, const jx_decimal* value) {
  return guarded([&] {
    H& document = live(handle);
    const Decimal& number = decimal_value(value, "value");
    with_field(document.value, field, row, [&](auto& target, const auto& spec, const std::string&) {
      if (spec.set_decimal == nullptr) throw_unsupported(spec.name, "set_decimal", spec.type);
      spec.set_decimal(target, number);
    });
    document.texts.clear();
  });
}

int document_kind_of_json(const char* json, size_t len, const jx_json_options* options,
                          int* out_kind) {
  return guarded([&] {
    checked_out(out_kind, "out_kind");
    const JsonReadOptions read = json_read_options(options);
    if ((json == nullptr && len != 0) || len > JX_MAX_TEXT_BYTES) checked_text(json, len, "json");
    boost::json::monotonic_resource arena;
    const boost::json::value root =
        json_io::parse_strict(std::string_view(json == nullptr ? "" : json, len),
                              {read.max_bytes, read.max_depth}, &arena);
    const boost::json::object* object = root.if_object();
    const boost::json::value* schema = object != nullptr ? object->if_contains("schema") : nullptr;
    const boost::json::string* name = schema != nullptr ? schema->if_string() : nullptr;
    if (name == nullptr)
      throw Error(ErrorCode::document_error, "缺少字符串成员 schema，无法判断文档类型",
                  "no string member \"schema\": cannot tell the kind of document",
                  ErrorLocation{std::nullopt, std::nullopt, "/schema"});
    const std::string_view text(name->data(), name->size());
    if (text == declaration_schema) {
      *out_kind = JX_DOCUMENT_DECLARATION;
    } else if (text == self_evaluation_schema) {
      *out_kind = JX_DOCUMENT_SELF_EVALUATION;
    } else if (text == monitoring_report_schema) {
      *out_kind = JX_DOCUMENT_MONITORING_REPORT;
    } else {
      const std::string known = std::string(declaration_schema) + ", " +
                                std::string(self_evaluation_schema) + ", " +
                                std::string(monitoring_report_schema);
      throw Error(ErrorCode::document_error, "未知的 schema（可用：" + known + "）",
                  "unknown schema (expected one of: " + known + ")",
                  ErrorLocation{std::nullopt, std::nullopt, "/schema"});
    }
  });
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao::capi;

// The same entry points for each document kind, so the three behave identically. H is a type in
// declarations, where parentheses are not allowed.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define JX_DOCUMENT_ENTRY_POINTS(prefix, H)                                                      \
  JX_API int prefix##_new(H** out) {                                                             \
    return new_document(out);                                                                    \
  }                                                                                              \
  JX_API int prefix##_load_json(const char* json, size_t len, const jx_json_options* options,    \
                                H** out) {                                                       \
    return load_json(json, len, options, out);                                                   \
  }                                                                                              \
  JX_API int prefix##_to_json(const H* handle, char** out) {                                     \
    return to_json(handle, out);                                                                 \
  }                                                                                              \
  JX_API int prefix##_clone(const H* handle, H** out) {                                          \
    return clone(handle, out);                                                                   \
  }                                                                                              \
  JX_API void prefix##_free(H* handle) {                                                         \
    free_document(handle);                                                                       \
  }                                                                                              \
  JX_API int prefix##_count(const H* handle, int collection, size_t* out) {                      \
    return count(handle, collection, out);                                                       \
  }                                                                                              \
  JX_API int prefix##_add_row(H* handle, int collection, size_t* out_index) {                    \
    return add_row(handle, collection, out_index);                                               \
  }                                                                                              \
  JX_API int prefix##_insert_row(H* handle, int collection, size_t row) {                        \
    return insert_row(handle, collection, row);                                                  \
  }                                                                                              \
  JX_API int prefix##_remove_row(H* handle, int collection, size_t row) {                        \
    return remove_row(handle, collection, row);                                                  \
  }                                                                                              \
  JX_API int prefix##_get_text(const H* handle, int field, size_t row, const char** text,        \
                               size_t* len) {                                                    \
    return get_text(handle, field, row, text, len);                                              \
  }                                                                                              \
  JX_API int prefix##_set_text(H* handle, int field, size_t row, const char* text, size_t len) { \
    return set_text(handle, field, row, text, len);                                              \
  }                                                                                              \
  JX_API int prefix##_clear(H* handle, int field, size_t row) {                                  \
    return clear(handle, field, row);                                                            \
  }                                                                                              \
  JX_API int prefix##_get_int(const H* handle, int field, size_t row, int64_t* out) {            \
    return get_int(handle, field, row, out);                                                     \
  }                                                                                              \
  JX_API int prefix##_set_int(H* handle, int field, size_t row, int64_t value) {                 \
    return set_int(handle, field, row, value);                                                   \
  }                                                                                              \
  JX_API int prefix##_get_decimal(const H* handle, int field, size_t row, jx_decimal** out) {    \
    return get_decimal(handle, field, row, out);                                                 \
  }                                                                                              \
  JX_API int prefix##_set_decimal(H* handle, int field, size_t row, const jx_decimal* value) {   \
    return set_decimal(handle, field, row, value);                                               \
  }

extern "C" {
// NOLINTEND(bugprone-macro-parentheses)

JX_DOCUMENT_ENTRY_POINTS(jx_declaration, jx_declaration)
JX_DOCUMENT_ENTRY_POINTS(jx_self_evaluation, jx_self_evaluation)
JX_DOCUMENT_ENTRY_POINTS(jx_monitoring_report, jx_monitoring_report)

JX_API int jx_document_kind_of_json(const char* json, size_t len, const jx_json_options* options,
                                    int* out_kind) {
  return document_kind_of_json(json, len, options, out_kind);
}

JX_API const char* jx_field_name(int field) {
  return jixiao::capi::field_name(field);
}
}
