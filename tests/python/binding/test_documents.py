"""Documents from Python: load, fields, rows, budget tree, JSON round trip, DataFrames."""

import copy
import io
import json
from decimal import Decimal

import pytest

import jixiao
from jixiao._native import lib
from jixiao.fields import Field, fields_of


def test_load_the_panyu_declaration(panyu):
    assert isinstance(panyu, jixiao.Declaration)
    assert panyu.department == panyu.department_name == "番禺区政务服务数据管理局"
    assert panyu.year == panyu.fiscal_year == 2023
    assert panyu.kind == "department"
    assert panyu.budget_unit == "万元"
    assert panyu.taxonomy == "2015"
    assert panyu.project_name is None and panyu.department_code is None
    assert panyu.goal_overall.startswith("2023年")
    assert repr(panyu) == "<Declaration 番禺区政务服务数据管理局 2023 部门整体: 2 key tasks, 52 indicators>"


def test_load_accepts_paths_json_text_bytes_and_files(panyu_path):
    text = panyu_path.read_text(encoding="utf-8")
    for source in (panyu_path, str(panyu_path), text, text.encode("utf-8"), io.StringIO(text)):
        assert jixiao.load(source).department == "番禺区政务服务数据管理局"
    assert jixiao.Declaration.load(io.BytesIO(text.encode())).year == 2023
    assert jixiao.Declaration.from_json(text).year == 2023
    with pytest.raises(TypeError):
        jixiao.load(42)  # type: ignore[arg-type]


def test_each_schema_loads_as_its_class(documents_dir):
    assert isinstance(jixiao.load(documents_dir / "self-evaluation.json"), jixiao.SelfEvaluation)
    assert isinstance(jixiao.load(documents_dir / "monitoring-report.json"), jixiao.MonitoringReport)
    assert isinstance(jixiao.load(documents_dir / "project-declaration.json"), jixiao.Declaration)
    # A class's own loader refuses another kind of document.
    with pytest.raises(jixiao.DocumentError):
        jixiao.Declaration.load(documents_dir / "self-evaluation.json")


def test_indicators_are_a_sequence_of_views(panyu):
    indicators = panyu.indicators
    assert len(indicators) == 52
    first = indicators[0]
    assert (first.level1, first.level2, first.name) == ("产出指标", "数量指标", "租赁场地面积。")
    assert first.annual_target == "标准：完成年度计划数。"
    assert first.weight is None and first.core is False and first.value_source is None
    assert indicators[-1].name == indicators[51].name == "办事群众满意度。"
    assert [i.index for i in indicators[10:13]] == [10, 11, 12]
    assert sum(1 for i in indicators if i.level1 == "产出指标") == 36
    assert list(indicators)[5].name == indicators[5].name
    with pytest.raises(IndexError):
        indicators[52]
    with pytest.raises(TypeError):
        indicators["0"]  # type: ignore[index]
    assert repr(indicators) == "<52 indicators>"
    assert repr(first) == "<Indicator #0 产出指标/数量指标/租赁场地面积。 annual_target='标准：完成年度计划数。'>"


def test_key_tasks_amounts_are_decimals_at_their_written_scale(panyu):
    tasks = panyu.key_tasks
    assert len(tasks) == 2 and panyu.tasks[0].name == tasks[0].name
    assert tasks[0].planned_funding == Decimal("3823")
    assert all(isinstance(t.planned_funding, Decimal) for t in tasks)
    assert panyu.budget.expenditure[1].amount == Decimal("13831.00")
    assert str(panyu.budget.expenditure[1].amount) == "13831.00"


def test_writing_fields_changes_the_document(panyu):
    indicator = panyu.indicators[3]
    indicator.weight = Decimal("5.5")
    indicator.annual_target = "≥95%"
    indicator.core = True
    indicator.value_source = "计划标准"  # the form label is accepted and stored as its name
    indicator.note = None
    assert panyu.indicators[3].weight == Decimal("5.5")
    assert indicator.value_source == "plan"
    data = json.loads(panyu.to_json())["indicators"][3]
    assert data["weight"] == "5.5" and data["annual_target"] == "≥95%" and data["core"] is True
    panyu.department = "番禺区政务服务数据管理局（测试）"
    panyu.year = 2024
    assert json.loads(panyu.to_json())["fiscal_year"] == 2024
    panyu.fiscal_year = 2023
    assert panyu.to_dict()["fiscal_year"] == 2023


