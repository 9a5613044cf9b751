"""The rules: from one sentence's mentions to drafts of transfers and casualty claims.

A draft says what a sentence states, with the words its dates were given in;
:mod:`exchangekit_news._assemble` resolves the dates, joins drafts that
describe the same exchange or claim, and builds the records. A
:class:`Discourse` carries what earlier sentences said that later ones point
back to: who "the agency" or "he" is, and which claims a caveat is about.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final, Literal, NamedTuple

from exchangekit import CasualtyCategory, ClaimMethod, Count, PersonCategory, SourceKind
from exchangekit_news import _lexicon as lx
from exchangekit_news._chunks import mixed_group
from exchangekit_news._clauses import Clauses, aggregate, respective
from exchangekit_news._lexicon import Move, Role, SourceEntry
from exchangekit_news._mentions import (
    ACTOR,
    MEDIATOR,
    MEDIATOR_CODES,
    NATIONALITY,
    DateMention,
    FigureMention,
    Mentions,
    PartyMention,
    TransferWord,
)
from exchangekit_news._tokens import SYM, Token

__all__ = ["ClaimDraft", "Discourse", "LegDraft", "SentenceFacts", "extract"]

PUBLISHER: Final = SourceEntry("", SourceKind.MEDIA, None, Role.OUTLET)
"""Stands for the outlet that published the text, named by the parser's options."""

_PREDICATE_REACH: Final = 12  # tokens between a verb of handing over and its figure
_LIST_REACH: Final = 20  # tokens between two figures listed together
_SPEAKER_REACH: Final = 14  # tokens between a speaker and a verb of saying
_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})
_RELATIVE_OPENERS: Final = frozenset({"who", "which", "whose", "whom"})
_PREPOSITIONS: Final = frozenset({"to", "from", "by", "with", "for", "of", "in", "into", "against"})
_POINTED_ROLES: Final = (Role.AGENCY, Role.MINISTRY, Role.GOVERNMENT, Role.MILITARY)
_VERB_GROUP_WORDS: Final = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "been", "also", "now", "then", "already"}
)
_NUMBERING: Final = frozenset({"numbering", "totalling", "totaling"})
_FINITE: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_CASUALTY_HEADS: Final = frozenset(
    {"wounded", "killed", "casualties", "deaths", "missing", "injured"}
)
_APPOSITIONS: Final = frozenset({"among", "including", "most", "many", "some", "both"})
_RELATIVE_REACH: Final = 24  # tokens a relative clause between a noun and its verb may span
_CONTRAST: Final = frozenset({"though", "although", "but", "while", "whereas", "however"})
_BREAK_WORDS: Final = _CLAUSE_MARKS | _CONTRAST  # where a sentence's clauses may break
_LIST_WORDS: Final = frozenset({"and", ",", "as", "well", "plus", "along", "with"})
# "losses have passed / exceeded N" is more than N; "have grown to / reached N" is N.
_PAST_VERBS: Final = frozenset(
    {"passed", "exceeded", "surpassed", "topped", "crossed", "passing", "exceeding"}
)
_REACH_VERBS: Final = frozenset({"reached", "to", "hit"})
_RANKS: Final = frozenset(
    {"first", "largest", "biggest", "second", "third", "latest", "last", "only", "smallest"}
)
_EXCHANGE_PLURALS: Final = frozenset({"exchanges", "swaps", "handovers", "repatriations"})
_EXCHANGE_NOUNS: Final = _EXCHANGE_PLURALS | {"exchange", "swap", "handover", "repatriation"}
# "58" before a plural, or "61st" before a singular, of a word for exchanges.
_ORDINAL: Final = re.compile(r"([1-9][0-9]{0,3})(?:st|nd|rd|th)?")
# Words that hang a figure's noun group on the clause's verb: "…, each involving N bodies".
_LINKS: Final = frozenset(
    {
        "involving",
        "including",
        "comprising",
        "totalling",
        "totaling",
        "covering",
        "numbering",
        "with",
    }
)
_SERIES_WORDS: Final = frozenset({"each", "similar", "every", "apiece"})
_SIDE_NOUNS: Final = frozenset({"side", "sides", "way", "country", "direction"})
_WEEKDAY_NAMES: Final = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
_DEMONYM_PLURALS: Final = frozenset({"ukrainians", "russians"})
# Words that make a sentence about an exchange of prisoners.
_PRISONER_CONTEXT: Final = frozenset(
    {
        "prisoners",
        "prisoner",
        "pows",
        "captivity",
        "captives",
        "soldiers",
        "servicemen",
        "defenders",
        "swap",
        "swaps",
        "swapped",
        "exchange",
        "exchanges",
        "exchanged",
        "freed",
        "released",
    }
)
# Words that make what follows them a plan or a hypothesis.
_HYPOTHETICAL: Final = frozenset(
    {
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "shall",
        "must",
        "expected",
        "planned",
        "plans",
        "ready",
        "due",
        "likely",
        "agreed",
        "proposed",
        "hopes",
        "aims",
    }
)
_COUNT_NOUNS: Final = frozenset(
    {
        "tally",
        "count",
        "counts",
        "estimate",
        "estimates",
        "analysis",
        "study",
        "survey",
        "data",
        "research",
        "investigation",
        "project",
        "figures",
    }
)


class LegDraft(NamedTuple):
    """One direction of an exchange as one sentence states it."""

    sentence: int
    sender: str
    receiver: str
    category: PersonCategory
    amount: Count
    attributed: SourceEntry | None
    accord: bool  # attributed with "according to X" or "that X says are ..."
    dates: tuple[str, ...]  # one date text per exchange; () when the sentence gives none
    series: bool  # several exchanges described together ("in July, August and September")
    note: str | None
    tally: bool = False  # a stated running total ("so far", "since 2022"), not one exchange
    since: str | None = None  # date text of a tally's start
    exchange_count: Count | None = None  # "in 58 exchanges", "the 61st swap"


class ClaimDraft(NamedTuple):
    """A casualty figure as one sentence states it."""

    sentence: int
    subject: tuple[str, ...]  # one party code, or several for "on both sides"
    category: CasualtyCategory
    amount: Count
    claimant: SourceEntry  # PUBLISHER for the outlet's own statement
    method: ClaimMethod
    as_of: str | None  # date text
    since: str | None  # date text of the start of the span covered
    caveats: tuple[str, ...]


class SentenceFacts(NamedTuple):
    """Everything one sentence contributes."""

    legs: list[LegDraft]
    claims: list[ClaimDraft]
    speakers: list[SourceEntry]
    intermediaries: list[str]
    event_date: str | None  # a date the sentence gives to an exchange it only refers to
    caveat: str | None  # a caveat for the claims just made, when the sentence is one
    event_group: str | None = None  # "remains" or "living" when the sentence says which


class Discourse:
    """What earlier sentences established: the speakers named so far and the latest claims."""

    def __init__(self) -> None:
        self.sources: list[SourceEntry] = []
        self.claims: list[ClaimDraft] = []
        # The kind of people the latest exchange moved, for "a swap of 100 for 100" after it.
        self.category: PersonCategory | None = None
        # The date a sentence without figures set the scene with, for the next sentence only.
        self.scene: str | None = None

    def remember(self, entry: SourceEntry) -> None:
        if entry is PUBLISHER:
            return
        if self.sources and self.sources[-1] == entry:
            return
        self.sources.append(entry)
        if len(self.sources) > 64:
            del self.sources[:32]

    def resolve(self, roles: tuple[Role, ...]) -> SourceEntry | None:
        for entry in reversed(self.sources):
            if entry.role in roles:
                return entry
        return None


