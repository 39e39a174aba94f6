#include "jixiao/self_evaluation.hpp"

namespace jixiao {

std::string_view form_label(QualitativeGrade grade) noexcept {
  switch (grade) {
    case QualitativeGrade::met:
      return "达成年度指标";
    case QualitativeGrade::partly_met:
      return "部分达成年度指标并具有一定效果";
    case QualitativeGrade::not_met:
      return "未达成年度指标且效果较差";
  }
  return {};
}

std::optional<QualitativeGrade> qualitative_grade_from_text(std::string_view text) noexcept {
  struct Form {
    std::string_view text;
    QualitativeGrade grade;
  };
  // Enumerator names, the full labels, and the short forms spreadsheet importers accept.
  static constexpr Form forms[] = {
      {"met", QualitativeGrade::met},
      {"partly_met", QualitativeGrade::partly_met},
      {"not_met", QualitativeGrade::not_met},
      {"达成年度指标", QualitativeGrade::met},
      {"部分达成年度指标并具有一定效果", QualitativeGrade::partly_met},
      {"未达成年度指标且效果较差", QualitativeGrade::not_met},
      {"达成", QualitativeGrade::met},
      {"部分达成", QualitativeGrade::partly_met},
      {"未达成", QualitativeGrade::not_met},
  };
  for (const Form& form : forms) {
    if (form.text == text) return form.grade;
  }
  return std::nullopt;
}

std::string_view form_label(EvaluationGrade grade) noexcept {
  switch (grade) {
    case EvaluationGrade::excellent:
      return "优";
    case EvaluationGrade::good:
      return "良";
    case EvaluationGrade::fair:
      return "中";
    case EvaluationGrade::poor:
      return "差";
  }
  return {};
}

}  // namespace jixiao
