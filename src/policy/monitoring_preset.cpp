#include "jixiao/monitoring_policy.hpp"

namespace jixiao {

std::string_view form_label(WarningColour colour) noexcept {
  switch (colour) {
    case WarningColour::red:
      return "红";
    case WarningColour::yellow:
      return "黄";
    case WarningColour::green:
      return "绿";
    case WarningColour::blue:
      return "蓝";
  }
  return {};
}

MonitoringPolicy monitoring_preset(std::string_view /*preset_name*/) {
  // 财预〔2019〕136号 monitoring did not change with the 2021 taxonomy: both national presets use
  // the production thresholds that are MonitoringPolicy's defaults.
  return {};
}

}  // namespace jixiao
