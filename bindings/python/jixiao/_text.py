"""Strings across the C boundary: UTF-8 in as (pointer, length), copies out."""

from __future__ import annotations

from typing import Optional, Union

from ._native import ffi, lib

TextInput = Union[str, bytes]


def encode(text: TextInput) -> bytes:
    """UTF-8 bytes for the C layer.

    A str with lone surrogates is passed through ("surrogatepass") instead of failing in Python,
    so the C layer reports it as InvalidUtf8Error with the byte offset, like any other bad input.
    """
    if isinstance(text, bytes):
        return text
    if isinstance(text, (bytearray, memoryview)):
        return bytes(text)
    if not isinstance(text, str):
        raise TypeError(f"expected str or bytes, got {type(text).__name__}")
    return text.encode("utf-8", "surrogatepass")


def take(pointer) -> str:
    """Copies a ``char *`` the caller must free, then frees it with jx_free."""
    try:
        return ffi.string(pointer).decode("utf-8")
    finally:
        lib.jx_free(pointer)


def borrowed(pointer, length: int) -> Optional[str]:
    """Copies a text owned by a handle (NULL reads as None: an absent optional field)."""
    if pointer == ffi.NULL:
        return None
    return ffi.unpack(pointer, length).decode("utf-8")


def static(pointer) -> str:
    """Copies a text in static storage (version strings, names)."""
    return ffi.string(pointer).decode("utf-8")
