"""Export and import speed against the baselines of issue 12, measured in one process.

Run ``python benchmarks/bench_export.py`` (``--records 20000`` for a quick
look). It builds a seeded synthetic dataset (two transfers an exchange, counts
of every qualifier, day and month periods, one to three sources, one record in
ten a casualty claim), then prints, as the median of three runs:

* ``export`` to ``json`` and to ``csv`` (into memory) divided by
  ``json.dumps`` of the same data, already turned into plain dicts and lists;
* a fresh interpreter doing ``import exchangekit``, loading ``exchangekit.api``
  and ``exchangekit.reconcile`` and discovering the plugins, divided by a fresh
  interpreter importing only the dependencies (attrs, cattrs, pluggy,
  dateutil). Both include the interpreter's own start-up.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
    export,
)
from exchangekit.builtin._converter import to_data

GOALS = {"json": 2.0, "csv": 2.0, "import": 1.5}
_PARTIES = [Party.lookup(code) for code in ("UKR", "RUS")]
_ICRC = Party.lookup("ICRC")
_SOURCES = [
    Source("Coordination Headquarters", SourceKind.GOVERNMENT, _PARTIES[0]),
    Source("Russian Ministry of Defence", SourceKind.MILITARY, _PARTIES[1]),
    Source("Reuters", SourceKind.MEDIA, url="https://example.org/r"),
    Source("ICRC", SourceKind.INTERNATIONAL_ORGANISATION, _ICRC),
]


def _count(rng: random.Random) -> Count:
    n = rng.randrange(1, 5000)
    return rng.choice(
        (
            Count.exact(n),
            Count.approx(n),
            Count.at_least(n),
            Count.more_than(n),
            Count.at_most(n),
            Count.between(n, n + rng.randrange(1, 500)),
            Count.unknown(),
        )
    )


def dataset(n: int, seed: int = 12) -> Dataset:
    """``n`` seeded synthetic records, one in ten a casualty claim."""
    rng = random.Random(seed)
    start = date(2022, 3, 1).toordinal()
    exchanges: list[Exchange] = []
    claims: list[CasualtyClaim] = []
    for i in range(n):
        day = date.fromordinal(start + rng.randrange(1300))
        period = Period.day(day) if rng.random() < 0.7 else Period.month(day.year, day.month)
        sources = tuple(rng.sample(_SOURCES, rng.randint(1, 3)))
        a, b = rng.sample(_PARTIES, 2)
        if i % 10 == 9:
            claims.append(
                CasualtyClaim(
                    subject=a,
                    category=CasualtyCategory.KILLED,
                    count=_count(rng),
                    covers=Period.between(date(2022, 2, 24), day),
                    as_of=period,
                    claimant=sources[0],
                    id=f"claim-{i:07d}",
                )
            )
            continue
        kind = rng.choice((ExchangeKind.PRISONER_SWAP, ExchangeKind.REPATRIATION_OF_REMAINS))
        category = (
            PersonCategory.PRISONERS_OF_WAR
            if kind is ExchangeKind.PRISONER_SWAP
            else PersonCategory.REMAINS
        )
        exchanges.append(
            Exchange(
                kind=kind,
                period=period,
                transfers=(
                    Transfer(a, b, category, _count(rng), attributed_to=sources[-1]),
                    Transfer(b, a, category, _count(rng)),
                ),
                intermediaries=(_ICRC,) if rng.random() < 0.5 else (),
                sources=sources,
                id=f"exchange-{i:07d}",
            )
        )
    return Dataset(exchanges=exchanges, claims=claims, provenance=("synthetic",))


def median_of_three(work: Callable[[], object]) -> float:
    """The median wall time of three runs of ``work``."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _fresh(code: str, *, write_bytecode: bool = False) -> float:
    env = dict(os.environ)
    if write_bytecode:  # even where PYTHONDONTWRITEBYTECODE is set, as a wheel install would
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - started


IMPORT_ALL = (
    "import exchangekit, exchangekit.api, exchangekit.reconcile\n"
    "from exchangekit import plugins\n"
    "plugins.parsers(); plugins.exporters()\n"
)
IMPORT_DEPS = "import attrs, cattrs, pluggy, dateutil.parser, dateutil.relativedelta\n"


def main() -> None:
    """Print each measure, its ratio to the baseline and the goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--skip-import", action="store_true", help="measure export only")
    args = parser.parse_args()
    data = dataset(args.records)
    plain = {
        "format": "exchangekit",
        "version": 1,
        "provenance": list(data.provenance),
        "exchanges": [to_data(r) for r in data.exchanges],
        "claims": [to_data(r) for r in data.claims],
    }
    floor = median_of_three(lambda: json.dumps(plain))
    print(f"{args.records:,} records; json.dumps floor {floor:.3f} s (median of 3)")
    print(f"{'measure':<10} {'seconds':>8} {'ratio':>6} {'goal':>6}")
    for fmt in ("json", "csv"):
        seconds = median_of_three(lambda fmt=fmt: export(data, io.StringIO(), fmt))
        print(f"{fmt:<10} {seconds:8.3f} {seconds / floor:6.2f} {GOALS[fmt]:6.2f}")
    if args.skip_import:
        return
    _fresh(IMPORT_ALL, write_bytecode=True)  # warm the file cache and write the bytecode
    _fresh(IMPORT_DEPS, write_bytecode=True)
    ours = median_of_three(lambda: _fresh(IMPORT_ALL))
    deps = median_of_three(lambda: _fresh(IMPORT_DEPS))
    print(f"{'import':<10} {ours:8.3f} {ours / deps:6.2f} {GOALS['import']:6.2f}")


if __name__ == "__main__":
    main()
