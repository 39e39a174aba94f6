"""jixiao (绩效): budget performance management (预算绩效管理) for Python.

The whole library over its stable C ABI (libjixiao.so.1): read and write the three documents
(绩效目标申报表, 绩效自评表, 绩效运行监控表), read 指标值 target texts, compile and evaluate indicator
formulas exactly, review a declaration as a finance bureau would, score a self-evaluation and
colour a monitoring report. Amounts are decimal.Decimal, never float; errors are jixiao.Error
subclasses carrying the C layer's message, offset and JSON path.

    >>> import jixiao
    >>> declaration = jixiao.load("examples/panyu-2023/declaration.json")
    >>> declaration.department, declaration.year, len(declaration.indicators)
    ('番禺区政务服务数据管理局', 2023, 52)
"""

from ._native import ffi as _ffi, lib as _lib
from .errors import (
    DecimalOverflowError,
    DivisionByZeroError,
    DocumentError,
    Error,
    FileError,
    FormulaError,
    InternalError,
    InvalidArgumentError,
    InvalidUtf8Error,
    LimitError,
    MissingValueError,
    OutOfMemoryError,
    OutOfRangeError,
    ParseError,
    PolicyError,
    UnitMismatchError,
    VersionMismatchError,
    WrongHandleError,
)
from .errors import check as _check
from .decimals import Number, Rounding, divide, format_decimal, parse_decimal, round_decimal
from .documents import (
    Budget,
    BudgetLine,
    BudgetLines,
    BudgetSection,
    Declaration,
    Document,
    FundExecution,
    Indicator,
    IndicatorProgress,
    IndicatorResult,
    KeyTask,
    MonitoringLine,
    MonitoringReport,
    Rows,
    SelfEvaluation,
    load,
)
from .policy import Policy
from .target import Comparator, MofValue, Target, TargetDiagnostic, parse_target
from .formula import BatchResult, Formula, FormulaVariable, FunctionTable
from .review import Finding, ReviewReport, ReviewRule, review, review_rules
from ._results import RuleFinding, Trace
from .scoring import BudgetExecutionScore, IndicatorScore, Scorecard, ScoreDifference, score
from .monitoring import BudgetProgress, IndicatorWarning, MonitoringResult, monitor
from . import decimals as _decimals, documents as _documents, errors as _errors
from . import formula as _formula, monitoring as _monitoring, policy as _policy
from . import scoring as _scoring, target as _target
import sys as _sys

# The package attribute "review" is the function; the module is only in sys.modules.
_review = _sys.modules[f"{__name__}.review"]

# The extension was compiled against one jixiao.h; the libjixiao.so.1 found next to it (or through
# LD_LIBRARY_PATH) must be able to serve it: same major version, at least as new.
_check(_lib.jx_check_version(_lib.JX_VERSION_NUMBER))

#: Version of the loaded libjixiao ("1.0.0").
__version__: str = _ffi.string(_lib.jx_version_string()).decode("ascii")
#: Version of the jixiao.h the extension was compiled against.
HEADER_VERSION: str = _ffi.string(_lib.JX_VERSION_STRING).decode("ascii")


def library_version() -> int:
    """The loaded library's version number: MAJOR·10000 + MINOR·100 + PATCH (10000 for 1.0.0)."""
    return int(_lib.jx_version_number())


# Each module lists its own public names; the package re-exports them in this order.
__all__ = [
    *_errors.__all__,
    "__version__",
    "HEADER_VERSION",
    "library_version",
    *_decimals.__all__,
    *_documents.__all__,
    *_policy.__all__,
    *_target.__all__,
    *_formula.__all__,
    *_review.__all__,
    *_scoring.__all__,
    *_monitoring.__all__,
    "RuleFinding",
    "Trace",
]
