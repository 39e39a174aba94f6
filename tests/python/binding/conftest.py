"""Shared fixtures of the Python binding tests (tests/python/binding).

CTest (tests/cmake/python.cmake) runs each file with PYTHONPATH set to the build-tree package
(build/<preset>/python) and JIXIAO_PYTHON_DIR naming it; the package must come from there, never
from an installed copy. Run by hand, the tests fall back to build/default/python.
"""

import os
import sys
from pathlib import Path

import pytest

SOURCE_DIR = Path(os.environ.get("JIXIAO_SOURCE_DIR", Path(__file__).resolve().parents[3]))
PYTHON_DIR = Path(os.environ.get("JIXIAO_PYTHON_DIR", SOURCE_DIR / "build" / "default" / "python"))

if str(PYTHON_DIR) not in sys.path:
    sys.path.insert(0, str(PYTHON_DIR))

import jixiao  # noqa: E402

if Path(jixiao.__file__).resolve().parent != (PYTHON_DIR / "jixiao").resolve():
    raise RuntimeError(f"imported jixiao from {jixiao.__file__}, expected the build tree {PYTHON_DIR}")


@pytest.fixture(scope="session")
def source_dir() -> Path:
    return SOURCE_DIR


@pytest.fixture(scope="session")
def package_dir() -> Path:
    return PYTHON_DIR / "jixiao"


@pytest.fixture(scope="session")
def panyu_path() -> Path:
    return SOURCE_DIR / "examples" / "panyu-2023" / "declaration.json"


@pytest.fixture(scope="session")
def documents_dir() -> Path:
    return SOURCE_DIR / "tests" / "data" / "documents"


@pytest.fixture(scope="session")
def malformed_dir() -> Path:
    return SOURCE_DIR / "tests" / "data" / "malformed"


@pytest.fixture(scope="session")
def cli() -> str:
    """The jixiao command-line tool of the same build (JIXIAO_CLI)."""
    path = os.environ.get("JIXIAO_CLI") or str(SOURCE_DIR / "build" / "default" / "bin" / "jixiao")
    if not Path(path).exists():
        pytest.skip(f"the jixiao CLI is not built ({path}); run through CTest")
    return path


@pytest.fixture()
def panyu(panyu_path):
    return jixiao.load(panyu_path)
