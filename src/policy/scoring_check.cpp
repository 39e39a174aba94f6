// check_scoring_policy(): a setting that would make a score meaningless is refused up front, with
// the JSON Pointer of the setting, instead of producing a wrong number later.
#include <algorithm>
#include <string>

#include "jixiao/error.hpp"
#include "jixiao/scoring_policy.hpp"
#include "json/json_path.hpp"

namespace jixiao {

namespace {

class Checker {
 public:
  explicit Checker(std::string_view base) : base_(base) {}

  [[noreturn]] void fail(const std::string& where, const std::string& zh,
                         const std::string& en) const {
    throw Error(ErrorCode::policy_error, zh, en, ErrorLocation{{}, {}, base_ + where});
  }

  void decimals(const std::string& where, int value, int max) const {
    if (value < 0 || value > max) {
      fail(where,
           "小数位数应在 0 到 " + std::to_string(max) + " 之间，实际为 " + std::to_string(value),
           "decimals must be 0 to " + std::to_string(max) + ", got " + std::to_string(value));
    }
  }

  void not_negative(const std::string& where, const Decimal& value) const {
    if (value.sign() < 0) {
      fail(where, "不能为负数（" + value.to_string() + "）",
           "must not be negative (" + value.to_string() + ")");
    }
  }

  void fraction(const std::string& where, const Decimal& value) const {
    if (value.sign() < 0 || value > Decimal(1)) {
      fail(where, "应为 0 到 1 之间的比例（" + value.to_string() + "）",
           "must be a fraction from 0 to 1 (" + value.to_string() + ")");
    }
  }

  void directional(const std::string& where, Comparator comparator) const {
    if (comparator == Comparator::none) {
      fail(where, "推断的比较关系不能为 none", "an inferred comparator cannot be none");
    }
  }

