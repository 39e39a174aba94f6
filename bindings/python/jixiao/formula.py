"""计算方法: indicator formulas and balance rules, compiled once and evaluated many times
(docs/formula.md).

    >>> rate = jixiao.Formula("故障维护及时率=及时维护的故障数量/总故障数量×100%")
    >>> rate.variables
    ('及时维护的故障数量', '总故障数量')
    >>> rate.evaluate(及时维护的故障数量=45, 总故障数量=50)
    Decimal('0.9')
    >>> rate.display(decimal.Decimal("0.9"))
    '90%'

Exact mode (the default) computes with decimals and returns decimal.Decimal; double mode
(``mode="double"``) computes with doubles and returns float. ``evaluate_many`` evaluates whole
columns in one call: in double mode it reads numpy arrays and array.array('d') in place through
the buffer protocol.
"""

from __future__ import annotations

import array
import decimal
import inspect
import math
import sys
import threading
from typing import (
    Any,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    NamedTuple,
    Optional,
    Sequence,
    Tuple,
    Union,
)

from . import _text
from ._native import ffi, lib
from .decimals import Rounding, from_handle, new_handle
from .errors import InvalidArgumentError, check, last_error
from .fields import pandas_frame

__all__ = ["Formula", "FormulaVariable", "BatchResult", "FunctionTable"]

_MODES = ("exact", "double")
_MISSING = {
    "error": lib.JX_MISSING_ERROR,
    "skip_if_any": lib.JX_MISSING_SKIP_IF_ANY,
    "skip_if_all": lib.JX_MISSING_SKIP_IF_ALL,
    "never_skip": lib.JX_MISSING_NEVER_SKIP,
}
_ROLES = {
    "automatic": lib.JX_FORMULA_AUTOMATIC,
    "definition": lib.JX_FORMULA_DEFINITION,
    "rule": lib.JX_FORMULA_RULE,
}
_NAN = math.nan
_NULL = ffi.NULL
_TEXT_ARRAY = ffi.typeof("jx_text[]")
_CHAR_POINTER = ffi.typeof("char **")

Value = Union[decimal.Decimal, int, float, str, None]


class FormulaVariable(NamedTuple):
    """A variable of a formula, in slot order (order of first appearance)."""

    name: str
    optional: bool  #: only used as a direct argument of coalesce()
    offset: int  #: first occurrence, in characters
    byte_offset: int


def _choice(table: Dict[str, int], value: str, what: str) -> int:
    try:
        return table[value]
    except (KeyError, TypeError):
        raise InvalidArgumentError(
            f"未知的{what}「{value}」 / unknown {what} {value!r} "
            f"(expected one of: {', '.join(table)})",
            code=lib.JX_E_INVALID_ARGUMENT,
        ) from None


def _exact_text(value: Any) -> Optional[bytes]:
    """The decimal text of a value for exact evaluation; None for "no value"."""
    if value is None:
        return None
    if isinstance(value, decimal.Decimal):
        return None if value.is_nan() else format(value, "f").encode("ascii")
    if isinstance(value, bool):
        raise TypeError("a formula value must be a number, not bool")
    if isinstance(value, int):
        return str(value).encode("ascii")
    if isinstance(value, float):
        if math.isnan(value):
            return None  # pandas' and numpy's "missing"
        # The shortest text that reads back as this float: 0.1 is "0.1", not 0.1000000000000000055…
        return format(decimal.Decimal(repr(value)), "f").encode("ascii")
    if isinstance(value, (str, bytes)):
        return _text.encode(value)
    if hasattr(value, "item"):  # numpy scalars
        return _exact_text(value.item())
    raise TypeError(f"a formula value must be a number or a decimal text, not {type(value).__name__}")


def _double(value: Any) -> float:
    """A value for double evaluation (NaN: no value)."""
    if value is None:
        return _NAN
    if isinstance(value, bool):
        raise TypeError("a formula value must be a number, not bool")
    if isinstance(value, (str, bytes)):
        from .decimals import parse_decimal

        return float(parse_decimal(value))
    return float(value)


