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
  if (skipped(impl, DoubleSlots{values}, missing)) {
    if (failure != nullptr) {
      *failure = EvalFailure{};
      failure->status = EvalStatus::no_value;
    }
    return EvalStatus::no_value;
  }
  return evaluate_double_row(impl, values, result, failure, missing);
}

/// try_evaluate_double when a skip strategy applies or the value count is wrong (out of line, so
/// that the common call stays a few instructions).
[[gnu::noinline]] EvalStatus evaluate_slots_or_refuse(const Formula::Impl& impl,
                                                      std::span<const double> values,
                                                      double& result, EvalFailure* failure,
                                                      MissingValueStrategy missing) noexcept {
  if (values.size() != impl.variables.size()) return wrong_value_count(failure);
  return evaluate_slots(impl, values.data(), result, failure, missing);
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

/// Two doubles at a time (SSE2 on x86-64, NEON on AArch64; the compiler splits it elsewhere). The
/// block loops are written with it because GCC at -O2 does not vectorise a loop whose trip count
/// is not known to be a multiple of the vector width.
using Pair = double __attribute__((vector_size(16)));

/// An operand of a block instruction: a column (input or register block) or one value.
struct Column {
  const double* values;
  Pair pair(std::size_t i) const noexcept {
    Pair v;
    std::memcpy(&v, values + i, sizeof v);
    return v;
  }
  double one(std::size_t i) const noexcept { return values[i]; }
};
struct Scalar {
  double value;
  Pair pair(std::size_t) const noexcept { return Pair{value, value}; }
  double one(std::size_t) const noexcept { return value; }
};

/// What a block instruction checks for ±∞/NaN besides its result: the operands of an operation
/// that could hide them (comparisons, min/max, not), or the divisor (x / ±∞ is 0).
enum class Checks : std::uint8_t { result, divisor, operands };

/// 0 for a finite x and NaN otherwise, summed over a block: the checks need no branch.
template <class T>
[[gnu::always_inline]] inline T poison(T x) noexcept {
  return x * 0.0;
}

/// The sum of what `C` checks: not finite when one of them is not (or, rarely, when the sum
/// overflows; the block is then evaluated row by row, which is slower but exact).
template <Checks C, class T>
[[gnu::always_inline]] inline T checked(T x, T y, T r) noexcept {
  if constexpr (C == Checks::result) return r;
  if constexpr (C == Checks::divisor) return r + y;
  return (r + x) + y;
}

/// out[i] = f(x[i], y[i]) for i < n, with the checks of `C` folded into the same pass. True when
/// everything checked was finite.
template <Checks C, class X, class Y, class F>
bool block_binary(double* out, X x, Y y, std::size_t n, F f) noexcept {
  Pair low{};
  Pair high{};
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const Pair x0 = x.pair(i);
    const Pair x1 = x.pair(i + 2);
    const Pair y0 = y.pair(i);
    const Pair y1 = y.pair(i + 2);
    const Pair r0 = f(x0, y0);
    const Pair r1 = f(x1, y1);
    std::memcpy(out + i, &r0, sizeof r0);
    std::memcpy(out + i + 2, &r1, sizeof r1);
    low += poison(checked<C>(x0, y0, r0));
    high += poison(checked<C>(x1, y1, r1));
  }
  double rest = 0;
  for (; i < n; ++i) {
    const double r = f(x.one(i), y.one(i));
    out[i] = r;
    rest += poison(checked<C>(x.one(i), y.one(i), r));
  }
  const Pair sum = low + high;
  return sum[0] + sum[1] + rest == 0;
}

template <Checks C, class X, class F>
bool block_unary(double* out, X x, std::size_t n, F f) noexcept {
  return block_binary < C == Checks::operands
             ? Checks::operands
             : Checks::result > (out, x, Scalar{0}, n, [&](auto a, auto) { return f(a); });
}

/// The operand shapes of a binary block instruction (two constants are one value for the block).
template <Checks C, class F>
bool dispatch_binary(double* out, const double* x, double x_value, const double* y, double y_value,
                     std::size_t n, F f) noexcept {
  if (x != nullptr && y != nullptr) return block_binary<C>(out, Column{x}, Column{y}, n, f);
  if (x != nullptr) return block_binary<C>(out, Column{x}, Scalar{y_value}, n, f);
  if (y != nullptr) return block_binary<C>(out, Scalar{x_value}, Column{y}, n, f);
  return block_binary<C>(out, Scalar{x_value}, Scalar{y_value}, n, f);
}

template <Checks C, class F>
bool dispatch_unary(double* out, const double* x, double x_value, std::size_t n, F f) noexcept {
  if (x != nullptr) return block_unary<C>(out, Column{x}, n, f);
  return block_unary<C>(out, Scalar{x_value}, n, f);
}

/// 1 where a comparison holds, else 0 (for one value and for a pair's lane mask).
[[gnu::always_inline]] inline double one_if(bool holds) noexcept {
  return holds ? 1.0 : 0.0;
}
template <class Mask>
[[gnu::always_inline]] inline Pair one_if(Mask holds) noexcept {
  return holds ? Pair{1, 1} : Pair{0, 0};
}

