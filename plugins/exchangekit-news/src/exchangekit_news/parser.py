"""The ``news`` parser: English reporting in, exchanges and casualty claims with provenance out."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar, Final, TextIO

from exchangekit import DEFAULT_REGISTRY, ParseError, RecordSkipped, Source, SourceKind
from exchangekit.formats import Item, Parser, Provenance
from exchangekit_news._markup import Text, looks_like_html, read_html, read_plain

if TYPE_CHECKING:
    from exchangekit_news._assemble import Assembler, Unresolved
    from exchangekit_news._extract import SentenceFacts
    from exchangekit_news._mentions import Lexicon
    from exchangekit_news._tables import TableReading
    from exchangekit_news._tokens import Token

__all__ = ["CONFLICT_START", "NewsParser", "read_text"]

CONFLICT_START: Final = date(2022, 2, 24)
"""Where a running total's span begins unless the text says otherwise: the full-scale invasion."""

_HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml")
# Troops sent to fight beside one side (North Korea's) have losses of their own, but
# their state is not "the other side" of "the enemy" or of whoever holds captives.
_ALLIES: Final = frozenset({"PRK"})
# Words that open a link to another story: "Read more: ...", "See also: ...".
_LINK_OPENERS: Final = (["read", "more"], ["read", "also"], ["see", "also"], ["also", "read"])
_HEAD_LINES: Final = 6  # the sentences of a text's head, where a line of its month may stand
# How many times a text is read at most: once, then again without each sentence that failed
# (a sentence may fail only once another is left out: it is left out in turn).
_READINGS: Final = 3
_QUOTED_WORDS: Final = 8  # the words of a sentence left out that its error quotes


@functools.cache
def _grammar() -> tuple[Lexicon, tuple[str, ...]]:
    """The registry's lexicon and the belligerents' codes, built on the first parse.

    Building them, and importing the rules that use them, is most of what the plugin
    costs; plugin discovery imports this module, so that cost waits for a real parse.
    The date grammar :meth:`exchangekit.Period.parse` loads on first use (with dateutil)
    is imported here too: the rules read dates in nearly every text.
    """
    import exchangekit._dates  # noqa: F401
    from exchangekit_news._mentions import MEDIATOR_CODES, lexicon

    belligerents = tuple(p.code for p in DEFAULT_REGISTRY if p.code not in MEDIATOR_CODES | _ALLIES)
    return lexicon(iter(DEFAULT_REGISTRY)), belligerents


