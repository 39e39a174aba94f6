"""Formula from Python: compile, variables, exact and double evaluation, batches, errors."""

import array
import decimal
import math
import subprocess
import tracemalloc
from decimal import Decimal

import pytest

import jixiao

RATE = "故障维护及时率=及时维护的故障数量/总故障数量 X100%"


def test_compile_and_introspect():
    formula = jixiao.Formula(RATE)
    assert formula.variables == ("及时维护的故障数量", "总故障数量")
    assert formula.defined_name == "故障维护及时率" and formula.is_definition
    assert formula.result_kind == "percent"
    assert formula.text == RATE
    assert (formula.division_scale, formula.rounding, formula.mode, formula.missing) == (
        18, jixiao.Rounding.HALF_UP, "exact", "error"
    )
    first = formula.variable_details[0]
    assert (first.name, first.optional, first.offset, first.byte_offset) == ("及时维护的故障数量", False, 8, 22)
    assert formula.slot("总故障数量") == 1 and formula.slot("别的") is None
    assert repr(formula) == f"<Formula {RATE!r} variables=('及时维护的故障数量', '总故障数量') exact>"
    assert jixiao.Formula("a + b").defined_name is None


def test_exact_evaluation_returns_decimals():
    formula = jixiao.Formula(RATE)
    result = formula.evaluate(及时维护的故障数量=45, 总故障数量=50)
    assert result == Decimal("0.9") and isinstance(result, Decimal)
    assert formula.display(result) == "90%"
    assert formula.evaluate({"及时维护的故障数量": "1,170", "总故障数量": "１２００"}) == Decimal("0.975")
    # A mapping and keywords combine; keywords win; unused names are ignored.
    assert formula.evaluate({"及时维护的故障数量": 1, "总故障数量": 4, "其他": 9}, 总故障数量=2) == Decimal("0.5")
    assert jixiao.Formula("0.1+0.2 = 0.3").evaluate() == 1
    assert jixiao.Formula("a+b").evaluate(a=0.1, b=Decimal("0.2")) == Decimal("0.3")  # float by repr
    balance = jixiao.Formula("基本支出 + 项目支出 = 总额")
    assert balance.display(balance.evaluate(基本支出="1163.71", 项目支出="100.29", 总额=1264)) == "成立"


def test_double_evaluation_returns_floats():
    formula = jixiao.Formula("0.1+0.2", mode="double")
    assert formula.evaluate() == 0.30000000000000004
    assert jixiao.Formula(RATE).with_mode("double").evaluate(及时维护的故障数量=45, 总故障数量=50) == 0.9
    assert isinstance(jixiao.Formula("a", mode="double").evaluate(a=1), float)


def test_options():
    assert jixiao.Formula("a/b", division_scale=2).evaluate(a=2, b=3) == Decimal("0.67")
    assert jixiao.Formula("a/b", division_scale=2, rounding="down").evaluate(a=2, b=3) == Decimal("0.66")
    with pytest.raises(jixiao.ParseError):
        jixiao.Formula("a + 1", role="definition")
    assert jixiao.Formula("a = b", role="rule").evaluate(a=1, b=1) == 1
    with pytest.raises(jixiao.LimitError):
        jixiao.Formula("a+b+c", max_variables=2)
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.Formula("a", division_scale=99)
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.Formula("a", mode="fast")
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.Formula("a", role="other")


def test_missing_values_follow_the_strategy():
    formula = jixiao.Formula("a+b")
    with pytest.raises(jixiao.MissingValueError) as caught:
        formula.evaluate(a=1)
    assert "b" in caught.value.message_en and caught.value.offset == 2
    assert formula.with_missing("skip_if_any").evaluate(a=1) is None
    assert formula.with_missing("skip_if_all").evaluate(a=1) == 1
    assert formula.with_missing("skip_if_all").evaluate() is None
    assert formula.with_missing("never_skip").evaluate(b=None) == 0
    assert formula.with_missing("skip_if_any").evaluate(a=1, b=math.nan) is None
    assert formula.with_mode("double").with_missing("skip_if_any").evaluate(a=1) is None


