// The C constants of an enum argument (JX_ROUND_*, JX_MISSING_*, …) and the C++ values they
// stand for, in one table per enum: reading an argument and writing a field back use the same
// table, so the two directions cannot drift apart.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "error_state.hpp"

namespace jixiao::capi {

template <class Enum>
struct CodeOf {
  int code;
  Enum value;
};

/// The value `code` stands for, or JX_E_INVALID_ARGUMENT "未知的<what_zh> N / unknown <what_en> N".
template <class Enum, std::size_t N>
Enum checked_code(int code, const std::array<CodeOf<Enum>, N>& codes, std::string_view what_zh,
                  std::string_view what_en) {
  for (const CodeOf<Enum>& entry : codes) {
    if (entry.code == code) return entry.value;
  }
  throw_invalid_argument("未知的" + std::string(what_zh) + " " + std::to_string(code),
                         "unknown " + std::string(what_en) + " " + std::to_string(code));
}

/// The C constant of `value` (every value of the enum is in the table).
template <class Enum, std::size_t N>
constexpr int code_of(Enum value, const std::array<CodeOf<Enum>, N>& codes) noexcept {
  for (const CodeOf<Enum>& entry : codes) {
    if (entry.value == value) return entry.code;
  }
  return codes[0].code;
}

}  // namespace jixiao::capi
