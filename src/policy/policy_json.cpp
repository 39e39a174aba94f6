// Policy documents: "jixiao.policy/1", optionally layered over a built-in preset ("base").
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>

#include <string>
#include <string_view>

#include "jixiao/policy.hpp"
#include "json/described_reader.hpp"
#include "json/described_writer.hpp"
#include "json/json_path.hpp"
#include "json/pretty_writer.hpp"
#include "json/strict_parse.hpp"

namespace jixiao {

namespace json = boost::json;

namespace {

// Members of `overlay` replace those of `base`, except that objects present in both are merged
// member by member, so a local policy states only the settings it changes.
void merge_over(json::object& base, const json::object& overlay) {
  for (const auto& member : overlay) {
    json::value* existing = base.if_contains(member.key());
    if (existing != nullptr && existing->is_object() && member.value().is_object()) {
      merge_over(existing->as_object(), member.value().as_object());
    } else {
      base[member.key()] = member.value();
    }
  }
}

void check_policy_schema(const json::object& root, json_io::JsonPath& path) {
  const json::value* schema = root.if_contains("schema");
  if (schema == nullptr) {
    path.fail_at("schema", ErrorCode::policy_error,
                 "缺少 schema 成员（应为 \"" + std::string(policy_schema) + "\"）",
                 "missing member \"schema\" (expected \"" + std::string(policy_schema) + "\")");
  }
  json_io::PathScope scope(path, "schema");
  const json::string* text = schema->if_string();
  if (text == nullptr) json_io::fail_type(path, *schema, {"字符串", "a string"});
  if (std::string_view(text->data(), text->size()) != policy_schema) {
    path.fail(ErrorCode::policy_error,
              "不是规则配置文档：schema 为“" + json_io::excerpt(*text) + "”，应为 \"" +
                  std::string(policy_schema) + "\"",
              "not a policy document: schema is \"" + json_io::excerpt(*text) + "\", expected \"" +
                  std::string(policy_schema) + "\"");
  }
}

// The complete JSON object of a policy document: the base preset's members with the document's
// own members merged over them.
json::object resolve_base(const json::object& root, json_io::JsonPath& path) {
  const json::value* base = root.if_contains("base");
  if (base == nullptr || base->is_null()) return root;
  json_io::PathScope scope(path, "base");
  const json::string* name = base->if_string();
  if (name == nullptr) json_io::fail_type(path, *base, {"字符串", "a string"});
  Policy preset;
  try {
    preset = policy_preset(std::string_view(name->data(), name->size()));
  } catch (const Error& error) {
    path.fail(ErrorCode::policy_error, error.message_zh(), error.message_en());
  }
  json::object resolved = json::parse(write_policy(preset)).as_object();
  merge_over(resolved, root);
  resolved.erase("base");
  return resolved;
}

}  // namespace

Policy read_policy(std::string_view text, const JsonReadOptions& options) {
  json::monotonic_resource arena;
  const json::value root =
      json_io::parse_strict(text, {options.max_bytes, options.max_depth}, &arena);
  json_io::JsonPath path;
  const json::object* object = root.if_object();
  if (object == nullptr) json_io::fail_type(path, root, {"对象", "an object"});
  check_policy_schema(*object, path);
  const json::object resolved = resolve_base(*object, path);
  Policy policy;
  json_io::read_struct(json::value(resolved), policy, path, "schema");
  // What JSON types cannot express (formulas that compile, known rule codes, overlapping grade
  // bands, …) is refused here, located by its JSON Pointer, rather than when a document is used.
  check_review_policy(policy.review, policy.taxonomy);
  check_scoring_policy(policy.scoring);
  check_monitoring_policy(policy.monitoring);
  return policy;
}

std::string write_policy(const Policy& policy) {
  return json_io::write_schema_document(policy, policy_schema);
}

}  // namespace jixiao
