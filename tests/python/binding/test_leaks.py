"""No leaks: 100,000 create/destroy cycles of every handle kind keep the process RSS flat.

Each cycle creates and drops a document (loaded, changed, copied, written), a target (with its
parts and MOF split), a formula (evaluated exactly and as a small batch), a policy, a decimal, and
raises two errors. After a warm-up, the resident set may grow by at most MARGIN over the 100,000
cycles: 4 MiB, i.e. on average less than 42 bytes per cycle, while every cycle allocates and frees
several kilobytes. A control run that really leaks one target per cycle shows the measurement
sees a leak of that size.
"""

import gc
import os
from pathlib import Path

import jixiao
from jixiao._native import ffi, lib

CYCLES = 100_000
WARM_UP = 5_000
MARGIN = 4 * 1024 * 1024

SMALL = """{"schema": "jixiao.declaration/1", "kind": "department", "fiscal_year": 2023,
 "department": {"name": "示例局", "code": null}, "region_code": null, "project": null,
 "taxonomy": "2015", "goals": {"overall": null, "mid_term": null, "annual": null},
 "budget": {"unit": "万元", "expenditure": [{"name": "基本支出", "code": null, "amount": "1163.71",
   "note": null, "children": []}], "income": [], "by_level": []},
 "key_tasks": [],
 "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "content": null,
   "explanation": null, "formula": null, "period_target": null, "annual_target": "≥200人次",
   "unit": null, "weight": null, "value_source": null, "core": false, "note": null}],
 "note": null}"""


def resident_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def cycle(i: int) -> None:
    declaration = jixiao.load(SMALL)
    declaration.indicators[0].weight = i % 100
    declaration.indicators.append(level1="效益指标", level2="社会效益指标", name=f"指标{i}")
    declaration.budget.expenditure.append("项目支出", "1.5")
    declaration.copy().to_json()
    target = jixiao.parse_target("8省20个地区以上")
    target.parts[0].to_mof()
    target.is_met("9省22个地区")
    formula = jixiao.Formula("a/b×100%")
    formula.evaluate(a=i, b=7)
    formula.with_mode("double").evaluate_many({"a": [1.0, 2.0], "b": [4.0, 0.0]})
    jixiao.Policy.preset("national-2021").name
    jixiao.round_decimal("2.345", 2)
    try:
        jixiao.parse_decimal("1e5")
    except jixiao.ParseError:
        pass
    try:
        jixiao.load('{"schema": "jixiao.declaration/1", "kind": 3}')
    except jixiao.DocumentError:
        pass


def measure(step, cycles: int) -> int:
    for i in range(WARM_UP):
        step(i)
    gc.collect()
    before = resident_bytes()
    for i in range(cycles):
        step(i)
    gc.collect()
    return resident_bytes() - before


def test_100000_cycles_keep_rss_flat():
    objects_before = len(gc.get_objects())
    growth = measure(cycle, CYCLES)
    assert growth < MARGIN, f"RSS grew by {growth} bytes over {CYCLES} cycles"
    # Nothing accumulates on the Python side either (finalizers ran, no reference cycles kept).
    assert len(gc.get_objects()) - objects_before < 1000


def test_the_measurement_sees_a_real_leak():
    leaked = []

    def leaking(i: int) -> None:
        text = "每个镇街不少于3台，且覆盖8省20个地区以上".encode()
        out = ffi.new("jx_target **")
        assert lib.jx_target_parse(text, len(text), out) == lib.JX_OK
        leaked.append(int(ffi.cast("uintptr_t", out[0])))  # the handle is never freed

    growth = measure(leaking, 20_000)
    assert growth > MARGIN, f"a leak of one target per cycle grew RSS by only {growth} bytes"
    for address in leaked:
        lib.jx_target_free(ffi.cast("jx_target *", address))
