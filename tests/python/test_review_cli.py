"""`jixiao review` and `jixiao policy` as issue 10 specifies them: outputs, exit codes, folders,
policies, terminals.

The binary comes from the JIXIAO_CLI environment variable (set by tests/cmake/review_cli.cmake).
"""

import json
import os
import pathlib
import pty
import shutil
import subprocess

import pytest

CLI = os.environ.get("JIXIAO_CLI", "")
ROOT = pathlib.Path(__file__).resolve().parents[2]
PANYU = ROOT / "examples" / "panyu-2023" / "declaration.json"
GOLDEN = ROOT / "tests" / "data" / "golden" / "panyu-2023-review.json"
SELF_EVALUATION = ROOT / "tests" / "data" / "documents" / "self-evaluation.json"
GUANGZHOU = ROOT / "examples" / "policies" / "guangzhou-district-2023.json"
FINDING_MEMBERS = ["code", "severity", "path", "message", "message_en", "dimension", "rule_source"]

pytestmark = pytest.mark.skipif(not CLI, reason="JIXIAO_CLI is not set (run through CTest)")


def run(*args, stdin=None):
    done = subprocess.run([CLI, *map(str, args)], capture_output=True, input=stdin, timeout=120)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def line(name, amount):
    return {"name": name, "amount": amount}


def clean_declaration():
    """A declaration no rule of national-2015 objects to."""

    def indicator(level1, level2, name, annual, period):
        return {"level1": level1, "level2": level2, "name": name, "content": None,
                "explanation": None, "formula": None, "period_target": period,
                "annual_target": annual, "unit": None, "weight": None, "value_source": None,
                "core": False, "note": None}

    return {
        "schema": "jixiao.declaration/1", "kind": "department", "fiscal_year": 2024,
        "department": {"name": "示例区培训中心", "code": None}, "region_code": None,
        "project": None, "taxonomy": "2015",
        "goals": {"overall": "全年完成干部培训 1200 人次。", "mid_term": None, "annual": None},
        "budget": {"unit": "万元",
                   "expenditure": [line("基本支出", "100.00"), line("项目支出", "50.00")],
                   "income": [line("财政拨款", "150.00")],
                   "by_level": [line("区本级使用资金", "150.00")]},
        "key_tasks": [{"name": "干部培训", "content": None, "planned_funding": "50.00",
                       "expected_outcome": None, "note": None}],
        "indicators": [
            indicator("产出指标", "数量指标", "培训人次", "≥1200人次", "≥3600人次"),
            indicator("效益指标", "社会效益指标", "干部业务考核通过率", "≥90%", "≥90%"),
            indicator("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
        ],
        "note": None,
    }


@pytest.fixture
def clean_file(tmp_path):
    path = tmp_path / "clean.json"
    path.write_text(json.dumps(clean_declaration(), ensure_ascii=False), encoding="utf-8")
    return path


def test_text_report_groups_by_severity_in_chinese_without_colour():
    code, out, err = run("review", PANYU)
    assert code == 1, err
    errors, warnings, infos = out.index("错误 (8)"), out.index("警告 (13)"), out.index("提示 (23)")
    assert errors < warnings < infos
    assert "JX-IND-001  /indicators/28/name  加强云平台安全保障能力" in out
    assert "    建议：≥30135平方米" in out
    assert out.rstrip().endswith("共 44 条：错误 8，警告 13，提示 23；审核结论：中（须修改后重新报送）")
    assert "\x1b[" not in out
    assert err == ""


def test_text_report_in_english():
    code, out, _ = run("review", "--lang", "en", PANYU)
    assert code == 1
    assert "Errors (8)" in out and "Warnings (13)" in out and "Info (23)" in out
    assert "gives no measurable value" in out
    assert "44 findings: 8 errors, 13 warnings, 23 info; verdict: fair (中)" in out


def test_json_for_one_file_is_the_golden_report():
    code, out, _ = run("review", "--format", "json", PANYU)
    assert code == 1
    assert out == GOLDEN.read_text(encoding="utf-8")
    report = json.loads(out)
    assert list(report) == ["findings", "summary"]
    for finding in report["findings"]:
        assert list(finding)[:7] == FINDING_MEMBERS
        assert finding["severity"] in {"error", "warning", "info"}
        assert finding["dimension"] in {"完整性", "相关性", "适当性", "可行性"}


def test_clean_declaration_exits_zero(clean_file):
    code, out, _ = run("review", "--format", "json", clean_file)
    assert code == 0
    report = json.loads(out)
    assert report["findings"] == []
    assert report["summary"]["verdict"] == "优"


def test_several_files_give_an_array_with_the_file_names(clean_file):
    code, out, _ = run("review", "--format", "json", clean_file, PANYU)
    assert code == 1
    reports = json.loads(out)
    assert [r["file"] for r in reports] == [str(clean_file), str(PANYU)]
    assert list(reports[1])[:3] == ["file", "findings", "summary"]
    assert reports[1]["summary"]["errors"] == 8


def test_a_folder_reviews_every_declaration_in_it(tmp_path, clean_file):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(PANYU, folder / "b-panyu.json")
    shutil.copy(clean_file, folder / "a-clean.json")
    shutil.copy(SELF_EVALUATION, folder / "c-self-evaluation.json")  # not a declaration: skipped
    (folder / "notes.txt").write_text("not json", encoding="utf-8")
    code, out, _ = run("review", "--format", "json", folder)
    assert code == 1
    reports = json.loads(out)
    assert [pathlib.Path(r["file"]).name for r in reports] == ["a-clean.json", "b-panyu.json"]


def test_unreadable_files_exit_two_and_the_others_are_still_reported(tmp_path):
    missing = tmp_path / "missing.json"
    code, out, err = run("review", "--format", "json", missing, PANYU)
    assert code == 2
    reports = json.loads(out)
    assert reports[0]["file"] == str(missing)
    assert reports[0]["error"]["code"] == "io_error"
    assert reports[1]["summary"]["errors"] == 8
    assert "missing.json" in err and "[io_error]" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "jixiao.declaration/1", "kind": 7}', encoding="utf-8")
    code, out, err = run("review", broken)
    assert code == 2
    assert out == ""
    assert "/kind" in err


