// The compiled form of a formula: a flat register program (internal).
//
// Each instruction reads up to two operands — a register, a constant or an input variable — and
// writes one register, so `a/b×100%` (after folding ×1) is a single `div`. The same program shape
// serves both modes; each mode has its own program because constant folding differs (1/3 in
// double is not 1/3 in Decimal).
#pragma once

#include <cstdint>
#include <vector>

#include "jixiao/decimal.hpp"

namespace jixiao::formula {

enum class Op : std::uint8_t {
  // binary: dst = a OP b
  add,
  sub,
  mul,
  div,
  pow,
  less,
  less_equal,
  greater,
  greater_equal,
  equal,
  not_equal,
  min,
  max,
  round,  // b = number of decimals
  // unary: dst = OP a
  neg,
  abs,
  floor,
  ceil,
  logical_not,
  percent,  // aux = how many '%'
  mov,
  // control and special forms
  jump,             // pc = aux
  jump_if_false,    // if a == 0: pc = aux
  jump_if_true,     // if a != 0: pc = aux
  jump_if_missing,  // a is a variable; if it has no value: pc = aux
  mov_optional,     // dst = variable a, the last argument of coalesce()
  call,             // dst = functions[aux](registers a … a + b − 1)
  ret,              // the result is operand a
};

enum class Kind : std::uint8_t { reg, constant, variable };

/// Operand checks of the fast double path (docs: an operation that can hide ±∞ or NaN checks its
/// inputs; everything else lets them flow to the final check).
inline constexpr std::uint8_t check_a = 1;
inline constexpr std::uint8_t check_b = 2;

struct Instr {
  Op op = Op::ret;
  Kind ka = Kind::reg;
  Kind kb = Kind::reg;
  std::uint8_t flags = 0;
  std::uint16_t dst = 0;
  std::uint16_t a = 0;
  std::uint16_t b = 0;
  std::uint32_t aux = 0;
};
static_assert(sizeof(Instr) == 16);

template <class Value>
struct Program {
  std::vector<Instr> code;
  std::vector<std::uint32_t> site_of;  // per instruction: index into the formula's sites
  std::vector<Value> constants;
  std::uint16_t registers = 0;
  /// No jumps, no calls, no coalesce: the batch path may run it a block of rows at a time.
  bool straight = true;
};

constexpr bool is_binary(Op op) noexcept {
  return op <= Op::round;
}
constexpr bool is_compare(Op op) noexcept {
  return op >= Op::less && op <= Op::not_equal;
}

}  // namespace jixiao::formula
