// parse_target(): reads a 指标值 in one left-to-right pass over the normalised text.
//
// 1. Validate (UTF-8, length), normalise (normalize.hpp), strip label prefixes ("标准：") and final
//    punctuation: what is left is the body.
// 2. Scan the body once. At each position that can start something, try a date, then a "group":
//    [约] [prefix comparator] (± quantity | quantity [tail] [range | compound parts]) where a
//    quantity is a number (arabic, Chinese, 百分之…) with its unit and a tail is the suffix
//    comparator and inclusion marks ("以上", "(含)", "左右"). Every attempt either succeeds or
//    tells how far it read, and the scan resumes there: each character is looked at a bounded
//    number of times, so the pass is linear.
// 3. Pick the target: the first group with a comparator (or a range/tolerance), else the first
//    bare quantity that ends a clause, else the first bare quantity. Then a marked date. Otherwise
//    the body is a statement: empty (or marked as not filled in), vague (refers to an unstated
//    number), or qualitative with a direction word.
// docs/targets.md describes the grammar for people.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "jixiao/error.hpp"
#include "jixiao/target.hpp"
#include "target/chinese_numeral.hpp"
#include "target/date.hpp"
#include "target/diagnostics.hpp"
#include "target/lexicon.hpp"
#include "target/normalize.hpp"
#include "target/number.hpp"
#include "target/units.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

using namespace target_detail;
using Code = TargetDiagnosticCode;

enum class NumeralContext {
  bare,              ///< nothing before: Chinese numerals need a known unit and a boundary
  after_comparator,  ///< after 不少于 etc.: Chinese numerals need a known unit or a boundary
};

struct QuantityToken {
  Decimal value;
  std::string unit;
  bool unit_known = true;
  bool chinese = false;   ///< written with Chinese numerals
  bool overflow = false;  ///< more digits than a Decimal holds
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t unit_begin = 0;
};

struct QuantityAttempt {
  std::optional<QuantityToken> token;
  std::size_t skip_to = 0;  ///< on failure: the scan may resume here (never before the start)
};

struct Part {
  QuantityToken quantity;
  std::optional<PrefixComparator> prefix;  ///< written right before this part
  std::optional<Comparator> suffix;
  std::optional<bool> inclusive;  ///< (含) / (不含)
  bool approximate = false;
  std::size_t noun_begin = 0;  ///< counted noun between unit and suffix ("台设备以上")
  std::size_t noun_end = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

enum class GroupForm { single, range, tolerance };

// bugprone-exception-escape: the implicit moves only move small_vector's inline Parts, which
// cannot throw; the check cannot see through Boost's allocator paths.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct Group {
  bool valid = false;
  bool contradiction = false;
  bool overflow = false;
  std::size_t overflow_begin = 0;  ///< the number that overflowed (the whole group for a range)
  std::size_t overflow_end = 0;
  bool comparator_without_number = false;
  bool redundant_comparators = false;  ///< "超过90%以上": read, but worth a note
  GroupForm form = GroupForm::single;
  std::optional<PrefixComparator> prefix;
  std::size_t prefix_begin = 0;
  std::size_t prefix_end = 0;
  bool approximate = false;
  // Inline storage: almost every group has one or two parts, and parse_target() runs millions of
  // times a second, so these should not allocate.
  boost::container::small_vector<Part, 2> parts;  ///< single/tolerance: one; range: lower, upper
  boost::container::small_vector<Comparator, 2> comparators;  ///< resolved, one per part
  Comparator tolerance_comparator = Comparator::less_equal;
  bool range_reversed = false;
  bool range_units_differ = false;
  std::size_t begin = 0;
  std::size_t end = 0;

  void mark_overflow(std::size_t number_begin, std::size_t number_end) {
    overflow = true;
    overflow_begin = number_begin;
    overflow_end = number_end;
  }

  bool has_comparator() const {
    if (form != GroupForm::single) return true;
    return std::any_of(comparators.begin(), comparators.end(),
                       [](Comparator c) { return c != Comparator::none; });
  }
};

struct Resolved {
  Comparator comparator = Comparator::none;
  bool contradiction = false;
  bool redundant = false;
};

bool same_side(Comparator a, Comparator b) {
  const auto side = [](Comparator c) {
    if (c == Comparator::greater_equal || c == Comparator::greater) return 1;
    if (c == Comparator::less_equal || c == Comparator::less) return -1;
    return 0;
  };
  return side(a) != 0 && side(a) == side(b);
}

