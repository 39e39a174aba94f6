"""Faithfulness of examples/panyu-2023/declaration.json to the form it was transcribed from.

The reference is examples/panyu-2023/source-form.txt, the project's verbatim copy of the PDF text
extraction of the 番禺区政务服务数据管理局 2023 部门整体预算绩效目标申报表. The checks compare the
JSON with that text so that a transcription which invents, rewords, drops, reorders or
re-categorises anything fails:

* counts (52 indicators, per level-1 / level-2), the 2 key tasks and the 8 budget figures;
* every text field occurs in the source once whitespace is removed from both, and occurs in the
  raw source with only PDF line breaks between its characters (so spaces that are part of the
  text, such as "不少于 3 台", are kept and none are added);
* walking the indicator table of the source from its header row to the end, the indicators
  cover it completely and in order: only the repeated page/category headers and the field labels
  指标内容：/指标解释：/计算方法： lie between them, and the categories each indicator carries are
  the headers that precede it;
* the two target columns are never swapped;
* each judgement call the transcription made (and explained in a note) is asserted explicitly.
"""

import hashlib
import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "examples" / "panyu-2023"
DECLARATION = EXAMPLE_DIR / "declaration.json"
SOURCE = EXAMPLE_DIR / "source-form.txt"

# The copy of the extraction must not drift either: every check below is relative to it.
SOURCE_SHA256 = "ed73ec9b9eff16685c4fe347ea660b39a9cbf7382b114695d01ca735c1707948"

PERIOD_TARGET = "完成周期计划数。"
FIELD_LABELS = ("指标内容：", "指标解释：", "计算方法：")
TEXT_FIELDS = ("level1", "level2", "name", "content", "explanation", "formula",
               "period_target", "annual_target")
CELL_FIELDS = ("content", "explanation", "formula")

# 2015 taxonomy: 成本指标 sits under 产出指标.
TAXONOMY_2015 = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "社会效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}

EXPECTED_LEVEL2_COUNTS = {
    ("产出指标", "数量指标"): 21,
    ("产出指标", "质量指标"): 9,
    ("产出指标", "时效指标"): 4,
    ("产出指标", "成本指标"): 2,
    ("效益指标", "社会效益指标"): 12,
    ("效益指标", "可持续影响指标"): 3,
    ("满意度指标", "服务对象满意度指标"): 1,
}
EXPECTED_LEVEL1_COUNTS = {"产出指标": 36, "效益指标": 15, "满意度指标": 1}

EXPECTED_BUDGET = {
    "unit": "万元",
    "expenditure": [
        {"name": "基本支出", "amount": "1163.71"},
        {"name": "项目支出", "amount": "13831.00"},
        {"name": "事业发展性支出", "children": [
            {"name": "财政专项资金", "amount": "100.00"},
            {"name": "其他事业发展性支出", "amount": "0.00"},
        ]},
    ],
    "income": [
        {"name": "财政拨款", "amount": "15094.71"},
        {"name": "其他资金", "amount": "0.00"},
    ],
    "by_level": [
        {"name": "区本级使用资金", "amount": "15094.71"},
        {"name": "拟用于对下转移支付资金", "amount": "0.00"},
    ],
}

# Every indicator whose transcription needed a judgement, by 0-based position in the form, with the
# reason. Each one must carry a note in the JSON, and no other indicator may (a note nobody
# reviewed is as suspicious as a silent judgement). The specific tests below pin each call down.
JUDGEMENT_CALLS = {
    4: "cell text labelled 标准： (not 指标内容：) kept in content",
    6: "the annual target's closing 。 sits alone on a later line of the extraction",
    18: "计算方法 text goes to formula; the unlabelled 标准：… line of the same cell to content",
    19: "annual target labelled 指标： instead of 标准：, kept",
    20: "cell text labelled 指标： (not 指标内容：) kept in content",
    26: "duplicate 加强云平台安全保障能力 (first)",
    28: "duplicate 加强云平台安全保障能力 (second)",
    29: "政务网络平均无故障时间 also under 社会效益指标",
    32: "formula written inside the content, copied to formula",
    33: "formula written at the end of the explanation, copied to formula",
    38: "formula written inside the content, copied to formula",
    39: "cell text labelled 标准： (not 指标内容：) kept in content",
    40: "计算方法 text is a condition, not an arithmetic formula; kept in formula as labelled",
    41: "使用政务晓屋提升办事便捷度 also under 可持续影响指标; 实现实现 as written",
    42: "政务网络平均无故障时间 also under 质量指标",
    45: "annual target merged with the next name in the extraction; split; cut off at 提升服务",
    46: "name split out of the previous annual target; own annual target cut off at 申请材料进",
    48: "使用政务晓屋提升办事便捷度 also under 社会效益指标",
}

