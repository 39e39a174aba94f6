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


def _read(path: str, loader: Callable[[bytes], Any] = bytes) -> Any:
    """loader(the bytes of `path`, or of standard input for "-")."""
    return loader(_input_bytes(path))


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


# -- review -----------------------------------------------------------------------------------------


def _schema_of(document: Any) -> str:
    return str(json.loads(document.to_json())["schema"])


def _not_a(document: Any, expected_zh: str, expected_en: str, is_word: str = "is ") -> Error:
    from .errors import DocumentError

    schema = _schema_of(document)
    zh = f"不是{expected_zh}（schema 为 {schema}）"
    en = f"not a {expected_en} (schema {is_word}{schema})"
    return DocumentError(f"{zh} / {en}", message_zh=zh, message_en=en, path="/schema")


def _policy_option(name_or_file: str) -> Any:
    """A preset by name, else a policy file; None (after reporting) when it cannot be read."""
    from .policy import Policy

    try:
        if name_or_file in Policy.presets():
            return Policy.preset(name_or_file)
        return Policy.from_json(_read(name_or_file))
    except Error as error:
        report_error(sys.stderr, name_or_file, error)
        return None


def _inputs(arguments: Sequence[str]) -> List[Tuple[str, bool]]:
    """(path, found in a folder) for each argument; a folder gives its *.json files, sorted."""
    import os

    found: List[Tuple[str, bool]] = []
    for argument in arguments:
        if argument != "-" and os.path.isdir(argument):
            names = sorted(
                os.path.join(argument, name)
                for name in os.listdir(argument)
                if name.endswith(".json") and not os.path.isdir(os.path.join(argument, name))
            )
            found.extend((name, True) for name in names)
        else:
            found.append((argument, False))
    return found


def _error_json(error: Error) -> Dict[str, Any]:
    return {
        "code": error.name,
        "message": f"{error.message_zh} / {error.message_en}",
        "path": error.path,
        "byte_offset": error.byte_offset,
    }