# -- registered functions ------------------------------------------------------------------------

#: The exception a Python function raised during the current evaluation on this thread; it becomes
#: the __cause__ of the FormulaError that evaluation raises.
_callback_failure = threading.local()


class _Registered:
    """One Python function added to a FunctionTable (what the C callbacks' user_data points to)."""

    def __init__(self, name: str, function: Any, exact: Any) -> None:
        self.name = name
        self.function = function
        self.exact = exact


@ffi.def_extern(name="jxpy_call_double")
def _call_double(arguments: Any, count: int, user_data: Any) -> float:
    entry = ffi.from_handle(ffi.cast("void *", user_data))
    try:
        return float(entry.function(*[arguments[i] for i in range(count)]))
    except BaseException as failure:  # reported by the library as a domain error of the function
        _callback_failure.error = failure
        return _NAN


@ffi.def_extern(name="jxpy_call_decimal")
def _call_decimal(arguments: Any, count: int, user_data: Any, out: Any) -> int:
    entry = ffi.from_handle(ffi.cast("void *", user_data))
    try:
        result = entry.exact(*[from_handle(arguments[i]) for i in range(count)])
        text = _exact_text(result)
        if text is None:
            raise ValueError(f"{entry.name}() returned no value")
        return int(lib.jx_decimal_parse(text, len(text), out))
    except ZeroDivisionError as failure:
        _callback_failure.error = failure
        return int(lib.JX_E_DIVISION_BY_ZERO)
    except BaseException as failure:
        _callback_failure.error = failure
        return int(lib.JX_E_FORMULA)


def _arity(function: Any) -> Tuple[int, int]:
    """(minimum, maximum) positional arguments of a Python callable (64 for *args)."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return 0, 64
    positional = [
        p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    required = sum(1 for p in positional if p.default is p.empty)
    variadic = any(p.kind == p.VAR_POSITIONAL for p in parameters)
    return required, 64 if variadic else len(positional)


class FunctionTable:
    """Functions added to the formula language (docs/formula.md §5), e.g. a local scoring curve.

        >>> table = jixiao.FunctionTable()
        >>> table.add("封顶", lambda x, cap: min(x, cap))
        >>> jixiao.Formula("封顶(a / b × 100, 100)", functions=table).evaluate(a=9, b=8)
        Decimal('100')

    In exact mode the function receives decimal.Decimal arguments (and may return a Decimal, an
    int, a decimal text or a float, read by its shortest repr); in double mode, floats. An
    exception raised by the function makes the evaluation fail with FormulaError (a domain error
    naming the function) whose ``__cause__`` is that exception; ZeroDivisionError in exact mode
    is DivisionByZeroError. Functions may be called from any thread that evaluates.
    """

    def __init__(self) -> None:
        out = ffi.new("jx_function_table **")
        check(lib.jx_function_table_new(out))
        self._handle = ffi.gc(out[0], lib.jx_function_table_free)
        self._entries: List[Tuple[_Registered, Any]] = []
        self._lock = threading.Lock()

    def add(
        self,
        name: str,
        function: Any,
        *,
        exact: Any = True,
        min_arguments: Optional[int] = None,
        max_arguments: Optional[int] = None,
        pure: bool = True,
    ) -> None:
        """Adds `function` under `name` (letters, CJK, digits, _; not a built-in name).

        exact: True (default) calls `function` with Decimals in exact mode; a callable is used
            instead in exact mode; False makes exact mode go through double (inexactly).
        min_arguments, max_arguments: the accepted argument counts (default: from the
            signature; 0 … 64).
        pure: the same arguments always give the same result, so calls with constant arguments
            may be computed once, at compile time.

        Raises InvalidArgumentError (a reserved or duplicate name, bad counts).
        """
        if not callable(function):
            raise TypeError(f"function must be callable, not {type(function).__name__}")
        if exact is not True and exact is not False and not callable(exact):
            raise TypeError("exact must be True, False or a callable")
        low, high = _arity(function)
        low = low if min_arguments is None else min_arguments
        high = max(high, low) if max_arguments is None else max_arguments
        entry = _Registered(name, function, function if exact is True else exact or None)
        handle = ffi.new_handle(entry)
        data = _text.encode(name)
        with self._lock:
            check(
                lib.jx_function_table_add(
                    self._handle,
                    data,
                    len(data),
                    _int_option(low, "min_arguments"),
                    _int_option(high, "max_arguments"),
                    lib.jxpy_call_double,
                    lib.jxpy_call_decimal if entry.exact is not None else ffi.NULL,
                    handle,
                    1 if pure else 0,
                )
            )
            # The handle is the callbacks' user_data: it must live as long as any formula compiled
            # with this table, which keeps the table (and so this list) referenced.
            self._entries.append((entry, handle))

    @property
    def names(self) -> List[str]:
        """The names added, in order."""
        return [entry.name for entry, _ in self._entries]

    def __repr__(self) -> str:
        return f"<FunctionTable {self.names!r}>"


def _check_evaluation(status: int) -> None:
    """check() for evaluations: a failure caused by a registered Python function is raised as
    FormulaError (or the mapped error) chained to the function's own exception."""
    cause = getattr(_callback_failure, "error", None)
    _callback_failure.error = None
    if status == lib.JX_OK:
        return
    error = last_error(status)
    if cause is not None:
        raise error from cause
    raise error


