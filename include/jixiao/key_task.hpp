// jixiao::KeyTask — a 年度重点工作任务 row of a department-wide declaration.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"

namespace jixiao {

struct KeyTask {
  std::string name;                    ///< 名称
  std::optional<std::string> content;  ///< 主要实施内容
  /// 拟投入的资金, in the declaration's budget unit, exactly as written ("3823", "2999.10").
  std::optional<Decimal> planned_funding;
  std::optional<std::string> expected_outcome;  ///< 期望达到的目标（概述）
  std::optional<std::string> note;              ///< how a messy cell was read, or any remark
  boost::json::object extra;                    ///< unknown JSON members (ERP extensions)

  bool operator==(const KeyTask&) const = default;
};
BOOST_DESCRIBE_STRUCT(KeyTask, (), (name, content, planned_funding, expected_outcome, note))

/// Σ 拟投入的资金 over the tasks that state one (tasks without a figure add nothing).
Decimal total_planned_funding(const std::vector<KeyTask>& tasks);

}  // namespace jixiao
