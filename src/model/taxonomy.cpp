#include "jixiao/taxonomy.hpp"

#include <algorithm>

#include "jixiao/error.hpp"

namespace jixiao {

namespace {

// The national trees. 可持续影响指标 stays in the 2021 tree: 财预〔2021〕101号 does not list it,
// but most 2022–2024 local forms still do (docs/domain-rules, §1.2).
Taxonomy make_2015() {
  return Taxonomy{
      "2015",
      {
          {"产出指标", {"数量指标", "质量指标", "时效指标", "成本指标"}},
          {"效益指标", {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"}},
          {"满意度指标", {"服务对象满意度指标"}},
      },
      {{"环境效益指标", "生态效益指标"}},
  };
}

Taxonomy make_2021() {
  return Taxonomy{
      "2021",
      {
          {"成本指标", {"经济成本指标", "社会成本指标", "生态环境成本指标"}},
          {"产出指标", {"数量指标", "质量指标", "时效指标"}},
          {"效益指标", {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"}},
          {"满意度指标", {"服务对象满意度指标"}},
      },
      {{"环境效益指标", "生态效益指标"}},
  };
}

constexpr std::string_view suffix = "指标";

constexpr std::string_view ideographic_space = "\u3000";

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Cells copied out of a PDF or a spreadsheet carry stray spaces, full-width ones included.
std::string_view trim(std::string_view text) {
  for (;;) {
    if (!text.empty() && is_ascii_space(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(ideographic_space)) {
      text.remove_prefix(ideographic_space.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && is_ascii_space(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(ideographic_space)) {
      text.remove_suffix(ideographic_space.size());
    } else {
      break;
    }
  }
  return text;
}

// The comparison key of a written name: trimmed, with the 指标 suffix supplied when missing.
std::string match_key(std::string_view written) {
  const std::string_view trimmed = trim(written);
  std::string key(trimmed);
  if (!trimmed.ends_with(suffix)) key += suffix;
  return key;
}

bool is_level1(const Taxonomy& taxonomy, std::string_view name) {
  return std::any_of(taxonomy.level1.begin(), taxonomy.level1.end(),
                     [&](const TaxonomyLevel1& level1) { return level1.name == name; });
}

const TaxonomyLevel1* find_level1(const Taxonomy& taxonomy, std::string_view name) {
  for (const TaxonomyLevel1& level1 : taxonomy.level1) {
    if (level1.name == name) return &level1;
  }
  return nullptr;
}

bool has_level2(const TaxonomyLevel1& level1, std::string_view name) {
  return std::find(level1.level2.begin(), level1.level2.end(), name) != level1.level2.end();
}

const TaxonomyLevel1* owner_of_level2(const Taxonomy& taxonomy, std::string_view name) {
  for (const TaxonomyLevel1& level1 : taxonomy.level1) {
    if (has_level2(level1, name)) return &level1;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string_view> builtin_taxonomy_versions() {
  return {"2015", "2021"};
}

std::optional<Taxonomy> builtin_taxonomy(std::string_view version) {
  if (version == "2015") return make_2015();
  if (version == "2021") return make_2021();
  return std::nullopt;
}

std::optional<std::string> canonical_category(const Taxonomy& taxonomy, std::string_view written) {
  const std::string key = match_key(written);
  for (const TaxonomyLevel1& level1 : taxonomy.level1) {
    if (match_key(level1.name) == key) return level1.name;
    for (const std::string& level2 : level1.level2) {
      if (match_key(level2) == key) return level2;
    }
  }
  for (const TaxonomyAlias& alias : taxonomy.aliases) {
    if (match_key(alias.alias) == key) return alias.name;
  }
  return std::nullopt;
}

CategoryLookup lookup_category(const Taxonomy& taxonomy, std::string_view level1,
                               std::string_view level2) {
  CategoryLookup result;
  const std::optional<std::string> name1 = canonical_category(taxonomy, level1);
  const std::optional<std::string> name2 = canonical_category(taxonomy, level2);
  const TaxonomyLevel1* tree1 = name1 ? find_level1(taxonomy, *name1) : nullptr;
  if (tree1 != nullptr) {
    result.level1 = *name1;
    result.level1_as_written = (*name1 == level1);
  }
  const TaxonomyLevel1* owner = name2 ? owner_of_level2(taxonomy, *name2) : nullptr;
  if (owner != nullptr) {
    result.level2 = *name2;
    result.level2_as_written = (*name2 == level2);
  }
  if (tree1 == nullptr) {
    result.status = CategoryStatus::unknown_level1;
  } else if (owner == nullptr) {
    result.status = name2 && is_level1(taxonomy, *name2) ? CategoryStatus::level2_is_level1
                                                         : CategoryStatus::unknown_level2;
  } else if (has_level2(*tree1, *name2)) {
    result.status = CategoryStatus::known;
  } else {
    result.status = CategoryStatus::misplaced;
    result.expected_level1 = owner->name;
  }
  return result;
}

bool belongs_to(const Taxonomy& taxonomy, std::string_view level1, std::string_view level2) {
  return lookup_category(taxonomy, level1, level2).status == CategoryStatus::known;
}

std::vector<std::string_view> level1_names(const Taxonomy& taxonomy) {
  std::vector<std::string_view> names;
  for (const TaxonomyLevel1& level1 : taxonomy.level1)
    names.push_back(level1.name);
  return names;
}

std::vector<std::string_view> level2_names(const Taxonomy& taxonomy, std::string_view level1) {
  std::vector<std::string_view> names;
  const std::optional<std::string> name = canonical_category(taxonomy, level1);
  if (const TaxonomyLevel1* tree = name ? find_level1(taxonomy, *name) : nullptr) {
    for (const std::string& level2 : tree->level2)
      names.push_back(level2);
  }
  return names;
}

std::vector<std::string_view> known_category_names(const Taxonomy& taxonomy) {
  std::vector<std::string_view> names;
  const auto add = [&](std::string_view name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  };
  for (const TaxonomyLevel1& level1 : taxonomy.level1)
    add(level1.name);
  for (const TaxonomyLevel1& level1 : taxonomy.level1) {
    for (const std::string& level2 : level1.level2)
      add(level2);
  }
  for (const TaxonomyAlias& alias : taxonomy.aliases)
    add(alias.alias);
  return names;
}

void add_category(Taxonomy& taxonomy, std::string_view level1, std::string_view level2) {
  auto tree = std::find_if(taxonomy.level1.begin(), taxonomy.level1.end(),
                           [&](const TaxonomyLevel1& entry) { return entry.name == level1; });
  if (tree == taxonomy.level1.end()) {
    taxonomy.level1.push_back(TaxonomyLevel1{std::string(level1), {}});
    tree = std::prev(taxonomy.level1.end());
  }
  if (!level2.empty() && !has_level2(*tree, level2)) tree->level2.emplace_back(level2);
}

void add_alias(Taxonomy& taxonomy, std::string_view alias, std::string_view name) {
  const bool is_category = is_level1(taxonomy, name) || owner_of_level2(taxonomy, name) != nullptr;
  if (!is_category) {
    throw Error(
        ErrorCode::invalid_argument,
        "别名指向的“" + std::string(name) + "”不是指标体系 " + taxonomy.version + " 中的类别",
        "alias target \"" + std::string(name) + "\" is not a category of taxonomy " +
            taxonomy.version);
  }
  if (const auto existing = canonical_category(taxonomy, alias)) {
    if (*existing == name) return;
    throw Error(ErrorCode::invalid_argument,
                "“" + std::string(alias) + "”已表示“" + *existing + "”",
                "\"" + std::string(alias) + "\" already stands for \"" + *existing + "\"");
  }
  taxonomy.aliases.push_back(TaxonomyAlias{std::string(alias), std::string(name)});
}

}  // namespace jixiao
