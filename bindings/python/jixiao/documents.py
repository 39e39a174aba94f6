"""The three documents — 绩效目标申报表 (Declaration), 绩效自评表 (SelfEvaluation) and
绩效运行监控表 (MonitoringReport) — over the C ABI's document handles.

``jixiao.load(path_or_json)`` reads any of them (the "schema" member says which). Rows are views:
``declaration.indicators[3].annual_target`` reads the document now, and assigning to it changes
the document (``to_json()`` and ``review()`` see the change). A view addresses a position, so after
removing a row, views of later rows address the row that moved into their place.
"""

from __future__ import annotations

import decimal
import os
from typing import (
    Any,
    ClassVar,
    Dict,
    Generic,
    Iterator,
    List,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

from . import _text
from ._native import ffi, lib
from ._source import Source, read_source, write_text
from .decimals import Number
from .errors import check, OutOfRangeError
from .fields import (
    Amount,
    Boolean,
    Choice,
    Choices,
    ComputedAmount,
    Field,
    Integer,
    OptionalText,
    Text,
    fields_of,
    pandas_frame,
    row_dict,
)

__all__ = [
    "load",
    "Document",
    "Declaration",
    "SelfEvaluation",
    "MonitoringReport",
    "KeyTask",
    "Indicator",
    "FundExecution",
    "IndicatorResult",
    "MonitoringLine",
    "IndicatorProgress",
    "Rows",
    "Budget",
    "BudgetSection",
    "BudgetLine",
    "BudgetLines",
]


def json_options(max_bytes: Optional[int], max_depth: Optional[int]):
    """A jx_json_options with the C defaults (JX_JSON_OPTIONS_INIT) and the given overrides, or
    NULL when there is nothing to override."""
    if max_bytes is None and max_depth is None:
        return ffi.NULL
    options = ffi.new("jx_json_options *", lib.jxpy_json_options_init())
    if max_bytes is not None:
        options.max_bytes = _size(max_bytes, "max_bytes")
    if max_depth is not None:
        options.max_depth = _size(max_depth, "max_depth")
    return options


def _size(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    # 0 and oversized values are passed on: the C layer rejects them with its own message.
    return max(0, min(value, 2**63))


def _default_max_bytes(max_bytes: Optional[int]) -> int:
    return int(lib.JX_MAX_TEXT_BYTES) if max_bytes is None else max(0, max_bytes)


class _Api:
    """The jx_<kind>_* functions of one document kind."""

    OPERATIONS = (
        "new load_json to_json clone free count add_row insert_row remove_row get_text set_text "
        "clear get_int set_int"
    ).split()

    def __init__(self, kind: str) -> None:
        self.type = f"jx_{kind}"
        for operation in self.OPERATIONS:
            setattr(self, operation, getattr(lib, f"jx_{kind}_{operation}"))


class _FieldAccess:
    """What a Field needs from the object it is read from: the document and the row."""

    _document: "Document"
    _row: int

    def _read_text(self, field: int) -> Optional[str]:
        return self._document._get_text(field, self._row)

    def _write(self, descriptor: Field[Any], value: Any) -> None:
        self._document._set_text(descriptor.field, self._row, descriptor.to_text(value))

    def _write_int(self, field: int, value: int) -> None:
        self._document._set_int(field, self._row, value)

    def _clear(self, field: int) -> None:
        self._document._clear_field(field, self._row)

    def to_dict(self) -> Dict[str, Any]:
        """The row's fields as a plain dict (Decimals stay Decimals)."""
        return row_dict(self)


class Row(_FieldAccess):
    """One row of a document collection: a view of (document, position)."""

    _collection: ClassVar[int]
    _noun: ClassVar[str] = "row"

    def __init__(self, document: "Document", row: int) -> None:
        self._document = document
        self._row = row

    @property
    def index(self) -> int:
        """The row's position in its list (0-based)."""
        return self._row

    @property
    def document(self) -> "Document":
        """The document this row belongs to."""
        return self._document

    def _label(self) -> str:
        return ""

    def __repr__(self) -> str:
        try:
            label = self._label()
        except OutOfRangeError:
            label = "(removed)"
        return f"<{type(self).__name__} #{self._row} {label}>"


R = TypeVar("R", bound=Row)


class Rows(Sequence[R], Generic[R]):
    """A list of rows of a document: len(), indexing (negative too), slicing, iteration, and
    append / insert / del to change the document."""

    def __init__(self, document: "Document", row_class: Type[R]) -> None:
        self._document = document
        self._class = row_class

    def __len__(self) -> int:
        return self._document._count(self._class._collection)

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self, index: slice) -> List[R]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[R, List[R]]:
        count = len(self)
        if isinstance(index, slice):
            return [self._class(self._document, i) for i in range(*index.indices(count))]
        position = _position(index, count, self._class._noun)
        return self._class(self._document, position)

    def __iter__(self) -> Iterator[R]:
        for position in range(len(self)):
            yield self._class(self._document, position)

    def append(self, **values: Any) -> R:
        """Adds a row at the end with the given field values and returns it.

        ``declaration.indicators.append(level1="产出指标", level2="数量指标", name="培训人次",
        annual_target="≥200人次")``. If a value is refused, the row is removed again and the
        error raised, so the document is unchanged.
        """
        out = ffi.new("size_t *")
        check(self._document._api.add_row(self._document._handle, self._class._collection, out))
        return self._fill(int(out[0]), values)

    def insert(self, index: int, **values: Any) -> R:
        """Inserts a row before `index` (``len(rows)`` appends) and returns it."""
        count = len(self)
        position = count if index >= count else _position(index, count, self._class._noun)
        check(
            self._document._api.insert_row(
                self._document._handle, self._class._collection, position
            )
        )
        return self._fill(position, values)

    def __delitem__(self, index: int) -> None:
        position = _position(index, len(self), self._class._noun)
        check(
            self._document._api.remove_row(
                self._document._handle, self._class._collection, position
            )
        )

    def _fill(self, position: int, values: Dict[str, Any]) -> R:
        row = self._class(self._document, position)
        known = fields_of(self._class)
        try:
            for name, value in values.items():
                if name not in known:
                    raise TypeError(
                        f"{self._class.__name__} has no field {name!r} "
                        f"(fields: {', '.join(known)})"
                    )
                setattr(row, name, value)
        except BaseException:
            self._document._api.remove_row(
                self._document._handle, self._class._collection, position
            )
            raise
        return row

    def to_dicts(self) -> List[Dict[str, Any]]:
        """Every row as a dict of its fields, in order."""
        return [row.to_dict() for row in self]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per row, one column per field (needs pandas)."""
        return pandas_frame(self.to_dicts(), list(fields_of(self._class)))

    def __repr__(self) -> str:
        return f"<{len(self)} {self._class._noun}s>"


def _position(index: int, count: int, noun: str) -> int:
    if isinstance(index, bool) or not isinstance(index, int):
        raise TypeError(f"{noun} indices must be integers, not {type(index).__name__}")
    position = index + count if index < 0 else index
    if not 0 <= position < count:
        raise IndexError(f"{noun} index {index} out of range ({count} {noun}s)")
    return position


# -- the document base --------------------------------------------------------------------------


class Document(_FieldAccess):
    """What the three documents share: JSON in and out, copying, row access."""

    _api: ClassVar[_Api]
    _kind: ClassVar[int]
    _title: ClassVar[str]
    _row = 0

    def __init__(self) -> None:
        """A new, empty document (fill it field by field and row by row)."""
        out = ffi.new(f"{self._api.type} **")
        check(self._api.new(out))
        self._adopt(out[0])

    def _adopt(self, handle: Any) -> None:
        self._handle = ffi.gc(handle, self._api.free)
        self._document = self

    @classmethod
    def _from_handle(cls: Type["D"], handle: Any) -> "D":
        document = cls.__new__(cls)
        document._adopt(handle)
        return document

    @classmethod
    def from_json(
        cls: Type["D"],
        text: Union[str, bytes],
        *,
        max_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
    ) -> "D":
        """Reads this kind of document from a JSON text (str or UTF-8 bytes).

        Raises ParseError (JSON syntax, with ``byte_offset``), DocumentError (``path`` names the
        member), LimitError (bigger than max_bytes or nested deeper than max_depth, default
        64 MiB and 64), InvalidUtf8Error.
        """
        data = _text.encode(text)
        out = ffi.new(f"{cls._api.type} **")
        check(cls._api.load_json(data, len(data), json_options(max_bytes, max_depth), out))
        return cls._from_handle(out[0])

    @classmethod
    def load(
        cls: Type["D"],
        source: Source,
        *,
        max_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
    ) -> "D":
        """Reads this kind of document from a path, a JSON str, bytes or an open file."""
        data = read_source(source, _default_max_bytes(max_bytes))
        return cls.from_json(data, max_bytes=max_bytes, max_depth=max_depth)

    def to_json(self) -> str:
        """The document as JSON in normal form (2-space indent, final newline); members the
        library does not know (ERP extensions) are kept."""
        out = ffi.new("char **")
        check(self._api.to_json(self._handle, out))
        return _text.take(out[0])

    def save(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Writes ``to_json()`` to `path` as UTF-8."""
        write_text(path, self.to_json())

    def copy(self: "D") -> "D":
        """An independent deep copy."""
        out = ffi.new(f"{self._api.type} **")
        check(self._api.clone(self._handle, out))
        return type(self)._from_handle(out[0])

    def __copy__(self: "D") -> "D":
        return self.copy()

    def __deepcopy__(self: "D", memo: Dict[int, Any]) -> "D":
        return self.copy()

    # Row primitives used by the views.
    def _count(self, collection: int) -> int:
        out = ffi.new("size_t *")
        check(self._api.count(self._handle, collection, out))
        return int(out[0])

    def _get_text(self, field: int, row: int) -> Optional[str]:
        text = ffi.new("const char **")
        length = ffi.new("size_t *")
        check(self._api.get_text(self._handle, field, row, text, length))
        return _text.borrowed(text[0], length[0])

    def _set_text(self, field: int, row: int, data: bytes) -> None:
        check(self._api.set_text(self._handle, field, row, data, len(data)))

    def _set_int(self, field: int, row: int, value: int) -> None:
        if not -(2**63) <= value < 2**63:
            value = -(2**63) if value < 0 else 2**63 - 1  # the C layer reports the range
        check(self._api.set_int(self._handle, field, row, value))

    def _clear_field(self, field: int, row: int) -> None:
        check(self._api.clear(self._handle, field, row))

    # Aliases the issue and most readers use.
    @property
    def department(self) -> str:
        """部门名称: the same as ``department_name``."""
        return self.department_name  # type: ignore[attr-defined,no-any-return]

    @department.setter
    def department(self, value: str) -> None:
        self.department_name = value  # type: ignore[attr-defined]

    @property
    def year(self) -> int:
        """预算年度: the same as ``fiscal_year``."""
        return self.fiscal_year  # type: ignore[attr-defined,no-any-return]

    @year.setter
    def year(self, value: int) -> None:
        self.fiscal_year = value  # type: ignore[attr-defined]

    def to_dict(self) -> Dict[str, Any]:
        """The document's own fields (not its rows) as a dict."""
        return row_dict(self)

    def _summary(self) -> str:
        return ""

    def __repr__(self) -> str:
        project = getattr(self, "project_name", None)
        who = self.department_name + (f" / {project}" if project else "")  # type: ignore[attr-defined]
        kind = "部门整体" if self.kind == "department" else "项目支出"  # type: ignore[attr-defined]
        return f"<{type(self).__name__} {who} {self.fiscal_year} {kind}: {self._summary()}>"  # type: ignore[attr-defined]


D = TypeVar("D", bound=Document)


def _document_class(kind: int) -> Type[Document]:
    return {
        lib.JX_DOCUMENT_DECLARATION: Declaration,
        lib.JX_DOCUMENT_SELF_EVALUATION: SelfEvaluation,
        lib.JX_DOCUMENT_MONITORING_REPORT: MonitoringReport,
    }[kind]


def load(
    source: Source, *, max_bytes: Optional[int] = None, max_depth: Optional[int] = None
) -> Union["Declaration", "SelfEvaluation", "MonitoringReport"]:
    """Reads a jixiao document: a Declaration, SelfEvaluation or MonitoringReport as its "schema"
    member says.

    `source` is a path (str or os.PathLike), a JSON text (a str starting with "{"), UTF-8 bytes,
    or an open file. Raises FileError, ParseError, DocumentError (``path`` is the JSON Pointer of
    the offending member, e.g. "/indicators/2/annual_target"), LimitError or InvalidUtf8Error.
    """
    data = read_source(source, _default_max_bytes(max_bytes))
    options = json_options(max_bytes, max_depth)
    kind = ffi.new("int *")
    check(lib.jx_document_kind_of_json(data, len(data), options, kind))
    cls = _document_class(kind[0])
    return cls.from_json(data, max_bytes=max_bytes, max_depth=max_depth)  # type: ignore[return-value]


# -- declaration --------------------------------------------------------------------------------


class KeyTask(Row):
    """年度重点工作任务: one key task of a department declaration."""

    _collection = lib.JX_KEY_TASKS
    _noun = "key task"

    name = Text(lib.JX_KEY_TASK_NAME, "名称: the task")
    content = OptionalText(lib.JX_KEY_TASK_CONTENT, "主要实施内容")
    planned_funding = Amount(lib.JX_KEY_TASK_PLANNED_FUNDING, "拟投入的资金, in the budget unit")
    expected_outcome = OptionalText(lib.JX_KEY_TASK_EXPECTED_OUTCOME, "期望达到的目标")
    note = OptionalText(lib.JX_KEY_TASK_NOTE, "备注")

    def _label(self) -> str:
        name = self.name
        short = name if len(name) <= 24 else name[:23] + "…"
        return f"{short} planned_funding={self.planned_funding}"


class Indicator(Row):
    """三级指标: one performance indicator of a declaration."""

    _collection = lib.JX_INDICATORS
    _noun = "indicator"

    level1 = Text(lib.JX_INDICATOR_LEVEL1, "一级指标 (产出指标, 效益指标, 满意度指标, 成本指标)")
    level2 = Text(lib.JX_INDICATOR_LEVEL2, "二级指标 (数量指标, 质量指标, …)")
    name = Text(lib.JX_INDICATOR_NAME, "三级指标: the indicator's name")
    content = OptionalText(lib.JX_INDICATOR_CONTENT, "指标内容")
    explanation = OptionalText(lib.JX_INDICATOR_EXPLANATION, "指标解释")
    formula = OptionalText(lib.JX_INDICATOR_FORMULA, "计算方法, as written (see jixiao.Formula)")
    period_target = OptionalText(lib.JX_INDICATOR_PERIOD_TARGET, "实施周期指标值, as written")
    annual_target = OptionalText(
        lib.JX_INDICATOR_ANNUAL_TARGET, "年度指标值, as written (see jixiao.parse_target)"
    )
    unit = OptionalText(lib.JX_INDICATOR_UNIT, "计量单位")
    weight = Amount(lib.JX_INDICATOR_WEIGHT, "分值 / 权重")
    value_source = Choice(
        lib.JX_INDICATOR_VALUE_SOURCE,
        "指标值来源: plan, history, industry, budget_standard or other (计划标准 … 其他标准)",
    )
    core = Boolean(lib.JX_INDICATOR_CORE, "核心指标")
    note = OptionalText(lib.JX_INDICATOR_NOTE, "备注")

    def _label(self) -> str:
        return f"{self.level1}/{self.level2}/{self.name} annual_target={self.annual_target!r}"


class Declaration(Document):
    """绩效目标申报表: a department's (部门整体) or a project's (项目支出) target declaration.

    Fields of the declaration itself are attributes (``department_name``, ``fiscal_year``, …;
    ``department`` and ``year`` are short aliases); ``key_tasks`` and ``indicators`` are lists of
    rows; ``budget`` is the 预算 tree. Amounts are decimal.Decimal in ``budget_unit`` (万元 or 元).
    """

    _api = _Api("declaration")
    _kind = lib.JX_DOCUMENT_DECLARATION
    _title = "绩效目标申报表"

    kind = Choice(lib.JX_DECLARATION_KIND, "department (部门整体) or project (项目支出)")
    fiscal_year = Integer(lib.JX_DECLARATION_FISCAL_YEAR, "预算年度")
    department_name = Text(lib.JX_DECLARATION_DEPARTMENT_NAME, "部门名称")
    department_code = OptionalText(lib.JX_DECLARATION_DEPARTMENT_CODE, "部门代码")
    region_code = OptionalText(lib.JX_DECLARATION_REGION_CODE, "财政区划代码")
    project_name = OptionalText(
        lib.JX_DECLARATION_PROJECT_NAME, "项目名称 (None for a department declaration)"
    )
    project_code = OptionalText(lib.JX_DECLARATION_PROJECT_CODE, "项目代码")
    taxonomy = Text(lib.JX_DECLARATION_TAXONOMY, 'indicator taxonomy ("2015", "2021")')
    goal_overall = OptionalText(lib.JX_DECLARATION_GOAL_OVERALL, "总体绩效目标")
    goal_mid_term = OptionalText(lib.JX_DECLARATION_GOAL_MID_TERM, "中期目标")
    goal_annual = OptionalText(lib.JX_DECLARATION_GOAL_ANNUAL, "年度目标")
    budget_unit = Choice(lib.JX_DECLARATION_BUDGET_UNIT, "万元 or 元: the unit of every amount")
    note = OptionalText(lib.JX_DECLARATION_NOTE, "备注")

    @property
    def key_tasks(self) -> Rows[KeyTask]:
        """年度重点工作任务, in form order."""
        return Rows(self, KeyTask)

    @property
    def tasks(self) -> Rows[KeyTask]:
        """The same as ``key_tasks``."""
        return self.key_tasks

    @property
    def indicators(self) -> Rows[Indicator]:
        """三级指标, in form order."""
        return Rows(self, Indicator)

    @property
    def budget(self) -> "Budget":
        """预算整体情况: three sections of budget lines."""
        return Budget(self)

    def _summary(self) -> str:
        return f"{self._count(lib.JX_KEY_TASKS)} key tasks, {self._count(lib.JX_INDICATORS)} indicators"


# -- budget tree ----------------------------------------------------------------------------------

_SECTIONS: Tuple[Tuple[str, int, str], ...] = (
    ("expenditure", lib.JX_BUDGET_EXPENDITURE, "部门预算支出"),
    ("income", lib.JX_BUDGET_INCOME, "收入来源"),
    ("by_level", lib.JX_BUDGET_BY_LEVEL, "按预算级次划分"),
)
_SECTION_NAMES = {number: name for name, number, _ in _SECTIONS}


def _path_array(path: Tuple[int, ...]) -> Any:
    return ffi.new("size_t[]", list(path)) if path else ffi.NULL


class BudgetLine:
    """One line of the budget tree: a view of (declaration, section, path of indices)."""

    name = Text(lib.JX_BUDGET_LINE_NAME, "the label as written")
    code = OptionalText(lib.JX_BUDGET_LINE_CODE, "budget system code (功能分类 / 经济分类)")
    amount = Amount(lib.JX_BUDGET_LINE_AMOUNT, "the figure as written (None for a heading)")
    note = OptionalText(lib.JX_BUDGET_LINE_NOTE, "备注")
    effective_amount = ComputedAmount(
        lib.JX_BUDGET_LINE_EFFECTIVE_AMOUNT,
        "the amount, or when blank the sum of the sub-lines' effective amounts (read-only)",
    )

    def __init__(self, declaration: Declaration, section: int, path: Tuple[int, ...]) -> None:
        self._declaration = declaration
        self._section = section
        self._path = path

    @property
    def section(self) -> str:
        """expenditure, income or by_level."""
        return _SECTION_NAMES[self._section]

    @property
    def path(self) -> Tuple[int, ...]:
        """Indices from the section's top level down to this line."""
        return self._path

    @property
    def depth(self) -> int:
        """1 for a top-level line."""
        return len(self._path)

    @property
    def children(self) -> "BudgetLines":
        """The lines directly below this one."""
        return BudgetLines(self._declaration, self._section, self._path)

    def add(self, name: str, amount: Optional[Number] = None, **fields: Any) -> "BudgetLine":
        """Adds a sub-line at the end of ``children`` and returns it."""
        return self.children.append(name, amount, **fields)

    def remove(self) -> None:
        """Removes this line with all its sub-lines."""
        path = _path_array(self._path)
        check(
            lib.jx_declaration_budget_remove(
                self._declaration._handle, self._section, path, len(self._path)
            )
        )

    def walk(self) -> Iterator["BudgetLine"]:
        """This line and every line below it, depth first in form order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> Dict[str, Any]:
        values = row_dict(self)
        return {"section": self.section, "path": self._path, "depth": self.depth, **values}

    # Field access for the descriptors.
    def _read_text(self, field: int) -> Optional[str]:
        text = ffi.new("const char **")
        length = ffi.new("size_t *")
        path = _path_array(self._path)
        check(
            lib.jx_declaration_budget_get_text(
                self._declaration._handle, self._section, path, len(self._path), field, text, length
            )
        )
        return _text.borrowed(text[0], length[0])

    def _write(self, descriptor: Field[Any], value: Any) -> None:
        data = descriptor.to_text(value)
        path = _path_array(self._path)
        check(
            lib.jx_declaration_budget_set_text(
                self._declaration._handle,
                self._section,
                path,
                len(self._path),
                descriptor.field,
                data,
                len(data),
            )
        )

    def _clear(self, field: int) -> None:
        path = _path_array(self._path)
        check(
            lib.jx_declaration_budget_clear(
                self._declaration._handle, self._section, path, len(self._path), field
            )
        )

    def __repr__(self) -> str:
        try:
            amount = self.amount
            label = f"{self.name!r} amount={amount}" if amount is not None else repr(self.name)
        except OutOfRangeError:
            label = "(removed)"
        return f"<BudgetLine {self.section}{list(self._path)} {label}>"


class BudgetLines(Sequence[BudgetLine]):
    """The lines directly below a parent (a section, or a line)."""

    def __init__(self, declaration: Declaration, section: int, parent: Tuple[int, ...]) -> None:
        self._declaration = declaration
        self._section = section
        self._parent = parent

    def __len__(self) -> int:
        out = ffi.new("size_t *")
        path = _path_array(self._parent)
        check(
            lib.jx_declaration_budget_count(
                self._declaration._handle, self._section, path, len(self._parent), out
            )
        )
        return int(out[0])

    @overload
    def __getitem__(self, index: int) -> BudgetLine: ...

    @overload
    def __getitem__(self, index: slice) -> List[BudgetLine]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[BudgetLine, List[BudgetLine]]:
        count = len(self)
        if isinstance(index, slice):
            return [self._line(i) for i in range(*index.indices(count))]
        return self._line(_position(index, count, "budget line"))

    def _line(self, position: int) -> BudgetLine:
        return BudgetLine(self._declaration, self._section, self._parent + (position,))

    def __iter__(self) -> Iterator[BudgetLine]:
        for position in range(len(self)):
            yield self._line(position)

    def append(self, name: str, amount: Optional[Number] = None, **fields: Any) -> BudgetLine:
        """Adds a line named `name` (with an amount and other fields: code, note) at the end."""
        data = _text.encode(name)
        out = ffi.new("size_t *")
        path = _path_array(self._parent)
        check(
            lib.jx_declaration_budget_add(
                self._declaration._handle,
                self._section,
                path,
                len(self._parent),
                data,
                len(data),
                out,
            )
        )
        line = self._line(int(out[0]))
        try:
            if amount is not None:
                line.amount = amount
            for field, value in fields.items():
                if field not in ("code", "note"):
                    raise TypeError(f"a budget line has no settable field {field!r}")
                setattr(line, field, value)
        except BaseException:
            line.remove()
            raise
        return line

    def walk(self) -> Iterator[BudgetLine]:
        """Every line at and below this level, depth first in form order."""
        for line in self:
            yield from line.walk()

    def __repr__(self) -> str:
        return f"<{len(self)} budget lines>"


class BudgetSection(BudgetLines):
    """One of the three sections: 部门预算支出 (expenditure), 收入来源 (income),
    按预算级次划分 (by_level)."""

    def __init__(self, declaration: Declaration, section: int) -> None:
        super().__init__(declaration, section, ())

    @property
    def name(self) -> str:
        """expenditure, income or by_level."""
        return _SECTION_NAMES[self._section]

    @property
    def label(self) -> str:
        """The section's heading on the form (部门预算支出 …)."""
        return next(label for _, number, label in _SECTIONS if number == self._section)

    @property
    def total(self) -> decimal.Decimal:
        """Sum of the top-level lines' effective amounts (0 when the section is empty), at the
        largest scale they are written with (480.5000 + 0 is 480.5000, as the CLI prints it)."""
        from .decimals import format_decimal, take_handle

        out = ffi.new("jx_decimal **")
        check(lib.jx_declaration_budget_total(self._declaration._handle, self._section, out))
        total = take_handle(out[0]) or decimal.Decimal(0)
        scales = [
            -amount.as_tuple().exponent  # type: ignore[operator]
            for amount in (line.effective_amount for line in self)
            if amount is not None
        ]
        scale = max(scales, default=0)
        return decimal.Decimal(format_decimal(total, scale)) if scale > 0 else total

    def __repr__(self) -> str:
        return f"<BudgetSection {self.name} ({self.label}): {len(self)} lines, total {self.total}>"


class Budget:
    """预算整体情况 of a declaration: the unit and the three sections."""

    def __init__(self, declaration: Declaration) -> None:
        self._declaration = declaration

    @property
    def unit(self) -> Optional[str]:
        """万元 or 元 (the declaration's ``budget_unit``)."""
        return self._declaration.budget_unit

    @property
    def expenditure(self) -> BudgetSection:
        """部门预算支出."""
        return BudgetSection(self._declaration, lib.JX_BUDGET_EXPENDITURE)

    @property
    def income(self) -> BudgetSection:
        """收入来源."""
        return BudgetSection(self._declaration, lib.JX_BUDGET_INCOME)

    @property
    def by_level(self) -> BudgetSection:
        """按预算级次划分."""
        return BudgetSection(self._declaration, lib.JX_BUDGET_BY_LEVEL)

    @property
    def sections(self) -> List[BudgetSection]:
        """expenditure, income, by_level."""
        return [BudgetSection(self._declaration, number) for _, number, _ in _SECTIONS]

    def walk(self) -> Iterator[BudgetLine]:
        """Every line of every section, depth first in form order."""
        for section in self.sections:
            yield from section.walk()

    def find(self, name: str) -> Optional[BudgetLine]:
        """The first line named exactly `name` (expenditure, then income, then by level), or None."""
        data = _text.encode(name)
        section = ffi.new("int *")
        capacity = int(lib.JX_MAX_BUDGET_DEPTH)
        path = ffi.new("size_t[]", capacity)
        depth = ffi.new("size_t *")
        check(
            lib.jx_declaration_budget_find(
                self._declaration._handle, data, len(data), section, path, capacity, depth
            )
        )
        if depth[0] == 0:
            return None
        return BudgetLine(self._declaration, section[0], tuple(path[i] for i in range(depth[0])))

    def to_dicts(self) -> List[Dict[str, Any]]:
        """Every line as a dict (section, path, depth and its fields)."""
        return [line.to_dict() for line in self.walk()]

    def to_pandas(self) -> Any:
        """A pandas DataFrame of every line (needs pandas)."""
        columns = ["section", "path", "depth", *fields_of(BudgetLine)]
        return pandas_frame(self.to_dicts(), columns)

    def __repr__(self) -> str:
        totals = ", ".join(f"{s.name} {s.total}" for s in self.sections)
        return f"<Budget ({self.unit}): {totals}>"


# -- self-evaluation ----------------------------------------------------------------------------


class FundExecution(Row):
    """预算执行情况: one fund row of a self-evaluation."""

    _collection = lib.JX_FUND_EXECUTIONS
    _noun = "fund execution"

    source = Text(lib.JX_FUND_EXECUTION_SOURCE, "资金来源 (年度资金总额, 财政拨款, …)")
    initial_budget = Amount(lib.JX_FUND_EXECUTION_INITIAL_BUDGET, "年初预算数")
    adjustment = Amount(lib.JX_FUND_EXECUTION_ADJUSTMENT, "年度调整")
    annual_budget = Amount(lib.JX_FUND_EXECUTION_ANNUAL_BUDGET, "全年预算数")
    executed = Amount(lib.JX_FUND_EXECUTION_EXECUTED, "全年执行数")
    weight = Amount(lib.JX_FUND_EXECUTION_WEIGHT, "分值")
    published_score = Amount(lib.JX_FUND_EXECUTION_PUBLISHED_SCORE, "得分, as published")
    deviation_reason = OptionalText(lib.JX_FUND_EXECUTION_DEVIATION_REASON, "偏差原因")
    note = OptionalText(lib.JX_FUND_EXECUTION_NOTE, "备注")

    def _label(self) -> str:
        return f"{self.source} annual_budget={self.annual_budget} executed={self.executed}"


class IndicatorResult(Row):
    """One indicator of a self-evaluation: target, actual value, published score."""

    _collection = lib.JX_INDICATOR_RESULTS
    _noun = "indicator result"

    declaration_ref = OptionalText(
        lib.JX_INDICATOR_RESULT_DECLARATION_REF, "JSON Pointer of the indicator in the declaration"
    )
    level1 = Text(lib.JX_INDICATOR_RESULT_LEVEL1, "一级指标")
    level2 = Text(lib.JX_INDICATOR_RESULT_LEVEL2, "二级指标")
    name = Text(lib.JX_INDICATOR_RESULT_NAME, "三级指标")
    annual_target = OptionalText(lib.JX_INDICATOR_RESULT_ANNUAL_TARGET, "年度指标值")
    actual_value = OptionalText(lib.JX_INDICATOR_RESULT_ACTUAL_VALUE, "实际完成值")
    grade = Choice(lib.JX_INDICATOR_RESULT_GRADE, "met, partly_met or not_met")
    weight = Amount(lib.JX_INDICATOR_RESULT_WEIGHT, "分值")
    published_score = Amount(lib.JX_INDICATOR_RESULT_PUBLISHED_SCORE, "得分, as published")
    deduction = Amount(lib.JX_INDICATOR_RESULT_DEDUCTION, "扣减分数")
    description = OptionalText(lib.JX_INDICATOR_RESULT_DESCRIPTION, "完成情况简要描述")
    deviation_reason = OptionalText(lib.JX_INDICATOR_RESULT_DEVIATION_REASON, "偏差原因")
    note = OptionalText(lib.JX_INDICATOR_RESULT_NOTE, "备注")

    def _label(self) -> str:
        return f"{self.name} target={self.annual_target!r} actual={self.actual_value!r}"


class SelfEvaluation(Document):
    """绩效自评表: the year-end self-evaluation of a declaration."""

    _api = _Api("self_evaluation")
    _kind = lib.JX_DOCUMENT_SELF_EVALUATION
    _title = "绩效自评表"

    kind = Choice(lib.JX_SELF_EVALUATION_KIND, "department or project")
    fiscal_year = Integer(lib.JX_SELF_EVALUATION_FISCAL_YEAR, "预算年度")
    department_name = Text(lib.JX_SELF_EVALUATION_DEPARTMENT_NAME, "部门名称")
    department_code = OptionalText(lib.JX_SELF_EVALUATION_DEPARTMENT_CODE, "部门代码")
    region_code = OptionalText(lib.JX_SELF_EVALUATION_REGION_CODE, "财政区划代码")
    project_name = OptionalText(lib.JX_SELF_EVALUATION_PROJECT_NAME, "项目名称")
    project_code = OptionalText(lib.JX_SELF_EVALUATION_PROJECT_CODE, "项目代码")
    taxonomy = Text(lib.JX_SELF_EVALUATION_TAXONOMY, "indicator taxonomy")
    budget_unit = Choice(lib.JX_SELF_EVALUATION_BUDGET_UNIT, "万元 or 元")
    annual_goal = OptionalText(lib.JX_SELF_EVALUATION_ANNUAL_GOAL, "年初设定目标")
    goal_completion = OptionalText(lib.JX_SELF_EVALUATION_GOAL_COMPLETION, "实际完成情况")
    total_score = Amount(lib.JX_SELF_EVALUATION_TOTAL_SCORE, "自评总分, as published")
    grade = Choice(lib.JX_SELF_EVALUATION_GRADE, "excellent, good, fair or poor (优良中差)")
    deviation_reason = OptionalText(
        lib.JX_SELF_EVALUATION_DEVIATION_REASON, "偏差分析及整改措施"
    )
    note = OptionalText(lib.JX_SELF_EVALUATION_NOTE, "备注")

    @property
    def budget_execution(self) -> Rows[FundExecution]:
        """预算执行情况 rows."""
        return Rows(self, FundExecution)

    @property
    def indicators(self) -> Rows[IndicatorResult]:
        """One row per indicator."""
        return Rows(self, IndicatorResult)

    def _summary(self) -> str:
        return (
            f"{self._count(lib.JX_FUND_EXECUTIONS)} fund rows, "
            f"{self._count(lib.JX_INDICATOR_RESULTS)} indicators, total_score {self.total_score}"
        )


# -- monitoring report --------------------------------------------------------------------------


class MonitoringLine(Row):
    """预算执行情况: one budget line of a monitoring report."""

    _collection = lib.JX_MONITORING_LINES
    _noun = "monitoring line"

    name = Text(lib.JX_MONITORING_LINE_NAME, "the line's label")
    code = OptionalText(lib.JX_MONITORING_LINE_CODE, "budget system code")
    annual_budget = Amount(lib.JX_MONITORING_LINE_ANNUAL_BUDGET, "全年预算数")
    executed = Amount(lib.JX_MONITORING_LINE_EXECUTED, "1–N月执行数")
    note = OptionalText(lib.JX_MONITORING_LINE_NOTE, "备注")

    def _label(self) -> str:
        return f"{self.name} annual_budget={self.annual_budget} executed={self.executed}"


class IndicatorProgress(Row):
    """One indicator of a monitoring report: progress so far and the expected completion."""

    _collection = lib.JX_INDICATOR_PROGRESS
    _noun = "indicator progress"

    declaration_ref = OptionalText(
        lib.JX_INDICATOR_PROGRESS_DECLARATION_REF, "JSON Pointer of the indicator in the declaration"
    )
    level1 = Text(lib.JX_INDICATOR_PROGRESS_LEVEL1, "一级指标")
    level2 = Text(lib.JX_INDICATOR_PROGRESS_LEVEL2, "二级指标")
    name = Text(lib.JX_INDICATOR_PROGRESS_NAME, "三级指标")
    annual_target = OptionalText(lib.JX_INDICATOR_PROGRESS_ANNUAL_TARGET, "年度指标值")
    progress = OptionalText(lib.JX_INDICATOR_PROGRESS_PROGRESS, "1–N月执行情况")
    expected_completion = OptionalText(
        lib.JX_INDICATOR_PROGRESS_EXPECTED_COMPLETION, "全年预计完成情况"
    )
    deviation_causes = Choices(
        lib.JX_INDICATOR_PROGRESS_DEVIATION_CAUSES,
        "偏差原因: funding, institutional, staffing, hardware, other (经费保障 … 其他)",
    )
    deviation_reason = OptionalText(lib.JX_INDICATOR_PROGRESS_DEVIATION_REASON, "原因说明")
    likelihood = Choice(
        lib.JX_INDICATOR_PROGRESS_LIKELIHOOD, "完成目标可能性: certain, possible or impossible"
    )
    note = OptionalText(lib.JX_INDICATOR_PROGRESS_NOTE, "备注")

    def _label(self) -> str:
        return f"{self.name} progress={self.progress!r} likelihood={self.likelihood}"


class MonitoringReport(Document):
    """绩效运行监控表: mid-year monitoring of a declaration (months 1 … ``month``)."""

    _api = _Api("monitoring_report")
    _kind = lib.JX_DOCUMENT_MONITORING_REPORT
    _title = "绩效运行监控表"

    kind = Choice(lib.JX_MONITORING_REPORT_KIND, "department or project")
    fiscal_year = Integer(lib.JX_MONITORING_REPORT_FISCAL_YEAR, "预算年度")
    department_name = Text(lib.JX_MONITORING_REPORT_DEPARTMENT_NAME, "部门名称")
    department_code = OptionalText(lib.JX_MONITORING_REPORT_DEPARTMENT_CODE, "部门代码")
    region_code = OptionalText(lib.JX_MONITORING_REPORT_REGION_CODE, "财政区划代码")
    project_name = OptionalText(lib.JX_MONITORING_REPORT_PROJECT_NAME, "项目名称")
    project_code = OptionalText(lib.JX_MONITORING_REPORT_PROJECT_CODE, "项目代码")
    month = Integer(lib.JX_MONITORING_REPORT_MONTH, "the report covers months 1 … month")
    budget_unit = Choice(lib.JX_MONITORING_REPORT_BUDGET_UNIT, "万元 or 元")
    note = OptionalText(lib.JX_MONITORING_REPORT_NOTE, "备注")

    @property
    def budget_execution(self) -> Rows[MonitoringLine]:
        """预算执行情况 lines."""
        return Rows(self, MonitoringLine)

    @property
    def indicators(self) -> Rows[IndicatorProgress]:
        """One row per indicator."""
        return Rows(self, IndicatorProgress)

    def _summary(self) -> str:
        return (
            f"months 1–{self.month}, {self._count(lib.JX_MONITORING_LINES)} budget lines, "
            f"{self._count(lib.JX_INDICATOR_PROGRESS)} indicators"
        )
