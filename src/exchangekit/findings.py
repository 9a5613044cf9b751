"""Finding: one thing reconciliation noticed about some records, printable as plain text."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

__all__ = ["Finding", "Severity"]


class Severity(enum.Enum):
    """How much a finding matters: for information, worth a look, or a contradiction."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


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
