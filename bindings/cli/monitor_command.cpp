// `jixiao monitor [--policy P] [--format text|json] FILE`: the warnings of a monitoring report
// (docs/monitoring.md), coloured when standard output is a terminal. Exit 0 when nothing is red
// and nothing is an error, 1 when the goal or the budget is red or a finding is an error, 2 when
// an input cannot be read.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "command_registry.hpp"
#include "document_input.hpp"
#include "jixiao/monitoring.hpp"
#include "policy_option.hpp"

namespace jixiao::cli {

namespace {

struct MonitorArguments {
  std::string input;
  std::optional<std::string> policy;
  std::string format = "text";
};

// Colour only for people: a terminal, and not when NO_COLOR asks otherwise (no-color.org).
bool terminal_colours() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
}

int run(const MonitorArguments& arguments) {
  Document document;
  try {
    document = load_document_file(arguments.input);
  } catch (const Error& error) {
    report_error(std::cerr, arguments.input, error);
    return exit_bad_input;
  }
  const MonitoringReport* report = std::get_if<MonitoringReport>(&document);
  if (report == nullptr) {
    report_error(
        std::cerr, arguments.input,
        Error(ErrorCode::document_error,
              "不是绩效运行监控表（schema 为 " + std::string(document_schema(document)) + "）",
              "not a monitoring report (schema " + std::string(document_schema(document)) + ")",
              ErrorLocation{{}, {}, "/schema"}));
    return exit_bad_input;
  }
  Policy policy;
  try {
    // A monitoring report names no taxonomy: the current national preset applies by default.
    policy = resolve_policy_option(arguments.policy, "2021");
  } catch (const Error& error) {
    report_error(std::cerr, policy_option_source(arguments.policy), error);
    return exit_bad_input;
  }
  const MonitoringResult result = monitor(*report, policy);
  std::cout << (arguments.format == "json" ? write_monitoring_result(result)
                                           : format_monitoring_result(result, terminal_colours()));
  for (const MonitoringFinding& finding : result.findings) {
    if (finding.severity == FindingSeverity::error) return exit_findings;
  }
  const bool red =
      result.goal_colour == WarningColour::red || result.budget.colour == WarningColour::red;
  return red ? exit_findings : exit_ok;
}

const CommandRegistrar registrar{
    "monitor", [](CLI::App& app, int* exit_code) {
      auto arguments = std::make_shared<MonitorArguments>();
      CLI::App* command = app.add_subcommand(
          "monitor", "运行监控预警（双监控）/ colour a mid-year monitoring report");
      add_policy_option(*command, arguments->policy);
      command->add_option("--format", arguments->format, "text (default) or json")
          ->check(CLI::IsMember({"text", "json"}));
      command
          ->add_option("FILE", arguments->input,
                       "绩效运行监控表 monitoring report JSON; - for stdin")
          ->required();
      command->callback([arguments, exit_code] { *exit_code = run(*arguments); });
    }};

}  // namespace

}  // namespace jixiao::cli
