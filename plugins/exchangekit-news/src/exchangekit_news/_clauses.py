"""Clauses of a sentence: where each begins, which are relative, which count many exchanges.

The transfer rules ask three questions of a sentence's structure, each
answered here from its normalised words in one pass:

- Which clause holds a word? A verb of handing over governs the figures of
  its own clause: "… awaiting transfer, and that 640 prisoners were ready to be
  released" does not give the noun "transfer" the 640.
- Is a word inside a relative clause or an aside ("bodies that Moscow says
  are its soldiers,", "Russia, which received …,", ", among them a journalist
  held since 2022,")? A party or a date named there is not the main clause's.
- Does a clause add up several exchanges ("in six stages", "in the five
  exchanges this year", "in about a dozen swaps")? Its figure is a running
  total, not one exchange.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from exchangekit.figures import NUMBER_WORDS
from exchangekit_news import _lexicon as lx
from exchangekit_news._tokens import positions_of

__all__ = [
    "AGGREGATE_REACH",
    "Clauses",
    "aggregate",
    "another_day_opens",
    "first_part_alone",
    "respective",
]

AGGREGATE_REACH: Final = 8
"""Words between a figure and a count of exchanges that makes it a running total."""
# Marks that end the clause of a figure before the uncounted stages told after it.
_STAGE_CUTS: Final = frozenset({",", ";", ":", "—", "–"})
# Words after "two more" that leave it a count of handovers, not of people: "two more since".
_AFTER_MORE: Final = _STAGE_CUTS | {".", "since", "in", "followed"}
# Words a span the stages fit in opens with: "within a single day", "over one week".
_SPAN_PREPOSITIONS: Final = frozenset({"within", "over", "in", "on", "during"})
# Spans that hold one operation made in stages: "over one week", "within one day".
_ONE_SPAN_UNITS: Final = frozenset({"day", "week", "weekend", "night"})

_CONTRASTS: Final = frozenset({"while", "whereas", "but", "although", "though", "yet"})
_MANNER_REACH: Final = 3  # words from a contrast word to the colon of a manner aside
_RELATIVE_REACH: Final = 24  # words a relative clause may span before it is taken to run on
# Openers of an aside about a noun group: ", among them ...,", ", including ...,".
_ASIDES: Final = frozenset({"among", "including", "most", "many"})
_OF_THEM: Final = ("of", "them")
_APPOSITION_EXTRA: Final = 16  # more words such an aside may span
_OPEN: Final = frozenset({",", "(", "—", "–"})
_DOUBLE_QUOTES: Final = lx.DOUBLE_QUOTES
_CLOSE: Final = frozenset({",", ")", "—", "–", ";", ":"})
# Words in "-ing" that hang a noun group on a noun rather than open a clause.
_NOT_PARTICIPLES: Final = frozenset(
    {
        "including",
        "involving",
        "comprising",
        "totalling",
        "totaling",
        "covering",
        "numbering",
        "according",
        "during",
        "following",
        "regarding",
        "concerning",
        "something",
        "nothing",
        "anything",
        "everything",
        "evening",
        "morning",
        "building",
        "meeting",
        "fighting",
        "wing",
        "thing",
        "king",
        "spring",
    }
)
_PLACE_FOLLOWERS: Final = frozenset({"in", "on", "near", "that", "which", "where", "close"})
# Every word that can open a clause other than after a comma.
_CLAUSE_WORDS: Final = _CONTRASTS | lx.RELATIVE_OPENERS | _ASIDES | {";"}
# Verbs by which counted exchanges come after the one told: "two handovers followed".
_CAME_NEXT: Final = frozenset({"followed", "came", "ensued", "happened", "occurred"})
_STAGES: Final = lx.HANDOVER_PLURALS | {
    "operations",
    "mediations",
    "batches",
    "transfers",
    "releases",
    "returns",
}
# One of several handovers, or the day of one: "the first day alone", "the first stage alone".
_ONE_STAGE: Final = lx.ONE_HANDOVER_NOUNS | {"day", "batch", "operation"}
# Spans that hold several handovers when counted: "two days of returns".
_SPANS_OF_STAGES: Final = frozenset({"days", "weeks", "months", "rounds"})
_MANY: Final = frozenset(
    {"several", "many", "multiple", "numerous", "dozen", "dozens", "few", "those", "these"}
)
_NOT_MANY: Final = frozenset({"one", "a", "an", "single"})
# Words before "of" that pick out one of the exchanges counted after it: "the last of those".
_ONE_PICKED: Final = lx.ORDINALS | {"one", "last", "latest", "final"}
_BETWEEN_COUNT_AND_NOUN: Final = frozenset(
    {"separate", "previous", "earlier", "successive", "successful", "formal", "such", "prior"}
    | {"past"}  # "in past handovers": several earlier ones, like "in previous handovers"
)


class Clauses:
    """The clauses of one sentence, given its normalised words (``norms[0]`` is its first word).

    ``people_ends`` are the positions just after noun groups that count people;
    "that" straight after one opens a relative clause ("1,000 bodies that Moscow
    says are Ukrainian").
    """

    def __init__(self, norms: Sequence[str], people_ends: Sequence[int] = ()) -> None:
        self.norms = norms
        self._quoted: list[bool] | None = None  # worked out by quoted() when first asked
        starts = [0]
        self.participial: set[int] = set()  # starts of participial clauses
        relatives: list[tuple[int, int]] = []
        restrictive: list[tuple[int, int]] = []  # "bodies that Moscow says are Ukrainian,"
        after_people = frozenset(people_ends)
        n = len(norms)
        # nothing below can hold for most words: only for a word of the set or one after a comma
        after_commas = positions_of((",",), norms[: n - 1], 1)
        for i in sorted({*positions_of(_CLAUSE_WORDS, norms, 0), *after_commas}):
            word = norms[i]
            previous = norms[i - 1] if i > 0 else ""
            contrast = (word in _CONTRASTS and (previous in _OPEN or i == 0)) or (
                word in ("whereas", "while") and previous not in ("a", "the", "for")
            )
            if contrast and self._manner_aside(i):
                contrast = False  # "swapped too, though unevenly: 31 for 15": the same clause
            if word == ";":
                starts.append(i + 1)
            elif contrast:
                starts.append(i)
                following = norms[i + 1] if i + 1 < n else ""
                if following.endswith("ing") and following not in _NOT_PARTICIPLES:
                    # "…, while handing Moscow 55 prisoners": no subject of its own
                    self.participial.add(i)
            elif (
                word == "and" and previous == "," and i + 1 < n and norms[i + 1] in lx.NEW_SUBJECTS
            ):
                starts.append(i)  # "…, and that 640 prisoners …", "…, and it was followed by …"
            elif previous == "," and word.endswith("ing") and word not in _NOT_PARTICIPLES:
                starts.append(i)  # "…, bringing the total to 3,612": a participial clause
                self.participial.add(i)
            aside = (
                (word in lx.RELATIVE_PRONOUNS and previous in _OPEN)
                or (word in _ASIDES and previous == ",")
                # "270 servicemen – including, it says, residents of Kursk – were": between dashes
                or (word in lx.PART_CUES and previous in lx.DASH_MARKS and i > 1)
                # ", where Ukrainian forces crossed in August,": an aside about a place
                or (word == "where" and previous == ",")
                # ", the youngest of them a girl of six who ...,": one of the group described
                or (previous == "," and word == "the" and tuple(norms[i + 2 : i + 4]) == _OF_THEM)
            )
            # ", a border village in the Sumy region that Russian troops entered last
            # December,": a place named again with its own relative clause (closed by a mark)
            place = previous == "," and word in ("a", "an") and self._place_apposition(i)
            if place:
                end = self._relative_end(i)
                if end is not None:
                    relatives.append((i, end))
            elif aside or (word in ("that", "which", "whom", "who") and i in after_people):
                end = self._relative_end(i, to_the_end=aside)
                if end is not None:
                    (relatives if aside else restrictive).append((i, end))
        self.starts = sorted(set(starts))
        self.relatives = relatives
        self.restrictive = restrictive

    def _place_apposition(self, opener: int) -> bool:
        """Whether an aside opened by "a" names a place: ", a border village in ... that".

        The place noun stands within three words of the article, with a preposition or
        relative pronoun after it ("a town in", "a village that"), so a count of people
        ("a group of 12") or a person ("a resident of") opens no such aside.
        """
        for k in range(opener + 1, min(len(self.norms) - 1, opener + 4)):
            if self.norms[k] in lx.SETTLEMENT_NOUNS:
                return self.norms[k + 1] in _PLACE_FOLLOWERS
            if not self.norms[k].isalpha():
                return False
        return False

    def _manner_aside(self, contrast: int) -> bool:
        """Whether a contrast word opens only verbless adverbs of manner before a colon.

        "The wounded were swapped too, though unevenly: 31 for 15", "..., but
        unequally: 22 for 9": the words qualify the clause before, and what the colon
        spells out belongs to that clause.
        """
        words = self.norms[contrast + 1 : contrast + 1 + _MANNER_REACH]
        if ":" not in words:
            return False
        manner = words[: words.index(":")]
        return bool(manner) and all(w.endswith("ly") for w in manner)

    def _closing_dash(self, opener: int) -> int | None:
        """The dash that closes an aside opened right after a dash at ``opener`` - 1.

        Commas inside are the aside's own ("– including, it says, residents –"); with no
        matching dash within reach the aside cannot be told apart, so None.
        """
        dash = self.norms[opener - 1]
        stop = min(len(self.norms), opener + _RELATIVE_REACH + _APPOSITION_EXTRA)
        for i in range(opener + 1, stop):
            if self.norms[i] == dash:
                return i
            if self.norms[i] in (";", ":", ".", "!", "?"):
                return None
        return None

    def _relative_end(self, opener: int, *, to_the_end: bool = False) -> int | None:
        """Where a relative clause opened at ``opener`` ends: its closing mark.

        ``None`` when no mark closes it within reach: then it runs into the main
        verb ("8 residents who had been held were returned") and where it stops
        cannot be told from punctuation. A clause set off by a comma
        (``to_the_end``) may also end with the sentence.
        """
        norms = self.norms
        if opener > 0 and norms[opener - 1] in lx.DASH_MARKS:
            return self._closing_dash(opener)
        # ", among them two priests who had been arrested ... and held ...,": an aside
        # naming a part may carry a long relative clause of its own
        part = norms[opener] in lx.PART_CUES or tuple(norms[opener + 2 : opener + 4]) == _OF_THEM
        # "Forty-six residents of the region, who had found themselves ... and were later
        # taken to Sumy, returned ...": an aside on the sentence's opening subject, the
        # first mark in it, may run as long before the main verb comes
        part = part or (
            norms[opener] == "who"
            and opener > 1
            and norms[opener - 1] == ","
            and _OPEN.isdisjoint(norms[: opener - 1])
        )
        reach = _RELATIVE_REACH + (_APPOSITION_EXTRA if part else 0)
        stop = min(len(norms), opener + reach)
        start = opener + 1
        if start < stop and norms[start] == ",":
            # "which, added to Friday's groups, completes ...": a parenthesis right after
            # the opener is inside the clause
            start = next((i for i in range(start + 1, stop) if norms[i] == ","), stop) + 1
        inner = False
        for i in range(start, stop):
            if norms[i] == "," and norms[i - 1] in lx.RELATIVE_OPENERS and not inner:
                # "most of whom, according to the Republic, fell ...,": a comma right after
                # the pronoun opens a parenthesis inside the clause, not its end
                inner = True
                continue
            if inner and norms[i] == ",":
                inner = False
                continue
            if norms[i] in _CLOSE or norms[i] in (".", "!", "?"):
                return i
            if norms[i] in _DOUBLE_QUOTES and self.quoted(opener):
                return i  # '"which ... , including military personnel" have been': quoted
        # ", which began on Aug. 6": set off by a comma, it may run to the sentence's end
        return stop if to_the_end and stop == len(norms) else None

    def quoted(self, i: int) -> bool:
        """Whether word ``i`` stands inside a double quotation still open there.

        Worked out for the whole sentence on first use only: few sentences have a
        quotation mark inside a relative clause's reach, and a Python step per word
        of every sentence was the clauses' largest cost.
        """
        if self._quoted is None:
            self._quoted = []
            open_quote = False
            for word in self.norms:
                self._quoted.append(open_quote)
                open_quote ^= word in _DOUBLE_QUOTES
        return self._quoted[i]

    def end_of(self, i: int) -> int:
        """One past the last word of the clause that holds word ``i``."""
        k = bisect.bisect_right(self.starts, i)
        return self.starts[k] if k < len(self.starts) else len(self.norms)

    def start_of(self, i: int) -> int:
        """The first word of the clause that holds word ``i``."""
        return self.starts[bisect.bisect_right(self.starts, i) - 1]

    def same(self, a: int, b: int) -> bool:
        """Whether words ``a`` and ``b`` are in one clause (relative clauses aside)."""
        starts = self.starts  # start_of twice, inlined: the rules ask this for every figure
        return (
            starts[bisect.bisect_right(starts, a) - 1] == starts[bisect.bisect_right(starts, b) - 1]
        )

    def shares_subject(self, i: int) -> bool:
        """Whether the clause of word ``i`` takes its subject from the clause before it."""
        return self.start_of(i) in self.participial

    def in_relative(self, i: int, *, restrictive: bool = False) -> bool:
        """Whether word ``i`` is inside a relative clause set off by commas, or an aside.

        With ``restrictive``, a relative clause without a comma before it counts
        too ("bodies that Moscow says are Ukrainian,"): where such a clause ends is
        only a guess (the next comma), good enough to keep its subject from being
        read as the main clause's, not to move a verb or a date out of the main clause.
        """
        if not self.relatives and not (restrictive and self.restrictive):
            return False  # most sentences: no relative clause or aside at all
        spans = self.relatives + self.restrictive if restrictive else self.relatives
        return any(start < i < end for start, end in spans)

    def same_relative(self, a: int, b: int) -> bool:
        """Whether words ``a`` and ``b`` are inside one relative clause (either kind).

        "The headquarters, which said Ukraine had received 1,212 bodies, ...":
        the clause has a subject and a verb of its own.
        """
        spans = self.relatives + self.restrictive
        return any(start < a < end and start < b < end for start, end in spans)


def _counts_several(norms: Sequence[str], i: int) -> bool:
    """Whether the word before an exchange noun at ``i`` gives a number above one."""
    j = i - 1
    while j >= 0 and norms[j] in _BETWEEN_COUNT_AND_NOUN:
        j -= 1
    if j < 0:
        return False
    word = norms[j]
    if word in _NOT_MANY or _one_of(norms, j):
        return False
    if word == "of" and j > 0 and norms[j - 1] in _SPANS_OF_STAGES:
        return _counts_several(norms, j - 1)  # "with two days of returns": several of them
    if word == "in":
        return True  # "in repatriations carried out since 2022", "in exchanges this year"
    if word in ("the", "all") and i + 1 < len(norms) and norms[i + 1] == "since":
        return True  # "the stages since last Wednesday had brought 6,060 bodies back"
    if word == "the" and norms[j - 1 : j] == ["in"] and norms[i + 1 : i + 2] == ["agreed"]:
        return True  # "in the stages agreed in Istanbul, we got back 1,200": the deal's stages
    if word.isdigit():
        return int(word) > 1
    if word in _MANY:
        return True
    return word in NUMBER_WORDS and word not in ("one", "a", "an")


def _one_of(norms: Sequence[str], j: int) -> bool:
    """Whether the count at ``j`` follows a partitive that picks out one: "the second of those".

    "the Russian side, in the second of those handovers, got back the same number" tells
    of one handover among several, not their sum.
    """
    return j >= 2 and norms[j - 1] == "of" and norms[j - 2] in _ONE_PICKED


def aggregate(
    norms: Sequence[str], start: int, stop: int, figure: tuple[int, int] | None = None
) -> bool:
    """Whether ``norms[start:stop]`` counts several exchanges: "in six stages", "ten operations".

    A figure stated over several exchanges ("Ukraine received 6,057 bodies in
    June in six stages", "854 have come home in the five exchanges this
    year") adds them up: it is a running total, not the size of one. Given the
    ``figure``'s first and end positions, a count of exchanges must stand within
    :data:`AGGREGATE_REACH` words of it (a long statement may go on to "across
    17 mediations" about another figure), while a phrase opened by "in" before
    it ("in repatriations carried out since ...", "in six stages") covers the
    rest of the clause. Exchanges counted after the figure as the subject of a verb
    of coming next ("and two handovers followed") came after it and sum nothing.
    """
    for i in range(max(start, 1), stop):
        if norms[i] not in _STAGES or not _counts_several(norms, i):
            continue
        if _uncounted_stages(norms, i) and not _stages_of_figure(norms, i, figure):
            continue
        if figure is None:
            return True
        first, end = figure
        if i >= end and norms[i + 1 : i + 2] and norms[i + 1] in _CAME_NEXT:
            continue  # "... 6,000 bodies in June and two handovers followed": later ones
        if first - AGGREGATE_REACH <= i < end + AGGREGATE_REACH:
            return True
        if i < first and _opened_by_in(norms, i):
            return True
    return False


def _uncounted_stages(norms: Sequence[str], i: int) -> bool:
    """Whether the stages at ``i`` are counted by no number: "in several stages"."""
    return norms[i] == "stages" and i > 0 and norms[i - 1] in ("several", "multiple")


def _stages_of_figure(norms: Sequence[str], i: int, figure: tuple[int, int] | None) -> bool:
    """Whether "in several stages" at ``i`` tells how the figure's own people moved.

    "Russia sent 6,000 bodies to Ukraine over several stages", "in several stages,
    Russia handed over 6,000": a series of handovers whose sum the figure gives. Not
    stages "within a single week" (one operation summarised), not stages told after
    the figure past a comma, and not stages the teller goes on to count as one
    handover ("..., and there have been two more since").
    """
    if figure is None or _within_one_span(norms, i) or _more_counted_after(norms, i):
        return False
    end = figure[1]
    if i >= end:
        return i < end + AGGREGATE_REACH and not any(norms[j] in _STAGE_CUTS for j in range(end, i))
    return True


def _within_one_span(norms: Sequence[str], i: int) -> bool:
    """Whether the stages at ``i`` fit in one span: "within a single week", "over one day".

    The span is the object of "within/over/in/on" right after the stages; "via a
    single crossing point" or "one week apart" tell no span the stages fit in.
    """
    after = list(norms[i + 1 : i + 5])
    if not after or after[0] not in _SPAN_PREPOSITIONS:
        return False
    if after[1:3] == ["a", "single"]:
        rest = after[3:]
    elif after[1:2] == ["one"]:
        rest = after[2:]
    else:
        return False
    return rest[:1] != [] and rest[0] in _ONE_SPAN_UNITS


def _more_counted_after(norms: Sequence[str], i: int) -> bool:
    """Whether handovers are counted on from the stages at ``i``: "and two more since".

    "6,000 bodies in several stages, and since then there have been two more": the
    teller counts the stages as one handover of a row, so they are not summed.
    """
    return any(
        norms[j] in NUMBER_WORDS and norms[j + 1] == "more" and norms[j + 2] in _AFTER_MORE
        for j in range(i + 1, len(norms) - 2)
    )


def another_day_opens(norms: Sequence[str], at: int) -> bool:
    """Whether ", and on 17 October", ", and in March" opens another day's clause at ``at``.

    ``at`` is the position of "and". In "in exchanges that each freed about 20, and on
    17 October Kyiv said the Russians had got back 110", the exchanges counted before
    the date are not summed by the figure after it: that clause tells one day.
    """
    if at < 1 or at + 2 >= len(norms) or norms[at] != "and" or norms[at - 1] != ",":
        return False
    if norms[at + 1] not in ("on", "in"):
        return False
    word = norms[at + 2]
    return word.isdigit() or word in lx.MONTHS or word in lx.WEEKDAYS


def first_part_alone(norms: Sequence[str], start: int) -> int | None:
    """Where ``norms[start:]`` singles out the first of several handovers as a part.

    "Both sides freed 800 captives; on the opening day alone 300 went each way": a
    first (or opening) day, stage or round that "alone" counts some of
    the figure told before it makes that figure the sum of several handovers.
    The position of "alone", or None.
    """
    return next(
        (
            i + 2
            for i in range(start, len(norms) - 2)
            if norms[i] in ("first", "opening")
            and norms[i + 1] in _ONE_STAGE
            and norms[i + 2] == "alone"
        ),
        None,
    )


def _opened_by_in(norms: Sequence[str], i: int) -> bool:
    """Whether the exchange noun at ``i`` ends a phrase opened by "in": "in six stages"."""
    j = i - 1
    while j >= 0 and i - j <= 4 and norms[j] != "in":
        j -= 1
    return j >= 0 and norms[j] == "in"


def respective(norms: Sequence[str], start: int, stop: int) -> bool:
    """Whether "respectively" in ``norms[start:stop]`` pairs a list of figures with one of dates.

    Not the word opening the pair of "the figures were, respectively, 230 and 248": it
    gives that pair the order of the two directions told before, no dates.
    """
    if "respectively" not in norms[start:stop]:
        return False  # most sentences: the word is looked for in C, not word by word
    return any(
        word == "respectively" and not _opens_figures_pair(norms, start + i)
        for i, word in enumerate(norms[start:stop])
    )


def _opens_figures_pair(norms: Sequence[str], i: int) -> bool:
    """Whether "respectively" at ``i`` follows "the figures were" (a comma between allowed)."""
    j = i - 1 - (i >= 1 and norms[i - 1] == ",")
    return (
        j >= 2
        and norms[j] in ("were", "was")
        and norms[j - 1] in lx.PAIR_SUBJECTS
        and norms[j - 2] == "the"
    )
