// Constant folding and code generation (docs/formula.md §6, "constant sub-expressions").
//
// Folding walks the node vector front to back (children come first) with the same arithmetic
// the interpreters use. Code generation walks the tree recursively: its depth is bounded by the
// parser's nesting limit because runs of one operator are flat chain nodes.
#include <bit>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "formula/arithmetic.hpp"
#include "formula/compiled.hpp"

namespace jixiao::formula {

namespace {

constexpr std::size_t max_registers = 256;
constexpr std::size_t max_constants = 65535;

bool is_one(double x) noexcept {
  return x == 1.0;
}
bool is_one(const Decimal& x) noexcept {
  return x == Decimal(1);
}

bool same_constant(double a, double b) noexcept {
  // Bit for bit on purpose: 0.0 and -0.0 are different constants (1/x differs).
  return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}
bool same_constant(const Decimal& a, const Decimal& b) noexcept {
  return a.scale() == b.scale() && a.coefficient() == b.coefficient();
}

double literal(const NumberLiteral& n, double*) {
  return n.approximate;
}
Decimal literal(const NumberLiteral& n, Decimal*) {
  return n.exact;
}

Op chain_op(NodeKind kind, std::uint8_t inverse) noexcept {
  if (kind == NodeKind::sum_chain) return inverse ? Op::sub : Op::add;
  return inverse ? Op::div : Op::mul;
}

Op compare_instruction(CompareOp op) noexcept {
  switch (op) {
    case CompareOp::less:
      return Op::less;
    case CompareOp::less_equal:
      return Op::less_equal;
    case CompareOp::greater:
      return Op::greater;
    case CompareOp::greater_equal:
      return Op::greater_equal;
    case CompareOp::not_equal:
      return Op::not_equal;
    case CompareOp::equal:
      break;
  }
  return Op::equal;
}

template <class Arith>
class Folder {
 public:
  using V = typename Arith::Value;

  Folder(const Ast& ast, const Arith& arith) : ast_(ast), arith_(arith) {}

  std::vector<std::optional<V>> run() {
    values_.resize(ast_.nodes.size());
    for (std::size_t i = 0; i < ast_.nodes.size(); ++i)
      values_[i] = fold(ast_.nodes[i]);
    return std::move(values_);
  }

 private:
  const std::optional<V>& child(const Node& node, std::size_t i) const {
    return values_[ast_.children_of(node)[i].node];
  }
  bool all_children(const Node& node) const {
    for (std::uint32_t i = 0; i < node.child_count; ++i)
      if (!child(node, i)) return false;
    return true;
  }
  std::optional<V> binary(Op op, const V& a, const V& b) const {
    V out{};
    Reason why;
    if (arith_.binary(op, a, b, out, why) != EvalStatus::ok) return std::nullopt;
    return out;
  }
  std::optional<V> unary(Op op, const V& a, std::uint32_t aux = 0) const {
    V out{};
    Reason why;
    if (arith_.unary(op, a, aux, out, why) != EvalStatus::ok) return std::nullopt;
    return out;
  }
  /// Applies op left to right over all children.
  std::optional<V> reduce(const Node& node, Op op) const {
    std::optional<V> acc = child(node, 0);
    for (std::uint32_t i = 1; i < node.child_count && acc; ++i)
      acc = binary(op, *acc, *child(node, i));
    return acc;
  }

