"""Per-row cost of formula evaluation from Python, with its peers in the same run.

    PYTHONPATH=build/default/python /usr/bin/python3 bench/python_bench.py

One expression, "(执行数 + 调整数) / 预算数", evaluated

- by jixiao.Formula.evaluate, one call per row (exact: decimal.Decimal in and out; double: float),
- by jixiao.Formula.evaluate_many, whole columns per call (double: numpy / array.array columns
  read in place; exact: lists of Decimal), reported per row,
- by Python's eval of the same text (compiled on every call, and compiled once),
- by decimal.Decimal arithmetic written by hand, rounded as jixiao rounds a quotient (18 decimals,
  half up), the exact peer,
- by numpy on whole arrays (double; the vectorised peer of evaluate_many), when numpy is present.

Each figure is the best of --repeat runs (timeit), in nanoseconds per row; the last column is the
ratio to Formula.evaluate in exact mode. Results are checked to agree before timing.
"""

from __future__ import annotations

import argparse
import array
import decimal
import random
import sys
import timeit
from decimal import Decimal
from typing import Callable, List, Optional, Tuple

import jixiao

TEXT = "(执行数 + 调整数) / 预算数"
NAMES = ("执行数", "调整数", "预算数")
QUANTUM = Decimal(1).scaleb(-18)


def best_per_row(function: Callable[[], object], rows: int, number: int, repeat: int) -> float:
    """Best of `repeat` runs of `number` calls, in nanoseconds per row."""
    times = timeit.repeat(function, number=number, repeat=repeat)
    return min(times) / (number * rows) * 1e9


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20_000, help="single-row calls per run")
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows per double batch")
    parser.add_argument("--exact-rows", type=int, default=100_000, help="rows per exact batch")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the best one counts")
    options = parser.parse_args(argv)

    generator = random.Random(2023)
    executed = [Decimal(generator.randrange(1, 10**8)) / 100 for _ in range(options.exact_rows)]
    adjusted = [Decimal(generator.randrange(-10**6, 10**6)) / 100 for _ in range(options.exact_rows)]
    budget = [Decimal(generator.randrange(10**6, 10**9)) / 100 for _ in range(options.exact_rows)]
    row = dict(zip(NAMES, (executed[0], adjusted[0], budget[0])))
    row_float = {name: float(value) for name, value in row.items()}

    exact = jixiao.Formula(TEXT)
    double = exact.with_mode("double")
    code = compile(TEXT, "<formula>", "eval")

    def by_hand(a: Decimal, b: Decimal, c: Decimal) -> Decimal:
        return ((a + b) / c).quantize(QUANTUM, rounding=decimal.ROUND_HALF_UP)

    context = decimal.Context(prec=60)  # enough that only the explicit quantize rounds

    def by_hand_row() -> Decimal:
        with decimal.localcontext(context):
            return by_hand(row["执行数"], row["调整数"], row["预算数"])

    # The peers agree before anything is timed.
    assert exact.evaluate(row) == by_hand_row(), (exact.evaluate(row), by_hand_row())
    assert abs(double.evaluate(row_float) - eval(code, {}, dict(row_float))) < 1e-12

    results: List[Tuple[str, float]] = []
    calls, repeat = options.calls, options.repeat
    results.append(("Formula.evaluate, exact (Decimal)", best_per_row(lambda: exact.evaluate(row), 1, calls, repeat)))
    results.append(("Formula.evaluate, double (float)", best_per_row(lambda: double.evaluate(row_float), 1, calls, repeat)))
    results.append(("Python eval(text), float", best_per_row(lambda: eval(TEXT, {}, dict(row_float)), 1, calls, repeat)))
    results.append(("Python eval(compiled), float", best_per_row(lambda: eval(code, {}, dict(row_float)), 1, calls, repeat)))
    results.append(("decimal.Decimal by hand", best_per_row(by_hand_row, 1, calls, repeat)))

    exact_columns = {"执行数": executed, "调整数": adjusted, "预算数": budget}
    batch = exact.evaluate_many(exact_columns)
    with decimal.localcontext(context):
        assert batch.values[:100] == [by_hand(*cells) for cells in zip(executed[:100], adjusted[:100], budget[:100])]
    results.append(
        (f"Formula.evaluate_many, exact, {options.exact_rows:,} rows (lists)",
         best_per_row(lambda: exact.evaluate_many(exact_columns), options.exact_rows, 1, max(1, repeat // 2)))
    )

    rows = options.rows
    float_columns = {
        name: array.array("d", (float(generator.randrange(1, 10**6)) for _ in range(rows))) for name in NAMES
    }
    results.append(
        (f"Formula.evaluate_many, double, {rows:,} rows (array.array)",
         best_per_row(lambda: double.evaluate_many(float_columns), rows, 1, repeat))
    )
    try:
        import numpy
    except ImportError:
        numpy = None
        print("numpy is not installed: the numpy rows are skipped", file=sys.stderr)
    if numpy is not None:
        arrays = {name: numpy.frombuffer(column, dtype=numpy.float64) for name, column in float_columns.items()}
        batch = double.evaluate_many(arrays)
        expected = (arrays["执行数"] + arrays["调整数"]) / arrays["预算数"]
        assert numpy.array_equal(batch.values, expected)
        results.append(
            (f"Formula.evaluate_many, double, {rows:,} rows (numpy)",
             best_per_row(lambda: double.evaluate_many(arrays), rows, 1, repeat))
        )
        a, b, c = (arrays[name] for name in NAMES)
        results.append(
            (f"numpy (a + b) / c, {rows:,} rows", best_per_row(lambda: (a + b) / c, rows, 1, repeat))
        )

    reference = results[0][1]
    print(f"expression: {TEXT}   (jixiao {jixiao.__version__}, Python {sys.version.split()[0]})")
    print()
    print("| evaluation | ns per row | vs Formula.evaluate exact |")
    print("|---|---:|---:|")
    for name, nanoseconds in results:
        shown = f"{nanoseconds:,.1f}" if nanoseconds < 100 else f"{nanoseconds:,.0f}"
        print(f"| {name} | {shown} | {nanoseconds / reference:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
