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

An answer may also list stated running totals under ``"tallies"``
(``{"receiver": "UKR", "sender": "RUS", "category": "remains", "count":
"some 9,000", "covers": "2022-02-24/2025-10-23", "as_of": "2025-10-23",
"claimant": ..., "exchange_count": 58}``; ``receiver`` and ``sender`` may be
null for a two-way total; ``count`` may be null for a tally that gives only the
number of exchanges, and such a tally is then matched on its
``exchange_count``), and any object may carry a
free-text ``"notes"`` that the scorer ignores.

Each transfer, claim and tally is one *figure*. Three scores are kept:

- ``measured`` (the measure of issue 8): a figure is found when the parser
  gives the same kind of record, the same *direction* (the receiver of a
  transfer or tally, the subject of a claim), the same category and the same
  count (read with :meth:`exchangekit.Count.parse`, so "about 1,000" and
  "around 1,000" agree). The date is checked separately: ``dated`` counts
  the found figures whose date (an exchange's period, a claim's or tally's
  ``as_of``) agrees too. A reversed direction, a plan read as done or a
  total read as one direction is a false positive.
- ``figures``: transfers and claims only, keyed on date, sender and receiver,
  category and count (the older, stricter key the corpus floors were set on).
- ``attributed``: as ``figures``, plus who said it, the intermediaries, the
  method and whether a caveat was kept. Who said it is compared by what it
  names, not by its spelling: an answer's "Russian defence ministry", "Kyiv"
  or "UN human rights monitoring mission in Ukraine" and the parser's
  "Russian Ministry of Defence", "Ukrainian government" or "UN Human Rights
  Monitoring Mission in Ukraine" are one speaker each (see :func:`speaker_key`).
"""

from __future__ import annotations

import functools
import io
import json
from collections import Counter
from collections.abc import Hashable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, Final

import attrs

from exchangekit import (
    CasualtyClaim,
    Count,
    CountParseError,
    Exchange,
    ExchangeTally,
    ParseError,
    Party,
    Period,
    Precision,
    Source,
    SourceKind,
    UnknownPartyError,
)
from exchangekit_news.parser import NewsParser

__all__ = ["ArticleScore", "Score", "score_article", "score_corpus", "speaker_key"]


@attrs.frozen
class Score:
    """Figures found, missed and wrongly read, with a line describing each miss and error."""

    found: int = 0
    expected: int = 0
    extracted: int = 0
    misses: tuple[str, ...] = ()
    false_positives: tuple[str, ...] = ()
    dated: int = 0
    misdated: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        """Share of extracted figures that are right (1.0 when nothing was extracted)."""
        return self.found / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        """Share of expected figures that were extracted (1.0 when none were expected)."""
        return self.found / self.expected if self.expected else 1.0

    @property
    def date_accuracy(self) -> float:
        """Share of found figures whose date is right too (1.0 when none were found).

        Only the ``measured`` score keys figures without their date; in the
        others a figure with a wrong date is not found at all.
        """
        return self.dated / self.found if self.found else 1.0

    def __add__(self, other: Score) -> Score:
        """Pool two scores, so a corpus's score is the sum of its articles'."""
        return Score(
            self.found + other.found,
            self.expected + other.expected,
            self.extracted + other.extracted,
            self.misses + other.misses,
            self.false_positives + other.false_positives,
            self.dated + other.dated,
            self.misdated + other.misdated,
        )


@attrs.frozen
class ArticleScore:
    """An article's score on figures alone and on figures with their attribution."""

    name: str
    figures: Score
    attributed: Score
    errors: tuple[str, ...] = ()
    measured: Score = Score()


# Words that leave a party's name naming its government: "the Russian side", "Ukrainian officials".
_GOVERNMENT_WORDS: Final = frozenset(
    {"the", "side", "officials", "authorities", "government", "leadership", "'s"}
)


