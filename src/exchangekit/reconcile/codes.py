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
    "ADVERSARY_ONLY_CONSENSUS",
    "AMBIGUOUS_DUPLICATE",
    "BELOW_DOCUMENTED_MINIMUM",
    "CLAIMS_AGREE",
    "CLAIMS_CONTRADICT",
    "CONFLICTING_COUNTS",
    "CUMULATIVE_FELL",
    "FINDING_CODES",
    "ITEMIZED_EXCEED_TALLY",
    "JOINT_BELOW_MEMBER_FLOORS",
    "MERGED_DUPLICATES",
    "MERGED_DUPLICATE_CLAIMS",
    "MERGED_ON_COARSE_DATE",
    "NO_CONSENSUS",
    "OUTLIER",
    "POSSIBLE_DUPLICATE",
    "REPEATED_RECORD",
    "SELF_REPORT_BELOW_INDEPENDENT_MINIMUM",
    "TALLY_CONSISTENT",
    "TALLY_EXCEEDS_ITEMIZED",
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
TALLY_CONSISTENT: Final = "tally-consistent"
TALLY_EXCEEDS_ITEMIZED: Final = "tally-exceeds-itemized"
ITEMIZED_EXCEED_TALLY: Final = "itemized-exceed-tally"
ADVERSARY_ONLY_CONSENSUS: Final = "adversary-only-consensus"
SELF_REPORT_BELOW_INDEPENDENT_MINIMUM: Final = "self-report-below-independent-minimum"

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
                "reports of one exchange give counts for the same direction that cannot all "
                "be true; the merged count is their hull (one finding per clashing pair, or "
                "one per direction when findings are grouped)",
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
                "reports of the same kind between the same parties overlap in time, but "
                "nothing shows they are one exchange; all were kept (one finding per pair, or "
                "one per cluster when findings are grouped)",
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
                "a claim cannot be true if the consensus is: a single camp holds every other "
                "claim, more than half of them in all",
            ),
            FindingCode(
                NO_CONSENSUS,
                _WARNING,
                "the claims split into camps that contradict each other, and none holds more "
                "than half of them while being larger than every other; no claim is an outlier",
            ),
            FindingCode(
                JOINT_BELOW_MEMBER_FLOORS,
                _WARNING,
                "a figure for several parties together is below the sum of the separate "
                "floors agreed for each of them",
            ),
            FindingCode(
                ADVERSARY_ONLY_CONSENSUS,
                _WARNING,
                "the consensus, or the only figure, comes only from claimants who speak for "
                "the subject's enemies",
            ),
            FindingCode(
                SELF_REPORT_BELOW_INDEPENDENT_MINIMUM,
                _WARNING,
                "a party's figure for its own losses is below what an independent source "
                "documented as a minimum: an undercount",
            ),
            FindingCode(
                TALLY_CONSISTENT,
                _INFO,
                "a stated running total of transfers and the itemized exchanges in its span "
                "can be the same number",
            ),
            FindingCode(
                TALLY_EXCEEDS_ITEMIZED,
                _WARNING,
                "a stated running total of transfers is higher than the itemized exchanges in "
                "its span can add up to: exchanges are missing from the data",
            ),
            FindingCode(
                ITEMIZED_EXCEED_TALLY,
                _ERROR,
                "the itemized exchanges in a stated running total's span add up to more than "
                "it can be: an exchange is counted twice, or the tally is out of date",
            ),
        )
    }
)
"""Every finding code reconciliation can emit, in the order the docs list them."""


def finding(code: str, message: str, record_ids: Iterable[str]) -> Finding:
    """A :class:`Finding` with ``code``'s registered severity, so the two never drift apart."""
    return Finding(FINDING_CODES[code].severity, code, message, tuple(dict.fromkeys(record_ids)))