def test_bad_values_raise_with_the_field_path(panyu):
    with pytest.raises(jixiao.InvalidArgumentError) as caught:
        panyu.indicators[2].value_source = "随便"
    assert caught.value.path == "/indicators/2/value_source"
    with pytest.raises(jixiao.ParseError):
        panyu.indicators[2].weight = "十分"
    with pytest.raises(TypeError, match="money is never a double"):
        panyu.key_tasks[0].planned_funding = 3823.0  # type: ignore[assignment]
    with pytest.raises(TypeError):
        panyu.fiscal_year = "2023"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        panyu.indicators[0].core = 1  # type: ignore[assignment]
    with pytest.raises(jixiao.InvalidArgumentError):
        panyu.department_name = None  # type: ignore[assignment]  (required)
    with pytest.raises(jixiao.InvalidArgumentError):
        panyu.fiscal_year = 2**40


def test_rows_can_be_added_inserted_and_removed():
    declaration = jixiao.Declaration()
    assert declaration.kind == "department" and len(declaration.indicators) == 0
    declaration.department = "示例局"
    declaration.year = 2024
    added = declaration.indicators.append(
        level1="产出指标", level2="数量指标", name="培训人次", annual_target="≥200人次", weight=10
    )
    assert added.index == 0 and added.weight == Decimal("10")
    declaration.indicators.insert(0, level1="效益指标", level2="社会效益指标", name="群众满意度")
    assert [i.name for i in declaration.indicators] == ["群众满意度", "培训人次"]
    del declaration.indicators[0]
    assert [i.name for i in declaration.indicators] == ["培训人次"]
    # A refused value leaves the document as it was.
    with pytest.raises(jixiao.InvalidArgumentError):
        declaration.indicators.append(name="x", value_source="nonsense")
    with pytest.raises(TypeError, match="no field"):
        declaration.indicators.append(nmae="typo")
    assert len(declaration.indicators) == 1
    task = declaration.key_tasks.append(name="任务一", planned_funding="1,000.50")
    assert task.planned_funding == Decimal("1000.50")
    reread = jixiao.load(declaration.to_json())
    assert reread.indicators[0].annual_target == "≥200人次"
    assert reread.key_tasks[0].planned_funding == Decimal("1000.50")


def test_a_view_of_a_removed_row_raises_out_of_range():
    declaration = jixiao.Declaration()
    declaration.indicators.append(level1="a", level2="b", name="c")
    view = declaration.indicators[0]
    del declaration.indicators[0]
    with pytest.raises(jixiao.OutOfRangeError) as caught:
        view.name
    assert isinstance(caught.value, IndexError)
    assert "(removed)" in repr(view)


def test_budget_tree(documents_dir):
    declaration = jixiao.load(documents_dir / "project-declaration.json")
    budget = declaration.budget
    assert budget.unit == "万元"
    expenditure = budget.expenditure
    assert expenditure.name == "expenditure" and expenditure.label == "部门预算支出"
    assert expenditure.total == Decimal("480.5")
    top = expenditure[0]
    assert (top.name, top.code, top.amount, top.depth, top.path) == (
        "项目支出", "2050201", Decimal("480.5000"), 1, (0,)
    )
    assert [c.name for c in top.children] == ["工程费", "监理费"]
    income = budget.income
    heading = income[1]
    assert heading.amount is None  # a heading without its own figure
    assert [line.name for line in budget.walk()][:3] == ["项目支出", "工程费", "监理费"]
    found = budget.find("监理费")
    assert found is not None and found.section == "expenditure" and found.path == (0, 1)
    assert budget.find("没有这一行") is None
    line = top.add("设计费", Decimal("5"), code="3020101")
    assert line.path == (0, 2) and line.code == "3020101"
    line.amount = "6.25"
    assert budget.find("设计费").amount == Decimal("6.25")
    with pytest.raises(AttributeError):
        line.effective_amount = Decimal(1)
    line.remove()
    assert len(top.children) == 2
    added = budget.by_level.append("上级补助", "10")
    assert budget.by_level.total == Decimal("490.50")
    added.remove()
    assert "budget lines" in repr(top.children) and "total" in repr(expenditure)
    assert repr(budget).startswith("<Budget (万元): expenditure 480.5")


def test_effective_amount_of_a_heading_sums_its_lines():
    declaration = jixiao.Declaration()
    heading = declaration.budget.income.append("其他资金")
    heading.add("自有资金", "1.5")
    heading.add("事业收入", "2.25")
    assert heading.amount is None
    assert heading.effective_amount == Decimal("3.75")
    assert declaration.budget.income.total == Decimal("3.75")


def test_self_evaluation_rows(documents_dir):
    evaluation = jixiao.load(documents_dir / "self-evaluation.json")
    assert evaluation.project_name == "示例校舍维修项目" and evaluation.budget_unit == "元"
    assert evaluation.total_score == Decimal("85.39") and evaluation.grade == "good"
    fund = evaluation.budget_execution[0]
    assert (fund.source, fund.annual_budget, fund.executed) == (
        "年度资金总额", Decimal("4605000.00"), Decimal("4420800.00")
    )
    assert fund.adjustment == Decimal("-200000.00")
    result = evaluation.indicators[0]
    assert (result.declaration_ref, result.actual_value, result.weight) == (
        "/indicators/1", "11所", Decimal("20.5")
    )
    assert "total_score 85.39" in repr(evaluation)


