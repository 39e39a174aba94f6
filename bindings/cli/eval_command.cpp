// `jixiao eval [--format json|text] [--double] [--] FORMULA [NAME=VALUE ...]` (docs/formula.md
// §12).
#include <boost/json.hpp>

#include <charconv>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "command_registry.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "jixiao/formula.hpp"

namespace jixiao::cli {

namespace {

struct EvalArguments {
  std::string format = "text";
  bool use_double = false;
  std::vector<std::string> positionals;
};

struct Binding {
  std::string name;
  std::optional<Decimal> value;
};

/// NAME=VALUE (or NAME＝VALUE); an empty VALUE means "no value".
Binding parse_binding(const std::string& argument) {
  static constexpr std::string_view full_width_equals = "\xEF\xBC\x9D";  // ＝
  std::size_t split = argument.find('=');
  std::size_t width = 1;
  const std::size_t wide = argument.find(full_width_equals);
  if (wide != std::string::npos && (split == std::string::npos || wide < split)) {
    split = wide;
    width = full_width_equals.size();
  }
  if (split == std::string::npos || split == 0)
    throw Error(ErrorCode::invalid_argument, "参数「" + argument + "」应写成 名称=数值",
                "argument '" + argument + "' must be NAME=VALUE");
  Binding binding;
  binding.name = argument.substr(0, split);
  const std::string value = argument.substr(split + width);
  if (!value.empty()) {
    try {
      binding.value = Decimal::parse(value);
    } catch (const Error& error) {
      throw Error(error.code(), "变量「" + binding.name + "」的值：" + error.message_zh(),
                  "value of '" + binding.name + "': " + error.message_en());
    }
  }
  return binding;
}

std::string shortest_text(double value) {
  char buffer[400];
  const auto written =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return std::string(buffer, written.ptr);
}

double to_double(const Decimal& value) {
  const std::string text = value.to_string();
  double result = 0;
  std::from_chars(text.data(), text.data() + text.size(), result);
  return result;
}

struct Result {
  std::string value;
  std::string display;
};

Result evaluate(const Formula& formula, const std::vector<Binding>& bindings, bool use_double) {
  const std::size_t count = formula.variables().size();
  std::set<std::string> seen;
  std::vector<std::optional<Decimal>> exact(count);
  std::vector<double> fast(count, std::numeric_limits<double>::quiet_NaN());
  for (const Binding& binding : bindings) {
    const std::optional<std::size_t> slot = formula.slot_of(binding.name);
    if (!slot)
      throw Error(ErrorCode::invalid_argument, "公式中没有变量「" + binding.name + "」",
                  "the formula has no variable '" + binding.name + "'");
    if (!seen.insert(binding.name).second)
      throw Error(ErrorCode::invalid_argument, "变量「" + binding.name + "」给了两次",
                  "variable '" + binding.name + "' is bound twice");
    exact[*slot] = binding.value;
    if (binding.value) fast[*slot] = to_double(*binding.value);
  }
  if (use_double) {
    const std::optional<double> value = formula.evaluate_double(fast);
    if (!value) return {"", ""};
    return {shortest_text(*value), formula.display(*value)};
  }
  const std::optional<Decimal> value = formula.evaluate(exact);
  if (!value) return {"", ""};
  return {value->to_string(), formula.display(*value)};
}

int report_error(const Error& error, bool json) {
  std::string message = error.message_zh();
  if (!error.message_en().empty() && error.message_en() != error.message_zh())
    message += " / " + error.message_en();
  if (!json) {
    std::cerr << "jixiao eval: " << message << '\n';
    return exit_findings;
  }
  boost::json::object detail;
  detail["code"] = std::string(error_code_name(error.code()));
  detail["message"] = message;
  const ErrorLocation& where = error.location();
  if (where.char_offset)
    detail["offset"] = *where.char_offset;
  else
    detail["offset"] = nullptr;
  if (where.byte_offset)
    detail["byte_offset"] = *where.byte_offset;
  else
    detail["byte_offset"] = nullptr;
  boost::json::object root;
  root["error"] = std::move(detail);
  std::cout << boost::json::serialize(root) << '\n';
  return exit_findings;
}

int run(const EvalArguments& arguments) {
  const bool json = arguments.format == "json";
  try {
    if (arguments.positionals.empty())
      throw Error(ErrorCode::invalid_argument, "缺少公式", "missing FORMULA");
    const Formula formula = Formula::compile(arguments.positionals.front());
    std::vector<Binding> bindings;
    for (std::size_t i = 1; i < arguments.positionals.size(); ++i)
      bindings.push_back(parse_binding(arguments.positionals[i]));
    const Result result = evaluate(formula, bindings, arguments.use_double);
    if (json) {
      boost::json::object root;
      if (formula.is_definition()) root["name"] = formula.defined_name();
      if (result.value.empty()) {
        root["value"] = nullptr;
        root["display"] = nullptr;
      } else {
        root["value"] = result.value;
        root["display"] = result.display;
      }
      boost::json::array variables;
      for (const FormulaVariable& variable : formula.variables())
        variables.push_back(boost::json::string(variable.name));
      root["variables"] = std::move(variables);
      std::cout << boost::json::serialize(root) << '\n';
    } else {
      if (formula.is_definition()) std::cout << formula.defined_name() << " = ";
      if (result.value.empty())
        std::cout << "（无值 / no value）";
      else if (result.display == result.value)
        std::cout << result.value;
      else
        std::cout << result.value << " (" << result.display << ")";
      std::cout << '\n';
    }
    return exit_ok;
  } catch (const Error& error) {
    return report_error(error, json);
  }
}

void setup(CLI::App& app, int* exit_code) {
  auto arguments = std::make_shared<EvalArguments>();
  CLI::App* command = app.add_subcommand("eval",
                                         "计算公式 / evaluate a formula: eval [--format json] "
                                         "[--double] [--] FORMULA [NAME=VALUE ...]");
  command->add_option("--format", arguments->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_flag("--double", arguments->use_double, "evaluate in double mode (default: exact)");
  command
      ->add_option("formula_and_values", arguments->positionals,
                   "FORMULA, then NAME=VALUE bindings ('--' first if FORMULA starts with '-')")
      ->required();
  command->callback([arguments, exit_code] { *exit_code = run(*arguments); });
}

const CommandRegistrar registrar{"eval", setup};

}  // namespace

}  // namespace jixiao::cli
