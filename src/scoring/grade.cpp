// 评价等级: the grade band a total falls in.
#include "jixiao/scoring.hpp"

namespace jixiao {

namespace {

bool contains(const GradeBand& band, const Decimal& total) {
  if (band.lower && (band.lower_inclusive ? total < *band.lower : total <= *band.lower)) {
    return false;
  }
  if (band.upper && (band.upper_inclusive ? total > *band.upper : total >= *band.upper)) {
    return false;
  }
  return true;
}

}  // namespace

EvaluationGrade grade_of(const Decimal& total, const ScoringPolicy& policy) {
  const std::vector<GradeBand> bands = effective_grade_bands(policy);
  for (const GradeBand& band : bands)
    if (contains(band, total)) return band.grade;
  // Checked bands cover every total from 0 up; a negative total (impossible from score()) gets
  // the lowest band.
  if (bands.empty()) return EvaluationGrade::poor;
  const GradeBand* lowest = &bands.front();
  for (const GradeBand& band : bands) {
    if (!band.lower || (lowest->lower && *band.lower < *lowest->lower)) lowest = &band;
  }
  return lowest->grade;
}

}  // namespace jixiao
