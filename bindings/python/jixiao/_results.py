"""What scorecards and monitoring results share: immutable handles read field by field, rows as
read-only views with typed attributes, traces and findings."""

from __future__ import annotations

import json
from typing import Any, ClassVar, Dict, List, NamedTuple, Optional, Type, TypeVar

from . import _text
from ._native import ffi, lib
from .errors import check
from .fields import Field, pandas_frame, row_dict

__all__ = ["Trace", "RuleFinding", "OptionalBoolean", "ResultRow", "Result"]


class Trace(NamedTuple):
    """How a score or colour was reached: the rule, its variant, the arithmetic an auditor can
    redo, the inputs (name → value as written) and notes."""

    rule: str
    variant: str
    arithmetic: str
    inputs: Dict[str, str]
    notes: List[str]


class RuleFinding(NamedTuple):
    """A problem the scoring or monitoring rules name (a missing actual value, weights that do
    not add up, …)."""

    code: str  #: "actual_missing", "weights_total", "progress_missing", …
    severity: str  #: error or warning
    path: str  #: JSON Pointer into the scored or monitored document
    message: str  #: in Chinese
    message_en: str  #: in English


class OptionalBoolean(Field[Optional[bool]]):
    """A yes/no result that may be absent (an indicator that was not scored)."""

    def from_text(self, text: Optional[str]) -> Optional[bool]:
        return None if text is None else text == "true"


class _Api:
    """The jx_<kind>_* reading functions of one result kind."""

    def __init__(self, kind: str) -> None:
        self.count = getattr(lib, f"jx_{kind}_count")
        self.get_text = getattr(lib, f"jx_{kind}_get_text")
        self.to_json = getattr(lib, f"jx_{kind}_to_json")
        self.to_text = getattr(lib, f"jx_{kind}_to_text")
        self.free = getattr(lib, f"jx_{kind}_free")


class Result:
    """An immutable engine result (scorecard, monitoring result) behind a C handle."""

    _api: ClassVar[_Api]
    _findings_collection: ClassVar[int]
    _finding_fields: ClassVar[tuple]

    def __init__(self) -> None:
        raise TypeError(f"a {type(self).__name__} comes from jixiao.score() or jixiao.monitor()")

    @classmethod
    def _from_handle(cls: Type["T"], handle: Any) -> "T":
        result = cls.__new__(cls)
        result._handle = ffi.gc(handle, cls._api.free)
        return result

    def _count(self, collection: int) -> int:
        out = ffi.new("size_t *")
        check(self._api.count(self._handle, collection, out))
        return int(out[0])

    def _get_text(self, field: int, row: int = 0) -> Optional[str]:
        text = ffi.new("const char **")
        length = ffi.new("size_t *")
        check(self._api.get_text(self._handle, field, row, text, length))
        return _text.borrowed(text[0], length[0])

    def _rows(self, row_class: Type["R"], first: int = 0) -> List["R"]:
        return [row_class(self, row) for row in range(first, self._count(row_class._collection))]

    # Root fields are read as row 0 by the same descriptors as rows.
    _row = 0

    def _read_text(self, field: int) -> Optional[str]:
        return self._get_text(field, 0)

    def _write(self, descriptor: Field[Any], value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    _write_int = _write
    _clear = _write

    @property
    def findings(self) -> List[RuleFinding]:
        """Problems the rules name, in document order."""
        code, severity, path, zh, en = self._finding_fields
        return [
            RuleFinding(
                code=self._get_text(code, row) or "",
                severity=self._get_text(severity, row) or "",
                path=self._get_text(path, row) or "",
                message=self._get_text(zh, row) or "",
                message_en=self._get_text(en, row) or "",
            )
            for row in range(self._count(self._findings_collection))
        ]

    def to_json(self) -> str:
        """The result as its JSON document (the CLI's --format json)."""
        out = ffi.new("char **")
        check(self._api.to_json(self._handle, out))
        return _text.take(out[0])

    def to_dict(self) -> Dict[str, Any]:
        return json.loads(self.to_json())  # type: ignore[no-any-return]

    def to_text(self) -> str:
        """The readable report the CLI prints (without terminal colours)."""
        out = ffi.new("char **")
        check(self._api.to_text(self._handle, out))
        return _text.take(out[0])


T = TypeVar("T", bound=Result)


class ResultRow:
    """One row of a result collection: a read-only view with typed attributes and a trace."""

    _collection: ClassVar[int]
    _trace_fields: ClassVar[Optional[tuple]] = None

    def __init__(self, result: Result, row: int) -> None:
        self._result = result
        self._row = row

    def _read_text(self, field: int) -> Optional[str]:
        return self._result._get_text(field, self._row)

    def _write(self, descriptor: Field[Any], value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    _write_int = _write
    _clear = _write

    @property
    def trace(self) -> Trace:
        """How this row's result was reached."""
        rule, variant, arithmetic, inputs, notes = (
            self._read_text(field) or "" for field in self._trace_fields or ()
        )
        pairs = (line.split(": ", 1) for line in inputs.splitlines() if line)
        return Trace(
            rule=rule,
            variant=variant,
            arithmetic=arithmetic,
            inputs={pair[0]: pair[1] if len(pair) > 1 else "" for pair in pairs},
            notes=[line for line in notes.splitlines() if line],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The row's fields as a dict (the trace as its rule and arithmetic)."""
        values = row_dict(self)
        if self._trace_fields:
            trace = self.trace
            values["rule"] = trace.rule
            values["arithmetic"] = trace.arithmetic
        return values


R = TypeVar("R", bound=ResultRow)


def rows_frame(rows: List[ResultRow]) -> Any:
    """A pandas DataFrame of result rows (needs pandas)."""
    records = [row.to_dict() for row in rows]
    columns = list(records[0]) if records else []
    return pandas_frame(records, columns)
