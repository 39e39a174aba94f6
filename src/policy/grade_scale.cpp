// The named 评价等级 scales (docs/scoring.md, "Grades").
#include <array>
#include <string>
#include <utility>

#include "jixiao/error.hpp"
#include "jixiao/scoring_policy.hpp"
#include "json/json_path.hpp"

namespace jixiao {

namespace {

GradeBand band(EvaluationGrade grade, std::optional<Decimal> lower, bool lower_inclusive,
               std::optional<Decimal> upper, bool upper_inclusive) {
  return GradeBand{grade, std::move(lower), lower_inclusive, std::move(upper), upper_inclusive};
}

constexpr std::array<std::string_view, 3> scale_names{"national", "80-70-60", "above-90"};

}  // namespace

std::vector<std::string_view> grade_scale_names() {
  return {scale_names.begin(), scale_names.end()};
}

std::optional<std::vector<GradeBand>> grade_scale(std::string_view name) {
  using G = EvaluationGrade;
  if (name == "national") {
    // 财预〔2020〕10号: 90（含）–100 优, 80（含）–90 良, 60（含）–80 中, 60 以下 差.
    return std::vector<GradeBand>{
        band(G::excellent, 90, true, std::nullopt, false), band(G::good, 80, true, 90, false),
        band(G::fair, 60, true, 80, false), band(G::poor, std::nullopt, false, 60, false)};
  }
  if (name == "80-70-60") {
    return std::vector<GradeBand>{
        band(G::excellent, 80, true, std::nullopt, false), band(G::good, 70, true, 80, false),
        band(G::fair, 60, true, 70, false), band(G::poor, std::nullopt, false, 60, false)};
  }
  if (name == "above-90") {
    // The configuration writes ">90 优" and "[80,90) 良", which leaves 90 itself in no band; its
    // own note reads 90 as 良, so 良 is closed at 90.
    return std::vector<GradeBand>{
        band(G::excellent, 90, false, std::nullopt, false), band(G::good, 80, true, 90, true),
        band(G::fair, 60, true, 80, false), band(G::poor, std::nullopt, false, 60, false)};
  }
  return std::nullopt;
}

std::vector<GradeBand> effective_grade_bands(const ScoringPolicy& policy) {
  if (policy.grade_scale == "custom") return policy.grade_bands;
  if (auto bands = grade_scale(policy.grade_scale)) return *std::move(bands);
  std::string known;
  for (const std::string_view name : scale_names)
    known += std::string(name) + ", ";
  known += "custom";
  throw Error(
      ErrorCode::policy_error,
      "未知的评价等级方案“" + json_io::excerpt(policy.grade_scale) + "”（可用：" + known + "）",
      "unknown grade scale \"" + json_io::excerpt(policy.grade_scale) + "\" (known: " + known + ")",
      ErrorLocation{{}, {}, "/scoring/grade_scale"});
}

}  // namespace jixiao
