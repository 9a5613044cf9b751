"""Shared test configuration: the Hypothesis profiles, and datasets for the hostile-output tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.api import export
from exchangekit.profiles import register_profiles

register_profiles()


def dataset_named(name: str) -> Dataset:
    """An exchange, two claims and a tally whose sources are all called ``name``.

    The hostile-output tests put dangerous text in the one field every
    command prints (a source's name) and look for it in every output.
    """
    thursday = Period.day(date(2025, 10, 23))
    ukr, rus = Party.lookup("UKR"), Party.lookup("RUS")
    source = Source(name, kind=SourceKind.MEDIA)
    exchange = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=thursday,
        transfers=[Transfer(rus, ukr, PersonCategory.REMAINS, Count.exact(1000), source)],
        sources=[source],
        notes=[name],
    )
    claims = [
        CasualtyClaim(
            subject=ukr,
            category=CasualtyCategory.KILLED,
            count=Count.parse(figure),
            covers=Period.between(date(2022, 2, 24), date(2025, 2, 1)),
            as_of=Period.month(2025, 2),
            claimant=Source(f"{name} {n}", kind=SourceKind.MEDIA),
        )
        for n, figure in enumerate(("over 46,000", "around 20,000"))
    ]
    tally = ExchangeTally(
        receiver=ukr,
        sender=rus,
        category=PersonCategory.REMAINS,
        count=Count.exact(1000),
        covers=Period.between(date(2025, 1, 1), date(2025, 10, 23)),
        as_of=thursday,
        claimant=source,
        notes=[name],
    )
    return Dataset(exchanges=[exchange], claims=claims, tallies=[tally])


@pytest.fixture
def named_dataset(tmp_path: Path) -> Callable[[str], Path]:
    """Write :func:`dataset_named` for a name to a canonical JSON file; return its path."""

    def write(name: str) -> Path:
        path = tmp_path / "named.json"
        export(dataset_named(name), path, "json")
        return path

    return write


@pytest.fixture
def make_dataset() -> Callable[[str], Dataset]:
    """The :func:`dataset_named` builder, for tests that draw many names."""
    return dataset_named
