// 定性指标: a grade (达成 / 部分达成 / 未达成) and the score band it allows.
#include <algorithm>
#include <string>

#include "scoring/rules.hpp"

namespace jixiao {

bool PointBand::contains(const Decimal& score) const noexcept {
  const bool above = lower_inclusive ? score >= lower : score > lower;
  const bool below = upper_inclusive ? score <= upper : score < upper;
  return above && below;
}

PointBand qualitative_band(QualitativeGrade grade, const Decimal& weight,
                           const QualitativePolicy& policy) {
  for (const QualitativeBand& band : policy.bands) {
    if (band.grade == grade) {
      return {band.lower * weight, band.lower_inclusive, band.upper * weight, band.upper_inclusive};
    }
  }
  // check_scoring_policy() guarantees one band per grade; a policy built in code without the
  // check gets the whole weight rather than undefined behaviour.
  return {0, true, weight, true};
}

namespace scoring_detail {

namespace {

std::string band_text(const PointBand& band) {
  return std::string(band.lower_inclusive ? "[" : "(") + text(band.lower.normalized()) + ", " +
         text(band.upper.normalized()) + (band.upper_inclusive ? "]" : ")");
}

// The score the rule gives when none is published: a point of the band at the policy's decimals
// that lies inside the band (bounds like 0.8 × 1.39 = 1.112 are rounded inwards).
Decimal band_point(const PointBand& band, QualitativePoint point, const ScoreRounding& rounding) {
  const Decimal unit = Decimal::from_coefficient(1, rounding.decimals);
  Decimal lowest = band.lower.round(rounding.decimals, RoundingMode::ceiling);
  if (!band.lower_inclusive && lowest == band.lower) lowest += unit;
  Decimal highest = band.upper.round(rounding.decimals, RoundingMode::floor);
  if (!band.upper_inclusive && highest == band.upper) highest -= unit;
  if (highest < lowest) highest = lowest;  // a band narrower than one scoring unit
  Decimal chosen;
  switch (point) {
    case QualitativePoint::band_lower:
      chosen = lowest;
      break;
    case QualitativePoint::band_upper:
      chosen = highest;
      break;
    case QualitativePoint::band_middle:
      chosen = Decimal::divide(band.lower + band.upper, 2, rounding.decimals, rounding.mode);
      chosen = std::clamp(chosen, lowest, highest);
      break;
  }
  return chosen.rescale(rounding.decimals);
}

std::string point_name(QualitativePoint point) {
  switch (point) {
    case QualitativePoint::band_lower:
      return "区间下限 band lower bound";
    case QualitativePoint::band_middle:
      return "区间中点 band middle";
    case QualitativePoint::band_upper:
      return "区间上限 band upper bound";
  }
  return {};
}

}  // namespace

IndicatorScore score_qualitative(QualitativeGrade grade, const Decimal& weight,
                                 const std::optional<Decimal>& published,
                                 const std::optional<Decimal>& deduction,
                                 const ScoringPolicy& policy, const std::string& path,
                                 std::vector<ScoringFinding>& findings) {
  IndicatorScore out;
  out.path = path;
  out.method = ScoringMethod::qualitative;
  out.weight = weight;
  out.met = grade == QualitativeGrade::met;
  out.trace.rule = "qualitative.band";
  const PointBand band = qualitative_band(grade, weight, policy.qualitative);
  const std::string label(form_label(grade));
  out.trace.inputs = {{"等级 grade", label}, {"分值 weight", text(weight)}};
  if (published) out.trace.inputs.push_back({"填报得分 published", text(*published)});
  const std::string allowed = "“" + label + "”的区间 band " + band_text(band);
  if (published && band.contains(*published)) {
    out.trace.variant = "published_in_band";
    const RoundedQuotient result = rounded(*published, policy.rounding);
    out.score = result.value;
    out.trace.arithmetic = "填报得分 " + text(*published) + " 在" + allowed + "内 / within → " +
                           score_text(out.score, policy.rounding);
  } else {
    const QualitativePoint point = policy.qualitative.unpublished_score;
    out.trace.variant = point == QualitativePoint::band_lower    ? "band_lower"
                        : point == QualitativePoint::band_middle ? "band_middle"
                                                                 : "band_upper";
    out.score = band_point(band, point, policy.rounding);
    if (published) {
      add_finding(findings, ScoringFindingCode::qualitative_score_out_of_band,
                  path + "/published_score",
                  "定性指标填报得分 " + text(*published) + " 不在" + allowed + "内",
                  "the published score " + text(*published) +
                      " of a qualitative result is "
                      "outside the band of its grade " +
                      band_text(band));
      out.trace.arithmetic = "填报得分 " + text(*published) + " 不在" + allowed +
                             "内 / outside → 取" + point_name(point) + " " +
                             score_text(out.score, policy.rounding);
    } else {
      out.trace.arithmetic = "未填报得分 / none published → " + allowed + "取" + point_name(point) +
                             " " + score_text(out.score, policy.rounding);
    }
  }
  apply_deduction(out, deduction, policy);
  return out;
}

}  // namespace scoring_detail

}  // namespace jixiao
