// The formula parser: precedence climbing over the token vector (docs/formula.md §3–5, §8).
//
// Recursion happens once per nesting construct — '(' , a function call, a prefix operator, the
// right operand of '^' — and the depth is checked before every such step, so hostile input ends
// in a clean Error(limit_exceeded) instead of a stack overflow.
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <utility>

#include "formula/syntax.hpp"

namespace jixiao::formula {

namespace {

constexpr int max_builtin_arguments = 255;

// Binding strength of infix operators; larger binds tighter (docs/formula.md §3).
constexpr int precedence_or = 1;
constexpr int precedence_and = 2;
constexpr int precedence_not = 3;
constexpr int precedence_compare = 4;
constexpr int precedence_sum = 5;
constexpr int precedence_product = 6;
constexpr int precedence_unary = 7;
constexpr int precedence_power = 8;

bool is_compare(TokenKind kind) noexcept {
  switch (kind) {
    case TokenKind::less:
    case TokenKind::less_equal:
    case TokenKind::greater:
    case TokenKind::greater_equal:
    case TokenKind::equal:
    case TokenKind::equal_equal:
    case TokenKind::not_equal:
      return true;
    default:
      return false;
  }
}

int infix_precedence(TokenKind kind) noexcept {
  switch (kind) {
    case TokenKind::keyword_or:
      return precedence_or;
    case TokenKind::keyword_and:
      return precedence_and;
    case TokenKind::plus:
    case TokenKind::minus:
      return precedence_sum;
    case TokenKind::times:
    case TokenKind::divide:
      return precedence_product;
    case TokenKind::power:
      return precedence_power;
    default:
      return is_compare(kind) ? precedence_compare : 0;
  }
}

bool starts_operand(TokenKind kind) noexcept {
  return kind == TokenKind::number || kind == TokenKind::name || kind == TokenKind::left_paren;
}

CompareOp compare_op(TokenKind kind) noexcept {
  switch (kind) {
    case TokenKind::less:
      return CompareOp::less;
    case TokenKind::less_equal:
      return CompareOp::less_equal;
    case TokenKind::greater:
      return CompareOp::greater;
    case TokenKind::greater_equal:
      return CompareOp::greater_equal;
    case TokenKind::not_equal:
      return CompareOp::not_equal;
    default:
      return CompareOp::equal;
  }
}

struct BuiltinInfo {
  std::string_view name;
  Builtin builtin;
  int min_arguments;
  int max_arguments;
};

constexpr std::array<BuiltinInfo, 9> builtins{{
    {"min", Builtin::min, 1, max_builtin_arguments},
    {"max", Builtin::max, 1, max_builtin_arguments},
    {"abs", Builtin::abs, 1, 1},
    {"round", Builtin::round, 1, 2},
    {"floor", Builtin::floor, 1, 1},
    {"ceil", Builtin::ceil, 1, 1},
    {"sum", Builtin::sum, 1, max_builtin_arguments},
    {"avg", Builtin::avg, 1, max_builtin_arguments},
    {"clamp", Builtin::clamp, 3, 3},
}};

class Parser {
 public:
  Parser(std::vector<Token> tokens, const FormulaOptions& options, const Diagnostics& diagnostics)
      : tokens_(std::move(tokens)), options_(options), diagnostics_(diagnostics) {}

  Ast run() {
    if (peek().kind == TokenKind::end)
      diagnostics_.fail(ErrorCode::parse_error, 0, 0, "公式为空", "the formula is empty");
    const bool definition_shape = tokens_.size() >= 3 && tokens_[0].kind == TokenKind::name &&
                                  tokens_[1].kind == TokenKind::equal;
    if (options_.role == FormulaRole::definition && !definition_shape)
      diagnostics_.fail(ErrorCode::parse_error, 0, 0, "定义须以「名称 =」开头",
                        "a definition must start with 'name ='");
    if (definition_shape && options_.role != FormulaRole::rule) {
      ast_.definition = true;
      ast_.defined_name = tokens_[0].text;
      position_ = 2;
    }
    ast_.root = parse_expression(0);
    const Token& rest = peek();
    if (rest.kind != TokenKind::end) {
      if (rest.kind == TokenKind::right_paren)
        fail_at(rest, "第 {N} 个字符处的右括号没有对应的左括号", "unmatched ')' at character {N}");
      if (starts_operand(rest.kind) || rest.kind == TokenKind::keyword_not) missing_operator(rest);
      fail_at(rest, "第 {N} 个字符处多余的「" + source(rest) + "」",
              "unexpected '" + source(rest) + "' at character {N}");
    }
    return std::move(ast_);
  }