def test_evaluation_errors_carry_the_operator_offset():
    with pytest.raises(jixiao.DivisionByZeroError) as caught:
        jixiao.Formula("a÷b").evaluate(a=1, b=0)
    assert caught.value.offset == 1
    with pytest.raises(jixiao.DecimalOverflowError):
        jixiao.Formula("a*a").evaluate(a="9" * 30)
    with pytest.raises(jixiao.FormulaError):
        jixiao.Formula("a ^ 0.5").evaluate(a=2)
    with pytest.raises(jixiao.ParseError) as caught:
        jixiao.Formula("(a+b")
    assert (caught.value.offset, caught.value.byte_offset) == (4, 4)
    with pytest.raises(jixiao.ParseError):
        jixiao.Formula("a+b").evaluate(a="abc", b=1)
    with pytest.raises(TypeError):
        jixiao.Formula("a").evaluate(a=True)
    with pytest.raises(TypeError):
        jixiao.Formula("a").evaluate(a=object())


def test_errors_match_the_cli(cli):
    done = subprocess.run(
        [cli, "eval", "--format", "json", "a÷b", "a=1", "b=0"], capture_output=True, text=True
    )
    import json

    expected = json.loads(done.stdout)["error"]
    with pytest.raises(jixiao.Error) as caught:
        jixiao.Formula("a÷b").evaluate(a=1, b=0)
    assert caught.value.name == expected["code"]
    assert f"{caught.value.message_zh} / {caught.value.message_en}" == expected["message"]
    assert caught.value.offset == expected["offset"]


def test_display():
    assert jixiao.Formula("a/b×100%").display(Decimal("0.95")) == "95%"
    assert jixiao.Formula("a/b×100%").display(0.95) == "95%"
    assert jixiao.Formula("a>b").display(0) == "不成立"


def test_evaluate_many_double_from_lists_and_arrays():
    formula = jixiao.Formula("a/b", mode="double")
    result = formula.evaluate_many({"a": [1, 2, 3, None], "b": array.array("d", [2, 0, 4, 1])})
    assert isinstance(result.values, array.array)
    assert list(result.values[:1]) == [0.5] and result.values[2] == 0.75
    assert math.isnan(result.values[1]) and math.isnan(result.values[3])
    assert [result.status(row) for row in range(4)] == ["ok", "division_by_zero", "ok", "missing_value"]
    assert (result.ok, result.no_value, result.failed) == (2, 0, 2)
    assert result.failures() == [(1, "division_by_zero"), (3, "missing_value")]
    assert len(result) == 4 and result[0] == 0.5 and list(result)[2] == 0.75
    assert repr(result) == "<BatchResult 4 rows: 2 ok, 0 no value, 2 failed>"
    # Columns in slot order instead of by name.
    assert list(formula.evaluate_many([[6.0], [3.0]]).values) == [2.0]


def test_evaluate_many_exact():
    formula = jixiao.Formula("a/b")
    result = formula.evaluate_many({"a": ["1", 2, Decimal("3.5"), "x"], "b": [3, 0, "0.5", 1]})
    assert result.values == [Decimal("0.333333333333333333"), None, Decimal("7"), None]
    assert [result.status(r) for r in range(4)] == ["ok", "division_by_zero", "ok", "invalid_input"]
    assert jixiao.Formula("1+1").evaluate_many({}, rows=3).values == [Decimal(2)] * 3


def test_evaluate_many_checks_its_columns():
    formula = jixiao.Formula("a+b", mode="double")
    with pytest.raises(jixiao.InvalidArgumentError, match="no column for: b"):
        formula.evaluate_many({"a": [1.0]})
    with pytest.raises(jixiao.InvalidArgumentError, match="different lengths"):
        formula.evaluate_many({"a": [1.0], "b": [1.0, 2.0]})
    with pytest.raises(jixiao.InvalidArgumentError, match="expected 2 columns"):
        formula.evaluate_many([[1.0]])
    with pytest.raises(jixiao.InvalidArgumentError):
        formula.evaluate_many({"a": [1.0], "b": [2.0]}, rows=5)


