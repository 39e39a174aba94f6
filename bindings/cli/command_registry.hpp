// Subcommands of the `jixiao` tool register themselves here, one file per subcommand, so that
// adding a command never edits main.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace jixiao::cli {

/// Exit codes shared by every subcommand.
enum ExitCode : int {
  exit_ok = 0,
  exit_findings =
      1,  ///< the command ran and found an error-severity problem (or a failed evaluation)
  exit_bad_input = 2,  ///< an input could not be read
};

/// Adds one subcommand to `app`. It stores the exit code of its run into `*exit_code`.
using CommandSetup = std::function<void(CLI::App& app, int* exit_code)>;

struct Command {
  std::string name;
  CommandSetup setup;
};

/// All registered subcommands, in registration order.
std::vector<Command>& command_registry();

/// `static CommandRegistrar registrar{"show", setup};` at namespace scope in a command's file.
struct CommandRegistrar {
  CommandRegistrar(std::string name, CommandSetup setup);
};

}  // namespace jixiao::cli