def _published(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            try:
                return datetime.fromisoformat(value.strip()).date()
            except ValueError:
                raise ParseError(
                    f"{value!r} is not a date; give a datetime.date or an ISO date "
                    "such as '2025-10-23'",
                    field="published",
                ) from None
    raise TypeError(f"published must be a date or an ISO date string, got {value!r}")


def _publisher(value: object, url: object, published: date | None, source: str) -> Source:
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a string, got {url!r}")
    if value is None:
        return Source(f"publisher of {source}", SourceKind.MEDIA, None, url, published)
    if isinstance(value, Source):
        return Source(
            value.name,
            value.kind,
            value.party,
            value.url if url is None else url,
            value.published if published is None else published,
        )
    if isinstance(value, str):
        if not value.strip():
            raise ParseError("the publisher's name is empty", field="publisher")
        return Source(value.strip(), SourceKind.MEDIA, None, url, published)
    raise TypeError(f"publisher must be a name (str) or an exchangekit.Source, got {value!r}")


def read_text(raw: str, *, markup: str = "auto", source: str = "") -> Text:
    """The visible text of ``raw``: plain text as it is, or HTML without its tags.

    ``markup`` is ``"text"``, ``"html"`` or ``"auto"`` (HTML when ``source``
    ends in ``.html`` or ``.htm``, or the text opens like an HTML document).
    """
    if markup not in ("auto", "text", "html"):
        raise ParseError(f"{markup!r} is not 'auto', 'text' or 'html'", field="markup")
    is_html = markup == "html" or (
        markup == "auto"
        and (source.lower().endswith(_HTML_SUFFIXES) or looks_like_html(raw[:4096]))
    )
    return read_html(raw) if is_html else read_plain(raw)


class NewsParser(Parser):
    """Reads English news text, plain or simple HTML, into exchanges and casualty claims.

    Options:

    ``published``
        The publication date (a :class:`datetime.date` or an ISO string such
        as ``"2025-10-23"``). Relative dates ("on Thursday", "in February",
        "last month") are resolved against it, and figures the text does not
        date are taken as current on it.
    ``publisher``
        The outlet's name, or an :class:`exchangekit.Source`; it is the
        claimant of the outlet's own statements and relays everyone else's.
    ``url``
        Where the text was published.
    ``unresolved``
        ``"error"`` (default) raises :class:`~exchangekit.ParseError` for a
        record whose date needs the publication date when none was given;
        ``"skip"`` leaves such records out and yields a recoverable error for each.
    ``markup``
        ``"auto"`` (default), ``"text"`` or ``"html"``.
    ``conflict_start``
        The date a running total counts from when the text does not say
        (default 24 February 2022).
    ``breakdowns``
        ``"whole"`` (default) records a whole told with its own parts by kind in
        one sentence ("390 people - 270 soldiers and 120 civilians") as the whole
        alone and keeps the parts in a note of the exchange when they add up
        exactly to the whole in the same exchange (parts recorded in another
        exchange, such as bodies beside the living, stay transfers of their own),
        so summing transfers counts those people once; ``"both"`` records the
        whole and each part.
    ``exchange_counts``
        ``"joined"`` (default) reads a number of exchanges ("the 58th exchange",
        "in 61 swaps") only as part of a running total of people told with it;
        ``"alone"`` also records a total told only as a number of exchanges ("the
        swap was the 68th since 2022", "its fourth mediation", "five exchanges so
        far") as a tally with no count of people. Coding schemes differ on whether
        such a rank is a total at all, hence the choice.
    ``sentence_errors``
        ``"skip"`` (default) leaves out a sentence whose reading fails
        unexpectedly (a bug in the rules), reads every other sentence, and yields
        a recoverable error (:class:`~exchangekit.RecordSkipped`) naming the
        sentence's line, its first words and the exception; ``"raise"`` lets
        the exception through, for tests and scoring that must not hide a bug.

    Every record quotes the sentences it was read from with their offsets in
    the input as given: for plain text ``input[start:end] == quote.text``; for
    HTML the span covers the markup and ``quote.text`` is its visible text.
    """

    name: ClassVar[str] = "news"
    description: ClassVar[str] = (
        "English news text (plain or simple HTML): exchanges and casualty claims, with quotes"
    )
    suffixes: ClassVar[tuple[str, ...]] = (".txt", ".text", ".html", ".htm")
    media_types: ClassVar[tuple[str, ...]] = ("text/plain", "text/html")

    def parse(
        self,
        stream: TextIO,
        *,
        source: str,
        published: date | str | None = None,
        publisher: str | Source | None = None,
        url: str | None = None,
        unresolved: Unresolved = "error",
        markup: str = "auto",
        conflict_start: date = CONFLICT_START,
        breakdowns: str = "whole",
        sentence_errors: str = "skip",
        exchange_counts: str = "joined",
        **options: Any,
    ) -> Iterator[Item]:
        """Yield the exchanges, then the casualty claims, read from ``stream``."""
        if options:
            raise TypeError(
                f"the news parser has no option {', '.join(sorted(options))}; it takes "
                "published, publisher, url, unresolved, markup, conflict_start, breakdowns, "
                "sentence_errors and exchange_counts"
            )
        return self._parse(
            stream,
            source=source,
            published=_published(published),
            publisher=publisher,
            url=url,
            unresolved=unresolved,
            markup=markup,
            conflict_start=conflict_start,
            breakdowns=breakdowns,
            sentence_errors=sentence_errors,
            exchange_counts=exchange_counts,
        )

    def _parse(
        self,
        stream: TextIO,
        *,
        source: str,
        published: date | None,
        publisher: object,
        url: object,
        unresolved: str,
        markup: str,
        conflict_start: object,
        breakdowns: str,
        sentence_errors: str,
        exchange_counts: str,
    ) -> Iterator[Item]:
        if unresolved not in ("error", "skip"):
            raise ParseError(f"{unresolved!r} is not 'error' or 'skip'", field="unresolved")
        if breakdowns not in ("both", "whole"):
            raise ParseError(f"{breakdowns!r} is not 'both' or 'whole'", field="breakdowns")
        if exchange_counts not in ("joined", "alone"):
            raise ParseError(
                f"{exchange_counts!r} is not 'joined' or 'alone'", field="exchange_counts"
            )
        if sentence_errors not in ("skip", "raise"):
            raise ParseError(
                f"{sentence_errors!r} is not 'skip' or 'raise'", field="sentence_errors"
            )
        if not isinstance(conflict_start, date):
            raise TypeError(f"conflict_start must be a datetime.date, got {conflict_start!r}")
        from exchangekit_news._tables import read_tables
        from exchangekit_news._tokens import is_hard_wrapped

        grammar, belligerents = _grammar()
        outlet = _publisher(publisher, url, published, PurePath(source).name or source)
        try:
            raw = stream.read()
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"the text is not valid in its encoding ({exc})", source=source
            ) from None
        _check_encodable(raw, source)
        text = read_text(raw, markup=markup, source=source)
        yield Provenance(_provenance(source, outlet, published))
        reading = _Reading(
            text=text,
            source=source,
            outlet=outlet,
            published=published,
            unresolved="skip" if unresolved == "skip" else "error",
            conflict_start=conflict_start,
            whole_only=breakdowns == "whole",
            counts_alone=exchange_counts == "alone",
            tables=read_tables(text, grammar.parties, belligerents),
            wrapped=not text.is_html and is_hard_wrapped(text.visible),
            strict=sentence_errors == "raise",
        )
        # A sentence whose reading failed is left out and the text read again without it,
        # so that what its rules noted before failing is as if it had never been there.
        failed: dict[int, Exception] = {}
        for _ in range(_READINGS):
            assembler, more = reading.read(failed)
            if not more:
                break
            failed.update(more)
        records: list[Item] = [
            *assembler.exchanges(),
            *assembler.casualty_claims(),
            *assembler.stated_tallies(),
        ]
        yield from assembler.errors
        yield from records


