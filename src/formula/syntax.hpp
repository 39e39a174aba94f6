// Tokens and the syntax tree of the formula language (internal to the formula compiler).
//
// The parser creates a node only after all of its children, so the node vector is in post-order:
// a pass that needs the children first (constant folding) walks it front to back without
// recursion. Left-associative runs (a + b − c, a × b ÷ c, and, or) are one flat chain node, so the
// tree is never deeper than a small multiple of the nesting limit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "jixiao/formula.hpp"

namespace jixiao::formula {

enum class TokenKind : std::uint8_t {
  number,
  name,
  plus,
  minus,
  times,
  divide,
  power,
  percent,
  left_paren,
  right_paren,
  comma,
  less,
  less_equal,
  greater,
  greater_equal,
  equal,        // a single '=' (or ＝): definition or comparison
  equal_equal,  // '==': always a comparison
  not_equal,
  keyword_and,
  keyword_or,
  keyword_not,
  end,
};

struct Token {
  TokenKind kind = TokenKind::end;
  bool quoted = false;
  std::size_t byte_offset = 0;
  std::size_t byte_length = 0;
  std::size_t char_offset = 0;
  std::string text;  // names: the name; numbers: ASCII digits and '.'
};

/// Where an operator, function or variable was written; runtime errors point here.
struct Site {
  std::size_t byte_offset = 0;
  std::size_t byte_length = 0;
  std::size_t char_offset = 0;
};

/// Reports errors against the formula text: "{N}" in a message becomes the 1-based character.
class Diagnostics {
 public:
  explicit Diagnostics(std::string_view text) : text_(text) {}
  [[noreturn]] void fail(ErrorCode code, std::size_t byte_offset, std::size_t char_offset,
                         std::string zh, std::string en) const;
  std::string_view text() const noexcept { return text_; }

 private:
  std::string_view text_;
};

/// Splits valid UTF-8 text into tokens (docs/formula.md §1–2). The last token is `end`.
std::vector<Token> tokenize(std::string_view valid_text, const Diagnostics& diagnostics);

enum class NodeKind : std::uint8_t {
  number,
  variable,
  negate,
  percent,  // count: value
  power,
  sum_chain,      // children with op 0 = '+', 1 = '-'
  product_chain,  // children with op 0 = '×', 1 = '÷'
  compare,        // sub: CompareOp
  logical_not,
  and_chain,
  or_chain,
  builtin,     // sub: Builtin
  registered,  // value: index into Ast::functions
  if_then_else,
  coalesce,
};

enum class CompareOp : std::uint8_t { less, less_equal, greater, greater_equal, equal, not_equal };

enum class Builtin : std::uint8_t { min, max, abs, round, floor, ceil, sum, avg, clamp };

struct Child {
  std::uint32_t node = 0;
  std::uint8_t op = 0;     // chains: 0 = + or ×, 1 = − or ÷
  std::uint32_t site = 0;  // the operator before this element (chains)
};

struct Node {
  NodeKind kind = NodeKind::number;
  std::uint8_t sub = 0;
  bool optional_occurrence = false;  // a variable written as a direct argument of coalesce()
  std::uint32_t site = 0;
  std::uint32_t first_child = 0;
  std::uint32_t child_count = 0;
  std::uint32_t value = 0;  // number: literal index; variable: slot; percent: count; registered
};

struct NumberLiteral {
  Decimal exact;
  double approximate = 0;
};

struct Ast {
  std::vector<Node> nodes;
  std::vector<Child> children;
  std::vector<Site> sites;
  std::vector<NumberLiteral> numbers;
  std::vector<FormulaVariable> variables;
  std::vector<FormulaFunction> functions;  // registered functions the formula calls
  std::uint32_t root = 0;
  bool definition = false;
  std::string defined_name;

  const Child* children_of(const Node& node) const { return children.data() + node.first_child; }
};

/// Parses the formula (tokenize + grammar + limits). Throws jixiao::Error.
Ast parse(std::string_view valid_text, const FormulaOptions& options);

/// ASCII lower-case copy (function names and keywords are matched without case).
std::string ascii_lower(std::string_view text);
/// Whether `c` may start / continue a plain name (after full-width folding).
bool is_name_start(char32_t c) noexcept;
bool is_name_char(char32_t c) noexcept;
bool is_cjk(char32_t c) noexcept;

}  // namespace jixiao::formula
