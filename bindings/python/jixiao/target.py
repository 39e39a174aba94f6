"""指标值: indicator target values read the way a finance officer reads them (docs/targets.md).

``jixiao.parse_target("≥95%")`` never fails on content: an unreadable text is a ``vague`` target
whose ``diagnostics`` say, with character positions, why.
"""

from __future__ import annotations

import decimal
import enum
import json
from typing import Any, Dict, List, NamedTuple, Optional, Union

from . import _text
from ._native import ffi, lib
from .decimals import Number, decimal_text, take_handle
from .errors import check

__all__ = ["Comparator", "Target", "TargetDiagnostic", "MofValue", "parse_target"]


class Comparator(enum.IntEnum):
    """Comparators; values are the MOF 计算符号 codes 1–5 (JX_COMPARATOR_*)."""

    NONE = lib.JX_COMPARATOR_NONE
    GREATER_EQUAL = lib.JX_COMPARATOR_GREATER_EQUAL  #: ≥
    GREATER = lib.JX_COMPARATOR_GREATER  #: ＞
    EQUAL = lib.JX_COMPARATOR_EQUAL  #: ＝
    LESS = lib.JX_COMPARATOR_LESS  #: ＜
    LESS_EQUAL = lib.JX_COMPARATOR_LESS_EQUAL  #: ≤

    @classmethod
    def of(cls, value: Union["Comparator", str, int]) -> "Comparator":
        """A comparator from itself, a symbol (">=", "≥", "＞", "<", …), a name ("greater_equal")
        or a MOF code (1–5)."""
        if isinstance(value, Comparator):
            return value
        if isinstance(value, str):
            found = _SYMBOLS.get(value.strip()) or _SYMBOLS.get(value.strip().upper())
            if found is None:
                raise ValueError(
                    f"unknown comparator {value!r} (expected ≥ ＞ ＝ ＜ ≤, >= > = < <=, or a name)"
                )
            return found
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value)
        raise TypeError(f"a comparator is a Comparator, a symbol or a code, not {type(value).__name__}")


_SYMBOLS: Dict[str, Comparator] = {
    **{member.name: member for member in Comparator},
    ">=": Comparator.GREATER_EQUAL, "≥": Comparator.GREATER_EQUAL, "≧": Comparator.GREATER_EQUAL,
    ">": Comparator.GREATER, "＞": Comparator.GREATER,
    "=": Comparator.EQUAL, "==": Comparator.EQUAL, "＝": Comparator.EQUAL,
    "<": Comparator.LESS, "＜": Comparator.LESS,
    "<=": Comparator.LESS_EQUAL, "≤": Comparator.LESS_EQUAL, "≦": Comparator.LESS_EQUAL,
}  # fmt: skip


class TargetDiagnostic(NamedTuple):
    """Why a target text is vague or unreadable, and where (offsets into ``Target.text``)."""

    code: str  #: "vague_phrase", "unknown_unit", …
    message: str  #: "中文 / English"
    message_zh: str
    message_en: str
    offset: int  #: 0-based character offset
    byte_offset: int
    length: int  #: characters covered (0: a point)


class MofValue(NamedTuple):
    """The MOF split an ERP stores (计算符号 PMKPIZBXS, INDVALUE, INDUNIT)."""

    code: int  #: 1 ≥, 2 ＞, 3 ＝, 4 ＜, 5 ≤, 6 定性
    value: Optional[decimal.Decimal]  #: codes 1–5
    unit: str  #: codes 1–5 (may be "")
    text: str  #: the canonical text (code 6: everything one symbol and number cannot hold)