class _Reading:
    """A text read sentence by sentence into an assembler, afresh each time it is read.

    Every reading starts over (tokens, discourse, assembler), so reading the text again
    without the sentences that failed gives what the text gives without them.
    """

    def __init__(
        self,
        *,
        text: Text,
        source: str,
        outlet: Source,
        published: date | None,
        unresolved: Unresolved,
        conflict_start: date,
        whole_only: bool,
        counts_alone: bool,
        tables: list[TableReading],
        wrapped: bool,
        strict: bool,
    ) -> None:
        self.text = text
        self.source = source
        self.outlet = outlet
        self.published = published
        self.unresolved: Unresolved = unresolved
        self.conflict_start = conflict_start
        self.whole_only = whole_only
        self.counts_alone = counts_alone
        self.tables = tables
        self.wrapped = wrapped
        self.strict = strict

    def read(self, failed: Mapping[int, Exception]) -> tuple[Assembler, dict[int, Exception]]:
        """The text's assembler, every sentence read but those in ``failed``, and the
        sentences whose reading failed this time (when strict, the failure is raised).

        A sentence in ``failed`` keeps only its place in the text, and is reported; one
        that fails now gives nothing more than its rules noted before failing, and is
        reported too.
        """
        from exchangekit_news._asides import skip_asides
        from exchangekit_news._assemble import Assembler
        from exchangekit_news._dateline import (
            dated_stamp,
            dateline,
            dateline_place,
            day_heading,
            issued_line,
            month_ended,
            month_issued_line,
            month_line,
            period_line,
            titled_month,
        )
        from exchangekit_news._extract import Discourse, SentenceFacts, extract
        from exchangekit_news._lexicon import WEEKDAYS
        from exchangekit_news._mentions import find_mentions
        from exchangekit_news._tokens import iter_tokens, split_sentences

        grammar, belligerents = _grammar()
        published, outlet = self.published, self.outlet
        assembler = Assembler(
            text=self.text,
            source=self.source,
            publisher=outlet,
            published=published,
            unresolved=self.unresolved,
            conflict_start=self.conflict_start,
            registry=DEFAULT_REGISTRY,
            whole_only=self.whole_only,
        )
        visible = self.text.visible
        tokens = iter_tokens(visible, wrapped=self.wrapped)
        discourse = Discourse(published)
        discourse.counts_alone = self.counts_alone
        discourse.home = discourse.publisher_side = _publisher_side(outlet, grammar, belligerents)
        tables = _TableCells(self.tables)
        titled: str | None = None  # the month a periodic report's title says it covers
        blog_day: str | None = None  # the day a live blog's heading names, for its time stamps
        links = False  # in the lines of linked headlines a bare "Read more:" opens
        failures: dict[int, Exception] = {}
        # One sentence at a time: only its tokens are alive, whatever the length of the text.
        for index, (whole, next_gap) in enumerate(_with_next_gap(split_sentences(tokens))):
            if index in failed:
                _left_out(assembler, index, whole, failed[index])
                continue
            try:
                # "50 (illustrative) soldiers": a note beside a figure is read past
                sentence = skip_asides(whole)
                if tables.in_grid(sentence[0].start):
                    # A table's cells are read by its header, never as prose or datelines.
                    assembler.entry(index)
                    assembler.add(index, *tables.facts(index, sentence))
                    continue
                if next_gap >= 2 and (links or _link_line(sentence)):
                    # another story's headline, linked: it states nothing of this one; a label
                    # alone on its line ("Read more:") heads a list of them, one a line, that a
                    # blank line ends
                    links = next_gap == 2 and (links or _link_label(sentence))
                    assembler.entry(index)
                    span = (sentence[0].start, sentence[-1].end)
                    assembler.add(index, span, SentenceFacts([], [], [], [], None, None))
                    continue
                links = False
                first, last = 0, len(sentence)
                heading = day_heading(sentence, first, last, published)
                if heading is not None:
                    blog_day = heading
                full_stamp = dated_stamp(sentence, first, last)  # "Friday 23 May, 14:10"
                if full_stamp is not None:
                    blog_day = full_stamp[1]
                month = month_line(sentence, first, last) if index < _HEAD_LINES else None
                if month is not None and published is None:
                    assembler.published_month(month)
                dated = full_stamp or dateline(sentence, first, last)
                covered = period_line(sentence, first, last) if index < _HEAD_LINES else None
                if dated is None and covered is not None:
                    assembler.dateline(index, covered, period_end=True)
                if index < _HEAD_LINES:
                    titled = titled_month(sentence, first, last) or titled
                    issued = issued_line(sentence, first, last) if titled is not None else None
                    if dated is None and covered is None and titled and issued:
                        ended = month_ended(titled, issued)
                        if ended is not None:
                            assembler.counted_to(index, ended)
                    month_issued = month_issued_line(sentence, first, last)
                    if covered is None and month_issued is not None:
                        ended = month_ended(*month_issued)
                        if ended is not None:
                            assembler.counted_to(index, ended)
                if dated is not None:
                    first = dated[0]
                    # a live blog's time stamp, of today or of the day it names ("Wed 21:40")
                    stamp = (
                        (full_stamp is not None and not _publication_line(index, full_stamp[1]))
                        or dated[1] == "today"
                        or dated[1].lower() in WEEKDAYS
                    )
                    today = dated[1] == "today"
                    day = blog_day if today and blog_day is not None else dated[1]
                    assembler.dateline(index, day, stamp=stamp)
                    place = None if full_stamp is not None else dateline_place(sentence, 0, last)
                    if place is not None:
                        discourse.home = _home_of(grammar, sentence, place, belligerents)
                else:
                    assembler.entry(index)
                mentions = find_mentions(sentence, first, last, visible, grammar)
                facts = extract(
                    index,
                    sentence,
                    first,
                    last,
                    mentions,
                    discourse,
                    visible,
                    belligerents,
                    outlet.kind,
                )
                assembler.add(index, (sentence[0].start, sentence[-1].end), facts)
            except (ParseError, MemoryError):
                raise  # the text's own fault ("on Thursday" with no publication date)
            except Exception as exc:
                if self.strict:
                    raise
                # its traceback would keep this whole reading alive until the parse ends
                failures[index] = exc.with_traceback(None)
                _left_out(assembler, index, whole, exc)
        return assembler, failures


