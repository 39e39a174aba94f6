#include "jixiao/scoring_policy.hpp"

namespace jixiao {

ScoringPolicy scoring_preset(std::string_view preset_name) {
  ScoringPolicy policy;
  // Under 财预〔2021〕101号 成本指标 became a level 1 of its own, but how the 产出 50 points are
  // split with it could not be verified (domain-rules.md §2.2 [R]); the preset keeps the 10号
  // template and lets 成本指标 share the 产出 weight, which is what a 2015-style table does with
  // its 成本指标 level 2.
  if (preset_name == "national-2021")
    policy.weights.categories.front().level1.push_back("成本指标");
  return policy;
}

}  // namespace jixiao
