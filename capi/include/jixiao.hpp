// jixiao.hpp — a header-only C++ wrapper over the C ABI of jixiao (jixiao.h).
//
// For integrators who want C++ convenience (RAII handles, exceptions, std::string) without
// depending on the C++ ABI of the library: everything here calls libjixiao.so.1 through jixiao.h,
// so a program built with this header keeps working when a newer libjixiao.so.1 is dropped in.
// Needs C++17.
//
//   jx::Declaration declaration = jx::Declaration::load_json(json);
//   std::optional<std::string> name = declaration.get_text(JX_DECLARATION_DEPARTMENT_NAME);
//   jx::Formula rate = jx::Formula::compile("到位率 = 及时到位数量 / 计划到位数量 × 100%");
//   jx::Decimal value = *rate.evaluate({jx::Decimal::parse("38"), jx::Decimal::parse("40")});
//
// Conventions:
// - every failure throws jx::Error (code, messages, offsets, JSON path from jx_last_error());
// - immutable handles (Decimal, Policy, Target, Formula) are cheap to copy: copies share the
//   handle, and any number of threads may use them;
// - documents (Declaration, SelfEvaluation, MonitoringReport) own their handle: moving transfers
//   it, copying clones the document; one thread at a time may use a document;
// - optional fields read as std::nullopt when absent.
#ifndef JIXIAO_HPP
#define JIXIAO_HPP

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao.h"

namespace jx {

/// A failed jx_ call: the C status and the thread's jx_last_error() at the time.
class Error : public std::runtime_error {
 public:
  Error(int code, const jx_error& details)
      : std::runtime_error(details.message != nullptr && details.message[0] != '\0'
                               ? details.message
                               : jx_error_string(code)),
        code_(code),
        message_zh_(details.message_zh != nullptr ? details.message_zh : ""),
        message_en_(details.message_en != nullptr ? details.message_en : ""),
        byte_offset_(details.byte_offset),
        char_offset_(details.char_offset),
        json_path_(details.json_path != nullptr ? details.json_path : "") {}

  int code() const noexcept { return code_; }
  const std::string& message_zh() const noexcept { return message_zh_; }
  const std::string& message_en() const noexcept { return message_en_; }
  /// -1 when the error has no position.
  std::int64_t byte_offset() const noexcept { return byte_offset_; }
  std::int64_t char_offset() const noexcept { return char_offset_; }
  const std::string& json_path() const noexcept { return json_path_; }

 private:
  int code_;
  std::string message_zh_;
  std::string message_en_;
  std::int64_t byte_offset_;
  std::int64_t char_offset_;
  std::string json_path_;
};

/// Throws jx::Error unless `status` is JX_OK.
inline void check(int status) {
  if (status != JX_OK) throw Error(status, *jx_last_error());
}

namespace detail {

/// A string the library handed out for the caller to free.
inline std::string take(char* text) {
  struct Free {
    void operator()(char* p) const noexcept { jx_free(p); }
  };
  std::unique_ptr<char, Free> owned(text);
  return text != nullptr ? std::string(text) : std::string();
}

inline std::optional<std::string> view(const char* text, std::size_t len) {
  if (text == nullptr) return std::nullopt;
  return std::string(text, len);
}

template <class T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* handle) const noexcept { Free(handle); }
};

template <class T, void (*Free)(T*)>
using Unique = std::unique_ptr<T, Deleter<T, Free>>;

/// A shared immutable handle.
template <class T, void (*Free)(T*)>
std::shared_ptr<T> share(T* handle) {
  try {
    return std::shared_ptr<T>(handle, Deleter<T, Free>());
  } catch (...) {
    Free(handle);
    throw;
  }
}

}  // namespace detail

// ---- Decimal --------------------------------------------------------------------------------

/// An exact decimal (38 significant digits). Immutable; copies share the handle.
class Decimal {
 public:
  static Decimal parse(std::string_view text) {
    jx_decimal* out = nullptr;
    check(jx_decimal_parse(text.data(), text.size(), &out));
    return Decimal(out);
  }
  static Decimal from_int(std::int64_t value) {
    jx_decimal* out = nullptr;
    check(jx_decimal_from_int64(value, &out));
    return Decimal(out);
  }
  /// Takes ownership of a handle a jx_ function returned.
  explicit Decimal(jx_decimal* handle) : handle_(detail::share<jx_decimal, jx_decimal_free>(handle)) {}

  const jx_decimal* get() const noexcept { return handle_.get(); }