class _TableCells:
    """Where the cells of tables stand in the visible text, and the facts of each row.

    Sentences come in text order, so both lists are walked once, never searched.
    The first sentence of a row read as an exchange carries the row's transfers,
    quoted as the whole row; any other sentence in a grid's cells states nothing.
    """

    def __init__(self, readings: list[TableReading]) -> None:
        self.grids = sorted((r.start, r.end) for r in readings if r.grid)
        self.rows = sorted((row for r in readings for row in r.rows), key=lambda row: row.start)
        self.grid_at = 0
        self.row_at = 0
        self.row_taken = -1  # the row whose transfers a sentence already carries

    def in_grid(self, position: int) -> bool:
        """Whether the sentence starting at ``position`` is in a grid's cells."""
        grids = self.grids
        while self.grid_at < len(grids) and grids[self.grid_at][1] <= position:
            self.grid_at += 1
        return self.grid_at < len(grids) and grids[self.grid_at][0] <= position

    def facts(self, index: int, sentence: list[Token]) -> tuple[tuple[int, int], SentenceFacts]:
        """The span to quote for sentence ``index`` of a grid, and what it states."""
        from exchangekit_news._extract import LegDraft, SentenceFacts

        position = sentence[0].start
        rows = self.rows
        while self.row_at < len(rows) and rows[self.row_at].end <= position:
            self.row_at += 1
        if (
            self.row_at == self.row_taken
            or self.row_at == len(rows)
            or rows[self.row_at].start > position
        ):
            return (position, sentence[-1].end), SentenceFacts([], [], [], [], None, None)
        self.row_taken = self.row_at
        row = rows[self.row_at]
        legs = [
            LegDraft(index, sender, receiver, kind, amount, None, False, (row.date,), False, None)
            for sender, receiver, kind, amount in row.legs
        ]
        return (row.start, row.end), SentenceFacts(legs, [], [], [*row.intermediaries], None, None)


