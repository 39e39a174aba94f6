// check_monitoring_policy(): thresholds that cannot colour consistently are refused up front.
#include <string>

#include "jixiao/error.hpp"
#include "jixiao/monitoring_policy.hpp"

namespace jixiao {

namespace {

[[noreturn]] void fail(std::string_view base, const std::string& where, const std::string& zh,
                       const std::string& en) {
  throw Error(ErrorCode::policy_error, zh, en, ErrorLocation{{}, {}, std::string(base) + where});
}

void check_thresholds(std::string_view base, const std::string& where,
                      const ProgressThresholds& thresholds) {
  if (thresholds.red_below.sign() < 0) {
    fail(base, where + "/red_below", "阈值不能为负数", "a threshold cannot be negative");
  }
  if (thresholds.yellow_below < thresholds.red_below) {
    fail(base, where + "/yellow_below", "黄色阈值不能低于红色阈值",
         "the yellow threshold cannot be below the red one");
  }
  if (thresholds.blue_from && *thresholds.blue_from < thresholds.yellow_below) {
    fail(base, where + "/blue_from", "蓝色阈值不能低于黄色阈值",
         "the blue threshold cannot be below the yellow one");
  }
}

}  // namespace

void check_monitoring_policy(const MonitoringPolicy& policy, std::string_view base_path) {
  check_thresholds(base_path, "/budget_progress", policy.budget_progress);
  check_thresholds(base_path, "/indicator_progress", policy.indicator_progress);
  bool seen[4] = {};
  for (std::size_t i = 0; i < policy.severity_order.size(); ++i) {
    bool& colour_seen = seen[static_cast<int>(policy.severity_order[i])];
    if (colour_seen) {
      fail(base_path, "/severity_order/" + std::to_string(i), "颜色重复出现",
           "a colour is listed twice");
    }
    colour_seen = true;
  }
  for (const bool listed : seen) {
    if (!listed) {
      fail(base_path, "/severity_order", "severity_order 须列出全部四种颜色",
           "severity_order must list all four colours");
    }
  }
}

}  // namespace jixiao