  std::string to_string() const {
    char* out = nullptr;
    check(jx_decimal_to_string(get(), &out));
    return detail::take(out);
  }
  std::string to_fixed(int scale, int rounding = JX_ROUND_HALF_UP) const {
    char* out = nullptr;
    check(jx_decimal_to_fixed(get(), scale, rounding, &out));
    return detail::take(out);
  }
  double to_double() const {
    double out = 0;
    check(jx_decimal_to_double(get(), &out));
    return out;
  }
  Decimal round(int scale, int rounding = JX_ROUND_HALF_UP) const {
    jx_decimal* out = nullptr;
    check(jx_decimal_round(get(), scale, rounding, &out));
    return Decimal(out);
  }
  static Decimal divide(const Decimal& a, const Decimal& b, int scale,
                        int rounding = JX_ROUND_HALF_UP) {
    jx_decimal* out = nullptr;
    check(jx_decimal_div(a.get(), b.get(), scale, rounding, &out));
    return Decimal(out);
  }
  friend Decimal operator+(const Decimal& a, const Decimal& b) {
    return binary(jx_decimal_add, a, b);
  }
  friend Decimal operator-(const Decimal& a, const Decimal& b) {
    return binary(jx_decimal_sub, a, b);
  }
  friend Decimal operator*(const Decimal& a, const Decimal& b) {
    return binary(jx_decimal_mul, a, b);
  }
  Decimal operator-() const {
    jx_decimal* out = nullptr;
    check(jx_decimal_negate(get(), &out));
    return Decimal(out);
  }
  /// −1, 0, 1; numeric (1.10 equals 1.1).
  static int compare(const Decimal& a, const Decimal& b) {
    int out = 0;
    check(jx_decimal_compare(a.get(), b.get(), &out));
    return out;
  }
  friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
  friend bool operator!=(const Decimal& a, const Decimal& b) { return compare(a, b) != 0; }
  friend bool operator<(const Decimal& a, const Decimal& b) { return compare(a, b) < 0; }
  friend bool operator>(const Decimal& a, const Decimal& b) { return compare(a, b) > 0; }
  friend bool operator<=(const Decimal& a, const Decimal& b) { return compare(a, b) <= 0; }
  friend bool operator>=(const Decimal& a, const Decimal& b) { return compare(a, b) >= 0; }

 private:
  static Decimal binary(int (*operation)(const jx_decimal*, const jx_decimal*, jx_decimal**),
                        const Decimal& a, const Decimal& b) {
    jx_decimal* out = nullptr;
    check(operation(a.get(), b.get(), &out));
    return Decimal(out);
  }
  std::shared_ptr<jx_decimal> handle_;
};

namespace detail {

inline std::optional<Decimal> maybe_decimal(jx_decimal* handle) {
  if (handle == nullptr) return std::nullopt;
  return Decimal(handle);
}

}  // namespace detail

// ---- documents --------------------------------------------------------------------------------

namespace detail {

/// The C functions of one document kind; Document<Functions> wraps them identically.
template <class H>
struct DocumentFunctions;

#define JX_HPP_DOCUMENT_FUNCTIONS(H, prefix)                                          \
  template <>                                                                         \
  struct DocumentFunctions<H> {                                                       \
    static constexpr auto create = prefix##_new;                                      \
    static constexpr auto load_json = prefix##_load_json;                             \
    static constexpr auto to_json = prefix##_to_json;                                 \
    static constexpr auto clone = prefix##_clone;                                     \
    static void free(H* handle) noexcept { prefix##_free(handle); }                   \
    static constexpr auto count = prefix##_count;                                     \
    static constexpr auto add_row = prefix##_add_row;                                 \
    static constexpr auto insert_row = prefix##_insert_row;                           \
    static constexpr auto remove_row = prefix##_remove_row;                           \
    static constexpr auto get_text = prefix##_get_text;                               \
    static constexpr auto set_text = prefix##_set_text;                               \
    static constexpr auto clear = prefix##_clear;                                     \
    static constexpr auto get_int = prefix##_get_int;                                 \
    static constexpr auto set_int = prefix##_set_int;                                 \
    static constexpr auto get_decimal = prefix##_get_decimal;                         \
    static constexpr auto set_decimal = prefix##_set_decimal;                         \
  };

JX_HPP_DOCUMENT_FUNCTIONS(jx_declaration, jx_declaration)
JX_HPP_DOCUMENT_FUNCTIONS(jx_self_evaluation, jx_self_evaluation)
JX_HPP_DOCUMENT_FUNCTIONS(jx_monitoring_report, jx_monitoring_report)
#undef JX_HPP_DOCUMENT_FUNCTIONS

}  // namespace detail

/// JSON reading bounds (jx_json_options).
struct JsonOptions {
  std::size_t max_bytes = JX_MAX_TEXT_BYTES;
  std::size_t max_depth = 64;