class _Sentence:
    """The rules applied to one sentence."""

    def __init__(
        self,
        index: int,
        tokens: list[Token],
        first: int,
        last: int,
        mentions: Mentions,
        discourse: Discourse,
        text: str,
        publisher_kind: SourceKind,
    ) -> None:
        self.publisher_kind = publisher_kind
        self.index = index
        self.tokens = tokens
        self.first = first
        self.last = last
        self.m = mentions
        self.discourse = discourse
        self.text = text  # the document's visible text
        self.norms = [t.norm for t in tokens[first:last]]
        self.norm_set = set(self.norms)
        self._where: dict[str, list[int]] | None = None  # positions of each word, when needed
        self.according_spans: list[tuple[int, int]] = []
        self.attribution: SourceEntry | None = None
        self.verb_speakers: list[tuple[int, tuple[SourceEntry, ...]]] = []
        self.owner: SourceEntry | None = None
        self._actor_cache: list[PartyMention] | None = None
        self._exchange_count: Count | Literal[False] | None = None
        self._clauses: Clauses | None = None
        # Where clauses break, and where the phrases some rules look for begin, found once.
        self.breaks = [i for i, n in enumerate(self.norms, first) if n in _BREAK_WORDS]
        self.cues = self._positions(lx.CAVEAT_CUES)
        self.totals = self._positions(lx.RUNNING_TOTAL)
        self.rates = self._positions(lx.RATE_WORDS)
        self.sides = [i for i in self._positions(lx.PER_SIDE) if self.norm(i + 1) != "time"]
        more = self._positions(lx.PER_SIDE_MORE)
        if more:
            self.sides = sorted(set(self.sides) | set(more))

    def _positions(self, matcher: lx.PhraseMatcher[bool]) -> list[int]:
        """Where a phrase of ``matcher`` begins, in order."""
        hits = matcher.firsts.intersection(self.norm_set)
        if not hits:
            return []  # most sentences: no word a phrase begins with
        where = self._where
        if where is None:
            where = self._where = {}
            for i, n in enumerate(self.norms, self.first):
                found = where.get(n)
                if found is None:
                    where[n] = [i]
                else:
                    found.append(i)
        starts = [i for n in hits for i in where[n]]
        if len(hits) > 1:
            starts.sort()
        return [i for i in starts if matcher.match(self.tokens, i, self.last) is not None]

    @staticmethod
    def _any_in(positions: list[int], start: int, stop: int) -> bool:
        k = bisect.bisect_left(positions, start)
        return k < len(positions) and positions[k] < stop

    def norm(self, i: int) -> str:
        return self.norms[i - self.first] if self.first <= i < self.last else ""

    # -- speakers --------------------------------------------------------------

    def _speaker_mentions(self) -> list[tuple[int, int, SourceEntry]]:
        """Every source or named party that could be a speaker, in order.

        "The agency", "he" or "its authors" point back to the latest speaker of
        a fitting kind, in this sentence first, then in the ones before.
        """
        found: list[tuple[int, int, SourceEntry]] = []
        covered: set[int] = set()
        for mention in self.m.sources:
            entry = mention.entry
            if entry is None:
                entry = next(
                    (e for _, _, e in reversed(found) if e.role in mention.anaphor), None
                ) or self.discourse.resolve(mention.anaphor)
            if entry is not None:
                found.append((mention.first, mention.last, entry))
                covered.update(range(mention.first, mention.last))
        for party in self.m.parties:
            if party.role == ACTOR and party.noun and party.first not in covered:
                name = lx.PARTY_NAMES.get(party.code, party.code)
                found.append((party.first, party.last, lx.government(party.code, name)))
        found.sort()
        return found

    def find_speakers(self) -> list[SourceEntry]:
        mentions = self._speaker_mentions()
        speakers: list[SourceEntry] = []
        for start, _ in self.m.according:
            for first, last, entry in mentions:
                if start <= first <= start + 2:
                    self.attribution = entry
                    self.according_spans.append((first, last))
                    speakers.append(entry)
                    break
        self.owner = self._owner(mentions)
        if self.owner is not None:
            speakers.append(self.owner)
        previous: tuple[SourceEntry, ...] = ()
        for verb in self.m.speech:
            if self.norm(verb + 1) == "by":
                continue  # "a truce announced by the Kremlin" describes, it does not report
            subject = self._subject_of(verb, mentions)
            if not subject:
                subject = previous
            if subject:
                self.verb_speakers.append((verb, subject))
                previous = subject
                speakers.extend(subject)
        if not speakers and self.m.first_person:
            speakers.append(PUBLISHER)
            self.verb_speakers.append((self.first, (PUBLISHER,)))
        for entry in speakers:
            self.discourse.remember(entry)
        # Named speakers are remembered even when they say nothing here.
        for _, _, entry in mentions:
            if entry.role is not Role.GOVERNMENT:
                self.discourse.remember(entry)
        return list(dict.fromkeys(speakers))

    def _owner(self, mentions: list[tuple[int, int, SourceEntry]]) -> SourceEntry | None:
        """Whose count it is, in "a tally by BBC Russian and Mediazona" or "data from X"."""
        for i in range(self.first, self.last - 1):
            if self.norm(i) in _COUNT_NOUNS and self.norm(i + 1) in ("by", "from", "of"):
                owners = [m for m in mentions if i + 1 < m[0] <= i + 3]
                if not owners:
                    continue
                chosen = [owners[0]]
                for m in mentions:
                    if m[0] > chosen[-1][1] and self._joined(chosen[-1][1], m[0]):
                        chosen.append(m)
                combined = _combine([entry for _, _, entry in chosen])
                if len(combined) == 1:
                    return combined[0]
        return None

    def _joined(self, end: int, start: int) -> bool:
        """Whether the words between two names join them: "and", "and the news site"."""
        gap = [self.norm(i) for i in range(end, start)]
        return bool(gap) and gap[0] == "and" and len(gap) <= 5 and not set(gap) & _CLAUSE_MARKS

    def _subject_of(
        self, verb: int, mentions: list[tuple[int, int, SourceEntry]]
    ) -> tuple[SourceEntry, ...]:
        """Who says it: the speaker just before the verb, or just after it ("said the agency")."""
        k = bisect.bisect_left(self.m.speech, verb)
        previous_verb = self.m.speech[k - 1] if k > 0 else -1
        before = [
            m
            for m in mentions
            if previous_verb < m[1] <= verb
            and verb - m[1] <= _SPEAKER_REACH
            and not self._in_according(m[0])
        ]
        if before:
            chosen = self._coordinated(before)
            specific = [m for m in before if m[2].role is not Role.GOVERNMENT]
            if len(chosen) == 1 and chosen[0][2].role is Role.GOVERNMENT and specific:
                # "Medinsky, the aide who led Moscow's delegation, wrote": the named speaker
                chosen = self._coordinated(before[: before.index(specific[-1]) + 1])
            if not self._has_figure_between(chosen[-1][1], verb):
                return _combine([entry for _, _, entry in chosen])
        distant = self._distant_subject(verb, previous_verb, mentions)
        if distant:
            return distant
        # "..., said the ministry." / "..., says Moscow, adding ...": the speaker ends the clause.
        after = [m for m in mentions if verb < m[0] <= verb + 2]
        if after and (
            after[0][1] >= self.last
            or self.norm(after[0][1]) in _CLAUSE_MARKS | {".", "on", "in", "and"}
        ):
            return (after[0][2],)
        return ()

    def _distant_subject(
        self, verb: int, previous_verb: int, mentions: list[tuple[int, int, SourceEntry]]
    ) -> tuple[SourceEntry, ...]:
        """The subject kept apart from its verb by a clause: "Mediazona, which counts ..., said"."""
        earlier = [
            m
            for m in mentions
            if previous_verb < m[0] and m[1] <= verb and self.norm(m[1]) != ":"  # "Russia: ..."
        ]
        if not earlier:
            return ()
        chain = [earlier[0]]
        for m in earlier[1:]:
            if not self._joined(chain[-1][1], m[0]):
                break
            chain.append(m)
        after = chain[-1][1]
        if (
            self.norm(after) == ","
            and self.norm(after + 1) in ("which", "who", "whose")
            and not self._has_figure_between(after, verb)
        ):
            return _combine([entry for _, _, entry in chain])
        return ()

    def _coordinated(
        self, before: list[tuple[int, int, SourceEntry]]
    ) -> list[tuple[int, int, SourceEntry]]:
        """The last mention, with the ones joined to it by "and" ("Kyiv and Moscow said")."""
        chosen = [before[-1]]
        k = len(before) - 2
        while k >= 0 and self._joined(before[k][1], chosen[0][0]):
            chosen.insert(0, before[k])
            k -= 1
        return chosen

    def _has_figure_between(self, start: int, end: int) -> bool:
        return any(start <= f.first < end for f in self.m.figures)

    def _in_according(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.according_spans)

    def speaker_near(self, position: int) -> SourceEntry | None:
        """The speaker of the verb of saying nearest to ``position``; one speaker only."""
        if not self.verb_speakers:
            return None
        _, subject = min(self.verb_speakers, key=lambda vs: abs(vs[0] - position))
        return subject[0] if len(subject) == 1 else None

    # -- transfers ----------------------------------------------------------------

    @property
    def clauses(self) -> Clauses:
        """The sentence's clauses (positions in them are relative to ``self.first``)."""
        if self._clauses is None:
            ends = [f.np_end - self.first for f in self.m.figures if f.noun is not None]
            self._clauses = Clauses(self.norms, ends)
        return self._clauses

    def _same_clause(self, a: int, b: int) -> bool:
        return self.clauses.same(a - self.first, b - self.first)

    def _in_relative(self, i: int) -> bool:
        return self.clauses.in_relative(i - self.first)

    def event_date(self) -> str | None:
        """The date of an exchange the sentence tells of without a figure per direction.

        "The handover took place on Thursday", "the sides exchanged hundreds of
        prisoners on Wednesday": a noun or verb of handing over that the sentence
        says happened, with a date of a day, week or month in its clause ("those
        freed were captured in 2022" dates the capture; "they would exchange
        prisoners today" is a plan).
        """
        usable = [d for d in self.m.dates if not d.since and not self._in_relative(d.first)]
        if not usable:
            return None
        for word in self.m.transfers:
            if not word.done:
                continue
            for date in usable:
                if self._same_clause(date.first, word.first) and not date.text.isdigit():
                    return date.text
        return None

    def _relative_noun(self, word: TransferWord) -> bool:
        """Whether a word of handing over stands in a relative clause or aside, not the main one.

        In a clause without commas only a noun ("… who were being taken to the
        border for an exchange that …") is sure to be there: a verb may be the
        main verb after it ("8 residents who had been held were returned").
        """
        if self._in_relative(word.first):
            return True
        return self.clauses.in_relative(word.first - self.first, restrictive=True) and self.norm(
            word.first - 1
        ) in ("a", "an", "the", "this", "that", "another")

    def _planned_between(self, start: int, end: int) -> bool:
        """Whether a modal or an intention stands between a noun of handing over and its figure.

        "the exchange was expected to involve 1,000 people", "a swap that could
        free 300": the figure belongs to a plan, not to the exchange that happened.
        """
        return any(
            self.norm(i) in _HYPOTHETICAL and self.tokens[i].text != "May"  # the month
            for i in range(start, end)
        )

    def _actors(self) -> list[PartyMention]:
        if self._actor_cache is None:
            self._actor_cache = [
                p
                for p in self.m.parties
                if p.role == ACTOR and not self._in_according(p.first) and p.code != "GBR"
            ]
        return self._actor_cache

    def _predicate(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The verb or noun of handing over that governs ``figure``; true when it comes first."""
        before = [
            t for t in self.m.transfers if t.last <= figure.first and figure.first - t.last <= 8
        ]
        before = [
            t
            for t in before
            if not self._boundary(t.last, figure.first)
            and self._same_clause(t.first, figure.first)
            and (not self._in_relative(t.first) or self._in_relative(figure.first))
        ]
        if before:
            # "… came home: 146 soldiers were freed": after a colon the figure has a verb of
            # its own; "205 are home: 185 servicemen and 20 civilians" has none and keeps "home".
            if any(self.norm(i) == ":" for i in range(before[-1].last, figure.first)):
                own = self._predicate_after(figure)
                if own is not None:
                    return own
            chosen = before[-1]
            if chosen.done and self._planned_between(chosen.last, figure.first):
                chosen = chosen._replace(done=False)
            return chosen, True
        return self._linked_predicate(figure) or self._predicate_after(figure)

    def _predicate_after(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The verb of handing over close after ``figure``, with no other figure between."""
        # "185 servicemen, as well as 20 civilians, returned": the listed figures share the verb.
        end = figure.np_end
        for following in self.m.figures:
            if following.first >= end and self._listed(end, following.first):
                end = following.np_end
        inside = self._in_relative(figure.first)
        for start in dict.fromkeys((self._past_relative_clause(end), end)):
            after = [
                t
                for t in self.m.transfers
                if t.first >= start
                and t.first - start <= _PREDICATE_REACH
                and (inside or not self._relative_noun(t))
            ]
            if (
                after
                and not self._figure_between(start, after[0].first)
                and not self._own_verb_between(start, after[0].first)
            ):
                return after[0], False
        return None

    def _own_verb_between(self, start: int, verb: int) -> bool:
        """Whether the noun group has a verb of its own before the word of handing over.

        "tens of thousands of soldiers are listed as missing, and families hope
        the handovers will ...": the figure's verb group ends long before the
        noun of handing over, which belongs to another clause.
        """
        last = None
        for i in range(start, verb):
            if self.norm(i) in _FINITE:
                last = i
        return last is not None and verb - last > 3

    def _past_relative_clause(self, end: int) -> int:
        """Where the verb may stand after a noun group and what hangs on it.

        "115 Russian soldiers, who had been captured in the Kursk region, had
        been returned"; "Ten civilians who had been held by Russia, among them two
        priests, returned": relative clauses and appositions ("among them",
        "including", "most of them") between the noun and its verb are skipped.
        A relative clause with a figure of its own is not skipped; without a
        closing comma within reach nothing is.
        """
        position = end
        for _ in range(3):
            opener = position + 1 if self.norm(position) == "," else position
            word = self.norm(opener)
            relative = word in _RELATIVE_OPENERS or (word == "that" and opener == position)
            apposition = opener > position and word in _APPOSITIONS
            if not relative and not apposition:
                break
            close = self._closing_comma(opener + 1)
            if close is None or (relative and self._figure_between(opener, close)):
                break
            position = close + 1
        return position

    def _closing_comma(self, start: int) -> int | None:
        for i in range(start, min(self.last, start + _RELATIVE_REACH)):
            word = self.norm(i)
            if word == ",":
                return i
            if word in (";", ":", ".", "—", "–"):
                return None
        return None

    def _linked_predicate(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The clause's verb for a figure in a phrase hung on it: "received …, each involving N".

        A participle or "with" just ahead of the figure's noun group ("— each
        involving the remains of around 1,000 soldiers") ties the figure to
        the main verb of its clause, however far back: the first word of
        handing over since the previous figure, with no ";" between.
        """
        link = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1)
                if self.norm(i) in _LINKS
            ),
            None,
        )
        if link is None:
            return None
        previous = [f.np_end for f in self.m.figures if f.np_end <= link]
        floor = previous[-1] if previous else self.first
        candidates = [
            t
            for t in self.m.transfers
            if floor <= t.first and t.last <= link and not self._boundary(t.last, link)
        ]
        verbs = [t for t in candidates if t.move is not Move.EVENT]
        chosen = verbs or candidates
        if chosen:
            return chosen[0], True
        # "In May and June — each time involving 900 bodies — Kyiv took back its dead":
        # the aside closes, and the clause's verb comes after it.
        close = next(
            (
                i
                for i in range(figure.np_end, min(self.last, figure.np_end + 3))
                if self.norm(i) in ("—", "–", ",", ")")
            ),
            None,
        )
        if close is None:
            return None
        after = [
            t
            for t in self.m.transfers
            if close < t.first <= close + _PREDICATE_REACH and t.move is not Move.EVENT
        ]
        if after and not self._figure_between(close, after[0].first):
            return after[0], True
        return None

    def _listed(self, end: int, start: int) -> bool:
        """Whether two figures are listed together ("185 servicemen ..., as well as 20 civilians").

        The words between them end with a list word, hold no verb of handing over
        or of saying, and are few.
        """
        if not 0 < start - end <= _LIST_REACH or self.norm(start - 1) not in _LIST_WORDS:
            return False
        return not any(end <= t.first < start for t in self.m.transfers) and not any(
            end <= v < start for v in self.m.speech
        )

    def _boundary(self, start: int, end: int) -> bool:
        return any(self.norm(i) in (";",) for i in range(start, end))

    def _figure_between(self, start: int, end: int) -> bool:
        return any(start <= f.first < end for f in self.m.figures)

    def _party_after(self, words: tuple[str, ...], start: int, stop: int) -> str | None:
        """The actor named after one of ``words`` ("to Ukraine", "from Russian captivity")."""
        actors = self._actors()
        for i in range(start, min(stop, self.last)):
            if self.norm(i) not in words:
                continue
            named = [p for p in self.m.parties if i < p.first <= i + 4]
            # "to Ukrainian servicemen" says whose they are, not where they went;
            # "by Qatar" names a go-between
            if named and named[0] in actors:
                return named[0].code
        return None

    def _subject(
        self, predicate: TransferWord, floor: int, shared: bool = True
    ) -> list[PartyMention]:
        """The actors that do the handing over: just before the verb, maybe two joined by "and".

        Not a party inside a relative clause ("bodies that Russia says are ..."),
        nor one governed by a preposition ("returned to Ukraine and Russia got
        back 24"). A verb with no subject of its own in a participial clause
        ("…, taking back 900") or coordinated with the verb before it ("… and
        handed over 31") shares that verb's subject.
        """
        clause = self.first + self.clauses.start_of(predicate.first - self.first)
        floor = max(floor, clause)
        candidates = [
            p
            for p in self._actors()
            if floor <= p.first
            and p.last <= predicate.first
            and not self.clauses.in_relative(p.first - self.first, restrictive=True)
            and self.norm(p.first - 1) not in _PREPOSITIONS
        ]
        if not candidates:
            coordinated = self.norm(predicate.first - 1) == "and" or self.clauses.shares_subject(
                predicate.first - self.first
            )
            earlier = [t for t in self.m.transfers if t.last <= predicate.first - 1]
            if shared and coordinated and earlier:
                return self._subject(earlier[-1], self.first, shared=False)
            return self._pronoun_subject(predicate, floor)
        chosen = [candidates[-1]]
        if len(candidates) > 1:
            between = {self.norm(i) for i in range(candidates[-2].last, chosen[0].first)}
            if between and between <= {"and", ","}:
                chosen.insert(0, candidates[-2])
        return chosen

    def _pronoun_subject(self, predicate: TransferWord, floor: int) -> list[PartyMention]:
        """A subject that points back: "it received", "its teams took charge of the remains".

        The pronoun stands for the latest speaker of a party named before (the
        coordination headquarters, the ministry), whose party does the handing over.
        """
        i = predicate.first - 1
        while i >= floor and self.norm(i) in _VERB_GROUP_WORDS:
            i -= 1  # "it has now received"
        if i >= floor and self.norm(i) in ("it", "they"):
            pronoun = i
        elif i - 1 >= floor and self.norm(i - 1) in ("its", "their"):
            pronoun = i - 1  # "its teams took charge of"
        else:
            return []
        entry = self.discourse.resolve(_POINTED_ROLES)
        if entry is None or entry.party is None or entry.party in MEDIATOR_CODES:
            return []
        return [PartyMention(pronoun, pronoun + 1, entry.party, ACTOR, True)]

    def _gapped_subject(self, predicate: TransferWord, figure: FigureMention) -> list[PartyMention]:
        """The subject of a verb left out: "Ukraine got back 246 and Russia the same number".

        A party right after "and" (or a comma) and right before the figure, with
        the verb of the first clause between, is the subject of that verb again.
        """
        named = [
            p
            for p in self._actors()
            if predicate.last <= p.first and p.last == figure.first and p.noun
        ]
        if not named:
            return []
        party = named[-1]
        if self.norm(party.first - 1) in ("and", ",") and not self._in_relative(party.first):
            return [party]
        return []

    def _nationality(self, figure: FigureMention, stop: int) -> str | None:
        if figure.nationality is not None:
            return figure.nationality
        if figure.pronoun in ("its", "their"):
            owners = [p for p in self._actors() if p.last <= figure.first]
            if owners:
                return owners[-1].code
        if figure.pronoun == "our":
            speaker = self.speaker_near(figure.first)
            if speaker is not None and speaker.party is not None:
                return speaker.party
        # "1,000 bodies, which belong to Ukrainian servicemen"; "people who Moscow says were ..."
        for party in self.m.parties:
            if party.role == NATIONALITY and figure.np_end <= party.first < stop:
                return party.code
        return None

    def _relative_attribution(self, figure: FigureMention, stop: int) -> SourceEntry | None:
        """The speaker in "bodies that Moscow says are those of Ukrainian soldiers"."""
        if self.norm(figure.np_end) not in ("who", "whom", "which", "that"):
            return None
        for verb, subject in self.verb_speakers:
            if figure.np_end < verb < stop and len(subject) == 1:
                return subject[0]
        return None

    def _category(self, figure: FigureMention, previous: LegDraft | None) -> PersonCategory:
        noun = figure.noun
        if figure.remains or (noun is not None and noun.remains):
            return PersonCategory.REMAINS
        category = noun.category if noun is not None else None
        k = bisect.bisect_right([f.first for f in self.m.figures], figure.first)
        stop = self.m.figures[k].first if k < len(self.m.figures) else self.last
        if noun is not None and mixed_group(
            self.norms, figure.np_end - self.first, stop - self.first, category
        ):
            return PersonCategory.OTHER  # "189 soldiers and civilians"
        civilians = bool(self.norm_set & lx.CIVILIAN_WORDS)
        if category is None:
            if noun is not None and self.norm(figure.np_end - 1) in _DEMONYM_PLURALS:
                # "207 Ukrainians home in return for 195 Russians": in a swap of prisoners,
                # a nationality alone counts prisoners, unless civilians are in the count
                if not civilians and self.norm_set & _PRISONER_CONTEXT:
                    if figure.wounded:
                        return PersonCategory.WOUNDED_PRISONERS
                    return PersonCategory.PRISONERS_OF_WAR
                return PersonCategory.OTHER
            if previous is not None:
                return previous.category
            if noun is None and self.discourse.category is not None:
                return self.discourse.category  # "there followed a swap of 100 for 100"
            if not civilians and self.norm_set & {"prisoners", "pows", "captivity", "prisoner"}:
                return PersonCategory.PRISONERS_OF_WAR
            return PersonCategory.OTHER
        if category is PersonCategory.PRISONERS_OF_WAR:
            if figure.wounded:
                return PersonCategory.WOUNDED_PRISONERS
            if self.norm_set & {"bodies", "remains", "fallen"} and not self.norm_set & {
                "prisoners",
                "pows",
                "captivity",
                "captives",
            }:
                return PersonCategory.REMAINS
        return category

    def _running_total(self, figure: FigureMention, start: int) -> bool:
        """Whether the figure's clause counts many exchanges ("so far", "in all", "since 2022").

        A date after "since" counts too ("since May 2023"), unless it only
        ranks one exchange ("the first swap since June"), and so does a number
        of exchanges ("in 58 exchanges").
        """
        k = bisect.bisect_left(self.breaks, figure.np_end)
        stop = self.breaks[k] if k < len(self.breaks) else self.last
        if self._any_in(self.totals, start, stop):
            return True
        if any(
            self.norm(i + 1) in _EXCHANGE_PLURALS and self.norm(i).isdigit()
            for i in range(max(self.first, figure.first - 8), min(stop, figure.np_end + 8))
        ):
            return True  # "in 58 exchanges, about 4,500 people have come home"
        for date in self.m.dates:
            if not start <= date.first < stop:
                continue
            if date.since and not any(
                self.norm(i) in _RANKS for i in range(max(self.first, date.first - 6), date.first)
            ):
                return True
        return False

    def _among(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of a group told before ("among those freed were 108")."""
        return any(
            self.norm(i) == "among" for i in range(max(self.first, figure.first - 4), figure.first)
        )

    def exchange_count(self) -> Count | None:
        """How many exchanges a running total covers: "in 58 exchanges", "the 61st swap"."""
        if self._exchange_count is not None:
            return self._exchange_count or None
        found: Count | None = None
        for i in range(self.first, self.last - 1):
            if self.norm(i + 1) not in _EXCHANGE_NOUNS:
                continue
            match = _ORDINAL.fullmatch(self.norm(i))
            if match is not None:
                found = Count.exact(int(match.group(1)))
                break
        self._exchange_count = found or False
        return found

    def legs(
        self, dates: list[DateMention], belligerents: Sequence[str]
    ) -> tuple[list[LegDraft], set[int]]:
        legs: list[LegDraft] = []
        used: set[int] = set()
        previous: LegDraft | None = None
        series_dates = _series(dates, self)
        figures = self._shared_nouns(self.m.figures)
        respective_dates = self._respective_dates(figures, dates)
        for index, figure in enumerate(figures):
            if figure.noun is None and not self._counter(figure) and not self._bare(figure):
                continue
            stop = figures[index + 1].first if index + 1 < len(figures) else self.last
            start = figures[index - 1].np_end if index > 0 else self.first
            own_dates = series_dates
            if index in respective_dates:
                own_dates = (respective_dates[index],)
            drafted = self._legs_for(figure, previous, start, stop, belligerents, dates, own_dates)
            if drafted is None:
                continue
            used.add(index)
            if drafted:
                if index in respective_dates:
                    drafted = [d._replace(series=False) for d in drafted]
                legs.extend(drafted)
                previous = drafted[-1]
        if legs:
            self.discourse.category = legs[-1].category
        return legs, used

    def _shared_nouns(self, figures: list[FigureMention]) -> list[FigureMention]:
        """Give a bare figure the noun of the figure listed right after it: "90 and 95 prisoners".

        In "swapped 90 and 95 prisoners apiece" both figures count prisoners, and
        "apiece" holds for both.
        """
        shared = [self._inverted(f) for f in figures]
        for k in range(len(shared) - 2, -1, -1):
            figure, following = shared[k], shared[k + 1]
            if figure.noun is not None or following.noun is None:
                continue
            between = [self.norm(i) for i in range(figure.last, following.first)]
            if between and set(between) <= {"and", ",", "or", "to"}:
                shared[k] = figure._replace(
                    noun=following.noun,
                    nationality=following.nationality,
                    remains=following.remains,
                    wounded=following.wounded,
                    per_side=following.per_side,
                    np_end=figure.last,
                )
        return shared

    def _inverted(self, figure: FigureMention) -> FigureMention:
        """Give "bringing to 3,612 the number of bodies ..." the noun the figure counts.

        So too "Russian servicemen numbering 185": the noun group before
        "numbering" is what the figure counts.
        """
        if figure.noun is None and self.norm(figure.first - 1) in _NUMBERING:
            head = figure.first - 2
            found = lx.PEOPLE.match(self.tokens, head, self.last)
            if found is not None and found[0] == figure.first - 1:
                noun = found[1]
                nationality = next(
                    (p.code for p in self.m.parties if p.last == head and p.role == NATIONALITY),
                    figure.nationality,
                )
                return figure._replace(noun=noun, remains=noun.remains, nationality=nationality)
        if figure.noun is not None or (self.norm(figure.last), self.norm(figure.last + 1)) != (
            "the",
            "number",
        ):
            return figure
        if self.norm(figure.last + 2) != "of":
            return figure
        found = lx.PEOPLE.match(self.tokens, figure.last + 3, self.last)
        if found is None:
            return figure
        end, noun = found
        return figure._replace(noun=noun, remains=noun.remains, np_end=end)

    def _bare(self, figure: FigureMention) -> bool:
        """Whether a figure with no noun is a count of people by its place next to a verb.

        "Russia got back 24", "a further 103 came home", "a swap of 100 for 100":
        the verb of handing over (or the swap's "of ... for") says what is counted.
        """
        if self.norm(figure.last) == "of" or figure.amount.high is None:
            return False  # "24 of them", an open figure
        before = self.norm(figure.first - 1)
        if before in ("back", "returned", "received", "freed", "released", "home"):
            return True
        if before == "of" and self.norm(figure.last) == "for":
            return self.norm(figure.first - 2) in _EXCHANGE_NOUNS  # "a swap of 100 for 100"
        if before == "for" and self.norm(figure.first - 2).isdigit():
            return self.norm(figure.first - 3) == "of"
        after = self.norm(figure.last)
        return after in ("came", "come", "went", "were") and self.norm(figure.last + 1) in (
            "home",
            "back",
            "returned",
            "freed",
            "released",
            "exchanged",
            "swapped",
        )

    def _respective_dates(
        self, figures: list[FigureMention], dates: list[DateMention]
    ) -> dict[int, str]:
        """Pair listed figures with listed dates when the sentence says "respectively"."""
        if not respective(self.norms, 0, len(self.norms)):
            return {}
        usable = [d for d in dates if not d.since]
        people = [i for i, f in enumerate(figures) if f.noun is not None]
        if len(usable) < 2 or len(usable) != len(people):
            return {}
        return {i: d.text for i, d in zip(people, usable, strict=True)}

    def _ranked_since(self, figure: FigureMention) -> bool:
        """Whether "since ..." in the figure's clause only ranks one exchange.

        "As a result of the 64th exchange since the beginning of the invasion,
        205 servicemen were returned": the ordinal counts exchanges, the figure
        is this one's. A cue of a total of its own ("so far", "in all") still
        makes it a total.
        """
        position = figure.first - self.first
        start = self.first + self.clauses.start_of(position)
        end = self.first + self.clauses.end_of(position)
        ranked = False
        for i in range(start + 1, end - 2):
            if (
                self.norm(i + 2) == "since"
                and self.norm(i + 1) in _EXCHANGE_NOUNS
                and self.norm(i) in ("st", "nd", "rd", "th")
                and self.norm(i - 1).isdigit()
            ):
                ranked = True
            elif self.norm(i) in ("far", "date", "all", "altogether", "total", "overall"):
                return False
        return ranked

    def _casualty_head(self, figure: FigureMention) -> bool:
        """Whether the head noun counts casualties ("380,000 wounded"), not people moved."""
        if figure.noun is None or figure.remains or figure.noun.remains:
            return False
        return self.norm(figure.np_end - 1) in _CASUALTY_HEADS

    def _not_home(self, word: TransferWord) -> bool:
        """Whether "returned" means back to duty or to the front, not handed over."""
        if self.norm(word.last) != "to":
            return False
        following = self.norm(word.last + 1)
        if following in ("duty", "service", "combat", "work"):
            return True
        return following in ("the", "their", "his") and self.norm(word.last + 2) in (
            "front",
            "frontline",
            "ranks",
            "units",
            "unit",
            "duty",
        )

    def _aggregated(self, figure: FigureMention) -> bool:
        """Whether the figure's clause adds up several exchanges ("in six stages")."""
        position = figure.first - self.first
        start = self.clauses.start_of(position)
        k = bisect.bisect_right(self.clauses.starts, position)
        stop = self.clauses.starts[k] if k < len(self.clauses.starts) else len(self.norms)
        return aggregate(self.norms, start, stop, (position, figure.np_end - self.first))

    def _pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is N in "N for N": the same number went each way."""
        if self.norm(figure.last) != "for":
            return False
        following = next((f for f in self.m.figures if f.first == figure.last + 1), None)
        return following is not None and following.amount == figure.amount

    def _second_of_pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is the second N of "a swap of N for N" (the first speaks for both)."""
        if self.norm(figure.first - 1) != "for":
            return False
        earlier = next((f for f in self.m.figures if f.last == figure.first - 1), None)
        return (
            earlier is not None
            and earlier.amount == figure.amount
            and self.norm(earlier.first - 1) == "of"
        )

    def _counter(self, figure: FigureMention) -> bool:
        """Whether ``figure`` follows "in exchange for", "in return for" or "exchanged for"."""
        if self.norm(figure.first - 1) != "for":
            return False
        verb = self.norm(figure.first - 2)
        if verb in ("exchange", "return"):
            return self.norm(figure.first - 3) == "in"
        return verb in ("exchanged", "swapped", "traded")

    def _legs_for(
        self,
        figure: FigureMention,
        previous: LegDraft | None,
        start: int,
        stop: int,
        belligerents: Sequence[str],
        dates: list[DateMention],
        series_dates: tuple[str, ...],
    ) -> list[LegDraft] | None:
        """The transfers ``figure`` states: None when it is not a transfer at all."""
        counter = self._counter(figure)
        found = None if counter else self._predicate(figure)
        if found is None and not counter:
            return None
        if self._casualty_head(figure) or (found is not None and self._not_home(found[0])):
            return None  # "380,000 wounded", "men who later returned to duty"
        if self._among(figure):
            return []
        tally = (
            self._running_total(figure, start) and not self._ranked_since(figure)
        ) or self._aggregated(figure)
        if self._second_of_pair(figure):
            return []  # "a swap of 100 for 100": the first figure gave both directions
        predicate: TransferWord | None = None
        first = False
        if found is not None:
            predicate, first = found
            if not predicate.done:
                return []
        nationality = self._nationality(figure, stop)
        window_start = max(figure.np_end, predicate.last if predicate is not None else 0)
        # "to X", "from X", "by X" of the figure's own clause, not of the next one
        own_end = min(stop, self.first + self.clauses.end_of(window_start - self.first))
        receiver = self._party_after(("to",), window_start, own_end)
        sender = self._party_after(("from", "by"), window_start, own_end)
        stated_receiver = receiver
        clause = bisect.bisect_left(self.breaks, window_start)
        clause_end = self.breaks[clause] if clause < len(self.breaks) else self.last
        # "had gone home from each side", "were freed on both sides"
        symmetric = figure.per_side or self._any_in(self.sides, window_start, clause_end)
        if (
            predicate is not None
            and predicate.move is Move.SWAP
            and not first
            and self.norm(predicate.last) == "for"
        ):
            # "307 servicemen were exchanged for 307": the same number each way
            counterpart = next((f for f in self.m.figures if f.first == predicate.last + 1), None)
            symmetric = symmetric or (
                counterpart is not None and counterpart.amount == figure.amount
            )
        symmetric = symmetric or self._pair(figure)
        total = False  # "A and B exchanged 146 prisoners": per side, or in all?
        if predicate is not None and first:
            floor = self.first
            earlier = [t for t in self.m.transfers if t.last <= predicate.first]
            if earlier:
                floor = earlier[-1].last
            subject = self._gapped_subject(predicate, figure) or self._subject(predicate, floor)
            codes = [p.code for p in subject]
            if len(set(codes)) >= 2 and nationality is None and not symmetric:
                symmetric = total = True
            elif codes:
                if predicate.move is Move.SEND:
                    sender = sender or codes[0]
                elif predicate.move is Move.RECEIVE:
                    receiver = receiver or codes[0]
                elif predicate.move is Move.SWAP and nationality is None:
                    sender = sender or codes[0]
            elif predicate.move is Move.RECEIVE and previous is not None:
                receiver = receiver or previous.receiver  # "... and received 31 in return"
        if counter and previous is not None and nationality is None:
            receiver = receiver or previous.sender
        if (
            sender is None
            and receiver is None
            and previous is not None
            and previous.sentence == self.index
            and self._listed(start, figure.first)
        ):
            # "185 prisoners of war of the Armed Forces of Ukraine and 20 civilians were
            # handed over": figures listed under one verb went the same way
            sender, receiver = previous.sender, previous.receiver
        # People go home: their nationality decides where they went, and a role guessed
        # from the clause that contradicts it loses ("Kyiv returned 84 of its citizens").
        if (
            nationality is not None
            and not symmetric
            and (receiver is None or (receiver != nationality and stated_receiver is None))
        ):
            receiver = nationality
            if sender == nationality:
                sender = None
        category = self._category(figure, previous)
        accorded = self.attribution or self._relative_attribution(figure, stop)
        attributed = accorded or self.speaker_near(figure.first)
        if attributed is PUBLISHER:
            attributed = None
        date_texts, series = self._dates_for(figure, dates, series_dates)
        amount, note = figure.amount, None
        if tally and total:
            return []  # a two-way running total has no one receiver
        if total and figure.amount.high is None:
            return []  # "the sides swapped more than 300": no bound for either direction
        if total:
            high = figure.amount.high
            amount = Count.unknown() if high is None else Count.at_most(high)
            note = (
                f"{figure.text!r} was not said to be per side or in all; "
                "each direction is recorded as at most that figure"
            )

        def leg(a: str, b: str) -> LegDraft:
            return LegDraft(
                self.index,
                a,
                b,
                category,
                amount,
                attributed,
                accorded is not None,
                date_texts,
                series,
                note,
                tally,
                next((d.text for d in dates if d.since), None) if tally else None,
                self.exchange_count() if tally else None,
            )

        if symmetric and sender is None and receiver is None and len(belligerents) == 2:
            a, b = belligerents
            return [leg(a, b), leg(b, a)]
        if sender is None and receiver is not None:
            sender = _other(receiver, belligerents)
        elif receiver is None and sender is not None:
            receiver = _other(sender, belligerents)
        if sender is None or receiver is None or sender == receiver:
            return []
        if symmetric:
            return [leg(sender, receiver), leg(receiver, sender)]
        return [leg(sender, receiver)]

    def _dates_for(
        self, figure: FigureMention, dates: list[DateMention], series_dates: tuple[str, ...]
    ) -> tuple[tuple[str, ...], bool]:
        """The date of the exchange ``figure`` belongs to, as written, and whether it is a series.

        The date of the event is preferred to the date of the statement ("said on
        Friday"), a date in the figure's own clause to one in another, and a date
        outside relative clauses ("the incursion, which began on Aug. 6,") to one
        inside. A sentence without a date of its own takes the date a sentence
        just before set the scene with ("On April 19, the pattern repeated.").
        """
        if series_dates:
            return series_dates, True
        usable = [d for d in dates if not d.since]
        if not usable:
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        events = [d for d in usable if not self._statement_date(d)] or usable
        outside = [d for d in events if not self._in_relative(d.first)]
        if not outside:
            # every date is in an aside ("among them a journalist held since 2022"):
            # none is the exchange's
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        own = [d for d in outside if self._same_clause(d.first, figure.first)] or outside
        nearest = min(own, key=lambda d: abs(d.first - figure.first))
        return (nearest.text,), False

    def _statement_date(self, date: DateMention) -> bool:
        """Whether ``date`` dates a statement: "said on Friday", "announced Thursday"."""
        for i in range(max(self.first, date.first - 2), date.first):
            if i in self.m.speech or self.norm(i) in lx.SPEECH:
                return True
        return False

    # -- claims ---------------------------------------------------------------------

    def claims(self, used: set[int]) -> list[ClaimDraft]:
        if self.norm_set & lx.CIVILIAN_WORDS:
            return []
        claims: list[ClaimDraft] = []
        previous: ClaimDraft | None = None
        for index, figure in enumerate(self.m.figures):
            if index in used:
                continue
            start = self.m.figures[index - 1].np_end if index > 0 else self.first
            stop = self.m.figures[index + 1].first if index + 1 < len(self.m.figures) else self.last
            if (
                figure.noun is None
                and (previous is None or not self._casualty_after(figure, stop))
                and figure.before_of not in ("deaths", "death")
                and self._reached(figure) is None
            ):
                continue
            claim = self._claim(figure, previous, start, stop)
            if claim is not None:
                claims.append(claim)
                previous = claim
        return claims

    def _reached(self, figure: FigureMention) -> str | None:
        """The verb a figure is reached with: "losses have passed [the] one million [mark]"."""
        verbs = _PAST_VERBS | _REACH_VERBS
        if self.norm(figure.first) in verbs:  # the figure grammar took it as the hedge
            return self.norm(figure.first)
        before = figure.first - 1
        if self.norm(before) == "the":
            before -= 1
        verb = self.norm(before)
        return verb if verb in verbs else None

    def _casualty_after(self, figure: FigureMention, stop: int) -> bool:
        words = {self.norm(i) for i in range(figure.last, min(stop, figure.last + 4))}
        return bool(words & (lx.KILLED_WORDS | lx.MISSING_WORDS | lx.WOUNDED_WORDS))

    def _clause_start(self, position: int, floor: int) -> int:
        k = bisect.bisect_left(self.breaks, position) - 1
        return max(floor, self.breaks[k] + 1) if k >= 0 else floor

    def _category_of(self, figure: FigureMention, start: int, stop: int) -> CasualtyCategory | None:
        after = [self.norm(i) for i in range(figure.np_end, stop)]
        after_head = after[:8]
        text_after = " ".join(after_head)
        head = figure.noun
        head_word = self.norm(figure.np_end - 1) if head is not None else ""
        if head_word in ("killed", "dead"):
            text_after = f"{head_word} {text_after}"  # "passed 790,000 killed and wounded"
        if "killed or wounded" in text_after or "killed and wounded" in text_after:
            return CasualtyCategory.TOTAL_LOSSES
        if "killed or injured" in text_after or "killed and injured" in text_after:
            return CasualtyCategory.TOTAL_LOSSES
        if "killed or missing" in text_after:
            return CasualtyCategory.KILLED_OR_MISSING
        if head_word == "casualties":
            return CasualtyCategory.TOTAL_LOSSES
        if head_word in ("deaths", "killed", "dead") or figure.before_of in ("deaths", "death"):
            return CasualtyCategory.KILLED
        if head_word == "wounded":
            return CasualtyCategory.WOUNDED
        if head_word == "missing":
            return CasualtyCategory.MISSING
        for word in after_head:
            if word in _CLAUSE_MARKS:
                break
            if word in lx.KILLED_WORDS and word != "lost":
                return CasualtyCategory.KILLED
            if word in lx.MISSING_WORDS:
                return CasualtyCategory.MISSING
            if word in lx.WOUNDED_WORDS:
                return CasualtyCategory.WOUNDED
            if word in lx.CAPTURED_WORDS:
                return CasualtyCategory.CAPTURED
        clause = [
            self.norm(i) for i in range(self._clause_start(figure.first, start), figure.first)
        ]
        if "losses" in clause or "casualties" in clause:
            return CasualtyCategory.TOTAL_LOSSES
        if set(clause) & {"lost", "lose", "losing", "loses"}:
            return CasualtyCategory.KILLED
        if set(clause) & {"killed", "dead", "died"}:
            return CasualtyCategory.KILLED
        return None

    def _excluded(self, figure: FigureMention, stop: int) -> bool:
        """A rate ("every day"), a projection ("likely to reach") or a plan is no claim."""
        k = bisect.bisect_left(self.breaks, figure.np_end)
        clause_end = min(stop, self.breaks[k] if k < len(self.breaks) else self.last)
        if self._any_in(self.rates, figure.last, clause_end):  # not "in its daily update"
            return True
        before = {self.norm(i) for i in range(max(self.first, figure.first - 3), figure.first)}
        return bool(before & lx.FUTURE)

    def _subject_of_claim(
        self, figure: FigureMention, previous: ClaimDraft | None, start: int, stop: int
    ) -> tuple[str, ...] | None:
        window = " ".join(self.norm(i) for i in range(start, stop))
        if "both sides" in window or "each side" in window or "either side" in window:
            return ("RUS", "UKR")
        nationality = figure.nationality
        if nationality is None and figure.pronoun in ("its", "their", "our"):
            nationality = self._nationality(figure, stop)
        if nationality is not None:
            return (nationality,)
        clause_start = self._clause_start(figure.first, start)
        for party in reversed(self._actors()):
            if clause_start <= party.first and party.last <= figure.first:
                follow = {
                    self.norm(i) for i in range(party.last, min(figure.first, party.last + 4))
                }
                if (
                    follow & (lx.LOSS_VERBS | {"losses", "casualties"})
                    or self.tokens[party.last - 1].poss
                ):
                    return (party.code,)
        for party in self.m.parties:
            if (
                party.role != MEDIATOR
                and clause_start <= party.first < figure.first
                and self.norm(party.last) in ("losses", "casualties")
            ):
                return (party.code,)
        if previous is not None:
            return previous.subject
        if self.m.first_person and self.norm_set & {"we", "our"} & {
            self.norm(i) for i in range(clause_start, figure.first)
        }:
            speaker = self.speaker_near(figure.first)
            if speaker is not None and speaker.party is not None:
                return (speaker.party,)
        return None

    def _method(self, claimant: SourceEntry, publisher_kind: SourceKind) -> ClaimMethod:
        kind = publisher_kind if claimant is PUBLISHER else claimant.kind
        if self.norm_set & lx.INTELLIGENCE_CUES:
            return ClaimMethod.INTELLIGENCE_ESTIMATE
        if kind in (SourceKind.GOVERNMENT, SourceKind.MILITARY):
            return ClaimMethod.OFFICIAL_STATEMENT
        if self.norm_set & lx.DOCUMENTED_CUES or "open sources" in " ".join(self.norms):
            return ClaimMethod.DOCUMENTED_MINIMUM
        named_outlet = claimant is not PUBLISHER and kind is SourceKind.MEDIA
        if (kind is SourceKind.RESEARCH or named_outlet) and self.norm_set & lx.ESTIMATE_CUES:
            return ClaimMethod.STATISTICAL_ESTIMATE
        if kind is SourceKind.MEDIA:
            return ClaimMethod.MEDIA_ESTIMATE
        return ClaimMethod.UNSPECIFIED

    def _claim(
        self, figure: FigureMention, previous: ClaimDraft | None, start: int, stop: int
    ) -> ClaimDraft | None:
        category = self._category_of(figure, start, stop)
        if category is None and previous is not None and figure.noun is None:
            category = previous.category
        if category is None or self._excluded(figure, stop):
            return None
        amount = figure.amount
        if self._reached(figure) in _PAST_VERBS and amount.high == amount.low:
            # "have passed one million": more than the figure, as the answer files code it
            amount = Count.parse(f"more than {amount.low}")
        subject = self._subject_of_claim(figure, previous, start, stop)
        if subject is None:
            return None
        claimant = self.attribution or self.owner or self.speaker_near(figure.first)
        if claimant is None:
            claimant = previous.claimant if previous is not None else PUBLISHER
        as_of, since = self._claim_dates(figure, previous, claimant)
        caveat = self.caveat(figure.np_end)
        return ClaimDraft(
            self.index,
            subject,
            category,
            amount,
            claimant,
            self._method(claimant, self.publisher_kind),
            as_of,
            since,
            (caveat,) if caveat else (),
        )

    def _claim_dates(
        self, figure: FigureMention, previous: ClaimDraft | None, claimant: SourceEntry
    ) -> tuple[str | None, str | None]:
        since = next((d.text for d in self.m.dates if d.since), None)
        explicit = [d for d in self.m.dates if d.as_of]
        # "not updated since February, when the president said ...": when it was said
        explicit += [
            d for d in self.m.dates if self.norm(d.last) == "," and self.norm(d.last + 1) == "when"
        ]
        if explicit and explicit[0].since:
            since = None
        if explicit:
            return explicit[0].text, since
        usable = [d for d in self.m.dates if not d.since]
        if usable:
            anchor = self.verb_speakers[0][0] if self.verb_speakers else figure.first
            return min(usable, key=lambda d: abs(d.first - anchor)).text, since
        if previous is not None:
            return previous.as_of, since or previous.since
        if "also" in self.norm_set:
            # "He also said ...": the same statement as the speaker's figures just before
            for earlier in reversed(self.discourse.claims):
                if earlier.claimant == claimant and earlier.sentence >= self.index - 2:
                    return earlier.as_of, since
        return None, since

    # -- caveats and mediators ----------------------------------------------------------

    def caveat(self, after: int) -> str | None:
        """The clause of this sentence, from ``after`` on, that qualifies a figure."""
        k = bisect.bisect_left(self.cues, after)
        if k == len(self.cues):
            return None
        i = self.cues[k]
        start = self._clause_start(i, after)
        v = bisect.bisect_left(self.m.speech, i) - 1
        if v >= 0 and self.m.speech[v] >= start:
            start = self.m.speech[v] + 1
            if self.norm(start) == "that":
                start += 1
        end = self.last
        while end > start and self.tokens[end - 1].kind == SYM:
            end -= 1
        if end - start < 4:
            start = after if after > self.first else self.first
        if end <= start:
            return None
        return _words(self.tokens, start, end, self.text)

    def intermediaries(self) -> list[str]:
        if not self.m.mediation:
            return []
        return list(dict.fromkeys(p.code for p in self.m.parties if p.role == MEDIATOR))


def _series(dates: list[DateMention], sentence: _Sentence) -> tuple[str, ...]:
    """Month names listed together with "each" or "similar": one exchange per month."""
    groups: dict[int, list[DateMention]] = {}
    for date in dates:
        groups.setdefault(date.group, []).append(date)
    if not any(len(members) >= 2 for members in groups.values()):
        return ()
    if not sentence.norm_set & _SERIES_WORDS:
        return ()
    norms = sentence.norms
    after = [*norms[1:], ""]
    words = {n for n, following in zip(norms, after, strict=True) if following not in _SIDE_NOUNS}
    if not words & _SERIES_WORDS:
        return ()
    for members in groups.values():
        # "on Friday, Oct. 18" names one day twice; it is not a list of days
        days = [d for d in members if d.text.split()[-1] not in _WEEKDAY_NAMES]
        if len(days) >= 2:
            return tuple(d.text for d in days)
    return ()


def _combine(entries: list[SourceEntry]) -> tuple[SourceEntry, ...]:
    """Speakers named together: outlets that publish one count together become one source."""
    unique = list(dict.fromkeys(entries))
    if len(unique) > 1 and all(e.party is None and e.role is Role.OUTLET for e in unique):
        name = " and ".join(e.name for e in unique)
        kinds = {e.kind for e in unique}
        kind = kinds.pop() if len(kinds) == 1 else SourceKind.MEDIA
        return (SourceEntry(name, kind, None, Role.OUTLET),)
    return tuple(unique)


def _other(code: str, belligerents: Sequence[str]) -> str | None:
    others = [b for b in belligerents if b != code]
    return others[0] if len(others) == 1 and code in belligerents else None


def _words(tokens: list[Token], start: int, end: int, text: str) -> str:
    return " ".join(text[tokens[start].start : tokens[end - 1].end].split())


def extract(
    index: int,
    tokens: list[Token],
    first: int,
    last: int,
    mentions: Mentions,
    discourse: Discourse,
    text: str,
    belligerents: Sequence[str],
    publisher_kind: SourceKind,
) -> SentenceFacts:
    """Apply the rules to sentence ``index`` (``tokens[first:last]`` of the visible ``text``)."""
    sentence = _Sentence(index, tokens, first, last, mentions, discourse, text, publisher_kind)
    speakers = sentence.find_speakers()
    legs, used = sentence.legs(mentions.dates, belligerents)
    claims = sentence.claims(used)
    if claims:
        discourse.claims = claims
    caveat = None
    if not claims and not legs and not mentions.figures:
        caveat = sentence.caveat(first)
    event_date = None
    if not legs:
        event_date = sentence.event_date()
    # "On April 19, the pattern repeated. Ukraine got back 246 soldiers ...": one date and
    # no figure set the scene for the next sentence, and for it only.
    scene = [d.text for d in mentions.dates if not d.since]
    discourse.scene = (
        scene[0] if len(scene) == 1 and not mentions.figures and not scene[0].isdigit() else None
    )
    group = None
    if sentence.norm_set & {"bodies", "remains", "body"}:
        group = "remains"
    elif sentence.norm_set & {
        "prisoners",
        "pows",
        "soldiers",
        "servicemen",
        "civilians",
        "captives",
    }:
        group = "living"
    return SentenceFacts(
        legs, claims, speakers, sentence.intermediaries(), event_date, caveat, group
    )