class Formula:
    """A compiled formula. Immutable: share it between threads freely.

    Args:
        text: the formula ("a/b×100%", "故障维护及时率=及时维护的故障数量/总故障数量 X100%",
            "基本支出 + 项目支出 = 总额").
        mode: "exact" (decimal.Decimal results) or "double" (float results).
        missing: what a missing value does: "error" (MissingValueError naming the variable),
            "skip_if_any" / "skip_if_all" (no value: None), "never_skip" (missing counts as 0).
        role: "automatic" (a leading ``name =`` makes a definition), "definition" or "rule" (every
            ``=`` compares, for balance rules).
        division_scale, rounding: decimals kept by exact division and how it rounds
            (default 18, half_up).
        max_length, max_depth, max_variables: bounds on untrusted text (defaults from the C
            library: 65536 bytes, 64 levels, 256 variables).
        functions: a FunctionTable of functions the formula may call besides the built-ins.

    Raises ParseError (with ``offset``) for a formula that cannot be read, LimitError beyond the
    bounds, InvalidArgumentError for an option out of range.
    """

    def __init__(
        self,
        text: Union[str, bytes],
        *,
        mode: str = "exact",
        missing: str = "error",
        role: str = "automatic",
        division_scale: Optional[int] = None,
        rounding: Union[Rounding, str, None] = None,
        max_length: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_variables: Optional[int] = None,
        functions: Optional[FunctionTable] = None,
    ) -> None:
        options = ffi.new("jx_formula_options *", lib.jxpy_formula_options_init())
        if functions is not None:
            if not isinstance(functions, FunctionTable):
                raise TypeError(f"functions must be a FunctionTable, not {type(functions).__name__}")
            options.functions = functions._handle
        options.role = _choice(_ROLES, role, "role")
        if division_scale is not None:
            options.division_scale = _int_option(division_scale, "division_scale")
        if rounding is not None:
            options.rounding = Rounding.of(rounding)
        if max_length is not None:
            options.max_length = max(0, _int_option(max_length, "max_length"))
        if max_depth is not None:
            options.max_depth = _int_option(max_depth, "max_depth")
        if max_variables is not None:
            options.max_variables = max(0, _int_option(max_variables, "max_variables"))
        data = _text.encode(text)
        out = ffi.new("jx_formula **")
        check(lib.jx_formula_compile(data, len(data), options, out))
        self._handle = ffi.gc(out[0], lib.jx_formula_free)
        self._functions = functions  # its Python functions must outlive this formula
        self._details = self._read_variables()
        self._variables = tuple(variable.name for variable in self._details)
        self._configure(mode, missing)

    def _configure(self, mode: str, missing: str) -> None:
        if mode not in _MODES:
            _choice({m: 0 for m in _MODES}, mode, "mode")
        self._mode = mode
        self._double_mode = mode == "double"
        self._missing_name = missing
        self._missing = _choice(_MISSING, missing, "missing-value strategy")

    def _derive(self, mode: str, missing: str) -> "Formula":
        derived = Formula.__new__(Formula)
        derived._handle = self._handle  # immutable and shared: freed when the last user goes
        derived._functions = self._functions
        derived._details = self._details
        derived._variables = self._variables
        derived._configure(mode, missing)
        return derived

    def with_mode(self, mode: str) -> "Formula":
        """The same compiled formula evaluated in another mode ("exact" or "double")."""
        return self._derive(mode, self._missing_name)

    def with_missing(self, missing: str) -> "Formula":
        """The same compiled formula with another missing-value strategy."""
        return self._derive(self._mode, missing)

    # Introspection -------------------------------------------------------------------------------
    def _get_text(self, field: int, row: int = 0) -> str:
        text = ffi.new("const char **")
        length = ffi.new("size_t *")
        check(lib.jx_formula_get_text(self._handle, field, row, text, length))
        return _text.borrowed(text[0], length[0]) or ""

    def _get_int(self, field: int, row: int = 0) -> int:
        out = ffi.new("int64_t *")
        check(lib.jx_formula_get_int(self._handle, field, row, out))
        return int(out[0])

    def _read_variables(self) -> Tuple[FormulaVariable, ...]:
        count = ffi.new("size_t *")
        check(lib.jx_formula_count(self._handle, lib.JX_FORMULA_VARIABLES, count))
        return tuple(
            FormulaVariable(
                name=self._get_text(lib.JX_FORMULA_VARIABLE_NAME, row),
                optional=self._get_int(lib.JX_FORMULA_VARIABLE_OPTIONAL, row) == 1,
                offset=self._get_int(lib.JX_FORMULA_VARIABLE_CHAR_OFFSET, row),
                byte_offset=self._get_int(lib.JX_FORMULA_VARIABLE_BYTE_OFFSET, row),
            )
            for row in range(count[0])
        )

    @property
    def text(self) -> str:
        """The formula as given."""
        return self._get_text(lib.JX_FORMULA_TEXT)

    @property
    def variables(self) -> Tuple[str, ...]:
        """Variable names in slot order (order of first appearance)."""
        return self._variables

    @property
    def variable_details(self) -> Tuple[FormulaVariable, ...]:
        """Each variable with whether it is optional and where it first appears."""
        return self._details

    @property
    def defined_name(self) -> Optional[str]:
        """The name a definition defines ("故障维护及时率"), or None for an expression."""
        return self._get_text(lib.JX_FORMULA_DEFINED_NAME) or None

    @property
    def is_definition(self) -> bool:
        return self._get_int(lib.JX_FORMULA_IS_DEFINITION) == 1

    @property
    def result_kind(self) -> str:
        """number, percent (ends in ×100%: 0.95 shows as 95%) or boolean (a comparison)."""
        return self._get_text(lib.JX_FORMULA_RESULT_KIND)

    @property
    def division_scale(self) -> int:
        return self._get_int(lib.JX_FORMULA_DIVISION_SCALE)

    @property
    def rounding(self) -> Rounding:
        return Rounding(self._get_int(lib.JX_FORMULA_ROUNDING))

    @property
    def mode(self) -> str:
        """The evaluation mode: "exact" or "double"."""
        return self._mode

    @property
    def missing(self) -> str:
        """The missing-value strategy."""
        return self._missing_name

    def slot(self, name: str) -> Optional[int]:
        """The slot of variable `name`, or None when the formula does not use it."""
        data = _text.encode(name)
        out = ffi.new("size_t *")
        check(lib.jx_formula_slot(self._handle, data, len(data), out))
        return None if out[0] == lib.JX_NO_SLOT else int(out[0])

    # Evaluation ----------------------------------------------------------------------------------
    def evaluate(
        self, values: Optional[Mapping[str, Value]] = None, /, **named: Value
    ) -> Union[decimal.Decimal, float, None]:
        """Evaluates with values by variable name: ``f.evaluate(a=38, b=40)`` or
        ``f.evaluate({"及时维护的故障数量": 45, "总故障数量": 50})`` (both may be combined; a
        pandas row works as the mapping). Names the formula does not use are ignored; None (or
        NaN) is "no value".

        Returns a decimal.Decimal (exact mode) or a float (double mode), or None when the
        missing-value strategy skips the row. Raises DivisionByZeroError, DecimalOverflowError,
        MissingValueError (naming the variable), FormulaError (a domain error), ParseError (a
        value text that is not a number), each with the operator's ``offset`` in the formula.
        """
        if values is None:
            lookup = named.get
        elif named:
            merged = dict(values)
            merged.update(named)
            lookup = merged.get
        else:
            lookup = values.get
        count = len(self._variables)
        if self._double_mode:
            doubles = ffi.new("double[]", [_double(lookup(name)) for name in self._variables])
            result = ffi.new("double *")
            _callback_failure.error = None
            _check_evaluation(
                lib.jx_formula_eval_double(self._handle, doubles, count, self._missing, result)
            )
            value = result[0]
            return None if value != value else value
        # The encoded values stay referenced by `encoded` until the call returns, so the pointers
        # into them stay valid; the array is filled in one cffi call (cheaper than per field).
        encoded = [_exact_text(lookup(name)) for name in self._variables]
        texts = ffi.new(
            _TEXT_ARRAY,
            [(_NULL, 0) if data is None else (ffi.from_buffer(data), len(data)) for data in encoded],
        )
        out = ffi.new(_CHAR_POINTER)
        _callback_failure.error = None
        _check_evaluation(lib.jx_formula_eval_text(self._handle, texts, count, self._missing, out))
        if out[0] == ffi.NULL:
            return None
        return decimal.Decimal(_text.take(out[0]))

    def evaluate_many(
        self,
        columns: Union[Mapping[str, Any], Sequence[Any]],
        *,
        rows: Optional[int] = None,
    ) -> "BatchResult":
        """Evaluates whole columns in one call: one row per index, a status per row.

        `columns` maps each variable name to a column (a dict of lists, a pandas DataFrame), or is
        a sequence of columns in slot order. Every column has the same length; `rows` gives the
        row count of a formula without variables.

        Double mode: a column that exposes float64 data through the buffer protocol (a numpy
        float64 array, a pandas float64 column, array.array('d')) is read in place, without a
        copy; any other column is converted once (lists, other dtypes). NaN is "no value".
        Results are numpy arrays when a column was a numpy array or pandas column, else
        array.array('d') / array.array('B').

        Exact mode: cells are Decimals, ints, decimal texts or floats (read by their shortest
        repr); results are a list of decimal.Decimal (None for rows that are not ok).

        A row that fails (division by zero, …) does not raise: its status says why.
        """
        ordered = self._columns_in_slot_order(columns)
        lengths = {len(column) for column in ordered}
        if len(lengths) > 1:
            raise InvalidArgumentError(
                f"各列长度不一致 / the columns have different lengths ({sorted(lengths)})",
                code=lib.JX_E_INVALID_ARGUMENT,
            )
        if lengths:
            count = lengths.pop()
            if rows is not None and rows != count:
                raise InvalidArgumentError(
                    f"rows={rows} 与列长度 {count} 不一致 / rows={rows} differs from the column "
                    f"length {count}",
                    code=lib.JX_E_INVALID_ARGUMENT,
                )
        else:
            count = 0 if rows is None else rows
        if self._double_mode:
            return self._batch_double(ordered, count)
        return self._batch_exact(ordered, count)

    def _columns_in_slot_order(self, columns: Union[Mapping[str, Any], Sequence[Any]]) -> List[Any]:
        if hasattr(columns, "keys"):
            available = set(columns.keys())  # type: ignore[union-attr]
            missing = [name for name in self._variables if name not in available]
            if missing:
                raise InvalidArgumentError(
                    f"缺少变量的列：{'、'.join(missing)} / no column for: {', '.join(missing)}",
                    code=lib.JX_E_INVALID_ARGUMENT,
                )
            return [columns[name] for name in self._variables]  # type: ignore[index]
        ordered = list(columns)
        if len(ordered) != len(self._variables):
            raise InvalidArgumentError(
                f"应有 {len(self._variables)} 列，实际 {len(ordered)} 列 / expected "
                f"{len(self._variables)} columns (one per variable), got {len(ordered)}",
                code=lib.JX_E_INVALID_ARGUMENT,
            )
        return ordered

    def _batch_double(self, ordered: List[Any], count: int) -> "BatchResult":
        keep: List[Any] = []
        pointers = ffi.new("double *[]", max(1, len(ordered)))
        numpy_like = False
        for slot, column in enumerate(ordered):
            data, is_numpy = _double_column(column)
            numpy_like = numpy_like or is_numpy
            buffer = ffi.from_buffer("double[]", data)
            keep.append((data, buffer))
            pointers[slot] = buffer
        numpy = sys.modules.get("numpy") if numpy_like else None
        if numpy is not None:
            results: Any = numpy.empty(count, dtype=numpy.float64)
            statuses: Any = numpy.empty(count, dtype=numpy.uint8)
        else:
            results = array.array("d", bytes(8 * count))
            statuses = array.array("B", bytes(count))
        summary = ffi.new("jx_batch_summary *", lib.jxpy_batch_summary_init())
        check(
            lib.jx_formula_eval_batch_double(
                self._handle,
                pointers,
                ffi.NULL,
                len(ordered),
                count,
                self._missing,
                ffi.from_buffer("double[]", results, require_writable=True),
                ffi.from_buffer("uint8_t[]", statuses, require_writable=True),
                summary,
            )
        )
        _callback_failure.error = None  # per-row failures are in the statuses
        return BatchResult(results, statuses, summary.ok, summary.no_value, summary.failed)

    def _batch_exact(self, ordered: List[Any], count: int) -> "BatchResult":
        keep: List[Any] = []
        pointers = ffi.new("jx_text *[]", max(1, len(ordered)))
        for slot, column in enumerate(ordered):
            texts = ffi.new("jx_text[]", max(1, count))
            encoded = [_exact_text(cell) for cell in _cells(column)]
            blob = ffi.from_buffer(b"".join(data for data in encoded if data is not None))
            offset = 0
            for row, data in enumerate(encoded):
                if data is not None:
                    texts[row].ptr = blob + offset
                    texts[row].len = len(data)
                    offset += len(data)
            keep.append((texts, blob))
            pointers[slot] = texts
        results = ffi.new("const char *[]", max(1, count))
        statuses = array.array("B", bytes(count))
        buffer = ffi.new("char **")
        summary = ffi.new("jx_batch_summary *", lib.jxpy_batch_summary_init())
        check(
            lib.jx_formula_eval_batch_text(
                self._handle,
                pointers,
                len(ordered),
                count,
                self._missing,
                results,
                ffi.from_buffer("uint8_t[]", statuses, require_writable=True),
                buffer,
                summary,
            )
        )
        _callback_failure.error = None  # per-row failures are in the statuses
        try:
            values = [
                None if results[row] == ffi.NULL else decimal.Decimal(ffi.string(results[row]).decode())
                for row in range(count)
            ]
        finally:
            lib.jx_free(buffer[0])
        return BatchResult(values, statuses, summary.ok, summary.no_value, summary.failed)

    # Display -------------------------------------------------------------------------------------
    def display(self, value: Union[decimal.Decimal, int, float, str]) -> str:
        """A result as a person reads it: 95% for a percent formula, 成立 / 不成立 for a rule."""
        out = ffi.new("char **")
        if isinstance(value, float):
            check(lib.jx_formula_display_double(self._handle, value, out))
        else:
            check(lib.jx_formula_display_decimal(self._handle, new_handle(value), out))
        return _text.take(out[0])

    def __repr__(self) -> str:
        text = self.text
        if len(text) > 60:
            text = text[:59] + "…"
        return f"<Formula {text!r} variables={self._variables!r} {self._mode}>"


