"""The cffi declarations of the compiled module match capi/include/jixiao.h: no silent drift.

The extension's cdef is generated from the header (bindings/python/ffi_build.py). This check reads
the header another way — the real C preprocessor, then pycparser — and compares the result with
what the compiled module in the build tree actually declares: every function and its exact
signature (const included), every struct and its fields, every object-like macro and its value.
A stale build, a generator bug that drops or alters a declaration, or a header edit that the
module did not pick up fails here.
"""

import copy
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pycparser
import pytest
from pycparser import c_ast, c_generator

from jixiao._native import ffi, lib

HEADER_NAME = "jixiao.h"
FAKE_STDDEF = "typedef unsigned long size_t;\ntypedef long ptrdiff_t;\n#define NULL ((void *)0)\n"
FAKE_STDINT = "".join(
    f"typedef {signed}{base} {prefix}int{bits}_t;\n"
    for bits, base in ((8, "char"), (16, "short"), (32, "int"), (64, "long"))
    for signed, prefix in (("signed ", ""), ("unsigned ", "u"))
) + "typedef long intptr_t;\ntypedef unsigned long uintptr_t;\n"


def compiler() -> str:
    found = os.environ.get("JIXIAO_C_COMPILER") or shutil.which("cc") or shutil.which("gcc")
    if not found:
        pytest.fail("no C compiler to preprocess jixiao.h (set JIXIAO_C_COMPILER)")
    return found


@pytest.fixture(scope="module")
def header(source_dir) -> Path:
    return source_dir / "capi" / "include" / HEADER_NAME


