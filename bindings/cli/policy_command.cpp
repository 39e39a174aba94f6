// `jixiao policy show PRESET|FILE`: the complete policy JSON (every setting, no "base"), the
// starting point for a local policy file. `jixiao policy list`: the presets.
// `jixiao policy rules`: the review rule catalog (the table of docs/review-rules.md).
#include <iostream>
#include <memory>
#include <string>

#include "command_registry.hpp"
#include "document_input.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/review_rule.hpp"

namespace jixiao::cli {

namespace {

int run_show(const std::string& name_or_file) {
  for (const std::string_view preset : policy_preset_names()) {
    if (preset == name_or_file) {
      std::cout << write_policy(policy_preset(preset));
      return exit_ok;
    }
  }
  try {
    std::cout << write_policy(read_policy(read_input(name_or_file)));
    return exit_ok;
  } catch (const Error& error) {
    report_error(std::cerr, name_or_file, error);
    return exit_bad_input;
  }
}

const CommandRegistrar registrar{
    "policy", [](CLI::App& app, int* exit_code) {
      auto* command =
          app.add_subcommand("policy", "规则配置 / policies: presets, files, the rule catalog");
      command->require_subcommand(1);

      auto* show = command->add_subcommand(
          "show", "输出完整的规则配置 JSON / print a policy in full (a preset or a file)");
      auto name = std::make_shared<std::string>();
      show->add_option("PRESET_OR_FILE", *name, "national-2015, national-2021, or a policy file")
          ->required();
      show->callback([name, exit_code] { *exit_code = run_show(*name); });

      auto* list = command->add_subcommand("list", "列出内置预设 / list the built-in presets");
      list->callback([exit_code] {
        for (const std::string_view preset : policy_preset_names()) {
          const Policy policy = policy_preset(preset);
          std::cout << preset << "\t" << policy.description << '\n';
        }
        *exit_code = exit_ok;
      });

      auto* rules = command->add_subcommand(
          "rules", "审核规则目录（Markdown 表）/ the review rule catalog as a Markdown table");
      rules->callback([exit_code] {
        std::cout << rule_catalog_markdown();
        *exit_code = exit_ok;
      });
    }};

}  // namespace

}  // namespace jixiao::cli
