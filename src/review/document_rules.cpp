// JX-DOC-*: the parts of the form around the indicators — the overall goal, the key tasks, the
// taxonomy version the form says it follows.
#include "review/engine.hpp"
#include "review/text.hpp"

namespace jixiao::review_detail {

void check_document(Context& context) {
  const Declaration& declaration = context.declaration;
  FindingSink& sink = context.sink;

  if (sink.enabled(RuleId::doc_taxonomy_differs) &&
      declaration.taxonomy != context.taxonomy().version) {
    const std::string written = excerpt(declaration.taxonomy);
    const std::string used = excerpt(context.taxonomy().version);
    Finding& finding = sink.add(
        RuleId::doc_taxonomy_differs, SortKey{area::taxonomy, 0, 0, 0}, "/taxonomy",
        "申报表注明的指标体系为“" + written + "”，本次按规则配置的指标体系“" + used + "”审核",
        "the declaration says taxonomy \"" + written +
            "\"; it was reviewed against the policy's \"" + used + "\"");
    finding.data["declared"] = written;
    finding.data["reviewed_against"] = used;
  }

  if (sink.enabled(RuleId::doc_goal_missing)) {
    const auto& overall = declaration.goals.overall;
    if (!overall || name_key(*overall).empty()) {
      sink.add(RuleId::doc_goal_missing, SortKey{area::goals, 0, 0, 0}, "/goals/overall",
               "未填写总体绩效目标", "the overall performance goal (总体绩效目标) is missing");
    }
  }

  if (sink.enabled(RuleId::doc_no_key_tasks) && declaration.kind == DeclarationKind::department &&
      declaration.key_tasks.empty()) {
    sink.add(RuleId::doc_no_key_tasks, SortKey{area::key_tasks, 0, 0, 0}, "/key_tasks",
             "部门整体申报表未列年度重点工作任务",
             "the department-wide declaration lists no key tasks (年度重点工作任务)");
  }
}

}  // namespace jixiao::review_detail
