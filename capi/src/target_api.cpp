// jx_target_*: the 指标值 parser and formatter, including the MOF split. A target handle is
// immutable; every text it hands out is computed when it is created, so threads share it freely.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "decimal_handle.hpp"
#include "error_state.hpp"
#include "fields.hpp"
#include "handle.hpp"
#include "jixiao.h"
#include "jixiao/target.hpp"
#include "owned_string.hpp"
#include "text_input.hpp"

namespace jixiao::capi {
namespace {

// The C constants are the C++ enumerators' positions; a reordering in C++ must not change them.
static_assert(static_cast<int>(TargetKind::empty) == JX_TARGET_KIND_EMPTY);
static_assert(static_cast<int>(TargetKind::quantitative) == JX_TARGET_KIND_QUANTITATIVE);
static_assert(static_cast<int>(TargetKind::range) == JX_TARGET_KIND_RANGE);
static_assert(static_cast<int>(TargetKind::tolerance) == JX_TARGET_KIND_TOLERANCE);
static_assert(static_cast<int>(TargetKind::qualitative) == JX_TARGET_KIND_QUALITATIVE);
static_assert(static_cast<int>(TargetKind::vague) == JX_TARGET_KIND_VAGUE);
static_assert(static_cast<int>(TargetKind::date) == JX_TARGET_KIND_DATE);
static_assert(static_cast<int>(Direction::none) == JX_DIRECTION_NONE);
static_assert(static_cast<int>(Direction::positive) == JX_DIRECTION_POSITIVE);
static_assert(static_cast<int>(Direction::negative) == JX_DIRECTION_NEGATIVE);
static_assert(static_cast<int>(Direction::equal) == JX_DIRECTION_EQUAL);
static_assert(static_cast<int>(Direction::within) == JX_DIRECTION_WITHIN);
static_assert(static_cast<int>(Direction::increase) == JX_DIRECTION_INCREASE);
static_assert(static_cast<int>(Direction::decrease) == JX_DIRECTION_DECREASE);
static_assert(static_cast<int>(Direction::achieve) == JX_DIRECTION_ACHIEVE);

int comparator_code(Comparator comparator) noexcept {
  return comparator == Comparator::none ? JX_COMPARATOR_NONE : mof_code(comparator);
}

/// An enum read as its name (text) and its C constant (get_int).
template <class Row, auto Name, auto Code>
constexpr Field<Row> coded_field(int id, const char* name) {
  Field<Row> f{.id = id, .name = name, .type = FieldType::enumeration};
  f.get_text = [](const Row& row, std::string& computed) -> std::optional<std::string_view> {
    computed = std::string(Name(row));
    return std::string_view(computed);
  };
  f.get_int = [](const Row& row) -> std::optional<std::int64_t> { return Code(row); };
  return f;
}

/// A size_t member read with get_int (and as decimal text).
template <class Row, auto Get>
constexpr Field<Row> offset_field(int id, const char* name) {
  Field<Row> f{.id = id, .name = name, .type = FieldType::integer};
  f.get_text = [](const Row& row, std::string& computed) -> std::optional<std::string_view> {
    computed = std::to_string(Get(row));
    return std::string_view(computed);
  };
  f.get_int = [](const Row& row) -> std::optional<std::int64_t> {
    return static_cast<std::int64_t>(Get(row));
  };
  return f;
}

std::optional<std::string> date_text(const std::optional<TargetDate>& date) {
  if (!date) return std::nullopt;
  return to_string(*date);
}

constexpr std::array target_table{
    field<Target, JX_MEMBER(text)>(JX_TARGET_TEXT, "text", ""),
    coded_field<Target, [](const Target& t) { return to_string(t.kind); },
                [](const Target& t) { return static_cast<int>(t.kind); }>(JX_TARGET_KIND, "kind"),
    coded_field<Target, [](const Target& t) { return to_string(t.comparator); },
                [](const Target& t) { return comparator_code(t.comparator); }>(JX_TARGET_COMPARATOR,
                                                                               "comparator"),
    field<Target, JX_MEMBER(value)>(JX_TARGET_VALUE, "value", ""),
    field<Target, JX_MEMBER(upper)>(JX_TARGET_UPPER, "upper", ""),
    field<Target, JX_MEMBER(unit)>(JX_TARGET_UNIT, "unit", ""),
    coded_field<Target, [](const Target& t) { return to_string(t.direction); },
                [](const Target& t) { return static_cast<int>(t.direction); }>(JX_TARGET_DIRECTION,
                                                                               "direction"),
    field<Target, JX_MEMBER(scope)>(JX_TARGET_SCOPE, "scope", ""),
    computed_field<Target, [](const Target& t) { return date_text(t.date); }>(JX_TARGET_DATE,
                                                                              "date"),
    computed_field<Target, [](const Target& t) { return date_text(t.date_upper); }>(
        JX_TARGET_DATE_UPPER, "date_upper"),
    field<Target, JX_MEMBER(approximate)>(JX_TARGET_APPROXIMATE, "approximate", ""),
    field<Target, JX_MEMBER(label)>(JX_TARGET_LABEL, "label", ""),
    field<Target, JX_MEMBER(body)>(JX_TARGET_BODY, "body", ""),
    field<Target, JX_MEMBER(measure)>(JX_TARGET_MEASURE, "measure", ""),
    field<Target, JX_MEMBER(remark)>(JX_TARGET_REMARK, "remark", ""),
    computed_field<Target, [](const Target& t) -> std::optional<std::string> { return format(t); }>(
        JX_TARGET_CANONICAL, "canonical"),
    computed_field<Target,
                   [](const Target& t) -> std::optional<std::string> {
                     return std::string(comparator_symbol(t.comparator));
                   }>(JX_TARGET_COMPARATOR_SYMBOL, "comparator_symbol"),
};

constexpr std::array diagnostic_table{
    computed_field<TargetDiagnostic,
                   [](const TargetDiagnostic& d) -> std::optional<std::string> {
                     return std::string(to_string(d.code));
                   }>(JX_TARGET_DIAGNOSTIC_CODE, "code"),
    computed_field<TargetDiagnostic,
                   [](const TargetDiagnostic& d) -> std::optional<std::string> {
                     return to_string(d);
                   }>(JX_TARGET_DIAGNOSTIC_MESSAGE, "message"),
    field<TargetDiagnostic, JX_MEMBER(message_zh)>(JX_TARGET_DIAGNOSTIC_MESSAGE_ZH, "message_zh",
                                                   ""),
    field<TargetDiagnostic, JX_MEMBER(message_en)>(JX_TARGET_DIAGNOSTIC_MESSAGE_EN, "message_en",
                                                   ""),
    offset_field<TargetDiagnostic, JX_MEMBER(byte_offset)>(JX_TARGET_DIAGNOSTIC_BYTE_OFFSET,
                                                           "byte_offset"),
    offset_field<TargetDiagnostic, JX_MEMBER(char_offset)>(JX_TARGET_DIAGNOSTIC_CHAR_OFFSET,
                                                           "char_offset"),
    offset_field<TargetDiagnostic, JX_MEMBER(char_length)>(JX_TARGET_DIAGNOSTIC_CHAR_LENGTH,
                                                           "char_length"),
};

const std::span<const Field<Target>> target_fields{target_table};
const std::span<const Field<TargetDiagnostic>> diagnostic_fields{diagnostic_table};

Comparator checked_unwritten_as(int code) {
  switch (code) {
    case JX_COMPARATOR_GREATER_EQUAL:
      return Comparator::greater_equal;
    case JX_COMPARATOR_GREATER:
      return Comparator::greater;
    case JX_COMPARATOR_EQUAL:
      return Comparator::equal;
    case JX_COMPARATOR_LESS:
      return Comparator::less;
    case JX_COMPARATOR_LESS_EQUAL:
      return Comparator::less_equal;
    default:
      throw_invalid_argument(
          "unwritten_as 应为 JX_COMPARATOR_GREATER_EQUAL…LESS_EQUAL（1…5），而不是 " +
              std::to_string(code),
          "unwritten_as must be JX_COMPARATOR_GREATER_EQUAL…LESS_EQUAL (1…5), not " +
              std::to_string(code));
  }
}

}  // namespace

const char* target_field_name(int id) noexcept {
  if (const Field<Target>* spec = find_field(target_fields, id)) return spec->name;
  if (const Field<TargetDiagnostic>* spec = find_field(diagnostic_fields, id)) return spec->name;
  return nullptr;
}

}  // namespace jixiao::capi

