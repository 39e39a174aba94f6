// Evaluation entry points of jixiao::Formula: by slot, by name, and over columns.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "formula/interpreter.hpp"

namespace jixiao {

namespace formula {

namespace {

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

struct DoubleSlots {
  const double* values;
  bool present(std::size_t slot) const noexcept { return !std::isnan(values[slot]); }
  bool get(std::size_t slot, double& out) const noexcept {
    out = values[slot];
    return !std::isnan(out);
  }
};

struct ExactSlots {
  const std::optional<Decimal>* values;
  bool present(std::size_t slot) const noexcept { return values[slot].has_value(); }
  bool get(std::size_t slot, Decimal& out) const noexcept {
    if (!values[slot]) return false;
    out = *values[slot];
    return true;
  }
};

struct ExactRow {
  const DecimalColumn* columns;
  std::size_t row;
  bool present(std::size_t slot) const noexcept {
    const DecimalColumn& column = columns[slot];
    return column.present == nullptr || column.present[row] != 0;
  }
  bool get(std::size_t slot, Decimal& out) const noexcept {
    if (!present(slot)) return false;
    out = columns[slot].values[row];
    return true;
  }
};

}  // namespace

bool run_fast(const Formula::Impl& impl, const double* variables, double& out) noexcept {
  const Program<double>& program = impl.fast;
  double registers[256];
  const double* const base[3] = {registers, program.constants.data(), variables};
  const Instr* const code = program.code.data();
  const auto a_of = [&](const Instr& in) { return base[static_cast<unsigned>(in.ka)][in.a]; };
  const auto b_of = [&](const Instr& in) { return base[static_cast<unsigned>(in.kb)][in.b]; };
  const auto bad_a = [](const Instr& in, double x) {
    return (in.flags & check_a) != 0 && !is_finite(x);
  };
  const auto bad_b = [](const Instr& in, double x) {
    return (in.flags & check_b) != 0 && !is_finite(x);
  };
  for (const Instr* ip = code;; ++ip) {
    const Instr& in = *ip;
    switch (in.op) {
      case Op::add:
        registers[in.dst] = a_of(in) + b_of(in);
        break;
      case Op::sub:
        registers[in.dst] = a_of(in) - b_of(in);
        break;
      case Op::mul:
        registers[in.dst] = a_of(in) * b_of(in);
        break;
      case Op::div: {
        const double divisor = b_of(in);
        if (bad_b(in, divisor)) return false;
        registers[in.dst] = a_of(in) / divisor;
        break;
      }
      case Op::less:
      case Op::less_equal:
      case Op::greater:
      case Op::greater_equal:
      case Op::equal:
      case Op::not_equal:
      case Op::min:
      case Op::max: {
        const double x = a_of(in);
        const double y = b_of(in);
        if (bad_a(in, x) || bad_b(in, y)) return false;
        double r = 0;
        switch (in.op) {
          case Op::less:
            r = x < y;
            break;
          case Op::less_equal:
            r = x <= y;
            break;
          case Op::greater:
            r = x > y;
            break;
          case Op::greater_equal:
            r = x >= y;
            break;
          case Op::equal:
            r = x == y;
            break;
          case Op::not_equal:
            r = x != y;
            break;
          case Op::min:
            r = y < x ? y : x;
            break;
          default:
            r = y > x ? y : x;
            break;
        }
        registers[in.dst] = r;
        break;
      }
      case Op::pow:
      case Op::round: {
        const double x = a_of(in);
        const double y = b_of(in);
        if (bad_a(in, x) || bad_b(in, y)) return false;
        Reason why;
        if (DoubleArithmetic{impl.rounding}.binary(in.op, x, y, registers[in.dst], why) !=
            EvalStatus::ok)
          return false;
        break;
      }
      case Op::neg:
        registers[in.dst] = -a_of(in);
        break;
      case Op::abs:
        registers[in.dst] = std::fabs(a_of(in));
        break;
      case Op::floor:
        registers[in.dst] = std::floor(a_of(in));
        break;
      case Op::ceil:
        registers[in.dst] = std::ceil(a_of(in));
        break;
      case Op::logical_not: {
        const double x = a_of(in);
        if (bad_a(in, x)) return false;
        registers[in.dst] = x == 0 ? 1.0 : 0.0;
        break;
      }
      case Op::percent: {
        double x = a_of(in) / 100;
        for (std::uint32_t i = 1; i < in.aux; ++i)
          x /= 100;
        registers[in.dst] = x;
        break;
      }
      case Op::mov:
        registers[in.dst] = a_of(in);
        break;
      case Op::jump:
        ip = code + in.aux - 1;
        break;
      case Op::jump_if_false:
      case Op::jump_if_true: {
        const double x = a_of(in);
        if (bad_a(in, x)) return false;
        if ((x != 0) == (in.op == Op::jump_if_true)) ip = code + in.aux - 1;
        break;
      }
      case Op::jump_if_missing:
        if (std::isnan(variables[in.a])) ip = code + in.aux - 1;
        break;
      case Op::mov_optional:
        registers[in.dst] = variables[in.a];
        break;
      case Op::call: {
        for (std::uint16_t i = 0; i < in.b; ++i)
          if (!is_finite(registers[in.a + i])) return false;
        Reason why;
        if (call_function(impl.functions[in.aux], std::span<const double>(registers + in.a, in.b),
                          registers[in.dst], why) != EvalStatus::ok)
          return false;
        break;
      }
      case Op::ret: {
        const double x = a_of(in);
        if (!is_finite(x)) return false;
        out = x;
        return true;
      }
    }
  }
}

namespace {

template <class V>
void describe(const Formula::Impl& impl, const Program<V>& program, const Outcome& outcome,
              EvalFailure* failure) noexcept {
  if (failure == nullptr) return;
  *failure = EvalFailure{};
  failure->status = outcome.status;
  failure->reason_zh = outcome.why.zh;
  failure->reason_en = outcome.why.en;
  if (outcome.slot >= 0) {
    const FormulaVariable& variable = impl.variables[static_cast<std::size_t>(outcome.slot)];
    failure->subject = variable.name;
    failure->subject_is_variable = true;
    failure->byte_offset = variable.byte_offset;
    failure->char_offset = variable.char_offset;
    return;
  }
  if (outcome.status == EvalStatus::no_value) return;
  const Site& site = impl.sites[program.site_of[outcome.pc]];
  failure->subject = std::string_view(impl.text).substr(site.byte_offset, site.byte_length);
  failure->byte_offset = site.byte_offset;
  failure->char_offset = site.char_offset;
}

constexpr Reason wrong_count{"值的个数与公式的变量个数不同",
                             "the number of values differs from the number of variables"};

EvalStatus wrong_value_count(EvalFailure* failure) noexcept {
  if (failure != nullptr) {
    *failure = EvalFailure{};
    failure->status = EvalStatus::invalid_input;
    failure->reason_zh = wrong_count.zh;
    failure->reason_en = wrong_count.en;
  }
  return EvalStatus::invalid_input;
}

/// The double evaluation of one row whose values are contiguous by slot.
EvalStatus evaluate_slots(const Formula::Impl& impl, const double* values, double& result,
                          EvalFailure* failure, MissingValueStrategy missing) noexcept {
  const DoubleSlots source{values};
  if (skipped(impl, source, missing)) {
    if (failure != nullptr) {
      *failure = EvalFailure{};
      failure->status = EvalStatus::no_value;
    }
    return EvalStatus::no_value;
  }
  if (run_fast(impl, values, result)) return EvalStatus::ok;
  double out = 0;
  const Outcome outcome =
      run_checked(impl, impl.fast, DoubleArithmetic{impl.rounding}, source, missing, out);
  if (outcome.status == EvalStatus::ok) {
    result = out;
    return EvalStatus::ok;
  }
  describe(impl, impl.fast, outcome, failure);
  return outcome.status;
}

/// Gathers values by name into slot order (stack storage for the usual small formulas).
template <class V, class Binding, class Missing, class Use>
auto with_named(const Formula::Impl& impl, std::span<const Binding> bindings, Missing missing_value,
                Use use) {
  constexpr std::size_t inline_slots = 64;
  const std::size_t count = impl.variables.size();
  std::array<V, inline_slots> local;
  std::vector<V> heap;
  V* values = local.data();
  if (count > inline_slots) {
    heap.resize(count);
    values = heap.data();
  }
  for (std::size_t slot = 0; slot < count; ++slot) {
    values[slot] = missing_value;
    const std::string& name = impl.variables[slot].name;
    for (auto it = bindings.rbegin(); it != bindings.rend(); ++it)
      if (it->name == name) {
        values[slot] = it->value;
        break;
      }
  }
  return use(std::span<const V>(values, count));
}

// ---- batch, double ---------------------------------------------------------------------------

/// Rows per block and scratch size of the columnar double path.
constexpr std::size_t scratch_doubles = 4096;
constexpr std::size_t max_block_rows = 512;

struct Source {
  const double* pointer = nullptr;  // a column or a register block
  double scalar = 0;                // a constant, when pointer is null
};

bool any_not_finite(const double* p, std::size_t n) noexcept {
  // x × 0 is ±0 for finite x and NaN otherwise; two sums keep the loop short and branch-free.
  double first = 0;
  double second = 0;
  std::size_t i = 0;
  for (; i + 1 < n; i += 2) {
    first += p[i] * 0.0;
    second += p[i + 1] * 0.0;
  }
  if (i < n) first += p[i] * 0.0;
  return !(first + second == 0);
}

template <class F>
void apply_binary(double* __restrict out, Source a, Source b, std::size_t n, F f) noexcept {
  if (a.pointer != nullptr && b.pointer != nullptr) {
    const double* x = a.pointer;
    const double* y = b.pointer;
    for (std::size_t i = 0; i < n; ++i)
      out[i] = f(x[i], y[i]);
  } else if (a.pointer != nullptr) {
    const double* x = a.pointer;
    const double y = b.scalar;
    for (std::size_t i = 0; i < n; ++i)
      out[i] = f(x[i], y);
  } else if (b.pointer != nullptr) {
    const double x = a.scalar;
    const double* y = b.pointer;
    for (std::size_t i = 0; i < n; ++i)
      out[i] = f(x, y[i]);
  } else {
    const double v = f(a.scalar, b.scalar);
    for (std::size_t i = 0; i < n; ++i)
      out[i] = v;
  }
}

template <class F>
void apply_unary(double* __restrict out, Source a, std::size_t n, F f) noexcept {
  if (a.pointer != nullptr) {
    const double* x = a.pointer;
    for (std::size_t i = 0; i < n; ++i)
      out[i] = f(x[i]);
  } else {
    const double v = f(a.scalar);
    for (std::size_t i = 0; i < n; ++i)
      out[i] = v;
  }
}

/// Runs a straight program over rows [row, row + n) of the columns, writing `out`. Returns false
/// when some value was not finite (or a presence flag was 0): the caller then evaluates the
/// block's rows one by one.
bool run_block(const Formula::Impl& impl, std::span<const DoubleColumn> columns, std::size_t row,
               std::size_t n, std::size_t block, double* scratch, double* out) noexcept {
  const Program<double>& program = impl.fast;
  for (const DoubleColumn& column : columns)
    if (column.present != nullptr)
      for (std::size_t i = 0; i < n; ++i)
        if (column.present[row + i] == 0) return false;
  const auto source = [&](Kind kind, std::uint16_t index) -> Source {
    switch (kind) {
      case Kind::reg:
        return {scratch + index * block, 0};
      case Kind::constant:
        return {nullptr, program.constants[index]};
      case Kind::variable:
        break;
    }
    return {columns[index].values + row, 0};
  };
  const auto not_finite = [&](const Source& s) {
    return s.pointer != nullptr ? any_not_finite(s.pointer, n) : !is_finite(s.scalar);
  };
  const std::size_t count = program.code.size();
  const Instr& ret = program.code[count - 1];
  for (std::size_t pc = 0; pc + 1 < count; ++pc) {
    const Instr& in = program.code[pc];
    // The instruction that produces the returned register writes the results directly.
    const bool last = pc + 2 == count && ret.ka == Kind::reg && ret.a == in.dst;
    double* dst = last ? out : scratch + in.dst * block;
    const Source a = source(in.ka, in.a);
    const Source b = is_binary(in.op) ? source(in.kb, in.b) : Source{};
    if (((in.flags & check_a) != 0 && not_finite(a)) ||
        ((in.flags & check_b) != 0 && not_finite(b)))
      return false;
    switch (in.op) {
      case Op::add:
        apply_binary(dst, a, b, n, [](double x, double y) { return x + y; });
        break;
      case Op::sub:
        apply_binary(dst, a, b, n, [](double x, double y) { return x - y; });
        break;
      case Op::mul:
        apply_binary(dst, a, b, n, [](double x, double y) { return x * y; });
        break;
      case Op::div:
        apply_binary(dst, a, b, n, [](double x, double y) { return x / y; });
        break;
      case Op::less:
        apply_binary(dst, a, b, n, [](double x, double y) { return x < y ? 1.0 : 0.0; });
        break;
      case Op::less_equal:
        apply_binary(dst, a, b, n, [](double x, double y) { return x <= y ? 1.0 : 0.0; });
        break;
      case Op::greater:
        apply_binary(dst, a, b, n, [](double x, double y) { return x > y ? 1.0 : 0.0; });
        break;
      case Op::greater_equal:
        apply_binary(dst, a, b, n, [](double x, double y) { return x >= y ? 1.0 : 0.0; });
        break;
      case Op::equal:
        apply_binary(dst, a, b, n, [](double x, double y) { return x == y ? 1.0 : 0.0; });
        break;
      case Op::not_equal:
        apply_binary(dst, a, b, n, [](double x, double y) { return x != y ? 1.0 : 0.0; });
        break;
      case Op::min:
        apply_binary(dst, a, b, n, [](double x, double y) { return y < x ? y : x; });
        break;
      case Op::max:
        apply_binary(dst, a, b, n, [](double x, double y) { return y > x ? y : x; });
        break;
      case Op::pow:
      case Op::round: {
        const DoubleArithmetic arithmetic{impl.rounding};
        bool failed = false;
        apply_binary(dst, a, b, n, [&](double x, double y) {
          double r = 0;
          Reason why;
          if (arithmetic.binary(in.op, x, y, r, why) != EvalStatus::ok) failed = true;
          return r;
        });
        if (failed) return false;
        break;
      }
      case Op::neg:
        apply_unary(dst, a, n, [](double x) { return -x; });
        break;
      case Op::abs:
        apply_unary(dst, a, n, [](double x) { return std::fabs(x); });
        break;
      case Op::floor:
        apply_unary(dst, a, n, [](double x) { return std::floor(x); });
        break;
      case Op::ceil:
        apply_unary(dst, a, n, [](double x) { return std::ceil(x); });
        break;
      case Op::logical_not:
        apply_unary(dst, a, n, [](double x) { return x == 0 ? 1.0 : 0.0; });
        break;
      case Op::percent: {
        const std::uint32_t times = in.aux;
        apply_unary(dst, a, n, [times](double x) {
          for (std::uint32_t i = 0; i < times; ++i)
            x /= 100;
          return x;
        });
        break;
      }
      case Op::mov:
        apply_unary(dst, a, n, [](double x) { return x; });
        break;
      default:
        return false;
    }
  }
  const bool written = count >= 2 && ret.ka == Kind::reg && program.code[count - 2].dst == ret.a;
  if (!written) {
    const Source result = source(ret.ka, ret.a);
    apply_unary(out, result, n, [](double x) { return x; });
  }
  return !any_not_finite(out, n);
}

void tally(BatchSummary& summary, EvalStatus status) noexcept {
  if (status == EvalStatus::ok)
    ++summary.ok;
  else if (status == EvalStatus::no_value)
    ++summary.no_value;
  else
    ++summary.failed;
}

void check_batch_arguments(const Formula::Impl& impl, std::size_t columns, bool columns_have_values,
                           std::size_t rows, std::size_t results, std::size_t statuses) {
  if (columns != impl.variables.size())
    throw Error(ErrorCode::invalid_argument,
                "列数 " + std::to_string(columns) + " 与公式的变量个数 " +
                    std::to_string(impl.variables.size()) + " 不同",
                "got " + std::to_string(columns) + " columns for " +
                    std::to_string(impl.variables.size()) + " variables");
  if (!columns_have_values)
    throw Error(ErrorCode::invalid_argument, "列缺少数值数组", "a column has no values");
  if (results < rows || statuses < rows)
    throw Error(ErrorCode::invalid_argument, "结果或状态数组短于行数",
                "the result or status span is shorter than the number of rows");
}

}  // namespace

}  // namespace formula

using formula::ExactArithmetic;
using formula::Outcome;

EvalStatus Formula::try_evaluate_double(std::span<const double> values, double& result,
                                        EvalFailure* failure,
                                        MissingValueStrategy missing) const noexcept {
  if (values.size() != impl_->variables.size()) return formula::wrong_value_count(failure);
  return formula::evaluate_slots(*impl_, values.data(), result, failure, missing);
}

std::optional<double> Formula::evaluate_double(std::span<const double> values,
                                               MissingValueStrategy missing) const {
  double result = 0;
  EvalFailure failure;
  const EvalStatus status = try_evaluate_double(values, result, &failure, missing);
  if (status == EvalStatus::ok) return result;
  if (status == EvalStatus::no_value) return std::nullopt;
  throw error_for(failure);
}

std::optional<double> Formula::evaluate_double_named(std::span<const DoubleBinding> values,
                                                     MissingValueStrategy missing) const {
  return formula::with_named<double>(
      *impl_, values, formula::not_a_number,
      [&](std::span<const double> slots) { return evaluate_double(slots, missing); });
}

std::optional<double> Formula::evaluate_double_named(std::initializer_list<DoubleBinding> values,
                                                     MissingValueStrategy missing) const {
  return evaluate_double_named(std::span<const DoubleBinding>(values.begin(), values.size()),
                               missing);
}

EvalStatus Formula::try_evaluate(std::span<const std::optional<Decimal>> values, Decimal& result,
                                 EvalFailure* failure,
                                 MissingValueStrategy missing) const noexcept {
  const Impl& impl = *impl_;
  if (values.size() != impl.variables.size()) return formula::wrong_value_count(failure);
  Decimal out;
  const Outcome outcome =
      formula::run_checked(impl, impl.exact, ExactArithmetic{impl.scale, impl.rounding},
                           formula::ExactSlots{values.data()}, missing, out);
  if (outcome.status == EvalStatus::ok) {
    result = out;
    return EvalStatus::ok;
  }
  formula::describe(impl, impl.exact, outcome, failure);
  return outcome.status;
}

std::optional<Decimal> Formula::evaluate(std::span<const std::optional<Decimal>> values,
                                         MissingValueStrategy missing) const {
  Decimal result;
  EvalFailure failure;
  const EvalStatus status = try_evaluate(values, result, &failure, missing);
  if (status == EvalStatus::ok) return result;
  if (status == EvalStatus::no_value) return std::nullopt;
  throw error_for(failure);
}

std::optional<Decimal> Formula::evaluate_named(std::span<const DecimalBinding> values,
                                               MissingValueStrategy missing) const {
  return formula::with_named<std::optional<Decimal>>(
      *impl_, values, std::optional<Decimal>(),
      [&](std::span<const std::optional<Decimal>> slots) { return evaluate(slots, missing); });
}

std::optional<Decimal> Formula::evaluate_named(std::initializer_list<DecimalBinding> values,
                                               MissingValueStrategy missing) const {
  return evaluate_named(std::span<const DecimalBinding>(values.begin(), values.size()), missing);
}

BatchSummary Formula::evaluate_batch(std::span<const DoubleColumn> columns, std::size_t rows,
                                     std::span<double> results, std::span<EvalStatus> statuses,
                                     MissingValueStrategy missing) const {
  const Impl& impl = *impl_;
  formula::check_batch_arguments(
      impl, columns.size(),
      std::all_of(columns.begin(), columns.end(), [](const DoubleColumn& c) { return c.values; }),
      rows, results.size(), statuses.size());
  const std::size_t count = impl.variables.size();
  std::vector<double> row_values(count);
  BatchSummary summary;
  const auto evaluate_row = [&](std::size_t row) {
    for (std::size_t slot = 0; slot < count; ++slot) {
      const DoubleColumn& column = columns[slot];
      row_values[slot] = column.present != nullptr && column.present[row] == 0
                             ? formula::not_a_number
                             : column.values[row];
    }
    double value = 0;
    const EvalStatus status =
        formula::evaluate_slots(impl, row_values.data(), value, nullptr, missing);
    results[row] = status == EvalStatus::ok ? value : formula::not_a_number;
    statuses[row] = status;
    formula::tally(summary, status);
  };
  if (!impl.fast.straight) {
    for (std::size_t row = 0; row < rows; ++row)
      evaluate_row(row);
    return summary;
  }
  const std::size_t registers = std::max<std::size_t>(impl.fast.registers, 1);
  const std::size_t block = std::min(formula::max_block_rows, formula::scratch_doubles / registers);
  std::array<double, formula::scratch_doubles> scratch;
  for (std::size_t row = 0; row < rows; row += block) {
    const std::size_t n = std::min(block, rows - row);
    if (formula::run_block(impl, columns, row, n, block, scratch.data(), results.data() + row)) {
      std::fill_n(statuses.begin() + static_cast<std::ptrdiff_t>(row), n, EvalStatus::ok);
      summary.ok += n;
    } else {
      for (std::size_t i = row; i < row + n; ++i)
        evaluate_row(i);
    }
  }
  return summary;
}

BatchSummary Formula::evaluate_batch(std::span<const DecimalColumn> columns, std::size_t rows,
                                     std::span<Decimal> results, std::span<EvalStatus> statuses,
                                     MissingValueStrategy missing) const {
  const Impl& impl = *impl_;
  formula::check_batch_arguments(
      impl, columns.size(),
      std::all_of(columns.begin(), columns.end(), [](const DecimalColumn& c) { return c.values; }),
      rows, results.size(), statuses.size());
  const ExactArithmetic arithmetic{impl.scale, impl.rounding};
  BatchSummary summary;
  for (std::size_t row = 0; row < rows; ++row) {
    Decimal value;
    const Outcome outcome = formula::run_checked(
        impl, impl.exact, arithmetic, formula::ExactRow{columns.data(), row}, missing, value);
    results[row] = outcome.status == EvalStatus::ok ? value : Decimal();
    statuses[row] = outcome.status;
    formula::tally(summary, outcome.status);
  }
  return summary;
}

}  // namespace jixiao