  std::optional<V> fold(const Node& node) const {
    switch (node.kind) {
      case NodeKind::number:
        return literal(ast_.numbers[node.value], static_cast<V*>(nullptr));
      case NodeKind::variable:
        return std::nullopt;
      case NodeKind::if_then_else: {
        const std::optional<V>& condition = child(node, 0);
        if (!condition) return std::nullopt;
        return child(node, Arith::truthy(*condition) ? 1 : 2);
      }
      case NodeKind::coalesce: {
        const Child& first = ast_.children_of(node)[0];
        if (ast_.nodes[first.node].kind == NodeKind::variable) return std::nullopt;
        return values_[first.node];
      }
      default:
        break;
    }
    if (!all_children(node)) return std::nullopt;
    switch (node.kind) {
      case NodeKind::negate:
        return unary(Op::neg, *child(node, 0));
      case NodeKind::logical_not:
        return unary(Op::logical_not, *child(node, 0));
      case NodeKind::percent:
        return unary(Op::percent, *child(node, 0), node.value);
      case NodeKind::power:
        return binary(Op::pow, *child(node, 0), *child(node, 1));
      case NodeKind::compare:
        return binary(compare_instruction(static_cast<CompareOp>(node.sub)), *child(node, 0),
                      *child(node, 1));
      case NodeKind::sum_chain:
      case NodeKind::product_chain: {
        std::optional<V> acc = child(node, 0);
        for (std::uint32_t i = 1; i < node.child_count && acc; ++i)
          acc = binary(chain_op(node.kind, ast_.children_of(node)[i].op), *acc, *child(node, i));
        return acc;
      }
      case NodeKind::and_chain:
      case NodeKind::or_chain: {
        const bool is_and = node.kind == NodeKind::and_chain;
        for (std::uint32_t i = 0; i < node.child_count; ++i)
          if (Arith::truthy(*child(node, i)) != is_and) return Arith::from_bool(!is_and);
        return Arith::from_bool(is_and);
      }
      case NodeKind::builtin:
        return fold_builtin(node);
      case NodeKind::registered: {
        const FormulaFunction& function = ast_.functions[node.value];
        if (!function.pure) return std::nullopt;
        std::vector<V> arguments;
        for (std::uint32_t i = 0; i < node.child_count; ++i)
          arguments.push_back(*child(node, i));
        V out{};
        Reason why;
        if (call_function(function, std::span<const V>(arguments), out, why) != EvalStatus::ok)
          return std::nullopt;
        return out;
      }
      default:
        return std::nullopt;
    }
  }

  std::optional<V> fold_builtin(const Node& node) const {
    switch (static_cast<Builtin>(node.sub)) {
      case Builtin::min:
        return reduce(node, Op::min);
      case Builtin::max:
        return reduce(node, Op::max);
      case Builtin::sum:
        return reduce(node, Op::add);
      case Builtin::avg: {
        const std::optional<V> total = reduce(node, Op::add);
        if (!total) return std::nullopt;
        return binary(Op::div, *total, V(static_cast<std::int64_t>(node.child_count)));
      }
      case Builtin::abs:
        return unary(Op::abs, *child(node, 0));
      case Builtin::floor:
        return unary(Op::floor, *child(node, 0));
      case Builtin::ceil:
        return unary(Op::ceil, *child(node, 0));
      case Builtin::round:
        return binary(Op::round, *child(node, 0), node.child_count > 1 ? *child(node, 1) : V(0));
      case Builtin::clamp: {
        const std::optional<V> low = binary(Op::max, *child(node, 0), *child(node, 1));
        if (!low) return std::nullopt;
        return binary(Op::min, *low, *child(node, 2));
      }
    }
    return std::nullopt;
  }

  const Ast& ast_;
  const Arith& arith_;
  std::vector<std::optional<V>> values_;
};

template <class V>
class Generator {
 public:
  Generator(const Ast& ast, const std::vector<std::optional<V>>& folded, Program<V>& program)
      : ast_(ast), folded_(folded), program_(program) {}

  void run() {
    const Operand result = generate(ast_.root, 0);
    emit(Op::ret, 0, result, {}, 0, ast_.nodes[ast_.root].site);
  }

 private:
  struct Operand {
    Kind kind = Kind::constant;
    std::uint16_t index = 0;
  };

  static std::uint16_t after(const Operand& operand, std::uint16_t dst) noexcept {
    return operand.kind == Kind::reg && operand.index >= dst
               ? static_cast<std::uint16_t>(operand.index + 1)
               : dst;
  }

  void use_register(std::uint32_t reg, std::uint32_t site) {
    if (reg >= max_registers) {
      const Site& where = ast_.sites[site];
      Diagnostics(std::string_view())
          .fail(ErrorCode::limit_exceeded, where.byte_offset, where.char_offset,
                "第 {N} 个字符处：表达式同时需要的中间结果超过 256 个",
                "the expression needs more than 256 intermediate values at once (character {N})");
    }
    if (reg + 1 > program_.registers) program_.registers = static_cast<std::uint16_t>(reg + 1);
  }

