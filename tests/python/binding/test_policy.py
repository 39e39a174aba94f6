"""Policies from Python: presets, documents layered over a preset, JSON out."""

import json

import pytest

import jixiao


def test_presets_are_listed_in_a_stable_order():
    assert jixiao.Policy.presets() == ["national-2015", "national-2021"]


def test_a_preset_has_its_name_description_and_sources():
    policy = jixiao.Policy.preset("national-2021")
    assert policy.name == "national-2021"
    assert policy.description
    assert any("财预〔2021〕101号" in source for source in policy.sources)
    assert repr(policy) == f"<Policy 'national-2021': {len(policy.sources)} sources>"


def test_to_json_is_the_complete_policy_and_reads_back(tmp_path):
    policy = jixiao.Policy.preset("national-2015")
    data = json.loads(policy.to_json())
    assert data["schema"] == "jixiao.policy/1" and "base" not in data
    path = tmp_path / "policy.json"
    policy.save(path)
    again = jixiao.Policy.load(path)
    assert again.to_json() == policy.to_json()


def test_a_document_layered_over_a_preset():
    text = json.dumps(
        {"schema": "jixiao.policy/1", "base": "national-2021", "name": "广东-2023",
         "description": "广东省 2023 年规则", "sources": ["粤财绩〔2023〕1号"]},
        ensure_ascii=False,
    )
    policy = jixiao.Policy.load(text)
    assert (policy.name, policy.sources) == ("广东-2023", ["粤财绩〔2023〕1号"])
    assert jixiao.Policy.from_json(text.encode()).name == "广东-2023"


def test_policy_errors_name_the_member():
    with pytest.raises(jixiao.DocumentError) as caught:
        jixiao.Policy.load('{"schema": "jixiao.policy/1", "base": "national-2021", "reveiw": {}}')
    assert caught.value.path == "/reveiw"
    with pytest.raises(jixiao.PolicyError):
        jixiao.Policy.load('{"schema": "jixiao.policy/1", "base": "national-1990"}')
    with pytest.raises(jixiao.ParseError):
        jixiao.Policy.load('{"schema": ')
    with pytest.raises(TypeError):
        jixiao.Policy()
