"""The package as built: one abi3 extension, RUNPATH $ORIGIN, libjixiao.so.1 next to it,
typed (py.typed), versions that agree with the header."""

import importlib.machinery
import inspect
import re
import subprocess
from pathlib import Path

import jixiao
from jixiao._native import ffi, lib


def test_the_extension_is_one_abi3_module_next_to_its_library(package_dir):
    modules = sorted(p.name for p in package_dir.glob("_jixiao*.so"))
    assert modules == ["_jixiao.abi3.so"]
    assert ".abi3.so" in importlib.machinery.EXTENSION_SUFFIXES
    assert (package_dir / "libjixiao.so.1").is_file()
    assert Path(jixiao._native.__file__).parent == package_dir


def test_the_extension_finds_the_library_through_runpath_origin(package_dir):
    dynamic = subprocess.run(
        ["readelf", "-d", str(package_dir / "_jixiao.abi3.so")], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"\(RUNPATH\)\s+Library runpath: \[\$ORIGIN\]", dynamic)
    assert "Shared library: [libjixiao.so.1]" in dynamic
    # Only the stable ABI: the module does not link libpython and exports just its init function.
    assert "libpython" not in dynamic
    exported = subprocess.run(
        ["nm", "-D", "--defined-only", str(package_dir / "_jixiao.abi3.so")],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    assert "PyInit__jixiao" in exported
    assert not [s for s in exported if s.startswith("jx")], "the module re-exports C symbols"


def test_the_loaded_library_is_the_copy_next_to_the_module(package_dir):
    maps = Path("/proc/self/maps").read_text()
    loaded = {line.split()[-1] for line in maps.splitlines() if "libjixiao.so" in line}
    assert loaded == {str(package_dir / "libjixiao.so.1")}


def test_versions_agree_with_the_header():
    assert jixiao.__version__ == jixiao.HEADER_VERSION == ffi.string(lib.JX_VERSION_STRING).decode()
    major, minor, patch = (int(part) for part in jixiao.__version__.split("."))
    assert jixiao.library_version() == major * 10000 + minor * 100 + patch == lib.JX_VERSION_NUMBER


def test_a_library_older_than_the_header_is_refused():
    assert lib.jx_check_version(lib.JX_VERSION_NUMBER) == lib.JX_OK
    assert lib.jx_check_version(lib.JX_VERSION_NUMBER + 1) == lib.JX_E_VERSION_MISMATCH
    error = jixiao.errors.last_error(lib.JX_E_VERSION_MISMATCH)
    assert isinstance(error, jixiao.VersionMismatchError) and isinstance(error, ImportError)
    assert str(lib.JX_VERSION_NUMBER + 1) in error.message or "1.0.1" in error.message


def test_the_package_is_typed_and_documented(package_dir):
    assert (package_dir / "py.typed").exists()
    assert jixiao.__doc__ and "预算绩效管理" in jixiao.__doc__
    for name in jixiao.__all__:
        value = getattr(jixiao, name)
        if inspect.isclass(value) or inspect.isroutine(value):
            assert value.__doc__, f"jixiao.{name} has no docstring"


def test_everything_in_all_exists():
    missing = [name for name in jixiao.__all__ if not hasattr(jixiao, name)]
    assert not missing