def _left_out(assembler: Assembler, index: int, whole: list[Token], exc: Exception) -> None:
    """Keep sentence ``index`` in its place in the text, stating nothing, and report it.

    The error names the line, the sentence's first words and the exception, so that
    the bug can be reported with the text; the records of every other sentence stand.
    """
    from exchangekit_news._extract import SentenceFacts

    if len(assembler.spans) <= index:  # the assembler had not taken the sentence in
        assembler.entry(index)
        span = (whole[0].start, whole[-1].end)
        assembler.add(index, span, SentenceFacts([], [], [], [], None, None))
    words = assembler.quote(index).text.split()
    opening = " ".join(words[:_QUOTED_WORDS]) + (" ..." if len(words) > _QUOTED_WORDS else "")
    failure = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    assembler.errors.append(
        RecordSkipped(
            f"a sentence was left out: reading it failed ({failure}), a bug in the news "
            "parser (please report it with the text); the rest of the text was read, and "
            f"sentence_errors='raise' stops at it (sentence: {opening!r})",
            source=assembler.source,
            line=assembler.line(index),
        )
    )


def _with_next_gap(sentences: Iterable[list[Token]]) -> Iterator[tuple[list[Token], int]]:
    """Each sentence with the gap before the next one (3 after the last): one sentence ahead."""
    held: list[Token] | None = None
    for sentence in sentences:
        if held is not None:
            yield held, sentence[0].gap
        held = sentence
    if held is not None:
        yield held, 3


