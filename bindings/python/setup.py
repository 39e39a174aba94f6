"""Builds the jixiao Python package: a cffi extension over libjixiao.so.1, shipped next to it.

    pip install --no-build-isolation bindings/python

Where libjixiao.so.1 comes from (README.md, "How the package finds libjixiao"):

- JIXIAO_BUILD_DIR=<a CMake build directory of this repository>: its lib/libjixiao.so.1 is used
  as it is (fast; build it first, e.g. `scripts/build` makes build/default).
- otherwise CMake configures and builds the C library (target jixiao_c only, Release, no tests)
  in <repository>/build/python-package. This needs the Debian packages scripts/install-deps
  installs, and takes a few minutes the first time.

The extension is generated from capi/include/jixiao.h (ffi_build.py), compiled for the stable ABI
(abi3: one binary for every CPython from 3.8 on), and linked with RUNPATH $ORIGIN; the library is
copied next to it, so the installed package needs nothing else from the build tree.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
HEADER = REPOSITORY / "capi" / "include" / "jixiao.h"
LIBRARY = "libjixiao.so.1"

sys.path.insert(0, str(HERE))
import ffi_build  # noqa: E402  (next to this file)


def header_version() -> str:
    text = HEADER.read_text(encoding="utf-8")
    parts = [re.search(rf"#define JX_VERSION_{part} (\d+)", text) for part in ("MAJOR", "MINOR", "PATCH")]
    if not all(parts):
        raise SystemExit(f"cannot read the version from {HEADER}")
    return ".".join(match.group(1) for match in parts if match)


def built_library() -> Path:
    """libjixiao.so.1 from JIXIAO_BUILD_DIR, or from a CMake build made here."""
    given = os.environ.get("JIXIAO_BUILD_DIR")
    if given:
        library = Path(given).resolve() / "lib" / LIBRARY
        if not library.exists():
            raise SystemExit(
                f"JIXIAO_BUILD_DIR={given}: {library} does not exist. Build the C library there "
                f"first (cmake --build {given} --target jixiao_c), or unset JIXIAO_BUILD_DIR to "
                "let this build run CMake itself."
            )
        return library
    if not (REPOSITORY / "CMakeLists.txt").exists():
        raise SystemExit(
            f"{REPOSITORY} is not the jixiao repository: install from bindings/python inside a "
            "clone, or set JIXIAO_BUILD_DIR to a build directory that has lib/libjixiao.so.1."
        )
    cmake = shutil.which("cmake")
    if cmake is None:
        raise SystemExit("cmake is needed to build libjixiao (Debian: scripts/install-deps).")
    build = REPOSITORY / "build" / "python-package"
    jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
    configure = [
        cmake, "-S", str(REPOSITORY), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
        "-DJIXIAO_BUILD_TESTS=OFF", "-DJIXIAO_BUILD_BENCHMARKS=OFF", "-DJIXIAO_BUILD_PYTHON=OFF",
    ]
    subprocess.run(configure, check=True)
    subprocess.run([cmake, "--build", str(build), "--target", "jixiao_c", "--parallel", jobs], check=True)
    return build / "lib" / LIBRARY


class BuildExtension(build_ext):
    """Generates the cffi source, links it against libjixiao and copies the library next to it."""

    def run(self) -> None:
        library = built_library()
        source = Path(self.build_temp).resolve() / "_jixiao.c"
        source.parent.mkdir(parents=True, exist_ok=True)
        ffi_build.make_ffi(HEADER).emit_c_code(str(source))
        for extension in self.extensions:
            extension.sources = [str(source)]
            extension.include_dirs = [str(HEADER.parent)]
            # Linking the file itself records its SONAME (libjixiao.so.1) and cannot pick up
            # another libjixiao installed on the system.
            extension.extra_objects = [str(library)]
            extension.extra_link_args = ["-Wl,-rpath,$ORIGIN", "-Wl,--enable-new-dtags"]
        super().run()
        for extension in self.extensions:
            destination = Path(self.get_ext_fullpath(extension.name)).parent / LIBRARY
            shutil.copyfile(library, destination)  # follows the symlink to libjixiao.so.1.x.y


setup(
    name="jixiao",
    version=header_version(),
    description="Budget performance management (预算绩效管理): documents, 指标值, formulas, review",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.8",
    packages=["jixiao"],
    package_data={"jixiao": ["py.typed"]},
    install_requires=["cffi>=1.15"],
    extras_require={"numpy": ["numpy"], "pandas": ["pandas"]},
    ext_modules=[Extension("jixiao._jixiao", sources=[], py_limited_api=True)],
    cmdclass={"build_ext": BuildExtension},
    options={"bdist_wheel": {"py_limited_api": "cp38"}},
    zip_safe=False,
)
