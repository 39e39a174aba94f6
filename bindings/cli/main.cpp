// The `jixiao` command-line tool: review, scoring, formulas and 指标值 for people and scripts.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <exception>
#include <iostream>
#include <utility>

#include "command_registry.hpp"

namespace jixiao::cli {

std::vector<Command>& command_registry() {
  static std::vector<Command> commands;
  return commands;
}

CommandRegistrar::CommandRegistrar(std::string name, CommandSetup setup) {
  command_registry().push_back({std::move(name), std::move(setup)});
}

}  // namespace jixiao::cli

int main(int argc, char** argv) {
  using namespace jixiao::cli;
  CLI::App app{"jixiao — 预算绩效管理 (budget performance management) tools", "jixiao"};
  app.require_subcommand(1);
  int exit_code = exit_ok;
  auto commands = command_registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  for (const auto& command : commands)
    command.setup(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? exit_ok : exit_bad_input;
  } catch (const std::exception& error) {
    std::cerr << "jixiao: " << error.what() << '\n';
    return exit_bad_input;
  }
  return exit_code;
}