def test_evaluate_many_to_pandas():
    pytest.importorskip("pandas", reason="pandas is not installed: to_pandas() is optional")
    frame = jixiao.Formula("a/b", mode="double").evaluate_many({"a": [1.0, 1.0], "b": [4.0, 0.0]}).to_pandas()
    assert list(frame.columns) == ["value", "status"]
    assert list(frame.status) == ["ok", "division_by_zero"]


MILLION = 1_000_000


def test_a_million_numpy_rows_equal_the_per_row_results():
    numpy = pytest.importorskip("numpy", reason="numpy is not installed: the 1,000,000-row batch test needs it")
    formula = jixiao.Formula("故障维护及时率 = 及时维护 / 总数 × 100%", mode="double")
    generator = numpy.random.default_rng(20230101)
    timely = generator.integers(0, 500, MILLION).astype(numpy.float64)
    total = generator.integers(0, 500, MILLION).astype(numpy.float64)  # zeros: division by zero rows
    total[::1000] = numpy.nan  # no value
    result = formula.evaluate_many({"及时维护": timely, "总数": total})
    assert isinstance(result.values, numpy.ndarray) and result.values.dtype == numpy.float64
    assert len(result) == MILLION
    assert result.ok + result.no_value + result.failed == MILLION
    assert result.failed > 0 and result.ok > 0.99 * MILLION

    statuses = result.statuses
    values = result.values
    for row, (a, b) in enumerate(zip(timely.tolist(), total.tolist())):
        try:
            expected = formula.evaluate(及时维护=a, 总数=b)
        except jixiao.DivisionByZeroError:
            assert statuses[row] == 2, row
            continue
        except jixiao.MissingValueError:
            assert statuses[row] == 4, row
            continue
        assert statuses[row] == 0, row
        assert values[row] == expected, row


def test_numpy_columns_are_read_in_place():
    numpy = pytest.importorskip("numpy", reason="numpy is not installed")
    formula = jixiao.Formula("a*b+c", mode="double")
    columns = {name: numpy.arange(MILLION, dtype=numpy.float64) for name in "abc"}
    formula.evaluate_many(columns)  # warm up
    tracemalloc.start()
    try:
        result = formula.evaluate_many(columns)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    outputs = result.values.nbytes + result.statuses.nbytes
    # Results and statuses are allocated; a copy of even one 8 MB input column would show.
    assert peak < outputs + 4 * MILLION, f"peak {peak} bytes for {outputs} bytes of outputs"
    assert result.values[3] == 3 * 3 + 3
    # Other dtypes and non-contiguous arrays are converted (once), with the same results.
    as_int = {name: column.astype(numpy.int64)[:10] for name, column in columns.items()}
    strided = {name: column[:20:2] for name, column in columns.items()}
    assert list(formula.evaluate_many(as_int).values) == [float(i * i + i) for i in range(10)]
    assert list(formula.evaluate_many(strided).values) == [float(i * i + i) for i in range(0, 20, 2)]


def test_pandas_frames_are_columns():
    pandas = pytest.importorskip("pandas", reason="pandas is not installed")
    frame = pandas.DataFrame({"实际": [90.0, 100.0], "计划": [100.0, 100.0], "备注": ["x", "y"]})
    result = jixiao.Formula("实际/计划×100%", mode="double").evaluate_many(frame)
    assert list(result.values) == [0.9, 1.0]
    assert jixiao.Formula("实际/计划×100%").evaluate(frame.iloc[0]) == Decimal("0.9")


def test_decimal_context_does_not_leak_into_results():
    with decimal.localcontext() as context:
        context.prec = 3
        assert jixiao.Formula("a/b").evaluate(a=1, b=3) == Decimal("0.333333333333333333")


def test_one_formula_is_shared_by_threads():
    from concurrent.futures import ThreadPoolExecutor

    exact = jixiao.Formula("(a + b) / c")
    double = exact.with_mode("double")
    columns = {
        "a": array.array("d", range(20_000)),
        "b": array.array("d", range(20_000, 40_000)),
        "c": array.array("d", [7.0] * 20_000),
    }
    expected_batch = list(double.evaluate_many(columns).values)
    expected_rows = [exact.evaluate(a=i, b=i + 1, c=7) for i in range(200)]

    def work(_):
        batch = list(double.evaluate_many(columns).values)
        rows = [exact.evaluate(a=i, b=i + 1, c=7) for i in range(200)]
        return batch == expected_batch and rows == expected_rows

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(work, range(32)))


