"""The documented install: ``pip install --no-build-isolation bindings/python`` into a venv made
with ``--system-site-packages``, offline (no index), using this build's libjixiao through
JIXIAO_BUILD_DIR. The installed package must work without the build tree or the sources."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def test_pip_installs_a_working_abi3_package_offline(tmp_path, source_dir):
    build_dir = Path(os.environ.get("JIXIAO_BUILD_DIR", source_dir / "build" / "default"))
    if not (build_dir / "lib" / "libjixiao.so.1").exists():
        pytest.skip(f"no libjixiao.so.1 in {build_dir}/lib (run through CTest)")
    # A copy of what the install reads (the package and the header), so the build leaves nothing
    # behind in the source tree.
    sources = tmp_path / "src"
    shutil.copytree(source_dir / "bindings" / "python", sources / "bindings" / "python",
                    ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    shutil.copytree(source_dir / "capi" / "include", sources / "capi" / "include")

    venv = tmp_path / "venv"
    subprocess.run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", str(venv)], check=True)
    environment = {
        key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "JIXIAO_PYTHON_DIR")
    }
    environment.update(
        JIXIAO_BUILD_DIR=str(build_dir), PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1"
    )
    install = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--no-build-isolation", str(sources / "bindings" / "python")],
        env=environment, capture_output=True, text=True,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    shutil.rmtree(sources)  # the installed package needs neither the sources nor the build tree
    check = (
        "import jixiao, pathlib;"
        "d = jixiao.load(jixiao.Declaration().to_json().replace('\"fiscal_year\": 0', '\"fiscal_year\": 2023'));"
        "print(pathlib.Path(jixiao.__file__).parent);"
        "print(jixiao.Formula('a/b×100%').evaluate(a=38, b=40), d.year, jixiao.__version__)"
    )
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", check], env=environment, capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    package, result = done.stdout.splitlines()
    assert package.startswith(str(venv)), package
    assert result == "0.95 2023 1.0.0"
    installed = Path(package)
    assert (installed / "_jixiao.abi3.so").exists() and (installed / "libjixiao.so.1").exists()
    assert (installed / "py.typed").exists()
    wheel = next(installed.parent.glob("jixiao-*.dist-info")) / "WHEEL"
    assert "Tag: cp38-abi3-" in wheel.read_text()
    assert subprocess.run(
        [str(venv / "bin" / "python"), "-m", "jixiao", "target", "≥95%"], env=environment, capture_output=True
    ).returncode == 0