  jx_json_options to_c() const noexcept {
    jx_json_options options = JX_JSON_OPTIONS_INIT;
    options.max_bytes = max_bytes;
    options.max_depth = max_depth;
    return options;
  }
};

/// A document: fields by id (jixiao.h, "Fields"), rows by collection, JSON in and out.
template <class H>
class Document {
  using F = detail::DocumentFunctions<H>;

 public:
  /// An empty document.
  Document() {
    H* out = nullptr;
    check(F::create(&out));
    handle_.reset(out);
  }
  static Document load_json(std::string_view json, const JsonOptions& options = {}) {
    const jx_json_options c = options.to_c();
    H* out = nullptr;
    check(F::load_json(json.data(), json.size(), &c, &out));
    return Document(out);
  }
  /// Takes ownership of a handle a jx_ function returned.
  explicit Document(H* handle) : handle_(handle) {}
  Document(const Document& other) : handle_(other.clone_handle()) {}
  Document& operator=(const Document& other) {
    if (this != &other) handle_.reset(other.clone_handle());
    return *this;
  }
  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;

  H* get() noexcept { return handle_.get(); }
  const H* get() const noexcept { return handle_.get(); }

  std::string to_json() const {
    char* out = nullptr;
    check(F::to_json(get(), &out));
    return detail::take(out);
  }
  std::size_t count(int collection) const {
    std::size_t out = 0;
    check(F::count(get(), collection, &out));
    return out;
  }
  std::size_t add_row(int collection) {
    std::size_t out = 0;
    check(F::add_row(get(), collection, &out));
    return out;
  }
  void insert_row(int collection, std::size_t row) { check(F::insert_row(get(), collection, row)); }
  void remove_row(int collection, std::size_t row) { check(F::remove_row(get(), collection, row)); }
  std::optional<std::string> get_text(int field, std::size_t row = 0) const {
    const char* text = nullptr;
    std::size_t len = 0;
    check(F::get_text(get(), field, row, &text, &len));
    return detail::view(text, len);
  }
  void set_text(int field, std::size_t row, std::string_view text) {
    check(F::set_text(get(), field, row, text.data(), text.size()));
  }
  void set_text(int field, std::string_view text) { set_text(field, 0, text); }
  void clear(int field, std::size_t row = 0) { check(F::clear(get(), field, row)); }
  std::int64_t get_int(int field, std::size_t row = 0) const {
    std::int64_t out = 0;
    check(F::get_int(get(), field, row, &out));
    return out;
  }
  void set_int(int field, std::size_t row, std::int64_t value) {
    check(F::set_int(get(), field, row, value));
  }
  void set_int(int field, std::int64_t value) { set_int(field, 0, value); }
  std::optional<Decimal> get_decimal(int field, std::size_t row = 0) const {
    jx_decimal* out = nullptr;
    check(F::get_decimal(get(), field, row, &out));
    return detail::maybe_decimal(out);
  }
  void set_decimal(int field, std::size_t row, const Decimal& value) {
    check(F::set_decimal(get(), field, row, value.get()));
  }

 private:
  H* clone_handle() const {
    H* out = nullptr;
    check(F::clone(get(), &out));
    return out;
  }
  detail::Unique<H, F::free> handle_;
};

/// Where a budget line was found (Declaration::budget_find).
struct BudgetLocation {
  int section = JX_BUDGET_EXPENDITURE;
  std::vector<std::size_t> path;
};

/// A declaration, with its budget tree.
class Declaration : public Document<jx_declaration> {
 public:
  using Document::Document;
  Declaration() = default;
  Declaration(Document<jx_declaration> document) : Document(std::move(document)) {}
  static Declaration load_json(std::string_view json, const JsonOptions& options = {}) {
    return Declaration(Document::load_json(json, options));
  }

  using Path = std::vector<std::size_t>;