 private:
  const Token& peek() const noexcept { return tokens_[position_]; }
  const Token& advance() noexcept { return tokens_[position_++]; }

  std::string source(const Token& token) const {
    return std::string(diagnostics_.text().substr(token.byte_offset, token.byte_length));
  }

  [[noreturn]] void fail_at(const Token& token, std::string zh, std::string en) const {
    diagnostics_.fail(ErrorCode::parse_error, token.byte_offset, token.char_offset, std::move(zh),
                      std::move(en));
  }
  [[noreturn]] void missing_operand(const Token& token) const {
    fail_at(token, "第 {N} 个字符处缺少运算数", "missing operand at character {N}");
  }
  [[noreturn]] void missing_operator(const Token& token) const {
    fail_at(token, "第 {N} 个字符处缺少运算符", "missing operator at character {N}");
  }
  [[noreturn]] void missing_right_paren(const Token& token) const {
    if (starts_operand(token.kind)) missing_operator(token);
    fail_at(token, "第 {N} 个字符处缺少右括号", "missing ')' at character {N}");
  }

  /// Counts one nesting level; the caller recurses only after this check.
  class Nesting {
   public:
    Nesting(Parser& parser, const Token& at) : parser_(parser) {
      if (++parser_.depth_ > parser_.options_.max_depth) {
        const std::string limit = std::to_string(parser_.options_.max_depth);
        parser_.diagnostics_.fail(ErrorCode::limit_exceeded, at.byte_offset, at.char_offset,
                                  "第 {N} 个字符处嵌套超过 " + limit + " 层",
                                  "nesting deeper than " + limit + " levels at character {N}");
      }
    }
    ~Nesting() { --parser_.depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

   private:
    Parser& parser_;
  };

  std::uint32_t add_site(const Token& token) {
    ast_.sites.push_back({token.byte_offset, token.byte_length, token.char_offset});
    return static_cast<std::uint32_t>(ast_.sites.size() - 1);
  }

  std::uint32_t add_node(NodeKind kind, std::uint32_t site, const std::vector<Child>& children,
                         std::uint32_t value = 0, std::uint8_t sub = 0) {
    Node node;
    node.kind = kind;
    node.sub = sub;
    node.site = site;
    node.first_child = static_cast<std::uint32_t>(ast_.children.size());
    node.child_count = static_cast<std::uint32_t>(children.size());
    node.value = value;
    ast_.children.insert(ast_.children.end(), children.begin(), children.end());
    ast_.nodes.push_back(node);
    return static_cast<std::uint32_t>(ast_.nodes.size() - 1);
  }

  std::uint32_t parse_expression(int min_precedence) {
    std::uint32_t left = parse_prefix(min_precedence);
    for (;;) {
      const Token& op = peek();
      const int precedence = infix_precedence(op.kind);
      if (precedence == 0 || precedence < min_precedence) return left;
      if (op.kind == TokenKind::power) {
        const std::uint32_t site = add_site(op);
        advance();
        const Nesting nesting(*this, op);
        const std::uint32_t right = parse_expression(precedence_unary);
        left = add_node(NodeKind::power, site, {{left, 0, site}, {right, 0, site}});
        continue;
      }
      if (precedence == precedence_compare) {
        const std::uint32_t site = add_site(op);
        const auto sub = static_cast<std::uint8_t>(compare_op(advance().kind));
        const std::uint32_t right = parse_expression(precedence_sum);
        left = add_node(NodeKind::compare, site, {{left, 0, site}, {right, 0, site}}, 0, sub);
        if (is_compare(peek().kind))
          fail_at(peek(), "第 {N} 个字符处：比较运算不能连用",
                  "comparisons cannot be chained (character {N})");
        continue;
      }
      // A left-associative run at one level becomes one flat chain node.
      std::vector<Child> run{{left, 0, 0}};
      while (infix_precedence(peek().kind) == precedence) {
        const Token& token = advance();
        const std::uint32_t site = add_site(token);
        const std::uint8_t inverse =
            (token.kind == TokenKind::minus || token.kind == TokenKind::divide) ? 1 : 0;
        run.push_back({parse_expression(precedence + 1), inverse, site});
      }
      NodeKind kind = NodeKind::or_chain;
      if (precedence == precedence_and) kind = NodeKind::and_chain;
      if (precedence == precedence_sum) kind = NodeKind::sum_chain;
      if (precedence == precedence_product) kind = NodeKind::product_chain;
      left = add_node(kind, run[1].site, run);
    }
  }

