#include "jixiao/review_policy.hpp"

namespace jixiao {

ReviewPolicy review_preset(std::string_view /*preset_name*/) {
  // Both national presets share the national defaults of ReviewPolicy's members.
  return {};
}

}  // namespace jixiao