def _pretty(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def run_review(arguments: argparse.Namespace) -> int:
    from .review import review

    policy = None
    if arguments.policy:
        policy = _policy_option(arguments.policy)
        if policy is None:
            return EXIT_BAD_INPUT
    inputs = _inputs(arguments.files)
    as_json = arguments.format == "json"
    single = len(arguments.files) == 1 and len(inputs) == 1 and not inputs[0][1]
    exit_code = EXIT_OK
    reports: List[Any] = []
    text = ""
    for path, from_folder in inputs:
        try:
            document = _read(path, _documents.load)
            if not isinstance(document, _documents.Declaration):
                if from_folder:
                    continue
                raise _not_a(document, "绩效目标申报表", "declaration")
        except Error as error:
            report_error(sys.stderr, path, error)
            exit_code = EXIT_BAD_INPUT
            if as_json and not single:
                reports.append({"file": path, "error": _error_json(error)})
            continue
        try:
            report = review(document, policy)
        except Error as error:
            report_error(sys.stderr, arguments.policy or path, error)
            return EXIT_BAD_INPUT
        if report.errors > 0 and exit_code == EXIT_OK:
            exit_code = EXIT_FINDINGS
        if as_json:
            if single:
                text = report.to_json()
            else:
                reports.append({"file": path, **report.to_dict()})
        else:
            if text:
                text += "\n"
            text += f"{path}\n" + report.to_text(arguments.lang)
    if as_json and not single:
        text = _pretty(reports)
    sys.stdout.write(text)
    sys.stdout.flush()
    return exit_code


# -- score and monitor ------------------------------------------------------------------------------


def _load_as(path: str, cls: type, expected_zh: str, expected_en: str) -> Any:
    """The document at `path` if it is a `cls`; None after reporting the problem."""
    try:
        document = _read(path, _documents.load)
        if not isinstance(document, cls):
            raise _not_a(document, expected_zh, expected_en, is_word="")
    except Error as error:
        report_error(sys.stderr, path, error)
        return None
    return document


def _resolve_policy(value: Optional[str], taxonomy: str) -> Any:
    """--policy as the score and monitor commands read it: a preset, else a policy file; without
    it the national preset of the taxonomy."""
    from .errors import PolicyError
    from .policy import Policy

    presets = Policy.presets()
    if value is None:
        return Policy.preset("national-2015" if taxonomy == "2015" else "national-2021")
    if value in presets:
        return Policy.preset(value)
    try:
        data = _read(value)
    except Error as error:
        if error.name != "io_error":
            raise
        names = ", ".join(presets)
        zh = f"既不是规则预设（{names}）也不是可读的规则文件：{error.message_zh}"
        en = f"neither a policy preset ({names}) nor a readable policy file: {error.message_en}"
        raise PolicyError(f"{zh} / {en}", message_zh=zh, message_en=en) from None
    return Policy.from_json(data)


def _input_bytes(source: str) -> bytes:
    """The bytes of a file named on the command line, or of standard input (as the tool reads)."""
    from ._native import lib
    from ._source import file_error

    limit = int(lib.JX_MAX_TEXT_BYTES) + 1  # the C layer reports anything longer
    if source == "-":
        return bytes(sys.stdin.buffer.read(limit))
    try:
        with open(source, "rb") as file:
            return file.read(limit)
    except OSError as failure:
        raise file_error("无法打开文件", "cannot open file", source, failure) from failure


def run_score(arguments: argparse.Namespace) -> int:
    from .scoring import score

    evaluation = _load_as(arguments.file, _documents.SelfEvaluation, "绩效自评表", "self-evaluation")
    if evaluation is None:
        return EXIT_BAD_INPUT
    declaration = None
    if arguments.declaration is not None:
        declaration = _load_as(arguments.declaration, _documents.Declaration, "绩效目标申报表", "declaration")
        if declaration is None:
            return EXIT_BAD_INPUT
    try:
        policy = _resolve_policy(arguments.policy, evaluation.taxonomy)
    except Error as error:
        report_error(sys.stderr, arguments.policy or "--policy", error)
        return EXIT_BAD_INPUT
    card = score(evaluation, policy, declaration)
    sys.stdout.write(card.to_json() if arguments.format == "json" else card.to_text())
    sys.stdout.flush()
    return EXIT_OK if card.passed else EXIT_FINDINGS


def run_monitor(arguments: argparse.Namespace) -> int:
    from .monitoring import monitor

    report = _load_as(arguments.file, _documents.MonitoringReport, "绩效运行监控表", "monitoring report")
    if report is None:
        return EXIT_BAD_INPUT
    try:
        # A monitoring report names no taxonomy: the current national preset applies by default.
        policy = _resolve_policy(arguments.policy, "2021")
    except Error as error:
        report_error(sys.stderr, arguments.policy or "--policy", error)
        return EXIT_BAD_INPUT
    result = monitor(report, policy)
    sys.stdout.write(result.to_json() if arguments.format == "json" else result.to_text())
    sys.stdout.flush()
    return EXIT_OK if result.passed else EXIT_FINDINGS


# -- policy -----------------------------------------------------------------------------------------

_SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
_DIMENSION_LABELS = {
    "completeness": "完整性",
    "relevance": "相关性",
    "appropriateness": "适当性",
    "feasibility": "可行性",
}


def run_policy(arguments: argparse.Namespace) -> int:
    from .policy import Policy
    from .review import review_rules

    if arguments.action == "list":
        for name in Policy.presets():
            sys.stdout.write(f"{name}\t{Policy.preset(name).description}\n")
        return EXIT_OK
    if arguments.action == "rules":
        out = "| code | severity | dimension | rule | source |\n|---|---|---|---|---|\n"
        for rule in review_rules():
            out += (
                f"| {rule.code} | {_SEVERITY_LABELS[rule.severity]} {rule.severity} | "
                f"{_DIMENSION_LABELS[rule.dimension]} | {rule.title_zh} / {rule.title_en} | "
                f"{rule.source} |\n"
            )
        sys.stdout.write(out)
        return EXIT_OK
    name = arguments.name
    try:
        if name in Policy.presets():
            policy = Policy.preset(name)
        else:
            policy = Policy.from_json(_read(name))
    except Error as error:
        report_error(sys.stderr, name, error)
        return EXIT_BAD_INPUT
    sys.stdout.write(policy.to_json())
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

    review = commands.add_parser(
        "review", help="审核绩效目标申报表 / review declarations against a policy (审核)"
    )
    review.add_argument("--policy", help="a policy file or preset (national-2015, national-2021)")
    review.add_argument("--format", choices=("text", "json"), default="text")
    review.add_argument("--lang", choices=("zh", "en"), default="zh", help="text output language")
    review.add_argument("files", nargs="+", metavar="FILE", help="declarations, folders, - for stdin")
    review.set_defaults(run=run_review)

    policy_help = "a preset (national-2015, national-2021) or a policy file; default: by taxonomy"
    score = commands.add_parser("score", help="按规则为绩效自评表评分 / score a self-evaluation by the rules")
    score.add_argument("--policy", help=policy_help)
    score.add_argument("--format", choices=("text", "json"), default="text")
    score.add_argument("--declaration", help="the declaration, for weights and targets left out")
    score.add_argument("file", metavar="FILE", help="self-evaluation JSON; - for stdin")
    score.set_defaults(run=run_score)

    monitor = commands.add_parser("monitor", help="运行监控预警（双监控）/ colour a mid-year monitoring report")
    monitor.add_argument("--policy", help=policy_help)
    monitor.add_argument("--format", choices=("text", "json"), default="text")
    monitor.add_argument("file", metavar="FILE", help="monitoring report JSON; - for stdin")
    monitor.set_defaults(run=run_monitor)

    policy = commands.add_parser("policy", help="规则配置 / policies: presets, files, the rule catalog")
    actions = policy.add_subparsers(dest="action", required=True, parser_class=_Parser)
    show_policy = actions.add_parser("show", help="print a policy in full (a preset or a file)")
    show_policy.add_argument("name", metavar="PRESET_OR_FILE")
    actions.add_parser("list", help="list the built-in presets")
    actions.add_parser("rules", help="the review rule catalog as a Markdown table")
    policy.set_defaults(run=run_policy)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs one subcommand; returns its exit code."""
    arguments = build_parser().parse_args(argv)
    try:
        return int(arguments.run(arguments))
    except BrokenPipeError:
        return EXIT_OK
