// The versioned indicator taxonomy: the two national trees, aliases, tolerant matching, and
// local variants built as data.
#include "jixiao/taxonomy.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "jixiao/error.hpp"
#include "json/described_reader.hpp"

namespace jixiao {
namespace {

Taxonomy builtin(std::string_view version) {
  auto taxonomy = builtin_taxonomy(version);
  EXPECT_TRUE(taxonomy) << version;
  return taxonomy.value_or(Taxonomy{});
}

TEST(Taxonomy, BuiltInVersions) {
  EXPECT_EQ(builtin_taxonomy_versions(), (std::vector<std::string_view>{"2015", "2021"}));
  EXPECT_FALSE(builtin_taxonomy("2019"));
  EXPECT_EQ(builtin("2015").version, "2015");
}

TEST(Taxonomy, Tree2015HasCostUnderOutput) {
  const Taxonomy t = builtin("2015");
  EXPECT_EQ(level1_names(t), (std::vector<std::string_view>{"产出指标", "效益指标", "满意度指标"}));
  EXPECT_EQ(level2_names(t, "产出指标"),
            (std::vector<std::string_view>{"数量指标", "质量指标", "时效指标", "成本指标"}));
  EXPECT_TRUE(belongs_to(t, "产出指标", "成本指标"));
  EXPECT_EQ(lookup_category(t, "成本指标", "经济成本指标").status, CategoryStatus::unknown_level1);
}

TEST(Taxonomy, Tree2021HasCostAsItsOwnLevel1) {
  const Taxonomy t = builtin("2021");
  EXPECT_EQ(level1_names(t),
            (std::vector<std::string_view>{"成本指标", "产出指标", "效益指标", "满意度指标"}));
  EXPECT_EQ(level2_names(t, "成本指标"),
            (std::vector<std::string_view>{"经济成本指标", "社会成本指标", "生态环境成本指标"}));
  EXPECT_TRUE(belongs_to(t, "成本指标", "社会成本指标"));
  EXPECT_FALSE(belongs_to(t, "产出指标", "成本指标"));
  EXPECT_EQ(lookup_category(t, "产出指标", "成本指标").status, CategoryStatus::level2_is_level1);
}

TEST(Taxonomy, MisplacedLevel2NamesWhereItBelongs) {
  // A Sichuan 2023 form files 经济成本指标 under 产出指标.
  const CategoryLookup lookup = lookup_category(builtin("2021"), "产出指标", "经济成本指标");
  EXPECT_EQ(lookup.status, CategoryStatus::misplaced);
  EXPECT_EQ(lookup.level1, "产出指标");
  EXPECT_EQ(lookup.level2, "经济成本指标");
  EXPECT_EQ(lookup.expected_level1, "成本指标");
}

TEST(Taxonomy, AliasesAndToleranceReportWhatWasNormalised) {
  const Taxonomy t = builtin("2015");
  const CategoryLookup alias = lookup_category(t, "效益指标", "环境效益指标");
  EXPECT_EQ(alias.status, CategoryStatus::known);
  EXPECT_EQ(alias.level2, "生态效益指标");
  EXPECT_TRUE(alias.level1_as_written);
  EXPECT_FALSE(alias.level2_as_written);

  const CategoryLookup short_names = lookup_category(t, " 产出\u3000", "数量");
  EXPECT_EQ(short_names.status, CategoryStatus::known);
  EXPECT_EQ(short_names.level1, "产出指标");
  EXPECT_EQ(short_names.level2, "数量指标");
  EXPECT_FALSE(short_names.level1_as_written);
  EXPECT_FALSE(short_names.level2_as_written);

  EXPECT_EQ(canonical_category(t, "环境效益"), "生态效益指标");
  EXPECT_EQ(canonical_category(t, "服务对象满意度"), "服务对象满意度指标");
  EXPECT_FALSE(canonical_category(t, "效率指标"));
}

TEST(Taxonomy, UnknownNames) {
  const Taxonomy t = builtin("2015");
  const CategoryLookup unknown2 = lookup_category(t, "产出指标", "效率指标");
  EXPECT_EQ(unknown2.status, CategoryStatus::unknown_level2);
  EXPECT_EQ(unknown2.level1, "产出指标");
  EXPECT_FALSE(unknown2.level2);
  const CategoryLookup unknown1 = lookup_category(t, "投入指标", "数量指标");
  EXPECT_EQ(unknown1.status, CategoryStatus::unknown_level1);
  EXPECT_EQ(unknown1.level2, "数量指标");
}

TEST(Taxonomy, KnownNamesListEachNameOnce) {
  const Taxonomy t = builtin("2015");
  const auto names = known_category_names(t);
  EXPECT_EQ(names.front(), "产出指标");
  EXPECT_EQ(std::count(names.begin(), names.end(), "生态效益指标"), 1);
  EXPECT_EQ(names.back(), "环境效益指标");
  EXPECT_EQ(names.size(), 3u + 9u + 1u);
}

TEST(Taxonomy, LocalVariantsAreBuiltAsData) {
  Taxonomy local = builtin("2021");
  local.version = "2021-local";
  add_category(local, "产出指标", "经济成本指标");
  add_category(local, "产出指标", "经济成本指标");  // idempotent
  add_category(local, "管理指标", "制度建设指标");
  EXPECT_TRUE(belongs_to(local, "产出指标", "经济成本指标"));
  EXPECT_TRUE(belongs_to(local, "管理", "制度建设"));
  EXPECT_EQ(level2_names(local, "产出指标").size(), 4u);

  add_alias(local, "群众满意度指标", "服务对象满意度指标");
  EXPECT_TRUE(belongs_to(local, "满意度指标", "群众满意度"));
  EXPECT_THROW(add_alias(local, "甲指标", "不存在指标"), Error);
  EXPECT_THROW(add_alias(local, "数量指标", "质量指标"), Error);
  EXPECT_NO_THROW(add_alias(local, "环境效益指标", "生态效益指标"));
}

TEST(Taxonomy, ReadsFromJsonWithTheDocumentReader) {
  // Policies carry local taxonomies as JSON; the described-struct reader handles them, and a
  // struct without `extra` refuses unknown members.
  const auto value = boost::json::parse(R"({"version": "local", "level1": [
      {"name": "产出指标", "level2": ["数量指标"]}], "aliases": [{"alias": "数目指标", "name": "数量指标"}]})");
  Taxonomy taxonomy;
  json_io::JsonPath path;
  json_io::read_value(value, taxonomy, path);
  EXPECT_TRUE(belongs_to(taxonomy, "产出", "数目"));

  const auto bad = boost::json::parse(R"({"version": "x", "level1": [{"name": "a", "kids": []}]})");
  try {
    Taxonomy rejected;
    json_io::read_value(bad, rejected, path);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::document_error);
    EXPECT_EQ(error.location().json_path, "/level1/0/kids");
  }
}

}  // namespace
}  // namespace jixiao