@functools.cache
def speaker_key(name: str | None) -> str | None:
    """The speaker ``name`` names, as the parser's own lexicon reads it, for comparing.

    Answer files name speakers in free text ("Russian defence ministry",
    "Kyiv", "UAE foreign ministry"); the parser gives canonical names ("Russian
    Ministry of Defence", "Ukrainian government", "United Arab Emirates
    Ministry of Foreign Affairs"). Comparing the spellings would count every
    such figure as wrongly attributed, so both sides are read with the same
    lexicon: a name that is one known speaker, or a party alone ("Kyiv", "the
    Russian side"), becomes that speaker's canonical name; any other name is
    compared as written, ignoring case and spacing.
    """
    if name is None:
        return None
    from exchangekit_news._lexicon import Role, government
    from exchangekit_news._mentions import find_mentions
    from exchangekit_news._tokens import tokenize
    from exchangekit_news.parser import _grammar

    text = f"{name} said."
    tokens = tokenize(text)
    words = len(tokens) - 2  # the name's own tokens, before "said" and "."
    mentions = find_mentions(tokens, 0, len(tokens), text, _grammar()[0])
    rest = {t.norm for t in tokens[:words]}
    for source in mentions.sources:
        entry = source.entry
        if entry is not None and source.last - source.first >= words - 1:
            if entry.role is Role.GOVERNMENT and entry.party is not None:
                # "the Russian side", "Moscow", "Russia": the state as a whole
                entry = government(entry.party, Party.lookup(entry.party).name)
            return entry.name.casefold()
    parties = [p for p in mentions.parties if p.last <= words]
    if len(parties) == 1:
        party = parties[0]
        rest -= {t.norm for t in tokens[party.first : party.last]}
        if rest <= _GOVERNMENT_WORDS:
            registry = Party.lookup(party.code)
            return government(party.code, registry.name).name.casefold()
    return " ".join(name.casefold().split())


def _party_key(name: str) -> str:
    """The code of the party a mediator's name registers ("Qatar" is QAT), as the parser
    gives it; a name the registry does not hold is compared as written.
    """
    try:
        return Party.lookup(name).code
    except UnknownPartyError:
        return name


def _period(text: str) -> str:
    return Period.parse(text).format()


def _count(text: str | None) -> Count | str:
    """The count an answer codes; a phrase the figure grammar cannot read stays text.

    Such a figure can never be matched (the parser reads counts with the same
    grammar), so it counts as a miss rather than stopping the scoring.
    """
    if text is None:
        return "no count"
    try:
        return Count.parse(text)
    except CountParseError:
        return f"unreadable count {text!r}"


def _tally_count(tally: dict[str, Any]) -> Hashable:
    """A coded tally's figure: its count, or for one with none its number of exchanges.

    "The 61st exchange" gives only how many exchanges there were; it is matched
    on that number, never on a count of people.
    """
    if tally["count"] is not None:
        return _count(tally["count"])
    stated = tally.get("exchange_count")
    if stated is None:
        return "no count"
    return _exchanges_key(_count(str(stated)))


def _exchanges_key(count: Count | str | None) -> str:
    """The figure key of a tally that gives only its number of exchanges."""
    return f"in {count} exchanges"


# Counts an answer may code verbatim for a direction that repeats the other one's figure.
_ECHOES: Final = frozenset({"the same number", "the same numbers", "an equal number"})


def _transfer_counts(transfers: list[dict[str, Any]]) -> list[Count | str]:
    """The counts of one exchange's coded transfers, each echo resolved to its figure.

    Answer files may code a direction given only as "the same number" with
    that phrase (it is what the article says). It means the figure of the
    opposite direction in the same exchange, of the same category where one is
    coded, else the first listed; an echo with no such figure stays unreadable.
    """
    counts = [_count(t["count"]) for t in transfers]
    for i, t in enumerate(transfers):
        if " ".join(str(t["count"]).casefold().split()) not in _ECHOES:
            continue
        opposite = [
            j
            for j, o in enumerate(transfers)
            if o["sender"] == t["receiver"]
            and o["receiver"] == t["sender"]
            and isinstance(counts[j], Count)
        ]
        alike = [j for j in opposite if transfers[j]["category"] == t["category"]]
        chosen = (alike or opposite)[:1]
        if chosen:
            counts[i] = counts[chosen[0]]
    return counts


def _optional_period(text: str | None) -> str | None:
    return None if not text else _period(text)


