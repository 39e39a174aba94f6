// JX-SUG-001: where the annual target says nothing measurable but the indicator's own text states
// a value ("租用面积30135平方米"), propose that value as the target ("≥30135平方米").
//
// The value is found by the 指标值 parser reading the content (then the explanation) as if it were
// a target: it picks the number that a target would be, skipping numbers that are part of
// descriptions ("24小时智慧政务大厅"). Nothing here knows any particular indicator.
#include <string>

#include "review/engine.hpp"
#include "review/text.hpp"

namespace jixiao::review_detail {

namespace {

bool wants_suggestion(const Context& context, std::size_t index) {
  const Indicator& indicator = context.declaration.indicators[index];
  const Target& annual = context.annual[index];
  return !indicator.annual_target || annual.kind == TargetKind::empty ||
         annual.kind == TargetKind::vague || context.annual_wording_vague[index];
}

bool usable(const Target& stated) {
  return stated.kind == TargetKind::quantitative && !stated.is_compound() && stated.value &&
         stated.value->sign() > 0 && !stated.unit.empty();
}

}  // namespace

void check_suggestions(Context& context) {
  FindingSink& sink = context.sink;
  if (!sink.enabled(RuleId::sug_value_in_content)) return;
  const auto& indicators = context.declaration.indicators;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    if (!wants_suggestion(context, i)) continue;
    const Indicator& indicator = indicators[i];
    const std::pair<const std::optional<std::string>*, std::string_view> sources[] = {
        {&indicator.content, "content"}, {&indicator.explanation, "explanation"}};
    for (const auto& [text, member] : sources) {
      if (!*text) continue;
      const Target stated = parse_target(**text);
      if (!usable(stated)) continue;
      Target proposed = stated;
      if (proposed.comparator == Comparator::none && proposed.direction == Direction::none) {
        proposed.comparator =
            suggested_comparator(context.settings(), context.taxonomy(), indicator);
        proposed.direction = direction_of(proposed.comparator);
      }
      // The annual target is per year by definition: "每年审核60件" proposes "≥60件".
      if (proposed.scope == "年" || proposed.scope == "年度") proposed.scope.clear();
      proposed.approximate = false;
      const std::string suggestion = format(proposed);
      const std::string value = format(stated);
      const std::string_view field_zh = member == "content" ? "指标内容" : "指标解释";
      const std::string_view field_en = member == "content" ? "content" : "explanation";
      std::string zh = "年度指标值未给出可衡量的值，而" + std::string(field_zh) + "写明了“" +
                       value + "”" + (stated.approximate ? "（约数）" : "") +
                       "，建议年度指标值写作“" + suggestion + "”";
      std::string en = "the annual target gives no measurable value, but the " +
                       std::string(field_en) + " states \"" + value + "\"" +
                       (stated.approximate ? " (approximately)" : "") +
                       ": proposed annual target \"" + suggestion + "\"";
      Finding& finding =
          sink.add(RuleId::sug_value_in_content, indicator_key(i, indicator_field::annual_target),
                   indicator_path(i, "annual_target"), std::move(zh), std::move(en));
      about(finding, indicator);
      finding.suggestion = suggestion;
      finding.data["source_path"] = indicator_path(i, member);
      finding.data["stated"] = value;
      finding.data["approximate"] = stated.approximate;
      break;
    }
  }
}

}  // namespace jixiao::review_detail
