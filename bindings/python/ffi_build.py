"""Builds the cffi declarations of the jixiao Python package from capi/include/jixiao.h.

The cdef is generated from the header at build time rather than kept by hand, so the Python layer
cannot drift from the C ABI: a new function in jixiao.h is in the next build of the extension.
cffi's parser understands declarations but not the preprocessor, so this module strips what it
cannot read (comments, include guards, the C++ and library-build branches, function-like macros,
the export macro) and turns every integer #define into ``#define NAME ...`` (API mode then takes
the value from the C compiler, so no constant is copied). Each options initialiser
``JX_X_OPTIONS_INIT`` (a brace initialiser cffi cannot use) becomes a small C function
``jxpy_x_options_init()`` returning the initialised struct, so the defaults also stay in C.
Two ``extern "Python"`` callbacks (PYTHON_CALLBACKS) are added for registered formula functions. A directive it does not understand is an
error: the build fails instead of silently dropping declarations.

tests/python/binding/test_cdef_matches_header.py checks the result independently (the real C
preprocessor and pycparser on the header, compared with the compiled module).

Used by bindings/python/setup.py (pip) and bindings/python/CMakeLists.txt (the build-tree package):

    python3 ffi_build.py --header capi/include/jixiao.h --emit-c out/_jixiao.c
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

MODULE_NAME = "jixiao._jixiao"

# Macros the header tests with #if/#ifdef that must read as undefined for cffi: the C++ linkage
# block and the export attribute used only while building the library itself.
_UNDEFINED_FOR_CFFI = frozenset({"__cplusplus", "JIXIAO_BUILDING_LIBRARY"})

_DEFINE = re.compile(r"#\s*define\s+([A-Za-z_]\w*)(\()?\s*(.*)$")
_CONDITION = re.compile(r"#\s*(ifdef|ifndef|if|elif|else|endif)\b\s*(.*)$")
_DEFINED = re.compile(r"^(!?)\s*defined\s*\(?\s*([A-Za-z_]\w*)\s*\)?$")
_STRING = re.compile(r'^"(?:[^"\\]|\\.)*"$')
_INITIALISER = re.compile(r"^JX_(\w+)_INIT$")

#: Prefix of the helper functions this module adds next to the header's (not part of the C ABI).
HELPER_PREFIX = "jxpy_"

#: Callbacks implemented in Python (jixiao/formula.py, @ffi.def_extern) that registered formula
#: functions (jx_function_table_add) call: one per callback type of the header.
PYTHON_CALLBACKS = """
extern "Python" double jxpy_call_double(const double *arguments, size_t count,
                                        const void *user_data);
extern "Python" int jxpy_call_decimal(const jx_decimal *const *arguments, size_t count,
                                      const void *user_data, jx_decimal **out);
"""


class HeaderError(ValueError):
    """The header uses a construct this generator does not translate."""


def _strip_comments(text: str) -> str:
    """Removes /* */ and // comments, keeping string literals and line structure."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise HeaderError("unterminated /* comment")
            # Keep the newlines so that line-based directive handling still sees line starts.
            out.append("\n" * text.count("\n", i, end) or " ")
            i = end + 2
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _logical_lines(text: str) -> list[str]:
    return text.replace("\\\n", " ").splitlines()


def _condition_value(kind: str, argument: str, defined: set[str]) -> bool:
    if kind == "ifdef":
        return argument.strip() in defined
    if kind == "ifndef":
        return argument.strip() not in defined
    match = _DEFINED.match(argument.strip())
    if not match:
        raise HeaderError(f"cannot evaluate '#{kind} {argument.strip()}' for cffi")
    value = match.group(2) in defined
    return not value if match.group(1) else value


def _initialiser_helper(name: str) -> tuple[str, str]:
    """(cdef declaration, C definition) of the function returning the struct `name` initialises."""
    match = _INITIALISER.match(name)
    if not match:
        raise HeaderError(f"brace initialiser {name} is not named JX_<TYPE>_INIT")
    struct = "jx_" + match.group(1).lower()
    function = f"{HELPER_PREFIX}{match.group(1).lower()}_init"
    return (
        f"{struct} {function}(void);",
        f"static {struct} {function}(void) {{ {struct} value = {name}; return value; }}",
    )


def helpers_from_header(header_text: str) -> str:
    """C definitions of the helper functions the cdef declares (see ``cdef_from_header``)."""
    return "\n".join(_parse(header_text)[2]) + "\n"


