// The review settings of the national presets. docs/review-rules.md explains each setting and
// the source (with its confidence tag) of each value chosen here.
#include <string>

#include "jixiao/review_policy.hpp"

namespace jixiao {

namespace {

std::vector<RequiredCategory> required_categories(std::string_view preset_name) {
  // The three level-1 categories of the 2015 framework appear on every form. 财预〔2021〕101号
  // makes 成本指标 a level 1 of project targets; department-wide forms keep the three.
  std::vector<RequiredCategory> required = {
      {"产出指标", {}},
      {"效益指标", {}},
      {"满意度指标", {}},
  };
  if (preset_name == "national-2021") {
    required.insert(required.begin(), RequiredCategory{"成本指标", {DeclarationKind::project}});
  }
  return required;
}

std::vector<BalanceIdentity> balance_identities() {
  // Sources equal uses, and both equal the split by budget level: written over the section
  // totals, so they hold for any set of lines a province prints (docs/review-rules.md).
  constexpr std::string_view source =
      "由番禺区 2023 部门整体预算绩效目标申报表的数字推得（见 docs/review-rules.md“预算平衡关系”），"
      "未见官方填报说明 [unverified]";
  return {
      {"收入 = 支出", "收入来源 = 部门预算支出", {}, std::string(source)},
      {"收入 = 按级次合计", "收入来源 = 按预算级次划分", {}, std::string(source)},
  };
}

std::vector<std::string> vague_words() {
  // Each alone says only a direction or a manner; a target made of nothing else ("提升",
  // "显著提高", "高质量完成") cannot be measured.
  return {"提升", "提高", "增加", "增强", "加强", "减少", "降低", "压减",   "改善",
          "优化", "完善", "推进", "促进", "显著", "明显", "有效", "有所",   "进一步",
          "持续", "不断", "逐步", "稳步", "大幅", "较大", "一定", "高质量", "高效",
          "较好", "完成", "达到", "实现", "得到", "保持", "确保", "积极"};
}

std::vector<std::string> vague_phrases() {
  // Phrases that claim an effect without a measure, wherever they occur in a qualitative target
  // ("全面完成培训工作，成效显著"). Phrases that refer to an unstated plan ("完成年度计划数") are
  // read as vague by the 指标值 parser itself (JX-IND-006) and need no entry here.
  return {"成效显著", "成效明显", "效果显著", "效果明显", "取得成效", "取得实效",
          "基本完成", "圆满完成", "有所提升", "有所提高", "有所改善", "逐年提高",
          "逐年提升", "稳中有升", "稳步提升", "明显提升", "明显改善", "进一步提升"};
}

std::vector<ComparatorHint> comparator_hints() {
  // A …率 or …度 names what is counted; whether more is better follows from the noun before it.
  // Lower is better for errors, complaints, failures, costs and durations (反向); higher for the
  // rest (正向, the MOF default). 成本指标 are caps (预算支出标准, domain-rules §1.4).
  const auto suffix = [](std::string_view text, Comparator comparator) {
    return ComparatorHint{std::string(text), std::nullopt, comparator};
  };
  constexpr Comparator at_most = Comparator::less_equal;
  constexpr Comparator at_least = Comparator::greater_equal;
  return {
      suffix("无故障时间", at_least),
      suffix("控制率", at_most),
      suffix("差错率", at_most),
      suffix("错误率", at_most),
      suffix("投诉率", at_most),
      suffix("故障率", at_most),
      suffix("事故率", at_most),
      suffix("发生率", at_most),
      suffix("失误率", at_most),
      suffix("返工率", at_most),
      suffix("超支率", at_most),
      suffix("偏差率", at_most),
      suffix("空置率", at_most),
      suffix("流失率", at_most),
      suffix("成本", at_most),
      suffix("费用", at_most),
      suffix("费", at_most),
      suffix("时长", at_most),
      suffix("时间", at_most),
      suffix("天数", at_most),
      ComparatorHint{std::nullopt, std::string("成本指标"), at_most},
      ComparatorHint{std::nullopt, std::string("经济成本指标"), at_most},
      ComparatorHint{std::nullopt, std::string("社会成本指标"), at_most},
      ComparatorHint{std::nullopt, std::string("生态环境成本指标"), at_most},
      suffix("完成率", at_least),
      suffix("及时率", at_least),
      suffix("覆盖率", at_least),
      suffix("达标率", at_least),
      suffix("合格率", at_least),
      suffix("满意度", at_least),
      suffix("率", at_least),
  };
}

std::vector<VerdictBand> verdict_bands() {
  // 88号 names the outcomes (优 proceeds, 良 after amendment, 中 revise and resubmit, 差
  // rejected); the thresholds are this library's reading [unverified]: any error needs a
  // resubmission, many errors a rejection.
  return {
      {EvaluationGrade::excellent, 0, 0},
      {EvaluationGrade::good, 0, std::nullopt},
      {EvaluationGrade::fair, 10, std::nullopt},
      {EvaluationGrade::poor, std::nullopt, std::nullopt},
  };
}

}  // namespace

ReviewPolicy review_preset(std::string_view preset_name) {
  ReviewPolicy policy;
  policy.required_level1 = required_categories(preset_name);
  policy.min_indicators = 3;
  policy.category_minimums = {};
  policy.balance_identities = balance_identities();
  policy.balance_tolerance = Decimal(0);
  policy.blank_amounts_are_zero = false;
  policy.key_task_funding = {"部门预算支出", FundingRelation::at_most, Decimal(0), Decimal(0)};
  policy.max_name_length = 100;
  policy.forbidden_target_characters = "*_";
  policy.vague_words = vague_words();
  policy.vague_phrases = vague_phrases();
  policy.comparator_hints = comparator_hints();
  policy.default_comparator = Comparator::greater_equal;
  policy.level_units = {"%", "‰", "分", "秒", "分钟", "小时", "天", "日", "个工作日", "工作日"};
  policy.satisfaction_level1 = "满意度指标";
  policy.satisfaction_word = "满意度";
  policy.verdict = verdict_bands();
  policy.rules = {};
  return policy;
}

}  // namespace jixiao
