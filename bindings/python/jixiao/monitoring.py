"""运行监控 (双监控): a mid-year monitoring report coloured by the rules (docs/monitoring.md).

``jixiao.monitor(report)`` returns a MonitoringResult: budget progress for the whole budget and
per line, a colour per indicator (red 红, yellow 黄, green 绿, blue 蓝), the goal's colour, each with
a trace, and findings.
"""

from __future__ import annotations

from typing import Any, List, Optional

from ._native import ffi, lib
from ._results import Result, ResultRow, _Api, rows_frame
from .documents import MonitoringReport
from .errors import check
from .fields import Amount, Choice, Integer, OptionalText, Text
from .policy import Policy

__all__ = ["monitor", "MonitoringResult", "BudgetProgress", "IndicatorWarning"]


class BudgetProgress(ResultRow):
    """Budget execution against time: the whole budget, or one line of the report."""

    _collection = lib.JX_BUDGET_PROGRESS
    _trace_fields = (
        lib.JX_BUDGET_PROGRESS_TRACE_RULE,
        lib.JX_BUDGET_PROGRESS_TRACE_VARIANT,
        lib.JX_BUDGET_PROGRESS_TRACE_ARITHMETIC,
        lib.JX_BUDGET_PROGRESS_TRACE_INPUTS,
        lib.JX_BUDGET_PROGRESS_TRACE_NOTES,
    )

    path = OptionalText(lib.JX_BUDGET_PROGRESS_PATH, "the line's JSON Pointer")
    name = OptionalText(lib.JX_BUDGET_PROGRESS_NAME, "the line's name")
    annual_budget = Amount(lib.JX_BUDGET_PROGRESS_ANNUAL_BUDGET, "全年预算数")
    executed = Amount(lib.JX_BUDGET_PROGRESS_EXECUTED, "1–N月执行数")
    execution_rate = Amount(lib.JX_BUDGET_PROGRESS_EXECUTION_RATE, "executed / annual budget")
    progress = Amount(lib.JX_BUDGET_PROGRESS_PROGRESS, "v: execution against elapsed time, 2 decimals")
    colour = Choice(lib.JX_BUDGET_PROGRESS_COLOUR, "red, yellow, green or blue; None when not assessed")

    def __repr__(self) -> str:
        return f"<BudgetProgress {self.name or '(whole budget)'} rate={self.execution_rate} colour={self.colour}>"


class IndicatorWarning(ResultRow):
    """The colour of one indicator, in the report's order."""

    _collection = lib.JX_INDICATOR_WARNINGS
    _trace_fields = (
        lib.JX_INDICATOR_WARNING_TRACE_RULE,
        lib.JX_INDICATOR_WARNING_TRACE_VARIANT,
        lib.JX_INDICATOR_WARNING_TRACE_ARITHMETIC,
        lib.JX_INDICATOR_WARNING_TRACE_INPUTS,
        lib.JX_INDICATOR_WARNING_TRACE_NOTES,
    )

    path = Text(lib.JX_INDICATOR_WARNING_PATH, "the indicator's JSON Pointer")
    level1 = Text(lib.JX_INDICATOR_WARNING_LEVEL1, "一级指标")
    level2 = Text(lib.JX_INDICATOR_WARNING_LEVEL2, "二级指标")
    name = Text(lib.JX_INDICATOR_WARNING_NAME, "三级指标")
    method = Choice(lib.JX_INDICATOR_WARNING_METHOD, "prorated, pass_fail, qualitative or not_assessed")
    progress = Amount(lib.JX_INDICATOR_WARNING_PROGRESS, "v for time-prorated targets")
    colour = Choice(lib.JX_INDICATOR_WARNING_COLOUR, "red, yellow, green or blue; None when not assessed")
    likelihood = Choice(lib.JX_INDICATOR_WARNING_LIKELIHOOD, "certain, possible or impossible, as stated")

    def __repr__(self) -> str:
        return f"<IndicatorWarning {self.path} {self.name} {self.method} colour={self.colour}>"


class MonitoringResult(Result):
    """The colours of a monitoring report. Immutable."""

    _api = _Api("monitoring_result")
    _findings_collection = lib.JX_MONITORING_FINDINGS
    _finding_fields = (
        lib.JX_MONITORING_FINDING_CODE,
        lib.JX_MONITORING_FINDING_SEVERITY,
        lib.JX_MONITORING_FINDING_PATH,
        lib.JX_MONITORING_FINDING_MESSAGE_ZH,
        lib.JX_MONITORING_FINDING_MESSAGE_EN,
    )

    policy = Text(lib.JX_MONITORING_RESULT_POLICY, "the policy applied")
    month = Integer(lib.JX_MONITORING_RESULT_MONTH, "the report covers months 1 … month")
    goal_colour = Choice(
        lib.JX_MONITORING_RESULT_GOAL_COLOUR, "the worst colour of the indicators; None when none was assessed"
    )

    @property
    def budget(self) -> BudgetProgress:
        """The whole budget's progress."""
        return BudgetProgress(self, 0)

    @property
    def budget_lines(self) -> List[BudgetProgress]:
        """Progress per budget line, in the report's order."""
        return self._rows(BudgetProgress, first=1)

    @property
    def indicators(self) -> List[IndicatorWarning]:
        """One colour per indicator."""
        return self._rows(IndicatorWarning)

    @property
    def passed(self) -> bool:
        """Nothing red and no error finding (the CLI's exit code 0)."""
        errors = any(finding.severity == "error" for finding in self.findings)
        return not errors and self.goal_colour != "red" and self.budget.colour != "red"

    def to_pandas(self) -> Any:
        """A DataFrame of the indicator colours (needs pandas)."""
        return rows_frame(self.indicators)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return (
            f"<MonitoringResult {self.policy}: months 1–{self.month}, budget {self.budget.colour}, "
            f"goal {self.goal_colour}, {self._count(lib.JX_INDICATOR_WARNINGS)} indicators>"
        )


def monitor(report: MonitoringReport, policy: Optional[Policy] = None) -> MonitoringResult:
    """Colours a monitoring report (运行监控). Without a policy, "national-2021".

    Raises InvalidArgumentError for a month outside 1–12 (``path`` "/month") and PolicyError for
    an invalid policy; every other problem is a finding.
    """
    if not isinstance(report, MonitoringReport):
        raise TypeError(f"monitor() takes a MonitoringReport, not {type(report).__name__}")
    if policy is not None and not isinstance(policy, Policy):
        raise TypeError(f"policy must be a jixiao.Policy, not {type(policy).__name__}")
    out = ffi.new("jx_monitoring_result **")
    check(lib.jx_monitor(report._handle, policy._handle if policy is not None else ffi.NULL, out))
    return MonitoringResult._from_handle(out[0])
