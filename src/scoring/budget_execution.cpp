// The 预算执行率 score: rate = 全年执行数 / 全年预算数 (the adjusted budget), scored by the
// policy's rule (capped, uncapped, whole point, tiered). A zero budget is a case of its own, never
// a division.
#include <algorithm>
#include <string>

#include "scoring/rules.hpp"

namespace jixiao::scoring_detail {

namespace {

std::string rule_name(BudgetExecutionRule rule) {
  switch (rule) {
    case BudgetExecutionRule::capped:
      return "capped";
    case BudgetExecutionRule::uncapped:
      return "uncapped";
    case BudgetExecutionRule::whole_point:
      return "whole_point";
    case BudgetExecutionRule::tiered:
      return "tiered";
  }
  return {};
}

std::string partial_name(PartialPoint partial) {
  switch (partial) {
    case PartialPoint::proportional:
      return "不足 1 个百分点按比例扣分 / part of a point deducts in proportion";
    case PartialPoint::each_started:
      return "不足 1 个百分点按 1 个百分点扣分 / every started point deducts in full";
    case PartialPoint::each_completed:
      return "不足 1 个百分点不扣分 / only whole points deduct";
  }
  return {};
}

struct Tiered {
  Decimal score;
  std::string arithmetic;
};

// Full weight at rate ≥ threshold; below it, deduction_per_point for each percentage point short:
// points short = (threshold × B − E) × 100 / B, exactly.
Tiered tiered_score(const Decimal& executed, const Decimal& budget, const Decimal& weight,
                    const ScoringPolicy& policy, const std::string& rate_shown) {
  const TieredExecution& tier = policy.budget_execution.tiered;
  const ScoreRounding& rounding = policy.rounding;
  const std::string threshold_shown = percent_text(tier.threshold, 2, RoundingMode::half_up);
  if (executed >= tier.threshold * budget) {
    return {weight.rescale(std::max(weight.scale(), rounding.decimals)),
            "执行率 " + rate_shown + " ≥ " + threshold_shown + " → 满分 " + text(weight)};
  }
  // Points short = threshold × 100 − rate × 100 = (threshold × B − E) × 100 / B, exactly.
  const Decimal short_numerator = (tier.threshold * budget - executed) * Decimal(100);
  const std::string shortfall =
      "差距 shortfall = " + text((tier.threshold * Decimal(100)).normalized()) + " − " +
      quotient_text(executed * Decimal(100), budget) + " = " +
      quotient_text(short_numerator, budget) + " 个百分点 points";
  Decimal deduction;
  std::string points_shown;
  switch (tier.partial_points) {
    case PartialPoint::proportional: {
      const RoundedQuotient q =
          rounded_quotient(short_numerator * tier.deduction_per_point, budget, rounding);
      deduction = q.value;
      points_shown = shortfall + "；扣分 deduction = " + quotient_text(short_numerator, budget) +
                     " × " + text(tier.deduction_per_point) + " " + q.shown;
      break;
    }
    case PartialPoint::each_started:
    case PartialPoint::each_completed: {
      const RoundingMode mode = tier.partial_points == PartialPoint::each_started
                                    ? RoundingMode::ceiling
                                    : RoundingMode::floor;
      const Decimal points = Decimal::divide(short_numerator, budget, 0, mode);
      deduction = points * tier.deduction_per_point;
      points_shown = shortfall + "，计 counted " + text(points) +
                     "；扣分 deduction = " + text(points) + " × " + text(tier.deduction_per_point) +
                     " = " + text(deduction);
      break;
    }
  }
  Decimal score = weight - deduction;
  if (score.sign() < 0) score = 0;
  const RoundedQuotient result = rounded(score, rounding);
  return {result.value, points_shown + "；得分 = max(0, " + text(weight) + " − " + text(deduction) +
                            ") " + result.shown};
}

bool matches_total_label(std::string_view source, const BudgetExecutionPolicy& policy) {
  const std::string_view label = trim_cell(source);
  return std::any_of(policy.total_rows.begin(), policy.total_rows.end(),
                     [&](const std::string& name) { return label == trim_cell(name); });
}

}  // namespace

std::optional<std::size_t> total_row_index(const SelfEvaluation& evaluation,
                                           const BudgetExecutionPolicy& policy) {
  const auto& rows = evaluation.budget_execution;
  if (rows.empty()) return std::nullopt;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].weight) return i;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (matches_total_label(rows[i].source, policy)) return i;
  return 0;
}

