"""Reconciliation: honest totals, duplicate merging, stated tallies and comparison of claims.

Pure functions over the records in :mod:`exchangekit.models`: they read
records and return new values with :class:`~exchangekit.Finding` annotations;
they never change a record or what a source said.
"""

from __future__ import annotations

from exchangekit.reconcile._arguments import ReconcileError
from exchangekit.reconcile.casualties import casualty_totals, partial_casualty_totals
from exchangekit.reconcile.codes import FINDING_CODES, FindingCode
from exchangekit.reconcile.comparison import (
    DEFAULT_WINDOW,
    Camp,
    ClaimGroup,
    Comparison,
    compare,
    effective_bounds,
)
from exchangekit.reconcile.duplicates import (
    CLAIM_PROVENANCE_FIELDS,
    MergeResult,
    duplicate_key,
    merge_duplicate_claims,
    merge_duplicates,
)
from exchangekit.reconcile.event_sums import event_sums, is_derived
from exchangekit.reconcile.standpoints import Standpoint, standpoint
from exchangekit.reconcile.tallies import TallyCheck, TallyChecks, TallyVerdict, check_tallies
from exchangekit.reconcile.totals import (
    ClaimContribution,
    Contribution,
    PartialTotals,
    Totals,
    categories,
    cumulative,
    partial_totals,
    totals,
)

__all__ = [
    "CLAIM_PROVENANCE_FIELDS",
    "DEFAULT_WINDOW",
    "FINDING_CODES",
    "Camp",
    "ClaimContribution",
    "ClaimGroup",
    "Comparison",
    "Contribution",
    "FindingCode",
    "MergeResult",
    "PartialTotals",
    "ReconcileError",
    "Standpoint",
    "TallyCheck",
    "TallyChecks",
    "TallyVerdict",
    "Totals",
    "casualty_totals",
    "categories",
    "check_tallies",
    "compare",
    "cumulative",
    "duplicate_key",
    "effective_bounds",
    "event_sums",
    "is_derived",
    "merge_duplicate_claims",
    "merge_duplicates",
    "partial_casualty_totals",
    "partial_totals",
    "standpoint",
    "totals",
]
