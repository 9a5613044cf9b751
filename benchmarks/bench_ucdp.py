"""Rows per second and peak memory of the ucdp-ged parser, beside pandas.read_csv of the same file.

Run ``python benchmarks/bench_ucdp.py`` (default sizes 40,000 and 400,000
events; ``--sizes 4000 40000`` for a quick look). Needs the
``exchangekit-ucdp`` plugin; pandas is optional. For each size it writes a
file of invented GED-layout rows (``exchangekit_ucdp.synthetic``, never UCDP
data) and measures, in this process:

* baseline: reading the rows with the :mod:`csv` module and doing nothing with them;
* parse: ``exchangekit.iter_parse(path, format="ucdp-ged")`` turning every row
  into validated claims, dropped as they come, as a streaming consumer would;
* pandas: ``pandas.read_csv`` of the same file, which holds it all as a table.

Time is measured without tracing; peak memory in a second pass under
:mod:`tracemalloc` (numpy reports its buffers to it). The parser's peak
should stay flat as the file grows ten times; the table's grows with it.
"""

from __future__ import annotations

import argparse
import csv
import gc
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from exchangekit_ucdp import synthetic

import exchangekit


def read_rows(path: Path) -> int:
    """The baseline: every row read by the csv module, nothing done with it."""
    with path.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.reader(stream)) - 1


def parse_claims(path: Path) -> int:
    """Every claim of the file, each dropped once it is counted."""
    with exchangekit.iter_parse(path, format="ucdp-ged") as records:
        return sum(1 for _ in records)


def pandas_table(path: Path) -> int:
    """The whole file as a pandas table."""
    import pandas  # type: ignore[import-untyped]  # optional; only this benchmark uses it

    return len(pandas.read_csv(path))


def measure(work: Callable[[Path], int], path: Path) -> tuple[float, int, int]:
    """Seconds, result and peak traced bytes of ``work(path)``: timed first, then traced."""
    gc.collect()
    began = time.perf_counter()
    result = work(path)
    seconds = time.perf_counter() - began
    gc.collect()
    tracemalloc.start()
    work(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, result, peak


def main() -> None:
    """Write each size's file, measure every reader on it, print a table."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=int, nargs="+", default=[40_000, 400_000])
    args = options.parse_args()
    try:
        import pandas  # noqa: F401

        readers: dict[str, Callable[[Path], int]] = {
            "csv rows": read_rows,
            "ucdp-ged": parse_claims,
            "pandas": pandas_table,
        }
    except ImportError:
        print("pandas is not installed: measuring without it")
        readers = {"csv rows": read_rows, "ucdp-ged": parse_claims}
    print(f"{'events':>9}  {'reader':<9} {'seconds':>8} {'rows/s':>10} {'peak MiB':>9}  result")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"ged-{size}.csv"
            with path.open("w", encoding="utf-8", newline="") as stream:
                synthetic.write(synthetic.generate(size, seed=size), stream)
            for name, work in readers.items():
                seconds, result, peak = measure(work, path)
                rate = size / seconds if seconds else float("inf")
                print(
                    f"{size:>9,}  {name:<9} {seconds:>8.2f} {rate:>10,.0f} "
                    f"{peak / 2**20:>9.1f}  {result:,}"
                )


if __name__ == "__main__":
    main()
