"""Scores the news parser against articles whose answers were coded by hand.

An answer file is JSON beside its article (``article.txt`` and
``article.json``)::

    {
      "published": "2025-10-23",
      "publisher": "Daily Europe",            (or {"name": ..., "kind": "research"})
      "exchanges": [{"period": "2025-10-23", "kind": "repatriation_of_remains",
                     "intermediaries": ["ICRC"],
                     "transfers": [{"sender": "RUS", "receiver": "UKR",
                                    "category": "remains", "count": "1,000",
                                    "attributed_to": "Russian side"}]}],
      "claims": [{"subject": "UKR", "category": "killed", "count": "over 46,000",
                  "as_of": "2025-02", "claimant": "Volodymyr Zelensky",
                  "method": "official_statement", "caveated": false}]
    }

Each transfer and each claim is one *figure*. A figure is found when the
parser gives the same date, parties, category and count (read with
:meth:`exchangekit.Count.parse`, so "about 1,000" and "around 1,000" agree);
it is found *with its attribution* when, in addition, who said it, the
intermediaries, the method and whether a caveat was kept all agree.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Hashable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import attrs

from exchangekit import (
    CasualtyClaim,
    Count,
    Exchange,
    ParseError,
    Party,
    Period,
    Source,
    SourceKind,
)
from exchangekit_news.parser import NewsParser

__all__ = ["ArticleScore", "Score", "score_article", "score_corpus"]


@attrs.frozen
class Score:
    """Figures found, missed and wrongly read, with a line describing each miss and error."""

    found: int = 0
    expected: int = 0
    extracted: int = 0
    misses: tuple[str, ...] = ()
    false_positives: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        """Share of extracted figures that are right (1.0 when nothing was extracted)."""
        return self.found / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        """Share of expected figures that were extracted (1.0 when none were expected)."""
        return self.found / self.expected if self.expected else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.found + other.found,
            self.expected + other.expected,
            self.extracted + other.extracted,
            self.misses + other.misses,
            self.false_positives + other.false_positives,
        )


@attrs.frozen
class ArticleScore:
    """An article's score on figures alone and on figures with their attribution."""

    name: str
    figures: Score
    attributed: Score
    errors: tuple[str, ...] = ()


def _period(text: str) -> str:
    return Period.parse(text).format()


def _count(text: str) -> Count:
    return Count.parse(text)


def _publisher(value: Any) -> Source:
    if isinstance(value, str):
        return Source(value, SourceKind.MEDIA)
    party = Party.lookup(value["party"]) if value.get("party") else None
    return Source(value["name"], SourceKind(value.get("kind", "media")), party)


def _described(key: tuple[Hashable, ...]) -> str:
    return " ".join(str(part) for part in key)


def _expected_keys(
    answer: dict[str, Any],
) -> tuple[list[tuple[Hashable, ...]], list[tuple[Hashable, ...]]]:
    loose: list[tuple[Hashable, ...]] = []
    strict: list[tuple[Hashable, ...]] = []
    for exchange in answer["exchanges"]:
        period = _period(exchange["period"])
        via = tuple(sorted(exchange["intermediaries"]))
        for t in exchange["transfers"]:
            key: tuple[Hashable, ...] = (
                "transfer",
                period,
                f"{t['sender']}->{t['receiver']}",
                t["category"],
            )
            count = _count(t["count"])
            loose.append((*key, count))
            strict.append((*key, count, f"said by {t['attributed_to']}", f"via {via}"))
    for c in answer["claims"]:
        key = ("claim", c["subject"], c["category"], _count(c["count"]), _period(c["as_of"]))
        loose.append(key)
        caveat = "with caveat" if c["caveated"] else "no caveat"
        strict.append((*key, f"by {c['claimant']}", c["method"], caveat))
    return loose, strict


def _extracted_keys(
    records: Iterable[Exchange | CasualtyClaim],
) -> tuple[list[tuple[Hashable, ...]], list[tuple[Hashable, ...]]]:
    loose: list[tuple[Hashable, ...]] = []
    strict: list[tuple[Hashable, ...]] = []
    for record in records:
        if isinstance(record, Exchange):
            via = tuple(sorted(p.code for p in record.intermediaries))
            for t in record.transfers:
                key: tuple[Hashable, ...] = (
                    "transfer",
                    record.period.format(),
                    f"{t.sender.code}->{t.receiver.code}",
                    t.category.value,
                    t.count,
                )
                said = t.attributed_to.name if t.attributed_to is not None else None
                loose.append(key)
                strict.append((*key, f"said by {said}", f"via {via}"))
        else:
            key = (
                "claim",
                record.subject.code,
                record.category.value,
                record.count,
                record.as_of.format(),
            )
            loose.append(key)
            caveat = "with caveat" if record.caveats else "no caveat"
            strict.append((*key, f"by {record.claimant.name}", record.method.value, caveat))
    return loose, strict


def _compare(
    name: str, expected: list[tuple[Hashable, ...]], extracted: list[tuple[Hashable, ...]]
) -> Score:
    want, got = Counter(expected), Counter(extracted)
    found = sum((want & got).values())
    misses = tuple(f"{name}: {_described(k)}" for k in (want - got).elements())
    wrong = tuple(f"{name}: {_described(k)}" for k in (got - want).elements())
    return Score(found, len(expected), len(extracted), misses, wrong)


def score_article(article: Path, answer: Path | None = None) -> ArticleScore:
    """Parse ``article`` with the options in its answer file and compare the figures."""
    answer = answer or article.with_suffix(".json")
    coded = json.loads(answer.read_text(encoding="utf-8"))
    published = date.fromisoformat(coded["published"]) if coded.get("published") else None
    items = NewsParser().parse(
        io.StringIO(article.read_text(encoding="utf-8")),
        source=article.name,
        published=published,
        publisher=_publisher(coded["publisher"]),
        unresolved="skip",
    )
    records: list[Exchange | CasualtyClaim] = []
    errors: list[str] = []
    for item in items:
        if isinstance(item, Exchange | CasualtyClaim):
            records.append(item)
        elif isinstance(item, ParseError):
            errors.append(str(item))
    want_loose, want_strict = _expected_keys(coded)
    got_loose, got_strict = _extracted_keys(records)
    return ArticleScore(
        article.name,
        _compare(article.name, want_loose, got_loose),
        _compare(article.name, want_strict, got_strict),
        tuple(errors),
    )


def score_corpus(directory: Path) -> list[ArticleScore]:
    """Score every ``.txt`` and ``.html`` article in ``directory`` that has an answer file."""
    articles = sorted(
        p
        for p in directory.iterdir()
        if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists()
    )
    return [score_article(p) for p in articles]