  std::size_t budget_count(int section, const Path& path = {}) const {
    std::size_t out = 0;
    check(jx_declaration_budget_count(get(), section, path.data(), path.size(), &out));
    return out;
  }
  std::size_t budget_add(int section, const Path& parent, std::string_view name) {
    std::size_t out = 0;
    check(jx_declaration_budget_add(get(), section, parent.data(), parent.size(), name.data(),
                                    name.size(), &out));
    return out;
  }
  void budget_insert(int section, const Path& path, std::string_view name) {
    check(jx_declaration_budget_insert(get(), section, path.data(), path.size(), name.data(),
                                       name.size()));
  }
  void budget_remove(int section, const Path& path) {
    check(jx_declaration_budget_remove(get(), section, path.data(), path.size()));
  }
  std::optional<std::string> budget_text(int section, const Path& path, int field) const {
    const char* text = nullptr;
    std::size_t len = 0;
    check(jx_declaration_budget_get_text(get(), section, path.data(), path.size(), field, &text,
                                         &len));
    return detail::view(text, len);
  }
  void budget_set_text(int section, const Path& path, int field, std::string_view text) {
    check(jx_declaration_budget_set_text(get(), section, path.data(), path.size(), field,
                                         text.data(), text.size()));
  }
  void budget_clear(int section, const Path& path, int field) {
    check(jx_declaration_budget_clear(get(), section, path.data(), path.size(), field));
  }
  std::optional<Decimal> budget_decimal(int section, const Path& path, int field) const {
    jx_decimal* out = nullptr;
    check(jx_declaration_budget_get_decimal(get(), section, path.data(), path.size(), field,
                                            &out));
    return detail::maybe_decimal(out);
  }
  void budget_set_decimal(int section, const Path& path, int field, const Decimal& value) {
    check(jx_declaration_budget_set_decimal(get(), section, path.data(), path.size(), field,
                                            value.get()));
  }
  Decimal budget_total(int section) const {
    jx_decimal* out = nullptr;
    check(jx_declaration_budget_total(get(), section, &out));
    return Decimal(out);
  }
  std::optional<BudgetLocation> budget_find(std::string_view name) const {
    BudgetLocation found;
    found.path.resize(16);
    std::size_t depth = 0;
    int status = jx_declaration_budget_find(get(), name.data(), name.size(), &found.section,
                                            found.path.data(), found.path.size(), &depth);
    if (status == JX_E_LIMIT) {
      found.path.resize(depth);
      status = jx_declaration_budget_find(get(), name.data(), name.size(), &found.section,
                                          found.path.data(), found.path.size(), &depth);
    }
    check(status);
    if (depth == 0) return std::nullopt;
    found.path.resize(depth);
    return found;
  }
};

using SelfEvaluation = Document<jx_self_evaluation>;
using MonitoringReport = Document<jx_monitoring_report>;

/// Which document a JSON text is (JX_DOCUMENT_*).
inline int document_kind_of_json(std::string_view json) {
  int out = 0;
  check(jx_document_kind_of_json(json.data(), json.size(), nullptr, &out));
  return out;
}

// ---- policies -----------------------------------------------------------------------------------

/// A policy. Immutable; copies share the handle.
class Policy {
 public:
  static Policy preset(std::string_view name) {
    jx_policy* out = nullptr;
    check(jx_policy_preset(name.data(), name.size(), &out));
    return Policy(out);
  }
  static Policy load_json(std::string_view json, const JsonOptions& options = {}) {
    const jx_json_options c = options.to_c();
    jx_policy* out = nullptr;
    check(jx_policy_load_json(json.data(), json.size(), &c, &out));
    return Policy(out);
  }
  static std::vector<std::string> preset_names() {
    std::size_t count = 0;
    check(jx_policy_preset_count(&count));
    std::vector<std::string> names;
    for (std::size_t index = 0; index < count; ++index) {
      const char* name = nullptr;
      check(jx_policy_preset_name(index, &name));
      names.emplace_back(name);
    }
    return names;
  }
  explicit Policy(jx_policy* handle) : handle_(detail::share<jx_policy, jx_policy_free>(handle)) {}

  const jx_policy* get() const noexcept { return handle_.get(); }

  std::string to_json() const {
    char* out = nullptr;
    check(jx_policy_to_json(get(), &out));
    return detail::take(out);
  }
  std::string name() const { return text(JX_POLICY_NAME); }
  std::string description() const { return text(JX_POLICY_DESCRIPTION); }
  std::vector<std::string> sources() const {
    std::size_t count = 0;
    check(jx_policy_count(get(), JX_POLICY_SOURCES, &count));
    std::vector<std::string> out;
    for (std::size_t row = 0; row < count; ++row)
      out.push_back(text(JX_POLICY_SOURCE, row));
    return out;
  }

 private:
  std::string text(int field, std::size_t row = 0) const {
    const char* out = nullptr;
    std::size_t len = 0;
    check(jx_policy_get_text(get(), field, row, &out, &len));
    return detail::view(out, len).value_or(std::string());
  }
  std::shared_ptr<jx_policy> handle_;
};

// ---- 指标值 -------------------------------------------------------------------------------------

/// A diagnostic of a target text, located in the original text.
struct TargetDiagnostic {
  std::string code;
  std::string message_zh;
  std::string message_en;
  std::int64_t byte_offset = 0;
  std::int64_t char_offset = 0;
  std::int64_t char_length = 0;
};

/// The MOF split form of a target.
struct MofValue {
  int code = JX_MOF_QUALITATIVE;
  std::optional<Decimal> value;
  std::string unit;
  std::string text;
};

/// A parsed 指标值. Immutable; copies share the handle.
class Target {
 public:
  static Target parse(std::string_view text) {
    jx_target* out = nullptr;
    check(jx_target_parse(text.data(), text.size(), &out));
    return Target(out);
  }
  static Target from_mof(int code, std::string_view value, std::string_view unit = {}) {
    jx_target* out = nullptr;
    check(jx_target_from_mof(code, value.data(), value.size(), unit.data(), unit.size(), &out));
    return Target(out);
  }
  explicit Target(jx_target* handle) : handle_(detail::share<jx_target, jx_target_free>(handle)) {}