  std::uint32_t parse_prefix(int min_precedence) {
    const Token& token = peek();
    switch (token.kind) {
      case TokenKind::minus:
      case TokenKind::plus: {
        const std::uint32_t site = add_site(token);
        const bool negate = advance().kind == TokenKind::minus;
        const Nesting nesting(*this, token);
        const std::uint32_t operand = parse_expression(precedence_unary);
        if (!negate) return operand;
        return add_node(NodeKind::negate, site, {{operand, 0, site}});
      }
      case TokenKind::keyword_not: {
        if (min_precedence > precedence_not)
          fail_at(token, "第 {N} 个字符处的 not 需要加括号",
                  "'not' needs parentheses here (character {N})");
        const std::uint32_t site = add_site(token);
        advance();
        const Nesting nesting(*this, token);
        const std::uint32_t operand = parse_expression(precedence_not);
        return add_node(NodeKind::logical_not, site, {{operand, 0, site}});
      }
      case TokenKind::number:
        return parse_postfix(parse_number(advance()));
      case TokenKind::name: {
        const Token& name = advance();
        if (peek().kind == TokenKind::left_paren && !name.quoted)
          return parse_postfix(parse_call(name));
        if (!name.quoted && ascii_lower(name.text) == "if")
          fail_at(name, "第 {N} 个字符处的 if 后缺少「(」", "'if' needs '(' at character {N}");
        return parse_postfix(variable(name));
      }
      case TokenKind::left_paren: {
        advance();
        const Nesting nesting(*this, token);
        if (peek().kind == TokenKind::right_paren) missing_operand(peek());
        const std::uint32_t inner = parse_expression(0);
        if (peek().kind != TokenKind::right_paren) missing_right_paren(peek());
        advance();
        return parse_postfix(inner);
      }
      default:
        missing_operand(token);
    }
  }

  std::uint32_t parse_postfix(std::uint32_t operand) {
    if (peek().kind != TokenKind::percent) return operand;
    const std::uint32_t site = add_site(peek());
    std::uint32_t count = 0;
    while (peek().kind == TokenKind::percent) {
      advance();
      ++count;
    }
    return add_node(NodeKind::percent, site, {{operand, 0, site}}, count);
  }

  std::uint32_t parse_number(const Token& token) {
    NumberLiteral literal;
    const std::optional<Decimal> exact = Decimal::try_parse(token.text);
    if (!exact)
      fail_at(token, "第 {N} 个字符处的数字超出范围（最多 38 位有效数字和 38 位小数）",
              "number out of range at character {N} (at most 38 significant digits and 38 "
              "decimals)");
    literal.exact = *exact;
    const char* first = token.text.data();
    const char* last = first + token.text.size();
    const auto [end, error] = std::from_chars(first, last, literal.approximate);
    if (error != std::errc() || end != last)
      fail_at(token, "第 {N} 个字符处的数字无法读取", "unreadable number at character {N}");
    ast_.numbers.push_back(literal);
    const std::uint32_t site = add_site(token);
    return add_node(NodeKind::number, site, {},
                    static_cast<std::uint32_t>(ast_.numbers.size() - 1));
  }

  std::uint32_t variable(const Token& token) {
    if (ast_.definition && token.text == ast_.defined_name)
      fail_at(token, "第 {N} 个字符处：定义「" + token.text + "」不能引用自身",
              "definition '" + token.text + "' cannot refer to itself (character {N})");
    auto found = slots_.find(token.text);
    if (found == slots_.end()) {
      if (ast_.variables.size() >= options_.max_variables) {
        const std::string limit = std::to_string(options_.max_variables);
        diagnostics_.fail(ErrorCode::limit_exceeded, token.byte_offset, token.char_offset,
                          "第 {N} 个字符处：变量超过 " + limit + " 个",
                          "more than " + limit + " variables (character {N})");
      }
      FormulaVariable variable;
      variable.name = token.text;
      variable.optional = true;  // cleared by any occurrence outside coalesce()
      variable.byte_offset = token.byte_offset;
      variable.char_offset = token.char_offset;
      ast_.variables.push_back(std::move(variable));
      found = slots_.emplace(token.text, ast_.variables.size() - 1).first;
    }
    const std::uint32_t site = add_site(token);
    return add_node(NodeKind::variable, site, {}, static_cast<std::uint32_t>(found->second));
  }