# Indicators whose formula was found inside the content / explanation text (no 计算方法： label).
FORMULA_FROM_TEXT = {
    32: "编外人员及时到位率=及时到位数量/计划到位数量×100%",
    33: "故障维护及时率=及时维护的故障数量/总故障数量 X100%。",
    38: "安保工作完成率= 实际完成安保工作量/计划完成安保工作量 X100%",
}
# Indicators whose formula is the cell text labelled 计算方法：.
FORMULA_FROM_LABEL = {18, 40}

# Category headers that repeat at each page break of the indicator table; the alternation lists a
# header before any header it contains (服务对象满意度指标 ⊃ 满意度指标, 社会效益指标 ⊃ 效益指标).
LEVEL2_HEADERS = ("服务对象满意度指标", "可持续影响指标", "社会效益指标", "数量指标", "质量指标",
                  "时效指标", "成本指标")
LEVEL1_HEADERS = ("满意度指标", "产出指标", "效益指标")
PAGE_HEADER = "绩效指标"
HEADER_TOKEN = re.compile("|".join(LEVEL2_HEADERS + LEVEL1_HEADERS + (PAGE_HEADER,)))
TABLE_HEADER_ROW = "一级指标二级指标三级指标实施周期指标值年度指标值"


def squeeze(text):
    return re.sub(r"\s", "", text)


@pytest.fixture(scope="module")
def raw_source():
    data = SOURCE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SOURCE_SHA256, "source-form.txt changed"
    return data.decode("utf-8")


@pytest.fixture(scope="module")
def source(raw_source):
    return squeeze(raw_source)


