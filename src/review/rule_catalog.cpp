// The review rule catalog: codes, default severities, 88号 dimensions and sources.
//
// Confidence tags follow docs/review-rules.md: [V] verified in the official or cited text, [S] a
// secondary source, [I] production 预算管理一体化 code, [R] recollection of the official text,
// [unverified] review practice with no numbered clause found.
#include <array>
#include <string>

#include "jixiao/review_rule.hpp"
#include "review/rule_catalog.hpp"

namespace jixiao {

namespace {

using review_detail::rule_count;

constexpr std::string_view source_88_completeness =
    "财预〔2015〕88号 绩效目标审核“完整性”：填报格式规范、内容完整准确，无缺项、错项 [R]";
constexpr std::string_view source_88_form =
    "财预〔2015〕88号 部门整体支出绩效目标申报表：绩效目标与年度主要任务为表中栏目 [V]";
constexpr std::string_view source_taxonomy =
    "指标体系版本：2015 年框架（产出/效益/满意度）与财预〔2021〕101号（成本指标为一级）[V]";
constexpr std::string_view source_identity =
    "申报表平衡关系：收入来源 = 部门预算支出 = 按预算级次合计（由番禺 2023 申报表数字推得，"
    "未见官方填报说明）[unverified]";
constexpr std::string_view source_amounts =
    "预算整体情况金额栏：金额应填写、不为负，汇总行等于其明细之和（审核实务）[unverified]";
constexpr std::string_view source_key_tasks =
    "一体化系统校验“任务明细金额合计与预算金额不一致”（生产代码中已注释停用，故为警告）[I]";
constexpr std::string_view source_required =
    "一级指标齐全（审核实务；未见全国性条文要求每个一级指标至少一项）[unverified]";
constexpr std::string_view source_minimum = "地方审核规则：绩效指标“总数不得少于3个” [S]";
constexpr std::string_view source_duplicate =
    "财预〔2015〕88号 完整性：无缺项、错项 [R]；同名指标的判定为审核实务 [unverified]";
constexpr std::string_view source_name_length = "一体化系统校验：三级指标名称不超过 100 字 [I]";
constexpr std::string_view source_measurable =
    "财预〔2015〕88号 相关性：绩效指标细化、量化 [R]；绩效指标明确性：指标值清晰、可衡量 [S]";
constexpr std::string_view source_lexicon =
    "审核实务：指标值不用“提升”“完成年度计划”等笼统表述（词表可配置，非全国性条文）"
    "[unverified]";
constexpr std::string_view source_unit = "一体化系统校验：定量指标“计量单位为必录项” [I]";
constexpr std::string_view source_comparator =
    "指标值计算符号 ≥ ＞ ＝ ＜ ≤（PMKPIZBXS 代码 1–5），正向/反向由符号决定 [I]";
constexpr std::string_view source_rate =
    "定量指标填写数值、定性指标填写文字；比率类指标应为定量（审核实务）[unverified]";
constexpr std::string_view source_period =
    "年度指标值与实施周期（中长期）指标值相衔接（系统分存年度/总体目标 [I]；一致性要求为审核实务 "
    "[unverified]）";
constexpr std::string_view source_forbidden = "一体化系统校验：指标值不得包含 *、_、- 等字符 [I]";
constexpr std::string_view source_formula =
    "指标解释应明确定量指标的计算方法或统计口径 [I]；定量指标要说明考核计算公式 [S]";
constexpr std::string_view source_suggestion =
    "绩效指标明确性：指标值与年度任务数或计划数相对应 [S]";
constexpr std::string_view source_satisfaction =
    "满意度指标（服务对象满意度）以调查比例等数值衡量（指标体系 2015/2021）[S]";

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;
constexpr Severity I = Severity::info;
constexpr ReviewDimension completeness = ReviewDimension::completeness;
constexpr ReviewDimension relevance = ReviewDimension::relevance;
constexpr ReviewDimension appropriateness = ReviewDimension::appropriateness;
constexpr ReviewDimension feasibility = ReviewDimension::feasibility;

// In the order of review_detail::RuleId.
constexpr std::array<ReviewRule, rule_count> catalog{{
    {"JX-DOC-001", E, completeness, "总体绩效目标未填写", "the overall performance goal is missing",
     source_88_form},
    {"JX-DOC-002", W, completeness, "部门整体申报表未列年度重点工作任务",
     "a department-wide declaration lists no key tasks", source_88_form},
    {"JX-DOC-003", I, completeness, "申报表的指标体系版本与审核规则不同",
     "the declaration's taxonomy version differs from the policy's", source_taxonomy},
    {"JX-BUD-001", E, completeness, "预算平衡关系不成立", "a budget balance identity does not hold",
     source_identity},
    {"JX-BUD-002", E, completeness, "平衡关系引用的预算行在申报表中不存在",
     "a balance identity names a budget line the declaration does not have", source_identity},
    {"JX-BUD-003", W, completeness, "平衡关系因金额空缺或无法计算而未校验",
     "a balance identity could not be checked (blank or incalculable figures)", source_identity},
    {"JX-BUD-004", W, appropriateness, "年度重点工作任务拟投入资金合计与预算不符",
     "the key tasks' planned funding does not match the budget", source_key_tasks},
    {"JX-BUD-005", E, completeness, "金额为负数", "an amount is negative", source_amounts},
    {"JX-BUD-006", W, completeness, "金额未填写", "an amount is blank", source_amounts},
    {"JX-BUD-007", E, completeness, "汇总行金额不等于其明细之和",
     "a heading line's amount differs from the sum of its sub-lines", source_amounts},
    {"JX-BUD-008", W, completeness, "预算整体情况未填写", "the declaration has no budget figures",
     source_amounts},
    {"JX-TAX-001", E, completeness, "一级指标为空或不在指标体系中",
     "a level-1 category is empty or not in the taxonomy", source_taxonomy},
    {"JX-TAX-002", E, completeness, "二级指标为空或不在指标体系中",
     "a level-2 category is empty or not in the taxonomy", source_taxonomy},
    {"JX-TAX-003", E, completeness, "二级指标不属于所填的一级指标",
     "a level-2 category does not belong to its level-1 category", source_taxonomy},
    {"JX-TAX-004", E, completeness, "缺少规定的一级指标", "a required level-1 category is missing",
     source_required},
    {"JX-TAX-005", W, completeness, "类别中的指标数少于规定",
     "a category has fewer indicators than required", source_minimum},
    {"JX-TAX-006", W, completeness, "绩效指标总数少于规定",
     "the declaration has fewer indicators than required", source_minimum},
    {"JX-IND-001", E, completeness, "同一类别下的指标重复",
     "an indicator is repeated in the same category", source_duplicate},
    {"JX-IND-002", W, relevance, "同一指标出现在两个类别中",
     "the same indicator appears under two categories", source_duplicate},
    {"JX-IND-003", E, completeness, "三级指标名称为空", "an indicator has no name",
     source_88_completeness},
    {"JX-IND-004", W, completeness, "三级指标名称过长", "an indicator name is too long",
     source_name_length},
    {"JX-IND-005", E, completeness, "年度指标值缺失或为空", "the annual target is missing or empty",
     source_88_completeness},
    {"JX-IND-006", E, relevance, "年度指标值未给出可衡量的值（如“完成年度计划数”）",
     "the annual target gives no measurable value (such as 完成年度计划数)", source_measurable},
    {"JX-IND-007", W, relevance, "年度指标值用语笼统（如“提升”）",
     "the annual target is worded vaguely (such as 提升)", source_lexicon},
    {"JX-IND-008", W, relevance, "实施周期指标值未给出可衡量的值",
     "the period target gives no measurable value", source_measurable},
    {"JX-IND-009", W, completeness, "数值型指标值缺少计量单位", "a numeric target has no unit",
     source_unit},
    {"JX-IND-010", I, completeness, "数值型指标值未写比较符号",
     "a numeric target has no comparator", source_comparator},
    {"JX-IND-011", W, relevance, "比率类指标（…率）填写了定性指标值",
     "a rate indicator (…率) has a qualitative target", source_rate},
    {"JX-IND-012", W, feasibility, "年度指标值与实施周期指标值不衔接",
     "the annual target is inconsistent with the period target", source_period},
    {"JX-IND-013", W, completeness, "指标值含有禁用字符", "a target contains forbidden characters",
     source_forbidden},
    {"JX-FOR-001", W, feasibility, "计算方法不能解析为公式",
     "the calculation method does not read as a formula", source_formula},
    {"JX-FOR-002", I, feasibility, "计算方法中的变量未在指标内容或解释中说明",
     "variables of the calculation method are not explained in the indicator's text",
     source_formula},
    {"JX-SUG-001", I, relevance, "指标内容写明了可衡量的值，建议作为指标值",
     "the indicator's text states a measurable value: proposed as the target", source_suggestion},
    {"JX-SAT-001", W, relevance, "满意度指标未设定数值型指标值",
     "a satisfaction indicator has no numeric target", source_satisfaction},
}};

// The RuleId enumerators and the table must stay in step: check the first and last of each group.
using review_detail::index_of;
using review_detail::RuleId;
static_assert(catalog[index_of(RuleId::doc_goal_missing)].code == "JX-DOC-001");
static_assert(catalog[index_of(RuleId::doc_taxonomy_differs)].code == "JX-DOC-003");
static_assert(catalog[index_of(RuleId::bud_identity_fails)].code == "JX-BUD-001");
static_assert(catalog[index_of(RuleId::bud_empty)].code == "JX-BUD-008");
static_assert(catalog[index_of(RuleId::tax_level1_unknown)].code == "JX-TAX-001");
static_assert(catalog[index_of(RuleId::tax_total_too_few)].code == "JX-TAX-006");
static_assert(catalog[index_of(RuleId::ind_duplicate)].code == "JX-IND-001");
static_assert(catalog[index_of(RuleId::ind_forbidden_characters)].code == "JX-IND-013");
static_assert(catalog[index_of(RuleId::for_not_compiled)].code == "JX-FOR-001");
static_assert(catalog[index_of(RuleId::sug_value_in_content)].code == "JX-SUG-001");
static_assert(catalog[index_of(RuleId::sat_not_numeric)].code == "JX-SAT-001");

}  // namespace

std::string_view form_label(Severity severity) noexcept {
  switch (severity) {
    case Severity::error:
      return "错误";
    case Severity::warning:
      return "警告";
    case Severity::info:
      return "提示";
  }
  return "";
}

std::string_view form_label(ReviewDimension dimension) noexcept {
  switch (dimension) {
    case ReviewDimension::completeness:
      return "完整性";
    case ReviewDimension::relevance:
      return "相关性";
    case ReviewDimension::appropriateness:
      return "适当性";
    case ReviewDimension::feasibility:
      return "可行性";
  }
  return "";
}

std::span<const ReviewRule> review_rules() noexcept {
  return catalog;
}

const ReviewRule* find_review_rule(std::string_view code) noexcept {
  for (const ReviewRule& entry : catalog) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

std::string rule_catalog_markdown() {
  std::string out = "| code | severity | dimension | rule | source |\n|---|---|---|---|---|\n";
  for (const ReviewRule& entry : catalog) {
    out += "| ";
    out += entry.code;
    out += " | ";
    out += form_label(entry.severity);
    out += " ";
    out += entry.severity == Severity::error     ? "error"
           : entry.severity == Severity::warning ? "warning"
                                                 : "info";
    out += " | ";
    out += form_label(entry.dimension);
    out += " | ";
    out += entry.title_zh;
    out += " / ";
    out += entry.title_en;
    out += " | ";
    out += entry.source;
    out += " |\n";
  }
  return out;
}

namespace review_detail {

const ReviewRule& rule(RuleId id) noexcept {
  return catalog[index_of(id)];
}

}  // namespace review_detail

}  // namespace jixiao
