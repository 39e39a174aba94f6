"""Review (审核) from Python: the 番禺 declaration gives the same findings as the CLI."""

import json
import subprocess
import threading

import pytest

import jixiao


@pytest.fixture(scope="module")
def cli_report(cli, panyu_path):
    done = subprocess.run([cli, "review", "--format", "json", str(panyu_path)], capture_output=True)
    assert done.returncode in (0, 1), done.stderr.decode()
    return json.loads(done.stdout.decode("utf-8"))


def test_the_panyu_findings_equal_the_cli(panyu, cli_report):
    report = panyu.review()
    expected = cli_report["findings"]
    assert len(report) == len(expected) > 0
    for finding, member in zip(report.findings, expected):
        assert isinstance(finding, jixiao.Finding)
        assert (finding.code, finding.severity, finding.path) == (
            member["code"], member["severity"], member["path"]
        )
        assert (finding.message, finding.message_en) == (member["message"], member["message_en"])
        assert finding.dimension == member["dimension_en"]
        assert finding.rule_source == member["rule_source"]
        assert finding.indicator == member.get("indicator")
        assert finding.related_path == member.get("related_path")
        assert finding.suggestion == member.get("suggestion")
        assert finding.data == member.get("data", {})
    assert report.to_dict() == cli_report
    assert report.to_json() == json.dumps(cli_report, ensure_ascii=False, indent=2) + "\n"


def test_the_summary(panyu, cli_report):
    report = jixiao.review(panyu)
    severities = [finding.severity for finding in report]
    assert (report.errors, report.warnings, report.infos) == (
        severities.count("error"), severities.count("warning"), severities.count("info")
    )
    assert report.indicators == 52
    assert report.policy == cli_report["summary"]["policy"] == "national-2015"
    assert report.taxonomy == "2015"
    assert report.verdict in ("excellent", "good", "fair", "poor")
    assert report.passed is (report.errors == 0)
    assert repr(report) == (
        f"<ReviewReport national-2015: {len(report)} findings ({report.errors} errors, "
        f"{report.warnings} warnings, {report.infos} infos), verdict {report.verdict}>"
    )
    assert report[0] == report.findings[0] and report[-2:] == report.findings[-2:]


def test_text_in_both_languages(panyu, cli, panyu_path):
    report = panyu.review()
    done = subprocess.run([cli, "review", str(panyu_path)], capture_output=True)
    title = f"{panyu_path}\n"
    assert title + report.to_text() == done.stdout.decode("utf-8")
    english = subprocess.run([cli, "review", "--lang", "en", str(panyu_path)], capture_output=True)
    assert title + report.to_text("en") == english.stdout.decode("utf-8")
    with pytest.raises(ValueError):
        report.to_text("fr")


def test_a_policy_changes_what_is_checked(panyu, panyu_path, cli):
    national_2021 = jixiao.Policy.preset("national-2021")
    report = panyu.review(national_2021)
    assert report.policy == "national-2021" and report.taxonomy == "2021"
    done = subprocess.run(
        [cli, "review", "--format", "json", "--policy", "national-2021", str(panyu_path)], capture_output=True
    )
    assert report.to_dict() == json.loads(done.stdout.decode("utf-8"))
    with pytest.raises(TypeError):
        panyu.review("national-2021")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jixiao.review(jixiao.Policy.preset("national-2015"))  # type: ignore[arg-type]


def test_findings_follow_changes_to_the_declaration(panyu):
    before = {finding.path for finding in panyu.review()}
    indicator = panyu.indicators[4]
    indicator.annual_target = "≥95%"
    indicator.period_target = "≥95%"
    after = panyu.review()
    assert "/indicators/4/annual_target" in before
    assert "/indicators/4/annual_target" not in {finding.path for finding in after}
    indicator.name = panyu.indicators[5].name  # a duplicate name is reported at its path
    duplicates = [f for f in panyu.review() if f.path.startswith("/indicators/") and f.related_path]
    assert duplicates


def test_rule_catalog_covers_every_finding(panyu):
    rules = jixiao.review_rules()
    codes = [rule.code for rule in rules]
    assert len(codes) == len(set(codes)) > 10
    assert all(isinstance(rule, jixiao.ReviewRule) and rule.title_zh and rule.title_en for rule in rules)
    assert {finding.code for finding in panyu.review()} <= set(codes)
    assert {rule.severity for rule in rules} <= {"error", "warning", "info"}


def test_to_pandas(panyu):
    pytest.importorskip("pandas", reason="pandas is not installed: to_pandas() is optional")
    report = panyu.review()
    frame = report.to_pandas()
    assert list(frame.columns) == list(jixiao.Finding._fields)
    assert len(frame) == len(report)
    assert frame.groupby("severity").size().get("error", 0) == report.errors


def test_reports_are_not_built_by_hand():
    with pytest.raises(TypeError):
        jixiao.ReviewReport()


def test_threads_review_one_declaration_at_once(panyu):
    expected = panyu.review().to_json()
    policy = jixiao.Policy.preset("national-2015")
    results = []

    def work():
        results.extend(panyu.review(policy).to_json() for _ in range(5))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 40