  Operand constant(const V& value) {
    for (std::size_t i = 0; i < program_.constants.size(); ++i)
      if (same_constant(program_.constants[i], value))
        return {Kind::constant, static_cast<std::uint16_t>(i)};
    if (program_.constants.size() >= max_constants)
      throw Error(ErrorCode::limit_exceeded, "公式中的常数超过 65535 个",
                  "the formula has more than 65535 constants");
    program_.constants.push_back(value);
    return {Kind::constant, static_cast<std::uint16_t>(program_.constants.size() - 1)};
  }

  std::size_t emit(Op op, std::uint16_t dst, Operand a, Operand b, std::uint32_t aux,
                   std::uint32_t site) {
    Instr instr;
    instr.op = op;
    instr.dst = dst;
    instr.ka = a.kind;
    instr.a = a.index;
    instr.kb = b.kind;
    instr.b = b.index;
    instr.aux = aux;
    // Operations that can hide ±∞ or NaN in their result check their inputs on the fast path.
    const bool checks_a = is_compare(op) || op == Op::pow || op == Op::min || op == Op::max ||
                          op == Op::round || op == Op::logical_not || op == Op::jump_if_false ||
                          op == Op::jump_if_true;
    const bool checks_b = checks_a || op == Op::div;
    if (checks_a && a.kind != Kind::constant) instr.flags |= check_a;
    if (checks_b && is_binary(op) && b.kind != Kind::constant) instr.flags |= check_b;
    if (op != Op::ret && op != Op::jump && op != Op::jump_if_false && op != Op::jump_if_true &&
        op != Op::jump_if_missing)
      use_register(dst, site);
    if (op == Op::jump || op == Op::jump_if_false || op == Op::jump_if_true ||
        op == Op::jump_if_missing || op == Op::mov_optional || op == Op::call)
      program_.straight = false;
    program_.code.push_back(instr);
    program_.site_of.push_back(site);
    return program_.code.size() - 1;
  }

  void patch(std::size_t at) {
    program_.code[at].aux = static_cast<std::uint32_t>(program_.code.size());
  }

  void materialize(const Operand& operand, std::uint16_t dst, std::uint32_t site) {
    if (operand.kind == Kind::reg && operand.index == dst) return;
    emit(Op::mov, dst, operand, {}, 0, site);
  }

  Operand result(std::uint16_t dst) const { return {Kind::reg, dst}; }

  Operand unary(Op op, const Node& node, std::uint16_t dst, std::uint32_t aux = 0) {
    const Operand a = generate(ast_.children_of(node)[0].node, dst);
    emit(op, dst, a, {}, aux, node.site);
    return result(dst);
  }

  Operand binary(Op op, std::uint32_t left, std::uint32_t right, std::uint16_t dst,
                 std::uint32_t site) {
    const Operand a = generate(left, dst);
    const Operand b = generate(right, after(a, dst));
    emit(op, dst, a, b, 0, site);
    return result(dst);
  }

  /// Applies op left to right over the children (min, max, sum).
  Operand reduce(Op op, const Node& node, std::uint16_t dst) {
    const Child* children = ast_.children_of(node);
    Operand acc = generate(children[0].node, dst);
    for (std::uint32_t i = 1; i < node.child_count; ++i) {
      const Operand b = generate(children[i].node, after(acc, dst));
      emit(op, dst, acc, b, 0, node.site);
      acc = result(dst);
    }
    return acc;
  }

  Operand generate(std::uint32_t id, std::uint16_t dst) {
    if (const std::optional<V>& value = folded_[id]) return constant(*value);
    const Node& node = ast_.nodes[id];
    const Child* children = ast_.children_of(node);
    switch (node.kind) {
      case NodeKind::number:
        return constant(literal(ast_.numbers[node.value], static_cast<V*>(nullptr)));
      case NodeKind::variable:
        return {Kind::variable, static_cast<std::uint16_t>(node.value)};
      case NodeKind::negate:
        return unary(Op::neg, node, dst);
      case NodeKind::logical_not:
        return unary(Op::logical_not, node, dst);
      case NodeKind::percent:
        return unary(Op::percent, node, dst, node.value);
      case NodeKind::power: {
        // x^2 is x*x in double mode: the same correctly rounded square, without a call to pow.
        const std::optional<V>& exponent = folded_[children[1].node];
        if (std::is_same_v<V, double> && exponent && *exponent == V(2)) {
          const Operand a = generate(children[0].node, dst);
          emit(Op::mul, dst, a, a, 0, node.site);
          return result(dst);
        }
        return binary(Op::pow, children[0].node, children[1].node, dst, node.site);
      }
      case NodeKind::compare:
        return binary(compare_instruction(static_cast<CompareOp>(node.sub)), children[0].node,
                      children[1].node, dst, node.site);
      case NodeKind::sum_chain:
      case NodeKind::product_chain:
        return chain(node, dst);
      case NodeKind::and_chain:
      case NodeKind::or_chain:
        return logic(node, dst);
      case NodeKind::if_then_else:
        return choose(node, dst);
      case NodeKind::coalesce:
        return coalesce(node, dst);
      case NodeKind::builtin:
        return builtin(node, dst);
      case NodeKind::registered:
        return call(node, dst);
    }
    return constant(V(0));
  }

