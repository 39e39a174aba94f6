// jixiao::Taxonomy — the versioned tree of level-1 / level-2 indicator categories (指标体系).
//
// Forms name categories in slightly different ways and the national tree changed over time:
// - "2015": 财预〔2015〕88号 era tree, with 成本指标 as a level 2 under 产出指标;
// - "2021": 财预〔2021〕101号, with 成本指标 a level 1 of its own (经济成本指标, 社会成本指标,
//   生态环境成本指标) and 产出指标 keeping 数量/质量/时效.
// A taxonomy is plain data (described, so it can be read from a policy file) and a local variant
// is built by copying a built-in one and adding categories or aliases; nothing here is hard-wired
// into the review engine.
//
// Matching is tolerant in the ways forms differ without changing meaning: surrounding spaces
// (ASCII and full-width) are ignored, a name written without its trailing 指标 matches ("数量" →
// 数量指标), and aliases map old names onto current ones (环境效益指标 → 生态效益指标).
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

/// A level-1 category and its level-2 categories, in the order forms list them.
struct TaxonomyLevel1 {
  std::string name;                 ///< e.g. 产出指标
  std::vector<std::string> level2;  ///< e.g. 数量指标, 质量指标, 时效指标, 成本指标

  bool operator==(const TaxonomyLevel1&) const = default;
};
BOOST_DESCRIBE_STRUCT(TaxonomyLevel1, (), (name, level2))

/// Another name forms use for a category (level 1 or level 2).
struct TaxonomyAlias {
  std::string alias;  ///< the name as some forms write it (环境效益指标)
  std::string name;   ///< the category it stands for (生态效益指标)

  bool operator==(const TaxonomyAlias&) const = default;
};
BOOST_DESCRIBE_STRUCT(TaxonomyAlias, (), (alias, name))

struct Taxonomy {
  std::string version;                 ///< "2015", "2021", or a local name ("2021-四川")
  std::vector<TaxonomyLevel1> level1;  ///< the tree, in form order
  std::vector<TaxonomyAlias> aliases;  ///< alternative names

  bool operator==(const Taxonomy&) const = default;
};
BOOST_DESCRIBE_STRUCT(Taxonomy, (), (version, level1, aliases))

/// The versions built in: {"2015", "2021"}.
std::vector<std::string_view> builtin_taxonomy_versions();

/// A copy of a built-in taxonomy, or nothing for an unknown version.
std::optional<Taxonomy> builtin_taxonomy(std::string_view version);

/// The canonical name `written` stands for, at level 1 or level 2, after trimming, the 指标
/// suffix tolerance and aliases; nothing when the taxonomy does not know it.
std::optional<std::string> canonical_category(const Taxonomy& taxonomy, std::string_view written);

/// Outcome of looking up a (level 1, level 2) pair.
enum class CategoryStatus {
  known,             ///< level 2 belongs to level 1
  unknown_level1,    ///< level 1 is not a level-1 category of the taxonomy
  unknown_level2,    ///< level 2 is not a level-2 category anywhere in the taxonomy
  misplaced,         ///< level 2 exists, but under another level 1 (see expected_level1)
  level2_is_level1,  ///< the level-2 name is a level-1 category (成本指标 under 产出 in "2021")
};
BOOST_DESCRIBE_ENUM(CategoryStatus, known, unknown_level1, unknown_level2, misplaced,
                    level2_is_level1)

struct CategoryLookup {
  CategoryStatus status = CategoryStatus::known;
  std::optional<std::string> level1;  ///< canonical level 1, when known
  std::optional<std::string> level2;  ///< canonical level 2, when known
  /// For misplaced: the level 1 the level 2 belongs to (the first one, in tree order).
  std::optional<std::string> expected_level1;
  bool level1_as_written = true;  ///< false when level 1 matched only through tolerance or an alias
  bool level2_as_written = true;  ///< false when level 2 matched only through tolerance or an alias
};

/// Looks up the category pair of an indicator as written on a form.
CategoryLookup lookup_category(const Taxonomy& taxonomy, std::string_view level1,
                               std::string_view level2);

/// Whether level 2 belongs to level 1 (tolerant matching on both).
bool belongs_to(const Taxonomy& taxonomy, std::string_view level1, std::string_view level2);

/// The level-1 names in tree order.
std::vector<std::string_view> level1_names(const Taxonomy& taxonomy);
/// The level-2 names under `level1` (tolerant), empty when level 1 is unknown.
std::vector<std::string_view> level2_names(const Taxonomy& taxonomy, std::string_view level1);
/// Every known name: level 1s, level 2s and aliases, without repeats, in tree order.
std::vector<std::string_view> known_category_names(const Taxonomy& taxonomy);

/// Adds `level2` under `level1` (adding level 1 at the end when new); no-op when present.
/// For local variants: `auto t = *builtin_taxonomy("2021"); add_category(t, "产出指标",
/// "经济成本指标");`
void add_category(Taxonomy& taxonomy, std::string_view level1, std::string_view level2);
/// Adds an alias; Error(invalid_argument) when `name` is not a category of the taxonomy or the
/// alias already names something else.
void add_alias(Taxonomy& taxonomy, std::string_view alias, std::string_view name);

}  // namespace jixiao