def test_a_named_document_that_is_not_a_declaration_is_refused():
    code, _, err = run("review", SELF_EVALUATION)
    assert code == 2
    assert "/schema" in err and "not a declaration" in err


def test_standard_input():
    code, out, _ = run("review", "--format", "json", "-", stdin=PANYU.read_bytes())
    assert code == 1
    assert json.loads(out)["summary"]["total"] == 44


def test_policy_presets_and_files():
    code, out, _ = run("review", "--format", "json", "--policy", "national-2021", PANYU)
    report = json.loads(out)
    assert report["summary"]["policy"] == "national-2021"
    assert report["findings"][0]["code"] == "JX-DOC-003"
    code, out, _ = run("review", "--format", "json", "--policy", GUANGZHOU, PANYU)
    report = json.loads(out)
    assert report["summary"]["policy"] == "广州区级-2023"
    assert not [f for f in report["findings"] if f["code"].startswith("JX-BUD")]


def test_a_policy_with_errors_exits_two_with_its_json_path(tmp_path):
    bad = tmp_path / "bad-policy.json"
    bad.write_text(json.dumps({"schema": "jixiao.policy/1", "base": "national-2015",
                               "review": {"rules": [{"code": "JX-NOPE-1"}]}}), encoding="utf-8")
    code, out, err = run("review", "--policy", bad, PANYU)
    assert code == 2
    assert out == ""
    assert "/review/rules/0/code" in err and "[policy_error]" in err
    code, _, err = run("review", "--policy", "national-2099", PANYU)
    assert code == 2
    assert "national-2099" in err


def test_policy_show_prints_a_complete_policy_that_reads_back(tmp_path):
    code, out, _ = run("policy", "show", "national-2015")
    assert code == 0
    policy = json.loads(out)
    assert "base" not in policy
    assert policy["review"]["balance_identities"][0]["formula"] == "收入来源 = 部门预算支出"
    saved = tmp_path / "full.json"
    saved.write_text(out, encoding="utf-8")
    code, again, _ = run("policy", "show", saved)
    assert code == 0 and again == out
    code, out, _ = run("review", "--format", "json", "--policy", saved, PANYU)
    assert out == GOLDEN.read_text(encoding="utf-8")


def test_policy_rules_is_the_documented_catalog():
    code, out, _ = run("policy", "rules")
    assert code == 0
    doc = (ROOT / "docs" / "review-rules.md").read_text(encoding="utf-8")
    assert out in doc
    assert out.count("\n| JX-") == 34


def run_on_terminal(*args):
    """Runs with standard output and error on a pseudo-terminal; returns (code, what it showed)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([CLI, *map(str, args)], stdout=follower, stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=120), shown.decode("utf-8", errors="replace")


def test_colour_and_progress_only_on_a_terminal(clean_file):
    code, shown = run_on_terminal("review", clean_file, PANYU)
    assert code == 1
    assert "\x1b[1;31m" in shown  # errors in red
    assert "] 1/2" in shown  # the progress bar
    _, plain, err = run("review", clean_file, PANYU)
    assert "\x1b[" not in plain and "] 1/2" not in err