def test_monitoring_report_rows(documents_dir):
    report = jixiao.load(documents_dir / "monitoring-report.json")
    assert report.month == 7
    line = report.budget_execution[0]
    assert (line.name, line.annual_budget, line.executed) == ("项目支出", Decimal("480.50"), Decimal("201.30"))
    progress = report.indicators[0]
    assert progress.likelihood == "certain" and progress.deviation_causes == []
    progress.deviation_causes = ["funding", "人员保障"]
    assert progress.deviation_causes == ["funding", "staffing"]
    progress.deviation_causes = []
    assert progress.deviation_causes == []
    with pytest.raises(jixiao.InvalidArgumentError):
        report.month = 13


def test_json_round_trip_keeps_unknown_members(documents_dir, tmp_path):
    source = documents_dir / "project-declaration.json"
    declaration = jixiao.load(source)
    written = tmp_path / "out.json"
    declaration.save(written)
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["审批状态"] == "已提交" and data["erp"]["system"] == "示例一体化系统"
    assert written.read_text(encoding="utf-8") == declaration.to_json()
    assert declaration.to_json().endswith("\n")


def test_copies_are_independent(panyu):
    for duplicate in (panyu.copy(), copy.copy(panyu), copy.deepcopy(panyu)):
        duplicate.indicators[0].name = "改过的名字"
        assert panyu.indicators[0].name == "租赁场地面积。"
        assert duplicate.indicators[0].name == "改过的名字"


def test_to_dicts_and_pandas(panyu):
    records = panyu.indicators.to_dicts()
    assert len(records) == 52 and records[0]["name"] == "租赁场地面积。"
    assert list(records[0]) == list(fields_of(jixiao.Indicator))
    pandas = pytest.importorskip("pandas", reason="pandas is not installed: to_pandas() is optional")
    frame = panyu.indicators.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert frame.shape == (52, len(fields_of(jixiao.Indicator)))
    assert frame.groupby("level1").size()["产出指标"] == 36
    lines = panyu.budget.to_pandas()
    assert list(lines.columns[:3]) == ["section", "path", "depth"]
    assert lines[lines.section == "expenditure"].amount.dropna().sum() == Decimal("15094.71")


FIELD_CLASSES = [
    jixiao.Declaration,
    jixiao.KeyTask,
    jixiao.Indicator,
    jixiao.SelfEvaluation,
    jixiao.FundExecution,
    jixiao.IndicatorResult,
    jixiao.MonitoringReport,
    jixiao.MonitoringLine,
    jixiao.IndicatorProgress,
    jixiao.BudgetLine,
]


def test_every_attribute_is_named_as_its_c_field():
    for cls in FIELD_CLASSES:
        for name, field in fields_of(cls).items():
            assert lib.jx_field_name(field.field) != jixiao._native.ffi.NULL, (cls, name)
            c_name = jixiao._native.ffi.string(lib.jx_field_name(field.field)).decode()
            assert c_name == name, f"{cls.__name__}.{name} is field {field.field} ({c_name})"
            assert field.__doc__, f"{cls.__name__}.{name} has no docstring"


def test_every_document_field_of_the_header_has_an_attribute():
    exposed = {field.field for cls in FIELD_CLASSES for field in fields_of(cls).values()}
    prefixes = (
        "JX_DECLARATION_", "JX_KEY_TASK_", "JX_INDICATOR_", "JX_SELF_EVALUATION_",
        "JX_FUND_EXECUTION_", "JX_INDICATOR_RESULT_", "JX_MONITORING_REPORT_",
        "JX_MONITORING_LINE_", "JX_INDICATOR_PROGRESS_", "JX_BUDGET_LINE_",
    )
    collections = {
        lib.JX_DECLARATION_ROOT, lib.JX_KEY_TASKS, lib.JX_INDICATORS, lib.JX_SELF_EVALUATION_ROOT,
        lib.JX_FUND_EXECUTIONS, lib.JX_INDICATOR_RESULTS, lib.JX_MONITORING_REPORT_ROOT,
        lib.JX_MONITORING_LINES, lib.JX_INDICATOR_PROGRESS,
    }
    fields = {
        getattr(lib, name)
        for name in dir(lib)
        if name.startswith(prefixes) and getattr(lib, name) >= 100
        and getattr(lib, name) not in collections
    }
    assert fields - exposed == set()


def test_field_descriptors_are_typed():
    assert isinstance(jixiao.Indicator.weight, Field)
    assert jixiao.Indicator.weight.name == "weight"
