// JX-IND-001 … 004: indicator names — duplicates (found by hashing the normalised name, so a
// declaration of any size is checked in linear time), empty and overlong names.
#include <string>
#include <unordered_map>

#include "review/engine.hpp"
#include "review/text.hpp"

namespace jixiao::review_detail {

namespace {

std::string utf8_key(std::u32string_view key) {
  return encode(key);
}

// The category part of a duplicate key: the names as the taxonomy reads them, else as written
// (normalised), so that "数量" and "数量指标" are one category.
std::string category_key(const Taxonomy& taxonomy, const Indicator& indicator) {
  const auto level1 = canonical_category(taxonomy, indicator.level1);
  const auto level2 = canonical_category(taxonomy, indicator.level2);
  std::string key = level1 ? *level1 : utf8_key(name_key(indicator.level1));
  key += '\x1f';
  key += level2 ? *level2 : utf8_key(name_key(indicator.level2));
  return key;
}

std::string category_label(const Indicator& indicator) {
  return excerpt(indicator.level1) + " / " + excerpt(indicator.level2);
}

}  // namespace

void check_duplicates(Context& context) {
  FindingSink& sink = context.sink;
  const bool same = sink.enabled(RuleId::ind_duplicate);
  const bool other = sink.enabled(RuleId::ind_duplicate_other_category);
  if (!same && !other) return;
  const auto& indicators = context.declaration.indicators;
  // name key → first indicator with that name; name key + category → first in that category.
  std::unordered_map<std::string, std::size_t> first_by_name;
  std::unordered_map<std::string, std::size_t> first_by_name_and_category;
  std::unordered_map<std::string, std::string> category_cache;
  first_by_name.reserve(indicators.size());
  first_by_name_and_category.reserve(indicators.size());
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    std::string name = utf8_key(name_key(indicator.name));
    if (name.empty()) continue;  // JX-IND-003
    std::string pair = indicator.level1 + '\x1f' + indicator.level2;
    auto cached = category_cache.find(pair);
    if (cached == category_cache.end()) {
      cached = category_cache.emplace(pair, category_key(context.taxonomy(), indicator)).first;
    }
    const auto [by_name, new_name] = first_by_name.try_emplace(name, i);
    const auto [by_category, new_in_category] =
        first_by_name_and_category.try_emplace(name + '\x1e' + cached->second, i);
    if (new_name) continue;
    const std::size_t first = new_in_category ? by_name->second : by_category->second;
    const Indicator& earlier = indicators[first];
    const std::string shown = display_name(indicator);
    const std::string place = indicator_path(first);
    if (!new_in_category) {
      if (!same) continue;
      Finding& finding = sink.add(
          RuleId::ind_duplicate, indicator_key(i, indicator_field::name), indicator_path(i, "name"),
          "指标“" + shown + "”与 " + place + " 重复（同属“" + category_label(indicator) + "”）",
          "indicator \"" + shown + "\" repeats " + place + " (both under \"" +
              category_label(indicator) + "\")");
      about(finding, indicator);
      finding.related_path = place;
      finding.data["first_path"] = place;
      finding.data["first_name"] = sanitize(earlier.name);
    } else {
      if (!other) continue;
      Finding& finding =
          sink.add(RuleId::ind_duplicate_other_category, indicator_key(i, indicator_field::name),
                   indicator_path(i, "name"),
                   "指标“" + shown + "”在“" + category_label(indicator) + "”和“" +
                       category_label(earlier) + "”（" + place + "）下各出现一次",
                   "indicator \"" + shown + "\" appears under \"" + category_label(indicator) +
                       "\" and under \"" + category_label(earlier) + "\" (" + place + ")");
      about(finding, indicator);
      finding.related_path = place;
      finding.data["first_path"] = place;
      finding.data["first_name"] = sanitize(earlier.name);
      finding.data["first_category"] = category_label(earlier);
      finding.data["category"] = category_label(indicator);
    }
  }
}

void check_names(Context& context) {
  FindingSink& sink = context.sink;
  const auto& indicators = context.declaration.indicators;
  const auto limit = static_cast<std::size_t>(context.settings().max_name_length);
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    if (name_key(indicator.name).empty()) {
      if (sink.enabled(RuleId::ind_name_empty)) {
        Finding& finding =
            sink.add(RuleId::ind_name_empty, indicator_key(i, indicator_field::name),
                     indicator_path(i, "name"), "三级指标名称为空", "the indicator has no name");
        about(finding, indicator);
      }
      continue;
    }
    const std::size_t length = char_count(indicator.name);
    if (length > limit && sink.enabled(RuleId::ind_name_too_long)) {
      Finding& finding =
          sink.add(RuleId::ind_name_too_long, indicator_key(i, indicator_field::name),
                   indicator_path(i, "name"),
                   "三级指标名称有 " + std::to_string(length) + " 个字，超过 " +
                       std::to_string(limit) + " 个字的上限",
                   "the indicator name has " + std::to_string(length) +
                       " characters, more than the " + std::to_string(limit) + " allowed");
      about(finding, indicator);
      finding.data["length"] = length;
      finding.data["maximum"] = limit;
    }
  }
}

}  // namespace jixiao::review_detail