class Target:
    """A parsed 指标值. Immutable; ``str(target)`` is its canonical form ("≥95%")."""

    def __init__(self, text: Union[str, bytes]) -> None:
        """Reads `text` (same as ``jixiao.parse_target``)."""
        data = _text.encode(text)
        out = ffi.new("jx_target **")
        check(lib.jx_target_parse(data, len(data), out))
        self._adopt(out[0])

    def _adopt(self, handle: Any) -> None:
        self._handle = ffi.gc(handle, lib.jx_target_free)

    @classmethod
    def _from_handle(cls, handle: Any) -> "Target":
        target = cls.__new__(cls)
        target._adopt(handle)
        return target

    @classmethod
    def from_mof(cls, code: int, value: Union[Number, str], unit: str = "") -> "Target":
        """A target from an ERP row in the MOF split form: code 1–5 with a number and unit, or
        code 6 with the target text as `value`. Raises InvalidArgumentError (code outside 1–6) or
        ParseError (codes 1–5 with a value that is not a number)."""
        data = _text.encode(value) if isinstance(value, (str, bytes)) else decimal_text(value)
        unit_data = _text.encode(unit)
        out = ffi.new("jx_target **")
        check(lib.jx_target_from_mof(code, data, len(data), unit_data, len(unit_data), out))
        return cls._from_handle(out[0])

    # Field access ------------------------------------------------------------------------------
    def _get_text(self, field: int, row: int = 0) -> str:
        text = ffi.new("const char **")
        length = ffi.new("size_t *")
        check(lib.jx_target_get_text(self._handle, field, row, text, length))
        return _text.borrowed(text[0], length[0]) or ""

    def _optional_text(self, field: int) -> Optional[str]:
        return self._get_text(field) or None

    def _get_int(self, field: int, row: int = 0) -> int:
        out = ffi.new("int64_t *")
        check(lib.jx_target_get_int(self._handle, field, row, out))
        return int(out[0])

    def _get_decimal(self, field: int) -> Optional[decimal.Decimal]:
        # The text form keeps the scale as written ("95.0%" → Decimal("95.0")).
        text = self._get_text(field)
        return decimal.Decimal(text) if text else None

    def _count(self, collection: int) -> int:
        out = ffi.new("size_t *")
        check(lib.jx_target_count(self._handle, collection, out))
        return int(out[0])

    @property
    def text(self) -> str:
        """The original text, exactly as given."""
        return self._get_text(lib.JX_TARGET_TEXT)

    @property
    def kind(self) -> str:
        """empty, quantitative, range, tolerance, qualitative, vague or date."""
        return self._get_text(lib.JX_TARGET_KIND)

    @property
    def comparator(self) -> Optional[str]:
        """greater_equal, greater, equal, less or less_equal; None when none is written."""
        if self._get_int(lib.JX_TARGET_COMPARATOR) == lib.JX_COMPARATOR_NONE:
            return None
        return self._get_text(lib.JX_TARGET_COMPARATOR)

    @property
    def comparator_symbol(self) -> str:
        """The comparator as written on forms: "≥", "＞", "＝", "＜", "≤", or "" when none is."""
        return self._get_text(lib.JX_TARGET_COMPARATOR_SYMBOL)

    @property
    def value(self) -> Optional[decimal.Decimal]:
        """The number in the unit written (95 for "95%"); None when there is none (or compound)."""
        return self._get_decimal(lib.JX_TARGET_VALUE)

    @property
    def upper(self) -> Optional[decimal.Decimal]:
        """The upper bound of a range ("90%-100%" → 100)."""
        return self._get_decimal(lib.JX_TARGET_UPPER)

    @property
    def unit(self) -> Optional[str]:
        """The canonical unit ("%", "万元", "个"), None when none is written."""
        return self._optional_text(lib.JX_TARGET_UNIT)

    @property
    def direction(self) -> str:
        """Which way is better: none, positive, negative, equal, within, increase, decrease, achieve."""
        return self._get_text(lib.JX_TARGET_DIRECTION)

    @property
    def scope(self) -> Optional[str]:
        """What it is counted per ("镇街" in "每个镇街不少于3台")."""
        return self._optional_text(lib.JX_TARGET_SCOPE)

    @property
    def date(self) -> Optional[str]:
        """A deadline as "2023-12-31", "2023-12" or "12-31"."""
        return self._optional_text(lib.JX_TARGET_DATE)

    @property
    def date_upper(self) -> Optional[str]:
        """The end of a period."""
        return self._optional_text(lib.JX_TARGET_DATE_UPPER)

    @property
    def approximate(self) -> bool:
        """True for an approximate value ("约", "左右")."""
        return self._get_int(lib.JX_TARGET_APPROXIMATE) == 1

    @property
    def label(self) -> Optional[str]:
        """The label before a colon ("标准" in "标准：＞90%")."""
        return self._optional_text(lib.JX_TARGET_LABEL)

    @property
    def body(self) -> str:
        """The text after the label (the 定性 statement of a qualitative target)."""
        return self._get_text(lib.JX_TARGET_BODY)

    @property
    def measure(self) -> Optional[str]:
        """What is measured ("满意度" in "满意度95%以上")."""
        return self._optional_text(lib.JX_TARGET_MEASURE)

    @property
    def remark(self) -> Optional[str]:
        """An explanation after the value."""
        return self._optional_text(lib.JX_TARGET_REMARK)

    @property
    def canonical(self) -> str:
        """The canonical merged form ("≥95%"); also ``str(target)``."""
        return self._get_text(lib.JX_TARGET_CANONICAL)

    @property
    def diagnostics(self) -> List[TargetDiagnostic]:
        """Why the text is vague or unreadable, with positions (empty for a clear target)."""
        rows = []
        for row in range(self._count(lib.JX_TARGET_DIAGNOSTICS)):
            rows.append(
                TargetDiagnostic(
                    code=self._get_text(lib.JX_TARGET_DIAGNOSTIC_CODE, row),
                    message=self._get_text(lib.JX_TARGET_DIAGNOSTIC_MESSAGE, row),
                    message_zh=self._get_text(lib.JX_TARGET_DIAGNOSTIC_MESSAGE_ZH, row),
                    message_en=self._get_text(lib.JX_TARGET_DIAGNOSTIC_MESSAGE_EN, row),
                    offset=self._get_int(lib.JX_TARGET_DIAGNOSTIC_CHAR_OFFSET, row),
                    byte_offset=self._get_int(lib.JX_TARGET_DIAGNOSTIC_BYTE_OFFSET, row),
                    length=self._get_int(lib.JX_TARGET_DIAGNOSTIC_CHAR_LENGTH, row),
                )
            )
        return rows

    @property
    def parts(self) -> List["Target"]:
        """The parts of a compound target ("8省20个地区以上" → ≥8省, ≥20个地区)."""
        parts = []
        for index in range(self._count(lib.JX_TARGET_PARTS)):
            out = ffi.new("jx_target **")
            check(lib.jx_target_part(self._handle, index, out))
            parts.append(Target._from_handle(out[0]))
        return parts

    # Operations --------------------------------------------------------------------------------
    def is_met(
        self,
        actual: Union[str, Number, "Target"],
        unwritten_as: Union[Comparator, str, int] = Comparator.GREATER_EQUAL,
    ) -> bool:
        """Does an actual value (实际完成值: "96%", "0.95", "9省22个地区", "2023年11月") meet the
        target? A bare target value ("100%") is compared with `unwritten_as` (default ≥, 正向).

        Raises UnitMismatchError (units that cannot be compared), ParseError (the actual is not a
        number or date) or InvalidArgumentError (a target that is not numeric or a date).
        """
        if isinstance(actual, Target):
            data = _text.encode(actual.text)
        elif isinstance(actual, (str, bytes)):
            data = _text.encode(actual)
        else:
            data = decimal_text(actual, "actual")
        met = ffi.new("int *")
        check(lib.jx_target_is_met(self._handle, data, len(data), Comparator.of(unwritten_as), met))
        return met[0] == 1

    def to_mof(self, unwritten_as: Union[Comparator, str, int] = Comparator.GREATER_EQUAL) -> MofValue:
        """The MOF split (code, value, unit, text); a bare value is stored as `unwritten_as`."""
        code = ffi.new("int *")
        value = ffi.new("jx_decimal **")
        unit = ffi.new("char **")
        # The C string of the MOF text cannot carry a NUL byte (the C layer refuses it); a text
        # holding one is vague, code 6, whose MOF text is the canonical text read with its length.
        whole = self.canonical if "\0" in self.canonical else None
        text = ffi.new("char **") if whole is None else ffi.NULL
        check(lib.jx_target_to_mof(self._handle, Comparator.of(unwritten_as), code, value, unit, text))
        number = take_handle(value[0])
        written = self.value
        if number is not None and written is not None and number == written:
            number = written  # the same number, at the scale it was written with
        unit_text = _text.take(unit[0]) if unit[0] != ffi.NULL else ""
        if whole is not None:
            canonical = whole
        else:
            canonical = _text.take(text[0]) if text[0] != ffi.NULL else ""
        return MofValue(int(code[0]), number, unit_text, canonical)

    def equivalent(self, other: "Target") -> bool:
        """Do two targets mean the same (values compared numerically: "≥95%" and "不低于95%")?"""
        if not isinstance(other, Target):
            raise TypeError(f"compare a Target with a Target, not {type(other).__name__}")
        out = ffi.new("int *")
        check(lib.jx_target_equivalent(self._handle, other._handle, out))
        return out[0] == 1

    def to_json(self) -> str:
        """The target as one JSON object (the members of ``jixiao target --format json``)."""
        out = ffi.new("char **")
        check(lib.jx_target_to_json(self._handle, out))
        return _text.take(out[0])

    def to_dict(self) -> Dict[str, Any]:
        """``to_json()`` as a dict (numbers stay strings there, exactly as written)."""
        return json.loads(self.to_json())  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return self.canonical

    def __repr__(self) -> str:
        details = [self.kind]
        if self.comparator_symbol:
            details.append(self.comparator_symbol)
        if self.value is not None:
            details.append(str(self.value))
        if self.unit:
            details.append(self.unit)
        return f"<Target {self.text!r} {' '.join(details)}>"


def parse_target(text: Union[str, bytes]) -> Target:
    """Reads a 指标值 ("≥95%", "不少于三次", "8省20个地区以上", "完成年度计划数").

    Never fails on content: an unreadable text is a ``vague`` target with ``diagnostics``.
    Raises InvalidUtf8Error for a str that is not valid text (a lone surrogate).
    """
    return Target(text)
