// jixiao::SelfEvaluation — a year-end performance self-evaluation (绩效自评表) as published.
//
// It records what a department reported: budget execution per fund source, each indicator's
// actual value (实际完成值) and published score, and the published total and grade. Scores are
// kept as published; the scoring engine recomputes them from the same inputs and compares, so the
// document never stores a derived figure that could disagree with its inputs (执行率 = 全年执行数 /
// 全年预算数 is computed, not stored).
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/amount.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/declaration.hpp"

namespace jixiao {

/// 定性指标 result grades (财预〔2020〕10号 bands: 100–80%, 80–60%, 60–0% of the weight).
enum class QualitativeGrade {
  met,         ///< 达成年度指标
  partly_met,  ///< 部分达成年度指标并具有一定效果
  not_met,     ///< 未达成年度指标且效果较差
};
BOOST_DESCRIBE_ENUM(QualitativeGrade, met, partly_met, not_met)

/// "达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差".
std::string_view form_label(QualitativeGrade grade) noexcept;
/// Reads the enumerator name, the full label, or the short forms importers accept (达成 / 部分达成
/// / 未达成).
std::optional<QualitativeGrade> qualitative_grade_from_text(std::string_view text) noexcept;

/// 评价等级.
enum class EvaluationGrade {
  excellent,  ///< 优
  good,       ///< 良
  fair,       ///< 中
  poor,       ///< 差
};
BOOST_DESCRIBE_ENUM(EvaluationGrade, excellent, good, fair, poor)

/// "优", "良", "中", "差".
std::string_view form_label(EvaluationGrade grade) noexcept;

/// One row of the budget execution block (年度资金总额 / 财政拨款 / 上年结转 / 其他资金 …).
struct FundExecution {
  std::string source;                           ///< 资金来源 as written (the row label)
  std::optional<Decimal> initial_budget;        ///< 年初预算数 (年初批复数)
  std::optional<Decimal> adjustment;            ///< 年度调整 (追加为正, 调减为负)
  std::optional<Decimal> annual_budget;         ///< 全年预算数 (A, 调整后预算数)
  std::optional<Decimal> executed;              ///< 全年执行数 (B)
  std::optional<Decimal> weight;                ///< 分值 of the execution rate
  std::optional<Decimal> published_score;       ///< 得分, as published
  std::optional<std::string> deviation_reason;  ///< 偏差原因分析及改进措施
  std::optional<std::string> note;
  boost::json::object extra;  ///< unknown JSON members (ERP extensions)

  bool operator==(const FundExecution&) const = default;
};
BOOST_DESCRIBE_STRUCT(FundExecution, (),
                      (source, initial_budget, adjustment, annual_budget, executed, weight,
                       published_score, deviation_reason, note))

/// The self-evaluation of one indicator.
struct IndicatorResult {
  /// JSON Pointer of the indicator in the declaration ("/indicators/12"), when known; otherwise
  /// the indicator is matched by level1 / level2 / name.
  std::optional<std::string> declaration_ref;
  std::string level1;                        ///< 一级指标, as written
  std::string level2;                        ///< 二级指标, as written
  std::string name;                          ///< 三级指标, as written
  std::optional<std::string> annual_target;  ///< 年度指标值, as written on the self-evaluation
  std::optional<std::string> actual_value;   ///< 实际完成值, as written
  std::optional<QualitativeGrade> grade;     ///< for 定性 indicators
  std::optional<Decimal> weight;             ///< 分值 / 权重
  std::optional<Decimal> published_score;    ///< 得分, as published
  std::optional<Decimal> deduction;          ///< 扣减分数
  std::optional<std::string> description;    ///< 完成情况简要描述
  std::optional<std::string> deviation_reason;  ///< 偏差原因分析及改进措施
  std::optional<std::string> note;
  boost::json::object extra;  ///< unknown JSON members (ERP extensions)

  bool operator==(const IndicatorResult&) const = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorResult, (),
                      (declaration_ref, level1, level2, name, annual_target, actual_value, grade,
                       weight, published_score, deduction, description, deviation_reason, note))

struct SelfEvaluation {
  DeclarationRef declaration;                   ///< the declaration evaluated (identity + year)
  std::optional<std::string> taxonomy;          ///< taxonomy version of the indicator categories
  AmountUnit budget_unit = AmountUnit::yuan;    ///< unit of the execution block (元 or 万元)
  std::vector<FundExecution> budget_execution;  ///< 预算执行情况, in form order
  std::optional<std::string> annual_goal;       ///< 年初设定目标
  std::optional<std::string> goal_completion;   ///< 实际完成情况 (of the goal)
  std::vector<IndicatorResult> indicators;      ///< in form order
  std::optional<Decimal> total_score;           ///< 自评总分, as published
  std::optional<EvaluationGrade> grade;         ///< 评价等级, as published
  std::optional<std::string> deviation_reason;  ///< overall 偏差分析及整改措施
  std::optional<std::string> note;
  boost::json::object extra;  ///< unknown JSON members (ERP extensions)

  bool operator==(const SelfEvaluation&) const = default;
};
BOOST_DESCRIBE_STRUCT(SelfEvaluation, (),
                      (declaration, taxonomy, budget_unit, budget_execution, annual_goal,
                       goal_completion, indicators, total_score, grade, deviation_reason, note))

}  // namespace jixiao