def _link_line(sentence: list[Token]) -> bool:
    """Whether a sentence is a link to another story: "Read more: ... attack, two wounded".

    A line opened by "Read more:", "Read also:", "See also:" or "Related:" gives the
    headline of another article; its figures are that article's news, not this one's.
    The caller skips it only when the line ends with it: "Read more: The largest
    exchange took place on January 3, when ... Kiev received 230 people in that
    exchange." goes on in the same paragraph, a label on this story's background.
    """
    words = [t.norm for t in sentence[:3]]
    opener = words[:1] == ["related"] or words[:2] in _LINK_OPENERS
    colon = 1 if words[:1] == ["related"] else 2
    return opener and len(words) > colon and words[colon] == ":"


def _link_label(sentence: list[Token]) -> bool:
    """Whether a sentence is a link label alone ("Read more:"), over a list of headlines."""
    return _link_line(sentence) and len(sentence) == (2 if sentence[0].norm == "related" else 3)


def _publication_line(index: int, day: str) -> bool:
    """Whether a dated time stamp is the text's publication line: in its head, with a year.

    "30 November 2024, 10:14" over a headline dates the article; a live blog's stamps
    ("Friday 23 May, 14:10") name no year and open entries of their own.
    """
    return index < _HEAD_LINES and re.search(r"\b(?:19|20)\d\d\b", day) is not None


def _publisher_side(outlet: Source, grammar: Lexicon, belligerents: tuple[str, ...]) -> str | None:
    """The side whose own office publishes the text, when the publisher is one.

    A statement a side's government body issues ("the Coordination Headquarters", "the
    ombudsman") tells homecomings in its own voice as its own side's, as a story filed
    from that side's capital does.
    """
    if outlet.kind is not SourceKind.GOVERNMENT:
        return None
    if outlet.party is not None:
        return outlet.party.code if outlet.party.code in belligerents else None
    from exchangekit_news._mentions import find_mentions
    from exchangekit_news._tokens import tokenize

    text = f"{outlet.name} said."
    tokens = tokenize(text)
    words = len(tokens) - 2
    mentions = find_mentions(tokens, 0, len(tokens), text, grammar)
    for source in mentions.sources:
        entry = source.entry
        if entry is None or source.first != 0:
            continue
        if source.last >= words or entry.name.casefold() == outlet.name.casefold():
            return entry.party if entry.party in belligerents else None
    return None


def _home_of(
    grammar: Lexicon, tokens: list[Token], end: int, belligerents: tuple[str, ...]
) -> str | None:
    """The side whose place ``tokens[:end]`` is ("KYIV", "MOSCOW"), when it is one side's.

    A story filed from one side's capital tells its homecomings as that side's, and
    so does one filed from a region's city of one side ("SUMY", "KURSK"); a third
    country's city ("ISTANBUL") or a joint dateline ("SEOUL/KYIV") gives none.
    """
    from exchangekit_news._lexicon import REGIONS

    region = REGIONS.get(tokens[0].text.lower()) if end == 1 else None
    if region is not None:
        return region if region in belligerents else None
    found = grammar.parties.match(tokens, 0, end)
    if found is None or found[0] != end or found[1].code not in belligerents:
        return None
    return found[1].code


def _check_encodable(raw: str, source: str) -> None:
    """Refuse text holding half a surrogate pair, which no record may hold, naming its line."""
    if raw.isascii():
        return
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = raw.count("\n", 0, exc.start) + 1
        raise ParseError(
            f"the text holds an unpaired surrogate {raw[exc.start]!r}, which is not text",
            source=source,
            line=line,
        ) from None


def _provenance(source: str, publisher: Source, published: date | None) -> str:
    when = f", published {published.isoformat()}" if published is not None else ""
    where = f" ({publisher.url})" if publisher.url else ""
    return f"{source}: news text by {publisher.name}{where}{when}, read by exchangekit-news"
