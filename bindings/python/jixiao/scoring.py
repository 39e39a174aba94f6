"""绩效自评 scoring: a self-evaluation recomputed by the rules, with traces (docs/scoring.md).

``jixiao.score(self_evaluation)`` returns a Scorecard: the 预算执行率 score, one score per
indicator, the total and the grade, each with a trace an auditor can redo, findings, and — when
the self-evaluation publishes scores — every published score that differs from the rule's.
"""

from __future__ import annotations

from typing import Any, List, NamedTuple, Optional

from ._native import ffi, lib
from ._results import OptionalBoolean, Result, ResultRow, _Api, rows_frame
from .documents import Declaration, SelfEvaluation
from .errors import check
from .fields import Amount, Choice, OptionalText, Text
from .policy import Policy

__all__ = ["score", "Scorecard", "BudgetExecutionScore", "IndicatorScore", "ScoreDifference"]


class BudgetExecutionScore(ResultRow):
    """The 预算执行率 score."""

    _collection = lib.JX_BUDGET_EXECUTION_SCORE
    _trace_fields = (
        lib.JX_BUDGET_SCORE_TRACE_RULE,
        lib.JX_BUDGET_SCORE_TRACE_VARIANT,
        lib.JX_BUDGET_SCORE_TRACE_ARITHMETIC,
        lib.JX_BUDGET_SCORE_TRACE_INPUTS,
        lib.JX_BUDGET_SCORE_TRACE_NOTES,
    )

    path = OptionalText(lib.JX_BUDGET_SCORE_PATH, 'the scored row ("/budget_execution/0")')
    source = OptionalText(lib.JX_BUDGET_SCORE_SOURCE, "the row's label (年度资金总额)")
    annual_budget = Amount(lib.JX_BUDGET_SCORE_ANNUAL_BUDGET, "全年预算数")
    executed = Amount(lib.JX_BUDGET_SCORE_EXECUTED, "全年执行数")
    rate = Amount(lib.JX_BUDGET_SCORE_RATE, "执行率 as a ratio; None when there is no rate")
    weight = Amount(lib.JX_BUDGET_SCORE_WEIGHT, "分值")
    score = Amount(lib.JX_BUDGET_SCORE_SCORE, "得分 by the rule")
    published_score = Amount(lib.JX_BUDGET_SCORE_PUBLISHED_SCORE, "得分 as published")

    def __repr__(self) -> str:
        return f"<BudgetExecutionScore rate={self.rate} score={self.score}/{self.weight}>"


class IndicatorScore(ResultRow):
    """The score of one indicator, in the self-evaluation's order."""

    _collection = lib.JX_INDICATOR_SCORES
    _trace_fields = (
        lib.JX_INDICATOR_SCORE_TRACE_RULE,
        lib.JX_INDICATOR_SCORE_TRACE_VARIANT,
        lib.JX_INDICATOR_SCORE_TRACE_ARITHMETIC,
        lib.JX_INDICATOR_SCORE_TRACE_INPUTS,
        lib.JX_INDICATOR_SCORE_TRACE_NOTES,
    )

    path = Text(lib.JX_INDICATOR_SCORE_PATH, 'the indicator ("/indicators/4")')
    level1 = Text(lib.JX_INDICATOR_SCORE_LEVEL1, "一级指标")
    level2 = Text(lib.JX_INDICATOR_SCORE_LEVEL2, "二级指标")
    name = Text(lib.JX_INDICATOR_SCORE_NAME, "三级指标")
    method = Choice(lib.JX_INDICATOR_SCORE_METHOD, "quantitative, qualitative or not_scored")
    met = OptionalBoolean(lib.JX_INDICATOR_SCORE_MET, "the target was met; None when not scored")
    weight = Amount(lib.JX_INDICATOR_SCORE_WEIGHT, "分值")
    weight_source = Choice(
        lib.JX_INDICATOR_SCORE_WEIGHT_SOURCE,
        "where the weight came from: self_evaluation, declaration, template_spread or none",
    )
    score = Amount(lib.JX_INDICATOR_SCORE_SCORE, "得分 by the rule")
    published_score = Amount(lib.JX_INDICATOR_SCORE_PUBLISHED_SCORE, "得分 as published")

    def __repr__(self) -> str:
        return f"<IndicatorScore {self.path} {self.name} {self.method} score={self.score}/{self.weight}>"