def test_registered_python_functions_in_both_modes():
    table = jixiao.FunctionTable()
    table.add("封顶", lambda x, cap: min(x, cap))
    table.add("曲线", lambda x: x * x, exact=lambda x: x * x + Decimal("0.5"))
    table.add("近似", lambda x: x / 3, exact=False)
    table.add("合计", lambda *xs: sum(xs))
    assert table.names == ["封顶", "曲线", "近似", "合计"]
    assert repr(table) == "<FunctionTable ['封顶', '曲线', '近似', '合计']>"
    capped = jixiao.Formula("封顶(a / b × 100, 100)", functions=table)
    assert capped.evaluate(a=9, b=8) == Decimal("100") and capped.evaluate(a=1, b=8) == Decimal("12.5")
    assert capped.with_mode("double").evaluate(a=9, b=8) == 100.0
    assert jixiao.Formula("曲线(a)", functions=table).evaluate(a=2) == Decimal("4.5")
    assert jixiao.Formula("曲线(a)", functions=table, mode="double").evaluate(a=2) == 4.0
    inexact = jixiao.Formula("近似(a)", functions=table).evaluate(a=1)
    assert inexact == Decimal(repr(1 / 3))  # exact mode through double: the double's value
    assert jixiao.Formula("合计(1, 2, 3, a)", functions=table).evaluate(a=4) == 10
    result = jixiao.Formula("封顶(a, 1)", functions=table, mode="double").evaluate_many({"a": [0.5, 2.0]})
    assert list(result.values) == [0.5, 1.0]


def test_registered_function_failures_carry_the_python_exception():
    table = jixiao.FunctionTable()
    table.add("boom", lambda x: 1 / x)
    table.add("nothing", lambda x: None)
    with pytest.raises(jixiao.DivisionByZeroError) as caught:
        jixiao.Formula("boom(a)", functions=table).evaluate(a=0)
    assert isinstance(caught.value.__cause__, ZeroDivisionError)
    with pytest.raises(jixiao.FormulaError) as caught:
        jixiao.Formula("boom(a)", functions=table, mode="double").evaluate(a=0)
    assert isinstance(caught.value.__cause__, ZeroDivisionError) and "boom" in caught.value.message_en
    with pytest.raises(jixiao.FormulaError) as caught:
        jixiao.Formula("nothing(a)", functions=table).evaluate(a=1)
    assert isinstance(caught.value.__cause__, ValueError)
    batch = jixiao.Formula("boom(a)", functions=table, mode="double").evaluate_many({"a": [0.0, 4.0]})
    assert batch.failures() == [(0, "domain_error")] and batch.values[1] == 0.25
    # A later, unrelated failure is not chained to an old Python exception.
    with pytest.raises(jixiao.DivisionByZeroError) as caught:
        jixiao.Formula("a/b").evaluate(a=1, b=0)
    assert caught.value.__cause__ is None


def test_function_table_errors():
    table = jixiao.FunctionTable()
    with pytest.raises(jixiao.InvalidArgumentError):
        table.add("sum", lambda x: x)  # a built-in
    table.add("f", lambda x: x)
    with pytest.raises(jixiao.InvalidArgumentError):
        table.add("f", lambda x: x)  # already there
    with pytest.raises(jixiao.InvalidArgumentError):
        table.add("g", lambda x: x, min_arguments=3, max_arguments=1)
    with pytest.raises(TypeError):
        table.add("h", 42)
    with pytest.raises(jixiao.ParseError):
        jixiao.Formula("f(a, b)", functions=table)  # wrong argument count
    with pytest.raises(jixiao.ParseError):
        jixiao.Formula("f(a)")  # not registered without the table
    with pytest.raises(TypeError):
        jixiao.Formula("f(a)", functions={"f": len})  # type: ignore[arg-type]


def test_a_formula_keeps_its_functions_alive():
    import gc

    table = jixiao.FunctionTable()
    table.add("twice", lambda x: 2 * x)
    formula = jixiao.Formula("twice(a)", functions=table)
    del table
    gc.collect()
    assert formula.evaluate(a=21) == 42
