"""The rules: from one sentence's mentions to drafts of transfers and casualty claims.

A draft says what a sentence states, with the words its dates were given in;
:mod:`exchangekit_news._assemble` resolves the dates, joins drafts that
describe the same exchange or claim, and builds the records. A
:class:`Discourse` carries what earlier sentences said that later ones point
back to: who "the agency" or "he" is, and which claims a caveat is about.

This is the entry module: :func:`extract` runs the rules of each concept in
order. The rules themselves live in a module per concept (``_speakers``,
``_figure_dates``, ``_claim_subjects``, ``_claims``, ``_tallies``,
``_transfer_roles``, ``_rivals``, ``_transfers``, ``_transfer_context``), each a
layer of :class:`_Sentence` over ``_sentence``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Final, Protocol, Self, TypeVar

from exchangekit import Count, PersonCategory, SourceKind
from exchangekit_news import _lexicon as lx
from exchangekit_news._capture_dates import capture_told
from exchangekit_news._drafts import (
    EARLIER_KEPT,
    PUBLISHER,
    ClaimDraft,
    Discourse,
    LegDraft,
    SentenceFacts,
    between_and,
    over_the_period_at,
    reporting_period_at,
)
from exchangekit_news._figure_dates import _HAS_DAY, STATEMENT_NOUNS
from exchangekit_news._figure_dates import names_a_day as _names_a_day
from exchangekit_news._lexicon import CRAFT_STAFF, MONTHS, SourceEntry
from exchangekit_news._mentions import (
    SAME_DAY,
    DateMention,
    FigureMention,
    Mentions,
    span_days,
    weekday_span,
)
from exchangekit_news._sentence import _SentenceBase
from exchangekit_news._stage_lists import _StageLists
from exchangekit_news._tokens import NUM, TOKEN_NORM, Token
from exchangekit_news._transfer_context import _PRISONER_WORDS

# How many sentences on "on the first day" may still name a day listed before.
# Words that only assent to what was just asked: "Yes.", "That's right."
_ASSENT_WORDS: Final = frozenset(
    {"yes", "yeah", "yep", "right", "exactly", "correct", "indeed", "that", "'s", "is", "quite"}
)
_DAYS_REACH: Final = 4
# Nouns of a document whose date a line at the head of a text gives: "statement, 7 May 2023".
_DOCUMENT_NOUNS: Final = frozenset(
    {"statement", "communique", "bulletin", "report", "update", "briefing"}
)
_HEAD_SENTENCES: Final = 3  # the sentences at the head of a text, over and under its headline


def _document_date(tokens: Sequence[Token], index: int, at: int) -> bool:
    """Whether the date at ``at`` dates a document named in a line at the text's head.

    "Defence Intelligence of Ukraine (HUR) – statement, 7 May 2023" over the headline
    "Forty-five defenders return home" tells when the statement was issued, not the day
    of the exchange the headline and the text under it tell ("Yesterday, 6 May, ...");
    so does "Published 15 March 2024" over a headline: the day of the page, not the event.
    """
    if index >= _HEAD_SENTENCES or at < 1:
        return False
    before = at - 1 - (tokens[at - 1].norm == ":")
    if before >= 0 and tokens[before].norm in lx.HEADING_ISSUED_WORDS:
        return True
    return at >= 2 and tokens[at - 1].norm == "," and tokens[at - 2].norm in _DOCUMENT_NOUNS


__all__ = ["ClaimDraft", "Discourse", "LegDraft", "SentenceFacts", "extract"]


class _RuleLayers(_StageLists):
    """The rules applied to one sentence, a layer of them per concept."""


def _one_layer(layers: type[_RuleLayers]) -> type[_RuleLayers]:
    """The rule layers of ``layers`` as one class over :class:`_SentenceBase`.

    The rules read attributes that live on the sentence itself (``norm``, the positions
    worked out on first use) by looking through the class's layers first; each time
    Python's attribute cache has lost the name, that is one dictionary per class, thirteen
    of them. One class holding every layer's methods (a later layer's over an earlier
    one's, as the layers resolve them) answers the same reads after three.
    """
    namespace: dict[str, object] = {}
    for layer in reversed(layers.__mro__[: layers.__mro__.index(_SentenceBase)]):
        namespace.update(
            (name, value)
            for name, value in vars(layer).items()
            if name not in ("__dict__", "__weakref__")
        )
    namespace["__qualname__"] = "_Sentence"
    return type("_Sentence", (_SentenceBase,), namespace)


if TYPE_CHECKING:
    _Sentence = _RuleLayers
else:
    _Sentence = _one_layer(_RuleLayers)


def _reporting_end(
    tokens: list[Token],
    first: int,
    last: int,
    discourse: Discourse,
    gap: bool,
    dates: list[DateMention],
    over_period: bool,
) -> str | None:
    """The last day of the report's period, when the sentence dates by "the reporting period".

    In a report, "in the same period" after a sentence with no figure (``gap``) points
    back past it to the period the report covers, not to a figure told before it.
    ``over_period``: the sentence counts "during the period" of a document that stated it.
    """
    if discourse.reporting is None:
        return None
    if discourse.in_period or reporting_period_at(tokens, first, last) is not None:
        return discourse.reporting
    if over_period:
        return discourse.reporting  # "during the period" of a document that stated it
    if not gap:
        return None  # "the same period" points to the report's only past a figureless sentence
    same = _same_period_at(tokens, first, last)
    if same is None or any(not d.since and d.last <= same for d in dates):
        # "6,060 in June alone, and 78 in the same period": the span its sentence told
        return None
    return discourse.reporting


_YEAR_DIGITS: Final = 4


def _same_period_at(tokens: list[Token], first: int, last: int) -> int | None:
    """Where the sentence says "in (over, during) the same period", if it does."""
    return next(
        (
            k
            for k in range(first, last - 3)
            if lx.same_span_at(lambda j: tokens[j].norm, k) == "period"
        ),
        None,
    )


def _over_the_span_told(
    legs: list[LegDraft], tokens: list[Token], first: int, last: int, dates: list[DateMention]
) -> list[LegDraft]:
    """``legs`` with each undated total "in the same period" dated as its sentence's total.

    "Kyiv got 6,060 bodies in June alone, and Moscow 78 in the same period": the span
    is the one the sentence told before it, not the report's period nor the publication
    day; only when the sentence's dated totals share one date, told before the words.
    """
    told = {(leg.dates, leg.since) for leg in legs if leg.tally and leg.dates}
    if len(told) != 1:
        return legs  # no one dated total to take the span from: no need to look for the words
    same = _same_period_at(tokens, first, last)
    if same is None or not any(d.last <= same for d in dates):
        return legs
    ((told_dates, since),) = told
    return [
        leg._replace(dates=told_dates, since=since) if leg.tally and not leg.dates else leg
        for leg in legs
    ]


def _month_of_swaps_before(
    legs: list[LegDraft],
    tokens: list[Token],
    first: int,
    last: int,
    discourse: Discourse,
    index: int,
) -> list[LegDraft]:
    """``legs`` with each undated handover "in the same period" dated by the month of the
    dated handovers the sentence before told.

    "Two swaps took place on 4 and 18 March. In the same period, 500 bodies were
    returned": the period is those swaps' month, not the publication day; swaps told in
    different months give no one month, and the handover is left as it was.
    """
    if not any(not leg.tally and not leg.dates for leg in legs):
        return legs
    if _same_period_at(tokens, first, last) is None:
        return legs
    months = set()
    for leg in discourse.legs:
        if leg.sentence != index - 1 or leg.tally or not leg.dates:
            continue
        for text in leg.dates:
            named = [w for w in text.replace(",", " ").split() if w.lower() in MONTHS]
            year = [w for w in text.split() if w.isdigit() and len(w) == _YEAR_DIGITS]
            months.add(" ".join(named[:1] + year[:1]) if len(named) == 1 else "")
    if len(months) != 1 or "" in months:
        return legs
    (month,) = months
    return [
        leg._replace(dates=(month,)) if not leg.tally and not leg.dates else leg for leg in legs
    ]


def _between_span_told(
    legs: list[LegDraft], tokens: list[Token], first: int, last: int, dates: list[DateMention]
) -> list[LegDraft]:
    """``legs`` with each total dated by one end of "between 1 June and 31 August" summed
    over the whole span, as of its last day.

    "at least 1,200 were returned between 1 June and 31 August, with as many going to
    Russia": dated by either end alone, a total would run from the war's start to the
    first day, or from the war's start to the second.
    """
    spans = [
        (start, end)
        for start, end in pairwise(dates)
        if between_and(tokens, start, end)
        and not end.since
        # two days: a span of months ("between June and October") is read as one date
        and all(_HAS_DAY.search(d.text) for d in (start, end))
    ]
    if len(spans) != 1 or "since" in map(TOKEN_NORM, tokens[first:last]):
        # "Between 2 and 6 March, 1,018 have returned since the start of the invasion":
        # a start of the figure's own, however it is told
        return legs
    ((start, end),) = spans
    read: list[LegDraft] = []
    for leg in legs:
        told = leg.dates[0] if leg.tally and leg.since is None and len(leg.dates) == 1 else ""
        # the date as told, or with the year the text is about after it: "1 June 2025"
        year = next((told[len(d.text) :] for d in (start, end) if told.startswith(d.text)), None)
        if year is None or not (year == "" or (year[0] == " " and year[1:].isdigit())):
            read.append(leg)
            continue
        closing = end.text if end.text.endswith(year) else end.text + year
        read.append(leg._replace(dates=(closing,), since=f"from {start.text} to {end.text}"))
    return read


def _undated_totals_on(legs: list[LegDraft], day: str, span: str | None = None) -> list[LegDraft]:
    """``legs`` with each running total the sentence left undated stated as of ``day``.

    With the report's ``span`` ("during the reporting period" of a document that gave
    both its ends), a total with no start of its own, undated or dated the period's
    last day, is summed over that span; one dated another day ("Over the quarter,
    3,000 bodies were returned, a figure confirmed on 2 October") keeps that day and
    still counts the span.
    """
    read: list[LegDraft] = []
    for leg in legs:
        if not leg.tally:
            read.append(leg)
        elif not leg.dates or (span is not None and leg.dates == (day,)):
            read.append(leg._replace(dates=(day,), stated=True, since=leg.since or span))
        elif span is not None and leg.since is None:
            read.append(leg._replace(since=span))
        else:
            read.append(leg)
    return read


# Words of a running total's level rather than a sum over a span: "the total rose to".
_STANDING: Final = frozenset(
    {"total", "number", "tally", "rose", "risen", "reached", "stood", "stands", "brought"}
    | {"bringing", "overall", "cumulative", "now"}
)
_STATEMENT_REACH: Final = 2  # how many sentences on a dated statement may be named again


def _parties(speakers: Sequence[SourceEntry]) -> frozenset[str]:
    """The parties of the speakers a sentence names (none for unknown ones)."""
    return frozenset(s.party for s in speakers if s.party is not None)


def _lead_unread(figures: Sequence[FigureMention], legs: Sequence[LegDraft]) -> bool:
    """Whether the sentence's first people figure gave no transfer while a later one did.

    "108 women were freed, while Russia took back 80 sailors": with the first group
    unread, the sentence's first leg is not the homecoming it led with.
    """
    ats = [leg.at for leg in legs if not leg.tally]
    if not ats or None in ats:
        return False
    people = [figure.first for figure in figures if figure.noun is not None]
    return bool(people) and people[0] < min(at for at in ats if at is not None)


def _forget_statements(discourse: Discourse, index: int, speaking: frozenset[str]) -> None:
    """Forget the dated statements sentence ``index`` may not name again.

    "In the statement, the Russian ministry said ..." takes the day of a statement told
    a sentence or two before by the same side; not of one told long before, nor of one
    another side made ("Putin gave an interview in February. In the interview,
    Zelensky said ..."). A sentence naming no speaker ("he said") keeps them.
    """
    for noun, (told, tellers) in list(discourse.statement_tellers.items()):
        if index - told > _STATEMENT_REACH or (speaking and tellers and not speaking & tellers):
            del discourse.statement_tellers[noun]
            discourse.statements.pop(noun, None)


def _another_number(
    tokens: list[Token], first: int, last: int, mentions: Mentions, numbers: set[int | None]
) -> bool:
    """Whether the sentence gives a number in digits other than ``numbers`` and no date's.

    "The right figure is 307.": a correction notice's right figure, whether or not it
    names the people again; a day ("on 13 June") or a year sets right no figure.
    """
    in_dates = {i for d in mentions.dates for i in range(d.first, d.last)}
    for i in range(first, last):
        token = tokens[i]
        if token.kind != NUM or i in in_dates or lx.is_bare_year(token.text):
            continue
        digits = token.text.rstrip(",.").replace(",", "")
        if digits.isdigit() and int(digits) not in numbers:
            return True
    return False


# Brackets a writer's "sic" may open, each with the one that closes it.
_SIC_BRACKETS: Final = {"(": ")", "[": "]"}


def _sic_figures(
    tokens: list[Token], last: int, mentions: Mentions
) -> dict[int, tuple[Count, Count | None]]:
    """The figures a writer marks "sic", by their first token: each figure's count and the
    count the bracket gives instead.

    "rose to 5,120 (sic; officials later gave 5,210)": the figure is copied as its
    source gave it, wrongly; the bracket's own number is the right one, and with none
    there the wrong one is no figure to print. Keyed by position, not by count, so the
    same number told again unmarked in the sentence stays as it is.
    """
    in_dates = {i for d in mentions.dates for i in range(d.first, d.last)}
    marked: dict[int, tuple[Count, Count | None]] = {}
    for figure in mentions.figures:
        at = figure.last
        closing = _SIC_BRACKETS.get(tokens[at].text) if at + 1 < last else None
        if closing is None or tokens[at + 1].norm != "sic":
            continue
        right: Count | None = None
        for i in range(at + 2, last):
            token = tokens[i]
            if token.text == closing:
                break
            digits = token.text.replace(",", "")
            bare = token.kind == NUM and digits.isdigit() and i not in in_dates
            if bare and not lx.is_bare_year(token.text):
                right = Count.exact(int(digits))
        marked[figure.first] = (figure.amount, right)
    return marked


class _Amounted(Protocol):
    """A draft read from one figure: a leg or a claim."""

    @property
    def amount(self) -> Count: ...

    @property
    def at(self) -> int | None: ...

    def _replace(self, *, amount: Count) -> Self: ...


_Drafted = TypeVar("_Drafted", bound=_Amounted)


def _set_right_sic(
    drafts: list[_Drafted], tokens: list[Token], last: int, mentions: Mentions
) -> list[_Drafted]:
    """The legs or claims read from figures marked "sic", given the bracket's number or
    dropped: a figure its writer flags as wrong is never printed as it stands, and an
    unmarked figure of the same number is told apart from it by where it stands."""
    if not drafts or not any(
        tokens[f.last].text in _SIC_BRACKETS for f in mentions.figures if f.last < last
    ):
        return drafts
    marked = _sic_figures(tokens, last, mentions)
    if not marked:
        return drafts
    # a draft that does not say which figure it was read from is matched by its count
    by_count = dict(marked.values())
    kept: list[_Drafted] = []
    for draft in drafts:
        if draft.at is not None:
            flagged = draft.at in marked
            right = marked[draft.at][1] if flagged else None
        else:
            flagged = draft.amount in by_count
            right = by_count.get(draft.amount)
        if not flagged:
            kept.append(draft)
        elif right is not None:
            kept.append(draft._replace(amount=right))
    return kept


# words for the living people a sentence can tell of, beside bodies and remains
_LIVING = frozenset({"prisoners", "pows", "soldiers", "servicemen", "civilians", "captives"})


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
    discourse.read_year(tokens, first, last)
    discourse.note_reporting(tokens, first, last, mentions.dates)
    if first > 0:
        # a dateline or a live blog's time stamp opens a new story or entry: the scene a
        # sentence of the entry before set ("Yesterday's repatriation ...") is not this one's
        discourse.scene = None
        discourse.announced = None
        # and a correction notice in the entry before sets nothing right in this one
        discourse.correcting = False
        discourse.withdrawing = []
    if first >= last:
        # a line that is only a live blog's time stamp or a dateline ("21:42"): it opens
        # the entry below it and states nothing
        return SentenceFacts([], [], [], [], None, None)
    sentence = _Sentence(index, tokens, first, last, mentions, discourse, text, publisher_kind)
    speakers = sentence.find_speakers()
    _forget_statements(discourse, index, _parties(speakers))
    announced = sentence.announced_figure()
    if announced is not None:
        discourse.announced = announced
    heading = sentence.statement_heading()
    if heading is not None:
        discourse.statement = heading
    answer = sentence.answer_to()  # the question just asked that this sentence answers
    legs, used = sentence.legs(mentions.dates, belligerents)
    # A sentence with no figure of its own and no leg read from it gives the rules of
    # figures told for sides, stages, tallies and their parts nothing to read: each draws
    # its legs from the sentence's figures or from legs already read, so none is tried
    counting = bool(sentence.m.figures or legs)
    if counting:
        legs.extend(sentence.put_at(legs, used, belligerents))
        legs.extend(sentence.figures_for_sides(legs, used))
        legs.extend(sentence.same_figures(legs, used))
        legs.extend(sentence.listed_stages(legs, used, belligerents))
        legs = sentence.ranked_stages(legs)
    legs = sentence.wounded_nationals(legs)
    if counting:
        legs = sentence.counted_kind(legs)
        numbered = sentence.number_of_tallies(legs, used, belligerents)
        if numbered:
            # rival counts of a handover's other way are no totals ("put at 157 by Kyiv")
            totals = {leg.amount for leg in numbered if leg.tally}
            # "it raised to 4,181 the number of captives freed through its efforts": a
            # go-between's two-way total is no one side's tally as well
            joint = {leg.amount for leg in numbered if "+" in leg.receiver}
            legs = [
                leg
                for leg in legs
                if (leg.tally and leg.amount not in joint) or leg.amount not in totals
            ]
        legs.extend(numbered)
        legs.extend(sentence.total_tallies(legs, used, belligerents))
        legs.extend(sentence.summed_up(legs, used, discourse.legs))
        legs.extend(sentence.tally_parts(legs, used))
        legs.extend(sentence.same_size(legs))
        legs.extend(sentence.same_number_in_clause(legs, belligerents))
        legs.extend(sentence.same_in_return(legs))
        legs.extend(sentence.equal_swaps_each(legs))
        legs.extend(sentence.figures_were_pair(legs, used))
        legs.extend(sentence.same_numbers_listed(legs, used))
        legs.extend(sentence.side_sizes_listed(legs, used))
    legs = sentence.bracketed_specifics(legs)
    if not legs or sentence.echo_heads_the_object():
        # "... the same number of Russian servicemen and eight civilians": the echo is the
        # verb's first object even when a figure joined to it was read
        legs.extend(sentence.same_number_as_before(belligerents))
    if not any(not leg.tally for leg in legs):
        legs.extend(sentence.same_size_again())
    if not legs:
        legs.extend(sentence.recurring_handovers())
    legs.extend(sentence.apiece_after_exchange(legs))
    if not legs:
        legs.extend(sentence.ordinal_group_of_tally())
    gap = discourse.figured < index - 1  # the sentence before told no figure
    if mentions.figures:
        discourse.figured = index
        taken = sentence.taken_away()
        if taken is not None:
            discourse.taken = (index, taken)
    else:
        loss_kinds = frozenset(
            map(lx.LOSS_HEADS.__getitem__, sentence.norm_set.intersection(lx.LOSS_HEADS))
        )
        discourse.figureless = (index, loss_kinds)
    if mentions.figures and not any(leg.tally for leg in legs):
        # the parts are figures of this sentence: none, no partition to read
        legs.extend(sentence.earlier_parts(legs, used))
    if mentions.figures:
        # "... the nine Ukrainians returned were civilians": the kind of those counted before
        legs.extend(sentence.kind_told_after(legs, used))
    legs.extend(sentence.equivalent_tallies(legs, used, belligerents))
    legs.extend(sentence.restated_tallies(legs, used))
    legs.extend(sentence.year_share_tallies(legs, used))
    legs.extend(sentence.since_share_tallies(legs, used))
    legs.extend(sentence.included_spans(legs, used))
    legs.extend(sentence.compared_years(legs, used))
    legs.extend(sentence.returned_tallies(legs, used))
    legs.extend(sentence.answered_tally(answer, used, belligerents))
    legs.extend(sentence.gapped_totals(legs, used))
    legs = sentence.rounded_totals(sentence.conjoined_totals(legs))
    legs = sentence.exact_restatements(legs)
    legs = sentence.kinds_included_in_totals(legs)
    legs = sentence.earlier_values(legs)
    legs = sentence.later_values(legs)
    legs.extend(sentence.compared_earlier_total())
    legs = [sentence.period_total(sentence.over_the_year(leg)) for leg in legs]
    totals_before = discourse.tallies
    legs = [sentence.span_of_total_before(leg, totals_before) if leg.tally else leg for leg in legs]
    legs = [sentence.other_way_of_total_before(leg, totals_before) for leg in legs]
    legs = [sentence.since_of_same_period(leg, legs) for leg in legs]
    legs = sentence.recurring_sizes(legs)
    legs = _set_right_sic(legs, tokens, last, mentions)
    if any(leg.tally for leg in legs):
        discourse.tallies = [leg for leg in legs if leg.tally]
    sentence.remains_way(legs, belligerents)
    followed = sentence.followed_exchange_date()
    if followed is not None:
        # "The swap followed an exchange earlier this month in which 64 were freed"
        legs = [
            leg._replace(aside=True) if not leg.tally and leg.dates == (followed,) else leg
            for leg in legs
        ]
    then = sentence.then_after_the_clause()
    if then is not None:
        # "The Ukrainian side received 189 people then": the exchange told before, in
        # passing; the one the story is about stays the current one
        legs = [
            leg._replace(aside=True) if not leg.tally and leg.dates == (then,) else leg
            for leg in legs
        ]
    if first < last and tokens[first].gap >= 3:
        discourse.correcting = False  # a new paragraph
        discourse.withdrawing = []
    discourse_withdrawn = sentence.withdrawn_version()
    if discourse_withdrawn:
        discourse.correcting = True
        ways = [(leg.receiver, leg.amount) for leg in legs if not leg.tally]
        # a figure of people whose way the notice leaves unsaid is withdrawn either way;
        # a notice naming a day may be about any exchange of that size, so withdraws none
        discourse.withdrawing = (
            []
            if mentions.dates
            else ways
            + [
                ("", f.amount)
                for f in mentions.figures
                if f.noun is not None and all(f.amount != amount for _, amount in ways)
            ]
        )
        legs = []  # a correction notice's withdrawn figure
    elif sentence.wire_correction_line():
        discourse.correcting = True
    withdrawn: tuple[tuple[str, Count], ...] = ()
    wrote, discourse.wrote = discourse.wrote, None
    if (
        wrote is not None
        and wrote[0] == index - 1
        and sentence.right_figure()
        and _another_number(tokens, first, last, mentions, {a.best for _, a in wrote[1]})
    ):
        # "We wrote that 80 came home. The correct figure is 90.": the 80 was the error
        withdrawn = wrote[1]
    elif not discourse_withdrawn and mentions.figures and sentence.we_wrote():
        discourse.wrote = (
            index,
            tuple((leg.receiver, leg.amount) for leg in legs if not leg.tally),
        )
    pending = {amount.best for _, amount in discourse.withdrawing}
    if pending and _another_number(tokens, first, last, mentions, pending):
        # the notice gives the right figure: the wrong one is withdrawn from the whole text
        # (a notice that sets right only a day or a name withdraws no figure)
        withdrawn, discourse.withdrawing = (*withdrawn, *discourse.withdrawing), []
    elif discourse.correcting:
        # the figure the notice sets right is the story's own, told again in the body
        legs = [leg if leg.tally else leg._replace(corrects=True) for leg in legs]
    sums = sentence.sums_called_out() | sentence.first_figures_corrected()
    if sums:
        # "the 402 we quoted is simply the sum of 207 and 195": no handover of its own
        legs = [leg for leg in legs if leg.amount.best not in sums]
    moved = {leg.category is PersonCategory.REMAINS for leg in legs if not leg.tally}
    if sentence.denies_return(moved.pop() if len(moved) == 1 else None):
        # "They were returned ... without any exchange in return": of this sentence's
        # transfers, or, when it counts none, of those the sentence right before told
        if any(not leg.tally for leg in legs):
            discourse.one_way.add(index)
        elif not mentions.figures and discourse.legs and discourse.legs[-1].sentence == index - 1:
            discourse.one_way.add(index - 1)
    # "27 in each of the first three handovers": on the days of those told before
    legs = sentence.each_of_told_events(legs, discourse.legs)
    # the transfers of the last few sentences that told some
    earlier = discourse.legs
    if _lead_unread(mentions.figures, legs):
        discourse.lead_unread = index
    discourse.legs = [*discourse.legs, *(leg for leg in legs if not leg.tally)][-EARLIER_KEPT:]
    told_before = discourse.told
    if told_before is not None and told_before[0] == index - 1 and told_before[1] != SAME_DAY:
        # "Moscow said on Wednesday it had handed over 9,000 bodies. Kyiv's figures, published
        # the same day, ...": a running total of that day, not of the last exchange's
        # (and, with no exchange told yet, "A report published on April 3 ... The same
        # day, Ukraine handed over 30": the day before is the only day to point back to)
        legs = [
            leg._replace(dates=(told_before[1],))
            if (leg.tally or not earlier) and leg.dates == (SAME_DAY,)
            else leg
            for leg in legs
        ]
    discourse.note_event_day(legs)
    legs = _between_span_told(legs, tokens, first, last, mentions.dates)
    legs = [sentence.said_to_stand_now(leg) if leg.tally else leg for leg in legs]
    legs = [sentence.stated_on(leg) if leg.tally and leg.dates else leg for leg in legs]
    if any(leg.tally for leg in legs):
        discourse.tallies = [leg for leg in legs if leg.tally]  # as dated: their spans
    # "since then": the date told just before starts the total; with none, no total
    legs = [
        started
        for leg in legs
        if (started := sentence.start_pointed_back(leg, discourse.dates_before)) is not None
    ]
    discourse.dates_before = (index, tuple(d.text for d in mentions.dates))
    # "Kyiv proposed 200 each way; Moscow freed eight": no part of the swap told before
    legs = [leg for leg in legs if not sentence.undated_after_proposal(leg)]
    if sentence.undated_part_of_span():
        # "received 94 in the second half": no day, and none to take from before
        legs = [leg for leg in legs if leg.tally or leg.dates]
    part = sentence.part_of_year_told()
    legs = [sentence.over_part_of_year(leg, part) for leg in legs]
    legs = [sentence.over_year_of_war(leg) for leg in legs]
    over_period = discourse.reporting_span is not None and over_the_period_at(
        tokens, first, last, discourse.reporting_quarter
    )
    reporting = (
        _reporting_end(tokens, first, last, discourse, gap, mentions.dates, over_period)
        or sentence.same_span_end()
    )
    legs = _over_the_span_told(legs, tokens, first, last, mentions.dates)
    if not mentions.dates:
        legs = _month_of_swaps_before(legs, tokens, first, last, discourse, index)
    span = sentence.span_told()
    if span is not None:
        discourse.span = span
    if reporting is not None:
        # "In the reporting period, the bodies of 7,912 ... were repatriated": a total
        # as of the period's last day, not of the day the report came out
        over = (
            discourse.reporting_span
            if reporting == discourse.reporting
            and over_period
            # "during the period, the total rose to 11,400": a level reached, not a sum
            and sentence.norm_set.isdisjoint(_STANDING)
            else None
        )
        legs = _undated_totals_on(legs, reporting, over)
    month = sentence.month_pointed_back()
    if month is not None:
        # "a series of handovers that month, which brought back 6,000": summed over it
        legs = [
            leg._replace(dates=(month,), stated=True, since=leg.since or month)
            if leg.tally and not leg.dates
            else leg
            for leg in legs
        ]
    legs = [sentence.published(leg) if leg.tally and not leg.dates else leg for leg in legs]
    legs = [sentence.through_stage(leg, earlier) if leg.tally else leg for leg in legs]
    legs = [sentence.named_exchange_day(leg, earlier) if leg.tally else leg for leg in legs]
    legs = [sentence.also_said(leg) if leg.tally and not leg.stated else leg for leg in legs]
    incident = sentence.incident_told()
    if incident is not None:
        # "Kyiv had said 2,828 had been freed before the crash": as of the crash's day
        legs = _undated_totals_on(legs, incident)
    legs = [
        sentence.counted_with(leg, earlier) if leg.tally and not leg.dates else leg for leg in legs
    ]
    legs = [sentence.by_latest_handover(leg) if leg.tally else leg for leg in legs]
    legs = [
        sentence.brought_by_told_swap(leg, legs) if leg.tally and not leg.stated else leg
        for leg in legs
    ]
    legs.extend(sentence.parts_of_total_before(discourse.told_tallies, used))
    told = [leg for leg in legs if leg.tally and leg.sentence == index]
    discourse.told_tallies = (index, told) if told else None
    legs = sentence.joint_accounts(legs)
    # a correction notice's figure is the error it sets right, no teller's claim; a
    # town's council counting its own residents tells a local toll, no side's claim
    local = sentence.told_by_local_body()
    claims = []
    if not (discourse_withdrawn or local):
        claims = sentence.claims(used, belligerents)
        claims.extend(sentence.equivalent_claims(claims, used, belligerents))
        claims.extend(sentence.same_claims(claims, belligerents))
        claims.extend(sentence.answered_claims(answer, claims, used))
    if sentence.turn_asks():
        claims = []  # "Q: Is it true that 10,000 were killed?": a figure put, not told
    claims = _set_right_sic(claims, tokens, last, mentions)
    sentence.note_question()
    if reporting is not None:
        # "as of the end of the reporting period more than 8,000 were in captivity"
        claims = [c._replace(as_of=reporting) if c.as_of is None else c for c in claims]
    sided = [f.nationality for f in mentions.figures if f.noun is not None and f.nationality]
    if sided:
        discourse.people = (index, sided[-1])
    people_counted = any(f.noun is not None for f in mentions.figures)
    subject = None if people_counted else sentence.subject_people_side()
    discourse.subject_people = (index, subject) if subject is not None else None
    if sentence.names_local_body():
        discourse.local_body = index
    lone = sentence.lone_side(belligerents)
    discourse.lone_side = (index, lone) if lone is not None else None
    acting = sentence.acting_side(belligerents)
    discourse.acting_side = (index, acting) if acting is not None else None
    kinds = [f.noun for f in mentions.figures if f.noun is not None and f.noun.category]
    discourse.counted = (index, kinds[-1]) if kinds else None
    # "work on Russian deaths by two outlets": a figure of no people leaves the topic named
    counted = claims or any(f.noun is not None or f.remains for f in mentions.figures)
    named = None if counted else sentence.losses_named()
    before = discourse.losses
    if (
        named is None
        and before is not None
        and before[0] == index - 1
        and sentence.count_taken_up()
    ):
        # "... Russian "personnel losses". The number has grown fast. It topped N": the
        # count named before is still the topic, as of the day it was updated
        discourse.losses = (index, *before[1:])
    else:
        discourse.losses = (index, *named) if named is not None else None
        discourse.losses_updated = sentence.update_day() if named is not None else None
    table_side = None if counted else sentence.losses_heading_side()
    discourse.table_side = (index, table_side) if table_side is not None else None
    discourse.region = sentence.region_named(discourse.region)
    discourse.home_region = sentence.home_region_named(discourse.home_region)
    discourse.region_sides |= sentence.region_sides()
    if sentence.tells_one_attack():
        discourse.attack = index
    if not sentence.norm_set.isdisjoint(CRAFT_STAFF):
        discourse.load = index
    if not sentence.norm_set.isdisjoint(lx.HANDOVER_PLURALS):
        discourse.many_exchanges = index
    if sentence.day_sized_swaps:
        discourse.several_days = index
    if claims:
        discourse.claims = claims
        discourse.claim_words = sentence.norm_set
        dated = next((c.as_of for c in claims if c.as_of is not None), None)
        if dated is not None:
            claimed = (sentence.norm_set, dated)
            discourse.claim_sentences = [*discourse.claim_sentences, claimed][-12:]
            for noun in sentence.norm_set & STATEMENT_NOUNS:
                discourse.statements[noun] = dated
                discourse.statement_tellers[noun] = (index, _parties(speakers))
        discourse.recap = sentence.recalls() or _month_after_day(claims, discourse.pegs)
        if not discourse.recap:
            for claim in claims:
                if claim.as_of is not None and claim.claimant is not PUBLISHER:
                    pegs = [(c, d) for c, d in discourse.pegs if c != claim.claimant]
                    discourse.pegs = [*pegs, (claim.claimant, claim.as_of)][-8:]
                    discourse.peg_sentences[claim.claimant] = index
    else:
        # "numbers he gave in an interview in February": a statement dated before its figures
        statements = sentence.statements_dated()
        discourse.statements.update(statements)
        for noun in statements:
            discourse.statement_tellers[noun] = (index, _parties(speakers))
    caveat = None
    if not claims and not legs and not mentions.figures:
        caveat = sentence.caveat(first)
    event_date = None
    if not legs and not discourse.correcting:
        # "one woman listed with the group returned separately in August" in a
        # correction notice dates no exchange of the story
        event_date = sentence.event_date()
    # "On April 19, the pattern repeated. Ukraine got back 246 soldiers ...": one date and
    # no figure set the scene for the next sentence, and for it only.
    scene_dates = [
        d
        for d in mentions.dates
        if not d.since
        and not sentence.agreement_date(d)
        and not sentence._ranking_year(d)
        and not _document_date(tokens, index, d.first)
        # "Some had been captured in Kursk last August.": a capture's date, not a scene
        and not sentence.capture_date(d)
        # "Petrov, who was arrested in April, was among them.": one person's past
        and not sentence.persons_past_date(d)
    ]
    spans = None if mentions.figures else sentence.scene_spans(scene_dates)
    if spans is not None:
        scene_dates = spans  # "Between 9 June and the end of the month, ...": one span
    elif not mentions.figures:
        scene_dates = []  # a span with an end not read: no day of it sets the scene
    scene = [] if discourse.correcting else [d.text for d in scene_dates]
    headed = discourse.headed and tokens[first].gap < 3  # the same paragraph
    if headed and not scene and not mentions.figures:
        pass  # "January 3, 2024. The first swap of last year was the biggest. Kyiv ..."
    elif not scene and not mentions.figures and _assent_only(tokens, first, last):
        pass  # "The one on 2 October? Yes. 185 came home that day": the question's day
    else:
        discourse.scene = (
            # "Four weeks later, on January 31, ...": in the year the count reaches
            sentence._after_the_last_event(scene[0])
            if len(scene) == 1
            # "On January 31 a second deal took place, days after a crash that Moscow said
            # killed 65": an exchange told on its date, its figures to come, sets the scene
            # though the sentence counts something else
            and (
                not mentions.figures
                or (
                    not legs
                    and (
                        sentence.took_place_on(scene[0])
                        # "- 23-25 May: the "1,000 for 1,000" ... . Each side got back ..."
                        or sentence.dates_rest_of_line(scene[0])
                    )
                )
            )
            and not scene[0].isdigit()
            # "they would be flown to Moscow on Saturday": a plan's date sets no scene
            and not sentence.modal_said(scene_dates[0])
            # "the figure the Kremlin had put out on Tuesday": nor an earlier telling's
            and not sentence.announced_earlier(scene_dates[0])
            # '"...," she said on Monday': the day the quoted words were spoken
            and not sentence.quote_attributed(scene_dates[0])
            else None
        )
        # a date standing alone heads what follows it, up to a figure or another date
        discourse.headed = (
            discourse.scene is not None
            and scene_dates[0].first <= first + 1
            and scene_dates[0].last >= last - 1
        )
        if discourse.headed and discourse.scene is not None:
            discourse.heading = discourse.scene
    sentence.note_incidents()
    if sentence.ranks_since_start():
        discourse.ranked_at = index
    if scene_dates:
        discourse.told = (
            (index, scene[0], sentence._statement_date(scene_dates[0])) if len(scene) == 1 else None
        )
        # "On Tuesday two figures for Russian dead appeared.": the figures told next
        out = len(scene) == 1 and not claims and not people_counted and sentence.figures_put_out()
        discourse.figures_out = (index, scene[0]) if out else None
    elif len(whens := sentence.since_when_dates()) == 1:
        # "not updated since 21 September, when the minister gave 5,937": the "when" clause
        # tells an event of that day, which "at that time" next points back to
        discourse.told = (index, whens[0], False)
    named_on = sentence.exchange_named_on()
    if named_on is not None:
        discourse.exchange_named_on = (index, named_on)
    stated = [
        d.text for d in scene_dates if sentence._statement_date(d) or sentence.dates_a_statement(d)
    ]
    if len(stated) == 1:
        discourse.stated = (index, stated[0], sentence.norm_set)
    elif discourse.stated is not None and sentence.goes_on_statement():
        discourse.stated = (index, *discourse.stated[1:])
    else:
        discourse.stated = None
    listed = tuple(d.text for d in scene_dates if _HAS_DAY.search(d.text))
    if len(listed) == 1:
        # "over three days from May 23": the days of the span, for "the first day" after it
        listed = span_days(listed[0]) or listed
    elif not listed:
        listed = sentence.bare_ordinal_days()  # "on the 11th and again on the 14th"
        # "between Friday and Sunday": the span's days, for stages listed next
        listed = listed or weekday_span(sentence.norm, mentions.dates)
    if len(listed) > 1:
        discourse.days, discourse.days_at = listed, index
    elif any(not d.since for d in mentions.dates) or index - discourse.days_at >= _DAYS_REACH:
        # "... 303 on May 25. ... The ministry described those it received on the first
        # day as ...": the list holds until a sentence names a date of its own
        discourse.days = ()
    if sentence.norm_set & _PRISONER_WORDS:
        discourse.topic = PersonCategory.PRISONERS_OF_WAR
    elif sentence.norm_set & {"bodies", "remains"}:
        discourse.topic = PersonCategory.REMAINS
    group = None
    if sentence.norm_set & {"bodies", "remains", "body"}:
        group = "remains"
    elif not sentence.norm_set.isdisjoint(_LIVING) and _told_outside_names(sentence, mentions):
        group = "living"
    read = discourse.counts_alone and not (discourse.correcting or discourse_withdrawn)
    rank = sentence.countless_tally(legs, speakers, belligerents) if read else None
    return SentenceFacts(
        legs,
        claims,
        speakers,
        sentence.intermediaries(),
        event_date,
        caveat,
        group,
        sentence.two_way,
        capture_told(mentions),
        sentence.mixed_stage(),
        not mentions.figures and sentence.copy_faked(),
        withdrawn,
        () if rank is None else (rank,),
    )


def _told_outside_names(sentence: _SentenceBase, mentions: Mentions) -> bool:
    """Whether a word for living people stands outside the names of the sentence's sources.

    "The handover took place on Thursday, the Coordination Headquarters for the
    Treatment of Prisoners of War said": the prisoners are part of a body's name, so
    the sentence tells of no one, and its day is not that of an exchange of prisoners.
    """
    named = {k for source in mentions.sources for k in range(source.first, source.last)}
    return any(
        sentence.norm_at[k] in _LIVING and k not in named
        for k in range(sentence.first, sentence.last)
    )


def _month_after_day(claims: list[ClaimDraft], pegs: list[tuple[SourceEntry, str]]) -> bool:
    """Whether the claims give only a month for a speaker whose statement was pegged to a day.

    "On Sunday Zelensky said 43,000 had died. ... In February, he gave a figure of 31,000":
    a figure told by its month after the speaker's dated statement is an earlier one
    recalled, so later figures of his that name no date stay with Sunday's statement.
    """
    for claim in claims:
        if claim.as_of is None or claim.claimant is PUBLISHER or _names_a_day(claim.as_of):
            continue
        if set(claim.as_of.lower().split()).isdisjoint(MONTHS):
            continue  # "this month", "last week": no earlier month named
        peg = next((d for c, d in pegs if c == claim.claimant), None)
        if peg is not None and _names_a_day(peg):
            return True
    return False


def _assent_only(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the sentence only assents ("Yes.", "That's right."), saying nothing new.

    It leaves the scene the question before it set: "That was the one on 2 October?
    Yes. 185 soldiers came home that day" is 2 October's exchange (also after a
    transcript's speaker label, "YULIA: Yes.").
    """
    if last - first > 2 and tokens[first + 1].norm == ":" and tokens[first].text.isupper():
        first += 2  # a transcript's speaker: "YULIA: Yes."
    # a fourth word already says more than assent: the words after it are never read
    said = (n for i in range(first, last) if (n := tokens[i].norm).isalpha() or n == "'s")
    words = list(islice(said, 4))
    return bool(words) and len(words) <= 3 and set(words) <= _ASSENT_WORDS and words[-1] != "that"