 private:
  std::string base_;
};

std::string index_path(std::string_view member, std::size_t index) {
  return "/" + std::string(member) + "/" + std::to_string(index);
}

void check_weights(const Checker& check, const WeightPolicy& weights) {
  check.not_negative("/weights/budget_execution", weights.budget_execution);
  check.not_negative("/weights/total", weights.total);
  check.decimals("/weights/spread_decimals", weights.spread_decimals, 6);
  for (std::size_t i = 0; i < weights.categories.size(); ++i) {
    const std::string where = "/weights" + index_path("categories", i);
    check.not_negative(where + "/weight", weights.categories[i].weight);
    if (weights.categories[i].level1.empty()) {
      check.fail(where + "/level1", "权重模板的类别未列出一级指标名称",
                 "a template category lists no level-1 name");
    }
  }
}

void check_qualitative(const Checker& check, const QualitativePolicy& qualitative) {
  bool seen[3] = {};
  for (std::size_t i = 0; i < qualitative.bands.size(); ++i) {
    const QualitativeBand& band = qualitative.bands[i];
    const std::string where = "/qualitative" + index_path("bands", i);
    check.fraction(where + "/lower", band.lower);
    check.fraction(where + "/upper", band.upper);
    if (band.upper < band.lower ||
        (band.upper == band.lower && !(band.lower_inclusive && band.upper_inclusive))) {
      check.fail(where, "定性等级的分值区间为空", "the score band of a qualitative grade is empty");
    }
    bool& grade_seen = seen[static_cast<int>(band.grade)];
    if (grade_seen) {
      check.fail(where + "/grade", "定性等级重复出现", "a qualitative grade has two bands");
    }
    grade_seen = true;
  }
  for (int grade = 0; grade < 3; ++grade) {
    if (!seen[grade]) {
      const auto missing = static_cast<QualitativeGrade>(grade);
      check.fail(
          "/qualitative/bands", "缺少定性等级“" + std::string(form_label(missing)) + "”的分值区间",
          "no score band for the qualitative grade \"" + std::string(form_label(missing)) + "\"");
    }
  }
}

// Bands in order of their lower bound must tile the scores from 0 upwards: each ends where the
// next begins, exactly one of the two includes the boundary, and the last is open upwards, so
// every total falls in exactly one band.
void check_grade_bands(const Checker& check, const ScoringPolicy& policy) {
  if (policy.grade_scale != "custom") {
    if (!policy.grade_bands.empty()) {
      check.fail("/grade_bands", "grade_bands 仅在 grade_scale 为 \"custom\" 时使用",
                 "grade_bands is only used when grade_scale is \"custom\"");
    }
    if (!grade_scale(policy.grade_scale)) {
      const std::string name = json_io::excerpt(policy.grade_scale);
      check.fail(
          "/grade_scale",
          "未知的评价等级方案“" + name + "”（可用：national, 80-70-60, above-90, custom）",
          "unknown grade scale \"" + name + "\" (known: national, 80-70-60, above-90, custom)");
    }
    return;
  }
  const std::vector<GradeBand>& bands = policy.grade_bands;
  if (bands.empty()) {
    check.fail("/grade_bands", "grade_scale 为 \"custom\" 时须给出 grade_bands",
               "grade_scale \"custom\" needs grade_bands");
  }
  std::vector<std::size_t> order(bands.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& la = bands[a].lower;
    const auto& lb = bands[b].lower;
    if (!la || !lb) return !la && lb;
    return *la < *lb;
  });
  const GradeBand& first = bands[order.front()];
  if (first.lower &&
      (first.lower->sign() > 0 || (first.lower->is_zero() && !first.lower_inclusive))) {
    check.fail(index_path("grade_bands", order.front()) + "/lower", "最低的等级区间未覆盖 0 分",
               "the lowest grade band does not cover a score of 0");
  }
  for (std::size_t k = 0; k + 1 < order.size(); ++k) {
    const GradeBand& low = bands[order[k]];
    const GradeBand& high = bands[order[k + 1]];
    const std::string where = index_path("grade_bands", order[k]) + "/upper";
    if (!low.upper || !high.lower || *low.upper != *high.lower) {
      check.fail(
          where, "等级区间之间有空隙或重叠（上界须等于下一区间的下界）",
          "grade bands leave a gap or overlap (an upper bound must equal the next lower bound)");
    }
    if (low.upper_inclusive == high.lower_inclusive) {
      check.fail(where + "_inclusive",
                 "分界点 " + low.upper->to_string() + " 须恰好属于一个等级区间",
                 "the boundary " + low.upper->to_string() + " must belong to exactly one band");
    }
  }
  if (bands[order.back()].upper) {
    check.fail(index_path("grade_bands", order.back()) + "/upper", "最高的等级区间应无上界",
               "the highest grade band must be open upwards");
  }
}

}  // namespace

void check_scoring_policy(const ScoringPolicy& policy, std::string_view base_path) {
  const Checker check(base_path);
  check_weights(check, policy.weights);
  const BudgetExecutionPolicy& execution = policy.budget_execution;
  check.decimals("/budget_execution/rate_decimals", execution.rate_decimals, 18);
  check.fraction("/budget_execution/tiered/threshold", execution.tiered.threshold);
  check.not_negative("/budget_execution/tiered/deduction_per_point",
                     execution.tiered.deduction_per_point);
  check.directional("/quantitative/direction/lower", policy.quantitative.direction.lower);
  check.directional("/quantitative/direction/otherwise", policy.quantitative.direction.otherwise);
  check_qualitative(check, policy.qualitative);
  check.decimals("/rounding/decimals", policy.rounding.decimals, 6);
  check_grade_bands(check, policy);
  check.not_negative("/deviation/execution_threshold", policy.deviation.execution_threshold);
  if (policy.deviation.over_achievement_ratio &&
      *policy.deviation.over_achievement_ratio < Decimal(1)) {
    check.fail("/deviation/over_achievement_ratio", "超额完成的倍数不能小于 1",
               "the over-achievement ratio cannot be below 1");
  }
  check.not_negative("/audit_tolerance", policy.audit_tolerance);
}

}  // namespace jixiao
