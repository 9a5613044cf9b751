"""Every row of issue 12's performance table, measured in one run beside its goal.

Run ``python benchmarks/perf_table.py`` from the repository root (``--quick``
for a tenth of the size while working; ``--only parse memory`` for some
rows). The data is regenerated each run by ``benchmarks/synthetic.py`` from a
fixed seed. Each row is a ratio against a baseline measured in this same run
(a bare ``json.loads`` loop, pandas, ``json.dumps``, importing the
dependencies), so a busy machine slows both sides alike; each time is the
median of three runs (``--runs``). Memory is measured in a fresh process.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

import exchangekit  # noqa: E402
from exchangekit.reconcile import merge_duplicates, totals  # noqa: E402

RUNS = 3


def median_time(work: Callable[[], object], runs: int) -> float:
    """The median wall-clock seconds of ``runs`` calls of ``work``, collecting garbage first."""
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def row(measure: str, value: str, goal: str, met: bool | None, detail: str = "") -> None:
    """Print one line of the table, with whether the goal is met and how it was reached."""
    verdict = {True: "met", False: "NOT met", None: "-"}[met]
    print(f"| {measure} | {value} | {goal} | {verdict} | {detail} |", flush=True)


def loads_loop(path: Path) -> int:
    """The floor: every line decoded by the standard library, nothing else."""
    n = 0
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            json.loads(line)
            n += 1
    return n


def parse_row(path: Path, runs: int) -> None:
    """``exchangekit.parse`` against a bare ``json.loads`` loop on the same file."""
    floor = median_time(lambda: loads_loop(path), runs)
    ours = median_time(lambda: exchangekit.parse(path), runs)
    ratio = ours / floor
    row(
        "`exchangekit.parse(jsonl)` / `json.loads` loop",
        f"{ratio:.1f}×",
        "≤ 2×",
        ratio <= 2,
        f"{ours:.2f} s against {floor:.2f} s",
    )


MEMORY_PROBE = """
import gc, itertools, json, os, sys, tempfile, tracemalloc
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
import exchangekit
# Warm every lazy table on a small file of other lines, never on the file
# measured: its records, and what the parser keeps of them, must be counted.
with open(sys.argv[1], encoding="utf-8") as f, tempfile.NamedTemporaryFile(
    "w", suffix=".jsonl", encoding="utf-8", delete=False
) as small:
    small.writelines(itertools.islice(f, 1000))
exchangekit.parse(small.name)
os.unlink(small.name)
gc.collect()
if sys.argv[2] == "traced":
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
else:
    before = rss()
