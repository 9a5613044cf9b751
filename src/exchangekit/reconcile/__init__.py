"""Reconciliation: honest totals, duplicate merging and comparison of casualty claims.

Pure functions over the records in :mod:`exchangekit.models`: they read
records and return new values with :class:`~exchangekit.Finding` annotations;
they never change a record or what a source said.
"""

from __future__ import annotations

from exchangekit.reconcile._arguments import ReconcileError
from exchangekit.reconcile.codes import FINDING_CODES, FindingCode
from exchangekit.reconcile.comparison import (
    DEFAULT_WINDOW,
    ClaimGroup,
    Comparison,
    compare,
    effective_bounds,
)
from exchangekit.reconcile.duplicates import (
    CLAIM_PROVENANCE_FIELDS,
    MergeResult,
    merge_duplicate_claims,
    merge_duplicates,
)
from exchangekit.reconcile.totals import Contribution, Totals, cumulative, totals

__all__ = [
    "CLAIM_PROVENANCE_FIELDS",
    "DEFAULT_WINDOW",
    "FINDING_CODES",
    "ClaimGroup",
    "Comparison",
    "Contribution",
    "FindingCode",
    "MergeResult",
    "ReconcileError",
    "Totals",
    "compare",
    "cumulative",
    "effective_bounds",
    "merge_duplicate_claims",
    "merge_duplicates",
    "totals",
]
