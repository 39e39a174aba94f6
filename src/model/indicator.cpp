#include "jixiao/indicator.hpp"

namespace jixiao {

std::string_view form_label(ValueSource source) noexcept {
  switch (source) {
    case ValueSource::plan:
      return "计划标准";
    case ValueSource::history:
      return "历史标准";
    case ValueSource::industry:
      return "行业标准";
    case ValueSource::budget_standard:
      return "预算支出标准";
    case ValueSource::other:
      return "其他标准";
  }
  return {};
}

}  // namespace jixiao
