"""Finding: one thing reconciliation noticed about some records, printable as plain text."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

import attrs

__all__ = ["Finding", "Severity", "by_severity"]


class Severity(enum.Enum):
    """How much a finding matters: for information, worth a look, or a contradiction."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error: compare severities with it."""
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen
class Finding:
    """An annotation about records: ``code`` is stable for machines, ``message`` for people."""

    severity: Severity
    code: str
    message: str
    record_ids: tuple[str, ...] = attrs.field(default=(), converter=_ids)

    def __str__(self) -> str:
        ids = f" [{', '.join(self.record_ids)}]" if self.record_ids else ""
        return f"{self.severity.value}: {self.code}: {self.message}{ids}"


def by_severity(findings: Iterable[Finding], records: Sequence[str] = ()) -> tuple[Finding, ...]:
    """``findings`` most severe first (error, warning, info), then by the records they name.

    Within one severity a finding comes before another when the first record
    it names comes earlier in ``records`` (ids in reading order, such as a
    report's exchanges then claims); ids not in ``records`` follow, by id.
    Findings that tie keep the order they were given in.
    """
    place = {record_id: i for i, record_id in reversed(list(enumerate(records)))}
    unplaced = len(place)

    def key(finding: Finding) -> tuple[int, list[tuple[int, str]]]:
        named = [(place.get(r, unplaced), r) for r in finding.record_ids]
        return (-finding.severity.rank, named)

    return tuple(sorted(findings, key=key))
