// infer_comparator(): the direction of a bare target ("100%", "3%") from the indicator's name.
#include "scoring/rules.hpp"

namespace jixiao {

InferredComparator infer_comparator(std::string_view indicator_name,
                                    const DirectionLexicon& lexicon) {
  // Names end in the rate they measure (…投诉率, …故障率); trailing "。" and spaces are the
  // form's, not the name's.
  const std::string_view name = scoring_detail::trim_cell(indicator_name);
  for (const std::string& ending : lexicon.lower_is_better) {
    if (!ending.empty() && name.ends_with(ending)) return {lexicon.lower, ending};
  }
  return {lexicon.otherwise, {}};
}

}  // namespace jixiao