@pytest.fixture(scope="module")
def preprocessed(header, tmp_path_factory) -> str:
    """jixiao.h after the C preprocessor, with minimal <stddef.h>/<stdint.h> pycparser can read."""
    fake = tmp_path_factory.mktemp("fake_libc")
    (fake / "stddef.h").write_text(FAKE_STDDEF)
    (fake / "stdint.h").write_text(FAKE_STDINT)
    done = subprocess.run(
        [compiler(), "-E", "-P", "-nostdinc", "-I", str(fake), "-x", "c", str(header)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def header_ast(preprocessed) -> c_ast.FileAST:
    return pycparser.CParser().parse(preprocessed, HEADER_NAME)


@pytest.fixture(scope="module")
def all_macros(header) -> dict:
    """Object-like macros visible after including jixiao.h (cc -dM), with their replacement text:
    the header's own and those of the C library it uses (SIZE_MAX)."""
    done = subprocess.run(
        [compiler(), "-E", "-dM", "-x", "c", str(header)], capture_output=True, text=True, check=True
    )
    found = {}
    for line in done.stdout.splitlines():
        match = re.match(r"#define (\w+)(\(?)\s*(.*)$", line)
        if match and not match.group(2):
            found[match.group(1)] = match.group(3).strip()
    return found


@pytest.fixture(scope="module")
def macros(all_macros) -> dict:
    """The header's object-like JX_ macros."""
    return {name: text for name, text in all_macros.items() if name.startswith("JX_")}


def header_functions(header_ast) -> dict:
    generator = c_generator.CGenerator()
    functions = {}
    for node in header_ast.ext:
        if isinstance(node, c_ast.Decl) and isinstance(node.type, c_ast.FuncDecl):
            functions[node.name] = (node.type, generator.visit(node))
    return functions


def c_type_text(node) -> str:
    """The C spelling of a type node without a declarator name."""
    generator = c_generator.CGenerator()
    node = _anonymous(node)
    return generator.visit(c_ast.Typename(name=None, quals=[], align=None, type=node))


def _anonymous(node):
    """A copy of a type node with declarator names removed (so it spells an abstract type)."""
    node = copy.deepcopy(node)
    current = node
    while current is not None:
        if isinstance(current, c_ast.TypeDecl):
            current.declname = None
            break
        current = getattr(current, "type", None)
    return node


def function_pointer_text(func: c_ast.FuncDecl) -> str:
    result = c_type_text(func.type)
    params = []
    for param in func.args.params if func.args else []:
        text = c_type_text(param.type)
        if text != "void":
            params.append(text)
    return f"{result}(*)({', '.join(params) or 'void'})"


def test_every_header_function_is_in_the_module_with_its_exact_signature(header_ast):
    functions = header_functions(header_ast)
    assert len(functions) > 40, "the header parse found too few functions"
    mismatched = []
    for name, (func, _) in functions.items():
        assert hasattr(lib, name), f"{name} is declared in jixiao.h but missing from the module"
        expected = ffi.typeof(function_pointer_text(func))
        actual = ffi.typeof(getattr(lib, name))
        if expected is not actual:
            mismatched.append(f"{name}: header {expected.cname}, module {actual.cname}")
    assert not mismatched, "\n".join(mismatched)


def test_const_qualifiers_match_the_header(header_ast, header):
    """cffi types ignore const, so the generated cdef text itself is compared declaration by
    declaration (as pycparser prints it) with the preprocessed header."""
    sys.path.insert(0, str(header.parents[2] / "bindings" / "python"))
    try:
        import ffi_build
    finally:
        sys.path.pop(0)
    cdef = ffi_build.cdef_from_header(header.read_text(encoding="utf-8"))
    declarations = re.sub(r"^#define .*$", "", cdef, flags=re.M)
    prelude = "typedef unsigned long size_t;\n" + FAKE_STDINT
    cdef_ast = pycparser.CParser().parse(prelude + declarations, "cdef")
    from_header = {name: text for name, (_, text) in header_functions(header_ast).items()}
    from_cdef = {
        name: text
        for name, (_, text) in header_functions(cdef_ast).items()
        if not name.startswith(ffi_build.HELPER_PREFIX)
    }
    assert from_cdef == from_header


def test_the_module_declares_no_function_the_header_lacks(header_ast, header):
    functions = set(header_functions(header_ast))
    module_functions = {
        name for name in dir(lib) if callable(getattr(lib, name)) and name.startswith("jx")
    }
    helpers = {name for name in module_functions if name.startswith("jxpy_")}
    assert module_functions - helpers == functions
    # The Python callbacks of registered formula functions, one per callback type of the header.
    callbacks = {name for name in helpers if name.startswith("jxpy_call_")}
    assert callbacks == {"jxpy_call_double", "jxpy_call_decimal"}
    assert ffi.typeof(lib.jxpy_call_double) is ffi.typeof("jx_double_function")
    assert ffi.typeof(lib.jxpy_call_decimal) is ffi.typeof("jx_decimal_function")
    # Each other helper stands for one options initialiser of the header.
    text = header.read_text(encoding="utf-8")
    for helper in helpers - callbacks:
        macro = "JX_" + helper[len("jxpy_") : -len("_init")].upper() + "_INIT"
        assert f"#define {macro} " in text, f"{helper} has no {macro} in jixiao.h"


def test_structs_have_the_header_fields_in_order(header_ast):
    structs = {}
    for node in header_ast.ext:
        if isinstance(node, c_ast.Typedef) and isinstance(node.type.type, c_ast.Struct):
            struct = node.type.type
            structs[node.name] = struct
    assert "jx_error" in structs and "jx_json_options" in structs
    for name, struct in structs.items():
        ctype = ffi.typeof(name)
        if struct.decls is None:
            # Opaque handle types: declared, never laid out.
            with pytest.raises(ffi.error):
                ffi.sizeof(ctype)
            continue
        expected = [(decl.name, ffi.typeof(c_type_text(decl.type))) for decl in struct.decls]
        actual = [(field, info.type) for field, info in ctype.fields]
        assert actual == expected, name


def _c_integer(text: str, known: dict) -> int:
    """Evaluates an integer macro's replacement text as C does: literals with U/L suffixes,
    + - * / ( ), casts to size_t (modulo 2^64), and other macros (expanded from `known`)."""
    expression = text
    for _ in range(32):  # expand macro names until only numbers are left
        names = [n for n in re.findall(r"\b[A-Za-z_]\w*\b", expression) if n != "size_t"]
        if not names:
            break
        for name in names:
            if name not in known:
                raise ValueError(f"cannot evaluate macro text {text!r}: unknown {name}")
            expression = re.sub(rf"\b{name}\b", f"({known[name]})", expression)
    unsigned = "(size_t)" in expression or re.search(r"\d[uU]", expression) is not None
    expression = expression.replace("(size_t)", "")
    expression = re.sub(r"\b(\d+)[uUlL]+\b", r"\1", expression)
    if not re.fullmatch(r"[\s\d()+\-*/]+", expression):
        raise ValueError(f"cannot evaluate macro text {text!r}")
    value = int(eval(expression.replace("/", "//"), {"__builtins__": {}}))  # noqa: S307 (digits only)
    return value % 2**64 if unsigned else value


def test_every_macro_is_in_the_module_with_the_header_value(macros, all_macros):
    assert len(macros) > 100
    integers = {}
    missing = []
    for name, text in macros.items():
        if text == "":
            continue  # JX_API outside the library build
        if text.startswith("{"):
            helper = "jxpy_" + name[len("JX_") : -len("_INIT")].lower() + "_init"
            assert hasattr(lib, helper), f"{name}: no helper {helper} in the module"
            continue
        if not hasattr(lib, name):
            missing.append(name)
            continue
        value = getattr(lib, name)
        if text.startswith('"'):
            assert ffi.string(value).decode() == text.strip('"'), name
        else:
            integers[name] = value
    assert not missing, f"macros of jixiao.h missing from the module: {missing}"
    for name, value in integers.items():
        assert _c_integer(macros[name], all_macros) == value, name


def test_options_helpers_return_the_header_initialisers(macros, all_macros):
    initialisers = {name: text for name, text in macros.items() if text.startswith("{")}
    assert {"JX_JSON_OPTIONS_INIT", "JX_FORMULA_OPTIONS_INIT", "JX_BATCH_SUMMARY_INIT"} <= set(initialisers)
    for name, text in initialisers.items():
        helper = getattr(lib, "jxpy_" + name[len("JX_") : -len("_INIT")].lower() + "_init")
        struct = helper()
        members = [member.strip() for member in text.strip("{}").split(",")]
        fields = [field for field, _ in ffi.typeof(struct).fields]
        assert len(members) == len(fields), name
        for field, member in zip(fields, members):
            actual = getattr(struct, field)
            if member == "NULL":
                assert actual == ffi.NULL, f"{name}.{field}"
            else:
                assert actual == _c_integer(member, all_macros), f"{name}.{field}"
