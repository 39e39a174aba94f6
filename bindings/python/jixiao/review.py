"""审核: the finance bureau's review of a declaration (docs/review-rules.md).

``declaration.review()`` (or ``jixiao.review(declaration, policy)``) returns a ReviewReport:
findings in document order, each with a stable rule code, severity, JSON Pointer, message in
Chinese and English, 88号 dimension and rule source, and a summary with the verdict (优良中差).
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Union, overload

from . import _text
from ._native import ffi, lib
from .documents import Declaration
from .errors import check
from .fields import pandas_frame
from .policy import Policy

__all__ = ["review", "review_rules", "ReviewReport", "Finding", "ReviewRule"]

_LANGUAGES = {"zh": lib.JX_LANGUAGE_ZH, "en": lib.JX_LANGUAGE_EN}


class Finding(NamedTuple):
    """One problem the review found."""

    code: str  #: the rule ("JX-IND-006"); see review_rules()
    severity: str  #: error, warning or info (错误, 警告, 提示)
    path: str  #: JSON Pointer into the declaration ("/indicators/3/annual_target")
    message: str  #: in Chinese
    message_en: str  #: in English
    dimension: str  #: completeness, relevance, appropriateness or feasibility (88号)
    rule_source: str  #: where the rule comes from
    indicator: Optional[str]  #: the 三级指标 name, when the finding is about one
    related_path: Optional[str]  #: the other place (a duplicate's first occurrence)
    suggestion: Optional[str]  #: a proposed value ("≥30135平方米"), when the rule has one
    data: Dict[str, Any]  #: structured details, rule by rule (sums of a failed identity, …)


class ReviewRule(NamedTuple):
    """One rule of the review catalog."""

    code: str
    severity: str  #: the default severity
    dimension: str
    title_zh: str
    title_en: str
    source: str


def _language(language: str) -> int:
    try:
        return _LANGUAGES[language]
    except KeyError:
        raise ValueError(f"language must be 'zh' or 'en', not {language!r}") from None


class ReviewReport:
    """The result of a review: ``findings`` and the summary. Immutable; iterate it for findings."""

    def __init__(self) -> None:
        raise TypeError("a ReviewReport comes from declaration.review() or jixiao.review()")

    @classmethod
    def _from_handle(cls, handle: Any) -> "ReviewReport":
        report = cls.__new__(cls)
        report._handle = ffi.gc(handle, lib.jx_review_report_free)
        report._findings = None
        return report

    def _get_text(self, field: int, row: int = 0) -> Optional[str]:
        text = ffi.new("const char **")
        length = ffi.new("size_t *")
        check(lib.jx_review_report_get_text(self._handle, field, row, text, length))
        return _text.borrowed(text[0], length[0])

    def _get_int(self, field: int, row: int = 0) -> int:
        out = ffi.new("int64_t *")
        check(lib.jx_review_report_get_int(self._handle, field, row, out))
        return int(out[0])

    @property
    def findings(self) -> List[Finding]:
        """Every finding, in document order."""
        if self._findings is None:
            count = ffi.new("size_t *")
            check(lib.jx_review_report_count(self._handle, lib.JX_FINDINGS, count))
            self._findings = [self._finding(row) for row in range(count[0])]
        return list(self._findings)

    def _finding(self, row: int) -> Finding:
        text = self._get_text
        return Finding(
            code=text(lib.JX_FINDING_CODE, row) or "",
            severity=text(lib.JX_FINDING_SEVERITY, row) or "",
            path=text(lib.JX_FINDING_PATH, row) or "",
            message=text(lib.JX_FINDING_MESSAGE_ZH, row) or "",
            message_en=text(lib.JX_FINDING_MESSAGE_EN, row) or "",
            dimension=text(lib.JX_FINDING_DIMENSION, row) or "",
            rule_source=text(lib.JX_FINDING_RULE_SOURCE, row) or "",
            indicator=text(lib.JX_FINDING_INDICATOR, row),
            related_path=text(lib.JX_FINDING_RELATED_PATH, row),
            suggestion=text(lib.JX_FINDING_SUGGESTION, row),
            data=json.loads(text(lib.JX_FINDING_DATA, row) or "{}"),
        )

    @property
    def policy(self) -> str:
        """The name of the policy applied."""
        return self._get_text(lib.JX_REVIEW_POLICY) or ""

    @property
    def taxonomy(self) -> str:
        """The taxonomy version the declaration was reviewed against."""
        return self._get_text(lib.JX_REVIEW_TAXONOMY) or ""

    @property
    def indicators(self) -> int:
        """Indicators in the declaration."""
        return self._get_int(lib.JX_REVIEW_INDICATORS)

    @property
    def errors(self) -> int:
        """Findings of severity error (must be corrected)."""
        return self._get_int(lib.JX_REVIEW_ERRORS)

    @property
    def warnings(self) -> int:
        return self._get_int(lib.JX_REVIEW_WARNINGS)

    @property
    def infos(self) -> int:
        return self._get_int(lib.JX_REVIEW_INFOS)

    @property
    def verdict(self) -> str:
        """excellent, good, fair or poor (优良中差), by the policy's bands."""
        return self._get_text(lib.JX_REVIEW_VERDICT) or ""

    @property
    def passed(self) -> bool:
        """True when no finding has severity error (the CLI's exit code 0)."""
        return self.errors == 0

    def to_json(self) -> str:
        """``{"findings": [...], "summary": {...}}`` — ``jixiao review --format json``."""
        out = ffi.new("char **")
        check(lib.jx_review_report_to_json(self._handle, out))
        return _text.take(out[0])

    def to_dict(self) -> Dict[str, Any]:
        return json.loads(self.to_json())  # type: ignore[no-any-return]

    def to_text(self, language: str = "zh") -> str:
        """The report for people (errors first, then a summary line), in "zh" or "en"."""
        out = ffi.new("char **")
        check(lib.jx_review_report_to_text(self._handle, _language(language), out))
        return _text.take(out[0])

    def to_pandas(self) -> Any:
        """A DataFrame, one row per finding, one column per Finding field (needs pandas)."""
        return pandas_frame([f._asdict() for f in self.findings], list(Finding._fields))

    def __len__(self) -> int:
        count = ffi.new("size_t *")
        check(lib.jx_review_report_count(self._handle, lib.JX_FINDINGS, count))
        return int(count[0])

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> List[Finding]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Finding, List[Finding]]:
        return self.findings[index]

    def __repr__(self) -> str:
        return (
            f"<ReviewReport {self.policy}: {len(self)} findings ({self.errors} errors, "
            f"{self.warnings} warnings, {self.infos} infos), verdict {self.verdict}>"
        )


