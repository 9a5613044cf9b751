"""Reconciliation: honest totals, duplicate merging and comparison of casualty claims.

Pure functions over the records in :mod:`exchangekit.models`: they read
records and return new values with :class:`~exchangekit.Finding` annotations;
they never change a record or what a source said.
"""

from __future__ import annotations

from exchangekit.reconcile._arguments import ReconcileError
from exchangekit.reconcile.codes import FINDING_CODES, FindingCode
from exchangekit.reconcile.duplicates import MergeResult, merge_duplicates
from exchangekit.reconcile.totals import Contribution, Totals, cumulative, totals

__all__ = [
    "FINDING_CODES",
    "Contribution",
    "FindingCode",
    "MergeResult",
    "ReconcileError",
    "Totals",
    "cumulative",
    "merge_duplicates",
    "totals",
]
