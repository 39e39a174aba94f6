"""The compiled cffi module (``jixiao._jixiao``): ``ffi`` and ``lib``, nothing else.

The module is built from capi/include/jixiao.h (bindings/python/ffi_build.py) and finds
libjixiao.so.1 next to itself through its RUNPATH ($ORIGIN).
"""

from ._jixiao import ffi, lib  # noqa: F401  (re-exported for the other modules)

__all__ = ["ffi", "lib"]
