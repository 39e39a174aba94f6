// Lowering the double-mode program to specialised fast code, and the interpreter that runs it
// (fast_code.hpp says what the lowering does and why).
#include "formula/fast_code.hpp"

#include <bitset>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "formula/arithmetic.hpp"
#include "formula/compiled.hpp"
#include "formula/interpreter.hpp"

namespace jixiao::formula {

namespace {

// ---- lowering ---------------------------------------------------------------------------------

constexpr bool is_jump(Op op) noexcept {
  return op == Op::jump || op == Op::jump_if_false || op == Op::jump_if_true ||
         op == Op::jump_if_missing;
}

constexpr bool is_unary(Op op) noexcept {
  return op >= Op::neg && op <= Op::mov;
}

bool jumps(FastOp op) noexcept {
  return op == FastOp::jump || op == FastOp::jump_if_missing ||
         (op >= FastOp::jump_unless_less_RR && op <= FastOp::jump_when_not_equal_AA) ||
         (op >= FastOp::jump_if_false_R && op <= FastOp::jump_if_true_A);
}

/// Registers as one bit each (a program has at most 256).
using Registers = std::bitset<256>;

/// Registers instruction `in` reads.
Registers reads(const Instr& in) {
  Registers used;
  if (in.op == Op::call) {
    for (std::uint16_t i = 0; i < in.b; ++i)
      used.set(static_cast<std::size_t>(in.a + i));
    return used;
  }
  if (in.op == Op::jump || in.op == Op::jump_if_missing || in.op == Op::mov_optional) return used;
  if (in.ka == Kind::reg) used.set(in.a);
  if (is_binary(in.op) && in.kb == Kind::reg) used.set(in.b);
  return used;
}

bool writes(const Instr& in) noexcept {
  return is_binary(in.op) || is_unary(in.op) || in.op == Op::mov_optional || in.op == Op::call;
}

/// Instructions that may run after `pc` (the fall-through one first).
template <class Visit>
void successors(const std::vector<Instr>& code, std::size_t pc, Visit visit) {
  const Instr& in = code[pc];
  if (in.op == Op::ret) return;
  if (in.op != Op::jump && pc + 1 < code.size()) visit(pc + 1);
  if (is_jump(in.op)) visit(static_cast<std::size_t>(in.aux));
}

/// Jumps to jumps go straight to the end of the chain; a jump to `ret` is that `ret`; `mov r, x`
/// followed by `ret r` is `ret x`. Repeated until nothing changes (each round only shortens paths;
/// the bound on rounds only matters for a cycle of jumps, which the generator does not emit).
void thread_jumps(std::vector<Instr>& code) {
  bool changed = true;
  for (std::size_t round = 0; changed && round <= code.size(); ++round) {
    changed = false;
    for (Instr& in : code) {
      if (!is_jump(in.op)) continue;
      std::uint32_t target = in.aux;
      for (std::size_t steps = 0; steps < code.size() && code[target].op == Op::jump; ++steps)
        target = code[target].aux;
      if (target != in.aux) {
        in.aux = target;
        changed = true;
      }
      if (in.op == Op::jump && code[target].op == Op::ret) {
        in = code[target];
        changed = true;
      }
    }
    for (std::size_t pc = 0; pc + 1 < code.size(); ++pc) {
      Instr& in = code[pc];
      const Instr& next = code[pc + 1];
      if (in.op == Op::mov && next.op == Op::ret && next.ka == Kind::reg && next.a == in.dst) {
        Instr ret = next;
        ret.ka = in.ka;
        ret.a = in.a;
        in = ret;
        changed = true;
      }
    }
  }
}

struct Flow {
  std::vector<bool> reachable;
  std::vector<bool> jumped_to;  // target of a reachable jump
  std::vector<Registers> live_after;
};

Flow analyse(const std::vector<Instr>& code) {
  const std::size_t size = code.size();
  Flow flow;
  flow.reachable.assign(size, false);
  flow.jumped_to.assign(size, false);
  std::vector<std::size_t> pending{0};
  flow.reachable[0] = true;
  while (!pending.empty()) {
    const std::size_t pc = pending.back();
    pending.pop_back();
    if (is_jump(code[pc].op)) flow.jumped_to[code[pc].aux] = true;
    successors(code, pc, [&](std::size_t next) {
      if (!flow.reachable[next]) {
        flow.reachable[next] = true;
        pending.push_back(next);
      }
    });
  }
  // Backward liveness to a fixed point (the generator only jumps forward, so one pass usually
  // settles it; the loop does not rely on that).
  std::vector<Registers> live_before(size);
  flow.live_after.assign(size, Registers());
  bool changed = true;
  while (changed) {
    changed = false;
    for (std::size_t i = size; i-- > 0;) {
      Registers after;
      successors(code, i, [&](std::size_t next) { after |= live_before[next]; });
      Registers before = after;
      if (writes(code[i])) before.reset(code[i].dst);
      before |= reads(code[i]);
      if (after != flow.live_after[i] || before != live_before[i]) {
        flow.live_after[i] = after;
        live_before[i] = before;
        changed = true;
      }
    }
  }
  return flow;
}

/// Where a fast instruction finds an operand (the letters of the opcode names).
enum class Fetch : std::uint8_t { R, V, K, A };

Fetch fetch_of(Kind kind) noexcept {
  switch (kind) {
    case Kind::reg:
      return Fetch::R;
    case Kind::constant:
      return Fetch::K;
    case Kind::variable:
      break;
  }
  return Fetch::V;
}

/// The specialised opcode of a binary operation, or generic.
FastOp binary_opcode(Op op, Fetch a, Fetch b) noexcept {
#define JIXIAO_PICK(name, A, B) \
  if (a == Fetch::A && b == Fetch::B) return FastOp::name##_##A##B;
#define JIXIAO_PICK_OP(name)                     \
  case Op::name:                                 \
    JIXIAO_FAST_OPERAND_PAIRS(JIXIAO_PICK, name) \
    break;
  switch (op) {
    JIXIAO_FAST_BINARY_OPS(JIXIAO_PICK_OP)
    default:
      break;
  }
  return FastOp::generic;
#undef JIXIAO_PICK
#undef JIXIAO_PICK_OP
}

/// The compare-and-jump opcode: jump when the comparison is `when`.
FastOp branch_opcode(Op op, Fetch a, Fetch b, bool when) noexcept {
#define JIXIAO_PICK(name, A, B)       \
  if (a == Fetch::A && b == Fetch::B) \
    return when ? FastOp::jump_when_##name##_##A##B : FastOp::jump_unless_##name##_##A##B;
#define JIXIAO_PICK_OP(name)                     \
  case Op::name:                                 \
    JIXIAO_FAST_OPERAND_PAIRS(JIXIAO_PICK, name) \
    break;
  switch (op) {
    JIXIAO_FAST_COMPARE_OPS(JIXIAO_PICK_OP)
    default:
      break;
  }
  return FastOp::generic;
#undef JIXIAO_PICK
#undef JIXIAO_PICK_OP
}

/// The opcode of a one-operand form (no constant operand: those were folded), or generic.
FastOp unary_opcode(Op op, Fetch a) noexcept {
#define JIXIAO_PICK_OP(name)                    \
  case Op::name:                                \
    if (a == Fetch::R) return FastOp::name##_R; \
    if (a == Fetch::V) return FastOp::name##_V; \
    if (a == Fetch::A) return FastOp::name##_A; \
    break;
  switch (op) {
    JIXIAO_PICK_OP(neg)
    JIXIAO_PICK_OP(abs)
    JIXIAO_PICK_OP(floor)
    JIXIAO_PICK_OP(ceil)
    JIXIAO_PICK_OP(logical_not)
    JIXIAO_PICK_OP(percent)
    case Op::pow:  // x ^ n, n a constant positive integer (cube: x ^ 3, see lower)
      if (a == Fetch::R) return FastOp::power_R;
      if (a == Fetch::V) return FastOp::power_V;
      if (a == Fetch::A) return FastOp::power_A;
      break;
    default:
      break;
  }
  return FastOp::generic;
#undef JIXIAO_PICK_OP
}

/// The opcode of mov, jump_if_false, jump_if_true and ret, by the kind of their operand.
FastOp single_opcode(Op op, Fetch a) noexcept {
#define JIXIAO_PICK_OP(op_name, name) \
  case Op::op_name:                   \
    switch (a) {                      \
      case Fetch::R:                  \
        return FastOp::name##_R;      \
      case Fetch::V:                  \
        return FastOp::name##_V;      \
      case Fetch::K:                  \
        return FastOp::name##_K;      \
      case Fetch::A:                  \
        return FastOp::name##_A;      \
    }                                 \
    break;
  switch (op) {
    JIXIAO_PICK_OP(mov, mov)
    JIXIAO_PICK_OP(jump_if_false, jump_if_false)
    JIXIAO_PICK_OP(jump_if_true, jump_if_true)
    JIXIAO_PICK_OP(ret, ret)
    default:
      break;
  }
  return FastOp::generic;
#undef JIXIAO_PICK_OP
}

/// The checks a specialised instruction makes: a non-constant operand of an operation that could
/// hide ±∞ or NaN. The generator's flags must say the same, or the instruction stays generic.
std::uint8_t specialised_checks(Op op, Kind a, Kind b) noexcept {
  const bool both = is_compare(op) || op == Op::min || op == Op::max || op == Op::pow ||
                    op == Op::logical_not || op == Op::jump_if_false || op == Op::jump_if_true;
  std::uint8_t flags = 0;
  if (both && a != Kind::constant) flags |= check_a;
  if ((both || op == Op::div) && is_binary(op) && b != Kind::constant) flags |= check_b;
  return flags;
}

}  // namespace

FastCode lower(const Program<double>& program) {
  std::vector<Instr> code = program.code;
  thread_jumps(code);
  const Flow flow = analyse(code);
  // Operands an instruction does not use are marked as constant 0, which may not exist.
  const auto uses_a = [](const Instr& in) {
    return in.op != Op::jump && in.op != Op::jump_if_missing && in.op != Op::mov_optional &&
           in.op != Op::call;
  };

  FastCode fast;
  std::vector<std::uint32_t> new_pc(code.size(), 0);
  // The register the previous instruction wrote, when control can only come from there.
  int accumulated = -1;
  for (std::size_t pc = 0; pc < code.size(); ++pc) {
    if (!flow.reachable[pc]) {
      accumulated = -1;
      continue;
    }
    const Instr& in = code[pc];
    if (flow.jumped_to[pc]) accumulated = -1;
    new_pc[pc] = static_cast<std::uint32_t>(fast.code.size());
    const auto fetch = [&](Kind kind, std::uint16_t index) {
      if (kind == Kind::reg && static_cast<int>(index) == accumulated) return Fetch::A;
      return fetch_of(kind);
    };
    FastInstr out;
    out.dst = in.dst;
    out.a = in.a;
    out.b = in.b;
    out.aux = in.aux;
    if (uses_a(in) && in.ka == Kind::constant)
      out.k = program.constants[in.a];
    else if (is_binary(in.op) && in.kb == Kind::constant)
      out.k = program.constants[in.b];
    const Fetch a = uses_a(in) ? fetch(in.ka, in.a) : Fetch::R;
    const Fetch b = is_binary(in.op) ? fetch(in.kb, in.b) : Fetch::R;
    const bool checks_as_generated = in.flags == specialised_checks(in.op, in.ka, in.kb);
    const bool two_constants = a == Fetch::K && b == Fetch::K;

    if (is_compare(in.op) && pc + 1 < code.size() && !two_constants && checks_as_generated) {
      // cmp r, x, y; jump_if_false/true r → one instruction, when r is not read afterwards.
      const Instr& next = code[pc + 1];
      if ((next.op == Op::jump_if_false || next.op == Op::jump_if_true) && next.ka == Kind::reg &&
          next.a == in.dst && !flow.jumped_to[pc + 1] && !flow.live_after[pc + 1].test(in.dst)) {
        out.op = branch_opcode(in.op, a, b, next.op == Op::jump_if_true);
        out.aux = next.aux;
        fast.code.push_back(out);
        new_pc[pc + 1] = new_pc[pc];
        ++pc;
        accumulated = -1;
        continue;
      }
    }

    // Control and moves check as the generator does by construction; an arithmetic instruction
    // whose flags say otherwise, or that has two constants, runs generic.
    out.op = FastOp::generic;
    if (in.op == Op::mov || in.op == Op::jump_if_false || in.op == Op::jump_if_true ||
        in.op == Op::ret) {
      out.op = single_opcode(in.op, a);
    } else if (in.op == Op::mov_optional) {  // a missing value is NaN and reaches the final check
      out.op = FastOp::mov_V;
    } else if (in.op == Op::jump) {
      out.op = FastOp::jump;
    } else if (in.op == Op::jump_if_missing) {
      out.op = FastOp::jump_if_missing;
    } else if (!checks_as_generated || two_constants) {
      // stays generic
    } else if (in.op == Op::pow) {
      const double exponent = in.kb == Kind::constant ? program.constants[in.b] : 0;
      if (exponent >= 1 && exponent <= max_integer_exponent && exponent == std::trunc(exponent)) {
        out.op = unary_opcode(Op::pow, a);
        out.aux = static_cast<std::uint32_t>(exponent);
        if (exponent == 3)  // power_R/V/A → cube_R/V/A
          out.op = static_cast<FastOp>(
              static_cast<unsigned>(out.op) +
              (static_cast<unsigned>(FastOp::cube_R) - static_cast<unsigned>(FastOp::power_R)));
      }
    } else if (is_binary(in.op)) {
      out.op = binary_opcode(in.op, a, b);
    } else if (is_unary(in.op)) {
      out.op = unary_opcode(in.op, a);
    }
    if (out.op == FastOp::generic) out.aux = static_cast<std::uint32_t>(pc);
    fast.code.push_back(out);
    // Every instruction that writes its register also leaves the value in the accumulator.
    accumulated = writes(in) ? in.dst : -1;
  }
  for (FastInstr& in : fast.code)
    if (jumps(in.op)) in.aux = new_pc[in.aux];
  return fast;
}

// ---- the interpreter --------------------------------------------------------------------------

namespace {

/// An instruction the lowering left generic (round, registered functions, pow with a variable or
/// non-integer exponent, operations on two constants), with the fast path's rules: checks as the
/// generator's flags say, non-finite results flow on. False: ask the checked interpreter.
[[gnu::noinline]] bool generic_step(const Formula::Impl& impl, const Instr& in, double* registers,
                                    const double* variables) noexcept {
  if (in.op == Op::call) {
    for (std::uint16_t i = 0; i < in.b; ++i)
      if (!is_finite(registers[in.a + i])) return false;
    Reason why;
    return call_function(impl.functions[in.aux], std::span<const double>(registers + in.a, in.b),
                         registers[in.dst], why) == EvalStatus::ok;
  }
  const auto operand = [&](Kind kind, std::uint16_t index) {
    switch (kind) {
      case Kind::reg:
        return registers[index];
      case Kind::constant:
        return impl.fast.constants[index];
      case Kind::variable:
        break;
    }
    return variables[index];
  };
  const double x = operand(in.ka, in.a);
  if ((in.flags & check_a) != 0 && !is_finite(x)) return false;
  if (!is_binary(in.op)) {
    registers[in.dst] = flow_unary(in.op, x, in.aux);
    return true;
  }
  const double y = operand(in.kb, in.b);
  if ((in.flags & check_b) != 0 && !is_finite(y)) return false;
  if (in.op == Op::pow || in.op == Op::round) {
    Reason why;
    return DoubleArithmetic{impl.rounding}.binary(in.op, x, y, registers[in.dst], why) ==
           EvalStatus::ok;
  }
  registers[in.dst] = flow_binary(in.op, x, y);
  return true;
}

EvalStatus resume_with_calls(const Formula::Impl& impl, const double* variables, double& out,
                             EvalFailure* failure, MissingValueStrategy missing, double* registers,
                             const FastInstr* ip, double acc) noexcept;

/// Runs the fast code from `ip` with `acc` the previous instruction's value. Where a value is not
/// finite, the checked interpreter takes over from the start. The instantiation without calls
/// (Calls = false) is the common one: a loop without calls keeps its state in call-clobbered
/// registers, so the evaluation saves and restores none. Its first generic instruction hands the
/// rest of the run to the instantiation with calls.
template <bool Calls>
[[gnu::always_inline]] inline EvalStatus execute(const Formula::Impl& impl, const double* variables,
                                                 double& out, EvalFailure* failure,
                                                 MissingValueStrategy missing, double* registers,
                                                 const FastInstr* ip, double acc) noexcept {
  const FastInstr* const code = impl.fast_code.code.data();

  // Operand fetch and check by kind letter; a constant is never checked (a folded constant is
  // finite, and the generator does not flag constants either).
#define JIXIAO_OPERAND_R(field) registers[ip->field]
#define JIXIAO_OPERAND_V(field) variables[ip->field]
#define JIXIAO_OPERAND_K(field) ip->k
#define JIXIAO_OPERAND_A(field) acc
#define JIXIAO_CHECKED_R true
#define JIXIAO_CHECKED_V true
#define JIXIAO_CHECKED_K false
#define JIXIAO_CHECKED_A true
  // Which operations check their operands (specialised_checks above; div checks its divisor).
#define JIXIAO_CHECKS_add false
#define JIXIAO_CHECKS_sub false
#define JIXIAO_CHECKS_mul false
#define JIXIAO_CHECKS_div false
#define JIXIAO_CHECKS_less true
#define JIXIAO_CHECKS_less_equal true
#define JIXIAO_CHECKS_greater true
#define JIXIAO_CHECKS_greater_equal true
#define JIXIAO_CHECKS_equal true
#define JIXIAO_CHECKS_not_equal true
#define JIXIAO_CHECKS_min true
#define JIXIAO_CHECKS_max true
  // Every value goes to its register (later instructions may read it) and to the accumulator.
#define JIXIAO_PRODUCE(value) \
  do {                        \
    acc = (value);            \
    registers[ip->dst] = acc; \
    ++ip;                     \
  } while (false)

#define JIXIAO_BINARY_CASE(name, A, B)                                                        \
  case FastOp::name##_##A##B: {                                                               \
    const double x = JIXIAO_OPERAND_##A(a);                                                   \
    const double y = JIXIAO_OPERAND_##B(b);                                                   \
    if (JIXIAO_CHECKS_##name && JIXIAO_CHECKED_##A && !is_finite(x)) goto not_finite;         \
    if ((JIXIAO_CHECKS_##name || Op::name == Op::div) && JIXIAO_CHECKED_##B && !is_finite(y)) \
      goto not_finite;                                                                        \
    JIXIAO_PRODUCE(flow_binary(Op::name, x, y));                                              \
    continue;                                                                                 \
  }
#define JIXIAO_BINARY_CASES(name) JIXIAO_FAST_OPERAND_PAIRS(JIXIAO_BINARY_CASE, name)

#define JIXIAO_BRANCH_ONE(opcode, name, A, B, when)                 \
  case FastOp::opcode: {                                            \
    const double x = JIXIAO_OPERAND_##A(a);                         \
    const double y = JIXIAO_OPERAND_##B(b);                         \
    if (JIXIAO_CHECKED_##A && !is_finite(x)) goto not_finite;       \
    if (JIXIAO_CHECKED_##B && !is_finite(y)) goto not_finite;       \
    ip = holds(Op::name, x, y) == (when) ? code + ip->aux : ip + 1; \
    continue;                                                       \
  }
#define JIXIAO_BRANCH_CASE(name, A, B)                              \
  JIXIAO_BRANCH_ONE(jump_unless_##name##_##A##B, name, A, B, false) \
  JIXIAO_BRANCH_ONE(jump_when_##name##_##A##B, name, A, B, true)
#define JIXIAO_BRANCH_CASES(name) JIXIAO_FAST_OPERAND_PAIRS(JIXIAO_BRANCH_CASE, name)

#define JIXIAO_UNARY_CASE(name, A, checked)           \
  case FastOp::name##_##A: {                          \
    const double x = JIXIAO_OPERAND_##A(a);           \
    if ((checked) && !is_finite(x)) goto not_finite;  \
    JIXIAO_PRODUCE(flow_unary(Op::name, x, ip->aux)); \
    continue;                                         \
  }
#define JIXIAO_UNARY_CASES(name, checked) \
  JIXIAO_UNARY_CASE(name, R, checked)     \
  JIXIAO_UNARY_CASE(name, V, checked)     \
  JIXIAO_UNARY_CASE(name, A, checked)

  // A result that repeated multiplication cannot give exactly enough (a base of ±∞ or NaN,
  // underflow, overflow) is left to the checked interpreter's std::pow.
#define JIXIAO_POWER_CASE(opcode, A, exponent)                                  \
  case FastOp::opcode##_##A: {                                                  \
    double p = 0;                                                               \
    if (!multiplied_power(JIXIAO_OPERAND_##A(a), exponent, p)) goto not_finite; \
    JIXIAO_PRODUCE(p);                                                          \
    continue;                                                                   \
  }
#define JIXIAO_POWER_CASES(A)                            \
  JIXIAO_POWER_CASE(power, A, static_cast<int>(ip->aux)) \
  JIXIAO_POWER_CASE(cube, A, 3)

#define JIXIAO_MOV_CASE(A)                 \
  case FastOp::mov_##A:                    \
    JIXIAO_PRODUCE(JIXIAO_OPERAND_##A(a)); \
    continue;

#define JIXIAO_JUMP_IF_CASE(A, when)                                                         \
  case FastOp::jump_if_##when##_##A: {                                                       \
    const double x = JIXIAO_OPERAND_##A(a);                                                  \
    if (JIXIAO_CHECKED_##A && !is_finite(x)) goto not_finite;                                \
    ip = (x != 0) == (FastOp::jump_if_##when##_R == FastOp::jump_if_true_R) ? code + ip->aux \
                                                                            : ip + 1;        \
    continue;                                                                                \
  }

#define JIXIAO_RET_CASE(A)                  \
  case FastOp::ret_##A: {                   \
    const double x = JIXIAO_OPERAND_##A(a); \
    if (!is_finite(x)) goto not_finite;     \
    out = x;                                \
    return EvalStatus::ok;                  \
  }

  for (;;) {
    switch (ip->op) {
      JIXIAO_FAST_BINARY_OPS(JIXIAO_BINARY_CASES)
      JIXIAO_FAST_COMPARE_OPS(JIXIAO_BRANCH_CASES)
      JIXIAO_UNARY_CASES(neg, false)
      JIXIAO_UNARY_CASES(abs, false)
      JIXIAO_UNARY_CASES(floor, false)
      JIXIAO_UNARY_CASES(ceil, false)
      JIXIAO_UNARY_CASES(logical_not, true)
      JIXIAO_UNARY_CASES(percent, false)
      JIXIAO_POWER_CASES(R)
      JIXIAO_POWER_CASES(V)
      JIXIAO_POWER_CASES(A)
      JIXIAO_MOV_CASE(R)
      JIXIAO_MOV_CASE(V)
      JIXIAO_MOV_CASE(K)
      JIXIAO_MOV_CASE(A)
      JIXIAO_JUMP_IF_CASE(R, false)
      JIXIAO_JUMP_IF_CASE(V, false)
      JIXIAO_JUMP_IF_CASE(K, false)
      JIXIAO_JUMP_IF_CASE(A, false)
      JIXIAO_JUMP_IF_CASE(R, true)
      JIXIAO_JUMP_IF_CASE(V, true)
      JIXIAO_JUMP_IF_CASE(K, true)
      JIXIAO_JUMP_IF_CASE(A, true)
      case FastOp::jump:
        ip = code + ip->aux;
        continue;
      case FastOp::jump_if_missing:
        ip = std::isnan(variables[ip->a]) ? code + ip->aux : ip + 1;
        continue;
        JIXIAO_RET_CASE(R)
        JIXIAO_RET_CASE(V)
        JIXIAO_RET_CASE(K)
        JIXIAO_RET_CASE(A)
      case FastOp::generic: {
        if constexpr (!Calls) {
          return resume_with_calls(impl, variables, out, failure, missing, registers, ip, acc);
        } else {
          const Instr& in = impl.fast.code[ip->aux];
          if (!generic_step(impl, in, registers, variables)) goto not_finite;
          acc = registers[in.dst];  // what the generic instruction produced
          ++ip;
          continue;
        }
      }
      case FastOp::count:
        break;
    }
    __builtin_unreachable();  // lower() emits no other opcode
  }
not_finite:
  return evaluate_double_checked(impl, variables, out, failure, missing);

#undef JIXIAO_OPERAND_R
#undef JIXIAO_OPERAND_V
#undef JIXIAO_OPERAND_K
#undef JIXIAO_OPERAND_A
#undef JIXIAO_CHECKED_R
#undef JIXIAO_CHECKED_V
#undef JIXIAO_CHECKED_K
#undef JIXIAO_CHECKED_A
#undef JIXIAO_CHECKS_add
#undef JIXIAO_CHECKS_sub
#undef JIXIAO_CHECKS_mul
#undef JIXIAO_CHECKS_div
#undef JIXIAO_CHECKS_less
#undef JIXIAO_CHECKS_less_equal
#undef JIXIAO_CHECKS_greater
#undef JIXIAO_CHECKS_greater_equal
#undef JIXIAO_CHECKS_equal
#undef JIXIAO_CHECKS_not_equal
#undef JIXIAO_CHECKS_min
#undef JIXIAO_CHECKS_max
#undef JIXIAO_PRODUCE
#undef JIXIAO_BINARY_CASE
#undef JIXIAO_BINARY_CASES
#undef JIXIAO_BRANCH_ONE
#undef JIXIAO_BRANCH_CASE
#undef JIXIAO_BRANCH_CASES
#undef JIXIAO_UNARY_CASE
#undef JIXIAO_UNARY_CASES
#undef JIXIAO_POWER_CASE
#undef JIXIAO_POWER_CASES
#undef JIXIAO_MOV_CASE
#undef JIXIAO_JUMP_IF_CASE
#undef JIXIAO_RET_CASE
}

[[gnu::noinline]] EvalStatus resume_with_calls(const Formula::Impl& impl, const double* variables,
                                               double& out, EvalFailure* failure,
                                               MissingValueStrategy missing, double* registers,
                                               const FastInstr* ip, double acc) noexcept {
  return execute<true>(impl, variables, out, failure, missing, registers, ip, acc);
}

}  // namespace

EvalStatus evaluate_double_row(const Formula::Impl& impl, const double* values, double& result,
                               EvalFailure* failure, MissingValueStrategy missing) noexcept {
  double registers[256];
  return execute<false>(impl, values, result, failure, missing, registers,
                        impl.fast_code.code.data(), 0);
}

}  // namespace jixiao::formula