  Operand chain(const Node& node, std::uint16_t dst) {
    const Child* children = ast_.children_of(node);
    const bool product = node.kind == NodeKind::product_chain;
    const auto folded_one = [&](std::uint32_t child) {
      return product && folded_[child] && is_one(*folded_[child]);
    };
    Operand acc = generate(children[0].node, dst);
    bool acc_is_one = folded_one(children[0].node);
    for (std::uint32_t i = 1; i < node.child_count; ++i) {
      const Child& c = children[i];
      const bool times = product && c.op == 0;
      // x × 1 and 1 × x are x in both modes (×100% folds to × 1).
      if (times && folded_one(c.node)) continue;
      if (times && acc_is_one) {
        acc = generate(c.node, dst);
        acc_is_one = folded_one(c.node);
        continue;
      }
      const Operand b = generate(c.node, after(acc, dst));
      emit(chain_op(node.kind, c.op), dst, acc, b, 0, c.site);
      acc = result(dst);
      acc_is_one = false;
    }
    return acc;
  }

  Operand logic(const Node& node, std::uint16_t dst) {
    const bool is_and = node.kind == NodeKind::and_chain;
    const Child* children = ast_.children_of(node);
    std::vector<std::size_t> decided;
    for (std::uint32_t i = 0; i < node.child_count; ++i) {
      const std::optional<V>& known = folded_[children[i].node];
      if (known && V_truthy(*known) == is_and) continue;  // cannot decide the result
      const Operand c = generate(children[i].node, dst);
      decided.push_back(
          emit(is_and ? Op::jump_if_false : Op::jump_if_true, dst, c, {}, 0, node.site));
    }
    materialize(constant(V(is_and ? 1 : 0)), dst, node.site);
    const std::size_t skip = emit(Op::jump, dst, {}, {}, 0, node.site);
    for (const std::size_t at : decided)
      patch(at);
    materialize(constant(V(is_and ? 0 : 1)), dst, node.site);
    patch(skip);
    return result(dst);
  }

  static bool V_truthy(const V& value) { return !(value == V(0)); }

  Operand choose(const Node& node, std::uint16_t dst) {
    const Child* children = ast_.children_of(node);
    if (const std::optional<V>& known = folded_[children[0].node])
      return generate(children[V_truthy(*known) ? 1 : 2].node, dst);
    const Operand condition = generate(children[0].node, dst);
    const std::size_t to_else = emit(Op::jump_if_false, dst, condition, {}, 0, node.site);
    materialize(generate(children[1].node, dst), dst, node.site);
    const std::size_t to_end = emit(Op::jump, dst, {}, {}, 0, node.site);
    patch(to_else);
    materialize(generate(children[2].node, dst), dst, node.site);
    patch(to_end);
    return result(dst);
  }

  Operand coalesce(const Node& node, std::uint16_t dst) {
    const Child* children = ast_.children_of(node);
    std::vector<std::size_t> to_end;
    for (std::uint32_t i = 0; i < node.child_count; ++i) {
      const Node& argument = ast_.nodes[children[i].node];
      if (argument.kind != NodeKind::variable) {
        // An expression always has a value: later arguments are never reached.
        materialize(generate(children[i].node, dst), dst, node.site);
        break;
      }
      const Operand variable{Kind::variable, static_cast<std::uint16_t>(argument.value)};
      if (i + 1 == node.child_count) {
        emit(Op::mov_optional, dst, variable, {}, 0, argument.site);
        break;
      }
      const std::size_t to_next = emit(Op::jump_if_missing, dst, variable, {}, 0, argument.site);
      emit(Op::mov, dst, variable, {}, 0, argument.site);
      to_end.push_back(emit(Op::jump, dst, {}, {}, 0, node.site));
      patch(to_next);
    }
    for (const std::size_t at : to_end)
      patch(at);
    return result(dst);
  }

