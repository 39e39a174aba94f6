// jixiao::ReviewRule — the catalog of 审核 (review) rules: each rule's stable code, default
// severity, the 财预〔2015〕88号 review dimension it serves and the source it comes from.
//
// The catalog is data: the review engine (review.hpp) reads severities from it, policies
// (review_policy.hpp) switch rules off or re-grade them by code, and docs/review-rules.md shows
// the table that rule_catalog_markdown() renders (a test keeps the two equal).
#pragma once

#include <boost/describe/enum.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace jixiao {

/// How serious a finding is.
enum class Severity {
  error,    ///< 错误: the declaration must be corrected before it can pass review
  warning,  ///< 警告: a reviewer would ask for a correction or an explanation
  info,     ///< 提示: advice, usually with a proposed value
};
BOOST_DESCRIBE_ENUM(Severity, error, warning, info)

/// "错误", "警告", "提示".
std::string_view form_label(Severity severity) noexcept;

/// The four review dimensions of 财预〔2015〕88号《中央部门预算绩效目标管理办法》.
enum class ReviewDimension {
  completeness,     ///< 完整性: complete, correctly formatted, accurate entries
  relevance,        ///< 相关性: targets tied to duties and spending, indicators 细化、量化
  appropriateness,  ///< 适当性: targets match the size of the funds
  feasibility,      ///< 可行性: targets can be measured and achieved
};
BOOST_DESCRIBE_ENUM(ReviewDimension, completeness, relevance, appropriateness, feasibility)

/// "完整性", "相关性", "适当性", "可行性".
std::string_view form_label(ReviewDimension dimension) noexcept;

/// One rule of the catalog.
struct ReviewRule {
  std::string_view code;      ///< stable: "JX-BUD-001"; never reused for another meaning
  Severity severity;          ///< default severity (a policy may change it)
  ReviewDimension dimension;  ///< the 88号 dimension the rule serves
  std::string_view title_zh;  ///< one line, Chinese
  std::string_view title_en;  ///< one line, English
  std::string_view source;    ///< where the rule comes from, with its confidence tag
};

/// Every rule, in catalog order (by group, then number).
std::span<const ReviewRule> review_rules() noexcept;

/// The rule with `code`, or null.
const ReviewRule* find_review_rule(std::string_view code) noexcept;

/// The catalog as the Markdown table of docs/review-rules.md (header row included, one rule per
/// line, final newline).
std::string rule_catalog_markdown();

}  // namespace jixiao
