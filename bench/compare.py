#!/usr/bin/python3
"""Ratio table for bench/formula_bench (Google Benchmark JSON), exit 1 when a target is missed.

    build/default/bench/formula_bench --benchmark_min_time=0.2 --benchmark_repetitions=5 \
        --benchmark_report_aggregates_only=true \
        --benchmark_out=formula.json --benchmark_out_format=json
    /usr/bin/python3 bench/compare.py formula.json

Targets (docs/performance.md, "Formula evaluation"):
  eval/<case>/jixiao ÷ eval/<case>/muparser       ≤ 1.0
  batch/rate/jixiao_double                        ≤ 2 ns per row
Reported without a target: batch/rate/jixiao_decimal and plain_loop per row, compile ratios.
With --benchmark_repetitions the median is used.
"""
import json
import sys
from collections import defaultdict

EVAL_RATIO_TARGET = 1.0
BATCH_NS_PER_ROW_TARGET = 2.0

UNIT_TO_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}


def load(path):
    """Maps benchmark name -> (real time in ns, counters); medians win over single runs."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    times = {}
    medians = {}
    for entry in data.get("benchmarks", []):
        name = entry.get("run_name", entry["name"])
        if entry.get("error_occurred"):
            continue
        ns = entry["real_time"] * UNIT_TO_NS[entry.get("time_unit", "ns")]
        value = (ns, entry)
        if entry.get("run_type") == "aggregate":
            if entry.get("aggregate_name") == "median":
                medians[name] = value
        else:
            times.setdefault(name, value)
    times.update(medians)
    return times


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    times = load(argv[1])
    failed = False

    pairs = defaultdict(dict)
    for name, value in times.items():
        parts = name.split("/")
        if len(parts) == 3 and parts[0] in ("eval", "compile"):
            pairs[(parts[0], parts[1])][parts[2]] = value[0]

    for kind, title, target in (("eval", "single evaluation, double mode", EVAL_RATIO_TARGET),
                                ("compile", "compile time per formula", None)):
        rows = sorted(key for key in pairs if key[0] == kind)
        if not rows:
            continue
        print(f"\n{title}")
        print(f"{'case':<16}{'jixiao ns':>12}{'muparser ns':>14}{'ratio':>8}  target")
        for key in rows:
            pair = pairs[key]
            if "jixiao" not in pair or "muparser" not in pair:
                print(f"{key[1]:<16} incomplete pair")
                failed = failed or target is not None
                continue
            ratio = pair["jixiao"] / pair["muparser"]
            verdict = ""
            if target is not None:
                ok = ratio <= target
                failed = failed or not ok
                verdict = f"≤ {target:.1f} {'ok' if ok else 'MISSED'}"
            print(f"{key[1]:<16}{pair['jixiao']:>12.2f}{pair['muparser']:>14.2f}{ratio:>8.2f}  {verdict}")

    batch = {name.split("/")[2]: value for name, value in times.items()
             if name.startswith("batch/rate/")}
    if batch:
        print("\nbatch: rate formula over columns")
        print(f"{'variant':<18}{'rows':>12}{'ns/row':>10}{'vs plain loop':>15}  target")
        plain = None
        if "plain_loop" in batch:
            ns, entry = batch["plain_loop"]
            plain = ns / entry.get("rows", 1)
        for variant in ("jixiao_double", "plain_loop", "jixiao_decimal"):
            if variant not in batch:
                continue
            ns, entry = batch[variant]
            rows = entry.get("rows", 1)
            per_row = ns / rows
            versus = f"{per_row / plain:>15.2f}" if plain else f"{'':>15}"
            verdict = ""
            if variant == "jixiao_double":
                ok = per_row <= BATCH_NS_PER_ROW_TARGET
                failed = failed or not ok
                verdict = f"≤ {BATCH_NS_PER_ROW_TARGET:.0f} ns {'ok' if ok else 'MISSED'}"
            print(f"{variant:<18}{rows:>12.0f}{per_row:>10.3f}{versus}  {verdict}")
        if "jixiao_double" not in batch:
            print("batch/rate/jixiao_double missing")
            failed = True

    print("\nresult:", "a target was MISSED" if failed else "all targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
