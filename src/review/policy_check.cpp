// check_review_policy(): what a policy file can get wrong beyond JSON types.
#include <set>
#include <string>

#include "jixiao/review_policy.hpp"
#include "review/identity.hpp"
#include "review/text.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

using review_detail::review_setting_path;

[[noreturn]] void fail(std::string path, std::string zh, std::string en) {
  ErrorLocation where;
  where.json_path = std::move(path);
  throw Error(ErrorCode::policy_error, std::move(zh), std::move(en), std::move(where));
}

std::string in_quotes(std::string_view text) {
  return "“" + review_detail::excerpt(text) + "”";
}

bool is_level1_of(const Taxonomy& taxonomy, std::string_view name) {
  const auto canonical = canonical_category(taxonomy, name);
  if (!canonical) return false;
  for (const TaxonomyLevel1& level1 : taxonomy.level1) {
    if (level1.name == *canonical) return true;
  }
  return false;
}

void require_level1(const Taxonomy& taxonomy, std::string_view name, std::string path) {
  if (!is_level1_of(taxonomy, name)) {
    fail(std::move(path), in_quotes(name) + "不是指标体系 " + taxonomy.version + " 的一级指标",
         "\"" + review_detail::excerpt(name) + "\" is not a level-1 category of taxonomy " +
             taxonomy.version);
  }
}

void require_non_negative(const Decimal& value, std::string path) {
  if (value.sign() < 0) fail(std::move(path), "不能为负数", "must not be negative");
}

void require_words(const std::vector<std::string>& words, std::string_view member) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (review_detail::name_key(words[i]).empty()) {
      fail(review_setting_path(member, i), "词语为空（或只有标点）",
           "the word is empty (or punctuation only)");
    }
  }
}

void check_rules(const ReviewPolicy& policy) {
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < policy.rules.size(); ++i) {
    const std::string& code = policy.rules[i].code;
    const std::string path = review_setting_path("rules", i, "code");
    if (find_review_rule(code) == nullptr) {
      fail(path, "未知的规则代码" + in_quotes(code) + "（规则目录见 docs/review-rules.md）",
           "unknown rule code \"" + review_detail::excerpt(code) +
               "\" (the catalog is in docs/review-rules.md)");
    }
    if (!seen.insert(code).second) {
      fail(path, "规则" + in_quotes(code) + "重复设置", "rule \"" + code + "\" is set twice");
    }
  }
}

void check_categories(const ReviewPolicy& policy, const Taxonomy& taxonomy) {
  for (std::size_t i = 0; i < policy.required_level1.size(); ++i) {
    require_level1(taxonomy, policy.required_level1[i].level1,
                   review_setting_path("required_level1", i, "level1"));
  }
  for (std::size_t i = 0; i < policy.category_minimums.size(); ++i) {
    const CategoryMinimum& minimum = policy.category_minimums[i];
    require_level1(taxonomy, minimum.level1, review_setting_path("category_minimums", i, "level1"));
    if (minimum.level2 && !belongs_to(taxonomy, minimum.level1, *minimum.level2)) {
      fail(review_setting_path("category_minimums", i, "level2"),
           in_quotes(*minimum.level2) + "不是" + in_quotes(minimum.level1) + "下的二级指标",
           "\"" + review_detail::excerpt(*minimum.level2) + "\" is not a level-2 category of \"" +
               review_detail::excerpt(minimum.level1) + "\"");
    }
    if (minimum.minimum < 0) {
      fail(review_setting_path("category_minimums", i, "minimum"), "不能为负数",
           "must not be negative");
    }
  }
  if (!policy.satisfaction_level1.empty()) {
    require_level1(taxonomy, policy.satisfaction_level1,
                   review_setting_path("satisfaction_level1"));
  }
}

void check_numbers(const ReviewPolicy& policy) {
  if (policy.min_indicators < 0) {
    fail(review_setting_path("min_indicators"), "不能为负数", "must not be negative");
  }
  if (policy.max_name_length < 1) {
    fail(review_setting_path("max_name_length"), "至少为 1", "must be at least 1");
  }
  require_non_negative(policy.balance_tolerance, review_setting_path("balance_tolerance"));
  const KeyTaskFundingCheck& funding = policy.key_task_funding;
  require_non_negative(funding.tolerance, "/review/key_task_funding/tolerance");
  if (funding.tolerance_percent.sign() < 0 || funding.tolerance_percent > Decimal(100)) {
    fail("/review/key_task_funding/tolerance_percent", "应在 0 至 100 之间",
         "must be between 0 and 100");
  }
  if (review_detail::name_key(funding.compare_with).empty()) {
    fail("/review/key_task_funding/compare_with", "应为预算行名称或预算栏目名称",
         "must name a budget line or a budget section");
  }
  if (policy.verdict.empty()) {
    fail(review_setting_path("verdict"), "至少需要一个审核结论档次",
         "at least one verdict band is needed");
  }
  for (std::size_t i = 0; i < policy.verdict.size(); ++i) {
    const VerdictBand& band = policy.verdict[i];
    if (band.max_errors && *band.max_errors < 0) {
      fail(review_setting_path("verdict", i, "max_errors"), "不能为负数", "must not be negative");
    }
    if (band.max_warnings && *band.max_warnings < 0) {
      fail(review_setting_path("verdict", i, "max_warnings"), "不能为负数", "must not be negative");
    }
  }
}

void check_texts(const ReviewPolicy& policy) {
  require_words(policy.vague_words, "vague_words");
  require_words(policy.vague_phrases, "vague_phrases");
  if (text::find_invalid_utf8(policy.forbidden_target_characters)) {
    fail(review_setting_path("forbidden_target_characters"), "不是有效的 UTF-8", "not valid UTF-8");
  }
  for (std::size_t i = 0; i < policy.comparator_hints.size(); ++i) {
    const ComparatorHint& hint = policy.comparator_hints[i];
    if (!hint.name_suffix && !hint.level2) {
      fail(review_setting_path("comparator_hints", i), "至少需要 name_suffix 或 level2 之一",
           "needs name_suffix or level2");
    }
    if (hint.comparator == Comparator::none) {
      fail(review_setting_path("comparator_hints", i, "comparator"), "比较符号不能为 none",
           "the comparator cannot be none");
    }
  }
  if (policy.default_comparator == Comparator::none) {
    fail(review_setting_path("default_comparator"), "比较符号不能为 none",
         "the comparator cannot be none");
  }
}

}  // namespace

void check_review_policy(const ReviewPolicy& policy, const Taxonomy& taxonomy) {
  check_rules(policy);
  check_categories(policy, taxonomy);
  check_numbers(policy);
  check_texts(policy);
  for (std::size_t i = 0; i < policy.balance_identities.size(); ++i)
    (void)review_detail::compile_identity(policy.balance_identities[i], i);
}

}  // namespace jixiao
