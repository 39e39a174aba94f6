// jx_policy_*: built-in presets and policy documents. A policy handle is immutable, so it is shared
// between threads without locks and every text read from it lives as long as the handle.
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "error_state.hpp"
#include "fields.hpp"
#include "jixiao.h"
#include "jixiao/policy.hpp"
#include "json_options.hpp"
#include "owned_string.hpp"
#include "policy_handle.hpp"
#include "text_input.hpp"

namespace jixiao::capi {
namespace {

constexpr std::array policy_table{
    field<Policy, JX_MEMBER(name)>(JX_POLICY_NAME, "name", "/name"),
    field<Policy, JX_MEMBER(description)>(JX_POLICY_DESCRIPTION, "description", "/description"),
};

constexpr std::array source_table{field < std::string, [](auto& source) -> auto& {return source;
}  // namespace
> (JX_POLICY_SOURCE, "source", ""),
};  // namespace jixiao::capi

/// The preset names as NUL-terminated strings with static storage duration.
const std::vector<std::string>& preset_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> copies;
    for (const std::string_view name : policy_preset_names())
      copies.emplace_back(name);
    return copies;
  }();
  return names;
}

template <class Row>
void read_field(const Row& row, std::span<const Field<Row>> table, int field, const char** text,
                size_t* len) {
  const Field<Row>* spec = find_field(table, field);
  if (spec == nullptr) throw_unknown_field(field, "policy");
  // Policy fields are stored texts: nothing is computed, so no cache is needed and reading
  // stays free of writes (the handle is shared between threads).
  std::string unused;
  const std::optional<std::string_view> value = spec->get_text(row, unused);
  *text = value ? value->data() : nullptr;
  if (len != nullptr) *len = value ? value->size() : 0;
}

}  // namespace

const char* policy_field_name(int id) noexcept {
  if (const Field<Policy>* spec = find_field(std::span<const Field<Policy>>(policy_table), id))
    return spec->name;
  if (const Field<std::string>* spec =
          find_field(std::span<const Field<std::string>>(source_table), id))
    return spec->name;
  return nullptr;
}

}  // namespace jixiao::capi

using namespace jixiao::capi;
using jixiao::Policy;

extern "C" {

JX_API int jx_policy_preset_count(size_t* out) {
  return guarded([&] {
    checked_out(out, "out");
    *out = preset_names().size();
  });
}

JX_API int jx_policy_preset_name(size_t index, const char** out) {
  return guarded([&] {
    checked_out(out, "out");
    const std::vector<std::string>& names = preset_names();
    if (index >= names.size()) throw_row_out_of_range("presets", index, names.size());
    *out = names[index].c_str();
  });
}

JX_API int jx_policy_preset(const char* name, size_t len, jx_policy** out) {
  return guarded([&] {
    checked_out(out, "out");
    *out = new jx_policy(jixiao::policy_preset(checked_text(name, len, "name")));
  });
}

JX_API int jx_policy_load_json(const char* json, size_t len, const jx_json_options* options,
                               jx_policy** out) {
  return guarded([&] {
    checked_out(out, "out");
    const jixiao::JsonReadOptions read = json_read_options(options);
    if ((json == nullptr && len != 0) || len > JX_MAX_TEXT_BYTES) checked_text(json, len, "json");
    *out = new jx_policy(
        jixiao::read_policy(std::string_view(json == nullptr ? "" : json, len), read));
  });
}

JX_API int jx_policy_to_json(const jx_policy* policy, char** out) {
  return guarded([&] {
    const Policy& value = policy_value(policy);
    checked_out(out, "out");
    *out = owned_copy(jixiao::write_policy(value));
  });
}

JX_API void jx_policy_free(jx_policy* policy) {
  if (policy != nullptr && policy->kind == HandleKind::policy) delete policy;
}

JX_API int jx_policy_count(const jx_policy* policy, int collection, size_t* out) {
  return guarded([&] {
    const Policy& value = policy_value(policy);
    checked_out(out, "out");
    switch (collection) {
      case JX_POLICY_ROOT:
        *out = 1;
        return;
      case JX_POLICY_SOURCES:
        *out = value.sources.size();
        return;
      default:
        throw_invalid_argument(
            "集合编号 " + std::to_string(collection) + " 不属于 policy",
            "collection " + std::to_string(collection) + " is not part of a policy");
    }
  });
}

JX_API int jx_policy_get_text(const jx_policy* policy, int field, size_t row, const char** text,
                              size_t* len) {
  return guarded([&] {
    const Policy& value = policy_value(policy);
    checked_out(text, "text");
    switch (field / 100) {
      case JX_POLICY_ROOT:
        if (row != 0) throw_root_row(row);
        read_field(value, std::span<const Field<Policy>>(policy_table), field, text, len);
        return;
      case JX_POLICY_SOURCES:
        read_field(checked_row(value.sources, row, "sources"),
                   std::span<const Field<std::string>>(source_table), field, text, len);
        return;
      default:
        throw_unknown_field(field, "policy");
    }
  });
}
}
