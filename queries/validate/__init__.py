"""Measured precision (`parley validate`): draw a seeded sample of records as a coding sheet, import
coders' judgments, and report precision with Wilson intervals, by confidence band, with agreement."""

from __future__ import annotations

from queries.validate.errors import ValidateError
from queries.validate.judgments import ImportResult, import_judgments
from queries.validate.report import ValidationReport, measured_precision, validation_report
from queries.validate.sample import SampleResult, sample
from queries.validate.stats import cohen_kappa, wilson

__all__ = [
    "ImportResult",
    "SampleResult",
    "ValidateError",
    "ValidationReport",
    "cohen_kappa",
    "import_judgments",
    "measured_precision",
    "sample",
    "validation_report",
    "wilson",
]