# A measured figure: (record kind, direction, category, count) and, apart, its date.
_Measured = tuple[tuple[Hashable, ...], str | None]


def _measured_expected(answer: dict[str, Any]) -> list[_Measured]:
    """The answer file's figures keyed on direction, category and count, with their dates."""
    keys: list[_Measured] = []
    for exchange in answer.get("exchanges", []):
        period = _optional_period(exchange.get("period"))
        transfers = exchange.get("transfers", [])
        for t, count in zip(transfers, _transfer_counts(transfers), strict=True):
            key: tuple[Hashable, ...] = ("transfer", f"to {t['receiver']}", t["category"], count)
            keys.append((key, period))
    for c in answer.get("claims", []):
        key = ("claim", f"of {c['subject']}", c["category"], _count(c["count"]))
        keys.append((key, _optional_period(c.get("as_of"))))
    for t in answer.get("tallies", []):
        receiver = t.get("receiver") or "both"
        key = ("tally", f"to {receiver}", t["category"], _tally_count(t))
        keys.append((key, _optional_period(t.get("as_of"))))
    return keys


def _measured_extracted(
    records: Iterable[Exchange | CasualtyClaim | ExchangeTally],
) -> list[_Measured]:
    """The parser's figures keyed as :func:`_measured_expected` keys the answers."""
    keys: list[_Measured] = []
    for record in records:
        if isinstance(record, Exchange):
            for t in record.transfers:
                key: tuple[Hashable, ...] = (
                    "transfer",
                    f"to {t.receiver.code}",
                    t.category.value,
                    t.count,
                )
                keys.append((key, record.period.format()))
        elif isinstance(record, CasualtyClaim):
            key = ("claim", f"of {record.subject.code}", record.category.value, record.count)
            keys.append((key, record.as_of.format()))
        else:
            # A two-way tally's receiver is the joint party of both sides.
            receiver = "both" if len(record.receiver.members) > 1 else record.receiver.code
            counted = record.count
            key = (
                "tally",
                f"to {receiver}",
                record.category.value,
                _exchanges_key(record.exchange_count) if counted is None else counted,
            )
            keys.append((key, record.as_of.format()))
    return keys


def _compare_measured(name: str, expected: list[_Measured], extracted: list[_Measured]) -> Score:
    """Match figures on their key; then, among the matched ones, count those dated right."""
    want = Counter(key for key, _ in expected)
    got = Counter(key for key, _ in extracted)
    found = sum((want & got).values())
    dated = 0
    misdated: list[str] = []
    for key in want & got:
        want_dates = Counter(d for k, d in expected if k == key)
        got_dates = Counter(d for k, d in extracted if k == key)
        right = sum((want_dates & got_dates).values())
        matched = min(want[key], got[key])
        dated += min(right, matched)
        if right < matched:
            given = ", ".join(str(d) for d in (got_dates - want_dates).elements())
            coded = ", ".join(str(d) for d in (want_dates - got_dates).elements())
            misdated.append(f"{name}: {_described(key)} dated {given}, expected {coded}")
    misses = tuple(f"{name}: {_described(k)}" for k in (want - got).elements())
    wrong = tuple(f"{name}: {_described(k)}" for k in (got - want).elements())
    return Score(found, len(expected), len(extracted), misses, wrong, dated, tuple(misdated))


def _publisher(value: Any, where: str) -> Source:
    """The publisher an answer file names; an unknown kind is an error naming the file."""
    if isinstance(value, str):
        return Source(value, SourceKind.MEDIA)
    party = Party.lookup(value["party"]) if value.get("party") else None
    kind = value.get("kind", "media")
    try:
        chosen = SourceKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in SourceKind)
        raise ValueError(f"{where}: publisher.kind {kind!r} is not one of {known}") from None
    return Source(value["name"], chosen, party)


def _described(key: tuple[Hashable, ...]) -> str:
    return " ".join(str(part) for part in key)