struct jx_target : jixiao::capi::Handle {
  explicit jx_target(jixiao::Target v)
      : Handle(jixiao::capi::HandleKind::target), value(std::move(v)) {
    using namespace jixiao::capi;
    keep_texts(value, target_fields, texts);
    for (const jixiao::TargetDiagnostic& diagnostic : value.diagnostics)
      keep_texts(diagnostic, diagnostic_fields, texts);
  }
  const jixiao::Target value;
  jixiao::capi::TextCache texts;  ///< filled by the constructor, read-only afterwards
};

using namespace jixiao::capi;
using jixiao::Target;

namespace {

const jx_target& live(const jx_target* handle, const char* name = "target") {
  return checked_handle(handle, HandleKind::target, name);
}

/// Calls body(row, field) for a field of a target.
template <class Body>
void with_field(const jx_target& target, int field, size_t row, Body&& body) {
  switch (field / 100) {
    case JX_TARGET_ROOT: {
      if (row != 0) throw_root_row(row);
      const Field<Target>* spec = find_field(target_fields, field);
      if (spec == nullptr) break;
      body(target.value, *spec);
      return;
    }
    case JX_TARGET_DIAGNOSTICS: {
      const Field<jixiao::TargetDiagnostic>* spec = find_field(diagnostic_fields, field);
      if (spec == nullptr) break;
      body(checked_row(target.value.diagnostics, row, "diagnostics"), *spec);
      return;
    }
    default:
      break;
  }
  throw_unknown_field(field, "target");
}

}  // namespace

