// Normalisation of 指标值 text before parsing (internal).
//
// Departments type the same symbol many ways: ＞ > ﹥, ≥ ≧ ＞＝ >= ⩾, ％ ﹪, ０-９, ．, 萬.
// normalize() folds them onto one form each (the full-width table of text/utf8.hpp plus a small
// domain table), drops spaces anywhere (and control characters, which it counts), and remembers
// for every remaining character where it came from, so diagnostics point into the original text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::target_detail {

struct NormalizedText {
  /// The folded characters.
  std::u32string chars;
  /// Byte offset in the original of chars[i]; one extra entry holds the original length.
  std::vector<std::uint32_t> byte;
  /// Code point index in the original of chars[i]; one extra entry holds the code point count.
  std::vector<std::uint32_t> index;
  /// Control characters dropped, and where the first one was.
  std::size_t control_count = 0;
  std::uint32_t first_control_byte = 0;
  std::uint32_t first_control_index = 0;
};

/// Folds `valid_utf8` (already validated, at most max_target_bytes long) into `out`.
void normalize(std::string_view valid_utf8, NormalizedText& out);

/// Compatibility characters that stand for a whole unit word: ㎡ → 平方米, ㎞ → 千米, ㎏ → 千克.
/// Empty for every other character.
std::u32string_view expansion(char32_t c) noexcept;

/// The domain folds on top of text::fold_full_width (≧ → ≥, ═ → =, — → -, 萬 → 万, …).
/// Returns 0 for characters that are dropped as spaces.
char32_t fold_domain(char32_t c) noexcept;

}  // namespace jixiao::target_detail
