// jixiao::Policy — everything that differs between provinces and years, as data.
//
// The engines (review 审核, scoring 自评, monitoring 双监控) are pure functions of a document and a
// Policy. A Policy is read from JSON ("schema": "jixiao.policy/1", docs/policy.md) or taken from a
// built-in preset ("national-2015", "national-2021", documented with their sources). A policy file
// may name a preset as its "base" and give only what differs: objects are merged member by member
// over the base, arrays and values replace the base's.
#pragma once

#include <boost/describe/class.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "jixiao/document_json.hpp"
#include "jixiao/monitoring_policy.hpp"
#include "jixiao/review_policy.hpp"
#include "jixiao/scoring_policy.hpp"
#include "jixiao/taxonomy.hpp"

namespace jixiao {

inline constexpr std::string_view policy_schema = "jixiao.policy/1";

struct Policy {
  std::string name;                  ///< "national-2021", or a local name ("四川-2023")
  std::string description;           ///< what the policy is for, in Chinese
  std::vector<std::string> sources;  ///< the documents its rules come from (财预〔2021〕101号, …)
  Taxonomy taxonomy;                 ///< the indicator categories the review accepts
  ReviewPolicy review;               ///< 审核 rules and their settings
  ScoringPolicy scoring;             ///< 自评 weights, formulas, grade bands
  MonitoringPolicy monitoring;       ///< 运行监控 thresholds and colours
};
BOOST_DESCRIBE_STRUCT(Policy, (),
                      (name, description, sources, taxonomy, review, scoring, monitoring))

/// The names of the built-in presets, in a stable order.
std::vector<std::string_view> policy_preset_names();

/// A built-in preset. Error(policy_error) naming the known presets when `name` is not one.
Policy policy_preset(std::string_view name);

/// Reads a policy document. Errors are jixiao::Error with the JSON Pointer of the offending member
/// (policy_error for an unknown base or a wrong schema, document_error for wrong types and missing
/// or unknown members — a misspelt setting is an error, never silently ignored).
Policy read_policy(std::string_view json, const JsonReadOptions& options = {});

/// The normal form of a policy (complete: no "base"), 2-space indented UTF-8.
std::string write_policy(const Policy& policy);

}  // namespace jixiao