def _expected_keys(
    answer: dict[str, Any],
) -> tuple[list[tuple[Hashable, ...]], list[tuple[Hashable, ...]]]:
    loose: list[tuple[Hashable, ...]] = []
    strict: list[tuple[Hashable, ...]] = []
    for exchange in answer.get("exchanges", []):
        period = _optional_period(exchange.get("period"))
        via = tuple(sorted(_party_key(n) for n in exchange.get("intermediaries") or ()))
        transfers = exchange.get("transfers", [])
        for t, count in zip(transfers, _transfer_counts(transfers), strict=True):
            key: tuple[Hashable, ...] = (
                "transfer",
                period,
                f"{t['sender']}->{t['receiver']}",
                t["category"],
            )
            loose.append((*key, count))
            said = speaker_key(t.get("attributed_to"))
            strict.append((*key, count, f"said by {said}", f"via {via}"))
    for c in answer.get("claims", []):
        as_of = _optional_period(c.get("as_of"))
        key = ("claim", c["subject"], c["category"], _count(c["count"]), as_of)
        loose.append(key)
        caveat = "with caveat" if c.get("caveated") else "no caveat"
        strict.append((*key, f"by {speaker_key(c.get('claimant'))}", c.get("method"), caveat))
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
                said = speaker_key(t.attributed_to.name if t.attributed_to is not None else None)
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
            claimant = speaker_key(record.claimant.name)
            strict.append((*key, f"by {claimant}", record.method.value, caveat))
    return loose, strict


def _compare(
    name: str, expected: list[tuple[Hashable, ...]], extracted: list[tuple[Hashable, ...]]
) -> Score:
    want, got = Counter(expected), Counter(extracted)
    found = sum((want & got).values())
    misses = tuple(f"{name}: {_described(k)}" for k in (want - got).elements())
    wrong = tuple(f"{name}: {_described(k)}" for k in (got - want).elements())
    return Score(found, len(expected), len(extracted), misses, wrong)


def _published_day(text: str | None, where: str) -> date | None:
    """The publication day of an answer file, or None when it names only a month or a year.

    A page dated "July 2025" has no day to resolve "on Thursday" against: the parser is
    then run without one, so what it cannot date is skipped and scored as missed.
    """
    if not text:
        return None
    try:
        period = Period.parse(text)
    except ValueError:
        raise ValueError(f"{where}: answer file is malformed: published {text!r}") from None
    return period.start if period.precision is Precision.DAY else None


def score_article(article: Path, answer: Path | None = None) -> ArticleScore:
    """Parse ``article`` with the options in its answer file and compare the figures.

    A sentence the rules fail on raises (``sentence_errors="raise"``) rather than
    being left out: a score must not hide a bug as a figure missed.
    """
    answer = answer or article.with_suffix(".json")
    coded = json.loads(answer.read_text(encoding="utf-8"))
    published = _published_day(coded.get("published"), answer.name)
    publisher = coded.get("publisher") or f"publisher of {article.name}"
    items = NewsParser().parse(
        io.StringIO(article.read_text(encoding="utf-8")),
        source=article.name,
        published=published,
        publisher=_publisher(publisher, answer.name),
        unresolved="skip",
        sentence_errors="raise",
    )
    records: list[Exchange | CasualtyClaim | ExchangeTally] = []
    errors: list[str] = []
    for item in items:
        if isinstance(item, Exchange | CasualtyClaim | ExchangeTally):
            records.append(item)
        elif isinstance(item, ParseError):
            errors.append(str(item))
    try:
        want_loose, want_strict = _expected_keys(coded)
        want_measured = _measured_expected(coded)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{answer}: answer file is malformed: {exc!r}") from None
    got_loose, got_strict = _extracted_keys(
        r for r in records if isinstance(r, Exchange | CasualtyClaim)
    )
    return ArticleScore(
        article.name,
        _compare(article.name, want_loose, got_loose),
        _compare(article.name, want_strict, got_strict),
        tuple(errors),
        _compare_measured(article.name, want_measured, _measured_extracted(records)),
    )


def score_corpus(directory: Path) -> list[ArticleScore]:
    """Score every ``.txt`` and ``.html`` article in ``directory`` that has an answer file."""
    articles = sorted(
        p
        for p in directory.iterdir()
        if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists()
    )
    return [score_article(p) for p in articles]
