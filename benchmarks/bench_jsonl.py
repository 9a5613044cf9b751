"""Time and peak memory of reading and writing JSON Lines, against just reading the lines.

Run ``python benchmarks/bench_jsonl.py`` (or ``--sizes 10000 100000`` for a
quick look). For each size it writes a file of that many exchanges, then
measures, in this process:

* baseline: iterating over the file's lines and doing nothing with them;
* parse: :class:`~exchangekit.builtin.json_lines.JsonLinesParser` turning every
  line into a validated :class:`~exchangekit.Exchange` (records are dropped as
  they come, as a streaming consumer would);
* export: :class:`~exchangekit.builtin.json_lines.JsonLinesExporter` writing the
  records from a generator.

Time is measured without tracing; peak memory in a second pass under
:mod:`tracemalloc`. The ratios say how much slower parsing is than reading
lines, and whether peak memory grows with the file (it should not: a
streaming parser holds one line and one record at a time).
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

from exchangekit import Count, Exchange, ExchangeKind, Party, Period, PersonCategory, Transfer
from exchangekit.builtin.json_lines import JsonLinesExporter, JsonLinesParser

UKR, RUS, ICRC = (Party.lookup(code) for code in ("UKR", "RUS", "ICRC"))


def exchanges(n: int) -> Iterator[Exchange]:
    """``n`` distinct handovers of remains, one a day from the start of 2000."""
    start = date(2000, 1, 1).toordinal()
    for i in range(n):
        day = date.fromordinal(start + i % 10_000)
        yield Exchange(
            kind=ExchangeKind.REPATRIATION_OF_REMAINS,
            period=Period.day(day),
            transfers=[
                Transfer(RUS, UKR, PersonCategory.REMAINS, Count.approx(1000 + i % 97)),
                Transfer(UKR, RUS, PersonCategory.REMAINS, Count.exact(31)),
            ],
            intermediaries=[ICRC],
            id=f"handover-{i:07d}",
        )


def read_lines(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in stream)


def parse_file(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in JsonLinesParser().parse(stream, source=str(path)))


def export_file(path: Path, n: int) -> int:
    with path.open("w", encoding="utf-8", newline="") as stream:
        JsonLinesExporter().write(exchanges(n), stream)
    return n


def timed(work: Callable[[], int]) -> float:
    gc.collect()
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def peak(work: Callable[[], int]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    sizes: list[int] = options.parse_args().sizes
    results: dict[int, dict[str, tuple[float, int]]] = {}
    with tempfile.TemporaryDirectory() as directory:
        for n in sizes:
            path = Path(directory, f"exchanges-{n}.jsonl")
            export_time = timed(partial(export_file, path, n))
            size = os.path.getsize(path)
            if parse_file(path) != n:
                raise SystemExit(f"parsing {path} did not give {n} records")
            runs = {"baseline": partial(read_lines, path), "parse": partial(parse_file, path)}
            results[n] = {name: (timed(run), peak(run)) for name, run in runs.items()}
            scratch = Path(directory, "scratch.jsonl")
            results[n]["export"] = (export_time, peak(partial(export_file, scratch, n)))
            print(f"\n{n:,} lines, {size / 1e6:,.1f} MB")
            base_time, base_peak = results[n]["baseline"]
            for name, (seconds, peak_bytes) in results[n].items():
                print(
                    f"  {name:<9} {seconds:8.2f} s  {seconds / base_time:7.1f} x baseline time"
                    f"  peak {peak_bytes / 1e6:8.2f} MB  {peak_bytes / base_peak:7.1f} x baseline"
                )
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        print(f"\nfrom {small:,} to {large:,} lines ({large / small:g} x as many):")
        for name in ("baseline", "parse", "export"):
            (t_small, p_small), (t_large, p_large) = results[small][name], results[large][name]
            time_growth, memory_growth = t_large / t_small, p_large / p_small
            print(f"  {name:<9} time x {time_growth:6.1f}   peak memory x {memory_growth:6.2f}")


if __name__ == "__main__":
    main()