@pytest.fixture(scope="module")
def declaration():
    return json.loads(DECLARATION.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def indicators(declaration):
    return declaration["indicators"]


def text_fields(declaration):
    """(path, value) for every transcribed text field except notes."""
    yield "/goals/overall", declaration["goals"]["overall"]
    for i, task in enumerate(declaration["key_tasks"]):
        for key in ("name", "content", "expected_outcome"):
            yield f"/key_tasks/{i}/{key}", task[key]
    for i, indicator in enumerate(declaration["indicators"]):
        for key in TEXT_FIELDS:
            if indicator[key] is not None:
                yield f"/indicators/{i}/{key}", indicator[key]


def test_file_is_pretty_utf8_in_format_order():
    text = DECLARATION.read_text(encoding="utf-8")
    assert "\\u" not in text, "Chinese text must be written as UTF-8, not \\u escapes"
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    doc = json.loads(text)
    assert list(doc) == ["schema", "kind", "fiscal_year", "department", "region_code", "project",
                         "taxonomy", "goals", "budget", "key_tasks", "indicators", "note"]
    assert list(doc["goals"]) == ["overall", "mid_term", "annual"]
    assert list(doc["budget"]) == ["unit", "expenditure", "income", "by_level"]
    for task in doc["key_tasks"]:
        assert list(task) == ["name", "content", "planned_funding", "expected_outcome", "note"]
    for indicator in doc["indicators"]:
        assert list(indicator) == ["level1", "level2", "name", "content", "explanation", "formula",
                                   "period_target", "annual_target", "unit", "weight",
                                   "value_source", "core", "note"]


def test_header(declaration):
    assert declaration["schema"] == "jixiao.declaration/1"
    assert declaration["kind"] == "department"
    assert declaration["fiscal_year"] == 2023
    assert declaration["department"]["name"] == "番禺区政务服务数据管理局"
    assert declaration["taxonomy"] == "2015"
    assert declaration["project"] is None
    assert "source-form.txt" in declaration["note"]


def test_budget_figures(declaration, source):
    budget = declaration["budget"]
    assert budget == EXPECTED_BUDGET

    def leaves(lines):
        for line in lines:
            if "children" in line:
                yield from leaves(line["children"])
            else:
                yield line

    figures = [line for key in ("expenditure", "income", "by_level")
               for line in leaves(budget[key])]
    assert len(figures) == 8
    # Each figure is the number printed right after its line name, thousands separators removed.
    for line in figures:
        match = re.search(re.escape(line["name"]) + r"([0-9,]+\.[0-9]+)", source)
        assert match, line["name"]
        assert match.group(1).replace(",", "") == line["amount"]


def test_key_tasks(declaration, source):
    tasks = declaration["key_tasks"]
    assert len(tasks) == 2
    assert [task["planned_funding"] for task in tasks] == ["3823", "2999.10"]
    # The table of key tasks, read row by row, is exactly the two tasks; the funding cells are
    # printed with thousands separators.
    table = re.search("期望达到的目标（概述）(.*)其他需完成的任务（可选填）", source).group(1)
    rebuilt = "".join(task["name"] + task["content"] + f"{{{i}}}" + task["expected_outcome"]
                      for i, task in enumerate(tasks))
    written_funding = re.findall(r"[0-9][0-9,]*(?:\.[0-9]+)?", table)
    written_funding = [amount for amount in written_funding if amount in ("3823", "2,999.10")]
    assert written_funding == ["3823", "2,999.10"]
    assert squeeze(rebuilt.format(*written_funding)) == table


def test_overall_goal(declaration, source):
    goal = declaration["goals"]["overall"]
    assert f"总体绩效目标{squeeze(goal)}年度重点工作任务" in source


def test_indicator_counts(indicators):
    assert len(indicators) == 52
    assert dict(Counter((i["level1"], i["level2"]) for i in indicators)) == EXPECTED_LEVEL2_COUNTS
    assert dict(Counter(i["level1"] for i in indicators)) == EXPECTED_LEVEL1_COUNTS
    for indicator in indicators:
        assert TAXONOMY_2015[indicator["level2"]] == indicator["level1"]


def test_every_text_field_occurs_in_source(declaration, source):
    # No exceptions: where the extraction merged or cut cells, the transcription split them at the
    # merge point and kept the cut-off text as it stands (see JUDGEMENT_CALLS), so every value is
    # still a piece of the source.
    for path, value in text_fields(declaration):
        assert squeeze(value) in source, path


def test_only_pdf_line_breaks_were_removed(declaration, raw_source):
    # Between any two characters of a value the raw source may hold a line break (with the line's
    # trailing blanks and the next lines' blank lines), nothing else; spaces inside a value must
    # be there in the source, too.
    gap = r"(?:[ \u3000]*\n\s*)?"
    for path, value in text_fields(declaration):
        assert value == value.strip() and "\n" not in value, path
        pattern = gap.join(re.escape(char) for char in value)
        assert re.search(pattern, raw_source), path


def cell_text_parts(index, indicator):
    parts = [indicator[key] for key in CELL_FIELDS if indicator[key] is not None]
    if index in FORMULA_FROM_TEXT:
        parts.remove(indicator["formula"])
    return [squeeze(part) for part in parts]


def test_indicator_table_is_covered_in_order(indicators, source):
    table = source[source.index(TABLE_HEADER_ROW) + len(TABLE_HEADER_ROW):]
    cursor = 0
    level1 = level2 = None
    for index, indicator in enumerate(indicators):
        name = squeeze(indicator["name"])
        start = table.index(name, cursor)
        # Only repeated page headers and category headers lie between two indicators.
        between = table[cursor:start]
        tokens = HEADER_TOKEN.findall(between)
        assert "".join(tokens) == between, (index, between)
        for token in tokens:
            if token in LEVEL1_HEADERS:
                level1 = token
            elif token in LEVEL2_HEADERS:
                level2 = token
        assert (indicator["level1"], indicator["level2"]) == (level1, level2), index

        # The rest of the 三级指标 cell is the content / explanation / formula text, labels
        # dropped, in some order, and then the two target columns follow immediately.
        period = squeeze(indicator["period_target"])
        annual = squeeze(indicator["annual_target"])
        cell_end = table.index(period, start + len(name))
        cell = table[start + len(name):cell_end]
        for label in FIELD_LABELS:
            cell = cell.replace(label, "")
        parts = cell_text_parts(index, indicator)
        assert any("".join(order) == cell for order in itertools.permutations(parts)), (index, cell)
        assert table.startswith(period + annual, cell_end), index
        cursor = cell_end + len(period) + len(annual)
    assert table[cursor:] == "", "source text after the last indicator was not transcribed"


def test_target_columns_not_swapped(indicators):
    assert {i["period_target"] for i in indicators} == {PERIOD_TARGET}
    assert all(i["annual_target"] != PERIOD_TARGET for i in indicators)


def test_notes_are_exactly_the_judgement_calls(declaration, indicators):
    noted = {index for index, indicator in enumerate(indicators) if indicator["note"]}
    assert noted == set(JUDGEMENT_CALLS)
    for task in declaration["key_tasks"]:
        assert task["note"], "both task names were rejoined from several extracted lines"


def test_merged_cell_split(indicators, source):
    policy, sharing, commitment = indicators[45], indicators[46], indicators[47]
    # The extraction printed the first annual target and the next name as one run of text; the
    # split is at the point where the next indicator's name begins, nothing added or dropped.
    assert squeeze(policy["annual_target"] + sharing["name"]) in source
    assert policy["annual_target"].endswith("全流程闭环管理，提升服务")
    assert sharing["name"] == "推动政务数据共享、电子证照和电子材料复用"
    # The cut-off target stays cut off: it is followed directly by the next indicator's name.
    assert sharing["annual_target"].endswith("申请材料进")
    assert squeeze(sharing["annual_target"] + commitment["name"]) in source
    for indicator in (policy, sharing):
        assert "中断" in indicator["note"]


def test_stray_full_stop_is_part_of_annual_target(indicators, raw_source):
    indicator = indicators[6]
    assert indicator["annual_target"] == "标准：每个镇街不少于 3 台。"
    assert re.search(r"标准：每个镇街不少于 3 台\n\s*\n。\n", raw_source)
    assert indicator["content"].endswith("日常运行。")


def test_formulas(indicators, source):
    for index, formula in FORMULA_FROM_TEXT.items():
        indicator = indicators[index]
        assert indicator["formula"] == formula
        host = indicator["content"] or indicator["explanation"]
        assert formula in host, index
        assert "计算方法" in indicator["note"] or "formula" in indicator["note"]
    for index in FORMULA_FROM_LABEL:
        indicator = indicators[index]
        assert "计算方法：" + squeeze(indicator["formula"]) in source, index
    with_formula = {index for index, i in enumerate(indicators) if i["formula"] is not None}
    assert with_formula == set(FORMULA_FROM_TEXT) | FORMULA_FROM_LABEL


def test_unlabelled_cell_text_kept_with_its_own_label(indicators):
    assert indicators[4]["content"].startswith("标准：预计东环街")
    assert indicators[18]["content"] == "标准：符合验收标准公共服务站数量"
    assert indicators[20]["content"] == "指标：预计信息化方案每年审核60件。"
    assert indicators[39]["content"] == "标准：100%"
    assert indicators[19]["annual_target"] == "指标：完成年度任务数。"


def test_duplicates_are_kept(indicators):
    positions = {}
    for index, indicator in enumerate(indicators):
        positions.setdefault(indicator["name"], []).append(index)
    duplicates = {name: where for name, where in positions.items() if len(where) > 1}
    assert duplicates == {
        "加强云平台安全保障能力": [26, 28],
        "政务网络平均无故障时间。": [29, 42],
        "使用政务晓屋提升办事便捷度。": [41, 48],
    }
    assert indicators[29]["level2"] == "质量指标" and indicators[42]["level2"] == "社会效益指标"
    assert indicators[41]["level2"] == "社会效益指标"
    assert indicators[48]["level2"] == "可持续影响指标"


def test_odd_values_kept_as_written(indicators):
    annual = {i["name"]: i["annual_target"] for i in indicators}
    assert annual["政务服务行政效能综合考评部门覆盖率。"] == "进驻部门考评覆盖率100%"
    assert annual["双回路供电改造完成率"] == "100%，保证长远正常服务及数据安全"
    assert annual["推动全国一体化政务晓屋共享平台增量扩容"] == "标准：8省20个地区以上。"
    assert annual["云坐席培训。"] == "标准：不少于三次"
    assert annual["进驻部门全面配备“首席事务代表”＞90%"] == "标准：＞90%"
    assert annual["工作人员用餐保障服务数量。"] == "标准:完成年度计划数。"
