// A writer from Boost.Describe-annotated structs into normal-form JSON (internal header).
//
// The mirror of described_reader.hpp: members in described order, then the struct's `extra`
// members in their original order; Decimal as a string at its own scale ("13831.00" stays
// "13831.00"); enums as enumerator names; AmountUnit as "万元" / "元".
//
// Absent optional members are written as null, so every column of a form is visible in the
// file, except for types listed in omit_absent_members_v (budget lines), whose absent optional
// members and empty arrays are left out.
#pragma once

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/object.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <type_traits>

#include "json/described_reader.hpp"
#include "json/json_path.hpp"
#include "json/pretty_writer.hpp"

namespace jixiao::json_io {

/// Types whose absent optional members and empty arrays are not written at all.
template <class T>
inline constexpr bool omit_absent_members_v = false;

void write_decimal(PrettyWriter& writer, const Decimal& value);

template <class T>
void write_value(PrettyWriter& writer, const T& value, JsonPath& path);

/// Writes the extra members of `value`, refusing names that would duplicate a described member
/// (or `reserved`, the document's "schema").
template <class T>
void write_extra(PrettyWriter& writer, const T& value, JsonPath& path, std::string_view reserved) {
  if constexpr (HasExtra<T>) {
    static constexpr auto names = member_names<T>();
    for (const auto& member : value.extra) {
      const std::string_view name(member.key().data(), member.key().size());
      bool collides = !reserved.empty() && name == reserved;
      for (const std::string_view described : names)
        collides = collides || name == described;
      if (collides) {
        path.fail_at(name, ErrorCode::invalid_argument,
                     "extra 中的成员“" + excerpt(name) + "”与已定义的成员重名",
                     "extra member \"" + excerpt(name) + "\" has the name of a documented member");
      }
      PathScope scope(path, name);
      writer.key(name);
      writer.value(member.value(), path);
    }
  }
}

/// Writes the members of a described struct. `leading_key` / `leading_value` put one member first
/// (the document's "schema").
template <class T>
void write_struct(PrettyWriter& writer, const T& value, JsonPath& path,
                  std::string_view leading_key = {}, std::string_view leading_value = {}) {
  writer.begin_object(path);
  if (!leading_key.empty()) {
    writer.key(leading_key);
    writer.string(leading_value, path);
  }
  boost::mp11::mp_for_each<described_members_t<T>>([&](auto member) {
    const auto& field = value.*member.pointer;
    using Type = std::remove_cvref_t<decltype(field)>;
    if constexpr (omit_absent_members_v<T>) {
      if constexpr (is_optional_v<Type>) {
        if (!field.has_value()) return;
      } else if constexpr (is_vector_v<Type>) {
        if (field.empty()) return;
      }
    }
    PathScope scope(path, member.name);
    writer.key(member.name);
    write_value(writer, field, path);
  });
  write_extra(writer, value, path, leading_key);
  writer.end_object();
}

template <class T>
void write_value(PrettyWriter& writer, const T& value, JsonPath& path) {
  if constexpr (std::is_same_v<T, std::string>) {
    writer.string(value, path);
  } else if constexpr (std::is_same_v<T, bool>) {
    writer.raw(value ? "true" : "false");
  } else if constexpr (std::is_integral_v<T>) {
    writer.raw(std::to_string(value));
  } else if constexpr (std::is_same_v<T, Decimal>) {
    write_decimal(writer, value);
  } else if constexpr (std::is_same_v<T, AmountUnit>) {
    writer.string(amount_unit_label(value), path);
  } else if constexpr (is_optional_v<T>) {
    if (value.has_value()) {
      write_value(writer, *value, path);
    } else {
      writer.raw("null");
    }
  } else if constexpr (is_vector_v<T>) {
    writer.begin_array(path);
    for (std::size_t i = 0; i < value.size(); ++i) {
      PathScope scope(path, i);
      write_value(writer, value[i], path);
    }
    writer.end_array();
  } else if constexpr (is_described_enum_v<T>) {
    const char* name = boost::describe::enum_to_string(value, nullptr);
    if (name == nullptr) {
      path.fail(ErrorCode::invalid_argument, "枚举值不在定义范围内",
                "enum value outside its enumerators");
    }
    writer.string(name, path);
  } else if constexpr (is_described_struct_v<T>) {
    write_struct(writer, value, path);
  } else {
    static_assert(sizeof(T) == 0, "write_value: type is neither described nor supported");
  }
}

/// A described struct as a whole JSON document whose first member is "schema": `schema` (the
/// documents, policies, scorecards and monitoring results jixiao writes).
template <class T>
std::string write_schema_document(const T& value, std::string_view schema) {
  std::string out;
  out.reserve(4096);
  PrettyWriter writer(out);
  JsonPath path;
  write_struct(writer, value, path, "schema", schema);
  writer.finish();
  return out;
}

}  // namespace jixiao::json_io
