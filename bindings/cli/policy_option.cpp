#include "policy_option.hpp"

#include <algorithm>

#include "document_input.hpp"
#include "jixiao/review.hpp"

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
  if (!value) return policy_preset(default_preset_name(taxonomy_version));
  const auto names = policy_preset_names();
  if (std::find(names.begin(), names.end(), *value) != names.end()) return policy_preset(*value);
  std::string text;
  try {
    text = read_input(*value);
  } catch (const Error& error) {
    if (error.code() != ErrorCode::io_error) throw;
    std::string presets;
    for (const std::string_view name : names)
      presets += (presets.empty() ? "" : ", ") + std::string(name);
    throw Error(ErrorCode::policy_error,
                "既不是规则预设（" + presets + "）也不是可读的规则文件：" + error.message_zh(),
                "neither a policy preset (" + presets +
                    ") nor a readable policy file: " + error.message_en());
  }
  return read_policy(text);
}

std::string policy_option_source(const std::optional<std::string>& value) {
  return value ? *value : std::string("--policy");
}

}  // namespace jixiao::cli
