// jixiao::Formula: compilation, accessors, error reports and display.
#include "jixiao/formula.hpp"

#include <string>
#include <utility>

#include "formula/arithmetic.hpp"
#include "formula/compiled.hpp"
#include "formula/syntax.hpp"
#include "text/percent.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

constexpr int hard_max_depth = 256;
constexpr std::size_t hard_max_variables = 4096;

[[noreturn]] void bad_option(const std::string& name, const std::string& bounds) {
  throw Error(ErrorCode::invalid_argument, "选项 " + name + " 超出范围（" + bounds + "）",
              "option " + name + " is out of range (" + bounds + ")");
}

void check_options(const FormulaOptions& options) {
  if (options.division_scale < 0 || options.division_scale > Decimal::max_scale)
    bad_option("division_scale", "0 … 38");
  if (options.max_length == 0) bad_option("max_length", "≥ 1");
  if (options.max_depth < 1 || options.max_depth > hard_max_depth)
    bad_option("max_depth", "1 … 256");
  if (options.max_variables < 1 || options.max_variables > hard_max_variables)
    bad_option("max_variables", "1 … 4096");
}

/// "第 N 个字符处" for an offset, or nothing when the failure has no place in the text.
std::string where_zh(const EvalFailure& failure) {
  return "第 " + std::to_string(failure.char_offset + 1) + " 个字符处的";
}
std::string where_en(const EvalFailure& failure) {
  return " at character " + std::to_string(failure.char_offset + 1);
}

std::string trim_zeros(std::string text) {
  if (text.find('.') == std::string::npos) return text;
  while (!text.empty() && text.back() == '0')
    text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

}  // namespace

std::string_view eval_status_name(EvalStatus status) noexcept {
  switch (status) {
    case EvalStatus::ok:
      return "ok";
    case EvalStatus::no_value:
      return "no_value";
    case EvalStatus::division_by_zero:
      return "division_by_zero";
    case EvalStatus::overflow:
      return "overflow";
    case EvalStatus::missing_value:
      return "missing_value";
    case EvalStatus::invalid_input:
      return "invalid_input";
    case EvalStatus::domain_error:
      return "domain_error";
  }
  return "unknown";
}

ErrorCode eval_status_error_code(EvalStatus status) noexcept {
  switch (status) {
    case EvalStatus::division_by_zero:
      return ErrorCode::division_by_zero;
    case EvalStatus::overflow:
      return ErrorCode::overflow;
    case EvalStatus::missing_value:
      return ErrorCode::missing_value;
    case EvalStatus::domain_error:
      return ErrorCode::formula_error;
    default:
      return ErrorCode::invalid_argument;
  }
}

Formula Formula::compile(std::string_view text, const FormulaOptions& options) {
  check_options(options);
  if (text.size() > options.max_length) {
    ErrorLocation where;
    where.byte_offset = options.max_length;
    const std::string limit = std::to_string(options.max_length);
    throw Error(ErrorCode::limit_exceeded, "公式超过 " + limit + " 字节",
                "formula longer than " + limit + " bytes", std::move(where));
  }
  if (const auto bad = text::find_invalid_utf8(text)) {
    ErrorLocation where;
    where.byte_offset = *bad;
    where.char_offset = text::count_code_points(text.substr(0, *bad));
    const std::string n = std::to_string(*where.char_offset + 1);
    throw Error(ErrorCode::invalid_utf8, "第 " + n + " 个字符处不是有效的 UTF-8",
                "invalid UTF-8 at character " + n, std::move(where));
  }
  const formula::Ast ast = formula::parse(text, options);
  auto impl = std::make_shared<Impl>();
  impl->text = std::string(text);
  impl->variables = ast.variables;
  for (std::size_t slot = 0; slot < impl->variables.size(); ++slot) {
    impl->required.push_back(impl->variables[slot].optional ? 0 : 1);
    impl->slots.emplace(impl->variables[slot].name, slot);
  }
  impl->definition = ast.definition;
  impl->defined_name = ast.defined_name;
  impl->scale = options.division_scale;
  impl->rounding = options.rounding;
  impl->sites = ast.sites;
  impl->functions = ast.functions;
  formula::generate(ast, *impl);
  return Formula(std::move(impl));
}

const std::string& Formula::text() const noexcept {
  return impl_->text;
}

std::span<const FormulaVariable> Formula::variables() const noexcept {
  return impl_->variables;
}

std::optional<std::size_t> Formula::slot_of(std::string_view name) const noexcept {
  const auto found = impl_->slots.find(name);
  if (found == impl_->slots.end()) return std::nullopt;
  return found->second;
}

bool Formula::is_definition() const noexcept {
  return impl_->definition;
}
const std::string& Formula::defined_name() const noexcept {
  return impl_->defined_name;
}
ResultKind Formula::result_kind() const noexcept {
  return impl_->kind;
}
int Formula::division_scale() const noexcept {
  return impl_->scale;
}
RoundingMode Formula::rounding() const noexcept {
  return impl_->rounding;
}

Error Formula::error_for(const EvalFailure& failure) const {
  const std::string subject(failure.subject);
  std::string zh;
  std::string en;
  switch (failure.status) {
    case EvalStatus::division_by_zero:
      zh = where_zh(failure) + "「" + subject + "」除数为零";
      en = "division by zero in '" + subject + "'" + where_en(failure);
      break;
    case EvalStatus::overflow:
      zh = where_zh(failure) + "「" + subject + "」结果超出范围";
      en = "result of '" + subject + "'" + where_en(failure) + " is out of range";
      break;
    case EvalStatus::missing_value:
      zh = "变量「" + subject + "」没有值";
      en = "variable '" + subject + "' has no value";
      break;
    case EvalStatus::invalid_input:
      if (failure.subject_is_variable) {
        zh = "变量「" + subject + "」的值不是有限数";
        en = "value of variable '" + subject + "' is not a finite number";
      } else {
        zh = std::string(failure.reason_zh);
        en = std::string(failure.reason_en);
      }
      break;
    case EvalStatus::domain_error:
      zh = where_zh(failure) + "「" + subject + "」：" + std::string(failure.reason_zh);
      en = "'" + subject + "'" + where_en(failure) + ": " + std::string(failure.reason_en);
      break;
    case EvalStatus::ok:
    case EvalStatus::no_value:
      zh = "没有错误";
      en = "no error";
      break;
  }
  ErrorLocation location;
  if (!failure.subject.empty()) {
    location.byte_offset = failure.byte_offset;
    location.char_offset = failure.char_offset;
  }
  return Error(eval_status_error_code(failure.status), std::move(zh), std::move(en),
               std::move(location));
}

std::string format_result(const Decimal& value, ResultKind kind) {
  switch (kind) {
    case ResultKind::boolean:
      return value.is_zero() ? "不成立" : "成立";
    case ResultKind::percent:
      return trim_zeros(text::percent_digits(value, 2, RoundingMode::half_up)) + "%";
    case ResultKind::number:
      break;
  }
  return trim_zeros(value.to_string(6, RoundingMode::half_up));
}

std::string Formula::display(const Decimal& value) const {
  return format_result(value, impl_->kind);
}

std::string Formula::display(double value) const {
  return format_result(formula::decimal_from_double(value), impl_->kind);
}

}  // namespace jixiao