def _int_option(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return max(-(2**31), min(value, 2**31 - 1))


def _cells(column: Any) -> Iterable[Any]:
    if hasattr(column, "tolist"):  # numpy arrays, pandas columns: Python scalars, fast
        return column.tolist()  # type: ignore[no-any-return]
    return column  # type: ignore[no-any-return]


def _double_column(column: Any) -> Tuple[Any, bool]:
    """(an object exposing contiguous float64 through the buffer protocol, came from numpy)."""
    is_numpy = False
    if hasattr(column, "to_numpy"):  # pandas Series
        column = column.to_numpy()
        is_numpy = True
    try:
        view = memoryview(column)
    except TypeError:
        view = None
    if view is not None:
        is_numpy = is_numpy or type(column).__module__ == "numpy"
        if view.ndim == 1 and view.format in ("d", "@d", "=d", "<d") and view.c_contiguous:
            return column, is_numpy  # read in place
        numpy = sys.modules.get("numpy")
        if numpy is not None:
            return numpy.ascontiguousarray(column, dtype=numpy.float64).ravel(), is_numpy
    return array.array("d", (_double(cell) for cell in column)), is_numpy


class BatchResult:
    """The results of ``Formula.evaluate_many``: a value and a status per row."""

    def __init__(self, values: Any, statuses: Any, ok: int, no_value: int, failed: int) -> None:
        #: Results per row: float64 (NaN where not ok) in double mode, Decimal or None in exact.
        self.values = values
        #: JX_EVAL_* status per row (0 ok, 1 no value, 2 division by zero, …): uint8.
        self.statuses = statuses
        self.ok = int(ok)  #: rows with a result
        self.no_value = int(no_value)  #: rows skipped by the missing-value strategy
        self.failed = int(failed)  #: rows that failed (see ``failures()``)

    def __len__(self) -> int:
        return len(self.statuses)

    def __getitem__(self, row: int) -> Any:
        return self.values[row]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.values)

    @staticmethod
    def status_name(status: int) -> str:
        """The name of a JX_EVAL_* status: "ok", "no_value", "division_by_zero", "overflow",
        "missing_value", "invalid_input" or "domain_error"."""
        return _text.static(lib.jx_eval_status_name(int(status)))

    def status(self, row: int) -> str:
        """The status name of one row."""
        return self.status_name(self.statuses[row])

    def failures(self) -> List[Tuple[int, str]]:
        """(row, status name) of every row that failed."""
        return [
            (row, self.status_name(status))
            for row, status in enumerate(self.statuses)
            if status not in (lib.JX_EVAL_OK, lib.JX_EVAL_NO_VALUE)
        ]

    def to_pandas(self) -> Any:
        """A DataFrame with the columns value and status (needs pandas)."""
        names = {code: self.status_name(code) for code in set(bytes(memoryview(self.statuses)))}
        records = [
            {"value": value, "status": names[status]}
            for value, status in zip(self.values, bytes(memoryview(self.statuses)))
        ]
        return pandas_frame(records, ["value", "status"])

    def __repr__(self) -> str:
        return (
            f"<BatchResult {len(self)} rows: {self.ok} ok, {self.no_value} no value, "
            f"{self.failed} failed>"
        )
