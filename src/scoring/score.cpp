// score(): the rules of src/scoring/ applied to a whole self-evaluation, with the declaration's
// weights and targets where the self-evaluation leaves them out, deviation-explanation checks,
// totals, the grade and the audit.
#include <algorithm>
#include <charconv>
#include <string>
#include <tuple>

#include "jixiao/error.hpp"
#include "scoring/rules.hpp"

namespace jixiao {

namespace {

using namespace scoring_detail;

std::string indicator_path(std::size_t i) {
  return "/indicators/" + std::to_string(i);
}

// "/indicators/12" → 12 when it names an indicator of `declaration`.
std::optional<std::size_t> referenced_index(std::string_view pointer,
                                            const Declaration& declaration) {
  constexpr std::string_view prefix = "/indicators/";
  if (!pointer.starts_with(prefix)) return std::nullopt;
  pointer.remove_prefix(prefix.size());
  if (pointer.empty() || (pointer.size() > 1 && pointer.front() == '0')) return std::nullopt;
  std::size_t index = 0;
  const auto [end, error] = std::from_chars(pointer.data(), pointer.data() + pointer.size(), index);
  if (error != std::errc() || end != pointer.data() + pointer.size()) return std::nullopt;
  if (index >= declaration.indicators.size()) return std::nullopt;
  return index;
}

// The declaration indicator of each self-evaluated indicator: by declaration_ref, else the first
// not yet taken with the same level 1, level 2 and name (duplicates pair up in order).
std::vector<const Indicator*> match_declaration(const SelfEvaluation& evaluation,
                                                const Declaration* declaration,
                                                std::vector<ScoringFinding>& findings) {
  std::vector<const Indicator*> matched(evaluation.indicators.size(), nullptr);
  if (declaration == nullptr) return matched;
  if (!refers_to(evaluation.declaration, *declaration)) {
    add_finding(findings, ScoringFindingCode::declaration_mismatch, "/declaration",
                "所给申报表（" + declaration->department.name + "，" +
                    std::to_string(declaration->fiscal_year) +
                    " 年）不是本自评表所评价的申报表，未使用",
                "the declaration given is not the one this self-evaluation names; it was not used");
    return matched;
  }
  std::vector<bool> taken(declaration->indicators.size(), false);
  for (std::size_t i = 0; i < evaluation.indicators.size(); ++i) {
    const IndicatorResult& row = evaluation.indicators[i];
    if (!row.declaration_ref) continue;
    if (const auto index = referenced_index(*row.declaration_ref, *declaration)) {
      matched[i] = &declaration->indicators[*index];
      taken[*index] = true;
    } else {
      add_finding(findings, ScoringFindingCode::declaration_ref_invalid,
                  indicator_path(i) + "/declaration_ref",
                  "declaration_ref“" + *row.declaration_ref + "”未指向申报表中的指标",
                  "declaration_ref \"" + *row.declaration_ref +
                      "\" does not point at an indicator of the declaration");
    }
  }
  for (std::size_t i = 0; i < evaluation.indicators.size(); ++i) {
    const IndicatorResult& row = evaluation.indicators[i];
    if (row.declaration_ref) continue;
    for (std::size_t d = 0; d < declaration->indicators.size(); ++d) {
      const Indicator& candidate = declaration->indicators[d];
      if (!taken[d] && std::tie(candidate.level1, candidate.level2, candidate.name) ==
                           std::tie(row.level1, row.level2, row.name)) {
        matched[i] = &candidate;
        taken[d] = true;
        break;
      }
    }
  }
  return matched;
}

std::optional<QualitativeGrade> grade_in_text(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return qualitative_grade_from_text(trim_cell(*text));
}

IndicatorScore score_row(const IndicatorResult& row, const Indicator* declared,
                         const PlannedWeight& planned, const Policy& policy, std::size_t index,
                         bool& over_achieved, std::vector<ScoringFinding>& findings) {
  const std::string path = indicator_path(index);
  const ScoringPolicy& rules = policy.scoring;
  // The row's own 年度指标值, else the declaration's (referenced, never copied).
  const std::optional<std::string>& target_text =
      row.annual_target || declared == nullptr ? row.annual_target : declared->annual_target;
  const auto qualitative = [&](QualitativeGrade grade, bool from_actual) {
    IndicatorScore s = score_qualitative(grade, planned.weight, row.published_score, row.deduction,
                                         rules, path, findings);
    if (from_actual) {
      s.trace.notes.push_back("等级取自实际完成值“" + *row.actual_value +
                              "” / grade read from the actual value");
    }
    if (rules.qualitative.require_description && is_blank(row.description)) {
      add_finding(findings, ScoringFindingCode::description_missing, path + "/description",
                  "定性指标“" + row.name + "”缺少完成情况简要描述",
                  "a qualitative result needs a short description of what was achieved");
    }
    return s;
  };
  if (row.grade) return qualitative(*row.grade, false);
  if (is_blank(target_text)) {
    if (const auto grade = grade_in_text(row.actual_value)) return qualitative(*grade, true);
    add_finding(findings, ScoringFindingCode::target_missing, path + "/annual_target",
                "指标“" + row.name + "”没有年度指标值，无法计分",
                "the indicator has no annual target; not scored");
    return not_scored(path, planned.weight, "无年度指标值 / no target");
  }
  const Target target = parse_target(*target_text);
  if (!target.is_numeric() && target.kind != TargetKind::date) {
    if (const auto grade = grade_in_text(row.actual_value)) return qualitative(*grade, true);
    const bool statement = target.kind == TargetKind::qualitative;
    add_finding(
        findings,
        statement ? ScoringFindingCode::grade_missing : ScoringFindingCode::target_unreadable,
        path + (statement ? "/grade" : "/annual_target"),
        statement ? "定性指标“" + row.name + "”未给出完成等级（达成 / 部分达成 / 未达成）"
                  : "年度指标值“" + target.text + "”不可衡量，且未给出定性等级",
        statement
            ? std::string("a qualitative indicator needs a grade (met / partly met / "
                          "not met)")
            : "the annual target \"" + target.text + "\" is not measurable and no grade is given");
    return not_scored(
        path, planned.weight,
        statement ? "定性指标无等级 / no grade" : "指标值不可衡量 / target not measurable");
  }
  if (is_blank(row.actual_value)) {
    add_finding(findings, ScoringFindingCode::actual_missing, path + "/actual_value",
                "指标“" + row.name + "”没有实际完成值，按 0 分计",
                "the indicator has no actual value; it scores 0");
    IndicatorScore s = not_scored(path, planned.weight, "无实际完成值 / no actual value");
    s.trace.inputs = {{"指标值 target", target.text}, {"分值 weight", text(planned.weight)}};
    return s;
  }
  QuantitativeOutcome outcome =
      score_quantitative_detail(target, parse_target(*row.actual_value), planned.weight, row.name,
                                row.deduction, rules, path, findings);
  over_achieved = outcome.over_achieved;
  return std::move(outcome.score);
}

void require_reason(std::vector<ScoringFinding>& findings, const std::string& path,
                    const std::string& why_zh, const std::string& why_en) {
  add_finding(findings, ScoringFindingCode::deviation_reason_missing, path,
              why_zh + "，须填写偏差原因分析及改进措施",
              why_en + ": a deviation explanation is required");
}

void check_execution_reasons(const SelfEvaluation& evaluation, const Scorecard& card,
                             const ScoringPolicy& policy, std::vector<ScoringFinding>& findings) {
  const DeviationPolicy& deviation = policy.deviation;
  const BudgetExecutionScore& execution = card.budget_execution;
  const std::optional<std::size_t> total = total_row_index(evaluation, policy.budget_execution);
  if (total && execution.annual_budget && execution.executed &&
      execution.annual_budget->sign() > 0 &&
      std::max(*execution.executed, Decimal(0)) <
          deviation.execution_threshold * *execution.annual_budget &&
      is_blank(evaluation.budget_execution[*total].deviation_reason) &&
      is_blank(evaluation.deviation_reason)) {
    require_reason(
        findings, execution.path + "/deviation_reason",
        "预算执行率低于 " + percent_text(deviation.execution_threshold, 2, RoundingMode::half_up),
        "the execution rate is below " +
            percent_text(deviation.execution_threshold, 2, RoundingMode::half_up));
  }
  if (!deviation.budget_adjustment) return;
  for (std::size_t i = 0; i < evaluation.budget_execution.size(); ++i) {
    const FundExecution& row = evaluation.budget_execution[i];
    const bool adjusted = (row.adjustment && !row.adjustment->is_zero()) ||
                          (!row.adjustment && row.initial_budget && row.annual_budget &&
                           *row.initial_budget != *row.annual_budget);
    // 年中发生预算调整的，应单独说明理由: the row itself must say why.
    if (adjusted && is_blank(row.deviation_reason)) {
      require_reason(findings, "/budget_execution/" + std::to_string(i) + "/deviation_reason",
                     "“" + row.source + "”年中发生预算调整（追加或调减）",
                     "\"" + row.source + "\" was adjusted during the year");
    }
  }
}

void check_indicator_reason(const IndicatorResult& row, const IndicatorScore& score,
                            bool over_achieved, const DeviationPolicy& deviation,
                            std::vector<ScoringFinding>& findings) {
  if (!is_blank(row.deviation_reason)) return;
  const std::string where = score.path + "/deviation_reason";
  if (score.method == ScoringMethod::quantitative) {
    if (deviation.unmet_indicator && score.met == false) {
      require_reason(findings, where, "定量指标“" + row.name + "”未完全达成",
                     "a quantitative indicator was not fully met");
    } else if (over_achieved) {
      require_reason(findings, where, "定量指标“" + row.name + "”实际完成值远超指标值",
                     "a quantitative indicator far exceeded its target");
    }
  } else if (score.method == ScoringMethod::qualitative && deviation.qualitative_not_met &&
             score.met == false) {
    require_reason(findings, where, "定性指标“" + row.name + "”未达成",
                   "a qualitative indicator was not met");
  }
}

void out_of_range(std::vector<ScoringFinding>& findings, std::string path, const Error& error) {
  add_finding(findings, ScoringFindingCode::number_out_of_range, std::move(path),
              error.message_zh() + "，无法计分", error.message_en() + "; not scored");
}

// sum += value, unless the sum would leave Decimal's range: then the row is reported and left out.
void accumulate(Decimal& sum, const Decimal& value, std::string path,
                std::vector<ScoringFinding>& findings) {
  try {
    sum += value;
  } catch (const Error& error) {
    out_of_range(findings, std::move(path), error);
  }
}

BudgetExecutionScore unscored_execution(const ScoringPolicy& rules) {
  BudgetExecutionScore out;
  out.path = "/budget_execution";
  out.weight = rules.weights.budget_execution;
  out.score = Decimal(0).rescale(rules.rounding.decimals);
  out.trace.rule = "not_scored";
  out.trace.arithmetic = "无法计算 / cannot be computed → 0";
  return out;
}

// A published total that is not the sum of the published scores (checked only when every score
// is published, so the sum is complete).
void check_published_total(const SelfEvaluation& evaluation, const Scorecard& card,
                           std::vector<ScoringFinding>& findings) {
  if (!evaluation.total_score || !card.budget_execution.published_score ||
      !std::all_of(evaluation.indicators.begin(), evaluation.indicators.end(),
                   [](const IndicatorResult& r) { return r.published_score.has_value(); })) {
    return;
  }
  Decimal sum = *card.budget_execution.published_score;
  try {
    for (const IndicatorResult& r : evaluation.indicators)
      sum += *r.published_score;
  } catch (const Error& error) {
    out_of_range(findings, "/total_score", error);
    return;
  }
  if (sum != *evaluation.total_score) {
    add_finding(
        findings, ScoringFindingCode::published_total_mismatch, "/total_score",
        "填报总分 " + text(*evaluation.total_score) + " 不等于填报各项得分之和 " + text(sum),
        "the published total " + text(*evaluation.total_score) +
            " is not the sum of the published scores, " + text(sum));
  }
}

// Findings sorted into document order: the declaration, the execution rows, the indicators, then
// the totals; within one row in the order the rules ran.
void sort_findings(std::vector<ScoringFinding>& findings) {
  const auto key = [](const ScoringFinding& f) {
    const auto index_after = [&](std::string_view prefix) -> std::size_t {
      std::string_view rest = std::string_view(f.path).substr(prefix.size());
      std::size_t index = 0;
      std::from_chars(rest.data(), rest.data() + rest.size(), index);
      return index;
    };
    if (f.path.starts_with("/declaration")) return std::pair<int, std::size_t>{0, 0};
    if (f.path.starts_with("/budget_execution/"))
      return std::pair<int, std::size_t>{1, index_after("/budget_execution/")};
    if (f.path.starts_with("/budget_execution")) return std::pair<int, std::size_t>{1, 0};
    if (f.path.starts_with("/indicators/"))
      return std::pair<int, std::size_t>{2, index_after("/indicators/")};
    return std::pair<int, std::size_t>{3, 0};
  };
  std::stable_sort(
      findings.begin(), findings.end(),
      [&](const ScoringFinding& a, const ScoringFinding& b) { return key(a) < key(b); });
}

}  // namespace

Scorecard score(const SelfEvaluation& evaluation, const Policy& policy,
                const Declaration* declaration) {
  const ScoringPolicy& rules = policy.scoring;
  check_scoring_policy(rules);
  Scorecard card;
  card.policy = policy.name;
  std::vector<ScoringFinding>& findings = card.findings;
  const std::vector<const Indicator*> declared =
      match_declaration(evaluation, declaration, findings);
  // Exact arithmetic can run out of digits on absurd figures (a 38-digit weight): every stage
  // reports that as a finding on its row and goes on, so no document makes score() throw.
  try {
    card.budget_execution = score_budget_execution(evaluation, rules, findings);
  } catch (const Error& error) {
    out_of_range(findings, "/budget_execution", error);
    card.budget_execution = unscored_execution(rules);
  }
  std::vector<PlannedWeight> weights;
  try {
    weights = plan_weights(evaluation, declared, policy, findings);
  } catch (const Error& error) {
    out_of_range(findings, "/indicators", error);
    weights.assign(evaluation.indicators.size(), PlannedWeight{});
  }
  card.weight_total = card.budget_execution.weight;
  card.total = card.budget_execution.score;
  card.indicators.reserve(evaluation.indicators.size());
  for (std::size_t i = 0; i < evaluation.indicators.size(); ++i) {
    const IndicatorResult& row = evaluation.indicators[i];
    const PlannedWeight& planned = weights[i];
    bool over_achieved = false;
    IndicatorScore s;
    try {
      s = score_row(row, declared[i], planned, policy, i, over_achieved, findings);
      s.score = s.score.rescale(std::max(s.score.scale(), rules.rounding.decimals));
    } catch (const Error& error) {
      out_of_range(findings, indicator_path(i), error);
      s = not_scored(indicator_path(i), planned.weight, "无法计算 / cannot be computed");
    }
    s.level1 = row.level1;
    s.level2 = row.level2;
    s.name = row.name;
    s.weight_source = planned.source;
    s.published_score = row.published_score;
    if (!planned.note.empty()) s.trace.notes.push_back(planned.note);
    if (rules.weights.require_positive && planned.source != WeightSource::none &&
        planned.weight.sign() <= 0) {
      add_finding(findings, ScoringFindingCode::weight_not_positive, indicator_path(i) + "/weight",
                  "指标“" + row.name + "”的分值为 " + text(planned.weight) + "，应大于 0",
                  "the weight is " + text(planned.weight) + "; it must be above 0");
    }
    check_indicator_reason(row, s, over_achieved, rules.deviation, findings);
    accumulate(card.weight_total, planned.weight, indicator_path(i) + "/weight", findings);
    accumulate(card.total, s.score, indicator_path(i), findings);
    card.indicators.push_back(std::move(s));
  }
  try {
    check_execution_reasons(evaluation, card, rules, findings);
  } catch (const Error& error) {
    out_of_range(findings, "/budget_execution", error);
  }
  if (rules.weights.require_positive && card.budget_execution.weight.sign() <= 0) {
    add_finding(findings, ScoringFindingCode::weight_not_positive,
                card.budget_execution.path + "/weight",
                "预算执行率的分值为 " + text(card.budget_execution.weight) + "，应大于 0",
                "the weight of the execution rate must be above 0");
  }
  if (card.weight_total != rules.weights.total) {
    add_finding(
        findings, ScoringFindingCode::weights_total, "/indicators",
        "分值合计为 " + text(card.weight_total) + "（预算执行率 " +
            text(card.budget_execution.weight) + " + 指标），应为 " + text(rules.weights.total),
        "the weights add up to " + text(card.weight_total) + ", not " + text(rules.weights.total));
  }
  if (card.total.scale() < rules.rounding.decimals) {
    // Shown at the policy's decimals ("90.00"); a total that already uses all 38 digits stays as
    // computed rather than failing here.
    try {
      card.total = card.total.rescale(rules.rounding.decimals);
    } catch (const Error& error) {
      out_of_range(findings, "/total_score", error);
    }
  }
  card.grade = grade_of(card.total, rules);
  card.published_total = evaluation.total_score;
  card.published_grade = evaluation.grade;
  card.audit = evaluation.total_score || evaluation.grade ||
               card.budget_execution.published_score ||
               std::any_of(evaluation.indicators.begin(), evaluation.indicators.end(),
                           [](const IndicatorResult& r) { return r.published_score.has_value(); });
  if (card.audit) card.differences = audit_differences(evaluation, card, rules);
  check_published_total(evaluation, card, findings);
  sort_findings(findings);
  return card;
}

}  // namespace jixiao
