"""jixiao's exceptions: one base class, one subclass per error kind of the C ABI.

Every failure inside the library reaches Python as a :class:`jixiao.Error` subclass carrying what
``jx_last_error()`` reported: the stable code, the message in Chinese and English, and where it
happened (a character and byte offset into the text you passed, or a JSON Pointer into a
document). The subclasses also derive from the closest built-in exception, so
``except ValueError`` around ``jixiao.parse_decimal`` works as it would for ``decimal.Decimal``.
"""

from __future__ import annotations

from typing import Dict, Optional, Tuple, Type

from ._native import ffi, lib

__all__ = [
    "Error",
    "InvalidArgumentError",
    "ParseError",
    "DecimalOverflowError",
    "DivisionByZeroError",
    "InvalidUtf8Error",
    "LimitError",
    "DocumentError",
    "FormulaError",
    "MissingValueError",
    "UnitMismatchError",
    "PolicyError",
    "FileError",
    "OutOfMemoryError",
    "InternalError",
    "WrongHandleError",
    "VersionMismatchError",
    "OutOfRangeError",
]


class Error(Exception):
    """Base class of every jixiao error.

    Attributes:
        code: the ``JX_E_*`` value (negative): -2 for a parse error.
        name: the stable English name of the code (``"parse_error"``), as the CLI prints it.
        message: ``"中文 / English"`` with the location, as the C layer formats it (also ``str(e)``).
        message_zh, message_en: the message in one language.
        offset: 0-based character (code point) offset into the text passed in, or None.
        byte_offset: 0-based byte offset into its UTF-8 encoding, or None.
        path: JSON Pointer of the offending member of a document (``"/indicators/3/weight"``), or
            None when the error is not about a document member.
    """

    name = "error"

    def __init__(
        self,
        message: str,
        *,
        code: int = 0,
        message_zh: str = "",
        message_en: str = "",
        offset: Optional[int] = None,
        byte_offset: Optional[int] = None,
        path: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.message_zh = message_zh or message
        self.message_en = message_en or message
        self.offset = offset
        self.byte_offset = byte_offset
        self.path = path

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        where = []
        if self.path:
            where.append(f"path={self.path!r}")
        if self.offset is not None:
            where.append(f"offset={self.offset}")
        suffix = (", " + ", ".join(where)) if where else ""
        return f"{type(self).__name__}({self.message!r}{suffix})"


class InvalidArgumentError(Error, ValueError):
    """A value the API does not accept (unknown variable, value out of range, bad field text…)."""

    name = "invalid_argument"


class ParseError(Error, ValueError):
    """A text could not be read (number, 指标值, formula, JSON); ``offset`` says where."""

    name = "parse_error"


class DecimalOverflowError(Error, ArithmeticError):
    """An exact result does not fit 38 significant digits / 38 decimals (docs/decimal.md)."""

    name = "overflow"


class DivisionByZeroError(Error, ZeroDivisionError):
    """A divisor was zero."""

    name = "division_by_zero"


class InvalidUtf8Error(Error, ValueError):
    """Input text is not valid UTF-8 (e.g. a str with a lone surrogate); ``byte_offset`` says where."""

    name = "invalid_utf8"


class LimitError(Error, ValueError):
    """Input longer or deeper than a documented bound."""

    name = "limit_exceeded"


class DocumentError(Error, ValueError):
    """Valid JSON that is not a valid document; ``path`` is the JSON Pointer of the member."""

    name = "document_error"


class FormulaError(Error, ArithmeticError):
    """A formula compiled but cannot be evaluated as asked."""

    name = "formula_error"


class MissingValueError(Error, ValueError):
    """A value needed for a result is missing (a formula variable without a value, …)."""

    name = "missing_value"


class UnitMismatchError(Error, ValueError):
    """Two quantities in units that cannot be compared (万元 against 个, …)."""

    name = "unit_mismatch"


class PolicyError(Error, ValueError):
    """An invalid policy, or an unknown preset name (the message lists the presets)."""

    name = "policy_error"


class FileError(Error, OSError):
    """A file could not be read or written."""

    name = "io_error"


class OutOfMemoryError(Error, MemoryError):
    """The library could not allocate memory."""

    name = "out_of_memory"


class InternalError(Error, RuntimeError):
    """A bug in jixiao: please report it with the message."""

    name = "internal_error"


class WrongHandleError(Error, TypeError):
    """A handle of another kind (or an already freed one) reached the C layer."""

    name = "wrong_handle"


class VersionMismatchError(Error, ImportError):
    """The loaded libjixiao cannot serve the extension module (different major version or older)."""

    name = "version_mismatch"


class OutOfRangeError(Error, IndexError):
    """An index past the end of a list."""

    name = "out_of_range"


_BY_CODE: Dict[int, Type[Error]] = {
    lib.JX_E_INVALID_ARGUMENT: InvalidArgumentError,
    lib.JX_E_PARSE: ParseError,
    lib.JX_E_OVERFLOW: DecimalOverflowError,
    lib.JX_E_DIVISION_BY_ZERO: DivisionByZeroError,
    lib.JX_E_INVALID_UTF8: InvalidUtf8Error,
    lib.JX_E_LIMIT: LimitError,
    lib.JX_E_DOCUMENT: DocumentError,
    lib.JX_E_FORMULA: FormulaError,
    lib.JX_E_MISSING_VALUE: MissingValueError,
    lib.JX_E_UNIT_MISMATCH: UnitMismatchError,
    lib.JX_E_POLICY: PolicyError,
    lib.JX_E_IO: FileError,
    lib.JX_E_NOMEM: OutOfMemoryError,
    lib.JX_E_INTERNAL: InternalError,
    lib.JX_E_WRONG_HANDLE: WrongHandleError,
    lib.JX_E_VERSION_MISMATCH: VersionMismatchError,
    lib.JX_E_OUT_OF_RANGE: OutOfRangeError,
}


def error_class(code: int) -> Type[Error]:
    """The exception class for a ``JX_E_*`` code (Error itself for a code this package predates)."""
    return _BY_CODE.get(code, Error)


def _text(pointer) -> str:
    return ffi.string(pointer).decode("utf-8", "replace") if pointer != ffi.NULL else ""


def last_error(status: int) -> Error:
    """The exception for a failed call that returned `status`, from this thread's jx_last_error()."""
    detail = lib.jx_last_error()
    code = detail.code if detail.code != lib.JX_OK else status
    if code != status:
        # A function that failed without recording details (none should): still report its code.
        message = _text(lib.jx_error_string_zh(status)) + " / " + _text(lib.jx_error_string(status))
        return error_class(status)(message, code=status)
    cls = error_class(code)
    return cls(
        _text(detail.message),
        code=code,
        message_zh=_text(detail.message_zh),
        message_en=_text(detail.message_en),
        offset=detail.char_offset if detail.char_offset >= 0 else None,
        byte_offset=detail.byte_offset if detail.byte_offset >= 0 else None,
        path=_text(detail.json_path) or None,
    )


def check(status: int) -> None:
    """Raises the matching :class:`Error` when a ``jx_`` call did not return ``JX_OK``."""
    if status != lib.JX_OK:
        raise last_error(status)


def describe(code: int) -> Tuple[str, str]:
    """The C layer's short (English, Chinese) description of a code: ("parse error", "解析错误")."""
    return _text(lib.jx_error_string(code)), _text(lib.jx_error_string_zh(code))
