// `jixiao show FILE`: a readable summary of any jixiao document.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "command_registry.hpp"
#include "document_input.hpp"
#include "jixiao/budget.hpp"
#include "jixiao/document_json.hpp"

namespace jixiao::cli {

namespace {

struct CategoryCount {
  std::string level1;
  std::size_t count = 0;
  std::vector<std::pair<std::string, std::size_t>> level2;  // in order of first appearance
};

// Counts per level-1 / level-2 category in the order the form lists them (first appearance), so
// the summary reads like the form.
template <class Item>
std::vector<CategoryCount> count_categories(const std::vector<Item>& items) {
  std::vector<CategoryCount> counts;
  for (const Item& item : items) {
    auto level1 = std::find_if(counts.begin(), counts.end(),
                               [&](const CategoryCount& c) { return c.level1 == item.level1; });
    if (level1 == counts.end()) {
      counts.push_back({item.level1, 0, {}});
      level1 = std::prev(counts.end());
    }
    ++level1->count;
    auto level2 = std::find_if(level1->level2.begin(), level1->level2.end(),
                               [&](const auto& entry) { return entry.first == item.level2; });
    if (level2 == level1->level2.end()) {
      level1->level2.emplace_back(item.level2, 1);
    } else {
      ++level2->second;
    }
  }
  return counts;
}

template <class Item>
void print_indicators(std::string& out, std::string_view title, const std::vector<Item>& items) {
  out += fmt::format("{}: {}\n", title, items.size());
  for (const CategoryCount& level1 : count_categories(items)) {
    out += fmt::format("  {}: {}\n", level1.level1, level1.count);
    for (const auto& [name, count] : level1.level2)
      out += fmt::format("    {}: {}\n", name, count);
  }
}

void print_identity(std::string& out, const DeclarationKind kind, int fiscal_year,
                    const Department& department, const std::optional<std::string>& region_code,
                    const std::optional<Project>& project) {
  out += fmt::format("部门 department: {}", department.name);
  if (department.code) out += fmt::format(" ({})", *department.code);
  out += '\n';
  if (project) {
    out += fmt::format("项目 project: {}", project->name);
    if (project->code) out += fmt::format(" ({})", *project->code);
    out += '\n';
  }
  if (region_code) out += fmt::format("财政区划 region: {}\n", *region_code);
  out += fmt::format("年度 fiscal year: {}\n", fiscal_year);
  out += fmt::format("类型 kind: {} ({})\n", form_label(kind),
                     kind == DeclarationKind::department ? "department" : "project");
}

std::string optional_amount(const std::optional<Decimal>& amount) {
  return amount ? amount->to_string(amount->scale()) : std::string("—");
}

std::string summary(const Declaration& declaration) {
  std::string out = fmt::format("绩效目标申报表 declaration ({})\n", declaration_schema);
  print_identity(out, declaration.kind, declaration.fiscal_year, declaration.department,
                 declaration.region_code, declaration.project);
  out += fmt::format("指标体系 taxonomy: {}\n", declaration.taxonomy);
  const std::string_view unit = amount_unit_label(declaration.budget.unit);
  out += fmt::format("预算 budget ({}):\n", unit);
  constexpr std::pair<BudgetSection, std::string_view> sections[] = {
      {BudgetSection::expenditure, "expenditure"},
      {BudgetSection::income, "income"},
      {BudgetSection::by_level, "by level"},
  };
  for (const auto& [section, english] : sections) {
    const Decimal total = section_total(declaration.budget, section);
    out += fmt::format("  {} {}: {} {}\n", form_label(section), english,
                       total.to_string(total.scale()), unit);
  }
  const Decimal funding = total_planned_funding(declaration.key_tasks);
  out += fmt::format("年度重点工作任务 key tasks: {}, 拟投入资金 planned funding: {} {}\n",
                     declaration.key_tasks.size(), funding.to_string(funding.scale()), unit);
  print_indicators(out, "绩效指标 indicators", declaration.indicators);
  return out;
}

std::string summary(const SelfEvaluation& evaluation) {
  std::string out = fmt::format("绩效自评表 self-evaluation ({})\n", self_evaluation_schema);
  const DeclarationRef& ref = evaluation.declaration;
  print_identity(out, ref.kind, ref.fiscal_year, ref.department, ref.region_code, ref.project);
  const std::string_view unit = amount_unit_label(evaluation.budget_unit);
  out += fmt::format("预算执行 budget execution ({}): {} 行 rows\n", unit,
                     evaluation.budget_execution.size());
  for (const FundExecution& row : evaluation.budget_execution) {
    out += fmt::format("  {}: 全年预算数 {}, 全年执行数 {}\n", row.source,
                       optional_amount(row.annual_budget), optional_amount(row.executed));
  }
  print_indicators(out, "自评指标 indicators", evaluation.indicators);
  out += fmt::format("自评得分 total score: {}", optional_amount(evaluation.total_score));
  if (evaluation.grade) out += fmt::format(", 评价等级 grade: {}", form_label(*evaluation.grade));
  out += '\n';
  return out;
}

std::string summary(const MonitoringReport& report) {
  std::string out =
      fmt::format("绩效运行监控表 monitoring report ({})\n", monitoring_report_schema);
  const DeclarationRef& ref = report.declaration;
  print_identity(out, ref.kind, ref.fiscal_year, ref.department, ref.region_code, ref.project);
  out += fmt::format("监控期间 period: 1–{} 月 months\n", report.month);
  const std::string_view unit = amount_unit_label(report.budget_unit);
  out += fmt::format("预算执行 budget execution ({}): {} 行 rows\n", unit,
                     report.budget_execution.size());
  for (const MonitoringBudgetLine& line : report.budget_execution) {
    out += fmt::format("  {}: 全年预算数 {}, 已执行 executed {}\n", line.name,
                       optional_amount(line.annual_budget), optional_amount(line.executed));
  }
  print_indicators(out, "监控指标 indicators", report.indicators);
  std::size_t by_likelihood[4] = {};
  for (const IndicatorProgress& progress : report.indicators) {
    ++by_likelihood[progress.likelihood ? static_cast<std::size_t>(*progress.likelihood) : 3];
  }
  out +=
      fmt::format("完成目标可能性 likelihood: {} {}, {} {}, {} {}, 未填 not stated {}\n",
                  form_label(CompletionLikelihood::certain), by_likelihood[0],
                  form_label(CompletionLikelihood::possible), by_likelihood[1],
                  form_label(CompletionLikelihood::impossible), by_likelihood[2], by_likelihood[3]);
  return out;
}

int run_show(const std::string& path) {
  Document document;
  try {
    document = load_document_file(path);
  } catch (const Error& error) {
    report_error(std::cerr, path, error);
    return exit_bad_input;
  }
  std::cout << std::visit([](const auto& typed) { return summary(typed); }, document);
  return exit_ok;
}

const CommandRegistrar registrar{
    "show", [](CLI::App& app, int* exit_code) {
      auto* command = app.add_subcommand("show", "一份文档的摘要 / summarise a jixiao document");
      auto path = std::make_shared<std::string>();
      command
          ->add_option("FILE", *path,
                       "JSON document (declaration, self-evaluation "
                       "or monitoring report); - for stdin")
          ->required();
      command->callback([path, exit_code] { *exit_code = run_show(*path); });
    }};

}  // namespace

}  // namespace jixiao::cli
