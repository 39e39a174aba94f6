#include "policy_option.hpp"

#include <algorithm>

#include "document_input.hpp"

namespace jixiao::cli {

void add_policy_option(CLI::App& command, std::optional<std::string>& value) {
  std::string presets;
  for (const std::string_view name : policy_preset_names()) {
    if (!presets.empty()) presets += ", ";
    presets += name;
  }
  command.add_option("--policy", value,
                     "规则：预设名称或规则配置文件 / policy: a preset (" + presets +
                         ") or a policy file; default: the national preset of the document's "
                         "taxonomy");
}

Policy resolve_policy_option(const std::optional<std::string>& value,
                             std::string_view taxonomy_version) {
  if (!value) return policy_preset(taxonomy_version == "2015" ? "national-2015" : "national-2021");
  const auto names = policy_preset_names();
  if (std::find(names.begin(), names.end(), *value) != names.end()) return policy_preset(*value);
  return read_policy(read_input(*value));
}

std::string policy_option_source(const std::optional<std::string>& value) {
  return value ? *value : std::string("--policy");
}

}  // namespace jixiao::cli
