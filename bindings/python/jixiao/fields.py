"""Typed attributes over the C ABI's field accessors (jx_<kind>_get_text, set_text, …).

A row of a document (an indicator, a key task, the declaration itself) is a view: its attributes
read and write the document through the C layer on every access, so a change made through one view
is seen by every other and by ``to_json()``. Each attribute is a :class:`Field` whose C field id
and name (``jx_field_name``) are those of jixiao.h; tests check that the two agree.
"""

from __future__ import annotations

import decimal
from typing import Any, Dict, Generic, List, Optional, Tuple, TypeVar, overload

from . import _text
from .decimals import decimal_text

__all__ = ["Field", "Text", "OptionalText", "Integer", "Boolean", "Amount", "Choice", "Choices"]

T = TypeVar("T")


class Field(Generic[T]):
    """An attribute backed by one C field id; subclasses fix how values convert."""

    read_only = False

    def __init__(self, field: int, doc: str) -> None:
        self.field = field
        self.__doc__ = doc
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, row: None, owner: Optional[type] = None) -> "Field[T]": ...

    @overload
    def __get__(self, row: object, owner: Optional[type] = None) -> T: ...

    def __get__(self, row: Any, owner: Optional[type] = None) -> Any:
        if row is None:
            return self
        return self.from_text(row._read_text(self.field))

    def __set__(self, row: Any, value: T) -> None:
        if self.read_only:
            raise AttributeError(f"{self.name} is computed and cannot be set")
        if value is None:
            row._clear(self.field)
        else:
            row._write(self, value)

    def from_text(self, text: Optional[str]) -> Any:
        """The Python value of the field's text form (subclasses convert; the base keeps text)."""
        return text

    def to_text(self, value: Any) -> bytes:
        """The text form set_text accepts for `value`."""
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be a str, not {type(value).__name__}")
        return _text.encode(value)


class Text(Field[str]):
    """A required text: always a str ("" when empty)."""

    def from_text(self, text: Optional[str]) -> str:
        return text or ""


class OptionalText(Field[Optional[str]]):
    """An optional text: None when absent (JSON null); assigning None clears it."""

    def from_text(self, text: Optional[str]) -> Optional[str]:
        return text


class Integer(Field[int]):
    """An integer (a year, a month)."""

    def from_text(self, text: Optional[str]) -> int:
        return int(text) if text else 0

    def __set__(self, row: Any, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name} must be an int, not {type(value).__name__}")
        row._write_int(self.field, value)


class Boolean(Field[bool]):
    """A yes/no mark (核心指标)."""

    def from_text(self, text: Optional[str]) -> bool:
        return text == "true"

    def __set__(self, row: Any, value: bool) -> None:
        if not isinstance(value, bool):
            raise TypeError(f"{self.name} must be a bool, not {type(value).__name__}")
        row._write_int(self.field, int(value))


class Amount(Field[Optional[decimal.Decimal]]):
    """An exact number (amount, weight, score) as decimal.Decimal at the scale it was written;
    None when absent. Assign a Decimal, an int or a str ("1,163.71"); a float is refused."""

    def from_text(self, text: Optional[str]) -> Optional[decimal.Decimal]:
        return None if text is None else decimal.Decimal(text)

    def to_text(self, value: Any) -> bytes:
        return decimal_text(value, self.name)


class ComputedAmount(Amount):
    """A read-only exact number the library derives (a budget line's effective amount)."""

    read_only = True


class Choice(Field[Optional[str]]):
    """An enumeration as its JSON name ("department", "plan"); assigning also accepts the form
    label ("项目支出", "计划标准"). None when absent."""

    def from_text(self, text: Optional[str]) -> Optional[str]:
        return text


class Choices(Field[List[str]]):
    """A list of enumeration names (偏差原因: ["funding", "staffing"])."""

    def from_text(self, text: Optional[str]) -> List[str]:
        return text.split(", ") if text else []

    def to_text(self, value: Any) -> bytes:
        if isinstance(value, str):
            return _text.encode(value)
        items = list(value)
        for item in items:
            if not isinstance(item, str):
                raise TypeError(f"{self.name} items must be str, not {type(item).__name__}")
        return _text.encode(", ".join(items))


def fields_of(cls: type) -> Dict[str, Field[Any]]:
    """The Field attributes of a row class, in declaration order (base classes first)."""
    found: Dict[str, Field[Any]] = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, Field) and not name.startswith("_"):
                found[name] = value
    return found


def row_dict(row: Any, aliases: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """A plain dict of a row's field values (for DataFrames and JSON-minded code)."""
    return {
        name: field.__get__(row, type(row))
        for name, field in fields_of(type(row)).items()
        if name not in aliases
    }


def pandas_frame(records: List[Dict[str, Any]], columns: List[str]) -> Any:
    """A pandas DataFrame of `records` (ImportError with a hint when pandas is not installed)."""
    try:
        import pandas
    except ImportError as missing:
        raise ImportError(
            "to_pandas() needs pandas (Debian: apt install python3-pandas; or pip install pandas)"
        ) from missing
    return pandas.DataFrame.from_records(records, columns=columns)