/// The lanes of a pair through a function that has no vector form.
template <class F>
[[gnu::always_inline]] inline Pair each(Pair x, F f) noexcept {
  return Pair{f(x[0]), f(x[1])};
}
template <class F>
[[gnu::always_inline]] inline double each(double x, F f) noexcept {
  return f(x);
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
  // An operand: a block of values, or (constants) one value.
  const auto column_of = [&](Kind kind, std::uint16_t index) -> const double* {
    switch (kind) {
      case Kind::reg:
        return scratch + index * block;
      case Kind::constant:
        return nullptr;
      case Kind::variable:
        break;
    }
    return columns[index].values + row;
  };
  const auto value_of = [&](Kind kind, std::uint16_t index) {
    return kind == Kind::constant ? program.constants[index] : 0.0;
  };
  const std::size_t count = program.code.size();
  const Instr& ret = program.code[count - 1];
  const bool written = count >= 2 && ret.ka == Kind::reg && program.code[count - 2].dst == ret.a;
  for (std::size_t pc = 0; pc + 1 < count; ++pc) {
    const Instr& in = program.code[pc];
    // The instruction that produces the returned register writes the results directly.
    double* dst = written && pc + 2 == count ? out : scratch + in.dst * block;
    const double* x = column_of(in.ka, in.a);
    const double xv = value_of(in.ka, in.a);
    const double* y = is_binary(in.op) ? column_of(in.kb, in.b) : nullptr;
    const double yv = is_binary(in.op) ? value_of(in.kb, in.b) : 0.0;
    bool finite = true;
    switch (in.op) {
      case Op::add:
        finite = dispatch_binary<Checks::result>(dst, x, xv, y, yv, n,
                                                 [](auto a, auto b) { return a + b; });
        break;
      case Op::sub:
        finite = dispatch_binary<Checks::result>(dst, x, xv, y, yv, n,
                                                 [](auto a, auto b) { return a - b; });
        break;
      case Op::mul:
        finite = dispatch_binary<Checks::result>(dst, x, xv, y, yv, n,
                                                 [](auto a, auto b) { return a * b; });
        break;
      case Op::div:
        finite = dispatch_binary<Checks::divisor>(dst, x, xv, y, yv, n,
                                                  [](auto a, auto b) { return a / b; });
        break;
      case Op::less:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return one_if(a < b); });
        break;
      case Op::less_equal:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return one_if(a <= b); });
        break;
      case Op::greater:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return one_if(a > b); });
        break;
      case Op::greater_equal:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return one_if(a >= b); });
        break;
      case Op::equal:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return one_if(a == b); });
        break;
      case Op::not_equal:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return one_if(a != b); });
        break;
      case Op::min:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return b < a ? b : a; });
        break;
      case Op::max:
        finite = dispatch_binary<Checks::operands>(dst, x, xv, y, yv, n,
                                                   [](auto a, auto b) { return b > a ? b : a; });
        break;
      case Op::pow:
      case Op::round: {
        // No vector form: one value at a time through the checked arithmetic.
        const DoubleArithmetic arithmetic{impl.rounding};
        const Column xs{x};
        const Column ys{y};
        for (std::size_t i = 0; i < n && finite; ++i) {
          Reason why;
          finite = arithmetic.binary(in.op, x != nullptr ? xs.one(i) : xv,
                                     y != nullptr ? ys.one(i) : yv, dst[i], why) == EvalStatus::ok;
        }
        break;
      }
      case Op::neg:
        finite = dispatch_unary<Checks::result>(dst, x, xv, n, [](auto a) { return -a; });
        break;
      case Op::abs:
        finite = dispatch_unary<Checks::result>(
            dst, x, xv, n, [](auto a) { return each(a, [](double v) { return std::fabs(v); }); });
        break;
      case Op::floor:
        finite = dispatch_unary<Checks::result>(
            dst, x, xv, n, [](auto a) { return each(a, [](double v) { return std::floor(v); }); });
        break;
      case Op::ceil:
        finite = dispatch_unary<Checks::result>(
            dst, x, xv, n, [](auto a) { return each(a, [](double v) { return std::ceil(v); }); });
        break;
      case Op::logical_not:
        finite =
            dispatch_unary<Checks::operands>(dst, x, xv, n, [](auto a) { return one_if(a == 0); });
        break;
      case Op::percent: {
        const std::uint32_t times = in.aux;
        finite = dispatch_unary<Checks::result>(dst, x, xv, n, [times](auto a) {
          for (std::uint32_t i = 0; i < times; ++i)
            a /= 100;
          return a;
        });
        break;
      }
      case Op::mov:
        finite = dispatch_unary<Checks::result>(dst, x, xv, n, [](auto a) { return a; });
        break;
      default:
        return false;
    }
    if (!finite) return false;
  }
  if (!written) {
    const double* result = column_of(ret.ka, ret.a);
    return dispatch_unary<Checks::result>(out, result, value_of(ret.ka, ret.a), n,
                                          [](auto a) { return a; });
  }
  return true;
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

EvalStatus evaluate_double_checked(const Formula::Impl& impl, const double* values, double& result,
                                   EvalFailure* failure, MissingValueStrategy missing) noexcept {
  double out = 0;
  const Outcome outcome = run_checked(impl, impl.fast, DoubleArithmetic{impl.rounding},
                                      DoubleSlots{values}, missing, out);
  if (outcome.status == EvalStatus::ok) {
    result = out;
    return EvalStatus::ok;
  }
  describe(impl, impl.fast, outcome, failure);
  return outcome.status;
}

}  // namespace formula

using formula::DoubleArithmetic;
using formula::ExactArithmetic;
using formula::Outcome;

EvalStatus Formula::try_evaluate_double(std::span<const double> values, double& result,
                                        EvalFailure* failure,
                                        MissingValueStrategy missing) const noexcept {
  const Impl& impl = *impl_;
  if (values.size() == impl.fast_code.variables && !formula::may_skip(missing)) [[likely]]
    return formula::evaluate_double_row(impl, values.data(), result, failure, missing);
  return formula::evaluate_slots_or_refuse(impl, values, result, failure, missing);
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
