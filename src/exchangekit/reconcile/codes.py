"""The stable codes of the findings reconciliation emits, each with its severity and meaning.

Codes never change once released, so programs may match on them; the
messages are for people and may be reworded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from exchangekit.findings import Finding, Severity

__all__ = [
    "AMBIGUOUS_DUPLICATE",
    "BELOW_DOCUMENTED_MINIMUM",
    "CLAIMS_AGREE",
    "CLAIMS_CONTRADICT",
    "CONFLICTING_COUNTS",
    "CUMULATIVE_FELL",
    "FINDING_CODES",
    "JOINT_BELOW_MEMBER_FLOORS",
    "MERGED_DUPLICATES",
    "MERGED_DUPLICATE_CLAIMS",
    "MERGED_ON_COARSE_DATE",
    "NO_CONSENSUS",
    "OUTLIER",
    "POSSIBLE_DUPLICATE",
    "REPEATED_RECORD",
    "FindingCode",
    "finding",
]


@attrs.frozen
class FindingCode:
    """One finding code: the ``code`` string, the ``severity`` it is always raised with, and why."""

    code: str
    severity: Severity
    meaning: str


REPEATED_RECORD: Final = "repeated-record"
MERGED_DUPLICATES: Final = "merged-duplicates"
MERGED_DUPLICATE_CLAIMS: Final = "merged-duplicate-claims"
CONFLICTING_COUNTS: Final = "conflicting-counts"
MERGED_ON_COARSE_DATE: Final = "merged-on-coarse-date"
AMBIGUOUS_DUPLICATE: Final = "ambiguous-duplicate"
POSSIBLE_DUPLICATE: Final = "possible-duplicate"
CUMULATIVE_FELL: Final = "cumulative-fell"
CLAIMS_AGREE: Final = "claims-agree"
CLAIMS_CONTRADICT: Final = "claims-contradict"
BELOW_DOCUMENTED_MINIMUM: Final = "below-documented-minimum"
OUTLIER: Final = "outlier"
NO_CONSENSUS: Final = "no-consensus"
JOINT_BELOW_MEMBER_FLOORS: Final = "joint-below-member-floors"

_INFO, _WARNING, _ERROR = Severity.INFO, Severity.WARNING, Severity.ERROR

FINDING_CODES: Mapping[str, FindingCode] = MappingProxyType(
    {
        entry.code: entry
        for entry in (
            FindingCode(
                REPEATED_RECORD,
                _INFO,
                "the very same exchange or claim was given more than once; kept once",
            ),
            FindingCode(
                MERGED_DUPLICATES, _INFO, "several reports of one exchange were merged into one"
            ),
            FindingCode(
                MERGED_DUPLICATE_CLAIMS,
                _INFO,
                "several records of one claim (the same figure, dates and method from one "
                "source, however spelled) were merged into one that keeps every quote, relay "
                "and caveat",
            ),
            FindingCode(
                CONFLICTING_COUNTS,
                _ERROR,
                "two reports of one exchange give counts for the same direction that cannot "
                "both be true; the merged count is their hull",
            ),
            FindingCode(
                MERGED_ON_COARSE_DATE,
                _WARNING,
                "a report dated only to a week, month or span was merged with others because "
                "their counts agree; it might have been a separate exchange",
            ),
            FindingCode(
                AMBIGUOUS_DUPLICATE,
                _WARNING,
                "a coarsely dated report agrees with reports that cannot all be one exchange; "
                "nothing was merged",
            ),
            FindingCode(
                POSSIBLE_DUPLICATE,
                _INFO,
                "two reports of the same kind between the same parties overlap in time, but "
                "nothing shows they are one exchange; both were kept",
            ),
            FindingCode(
                CUMULATIVE_FELL,
                _WARNING,
                "a claimant's running total is lower than one it gave earlier",
            ),
            FindingCode(
                CLAIMS_AGREE,
                _INFO,
                "two claimants' figures for comparable dates can both be true",
            ),
            FindingCode(
                CLAIMS_CONTRADICT,
                _ERROR,
                "two claimants' figures for comparable dates cannot both be true",
            ),
            FindingCode(
                BELOW_DOCUMENTED_MINIMUM,
                _ERROR,
                "a figure is below what another source documented as a minimum at a "
                "comparable date",
            ),
            FindingCode(
                OUTLIER,
                _WARNING,
                "a claim cannot be true if the consensus of the other claims is",
            ),
            FindingCode(
                NO_CONSENSUS,
                _WARNING,
                "the claims split into equally large camps that contradict each other",
            ),
            FindingCode(
                JOINT_BELOW_MEMBER_FLOORS,
                _WARNING,
                "a figure for several parties together is below the sum of the separate "
                "consensus floors for each of them",
            ),
        )
    }
)
"""Every finding code reconciliation can emit, in the order the docs list them."""


def finding(code: str, message: str, record_ids: Iterable[str]) -> Finding:
    """A :class:`Finding` with ``code``'s registered severity, so the two never drift apart."""
    return Finding(FINDING_CODES[code].severity, code, message, tuple(dict.fromkeys(record_ids)))