  std::uint32_t parse_call(const Token& name) {
    const std::string lower = ascii_lower(name.text);
    const std::uint32_t site = add_site(name);
    NodeKind kind = NodeKind::builtin;
    std::uint8_t sub = 0;
    std::uint32_t value = 0;
    int min_arguments = 0;
    int max_arguments = 0;
    if (lower == "if") {
      kind = NodeKind::if_then_else;
      min_arguments = max_arguments = 3;
    } else if (lower == "coalesce") {
      kind = NodeKind::coalesce;
      min_arguments = 1;
      max_arguments = max_builtin_arguments;
    } else if (const BuiltinInfo* info = find_builtin(lower)) {
      sub = static_cast<std::uint8_t>(info->builtin);
      min_arguments = info->min_arguments;
      max_arguments = info->max_arguments;
    } else if (const FormulaFunction* function =
                   options_.functions ? options_.functions->find(name.text) : nullptr) {
      kind = NodeKind::registered;
      value = register_function(*function);
      min_arguments = function->min_arguments;
      max_arguments = function->max_arguments;
    } else {
      fail_at(
          name,
          "第 {N} 个字符处的函数「" + name.text + "」不存在（名称含括号时请用「…」或 […] 括起来）",
          "unknown function '" + name.text +
              "' at character {N} (quote a name that contains brackets with 「…」 or [...])");
    }
    const Token& open = advance();
    const Nesting nesting(*this, open);
    std::vector<Child> arguments;
    if (peek().kind != TokenKind::right_paren) {
      for (;;) {
        arguments.push_back({parse_expression(0), 0, site});
        if (peek().kind == TokenKind::comma) {
          advance();
          continue;
        }
        if (peek().kind == TokenKind::right_paren) break;
        missing_right_paren(peek());
      }
    }
    advance();
    const int count = static_cast<int>(arguments.size());
    if (count < min_arguments || count > max_arguments) {
      const std::string range =
          min_arguments == max_arguments
              ? std::to_string(min_arguments)
              : std::to_string(min_arguments) + " 至 " + std::to_string(max_arguments);
      const std::string range_en =
          min_arguments == max_arguments
              ? std::to_string(min_arguments)
              : std::to_string(min_arguments) + " to " + std::to_string(max_arguments);
      fail_at(name,
              "第 {N} 个字符处：函数「" + name.text + "」需要 " + range + " 个参数，实际 " +
                  std::to_string(count) + " 个",
              "function '" + name.text + "' takes " + range_en + " argument" +
                  (max_arguments == 1 ? "" : "s") + ", got " + std::to_string(count) +
                  " (character {N})");
    }
    if (kind == NodeKind::coalesce)
      for (const Child& argument : arguments)
        if (ast_.nodes[argument.node].kind == NodeKind::variable)
          ast_.nodes[argument.node].optional_occurrence = true;
    return add_node(kind, site, arguments, value, sub);
  }

  static const BuiltinInfo* find_builtin(std::string_view lower) noexcept {
    for (const BuiltinInfo& info : builtins)
      if (info.name == lower) return &info;
    return nullptr;
  }

  std::uint32_t register_function(const FormulaFunction& function) {
    for (std::size_t i = 0; i < ast_.functions.size(); ++i)
      if (ast_.functions[i].name == function.name) return static_cast<std::uint32_t>(i);
    ast_.functions.push_back(function);
    return static_cast<std::uint32_t>(ast_.functions.size() - 1);
  }

  std::vector<Token> tokens_;
  const FormulaOptions& options_;
  const Diagnostics& diagnostics_;
  std::size_t position_ = 0;
  int depth_ = 0;
  Ast ast_;
  std::map<std::string, std::size_t, std::less<>> slots_;
};

}  // namespace

Ast parse(std::string_view valid_text, const FormulaOptions& options) {
  const Diagnostics diagnostics(valid_text);
  Ast ast = Parser(tokenize(valid_text, diagnostics), options, diagnostics).run();
  // A variable is optional when no occurrence of it is outside a coalesce() argument list.
  for (const Node& node : ast.nodes)
    if (node.kind == NodeKind::variable && !node.optional_occurrence)
      ast.variables[node.value].optional = false;
  return ast;
}

}  // namespace jixiao::formula
