"""Reconciliation: honest totals, duplicate merging, stated tallies and comparison of claims.

Pure functions over the records in :mod:`exchangekit.models`: they read
records and return new values with :class:`~exchangekit.Finding` annotations;
they never change a record or what a source said.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
else:
    from exchangekit._lazy import lazy_names

    # Each name is imported from its submodule the first time it is used, so
    # ``import exchangekit.reconcile`` costs almost nothing until a function runs.
    _LAZY = {
        "ReconcileError": "exchangekit.reconcile._arguments",
        "casualty_totals": "exchangekit.reconcile.casualties",
        "partial_casualty_totals": "exchangekit.reconcile.casualties",
        "FINDING_CODES": "exchangekit.reconcile.codes",
        "FindingCode": "exchangekit.reconcile.codes",
        "DEFAULT_WINDOW": "exchangekit.reconcile.comparison",
        "Camp": "exchangekit.reconcile.comparison",
        "ClaimGroup": "exchangekit.reconcile.comparison",
        "Comparison": "exchangekit.reconcile.comparison",
        "compare": "exchangekit.reconcile.comparison",
        "effective_bounds": "exchangekit.reconcile.comparison",
        "CLAIM_PROVENANCE_FIELDS": "exchangekit.reconcile.duplicates",
        "MergeResult": "exchangekit.reconcile.duplicates",
        "duplicate_key": "exchangekit.reconcile.duplicates",
        "merge_duplicate_claims": "exchangekit.reconcile.duplicates",
        "merge_duplicates": "exchangekit.reconcile.duplicates",
        "event_sums": "exchangekit.reconcile.event_sums",
        "is_derived": "exchangekit.reconcile.event_sums",
        "Standpoint": "exchangekit.reconcile.standpoints",
        "standpoint": "exchangekit.reconcile.standpoints",
        "TallyCheck": "exchangekit.reconcile.tallies",
        "TallyChecks": "exchangekit.reconcile.tallies",
        "TallyVerdict": "exchangekit.reconcile.tallies",
        "check_tallies": "exchangekit.reconcile.tallies",
        "ClaimContribution": "exchangekit.reconcile.totals",
        "Contribution": "exchangekit.reconcile.totals",
        "PartialTotals": "exchangekit.reconcile.totals",
        "Totals": "exchangekit.reconcile.totals",
        "categories": "exchangekit.reconcile.totals",
        "cumulative": "exchangekit.reconcile.totals",
        "partial_totals": "exchangekit.reconcile.totals",
        "totals": "exchangekit.reconcile.totals",
    }

    __getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

    class _Package(types.ModuleType):
        """The package, keeping ``totals`` and ``event_sums`` the functions, not their modules.

        Importing a submodule sets the package attribute of its name to the
        module; two submodules share their name with the function they hold,
        and the package has always offered the function under that name.
        """

        def __setattr__(self, name: str, value: Any) -> None:
            if isinstance(value, types.ModuleType) and _LAZY.get(name) == value.__name__:
                value = getattr(value, name)
            super().__setattr__(name, value)

    sys.modules[__name__].__class__ = _Package


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