  Operand builtin(const Node& node, std::uint16_t dst) {
    const Child* children = ast_.children_of(node);
    switch (static_cast<Builtin>(node.sub)) {
      case Builtin::min:
        return reduce(Op::min, node, dst);
      case Builtin::max:
        return reduce(Op::max, node, dst);
      case Builtin::sum:
        return reduce(Op::add, node, dst);
      case Builtin::avg: {
        const Operand total = reduce(Op::add, node, dst);
        emit(Op::div, dst, total, constant(V(static_cast<std::int64_t>(node.child_count))), 0,
             node.site);
        return result(dst);
      }
      case Builtin::abs:
        return unary(Op::abs, node, dst);
      case Builtin::floor:
        return unary(Op::floor, node, dst);
      case Builtin::ceil:
        return unary(Op::ceil, node, dst);
      case Builtin::round: {
        const Operand a = generate(children[0].node, dst);
        const Operand b =
            node.child_count > 1 ? generate(children[1].node, after(a, dst)) : constant(V(0));
        emit(Op::round, dst, a, b, 0, node.site);
        return result(dst);
      }
      case Builtin::clamp: {
        binary(Op::max, children[0].node, children[1].node, dst, node.site);
        const Operand high = generate(children[2].node, static_cast<std::uint16_t>(dst + 1));
        emit(Op::min, dst, result(dst), high, 0, node.site);
        return result(dst);
      }
    }
    return constant(V(0));
  }

  Operand call(const Node& node, std::uint16_t dst) {
    const Child* children = ast_.children_of(node);
    for (std::uint32_t i = 0; i < node.child_count; ++i) {
      const auto reg = static_cast<std::uint16_t>(dst + i);
      use_register(reg, node.site);
      materialize(generate(children[i].node, reg), reg, node.site);
    }
    Instr& call = program_.code[emit(Op::call, dst, result(dst), {}, node.value, node.site)];
    call.b = static_cast<std::uint16_t>(node.child_count);
    return result(dst);
  }

  const Ast& ast_;
  const std::vector<std::optional<V>>& folded_;
  Program<V>& program_;
};

ResultKind result_kind_of(const Ast& ast) {
  const Node& root = ast.nodes[ast.root];
  switch (root.kind) {
    case NodeKind::compare:
    case NodeKind::logical_not:
    case NodeKind::and_chain:
    case NodeKind::or_chain:
      return ResultKind::boolean;
    case NodeKind::percent:
      return ResultKind::percent;
    case NodeKind::product_chain: {
      const Child& last = ast.children_of(root)[root.child_count - 1];
      const Node& factor = ast.nodes[last.node];
      if (last.op != 0 || factor.kind != NodeKind::percent || factor.value != 1)
        return ResultKind::number;
      const Node& hundred = ast.nodes[ast.children_of(factor)[0].node];
      if (hundred.kind == NodeKind::number && ast.numbers[hundred.value].exact == Decimal(100))
        return ResultKind::percent;
      return ResultKind::number;
    }
    default:
      return ResultKind::number;
  }
}

}  // namespace

void generate(const Ast& ast, Formula::Impl& impl) {
  const DoubleArithmetic double_arithmetic{impl.rounding};
  const ExactArithmetic exact_arithmetic{impl.scale, impl.rounding};
  const auto double_values = Folder<DoubleArithmetic>(ast, double_arithmetic).run();
  const auto exact_values = Folder<ExactArithmetic>(ast, exact_arithmetic).run();
  Generator<double>(ast, double_values, impl.fast).run();
  impl.fast_code = lower(impl.fast);
  impl.fast_code.variables = ast.variables.size();
  Generator<Decimal>(ast, exact_values, impl.exact).run();
  impl.kind = result_kind_of(ast);
}

}  // namespace jixiao::formula
