// jixiao::ScoringPolicy — the part of a Policy (policy.hpp) for 绩效自评 (self-evaluation scoring):
// weights, scoring formulas, rounding, grade bands.
//
// Default member values are the national rule; presets and policy files change them.
#pragma once

#include <boost/describe/class.hpp>

#include <string_view>

namespace jixiao {

struct ScoringPolicy {
  bool operator==(const ScoringPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(ScoringPolicy, (), ())

/// The scoring settings of a built-in preset ("national-2015", "national-2021").
ScoringPolicy scoring_preset(std::string_view preset_name);

}  // namespace jixiao
