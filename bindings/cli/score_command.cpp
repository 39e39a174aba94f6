// `jixiao score [--policy P] [--format text|json] [--declaration D] FILE`: the scorecard of a
// self-evaluation (docs/scoring.md). Exit 0 when the self-evaluation follows the rules, 1 when the
// scorecard has error findings or (in audit mode) published scores that differ, 2 when an input
// cannot be read.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "command_registry.hpp"
#include "document_input.hpp"
#include "jixiao/scoring.hpp"
#include "policy_option.hpp"

namespace jixiao::cli {

namespace {

struct ScoreArguments {
  std::string input;
  std::optional<std::string> policy;
  std::optional<std::string> declaration;
  std::string format = "text";
};

template <class T>
std::optional<T> load_as(const std::string& path, std::string_view expected_zh,
                         std::string_view expected_en) {
  Document document;
  try {
    document = load_document_file(path);
  } catch (const Error& error) {
    report_error(std::cerr, path, error);
    return std::nullopt;
  }
  if (T* typed = std::get_if<T>(&document)) return std::move(*typed);
  report_error(std::cerr, path,
               Error(ErrorCode::document_error,
                     "不是" + std::string(expected_zh) + "（schema 为 " +
                         std::string(document_schema(document)) + "）",
                     "not a " + std::string(expected_en) + " (schema " +
                         std::string(document_schema(document)) + ")",
                     ErrorLocation{{}, {}, "/schema"}));
  return std::nullopt;
}

int run(const ScoreArguments& arguments) {
  const std::optional<SelfEvaluation> evaluation =
      load_as<SelfEvaluation>(arguments.input, "绩效自评表", "self-evaluation");
  if (!evaluation) return exit_bad_input;
  std::optional<Declaration> declaration;
  if (arguments.declaration) {
    declaration = load_as<Declaration>(*arguments.declaration, "绩效目标申报表", "declaration");
    if (!declaration) return exit_bad_input;
  }
  Policy policy;
  try {
    policy = resolve_policy_option(arguments.policy, evaluation->taxonomy.value_or(""));
  } catch (const Error& error) {
    report_error(std::cerr, policy_option_source(arguments.policy), error);
    return exit_bad_input;
  }
  const Scorecard card = score(*evaluation, policy, declaration ? &*declaration : nullptr);
  std::cout << (arguments.format == "json" ? write_scorecard(card) : format_scorecard(card));
  for (const ScoringFinding& finding : card.findings) {
    if (finding.severity == FindingSeverity::error) return exit_findings;
  }
  return card.differences.empty() ? exit_ok : exit_findings;
}

const CommandRegistrar registrar{
    "score", [](CLI::App& app, int* exit_code) {
      auto arguments = std::make_shared<ScoreArguments>();
      CLI::App* command = app.add_subcommand(
          "score", "按规则为绩效自评表评分 / score a self-evaluation by the rules");
      add_policy_option(*command, arguments->policy);
      command->add_option("--format", arguments->format, "text (default) or json")
          ->check(CLI::IsMember({"text", "json"}));
      command->add_option("--declaration", arguments->declaration,
                          "申报表，补充自评表未填的分值和指标值 / the declaration, for weights and "
                          "targets the self-evaluation leaves out");
      command->add_option("FILE", arguments->input, "绩效自评表 self-evaluation JSON; - for stdin")
          ->required();
      command->callback([arguments, exit_code] { *exit_code = run(*arguments); });
    }};

}  // namespace

}  // namespace jixiao::cli