  const jx_target* get() const noexcept { return handle_.get(); }

  int kind() const { return static_cast<int>(get_int(JX_TARGET_KIND)); }
  int comparator() const { return static_cast<int>(get_int(JX_TARGET_COMPARATOR)); }
  int direction() const { return static_cast<int>(get_int(JX_TARGET_DIRECTION)); }
  std::optional<Decimal> value() const { return get_decimal(JX_TARGET_VALUE); }
  std::optional<Decimal> upper() const { return get_decimal(JX_TARGET_UPPER); }
  std::string unit() const { return get_text(JX_TARGET_UNIT).value_or(std::string()); }
  std::string text() const { return get_text(JX_TARGET_TEXT).value_or(std::string()); }
  /// The canonical merged form ("≥95%").
  std::string format() const { return get_text(JX_TARGET_CANONICAL).value_or(std::string()); }

  MofValue to_mof(int unwritten_as = JX_COMPARATOR_GREATER_EQUAL) const {
    int code = 0;
    jx_decimal* value = nullptr;
    char* unit = nullptr;
    char* text = nullptr;
    check(jx_target_to_mof(get(), unwritten_as, &code, &value, &unit, &text));
    MofValue mof;
    mof.code = code;
    mof.value = detail::maybe_decimal(value);
    mof.unit = detail::take(unit);
    mof.text = detail::take(text);
    return mof;
  }
  bool is_met(std::string_view actual, int unwritten_as = JX_COMPARATOR_GREATER_EQUAL) const {
    int out = 0;
    check(jx_target_is_met(get(), actual.data(), actual.size(), unwritten_as, &out));
    return out != 0;
  }
  friend bool equivalent(const Target& a, const Target& b) {
    int out = 0;
    check(jx_target_equivalent(a.get(), b.get(), &out));
    return out != 0;
  }
  std::string to_json() const {
    char* out = nullptr;
    check(jx_target_to_json(get(), &out));
    return detail::take(out);
  }
  std::vector<Target> parts() const {
    std::vector<Target> out;
    for (std::size_t index = 0, n = count(JX_TARGET_PARTS); index < n; ++index) {
      jx_target* part = nullptr;
      check(jx_target_part(get(), index, &part));
      out.emplace_back(part);
    }
    return out;
  }
  std::vector<TargetDiagnostic> diagnostics() const {
    std::vector<TargetDiagnostic> out;
    for (std::size_t row = 0, n = count(JX_TARGET_DIAGNOSTICS); row < n; ++row) {
      TargetDiagnostic d;
      d.code = get_text(JX_TARGET_DIAGNOSTIC_CODE, row).value_or(std::string());
      d.message_zh = get_text(JX_TARGET_DIAGNOSTIC_MESSAGE_ZH, row).value_or(std::string());
      d.message_en = get_text(JX_TARGET_DIAGNOSTIC_MESSAGE_EN, row).value_or(std::string());
      d.byte_offset = get_int(JX_TARGET_DIAGNOSTIC_BYTE_OFFSET, row);
      d.char_offset = get_int(JX_TARGET_DIAGNOSTIC_CHAR_OFFSET, row);
      d.char_length = get_int(JX_TARGET_DIAGNOSTIC_CHAR_LENGTH, row);
      out.push_back(std::move(d));
    }
    return out;
  }

  std::size_t count(int collection) const {
    std::size_t out = 0;
    check(jx_target_count(get(), collection, &out));
    return out;
  }
  std::optional<std::string> get_text(int field, std::size_t row = 0) const {
    const char* text = nullptr;
    std::size_t len = 0;
    check(jx_target_get_text(get(), field, row, &text, &len));
    return detail::view(text, len);
  }
  std::int64_t get_int(int field, std::size_t row = 0) const {
    std::int64_t out = 0;
    check(jx_target_get_int(get(), field, row, &out));
    return out;
  }
  std::optional<Decimal> get_decimal(int field, std::size_t row = 0) const {
    jx_decimal* out = nullptr;
    check(jx_target_get_decimal(get(), field, row, &out));
    return detail::maybe_decimal(out);
  }