extern "C" {

JX_API int jx_target_parse(const char* text, size_t len, jx_target** out) {
  return guarded([&] {
    checked_out(out, "out");
    *out = new jx_target(jixiao::parse_target(checked_text(text, len, "text")));
  });
}

JX_API int jx_target_from_mof(int code, const char* value, size_t value_len, const char* unit,
                              size_t unit_len, jx_target** out) {
  return guarded([&] {
    checked_out(out, "out");
    const std::string_view value_text = checked_text(value, value_len, "value");
    const std::string_view unit_text = checked_text(unit, unit_len, "unit");
    *out = new jx_target(jixiao::from_mof(code, value_text, unit_text));
  });
}

JX_API void jx_target_free(jx_target* target) {
  if (target != nullptr && target->kind == HandleKind::target) delete target;
}

JX_API int jx_target_to_mof(const jx_target* target, int unwritten_as, int* out_code,
                            jx_decimal** out_value, char** out_unit, char** out_text) {
  return guarded([&] {
    const Target& value = live(target).value;
    checked_out(out_code, "out_code");
    const jixiao::MofValue mof = jixiao::to_mof(value, checked_unwritten_as(unwritten_as));
    // These strings come back without a length, so a NUL byte (possible in a target's text)
    // would cut them short unseen.
    if ((out_text != nullptr && mof.text.find('\0') != std::string::npos) ||
        (out_unit != nullptr && mof.unit.find('\0') != std::string::npos)) {
      throw_invalid_argument(
          "该指标值的 MOF 文本含有 NUL 字节，C 字符串无法完整携带；请用 "
          "jx_target_get_text(JX_TARGET_CANONICAL) 读取（返回长度）",
          "the MOF text of this target holds a NUL byte, which a C string cannot carry; read it "
          "with jx_target_get_text(JX_TARGET_CANONICAL), which returns its length");
    }
    // Allocate everything first, so that a failure hands nothing out.
    char* unit = out_unit != nullptr ? owned_copy(mof.unit) : nullptr;
    char* text = nullptr;
    jx_decimal* number = nullptr;
    try {
      if (out_text != nullptr) text = owned_copy(mof.text);
      if (out_value != nullptr && mof.value) number = new_decimal(*mof.value);
    } catch (...) {
      jx_free(unit);
      jx_free(text);
      throw;
    }
    *out_code = mof.code;
    if (out_value != nullptr) *out_value = number;
    if (out_unit != nullptr) *out_unit = unit;
    if (out_text != nullptr) *out_text = text;
  });
}

JX_API int jx_target_is_met(const jx_target* target, const char* actual, size_t actual_len,
                            int unwritten_as, int* out_met) {
  return guarded([&] {
    const Target& value = live(target).value;
    checked_out(out_met, "out_met");
    const std::string_view text = checked_text(actual, actual_len, "actual");
    *out_met = jixiao::is_met(value, text, checked_unwritten_as(unwritten_as)) ? 1 : 0;
  });
}

JX_API int jx_target_equivalent(const jx_target* a, const jx_target* b, int* out) {
  return guarded([&] {
    const Target& left = live(a, "a").value;
    const Target& right = live(b, "b").value;
    checked_out(out, "out");
    *out = jixiao::equivalent(left, right) ? 1 : 0;
  });
}

JX_API int jx_target_to_json(const jx_target* target, char** out) {
  return guarded([&] {
    const Target& value = live(target).value;
    checked_out(out, "out");
    *out = owned_copy(jixiao::to_json(value));
  });
}

JX_API int jx_target_part(const jx_target* target, size_t index, jx_target** out) {
  return guarded([&] {
    const Target& value = live(target).value;
    checked_out(out, "out");
    *out = new jx_target(checked_row(value.parts, index, "parts"));
  });
}

JX_API int jx_target_count(const jx_target* target, int collection, size_t* out) {
  return guarded([&] {
    const Target& value = live(target).value;
    checked_out(out, "out");
    switch (collection) {
      case JX_TARGET_ROOT:
        *out = 1;
        return;
      case JX_TARGET_DIAGNOSTICS:
        *out = value.diagnostics.size();
        return;
      case JX_TARGET_PARTS:
        *out = value.parts.size();
        return;
      default:
        throw_invalid_argument(
            "集合编号 " + std::to_string(collection) + " 不属于 target",
            "collection " + std::to_string(collection) + " is not part of a target");
    }
  });
}

JX_API int jx_target_get_text(const jx_target* target, int field, size_t row, const char** text,
                              size_t* len) {
  return guarded([&] {
    const jx_target& handle = live(target);
    checked_out(text, "text");
    with_field(handle, field, row, [&](const auto& source, const auto& spec) {
      const TextOut out = read_kept_text(source, spec, handle.texts);
      *text = out.present ? out.data : nullptr;
      if (len != nullptr) *len = out.size;
    });
  });
}

JX_API int jx_target_get_int(const jx_target* target, int field, size_t row, int64_t* out) {
  return guarded([&] {
    const jx_target& handle = live(target);
    checked_out(out, "out");
    with_field(handle, field, row, [&](const auto& source, const auto& spec) {
      if (spec.get_int == nullptr) throw_unsupported(spec.name, "get_int", spec.type);
      *out = spec.get_int(source).value_or(0);
    });
  });
}

JX_API int jx_target_get_decimal(const jx_target* target, int field, size_t row, jx_decimal** out) {
  return guarded([&] {
    const jx_target& handle = live(target);
    checked_out(out, "out");
    with_field(handle, field, row, [&](const auto& source, const auto& spec) {
      if (spec.get_decimal == nullptr) throw_unsupported(spec.name, "get_decimal", spec.type);
      const std::optional<jixiao::Decimal> value = spec.get_decimal(source);
      *out = value ? new_decimal(*value) : nullptr;
    });
  });
}
}
