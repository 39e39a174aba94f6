"""`jixiao target [--format json] [--] TEXT...` as issue 4 specifies it.

The binary comes from the JIXIAO_CLI environment variable (set by tests/cmake/target_cli.cmake).
"""

import json
import os
import subprocess

import pytest

CLI = os.environ.get("JIXIAO_CLI", "")
REQUIRED = {"text", "kind", "comparator", "value", "upper", "unit", "direction", "parts", "diagnostics"}

pytestmark = pytest.mark.skipif(not CLI, reason="JIXIAO_CLI is not set (run through CTest)")


def run(*args):
    return subprocess.run([CLI, "target", *args], capture_output=True, timeout=60)


def run_json(*texts):
    done = run("--format", "json", "--", *texts)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout.decode("utf-8"))


def test_one_result_per_argument_in_order_with_the_promised_members():
    texts = ["标准：＞90%", "不少于三次", "8省20个地区以上", "提升", "完成年度计划数"]
    results = run_json(*texts)
    assert [r["text"] for r in results] == texts
    for r in results:
        assert REQUIRED <= set(r)
        assert isinstance(r["parts"], list)
        assert isinstance(r["diagnostics"], list)
        assert all(isinstance(d, str) for d in r["diagnostics"])


def test_values_are_in_the_unit_as_written():
    [r] = run_json("≥95%")
    assert (r["kind"], r["comparator"], r["value"], r["upper"], r["unit"], r["direction"]) == (
        "quantitative", ">=", "95", None, "%", "positive")


def test_comparators_are_ascii_or_null():
    results = run_json("≥1", "＞1", "＝1", "＜1", "≤1", "1")
    assert [r["comparator"] for r in results] == [">=", ">", "=", "<", "<=", None]


def test_every_kind_is_reported_by_name():
    results = run_json("5个", "90%-100%", "±3%以内", "正常运行", "完成年度计划数", "/", "2023年12月底前")
    assert [r["kind"] for r in results] == [
        "quantitative", "range", "tolerance", "qualitative", "vague", "empty", "date"]
    assert results[1]["upper"] == "100"
    assert results[4]["diagnostics"] and "年度计划" in results[4]["diagnostics"][0]


def test_compound_parts():
    [r] = run_json("标准：8省20个地区以上。")
    assert [(p["comparator"], p["value"], p["unit"]) for p in r["parts"]] == [
        (">=", "8", "省"), (">=", "20", "个地区")]


def test_double_dash_lets_a_text_start_with_a_minus():
    [r] = run_json("-5%")
    assert (r["text"], r["value"], r["unit"]) == ("-5%", "-5", "%")


def test_double_dash_after_other_texts_and_option_like_texts():
    done = run("--format", "json", "95%", "--", "-5%", "--format", "-")
    assert done.returncode == 0, done.stderr.decode()
    results = json.loads(done.stdout)
    assert [r["text"] for r in results] == ["95%", "-5%", "--format", "-"]
    assert results[3]["kind"] == "empty"


def test_an_empty_argument_is_the_empty_text():
    results = run_json("", "≥95%", "")
    assert [(r["text"], r["kind"]) for r in results] == [("", "empty"), ("≥95%", "quantitative"),
                                                         ("", "empty")]


def test_invalid_utf8_is_a_result_with_a_diagnostic_and_valid_json():
    done = subprocess.run([CLI, "target", "--format", "json", "--", b"95\xff%"],
                          capture_output=True, timeout=60)
    assert done.returncode == 0
    [r] = json.loads(done.stdout.decode("utf-8"))
    assert r["kind"] == "vague"
    assert r["text"] == "95\ufffd%"
    assert "UTF-8" in r["diagnostics"][0]


def test_text_format_is_the_default():
    done = run("标准：每个镇街不少于 3 台")
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    assert "[1] 标准：每个镇街不少于 3 台" in out
    assert "canonical: 每个镇街≥3台" in out
    assert "MOF: 1 | 3 | 台" in out


def test_command_line_mistakes_exit_with_2():
    assert run().returncode == 2
    assert run("--format", "xml", "95%").returncode == 2