class ScoreDifference(NamedTuple):
    """A published score that differs from the rule's (audit mode)."""

    path: str  #: the published value's JSON Pointer
    item: str  #: what was scored
    published: str  #: as published ("1.39", "良")
    computed: str  #: by the rule ("1.08", "中")
    rule: str  #: the rule and variant


class Scorecard(Result):
    """The scorecard of a self-evaluation. Immutable."""

    _api = _Api("scorecard")
    _findings_collection = lib.JX_SCORING_FINDINGS
    _finding_fields = (
        lib.JX_SCORING_FINDING_CODE,
        lib.JX_SCORING_FINDING_SEVERITY,
        lib.JX_SCORING_FINDING_PATH,
        lib.JX_SCORING_FINDING_MESSAGE_ZH,
        lib.JX_SCORING_FINDING_MESSAGE_EN,
    )

    policy = Text(lib.JX_SCORECARD_POLICY, "the policy applied")
    weight_total = Amount(lib.JX_SCORECARD_WEIGHT_TOTAL, "budget execution + indicator weights")
    total = Amount(lib.JX_SCORECARD_TOTAL, "the total score by the rules")
    grade = Choice(lib.JX_SCORECARD_GRADE, "excellent, good, fair or poor (优良中差)")
    published_total = Amount(lib.JX_SCORECARD_PUBLISHED_TOTAL, "自评总分 as published, or None")
    published_grade = Choice(lib.JX_SCORECARD_PUBLISHED_GRADE, "评价等级 as published, or None")
    audit = OptionalBoolean(lib.JX_SCORECARD_AUDIT, "scores were published and compared")

    @property
    def budget_execution(self) -> BudgetExecutionScore:
        """The 预算执行率 score."""
        return BudgetExecutionScore(self, 0)

    @property
    def indicators(self) -> List[IndicatorScore]:
        """One score per indicator."""
        return self._rows(IndicatorScore)

    @property
    def differences(self) -> List[ScoreDifference]:
        """Published scores that differ from the rule's (empty when none or not published)."""
        text = self._get_text
        return [
            ScoreDifference(
                path=text(lib.JX_SCORE_DIFFERENCE_PATH, row) or "",
                item=text(lib.JX_SCORE_DIFFERENCE_ITEM, row) or "",
                published=text(lib.JX_SCORE_DIFFERENCE_PUBLISHED, row) or "",
                computed=text(lib.JX_SCORE_DIFFERENCE_COMPUTED, row) or "",
                rule=text(lib.JX_SCORE_DIFFERENCE_RULE, row) or "",
            )
            for row in range(self._count(lib.JX_SCORE_DIFFERENCES))
        ]

    @property
    def passed(self) -> bool:
        """No error finding and no differing published score (the CLI's exit code 0)."""
        errors = any(finding.severity == "error" for finding in self.findings)
        return not errors and not self.differences

    def to_pandas(self) -> Any:
        """A DataFrame of the indicator scores (needs pandas)."""
        return rows_frame(self.indicators)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return (
            f"<Scorecard {self.policy}: total {self.total}/{self.weight_total} {self.grade}, "
            f"{self._count(lib.JX_INDICATOR_SCORES)} indicators, "
            f"{self._count(lib.JX_SCORE_DIFFERENCES)} differences>"
        )


def score(
    self_evaluation: SelfEvaluation,
    policy: Optional[Policy] = None,
    declaration: Optional[Declaration] = None,
) -> Scorecard:
    """Scores a self-evaluation by the rules (绩效自评).

    Without a policy, the national preset of the self-evaluation's taxonomy (of the
    declaration's when it names none; "national-2021" when neither does). A declaration, when
    given, supplies the weights and 年度指标值 the self-evaluation leaves out. Nothing in the
    documents makes this fail: every problem is a finding. Raises PolicyError for an invalid policy.
    """
    if not isinstance(self_evaluation, SelfEvaluation):
        raise TypeError(f"score() takes a SelfEvaluation, not {type(self_evaluation).__name__}")
    if policy is not None and not isinstance(policy, Policy):
        raise TypeError(f"policy must be a jixiao.Policy, not {type(policy).__name__}")
    if declaration is not None and not isinstance(declaration, Declaration):
        raise TypeError(f"declaration must be a jixiao.Declaration, not {type(declaration).__name__}")
    out = ffi.new("jx_scorecard **")
    check(
        lib.jx_score(
            self_evaluation._handle,
            policy._handle if policy is not None else ffi.NULL,
            declaration._handle if declaration is not None else ffi.NULL,
            out,
        )
    )
    return Scorecard._from_handle(out[0])

