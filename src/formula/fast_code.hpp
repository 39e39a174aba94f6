// The double-mode program specialised for one evaluation at a time (internal).
//
// The register program of program.hpp is general: each instruction says, at run time, where its
// operands live (register, constant or variable) and which of them to check. A formula is small
// (rate is one division) and the per-evaluation cost is mostly that interpretation, so the fast
// double path runs a lowered copy in which the operand kinds are part of the opcode and constants
// sit inside the instruction. The lowering also does what the generic program cannot express
// cheaply:
//
// - the value the previous instruction computed is an operand of its own kind (A, the
//   accumulator): the interpreter keeps it in a local, so a chain such as a*a + b*b + c*c does not
//   wait for each intermediate result to go through memory (it is still stored in its register
//   for later readers);
// - a comparison followed by a conditional jump on its result is one instruction, when nothing
//   else reads the comparison's register (found by liveness analysis);
// - a jump to a `ret` is that `ret`, and `mov r, x` followed by `ret r` is `ret x`;
// - `x ^ n` for a constant integer 1 ≤ n ≤ max_integer_exponent multiplies (multiplied_power in
//   arithmetic.hpp, what the checked interpreter reaches through power()), with its own opcode
//   for the common n = 3.
//
// Every other instruction (round, registered functions, pow with a variable exponent, an operation
// on two constants that folding left for run time) keeps the generic form and is executed by a
// shared slow step, so the fast path covers the whole language with the generic semantics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "formula/program.hpp"

namespace jixiao::formula {

// Operand kinds in opcode names: R a register, V an input variable, K the constant in the
// instruction, A the result of the previous instruction. Two constants never meet here (folding
// removed them, or the generic step runs).
// One pair a line; clang-format 14 folds the end of such a list into one long line.
// clang-format off
#define JIXIAO_FAST_OPERAND_PAIRS(X, op) \
  X(op, R, R) \
  X(op, R, V) \
  X(op, R, K) \
  X(op, R, A) \
  X(op, V, R) \
  X(op, V, V) \
  X(op, V, K) \
  X(op, V, A) \
  X(op, K, R) \
  X(op, K, V) \
  X(op, K, A) \
  X(op, A, R) \
  X(op, A, V) \
  X(op, A, K) \
  X(op, A, A)
// clang-format on

// Binary operations; the last eight check their non-constant operands for ±∞/NaN (so does div,
// for its divisor), exactly as the check flags of the generic program say.
#define JIXIAO_FAST_BINARY_OPS(X) \
  X(add)                          \
  X(sub)                          \
  X(mul)                          \
  X(div)                          \
  X(less)                         \
  X(less_equal)                   \
  X(greater)                      \
  X(greater_equal)                \
  X(equal)                        \
  X(not_equal)                    \
  X(min)                          \
  X(max)

#define JIXIAO_FAST_COMPARE_OPS(X) \
  X(less)                          \
  X(less_equal)                    \
  X(greater)                       \
  X(greater_equal)                 \
  X(equal)                         \
  X(not_equal)

// One-operand operations on a register, a variable or the accumulator (constants were folded).
#define JIXIAO_FAST_UNARY_OPS(X) \
  X(neg)                         \
  X(abs)                         \
  X(floor)                       \
  X(ceil)                        \
  X(logical_not)                 \
  X(percent)                     \
  X(power)                       \
  X(cube)

#define JIXIAO_FAST_BINARY_ENUM(op, A, B) op##_##A##B,
#define JIXIAO_FAST_BINARY_ENUMS(op) JIXIAO_FAST_OPERAND_PAIRS(JIXIAO_FAST_BINARY_ENUM, op)
#define JIXIAO_FAST_BRANCH_ENUM(op, A, B) jump_unless_##op##_##A##B, jump_when_##op##_##A##B,
#define JIXIAO_FAST_BRANCH_ENUMS(op) JIXIAO_FAST_OPERAND_PAIRS(JIXIAO_FAST_BRANCH_ENUM, op)
#define JIXIAO_FAST_UNARY_ENUMS(op) op##_R, op##_V, op##_A,

enum class FastOp : std::uint16_t {
  JIXIAO_FAST_BINARY_OPS(JIXIAO_FAST_BINARY_ENUMS)   // dst = a OP b
  JIXIAO_FAST_COMPARE_OPS(JIXIAO_FAST_BRANCH_ENUMS)  // if !(a OP b) / if (a OP b): pc = aux
  JIXIAO_FAST_UNARY_OPS(JIXIAO_FAST_UNARY_ENUMS)     // dst = OP a (percent: aux times;
                                                     // power: exponent aux ≥ 1; cube: a^3)
  mov_R,
  mov_V,
  mov_K,
  mov_A,
  jump_if_false_R,
  jump_if_false_V,
  jump_if_false_K,
  jump_if_false_A,
  jump_if_true_R,
  jump_if_true_V,
  jump_if_true_K,
  jump_if_true_A,
  jump,             // pc = aux
  jump_if_missing,  // variable a is NaN: pc = aux
  ret_R,
  ret_V,
  ret_K,
  ret_A,
  generic,  // run generic instruction aux with the shared slow step
  count,
};

#undef JIXIAO_FAST_BINARY_ENUM
#undef JIXIAO_FAST_BINARY_ENUMS
#undef JIXIAO_FAST_BRANCH_ENUM
#undef JIXIAO_FAST_BRANCH_ENUMS
#undef JIXIAO_FAST_UNARY_ENUMS

struct FastInstr {
  FastOp op = FastOp::ret_K;
  std::uint16_t dst = 0;
  std::uint16_t a = 0;
  std::uint16_t b = 0;
  std::uint32_t aux = 0;  // jump target, % count, integer exponent or generic instruction
  double k = 0;           // the constant operand
};

struct FastCode {
  std::vector<FastInstr> code;
  std::size_t variables = 0;  // values per evaluation (the formula's variable count)
};

/// Lowers the double-mode program (see the comment at the top).
FastCode lower(const Program<double>& program);

}  // namespace jixiao::formula