 private:
  std::shared_ptr<jx_target> handle_;
};

// ---- formulas -----------------------------------------------------------------------------------

/// Registered functions (C callbacks) for formulas; see jx_function_table_add. Formulas compiled
/// with a table keep what they need, so the table may be destroyed after compiling.
class FunctionTable {
 public:
  FunctionTable() {
    jx_function_table* out = nullptr;
    check(jx_function_table_new(&out));
    handle_.reset(out);
  }
  void add(std::string_view name, int min_arguments, int max_arguments,
           jx_double_function evaluate_double, jx_decimal_function evaluate_decimal = nullptr,
           const void* user_data = nullptr, bool pure = true) {
    check(jx_function_table_add(handle_.get(), name.data(), name.size(), min_arguments,
                                max_arguments, evaluate_double, evaluate_decimal, user_data,
                                pure ? 1 : 0));
  }
  const jx_function_table* get() const noexcept { return handle_.get(); }

 private:
  struct Free {
    void operator()(jx_function_table* table) const noexcept { jx_function_table_free(table); }
  };
  std::unique_ptr<jx_function_table, Free> handle_;
};

struct FormulaOptions {
  int role = JX_FORMULA_AUTOMATIC;
  int division_scale = 18;
  int rounding = JX_ROUND_HALF_UP;
  std::size_t max_length = 65536;
  int max_depth = 64;
  std::size_t max_variables = 256;
  const FunctionTable* functions = nullptr;
};

struct FormulaVariable {
  std::string name;
  bool optional = false;
  std::int64_t byte_offset = 0;
  std::int64_t char_offset = 0;
};

/// One batch's row counts.
struct BatchSummary {
  std::size_t ok = 0;
  std::size_t no_value = 0;
  std::size_t failed = 0;
};

/// Results of an exact batch over decimal texts.
struct TextBatch {
  std::vector<std::optional<std::string>> results;  ///< nullopt when the row is not ok
  std::vector<std::uint8_t> statuses;               ///< JX_EVAL_*
  BatchSummary summary;
};

/// A compiled formula. Immutable; copies share the handle; any number of threads may evaluate.
class Formula {
 public:
  static Formula compile(std::string_view text, const FormulaOptions& options = {}) {
    jx_formula_options c = JX_FORMULA_OPTIONS_INIT;
    c.role = options.role;
    c.division_scale = options.division_scale;
    c.rounding = options.rounding;
    c.max_length = options.max_length;
    c.max_depth = options.max_depth;
    c.max_variables = options.max_variables;
    c.functions = options.functions != nullptr ? options.functions->get() : nullptr;
    jx_formula* out = nullptr;
    check(jx_formula_compile(text.data(), text.size(), &c, &out));
    return Formula(out);
  }
  explicit Formula(jx_formula* handle)
      : handle_(detail::share<jx_formula, jx_formula_free>(handle)) {}

  const jx_formula* get() const noexcept { return handle_.get(); }

  std::vector<FormulaVariable> variables() const {
    std::size_t count = 0;
    check(jx_formula_count(get(), JX_FORMULA_VARIABLES, &count));
    std::vector<FormulaVariable> out;
    for (std::size_t slot = 0; slot < count; ++slot) {
      FormulaVariable v;
      v.name = text(JX_FORMULA_VARIABLE_NAME, slot);
      v.optional = integer(JX_FORMULA_VARIABLE_OPTIONAL, slot) != 0;
      v.byte_offset = integer(JX_FORMULA_VARIABLE_BYTE_OFFSET, slot);
      v.char_offset = integer(JX_FORMULA_VARIABLE_CHAR_OFFSET, slot);
      out.push_back(std::move(v));
    }
    return out;
  }
  std::optional<std::size_t> slot(std::string_view name) const {
    std::size_t out = 0;
    check(jx_formula_slot(get(), name.data(), name.size(), &out));
    if (out == JX_NO_SLOT) return std::nullopt;
    return out;
  }
  std::string defined_name() const { return text(JX_FORMULA_DEFINED_NAME); }
  int result_kind() const { return static_cast<int>(integer(JX_FORMULA_RESULT_KIND)); }

