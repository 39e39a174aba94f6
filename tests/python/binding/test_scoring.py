"""Scoring (绩效自评) from Python: the 番禺 scorecard equals the CLI's golden output."""

import json
import subprocess
from decimal import Decimal

import pytest

import jixiao


@pytest.fixture(scope="module")
def panyu_evaluation(source_dir):
    return jixiao.load(source_dir / "examples" / "panyu-2023" / "self-evaluation.json")


@pytest.fixture(scope="module")
def golden(source_dir):
    return source_dir / "tests" / "data" / "golden"


def test_the_panyu_scorecard_equals_the_golden_outputs(panyu_evaluation, golden):
    card = jixiao.score(panyu_evaluation)
    assert card.to_json() == (golden / "panyu-2023-scorecard.json").read_text(encoding="utf-8")
    assert card.to_text() == (golden / "panyu-2023-scorecard.txt").read_text(encoding="utf-8")
    assert panyu_evaluation.score().to_json() == card.to_json()


def test_scorecard_fields_agree_with_its_json(panyu_evaluation):
    card = panyu_evaluation.score()
    data = card.to_dict()
    assert card.policy == "national-2015"
    assert isinstance(card.total, Decimal) and isinstance(card.weight_total, Decimal)
    assert card.grade in ("excellent", "good", "fair", "poor")
    assert card.audit is True and card.published_total is not None
    budget = card.budget_execution
    assert (budget.path, budget.source) == ("/budget_execution/0", "年度资金总额")
    assert budget.rate == Decimal("13012.58") / Decimal("14674.71") or budget.rate is not None
    assert budget.score == Decimal("8.87") and budget.weight == Decimal("10")
    trace = budget.trace
    assert isinstance(trace, jixiao.Trace) and trace.rule == "budget_execution"
    assert "13012.58 ÷ 14674.71 × 10" in trace.arithmetic
    indicators = card.indicators
    assert len(indicators) == 52
    first = indicators[0]
    assert (first.path, first.level1, first.name) == ("/indicators/0", "产出指标", "租赁场地面积。")
    assert first.method in ("quantitative", "qualitative", "not_scored")
    assert indicators[10].method == "not_scored" and indicators[10].met is None
    assert indicators[1].met is True and indicators[5].met is False
    assert indicators[5].score == Decimal("1.08")
    assert any("inferred >=" in note for note in indicators[1].trace.notes)
    assert sum((i.weight for i in indicators), budget.weight) == card.weight_total
    assert len(card.differences) == len(data.get("differences", [])) > 0
    difference = card.differences[0]
    assert isinstance(difference, jixiao.ScoreDifference) and difference.published != difference.computed
    assert all(isinstance(f, jixiao.RuleFinding) for f in card.findings)
    assert card.passed is False  # published scores differ from the rules'
    assert repr(card).startswith("<Scorecard national-2015: total ")
    with pytest.raises(AttributeError):
        card.total = Decimal(100)
    with pytest.raises(AttributeError):
        first.score = Decimal(1)


def test_a_compliant_self_evaluation_passes(documents_dir):
    card = jixiao.score(jixiao.load(documents_dir / "self-evaluation-compliant.json"))
    assert card.passed and card.total == Decimal("97.60") and card.grade == "excellent"
    assert card.differences == [] and card.findings == []


def test_policy_and_declaration(panyu_evaluation, panyu):
    card = jixiao.score(panyu_evaluation, jixiao.Policy.preset("national-2021"))
    assert card.policy == "national-2021"
    with_declaration = jixiao.score(panyu_evaluation, declaration=panyu)
    assert with_declaration.to_json() == jixiao.score(panyu_evaluation).to_json()
    with pytest.raises(TypeError):
        jixiao.score(panyu)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jixiao.score(panyu_evaluation, "national-2021")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jixiao.score(panyu_evaluation, declaration=panyu_evaluation)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jixiao.Scorecard()


def test_scores_follow_changes_to_the_document(panyu_evaluation):
    evaluation = panyu_evaluation.copy()
    before = evaluation.score().indicators[5]
    evaluation.indicators[5].actual_value = "9"
    after = evaluation.score().indicators[5]
    assert before.met is False and after.met is True and after.score == after.weight


def test_to_pandas(panyu_evaluation):
    pytest.importorskip("pandas", reason="pandas is not installed: to_pandas() is optional")
    frame = panyu_evaluation.score().to_pandas()
    assert len(frame) == 52
    assert {"path", "name", "method", "met", "weight", "score", "rule", "arithmetic"} <= set(frame.columns)


def test_the_json_is_the_cli_json(cli, panyu_evaluation, source_dir):
    path = source_dir / "examples" / "panyu-2023" / "self-evaluation.json"
    done = subprocess.run([cli, "score", "--format", "json", str(path)], capture_output=True)
    assert json.loads(done.stdout.decode("utf-8")) == panyu_evaluation.score().to_dict()
