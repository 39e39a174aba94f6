// jixiao::Indicator — a level-3 performance indicator (三级指标) of a declaration.
//
// The level-1 and level-2 categories are kept as written on the form; taxonomy.hpp says whether
// they are known and what they mean. Target values (实施周期指标值, 年度指标值) and formula text
// are stored exactly as written: the 指标值 parser and the formula compiler derive their structured
// forms on demand, so nothing derived is stored twice and a re-parse with a better grammar never
// meets stale data.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "jixiao/decimal.hpp"

namespace jixiao {

/// 取值依据 / 绩效标准: where a target value comes from.
enum class ValueSource {
  plan,             ///< 计划标准: medium/long-term or annual plans and programmes
  history,          ///< 历史标准: past years' results (often the mean of three years)
  industry,         ///< 行业标准: published industry standards and technical norms
  budget_standard,  ///< 预算支出标准: for 成本指标, the prescribed spending standard
  other,            ///< 其他标准
};
BOOST_DESCRIBE_ENUM(ValueSource, plan, history, industry, budget_standard, other)

/// "计划标准", "历史标准", "行业标准", "预算支出标准", "其他标准".
std::string_view form_label(ValueSource source) noexcept;

struct Indicator {
  std::string level1;  ///< 一级指标, as written (产出指标, 效益指标, 满意度指标, 成本指标 …)
  std::string level2;  ///< 二级指标, as written (数量指标, 社会效益指标 …)
  std::string name;    ///< 三级指标, as written (trailing punctuation kept)
  std::optional<std::string> content;  ///< 指标内容 text (the "指标内容：" label dropped)
  std::optional<std::string> explanation;    ///< 指标解释 text (label dropped)
  std::optional<std::string> formula;        ///< 计算方法 text, the formula as written
  std::optional<std::string> period_target;  ///< 实施周期指标值, exactly as written
  std::optional<std::string> annual_target;  ///< 年度指标值, exactly as written
  std::optional<std::string> unit;           ///< 计量单位, where the form has the column
  std::optional<Decimal> weight;             ///< 分值 / 权重, where the form has one
  std::optional<ValueSource> value_source;   ///< 取值依据
  bool core = false;                         ///< 核心指标
  std::optional<std::string> note;           ///< transcription note (merged cells split, …)
  boost::json::object extra;                 ///< unknown JSON members (ERP extensions)

  bool operator==(const Indicator&) const = default;
};
BOOST_DESCRIBE_STRUCT(Indicator, (),
                      (level1, level2, name, content, explanation, formula, period_target,
                       annual_target, unit, weight, value_source, core, note))

}  // namespace jixiao
