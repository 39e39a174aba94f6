"""``python -m jixiao`` against the C++ ``jixiao`` tool: the same stdout, stderr and exit code for
the same arguments (only command-line usage errors are worded differently: same exit code 2)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(os.environ.get("JIXIAO_SOURCE_DIR", Path(__file__).resolve().parents[3]))
PANYU = str(SOURCE / "examples" / "panyu-2023" / "declaration.json")
DOCUMENTS = SOURCE / "tests" / "data" / "documents"
MALFORMED = SOURCE / "tests" / "data" / "malformed"

SAME_OUTPUT = [
    ["show", PANYU],
    ["show", str(DOCUMENTS / "self-evaluation.json")],
    ["show", str(DOCUMENTS / "monitoring-report.json")],
    ["show", str(DOCUMENTS / "project-declaration.json")],
    ["show", str(MALFORMED / "wrong-type.json")],
    ["show", str(MALFORMED / "invalid-utf8.json")],
    ["show", str(SOURCE / "no-such-file.json")],
    ["convert", PANYU],
    ["convert", str(DOCUMENTS / "self-evaluation.json")],
    ["convert", str(MALFORMED / "wrong-type.json")],
    ["target", "每个镇街不少于3台", "2023年1月至6月", "95.0%", "完成年度计划数", "8省20个地区以上",
     "标准：＞90%", "90%-100%", "±3%以内", "约100人", "", "提升", "满意度95%以上"],
    ["target", "--format", "json", "--", "≥95%", "-5%", "8省20个地区以上", ""],
    ["eval", "--format", "json", "a/b×100%", "a=38", "b=40"],
    ["eval", "--format", "json", "--double", "a/b×100%", "a=38", "b=40"],
    ["eval", "故障维护及时率=及时维护的故障数量/总故障数量 X100%", "及时维护的故障数量=45", "总故障数量=50"],
    ["eval", "--format", "json", "安保工作完成率= 实际完成安保工作量/计划完成安保工作量 X100%",
     "实际完成安保工作量=1,170", "计划完成安保工作量=１２００"],
    ["eval", "--", "-2^2"],
    ["eval", "--format", "json", "0.1+0.2 = 0.3"],
    ["eval", "--format", "json", "--double", "0.1+0.2"],
    ["eval", "基本支出 + 项目支出 = 总额", "基本支出=1163.71", "项目支出=100.29", "总额=1264"],
    ["eval", "--format", "json", "(a+b"],
    ["eval", "--format", "json", "a÷b", "a=1", "b=0"],
    ["eval", "--format", "json", "a+b", "a=1"],
    ["eval", "--format", "json", "a+b", "a=1", "b=2", "c=3"],
    ["eval", "a+b", "a=1", "a=2", "b=1"],
    ["eval", "a+b", "a=x", "b=1"],
    ["eval", "a+b", "=1"],
    ["eval", "a+b", "a=", "b=1"],
    ["eval", "--format", "json", "a*b", "a=99999999999999999999", "b=99999999999999999999"],
    ["eval", "--double", "a/b", "a=1", "b=3"],
    ["eval", "a/b", "a=1", "b=10000000"],
]

USAGE_ERRORS = [["show"], ["eval"], ["target", "--format", "xml", "x"], ["nonsense"], []]


def run(command, arguments):
    done = subprocess.run(command + arguments, capture_output=True, timeout=120)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


@pytest.mark.parametrize("arguments", SAME_OUTPUT, ids=lambda a: " ".join(a)[:60])
def test_python_m_jixiao_writes_what_the_tool_writes(cli, arguments):
    expected = run([cli], arguments)
    assert run([sys.executable, "-m", "jixiao"], arguments) == expected


@pytest.mark.parametrize("arguments", USAGE_ERRORS, ids=lambda a: " ".join(a) or "(none)")
def test_usage_errors_exit_2(cli, arguments):
    assert run([cli], arguments)[0] == 2
    assert run([sys.executable, "-m", "jixiao"], arguments)[0] == 2


def test_convert_writes_a_file_and_reads_stdin(cli, tmp_path):
    out = tmp_path / "out.json"
    assert run([sys.executable, "-m", "jixiao"], ["convert", PANYU, "-o", str(out)])[0] == 0
    expected = (SOURCE / "tests" / "data" / "golden" / "panyu-2023-declaration.json").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == expected
    done = subprocess.run(
        [sys.executable, "-m", "jixiao", "show", "-"], input=Path(PANYU).read_bytes(), capture_output=True
    )
    assert done.returncode == 0 and "番禺区政务服务数据管理局" in done.stdout.decode()
    code, _, err = run([sys.executable, "-m", "jixiao"], ["convert", PANYU, "-o", str(tmp_path)])
    assert code == 2 and "[io_error]" in err