def review(declaration: Declaration, policy: Optional[Policy] = None) -> ReviewReport:
    """Reviews a declaration (审核). Without a policy, the national preset of the declaration's
    taxonomy ("national-2015" for "2015", else "national-2021"). The declaration's content never
    makes this fail: every problem is a finding. Raises PolicyError for an invalid policy."""
    if not isinstance(declaration, Declaration):
        raise TypeError(f"review() takes a Declaration, not {type(declaration).__name__}")
    if policy is not None and not isinstance(policy, Policy):
        raise TypeError(f"policy must be a jixiao.Policy, not {type(policy).__name__}")
    out = ffi.new("jx_review_report **")
    check(lib.jx_review(declaration._handle, policy._handle if policy else ffi.NULL, out))
    return ReviewReport._from_handle(out[0])


def review_rules() -> List[ReviewRule]:
    """The rule catalog: every rule the review can apply, with its code and source."""
    count = ffi.new("size_t *")
    check(lib.jx_review_rules_count(count))
    text = ffi.new("const char **")
    length = ffi.new("size_t *")

    def read(field: int, row: int) -> str:
        check(lib.jx_review_rules_get_text(field, row, text, length))
        return _text.borrowed(text[0], length[0]) or ""

    return [
        ReviewRule(
            code=read(lib.JX_REVIEW_RULE_CODE, row),
            severity=read(lib.JX_REVIEW_RULE_SEVERITY, row),
            dimension=read(lib.JX_REVIEW_RULE_DIMENSION, row),
            title_zh=read(lib.JX_REVIEW_RULE_TITLE_ZH, row),
            title_en=read(lib.JX_REVIEW_RULE_TITLE_EN, row),
            source=read(lib.JX_REVIEW_RULE_SOURCE, row),
        )
        for row in range(count[0])
    ]
