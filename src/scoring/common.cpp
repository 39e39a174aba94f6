// Scoring findings, cell texts, and the number texts every trace uses.
#include <utility>

#include "jixiao/error.hpp"

#include "scoring/rules.hpp"
#include "text/percent.hpp"

namespace jixiao::scoring_detail {

FindingSeverity severity_of(ScoringFindingCode code) noexcept {
  switch (code) {
    // Missing explanations and descriptions do not change a score: the table is incomplete, not
    // wrong. A zero budget is scored by the policy's rule and only needs a reader's attention.
    case ScoringFindingCode::zero_budget:
    case ScoringFindingCode::description_missing:
    case ScoringFindingCode::deviation_reason_missing:
      return FindingSeverity::warning;
    default:
      return FindingSeverity::error;
  }
}

void add_finding(std::vector<ScoringFinding>& findings, ScoringFindingCode code, std::string path,
                 std::string message_zh, std::string message_en) {
  findings.push_back(ScoringFinding{code, severity_of(code), std::move(path), std::move(message_zh),
                                    std::move(message_en)});
}

namespace {

// The CJK forms, each three bytes in UTF-8: the ideographic space and full-width punctuation.
constexpr std::string_view kWideSpace = "\u3000";
constexpr std::string_view kWideTrailing[] = {"\u3000", "。", "．", "，", "；", "：", "！"};

bool ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool ascii_trailing(char c) noexcept {
  return ascii_space(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!';
}

}  // namespace

// Called on every cell of every row, so it looks at the last byte before comparing anything.
std::string_view trim_cell(std::string_view text) noexcept {
  for (;;) {
    if (!text.empty() && ascii_space(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kWideSpace)) {
      text.remove_prefix(kWideSpace.size());
    } else {
      break;
    }
  }
  while (!text.empty()) {
    if (ascii_trailing(text.back())) {
      text.remove_suffix(1);
      continue;
    }
    // Every wide form ends in a continuation byte (0x80–0xBF).
    if ((static_cast<unsigned char>(text.back()) & 0xC0) != 0x80) break;
    bool removed = false;
    for (const std::string_view wide : kWideTrailing) {
      if (text.ends_with(wide)) {
        text.remove_suffix(wide.size());
        removed = true;
        break;
      }
    }
    if (!removed) break;
  }
  return text;
}

bool is_blank(const std::optional<std::string>& text) noexcept {
  if (!text) return true;
  std::string_view rest = *text;
  while (!rest.empty()) {
    if (ascii_space(rest.front())) {
      rest.remove_prefix(1);
    } else if (rest.starts_with(kWideSpace)) {
      rest.remove_prefix(kWideSpace.size());
    } else {
      return false;
    }
  }
  return true;
}

const Decimal& target_number(const Target& target, bool upper) {
  const std::optional<Decimal>& number = upper ? target.upper : target.value;
  if (!number) {
    throw Error(ErrorCode::invalid_argument, "指标值“" + target.text + "”没有可比较的数值",
                "the target \"" + target.text + "\" has no number to compare with");
  }
  return *number;
}

bool satisfies(std::strong_ordering order, Comparator comparator) noexcept {
  switch (comparator) {
    case Comparator::greater_equal:
      return order >= 0;
    case Comparator::greater:
      return order > 0;
    case Comparator::equal:
      return order == 0;
    case Comparator::less:
      return order < 0;
    case Comparator::less_equal:
      return order <= 0;
    case Comparator::none:
      break;
  }
  return false;
}

std::string text(const Decimal& value) {
  return value.to_string(value.scale());
}

std::string score_text(const Decimal& value, const ScoreRounding& rounding) {
  return value.to_string(rounding.decimals, rounding.mode);
}

std::string percent_text(const Decimal& ratio, int decimals, RoundingMode mode) {
  return text::percent_digits(ratio, decimals, mode) + "%";
}

std::string quotient_text(const Decimal& numerator, const Decimal& denominator) {
  // Six decimals are enough to check a score by hand; "…" marks a quotient that goes on.
  constexpr int shown_digits = 6;
  const Decimal approx = Decimal::divide(numerator, denominator, shown_digits, RoundingMode::down);
  if (approx * denominator == numerator) return approx.normalized().to_string();
  return approx.normalized().to_string() + "…";
}

RoundedQuotient rounded_quotient(const Decimal& numerator, const Decimal& denominator,
                                 const ScoreRounding& rounding) {
  const Decimal value = Decimal::divide(numerator, denominator, rounding.decimals, rounding.mode)
                            .rescale(rounding.decimals, rounding.mode);
  const std::string fixed = value.to_string(rounding.decimals);
  if (value * denominator == numerator) return {value, "= " + fixed};
  return {value, "= " + quotient_text(numerator, denominator) + " → " + fixed};
}

RoundedQuotient rounded(const Decimal& value, const ScoreRounding& rounding) {
  const Decimal result = value.round(rounding.decimals, rounding.mode).rescale(rounding.decimals);
  const std::string fixed = result.to_string(rounding.decimals);
  if (result == value) return {result, "= " + fixed};
  return {result, "= " + value.to_string() + " → " + fixed};
}

std::string rounding_note(const ScoreRounding& rounding) {
  const std::string digits = std::to_string(rounding.decimals);
  const std::string_view mode = rounding_mode_name(rounding.mode);
  const std::string zh = rounding.mode == RoundingMode::half_up ? "四舍五入" : std::string(mode);
  return "得分" + zh + "保留 " + digits + " 位小数 / scores rounded " + std::string(mode) + " to " +
         digits + " decimals";
}

}  // namespace jixiao::scoring_detail
