// jixiao::ReviewPolicy — the part of a Policy (policy.hpp) for 审核 (review): which rules run,
// their severities and settings.
//
// Default member values are the national rule; presets and policy files change them.
#pragma once

#include <boost/describe/class.hpp>

#include <string_view>

namespace jixiao {

struct ReviewPolicy {
  bool operator==(const ReviewPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(ReviewPolicy, (), ())

/// The review settings of a built-in preset ("national-2015", "national-2021").
ReviewPolicy review_preset(std::string_view preset_name);

}  // namespace jixiao
