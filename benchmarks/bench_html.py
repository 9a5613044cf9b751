"""How long the HTML report for 10,000 exchanges takes to write and to render in Chromium.

Measured, never asserted (see README). Needs the exchangekit-html plugin with
its test extra, and the system's chromium and chromedriver. Prints the time to
build and render the page in Python, its size, and the browser's time from
navigation to the end of the load event, then to the first layout; then how
long following a link to the last record takes, and laying out every block.
Run with ``python benchmarks/bench_html.py [--exchanges 10000]``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from exchangekit import (
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
)

FIRST_DAY = date(2022, 3, 1)
COUNTS = (Count.exact(1000), Count.approx(1000), Count.exact(31), Count.at_least(50))


def generate(n: int, seed: int) -> Dataset:
    """``n`` exchanges over three years between two parties, with a source and a note each."""
    rng = random.Random(seed)
    ukr, rus = Party.lookup("UKR"), Party.lookup("RUS")
    exchanges = []
    for i in range(n):
        day = Period.day(FIRST_DAY + timedelta(days=rng.randrange(3 * 365)))
        sender, receiver = (rus, ukr) if rng.random() < 0.5 else (ukr, rus)
        category = rng.choice((PersonCategory.REMAINS, PersonCategory.PRISONERS_OF_WAR))
        source = Source(f"Outlet {i % 50}", SourceKind.MEDIA, url=f"https://example.org/{i}")
        exchanges.append(
            Exchange(
                kind=ExchangeKind.PRISONER_SWAP,
                period=day,
                transfers=[Transfer(sender, receiver, category, rng.choice(COUNTS))],
                sources=[source],
                notes=[f"Synthetic handover number {i}."],
                id=f"x{i}",
            )
        )
    return Dataset(exchanges=exchanges)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exchanges", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    from exchangekit_html.exporter import render
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    dataset = generate(args.exchanges, args.seed)
    start = time.perf_counter()
    text = render(dataset)
    built = time.perf_counter() - start
    folder = Path(tempfile.mkdtemp())
    page = folder / "report.html"
    page.write_text(text, encoding="utf-8")
    print(f"{args.exchanges:,} exchanges: built in {built:.2f} s, {len(text.encode()):,} bytes")

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver_path = shutil.which("chromedriver")
    if driver_path is None:
        raise SystemExit("chromedriver is not installed (apt-get install chromium-driver)")
    browser = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        start = time.perf_counter()
        browser.get(page.as_uri())
        browser.execute_script("return document.body.getBoundingClientRect().height")
        wall = time.perf_counter() - start
        load = browser.execute_script(
            "const t = performance.getEntriesByType('navigation')[0];"
            "return [t.domContentLoadedEventEnd, t.loadEventEnd];"
        )
        print(
            f"  browser: DOM ready {load[0] / 1000:.2f} s, load event done {load[1] / 1000:.2f} s, "
            f"opened and laid out in {wall:.2f} s wall-clock"
        )
        # Following a link to the last record lays out the block that holds it;
        # laying out every block at once is what printing the page costs.
        jump, everything = browser.execute_script(
            """
            const records = document.querySelectorAll('ul.records > li[id]');
            let start = performance.now();
            location.hash = '#' + records[records.length - 1].id;
            records[records.length - 1].getBoundingClientRect();
            const jump = performance.now() - start;
            start = performance.now();
            for (const block of document.querySelectorAll('.batch'))
                block.style.contentVisibility = 'visible';
            document.body.getBoundingClientRect();
            return [jump, performance.now() - start];
            """
        )
        print(
            f"  jump to the last record {jump / 1000:.2f} s; "
            f"lay out the whole page (as for printing) {everything / 1000:.2f} s"
        )
    finally:
        browser.quit()
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
