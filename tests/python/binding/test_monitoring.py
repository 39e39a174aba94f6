"""Monitoring (运行监控) from Python: the 番禺 colours equal the CLI's golden output."""

from decimal import Decimal

import pytest

import jixiao


@pytest.fixture(scope="module")
def panyu_report(source_dir):
    return jixiao.load(source_dir / "examples" / "panyu-2023" / "monitoring-report.json")


@pytest.fixture(scope="module")
def golden(source_dir):
    return source_dir / "tests" / "data" / "golden"


def test_the_panyu_result_equals_the_golden_outputs(panyu_report, golden):
    result = jixiao.monitor(panyu_report)
    assert result.to_json() == (golden / "panyu-2023-monitoring.json").read_text(encoding="utf-8")
    assert result.to_text() == (golden / "panyu-2023-monitoring.txt").read_text(encoding="utf-8")
    assert panyu_report.monitor().to_json() == result.to_json()


def test_result_fields(panyu_report):
    result = panyu_report.monitor()
    assert (result.policy, result.month) == ("national-2021", 7)
    whole = result.budget
    assert (whole.path, whole.name) == ("/budget_execution", "预算合计 total")
    assert (whole.executed, whole.annual_budget) == (Decimal("7130.20"), Decimal("15094.71"))
    assert whole.progress == Decimal("80.98") and whole.colour == "green"
    lines = result.budget_lines
    assert [line.colour for line in lines] == ["green", "yellow", "red", "red"]
    assert (lines[0].path, lines[0].name) == ("/budget_execution/0", "基本支出")
    assert "712.40 ÷ 1163.71" in lines[0].trace.arithmetic
    indicators = result.indicators
    assert len(indicators) == 17
    assert (indicators[2].name, indicators[2].colour, indicators[2].progress) == (
        "增设自助设备数。", "red", Decimal("38.10")
    )
    assert indicators[3].colour == "blue" and indicators[0].likelihood == "certain"
    assert indicators[6].colour is None  # not assessed
    assert result.goal_colour == "red"
    assert result.passed is False
    assert all(isinstance(f, jixiao.RuleFinding) for f in result.findings)
    assert repr(result).startswith("<MonitoringResult national-2021: months 1–7")
    with pytest.raises(TypeError):
        jixiao.MonitoringResult()


def test_policy_and_argument_checks(panyu_report, panyu):
    assert jixiao.monitor(panyu_report, jixiao.Policy.preset("national-2015")).policy == "national-2015"
    with pytest.raises(TypeError):
        jixiao.monitor(panyu)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jixiao.monitor(panyu_report, "national-2021")  # type: ignore[arg-type]


def test_colours_follow_changes_to_the_report(panyu_report):
    report = panyu_report.copy()
    report.budget_execution[2].executed = Decimal("100.00")
    assert report.monitor().budget_lines[2].colour in ("green", "blue")


def test_to_pandas(panyu_report):
    pytest.importorskip("pandas", reason="pandas is not installed: to_pandas() is optional")
    frame = panyu_report.monitor().to_pandas()
    assert len(frame) == 17 and list(frame.colour[:4]) == ["green", "green", "red", "blue"]
