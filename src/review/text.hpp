// Text helpers of the review engine (internal): comparison keys for names, look-alike letters,
// edit distance, and safe excerpts of untrusted text for messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::review_detail {

/// The code points of `text`; invalid UTF-8 bytes decode as U+FFFD each (declarations built in
/// C++ have not been validated).
std::u32string decode(std::string_view text);

/// UTF-8 of code points.
std::string encode(std::u32string_view text);

/// `text` with every invalid UTF-8 byte replaced by U+FFFD, so that it can go into a report.
std::string sanitize(std::string_view text);

/// At most `max_chars` code points of `text` (sanitised), with "…" when cut.
std::string excerpt(std::string_view text, std::size_t max_chars = 40);

/// Code points in `text` (invalid bytes count one each).
std::size_t char_count(std::string_view text);

/// Cyrillic and Greek letters that look like Latin ones (А → A, р → p, ο → o); 0 for others.
char32_t latin_lookalike(char32_t c) noexcept;

/// Folds for comparing: full-width ASCII → ASCII, ASCII upper → lower, look-alike Cyrillic and
/// Greek letters → Latin.
char32_t fold_for_compare(char32_t c) noexcept;

/// White space and punctuation (ASCII, Latin-1, general punctuation, CJK symbols and
/// punctuation, full-width and small forms, quotation marks and brackets).
bool is_space_or_punctuation(char32_t c) noexcept;

/// The comparison key of a name: folded, with all white space and punctuation removed.
/// "加强云平台安全保障能力。" and "加强 云平台安全保障能力" have the same key.
std::u32string name_key(std::string_view text);

/// `text` without white space and sentence punctuation at its end ("租赁场地面积。" →
/// "租赁场地面积").
std::string_view trim_name(std::string_view text) noexcept;

/// Whether `text` contains a Cyrillic or Greek letter (look-alikes in a Chinese form).
bool has_foreign_letters(std::u32string_view text) noexcept;

/// Levenshtein distance over code points, or `limit + 1` as soon as it exceeds `limit`.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);

/// "U+0410".
std::string code_point_name(char32_t c);

}  // namespace jixiao::review_detail
