// JX-FOR-*: the 计算方法 text of each indicator, compiled with the formula language
// (docs/formula.md): a text that does not compile cannot be used to measure the indicator, and a
// variable that the indicator's text never mentions has no 统计口径.
#include <string>
#include <vector>

#include "jixiao/formula.hpp"
#include "review/engine.hpp"
#include "review/text.hpp"

namespace jixiao::review_detail {

namespace {

// Form text ends sentences with 。 or ；: punctuation of the prose around the formula, not part
// of it.
std::string_view formula_body(std::string_view text) {
  static constexpr std::string_view endings[] = {"。", "；", "，", ";", ",", ".", " ", "\u3000"};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const std::string_view ending : endings) {
      if (text.ends_with(ending)) {
        text.remove_suffix(ending.size());
        trimmed = true;
      }
    }
  }
  return text;
}

// The indicator's own words with every copy of the formula taken out, so that a variable counts
// as explained only where the text says something about it besides the formula itself.
std::string explaining_text(const Indicator& indicator, std::string_view formula) {
  std::string text = indicator.name;
  for (const auto* field : {&indicator.content, &indicator.explanation}) {
    if (!*field) continue;
    std::string part = **field;
    if (!formula.empty()) {
      for (std::size_t at = part.find(formula); at != std::string::npos; at = part.find(formula))
        part.erase(at, formula.size());
    }
    text += '\n';
    text += part;
  }
  return text;
}

}  // namespace

void check_formulas(Context& context) {
  FindingSink& sink = context.sink;
  const bool compile_rule = sink.enabled(RuleId::for_not_compiled);
  const bool explain_rule = sink.enabled(RuleId::for_variables_unexplained);
  if (!compile_rule && !explain_rule) return;
  const auto& indicators = context.declaration.indicators;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    if (!indicator.formula || name_key(*indicator.formula).empty()) continue;
    const std::string_view body = formula_body(*indicator.formula);
    const SortKey key = indicator_key(i, indicator_field::formula);
    std::optional<Formula> formula;
    try {
      formula = Formula::compile(body);
    } catch (const Error& error) {
      if (!compile_rule) continue;
      const std::string text = excerpt(*indicator.formula, 60);
      Finding& finding = sink.add(RuleId::for_not_compiled, key, indicator_path(i, "formula"),
                                  "计算方法“" + text + "”不能解析为公式：" + error.message_zh(),
                                  "the calculation method \"" + text +
                                      "\" does not read as a formula: " + error.message_en());
      about(finding, indicator);
      finding.data["formula"] = sanitize(*indicator.formula);
      finding.data["error"] = std::string(error_code_name(error.code()));
      if (error.location().char_offset) finding.data["offset"] = *error.location().char_offset;
      continue;
    }
    if (!explain_rule) continue;
    const std::string explaining = explaining_text(indicator, body);
    std::vector<std::string> unexplained;
    for (const FormulaVariable& variable : formula->variables()) {
      if (explaining.find(variable.name) == std::string::npos)
        unexplained.push_back(sanitize(variable.name));
    }
    if (unexplained.empty()) continue;
    std::string list_zh;
    std::string list_en;
    boost::json::array names;
    for (const std::string& name : unexplained) {
      list_zh += (list_zh.empty() ? "“" : "、“") + name + "”";
      list_en += (list_en.empty() ? "\"" : ", \"") + name + "\"";
      names.emplace_back(name);
    }
    Finding& finding =
        sink.add(RuleId::for_variables_unexplained, key, indicator_path(i, "formula"),
                 "计算方法中的变量 " + list_zh + " 在指标内容和指标解释中没有说明统计口径",
                 "the calculation method's variables " + list_en +
                     " are not explained (统计口径) in the indicator's content or explanation");
    about(finding, indicator);
    finding.data["formula"] = sanitize(*indicator.formula);
    finding.data["variables"] = std::move(names);
  }
}

}  // namespace jixiao::review_detail
