// A reader from boost::json::value into Boost.Describe-annotated structs (internal header).
//
// Boost 1.81's value_to stops at the first mismatch without saying where, and rejects documents
// with members it does not know. This reader gives every error a JSON Pointer and a message in
// Chinese and English, and follows the document rules of docs/data-format.md:
// - std::optional<T> members may be absent or null;
// - std::vector<T> members may be absent or null (read as empty);
// - bool members may be absent (false);
// - every other member is required;
// - members the struct does not describe go to its `extra` object when it has one (kept in
//   document order), and are errors otherwise;
// - Decimal is read from a JSON string; enums from their enumerator name or their Chinese form
//   label (form_label(), when the enum has one); AmountUnit from "万元" / "元".
//
// Other parts of jixiao (policies, the C ABI) reuse it for their own described types.
#pragma once

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "jixiao/amount.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "json/json_path.hpp"

namespace jixiao::json_io {

template <class T>
inline constexpr bool is_optional_v = false;
template <class T>
inline constexpr bool is_optional_v<std::optional<T>> = true;

template <class T>
inline constexpr bool is_vector_v = false;
template <class T, class A>
inline constexpr bool is_vector_v<std::vector<T, A>> = true;

template <class T>
inline constexpr bool is_described_struct_v =
    boost::describe::has_describe_members<T>::value&& std::is_class_v<T>;

template <class T>
inline constexpr bool is_described_enum_v = boost::describe::has_describe_enumerators<T>::value;

/// Whether a member of type T may be left out of a document.
template <class T>
inline constexpr bool is_optional_member_v =
    is_optional_v<T> || is_vector_v<T> || std::is_same_v<T, bool>;

/// Structs with an `extra` member keep unknown JSON members there.
template <class T>
concept HasExtra = requires(T& t) {
  { t.extra } -> std::same_as<boost::json::object&>;
};

template <class E>
concept HasFormLabel = requires(E e) {
  { form_label(e) } -> std::convertible_to<std::string_view>;
};

template <class T>
using described_members_t =
    boost::describe::describe_members<T,
                                      boost::describe::mod_public | boost::describe::mod_inherited>;

/// The names of T's described members, in declaration order.
template <class T>
constexpr auto member_names() {
  using Members = described_members_t<T>;
  std::array<std::string_view, boost::mp11::mp_size<Members>::value> names{};
  std::size_t i = 0;
  boost::mp11::mp_for_each<Members>([&](auto member) { names[i++] = member.name; });
  return names;
}

/// "字符串" / "a string" style names of JSON kinds, for messages.
struct KindName {
  const char* zh;
  const char* en;
};
KindName kind_name(const boost::json::value& value) noexcept;

[[noreturn]] void fail_type(const JsonPath& path, const boost::json::value& value,
                            KindName expected);

/// Reads a Decimal written as a JSON string; errors carry the path and Decimal's message.
void read_decimal(const boost::json::value& value, Decimal& out, JsonPath& path);
void read_amount_unit(const boost::json::value& value, AmountUnit& out, JsonPath& path);
void read_string(const boost::json::value& value, std::string& out, JsonPath& path);
std::int64_t read_integer(const boost::json::value& value, std::int64_t min, std::int64_t max,
                          JsonPath& path);

template <class E>
std::optional<E> enum_from_text(std::string_view text) noexcept {
  std::optional<E> result;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
    if (!result && text == enumerator.name) result = enumerator.value;
  });
  if constexpr (HasFormLabel<E>) {
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
      if (!result && text == form_label(enumerator.value)) result = enumerator.value;
    });
  }
  return result;
}

/// "department, project".
template <class E>
std::string enumerator_list() {
  std::string names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
    if (!names.empty()) names += ", ";
    names += enumerator.name;
  });
  return names;
}

template <class T>
void read_value(const boost::json::value& value, T& out, JsonPath& path);

