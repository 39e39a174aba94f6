"""Exact decimals as jixiao reads, rounds and prints them (docs/decimal.md).

Python already has exact decimals (:class:`decimal.Decimal`), and every amount this package returns
is one. These functions give the library's own rules where they differ from Python's: the forms
finance forms use ("1,163.71", "１２３．４５"), the 38-digit limit that raises instead of rounding,
and the named rounding modes (四舍五入 by default). Each call goes through the C ABI, so a result
is exactly what the C and C++ interfaces compute.
"""

from __future__ import annotations

import decimal
import enum
from typing import Optional, Union

from . import _text
from ._native import ffi, lib
from .errors import check

__all__ = ["Number", "Rounding", "parse_decimal", "format_decimal", "round_decimal", "divide"]

#: What the package accepts wherever an exact number is expected. A str is read with the
#: library's rules (thousands separators, full-width digits); float is refused for money.
Number = Union[decimal.Decimal, int, str]


class Rounding(enum.IntEnum):
    """Rounding modes; the values are the C ABI's JX_ROUND_* constants."""

    HALF_UP = lib.JX_ROUND_HALF_UP  #: 四舍五入: ties away from zero (the default everywhere)
    HALF_EVEN = lib.JX_ROUND_HALF_EVEN  #: ties to the even digit (banker's rounding)
    HALF_DOWN = lib.JX_ROUND_HALF_DOWN  #: ties toward zero
    DOWN = lib.JX_ROUND_DOWN  #: toward zero (truncate)
    UP = lib.JX_ROUND_UP  #: away from zero
    CEILING = lib.JX_ROUND_CEILING  #: toward +∞
    FLOOR = lib.JX_ROUND_FLOOR  #: toward −∞

    @classmethod
    def of(cls, mode: Union["Rounding", str, int]) -> "Rounding":
        """A mode from a Rounding, a name ("half_up", "HALF_EVEN") or a decimal.ROUND_* constant."""
        if isinstance(mode, Rounding):
            return mode
        if isinstance(mode, str):
            key = mode.upper()
            if key.startswith("ROUND_"):
                key = key[len("ROUND_") :]
            try:
                return cls[key]
            except KeyError:
                names = ", ".join(m.name.lower() for m in cls)
                raise ValueError(f"unknown rounding mode {mode!r} (expected one of: {names})") from None
        if isinstance(mode, int) and not isinstance(mode, bool):
            return cls(mode)
        raise TypeError(f"rounding must be a Rounding or its name, got {type(mode).__name__}")


def decimal_text(value: Number, what: str = "value") -> bytes:
    """The text the C layer parses for `value` (a Decimal in plain notation, never an exponent)."""
    if isinstance(value, decimal.Decimal):
        return format(value, "f").encode("ascii")
    if isinstance(value, bool):
        raise TypeError(f"{what} must be a number, not bool")
    if isinstance(value, int):
        return str(value).encode("ascii")
    if isinstance(value, (str, bytes)):
        return _text.encode(value)
    if isinstance(value, float):
        raise TypeError(
            f"{what} must be exact (decimal.Decimal, int or str), not float: money is never a "
            f"double. Use decimal.Decimal({str(value)!r}) if that is the number you mean."
        )
    raise TypeError(f"{what} must be decimal.Decimal, int or str, not {type(value).__name__}")


def new_handle(value: Number, what: str = "value"):
    """A jx_decimal for `value`, freed when the returned cdata is collected."""
    text = decimal_text(value, what)
    out = ffi.new("jx_decimal **")
    check(lib.jx_decimal_parse(text, len(text), out))
    return ffi.gc(out[0], lib.jx_decimal_free)


def from_handle(handle) -> decimal.Decimal:
    """The Python Decimal of a jx_decimal (shortest exact text)."""
    out = ffi.new("char **")
    check(lib.jx_decimal_to_string(handle, out))
    return decimal.Decimal(_text.take(out[0]))


def take_handle(handle) -> Optional[decimal.Decimal]:
    """Converts and frees a jx_decimal the caller owns (NULL, an absent value, reads as None)."""
    if handle == ffi.NULL:
        return None
    try:
        return from_handle(handle)
    finally:
        lib.jx_decimal_free(handle)


def parse_decimal(text: Union[str, bytes]) -> decimal.Decimal:
    """Reads a number as jixiao does: "1163.71", "-0.5", "1,163.71", "１２３．４５", "  42 ".

    The result is the shortest exact value (``parse_decimal("13831.00") == Decimal("13831")``;
    Decimal equality ignores the scale). Raises ParseError (with ``offset``) for text that is not
    a number, including exponents ("1e5"), and DecimalOverflowError beyond 38 digits.
    """
    if not isinstance(text, (str, bytes)):
        raise TypeError(f"parse_decimal reads text, not {type(text).__name__}")
    return from_handle(new_handle(text))


def format_decimal(
    value: Number, scale: Optional[int] = None, rounding: Union[Rounding, str] = Rounding.HALF_UP
) -> str:
    """The library's text for `value`: shortest exact ("1163.71"), or exactly `scale` decimals.

    ``format_decimal(Decimal("2.345"), 2)`` is "2.35" (四舍五入); pass ``rounding="half_even"``
    for "2.34". `scale` is 0 … 38 (InvalidArgumentError otherwise).
    """
    handle = new_handle(value)
    out = ffi.new("char **")
    if scale is None:
        check(lib.jx_decimal_to_string(handle, out))
    else:
        check(lib.jx_decimal_to_fixed(handle, _scale(scale), Rounding.of(rounding), out))
    return _text.take(out[0])


def round_decimal(
    value: Number, scale: int, rounding: Union[Rounding, str] = Rounding.HALF_UP
) -> decimal.Decimal:
    """`value` rounded to at most `scale` decimals: ``round_decimal("2.345", 2)`` is 2.35."""
    handle = new_handle(value)
    out = ffi.new("jx_decimal **")
    check(lib.jx_decimal_round(handle, _scale(scale), Rounding.of(rounding), out))
    return take_handle(out[0])  # type: ignore[return-value]


def divide(
    dividend: Number,
    divisor: Number,
    scale: int = 18,
    rounding: Union[Rounding, str] = Rounding.HALF_UP,
) -> decimal.Decimal:
    """`dividend` ÷ `divisor` rounded to `scale` decimals (default 18, as the library divides).

    Raises DivisionByZeroError for a zero divisor and DecimalOverflowError beyond 38 digits.
    """
    a = new_handle(dividend, "dividend")
    b = new_handle(divisor, "divisor")
    out = ffi.new("jx_decimal **")
    check(lib.jx_decimal_div(a, b, _scale(scale), Rounding.of(rounding), out))
    return take_handle(out[0])  # type: ignore[return-value]


def _scale(scale: int) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int):
        raise TypeError(f"scale must be an int, not {type(scale).__name__}")
    # Out-of-range scales go to the C layer, which reports them as InvalidArgumentError; only
    # values that do not fit a C int are stopped here.
    return max(min(scale, 2**31 - 1), -(2**31))
