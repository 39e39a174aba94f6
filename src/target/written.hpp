// Small text forms shared by format.cpp and target_json.cpp (internal).
#pragma once

#include <string>

#include "jixiao/decimal.hpp"

namespace jixiao::target_detail {

/// A value as written: the scale it was read with is kept ("99.90" stays "99.90").
inline std::string decimal_text(const Decimal& value) {
  return value.to_string(value.scale());
}

}  // namespace jixiao::target_detail
