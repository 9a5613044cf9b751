"""Precision and recall of the news parser on its hand-coded corpus, with every miss listed.

Run from the repository root after installing the plugin
(``pip install -e plugins/exchangekit-news``)::

    python benchmarks/news_accuracy.py [corpus directory ...]

The corpus has three parts: ``dev`` (articles the rules were developed
against), ``holdout`` (written before the rules and not tuned on) and
``frozen`` (issue 8's test set, written by someone who saw neither rules nor
dev corpus). Without arguments only ``dev`` and ``holdout`` are scored: the
frozen set is scored once, deliberately, by naming its directory.

``measured`` is the measure of issue 8 (direction, category and value; dates
apart); ``figures`` and ``with attribution`` are the older, date-keyed scores.
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


def _dates(score: Score) -> str:
    right = f"right {score.date_accuracy:6.1%}  ({score.dated} of {score.found})"
    return f"{'dates of found figures':<26} {right}"


def report(directory: Path) -> tuple[Score, Score, Score]:
    """Print the scores of one corpus directory; return them (measured, figures, attributed)."""
    scores: list[ArticleScore] = score_corpus(directory)
    measured = sum((s.measured for s in scores), Score())
    figures = sum((s.figures for s in scores), Score())
    attributed = sum((s.attributed for s in scores), Score())
    print(f"\n== {directory.name}: {len(scores)} articles")
    print(_line("measured", measured))
    print(_dates(measured))
    print(_line("figures", figures))
    print(_line("figures with attribution", attributed))
    for title, lines in (
        ("measured: missed", measured.misses),
        ("measured: false positives", measured.false_positives),
        ("measured: wrong dates", measured.misdated),
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
    return measured, figures, attributed


def main(argv: list[str]) -> int:
    """Score the directories named, or ``dev`` and ``holdout`` when none are."""
    directories = [Path(a) for a in argv] or [CORPUS / "dev", CORPUS / "holdout"]
    total_measured, total, total_attributed = Score(), Score(), Score()
    for directory in directories:
        try:
            measured, figures, attributed = report(directory)
        except ValueError as error:  # an answer file outside the format: say which and stop
            print(f"news_accuracy: {directory.name}/{error}", file=sys.stderr)
            return 2
        total_measured = total_measured + measured
        total, total_attributed = total + figures, total_attributed + attributed
    print("\n== all")
    print(_line("measured", total_measured))
    print(_dates(total_measured))
    print(_line("figures", total))
    print(_line("figures with attribution", total_attributed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
