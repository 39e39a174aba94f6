"""parse_target / Target from Python: the same reading as the C ABI and the CLI."""

import json
import subprocess
from decimal import Decimal

import pytest

import jixiao


def test_a_quantitative_target():
    target = jixiao.parse_target("≥95%")
    assert (target.kind, target.comparator, target.comparator_symbol) == ("quantitative", "greater_equal", "≥")
    assert target.value == Decimal("95") and isinstance(target.value, Decimal)
    assert (target.unit, target.direction, target.upper) == ("%", "positive", None)
    assert str(target) == target.canonical == "≥95%"
    assert repr(target) == "<Target '≥95%' quantitative ≥ 95 %>"
    assert target.parts == [] and target.diagnostics == []


def test_labels_measures_scopes_and_ranges():
    labelled = jixiao.parse_target("标准：＞90%")
    assert (labelled.label, labelled.comparator, labelled.value) == ("标准", "greater", Decimal("90"))
    measured = jixiao.parse_target("满意度95%以上")
    assert measured.measure == "满意度"
    scoped = jixiao.parse_target("每个镇街不少于3台")
    assert (scoped.scope, scoped.value, scoped.unit) == ("镇街", Decimal("3"), "台")
    ranged = jixiao.parse_target("90%-100%")
    assert (ranged.kind, ranged.value, ranged.upper) == ("range", Decimal("90"), Decimal("100"))
    dated = jixiao.parse_target("2023年12月底前")
    assert (dated.kind, dated.date, dated.date_upper) == ("date", "2023-12-31", None)
    assert jixiao.parse_target("约100人").approximate is True
    assert jixiao.parse_target("提升").direction == "increase"
    assert jixiao.parse_target("").kind == "empty"


def test_a_compound_target_has_parts():
    target = jixiao.parse_target("8省20个地区以上")
    assert target.value is None
    assert [(p.value, p.unit) for p in target.parts] == [(Decimal("8"), "省"), (Decimal("20"), "个地区")]
    assert str(target) == "≥8省20个地区"


def test_vague_targets_say_why_and_where():
    target = jixiao.parse_target("完成年度计划数")
    assert target.kind == "vague"
    [diagnostic] = target.diagnostics
    assert diagnostic.code == "vague_phrase"
    assert (diagnostic.offset, diagnostic.byte_offset, diagnostic.length) == (2, 6, 4)
    assert diagnostic.message == f"{diagnostic.message_zh} / {diagnostic.message_en}"


def test_is_met_is_unit_aware():
    target = jixiao.parse_target("≥95%")
    assert target.is_met("96%") and target.is_met("0.95") and not target.is_met("94.9%")
    assert target.is_met(Decimal("0.951"))
    assert target.is_met(jixiao.parse_target("95%"))
    bare = jixiao.parse_target("100%")
    assert bare.is_met("99%", unwritten_as="<=") and not bare.is_met("99%")
    assert jixiao.parse_target("8省20个地区以上").is_met("9省22个地区")
    with pytest.raises(jixiao.UnitMismatchError):
        target.is_met("5个")
    with pytest.raises(jixiao.ParseError):
        target.is_met("很多")
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.parse_target("提升").is_met("提升了")
    with pytest.raises(ValueError):
        target.is_met("96%", unwritten_as="about")


def test_mof_split_both_ways():
    assert jixiao.parse_target("≥95%").to_mof() == jixiao.MofValue(1, Decimal("95"), "%", "≥95%")
    assert jixiao.parse_target("100%").to_mof("≤").code == 5
    assert jixiao.parse_target("提升").to_mof() == jixiao.MofValue(6, None, "", "提升")
    assert str(jixiao.Target.from_mof(2, "90", "%")) == "＞90%"
    assert str(jixiao.Target.from_mof(1, Decimal("3"), "台")) == "≥3台"
    assert jixiao.Target.from_mof(6, "正常运行").kind == "qualitative"
    with pytest.raises(jixiao.InvalidArgumentError):
        jixiao.Target.from_mof(7, "1")
    with pytest.raises(jixiao.ParseError):
        jixiao.Target.from_mof(1, "很多", "个")


def test_mof_text_keeps_a_nul_byte():
    # The C layer refuses to hand such a text out as a C string; Python reads it with its length.
    target = jixiao.parse_target("正常\0运行")
    assert target.to_mof() == jixiao.MofValue(6, None, "", str(target))
    assert "\0" in target.to_mof().text


def test_equivalence_compares_meaning():
    assert jixiao.parse_target("≥95%").equivalent(jixiao.parse_target("不低于95%"))
    assert not jixiao.parse_target("≥95%").equivalent(jixiao.parse_target("≥96%"))
    with pytest.raises(TypeError):
        jixiao.parse_target("≥95%").equivalent("≥95%")  # type: ignore[arg-type]


def test_comparators_from_symbols_names_and_codes():
    assert jixiao.Comparator.of("≥") is jixiao.Comparator.of(">=") is jixiao.Comparator.GREATER_EQUAL
    assert jixiao.Comparator.of("less") is jixiao.Comparator.LESS
    assert jixiao.Comparator.of(3) is jixiao.Comparator.EQUAL
    with pytest.raises(TypeError):
        jixiao.Comparator.of(None)  # type: ignore[arg-type]


def test_invalid_text_is_an_error_not_a_target():
    with pytest.raises(jixiao.InvalidUtf8Error):
        jixiao.parse_target("≥95\ud800")


def test_to_json_matches_the_cli(cli):
    texts = ["≥95%", "8省20个地区以上", "完成年度计划数", "每个镇街不少于3台", "2023年12月底前"]
    done = subprocess.run([cli, "target", "--format", "json", "--", *texts], capture_output=True, check=True)
    from_cli = json.loads(done.stdout.decode("utf-8"))
    assert [jixiao.parse_target(t).to_dict() for t in texts] == from_cli