BudgetExecutionScore score_budget_execution(const SelfEvaluation& evaluation,
                                            const ScoringPolicy& policy,
                                            std::vector<ScoringFinding>& findings) {
  const BudgetExecutionPolicy& rules = policy.budget_execution;
  const ScoreRounding& rounding = policy.rounding;
  BudgetExecutionScore out;
  out.trace.rule = "budget_execution";
  out.trace.variant = rule_name(rules.rule);
  out.score = Decimal(0).rescale(rounding.decimals);
  const std::optional<std::size_t> index = total_row_index(evaluation, rules);
  if (!index) {
    out.path = "/budget_execution";
    out.weight = policy.weights.budget_execution;
    out.trace.inputs.push_back({"分值 weight", text(out.weight) + "（模板 template）"});
    out.trace.arithmetic = "无预算执行数据 / no execution rows → 0";
    add_finding(findings, ScoringFindingCode::budget_execution_missing, out.path,
                "自评表没有预算执行情况，预算执行率按 0 分计",
                "the self-evaluation has no budget execution rows; the execution rate scores 0");
    return out;
  }
  const FundExecution& row = evaluation.budget_execution[*index];
  const std::string unit(amount_unit_label(evaluation.budget_unit));
  out.path = "/budget_execution/" + std::to_string(*index);
  out.source = row.source;
  out.weight = row.weight ? *row.weight : policy.weights.budget_execution;
  out.published_score = row.published_score;
  out.trace.inputs.push_back({"资金 row", row.source});
  out.trace.inputs.push_back(
      {"分值 weight", text(out.weight) + (row.weight ? "" : "（模板 template）")});

  std::optional<Decimal> budget = row.annual_budget;
  if (row.initial_budget) {
    const Decimal adjusted = *row.initial_budget + row.adjustment.value_or(Decimal(0));
    if (!budget) {
      budget = adjusted;
      out.trace.notes.push_back("全年预算数 = 年初预算数 " + text(*row.initial_budget) +
                                " + 年度调整 " + text(row.adjustment.value_or(Decimal(0))) + " = " +
                                text(adjusted) + " / annual budget = initial + adjustment");
    } else if (adjusted != *budget) {
      add_finding(
          findings, ScoringFindingCode::budget_adjustment_mismatch, out.path + "/annual_budget",
          "全年预算数 " + text(*budget) + " ≠ 年初预算数 " + text(*row.initial_budget) +
              " + 年度调整 " + text(row.adjustment.value_or(Decimal(0))) + " = " + text(adjusted) +
              "；按全年预算数计算执行率",
          "annual budget " + text(*budget) + " is not initial + adjustment = " + text(adjusted) +
              "; the rate uses the annual budget");
    }
  }
  out.annual_budget = budget;
  out.executed = row.executed;
  if (budget) out.trace.inputs.push_back({"全年预算数 A", text(*budget) + unit});
  if (row.executed) out.trace.inputs.push_back({"全年执行数 B", text(*row.executed) + unit});

  if (!budget || !row.executed) {
    const std::string where = out.path + (budget ? "/executed" : "/annual_budget");
    add_finding(findings, ScoringFindingCode::budget_execution_missing, where,
                std::string("预算执行行缺少") + (budget ? "全年执行数" : "全年预算数") +
                    "，预算执行率按 0 分计",
                std::string("the execution row has no ") +
                    (budget ? "executed amount" : "annual budget") + "; the rate scores 0");
    out.trace.arithmetic = "数据不全 / incomplete row → 0";
    return out;
  }
  const Decimal executed = row.executed->sign() < 0 ? Decimal(0) : *row.executed;
  if (row.executed->sign() < 0)
    out.trace.notes.push_back("全年执行数为负数，按 0 计 / negative execution counts as 0");
  if (budget->sign() <= 0) {
    const bool full =
        rules.zero_budget == ZeroBudgetRule::full_marks && budget->is_zero() && executed.is_zero();
    if (full) out.score = out.weight.rescale(std::max(out.weight.scale(), rounding.decimals));
    add_finding(findings, ScoringFindingCode::zero_budget, out.path + "/annual_budget",
                "全年预算数为 " + text(*budget) + "，执行率无定义；按规则计 " +
                    score_text(out.score, rounding) + " 分",
                "the annual budget is " + text(*budget) + ": the rate is undefined; scored " +
                    score_text(out.score, rounding));
    out.trace.arithmetic = "全年预算数 " + text(*budget) + " → 执行率无定义 / rate undefined → " +
                           score_text(out.score, rounding);
    return out;
  }

  const Decimal exact_rate = Decimal::divide(executed, *budget);
  out.rate = Decimal::divide(executed, *budget, rules.rate_decimals, rounding.mode);
  const std::string rate_shown = percent_text(exact_rate, 2, rounding.mode);
  out.trace.inputs.push_back({"执行率 B/A", rate_shown});
  const std::string quotient = text(executed) + " ÷ " + text(*budget) + " × " + text(out.weight);
  switch (rules.rule) {
    case BudgetExecutionRule::capped:
      if (executed >= *budget) {
        out.score = out.weight.rescale(std::max(out.weight.scale(), rounding.decimals));
        out.trace.arithmetic = "执行率 " + rate_shown + " ≥ 100% → 满分 " + text(out.weight);
      } else {
        const RoundedQuotient q = rounded_quotient(executed * out.weight, *budget, rounding);
        out.score = q.value;
        out.trace.arithmetic = quotient + " " + q.shown;
      }
      break;
    case BudgetExecutionRule::uncapped: {
      const RoundedQuotient q = rounded_quotient(executed * out.weight, *budget, rounding);
      out.score = q.value;
      out.trace.arithmetic = quotient + " " + q.shown + "（不封顶 / not capped）";
      break;
    }
    case BudgetExecutionRule::whole_point: {
      if (executed >= *budget) {
        out.score = out.weight.round(0, rounding.mode).rescale(rounding.decimals);
        out.trace.arithmetic = "执行率 " + rate_shown + " ≥ 100% → " + text(out.weight) + " → " +
                               score_text(out.score, rounding) + "（取整 / whole point）";
      } else {
        const Decimal points = Decimal::divide(executed * out.weight, *budget, 0, rounding.mode);
        out.score = points.rescale(rounding.decimals);
        out.trace.arithmetic = quotient + " = " + quotient_text(executed * out.weight, *budget) +
                               " → " + score_text(out.score, rounding) + "（取整 / whole point）";
      }
      break;
    }
    case BudgetExecutionRule::tiered: {
      const Tiered tier = tiered_score(executed, *budget, out.weight, policy, rate_shown);
      out.score = tier.score;
      out.trace.arithmetic = tier.arithmetic;
      out.trace.notes.push_back(partial_name(rules.tiered.partial_points));
      break;
    }
  }
  out.score = out.score.rescale(std::max(out.score.scale(), rounding.decimals));
  return out;
}

}  // namespace jixiao::scoring_detail
