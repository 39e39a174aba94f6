"""``python -m jixiao``: the subcommands of the ``jixiao`` tool, over the Python binding, for people
who only have Python. Same arguments, output formats and exit codes (0 success, 1 the command ran
and found an error-severity problem or a formula failed, 2 an input could not be read); the
differences are listed in bindings/python/README.md."""

from __future__ import annotations

import argparse
import decimal
import json
import sys
from typing import Any, Callable, Dict, List, Optional, Sequence, TextIO, Tuple, Union

from . import documents as _documents
from .errors import Error, InvalidArgumentError
from .formula import Formula
from .decimals import parse_decimal
from .target import Target, parse_target

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

_KIND_LABELS = {"department": "部门整体", "project": "项目支出"}
_GRADE_LABELS = {"excellent": "优", "good": "良", "fair": "中", "poor": "差"}
_LIKELIHOODS = (("certain", "确定能"), ("possible", "有可能"), ("impossible", "完全不可能"))


class _Parser(argparse.ArgumentParser):
    """argparse with the tool's exit code for a wrong command line (2, like CLI11's errors)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def report_error(out: TextIO, source: str, error: Error) -> None:
    """One line, as the C++ tool writes it: source, JSON path, byte offset, both languages, code."""
    line = f"jixiao: {source}: "
    if error.path:
        line += f"{error.path}: "
    if error.byte_offset is not None:
        line += f"byte {error.byte_offset}: "
    out.write(f"{line}{error.message_zh} / {error.message_en} [{error.name}]\n")


def _read(path: str, loader: Callable[..., Any]) -> Any:
    if path == "-":
        return loader(sys.stdin.buffer)
    return loader(path)


# -- show -------------------------------------------------------------------------------------------


def _categories(rows: Sequence[Any]) -> List[Tuple[str, int, List[Tuple[str, int]]]]:
    """Counts per level-1 / level-2 category in order of first appearance (as the form lists)."""
    counts: Dict[str, Tuple[int, Dict[str, int]]] = {}
    for row in rows:
        level1, level2 = row.level1, row.level2
        total, inner = counts.get(level1, (0, {}))
        inner[level2] = inner.get(level2, 0) + 1
        counts[level1] = (total + 1, inner)
    return [(name, total, list(inner.items())) for name, (total, inner) in counts.items()]


def _indicators(title: str, rows: Sequence[Any]) -> str:
    records = list(rows)
    out = f"{title}: {len(records)}\n"
    for level1, count, level2 in _categories(records):
        out += f"  {level1}: {count}\n"
        for name, inner in level2:
            out += f"    {name}: {inner}\n"
    return out


def _identity(document: Any) -> str:
    out = f"部门 department: {document.department_name}"
    if document.department_code is not None:
        out += f" ({document.department_code})"
    out += "\n"
    if document.project_name is not None:
        out += f"项目 project: {document.project_name}"
        if document.project_code is not None:
            out += f" ({document.project_code})"
        out += "\n"
    if document.region_code is not None:
        out += f"财政区划 region: {document.region_code}\n"
    out += f"年度 fiscal year: {document.fiscal_year}\n"
    out += f"类型 kind: {_KIND_LABELS.get(document.kind, document.kind)} ({document.kind})\n"
    return out


def _amount(value: Optional[decimal.Decimal]) -> str:
    return "—" if value is None else _plain(value)


def summary(document: Any) -> str:
    """The text of ``jixiao show`` for a document."""
    schema = json.loads(document.to_json())["schema"]
    if isinstance(document, _documents.Declaration):
        out = f"绩效目标申报表 declaration ({schema})\n" + _identity(document)
        out += f"指标体系 taxonomy: {document.taxonomy}\n"
        unit = document.budget_unit
        out += f"预算 budget ({unit}):\n"
        labels = {"expenditure": "expenditure", "income": "income", "by_level": "by level"}
        for section in document.budget.sections:
            out += f"  {section.label} {labels[section.name]}: {_plain(section.total)} {unit}\n"
        with decimal.localcontext() as exact:
            exact.prec = 80  # a sum of amounts is exact (38 digits at most), never rounded
            funding = sum(
                (t.planned_funding for t in document.key_tasks if t.planned_funding is not None),
                decimal.Decimal(0),
            )
        out += (
            f"年度重点工作任务 key tasks: {len(document.key_tasks)}, "
            f"拟投入资金 planned funding: {_plain(funding)} {unit}\n"
        )
        return out + _indicators("绩效指标 indicators", document.indicators)
    if isinstance(document, _documents.SelfEvaluation):
        out = f"绩效自评表 self-evaluation ({schema})\n" + _identity(document)
        rows = list(document.budget_execution)
        out += f"预算执行 budget execution ({document.budget_unit}): {len(rows)} 行 rows\n"
        for row in rows:
            out += (
                f"  {row.source}: 全年预算数 {_amount(row.annual_budget)}, "
                f"全年执行数 {_amount(row.executed)}\n"
            )
        out += _indicators("自评指标 indicators", document.indicators)
        out += f"自评得分 total score: {_amount(document.total_score)}"
        if document.grade is not None:
            out += f", 评价等级 grade: {_GRADE_LABELS.get(document.grade, document.grade)}"
        return out + "\n"
    out = f"绩效运行监控表 monitoring report ({schema})\n" + _identity(document)
    out += f"监控期间 period: 1–{document.month} 月 months\n"
    lines = list(document.budget_execution)
    out += f"预算执行 budget execution ({document.budget_unit}): {len(lines)} 行 rows\n"
    for line in lines:
        out += (
            f"  {line.name}: 全年预算数 {_amount(line.annual_budget)}, "
            f"已执行 executed {_amount(line.executed)}\n"
        )
    out += _indicators("监控指标 indicators", document.indicators)
    likelihoods = [progress.likelihood for progress in document.indicators]
    counted = ", ".join(f"{label} {likelihoods.count(name)}" for name, label in _LIKELIHOODS)
    stated = sum(1 for value in likelihoods if value is not None)
    return out + f"完成目标可能性 likelihood: {counted}, 未填 not stated {len(likelihoods) - stated}\n"


def run_show(arguments: argparse.Namespace) -> int:
    try:
        document = _read(arguments.file, _documents.load)
    except Error as error:
        report_error(sys.stderr, arguments.file, error)
        return EXIT_BAD_INPUT
    sys.stdout.write(summary(document))
    return EXIT_OK


# -- convert ----------------------------------------------------------------------------------------


def run_convert(arguments: argparse.Namespace) -> int:
    try:
        text = _read(arguments.file, _documents.load).to_json()
    except Error as error:
        report_error(sys.stderr, arguments.file, error)
        return EXIT_BAD_INPUT
    if not arguments.output or arguments.output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    from ._source import write_text

    try:
        write_text(arguments.output, text)
    except Error as error:
        report_error(sys.stderr, arguments.output, error)
        return EXIT_BAD_INPUT
    return EXIT_OK


# -- target -----------------------------------------------------------------------------------------


def target_text(target: Target, number: int) -> str:
    """The text of ``jixiao target`` for one 指标值."""
    out = f"[{number}] {target.text}\n"
    out += f"    kind: {target.kind}"
    if target.comparator_symbol:
        out += f"  comparator: {target.comparator_symbol}"
    if target.value is not None:
        out += f"  value: {_plain(target.value)}"
    if target.upper is not None:
        out += f"  upper: {_plain(target.upper)}"
    if target.unit:
        out += f"  unit: {target.unit}"
    out += f"  direction: {target.direction}\n"
    if target.scope:
        out += f"    scope: 每{target.scope}\n"
    if target.date:
        out += f"    date: {target.date}"
        if target.date_upper:
            out += f" … {target.date_upper}"
        out += "\n"
    for part in target.parts:
        value = "" if part.value is None else _plain(part.value)
        out += f"    part: {part.comparator_symbol}{value}{part.unit or ''}\n"
    if target.measure:
        out += f"    measure: {target.measure}\n"
    if target.remark:
        out += f"    remark: {target.remark}\n"
    out += f"    canonical: {target.canonical}\n"
    mof = target.to_mof()
    shown = _plain(mof.value) if mof.value is not None else mof.text
    out += f"    MOF: {mof.code} | {shown} | {mof.unit}\n"
    for diagnostic in target.diagnostics:
        out += f"    note: {diagnostic.message}\n"
    return out


def run_target(arguments: argparse.Namespace) -> int:
    targets = [parse_target(text) for text in arguments.texts]
    if arguments.format == "json":
        items = ",\n  ".join(target.to_json() for target in targets)
        sys.stdout.write(f"[\n  {items}\n]\n" if targets else "[]\n")
    else:
        sys.stdout.write("".join(target_text(t, i + 1) for i, t in enumerate(targets)))
    return EXIT_OK


# -- eval -------------------------------------------------------------------------------------------


def _binding(argument: str) -> Tuple[str, Optional[decimal.Decimal]]:
    """NAME=VALUE (or NAME＝VALUE); an empty VALUE means "no value"."""
    positions = [i for i in (argument.find("="), argument.find("＝")) if i >= 0]
    split = min(positions) if positions else -1
    if split <= 0:
        raise InvalidArgumentError(
            f"参数「{argument}」应写成 名称=数值 / argument '{argument}' must be NAME=VALUE",
            message_zh=f"参数「{argument}」应写成 名称=数值",
            message_en=f"argument '{argument}' must be NAME=VALUE",
        )
    name, value = argument[:split], argument[split + 1 :]
    if not value:
        return name, None
    try:
        return name, parse_decimal(value)
    except Error as error:
        zh = f"变量「{name}」的值：{error.message_zh}"
        en = f"value of '{name}': {error.message_en}"
        raise type(error)(f"{zh} / {en}", code=error.code, message_zh=zh, message_en=en) from None


def _plain(value: Union[decimal.Decimal, float]) -> str:
    """A number in plain notation, never an exponent (floats by their shortest repr)."""
    if isinstance(value, float):
        value = decimal.Decimal(repr(value))
    return format(value, "f")


def _eval_error(error: Error, as_json: bool) -> int:
    message = error.message_zh
    if error.message_en and error.message_en != error.message_zh:
        message += " / " + error.message_en
    if not as_json:
        sys.stderr.write(f"jixiao eval: {message}\n")
        return EXIT_FINDINGS
    detail = {
        "code": error.name,
        "message": message,
        "offset": error.offset,
        "byte_offset": error.byte_offset,
    }
    sys.stdout.write(json.dumps({"error": detail}, ensure_ascii=False, separators=(",", ":")) + "\n")
    return EXIT_FINDINGS


def run_eval(arguments: argparse.Namespace) -> int:
    as_json = arguments.format == "json"
    try:
        text, *rest = arguments.formula_and_values
        formula = Formula(text, mode="double" if arguments.double else "exact")
        values: Dict[str, Optional[decimal.Decimal]] = {}
        for name, value in [_binding(argument) for argument in rest]:
            if formula.slot(name) is None:
                raise InvalidArgumentError(
                    f"公式中没有变量「{name}」 / the formula has no variable '{name}'",
                    message_zh=f"公式中没有变量「{name}」",
                    message_en=f"the formula has no variable '{name}'",
                )
            if name in values:
                raise InvalidArgumentError(
                    f"变量「{name}」给了两次 / variable '{name}' is bound twice",
                    message_zh=f"变量「{name}」给了两次",
                    message_en=f"variable '{name}' is bound twice",
                )
            values[name] = value
        result = formula.evaluate(
            {k: (float(v) if arguments.double and v is not None else v) for k, v in values.items()}
        )
    except Error as error:
        return _eval_error(error, as_json)
    shown = None if result is None else _plain(result)
    display = None if result is None else formula.display(result)
    if as_json:
        document: Dict[str, Any] = {}
        if formula.is_definition:
            document["name"] = formula.defined_name
        document["value"] = shown
        document["display"] = display
        document["variables"] = list(formula.variables)
        sys.stdout.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")
        return EXIT_OK
    prefix = f"{formula.defined_name} = " if formula.is_definition else ""
    if shown is None:
        body = "（无值 / no value）"
    elif display == shown:
        body = shown
    else:
        body = f"{shown} ({display})"
    sys.stdout.write(f"{prefix}{body}\n")
    return EXIT_OK


# -- the parser -------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m jixiao",
        description="jixiao — 预算绩效管理 (budget performance management) tools",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    show = commands.add_parser("show", help="一份文档的摘要 / summarise a jixiao document")
    show.add_argument("file", metavar="FILE", help="JSON document; - for stdin")
    show.set_defaults(run=run_show)

    convert = commands.add_parser(
        "convert", help="读入并按规范格式写出文档 / read a document and write it in normal form"
    )
    convert.add_argument("file", metavar="FILE", help="JSON document; - for stdin")
    convert.add_argument("-o", "--output", default="", help="output file (default: stdout)")
    convert.set_defaults(run=run_convert)

    target = commands.add_parser("target", help="Read 指标值 (target values) as a finance officer would")
    target.add_argument("--format", choices=("text", "json"), default="text")
    target.add_argument("texts", nargs="+", metavar="TEXT", help="use -- before a text starting with -")
    target.set_defaults(run=run_target)

    evaluate = commands.add_parser(
        "eval", help="计算公式 / evaluate a formula: eval [--format json] [--double] [--] FORMULA [NAME=VALUE ...]"
    )
    evaluate.add_argument("--format", choices=("text", "json"), default="text")
    evaluate.add_argument("--double", action="store_true", help="evaluate in double mode")
    evaluate.add_argument("formula_and_values", nargs="+", metavar="FORMULA [NAME=VALUE ...]")
    evaluate.set_defaults(run=run_eval)

    for register in _EXTRA_COMMANDS:
        register(commands)
    return parser


#: Functions that add further subcommands (review, score, monitor) to the parser.
_EXTRA_COMMANDS: List[Callable[[Any], None]] = []


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs one subcommand; returns its exit code."""
    arguments = build_parser().parse_args(argv)
    try:
        return int(arguments.run(arguments))
    except BrokenPipeError:
        return EXIT_OK
