// jixiao::Trace — how an engine result explains itself, and how serious a finding is.
//
// The scoring (自评) and monitoring (双监控) engines attach a Trace to every number they produce:
// the rule, the policy variant, the inputs and the arithmetic with the numbers filled in, so an
// auditor can redo it by hand. Their findings carry a FindingSeverity.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <vector>

namespace jixiao {

/// One named input of a result, as text ("实际完成值 actual": "7台").
struct TraceInput {
  std::string name;
  std::string value;

  bool operator==(const TraceInput&) const = default;
};
BOOST_DESCRIBE_STRUCT(TraceInput, (), (name, value))

/// How a result was reached.
struct Trace {
  /// The rule applied ("quantitative.positive", "budget_progress", …; docs/scoring.md and
  /// docs/monitoring.md list them).
  std::string rule;
  /// The policy variant of the rule ("capped", "linear_deviation", …), empty when it has none.
  std::string variant;
  std::vector<TraceInput> inputs;
  /// The computation with the numbers filled in, ending in the result: "1.39 × 7 ÷ 9 =
  /// 1.081111… → 1.08".
  std::string arithmetic;
  /// Further remarks (the direction was inferred from the name, a negative actual was clamped …).
  std::vector<std::string> notes;

  bool operator==(const Trace&) const = default;
};
BOOST_DESCRIBE_STRUCT(Trace, (), (rule, variant, inputs, arithmetic, notes))

/// How serious an engine finding is.
enum class FindingSeverity {
  error,    ///< the document breaks a rule or cannot be evaluated as written
  warning,  ///< something the rules ask for is missing (an explanation, a description)
};
BOOST_DESCRIBE_ENUM(FindingSeverity, error, warning)

}  // namespace jixiao
