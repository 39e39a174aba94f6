// 定量指标: the score of an indicator against a numeric target, by the target's direction.
//
// Every direction reduces to a completion fraction in [0, 1] written as numerator / denominator,
// and the score is weight × numerator / denominator rounded once, so the arithmetic in the trace
// is exactly what was computed.
#include <algorithm>
#include <compare>
#include <string>
#include <utility>

#include "jixiao/error.hpp"
#include "jixiao/unit.hpp"
#include "scoring/rules.hpp"

namespace jixiao {

namespace scoring_detail {

namespace {

struct Fraction {
  Decimal numerator = 1;
  Decimal denominator = 1;  // > 0

  bool is_one() const { return numerator == denominator; }
};

// One comparison of an actual value with a target value.
struct Comparison {
  bool met = false;
  Fraction completion;
  std::string formula;  // the completion as text ("7 ÷ 9"), or the reason it is 0 or 1
  std::string rule;
  std::string variant;
  bool over_achieved = false;
};

std::string relation(const Decimal& a, Comparator comparator, const Decimal& t, bool met) {
  std::string symbol(comparator_symbol(comparator));
  return text(a) + (met ? " " + symbol + " " : " 未满足 " + symbol + " ") + text(t);
}

bool over(const Decimal& a, const Decimal& t, const ScoringPolicy& policy) {
  const auto& ratio = policy.deviation.over_achievement_ratio;
  return ratio && t.sign() > 0 && a >= *ratio * t;
}

Comparison positive(const Decimal& a, const Decimal& t, Comparator comparator,
                    const ScoringPolicy& policy) {
  Comparison c;
  c.rule = "quantitative.positive";
  c.met = satisfies(a <=> t, comparator);
  c.over_achieved = over(a, t, policy);
  if (c.met) {
    c.formula = relation(a, comparator, t, true) + "，达成 / met";
  } else if (t.sign() <= 0) {
    c.completion = {0, 1};
    c.formula = relation(a, comparator, t, false) +
                "，指标值不为正数，未达成即 0 / target not "
                "positive: unmet scores 0";
  } else {
    c.completion = {a, t};
    c.formula = text(a) + " ÷ " + text(t);
  }
  return c;
}

Comparison equal(const Decimal& a, const Decimal& t, const ScoringPolicy& policy) {
  Comparison c;
  c.met = a == t;
  if (t.is_zero()) {
    // selfindexequalzero: a target of 0 is met by anything at or below 0 and missed otherwise.
    c.rule = "quantitative.equal_zero";
    c.met = a.sign() <= 0;
    c.completion = c.met ? Fraction{1, 1} : Fraction{0, 1};
    c.formula =
        "指标值为 0 target 0：实际 actual " + text(a) + (c.met ? " ≤ 0，达成 / met" : " > 0 → 0");
    return c;
  }
  c.rule = "quantitative.equal";
  c.over_achieved = over(a, t, policy);
  if (a >= t && t.sign() > 0) {
    c.formula = text(a) + " ≥ " + text(t) + "，等于指标按正向计分 / scored as positive";
  } else if (t.sign() < 0) {
    c.completion = c.met ? Fraction{1, 1} : Fraction{0, 1};
    c.formula = text(a) + (c.met ? " = " : " ≠ ") + text(t) + "，指标值为负数 / negative target";
  } else {
    c.completion = {a, t};
    c.formula = text(a) + " ÷ " + text(t);
  }
  return c;
}

Comparison negative(const Decimal& a, const Decimal& t, Comparator comparator,
                    const ScoringPolicy& policy, std::string rule) {
  Comparison c;
  c.rule = std::move(rule);
  c.met = satisfies(a <=> t, comparator);
  const NegativeIndicatorRule variant = policy.quantitative.negative;
  c.variant = variant == NegativeIndicatorRule::linear_deviation ? "linear_deviation" : "ratio";
  if (c.met) {
    c.formula = relation(a, comparator, t, true) + "，达成 / met";
  } else if (t.sign() <= 0) {
    c.completion = {0, 1};
    c.formula = relation(a, comparator, t, false) +
                "，指标值不为正数，未达成即 0 / target not "
                "positive: unmet scores 0";
  } else if (variant == NegativeIndicatorRule::ratio) {
    // At a == t (a strict < missed) the ratio is 1: the formula, not the comparison, decides.
    c.completion = {t, a};
    c.formula = text(t) + " ÷ " + text(a);
  } else {
    const Decimal numerator = t + t - a;
    c.completion = numerator.sign() > 0 ? Fraction{numerator, t} : Fraction{0, 1};
    c.formula = "(1 − (" + text(a) + " − " + text(t) + ") ÷ " + text(t) + ")";
    if (numerator.sign() <= 0)
      c.formula += " ≤ 0，实际达到指标值 2 倍及以上 / at twice the target or more";
  }
  return c;
}

Comparison by_comparator(const Decimal& a, const Decimal& t, Comparator comparator,
                         const ScoringPolicy& policy) {
  switch (comparator) {
    case Comparator::less:
    case Comparator::less_equal:
      return negative(a, t, comparator, policy, "quantitative.negative");
    case Comparator::equal:
      return equal(a, t, policy);
    default:
      return positive(a, t, comparator, policy);
  }
}

Decimal in_unit(const Target& actual, const std::string& unit) {
  return convert(Quantity{*actual.value, actual.unit}, unit);
}

// The comparator a quantitative target (or part) is read with, noting an inference.
Comparator comparator_for(const Target& target, std::string_view name, const ScoringPolicy& policy,
                          std::vector<std::string>& notes) {
  if (target.comparator != Comparator::none) return target.comparator;
  const InferredComparator inferred = infer_comparator(name, policy.quantitative.direction);
  const std::string symbol(comparator_symbol(inferred.comparator));
  if (inferred.matched.empty()) {
    notes.push_back("指标值未写比较符号，按名称推断为 " + symbol +
                    "（越高越好）/ no comparator written: inferred " +
                    std::string(comparator_ascii(inferred.comparator)) + " (higher is better)");
  } else {
    notes.push_back("指标值未写比较符号，名称以“" + inferred.matched + "”结尾，推断为 " + symbol +
                    "（越低越好）/ no comparator written: the name ends in a lower-is-better "
                    "rate, inferred " +
                    std::string(comparator_ascii(inferred.comparator)));
  }
  return inferred.comparator;
}

[[noreturn]] void unreadable(const Target& actual, const std::string& why_zh,
                             const std::string& why_en) {
  throw Error(ErrorCode::parse_error, "实际完成值“" + actual.text + "”" + why_zh,
              "the actual value \"" + actual.text + "\" " + why_en);
}

const Target& numeric_actual(const Target& actual) {
  if (actual.kind != TargetKind::quantitative || actual.is_compound() || !actual.value) {
    unreadable(actual, "不是一个数值", "is not a single number");
  }
  return actual;
}

// The actual's part that answers a target part: same unit first, then a comparable unit.
const Target& matching_part(const Target& actual, const Target& part) {
  const auto usable = [](const Target& t) { return t.kind == TargetKind::quantitative && t.value; };
  std::vector<const Target*> candidates;
  if (actual.is_compound()) {
    for (const Target& p : actual.parts)
      candidates.push_back(&p);
  } else {
    candidates.push_back(&actual);
  }
  for (const Target* c : candidates)
    if (usable(*c) && c->unit == part.unit) return *c;
  for (const Target* c : candidates)
    if (usable(*c) && units_comparable(c->unit, part.unit)) return *c;
  unreadable(actual, "中没有单位为“" + part.unit + "”的数值",
             "has no number in \"" + part.unit + "\"");
}

Decimal clamp(Decimal a, const ScoringPolicy& policy, std::vector<std::string>& notes) {
  if (a.sign() < 0 && policy.quantitative.clamp_negative_actual) {
    notes.push_back("实际完成值 " + text(a) + " 为负数，按 0 计 / a negative actual counts as 0");
    return 0;
  }
  return a;
}

Comparison compare_compound(const Target& target, const Target& actual, std::string_view name,
                            const ScoringPolicy& policy, std::vector<std::string>& notes) {
  Comparison combined;
  combined.rule = "quantitative.compound";
  combined.variant =
      policy.quantitative.compound == CompoundRule::least_part ? "least_part" : "mean";
  combined.met = true;
  std::vector<Fraction> completions;
  std::string formula;
  for (const Target& part : target.parts) {
    const Target& answer = matching_part(actual, part);
    const Decimal a = clamp(in_unit(answer, part.unit), policy, notes);
    const Comparison c =
        by_comparator(a, target_number(part), comparator_for(part, name, policy, notes), policy);
    combined.met = combined.met && c.met;
    combined.over_achieved = combined.over_achieved || c.over_achieved;
    completions.push_back(c.completion);
    if (!formula.empty()) formula += "；";
    formula += part.unit + "：" + (c.completion.is_one() ? c.formula + " → 1" : c.formula);
  }
  if (policy.quantitative.compound == CompoundRule::least_part) {
    // Cross-multiplied, so the smallest fraction is found without rounding.
    Fraction least = completions.front();
    for (const Fraction& f : completions) {
      if (f.numerator * least.denominator < least.numerator * f.denominator) least = f;
    }
    combined.completion = least;
    combined.formula = "各部分 parts［" + formula + "］取最小 least";
  } else {
    Decimal sum;
    for (const Fraction& f : completions)
      sum += Decimal::divide(f.numerator, f.denominator);
    combined.completion = {sum, Decimal(static_cast<std::int64_t>(completions.size()))};
    combined.formula = "各部分 parts［" + formula + "］取平均 mean";
  }
  if (combined.completion.is_one()) combined.formula += " = 1";
  return combined;
}

Comparison compare(const Target& target, const Target& actual, std::string_view name,
                   const ScoringPolicy& policy, std::vector<std::string>& notes) {
  switch (target.kind) {
    case TargetKind::date: {
      Comparison c;
      c.rule = "quantitative.date";
      c.met = is_met(target, actual);
      c.completion = c.met ? Fraction{1, 1} : Fraction{0, 1};
      c.formula = c.met ? "按期完成 / on time" : "未按期完成 / late → 0";
      return c;
    }
    case TargetKind::range: {
      const Decimal a = clamp(in_unit(numeric_actual(actual), target.unit), policy, notes);
      Comparison c;
      if (a < target_number(target)) {
        c = positive(a, target_number(target), Comparator::greater_equal, policy);
      } else if (a > target_number(target, true)) {
        c = negative(a, target_number(target, true), Comparator::less_equal, policy,
                     "quantitative.range");
      } else {
        c.met = true;
        c.formula = text(target_number(target)) + " ≤ " + text(a) + " ≤ " +
                    text(target_number(target, true)) + "，在区间内 / within the range";
      }
      c.rule = "quantitative.range";
      return c;
    }
    case TargetKind::tolerance: {
      // A deviation either way: the size of the actual deviation against the allowed one.
      const Decimal a = in_unit(numeric_actual(actual), target.unit).abs();
      const Comparator comparator =
          target.comparator == Comparator::none ? Comparator::less_equal : target.comparator;
      return negative(a, target_number(target), comparator, policy, "quantitative.tolerance");
    }
    default:
      break;
  }
  if (target.is_compound()) return compare_compound(target, actual, name, policy, notes);
  const Decimal a = clamp(in_unit(numeric_actual(actual), target.unit), policy, notes);
  if (actual.unit != target.unit) {
    notes.push_back("实际完成值 " + text(*actual.value) + actual.unit + " 换算为指标值的单位：" +
                    text(a) + target.unit + " / actual converted to the target's unit");
  }
  return by_comparator(a, target_number(target), comparator_for(target, name, policy, notes),
                       policy);
}

}  // namespace

IndicatorScore not_scored(const std::string& path, const Decimal& weight, std::string reason) {
  IndicatorScore out;
  out.path = path;
  out.method = ScoringMethod::not_scored;
  out.weight = weight;
  out.trace.rule = "not_scored";
  out.trace.arithmetic = std::move(reason) + " → 0";
  return out;
}

void apply_deduction(IndicatorScore& score, const std::optional<Decimal>& deduction,
                     const ScoringPolicy& policy) {
  if (!deduction || deduction->is_zero()) return;
  score.trace.inputs.push_back({"扣减分数 deduction", text(*deduction)});
  if (!policy.quantitative.apply_deduction) {
    score.trace.notes.push_back("规则不扣减扣减分数 / the policy does not apply deductions");
    return;
  }
  Decimal after = score.score - *deduction;
  if (after.sign() < 0) after = 0;
  const RoundedQuotient result = rounded(after, policy.rounding);
  score.trace.arithmetic += "；扣减 deduction: max(0, " + score_text(score.score, policy.rounding) +
                            " − " + text(*deduction) + ") " + result.shown;
  score.score = result.value;
}

QuantitativeOutcome score_quantitative_detail(const Target& target, const Target& actual,
                                              const Decimal& weight,
                                              std::string_view indicator_name,
                                              const std::optional<Decimal>& deduction,
                                              const ScoringPolicy& policy, const std::string& path,
                                              std::vector<ScoringFinding>& findings) {
  QuantitativeOutcome outcome;
  IndicatorScore& out = outcome.score;
  out.path = path;
  out.method = ScoringMethod::quantitative;
  out.weight = weight;
  out.trace.inputs = {{"指标值 target", target.text},
                      {"实际完成值 actual", actual.text},
                      {"分值 weight", text(weight)}};
  Comparison c;
  try {
    if (!target.is_numeric() && target.kind != TargetKind::date) {
      throw Error(ErrorCode::invalid_argument, "指标值“" + target.text + "”不是数值",
                  "the target \"" + target.text + "\" is not numeric");
    }
    c = compare(target, actual, indicator_name, policy, out.trace.notes);
  } catch (const Error& error) {
    add_finding(findings, ScoringFindingCode::actual_unreadable, path + "/actual_value",
                error.message_zh() + "，无法计分", error.message_en() + "; not scored");
    IndicatorScore failed =
        not_scored(path, weight, "实际完成值无法按指标值读取 / actual unreadable");
    failed.trace.inputs = out.trace.inputs;
    out = std::move(failed);
    return outcome;
  }
  out.trace.rule = c.rule;
  out.trace.variant = c.variant;
  out.met = c.met;
  outcome.over_achieved = c.over_achieved;
  if (c.over_achieved) {
    out.trace.notes.push_back("实际完成值达到指标值的 " +
                              text(*policy.deviation.over_achievement_ratio) +
                              " 倍及以上，须分析原因 / far above the target: explain why");
  }
  const ScoreRounding& rounding = policy.rounding;
  if (c.completion.is_one()) {
    out.score = weight.rescale(std::max(weight.scale(), rounding.decimals));
    out.trace.arithmetic = c.formula + " → 满分 full " + text(weight);
  } else {
    const RoundedQuotient q =
        rounded_quotient(weight * c.completion.numerator, c.completion.denominator, rounding);
    out.score = q.value;
    out.trace.arithmetic = text(weight) + " × " + c.formula + " " + q.shown;
    if (out.score > weight) {
      out.score = weight.rescale(std::max(weight.scale(), rounding.decimals));
      out.trace.arithmetic += "，不超过分值 → " + text(weight);
    }
  }
  apply_deduction(out, deduction, policy);
  return outcome;
}

}  // namespace scoring_detail

IndicatorScore score_quantitative(const Target& target, const Target& actual, const Decimal& weight,
                                  std::string_view indicator_name,
                                  const std::optional<Decimal>& deduction,
                                  const ScoringPolicy& policy, const std::string& path,
                                  std::vector<ScoringFinding>& findings) {
  return scoring_detail::score_quantitative_detail(target, actual, weight, indicator_name,
                                                   deduction, policy, path, findings)
      .score;
}

}  // namespace jixiao
