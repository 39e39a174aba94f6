#include "review/identity.hpp"

#include <string_view>
#include <vector>

#include "review/text.hpp"

namespace jixiao::review_detail {

namespace {

[[noreturn]] void fail(std::string path, std::string zh, std::string en,
                       std::optional<std::size_t> byte_offset = std::nullopt,
                       std::optional<std::size_t> char_offset = std::nullopt) {
  ErrorLocation where;
  where.json_path = std::move(path);
  where.byte_offset = byte_offset;
  where.char_offset = char_offset;
  throw Error(ErrorCode::policy_error, std::move(zh), std::move(en), std::move(where));
}

// The byte offset of the one top-level "=" (or "＝") of `text`: not inside brackets or quoted
// names, not part of >=, <=, !=, ==. Nothing when there is none or more than one.
std::optional<std::size_t> single_equals(std::string_view text) {
  const std::u32string chars = decode(text);
  std::vector<std::size_t> offsets;  // byte offset of each code point
  offsets.reserve(chars.size() + 1);
  {
    std::size_t byte = 0;
    for (const char32_t c : chars) {
      offsets.push_back(byte);
      byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    offsets.push_back(byte);
  }
  const auto is_eq = [](char32_t c) { return c == U'=' || c == U'＝'; };
  const auto joins = [](char32_t c) {
    return c == U'<' || c == U'>' || c == U'!' || c == U'=' || c == U'＜' || c == U'＞' ||
           c == U'！' || c == U'＝';
  };
  int depth = 0;
  char32_t closing = 0;  // inside a quoted name until this character
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const char32_t c = chars[i];
    if (closing != 0) {
      if (c == closing) closing = 0;
      continue;
    }
    if (c == U'[') closing = U']';
    if (c == U'［') closing = U'］';
    if (c == U'「') closing = U'」';
    if (closing != 0) continue;
    if (c == U'(' || c == U'（') ++depth;
    if (c == U')' || c == U'）') --depth;
    if (depth != 0 || !is_eq(c)) continue;
    const bool joined_before = i > 0 && joins(chars[i - 1]);
    const bool joined_after = i + 1 < chars.size() && is_eq(chars[i + 1]);
    if (joined_before || joined_after) return std::nullopt;  // ==, >=, …: check as written
    if (found) return std::nullopt;
    found = offsets[i];
  }
  return found;
}

}  // namespace

std::string review_setting_path(std::string_view member) {
  return "/review/" + std::string(member);
}

std::string review_setting_path(std::string_view member, std::size_t index) {
  return review_setting_path(member) + "/" + std::to_string(index);
}

std::string review_setting_path(std::string_view member, std::size_t index,
                                std::string_view field) {
  return review_setting_path(member, index) + "/" + std::string(field);
}

CompiledIdentity compile_identity(const BalanceIdentity& identity, std::size_t index) {
  const std::string path = review_setting_path("balance_identities", index, "formula");
  FormulaOptions options;
  options.role = FormulaRole::rule;
  Formula whole = [&] {
    try {
      return Formula::compile(identity.formula, options);
    } catch (const Error& error) {
      fail(path, "平衡关系公式无法解析：" + error.message_zh(),
           "the balance identity does not compile: " + error.message_en(),
           error.location().byte_offset, error.location().char_offset);
    }
  }();
  CompiledIdentity compiled{&identity, index, std::move(whole), std::nullopt, std::nullopt};
  if (compiled.whole.result_kind() != ResultKind::boolean) {
    fail(path, "平衡关系须为比较式（如“收入来源 = 部门预算支出”）",
         "a balance identity must be a comparison (such as \"收入来源 = 部门预算支出\")");
  }
  if (const auto equals = single_equals(identity.formula)) {
    const std::size_t width = identity.formula.compare(*equals, 3, "＝") == 0 ? 3 : 1;
    try {
      compiled.left = Formula::compile(identity.formula.substr(0, *equals), options);
      compiled.right = Formula::compile(identity.formula.substr(*equals + width), options);
    } catch (const Error&) {
      // A side that does not compile alone (an "=" inside a function call's arguments, …): the
      // identity is still checked as written, without the two sums.
      compiled.left.reset();
      compiled.right.reset();
    }
  }
  return compiled;
}

}  // namespace jixiao::review_detail