def cdef_from_header(header_text: str) -> str:
    """The cffi cdef for jixiao.h: its declarations, with integer macros as ``#define X ...``."""
    return _parse(header_text)[0]


def _parse(header_text: str) -> tuple[str, list[str], list[str]]:
    """(cdef, helper declarations, helper definitions) for a header text."""
    defined: set[str] = set()
    empty_macros: set[str] = set()
    # Each entry: (this branch is active, some branch of this #if was already taken).
    stack: list[tuple[bool, bool]] = []
    declarations: list[str] = []
    constants: list[str] = []
    helper_declarations: list[str] = []
    helper_definitions: list[str] = []

    def active() -> bool:
        return all(entry[0] for entry in stack)

    for line in _logical_lines(_strip_comments(header_text)):
        stripped = line.strip()
        if not stripped.startswith("#"):
            if active() and stripped:
                declarations.append(line)
            continue
        condition = _CONDITION.match(stripped)
        if condition:
            kind, argument = condition.groups()
            if kind in ("ifdef", "ifndef", "if"):
                value = active() and _condition_value(kind, argument, defined)
                stack.append((value, value))
            elif kind == "elif":
                if not stack:
                    raise HeaderError("#elif without #if")
                _, taken = stack.pop()
                value = not taken and _condition_value("if", argument, defined)
                stack.append((value, taken or value))
            elif kind == "else":
                if not stack:
                    raise HeaderError("#else without #if")
                _, taken = stack.pop()
                stack.append((not taken, True))
            else:
                if not stack:
                    raise HeaderError("#endif without #if")
                stack.pop()
            continue
        if not active():
            continue
        if re.match(r"#\s*include\b", stripped):
            continue  # <stddef.h> and <stdint.h>: cffi knows size_t and the intN_t types
        define = _DEFINE.match(stripped)
        if not define:
            raise HeaderError(f"unsupported directive for cffi: {stripped}")
        name, function_like, value = define.group(1), define.group(2), define.group(3).strip()
        if name in _UNDEFINED_FOR_CFFI:
            raise HeaderError(f"{name} must stay undefined for cffi")
        defined.add(name)
        if function_like:
            continue  # JX_CHECK_VERSION(): a C convenience; Python calls jx_check_version
        if not value:
            empty_macros.add(name)  # the include guard, JX_API outside the library build
        elif value.startswith("{"):
            declaration, definition = _initialiser_helper(name)
            helper_declarations.append(declaration)
            helper_definitions.append(definition)
        elif _STRING.match(value):
            constants.append(f"static const char *const {name};")
        else:
            constants.append(f"#define {name} ...")
    if stack:
        raise HeaderError("unterminated #if")
    body = "\n".join(declarations)
    for macro in empty_macros:
        body = re.sub(rf"\b{re.escape(macro)}\b\s*", "", body)
    cdef = "\n".join(constants) + "\n" + body + "\n" + "\n".join(helper_declarations) + "\n"
    return cdef, helper_declarations, helper_definitions


def make_ffi(header: Path, include_dirs: list[str] | None = None, **build_options):
    """A cffi FFI for the extension module jixiao._jixiao over `header`."""
    import cffi

    cdef, _, helpers = _parse(header.read_text(encoding="utf-8"))
    ffi = cffi.FFI()
    ffi.cdef(cdef + PYTHON_CALLBACKS)
    ffi.set_source(
        MODULE_NAME,
        '#include "jixiao.h"\n' + "\n".join(helpers),
        include_dirs=[str(header.parent), *(include_dirs or [])],
        **build_options,
    )
    return ffi


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--header", type=Path, required=True, help="path of jixiao.h")
    parser.add_argument("--emit-c", type=Path, help="write the extension's C source here")
    parser.add_argument("--print-cdef", action="store_true", help="print the generated cdef")
    options = parser.parse_args(argv)
    if options.print_cdef:
        sys.stdout.write(cdef_from_header(options.header.read_text(encoding="utf-8")))
    if options.emit_c:
        ffi = make_ffi(options.header)
        options.emit_c.parent.mkdir(parents=True, exist_ok=True)
        generated = options.emit_c.with_name(options.emit_c.name + ".tmp")
        ffi.emit_c_code(str(generated))
        generated.replace(options.emit_c)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
