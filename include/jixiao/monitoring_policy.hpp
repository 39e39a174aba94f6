// jixiao::MonitoringPolicy — the part of a Policy (policy.hpp) for 运行监控 (mid-year monitoring):
// progress thresholds and colours.
//
// Default member values are the national rule; presets and policy files change them.
#pragma once

#include <boost/describe/class.hpp>

#include <string_view>

namespace jixiao {

struct MonitoringPolicy {
  bool operator==(const MonitoringPolicy&) const = default;
};
BOOST_DESCRIBE_STRUCT(MonitoringPolicy, (), ())

/// The monitoring settings of a built-in preset ("national-2015", "national-2021").
MonitoringPolicy monitoring_preset(std::string_view preset_name);

}  // namespace jixiao
