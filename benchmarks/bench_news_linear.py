"""Whether the news parser's cost per sentence grows with the length of the article.

Run ``python benchmarks/bench_news_linear.py`` from the repository root
(``--quick`` for fewer paragraphs). A long synthetic article of seeded,
varied paragraphs (swaps, returns of bodies, casualty claims and running
totals, each with a day, a teller and a figure) is parsed whole, and the same
paragraphs are parsed as separate short articles, in the same process. The
parser carries what it has read from sentence to sentence, so a rule that
looks back over the whole article, or a store that is searched from its start
for every figure, makes the long article cost more per sentence than the
short ones. The ratio of the two times is printed for two lengths: near 1 at
both, the work is linear in the article's length; a ratio that grows with the
length (about doubling when the length doubles) is a quadratic step.

Each time is the best of a few runs; records are consumed as they come and
dropped. Nothing is asserted: a timed check fails on a busy machine.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from collections import deque
from datetime import date

from exchangekit_news import NewsParser

PUBLISHED = date(2025, 10, 23)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TELLERS = ("the Coordination Headquarters", "the defence ministry", "officials in Kyiv")

# Paragraph templates in the style of wire copy: every one has figures, a day or a
# month, and a teller, so the rules that read figures and dates all run.
TEMPLATES = (
    "Russia and Ukraine swapped {a} prisoners of war each on {day}, {teller} said. "
    "The exchange was brokered by the United Arab Emirates, the {n}th such deal this year.",
    "Ukraine received the bodies of {b} soldiers on {d} {month}, {teller} said, "
    "and handed over {c} bodies to Russia in return.",
    "Since the start of the war, {t} Ukrainians have been brought home from captivity, "
    "according to {teller}. The latest group of {a} came back on {day}.",
    "Kyiv said on {day} that Russia had lost more than {k} troops killed since February 2022. "
    "Moscow does not publish its own figures.",
    "In {month}, {b} bodies were repatriated to Ukraine in two handovers, {teller} said. "
    "Of them, {c} were identified within weeks.",
    "The {a} freed on {day} included {c} civilians and several wounded servicemen, "
    "{teller} said in a statement.",
)


def paragraphs(count: int, seed: int = 8) -> list[str]:
    """``count`` seeded paragraphs, each a short story of its own."""
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        template = rng.choice(TEMPLATES)
        found.append(
            template.format(
                a=rng.randrange(100, 400),
                b=rng.randrange(100, 1200),
                c=rng.randrange(5, 90),
                t=f"{rng.randrange(3000, 6000):,}",
                k=f"{rng.randrange(40, 90) * 1000:,}",
                n=rng.randrange(4, 9),
                d=rng.randrange(1, 28),
                day=rng.choice(DAYS),
                month=rng.choice(MONTHS),
                teller=rng.choice(TELLERS),
            )
        )
    return found


def _parse(text: str) -> None:
    records = NewsParser().parse(
        io.StringIO(text), source="bench.txt", published=PUBLISHED, unresolved="skip"
    )
    deque(records, maxlen=0)


def _best(repeat: int, work: list[str]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in work:
            _parse(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    """Print the long article's time over the short articles' time at two lengths."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="100 and 200 paragraphs")
    options.add_argument("--repeat", type=int, default=3, help="runs per timing (best kept)")
    args = options.parse_args(argv)
    sizes = (100, 200) if args.quick else (200, 800)
    _parse("\n\n".join(paragraphs(20)))  # imports and first-use caches, not timed
    print(f"{'paragraphs':>10} {'kB':>7} {'long s':>8} {'short s':>8} {'long/short':>10}")
    for size in sizes:
        parts = paragraphs(size)
        whole = "\n\n".join(parts)
        long = _best(args.repeat, [whole])
        short = _best(args.repeat, parts)
        kb = len(whole.encode("utf-8")) / 1000
        print(f"{size:>10} {kb:>7.0f} {long:>8.2f} {short:>8.2f} {long / short:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
