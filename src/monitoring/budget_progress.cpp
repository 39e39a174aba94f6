// 预算执行预警 (bgttracewarn): v = (executed / 全年预算数) / (month / 12) × 100.
#include <string>

#include "jixiao/error.hpp"
#include "monitoring/warnings.hpp"
#include "scoring/rules.hpp"

namespace jixiao::monitoring_detail {

using scoring_detail::quotient_text;
using scoring_detail::text;

BudgetProgress budget_progress(std::string path, std::string name,
                               const std::optional<Decimal>& annual_budget,
                               const std::optional<Decimal>& executed, int month,
                               const MonitoringPolicy& policy,
                               std::vector<MonitoringFinding>& findings) {
  BudgetProgress out;
  out.path = std::move(path);
  out.name = std::move(name);
  out.annual_budget = annual_budget;
  out.executed = executed;
  out.trace.rule = "budget_progress";
  out.trace.inputs.push_back({"月份 month", std::to_string(month)});
  if (annual_budget) out.trace.inputs.push_back({"全年预算数 annual budget", text(*annual_budget)});
  if (executed) out.trace.inputs.push_back({"已执行 executed", text(*executed)});
  if (!annual_budget || !executed) {
    add_finding(findings, MonitoringFindingCode::budget_missing,
                out.path + (annual_budget ? "/executed" : "/annual_budget"),
                "“" + out.name + "”缺少" + (annual_budget ? "执行数" : "全年预算数") + "，不作预警",
                "\"" + out.name + "\" has no " +
                    (annual_budget ? "executed amount" : "annual budget") + "; not assessed");
    out.trace.arithmetic = "数据不全 / incomplete → 不评价 not assessed";
    return out;
  }
  const Decimal months(month);
  if (annual_budget->sign() <= 0) {
    add_finding(findings, MonitoringFindingCode::zero_budget, out.path + "/annual_budget",
                "“" + out.name + "”全年预算数为 " + text(*annual_budget) + "，执行进度无定义",
                "\"" + out.name + "\" has an annual budget of " + text(*annual_budget) +
                    ": progress is undefined");
    if (policy.zero_budget == ZeroBudgetProgress::not_assessed) {
      out.trace.variant = "not_assessed";
      out.trace.arithmetic = "全年预算数为 0 / zero budget → 不评价 not assessed";
      return out;
    }
    out.trace.variant = "progress_zero";
    out.progress = Decimal(0).rescale(2);
    out.colour = colour_of_ratio(0, 1, policy.budget_progress).colour;
    out.trace.arithmetic = "全年预算数为 0 / zero budget → v = 0 → " + colour_text(*out.colour);
    return out;
  }
  try {
    // v = E / B / (m / 12) × 100 = E × 1200 / (B × m), exact until the one rounding for display.
    const Decimal numerator = *executed * Decimal(1200);
    const Decimal denominator = *annual_budget * months;
    const Decimal rate = Decimal::divide(*executed, *annual_budget, 4);
    const Decimal progress = Decimal::divide(numerator, denominator, 2);
    const Coloured coloured = colour_of_ratio(numerator, denominator, policy.budget_progress);
    out.trace.arithmetic = "v = (" + text(*executed) + " ÷ " + text(*annual_budget) + ") ÷ (" +
                           std::to_string(month) +
                           " ÷ 12) × 100 = " + quotient_text(numerator, denominator) + " → " +
                           colour_text(coloured.colour) + "（" + coloured.band + "）";
    out.execution_rate = rate;
    out.progress = progress;
    out.colour = coloured.colour;
  } catch (const Error& error) {
    // Valid figures whose progress leaves Decimal's range: this line is not assessed, the rest of
    // the report is (docs/monitoring.md).
    add_finding(findings, MonitoringFindingCode::number_out_of_range, out.path,
                "“" + out.name + "”的执行进度无法精确计算：" + error.message_zh() + "，不作预警",
                "\"" + out.name + "\": progress cannot be computed exactly: " + error.message_en() +
                    "; not assessed");
    out.trace.variant = "not_assessed";
    out.trace.arithmetic = "超出数值范围 / out of range → 不评价 not assessed";
  }
  return out;
}

}  // namespace jixiao::monitoring_detail
