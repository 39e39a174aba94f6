#include "jixiao/monitoring_policy.hpp"

namespace jixiao {

MonitoringPolicy monitoring_preset(std::string_view /*preset_name*/) {
  // Both national presets share the national defaults of MonitoringPolicy's members.
  return {};
}

}  // namespace jixiao
