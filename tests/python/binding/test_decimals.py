"""parse_decimal, format_decimal, round_decimal, divide and Rounding: the library's exact rules."""

import decimal
from decimal import Decimal

import pytest

import jixiao


@pytest.mark.parametrize(
    "text, value",
    [
        ("1163.71", Decimal("1163.71")),
        ("-0.5", Decimal("-0.5")),
        ("1,163.71", Decimal("1163.71")),
        ("１２３．４５", Decimal("123.45")),
        ("  42\u3000", Decimal("42")),
        (b"15094.71", Decimal("15094.71")),
        ("9" * 38, Decimal("9" * 38)),
        ("0." + "0" * 37 + "1", Decimal("1E-38")),
    ],
)
def test_parse_decimal_reads_form_numbers_exactly(text, value):
    parsed = jixiao.parse_decimal(text)
    assert isinstance(parsed, Decimal)
    assert parsed == value


@pytest.mark.parametrize("text", ["1e5", "", "abc", "1.2.3", "NaN"])
def test_parse_decimal_refuses_what_is_not_a_number(text):
    with pytest.raises(jixiao.ParseError):
        jixiao.parse_decimal(text)


def test_parse_decimal_reads_only_text():
    with pytest.raises(TypeError):
        jixiao.parse_decimal(1.5)  # type: ignore[arg-type]


def test_format_decimal_shortest_and_fixed():
    assert jixiao.format_decimal(Decimal("13831.00")) == "13831"
    assert jixiao.format_decimal(Decimal("1E+3")) == "1000"
    assert jixiao.format_decimal(7, 2) == "7.00"
    assert jixiao.format_decimal("2.345", 2) == "2.35"
    assert jixiao.format_decimal("2.345", 2, "half_even") == "2.34"
    assert jixiao.format_decimal("-2.5", 0, jixiao.Rounding.HALF_UP) == "-3"


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("half_up", ["3", "-3", "2.5"]),
        ("half_even", ["2", "-2", "2.4"]),
        ("half_down", ["2", "-2", "2.4"]),
        ("down", ["2", "-2", "2.4"]),
        ("up", ["3", "-3", "2.5"]),
        ("ceiling", ["3", "-2", "2.5"]),
        ("floor", ["2", "-3", "2.4"]),
    ],
)
def test_round_decimal_in_every_mode(mode, expected):
    results = [
        jixiao.round_decimal("2.5", 0, mode),
        jixiao.round_decimal("-2.5", 0, mode),
        jixiao.round_decimal("2.45", 1, mode),
    ]
    assert results == [Decimal(e) for e in expected]


def test_rounding_accepts_names_enum_values_and_decimal_constants():
    assert jixiao.Rounding.of("HALF_EVEN") is jixiao.Rounding.HALF_EVEN
    assert jixiao.Rounding.of(decimal.ROUND_FLOOR) is jixiao.Rounding.FLOOR
    assert jixiao.Rounding.of(0) is jixiao.Rounding.HALF_UP
    with pytest.raises(ValueError, match="half_up"):
        jixiao.Rounding.of("nearest")
    with pytest.raises(TypeError):
        jixiao.Rounding.of(1.0)  # type: ignore[arg-type]


def test_divide_rounds_to_the_scale():
    assert jixiao.divide(1, 3, 5) == Decimal("0.33333")
    assert jixiao.divide(2, 3, 2) == Decimal("0.67")
    assert jixiao.divide(2, 3, 2, "down") == Decimal("0.66")
    assert jixiao.divide(Decimal("4420800.00"), Decimal("4605000.00"), 4) == Decimal("0.96")
    assert jixiao.divide(1, 3) == Decimal("0." + "3" * 18)


def test_exact_inputs_only():
    with pytest.raises(TypeError, match="money is never a double"):
        jixiao.format_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jixiao.format_decimal(True)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jixiao.round_decimal(1, 2.0)  # type: ignore[arg-type]
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.round_decimal(1, -1)
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.round_decimal(1, 2**40)
