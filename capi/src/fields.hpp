// Field accessors of the C ABI: one table per row type maps a stable JX_* field id to typed
// get/set functions, so that every handle kind offers the same few functions (get_text, set_text,
// clear, get_decimal, set_decimal, get_int, set_int) instead of one function per member.
//
// A field id is collection * 100 + n (jixiao.h lists them). Texts are the universal form: every
// field reads as text (decimals as their exact string, enums as their JSON name, integers in
// decimal, booleans as "true"/"false") and every writable field accepts text in the same forms.
#pragma once

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "error_state.hpp"
#include "jixiao/amount.hpp"
#include "jixiao/decimal.hpp"
#include "json/described_reader.hpp"

namespace jixiao::capi {

enum class FieldType : std::uint8_t { text, decimal, integer, boolean, enumeration, list };

/// Texts computed for the caller (a decimal's string, a joined list) and owned by the handle: they
/// live until the handle changes or is freed, as jixiao.h promises. One entry per (row, field), so
/// reading the same field again reuses its entry instead of growing.
class TextCache {
 public:
  const std::string& keep(const void* row, int field, std::string text) {
    std::string& slot = texts_[{row, field}];
    slot = std::move(text);
    return slot;
  }
  const std::string* find(const void* row, int field) const noexcept {
    const auto found = texts_.find({row, field});
    return found == texts_.end() ? nullptr : &found->second;
  }
  void clear() noexcept { texts_.clear(); }

