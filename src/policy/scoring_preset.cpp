#include "jixiao/scoring_policy.hpp"

namespace jixiao {

ScoringPolicy scoring_preset(std::string_view /*preset_name*/) {
  // Both national presets share the national defaults of ScoringPolicy's members.
  return {};
}

}  // namespace jixiao
