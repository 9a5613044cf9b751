"""How the Dask recipe of docs/scale-out.md scales from one worker to two on this machine.

Writes a directory of JSON Lines files (reports of handovers, about one in
seven told twice, the second account often in another file), then times, in
wall-clock seconds:

- the baseline, measured in the same process: the recipe's one-process
  steps (parse every file, merge duplicates, add up by month);
- the recipe on a ``dask.distributed`` LocalCluster of one worker process,
  then of two, each with one thread (parsing is pure Python: threads would
  share one core);
- the recipe's first step alone (parse every file on the workers and count
  the records, so that no record travels), against parsing in this process.

Each cluster runs the recipe once to warm up (start-up, imports) before it is
timed; each figure is the best of ``--repeat`` runs. Every run's result is
checked against the baseline's. Run with ``python benchmarks/bench_scale_out.py``.
"""

from __future__ import annotations

import argparse
import random
import re
import runpy
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import dask.bag as db
from dask.distributed import Client, LocalCluster

import exchangekit
from exchangekit import (
    Count,
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

PAGE = Path(__file__).parents[1] / "docs" / "scale-out.md"
RECIPE = re.compile(r"```\{code-block\} python\n:caption: scale_out.py\n\n(?P<body>.*?)```", re.S)
FIRST_DAY = date(2022, 3, 1)
COUNTS = (Count.exact(1000), Count.approx(1000), Count.exact(31), Count.between(25, 40))
SOURCES = (Source("Ukrinform", SourceKind.MEDIA), Source("Reuters", SourceKind.MEDIA))


def generate(directory: Path, files: int, per_file: int, seed: int) -> int:
    """Write ``files`` files of ``per_file`` reports; a retold report lands in a random file."""
    rng = random.Random(seed)
    parties = [Party(f"P{i}", f"Party {i}") for i in range(2 * max(1, files * per_file // 20))]
    contents: list[list[Exchange]] = [[] for _ in range(files)]
    total = files * per_file
    while sum(map(len, contents)) < total:
        a = rng.randrange(len(parties) // 2)
        sender, receiver = parties[2 * a], parties[2 * a + 1]
        day = Period.day(FIRST_DAY + timedelta(days=rng.randrange(3 * 365)))
        legs = [Transfer(sender, receiver, PersonCategory.REMAINS, rng.choice(COUNTS))]
        report = Exchange(
            kind=ExchangeKind.REPATRIATION_OF_REMAINS,
            period=day,
            transfers=legs,
            sources=[rng.choice(SOURCES)],
        )
        contents[rng.randrange(files)].append(report)
        if rng.random() < 0.15:
            retold = Exchange(
                kind=report.kind, period=day, transfers=legs, sources=[rng.choice(SOURCES)]
            )
            contents[rng.randrange(files)].append(retold)
    for number, exchanges in enumerate(contents):
        export(exchanges, directory / f"part-{number:04}.jsonl", "jsonl")
    return sum(map(len, contents))


def best(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The shortest wall-clock time of ``repeat`` runs, and the last run's result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=32, help="number of files (32)")
    parser.add_argument("--per-file", type=int, default=1_000, help="reports per file (1,000)")
    parser.add_argument("--partitions", type=int, default=16, help="Dask partitions (16)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure, best kept (2)")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    match = RECIPE.search(PAGE.read_text(encoding="utf-8"))
    assert match, "docs/scale-out.md no longer shows scale_out.py"
    with tempfile.TemporaryDirectory() as scratch:
        script = Path(scratch) / "scale_out.py"
        script.write_text(match["body"], encoding="utf-8")
        recipe = runpy.run_path(str(script))
        reports = Path(scratch) / "reports"
        reports.mkdir()
        n = generate(reports, args.files, args.per_file, args.seed)
        print(f"{n:,} reports in {args.files} files", flush=True)

        baseline, expected = best(lambda: recipe["in_one_process"](reports), args.repeat)
        paths = sorted(reports.iterdir())
        parsing, _ = best(lambda: [exchangekit.parse(path) for path in paths], args.repeat)
        print(f"  one process (baseline): {baseline:6.2f} s; parsing alone {parsing:6.2f} s")
        timings, parse_timings = {}, {}
        for workers in (1, 2):
            with (
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                ) as cluster,
                Client(cluster),
            ):
                recipe["scale_out"](reports, args.partitions)  # warm up
                seconds, result = best(
                    lambda: recipe["scale_out"](reports, args.partitions), args.repeat
                )
                files = db.from_sequence(list(enumerate(paths)), npartitions=args.partitions)
                counting = files.map(recipe["numbered"]).flatten().count()
                parse_timings[workers], _ = best(counting.compute, args.repeat)
            if (result[0], result[2]) != (expected[0], expected[2]):
                raise SystemExit(f"the recipe on {workers} workers differs from one process")
            timings[workers] = seconds
            print(
                f"  Dask, {workers} worker{'s' if workers > 1 else ' '}:         {seconds:6.2f} s"
                f"  ({seconds / baseline:.2f} x the baseline); parsing alone "
                f"{parse_timings[workers]:6.2f} s ({parse_timings[workers] / parsing:.2f} x)",
                flush=True,
            )
        print()
        print(
            f"two workers take {timings[2] / timings[1]:.2f} of one worker's time "
            f"(speed-up {timings[1] / timings[2]:.2f}; 2 would be perfect on two free cores)"
        )
        print(
            f"parsing alone: two workers take {parse_timings[2] / parse_timings[1]:.2f} of one "
            f"worker's time (speed-up {parse_timings[1] / parse_timings[2]:.2f})"
        )


if __name__ == "__main__":
    main()