  /// Exact, by slot (nullopt: no value). nullopt result: skipped by the strategy.
  std::optional<Decimal> evaluate(const std::vector<std::optional<Decimal>>& values,
                                  int missing = JX_MISSING_ERROR) const {
    std::vector<const jx_decimal*> handles;
    handles.reserve(values.size());
    for (const auto& value : values)
      handles.push_back(value ? value->get() : nullptr);
    jx_decimal* out = nullptr;
    check(jx_formula_eval_decimal(get(), handles.data(), handles.size(), missing, &out));
    return detail::maybe_decimal(out);
  }
  /// Exact, by name.
  std::optional<Decimal> evaluate_named(
      std::initializer_list<std::pair<std::string_view, std::optional<Decimal>>> values,
      int missing = JX_MISSING_ERROR) const {
    std::vector<jx_decimal_binding> bindings;
    bindings.reserve(values.size());
    for (const auto& value : values)
      bindings.push_back({value.first.data(), value.first.size(),
                          value.second ? value.second->get() : nullptr});
    jx_decimal* out = nullptr;
    check(jx_formula_eval_decimal_named(get(), bindings.data(), bindings.size(), missing, &out));
    return detail::maybe_decimal(out);
  }
  /// Exact, by slot, with decimal texts ("1,163.71"; nullopt: no value).
  std::optional<std::string> evaluate_text(const std::vector<std::optional<std::string>>& values,
                                           int missing = JX_MISSING_ERROR) const {
    std::vector<jx_text> texts;
    texts.reserve(values.size());
    for (const auto& value : values)
      texts.push_back(value ? jx_text{value->data(), value->size()} : jx_text{nullptr, 0});
    char* out = nullptr;
    check(jx_formula_eval_text(get(), texts.data(), texts.size(), missing, &out));
    if (out == nullptr) return std::nullopt;
    return detail::take(out);
  }
  /// Double mode, by slot (NaN: no value). NaN result: skipped.
  double evaluate_double(const std::vector<double>& values, int missing = JX_MISSING_ERROR) const {
    double out = 0;
    check(jx_formula_eval_double(get(), values.data(), values.size(), missing, &out));
    return out;
  }
  double evaluate_double_named(std::initializer_list<std::pair<std::string_view, double>> values,
                               int missing = JX_MISSING_ERROR) const {
    std::vector<jx_double_binding> bindings;
    bindings.reserve(values.size());
    for (const auto& value : values)
      bindings.push_back({value.first.data(), value.first.size(), value.second});
    double out = 0;
    check(jx_formula_eval_double_named(get(), bindings.data(), bindings.size(), missing, &out));
    return out;
  }
  /// Double batch: columns[slot] points to `rows` values; results and statuses to `rows` slots.
  BatchSummary evaluate_batch(const std::vector<const double*>& columns, std::size_t rows,
                              double* results, std::uint8_t* statuses,
                              int missing = JX_MISSING_ERROR,
                              const std::vector<const std::uint8_t*>& present = {}) const {
    jx_batch_summary summary = JX_BATCH_SUMMARY_INIT;
    check(jx_formula_eval_batch_double(get(), columns.data(),
                                       present.empty() ? nullptr : present.data(), columns.size(),
                                       rows, missing, results, statuses, &summary));
    return {summary.ok, summary.no_value, summary.failed};
  }
  /// Exact batch over columns of decimal texts (columns[slot][row]; nullopt: no value).
  TextBatch evaluate_batch_text(
      const std::vector<std::vector<std::optional<std::string>>>& columns,
      int missing = JX_MISSING_ERROR) const {
    const std::size_t rows = columns.empty() ? 0 : columns.front().size();
    std::vector<std::vector<jx_text>> cells(columns.size());
    std::vector<const jx_text*> column_pointers;
    for (std::size_t slot = 0; slot < columns.size(); ++slot) {
      if (columns[slot].size() != rows)
        throw std::invalid_argument("jx::Formula::evaluate_batch_text: columns differ in length");
      for (const auto& cell : columns[slot])
        cells[slot].push_back(cell ? jx_text{cell->data(), cell->size()} : jx_text{nullptr, 0});
      column_pointers.push_back(cells[slot].data());
    }
    std::vector<const char*> results(rows);
    TextBatch batch;
    batch.statuses.resize(rows);
    jx_batch_summary summary = JX_BATCH_SUMMARY_INIT;
    char* buffer = nullptr;
    check(jx_formula_eval_batch_text(get(), column_pointers.data(), column_pointers.size(), rows,
                                     missing, results.data(), batch.statuses.data(), &buffer,
                                     &summary));
    struct Free {
      void operator()(char* p) const noexcept { jx_free(p); }
    };
    std::unique_ptr<char, Free> owned(buffer);
    batch.results.reserve(rows);
    for (const char* result : results)
      batch.results.push_back(result != nullptr ? std::optional<std::string>(result)
                                                : std::nullopt);
    batch.summary = {summary.ok, summary.no_value, summary.failed};
    return batch;
  }
  /// The result as a person reads it (95%, 成立).
  std::string display(const Decimal& value) const {
    char* out = nullptr;
    check(jx_formula_display_decimal(get(), value.get(), &out));
    return detail::take(out);
  }
  std::string display(double value) const {
    char* out = nullptr;
    check(jx_formula_display_double(get(), value, &out));
    return detail::take(out);
  }

