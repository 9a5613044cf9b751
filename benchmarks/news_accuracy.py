"""Precision and recall of the news parser on its hand-coded corpus, with every miss listed.

Run from the repository root after installing the plugin
(``pip install -e plugins/exchangekit-news``)::

    python benchmarks/news_accuracy.py [corpus directory ...]

The corpus has two parts: ``dev`` (articles the rules were developed
against) and ``holdout`` (written before the rules and not tuned on), so the
second score says how the rules do on text they were not fitted to.
"""

from __future__ import annotations

import sys
from pathlib import Path

from exchangekit_news.evaluation import ArticleScore, Score, score_corpus

CORPUS = (
    Path(__file__).resolve().parent.parent / "plugins" / "exchangekit-news" / "tests" / "corpus"
)


def _line(label: str, score: Score) -> str:
    return (
        f"{label:<26} precision {score.precision:6.1%}  recall {score.recall:6.1%}  "
        f"({score.found} found of {score.expected} expected, {score.extracted} extracted)"
    )


def report(directory: Path) -> tuple[Score, Score]:
    """Print the scores of one corpus directory and return them (figures, with attribution)."""
    scores: list[ArticleScore] = score_corpus(directory)
    figures = sum((s.figures for s in scores), Score())
    attributed = sum((s.attributed for s in scores), Score())
    print(f"\n== {directory.name}: {len(scores)} articles")
    print(_line("figures", figures))
    print(_line("figures with attribution", attributed))
    for title, lines in (
        ("missed figures", figures.misses),
        ("false positives", figures.false_positives),
        ("missed with attribution", attributed.misses),
        ("wrong with attribution", attributed.false_positives),
    ):
        print(f"-- {title}: {len(lines)}")
        for line in lines:
            print(f"   {line}")
    errors = [e for s in scores for e in s.errors]
    print(f"-- recoverable errors reported by the parser: {len(errors)}")
    for error in errors:
        print(f"   {error}")
    return figures, attributed


def main(argv: list[str]) -> int:
    directories = [Path(a) for a in argv] or sorted(p for p in CORPUS.iterdir() if p.is_dir())
    total, total_attributed = Score(), Score()
    for directory in directories:
        figures, attributed = report(directory)
        total, total_attributed = total + figures, total_attributed + attributed
    print("\n== all")
    print(_line("figures", total))
    print(_line("figures with attribution", total_attributed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
