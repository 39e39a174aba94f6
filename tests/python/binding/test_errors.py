"""jixiao.Error and its subclasses: one per C error kind, attributes from jx_last_error()."""

import pytest

import jixiao
from jixiao._native import ffi, lib

ALL_CODES = [getattr(lib, name) for name in dir(lib) if name.startswith("JX_E_")]


def test_every_c_error_code_has_its_own_subclass():
    classes = [jixiao.errors.error_class(code) for code in ALL_CODES]
    assert jixiao.Error not in classes
    assert len(set(classes)) == len(ALL_CODES)
    for cls in classes:
        assert issubclass(cls, jixiao.Error)
        assert cls.__name__ in jixiao.__all__
    # A code this package does not know yet still raises the base class.
    assert jixiao.errors.error_class(-999) is jixiao.Error


@pytest.mark.parametrize(
    "cls, builtin",
    [
        (jixiao.ParseError, ValueError),
        (jixiao.InvalidArgumentError, ValueError),
        (jixiao.DocumentError, ValueError),
        (jixiao.DivisionByZeroError, ZeroDivisionError),
        (jixiao.DecimalOverflowError, ArithmeticError),
        (jixiao.FileError, OSError),
        (jixiao.OutOfRangeError, IndexError),
        (jixiao.WrongHandleError, TypeError),
        (jixiao.OutOfMemoryError, MemoryError),
        (jixiao.VersionMismatchError, ImportError),
    ],
)
def test_subclasses_are_also_the_nearest_builtin(cls, builtin):
    assert issubclass(cls, builtin)


def test_parse_error_carries_offsets_and_both_languages():
    with pytest.raises(jixiao.ParseError) as caught:
        jixiao.parse_decimal("１２x")
    error = caught.value
    assert error.code == lib.JX_E_PARSE == -2
    assert error.name == "parse_error"
    assert error.offset == 2  # characters: the x after two full-width digits
    assert error.byte_offset == 6  # bytes: each full-width digit is 3 bytes
    assert error.path is None
    assert error.message_zh and error.message_en and error.message_zh != error.message_en
    assert error.message_zh in error.message and error.message_en in error.message
    assert str(error) == error.message
    assert "offset=2" in repr(error) and repr(error).startswith("ParseError(")


def test_document_error_carries_the_json_pointer(malformed_dir):
    with pytest.raises(jixiao.DocumentError) as caught:
        jixiao.load(malformed_dir / "wrong-type.json")
    assert caught.value.path == "/indicators/2/annual_target"
    assert "expected a string" in caught.value.message_en
    assert "path='/indicators/2/annual_target'" in repr(caught.value)


def test_invalid_utf8_is_reported_with_the_byte_offset(malformed_dir):
    with pytest.raises(jixiao.InvalidUtf8Error) as caught:
        jixiao.load(malformed_dir / "invalid-utf8.json")
    assert caught.value.byte_offset is not None and caught.value.byte_offset > 0
    # A str with a lone surrogate reaches the C layer and is rejected there, at its byte offset.
    with pytest.raises(jixiao.InvalidUtf8Error) as caught:
        jixiao.parse_decimal("12\ud800")
    assert caught.value.byte_offset == 2


def test_limits_and_json_syntax():
    with pytest.raises(jixiao.LimitError):
        jixiao.load('{"schema": "jixiao.declaration/1"}', max_bytes=10)
    with pytest.raises(jixiao.LimitError):
        jixiao.load('{"schema": "jixiao.declaration/1", "a": [[[[1]]]]}', max_depth=3)
    with pytest.raises(jixiao.ParseError) as caught:
        jixiao.load('{"schema": ')
    assert caught.value.byte_offset is not None
    with pytest.raises(jixiao.DocumentError):
        jixiao.load('{"schema": "jixiao.unknown/1"}')


def test_arithmetic_errors():
    with pytest.raises(jixiao.DivisionByZeroError):
        jixiao.divide(1, 0)
    with pytest.raises(jixiao.DecimalOverflowError):
        jixiao.parse_decimal("9" * 39)
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.format_decimal(1, 39)


def test_policy_and_file_errors(tmp_path):
    with pytest.raises(jixiao.PolicyError) as caught:
        jixiao.Policy.preset("national-1999")
    assert "national-2021" in caught.value.message  # the message lists the presets
    with pytest.raises(jixiao.FileError) as caught:
        jixiao.load(tmp_path / "missing.json")
    assert caught.value.errno == 2 and caught.value.filename.endswith("missing.json")
    assert caught.value.code == lib.JX_E_IO
    with pytest.raises(jixiao.FileError):
        jixiao.Declaration().save(tmp_path)  # a directory


def test_a_handle_of_another_kind_is_wrong_handle():
    policy = jixiao.Policy.preset("national-2021")
    out = ffi.new("char **")
    status = lib.jx_declaration_to_json(ffi.cast("jx_declaration *", policy._handle), out)
    with pytest.raises(jixiao.WrongHandleError) as caught:
        jixiao.errors.check(status)
    assert caught.value.code == lib.JX_E_WRONG_HANDLE


def test_describe_gives_the_c_descriptions():
    assert jixiao.errors.describe(lib.JX_E_PARSE) == ("parse error", "解析错误")


def test_the_last_error_is_per_thread():
    import threading

    seen = {}

    def fail_differently():
        try:
            jixiao.divide(1, 0)
        except jixiao.Error as error:
            seen["thread"] = (type(error), lib.jx_last_error().code)

    with pytest.raises(jixiao.ParseError):
        jixiao.parse_decimal("abc")
    thread = threading.Thread(target=fail_differently)
    thread.start()
    thread.join()
    assert seen["thread"] == (jixiao.DivisionByZeroError, lib.JX_E_DIVISION_BY_ZERO)
    assert lib.jx_last_error().code == lib.JX_E_PARSE  # this thread's error is untouched
