#!/usr/bin/python3
"""Validates every jixiao JSON document in the tree against its JSON Schema (docs/schema/).

Documents are found under examples/ and tests/data/ (documents and golden files); each names
its schema in its "schema" member. The script also checks that the schemas are valid draft
2020-12 schemas and that they reject a few malformed variants, so a schema that accepts
everything cannot pass.

Usage: validate_examples.py SOURCE_DIR
"""

import copy
import json
import pathlib
import sys

import jsonschema

DOCUMENT_DIRS = ["examples", "tests/data/documents", "tests/data/golden"]


def load_schemas(source):
    schemas = {}
    for path in sorted((source / "docs" / "schema").glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        top = schema["$ref"].rsplit("/", 1)[-1]
        name = schema["$defs"][top]["properties"]["schema"]["const"]
        schemas[name] = (path, jsonschema.Draft202012Validator(schema))
    return schemas


def errors_of(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def pointer(error):
    return "/" + "/".join(str(part) for part in error.absolute_path)


# Policy files have no JSON Schema: read_policy() validates them (review_policy_test reads every
# example policy).
POLICY_SCHEMA = "jixiao.policy/1"
FINDING_MEMBERS = ["code", "severity", "path", "message", "message_en", "dimension", "rule_source"]


def review_report_problems(report):
    """Review reports (jixiao review --format json) are outputs, not documents: check their shape."""
    problems = []
    if list(report) != ["findings", "summary"]:
        problems.append(f"members {list(report)}, expected ['findings', 'summary']")
    for index, finding in enumerate(report.get("findings", [])):
        if list(finding)[:len(FINDING_MEMBERS)] != FINDING_MEMBERS:
            problems.append(f"/findings/{index}: members {list(finding)}")
    return problems


def validate_documents(source, schemas):
    failures = 0
    checked = 0
    for directory in DOCUMENT_DIRS:
        for path in sorted((source / directory).rglob("*.json")):
            document = json.loads(path.read_text(encoding="utf-8"))
            name = document.get("schema") if isinstance(document, dict) else None
            if name == POLICY_SCHEMA:
                continue
            if name is None and isinstance(document, dict) and "findings" in document:
                problems = review_report_problems(document)
                for problem in problems:
                    print(f"FAIL {path.relative_to(source)}: {problem}")
                failures += bool(problems)
                checked += 1
                continue
            if name not in schemas:
                print(f"FAIL {path.relative_to(source)}: unknown schema {name!r}")
                failures += 1
                continue
            problems = errors_of(schemas[name][1], document)
            for error in problems:
                print(f"FAIL {path.relative_to(source)}: {pointer(error)}: {error.message}")
            failures += bool(problems)
            checked += 1
    return checked, failures


def set_at(document, pointer_parts, value):
    target = document
    for part in pointer_parts[:-1]:
        target = target[part]
    if value is DELETE:
        del target[pointer_parts[-1]]
    else:
        target[pointer_parts[-1]] = value


DELETE = object()

# (document, path, replacement, the JSON path the schema must complain about)
NEGATIVE_CASES = [
    ("tests/data/documents/project-declaration.json", ["budget", "expenditure", 0, "amount"], "1,163.71", "/budget/expenditure/0/amount"),
    ("tests/data/documents/project-declaration.json", ["budget", "income", 0, "amount"], 480.5, "/budget/income/0/amount"),
    ("tests/data/documents/project-declaration.json", ["kind"], "部门", "/kind"),
    ("tests/data/documents/project-declaration.json", ["indicators", 1, "name"], DELETE, "/indicators/1"),
    ("tests/data/documents/project-declaration.json", ["indicators", 0, "annual_target"], 12, "/indicators/0/annual_target"),
    ("tests/data/documents/project-declaration.json", ["schema"], "jixiao.declaration/2", "/schema"),
    ("tests/data/documents/project-declaration.json", ["budget", "unit"], "千元", "/budget/unit"),
    ("tests/data/documents/monitoring-report.json", ["month"], 13, "/month"),
    ("tests/data/documents/monitoring-report.json", ["indicators", 1, "deviation_causes", 0], "weather", "/indicators/1/deviation_causes/0"),
    ("tests/data/documents/self-evaluation.json", ["indicators", 1, "grade"], "基本达成", "/indicators/1/grade"),
    ("tests/data/documents/self-evaluation.json", ["declaration", "fiscal_year"], 12, "/declaration/fiscal_year"),
    ("tests/data/golden/panyu-2023-scorecard.json", ["total"], 90.29, "/total"),
    ("tests/data/golden/panyu-2023-scorecard.json", ["indicators", 0, "trace", "rule"], None, "/indicators/0/trace/rule"),
    ("tests/data/golden/panyu-2023-monitoring.json", ["goal_colour"], "amber", "/goal_colour"),
    ("tests/data/golden/panyu-2023-monitoring.json", ["budget", "progress"], "80,98", "/budget/progress"),
]


def check_rejections(source, schemas):
    failures = 0
    for relative, parts, replacement, expected in NEGATIVE_CASES:
        document = json.loads((source / relative).read_text(encoding="utf-8"))
        broken = copy.deepcopy(document)
        set_at(broken, parts, replacement)
        paths = [pointer(error) for error in errors_of(schemas[document["schema"]][1], broken)]
        if expected not in paths:
            print(f"FAIL schema accepts {relative} with {'/'.join(map(str, parts))} = {replacement!r}"
                  f" (errors at: {paths})")
            failures += 1
    return failures


def main():
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    schemas = load_schemas(source)
    expected = {"jixiao.declaration/1", "jixiao.self-evaluation/1", "jixiao.monitoring-report/1",
                "jixiao.scorecard/1", "jixiao.monitoring-result/1"}
    if set(schemas) != expected:
        print(f"FAIL schemas found: {sorted(schemas)}, expected {sorted(expected)}")
        return 1
    checked, failures = validate_documents(source, schemas)
    failures += check_rejections(source, schemas)
    if checked == 0:
        print("FAIL no documents found")
        return 1
    print(f"{checked} documents checked against {len(schemas)} schemas, "
          f"{len(NEGATIVE_CASES)} malformed variants rejected" if not failures else
          f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
