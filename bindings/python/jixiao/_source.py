"""Reading a JSON document or policy from what a caller hands over: a path, a JSON string, bytes,
or an open file; and writing text to a path. File errors become jixiao.FileError."""

from __future__ import annotations

import os
from typing import IO, Union

from ._native import lib
from .errors import FileError

#: A file path, a JSON text (a str starting with "{"), UTF-8 bytes, or a file opened for reading.
Source = Union[str, bytes, "os.PathLike[str]", IO[str], IO[bytes]]


def looks_like_json(text: str) -> bool:
    return text.lstrip(" \t\r\n\ufeff").startswith("{")


def file_error(action_zh: str, action_en: str, path: object, error: OSError) -> FileError:
    reason = error.strerror or str(error)
    message_zh = f"{action_zh}：{reason}"
    message_en = f"{action_en}: {reason}"
    failure = FileError(
        f"{os.fspath(path)}: {message_zh} / {message_en}",  # type: ignore[arg-type]
        code=lib.JX_E_IO,
        message_zh=message_zh,
        message_en=message_en,
    )
    failure.errno = error.errno
    failure.filename = os.fspath(path)  # type: ignore[arg-type]
    return failure


def read_source(source: Source, max_bytes: int) -> bytes:
    """The UTF-8 bytes of `source`; at most max_bytes + 1 are read from a file, so an oversized
    file is reported by the C layer's limit check without being read whole."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, str) and looks_like_json(source):
        return source.encode("utf-8", "surrogatepass")
    if isinstance(source, (str, os.PathLike)):
        try:
            with open(source, "rb") as file:
                return file.read(max_bytes + 1)
        except OSError as error:
            raise file_error("无法打开文件", "cannot open file", source, error) from error
    read = getattr(source, "read", None)
    if read is None:
        raise TypeError(
            "expected a path, a JSON str, bytes or an open file, "
            f"not {type(source).__name__}"
        )
    data = read()
    return data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)


def write_text(path: Union[str, "os.PathLike[str]"], text: str) -> None:
    """Writes `text` as UTF-8 (no newline translation)."""
    try:
        with open(path, "wb") as file:
            file.write(text.encode("utf-8"))
    except OSError as error:
        raise file_error("无法写入文件", "cannot write file", path, error) from error
