// The --policy option shared by the subcommands that apply a Policy (score, monitor, review…):
// a built-in preset name ("national-2021") or the path of a policy file (docs/policy.md).
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "jixiao/policy.hpp"

namespace jixiao::cli {

/// Adds `--policy P` to `command`, storing the value in `*value`.
void add_policy_option(CLI::App& command, std::optional<std::string>& value);

/// The policy a --policy value names: a preset when it is a preset's name, else the policy file
/// at that path. Without a value, the national preset of the document's taxonomy version
/// (jixiao::default_preset_name: "2015…" → national-2015, anything else → national-2021). Throws
/// jixiao::Error (io_error for an unreadable file, the reader's errors with their JSON Pointer for
/// a bad one).
Policy resolve_policy_option(const std::optional<std::string>& value,
                             std::string_view taxonomy_version);

/// What to name in an error message about the policy option: the value, or the default preset.
std::string policy_option_source(const std::optional<std::string>& value);

}  // namespace jixiao::cli
