// `jixiao review [--policy FILE|PRESET] [--format text|json] [--lang zh|en] FILE...`: the
// finance bureau's check of declarations (审核), the tool's main job.
//
// Exit codes: 0 no error-severity finding, 1 at least one, 2 a file (or the policy) could not be
// read. A folder reviews every *.json declaration in it (other documents are skipped).
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command_registry.hpp"
#include "document_input.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/review.hpp"
#include "json/json_path.hpp"
#include "json/pretty_writer.hpp"

namespace jixiao::cli {

namespace {

namespace json = boost::json;

struct ReviewArguments {
  std::string policy;
  std::string format = "text";
  std::string language = "zh";
  std::vector<std::string> files;
};

struct Input {
  std::string path;
  bool from_folder = false;  // found in a folder: skipped quietly when not a declaration
};

std::vector<Input> expand_inputs(const std::vector<std::string>& arguments) {
  std::vector<Input> inputs;
  for (const std::string& argument : arguments) {
    std::error_code ignored;
    if (argument != "-" && std::filesystem::is_directory(argument, ignored)) {
      std::vector<std::string> found;
      for (const auto& entry : std::filesystem::directory_iterator(argument, ignored)) {
        if (entry.path().extension() == ".json" && !entry.is_directory(ignored))
          found.push_back(entry.path().string());
      }
      std::sort(found.begin(), found.end());
      for (std::string& path : found)
        inputs.push_back({std::move(path), true});
    } else {
      inputs.push_back({argument, false});
    }
  }
  return inputs;
}

std::optional<Policy> load_policy(const std::string& name_or_file) {
  for (const std::string_view preset : policy_preset_names()) {
    if (preset == name_or_file) return policy_preset(preset);
  }
  try {
    return read_policy(read_input(name_or_file));
  } catch (const Error& error) {
    report_error(std::cerr, name_or_file, error);
    return std::nullopt;
  }
}

json::object error_json(const Error& error) {
  json::object object;
  object["code"] = error_code_name(error.code());
  object["message"] = error.message_zh() + " / " + error.message_en();
  const ErrorLocation& where = error.location();
  object["path"] = where.json_path.empty() ? json::value(nullptr) : json::value(where.json_path);
  object["byte_offset"] =
      where.byte_offset ? json::value(*where.byte_offset) : json::value(nullptr);
  return object;
}

std::string pretty(const json::value& value) {
  std::string out;
  json_io::PrettyWriter writer(out);
  json_io::JsonPath path;
  writer.value(value, path);
  writer.finish();
  return out;
}

// A progress bar on standard error, only when it is a terminal and there are several files.
class Progress {
 public:
  Progress(std::size_t total) : total_(total), active_(total > 1 && isatty(STDERR_FILENO) == 1) {}
  void step(std::size_t done) {
    if (!active_) return;
    constexpr std::size_t width = 30;
    const std::size_t filled = done * width / total_;
    std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] "
              << done << "/" << total_ << std::flush;
  }
  void finish() {
    if (active_) std::cerr << "\r" << std::string(60, ' ') << "\r" << std::flush;
  }

 private:
  std::size_t total_;
  bool active_;
};

int run_review(const ReviewArguments& arguments) {
  std::optional<Reviewer> chosen;
  if (!arguments.policy.empty()) {
    std::optional<Policy> policy = load_policy(arguments.policy);
    if (!policy) return exit_bad_input;
    try {
      chosen.emplace(std::move(*policy));
    } catch (const Error& error) {
      report_error(std::cerr, arguments.policy, error);
      return exit_bad_input;
    }
  }
  std::map<std::string, Reviewer> by_preset;  // default policies, compiled once each
  const auto reviewer_for = [&](const Declaration& declaration) -> const Reviewer& {
    if (chosen) return *chosen;
    const std::string preset(default_preset_name(declaration.taxonomy));
    auto found = by_preset.find(preset);
    if (found == by_preset.end())
      found = by_preset.emplace(preset, Reviewer(policy_preset(preset))).first;
    return found->second;
  };

  const std::vector<Input> inputs = expand_inputs(arguments.files);
  const bool json_output = arguments.format == "json";
  const bool single = arguments.files.size() == 1 && inputs.size() == 1 && !inputs[0].from_folder;
  ReviewTextOptions text_options;
  text_options.language = arguments.language == "en" ? ReportLanguage::en : ReportLanguage::zh;
  text_options.colour = !json_output && isatty(STDOUT_FILENO) == 1;

  int exit_code = exit_ok;
  json::array reports;
  std::string text;
  Progress progress(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const Input& input = inputs[i];
    progress.step(i);
    Declaration declaration;
    try {
      Document document = load_document(read_input(input.path));
      if (!std::holds_alternative<Declaration>(document)) {
        if (input.from_folder) continue;
        ErrorLocation where;
        where.json_path = "/schema";
        throw Error(
            ErrorCode::document_error,
            "不是绩效目标申报表（schema 为 " + std::string(document_schema(document)) + "）",
            "not a declaration (schema is " + std::string(document_schema(document)) + ")", where);
      }
      declaration = std::move(std::get<Declaration>(document));
    } catch (const Error& error) {
      report_error(std::cerr, input.path, error);
      exit_code = exit_bad_input;
      if (json_output && !single) {
        json::object failed;
        failed["file"] = input.path;
        failed["error"] = error_json(error);
        reports.emplace_back(std::move(failed));
      }
      continue;
    }
    const ReviewReport report = reviewer_for(declaration).review(declaration);
    if (report.summary.counts.errors > 0 && exit_code == exit_ok) exit_code = exit_findings;
    if (json_output) {
      if (single) {
        text = write_review_report(report);
      } else {
        json::object entry;
        entry["file"] = input.path;
        for (auto& member : review_report_json(report))
          entry[member.key()] = member.value();
        reports.emplace_back(std::move(entry));
      }
    } else {
      if (!text.empty()) text += '\n';
      text_options.title = input.path;
      text += render_review_text(report, text_options);
    }
  }
  progress.finish();
  if (json_output && !single) text = pretty(json::value(std::move(reports)));
  std::cout << text << std::flush;
  return exit_code;
}

const CommandRegistrar registrar{
    "review", [](CLI::App& app, int* exit_code) {
      auto* command = app.add_subcommand(
          "review", "审核绩效目标申报表 / review declarations against a policy (审核)");
      auto arguments = std::make_shared<ReviewArguments>();
      command->add_option("--policy", arguments->policy,
                          "规则配置文件或预设名 / a policy file or preset (national-2015, "
                          "national-2021); default: from each declaration's taxonomy");
      command->add_option("--format", arguments->format, "text (default) or json")
          ->check(CLI::IsMember({"text", "json"}));
      command->add_option("--lang", arguments->language, "zh (default) or en (text output)")
          ->check(CLI::IsMember({"zh", "en"}));
      command
          ->add_option("FILE", arguments->files,
                       "declarations (jixiao.declaration/1 JSON), folders of them, - for stdin")
          ->required();
      command->callback([arguments, exit_code] { *exit_code = run_review(*arguments); });
    }};

}  // namespace

}  // namespace jixiao::cli
