#include "jixiao/monitoring_report.hpp"

namespace jixiao {

std::string_view form_label(DeviationCause cause) noexcept {
  switch (cause) {
    case DeviationCause::funding:
      return "经费保障";
    case DeviationCause::institutional:
      return "制度保障";
    case DeviationCause::staffing:
      return "人员保障";
    case DeviationCause::hardware:
      return "硬件条件保障";
    case DeviationCause::other:
      return "其他";
  }
  return {};
}

std::string_view form_label(CompletionLikelihood likelihood) noexcept {
  switch (likelihood) {
    case CompletionLikelihood::certain:
      return "确定能";
    case CompletionLikelihood::possible:
      return "有可能";
    case CompletionLikelihood::impossible:
      return "完全不可能";
  }
  return {};
}

}  // namespace jixiao
