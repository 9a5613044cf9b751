"""The Dask recipe of docs/scale-out.md, run on a real LocalCluster, equals one process."""

from __future__ import annotations

import re
import runpy
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import (
    Count,
    Exchange,
    ExchangeKind,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
    export,
)

distributed = pytest.importorskip("dask.distributed")

PAGE = Path(__file__).parents[1] / "docs" / "scale-out.md"
RECIPE = re.compile(r"```\{code-block\} python\n:caption: scale_out.py\n\n(?P<body>.*?)```", re.S)
UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
FIRST_DAY = date(2025, 6, 1)
COUNTS = [Count.exact(1000), Count.approx(1000), Count.exact(31), Count.more_than(25)]
SOURCES = [Source("Ukrinform", SourceKind.MEDIA), Source("Reuters", SourceKind.MEDIA)]


@pytest.fixture(scope="module")
def recipe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Callable[..., Any]]:
    """The recipe exactly as the docs page shows it."""
    match = RECIPE.search(PAGE.read_text(encoding="utf-8"))
    assert match, "docs/scale-out.md no longer shows scale_out.py"
    script = tmp_path_factory.mktemp("recipe") / "scale_out.py"
    script.write_text(match["body"], encoding="utf-8")
    return runpy.run_path(str(script))


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """A real two-worker Dask cluster, in this process so that it starts quickly."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


@st.composite
def reports(draw: st.DrawFn) -> Exchange:
    """Handovers crowded into a few weeks, often told twice, sometimes only by month."""
    sender, receiver = draw(st.permutations([UKR, RUS]))
    day = FIRST_DAY + timedelta(days=draw(st.integers(0, 75)))
    period = draw(
        st.sampled_from([Period.day(day), Period.day(day), Period.month(day.year, day.month)])
    )
    return Exchange(
        kind=draw(
            st.sampled_from([ExchangeKind.REPATRIATION_OF_REMAINS, ExchangeKind.PRISONER_SWAP])
        ),
        period=period,
        transfers=[
            Transfer(sender, receiver, PersonCategory.REMAINS, draw(st.sampled_from(COUNTS)))
        ],
        sources=[draw(st.sampled_from(SOURCES))],
    )


@st.composite
def directories(draw: st.DrawFn) -> list[list[Exchange]]:
    """Files of reports drawn from one pool, so that duplicates straddle files."""
    pool = draw(st.lists(reports(), min_size=1, max_size=10))
    return draw(st.lists(st.lists(st.sampled_from(pool), max_size=6), min_size=1, max_size=6))


def write(directory: Path, files: list[list[Exchange]]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.iterdir():
        stale.unlink()
    for number, exchanges in enumerate(files):
        export(exchanges, directory / f"part-{number:03}.jsonl", "jsonl")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(directories(), st.integers(1, 5), st.booleans())
def test_the_recipe_on_a_cluster_equals_one_process(
    recipe: dict[str, Callable[..., Any]],
    cluster: object,
    tmp_path: Path,
    files: list[list[Exchange]],
    partitions: int,
    weekly: bool,
) -> None:
    write(tmp_path / "reports", files)
    arguments = {"by": "week", "category": "remains"} if weekly else {"by": "month"}
    exchanges, findings, summed = recipe["scale_out"](tmp_path / "reports", partitions, **arguments)
    alone = recipe["in_one_process"](tmp_path / "reports", **arguments)
    assert exchanges == alone[0]
    assert Counter(findings) == Counter(alone[1])
    assert summed == alone[2]


def test_a_broken_file_raises_its_parse_error_on_the_client(
    recipe: dict[str, Callable[..., Any]], cluster: object, tmp_path: Path
) -> None:
    write(tmp_path, [[], []])
    (tmp_path / "part-001.jsonl").write_text('{"not": "a record"}\n', encoding="utf-8")
    with pytest.raises(ParseError, match=r"part-001\.jsonl"):
        recipe["scale_out"](tmp_path, 2)
