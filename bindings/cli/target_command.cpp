// `jixiao target [--format text|json] [--] TEXT...`: how jixiao reads each 指标值.
//
// One result per argument, in order; `--` ends the options so a text may start with '-'; an empty
// argument is the empty text. Reading never fails (an unreadable text is a result with a
// diagnostic), so the exit code is 0 unless the command line itself is wrong (2).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command_registry.hpp"
#include "jixiao/target.hpp"
#include "target/written.hpp"

namespace jixiao::cli {

namespace {

struct TargetOptions {
  std::string format = "text";
  std::vector<std::string> texts;
  std::string never_filled;
};

void print_text(const Target& t, std::size_t number, std::ostream& out) {
  out << "[" << number << "] " << t.text << "\n";
  out << "    kind: " << to_string(t.kind);
  if (t.comparator != Comparator::none) out << "  comparator: " << comparator_symbol(t.comparator);
  if (t.value) out << "  value: " << target_detail::decimal_text(*t.value);
  if (t.upper) out << "  upper: " << target_detail::decimal_text(*t.upper);
  if (!t.unit.empty()) out << "  unit: " << t.unit;
  out << "  direction: " << to_string(t.direction) << "\n";
  if (!t.scope.empty()) out << "    scope: 每" << t.scope << "\n";
  if (t.date) {
    out << "    date: " << to_string(*t.date);
    if (t.date_upper) out << " … " << to_string(*t.date_upper);
    out << "\n";
  }
  for (const Target& part : t.parts) {
    out << "    part: " << comparator_symbol(part.comparator)
        << (part.value ? target_detail::decimal_text(*part.value) : "") << part.unit << "\n";
  }
  if (!t.measure.empty()) out << "    measure: " << t.measure << "\n";
  if (!t.remark.empty()) out << "    remark: " << t.remark << "\n";
  const MofValue mof = to_mof(t);
  out << "    canonical: " << format(t) << "\n";
  out << "    MOF: " << mof.code << " | "
      << (mof.value ? target_detail::decimal_text(*mof.value) : mof.text) << " | " << mof.unit
      << "\n";
  for (const TargetDiagnostic& d : t.diagnostics)
    out << "    note: " << to_string(d) << "\n";
}

void run(const TargetOptions& options, std::ostream& out) {
  if (options.format == "json") {
    out << "[";
    for (std::size_t i = 0; i < options.texts.size(); ++i) {
      out << (i == 0 ? "\n  " : ",\n  ") << to_json(parse_target(options.texts[i]));
    }
    out << (options.texts.empty() ? "]\n" : "\n]\n");
    return;
  }
  for (std::size_t i = 0; i < options.texts.size(); ++i) {
    print_text(parse_target(options.texts[i]), i + 1, out);
  }
}

void setup(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<TargetOptions>();
  CLI::App* command =
      app.add_subcommand("target", "Read 指标值 (target values) as a finance officer would");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_option("texts", options->texts, "Target texts; use -- before a text starting with -")
      ->required()
      ->allow_extra_args();
  // CLI11 2.1 hands the arguments after a late "--" ("jixiao target a -- -5%") back to the parent
  // command unless some positional still waits for a value. This hidden one always waits (texts
  // takes every value first), so everything after "--" stays a text of this command.
  command->add_option("after-double-dash", options->never_filled)->expected(1)->group("");
  command->callback([options, exit_code] {
    run(*options, std::cout);
    *exit_code = exit_ok;
  });
}

const CommandRegistrar registrar{"target", setup};

}  // namespace

}  // namespace jixiao::cli