// A comparator written before and one after the number: a weak prefix ("达到", "控制在")
// yields to the suffix; two strong ones must agree.
Resolved resolve(const std::optional<PrefixComparator>& prefix,
                 const std::optional<Comparator>& suffix, const std::optional<bool>& inclusive) {
  Resolved r;
  if (!prefix && !suffix) {
    r.comparator = Comparator::none;
  } else if (!suffix) {
    r.comparator = prefix->comparator;
  } else if (!prefix || prefix->weak || prefix->comparator == *suffix) {
    r.comparator = *suffix;
  } else if (same_side(prefix->comparator, *suffix)) {
    r.comparator = prefix->comparator;  // "超过90%以上": the word before is the precise one
    r.redundant = true;
  } else {
    r.contradiction = true;
  }
  if (inclusive && !r.contradiction) {
    if (*inclusive) {
      if (r.comparator == Comparator::greater) r.comparator = Comparator::greater_equal;
      if (r.comparator == Comparator::less) r.comparator = Comparator::less_equal;
    } else {
      if (r.comparator == Comparator::greater_equal) r.comparator = Comparator::greater;
      if (r.comparator == Comparator::less_equal) r.comparator = Comparator::less;
    }
  }
  return r;
}

std::string_view trim_spaces(std::string_view s) {
  std::size_t begin = 0;
  std::size_t end = s.size();
  while (begin < end) {
    const auto cp = text::decode_at(s, begin);
    if (fold_domain(cp.value) != 0) break;
    begin += cp.length;
  }
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
      --start;
    if (fold_domain(text::decode_at(s, start).value) != 0) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

// The normalised text of the current parse. One buffer per thread, reused, so that a parse does
// not allocate it again; a buffer grown by a long text is given back afterwards.
NormalizedText& scratch() {
  thread_local NormalizedText buffer;
  return buffer;
}

void release_if_large(NormalizedText& buffer) {
  if (buffer.chars.capacity() > 4096) buffer = NormalizedText{};
}

class Parser {
 public:
  Parser(std::string_view text, Target& target) : text_(text), t_(target) {}

  void run() {
    t_.text = std::string(text_);
    if (text_.size() > max_target_bytes) {
      std::size_t chars = 0;
      for (std::size_t i = 0; i < max_target_bytes; ++i) {
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
      }
      t_.kind = TargetKind::vague;
      add_diagnostic(t_.diagnostics,
                     make_diagnostic(Code::too_long, chars, max_target_bytes, 0, {}, text_.size()));
      return;
    }
    if (const auto bad = text::find_invalid_utf8(text_)) {
      t_.kind = TargetKind::vague;
      const std::size_t chars = text::count_code_points(text_.substr(0, *bad));
      add_diagnostic(t_.diagnostics, make_diagnostic(Code::invalid_utf8, chars, *bad, 1, {}));
      return;
    }
    normalize(text_, nt_);
    s_ = nt_.chars;
    if (nt_.control_count > 0) {
      add_diagnostic(t_.diagnostics,
                     make_diagnostic(Code::control_character, nt_.first_control_index,
                                     nt_.first_control_byte, 1, {}, nt_.control_count));
    }
    find_body();
    view_ = s_.substr(0, body_end_);
    if (body_begin_ == body_end_) {
      t_.kind = TargetKind::empty;
      return;
    }
    if (is_not_filled_in_mark()) {
      t_.kind = TargetKind::empty;
      diagnose(Code::not_filled_in, body_begin_, body_end_);
      return;
    }
    scan();
    decide();
  }

 private:
  // ---- positions -------------------------------------------------------------------------
  std::string_view original(std::size_t begin, std::size_t end) const {
    return text_.substr(nt_.byte[begin], nt_.byte[end] - nt_.byte[begin]);
  }
  void diagnose(Code code, std::size_t begin, std::size_t end) {
    add_diagnostic(t_.diagnostics,
                   make_diagnostic(code, nt_.index[begin], nt_.byte[begin],
                                   nt_.index[end] - nt_.index[begin], original(begin, end)));
  }

  // ---- body ------------------------------------------------------------------------------
  void find_body() {
    std::size_t begin = 0;
    // Labels may repeat ("标准：指标值：…"); each strip consumes characters, so this is linear.
    while (const LexiconEntry* label = labels().longest_at(s_, begin)) {
      const std::size_t colon = begin + label->word.size();
      if (colon >= s_.size() || s_[colon] != U':') break;
      if (t_.label.empty()) t_.label = std::string(trim_spaces(original(begin, colon)));
      begin = colon + 1;
    }
    std::size_t end = s_.size();
    while (end > begin && is_clause_punctuation(s_[end - 1]))
      --end;
    body_begin_ = begin;
    body_end_ = end;
    t_.body = std::string(trim_spaces(original(begin, end)));
  }

  // "/", "-", "无", "一": the cell was deliberately left without a value.
  bool is_not_filled_in_mark() const {
    const std::u32string_view body = s_.substr(body_begin_, body_end_ - body_begin_);
    if (not_filled_in_marks().contains(body)) return true;
    return std::all_of(body.begin(), body.end(), [](char32_t c) {
      return c == U'-' || c == U'/' || c == U'\\' || c == U'.' || c == U'…' || c == U'_' ||
             c == U'~' || c == U'*' || c == U'、' || c == U'。' || c == U'·';
    });
  }

  // ---- quantities ------------------------------------------------------------------------
  bool at_boundary(std::size_t at, const std::string& unit) const {
    if (at >= body_end_) return true;
    const char32_t c = view_[at];
    if (is_clause_punctuation(c) || c == U'-' || c == U'~' || c == U'(' || c == U')' ||
        c == U'至' || c == U'到' || c == U'和' || c == U'及' || c == U'与') {
      return true;
    }
    if (const LexiconEntry* suffix = suffix_comparators().longest_at(view_, at)) {
      return suffix->word != U"内" || is_time_unit(to_u32(unit));
    }
    return inclusion_marks().longest_at(view_, at) != nullptr ||
           approximate_after().longest_at(view_, at) != nullptr;
  }

  // The unit after a number: a known unit, a run of Latin letters, or one Chinese measure word.
  void read_unit(QuantityToken& q, std::size_t at) {
    q.unit_begin = at;
    if (auto unit = match_known_unit(view_, at)) {
      q.unit = std::move(unit->canonical);
      q.end = unit->end;
      return;
    }
    if (at < body_end_ && is_ascii_letter(view_[at])) {
      std::size_t end = at;
      while (end < body_end_ && is_ascii_letter(view_[end]) && end - at <= 12)
        ++end;
      if (end - at <= 12) {
        q.unit = to_utf8(view_.substr(at, end - at));
        q.unit_known = false;
        q.end = end;
        return;
      }
    }
    if (at < body_end_ && is_han(view_[at]) && !is_unit_stop_char(view_[at]) &&
        chinese_digit(view_[at]) < 0 && !is_chinese_numeral_unit(view_[at]) &&
        !prefix_comparators().may_start(view_[at])) {
      q.unit = to_utf8(view_.substr(at, 1));
      q.unit_known = false;
      q.end = at + 1;
      return;
    }
    q.end = at;
  }

  QuantityAttempt read_quantity(std::size_t at, NumeralContext context, bool allow_sign) {
    QuantityAttempt attempt;
    attempt.skip_to = at + 1;
    QuantityToken q;
    q.begin = at;
    bool negative = false;
    if (allow_sign && at + 1 < body_end_ && (view_[at] == U'-' || view_[at] == U'+') &&
        is_ascii_digit(view_[at + 1])) {
      negative = view_[at] == U'-';
      ++at;
    }
    // 百分之九十五, 千分之三
    std::optional<std::string> fixed_unit;
    if (view_.substr(at, 3) == U"百分之" || view_.substr(at, 3) == U"千分之") {
      fixed_unit = view_[at] == U'百' ? "%" : "‰";
      at += 3;
    }
    if (at < body_end_ && is_ascii_digit(view_[at])) {
      const ArabicNumber number = read_arabic_number(view_, at);
      attempt.skip_to = number.end;
      if (at > body_begin_ && (is_ascii_letter(view_[at - 1]) || view_[at - 1] == U'第')) {
        return attempt;  // "X100%" in a formula, "第3名": not a quantity
      }
      if (!number.value) {
        q.overflow = true;
        q.end = number.end;
        attempt.token = q;
        return attempt;
      }
      q.value = *number.value;
      at = number.end;
      // 1.5万 = 15000, unless 万 starts a unit (万元, 千米, 千克).
      if (!fixed_unit && at < body_end_ &&
          (view_[at] == U'万' || view_[at] == U'亿' || view_[at] == U'千') &&
          !match_known_unit(view_, at)) {
        const std::int64_t factor =
            view_[at] == U'万' ? 10'000 : (view_[at] == U'亿' ? 100'000'000 : 1'000);
        try {
          q.value = (q.value * Decimal(factor)).normalized();
        } catch (const Error&) {
          q.overflow = true;
        }
        ++at;
      }
    } else if (at < body_end_ &&
               (chinese_digit(view_[at]) >= 0 || view_[at] == U'十' || view_[at] == U'拾')) {
      if (negative) return attempt;
      const auto numeral = read_chinese_numeral(view_, at);
      if (!numeral) return attempt;
      attempt.skip_to = numeral->end;
      if (at > body_begin_ && view_[at - 1] == U'第') return attempt;
      q.value = Decimal(static_cast<std::int64_t>(numeral->value));
      q.chinese = true;
      at = numeral->end;
    } else {
      return attempt;
    }
    if (negative) q.value = -q.value;
    if (fixed_unit) {
      q.unit = *fixed_unit;
      q.unit_begin = q.begin;
      q.end = at;
    } else {
      read_unit(q, at);
    }
    if (q.chinese && !fixed_unit) {
      // Chinese numerals are everywhere in ordinary words (一件事, 统一, 三级标准): read one as a
      // number only with a known unit and at a boundary, or right after a comparator.
      const bool has_known_unit = !q.unit.empty() && q.unit_known;
      const bool boundary = at_boundary(q.end, q.unit);
      const bool ok = context == NumeralContext::bare
                          ? has_known_unit && boundary
                          : has_known_unit || (q.unit.empty() && boundary);
      if (!ok) return attempt;
    }
    attempt.token = std::move(q);
    return attempt;
  }

  // ---- groups ----------------------------------------------------------------------------
  // The suffix comparator, inclusion marks and 左右 after a quantity.
  void read_tail(Part& part) {
    std::size_t at = part.quantity.end;
    const auto inclusion = [&] {
      if (const LexiconEntry* mark = inclusion_marks().longest_at(view_, at)) {
        part.inclusive = mark->tag == 1;
        at += mark->word.size();
      }
    };
    const auto approximate = [&] {
      if (const LexiconEntry* mark = approximate_after().longest_at(view_, at)) {
        part.approximate = true;
        at += mark->word.size();
      }
    };
    const auto suffix_at = [&](std::size_t pos, bool right_after_unit) -> const LexiconEntry* {
      const LexiconEntry* suffix = suffix_comparators().longest_at(view_, pos);
      if (suffix && suffix->word == U"内" &&
          !(right_after_unit && is_time_unit(to_u32(part.quantity.unit)))) {
        return nullptr;
      }
      return suffix;
    };
    approximate();
    inclusion();
    const LexiconEntry* suffix = suffix_at(at, true);
    if (!suffix && !part.quantity.unit.empty()) {
      // "20个村居以上", "3台设备以上": a short counted noun between the unit and the suffix.
      std::size_t n = at;
      while (n < body_end_ && n - at < 6 && is_han(view_[n]) && !suffix_at(n, false) &&
             chinese_digit(view_[n]) < 0) {
        ++n;
      }
      if (n > at && (suffix = suffix_at(n, false)) != nullptr) {
        part.noun_begin = at;
        part.noun_end = n;
        at = n;
      }
    }
    if (suffix) {
      part.suffix = static_cast<Comparator>(suffix->tag);
      at += suffix->word.size();
      inclusion();
    }
    approximate();
    part.end = at;
  }

  static bool same_style(const QuantityToken& a, const QuantityToken& b) {
    return a.chinese == b.chinese;
  }

  bool sign_allowed(std::size_t at) const {
    if (at == body_begin_) return true;
    const char32_t prev = view_[at - 1];
    return !(is_ascii_digit(prev) || is_ascii_letter(prev) || prev == U'%' || prev == U')' ||
             prev == U'.');
  }

  Group read_group(std::size_t start) {
    Group g;
    g.begin = start;
    g.end = start + 1;
    std::size_t at = start;
    if (const LexiconEntry* approx = approximate_before().longest_at(view_, at)) {
      g.approximate = true;
      at += approx->word.size();
    }
    if (const LexiconEntry* prefix = prefix_comparators().longest_at(view_, at)) {
      g.prefix = prefix_meaning(prefix->tag);
      g.prefix_begin = at;
      at += prefix->word.size();
      g.prefix_end = at;
      g.end = at;  // never re-read the inside of a comparator word ("不少于" → "少于")
      if (const LexiconEntry* approx = approximate_before().longest_at(view_, at)) {
        g.approximate = true;
        at += approx->word.size();
      }
    }
    const bool after_comparator = g.prefix.has_value();
    const NumeralContext context =
        after_comparator ? NumeralContext::after_comparator : NumeralContext::bare;

    // ±3%以内
    if (const LexiconEntry* mark = tolerance_marks().longest_at(view_, at)) {
      QuantityAttempt amount =
          read_quantity(at + mark->word.size(), NumeralContext::after_comparator, false);
      if (!amount.token || amount.token->overflow) {
        g.end = std::max(g.end, amount.skip_to);
        if (amount.token) g.mark_overflow(amount.token->begin, amount.token->end);
        return g;
      }
      Part part;
      part.begin = at;
      part.quantity = std::move(*amount.token);
      part.quantity.value = part.quantity.value.abs();
      read_tail(part);
      g.form = GroupForm::tolerance;
      const Resolved r = resolve(g.prefix, part.suffix, part.inclusive);
      g.approximate = g.approximate || part.approximate;
      g.end = part.end;
      g.parts.push_back(std::move(part));
      if (r.contradiction || r.comparator == Comparator::greater_equal ||
          r.comparator == Comparator::greater || r.comparator == Comparator::equal) {
        g.contradiction = true;
        return g;
      }
      g.tolerance_comparator =
          r.comparator == Comparator::none ? Comparator::less_equal : r.comparator;
      g.valid = true;
      return g;
    }

    QuantityAttempt first = read_quantity(at, context, sign_allowed(at));
    if (!first.token) {
      if (g.prefix) {
        g.comparator_without_number = !g.prefix->weak;
      } else {
        g.end = std::max(g.end, first.skip_to);
      }
      return g;
    }
    if (first.token->overflow) {
      g.mark_overflow(first.token->begin, first.token->end);
      g.end = std::max(g.end, first.skip_to);
      return g;
    }
    Part head;
    head.begin = at;
    head.quantity = std::move(*first.token);
    read_tail(head);
    std::size_t tail_end = head.end;

    // A range: 90%-100%, 85%～95%, 90%至100%, 3到5个; or a centre with a tolerance: 100±5.
    if (!head.suffix && tail_end < body_end_) {
      const char32_t sep = view_[tail_end];
      const bool range_sep = (sep == U'-' || sep == U'~' || sep == U'至' || sep == U'到') &&
                             !prefix_comparators().longest_at(view_, tail_end);
      const LexiconEntry* plus_minus = tolerance_marks().longest_at(view_, tail_end);
      if (range_sep || plus_minus) {
        const std::size_t second_at = tail_end + (plus_minus ? plus_minus->word.size() : 1);
        QuantityAttempt second =
            read_quantity(second_at, NumeralContext::after_comparator, !plus_minus);
        if (second.token && !second.token->overflow && same_style(head.quantity, *second.token)) {
          Part upper;
          upper.begin = second_at;
          upper.quantity = std::move(*second.token);
          read_tail(upper);
          // "在90%-100%之间", "90%至100%区间内": words that only restate the range.
          for (const std::u32string_view word :
               {std::u32string_view(U"之间"), std::u32string_view(U"区间内"),
                std::u32string_view(U"范围内"), std::u32string_view(U"区间")}) {
            if (view_.substr(upper.end, word.size()) == word) {
              upper.end += word.size();
              break;
            }
          }
          return make_range(std::move(g), std::move(head), std::move(upper), plus_minus != nullptr);
        }
      }
    }

    // Compound: 8省20个地区以上, 5个、9台, ≥8省、≤20个地区.
    g.parts.push_back(std::move(head));
    while (g.parts.size() < 8) {
      const Part& last = g.parts.back();
      if (last.quantity.unit.empty()) break;
      std::size_t k = last.end;
      static const Lexicon separators{{U"、", 0}, {U"和", 0}, {U"及", 0},   {U"与", 0},
                                      {U",", 0},  {U"且", 0}, {U"并", 0},   {U"以及", 0},
                                      {U";", 0},  {U"+", 0},  {U"同时", 0}, {U"并且", 0}};
      if (const LexiconEntry* sep = separators.longest_at(view_, k)) k += sep->word.size();
      std::optional<PrefixComparator> own_prefix;
      if (const LexiconEntry* prefix = prefix_comparators().longest_at(view_, k)) {
        own_prefix = prefix_meaning(prefix->tag);
        k += prefix->word.size();
      }
      QuantityAttempt next =
          read_quantity(k, own_prefix ? NumeralContext::after_comparator : NumeralContext::bare,
                        own_prefix.has_value());
      if (!next.token || next.token->overflow || next.token->unit.empty() ||
          !same_style(last.quantity, *next.token)) {
        break;
      }
      const bool repeated_unit = std::any_of(g.parts.begin(), g.parts.end(), [&](const Part& p) {
        return p.quantity.unit == next.token->unit;
      });
      if (repeated_unit) break;
      Part part;
      part.begin = next.token->begin;
      part.prefix = own_prefix;
      part.quantity = std::move(*next.token);
      read_tail(part);
      g.parts.push_back(std::move(part));
    }
    g.end = g.parts.back().end;

    // Comparators. Written once around the parts ("不少于8省20个地区", "8省20个地区以上"), the
    // prefix and the suffix apply to every part. As soon as a part carries words of its own
    // ("≥8省、≤20个地区", "8省以上、20个地区"), each part has exactly the words written on it.
    const Part& final_part = g.parts.back();
    bool uniform = true;
    for (std::size_t i = 0; i < g.parts.size(); ++i) {
      if (i > 0 && g.parts[i].prefix) uniform = false;
      if (i + 1 < g.parts.size() && (g.parts[i].suffix || g.parts[i].inclusive)) uniform = false;
    }
    for (std::size_t i = 0; i < g.parts.size(); ++i) {
      Part& p = g.parts[i];
      auto prefix = i == 0 ? g.prefix : p.prefix;
      auto suffix = p.suffix;
      auto inclusive = p.inclusive;
      if (uniform) {
        prefix = g.prefix;
        suffix = final_part.suffix;
        inclusive = final_part.inclusive;
      }
      const Resolved r = resolve(prefix, suffix, inclusive);
      if (r.contradiction) {
        g.contradiction = true;
        return g;
      }
      g.redundant_comparators = g.redundant_comparators || r.redundant;
      g.approximate = g.approximate || p.approximate;
      g.comparators.push_back(r.comparator);
    }
    g.valid = true;
    return g;
  }

  Group make_range(Group g, Part lower, Part upper, bool centre_tolerance) {
    g.form = GroupForm::range;
    g.end = upper.end;
    g.approximate = g.approximate || lower.approximate || upper.approximate;
    QuantityToken& lo = lower.quantity;
    QuantityToken& hi = upper.quantity;
    if (lo.unit.empty()) {
      lo.unit = hi.unit;
      lo.unit_known = hi.unit_known;
    }
    if (hi.unit.empty() && centre_tolerance) {
      hi.unit = lo.unit;
      hi.unit_known = lo.unit_known;
    }
    try {
      if (lo.unit != hi.unit) {
        if (!units_comparable(lo.unit, hi.unit)) {
          g.range_units_differ = true;
          g.parts = {std::move(lower), std::move(upper)};
          return g;
        }
        lo.value = convert(Quantity{lo.value, lo.unit}, hi.unit);
        lo.unit = hi.unit;
      }
      if (centre_tolerance) {
        // 100±5 → [95, 105]
        const Decimal centre = lo.value;
        const Decimal spread = hi.value.abs();
        lo.value = centre - spread;
        hi.value = centre + spread;
      }
    } catch (const Error&) {
      g.mark_overflow(g.begin, g.end);
      return g;
    }
    if (lo.value > hi.value) {
      std::swap(lo.value, hi.value);
      g.range_reversed = true;
    }
    g.parts = {std::move(lower), std::move(upper)};
    g.valid = true;
    return g;
  }

  // ---- scan ------------------------------------------------------------------------------

  void scan() {
    std::size_t p = body_begin_;
    while (p < body_end_) {
      const char32_t c = view_[p];
      const bool prev_alnum =
          p > body_begin_ && (is_ascii_digit(view_[p - 1]) || is_ascii_letter(view_[p - 1]));
      if (!may_start_anything(c)) {
        ++p;
        continue;
      }
      if (may_start_date(c) && !prev_alnum) {
        // "2023.07" is a number unless something marks it as a date, or it is the whole text.
        if (auto date = read_date(view_, p);
            date && (!date->dotted || date->marked ||
                     (date->begin == body_begin_ && date->end == body_end_))) {
          p = date->end;
          if (dates_.size() < 8) dates_.push_back(*date);
          continue;
        }
      }
      if (!may_start_group(c)) {
        ++p;
        continue;
      }
      Group g = read_group(p);
      const std::size_t next = std::max(p + 1, g.end);  // read before g is moved from
      if (g.valid || g.contradiction || g.overflow || g.comparator_without_number ||
          g.range_units_differ) {
        if (groups_.size() < 16) groups_.push_back(std::move(g));
      }
      p = next;
    }
  }

  // ---- decision --------------------------------------------------------------------------
  const Group* choose_primary() const {
    const Group* first_bare = nullptr;
    const Group* clause_bare = nullptr;
    for (const Group& g : groups_) {
      if (!g.valid) continue;
      if (g.has_comparator()) return &g;
      if (!first_bare) first_bare = &g;
      if (!clause_bare && (g.end >= body_end_ || is_clause_punctuation(view_[g.end]))) {
        clause_bare = &g;
      }
    }
    return clause_bare ? clause_bare : first_bare;
  }

  void decide() {
    if (const Group* primary = choose_primary()) {
      fill_numeric(*primary);
      for (const Group& g : groups_) {
        if (&g != primary && g.valid) diagnose(Code::other_number, g.begin, g.end);
      }
      return;
    }
    for (const DateReading& d : dates_) {
      const bool whole = dates_.size() == 1 && d.begin == body_begin_ && d.end == body_end_;
      if (d.marked || whole) {
        fill_date(d);
        return;
      }
    }
    fill_statement();
  }

  std::string part_text(std::size_t begin, std::size_t end) const {
    return std::string(trim_spaces(original(begin, end)));
  }

  void note_unit(const QuantityToken& q) {
    if (!q.unit.empty() && !q.unit_known) {
      diagnose(Code::unknown_unit, q.unit_begin, std::max(q.end, q.unit_begin));
    }
  }

  void fill_numeric(const Group& g) {
    t_.measure = part_text(body_begin_, g.begin);
    // Leading punctuation belongs to the sentence, not to the explanation.
    std::size_t skip = g.end;
    while (skip < body_end_ && is_clause_punctuation(view_[skip]))
      ++skip;
    std::string remark = part_text(skip, body_end_);
    t_.approximate = g.approximate;
    if (g.approximate) diagnose(Code::approximate, g.begin, g.end);
    if (g.redundant_comparators) diagnose(Code::conflicting_comparators, g.begin, g.end);
    read_scope(g.begin);

    if (g.form == GroupForm::range) {
      const QuantityToken& lo = g.parts[0].quantity;
      const QuantityToken& hi = g.parts[1].quantity;
      t_.kind = TargetKind::range;
      t_.value = lo.value;
      t_.upper = hi.value;
      t_.unit = hi.unit;
      t_.direction = Direction::within;
      if (g.range_reversed) diagnose(Code::range_reversed, g.begin, g.end);
      note_unit(hi);
    } else if (g.form == GroupForm::tolerance) {
      const QuantityToken& amount = g.parts[0].quantity;
      t_.kind = TargetKind::tolerance;
      t_.comparator = g.tolerance_comparator;
      t_.value = amount.value;
      t_.unit = amount.unit;
      t_.direction = Direction::within;
      note_unit(amount);
    } else if (g.parts.size() == 1) {
      const Part& part = g.parts[0];
      t_.kind = TargetKind::quantitative;
      t_.comparator = g.comparators[0];
      t_.value = part.quantity.value;
      t_.unit = part.quantity.unit;
      t_.direction = direction_of(t_.comparator);
      if (t_.comparator == Comparator::none) t_.direction = verb_direction(body_begin_, g.begin);
      if (part.noun_end > part.noun_begin) {
        // "3台设备以上": with the generic 个 the noun names the unit (个地区); otherwise it is
        // what is counted and goes to the remark.
        const std::string noun = part_text(part.noun_begin, part.noun_end);
        if (t_.unit == "个") {
          t_.unit += noun;
        } else {
          remark = remark.empty() ? noun : noun + "，" + remark;
        }
      }
      note_unit(part.quantity);
    } else {
      t_.kind = TargetKind::quantitative;
      const Comparator common = g.comparators[0];
      const bool all_same = std::all_of(g.comparators.begin(), g.comparators.end(),
                                        [&](Comparator c) { return c == common; });
      t_.comparator = all_same ? common : Comparator::none;
      t_.direction = all_same ? direction_of(common) : Direction::none;
      for (std::size_t i = 0; i < g.parts.size(); ++i) {
        const Part& part = g.parts[i];
        Target piece;
        piece.kind = TargetKind::quantitative;
        piece.comparator = g.comparators[i];
        piece.value = part.quantity.value;
        piece.unit = part.quantity.unit;
        if (part.noun_end > part.noun_begin && piece.unit == "个") {
          piece.unit += part_text(part.noun_begin, part.noun_end);
        }
        piece.direction = direction_of(piece.comparator);
        piece.text = part_text(part.begin, part.end);
        piece.body = piece.text;
        t_.parts.push_back(std::move(piece));
        note_unit(part.quantity);
      }
    }
    t_.remark = std::move(remark);
  }

  // 提高2个百分点, 降低5%: a bare change whose direction the verb gives.
  Direction verb_direction(std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end; ++i) {
      if (const LexiconEntry* word = direction_words().longest_at(view_, i)) {
        const auto d = static_cast<Direction>(word->tag);
        if (d == Direction::increase || d == Direction::decrease) return d;
        i += word->word.size() - 1;
      }
    }
    return Direction::none;
  }

  // 每个镇街, 每年, 各镇街, 人均: what the number is counted per.
  // Characters that end a scope noun read by the fallback: they start a number, a comparator or
  // a verb, so the scope written back by format() ("每个" + scope) is read back the same way.
  bool ends_scope(std::size_t at) const {
    const char32_t c = view_[at];
    return !is_han(c) || chinese_digit(c) >= 0 || is_chinese_numeral_unit(c) || c == U'第' ||
           c == U'每' || c == U'各' || c == U'和' || c == U'与' || c == U'及' || c == U'或' ||
           scope_stop_words().longest_at(view_, at) || direction_words().longest_at(view_, at) ||
           prefix_comparators().longest_at(view_, at) ||
           approximate_before().longest_at(view_, at) || tolerance_marks().longest_at(view_, at);
  }

  // 每个镇街, 每年, 各镇街, 人均: what the number is counted per. The same steps for 每 and 各:
  // a time word (每年), a listed scope noun (每户, 每所学校 after its classifier), else a short
  // run of characters up to a verb or a number.
  void read_scope(std::size_t measure_end) {
    static constexpr std::u32string_view classifiers[] = {U"一个", U"个", U"一家", U"家",
                                                          U"所",   U"名", U"位",   U"座"};
    static constexpr std::u32string_view not_scope_after_ge[] = {U"类", U"项", U"种", U"级",
                                                                 U"方", U"界", U"自"};
    const auto noun_at = [&](std::size_t j) -> bool {
      if (const LexiconEntry* noun = scope_nouns().longest_at(view_, j);
          noun && j + noun->word.size() <= measure_end) {
        t_.scope = to_utf8(noun->word);
        return true;
      }
      return false;
    };
    for (std::size_t k = body_begin_; k < measure_end; ++k) {
      const char32_t c = view_[k];
      const bool every = c == U'每';
      const bool each = c == U'各' && k == body_begin_ && k + 1 < measure_end &&
                        std::find(std::begin(not_scope_after_ge), std::end(not_scope_after_ge),
                                  view_.substr(k + 1, 1)) == std::end(not_scope_after_ge);
      if (every || each) {
        std::size_t j = k + 1;
        if (const LexiconEntry* time = time_scopes().longest_at(view_, j);
            time && j + time->word.size() <= measure_end) {
          t_.scope = to_utf8(time->word);
          return;
        }
        if (noun_at(j)) return;
        for (const auto classifier : classifiers) {
          if (view_.substr(j, classifier.size()) == classifier &&
              j + classifier.size() <= measure_end) {
            if (j + classifier.size() == measure_end) {  // 每家, 每所: the classifier is the noun
              t_.scope = to_utf8(classifier.substr(classifier.size() - 1));
              return;
            }
            j += classifier.size();
            break;
          }
        }
        if (noun_at(j)) return;
        std::size_t end = j;
        while (end < measure_end && end - j < 4 && !ends_scope(end))
          ++end;
        if (end > j) {
          t_.scope = to_utf8(view_.substr(j, end - j));
          return;
        }
      }
      if (c == U'均' && k > body_begin_) {
        static constexpr std::u32string_view per[] = {U"人", U"户", U"家", U"日", U"月", U"年",
                                                      U"周", U"村", U"镇", U"校", U"次"};
        const auto prev = view_.substr(k - 1, 1);
        if (std::find(std::begin(per), std::end(per), prev) != std::end(per)) {
          t_.scope = to_utf8(prev);
          return;
        }
      }
    }
  }

  void fill_date(const DateReading& d) {
    t_.kind = TargetKind::date;
    t_.date = d.date;
    t_.date_upper = d.upper;
    t_.comparator = d.upper ? Comparator::none : d.comparator;
    t_.direction = Direction::achieve;
    t_.measure = part_text(body_begin_, d.begin);
    std::size_t skip = d.end;
    while (skip < body_end_ && is_clause_punctuation(view_[skip]))
      ++skip;
    t_.remark = part_text(skip, body_end_);
  }

  void fill_statement() {
    for (const Group& g : groups_) {
      if (g.contradiction) {
        t_.kind = TargetKind::vague;
        diagnose(Code::conflicting_comparators, g.begin, g.end);
        return;
      }
      if (g.range_units_differ) {
        t_.kind = TargetKind::vague;
        diagnose(Code::units_differ, g.begin, g.end);
        return;
      }
    }
    for (const Group& g : groups_) {
      if (g.overflow) {
        t_.kind = TargetKind::vague;
        diagnose(Code::number_too_large, g.overflow_begin, g.overflow_end);
        return;
      }
    }
    // Vague: a phrase that points at a number it does not give.
    for (std::size_t i = body_begin_; i < body_end_; ++i) {
      if (const LexiconEntry* phrase = vague_phrases().longest_at(view_, i)) {
        const std::size_t end = i + phrase->word.size();
        if (phrase->tag == 1 && end != body_end_) {  // 数量, 个数: only as the last word
          continue;
        }
        t_.kind = TargetKind::vague;
        diagnose(Code::vague_phrase, i, end);
        return;
      }
    }
    for (const Group& g : groups_) {
      if (g.comparator_without_number) {
        t_.kind = TargetKind::vague;
        diagnose(Code::comparator_without_number, g.prefix_begin, g.prefix_end);
        return;
      }
    }
    const bool has_words =
        std::any_of(view_.begin() + static_cast<std::ptrdiff_t>(body_begin_), view_.end(),
                    [](char32_t c) { return is_han(c) || is_ascii_letter(c); });
    if (!has_words) {
      t_.kind = TargetKind::vague;
      diagnose(Code::no_value, body_begin_, body_end_);
      return;
    }
    t_.kind = TargetKind::qualitative;
    for (std::size_t i = body_begin_; i < body_end_; ++i) {
      if (const LexiconEntry* word = direction_words().longest_at(view_, i)) {
        t_.direction = static_cast<Direction>(word->tag);
        return;
      }
    }
  }

  std::string_view text_;
  Target& t_;
  NormalizedText& nt_ = scratch();
  std::u32string_view s_;
  std::u32string_view view_;  // the text up to the end of the body
  std::size_t body_begin_ = 0;
  std::size_t body_end_ = 0;
  boost::container::small_vector<Group, 2> groups_;
  boost::container::small_vector<DateReading, 1> dates_;
};

}  // namespace

Target parse_target(std::string_view text) {
  Target target;
  Parser parser(text, target);
  try {
    parser.run();
    release_if_large(scratch());
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& error) {
    // Every arithmetic step above is guarded; this keeps the promise never to throw should a
    // Decimal limit be reached somewhere unforeseen, and says so instead of hiding it.
    target.kind = TargetKind::vague;
    target.comparator = Comparator::none;
    target.value.reset();
    target.upper.reset();
    target.parts.clear();
    add_diagnostic(target.diagnostics,
                   target_detail::make_diagnostic(TargetDiagnosticCode::number_too_large, 0, 0, 0,
                                                  error.what()));
  }
  return target;
}

}  // namespace jixiao