 private:
  std::map<std::pair<const void*, int>, std::string> texts_;
};

/// One field of a row type. A function pointer is null when the field does not support the
/// operation (a computed field cannot be set; only decimal fields have get_decimal, …).
template <class Row>
struct Field {
  int id = 0;
  const char* name = "";     ///< stable identifier ("annual_target"), returned by jx_field_name
  const char* pointer = "";  ///< JSON Pointer relative to the row ("/department/name")
  FieldType type = FieldType::text;
  bool required = false;  ///< cannot be cleared
  /// The value as text, or nothing when absent. A text that is not stored in the row is written to
  /// `computed` and the view points there.
  std::optional<std::string_view> (*get_text)(const Row&, std::string& computed) = nullptr;
  void (*set_text)(Row&, std::string_view) = nullptr;
  void (*clear)(Row&) = nullptr;
  std::optional<Decimal> (*get_decimal)(const Row&) = nullptr;
  void (*set_decimal)(Row&, const Decimal&) = nullptr;
  std::optional<std::int64_t> (*get_int)(const Row&) = nullptr;
  void (*set_int)(Row&, std::int64_t) = nullptr;
};

/// `JX_MEMBER(department.name)`: the accessor a field factory is instantiated with. A member
/// path cannot be parenthesised, nor can a lambda be.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define JX_MEMBER(expr)    \
  [](auto& row) -> auto& { \
    return row.expr;       \
  }
// NOLINTEND(bugprone-macro-parentheses)

template <class T>
inline constexpr bool is_optional_field_v = json_io::is_optional_v<T>;

template <class T>
struct optional_value {
  using type = T;
};
template <class T>
struct optional_value<std::optional<T>> {
  using type = T;
};

/// Error(invalid_argument): `text` is not one of `expected`.
[[noreturn]] void throw_bad_field_text(std::string_view text, std::string_view expected_zh,
                                       std::string_view expected_en);

/// Reads a whole decimal integer ("2023", "-1") within [min, max].
std::int64_t parse_integer_text(std::string_view text, std::int64_t min, std::int64_t max);
/// Checks an integer against [min, max] (Error(invalid_argument) outside).
std::int64_t checked_integer(std::int64_t value, std::int64_t min, std::int64_t max);
/// "true"/"false"/"1"/"0".
bool parse_boolean_text(std::string_view text);
/// The items of a list text separated by "," "，" or "、", spaces trimmed, empty items dropped.
std::vector<std::string> split_list_text(std::string_view text);

template <class E>
E parse_enum_text(std::string_view text) {
  if constexpr (std::is_same_v<E, AmountUnit>) {
    if (const auto unit = amount_unit_from_label(text)) return *unit;
    throw_bad_field_text(text, "万元、元", "万元, 元, wan_yuan, yuan");
  } else {
    if (const auto value = json_io::enum_from_text<E>(text)) return *value;
    const std::string names = json_io::enumerator_list<E>();
    throw_bad_field_text(text, names, names);
  }
}

template <class E>
std::string_view enum_text(E value) {
  if constexpr (std::is_same_v<E, AmountUnit>) {
    return amount_unit_label(value);
  } else {
    const char* name = boost::describe::enum_to_string(value, nullptr);
    return name != nullptr ? std::string_view(name) : std::string_view();
  }
}

/// `bound` limited to what an integer of type T can hold.
template <class T>
constexpr std::int64_t clamp_bound(std::int64_t bound) {
  using Limits = std::numeric_limits<T>;
  if (std::cmp_less(bound, Limits::min())) return static_cast<std::int64_t>(Limits::min());
  if (std::cmp_greater(bound, Limits::max())) return static_cast<std::int64_t>(Limits::max());
  return bound;
}

/// The name of an enum member, or nothing when an optional one is absent.
template <class Member>
std::optional<std::string_view> optional_enum_text(const Member& member) {
  if constexpr (is_optional_field_v<Member>) {
    if (!member) return std::nullopt;
    return enum_text(*member);
  } else {
    return enum_text(member);
  }
}

/// A read-only text computed from a row: Text is a (const Row&) → std::optional<std::string>.
template <class Row, auto Text>
constexpr Field<Row> computed_field(int id, const char* name) {
  Field<Row> f{.id = id, .name = name, .type = FieldType::text};
  f.get_text = [](const Row& row, std::string& computed) -> std::optional<std::string_view> {
    std::optional<std::string> text = Text(row);
    if (!text) return std::nullopt;
    computed = std::move(*text);
    return std::string_view(computed);
  };
  return f;
}

/// A field over a member of type std::string, std::optional<std::string>, std::optional<Decimal>,
/// int, bool, an enum (or std::optional of one), chosen by the member's type. Integers are kept
/// within [Min, Max] (and their type's range), the range the JSON reader accepts.
template <class Row, auto Get, std::int64_t Min = std::numeric_limits<std::int64_t>::min(),
          std::int64_t Max = std::numeric_limits<std::int64_t>::max()>
constexpr Field<Row> field(int id, const char* name, const char* pointer) {
  using Member = std::remove_cvref_t<decltype(Get(std::declval<Row&>()))>;
  using Value = typename optional_value<Member>::type;
  constexpr bool optional = is_optional_field_v<Member>;
  // A const member (a getter of an immutable object) gets no setters.
  constexpr bool writable =
      !std::is_const_v<std::remove_reference_t<decltype(Get(std::declval<Row&>()))>>;
  Field<Row> f{.id = id, .name = name, .pointer = pointer, .required = !optional};
  if constexpr (optional && writable) {
    f.clear = [](Row& row) { Get(row).reset(); };
  }
  if constexpr (std::is_same_v<Value, std::string>) {
    f.type = FieldType::text;
    f.get_text = [](const Row& row, std::string&) -> std::optional<std::string_view> {
      const Member& member = Get(row);
      if constexpr (optional) {
        if (!member) return std::nullopt;
        return std::string_view(*member);
      } else {
        return std::string_view(member);
      }
    };
    if constexpr (writable) {
      f.set_text = [](Row& row, std::string_view text) { Get(row) = std::string(text); };
    }
  } else if constexpr (std::is_same_v<Value, Decimal>) {
    f.type = FieldType::decimal;
    f.get_text = [](const Row& row, std::string& computed) -> std::optional<std::string_view> {
      const Member& member = Get(row);
      const Decimal* value = nullptr;
      if constexpr (optional) {
        if (!member) return std::nullopt;
        value = &*member;
      } else {
        value = &member;
      }
      // At the value's own scale, as the JSON writer does: "13831.00" stays "13831.00".
      computed = value->to_string(value->scale());
      return std::string_view(computed);
    };
    f.get_decimal = [](const Row& row) -> std::optional<Decimal> { return Get(row); };
    if constexpr (writable) {
      f.set_text = [](Row& row, std::string_view text) { Get(row) = Decimal::parse(text); };
      f.set_decimal = [](Row& row, const Decimal& value) { Get(row) = value; };
    }
  } else if constexpr (std::is_same_v<Value, bool>) {
    f.type = FieldType::boolean;
    f.get_text = [](const Row& row, std::string&) -> std::optional<std::string_view> {
      return std::string_view(Get(row) ? "true" : "false");
    };
    f.get_int = [](const Row& row) -> std::optional<std::int64_t> { return Get(row) ? 1 : 0; };
    if constexpr (writable) {
      f.set_text = [](Row& row, std::string_view text) { Get(row) = parse_boolean_text(text); };
      f.set_int = [](Row& row, std::int64_t value) {
        Get(row) = checked_integer(value, 0, 1) != 0;
      };
    }
  } else if constexpr (std::is_integral_v<Value>) {
    constexpr std::int64_t low = clamp_bound<Value>(Min);
    constexpr std::int64_t high = clamp_bound<Value>(Max);
    f.type = FieldType::integer;
    f.get_text = [](const Row& row, std::string& computed) -> std::optional<std::string_view> {
      computed = std::to_string(Get(row));
      return std::string_view(computed);
    };
    f.get_int = [](const Row& row) -> std::optional<std::int64_t> {
      return static_cast<std::int64_t>(Get(row));
    };
    if constexpr (writable) {
      f.set_text = [](Row& row, std::string_view text) {
        Get(row) = static_cast<Value>(parse_integer_text(text, low, high));
      };
      f.set_int = [](Row& row, std::int64_t value) {
        Get(row) = static_cast<Value>(checked_integer(value, low, high));
      };
    }
  } else if constexpr (std::is_enum_v<Value>) {
    f.type = FieldType::enumeration;
    f.get_text = [](const Row& row, std::string&) { return optional_enum_text(Get(row)); };
    if constexpr (writable) {
      f.set_text = [](Row& row, std::string_view text) { Get(row) = parse_enum_text<Value>(text); };
    }
  } else {
    static_assert(sizeof(Value) == 0, "field(): unsupported member type");
  }
  return f;
}

/// A read-only enum (or std::optional of one) that also reads as an integer: its enumerator's
/// position, which the C constants name (the C layer static_asserts each one); -1 when absent.
template <class Row, auto Get>
constexpr Field<Row> coded_enum_field(int id, const char* name) {
  using Member = std::remove_cvref_t<decltype(Get(std::declval<const Row&>()))>;
  constexpr bool optional = is_optional_field_v<Member>;
  Field<Row> f{.id = id, .name = name, .type = FieldType::enumeration, .required = !optional};
  f.get_text = [](const Row& row, std::string&) { return optional_enum_text(Get(row)); };
  f.get_int = [](const Row& row) -> std::optional<std::int64_t> {
    const Member& member = Get(row);
    if constexpr (optional) {
      if (!member) return -1;
      return static_cast<std::int64_t>(*member);
    } else {
      return static_cast<std::int64_t>(member);
    }
  };
  return f;
}

/// A read-only std::optional<bool>: "true" / "false" / absent as text, 1 / 0 / -1 as an integer.
template <class Row, auto Get>
constexpr Field<Row> tri_state_field(int id, const char* name) {
  Field<Row> f{.id = id, .name = name, .type = FieldType::boolean};
  f.get_text = [](const Row& row, std::string&) -> std::optional<std::string_view> {
    const std::optional<bool>& member = Get(row);
    if (!member) return std::nullopt;
    return std::string_view(*member ? "true" : "false");
  };
  f.get_int = [](const Row& row) -> std::optional<std::int64_t> {
    const std::optional<bool>& member = Get(row);
    if (!member) return -1;
    return *member ? 1 : 0;
  };
  return f;
}

/// A list of enum values read and written as text: names joined by ", " ("funding, staffing").
/// Empty text is the empty list; the field cannot be absent.
template <class Row, auto Get>
constexpr Field<Row> enum_list_field(int id, const char* name, const char* pointer) {
  using Member = std::remove_cvref_t<decltype(Get(std::declval<Row&>()))>;
  using Value = typename Member::value_type;
  Field<Row> f{
      .id = id, .name = name, .pointer = pointer, .type = FieldType::list, .required = false};
  f.clear = [](Row& row) { Get(row).clear(); };
  f.get_text = [](const Row& row, std::string& computed) -> std::optional<std::string_view> {
    computed.clear();
    for (const Value value : Get(row)) {
      if (!computed.empty()) computed += ", ";
      computed += enum_text(value);
    }
    return std::string_view(computed);
  };
  f.set_text = [](Row& row, std::string_view text) {
    Member values;
    for (const std::string& item : split_list_text(text))
      values.push_back(parse_enum_text<Value>(item));
    Get(row) = std::move(values);
  };
  return f;
}

/// A table as the span the lookups take.
template <class Row, std::size_t N>
constexpr std::span<const Field<Row>> span_of(const std::array<Field<Row>, N>& table) {
  return std::span<const Field<Row>>(table);
}

/// `head` followed by `tail`, as one table (rows that share a group of fields, such as traces).
template <class Row, std::size_t N, std::size_t M>
constexpr std::array<Field<Row>, N + M> joined(const std::array<Field<Row>, N>& head,
                                               const std::array<Field<Row>, M>& tail) {
  std::array<Field<Row>, N + M> table{};
  for (std::size_t i = 0; i < N; ++i)
    table[i] = head[i];
  for (std::size_t i = 0; i < M; ++i)
    table[N + i] = tail[i];
  return table;
}

/// The field `id` of a table whose ids are consecutive from table[0].id, or null.
template <class Row>
const Field<Row>* find_field(std::span<const Field<Row>> table, int id) noexcept {
  if (table.empty() || id < table[0].id) return nullptr;
  const auto index = static_cast<std::size_t>(id - table[0].id);
  return index < table.size() && table[index].id == id ? &table[index] : nullptr;
}

/// The name of a field id of any table (jx_field_name), or null; and of each area's tables.
const char* field_name(int id) noexcept;
const char* document_field_name(int id) noexcept;
const char* policy_field_name(int id) noexcept;
const char* target_field_name(int id) noexcept;
const char* formula_field_name(int id) noexcept;
const char* review_field_name(int id) noexcept;
const char* engine_field_name(int id) noexcept;

/// Where a field lives in its handle: the row (or the document itself) and the JSON Pointer that
/// errors name.
template <class Row>
struct FieldTarget {
  Row* row;
  const Field<Row>* field;
  std::string path;
};

[[noreturn]] void throw_unknown_field(int id, std::string_view handle_kind);
[[noreturn]] void throw_unsupported(std::string_view field_name, std::string_view operation,
                                    FieldType type);
[[noreturn]] void throw_required(std::string_view field_name);
[[noreturn]] void throw_row_out_of_range(std::string_view list, std::size_t row, std::size_t count);
[[noreturn]] void throw_root_row(std::size_t row);
/// Rethrows the current jixiao::Error with `path` as its JSON Pointer (kept when it has one).
[[noreturn]] void rethrow_at(const Error& error, const std::string& path);

/// Runs a setter; errors from parsing the value (a bad decimal, an unknown enum name) name the
/// field's JSON Pointer.
template <class Setter>
void set_at(const std::string& path, Setter&& setter) {
  try {
    setter();
  } catch (const Error& error) {
    rethrow_at(error, path);
  } catch (const ApiFailure& failure) {
    rethrow_at(Error(static_cast<ErrorCode>(-failure.code), failure.message_zh, failure.message_en),
               path);
  }
}

/// The text of a field as handed to C: a view that is NUL-terminated, into the row, static text
/// or `cache`. `present` is false when the field is absent.
struct TextOut {
  bool present = false;
  const char* data = nullptr;
  std::size_t size = 0;
};

/// Computes and keeps every text of `row` that is not stored in it, so that an immutable handle
/// hands out texts later without writing (read_kept_text), and threads may share it.
template <class Row>
void keep_texts(const Row& row, std::span<const Field<Row>> table, TextCache& cache) {
  for (const Field<Row>& field : table) {
    if (field.get_text == nullptr) continue;
    std::string computed;
    const std::optional<std::string_view> text = field.get_text(row, computed);
    if (text && !computed.empty() && text->data() == computed.data())
      cache.keep(&row, field.id, std::move(computed));
  }
}

/// A text of a row whose computed texts keep_texts() has stored: reads only.
template <class Row>
TextOut read_kept_text(const Row& row, const Field<Row>& field, const TextCache& cache) {
  std::string computed;
  const std::optional<std::string_view> text = field.get_text(row, computed);
  if (!text) return {};
  if (!computed.empty() && text->data() == computed.data()) {
    const std::string* kept = cache.find(&row, field.id);
    if (kept == nullptr) throw std::logic_error("a computed text was not kept");
    return {true, kept->c_str(), kept->size()};
  }
  if (text->empty()) return {true, "", 0};
  return {true, text->data(), text->size()};
}

template <class Row>
TextOut read_text(const Row& row, const Field<Row>& field, TextCache& cache) {
  std::string computed;
  const std::optional<std::string_view> text = field.get_text(row, computed);
  if (!text) return {};
  if (!computed.empty() && text->data() == computed.data()) {
    const std::string& kept = cache.keep(&row, field.id, std::move(computed));
    return {true, kept.c_str(), kept.size()};
  }
  if (text->empty()) return {true, "", 0};
  return {true, text->data(), text->size()};
}

/// The element `row` of a list, or JX_E_OUT_OF_RANGE naming the list.
template <class T>
T& checked_row(std::vector<T>& list, std::size_t row, std::string_view list_name) {
  if (row >= list.size()) throw_row_out_of_range(list_name, row, list.size());
  return list[row];
}
template <class T>
const T& checked_row(const std::vector<T>& list, std::size_t row, std::string_view list_name) {
  if (row >= list.size()) throw_row_out_of_range(list_name, row, list.size());
  return list[row];
}

}  // namespace jixiao::capi
