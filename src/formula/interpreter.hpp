// The interpreters (internal).
//
// - run_checked: every operation checked, every missing value handled per the strategy; used for
//   exact mode and, in double mode, whenever the fast path saw a non-finite value.
// - the fast code (double only, fast_code.hpp): no per-operation checks except on the operations
//   that could hide an infinity or NaN (comparisons, min/max, pow, round, not, conditions,
//   divisors); any non-finite value ends in the final check, and the checked interpreter then
//   re-runs the row to say exactly what went wrong and where. Evaluation is pure, so the re-run
//   sees the same values.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>

#include "formula/arithmetic.hpp"
#include "formula/compiled.hpp"
#include "formula/program.hpp"

namespace jixiao::formula {

/// How a checked run ended. `slot` ≥ 0 names a variable; otherwise `pc` names the instruction.
struct Outcome {
  EvalStatus status = EvalStatus::ok;
  std::uint32_t pc = 0;
  std::int32_t slot = -1;
  Reason why;
};

/// The skip decision of skip_if_any_missing / skip_if_all_missing (docs/formula.md §7).
template <class Source>
bool skipped(const Formula::Impl& impl, const Source& source, MissingValueStrategy strategy) {
  if (strategy != MissingValueStrategy::skip_if_any_missing &&
      strategy != MissingValueStrategy::skip_if_all_missing)
    return false;
  const std::size_t count = impl.variables.size();
  if (strategy == MissingValueStrategy::skip_if_any_missing) {
    for (std::size_t slot = 0; slot < count; ++slot)
      if (impl.required[slot] != 0 && !source.present(slot)) return true;
    return false;
  }
  if (count == 0) return false;
  for (std::size_t slot = 0; slot < count; ++slot)
    if (source.present(slot)) return false;
  return true;
}

template <class Arith, class Source, std::size_t Capacity>
Outcome run_checked_with(const Formula::Impl& impl, const Program<typename Arith::Value>& program,
                         const Arith& arith, const Source& source, MissingValueStrategy strategy,
                         typename Arith::Value& out) noexcept {
  using V = typename Arith::Value;
  Outcome outcome;
  if (skipped(impl, source, strategy)) {
    outcome.status = EvalStatus::no_value;
    return outcome;
  }
  V registers[Capacity];
  V first_scratch{};
  V second_scratch{};
  const V* constants = program.constants.data();
  const Instr* code = program.code.data();

  // A variable read outside coalesce(): missing is an error or zero, infinite input an error.
  const auto fetch = [&](Kind kind, std::uint16_t index, V& scratch) -> const V* {
    switch (kind) {
      case Kind::reg:
        return &registers[index];
      case Kind::constant:
        return &constants[index];
      case Kind::variable:
        break;
    }
    if (!source.get(index, scratch)) {
      if (strategy == MissingValueStrategy::error ||
          strategy == MissingValueStrategy::skip_if_any_missing) {
        outcome.status = strategy == MissingValueStrategy::error ? EvalStatus::missing_value
                                                                 : EvalStatus::no_value;
        outcome.slot = index;
        return nullptr;
      }
      scratch = Arith::zero();
    } else if (!Arith::valid_input(scratch)) {
      outcome.status = EvalStatus::invalid_input;
      outcome.slot = index;
      return nullptr;
    }
    return &scratch;
  };

  for (std::uint32_t pc = 0;; ++pc) {
    const Instr& in = code[pc];
    outcome.pc = pc;
    if (is_binary(in.op)) {
      const V* a = fetch(in.ka, in.a, first_scratch);
      if (a == nullptr) return outcome;
      const V* b = fetch(in.kb, in.b, second_scratch);
      if (b == nullptr) return outcome;
      outcome.status = arith.binary(in.op, *a, *b, registers[in.dst], outcome.why);
      if (outcome.status != EvalStatus::ok) return outcome;
      continue;
    }
    switch (in.op) {
      case Op::neg:
      case Op::abs:
      case Op::floor:
      case Op::ceil:
      case Op::logical_not:
      case Op::percent:
      case Op::mov: {
        const V* a = fetch(in.ka, in.a, first_scratch);
        if (a == nullptr) return outcome;
        outcome.status = arith.unary(in.op, *a, in.aux, registers[in.dst], outcome.why);
        if (outcome.status != EvalStatus::ok) return outcome;
        break;
      }
      case Op::jump:
        pc = in.aux - 1;
        break;
      case Op::jump_if_false:
      case Op::jump_if_true: {
        const V* a = fetch(in.ka, in.a, first_scratch);
        if (a == nullptr) return outcome;
        if (Arith::truthy(*a) == (in.op == Op::jump_if_true)) pc = in.aux - 1;
        break;
      }
      case Op::jump_if_missing:
        if (!source.present(in.a)) pc = in.aux - 1;
        break;
      case Op::mov_optional: {
        if (!source.get(in.a, registers[in.dst])) {
          if (strategy == MissingValueStrategy::error ||
              strategy == MissingValueStrategy::skip_if_any_missing) {
            outcome.status = strategy == MissingValueStrategy::error ? EvalStatus::missing_value
                                                                     : EvalStatus::no_value;
            outcome.slot = in.a;
            return outcome;
          }
          registers[in.dst] = Arith::zero();
        } else if (!Arith::valid_input(registers[in.dst])) {
          outcome.status = EvalStatus::invalid_input;
          outcome.slot = in.a;
          return outcome;
        }
        break;
      }
      case Op::call: {
        const std::span<const V> arguments(registers + in.a, in.b);
        outcome.status =
            call_function(impl.functions[in.aux], arguments, registers[in.dst], outcome.why);
        if (outcome.status != EvalStatus::ok) return outcome;
        break;
      }
      case Op::ret: {
        const V* a = fetch(in.ka, in.a, first_scratch);
        if (a == nullptr) return outcome;
        out = *a;
        outcome.status = EvalStatus::ok;
        return outcome;
      }
      default:
        break;
    }
  }
}

/// Checked run with registers on the stack, sized for the program.
template <class Arith, class Source>
Outcome run_checked(const Formula::Impl& impl, const Program<typename Arith::Value>& program,
                    const Arith& arith, const Source& source, MissingValueStrategy strategy,
                    typename Arith::Value& out) noexcept {
  if (program.registers <= 16)
    return run_checked_with<Arith, Source, 16>(impl, program, arith, source, strategy, out);
  return run_checked_with<Arith, Source, 256>(impl, program, arith, source, strategy, out);
}

/// One double-mode evaluation with the values by slot, once the skip strategies have decided not to
/// skip: the fast code (fast_code.cpp), and where it saw a value that was not finite,
/// evaluate_double_checked.
EvalStatus evaluate_double_row(const Formula::Impl& impl, const double* values, double& result,
                               EvalFailure* failure, MissingValueStrategy missing) noexcept;

/// The checked double run (evaluate.cpp): a missing value that the strategy counts as 0 (the
/// result is then ok), or a failure described with its place.
EvalStatus evaluate_double_checked(const Formula::Impl& impl, const double* values, double& result,
                                   EvalFailure* failure, MissingValueStrategy missing) noexcept;

/// Whether the strategy looks at missing values before evaluating.
constexpr bool may_skip(MissingValueStrategy strategy) noexcept {
  return strategy == MissingValueStrategy::skip_if_any_missing ||
         strategy == MissingValueStrategy::skip_if_all_missing;
}

}  // namespace jixiao::formula
