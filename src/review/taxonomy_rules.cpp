// JX-TAX-*: the indicator categories against the policy's taxonomy, and the indicator counts.
//
// Each distinct (level 1, level 2) pair is looked up once (a form repeats a handful of pairs over
// many indicators), so the cost is linear in the number of indicators.
#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "review/engine.hpp"
#include "review/text.hpp"

namespace jixiao::review_detail {

namespace {

struct Closest {
  std::string name;
  std::size_t distance = 0;
};

// The known name nearest to `written` by edit distance over folded code points, when it is near
// enough to be a slip (at most half of the known name's length, at least 1).
std::optional<Closest> closest_name(std::string_view written,
                                    const std::vector<std::string_view>& candidates) {
  constexpr std::size_t longest_compared = 64;
  const std::u32string key = name_key(written);
  if (key.size() > longest_compared) return std::nullopt;
  std::optional<Closest> best;
  for (const std::string_view candidate : candidates) {
    const std::u32string candidate_key = name_key(candidate);
    const std::size_t limit = std::max<std::size_t>(1, candidate_key.size() / 2);
    const std::size_t distance = edit_distance(key, candidate_key, limit);
    if (distance > limit) continue;
    if (!best || distance < best->distance) best = Closest{std::string(candidate), distance};
  }
  return best;
}

std::vector<std::string_view> all_level2_names(const Taxonomy& taxonomy) {
  std::vector<std::string_view> names;
  for (const TaxonomyLevel1& level1 : taxonomy.level1) {
    for (const std::string& level2 : level1.level2)
      names.push_back(level2);
  }
  return names;
}

// What is wrong with one written name, and what to propose.
struct NameProblem {
  bool present = false;
  std::optional<std::string> suggestion;
  std::optional<std::size_t> distance;
  std::vector<std::string> lookalikes;  // "U+0410" of each Cyrillic or Greek letter
};

struct PairVerdict {
  CategoryLookup lookup;
  NameProblem level1;
  NameProblem level2;
};

std::vector<std::string> foreign_letters(std::string_view written) {
  std::vector<std::string> letters;
  for (const char32_t c : decode(written)) {
    if (has_foreign_letters(std::u32string_view(&c, 1))) letters.push_back(code_point_name(c));
  }
  return letters;
}

void propose(NameProblem& problem, std::string_view written,
             const std::vector<std::string_view>& candidates) {
  problem.present = true;
  problem.lookalikes = foreign_letters(written);
  if (problem.suggestion) return;
  if (const auto closest = closest_name(written, candidates)) {
    problem.suggestion = closest->name;
    problem.distance = closest->distance;
  }
}

PairVerdict judge(const Taxonomy& taxonomy, std::string_view level1, std::string_view level2) {
  PairVerdict verdict;
  verdict.lookup = lookup_category(taxonomy, level1, level2);
  const CategoryLookup& lookup = verdict.lookup;
  // A level 2 found in the tree names its level 1 better than any spelling distance.
  const auto owner = [&]() -> std::optional<std::string> {
    if (!lookup.level2) return std::nullopt;
    for (const TaxonomyLevel1& tree : taxonomy.level1) {
      if (std::find(tree.level2.begin(), tree.level2.end(), *lookup.level2) != tree.level2.end())
        return tree.name;
    }
    return std::nullopt;
  };
  if (!lookup.level1) {
    verdict.level1.suggestion = owner();
    propose(verdict.level1, level1, level1_names(taxonomy));
  }
  const bool level2_unknown = !lookup.level2 && lookup.status != CategoryStatus::level2_is_level1;
  if (level2_unknown) {
    const std::vector<std::string_view> under =
        lookup.level1 ? level2_names(taxonomy, *lookup.level1) : all_level2_names(taxonomy);
    propose(verdict.level2, level2, under);
  }
  return verdict;
}

void add_name_data(Finding& finding, std::string_view written, const NameProblem& problem) {
  finding.data["written"] = sanitize(written);
  if (problem.suggestion) {
    finding.suggestion = problem.suggestion;
    finding.data["closest"] = *problem.suggestion;
    if (problem.distance) finding.data["distance"] = *problem.distance;
  }
  if (!problem.lookalikes.empty()) {
    boost::json::array letters;
    for (const std::string& letter : problem.lookalikes)
      letters.emplace_back(letter);
    finding.data["lookalikes"] = std::move(letters);
  }
}

std::string lookalike_note_zh(const NameProblem& problem) {
  if (problem.lookalikes.empty()) return "";
  return "；含有形近的西里尔/希腊字母（" + problem.lookalikes.front() + "）";
}

std::string lookalike_note_en(const NameProblem& problem) {
  if (problem.lookalikes.empty()) return "";
  return "; it contains a look-alike Cyrillic or Greek letter (" + problem.lookalikes.front() + ")";
}

void report_unknown(Context& context, std::size_t index, bool level1, const NameProblem& problem) {
  const RuleId id = level1 ? RuleId::tax_level1_unknown : RuleId::tax_level2_unknown;
  if (!context.sink.enabled(id)) return;
  const Indicator& indicator = context.declaration.indicators[index];
  const std::string& written = level1 ? indicator.level1 : indicator.level2;
  const std::string_view level_zh = level1 ? "一级指标" : "二级指标";
  const std::string_view level_en = level1 ? "level-1" : "level-2";
  const std::string version = excerpt(context.taxonomy().version);
  std::string zh;
  std::string en;
  if (name_key(written).empty()) {
    zh = std::string(level_zh) + "为空";
    en = "the " + std::string(level_en) + " category is empty";
  } else {
    zh = std::string(level_zh) + "“" + excerpt(written) + "”不在指标体系 " + version + " 中";
    en = "\"" + excerpt(written) + "\" is not a " + std::string(level_en) +
         " category of taxonomy " + version;
  }
  if (problem.suggestion) {
    zh += "，是否应为“" + *problem.suggestion + "”";
    en += "; did you mean \"" + *problem.suggestion + "\"";
  }
  zh += lookalike_note_zh(problem);
  en += lookalike_note_en(problem);
  const std::uint64_t field = level1 ? indicator_field::level1 : indicator_field::level2;
  Finding& finding = context.sink.add(id, indicator_key(index, field),
                                      indicator_path(index, level1 ? "level1" : "level2"),
                                      std::move(zh), std::move(en));
  about(finding, indicator);
  add_name_data(finding, written, problem);
}

void report_misplaced(Context& context, std::size_t index, const CategoryLookup& lookup) {
  if (!context.sink.enabled(RuleId::tax_misplaced)) return;
  const Indicator& indicator = context.declaration.indicators[index];
  const std::string level1 = lookup.level1.value_or(excerpt(indicator.level1));
  const std::string level2 = excerpt(indicator.level2);
  const std::string version = excerpt(context.taxonomy().version);
  std::string zh;
  std::string en;
  std::optional<std::string> suggestion;
  if (lookup.status == CategoryStatus::misplaced) {
    suggestion = lookup.expected_level1;
    zh = "二级指标“" + level2 + "”在指标体系 " + version + " 中属于“" + *suggestion + "”，不属于“" +
         level1 + "”";
    en = "level-2 category \"" + level2 + "\" belongs to \"" + *suggestion + "\", not to \"" +
         level1 + "\", in taxonomy " + version;
  } else {
    zh = "“" + level2 + "”在指标体系 " + version + " 中是一级指标，不能作为“" + level1 +
         "”的二级指标";
    en = "\"" + level2 + "\" is a level-1 category in taxonomy " + version +
         " and cannot be a level-2 category of \"" + level1 + "\"";
  }
  Finding& finding =
      context.sink.add(RuleId::tax_misplaced, indicator_key(index, indicator_field::level2),
                       indicator_path(index, "level2"), std::move(zh), std::move(en));
  about(finding, indicator);
  finding.data["level1"] = level1;
  finding.data["level2"] = level2;
  if (suggestion) {
    finding.suggestion = suggestion;
    finding.data["expected_level1"] = *suggestion;
  }
}

bool applies(const std::vector<DeclarationKind>& kinds, DeclarationKind kind) {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

void check_taxonomy(Context& context) {
  const Taxonomy& taxonomy = context.taxonomy();
  const ReviewPolicy& settings = context.settings();
  const auto& indicators = context.declaration.indicators;
  FindingSink& sink = context.sink;

  std::unordered_map<std::string, std::size_t> pair_index;
  std::vector<PairVerdict> verdicts;
  std::map<std::string, std::size_t> level1_counts;
  std::map<std::pair<std::string, std::string>, std::size_t> level2_counts;

  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    std::string key = indicator.level1;
    key += '\x1f';
    key += indicator.level2;
    auto [slot, inserted] = pair_index.try_emplace(std::move(key), verdicts.size());
    if (inserted) verdicts.push_back(judge(taxonomy, indicator.level1, indicator.level2));
    const PairVerdict& verdict = verdicts[slot->second];
    const CategoryLookup& lookup = verdict.lookup;

    if (verdict.level1.present) report_unknown(context, i, true, verdict.level1);
    if (verdict.level2.present) report_unknown(context, i, false, verdict.level2);
    if (lookup.status == CategoryStatus::misplaced ||
        lookup.status == CategoryStatus::level2_is_level1) {
      report_misplaced(context, i, lookup);
    }
    if (lookup.level1) ++level1_counts[*lookup.level1];
    if (lookup.status == CategoryStatus::known) ++level2_counts[{*lookup.level1, *lookup.level2}];
  }

  const auto count_of = [&](const std::string& level1) {
    const auto found = level1_counts.find(level1);
    return found == level1_counts.end() ? std::size_t{0} : found->second;
  };
  std::vector<std::string> required;
  for (std::size_t r = 0; r < settings.required_level1.size(); ++r) {
    const RequiredCategory& category = settings.required_level1[r];
    if (!applies(category.applies_to, context.declaration.kind)) continue;
    const std::string name =
        canonical_category(taxonomy, category.level1).value_or(category.level1);
    required.push_back(name);
    if (count_of(name) > 0 || !sink.enabled(RuleId::tax_required_missing)) continue;
    Finding& finding =
        sink.add(RuleId::tax_required_missing, SortKey{area::indicators, 0, 0, r}, "/indicators",
                 "缺少一级指标“" + name + "”（申报表中没有该类别的指标）",
                 "required level-1 category \"" + name + "\" is missing (no indicator in it)");
    finding.data["level1"] = name;
  }

  for (std::size_t m = 0; m < settings.category_minimums.size(); ++m) {
    const CategoryMinimum& minimum = settings.category_minimums[m];
    const std::string level1 =
        canonical_category(taxonomy, minimum.level1).value_or(minimum.level1);
    std::size_t count = 0;
    std::string label = level1;
    if (minimum.level2) {
      const std::string level2 =
          canonical_category(taxonomy, *minimum.level2).value_or(*minimum.level2);
      const auto found = level2_counts.find({level1, level2});
      count = found == level2_counts.end() ? 0 : found->second;
      label += " / " + level2;
    } else {
      count = count_of(level1);
    }
    const bool required_level1 =
        std::find(required.begin(), required.end(), level1) != required.end();
    const bool absent_and_unreported = count == 0 && (!minimum.level2 || !required_level1);
    if (count >= static_cast<std::size_t>(minimum.minimum) || absent_and_unreported ||
        !sink.enabled(RuleId::tax_category_too_few)) {
      continue;
    }
    Finding& finding =
        sink.add(RuleId::tax_category_too_few, SortKey{area::indicators, 0, 1, m}, "/indicators",
                 "“" + label + "”下有 " + std::to_string(count) + " 个指标，少于规定的 " +
                     std::to_string(minimum.minimum) + " 个",
                 "category \"" + label + "\" has " + std::to_string(count) +
                     " indicators, fewer than the required " + std::to_string(minimum.minimum));
    finding.data["category"] = label;
    finding.data["count"] = count;
    finding.data["minimum"] = minimum.minimum;
  }

  const auto minimum = static_cast<std::size_t>(settings.min_indicators);
  if (indicators.size() < minimum && sink.enabled(RuleId::tax_total_too_few)) {
    Finding& finding =
        sink.add(RuleId::tax_total_too_few, SortKey{area::indicators, 0, 2, 0}, "/indicators",
                 "绩效指标共 " + std::to_string(indicators.size()) + " 个，少于规定的 " +
                     std::to_string(minimum) + " 个",
                 "the declaration has " + std::to_string(indicators.size()) +
                     " indicators, fewer than the required " + std::to_string(minimum));
    finding.data["count"] = indicators.size();
    finding.data["minimum"] = minimum;
  }
}

}  // namespace jixiao::review_detail