/// Reads the members of a described struct from an object. `ignored` names one member that the
/// caller has already handled (the document's "schema").
template <class T>
void read_struct(const boost::json::value& value, T& out, JsonPath& path,
                 std::string_view ignored = {}) {
  const boost::json::object* object = value.if_object();
  if (object == nullptr) fail_type(path, value, {"对象", "an object"});
  using Members = described_members_t<T>;
  constexpr std::size_t count = boost::mp11::mp_size<Members>::value;
  static constexpr auto names = member_names<T>();
  std::array<bool, count> seen{};
  // Documents usually list members in the documented order, so the next expected name is tried
  // first and a lookup costs one comparison.
  std::size_t cursor = 0;
  for (const auto& entry : *object) {
    const std::string_view key = entry.key();
    std::size_t index = count;
    if (cursor < count && names[cursor] == key) {
      index = cursor;
    } else {
      for (std::size_t i = 0; i < count; ++i) {
        if (names[i] == key) {
          index = i;
          break;
        }
      }
    }
    if (index == count) {
      if (!ignored.empty() && key == ignored) continue;
      if constexpr (HasExtra<T>) {
        out.extra.emplace(key, entry.value());
        continue;
      } else {
        path.fail_at(key, ErrorCode::document_error, "未知成员“" + excerpt(key) + "”",
                     "unknown member \"" + excerpt(key) + "\"");
      }
    }
    seen[index] = true;
    cursor = index + 1;
    // A struct may describe no members yet (a policy section with nothing to configure).
    if constexpr (count > 0) {
      boost::mp11::mp_with_index<count>(index, [&](auto I) {
        using Member = boost::mp11::mp_at_c<Members, I>;
        PathScope scope(path, key);
        read_value(entry.value(), out.*Member::pointer, path);
      });
    }
  }
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<count>>([&](auto I) {
    using Member = boost::mp11::mp_at_c<Members, I>;
    using Type = std::remove_cvref_t<decltype(out.*Member::pointer)>;
    if constexpr (!is_optional_member_v<Type>) {
      if (!seen[I]) {
        path.fail_at(Member::name, ErrorCode::document_error,
                     std::string("缺少必填成员“") + Member::name + "”",
                     std::string("missing required member \"") + Member::name + "\"");
      }
    }
  });
}

template <class T>
void read_value(const boost::json::value& value, T& out, JsonPath& path) {
  if constexpr (std::is_same_v<T, std::string>) {
    read_string(value, out, path);
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!value.is_bool()) fail_type(path, value, {"布尔值", "a boolean"});
    out = value.get_bool();
  } else if constexpr (std::is_integral_v<T>) {
    out = static_cast<T>(
        read_integer(value, std::numeric_limits<T>::min(), std::numeric_limits<T>::max(), path));
  } else if constexpr (std::is_same_v<T, Decimal>) {
    read_decimal(value, out, path);
  } else if constexpr (std::is_same_v<T, AmountUnit>) {
    read_amount_unit(value, out, path);
  } else if constexpr (is_optional_v<T>) {
    if (value.is_null()) {
      out.reset();
    } else {
      read_value(value, out.emplace(), path);
    }
  } else if constexpr (is_vector_v<T>) {
    out.clear();
    if (value.is_null()) return;
    const boost::json::array* array = value.if_array();
    if (array == nullptr) fail_type(path, value, {"数组", "an array"});
    out.resize(array->size());
    for (std::size_t i = 0; i < array->size(); ++i) {
      PathScope scope(path, i);
      read_value((*array)[i], out[i], path);
    }
  } else if constexpr (is_described_enum_v<T>) {
    const boost::json::string* text = value.if_string();
    if (text == nullptr) fail_type(path, value, {"字符串", "a string"});
    const std::string_view name(text->data(), text->size());
    if (const auto parsed = enum_from_text<T>(name)) {
      out = *parsed;
    } else {
      path.fail(
          ErrorCode::document_error,
          "未知的取值“" + excerpt(name) + "”，可用取值：" + enumerator_list<T>(),
          "unknown value \"" + excerpt(name) + "\", expected one of: " + enumerator_list<T>());
    }
  } else if constexpr (is_described_struct_v<T>) {
    read_struct(value, out, path);
  } else {
    static_assert(sizeof(T) == 0, "read_value: type is neither described nor supported");
  }
}

}  // namespace jixiao::json_io