 private:
  std::string text(int field, std::size_t row = 0) const {
    const char* out = nullptr;
    std::size_t len = 0;
    check(jx_formula_get_text(get(), field, row, &out, &len));
    return detail::view(out, len).value_or(std::string());
  }
  std::int64_t integer(int field, std::size_t row = 0) const {
    std::int64_t out = 0;
    check(jx_formula_get_int(get(), field, row, &out));
    return out;
  }
  std::shared_ptr<jx_formula> handle_;
};


// ---- review, scoring, monitoring ------------------------------------------------------------

namespace detail {

/// The C functions of one result kind; Result<H> wraps them identically.
template <class H>
struct ResultFunctions;

template <>
struct ResultFunctions<jx_review_report> {
  static void free(jx_review_report* handle) noexcept { jx_review_report_free(handle); }
  static constexpr auto count = jx_review_report_count;
  static constexpr auto get_text = jx_review_report_get_text;
  static constexpr auto get_int = jx_review_report_get_int;
};

}  // namespace detail

/// An engine result (review report, scorecard, monitoring result): immutable, copies share it.
template <class H>
class Result {
  using F = detail::ResultFunctions<H>;

 public:
  /// Takes ownership of a handle a jx_ function returned.
  explicit Result(H* handle) : handle_(detail::share<H, F::free>(handle)) {}
  const H* get() const noexcept { return handle_.get(); }

  std::size_t count(int collection) const {
    std::size_t out = 0;
    check(F::count(get(), collection, &out));
    return out;
  }
  std::optional<std::string> get_text(int field, std::size_t row = 0) const {
    const char* text = nullptr;
    std::size_t len = 0;
    check(F::get_text(get(), field, row, &text, &len));
    return detail::view(text, len);
  }
  std::int64_t get_int(int field, std::size_t row = 0) const {
    std::int64_t out = 0;
    check(F::get_int(get(), field, row, &out));
    return out;
  }

 private:
  std::shared_ptr<H> handle_;
};

/// One review finding.
struct Finding {
  std::string code;
  int severity = JX_SEVERITY_ERROR;
  std::string path;
  std::string message_zh;
  std::string message_en;
  int dimension = JX_DIMENSION_COMPLETENESS;
  std::string rule_source;
  std::optional<std::string> indicator;
  std::optional<std::string> related_path;
  std::optional<std::string> suggestion;
  std::string data_json;  ///< structured details, a JSON object
};

class ReviewReport : public Result<jx_review_report> {
 public:
  using Result::Result;
  std::string to_json() const {
    char* out = nullptr;
    check(jx_review_report_to_json(get(), &out));
    return detail::take(out);
  }
  std::string to_text(int language = JX_LANGUAGE_ZH) const {
    char* out = nullptr;
    check(jx_review_report_to_text(get(), language, &out));
    return detail::take(out);
  }
  std::vector<Finding> findings() const {
    std::vector<Finding> out;
    for (std::size_t row = 0, n = count(JX_FINDINGS); row < n; ++row) {
      Finding f;
      f.code = get_text(JX_FINDING_CODE, row).value_or(std::string());
      f.severity = static_cast<int>(get_int(JX_FINDING_SEVERITY, row));
      f.path = get_text(JX_FINDING_PATH, row).value_or(std::string());
      f.message_zh = get_text(JX_FINDING_MESSAGE_ZH, row).value_or(std::string());
      f.message_en = get_text(JX_FINDING_MESSAGE_EN, row).value_or(std::string());
      f.dimension = static_cast<int>(get_int(JX_FINDING_DIMENSION, row));
      f.rule_source = get_text(JX_FINDING_RULE_SOURCE, row).value_or(std::string());
      f.indicator = get_text(JX_FINDING_INDICATOR, row);
      f.related_path = get_text(JX_FINDING_RELATED_PATH, row);
      f.suggestion = get_text(JX_FINDING_SUGGESTION, row);
      f.data_json = get_text(JX_FINDING_DATA, row).value_or(std::string("{}"));
      out.push_back(std::move(f));
    }
    return out;
  }
  std::int64_t errors() const { return get_int(JX_REVIEW_ERRORS); }
  std::int64_t warnings() const { return get_int(JX_REVIEW_WARNINGS); }
  std::int64_t infos() const { return get_int(JX_REVIEW_INFOS); }
  int verdict() const { return static_cast<int>(get_int(JX_REVIEW_VERDICT)); }
};

/// Reviews a declaration (审核); without a policy, the national preset of its taxonomy.
inline ReviewReport review(const Declaration& declaration, const Policy* policy = nullptr) {
  jx_review_report* out = nullptr;
  check(jx_review(declaration.get(), policy != nullptr ? policy->get() : nullptr, &out));
  return ReviewReport(out);
}

}  // namespace jx

#endif  // JIXIAO_HPP