dataset = exchangekit.parse(sys.argv[1])
gc.collect()
after = tracemalloc.get_traced_memory()[0] if sys.argv[2] == "traced" else rss()
print(json.dumps({"records": len(dataset), "held": after - before}))
"""


def memory_probe(path: Path, how: str) -> dict[str, int]:
    """Bytes held after one ``parse`` of ``path`` (``how``: ``rss`` or ``traced``), new process."""
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(path), how],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, int] = json.loads(done.stdout)
    return figures


def memory_row(path: Path) -> None:
    """Bytes held per record after ``parse``, by RSS and by tracemalloc, each in a fresh process.

    Each process first reads a small file of other lines, so lazy tables are
    not counted; the parse measured is its first of the file, so every record
    and every value the parser's caches keep of it is counted.
    """
    traced, rss = (memory_probe(path, how) for how in ("traced", "rss"))
    records = traced["records"]
    per_traced, per_rss = traced["held"] / records, rss["held"] / records
    row(
        "memory per exchange after parse (tracemalloc; RSS)",
        f"{per_traced:,.0f} B; {per_rss:,.0f} B",
        "≤ 600 B",
        max(per_traced, per_rss) <= 600,
        f"{records:,} records held; RSS and tracemalloc in separate fresh processes",
    )


def our_totals(path: Path) -> int:
    """Parse, then monthly totals per receiver and category, as a user would ask for them."""
    return totals_alone(exchangekit.parse(path))


def totals_alone(dataset: exchangekit.Dataset) -> int:
    """Monthly totals per receiver and category of records already parsed."""
    cells = 0
    pairs = sorted(
        {(t.receiver.code, t.category) for e in dataset.exchanges for t in e.transfers},
        key=lambda pair: (pair[0], pair[1].value),
    )
    for receiver, category in pairs:
        cells += len(totals(dataset, "month", receiver=receiver, category=category))
    return cells


def pandas_totals(path: Path) -> int:
    """The same with pandas: read the lines, one row per transfer, group and sum."""
    import pandas as pd

    return pandas_grouped(pandas_rows(pd.read_json(path, lines=True, dtype=False)))


def pandas_rows(frame: Any) -> Any:
    """One row per transfer of the exchanges in a frame read from JSON Lines, with its month."""
    import pandas as pd

    exchanges = frame[frame["type"] == "exchange"]
    rows = pd.json_normalize(
        exchanges.to_dict("records"), record_path="transfers", meta=[["period", "start"]]
    )
    rows["month"] = rows["period.start"].str.slice(0, 7)
    return rows


def pandas_grouped(rows: Any) -> int:
    """The low and high of the transfers summed per receiver, category and month."""
    summed = rows.groupby(["receiver", "category", "month"])[["count.low", "count.high"]].sum()
    return len(summed)


def totals_row(path: Path, runs: int) -> None:
    """Parse plus monthly totals per receiver against pandas doing the same; then the sums alone.

    The second and third lines time only the summing half, on records
    already parsed, against pandas' ``groupby`` on a frame already holding
    one row per transfer, and against normalising the transfers plus the
    ``groupby`` (pandas' steps after reading).
    """
    try:
        import pandas as pd
    except ImportError:
        row("parse + monthly totals / pandas", "skipped", "≤ 0.33×", None, "pandas not installed")
        return
    floor = median_time(lambda: pandas_totals(path), runs)
    ours = median_time(lambda: our_totals(path), runs)
    ratio = ours / floor
    row(
        "parse + monthly totals per receiver / pandas",
        f"{ratio:.2f}×",
        "≤ 0.33×",
        ratio <= 0.33,
        f"{ours:.2f} s against {floor:.2f} s",
    )
    dataset = exchangekit.parse(path)
    frame = pd.read_json(path, lines=True, dtype=False)
    rows = pandas_rows(frame)
    alone = median_time(lambda: totals_alone(dataset), runs)
    grouped = median_time(lambda: pandas_grouped(rows), runs)
    normalised = median_time(lambda: pandas_grouped(pandas_rows(frame)), runs)
    row(
        "monthly totals alone / pandas `groupby` alone",
        f"{alone / grouped:.1f}×",
        "(no goal of its own)",
        None,
        f"{alone:.2f} s against {grouped:.3f} s, both on data already read",
    )
    row(
        "monthly totals alone / pandas normalising the transfers + `groupby`",
        f"{alone / normalised:.2f}×",
        "(no goal of its own)",
        None,
        f"{alone:.2f} s against {normalised:.2f} s, both on data already read",
    )


def median_cpu_time(work: Callable[[], object], runs: int) -> float:
    """The median CPU seconds of ``runs`` calls of ``work``, collecting garbage first.

    For one-threaded work on a shared machine: the time other processes
    take from it is not counted, as it is in wall-clock time.
    """
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return statistics.median(times)


def merge_row(small: int, runs: int) -> None:
    """``merge_duplicates`` on ten times more records of one war: CPU time and findings.

    Measured as the command line and the reports call it (``findings="grouped"``);
    the library's default, one finding per pair, is printed beside it. The
    median is of at least five runs: the smaller size takes a fraction of a
    second, so one busy moment would move a median of three.
    """
    runs = max(runs, 5)
    sizes = (small, small * 10)
    data = {n: list(synthetic.records(n, claims=0.0, one_war=True)) for n in sizes}
    for style in ("grouped", "pairs"):
        times, findings = {}, {}
        for n in sizes:
            times[n] = median_cpu_time(
                lambda n=n, style=style: merge_duplicates(data[n], findings=style), runs
            )
            findings[n] = len(merge_duplicates(data[n], findings=style).findings)
        ratio = times[sizes[1]] / times[sizes[0]]
        linear = findings[sizes[1]] <= 12 * max(1, findings[sizes[0]])
        row(
            f"`merge_duplicates(..., findings={style!r})`, {sizes[0]:,} → {sizes[1]:,} records, "
            "all Russia–Ukraine",
            f"{ratio:.1f}× the time, findings {findings[sizes[0]]:,} → {findings[sizes[1]]:,}",
            "≤ 12×, findings linear",
            ratio <= 12 and linear,
            f"{times[sizes[0]]:.2f} s → {times[sizes[1]]:.2f} s of CPU"
            + ("; what the command line and reports run" if style == "grouped" else ""),
        )


def export_rows(path: Path, runs: int) -> None:
    """``export`` to json and to csv against ``json.dumps`` of the same data."""
    dataset = exchangekit.parse(path)
    with tempfile.TemporaryDirectory() as directory:
        json_path = Path(directory, "out.json")
        exchangekit.export(dataset, json_path, "json")
        tree = json.loads(json_path.read_text(encoding="utf-8"))
        floor = median_time(lambda: json.dumps(tree), runs)
        for name in ("json", "csv"):
            ours = median_time(lambda n=name: _export(dataset, n), runs)
            ratio = ours / floor
            row(
                f"`export` to `{name}` / `json.dumps` of the same data",
                f"{ratio:.1f}×",
                "≤ 2×",
                ratio <= 2,
                f"{ours:.2f} s against {floor:.2f} s",
            )


def _export(dataset: exchangekit.Dataset, name: str) -> None:
    """Export into memory, so the file system's speed is not measured."""
    exchangekit.export(dataset, io.StringIO(), name)


def news_row(runs: int) -> None:
    """The news plugin's throughput on its own corpus, read end to end."""
    try:
        from exchangekit_news import NewsParser
    except ImportError:
        row("news plugin on its corpus", "skipped", "≥ 1 MB/s", None, "exchangekit-news missing")
        return
    corpus = HERE.parent / "plugins" / "exchangekit-news" / "tests" / "corpus"
    # Only the parts named here: a sealed test set (frozen-3, ...) is never read by a benchmark.
    parts = ("dev", "holdout", "frozen", "holdout-2", "frozen-2")
    articles = sorted(p for part in parts for p in (corpus / part).glob("*.txt"))
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in articles) + "\n\n"
    text = (body * (1_000_000 // len(body) + 1))[:1_000_000]  # about 1 MB, as in the issue
    megabytes = len(text.encode("utf-8")) / 1e6

    def work() -> int:
        items = NewsParser().parse(
            io.StringIO(text), source="corpus.txt", published=date(2025, 10, 23), unresolved="skip"
        )
        return sum(1 for _ in items)

    seconds = median_time(work, runs)
    speed = megabytes / seconds
    row(
        "news plugin on its own corpus",
        f"{speed:.2f} MB/s",
        "≥ 1 MB/s",
        speed >= 1,
        f"{megabytes:.2f} MB in {seconds:.2f} s",
    )


IMPORT_OURS = (
    "import exchangekit, exchangekit.api, exchangekit.reconcile, exchangekit.plugins\n"
    "exchangekit.plugins.parsers()\n"
)
IMPORT_DEPENDENCIES = (
    "import attrs, cattrs, cattrs.gen, cattrs.preconf.json, pluggy\n"
    "import dateutil.parser, dateutil.relativedelta\n"
)


def import_seconds(code: str, *, write_bytecode: bool = False) -> tuple[float, float]:
    """CPU and wall-clock seconds a fresh interpreter spends on ``code`` (start-up excluded).

    With ``write_bytecode`` the run writes the ``.pyc`` files it lacks even where
    ``PYTHONDONTWRITEBYTECODE`` is set, as installing from a wheel would have done.
    """
    probe = (
        "import time\ncpu, wall = time.process_time(), time.perf_counter()\n"
        f"{code}print(time.process_time() - cpu, time.perf_counter() - wall)\n"
    )
    env = dict(os.environ)
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    cpu, wall = done.stdout.strip().splitlines()[-1].split()
    return float(cpu), float(wall)


def import_row(runs: int) -> None:
    """Importing exchangekit with its api, reconcile and plugins against its dependencies.

    The ratio is of CPU time (importing runs on one thread; on a shared machine
    the wall clock mostly measures the others); the wall-clock ratio is beside it.
    """
    runs = max(runs, 9)
    # The first runs write byte code (an editable install has none, and a session may set
    # PYTHONDONTWRITEBYTECODE), so no run compiles sources while the dependencies' are ready.
    import_seconds(IMPORT_OURS, write_bytecode=True)
    import_seconds(IMPORT_DEPENDENCIES, write_bytecode=True)
    floors, times = [], []
    for _ in range(runs):  # interleaved, so a busy moment weighs on both sides alike
        floors.append(import_seconds(IMPORT_DEPENDENCIES))
        times.append(import_seconds(IMPORT_OURS))
    floor, ours = (statistics.median(t[0] for t in floors), statistics.median(t[0] for t in times))
    floor_wall = statistics.median(t[1] for t in floors)
    ours_wall = statistics.median(t[1] for t in times)
    ratio = ours / floor
    row(
        "`import exchangekit` + api + reconcile + plugin discovery / the dependencies",
        f"{ratio:.1f}×",
        "≤ 1.5×",
        ratio <= 1.5,
        f"CPU {ours * 1000:.0f} ms against {floor * 1000:.0f} ms; wall clock "
        f"{ours_wall * 1000:.0f} ms against {floor_wall * 1000:.0f} ms "
        f"({ours_wall / floor_wall:.2f}×)",
    )


ROWS = ("parse", "memory", "totals", "merge", "export", "news", "import")


def main() -> None:
    """Generate the data, then print each chosen row of the table as it is measured."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="30,000 records instead of 300,000")
    options.add_argument("--records", type=int, help="how many records to parse")
    options.add_argument("--runs", type=int, default=RUNS, help="runs per time (the median)")
    options.add_argument("--only", nargs="+", choices=ROWS, default=list(ROWS))
    args = options.parse_args()
    n = args.records or (30_000 if args.quick else 300_000)
    merge_small = 1_000 if args.quick else 3_000
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory, "synthetic.jsonl")
        started = time.perf_counter()
        if {"parse", "memory", "totals", "export"} & set(args.only):
            synthetic.write(path, n)
            print(
                f"{n:,} synthetic records, {os.path.getsize(path) / 1e6:,.1f} MB "
                f"(written in {time.perf_counter() - started:.0f} s); "
                f"median of {args.runs} runs\n"
            )
        print("| measure | now | goal | verdict | detail |")
        print("|---|---|---|---|---|")
        if "parse" in args.only:
            parse_row(path, args.runs)
        if "memory" in args.only:
            memory_row(path)
        if "totals" in args.only:
            totals_row(path, args.runs)
        if "merge" in args.only:
            merge_row(merge_small, args.runs)
        if "export" in args.only:
            export_rows(path, args.runs)
        if "news" in args.only:
            news_row(args.runs)
        if "import" in args.only:
            import_row(args.runs)


if __name__ == "__main__":
    main()
