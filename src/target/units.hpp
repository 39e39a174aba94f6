// The unit vocabulary of 指标值 text (internal; the public face is jixiao/unit.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/decimal.hpp"

namespace jixiao::target_detail {

/// A unit written after a number.
struct UnitMatch {
  std::string canonical;  ///< UTF-8, canonical spelling ("%", "万元", "个工作日", "次/年")
  std::size_t end = 0;    ///< one past the last character read
  bool known = false;     ///< in jixiao's vocabulary (else kept as written)
};

/// The known unit (longest spelling) that starts at `pos`, with a "/年"-style rate appended
/// ("2次/年", "100元/人"), or nothing.
std::optional<UnitMatch> match_known_unit(std::u32string_view text, std::size_t pos);

/// The canonical spelling of a whole unit text (already folded), or nothing when unknown.
std::optional<std::string_view> known_canonical(std::u32string_view unit);

/// Units that convert into each other form a family; `factor` is the size of the unit in the
/// family's base (元 = 1, 万元 = 10000; % = 0.01 of a plain ratio; 分钟 = 60 秒).
enum class UnitFamily { none, ratio, money, length, area, mass, time, volume };
struct UnitScale {
  UnitFamily family = UnitFamily::none;
  Decimal factor = 1;
};
/// The family of a canonical unit; UnitFamily::none for counts (个, 台, 次) and unknown units.
UnitScale unit_scale(std::string_view canonical);

/// UTF-8 text of normalised characters, and back (the input must be valid UTF-8).
std::string to_utf8(std::u32string_view text);
std::u32string to_u32(std::string_view valid_utf8);

}  // namespace jixiao::target_detail
