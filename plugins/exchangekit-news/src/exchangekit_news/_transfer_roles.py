"""The roles in a transfer: its verb, who sent, who received, what kind of people.

The clause-reading rules that find the predicate of handing over for a figure,
its subject and receiver, and the category of the people it counts.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from exchangekit import PersonCategory
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._chunks import _AUXILIARIES, mixed_group, mixed_group_end, same_number
from exchangekit_news._claim_subjects import _TOTAL_HEADS
from exchangekit_news._drafts import PUBLISHER, LegDraft
from exchangekit_news._figure_dates import (
    _DONE_ON,
    _PERFECT,
    _PROPOSING,
    _QUOTES,
    _SWAP_VERBS,
)
from exchangekit_news._lexicon import Move, Noun, Role
from exchangekit_news._mentions import (
    ACTOR,
    MEDIATOR,
    MEDIATOR_CODES,
    NATIONALITY,
    FigureMention,
    PartyMention,
    TransferWord,
    next_listed_part,
    relative_number_head,
)
from exchangekit_news._sentence import (
    _EXCHANGE_NOUNS,
    _FINITE,
    _PLACE_HEADS,
    _RELATIVE_REACH,
    _TIME_UNITS,
    _TOTAL_OBJECT_REACH,
    _other,
    _Positions,
)
from exchangekit_news._tallies import _RAISING_PARTICIPLES, _Tallies
from exchangekit_news._tokens import DASHES, NUM, SYM, WORD

# Verbs of saying that make a count one side's contested claim: "both sides claimed 60 each".
_CLAIMING: Final = frozenset({"claimed", "claims", "claim", "claiming"})
# Prepositions that make an event named after them a point in time: "after the swap".
_LANDMARK_PREPOSITIONS: Final = frozenset({"after", "before", "since", "following", "until"})
# Marks that end a clause after a closing sum: "..., 300 in all, the ministry said."
_CLAUSE_ENDS: Final = frozenset({".", ";", ","})
# Verbs of going a count "went each way" with: "95 went each way", "70 have crossed each way".
_WENT: Final = frozenset({"went", "gone", "crossed", "moved"})
_PREDICATE_REACH: Final = 12  # tokens between a verb of handing over and its figure
# Words a dash aside naming some of a figure's people ("- among them ... -") may span.
_AMONG_ASIDE_REACH: Final = 32
_LIST_REACH: Final = 20  # tokens between two figures listed together

_PREPOSITIONS: Final = frozenset({"to", "from", "by", "with", "for", "of", "in", "into", "against"})
_POINTED_ROLES: Final = (Role.AGENCY, Role.MINISTRY, Role.GOVERNMENT, Role.MILITARY)
# Subjects naming a state with no side of their own: "the government took back 6,000".
_SIDELESS_STATE: Final = frozenset({"government", "authorities", "officials"})
_SPEECH_TAG_REACH: Final = 6  # tokens from a speech tag's opening comma to its closing one
OWN_OBJECT_REACH: Final = 4  # tokens between a verb of getting back and its figure
_VERB_GROUP_WORDS: Final = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "been", "also", "now", "then", "already"}
)
# Words before "to" that make the verb after it done: "we managed to return 49".
_ACHIEVED: Final = frozenset({"managed", "able"})
_NUMBERING: Final = frozenset({"numbering", "totalling", "totaling"})
# Past verbs of what a swap held or freed: "the 115-for-115 swap on Aug. 24 included many".
_HELD_IN_SWAP: Final = frozenset({"included", "involved", "freed", "brought"})
# Words of when a statement was made, between its verb and the clause it reports.
_WHEN_SAID: Final = frozenset({"late", "early", "on", "last", "in", "this"})

# Adverbs that may stand inside a verb group: "had so far been returned".
_VERB_GROUP_ADVERBS: Final = frozenset({"so", "far", "now", "already", "also", "since", "then"})

# Adverbial phrases that may stand inside a verb group ("had at the same time been").
_ADVERBIAL_PHRASES: Final = (
    ("at", "the", "same", "time"),
    ("in", "turn"),
    ("in", "the", "meantime"),
    ("by", "then"),
)

# Participles of being taken away or kept that open an aside on the people: ", taken to".
_ASIDE_PARTICIPLES: Final = frozenset(
    {"taken", "deported", "held", "detained", "kept", "evacuated", "removed", "abducted"}
)
_APPOSITIONS: Final = frozenset({"among", "including", "most", "many", "some", "both"})

# Words in an aside on a group that name people of another kind among them: the
# civilians, the dead and the wounded ("10 of whom had died in captivity").
_OTHER_KIND_WORDS: Final = lx.CIVILIAN_WORDS | lx.REMAINS_NOUNS | lx.KILLED_WORDS | lx.WOUNDED_WORDS
_APPOSITION_EXTRA: Final = 16  # more an aside naming a part ("among them ...") may span
# Nouns of a place an apposition may name again: "of Hrabovske, a border village ...".
_PLACE_NOUNS: Final = _PLACE_HEADS | frozenset(
    {"village", "town", "settlement", "hamlet", "community", "suburb", "township"}
)

# "had captured 594 servicemen": the figure is the object of a capture
_CAPTURE_FORMS: Final = frozenset(_lemmas.inflections("capture"))
# A verb group's auxiliaries between "and" and its verb: "and had received 78"
_AUXILIARIES_BETWEEN: Final = frozenset({"has", "have", "had", "also", "then", "later"})
_LIST_WORDS: Final = frozenset({"and", ",", "as", "well", "plus", "along", "with"})

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

# Lemmas of a figure's people moving or being moved, in "205 were exchanged in each direction".
# Verbs of people moving themselves: "75 came home", "75 went the other way".
_COMING_LEMMAS: Final = frozenset({"go", "come"})
_EACH_WAY_MOVES: Final = lx.GOING_LEMMAS | {"cross", "move", "exchange", "swap", "trade", "free"}

# Auxiliaries that can stand for a verb left out: "... and Moscow said 250 Russians had".
_ELIDING_AUXILIARIES: Final = frozenset({"had", "have", "has", "were", "was", "did"})
_SIDE_NOUNS: Final = frozenset({"side", "sides", "way", "country", "direction"})

# Forms of "see" whose object a participle after it tells the fate of: "saw 175 traded".
_SAW: Final = frozenset({"saw", "sees", "seen"})
_CLAUSE_OPENERS: Final = frozenset({"when", "while", "whereas", ";", "after", "before"})
# Conjunctions of time or cause that open a clause an exchange noun before them does not
# govern once a subject and a past verb of its own follow: "came after Moscow published".
_LATER_CLAUSE_OPENERS: Final = frozenset({"after", "before", "until", "because"})
_SUBJECT_PRONOUNS: Final = lx.SUBJECT_PRONOUNS
_SCENE_PREPOSITIONS: Final = frozenset({"in", "during", "at", "with", "after"})
# Words of people other than men of arms: with them, "men" is one part of a mixed group.
_NOT_ONLY_MEN: Final = frozenset({"women", "woman", "girls", "boys", "people", "citizens"})
_KINDLESS_HEADS: Final = frozenset(
    {"people", "persons", "citizens", "nationals", "women", "adults"}
)
# words of the dead besides the heads of their nouns: "the fallen", "the dead"
_DEAD_WORDS: Final = frozenset({"dead", "fallen", "body", "corpses", "killed"})
# nouns of a swap of the living: a "handover" or "repatriation" is as often of bodies
_SWAP_NOUNS: Final = frozenset({"exchange", "exchanges", "swap", "swaps"})
# Auxiliaries between a bare subject and its participle: "103 had been freed".
_FREED_AUXILIARIES: Final = frozenset({"were", "was", "had", "have", "been"})
_SIDE_PLURALS: Final = frozenset({"countries", "parties", "party", "governments"})

_DEMONYM_PLURALS: Final = frozenset({"ukrainians", "russians"})
# Nouns of people that name no kind (who they belong to, not soldier or civilian): a
# count of them keeps no kind told of another figure before it.
_OWN_KINDLESS_NOUNS: Final = frozenset({"volunteers", "foreigners", "nationals", "citizens"})
# Nouns of men that "wounded" may stand before when a list of nationalities spells the
# group out: "a handover of wounded men (31 Ukrainians, 15 Russians)".
_WOUNDED_GROUP_NOUNS: Final = frozenset(
    {"men", "soldiers", "servicemen", "prisoners", "captives", "pows", "troops", "fighters"}
)
# "in a similar condition", "in the same state": people as the group told before them was.
_LIKE_WORDS: Final = frozenset({"similar", "same", "like", "comparable"})
_CONDITION_NOUNS: Final = frozenset({"condition", "state"})
# Words of a per-side phrase between a count and its aside: "115 people on each side, ...".
# Words that make ships merchant ones: "sailors from merchant ships", "of civilian vessels".
_MERCHANT_WORDS: Final = frozenset({"merchant", "civilian", "commercial", "cargo", "civil"})
_PER_SIDE_WORDS: Final = frozenset(
    {"on", "in", "from", "each", "either", "side", "way", "direction", "apiece"}
)

# The small words of a list of dates set off as an aside: "on 5 January and 5 February".
_DATE_ASIDE_WORDS: Final = frozenset({"on", "in", "and", ",", "the", "of", "then", "later"})
# Words that make a sentence about an exchange of prisoners.
# words that speak of living people held by the other side
_CAPTIVES: Final = frozenset({"prisoners", "prisoner", "pows", "captivity", "captives"})
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
# Words of trading that bodies are handed over in as well: "in exchange for 10 Russians".
_TRADED: Final = frozenset({"exchange", "exchanges", "exchanged"})
# Words that keep a bare-figure swap from being read as one of prisoners of war.
_BARE_SWAP_OTHERWISE: Final = (
    lx.CIVILIAN_WORDS
    | lx.REMAINS_NOUNS
    | {"dead", "fallen", "body", "people", "children", "women", "repatriation", "handover"}
)

# Verbs that move people somewhere; to the border, they only stage a handover.
_STAGING_VERBS: Final = frozenset(
    {"delivered", "brought", "taken", "took", "transported", "moved", "bussed", "bused"}
    | {"driven", "drove", "deliver", "bring", "take", "transport", "move"}
)
_BORDER_WORDS: Final = frozenset({"border", "frontier", "crossing", "checkpoint"})

# Ranks by size that set a named deal among the exchanges counted: "the largest of them".
_SIZE_RANKS: Final = frozenset({"largest", "biggest", "smallest"})

# Verbs of beginning before a gerund of handing over: a process started, not a handover done.
# Parts of one deal: 'the second day of the "500 for 500" exchange' names the whole deal.
_DEAL_PARTS: Final = frozenset({"stage", "day", "round", "phase", "part", "leg"})
_BEGUN: Final = frozenset(
    {"begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting"}
)
# Verbs that bring on the next event of a story told in order: "then came the '500 for 500'".
_COMING_NEXT: Final = frozenset(_lemmas.inflections("come"))


# Words before an active verb that make it passive: "children were returned".
_RETURN_PASSIVE: Final = lx.BE_FORMS
# Nouns a story names the children it is about with: "the fate of Ukrainian children".
_CHILD_NOUNS: Final = "(?:children|child|minors|kids|teenagers)"
# Participles of taking people away that a place follows: "children deported to Russia".
_TAKEN_AWAY_TO: Final = frozenset(
    {"deported", "taken", "removed", "transferred", "abducted", "kidnapped", "moved"}
)


# "the exchange agreed in Istanbul was carried out on Friday": participles of a deal done.
_DONE_PASSIVES: Final = frozenset({"carried", "completed", "conducted"})
# "agreed to an exchange", "agree on a swap": the sides settle on a plan.
_AGREEING: Final = lx.AGREEING


# where children "come back" to in everyday life, not from captivity: "back to school"
_EVERYDAY_RETURNS: Final = frozenset(
    {"school", "schools", "classes", "lessons", "kindergarten", "camp", "holiday", "holidays"}
)


# words the source named in ", according to X," may span between a verb and its object
_SOURCE_ASIDE_REACH: Final = 8
# Collective nouns that a swap's wounded object may open with: "groups of wounded men".
_GROUP_NOUNS: Final = frozenset({"group", "groups", "batch", "batches"})
# words opening a new clause after such an aside: what follows is not the verb's object
_ASIDE_CLOSERS: Final = frozenset({"and", "but", "while", "whereas", "as", "when", "after"})
# The words that may lead up to the people a verb sends after its receiver: "handed over
# to Kyiv a further 1,200 bodies", "to the Russian side the remains of 40".
_PEOPLE_LEADS: Final = frozenset({"the", "a", "further", "another", "bodies", "remains", "of"})
# Words between people and the infinitive that says what is said or planned of them: "70
# Russians said to be on the list", "40 more expected to be freed".
_INFINITIVE_LEADS: Final = frozenset(
    {"said", "thought", "believed", "expected", "due", "set", "still", "yet", "reported"}
)


class _TransferRoles(_Tallies):
    """The rules for the verb, sides and kind of people of a transfer figure."""

    _drafted_here: list[LegDraft]  # the sentence's legs so far, set by ``legs``

    def _relative_noun(self, word: TransferWord) -> bool:
        """Whether a word of handing over stands in a relative clause or aside, not the main one.

        In a clause without commas only a noun ("… who were being taken to the
        border for an exchange that …") is sure to be there: a verb may be the
        main verb after it ("8 residents who had been held were returned").
        """
        if self._in_relative(word.first):
            return True
        return self.clauses.in_relative(word.first - self.first, restrictive=True) and self.norm_at[
            word.first - 1
        ] in ("a", "an", "the", "this", "that", "another")

    def _predicate(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The verb or noun of handing over that governs ``figure``; true when it comes first."""
        listed = self._share_listed_after_colon(figure) or self._share_both_reported(figure)
        if listed is not None:
            return listed, True
        paired = self._pair_noun(figure) if self._pair(figure) else None
        if paired is not None:
            # 'hands over 22 wounded alongside a 175-for-175 swap': the pair sizes its noun,
            # whatever verb stands before it
            return paired, True
        if self._with_infinitive_aside(figure):
            return None  # "..., with as many as 70 said to be on the next list": no move
        before = [
            t
            for t in self.m.transfers
            if t.last <= figure.first
            and (
                figure.first - t.last <= 8
                or self._second_object(t, figure)
                or self._joined_object(t, figure)
                or self._gapped_object_past_aside(t, figure)
                or self._second_of_phrase(t, figure)
                or self._of_past_dated_aside(t, figure)
                or self._object_after_to_and_aside(t, figure)
                or self._object_past_source_aside(t, figure)
                or self._counter_past_aside(t, figure)
                or self._joined_to_echo(t, figure)
                or self._later_included_part(t, figure)
                or self._joined_side_share(t, figure)
                or (figure.first - t.last <= 20 and self._undated_gap(t.last, figure.first) <= 8)
                # "took back its dead - each time, the Headquarters said, about 1,000 bodies"
                or (
                    figure.first - t.last <= 20
                    and bool(self.m.speech)
                    and not self._figure_between(t.last, figure.first)
                    and len(self._outside_speech_asides(t.last, figure.first)) <= 8
                )
                # "freed equal numbers: 390 on May 23, 307 on May 24 and 303 on May 25"
                or lx.after_equal_numbers(self.tokens, self.first, figure.first)
                # "the largest swap of the year, brokered by Qatar: 400 for 400"
                or self._pair_after_colon(figure)
                # "Two handovers followed: on 13 June, of 1,200, and on 16 June, of 900"
                or (
                    self.norm_at[t.first] in lx.EXCHANGE_PLURALS
                    and self._dated_item_after_colon(t, figure)
                )
            )
        ]
        before = [
            t
            for t in before
            if not self._circumstantial_mediation(t)
            and not self._in_later_clause(t, figure)
            and not self._sums_its_subjects(t, figure)
            and not self._boundary(t.last, figure.first)
            and self._same_clause(t.first, figure.first)
            and (
                not self._in_relative(t.first)
                or self._in_relative(figure.first)
                or self._sized_by_pair(t, figure)
                or self._listed_from_relative(t, figure)
            )
        ]
        if before:
            # "… came home: 146 soldiers were freed": after a colon the figure has a verb of
            # its own; "205 are home: 185 servicemen and 20 civilians" has none and keeps "home".
            # an aside of saying (", the ministry said,") names a teller and opens no clause
            between = [
                self.norm_at[i] for i in self._outside_speech_asides(before[-1].last, figure.first)
            ]
            # "... returned 24, and in August, when 900 bodies came back": a figure that
            # opens a clause of its own is the subject of the verb after it
            opens = (
                ":" in between
                # "they traded bodies three times — 757, 757 and 909 bodies returned to
                # Ukraine": a dash opens an aside that may have a verb of its own
                or not DASHES.isdisjoint(between)
                or not _CLAUSE_OPENERS.isdisjoint(between)
                # "the swap on Monday, in which 146 prisoners were exchanged for 146": a
                # relative clause right before the figure has a verb of its own
                or between[-2:] in (["in", "which"], ["during", "which"])
                # "in which, as Kyiv said at the time, 82 came home": past an aside of saying
                or (
                    between[-1:] == [","]
                    and between[-3:-1] in (["in", "which"], ["during", "which"])
                )
                or any(a == "," and b in ("and", "but") for a, b in itertools.pairwise(between))
                # "205 servicemen came home and the same number went the other way": a verb
                # with nothing after it but "and" has ended its clause
                or between == ["and"]
                # "1,000 bodies were handed over to Ukraine and 24 were returned to Russia": a
                # passive of its own after the figure opens a second clause
                or (between[-1:] == ["and"] and self._own_passive_after(figure))
                # "70 were freed on each side and 12 civilians went home to Ukraine": a verb
                # of coming home right after the figure is its own, one way
                or (between[-1:] == ["and"] and self._own_homecoming_after(figure))
                # "carried out a swap, with the ministry saying that 195 had been released"
                or any(a in lx.SPEECH and b == "that" for a, b in itertools.pairwise(between))
                # "..., the body that runs the swaps, said on Monday that 6,000 had come
                # home": a day or place between the verb of saying and its "that" as well
                or _said_then_that(between)
                # "calls it the 67th exchange and says 5,800 people have come home": a verb
                # of saying right before the figure opens its reported clause all the same
                or not lx.SPEECH.isdisjoint(between[-1:])
                # "In a separate return, 14 soldiers and three civilians crossed ...": a
                # noun of an opening phrase set off by a comma sets the scene
                or ("," in between and self._in_opening_phrase(before[-1].first))
                # "the swap saw 175 prisoners traded for 175": the participle right after
                # the object of "saw" is the figure's own verb
                or (between[-1:] and between[-1] in _SAW and self._participle_after(figure))
            )
            if opens:
                own = self._predicate_after(figure)
                # "84 came back — 51 soldiers and 33 civilians — and Russia took back 84": a
                # verb past the dash that closes the aside is not the aside's own
                closed = (
                    not DASHES.isdisjoint(between)
                    and any(self.norm_at[i] in DASHES for i in range(figure.last, own[0].first))
                    if own is not None
                    else False
                )
                if (
                    own is not None
                    and not closed
                    and not self._gapped_before_comma(figure, own[0])
                    and not self._added_event(figure, own[0])
                    # "got back fewer: 27 bodies in each of the three handovers": the
                    # handovers frame the figure; the verb before the colon moves it
                    and not self._each_of_events_after(figure)
                ):
                    return own
                if not lx.SPEECH.isdisjoint(between) and not self._verb_elided_after(figure):
                    # "Russia had received 78, and said a further 2,239 were ready to be
                    # returned": the figure is told in the next clause's reported speech
                    return None
            if self._part_doing_other(figure):
                return None
            chosen = before[-1]
            if (
                chosen.done
                and self._planned_between(self._past_agreed_deal(chosen, figure), figure.first)
                # "the largest swap of the war, agreed a week earlier: 1,000 for 1,000"
                and not self._ranked_then_agreed(
                    self._clause_before(chosen.first), figure.first - 1
                )
            ):
                chosen = chosen._replace(done=False)
            if chosen.done and self._staged_at_border(chosen, figure):
                chosen = chosen._replace(done=False)
            if chosen.done and self._begun(chosen):
                chosen = chosen._replace(done=False)
            return chosen, True
        linked = self._linked_predicate(figure)
        if linked is not None and self._in_later_clause(linked[0], figure):
            linked = None
        return linked or self._predicate_after(figure)

    def _part_doing_other(self, figure: FigureMention) -> bool:
        """Whether a part ("of whom 40") is what the verb after it tells something else of.

        "80 soldiers freed in swaps, of whom 40 said they had been beaten": the part's
        own verb is one of saying or another past that moves no one, so the part is
        not a group handed over, whatever noun of exchanging stands before it.
        """
        if self.norm_at[figure.first - 1] not in ("whom", "them") or self.norm_at[
            figure.first - 2
        ] not in ("of", "among"):
            return False
        verb = figure.np_end
        if any(t.first == verb for t in self.m.transfers):
            return False
        word = self.norm_at[verb]
        return word in lx.SPEECH or (word.endswith("ed") and word not in lx.BE_FORMS)

    def _with_infinitive_aside(self, figure: FigureMention) -> bool:
        """Whether the figure heads a ", with" phrase that gives it an infinitive of its own.

        "150 soldiers were freed, with as many as 70 Russians said to be on the next
        list": the phrase after the comma tells of people a list holds or a plan names
        ("expected to be freed"), not of more people the verb before it moved, nor of
        people moved by a verb after it.
        """
        if "with" not in self.norm_set:
            return False  # most sentences: no such phrase
        opener = figure.first - 1
        aside = True  # "with, according to one negotiator, as many as 70": one aside
        while opener > self.first and self.norm_at[opener] != "with":
            if self.norm_at[opener] in (";", ":") or (self.norm_at[opener] == "," and not aside):
                return False
            if self.norm_at[opener] == ",":
                aside = False
                closing = opener
                opener = next(
                    (i for i in range(opener - 1, max(self.first, opener - 10), -1)
                     if self.norm_at[i] == ","),
                    self.first,
                )  # fmt: skip
                if self.norm_at[opener - 1] != "with" or closing - opener < 2:
                    return False
            opener -= 1
        if self.norm_at[opener] != "with" or self.norm_at[opener - 1] != ",":
            return False
        at = figure.np_end
        while at < min(self.last, figure.np_end + 3) and self.norm_at[at] in _INFINITIVE_LEADS:
            at += 1
        return self.norm_at[at] == "to" and self.norm_at[at + 1] == "be"

    def _in_later_clause(self, word: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` stands in a clause of its own opened after the noun ``word``.

        "The handover came after Moscow published footage of 900 bodies": "after" with a
        side (or a pronoun) and a past verb of its own opens a clause whose figure tells
        of that side's doing, not the size of the exchange the noun names.
        """
        noun = word.move is Move.EVENT or self.norm_at[word.first] in lx.EXCHANGE_NOUNS
        if not noun or word.last > figure.first:
            return False
        opener = next(
            (k for k in range(word.last, figure.first) if self.norm_at[k] in _LATER_CLAUSE_OPENERS),
            None,
        )
        if opener is None:
            return False
        for verb in range(opener + 2, figure.first):
            if not self.norm_at[verb].endswith("ed"):
                continue
            subject = verb - 1
            while subject > opener and self.norm_at[subject] in _AUXILIARIES_BETWEEN:
                subject -= 1
            if self.norm_at[subject] in _SUBJECT_PRONOUNS or any(
                p.noun and p.last - 1 == subject for p in self.m.parties
            ):
                return True
        return False

    def _later_included_part(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is a later item of a list of parts that ``verb`` governs.

        "got back 51 of its people, including 40 soldiers and 11 civilians, and Moscow
        received ...": the civilians are some of the 51 the verb moved, however far the
        list runs, not the object of the verb after it.
        """
        part = next(
            (
                f
                for f in self.m.figures
                if verb.last <= f.first < figure.first
                and f.first - verb.last <= 8
                and self._part_cue_before(f)
            ),
            None,
        )
        while part is not None and part is not figure:
            part = next(
                (
                    f
                    for f in self.m.figures
                    if f.first > part.first
                    and f.noun is not None
                    and next_listed_part(self.tokens, part.np_end, f.first)
                ),
                None,
            )
            if part is figure:
                return True
        return False

    def _part_cue_before(self, figure: FigureMention) -> bool:
        """Whether "including" or "among them" stands right before ``figure``."""
        before = self.norm_at[figure.first - 1]
        return before in lx.PART_CUES or (
            before == "them" and self.norm_at[figure.first - 2] in lx.PART_CUES
        )

    def _own_passive_after(self, figure: FigureMention) -> bool:
        """Whether a passive verb of handing over follows the figure's noun group straight.

        "... to Ukraine and 24 were returned to Russia": "were returned" is the figure's
        own verb, so the verb before "and" does not govern it.
        """
        at = figure.np_end
        if self.norm_at[at] not in ("was", "were"):
            return False
        return any(t.first == at + 1 and t.done for t in self.m.transfers)

    def _own_homecoming_after(self, figure: FigureMention) -> bool:
        """Whether a past verb of coming home follows the figure's noun group straight.

        "... freed on each side and 12 civilians went home to Ukraine": the people are
        the subject of "went home", so the verb before "and" does not govern them.
        """
        return any(
            t.first == figure.np_end and t.done and t.move is Move.RECEIVE for t in self.m.transfers
        )

    def _past_agreed_deal(self, noun: TransferWord, figure: FigureMention) -> int:
        """Where the words that may make ``noun``'s figure a plan start: past "agreed" that
        only names the deal ("the exchange agreed in Istanbul has taken place, with 390
        going each way"), when a finite verb of being done follows it before the figure.

        "The swap agreed last week, to be carried out on Sunday, ..." keeps its plan.
        """
        if self.norm_at[noun.last] not in _AGREEING:
            return noun.last
        for i in range(noun.last + 1, figure.first):
            word, before = self.norm_at[i], self.norm_at[i - 1]
            done = (
                (word == "place" and before == "took")
                or (word == "place" and before == "taken" and self.norm_at[i - 2] in lx.HAVING)
                or (word in _DONE_PASSIVES and before in ("was", "were"))
                or (
                    word in _DONE_PASSIVES and before == "been" and self.norm_at[i - 2] in lx.HAVING
                )
            )
            if done:
                return noun.last + 1
        return noun.last

    def _added_event(self, figure: FigureMention, own: TransferWord) -> bool:
        """Whether the noun after ``figure`` names another event added with "plus".

        "The Easter exchange: 246 each way, plus a separate handover of wounded men": the
        handover is a second event listed after the figure, not what moved it.
        """
        return self.norm_at[own.first] in _EXCHANGE_NOUNS and "plus" in {
            self.norm_at[i] for i in range(figure.last, own.first)
        }

    def _begun(self, verb: TransferWord) -> bool:
        """Whether the verb is a gerund after a verb of beginning: "has begun handing over 6,000".

        The whole amount only started to move; how many crossed is not said.
        """
        return self.norm_at[verb.first - 1] in _BEGUN and self.norm_at[verb.first].endswith("ing")

    def _gapped_before_comma(self, figure: FigureMention, after: TransferWord) -> bool:
        """Whether ``figure`` ends a gapped clause, and ``after`` stands past the comma closing it.

        "Kyiv got back 90 of its men, and Moscow the same number, in a swap brokered by
        Qatar": "and Moscow" with a figure and no verb between repeats the verb before;
        the swap past the comma frames the whole sentence, it is not the figure's own verb.
        """
        side = any(
            p.last == figure.first
            and p.noun
            and p.role != MEDIATOR
            and self.norm_at[p.first - 1] in lx.GAPPED_SIDE_OPENERS
            for p in self.m.parties
        )
        return side and "," in (self.norm_at[i] for i in range(figure.np_end, after.first))

    def _verb_elided_after(self, figure: FigureMention) -> bool:
        """Whether a bare auxiliary ends the figure's clause, its verb left out.

        "Kyiv said 250 Ukrainians had returned, and Moscow said the same number of
        Russians had": the auxiliary stands for the verb of the clause before, so that
        verb, not the speech between, governs the figure.
        """
        end = figure.np_end
        return self.norm_at[end] in _ELIDING_AUXILIARIES and (
            end + 1 >= self.last or self.norm_at[end + 1] in (".", ",", ";", "too")
        )

    def _staged_at_border(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether the verb only carries the figure's people up to the border, not across it.

        "Moscow had delivered 640 prisoners to the border", "brought 300 captives to the
        crossing": people moved to the line wait there to be handed over; that is not a
        handover yet, unless the sentence goes on to one ("... and handed them over").
        """
        if self.norm_at[verb.last - 1] not in _STAGING_VERBS:
            return False
        # "delivered 640 prisoners under 25 and seriously wounded soldiers to the border":
        # a joined second group of people may stand between the figure and the border
        stop = min(self.last, figure.np_end + 10)
        for i in range(figure.np_end, stop - 2):
            if self.norm_at[i] in (",", ";", ":", "but", "where", "which", "home", "back"):
                return False
            if (
                self.norm_at[i] == "to"
                and self.norm_at[i + 1] == "the"
                and any(self.norm_at[j] in _BORDER_WORDS for j in range(i + 2, min(stop, i + 4)))
            ):
                return True
        return False

    def _second_object(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is joined by "and" to a figure right after ``verb``.

        "took back 94 bodies on Aug. 16 of that year and 250 on Sept. 20": both are
        the verb's objects, however long the first one's dating is.
        """
        return (
            figure.first - verb.last <= 2 * 8
            and self.norm_at[figure.first - 1] == "and"
            # a bare number: one with a noun of its own ("and 51 military personnel") may
            # spell out a part instead
            and any(f.first == figure.first and f.noun is None for f in self.m.figures)
            and any(
                0 <= f.first - verb.last <= 2 and f.noun is not None and f.np_end < figure.first
                for f in self.m.figures
            )
        )

    def _joined_object(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is added to the verb's first object by "and" or "as well as".

        "handed over 45 soldiers, as well as the bodies of 12 fallen defenders": the
        people the joiner adds, maybe as "the bodies (remains) of", go with the verb's
        object, however many words the joiner and the dead's noun take.
        """
        if figure.first - verb.last > 2 * 8:
            return False
        head = next(
            (
                f
                for f in self.m.figures
                if 0 <= f.first - verb.last <= 2 and f.noun is not None and f.np_end < figure.first
            ),
            None,
        )
        if head is None:
            return False
        between = [self.norm_at[i] for i in range(head.np_end, figure.first)]
        if between[-2:-1] and between[-2] in lx.REMAINS_NOUNS and between[-1] == "of":
            between = between[: -3 if between[-3:-2] == ["the"] else -2]
        if between[:1] == [","]:
            between = between[1:]
        return between == ["and"] or tuple(between) in lx.ADDING_JOINERS

    def _gapped_object_past_aside(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is the object of a gapped clause after the verb's first object
        and one aside set off by commas.

        "Kyiv got back 189 people, among them two held since 2014, and Moscow 150 soldiers":
        the party before the figure stands after ", and", the verb's own object opens right
        after it, and the only words between are that object's aside, with no verb of
        handing over of their own; the verb, left out, is the first clause's.
        """
        party = next(
            (p for p in self._actors() if p.noun and p.last == figure.first),
            None,
        )
        if party is None or figure.first - verb.last > 3 * 8:
            return False
        if self.norm_at[party.first - 1] != "and" or self.norm_at[party.first - 2] != ",":
            return False
        head = next(
            (
                f
                for f in self.m.figures
                if 0 <= f.first - verb.last <= 2 and f.np_end < party.first - 2
            ),
            None,
        )
        if head is None or self.norm_at[head.np_end] != ",":
            return False
        # exactly one aside: the comma closing the object and the one before "and"
        commas = [i for i in range(head.np_end, party.first - 1) if self.norm_at[i] == ","]
        return len(commas) == 2 and not any(
            head.np_end < t.first < party.first for t in self.m.transfers
        )

    def echo_heads_the_object(self) -> bool:
        """Whether each figure of the sentence is joined to a "the same number of X" opening
        the object of a verb of handing over, as in "handed over the same number of Russian
        servicemen and eight civilians": the echo's figure is told before, not here."""
        if not self.m.figures or self.norm_set.isdisjoint(("same", "equal")):
            return False  # most sentences: no echo to look for
        return all(
            any(
                t.done and self._joined_to_echo(t, f) for t in self.m.transfers if t.last <= f.first
            )
            or self._own_clause_after_echo(f)
            for f in self.m.figures
        )

    def _own_clause_after_echo(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is told in a clause of its own after "the same number".

        "Russia got back the same number of soldiers, and said it had also received eight
        civilians": ", and" and a verb of handing over of its own (before the figure or
        after it) set the figure apart from the echo, which still repeats the figure
        told before.
        """
        echo = next(
            (
                i
                for i in range(self.first, figure.first - 2)
                if (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2])
                == ("the", "same", "number")
            ),
            None,
        )
        if echo is None:
            return False
        joint = next(
            (
                k
                for k in range(echo + 3, figure.first)
                if self.norm_at[k] == "," and self.norm_at[k + 1] == "and"
            ),
            None,
        )
        return joint is not None and any(t.done and joint < t.first for t in self.m.transfers)

    def _joined_to_echo(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is joined to "the same number of X" right after ``verb``.

        "handed over to Russia the same number of Russian servicemen and eight residents
        of the region": the echo is the verb's first object, however long its noun, and
        the figure joined to it by "and" or "as well as" the second.
        """
        end = figure.first - 1
        if self.norm_at[end] == "as" and (self.norm_at[end - 2], self.norm_at[end - 1]) == (
            "as",
            "well",
        ):
            end -= 2
            end -= self.norm_at[end - 1] == ","  # "the same number of its own, as well as 15"
        elif self.norm_at[end] != "and":
            return False
        at = verb.last
        if self.norm_at[at] == "to":
            # "handed over to Russia the same number": the receiver told first
            at = next(
                (p.last for p in self.m.parties if p.noun and p.first in (at + 1, at + 2)), at
            )
        echo = same_number(self.norms, at - self.first) + self.first
        if echo == at or self.norm_at[echo] != "of":
            return False
        head = echo + 1
        while self.norm_at[head] in ("its", "their", "own", "the"):
            head += 1
        head = next(
            (p.last for p in self.m.parties if p.first == head and p.role == NATIONALITY), head
        )
        found = lx.PEOPLE.match(self.tokens, head, self.last)
        return found is not None and found[0] == end

    def _second_of_phrase(self, noun: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` opens a second "of" phrase of the noun of handing over ``noun``.

        "the handover of 502 and 563 bodies to Ukraine and of 28 and 37 to Russia": "and
        of" takes up the noun again, however long its first object runs.
        """
        return (
            figure.first - noun.last <= 2 * 8
            and (self.norm_at[figure.first - 2], self.norm_at[figure.first - 1]) == ("and", "of")
            and self.norm_at[noun.last] == "of"
            and any(f.first == noun.last + 1 for f in self.m.figures)
        )

    def _counter_past_aside(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is the "for N" of ``verb`` once an aside on its object is skipped.

        "had returned 215 Ukrainians, among them two commanders, for 55 Russians": the
        aside set off by commas describes the object; the counter after it is the verb's.
        """
        if self.norm_at[figure.first - 1] != "for" or self.norm_at[figure.first - 2] != ",":
            return False
        closing = figure.first - 2 - self.first
        return any(
            0 <= f.first - verb.last <= 2
            and f.noun is not None
            and self.norm_at[f.np_end] == ","
            and (f.np_end + 1 - self.first, closing) in self.clauses.relatives
            for f in self.m.figures
        )

    def _of_past_dated_aside(self, noun: TransferWord, figure: FigureMention) -> bool:
        """Whether an event noun's "of" reaches ``figure`` across an aside of dates.

        "two swaps, on 5 January and 5 February, of 25 and 150 prisoners": the
        dates set off by commas or dashes stand between the noun and its "of".
        """
        if noun.move is not Move.EVENT and self.norm_at[noun.first] not in _EXCHANGE_NOUNS:
            return False
        start = figure.first
        while self.norm_at[start - 1] in (",", "and"):
            # "of 25 and 150 prisoners": the list's first figure follows the "of"
            listed = next((f for f in self.m.figures if f.last == start - 1), None)
            if listed is None:
                break
            start = listed.first
        if self.norm_at[start - 1] != "of":
            return False
        opening, closing = noun.last, start - 2
        if (
            self.norm_at[opening] not in (",", *DASHES)
            or self.norm_at[closing] != self.norm_at[opening]
        ):
            return False
        if not 0 < closing - opening <= 16:
            return False
        dated = {i for d in self.m.dates for i in range(d.first, d.last)}
        return all(
            i in dated or self.norm_at[i] in _DATE_ASIDE_WORDS for i in range(opening + 1, closing)
        )

    def _sums_its_subjects(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure``, set off after the verb, sums the listed figures before it.

        "185 servicemen and 20 civilians had returned, 205 in all": the verb has its
        subjects already; the figure after the comma counts them together, it is not
        the verb's object ("returned 205" would send them the other way).
        """
        if figure.first != verb.last + 1 or self.norm_at[verb.last] != ",":
            return False
        subjects = [
            f
            for f in self.m.figures
            if self.first <= f.first and f.np_end <= verb.first and f.noun is not None
        ]
        if len(subjects) < 2 or not self._listed(subjects[-2].np_end, subjects[-1].first):
            return False
        parts = [f.amount.best for f in subjects[-2:]]
        if self._closing_sum(figure):
            return True  # "..., 300 in all.": a sum even when the parts do not add up to it
        return None not in parts and figure.amount.best == sum(p for p in parts if p is not None)

    def _closing_sum(self, figure: FigureMention) -> bool:
        """Whether "in all" or "in total" right after ``figure`` closes its clause.

        "185 servicemen and 20 civilians had returned, 300 (people) in all.": a figure so
        set off after its counted parts sums them; it is nobody's object, even when the
        parts (or the reporter) leave some out.
        """
        return any(self._closes_with_sum_cue(after) for after in (figure.last, figure.np_end))

    def _closes_with_sum_cue(self, after: int) -> bool:
        """Whether "in all", "in total" or "altogether" at ``after`` ends the clause.

        A span told right after ("6,000 in all since 2022") still makes the figure a sum,
        there of more than the parts: nobody's object either.
        """
        if self.norm_at[after] == "altogether":
            return self.norm_at[after + 1] in _CLAUSE_ENDS | {"since"}
        return (
            self.norm_at[after] == "in"
            and self.norm_at[after + 1] in ("all", "total")
            and self.norm_at[after + 2] in _CLAUSE_ENDS | {"since"}
        )

    def _circumstantial_mediation(self, word: TransferWord) -> bool:
        """Whether "mediation" is the object of a preposition: "with Qatar's mediation, 11 ...".

        Told as a circumstance, the mediation is not the clause's verb; the verb of
        the people moved comes after ("... were reunited with their families") or
        before (", crediting Qatar for the mediation").
        """
        if self.norm_at[word.first] != "mediation":
            return False
        return any(
            self.norm_at[i] in ("with", "through", "under", "via", "thanks", "for")
            for i in range(max(self.first, word.first - 4), word.first)
        )

    def _undated_gap(self, start: int, end: int) -> int:
        """How many tokens of ``start:end`` are not part of a date ("on the 14th and the 24th").

        Dates between a verb or an exchange noun and its figure say when, not
        what, so they do not use up the reach of the verb.
        """
        dated = {i for d in self.m.dates for i in range(d.first, d.last)}
        for i in range(start, end - 1):
            if self.norm_at[i].isdigit() and self.norm_at[i + 1] in ("st", "nd", "rd", "th"):
                dated.update((i, i + 1))  # "the 14th": a day of a month told elsewhere
                if self.norm_at[i - 1] == "the":
                    dated.add(i - 1)
        return sum(1 for i in range(start, end) if i not in dated)

    def _pair_noun(self, figure: FigureMention) -> TransferWord | None:
        """The exchange noun right after "N for N" ('the three-day "500 for 500" swap')."""
        partner = self._partner(figure)
        if partner is None:
            return None
        at = self._after_pair(partner)
        noun = next((t for t in self.m.transfers if t.first == at), None)
        if noun is None and self._deal_told_done(at):
            noun = TransferWord(at, at + 1, Move.EVENT, True)
        if noun is None and self._bare_pair_told_done(at):
            noun = TransferWord(at - 1, at, Move.EVENT, True)  # the closing quote stands for it
        if noun is not None and any(
            self.norm_at[i] in _PROPOSING
            for i in range(max(self.first, figure.first - 3), figure.first)
        ):
            # "Kyiv proposed a 500-for-500 swap": the swap is the object of a plan
            noun = noun._replace(done=False)
        if noun is not None and (self._agreed_pair(figure) or self._pair_asked_about(figure)):
            noun = noun._replace(done=False)
        if noun is not None and (
            self._names_deal(figure, noun) or self._part_of_deal(figure.first)
        ):
            noun = noun._replace(done=False)  # the pair names the deal, not what moved
        return noun

    def _agreed_pair(self, figure: FigureMention) -> bool:
        """Whether "N for N" sizes what the sides "agreed to" or "agreed on": a plan.

        "Both sides say they agreed to a 1,000-for-1,000 prisoner exchange": what two
        sides agree to is still to be done, however it is sized.
        """
        return any(
            self.norm_at[i] in ("to", "on", "upon") and self.norm_at[i - 1] in _AGREEING
            for i in range(max(self.first + 1, figure.first - 3), figure.first)
        )

    def _pair_asked_about(self, figure: FigureMention) -> bool:
        """Whether a question asks about "a N-for-N" swap: a kind of swap, none done.

        "What is a 1,000-for-1,000 exchange?": the indefinite pair in a question names
        what such a swap would be, not one that took place.
        """
        at = figure.first - 1
        while at > self.first and self.norm_at[at] in _QUOTES:
            at -= 1
        return self.norm_at[at] in ("a", "an") and self.norm_at[self.last - 1] == "?"

    def _names_deal(self, figure: FigureMention, noun: TransferWord) -> bool:
        """Whether "N for N" names a deal ('day two of the "500 for 500" swap'), not a handover.

        The definite pair names a deal the reader knows. It is told done by a participle
        of doing right after its noun when the pair is not quoted ("the 500-for-500 swap
        completed in May"), by a finite verb of doing with the noun as subject ("the '84
        for 84' exchange took place on Monday", "was carried out"), or by a rank by size
        before it ("the largest of them the '500 for 500' swap": one of the exchanges
        counted). A verb of coming next before it ("then came the '500 for 500' swap") or
        a participle of doing set off by a comma after its noun ("the '500 for 500' swap,
        completed over two days, ...") tells it done as well; a date between the noun and
        its verb is skipped ("the '500 for 500' swap in May took place over two days").
        """
        at = figure.first - 1
        while at >= self.first and self.norm_at[at] in _QUOTES:
            at -= 1
        quoted = at < figure.first - 1
        ranked = any(self.norm_at[i] in _SIZE_RANKS for i in range(max(self.first, at - 4), at))
        verb = self._past_date(noun.last)  # 'the "N for N" exchange in May took place'
        # "the 115-for-115 swap on Aug. 24 included many of them": a past verb of what
        # it held, after a day the swap is dated by, tells it done
        held = verb > noun.last and self.norm_at[verb] in _HELD_IN_SWAP
        finite = held or any(
            self.norm_at[i] in ("took", "happened")
            or (self.norm_at[i] in ("was", "were") and self.norm_at[i + 1] in _DONE_ON)
            # 'the "N for N" swap in May was followed by ...': what came after it is done too
            or (self.norm_at[i] in ("was", "were") and self.norm_at[i + 1] == "followed")
            for i in range(noun.first + 1, verb + 2)
        )
        participle = not quoted and self.norm_at[noun.last] in _DONE_ON
        told_done = self.norm_at[at - 1] in _COMING_NEXT or (
            self.norm_at[noun.last] == ","
            and self.norm_at[noun.last + 1] in _DONE_ON
            and self.norm_at[noun.last + 2] not in ("up", "back")  # "held up": stalled, not done
        )
        return (
            self.norm_at[at] == "the"
            and not ranked
            and not finite
            and not participle
            and not told_done
        )

    def _named_pair_told_done(self, figure: FigureMention) -> bool:
        """Whether a quoted "N for N" names a swap told done by what follows its name.

        'Then came the "500 for 500", completed in May', 'the "500 for 500" swap was followed
        by smaller rounds': the deal's name sizes the swap and names no one kind of people.
        """
        partner = self._partner(figure)
        if partner is None or self.norm_at[figure.first - 1] not in _QUOTES:
            return False
        at = self._after_pair(partner)
        if self._bare_pair_told_done(at):
            return True
        verb = self._past_date(at + 1) if self.norm_at[at] in _EXCHANGE_NOUNS else at
        return self.norm_at[verb] in ("was", "were") and self.norm_at[verb + 1] == "followed"

    def _past_date(self, at: int) -> int:
        """Where the words after a date that opens at ``at`` ("in May", "of 3 April") go on."""
        start = at + (self.norm_at[at] in ("in", "on", "of"))
        if self.norm_at[start] == "the" and self.norm_at[start + 2] in ("st", "nd", "rd", "th"):
            return start + 3  # "on the 5th": a day of a month told elsewhere
        return max((d.last for d in self.m.dates if d.first in (at, start)), default=at)

    def _part_of_deal(self, at: int) -> bool:
        """Whether a deal named from ``at`` is the whole that "the first stage of" is part of.

        'The second day of the "500 for 500" exchange', "a stage of the 1,000-for-1,000
        deal": the pair sizes the whole deal, not what moved in the part the text tells.
        """
        j = at - 1
        while j > self.first and (self.norm_at[j] in _QUOTES or self.norm_at[j] in ("the", "a")):
            j -= 1
        if self.norm_at[j] != "of":
            return False
        numbered = self.tokens[j - 1].kind == NUM or self.norm_at[j - 1] in lx.NUMBER_WORDS
        part = j - 1 - numbered  # "day three of the ... swap"
        return _lemmas.lemma(self.norm_at[part]) in _DEAL_PARTS

    def _participle_after(self, figure: FigureMention) -> bool:
        """Whether a done verb of handing over stands right after ``figure``'s noun phrase."""
        return any(t.first == figure.np_end and t.done for t in self.m.transfers)

    def _predicate_after(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The verb of handing over close after ``figure``, with no other figure between."""
        if all(t.first < figure.np_end for t in self.m.transfers):
            # every word read below stands at or past the noun group's end (each place the
            # search starts from lies there): none there, none to find
            return None
        if self.norm_at[figure.first - 1] in _CAPTURE_FORMS:
            # "had captured 594 Russian servicemen, describing them as an 'exchange fund'":
            # the people of a capture are taken, whatever handover is named after them
            return None
        whose = self._whose_remains_verb(figure)
        if whose is not None:
            return whose, False  # "the 82 soldiers whose remains Russia handed over, in a ..."
        # "185 servicemen, as well as 20 civilians, returned": the listed figures share the verb.
        end = figure.np_end
        for following in self.m.figures:
            if self._named_among_them(following):
                break  # "Ten civilians, two priests among them, ...": a part, not a listing
            if following.first >= end and self._listed(end, self._remains_opening(following)):
                end = following.np_end
        inside = self._in_relative(figure.first)
        # a relative clause without commas ("children who had been living in Russia or in
        # occupied territory have been reunited") runs on to the verb: reach further
        # (past a second people noun: "boys and girls who had been taken ... have been")
        joined = (
            lx.PEOPLE.match(self.tokens, end + 1, self.last) if self.norm_at[end] == "and" else None
        )
        relative = joined[0] if joined is not None else self._relative_past_of(end)
        reach = _PREDICATE_REACH + (8 if self.norm_at[relative] in ("who", "that") else 0)
        # "140 soldiers captured by ... were brought back": a verb group far off is the main verb
        far = _PREDICATE_REACH + 8 if self._reduced_relative(end) else reach
        for start in dict.fromkeys(
            (
                self._past_relative_clause(end),
                end,
                self._past_each_aside(figure),
                self._past_sides_aside(figure),
                self.past_dated_brackets(figure),
                self._past_dated_sizes_aside(figure),
                self._past_among_aside(figure),
            )
        ):
            after = [
                t
                for t in self.m.transfers
                if t.first >= start
                and (
                    t.first - start <= reach
                    or (t.first - start <= far and self._opens_verb_group(t.first))
                )
                and (inside or not self._relative_noun(t))
                and not self._raises_count(t)
                and not self._circumstantial_mediation(t)
                and not self._origin_event(t, start)
                and self._raised_total_at(start, t.first + 1) is None
            ]
            if not inside and self.norm_at[relative] in ("who", "that"):
                main = self._main_verb_past_relative(relative, after)
                if main is not None and not self._figure_between(start, main.first):
                    return main, False
            if (
                after
                and not self._figure_between(start, after[0].first)
                and not self._own_verb_between(
                    relative if start == end < relative else start, after[0].first, figure
                )
                and not self._restated_before(start, after[0].first)
                and not self._object_before_joined_verb(figure, start, after[0])
            ):
                return after[0], False
        return None

    def _object_before_joined_verb(
        self, figure: FigureMention, end: int, verb: TransferWord
    ) -> bool:
        """Whether ``verb`` opens a second predicate joined by "and" after the figure's object.

        "Ukraine had taken in 23 civilians and handed back to Moscow nine soldiers": a bare
        past verb right after "and" (an adverb between at most) shares the subject before
        the figure, which is the object of an earlier verb, not the people ``verb`` moves.
        "23 civilians and nine soldiers were handed back" puts a figure, not a verb, there.
        """
        if self.norm_at[end] != "and":
            return False
        between = [self.norm_at[i] for i in range(end + 1, verb.first)]
        if not all(w in _VERB_GROUP_ADVERBS for w in between):
            return False
        word = self.norm_at[verb.first]
        return word.endswith("ed") or word in ("brought", "sent", "gave", "took", "got")

    def _past_each_aside(self, figure: FigureMention) -> int:
        """Where the clause resumes after a dash aside sizing "each time", else the figure's end.

        "In June, July and August — about 1,000 each time after the first, much larger
        round — trainloads of bodies arrived": the verb comes after the closing dash.
        """
        end = figure.np_end
        if self.norm_at[figure.first - 1] not in DASHES or self.norm_at[end] != "each":
            return end
        for i in range(end + 1, min(self.last, end + 12)):
            if self.norm_at[i] in DASHES:
                return i + 1
        return end

    def _past_among_aside(self, figure: FigureMention) -> int:
        """Where the clause resumes after a dash aside naming some of the figure's people.

        "12 civilians - among them a 68-year-old former mayor of a village who had been
        held since 2022 - were returned": however long the aside, the verb after its
        closing dash is the figure's. Only an aside opening with "among" or "including"
        right after the figure's noun, closed by the same dash before any ";" or ":".
        """
        end = figure.np_end
        dash = self.norm_at[end]
        if self.norm_at[end + 1] not in ("among", "including") or not (
            dash in DASHES or self.spaced_dash(end)
        ):
            return end
        for i in range(end + 2, min(self.last, end + _AMONG_ASIDE_REACH)):
            # "a 68-year-old mayor": a hyphen inside a word closes no aside
            if self.norm_at[i] == dash and (dash in DASHES or self.spaced_dash(i)):
                return i + 1
            if self.norm_at[i] in (";", ":", "."):
                break
        return end

    def _past_sides_aside(self, figure: FigureMention) -> int:
        """Where the clause resumes after a dash aside sharing a figure out by sides.

        "In July and August - each time about 1,000 bodies on the Ukrainian side and a
        few dozen on the Russian side - the two countries exchanged their dead": the verb
        comes after the closing dash, and past "the two countries" (or "sides") opening
        the clause, which names the parties, no count. Else the figure's end.
        """
        end = figure.np_end
        side = self._side_named_after(figure)
        if side is None:
            return end
        dashes = lx.SET_OFF_MARKS - {","}  # a spaced hyphen sets an aside off as a dash does
        opening = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 24), -1)
                if self.norm_at[i] in dashes
            ),
            None,
        )
        if opening is None:
            return end
        for i in range(side + 1, min(self.last, side + 12)):
            if self.norm_at[i] in dashes:
                parties = (self.norm_at[i + 1], self.norm_at[i + 2], self.norm_at[i + 3])
                return (
                    i + 1 + 3 * (parties in (("the", "two", "sides"), ("the", "two", "countries")))
                )
        return end

    def _dated_sizes_aside(self, figure: FigureMention) -> tuple[int, int] | None:
        """The dashes around an aside that sizes the exchanges named before it, day by day.

        "In three swaps in May and June — of 45 on 6 May, 106 on 25 May and 95 on Sunday —
        Ukraine brought home ...": the verb after the aside moves them all. The asides are
        found once per sentence (:func:`~exchangekit_news._mentions.dated_asides`), by the
        same rule the mention finder gave the bare sizes their people with.
        """
        for aside in self.m.dated_asides:
            if aside.holds(figure):
                return aside.opening, aside.close
        return None

    def _past_dated_sizes_aside(self, figure: FigureMention) -> int:
        """Where the clause resumes past a dash aside of dated sizes, else the figure's end.

        The verb after the closing dash moves the people the aside's figures count.
        """
        aside = self._dated_sizes_aside(figure)
        return figure.np_end if aside is None else aside[1] + 1

    def _reduced_relative(self, end: int) -> bool:
        """Whether a participle phrase of capture opens, without commas, right after the noun.

        "140 soldiers captured by the enemy during last summer's offensive on the
        northern front were brought home": like a clause opened by "who", the phrase
        ("captured by ...", "held in ...", "taken prisoner during ...") runs on to the
        main verb, which may stand far off. "taken to Ukraine" moves people: no such phrase.
        """
        word, then = self.norm_at[end], self.norm_at[end + 1]
        if word == "taken":
            return then in ("prisoner", "captive")
        return (word in _CAPTURE_FORMS or word in ("held", "detained")) and then in (
            "by",
            "in",
            "during",
            "near",
            "at",
            "on",
        )

    def _opens_verb_group(self, at: int) -> bool:
        """Whether the word at ``at`` ends a finite verb group ("were", "have now been" before)."""
        aux = at - 1
        while self.norm_at[aux] in ("been", "being") or self.norm_at[aux] in _VERB_GROUP_ADVERBS:
            aux -= 1
        return self.norm_at[aux] in _FINITE

    def _relative_past_of(self, end: int) -> int:
        """The relative pronoun past a short "of" phrase closing the people's noun group.

        "Twelve residents of the Sudzha district who had been taken to Ukraine returned
        home": the relative clause opens after "of the Sudzha district", not at "of"; so
        after a place the people are from ("children from the Kharkiv region who ...").
        """
        if self.norm_at[end] not in ("of", "from"):
            return end
        for i in range(end + 1, min(end + 6, self.last)):
            if self.norm_at[i] in ("who", "that"):
                return i
            if self.norm_at[i] in (",", ";", ":") or self.norm_at[i] in _FINITE:
                break
        return end

    def _main_verb_past_relative(
        self, relative: int, after: list[TransferWord]
    ) -> TransferWord | None:
        """The main verb after a relative clause with no commas that has a verb of its own.

        "734 teenagers who were sent to camps in Russia have been brought back": the
        relative's verb comes first; a later verb opening on a finite auxiliary of its own,
        not joined to the first by "and", ends the relative clause and is the figure's, also
        right after it ("seven citizens who wanted to return were transferred").
        """
        if len(after) < 2 or after[0].first <= relative:
            return None
        for verb in after[1:]:
            aux = verb.first - 1
            # "were also returned", "have now been brought back": adverbs inside the group
            while (
                self.norm_at[aux] in ("been", "being") or self.norm_at[aux] in _VERB_GROUP_ADVERBS
            ):
                aux -= 1
            if (
                self.norm_at[aux] in _FINITE
                and aux >= after[0].last
                and self.norm_at[aux - 1] not in ("and", "or", ",", "but")
                and not any(
                    self.norm_at[i] in lx.RELATIVE_PRONOUNS for i in range(after[0].last, aux)
                )
            ):
                return verb
        return None

    def _restated_before(self, start: int, verb: int) -> bool:
        """Whether a noun restating the figure opens an aside before the word of handing over.

        "captured 1,100 soldiers, a figure Kyiv hopes to cut with a swap": the aside
        comments on the count; the swap it names is its own clause's, not the figure's.
        """
        return any(
            self.norm_at[i] == ","
            and self.norm_at[i + 1] in ("a", "the", "one")
            and self.norm_at[i + 2] in lx.FIGURE_HEADS
            and not any(self.norm_at[j] in (",", ";") for j in range(i + 3, verb))
            for i in range(start, verb - 2)
        )

    def _origin_event(self, noun: TransferWord, start: int) -> bool:
        """Whether a noun of handing over after a figure says where its people came from.

        "about 300 bodies from earlier repatriations are still waiting for a match": the
        figure counts some of what those handovers brought, not what one of them moved.
        """
        if noun.move is not Move.EVENT:
            return False
        for i in range(noun.first - 1, max(start, noun.first - 4) - 1, -1):
            word = self.norm_at[i]
            if word == "from":
                return True
            if word in (",", ";", ":", "in", "at", "to", "of", "and", "by", "with") or any(
                p.first <= i < p.last for p in self.m.parties
            ):
                return False
        return False

    def _raised_total_at(self, start: int, stop: int) -> int | None:
        """Where a participle raising a total opens a clause after a comma in ``[start, stop)``.

        ", bringing the number of Ukrainians freed to 1,100": the participle and the verbs
        of moving after it count the total's people, never a figure told before the comma.
        The participle takes a total ("the number", "its tally") before any figure, else
        it moves people itself (", bringing another 1,003").
        """
        if self.norm_set.isdisjoint(_RAISING_PARTICIPLES):
            return None  # most sentences: no "bringing" or "taking" to look for
        for i in range(max(start, self.first + 1), stop):
            if self.norm_at[i] not in _RAISING_PARTICIPLES or self.norm_at[i - 1] != ",":
                continue
            for j in range(i + 1, min(self.last, i + 1 + _TOTAL_OBJECT_REACH)):
                if self.tokens[j].kind == NUM or self.norm_at[j] in (",", ";", ":"):
                    break
                if self.norm_at[j] in _TOTAL_HEADS:
                    return i
        return None

    def _raises_count(self, verb: TransferWord) -> bool:
        """Whether "bring" carries a count up to a figure: ", bringing to 109 the number of ...".

        The participle raises a total; the people counted before it ("the shooting of
        nine soldiers ..., bringing to 109 the cases") are not its subject. So does
        "bringing what Kyiv says is its overall count to ..." (:meth:`_brings_a_total`).
        """
        if verb.last != verb.first + 1 or _lemmas.lemma(self.norm_at[verb.first]) != "bring":
            return False
        return (
            self.norm_at[verb.last] == "to"
            and any(f.first == verb.last + 1 for f in self.m.figures)
        ) or self._brings_a_total(verb.last - 1)

    def _own_verb_between(self, start: int, verb: int, figure: FigureMention) -> bool:
        """Whether the noun group has a verb of its own before the word of handing over.

        "tens of thousands of soldiers are listed as missing, and families hope
        the handovers will ...": the figure's verb group ends long before the
        noun of handing over, which belongs to another clause.
        """
        if self.norm_at[start] in ("who", "that") and not any(
            self.norm_at[i] in (",", "and", ";", ":") for i in range(start, verb)
        ):
            # "civilians who had been detained by Russia returned to Ukraine": the finite
            # verbs of a relative clause without commas are not the noun group's own
            return False
        if self._own_participle(start, verb):
            return True
        if self._speaker_reports_of_self(start, verb, figure):
            return True
        if any(
            self.norm_at[i] == "and" and self.norm_at[i + 1] == "that" for i in range(start, verb)
        ):
            # "said that 1,000 residents remained unaccounted for and that the region had
            # received requests": a second reported clause has a subject and verb of its own
            return True
        last = None
        for i in range(start, verb):
            if self.norm_at[i] in _FINITE:
                last = i
        # "had so far been returned": adverbs inside the verb group do not part it
        return (
            last is not None
            and sum(
                self.norm_at[i] not in _VERB_GROUP_ADVERBS
                for i in range(last, verb)
                if i not in self._phrase_adverbials(last, verb)
            )
            > 3
        )

    def _speaker_reports_of_self(self, start: int, verb: int, figure: FigureMention) -> bool:
        """Whether a verb of saying with a pronoun subject after it stands before ``verb``.

        "one of the men told investigators he had been sent to Russia": the figure is
        the speaker, and the verb of handing over is in the reported clause, whose
        subject is the pronoun; what a speaker says of himself is no count of people
        moved. A group that tells of itself ("the 120 soldiers said they had been handed
        over") is still the verb's subject: only a speaker of one (singular "they"
        included) or a pronoun that cannot stand for the group ("he" after 120) parts
        the figure from the verb. A clause of saying with a noun subject ("said 120 had
        been freed") has a figure of its own and is not reached here.
        """
        group = figure.amount.high != 1
        for i in range(start, verb):
            if self.norm_at[i] not in lx.SPEECH:
                continue
            for j in range(i + 1, min(verb, i + 4)):
                pronoun = self.norm_at[j]
                if pronoun in lx.NEW_SUBJECTS - {"that", "it"}:
                    return not (group and pronoun in ("they", "we"))
        return False

    def _phrase_adverbials(self, start: int, stop: int) -> set[int]:
        """The words of adverbial phrases inside a verb group: "had at the same time been".

        "two Russian children had at the same time been returned": the phrase is an
        adverb of its own and, like "so far", does not part the verb group.
        """
        words = [self.norm_at[i] for i in range(start, stop)]
        found: set[int] = set()
        for phrase in _ADVERBIAL_PHRASES:
            for k in range(len(words) - len(phrase) + 1):
                if tuple(words[k : k + len(phrase)]) == phrase:
                    found.update(range(start + k, start + k + len(phrase)))
        return found

    def _own_participle(self, start: int, verb: int) -> bool:
        """Whether the noun group's own verb is another verb, closed before the handover's.

        "20,000 children were deported, and only 400 have come home": "were
        deported" is the figure's verb; "come home" is the next clause's.
        """
        at = start + (self.norm_at[start + 1] == "been")
        if self.norm_at[start] not in _FINITE or at + 2 >= verb:
            return False
        word = self.norm_at[at + 1]
        return (
            word.endswith("ed")
            and not _lemmas.is_transfer_form(word)
            and self.norm_at[at + 2] in (",", ";")
        )

    def _past_listed_nouns(self, end: int) -> int:
        """Where a list of people nouns after the figure's noun ends, else ``end``.

        "277 soldiers, sergeants and officers - men from the army and the navy - were
        back": the nouns listed with commas and a last "and" all name the counted people,
        so the noun group, and what hangs on it, starts after the last of them.
        """
        k = end
        while self.norm_at[k] == ",":
            listed = lx.PEOPLE.match(self.tokens, k + 1, self.last)
            if listed is None:
                return end
            k = listed[0]
        if k == end or self.norm_at[k] != "and":
            return end
        last = lx.PEOPLE.match(self.tokens, k + 1, self.last)
        return end if last is None else last[0]

    def _past_relative_clause(self, end: int) -> int:
        """Where the verb may stand after a noun group and what hangs on it.

        "115 Russian soldiers, who had been captured in the Kursk region, had
        been returned"; "Ten civilians who had been held by Russia, among them two
        priests, returned": relative clauses and appositions ("among them",
        "including", "most of them") between the noun and its verb are skipped.
        A relative clause with a figure of its own is not skipped; without a
        closing comma within reach nothing is.
        """
        position = self._past_listed_nouns(end)
        if self.norm_at[position] == "and":
            # "230 soldiers and civilians, some of whom ...": a second people noun joined
            # by "and" ends the noun group before the relative clause
            for head in (position + 1, position + 2):
                joined = lx.PEOPLE.match(self.tokens, head, self.last)
                if joined is not None and self.norm_at[joined[0]] == ",":
                    position = joined[0]
                    break
        # "residents of Russia's Kursk region, who ...": a place's name ends the noun group;
        # so does a place they come from ("civilians from the region, who ...", "from our
        # region, who ...")
        k = position
        determiner = self.norm_at[k + 1] == "the" or self.norm_at[k + 1] in lx.POSSESSIVE_PRONOUNS
        if self.norm_at[k] == "from" and (
            determiner or self.tokens[min(k + 1, self.last - 1)].text[:1].isupper()
        ):
            k += 1 + determiner
        while k < min(self.last, end + 3 + determiner) and (
            self.norm_at[k] in _PLACE_HEADS or self.tokens[k].text[:1].isupper()
        ):
            k += 1
        # ... or before an aside between dashes ("from the region - which ... - were")
        if k > position and (self.norm_at[k] == "," or self._closing_dash(k) is not None):
            position = k
        position = self._past_place_apposition(position)
        close = self._closing_dash(position)
        if close is not None and (
            not self._figure_between(position, close) or self._part_opens(position + 1)
        ):
            # "215 Ukrainians – among them commanders who were to stay in Turkey – were
            # freed": an aside set off by a pair of dashes, with no figure of its own or
            # with one that counts a part ("– 188 of them marines –")
            position = close + 1
        position = self._past_quoted_relative(position)
        position = self._past_participle_phrase(position)
        for _ in range(3):
            opener = position + 1 if self.norm_at[position] == "," else position
            if opener > position and self.norm_at[opener] in _QUOTES:
                opener += 1  # ', "including some who were of special concern", had been'
            word = self.norm_at[opener]
            relative = word in lx.RELATIVE_PRONOUNS or (word == "that" and opener == position)
            # ", a significant part of whom had been ...", ", the majority of whom ..."
            relative = relative or (
                opener > position
                and any(
                    self.norm_at[j] == "of" and self.norm_at[j + 1] in ("whom", "which")
                    for j in range(opener + 1, min(self.last, opener + 5))
                )
            )
            # ", for whom every day was a threat, ...": a preposition opening the relative
            # (", among whom ..." names a part, an apposition read below)
            relative = relative or (
                opener > position
                and opener + 1 < self.last
                and self.norm_at[opener + 1] == "whom"
                and word not in _APPOSITIONS
            )
            # after a comma: ", among them", also right after a clause closed by one
            apposition = (opener > position or self.norm_at[position - 1] == ",") and (
                word in _APPOSITIONS
                # ", two priests among them, ...": the part named first, "among them" after
                or (
                    opener > position
                    and opener < self.last
                    and (self.tokens[opener].kind == NUM or word in lx.NUMBER_WORDS)
                    and any(
                        (self.norm_at[j], self.norm_at[j + 1]) == ("among", "them")
                        for j in range(opener + 1, min(self.last, opener + 6))
                    )
                )
                # ", the youngest of them a girl of six, ...": one of the group described
                or (
                    opener > position
                    and any(
                        (self.norm_at[j], self.norm_at[j + 1]) == ("of", "them")
                        for j in range(opener + 1, min(self.last, opener + 3))
                    )
                )
                # ", aged between 7 and 16, ...": the people's ages
                or (opener > position and word in lx.AGE_HEADS)
            )
            # ", residents of the Kursk region who ...,": the people named again
            apposition = apposition or (opener > position and self._people_renamed(opener))
            participle = opener > position and self._participle_aside(opener)
            if not relative and not apposition and not participle:
                break
            # an aside naming a part may carry a long relative clause of its own ("among
            # them two priests who had been arrested ... and held for ..."): reach further
            close = self._closing_comma(
                opener + 1, _RELATIVE_REACH + (_APPOSITION_EXTRA if apposition else 0)
            )
            if close is None and relative and opener > position:
                close = self._long_relative_close(opener)
            if close is None:
                close = self._closing_quote(opener + 1, _RELATIVE_REACH + _APPOSITION_EXTRA)
            if close is not None and apposition and close - opener <= 2:
                # "among whom, according to X, are ...": the source's aside opens the part's
                close = self._past_inner_according(close)
            if close is not None and relative:
                close = self._past_inner_parenthesis(close)
            if close is None or (relative and self._count_between(opener, close)):
                break
            if apposition:
                close = self._end_of_listed_aside(opener, close)
            position = close + 1
        return position

    def _past_inner_according(self, close: int) -> int | None:
        """The comma closing an aside past a source's aside inside it: ", according to X,".

        "110 citizens, among whom, according to the authorities, are 72 sailors and 38
        servicemen, have come home": the comma before "according", straight after the
        aside's opening words, opens the source's aside, so the part's aside closes at the
        next comma after it; none in reach, none.
        """
        if (self.norm_at[close + 1], self.norm_at[close + 2]) != ("according", "to"):
            return close
        inner = self._closing_comma(close + 3)
        if inner is None:
            return None
        return self._closing_comma(inner + 1, _RELATIVE_REACH + _APPOSITION_EXTRA)

    def _past_place_apposition(self, comma: int) -> int:
        """Past an apposition describing the place the people are from, else ``comma``.

        ``comma`` is the comma after the place's name, or the "of" before that name.

        "Twelve residents of Hrabovske, a border village in the Sumy region that
        Russian troops entered last December, have returned": the aside names the
        place again ("a ... village"), relative clause and all; the verb after its
        closing comma is the people's. An aside with a figure of its own is not skipped.
        """
        start = comma
        if self.norm_at[comma] == "of":  # the place's name after "of", then its comma
            comma += 1
            while comma < self.last and self.tokens[comma].text[:1].isupper():
                comma += 1
            if comma == start + 1 or self.norm_at[comma] != ",":
                return start
        if self.norm_at[comma] != "," or self.norm_at[comma + 1] not in ("a", "an", "the"):
            return start
        head = next(
            (
                i
                for i in range(comma + 2, min(self.last, comma + 5))
                if self.norm_at[i] in _PLACE_NOUNS
            ),
            None,
        )
        if head is None or any(self.norm_at[i] == "," for i in range(comma + 2, head)):
            return start
        close = self._closing_comma(head + 1, _RELATIVE_REACH + _APPOSITION_EXTRA)
        if close is None or self._figure_between(comma, close):
            return start
        return close

    def _long_relative_close(self, opener: int) -> int | None:
        """The comma closing a long relative clause when a verb of handing over follows it.

        "Nine residents, who spent more than a year on the territory of Ukraine after
        being taken there by the armed forces during the incursion, returned home": past
        the usual reach only a comma straight before the verb closes the clause.
        """
        close = self._closing_comma(opener + 1, _RELATIVE_REACH + _APPOSITION_EXTRA)
        if close is None or not any(
            t.first == close + 1 and t.move is not Move.EVENT for t in self.m.transfers
        ):
            return None
        return close

    def _people_renamed(self, opener: int) -> bool:
        """Whether an aside names the same people again by where they are from.

        "eight citizens of the Russian Federation, residents of the Kursk region who had
        been detained ..., were returned": a people noun with no count, then "of" or
        "from", restates the group; the verb after the aside is the group's.
        """
        if (
            opener >= self.last
            or self.tokens[opener].kind == NUM
            or self.norm_at[opener] in lx.NUMBER_WORDS
        ):
            return False
        found = lx.PEOPLE.match(self.tokens, opener, self.last)
        return found is not None and self.norm_at[found[0]] in ("of", "from")

    def _participle_aside(self, opener: int) -> bool:
        """Whether a past participle of being taken or held opens an aside after a comma.

        "Nine residents of the district, forcibly taken to Ukraine during the occupation
        of part of the region, returned home": the aside says what befell the people; the
        verb after its closing comma is theirs. A verb of handing over opens no such aside.
        """
        at = opener + self.norm_at[opener].endswith("ly")
        word = self.norm_at[at]
        return word in _ASIDE_PARTICIPLES and self.norm_at[at + 1] in (
            "to",
            "from",
            "in",
            "by",
            "into",
            "during",
            "for",
            "since",
        )

    def _past_participle_phrase(self, position: int) -> int:
        """The comma after a short participle phrase on the noun when an aside follows it.

        "The bodies of 757 soldiers killed in fighting, most of them in the east,
        were handed over": the phrase ("killed in fighting") describes the people;
        the aside after it is theirs too. A verb of handing over is no such phrase.
        """
        word = self.norm_at[position]
        if not (word.endswith("ed") or word == "held") or _lemmas.is_transfer_form(word):
            return position
        for i in range(position + 1, min(self.last, position + 6)):
            if self.norm_at[i] == ",":
                opens = self.norm_at[i + 1] in _APPOSITIONS | lx.RELATIVE_OPENERS
                clear = not self._figure_between(position, i) and not any(
                    position <= t.first < i for t in self.m.transfers
                )
                return i if opens and clear else position
        return position

    def _past_quoted_relative(self, position: int) -> int:
        """Past a quoted relative clause right after the noun: '1,212 bodies "which ..." have'.

        The quotation holds the clause, commas and all, up to its closing mark; one
        with a figure of its own is not skipped.
        """
        if (
            self.norm_at[position] not in _QUOTES
            or self.norm_at[position + 1] not in lx.RELATIVE_OPENERS
        ):
            return position
        close = next(
            (
                i
                for i in range(position + 2, min(self.last, position + _RELATIVE_REACH))
                if self.norm_at[i] in _QUOTES
            ),
            None,
        )
        if close is None or self._figure_between(position, close):
            return position
        return close + 1

    def _part_opens(self, at: int) -> bool:
        """Whether a part of the group told before opens at ``at``: "188 of them", "among them"."""
        if self.norm_at[at] in _APPOSITIONS:
            return True
        counted = self.tokens[at].kind == NUM or self.norm_at[at] in lx.NUMBER_WORDS
        return counted and (self.norm_at[at + 1], self.norm_at[at + 2]) in (
            ("of", "them"),
            ("of", "whom"),
        )

    def _past_inner_parenthesis(self, close: int) -> int | None:
        """The comma that closes a relative clause whose first comma opens a parenthesis.

        "children who had been taken ... and who, in at least two cases, had been
        placed with foster families, crossed back": a comma right after "who" cannot
        end the clause; the clause runs on past the parenthesis to the next comma.
        """
        if self.norm_at[close - 1] not in lx.RELATIVE_OPENERS:
            return close
        inner = self._closing_comma(close + 1)
        if inner is None:
            return None
        return self._closing_comma(inner + 1)

    def _end_of_listed_aside(self, opener: int, close: int) -> int:
        """The comma that closes an aside listing several groups, not the first comma in it.

        "103 defenders, among them guardsmen, border guards and soldiers held since
        2022, were home": the list runs on past its commas while the stretch up to the
        next comma still ends it with "and" or "or". A stretch with a figure of its own
        is the main clause past the aside ("..., were freed for 55 Russians and X, ...").
        """
        for _ in range(4):
            following = self._closing_comma(close + 1)
            if following is None or following - opener > _RELATIVE_REACH + 6:
                return close
            words = {self.norm_at[i] for i in range(close + 1, following)}
            # "medics, drivers, and men ...": a short item before the list's last comma
            item = following - close <= 4 and self.norm_at[following + 1] in ("and", "or")
            if (words.isdisjoint(("and", "or")) and not item) or not words.isdisjoint(lx.SPEECH):
                return close
            if self._figure_between(close, following):
                return close  # ", were freed in return for 55 Russians and X,": the main clause
            close = following
        return close

    def _closing_dash(self, opening: int) -> int | None:
        """The dash that closes an aside the dash at ``opening`` opens, within a clause's reach."""
        if not self.spaced_dash(opening):
            return None
        for i in range(opening + 1, min(self.last, opening + _RELATIVE_REACH)):
            word = self.norm_at[i]
            if word == self.norm_at[opening]:
                return i
            if word in (";", ":", "."):
                return None
        return None

    def _closing_quote(self, start: int, reach: int) -> int | None:
        """The quotation mark closing a quote that holds the figure and an aside on it.

        'the ministry says "270 servicemen and 120 civilians, including residents who
        suffered from the shelling" were returned': the aside ends with the quotation, and
        the verb after it is the figure's. None outside a quotation or past a full stop.
        """
        opened = sum(self.norm_at[i] in _QUOTES for i in range(self.first, start)) % 2 == 1
        if not opened:
            return None
        for i in range(start, min(self.last, start + reach)):
            word = self.norm_at[i]
            if word in _QUOTES:
                return i
            if word in (";", ":", "."):
                return None
        return None

    def _closing_comma(self, start: int, reach: int = _RELATIVE_REACH) -> int | None:
        for i in range(start, min(self.last, start + reach)):
            word = self.norm_at[i]
            if word == ",":
                return i
            if word in (";", ":", ".", "—", "–"):
                return None
        return None

    def _linked_predicate(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The clause's verb for a figure in a phrase hung on it: "received …, each involving N".

        A participle or "with" just ahead of the figure's noun group ("— each
        time involving the bodies of some 900 soldiers") ties the figure to
        the main verb of its clause, however far back: the first word of
        handing over since the previous figure, with no ";" between.
        """
        link = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1)
                if self.norm_at[i] in _LINKS
            ),
            None,
        )
        if link is None or self._at((";",), link, figure.first):
            return None  # "continued with less fanfare; some 3,000 were repatriated"
        if any(self.norm_at[i] in lx.SPEECH for i in range(link + 1, figure.first)):
            # "with the ministry saying that 195 had been released": a clause of its own,
            # whose verb, when it is one of handing over, governs the figure
            own = self._predicate_after(figure)
            if own is not None:
                return own
            if self._aboard_after_copula(figure.np_end):
                # "with Moscow claiming that 65 prisoners were on board": the reported
                # clause says where its subject was, which moves nobody
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
                if self.norm_at[i] in ("—", "–", ",", ")")
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
        if (
            after
            and not self._figure_between(close, after[0].first)
            and not self._speaker_reports_of_self(close, after[0].first, figure)
        ):
            return after[0], True
        return None

    def _aboard_after_copula(self, at: int) -> bool:
        """Whether "was"/"were" at ``at`` says its subject was on a craft: "were on board".

        Being carried somewhere is a load's place, not a handover; the craft may have
        crashed, turned back or never left, whatever exchange the sentence names.
        """
        if self.norm_at[at] not in lx.FINITE_HAVE_BE - lx.HAVING:
            return False
        place = at + 1 + (self.norm_at[at + 1] in ("still", "all", "both"))
        return self.norm_at[place] in ("aboard", "inside") or (
            self.norm_at[place] == "on" and self.norm_at[place + 1] == "board"
        )

    def _remains_opening(self, figure: FigureMention) -> int:
        """Where "the bodies of N" opens, for a figure of remains told so; else the figure.

        "32 servicemen and the bodies of 20 soldiers were returned": the list word stands
        before "the bodies of", so the two groups are listed together all the same.
        """
        at = figure.first
        if self.norm_at[at - 1] != "of":
            return at
        if not figure.remains and self.norm_at[at - 2] not in lx.REMAINS_NOUNS:
            return at  # "the remains of 12 others": remains, though "others" names no kind
        at -= 2 if self.norm_at[at - 2] == figure.before_of else 1
        return at - (self.norm_at[at - 1] == "the")

    def _listed(self, end: int, start: int) -> bool:
        """Whether two figures are listed together ("185 servicemen ..., as well as 20 civilians").

        The words between them end with a list word, hold no verb of handing over
        or of saying, and are few.
        """
        if not 0 < start - end <= _LIST_REACH or self.norm_at[start - 1] not in _LIST_WORDS:
            return False
        if self._clauses_joined(end, start):
            return False
        return not any(end <= t.first < start for t in self.m.transfers) and not any(
            end <= v < start for v in self.m.speech
        )

    def _listed_from_relative(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` goes on a list begun by the object of ``verb`` in a relative clause.

        "The headquarters, which said Ukraine had received 1,212 bodies on 11 June,
        1,200 on 13 June and 1,200 on 14 June, said ...": the comma after the first
        date seems to close the clause, but the figures listed after it are the verb's.
        """
        end: int | None = None
        for f in self.m.figures:
            if f.first >= figure.first:
                break
            listed = end is not None and self._listed(end, f.first)
            inside = verb.last <= f.first and self.clauses.same_relative(
                verb.first - self.first, f.first - self.first
            )
            end = f.np_end if listed or inside else None
        return end is not None and self._listed(end, figure.first)

    def _clauses_joined(self, end: int, start: int) -> bool:
        """Whether an "and" between two figures opens a clause with a fronted phrase.

        "Kyiv held hundreds of conscripts, and on August 24, at the border, 115 went
        each way": a phrase set off by a comma after "and" fronts a new clause, whose
        figure is the subject of its own verb, not the second item of a list. So does a
        semicolon: "... handed over 40 in May; in June, 800 came back".
        """
        joins = [
            i
            for i in range(end, start)
            if (self.norm_at[i] == "and" and self.norm_at[i - 1] == ",") or self.norm_at[i] == ";"
        ]
        return bool(joins) and any(self.norm_at[i] == "," for i in range(joins[-1] + 2, start))

    def _object_after_to_and_aside(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is the object of ``verb`` after "to <side>" and a comma-set aside.

        "handed over to the Ukrainian side, on a humanitarian basis, the bodies of 757
        servicemen": the receiver and an aside stand between the verb and what it moves.
        """
        at = verb.last
        if self.norm_at[at] != "to":
            return False
        side = next((p for p in self.m.parties if p.first in (at + 1, at + 2)), None)
        if side is None or self.norm_at[side.last] != ",":
            return False
        close = next(
            (
                i
                for i in range(side.last + 1, min(side.last + 9, figure.first))
                if self.norm_at[i] == ","
            ),
            None,
        )
        return close is not None and figure.first - close <= 4

    def _object_past_source_aside(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is the object of ``verb`` past a source's aside right after it.

        "handed over, according to the Russian negotiator, the remains of 27 servicemen":
        ", according to X," between the verb and what it moves names who says so and
        nothing else; the object follows its closing comma.
        """
        at = verb.last
        if (self.norm_at[at], self.norm_at[at + 1], self.norm_at[at + 2]) != (
            ",",
            "according",
            "to",
        ):
            return False
        close = next(
            (
                i
                for i in range(at + 3, min(at + 3 + _SOURCE_ASIDE_REACH, figure.first))
                if self.norm_at[i] in (",", ";", ".")
            ),
            None,
        )
        return (
            close is not None
            and self.norm_at[close] == ","
            and figure.first - close <= 4
            # "..., according to X, and 27 people watched": a new clause, not the object
            and not any(self.norm_at[i] in _ASIDE_CLOSERS for i in range(close + 1, figure.first))
        )

    def _outside_speech_asides(self, start: int, end: int) -> list[int]:
        """The tokens of ``start:end`` outside asides of saying, each aside's opening comma kept.

        ", the Headquarters said," names who gives a figure and nothing of what is moved,
        so its words neither use up a verb's reach to its object nor open a clause; the
        comma before it still ends what came before ("With this handover, X says, 900").
        """
        if not self.m.speech:
            return list(range(start, end))
        kept: list[int] = []
        i = start
        while i < end:
            if self.norm_at[i] == ",":
                past = self._speech_aside(i)
                if i < past <= end:
                    kept.append(i)
                    i = past
                    continue
            kept.append(i)
            i += 1
        return kept

    def _boundary(self, start: int, end: int) -> bool:
        return any(self.norm_at[i] in (";",) for i in range(start, end))

    def _received_by(self, predicate: TransferWord) -> bool:
        """Whether a verb of getting is passive with its agent right after: "received by Kyiv".

        Only verbs that cannot mean sending: "were returned home by Russia" names the
        sender, though "returned home" alone tells a coming back.
        """
        return (
            predicate.move is Move.RECEIVE
            and self.norm_at[predicate.first] in lx.GETTING_PARTICIPLES
            and self.norm_at[predicate.last] == "by"
            and self._party_after(("by",), predicate.last, predicate.last + 1) is not None
        )

    def _receiver_before_people(self, predicate: TransferWord, figure: FigureMention) -> str | None:
        """The side a verb of sending names with "to" before the people it sent, if one.

        "Our side handed over to the Kiev side 909 bodies", "handed over to the Russian
        side the bodies of 40 of its dead": the receiver comes first, whoever the subject
        is; only the people's own leading words ("a further", "the bodies of") may stand
        between, so a "to" of a date or a place further off names no one. A noun's "to"
        ("the return to Russia of 46 people") is left to the rules for its goal.
        """
        if predicate.move is not Move.SEND or self.norm_at[predicate.last] != "to":
            return None
        at = predicate.last + 1 + (self.norm_at[predicate.last + 1] == "the")
        named = next(
            (
                p
                for p in self.m.parties
                if predicate.last < p.first <= at and p.noun and p.role == ACTOR
            ),
            None,
        )
        if named is None or named.last > figure.first or self.norm_at[named.last] == "of":
            return None  # "announced the return to Russia of 46 people": a noun's goal
        lead = {self.norm_at[i] for i in range(named.last, figure.first)}
        return named.code if lead <= _PEOPLE_LEADS else None

    def _we_got_in_return(self, predicate: TransferWord) -> tuple[str, str] | None:
        """The (sender, receiver) of what "we" got "in return" for the leg just told.

        "Our side handed over 909 bodies to the Kiev side. In return, we received the
        bodies of 36 of our fallen": whoever "we" are, the side that gave in the sentence
        before is the one that got people back in return. Only a verb of getting with
        "we" right before it, in a sentence that opens with "in return" or "in exchange",
        straight after a one-way leg between the two sides.
        """
        previous = self.discourse.legs[-1] if self.discourse.legs else None
        if (
            predicate.move is not Move.RECEIVE
            or self.norm_at[predicate.first - 1] != "we"
            or self.norm_at[self.first] != "in"
            or self.norm_at[self.first + 1] not in ("return", "exchange")
            or previous is None
            or previous.sentence != self.index - 1
            or previous.tally
            or not previous.sender
            or not previous.receiver
        ):
            return None
        return previous.receiver, previous.sender

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
        opening = self._coordinated_aside(predicate)
        if opening is not None and shared:
            # "Ukraine took back 175 and, in what Moscow called a gesture, received 22": the
            # verb after the aside shares the first verb's subject, not the aside's party
            earlier = [t for t in self.m.transfers if t.last <= opening]
            if earlier:
                return self._subject(earlier[-1], self.first, shared=False)
        candidates = [
            p
            for p in self._actors()
            if floor <= p.first
            and p.last <= predicate.first
            and (
                not self.clauses.in_relative(p.first - self.first, restrictive=True)
                # "the ministry, which said Ukraine had received 1,212": the clause's own
                or self.clauses.same_relative(p.first - self.first, predicate.first - self.first)
            )
            and (not self._governed(p) or self._with_absolute_subject(p, predicate))
            and not self._relative_speaker(p, predicate)
            and not self._set_off_speaker(p, predicate)
            and not self._speaker_of_swap_noun(p, predicate)
        ]
        if candidates and self._reported_pronoun(predicate, floor):
            # "Kyiv said that, unlike Russia, it had received 78", "Moscow, unlike Kyiv, said
            # it had received 212": the pronoun after the verb of saying is the subject and
            # stands for whoever said so, not for a side named in an aside
            resolved = self._pronoun_subject(predicate, floor)
            if resolved or self.aside_before_pronoun(candidates[-1], predicate.first):
                return resolved
        if not candidates:
            coordinated = self._after_and(predicate.first) or self.clauses.shares_subject(
                predicate.first - self.first
            )
            earlier = [t for t in self.m.transfers if t.last <= predicate.first - 1]
            if shared and coordinated and earlier:
                return self._subject(earlier[-1], self.first, shared=False)
            return self._pronoun_subject(predicate, floor)
        chosen = [candidates[-1]]
        if len(candidates) > 1:
            between = {self.norm_at[i] for i in range(candidates[-2].last, chosen[0].first)}
            if between and between <= {"and", ","}:
                chosen.insert(0, candidates[-2])
        return chosen

    def _reported_pronoun(self, predicate: TransferWord, floor: int) -> bool:
        """Whether "it" or "they" right after a verb of saying is the verb's subject.

        "said it had received", "said that they had handed over", "said that, unlike
        Russia, it had received": the pronoun opens the reported clause.
        """
        i = predicate.first - 1
        while i > floor and self.norm_at[i] in _VERB_GROUP_WORDS:
            i -= 1
        if i <= floor or self.norm_at[i] not in ("it", "they"):
            return False
        before = self.norm_at[i - 1]
        if before == ",":
            return self.said_aside_opening(i) is not None
        return before in lx.SPEECH or (before == "that" and self.norm_at[i - 2] in lx.SPEECH)

    def _speaker_of_swap_noun(self, party: PartyMention, predicate: TransferWord) -> bool:
        """Whether ``party`` only tells of a swap the noun ``predicate`` names after it.

        "Zelensky said the swap included 17 civilians": the speaker hands no one over;
        the swap is what included them. Read as the subject, the speaker's side became
        the sender and the civilians went the wrong way.
        """
        if self.norm_at[predicate.first] not in lx.EXCHANGE_NOUNS:
            return False
        return not lx.SPEECH.isdisjoint(self.norm_at[i] for i in range(party.last, predicate.first))

    def _with_absolute_subject(self, party: PartyMention, predicate: TransferWord) -> bool:
        """Whether ``party`` is the subject of an absolute "with" clause's participle.

        "..., with Ukraine getting back 90 and Russia 90": "with" governs the whole
        clause, and the side just before the "-ing" verb does the getting.
        """
        return (
            self.norm_at[party.first - 1] == "with"
            and party.last == predicate.first
            and self.norm_at[predicate.first].endswith("ing")
        )

    def _governed(self, party: PartyMention) -> bool:
        """Whether a preposition governs the party, maybe across "the": not a subject.

        "children transferred to the Russian Federation, and welcomes the return of
        12": "the Russian Federation" is where children were taken, not who welcomes.
        """
        before = party.first - 1
        if self.norm_at[before] == "the":
            before -= 1
        return self.norm_at[before] in _PREPOSITIONS

    def _relative_speaker(self, party: PartyMention, predicate: TransferWord) -> bool:
        """Whether ``party`` only says a relative clause whose verb has the relative as subject.

        "the exchange, which Kyiv said late on Wednesday had returned 215 men to Ukraine":
        "which" is what returned them; Kyiv, between it and "said", only reports it. So
        too when the verb stands in a later clause than the relative's, or is joined by
        "and" after it ("bodies that Moscow said were soldiers and returned 19 to Russia").
        """
        start = party.first - (self.norm_at[party.first - 1] == "the")
        if self.norm_at[start - 1] not in ("which", "that"):
            return False
        verb = next((v for v in self.m.speech if party.last <= v < party.last + 2), None)
        if verb is None or verb >= predicate.first:
            return False
        dated = {i for d in self.m.dates for i in range(d.first, d.last)}
        return (
            all(
                self.norm_at[i] in _VERB_GROUP_WORDS or i in dated or self.norm_at[i] in _WHEN_SAID
                for i in range(verb + 1, predicate.first)
            )
            or any(self.norm_at[i] == "and" for i in range(verb + 1, predicate.first))
            or self._later_conjunct(verb, predicate.first)
        )

    def _later_conjunct(self, start: int, end: int) -> bool:
        """Whether a new clause joined by ", and", ", but" or ";" opens between two tokens.

        "A handover that Moscow said would begin on Saturday did not happen, and the
        sides argued over the return of 500 bodies": the relative clause's speaker is
        behind the clause break, so it is no subject of the verb or noun after it.
        """
        return any(
            self.norm_at[i] == ";"
            or (self.norm_at[i] == "," and self.norm_at[i + 1] in ("and", "but"))
            for i in range(start + 1, end)
        )

    def _set_off_speaker(self, party: PartyMention, predicate: TransferWord) -> bool:
        """Whether ``party`` only says a clause, in a speech tag set off by commas before the verb.

        "Russia handed over 6,057 bodies, Kyiv said, and received 78": Kyiv tells the
        clause; "received" shares the subject of "handed over", Russia.
        """
        start = party.first - (self.norm_at[party.first - 1] == "the")
        if self.norm_at[start - 1] != ",":
            return False
        verb = next((v for v in self.m.speech if party.last <= v < party.last + 2), None)
        if verb is None or self.norm_at[verb + 1] != ",":
            return False
        return all(
            self.norm_at[i] in _VERB_GROUP_WORDS | {"and"} for i in range(verb + 2, predicate.first)
        )

    def _coordinated_aside(self, predicate: TransferWord) -> int | None:
        """The opening comma of an aside between "and" and the verb, if any.

        "... and, in what Moscow called a goodwill gesture, received 22": the aside
        ends right before the verb and opens with a preposition right after "and,", or
        is a short speech tag ending in its verb of saying ("and, officials said,").
        """
        close = predicate.first - 1
        while self.norm_at[close] in _VERB_GROUP_WORDS and close > self.first:
            close -= 1  # ", also received"
        if self.norm_at[close] != ",":
            return None
        opening = next(
            (
                i
                for i in range(close - 1, max(self.first, close - 16) - 1, -1)
                if self.norm_at[i] == ","
            ),
            None,
        )
        if opening is None or self.norm_at[opening - 1] != "and":
            return None
        if self.norm_at[opening + 1] in _PREPOSITIONS | {"as", "after", "according"}:
            return opening
        # "... and, Kyiv said, handed over 43": a speech tag set off the same way tells
        # the clause; the verb after it still shares the first verb's subject
        return (
            opening if close - opening <= _SPEECH_TAG_REACH and close - 1 in self.m.speech else None
        )

    def _each_subject(self, predicate: TransferWord) -> bool:
        """Whether the verb's subject is "each side" or "either country": one figure per direction.

        "Each side handed over 390 people", "each of the two countries released
        90": the distributive subject makes the figure the count of every side.
        """
        i = predicate.first - 1
        while i >= self.first and self.norm_at[i] in _VERB_GROUP_WORDS:
            i -= 1  # "each side has now released"
        if i - 1 < self.first or self.norm_at[i] not in _SIDE_NOUNS | _SIDE_PLURALS:
            return False
        if self.norm_at[i - 1] in ("each", "either"):
            return True
        # "each of the two sides", "each of the countries"
        return self.norm_at[i - 1] in ("the", "two") and any(
            self.norm_at[j] == "each" and self.norm_at[j + 1] == "of"
            for j in range(max(self.first, i - 4), i)
        )

    def _homes_named_apart(self, figure: FigureMention) -> bool:
        """Whether the figure and another of the sentence name people of two different sides.

        "Both sides released 31 Ukrainians and 15 Russians": each group goes home, so
        the sides as subject do not make either figure a count of every side.
        """
        return bool(self._other_homes(figure))

    def _homes_apart_unequal(self, figure: FigureMention) -> bool:
        """Whether another figure names the other side's people in a different number.

        "Each side released 31 Ukrainians and 15 Russians": a count per side would
        send 31 both ways, a figure the text never gives; each group goes home instead.
        Equal numbers ("95 Ukrainians for 95 Russians") read the same either way.
        """
        return any(f.amount != figure.amount for f in self._other_homes(figure))

    def _other_homes(self, figure: FigureMention) -> list[FigureMention]:
        """The sentence's figures of one other side's people than the figure's own one."""
        if figure.nationality is None or "+" in figure.nationality:
            return []
        return [
            f
            for f in self.m.figures
            if f.nationality is not None
            and f.nationality != figure.nationality
            and "+" not in f.nationality
        ]

    def _reciprocal_subject(self, predicate: TransferWord) -> bool:
        """Whether "both sides" or "the two countries" freed or got back the verb's figure.

        "On Friday both sides freed 95", "the two parties handed over 60 soldiers",
        "Russia and Ukraine both released 95":
        each side did the giving (or getting), so the figure goes both ways. A verb of
        swapping ("the two sides exchanged 146") stays a figure of unknown scope.
        """
        if predicate.move not in (Move.SEND, Move.RECEIVE):
            return False
        i = predicate.first - 1
        while i >= self.first and (
            self.norm_at[i] in _VERB_GROUP_WORDS | _VERB_GROUP_ADVERBS
            or (self.tokens[i].kind == WORD and self.norm_at[i].endswith("ly"))
        ):
            i -= 1  # "both sides have now released", "both sides finally freed"
        if self.norm_at[i] == "both":
            # "Russia and Ukraine both released 95": "both" floated after two joined sides
            second = next((p for p in self.m.parties if p.last == i), None)
            return second is not None and any(
                p.last == second.first - 1 and self.norm_at[p.last] == "and" for p in self.m.parties
            )
        if i - 1 < self.first or self.norm_at[i] not in {"sides"} | _SIDE_PLURALS:
            return False
        return self.norm_at[i - 1] == "both" or (
            self.norm_at[i - 1] == "two" and self.norm_at[i - 2] == "the"
        )

    def _pronoun_subject(self, predicate: TransferWord, floor: int) -> list[PartyMention]:
        """A subject that points back: "it received", "its teams took charge of the remains".

        The pronoun stands for the latest speaker of a party named before (the
        coordination headquarters, the ministry), whose party does the handing over.
        """
        i = predicate.first - 1
        while i >= floor and self.norm_at[i] in _VERB_GROUP_WORDS:
            i -= 1  # "it has now received"
        if self.norm_at[i] == "to" and self.norm_at[i - 1] in _ACHIEVED:
            i -= 2  # "we managed to return 49", "they were able to bring back 12"
            while i >= floor and self.norm_at[i] in _VERB_GROUP_WORDS:
                i -= 1
        if self.norm_at[i] == ",":
            # "it, too, received", "they, in turn, handed over": a short aside
            aside_start = next(
                (j for j in range(i - 1, max(floor, i - 5) - 1, -1) if self.norm_at[j] == ","), None
            )
            if aside_start is not None:
                i = aside_start - 1
        if self.norm_at[i] == "which" and self.norm_at[i - 1] == ",":
            # "returned 1,003 bodies to Ukraine, which sent 26 back": the relative's
            # antecedent, a side named right before its comma, does the verb
            named = next((p for p in self.m.parties if p.noun and p.last == i - 1), None)
            return [] if named is None else [named._replace(role=ACTOR)]
        if i >= floor and self.norm_at[i] == "we":
            return self._first_person_subject(i)
        country = i - 1 >= floor and self.norm_at[i] in ("country", "nation")
        country = country and self.norm_at[i - 1] == "the"
        if i >= floor and self.norm_at[i] in ("it", "they"):
            pronoun = i
        elif i - 1 >= floor and self.norm_at[i - 1] in ("its", "their"):
            pronoun = i - 1  # "its teams took charge of"
        elif country:
            pronoun = i - 1  # "Zelensky, speaking in Kyiv, said the country had brought back"
        else:
            return self._sideless_state_subject(predicate, i)
        # "Russia ... said it had received 19": "it" is whoever said so; so it is past an
        # aside after the verb of saying ("said that, unlike Russia, it had received 78")
        aside = self.said_aside_opening(pronoun) if self.norm_at[pronoun - 1] == "," else None
        lead = pronoun if aside is None else aside
        for verb, entries in self.verb_speakers:
            if verb in (lead - 1, lead - 2) and self.norm_at[lead - 1] in (
                "that",
                *lx.SPEECH,
            ):
                parties = [e.party for e in entries if e.party is not None]
                if len(parties) == 1 and parties[0] not in MEDIATOR_CODES:
                    return [PartyMention(pronoun, pronoun + 1, parties[0], ACTOR, True)]
        if country:
            return []  # "the country" is only the country of whoever said it
        said = pronoun - 1 - (self.norm_at[pronoun - 1] == "that")
        if self.norm_at[said] in lx.SPEECH and self.norm_at[said - 1] == "and":
            # "Russia returned 1,000 bodies and said it had received 19": the subject of
            # the first clause said it
            opening = [
                p
                for p in self._actors()
                if p.last <= said and self.norm_at[p.first - 1] not in _PREPOSITIONS
            ]
            if opening and opening[0].code not in MEDIATOR_CODES:
                return [PartyMention(pronoun, pronoun + 1, opening[0].code, ACTOR, True)]
        if self.norm_at[pronoun - 1] == "that" and self.norm_at[pronoun - 2] == "and":
            # "Kyiv said Russia was ready to free 300, and that it had freed 40": a second
            # reported clause goes on about the first one's subject
            return self._first_reported_subject(pronoun)
        subject = self._sentence_subject(pronoun)
        if subject and not any(s.first < pronoun for s in self.m.sources):
            # "On July 17, Russia received 19; on September 18 it received 24": with no
            # speaker named in the sentence, "it" is the country that opened it, not the
            # agency a sentence before named
            return subject
        entry = self.discourse.resolve(_POINTED_ROLES)
        acting = self.discourse.acting_side
        if pronoun == self.first and acting is not None and acting[0] == self.index - 1:
            # "Ukraine received 500 bodies on 10 March. It also brought home 40 ...": the
            # pronoun opening the sentence goes on about the side the one before had act,
            # unless the speaker it may as well point back to is the other side's
            if entry is not None and entry.party is not None and entry.party != acting[1]:
                return []
            return [PartyMention(pronoun, pronoun + 1, acting[1], ACTOR, True)]
        if entry is None or entry.party is None or entry.party in MEDIATOR_CODES:
            return subject
        return [PartyMention(pronoun, pronoun + 1, entry.party, ACTOR, True)]

    def _first_person_subject(self, pronoun: int) -> list[PartyMention]:
        """The side "we" speaks for in a side's own statement: the statement's author's.

        "Statement of the Ministry of ... / ... we managed to return 49 people": in the
        text's own voice, "we" is the side whose statement the text reproduces. A quoted
        or interviewed speaker's "we" is left unresolved: spoken figures are often
        rounded or running sums ("for one we got back 200"), and a reporter's or a
        mediator's "we" is no side of the war.
        """
        teller = self.attribution or self.speaker_near(pronoun)
        if teller is not None and teller is not PUBLISHER:
            return []
        statement = self.discourse.statement
        side = None if statement is None else statement.party
        if side is None or side not in self._belligerents:
            return []
        return [PartyMention(pronoun, pronoun + 1, side, ACTOR, True)]

    def acting_side(self, belligerents: Sequence[str]) -> str | None:
        """The one side this sentence has as subject of its verbs of handing over, if any.

        "Ukraine received 500 bodies on 10 March": Ukraine, which "it" or "they" opening
        the next sentence may go on about. Two sides acting name no one side.
        """
        side: str | None = None
        for word in self.m.transfers:
            if not word.done or word.move not in (Move.SEND, Move.RECEIVE):
                continue
            for p in self._subject(word, self.first):
                if p.code != side and (side is not None or p.code not in belligerents):
                    return None  # a second side, or one no side of the war: no more to look at
                side = p.code
        return side

    def _first_reported_subject(self, pronoun: int) -> list[PartyMention]:
        """The side that opens the first reported clause, for "and that it" later on.

        "Moscow's envoy said Russia was ready to return 300, and that it had sent back
        40": the coordinated "that" clause keeps the first clause's subject. With no
        side right after the verb of saying (and its "that"), "it" is left unresolved,
        for a side named elsewhere in the sentence may as well be meant.
        """
        for k in range(self.first, pronoun - 2):
            if self.norm_at[k] not in lx.SPEECH:
                continue
            start = k + 1 + (self.norm_at[k + 1] == "that")
            named = [p for p in self.m.parties if p.first == start and p.noun]
            if named and named[0].code not in MEDIATOR_CODES and named[0].last < pronoun:
                return [PartyMention(pronoun, pronoun + 1, named[0].code, ACTOR, True)]
            return []
        return []

    def _sideless_state_subject(self, predicate: TransferWord, at: int) -> list[PartyMention]:
        """The side of "the government" that got back people the clause says are its own.

        "The government took back 6,057 in all, which were those of Ukrainian soldiers":
        a state that receives the bodies or prisoners of one side's nationals is that
        side's, so figures sharing the verb (stages listed before it) go its way too. A
        verb of sending, or people of no stated side, leave "the government" unresolved.
        """
        if at < self.first or self.norm_at[at] not in _SIDELESS_STATE:
            return []
        if self.norm_at[at] != "officials" and self.norm_at[at - 1] != "the":
            return []  # "the Ukrainian government" is a named side; "a government" none
        if predicate.move is not Move.RECEIVE:
            return []
        own = next(
            (
                f
                for f in self.m.figures
                if predicate.last <= f.first <= predicate.last + OWN_OBJECT_REACH
            ),
            None,
        )
        if own is None or any(
            self.norm_at[k] in _CLAUSE_ENDS for k in range(predicate.last, own.first)
        ):
            return []
        named = {
            p.code
            for p in self.m.parties
            if p.first > own.first and p.role != MEDIATOR and self.norm_at[p.last] not in lx.SPEECH
        }
        if len(named) > 1:
            return []  # "those of Ukrainian and Russian soldiers": whose is not one side's
        side = self._nationality(own, self.last)
        if side is None or side in MEDIATOR_CODES or side not in self._belligerents:
            return []
        return [PartyMention(at, at + 1, side, ACTOR, True)]

    def _sentence_subject(self, pronoun: int) -> list[PartyMention]:
        """The one country that opens the sentence as subject, for "it" later in it.

        "Ukraine has received its dead many times; in June and July alone it took
        back 79 and 84 bodies": with no speaker to point back to, a singular "it"
        stands for the only party named earlier in the sentence outside a
        prepositional phrase. The nationality of people counted ("84 Ukrainians",
        "Russian soldiers") names people, never a country "it" could be.
        """
        if self.norm_at[pronoun] != "it":
            return []
        countries = [p for p in self.m.parties if p.last <= pronoun and p.role != NATIONALITY]
        named = {p.code for p in countries if self.norm_at[p.first - 1] not in _PREPOSITIONS}
        if (
            len(named) != 1
            or named & MEDIATOR_CODES
            or any(self.norm_at[p.first - 1] in _PREPOSITIONS for p in countries)
        ):
            return []
        return [PartyMention(pronoun, pronoun + 1, next(iter(named)), ACTOR, True)]

    def _whose_remains_verb(self, figure: FigureMention) -> TransferWord | None:
        """The verb of "whose bodies Russia handed over" right after the figure's dead.

        The relative clause's subject side and auxiliaries stand between "whose bodies"
        and its verb, and the dead are what that verb moved, whatever the clause after
        the relative one says.
        """
        opener = figure.np_end + 1
        if self.norm_at[figure.np_end] != "whose" or self.norm_at[opener] not in lx.REMAINS_NOUNS:
            return None
        party = next((p for p in self._actors() if p.first == opener + 1 and p.noun), None)
        if party is None:
            return None
        return next(
            (
                t
                for t in self.m.transfers
                if t.first >= party.last
                and t.move is not Move.EVENT
                and {self.norm_at[i] for i in range(party.last, t.first)} <= _AUXILIARIES
            ),
            None,
        )

    def _relative_agent(self, figure: FigureMention, predicate: TransferWord) -> str | None:
        """The side doing the verb of an object relative clause on the figure's people.

        In "the 22 wounded soldiers whom Russia sent back" the 22 are the object of
        "sent" and Russia its subject; the side must follow the pronoun at once. So it
        does after "whose bodies" ("the 82 soldiers whose remains Russia handed over"):
        the dead are what the verb moved.
        """
        opener = figure.np_end
        if self.norm_at[opener] == "whose" and self.norm_at[opener + 1] in lx.REMAINS_NOUNS:
            opener += 1
        elif self.norm_at[opener] not in ("whom", "that"):
            return None
        if predicate.first <= opener:
            return None
        named = [p for p in self._actors() if p.first == opener + 1 and p.noun]
        if not named:
            return None
        party = named[0]
        between = {self.norm_at[i] for i in range(party.last, predicate.first)}
        return party.code if between <= _AUXILIARIES else None

    def _after_and(self, at: int) -> bool:
        """Whether the verb group at ``at`` follows "and", past its auxiliaries.

        "Russia had so far handed over 7,000 bodies and had received 78": "had received"
        is coordinated with the verb before it, whose subject it shares.
        """
        i = at - 1
        while i > self.first and self.norm_at[i] in _AUXILIARIES_BETWEEN:
            i -= 1
        return self.norm_at[i] == "and"

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
        if self.norm_at[party.first - 1] in ("and", ",") and not self._in_relative(party.first):
            return [party]
        return []

    def _bare_own_people(self, figure: FigureMention) -> bool:
        """Whether the figure is a bare "N of its own" / "N of their own", with no noun.

        "Kyiv said it received 230 people, while Moscow said it returned 248 of its
        own": the owner's people are a group of their own, so a kindless figure before
        ("people") gives them no kind; a kind counted before ("returned 103 soldiers and
        received 103 of its own") still does.
        """
        return (
            figure.noun is None
            and figure.pronoun in ("its", "their")
            and self.norm_at[figure.np_end - 1] == "own"
        )

    def _bare_in_return(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether a bare "received N in return" answers a count told in a clause before.

        "150 soldiers came home. Russia said it received 150 in return" (or after a
        semicolon): the second side's count has no noun of its own, so the first side's
        noun, said in another clause, gives it no kind; ", and Russia received 150 in
        return" in the same clause shares the noun.
        """
        end = figure.np_end
        if figure.noun is not None or end != figure.last or self.norm_at[end] != "in":
            return False
        if self.norm_at[end + 1] not in ("return", "exchange"):
            return False
        if previous is None or previous.sentence != self.index:
            return True
        if previous.at is None or previous.at >= figure.first:
            return False
        return ";" in self.norms[previous.at - self.first : figure.first - self.first]

    def _own_after_nationals(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether bare "N of its own" answers nationals counted in its sentence.

        "84 Ukrainians came home and Russia, Kyiv said, got back 84 of its own"; "150
        Russians were returned, while Ukraine brought home 189 of its own": the other
        side's own are counted as the first side's were, by nation alone, so they are of
        no one kind, not of a group told sentences before.
        """
        if (
            previous is None
            or previous.sentence != self.index
            or previous.category is not PersonCategory.OTHER
            or not self._bare_own_people(figure)
        ):
            return False
        told = next((f for f in self.m.figures if f.first == previous.at), None)
        return told is not None and self.norm_at[told.np_end - 1] in _DEMONYM_PLURALS

    def _category(self, figure: FigureMention, previous: LegDraft | None) -> PersonCategory:
        if self.norm_at[figure.first - 1] == "of" and self.norm_at[figure.first - 2] in (
            "bodies",
            "remains",
        ):
            return PersonCategory.REMAINS  # "the bodies of 45 of its own"
        if self.norm_at[figure.last] == "others" and self.norm_at[figure.first - 1] == "and":
            return PersonCategory.OTHER  # "60 of its sailors and 25 others": not of that kind
        noun = figure.noun
        if noun is None and self.norm_at[figure.last] == "of":
            promised = self._promised_group(figure)
            if promised is not None:
                figure = promised  # "returned 22 of them": the promised group's kind
                noun = figure.noun
            else:
                noun = self._them_noun(figure)  # "757 of them", them being bodies
        if noun is None:
            noun = self._of_these_noun(figure)  # "Of these, 388 had been returned"
        if noun is None and self._kinds_listed_before_each(figure):
            return PersonCategory.OTHER  # "swapped prisoners and bodies - 30 each -"
        if noun is None:
            noun = self._apposed_noun(figure)
        if noun is None:
            noun = self._recurring_noun(figure)
        if noun is not None and noun.category is None and not noun.remains:
            noun = self._renamed_noun(figure) or noun  # "eight citizens, residents of ..."
        if noun is not None and noun.category is None and not noun.remains:
            noun = self._labelled_noun(figure) or noun  # "120 people Moscow described as ..."
        if noun is None or (noun.category is None and not noun.remains):
            noun = self._all_of_kind(figure) or noun  # "115 people, all of them servicemen"
        if figure.remains or (noun is not None and noun.remains) or self._bodies_before(figure):
            return PersonCategory.REMAINS
        if noun is None or self.norm_at[figure.np_end - 1] in _DEMONYM_PLURALS:
            headed = (
                self._colon_head(figure)
                or self._relative_head(figure)
                or self._apposed_wounded_head(figure)
                or self._wounded_object_shared(figure)
            )
            if headed is not None:
                return headed  # "the wounded were swapped too: 31 Ukrainians for 15 Russians"
        category = noun.category if noun is not None else None
        firsts = self.figure_starts
        k = bisect.bisect_right(firsts, figure.first)
        stop = self.m.figures[k].first if k < len(self.m.figures) else self.last
        # "the same numbers of servicemen and civilians" is one figure per kind, each of its
        # own kind; "189 soldiers and civilians" is one figure of both
        shared = k - bisect.bisect_left(firsts, figure.first) > 1
        if (
            noun is not None
            and not shared
            and mixed_group(self.norms, figure.np_end - self.first, stop - self.first, category)
        ):
            return PersonCategory.OTHER  # "189 soldiers and civilians"
        if noun is None and self._pair_of_mixed_group(figure):
            return PersonCategory.OTHER  # "1,000 for 1,000, soldiers and civilians together"
        if self._part_of_mixed_whole(figure):
            return PersonCategory.OTHER  # "6,254 defenders and civilians ..., of whom 2,871"
        civilians = bool(self.norm_set & lx.CIVILIAN_WORDS)
        if category is None and self._civilians_among(figure):
            # "received 84 of its own, among them residents of the region": a count whose
            # aside names civilians among those counted is of no one kind, whatever the
            # kind of the figure told before it
            return PersonCategory.OTHER
        if category is None:
            if noun is not None and self.norm_at[figure.np_end - 1] in _DEMONYM_PLURALS:
                # "84 Ukrainians came home", "in exchange for 110 Russians": a nationality
                # alone names people of no one kind (the coding conventions' mixed figure),
                # even in a report of a prisoner swap; wounded ones are wounded prisoners
                if not civilians and self.norm_set & _PRISONER_CONTEXT and figure.wounded:
                    return PersonCategory.WOUNDED_PRISONERS
                if self._nationals_against_bodies(figure):
                    return PersonCategory.REMAINS
                return PersonCategory.OTHER
            if (
                noun is not None
                and figure.wounded
                and not civilians
                and self.norm_at[figure.np_end - 1] == "men"
                and (self.norm_set & _PRISONER_CONTEXT or self.discourse.topic in lx.SOLDIER_KINDS)
            ):
                # "the wounded men it received": in a report of a prisoner swap, wounded men
                # handed over are wounded prisoners, as "wounded soldiers" are
                return PersonCategory.WOUNDED_PRISONERS
            if noun is not None and not figure.wounded and self._swapped_men(figure):
                return PersonCategory.PRISONERS_OF_WAR
            if noun is not None and self._kindless(figure):
                return PersonCategory.OTHER  # "207 of its people had come home"
            if (
                noun is None
                and not figure.wounded
                and self.discourse.category is PersonCategory.REMAINS
                and self._swap_size_set_off(figure)
                and self.norm_set.isdisjoint(lx.REMAINS_NOUNS | _DEAD_WORDS | lx.CIVILIAN_WORDS)
            ):
                # after a line on bodies, "The Easter exchange: 246 each way": the size per
                # side of a prisoner swap named before it, not more of the dead
                return PersonCategory.PRISONERS_OF_WAR
            if (
                noun is None
                and not figure.wounded
                and self.discourse.category is PersonCategory.REMAINS
                and self._pair_set_off(figure)
                and self.norm_set.isdisjoint(lx.REMAINS_NOUNS)
            ):
                # after a sentence on bodies, "a swap on March 19 – 175 for 175 – followed":
                # the swap's pair is not of the dead, and names no one kind of the living
                return PersonCategory.OTHER
            if (
                noun is None
                and not figure.wounded
                and PersonCategory.REMAINS
                not in (self.discourse.category, previous.category if previous else None)
                and (self._bare_each_way(figure) or self._bare_reciprocal(figure))
            ):
                # "150 were returned in each direction", "both sides freed 95": people moved
                # with no noun of their own are of no one kind, whatever the story's noun
                return PersonCategory.OTHER
            if (
                noun is None
                and not figure.wounded
                and PersonCategory.REMAINS
                not in (
                    self.discourse.category,
                    self.discourse.topic,
                    previous.category if previous else None,
                )
                and self._comers_both_ways(figure)
            ):
                # "75 came home and 75 went the other way": each way told as people going,
                # a count with no noun of its own is of no one kind, whatever the story's
                return PersonCategory.OTHER
            if (
                noun is None
                and not figure.wounded
                and PersonCategory.REMAINS
                not in (self.discourse.category, previous.category if previous else None)
                and (
                    self._pair_after_ranked_one(figure)
                    or (self._pair(figure) and self._day_brought(figure.first - 1))
                    or self._day_brought_per_side(figure)  # "October 18 added 95 on each side"
                    or self._named_pair_told_done(figure)
                    or self._size_given(figure.first - 1)  # "gave the figure as 103 for each side"
                    or self._swap_with_per_side(figure)  # "resumed with 75 on each side"
                )
            ):
                # "205 were exchanged in each direction"; "in a prisoner swap, 205 went each way"
                return self._per_side_kind(figure)
            if (
                noun is None
                and not figure.wounded
                and (previous is None or previous.sentence != self.index)
                and PersonCategory.REMAINS
                not in (self.discourse.category, previous.category if previous else None)
                and self._each_side_freed(figure)
            ):
                # "last swapped prisoners on Jan. 5, when each side released 25": the count
                # has no noun of its own, so it is of no one kind, whatever the sentence's
                # noun; "each side freed 52 prisoners, on Dec. 1 each side freed 50" keeps
                # the kind of the listed clause before it
                return PersonCategory.OTHER
            if (
                noun is None
                and (previous is None or previous.sentence != self.index)
                and (
                    self.discourse.category in (None, PersonCategory.OTHER)
                    # a recap's dated line sizes a swap of its own, not the last line's group
                    or self._pair_on_dated_line(figure)
                    # a report of a prisoner swap that told of a few civilians as well:
                    # its later bare "1,000 for 1,000" is of prisoners
                    or (
                        self.discourse.category is PersonCategory.CIVILIANS
                        and self.discourse.topic is PersonCategory.PRISONERS_OF_WAR
                    )
                )
                and self.discourse.topic in (None, PersonCategory.PRISONERS_OF_WAR)
                and (
                    self._bare_swap(figure)
                    # "120 Ukrainians came home. ... On April 8 it was 100 for 100": a later
                    # bare pair is a swap of its own, not more of the nationals before it
                    or (
                        self.discourse.category is PersonCategory.OTHER
                        and self._bare_pair(figure)
                        and self.norm_set.isdisjoint(_BARE_SWAP_OTHERWISE)
                    )
                )
            ):
                # a new sentence's "150 were exchanged for 150" is not the mixed group of
                # the one before
                return PersonCategory.PRISONERS_OF_WAR
            if (
                noun is None
                and not figure.wounded
                and (previous is None or previous.sentence != self.index)
                and self.discourse.category is PersonCategory.WOUNDED_PRISONERS
                and self._pair(figure)
            ):
                # "22 wounded were released. ... April 19: 246 for 246": a later swap's
                # bare pair is not more of the wounded told before
                return PersonCategory.PRISONERS_OF_WAR
            if (
                noun is None
                and not figure.wounded
                and self.discourse.topic in (None, PersonCategory.PRISONERS_OF_WAR)
                and self._later_swap_after_nationals(figure, previous)
                and self._bare_swap(figure)
            ):
                # "103 Ukrainians were swapped for 103 Russians, and in October a further 95
                # for 95": a later day's bare pair is a swap of its own, not more nationals
                return PersonCategory.PRISONERS_OF_WAR
            if self._living_after_bodies(figure, previous):
                return PersonCategory.PRISONERS_OF_WAR
            repeated = self._repeated_kind(figure, previous)
            if repeated is not None:
                # "390 people - 270 soldiers and 120 civilians - ... and Russia got back 390":
                # the same number as the whole told before, not more of its last part
                return repeated
            if (
                not figure.wounded
                and self._bare_in_return(figure, previous)
                and PersonCategory.REMAINS
                not in (
                    self.discourse.category,
                    self.discourse.topic,
                    previous.category if previous else None,
                )
            ):
                # "150 soldiers came home. Russia received 150 in return": the counterpart
                # names no kind of its own, and the other side's noun was said of them only
                return PersonCategory.OTHER
            restated = self._restated_kind(figure, previous)
            if restated is not None:
                return restated  # "207 Ukrainians came home ... Kyiv says 207 came back"
            if self._own_after_nationals(figure, previous):
                # "84 Ukrainians came back, and Russia received 84 of its own": its own
                # nationals, of no more kind, not a group told sentences before
                return PersonCategory.OTHER
            if previous is not None and not (
                self._bare_own_people(figure) and previous.category is PersonCategory.OTHER
            ):
                # "including 15 wounded men"; "and 15 wounded", the adjective as the noun
                wounded = figure.wounded or (
                    figure.noun is not None and self.norm_at[figure.np_end - 1] in lx.WOUNDED_WORDS
                )
                if wounded and previous.category is PersonCategory.PRISONERS_OF_WAR:
                    return PersonCategory.WOUNDED_PRISONERS
                if (
                    wounded
                    and figure.noun is not None
                    and previous.category is PersonCategory.OTHER
                    and not civilians
                    and self.norm_set & _PRISONER_CONTEXT
                ):
                    # "in return for 246 Russians and 15 wounded": in a prisoner swap the
                    # wounded after a count of nationals are wounded prisoners, as alone
                    return PersonCategory.WOUNDED_PRISONERS
                if (
                    not wounded
                    and self._bare_own_people(figure)
                    and previous.category is not PersonCategory.REMAINS
                ):
                    # "brought home 100 soldiers; Russia received 100 of its own": the kind was
                    # said of the other side only (bodies stay bodies)
                    return PersonCategory.OTHER
                if (
                    not wounded
                    and figure.noun is not None
                    and self.norm_at[figure.np_end - 1] in _OWN_KINDLESS_NOUNS
                ):
                    # "64 soldiers came home, while seven foreign volunteers were released":
                    # people named by a noun of no kind are not of the kind told before
                    return PersonCategory.OTHER
                return previous.category
            if (
                not figure.wounded
                and self._bare_own_people(figure)
                and PersonCategory.REMAINS not in (self.discourse.category, self.discourse.topic)
            ):
                # a sentence after "118 soldiers came home": "Russia got back 118 of its
                # own" names no kind of its own, whatever the kind the story told before
                return PersonCategory.OTHER
            if self._dated_pair_after_bodies(figure):
                # bodies told, then "The first, on 8 January, was 50 for 50": another swap,
                # and a bare pair of a swap is of prisoners
                return PersonCategory.PRISONERS_OF_WAR
            if noun is None and self.discourse.category is not None:
                return self.discourse.category  # "there followed a swap of 100 for 100"
            if (
                noun is None
                and not figure.wounded
                and self.discourse.topic is PersonCategory.REMAINS
                and self._pair(figure)
                and self._bare_swap(figure)
            ):
                # a line that only mentions bodies, then "the sides swapped 250 for 250": an
                # even swap naming no dead is of prisoners, not of the bodies mentioned
                return PersonCategory.PRISONERS_OF_WAR
            if noun is None and self.discourse.topic is not None:
                return self.discourse.topic  # a report on prisoner talks: "swapped 1,000 for 1,000"
            if not civilians and self.norm_set & {"prisoners", "pows", "captivity", "prisoner"}:
                return PersonCategory.PRISONERS_OF_WAR
            if noun is None and self._bare_swap(figure):
                return PersonCategory.PRISONERS_OF_WAR  # "when 150 were exchanged for 150"
            return PersonCategory.OTHER
        if category is PersonCategory.PRISONERS_OF_WAR:
            if self._civilians_among(figure):
                return PersonCategory.OTHER  # "390 prisoners, among them 120 civilians"
            if self._merchant_crews(figure):
                return PersonCategory.OTHER  # "110 of its sailors from merchant ships"
            if figure.wounded or self._wounded_object_shared(figure) is not None:
                return PersonCategory.WOUNDED_PRISONERS
            if self._in_like_condition(figure, previous):
                return PersonCategory.WOUNDED_PRISONERS  # "for 12 soldiers in a similar condition"
            # "32 soldiers and 20 bodies": a figure after the soldiers counts its own dead,
            # and so does "the bodies of 20" opening the next figure's phrase
            after = next(
                (self._remains_opening(f) for f in self.m.figures if f.first >= figure.np_end),
                self.last,
            )
            near = {
                self.norm_at[i]
                for i in range(
                    max(self.first, figure.first - 6), min(self.last, figure.np_end + 3, after)
                )
            }
            # "brought home 144 of its servicemen and also recovered the bodies of soldiers":
            # the bodies are another clause's
            # "took back 94 bodies ..., while Russia received 38 of its own soldiers": the
            # other side's soldiers in a sentence about the dead are dead too
            bodies_before = (
                previous is not None
                and previous.sentence == self.index
                and previous.category is PersonCategory.REMAINS
            )
            if (
                (near & {"bodies", "remains", "fallen"} or bodies_before)
                and not self.norm_set & {"prisoners", "pows", "captivity", "captives"}
                # "in return for 34 living soldiers": soldiers said to be alive are not dead
                and not self._at(lx.ALIVE_MODIFIERS, figure.last, figure.np_end)
            ):
                return PersonCategory.REMAINS
        return category

    def _later_swap_after_nationals(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether bare "N for N" is told on a later day than this sentence's nationals.

        "On 4 March 120 Ukrainians were swapped for 120 Russians, and on 9 May 60 for 60":
        a pair of another number after a day the leg before was not told on is another
        swap, not more of the nationals (a kind of no one kind); with no day of its own,
        or of the same number, it may restate them and keeps their kind.
        """
        partner = self._partner(figure)
        if (
            partner is None
            or not self._bare_pair(figure)
            or previous is None
            or previous.sentence != self.index
            or previous.category is not PersonCategory.OTHER
            or previous.amount == figure.amount
        ):
            return False
        told = next((f for f in self.m.figures if f.first == previous.at), None)
        if told is None or self.norm_at[told.np_end - 1] not in _DEMONYM_PLURALS:
            return False
        end = max(figure.np_end, partner.np_end)
        stop = next((f.first for f in self.m.figures if f.first >= end), self.last)
        return any(
            told.np_end <= d.first < stop and not d.since and d.text not in previous.dates
            for d in self.m.dates
        )

    def _repeated_kind(
        self, figure: FigureMention, previous: LegDraft | None
    ) -> PersonCategory | None:
        """The kind of the people a bare number repeats from the handover told before it.

        "Ukraine got back 390 people - 270 soldiers and 120 civilians - and Russia received
        390": when the last leg told (the 120) is of another number, the bare 390 is as
        many as a leg of the same handover (this sentence's legs with the last one's
        sides and dates) of that number, and of its kind; with no such leg, as many as
        all its parts together, of no one kind when they differ. An equal figure that is
        no leg ("which has 390 children on its list") or of another handover ("390
        bodies in May") gives no kind.
        """
        if figure.noun is not None or previous is None or previous.sentence != self.index:
            return None
        if previous.amount == figure.amount or figure.amount.low != figure.amount.high:
            return None
        handover = [
            leg
            for leg in self._drafted_here
            if leg.sentence == self.index
            and (leg.sender, leg.receiver, leg.dates)
            == (previous.sender, previous.receiver, previous.dates)
        ]
        same = next((leg for leg in handover if leg.amount == figure.amount), None)
        if same is not None:
            return same.category
        exact = all(leg.amount.low == leg.amount.high for leg in handover)
        if (
            len(handover) < 2
            or not exact
            or sum(leg.amount.low for leg in handover) != (figure.amount.low)
        ):
            return None
        kinds = {leg.category for leg in handover}
        return kinds.pop() if len(kinds) == 1 else PersonCategory.OTHER

    def _restated_kind(
        self, figure: FigureMention, previous: LegDraft | None
    ) -> PersonCategory | None:
        """The kind of the handover told in an earlier sentence that a bare number restates.

        "207 Ukrainians came home, Kyiv said. Moscow said it handed over 195 prisoners of
        war. Kyiv says 207 came back.": the bare 207 is the 207 told before, of its kind,
        not more of the 195 told last. Handovers of that number of several kinds give none,
        and "received 390 of its own" counts the owner's people, no figure told for others.
        """
        if figure.noun is not None or (previous is not None and previous.sentence == self.index):
            return None
        if self._bare_own_people(figure):
            return None
        if figure.amount.low != figure.amount.high:
            return None
        kinds = {
            leg.category
            for leg in self.discourse.legs
            if not leg.tally and leg.sentence < self.index and leg.amount == figure.amount
        }
        return kinds.pop() if len(kinds) == 1 else None

    def _living_after_bodies(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether a bare figure's own sentence is of prisoners, after bodies told before.

        "757 bodies came home. ... Ukraine and Russia last exchanged prisoners on Feb. 5,
        when 150 were freed by each side": the 150 are the prisoners of their own
        sentence, not more of the dead of the sentence before. So are those the figure's
        own verb sets free ("the swap saw 103 freed from each side", "103 were freed"),
        after a report on bodies too: the dead are handed over, never freed.
        """
        return (
            figure.noun is None
            and not figure.wounded
            and (previous is None or previous.sentence != self.index)
            and PersonCategory.REMAINS
            in (
                self.discourse.category,
                previous.category if previous else None,
                # a report on bodies: its topic is the dead, but the freed are alive
                self.discourse.topic if self._freed_subject(figure) else None,
            )
            and (bool(self.norm_set & lx.PRISONER_NOUNS) or self._freed_subject(figure))
            and self.norm_set.isdisjoint(lx.REMAINS_NOUNS | lx.CIVILIAN_WORDS)
            and self.norm_at[figure.last] != "of"
        )

    def _freed_subject(self, figure: FigureMention) -> bool:
        """Whether "freed" follows the bare figure, past its auxiliaries, in a sentence that
        names a swap: "the swap saw 103 freed", "in the swap, 103 were freed".

        Without a swap named ("Exchanges were smaller. One took place when 84 were
        freed") the sentence may still be about the exchange of bodies told before.
        """
        if not self.norm_set & {"swap", "swaps"}:
            return False
        at = figure.last
        while self.norm_at[at] in _FREED_AUXILIARIES and at < figure.last + 3:
            at += 1
        return self.norm_at[at] == "freed"

    def _colon_head(self, figure: FigureMention) -> PersonCategory | None:
        """The kind the clause before a colon names its people by: "the wounded", "the bodies",
        "a handover of bodies".

        "The wounded were swapped too, though unevenly: 31 Ukrainians for 15 Russians":
        the figures after the colon spell out the group the clause moved, so a
        nationality alone takes that group's kind. The group is named after the last
        figure before the colon, and the clause must move it.
        """
        colon = next(
            (i for i in range(figure.first - 1, self.first - 1, -1) if self.norm_at[i] == ":"), None
        )
        if colon is None:
            return None
        floor = max((f.np_end for f in self.m.figures if f.np_end <= colon), default=self.first)
        for i in range(floor, colon - 2):
            # "came the latest handover (exchange) of bodies: 900 Ukrainians for 31 Russians"
            if (
                self.norm_at[i] in _EXCHANGE_NOUNS
                and self.norm_at[i + 1] == "of"
                and self.norm_at[i + 2] in ("bodies", "remains")
                and all(self.norm_at[j] not in (",", ";") for j in range(i, colon))
            ):
                return PersonCategory.REMAINS
        if not any(
            floor <= t.first and t.last <= colon and t.move is not Move.EVENT
            for t in self.m.transfers
        ):
            return None  # "the wounded were treated in Kyiv: ...": the group was not moved
        for i in range(floor + 1, colon):
            # "the wounded", "the badly wounded"
            article = i - 1 - (self.norm_at[i - 1].endswith("ly") and i - 2 >= self.first)
            if self.norm_at[article] != "the":
                continue
            if self.norm_at[i] in lx.WOUNDED_WORDS:
                return PersonCategory.WOUNDED_PRISONERS
            if self.norm_at[i] in ("bodies", "remains", "dead"):
                return PersonCategory.REMAINS
        return None

    def _wounded_object_shared(self, figure: FigureMention) -> PersonCategory | None:
        """Wounded prisoners for a bare share per side set off after a swap's wounded object.

        "the sides exchanged seriously wounded prisoners - 30 each -", "swapped wounded
        soldiers, 12 apiece": the share counts the object just named, so it keeps the
        object's kind. The object must be that wounded group alone, directly after the
        verb: in "prisoners, including the wounded - 30 each -" or "prisoners and the
        bodies of the wounded" the wounded are only part of what the share counts.
        """
        if figure.noun is not None or not (
            self.norm_at[figure.last] in ("each", "apiece")
            or lx.sides_phrase(self.tokens, figure.last, self.last)  # "12 on each side"
        ):
            return None
        opener = figure.first - 1
        if self.norm_at[opener] not in lx.SET_OFF_MARKS:
            return None
        mediator = next(
            (p for p in self.m.parties if p.last == opener and p.role == "mediator"), None
        )
        if mediator is not None and self.norm_at[mediator.first - 1] == "by":
            opener = mediator.first - 2  # "wounded prisoners brokered by Turkey, 48 each"
            if lx.MEDIATION.match(self.tokens, opener, opener + 1) is None:
                return None
        # Walk back over "(the) (seriously) wounded (prisoners)" only: any other word
        # ("including", "among", "and", a comma, a figure) ends the object unread.
        start = opener
        found = lx.PEOPLE.match(self.tokens, opener - 1, opener)
        if found is None and opener - 2 >= self.first:
            found = lx.PEOPLE.match(self.tokens, opener - 2, opener)
            start = opener - 2 if found is not None else start
        elif found is not None:
            start = opener - 1
        if found is not None and (found[0] != opener or found[1].remains):
            return None
        if start - 1 < self.first or self.norm_at[start - 1] not in lx.WOUNDED_WORDS:
            return None
        start -= 1
        while start - 1 >= self.first and (
            self.norm_at[start - 1] == "the" or self.norm_at[start - 1].endswith("ly")
        ):
            start -= 1
        if (
            start - 2 >= self.first
            and self.norm_at[start - 1] == "of"
            and self.norm_at[start - 2] in _GROUP_NOUNS
        ):
            start -= 2  # "swapped groups of badly injured soldiers - 14 each -"
        if self.norm_at[start - 1] == "of":
            start -= 1  # "a swap of seriously wounded prisoners, 30 each": the noun's object
            if not any(t.last == start and t.move is Move.SWAP for t in self.m.transfers):
                return None
        elif not any(t.last == start and t.move is not Move.EVENT for t in self.m.transfers):
            return None
        return PersonCategory.WOUNDED_PRISONERS

    def _in_like_condition(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether prisoners "in a similar condition" share the wound of the group just told.

        "12 badly wounded Ukrainians came home in exchange for 12 Russian soldiers in a
        similar (the same) condition": the phrase after the noun group says these men are
        as the first group was, so they are wounded prisoners when it was, in the same
        sentence; with no wounded group before it the phrase says nothing of wounds.
        """
        if (
            previous is None
            or previous.sentence != self.index
            or previous.category is not PersonCategory.WOUNDED_PRISONERS
            or self.norm_at[figure.np_end] != "in"
        ):
            return False
        at = figure.np_end + 1
        at += self.norm_at[at] in ("a", "the")
        return self.norm_at[at] in _LIKE_WORDS and self.norm_at[at + 1] in _CONDITION_NOUNS

    def _apposed_wounded_head(self, figure: FigureMention) -> PersonCategory | None:
        """Wounded prisoners for nationalities listed in apposition to "wounded" just before.

        "both sides also released a small number of wounded, 31 Ukrainians and 15
        Russians", "246 each way, plus wounded (31 Ukrainians, 15 Russians)": the
        list spells out the wounded the clause moved, so each group keeps that kind;
        a noun of men after "wounded" ("wounded men (31 Ukrainians, ...)") heads it too.
        """
        if figure.nationality is None:
            return None
        start = figure.first
        while True:
            listed = next(
                (
                    f
                    for f in self.m.figures
                    if f.nationality is not None
                    and f.np_end < start
                    and all(self.norm_at[i] in (",", "and") for i in range(f.np_end, start))
                ),
                None,
            )
            if listed is None:
                break
            start = listed.first
        opening = start - 1
        head = opening - 1
        if (
            self.norm_at[head] in _WOUNDED_GROUP_NOUNS
            and self.norm_at[head - 1] in lx.WOUNDED_WORDS
        ):
            head -= 1  # "a handover of wounded men (31 Ukrainians, 15 Russians)"
        if self.norm_at[opening] not in (",", "(") or self.norm_at[head] not in lx.WOUNDED_WORDS:
            return None
        if any(f.first <= head < f.np_end for f in self.m.figures):
            return None  # "380,000 wounded, 31 Ukrainians ...": the word is a figure's noun
        moved = self.norm_at[head - 1] == "plus" or any(
            t.last <= head and t.move is not Move.EVENT for t in self.m.transfers
        )
        return PersonCategory.WOUNDED_PRISONERS if moved else None

    def _relative_head(self, figure: FigureMention) -> PersonCategory | None:
        """The kind a swap's relative clause takes its bare figures of: "a swap of the wounded".

        "a separate swap of the wounded in which Ukraine received 31 and gave back 15":
        the clause after "in which" counts the group its head names, so its figures
        without a noun are wounded prisoners (or the dead, after "of the bodies").
        """
        which = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 12), -1)
                if self.norm_at[i] == "which" and self.norm_at[i - 1] == "in"
            ),
            None,
        )
        if which is None:
            return None
        head = which - 2  # "the wounded", "the badly wounded"
        article = head - 1 - self.norm_at[head - 1].endswith("ly")
        if self.norm_at[article] != "the" or self.norm_at[article - 1] != "of":
            return None
        if self.norm_at[article - 2] not in _EXCHANGE_NOUNS:
            return None
        if self.norm_at[head] in lx.WOUNDED_WORDS:
            return PersonCategory.WOUNDED_PRISONERS
        if self.norm_at[head] in ("bodies", "remains", "dead"):
            return PersonCategory.REMAINS
        return None

    def _bare_swap(self, figure: FigureMention | None = None) -> bool:
        """Whether a sentence reports a swap between the sides in bare figures.

        In war reporting "150 were exchanged for 150" or "246 went each way", with no
        people noun, means prisoners of war unless the sentence speaks of civilians or of
        the dead; a nationality or "people" noun keeps its mixed reading.
        """
        words = self.norm_set
        # "fifty went each way": a figure going each way is itself a swap
        swap = bool(words & (_SWAP_VERBS | _EXCHANGE_NOUNS)) or (
            figure is not None
            and (
                self._went_each_way(figure)
                or self._deal_pair(figure)
                # a recap's dated line: "February 5: 150 for 150, mediated by the UAE"
                or self._pair_on_dated_line(figure)
                # "there was an 84-for-84": a pair told as having taken place
                or self._there_was_pair(figure)
                # "the pace picked up: 115 for 115 on 24 August, and ...": a list of
                # dated pairs after a colon lists swaps, each sized per side
                or self._dated_pair_listed(figure)
            )
        )
        return swap and words.isdisjoint(_BARE_SWAP_OTHERWISE)

    def _bare_pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` and its partner are a bare "N for N", neither naming people."""
        partner = self._partner(figure)
        return figure.noun is None and partner is not None and partner.noun is None

    def _pair_of_mixed_group(self, figure: FigureMention) -> bool:
        """Whether "N for N" is set off before people of two kinds: ", soldiers and civilians"."""
        partner = self._partner(figure)
        if partner is None:
            return False
        end = max(figure.last, partner.last)
        following = [f.first for f in self.m.figures if f.first >= end]
        stop = min(following, default=self.last)
        return self.norm_at[end] == "," and mixed_group(
            self.norms, end - self.first, stop - self.first, None
        )

    def _share_listed_after_colon(self, figure: FigureMention) -> TransferWord | None:
        """The swap noun a dated per-side share is listed after, past a colon.

        "The month brought two swaps: 40 each on the 3rd, when Kyiv freed some medics,
        and 55 each on the 9th": every "N each on <day>" of the list sizes one of the
        swaps named before the colon, not the verb of a clause set inside the list.
        """
        if figure.noun is not None or figure.amount.high is None:
            return None
        if figure.last not in self.m.dated_shares:
            return None  # no "N each on <day>" (found once per sentence by the mention finder)
        colon = next(
            (
                i
                for i in range(figure.first - 1, self.first - 1, -1)
                if self.norm_at[i] in (":", ";")
            ),
            None,
        )
        if colon is None:
            # "The month brought two swaps, 40 each on the 3rd and 55 each on the 9th": a
            # comma or dash right after the swap noun opens the same list
            colon = next(
                (
                    t.last
                    for t in reversed(self.m.transfers)
                    if t.last <= figure.first and self.norm_at[t.first] in _EXCHANGE_NOUNS
                ),
                None,
            )
            if colon is None or self.norm_at[colon] not in (",", *DASHES):
                return None
            if not self._day_after_share(figure):
                return None  # "58 swaps, 40 each on average": no day, no swap of its own
        elif self.norm_at[colon] != ":":
            return None
        if not self._swap_before_colon(colon):
            return None
        opening = next((f for f in self.m.figures if f.first == colon + 1), None)
        if opening is None or opening.noun is not None:
            return None
        if self.norm_at[opening.last] not in ("each", "apiece"):
            return None  # the list must open with a share of the same form
        return next(
            (
                t
                for t in reversed(self.m.transfers)
                if t.last <= colon and self.norm_at[t.first] in _EXCHANGE_NOUNS
            ),
            None,
        )

    def _day_after_share(self, figure: FigureMention) -> bool:
        """Whether a day follows the "each on" of the share ``figure``: "40 each on the 3rd",
        "55 each on 9 June"; "40 each on average" gives none."""
        near = range(figure.last + 1, figure.last + 5)
        return any(d.first in near for d in self.m.dates) or any(
            i in near for i in self.ordinal_day_positions
        )

    def _share_both_reported(self, figure: FigureMention) -> TransferWord | None:
        """The swap whose per-side size "both sides" are said to have given as "N each".

        "In the handover of 3 May, both sides reported 60 each": the two sides agree on
        the size of a swap told done in the same sentence, so it went both ways; a plan
        ("in the coming swap") or a verb other than one of telling is not read.
        """
        if figure.noun is not None or figure.amount.high is None:
            return None
        if self.norm_at[figure.last] not in ("each", "apiece"):
            return None
        if self.norm_at[figure.first - 1] not in lx.SPEECH - _CLAIMING:
            return None  # "both sides claimed 60 each": a contested count, not a swap's size
        sides = (self.norm_at[figure.first - 3], self.norm_at[figure.first - 2])
        if sides not in (("both", "sides"), ("each", "side"), ("two", "sides")):
            return None
        before = [t for t in self.m.transfers if t.last <= figure.first - 3]
        if (
            not before
            or not before[-1].done
            or self.norm_at[before[-1].first] not in _EXCHANGE_NOUNS
        ):
            return None
        noun = before[-1].first
        opener = noun - 1 - (self.norm_at[noun - 1] in ("the", "a", "an", "that", "this"))
        if self.norm_at[opener] in _LANDMARK_PREPOSITIONS:
            return None  # "in the fighting after the swap of 3 May": the swap only dates it
        return before[-1]

    def _pair_after_colon(self, figure: FigureMention) -> bool:
        """Whether "N for N" right after a colon sizes the swap told done before it.

        So does "N <one side's> people for N <the other's>": "the November exchange was
        smaller, as talks stalled: 120 Ukrainian soldiers for the same number of Russians".
        """
        colon = figure.first - 1
        return (
            self.norm_at[colon] == ":"
            and (self._pair(figure) or self._nationals_for_nationals(figure))
            and self._swap_before_colon(colon)
        )

    def _nationals_for_nationals(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is the first N of "N Ukrainians for N Russians".

        Equal numbers of the two warring sides' people joined by "for" ("for the same
        number of Russians" too) are one swap's two ways, each to its people's side.
        """
        at = figure.np_end
        if figure.nationality is None or self.norm_at[at] != "for":
            return False
        partner = next((f for f in self.m.figures if f.first == at + 1), None)
        return (
            partner is not None
            and partner.amount == figure.amount
            and len(self._belligerents) == 2
            and {figure.nationality, partner.nationality} == set(self._belligerents)
        )

    def _deal_pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is N in 'the "N for N" deal, completed ...': a swap told done."""
        partner = self._partner(figure)
        if partner is None:
            return False
        return self._deal_told_done(self._after_pair(partner))

    def _nationals_against_bodies(self, figure: FigureMention) -> bool:
        """Whether "N Russians" is the dead sent back for bodies counted just before it.

        "Kyiv took back a thousand bodies, while sending home a few dozen Russians": in
        one clause chain with no word of prisoners or swaps, no semicolon and no date between, the
        nationality traded against bodies names the dead of the other side as well.
        """
        if figure.wounded or not self.norm_set.isdisjoint(_PRISONER_CONTEXT - _TRADED):
            return False
        named = [f for f in self.m.figures if f.last < figure.first and f.noun is not None]
        last = named[-1] if named else None
        if last is None or last.noun is None or not (last.remains or last.noun.remains):
            return False
        start = last.last
        if any(start < d.first < figure.first for d in self.m.dates):
            return False
        return not self._at((";", ":"), start, figure.first)

    def _bodies_before(self, figure: FigureMention) -> bool:
        """Whether a bare figure counts the bodies an earlier figure of its sentence counts.

        "Russia said it would hand over 6,000 bodies; by June Ukraine had received 6,057":
        the figure names no people, and the last figure before it that does named the dead.
        A sentence that speaks of prisoners or captives as well keeps the bare figure open.
        """
        if figure.noun is not None or not self.norm_set.isdisjoint(_CAPTIVES):
            return False
        named = [f for f in self.m.figures if f.first < figure.first and f.noun is not None]
        last = named[-1] if named else None
        if last is None:
            # "The return of the bodies went on quietly; some 3,000 were repatriated",
            # "returned 9,000 sets of remains while Ukraine sent back a few hundred": with
            # no people named by a figure, the dead the sentence named before are counted
            return bool(self._at(lx.REMAINS_NOUNS, self.first, figure.first))
        return last is not None and last.noun is not None and (last.remains or last.noun.remains)

    def _recurring_noun(self, figure: FigureMention) -> Noun | None:
        """The people a bare "N each time" counts: those the clause names without a figure.

        "In July and August — about 1,000 each time — Ukraine took back its dead":
        the figure repeats over the transfers, and "its dead" says who moved.
        """
        if self.norm_at[figure.last] != "each" or self.norm_at[figure.last + 1] not in lx.RECURRING:
            return None
        counted = {i for f in self.m.figures for i in range(f.first, f.np_end)}
        best: tuple[int, Noun] | None = None
        for i in range(self.first, self.last):
            if i in counted:
                continue
            found = lx.PEOPLE.match(self.tokens, i, self.last)
            if found is not None and (best is None or abs(i - figure.first) < best[0]):
                best = (abs(i - figure.first), found[1])
        return best[1] if best is not None else None

    def _in_opening_phrase(self, at: int) -> bool:
        """Whether ``at`` stands in a phrase opened by "in", "during" or "at" and set off by commas.

        "In the latest of its returns, on 22 May, six children crossed": the phrase
        sets the scene; the figure after it is the subject of its own verb. A sentence
        may open with "And" or "But" before the phrase.
        """
        start = next(
            (
                i + 1
                for i in range(at - 1, self.first - 1, -1)
                if self.norm_at[i] == ","
                # "said that with Wednesday's exchange, 212 had come home": the phrase opens
                # the reported clause
                or (
                    self.norm_at[i] == "that"
                    and not lx.SPEECH.isdisjoint((self.norm_at[i - 1], self.norm_at[i - 2]))
                )
            ),
            self.first,
        )
        if start == self.first and self.norm_at[start] in ("and", "but"):
            start += 1  # "And in the swap of 30 December, ...": the conjunction links sentences
        return self.norm_at[start] in _SCENE_PREPOSITIONS

    def _swapped_men(self, figure: FigureMention) -> bool:
        """Whether the figure counts "men" handed over in a report of a prisoner swap.

        "smaller swaps followed, each time with about 150 to 200 men in each direction":
        the men a swap moves are its prisoners of war, as "soldiers" would be; a sentence
        that also names civilians, women or children counts a mixed group instead.
        """
        return (
            self.norm_at[figure.np_end - 1] == "men"
            and self.norm_set.isdisjoint(lx.CIVILIAN_WORDS | _NOT_ONLY_MEN)
            and bool(self.norm_set & _PRISONER_CONTEXT or self.discourse.topic in lx.SOLDIER_KINDS)
        )

    def _kindless(self, figure: FigureMention) -> bool:
        """Whether the figure's head noun names people of no kind: "people", "citizens"."""
        return self.norm_at[figure.np_end - 1] in _KINDLESS_HEADS

    def _named_among_them(self, figure: FigureMention) -> bool:
        """Whether "among them" follows the figure's noun group: "two priests among them"."""
        if "among" not in self.norm_set:
            return False  # most sentences: no "among" to find
        for i in range(figure.np_end, min(self.last, figure.np_end + 4)):
            if (self.norm_at[i], self.norm_at[i + 1]) == ("among", "them"):
                return True
            if self.tokens[i].kind != WORD:
                return False  # a noun the lexicon does not know ("priests"), then the phrase
        return False

    def _next_list_item(self, figure: FigureMention) -> bool:
        """Whether a bare figure opens the next item of a list: "and 909", ", 84 in April".

        Besides "and", a comma opens an item when the item carries its own month or day
        (", 84 in April, and 307 in June"), and "another"/"a further" before the number
        mark one more lot of the same people ("and a further 909 on Oct. 21").
        """
        at = figure.first - 1
        if self.norm_at[at] in ("another", "further"):
            at -= 1 + (self.norm_at[at - 1] == "a")
        if self.norm_at[at] == "and":
            return True
        return self.norm_at[at] == "," and self.norm_at[figure.last] in ("in", "on")

    def _shared_nouns(
        self, figures: list[FigureMention], in_dates: AbstractSet[int] = frozenset()
    ) -> list[FigureMention]:
        """Give a bare figure the noun of the figure listed right after it: "90 and 95 prisoners".

        In "swapped 90 and 95 prisoners apiece" both figures count prisoners, and
        "apiece" holds for both.
        """
        shared = [self._inverted(f) for f in figures]
        for k in range(1, len(shared)):
            # "207 Ukrainian prisoners ... and 195 Russian ones": "ones" stands for the noun
            # of the figure before, the adjective before it for whose they are
            figure = shared[k]
            if figure.noun is not None or self.norm_at[figure.last + 1] != "ones":
                continue
            side = next(
                (
                    p.code
                    for p in self.m.parties
                    if p.first == figure.last
                    and p.last == figure.last + 1
                    and not p.noun  # the adjective: "Russian ones"
                ),
                None,
            )
            earlier = next((f for f in reversed(shared[:k]) if f.noun is not None), None)
            if side is not None and earlier is not None:
                shared[k] = figure._replace(
                    noun=earlier.noun,
                    nationality=side,
                    remains=earlier.remains,
                    wounded=earlier.wounded,
                    np_end=figure.last + 2,
                )
        for k in range(1, len(shared)):
            # "received 1,000 bodies in late April and 909 in mid-May": a bare number after
            # "and", under the same verb, counts what the figure before it counts
            figure, earlier = shared[k], shared[k - 1]
            reach = 6
            if k > 1 and earlier.first in in_dates and earlier.last - 1 in in_dates:
                # "took back 94 bodies on Aug. 16 and 250 on Sept. 20": a date's day between
                earlier, reach = shared[k - 2], 9
            gapped = self._gapped_side(figure)
            # "received 1,000 bodies on Tuesday and handed 19 to Russia": a second verb of the
            # same subject whose bare object counts the same kind of people
            shared_verb = next(
                (
                    t
                    for t in self.m.transfers
                    if t.last == figure.first
                    and t.move is not Move.EVENT
                    and self.norm_at[t.first - 1] == "and"
                ),
                None,
            )
            if (
                figure.noun is not None
                or earlier.noun is None
                or (
                    not self._next_list_item(figure)
                    and shared_verb is None
                    and gapped is None
                    and not self._parallel_receivers(earlier, figure)
                )
            ):
                continue
            gap = figure.first - 1 - earlier.np_end
            if gap > reach or any(
                earlier.np_end <= t.first < figure.first and t is not shared_verb
                for t in self.m.transfers
            ):
                continue
            if self.norm_at[figure.last] in ("of", "for", "each", "apiece", "came", "were", "went"):
                continue  # a construction of its own
            if self.norm_at[figure.last] in _TIME_UNITS:
                continue  # "..., and four weeks later": a span of time, no people
            shared[k] = figure._replace(
                noun=earlier.noun,
                # another verb may move the other side's people: their side is not carried
                nationality=None if shared_verb is not None else earlier.nationality,
                remains=earlier.remains,
                wounded=earlier.wounded,
                np_end=figure.last,
            )
        for k in range(len(shared) - 2, -1, -1):
            figure, following = shared[k], shared[k + 1]
            if figure.noun is not None or following.noun is None:
                continue
            if k > 0 and self._swap_counterpart(shared[k - 1], figure):
                continue
            between = [self.norm_at[i] for i in range(figure.last, following.first)]
            side = self._own_adjective(figure, following)
            if side is not None:
                # "60 Ukrainian and 60 Russian prisoners": each figure its own nationality
                shared[k] = figure._replace(
                    noun=following.noun,
                    nationality=side,
                    remains=following.remains,
                    wounded=following.wounded,
                    per_side=following.per_side,
                    np_end=figure.last + 1,
                )
            elif between and set(between) <= {"and", ",", "or", "to"}:
                shared[k] = figure._replace(
                    noun=following.noun,
                    nationality=following.nationality,
                    remains=following.remains,
                    wounded=following.wounded,
                    per_side=following.per_side,
                    np_end=figure.last,
                )
        return shared

    def _swap_counterpart(self, earlier: FigureMention, figure: FigureMention) -> bool:
        """Whether a bare figure after "for" repeats the figure it was swapped for.

        In "146 prisoners were swapped for 146 and eight civilians" the second 146 counts
        the prisoners given back, not civilians like the figure after it.
        """
        return (
            earlier.noun is not None
            and self.norm_at[figure.first - 1] == "for"
            and earlier.amount == figure.amount
        )

    def _own_adjective(self, figure: FigureMention, following: FigureMention) -> str | None:
        """The side of a nationality adjective between a bare figure and the next one.

        In "60 Ukrainian and 60 Russian prisoners" the first figure borrows the noun
        of the second but keeps its own adjective, which differs from the second's.
        """
        if self.norm_at[figure.last + 1] != "and" or figure.last + 2 != following.first:
            return None
        side = next(
            (
                p.code
                for p in self.m.parties
                if p.first == figure.last and p.last == figure.last + 1 and not p.noun
            ),
            None,
        )
        if side is None or following.nationality in (None, side):
            return None
        return side

    def _sized_by_pair(self, word: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is an "N for N" set off by a comma right after the phrase of ``word``.

        "talks, which produced the largest exchange of the war, 1,000 for 1,000, in
        May": the pair sizes the noun it follows, even when the noun ends a relative clause.
        """
        return (
            self._pair(figure)
            and self.norm_at[figure.first - 1] == ","
            and self.norm_at[word.first] in _EXCHANGE_NOUNS
            and word.first in self._phrase_before(figure.first - 1)
        )

    def _parallel_receivers(self, earlier: FigureMention, figure: FigureMention) -> bool:
        """Whether a bare figure after a comma mirrors the one before: "N bodies to A, M to B".

        Each figure is followed straight by "to" and a side, and nothing else stands
        between them but the comma, so the second leaves out the noun of the first.
        """

        end = self._receiver_at(earlier.np_end)
        return (
            end is not None
            and end.last == figure.first - 1
            and self.norm_at[end.last] == ","
            and self._receiver_at(figure.last) is not None
        )

    def _gapped_side(self, figure: FigureMention) -> str | None:
        """The side named alone before a bare figure in a gapped clause ("..., and Russia 78").

        The second clause of a coordination keeps only its subject and its number;
        the verb and the noun are those of the clause before.
        """
        party = next(
            (p for p in self.m.parties if p.last == figure.first and p.role != MEDIATOR), None
        )
        if party is None or not party.noun or figure.noun is not None:
            return None
        if self.norm_at[party.first - 1] not in lx.GAPPED_SIDE_OPENERS:
            return None
        return party.code

    def _side_named_after(self, figure: FigureMention) -> int | None:
        """The last token of "on the Ukrainian side" right after ``figure``, if it stands there."""
        at = figure.np_end if figure.noun is not None else figure.last
        if (self.norm_at[at], self.norm_at[at + 1]) != ("on", "the"):
            return None
        party = next((p for p in self.m.parties if p.first == at + 1), None)
        if party is None or self.norm_at[party.last - 1] != "side":
            return None
        return party.last - 1

    def _joined_side_share(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is the second side's share joined to a first right after ``verb``.

        "exchanged about 1,000 bodies on the Ukrainian side and a few dozen on the Russian
        side": the second share keeps only its number and its side; the verb of the first
        share, however far back, is its verb too.
        """
        if self.norm_at[figure.first - 1] != "and" or self._side_named_after(figure) is None:
            return False
        earlier = [f for f in self.m.figures if verb.last <= f.first and f.last <= figure.first]
        if len(earlier) != 1:
            return False
        side_end = self._side_named_after(earlier[0])
        return (
            side_end is not None
            and side_end + 2 == figure.first
            and earlier[0].first - verb.last <= 8
        )

    def _side_phrase_goal(
        self, predicate: TransferWord | None, figure: FigureMention
    ) -> str | None:
        """The side a handed-over figure is counted "on": "1,000 bodies on the Ukrainian side".

        In a sentence of handing over done that shares figures out over both sides ("...
        and a few dozen on the Russian side"), the people of a side's share are the ones
        that side got back. One side named alone after a list ("270 soldiers and 120
        civilians on the Ukrainian side") breaks a whole down, and "confirmed on the
        Russian side by Medinsky" names a teller: neither gives a receiver.
        """
        if predicate is None or not predicate.done or predicate.move is Move.EVENT:
            return None
        sides = {f.first: self._side_party(f) for f in self.m.figures}
        code = sides.get(figure.first)
        if code is None or len({c for c in sides.values() if c is not None}) < 2:
            return None
        return code

    def _side_party(self, figure: FigureMention) -> str | None:
        """The belligerent of "on the Ukrainian side" right after ``figure``.

        Not a teller's ("on the Russian side by Medinsky"), nor a place's ("on the
        Ukrainian side of the border", where a handover may be made).
        """
        side = self._side_named_after(figure)
        if side is None or self.norm_at[side + 1] in ("by", "of"):
            return None
        party = next(p for p in self.m.parties if p.last == side + 1)
        if party.role == MEDIATOR or party.code not in self._belligerents:
            return None
        return party.code

    def _head_before_of(self, numbering: int) -> tuple[int, Noun] | None:
        """The people a noun group with an "of" phrase names before ``numbering``.

        "Servicemen of the Ukrainian armed forces numbering 84": the head before "of"
        names the people; the words after "of" up to "numbering" only say whose they are.
        """
        for at in range(numbering - 2, max(self.first, numbering - 6) - 1, -1):
            if self.norm_at[at] != "of":
                continue
            if any(self.tokens[k].kind != WORD for k in range(at + 1, numbering)):
                return None  # "of" with a comma or number after it: no plain "of" phrase
            for start in range(at - 1, max(self.first, at - 3) - 1, -1):
                match = lx.PEOPLE.match(self.tokens, start, at)
                if match is not None and match[0] == at:
                    return match
            return None
        return None

    def _people_ending_at(self, end: int) -> tuple[int, Noun] | None:
        """The start and noun of a noun of people of up to three words ending at ``end``."""
        for start in range(end - 1, max(self.first, end - 3) - 1, -1):
            match = lx.PEOPLE.match(self.tokens, start, end)
            if match is not None and match[0] == end:
                return start, match[1]
        return None

    def _inverted(self, figure: FigureMention) -> FigureMention:
        """Give "bringing to 3,612 the number of bodies ..." the noun the figure counts.

        So too "Russian servicemen numbering 185": the noun group before
        "numbering" is what the figure counts, whether the figure has no noun of its
        own or only one of no kind ("servicemen of the army numbering 115 people"),
        and its head may take an "of" phrase ("servicemen of the armed forces").
        """
        generic = figure.noun is None or figure.noun.category is None
        if generic and self.norm_at[figure.first - 1] in _NUMBERING:
            # the noun may be of several words: "prisoners of war numbering 84"
            starts = range(figure.first - 2, max(self.first, figure.first - 5) - 1, -1)
            head, found = figure.first - 2, None
            for start in starts:
                match = lx.PEOPLE.match(self.tokens, start, figure.first - 1)
                if match is not None and match[0] == figure.first - 1:
                    head, found = start, match
                    break
            if found is not None and self.norm_at[head - 1] == "of":
                # "relatives of servicemen numbering 72 people": the noun after "of" only
                # says whose they are; the head before it, if a noun of people, counts
                outer = self._people_ending_at(head - 1)
                if outer is None:
                    return figure
                head, found = outer[0], (head - 1, outer[1])
            if found is None:
                found = self._head_before_of(figure.first - 1)
                head = figure.first - 2
            if found is not None:
                noun = found[1]
                nationality = next(
                    (p.code for p in self.m.parties if p.last == head and p.role == NATIONALITY),
                    figure.nationality,
                )
                return figure._replace(noun=noun, remains=noun.remains, nationality=nationality)
        relative = (
            relative_number_head(self.norm, self.tokens, self.first, figure.first)
            if figure.noun is None
            else None
        )
        if relative is not None:
            # "a group of children, which Qatar said numbered five": the relative's people
            return figure._replace(noun=relative[1], remains=relative[1].remains)
        closing = self._closing_sum_noun(figure)
        if closing is not None:
            return closing
        if figure.noun is not None or (
            self.norm_at[figure.last],
            self.norm_at[figure.last + 1],
        ) != (
            "the",
            "number",
        ):
            return figure
        if self.norm_at[figure.last + 2] != "of":
            return figure
        found = lx.PEOPLE.match(self.tokens, figure.last + 3, self.last)
        if found is None:
            return figure
        end, noun = found
        return figure._replace(noun=noun, remains=noun.remains, np_end=end)

    def _closing_sum_noun(self, figure: FigureMention) -> FigureMention | None:
        """Give "soldiers and marines came home on Tuesday, 84 in all" the noun it sums.

        A figure set off at the clause's end and followed by "in all" or "in total"
        counts the people named earlier in the sentence, when no other number stands
        between (else it sums those numbers, already read).
        """
        if figure.noun is not None or self.norm_at[figure.first - 1] not in lx.SET_OFF_MARKS:
            return None
        if self.norm_at[figure.last] != "in" or self.norm_at[figure.last + 1] not in (
            "all",
            "total",
        ):
            return None
        for start in range(figure.first - 2, max(self.first, figure.first - 16) - 1, -1):
            if self.tokens[start].kind == NUM or self.norm_at[start] in lx.NUMBER_WORDS:
                return None
            found = lx.PEOPLE.match(self.tokens, start, figure.first - 1)
            if found is None or self.norm_at[start - 1] in ("of", "for"):
                continue
            nationality = next(
                (p.code for p in self.m.parties if p.last == start and p.role == NATIONALITY),
                None,
            )
            noun = found[1]
            return figure._replace(noun=noun, remains=noun.remains, nationality=nationality)
        return None

    def _went_each_way(self, figure: FigureMention) -> bool:
        """Whether a verb of moving right after the figure goes "each way".

        "and on Saturday 95 (more) went each way": the figure is per side, even
        when a comma and "and" set its clause apart from the swap told before it.
        """
        if self.norm_set.isdisjoint(_WENT):
            return False  # most sentences: no verb of going to find past the figure
        end = self._ordered_list_end(figure).np_end  # "150 and then 175 went each way"
        if figure.noun is not None and end == figure.np_end:
            # "70 soldiers and civilians went each way", "70 prisoners - soldiers and
            # civilians - went each way": the verb stands past the group of two kinds
            k = bisect.bisect_right(self.figure_starts, figure.first)
            stop = self.m.figures[k].first if k < len(self.m.figures) else self.last
            mixed = self.first + mixed_group_end(
                self.norms, end - self.first, stop - self.first, figure.noun.category
            )
            if mixed > end:
                end = mixed + (self.norm_at[mixed] in lx.DASH_MARKS | {","})
            else:
                end = self._kinds_listed_end(figure)  # "70 soldiers and 12 civilians went"
        verb = self._verb_after_list(end)
        while self.norm_at[verb] in _PERFECT and verb < end + 3:
            verb += 1  # "95 have now gone each way"
        return self.norm_at[verb] in _WENT and self._each_way_at(verb + 1)

    def _kinds_listed_end(self, figure: FigureMention) -> int:
        """Where the list of counted kinds ``figure`` opens ends: "70 soldiers and 12 civilians".

        Each item has its own number and noun, joined by "," or "and" alone, so a verb
        after the last item ("... went each way") is every item's.
        """
        k = bisect.bisect_right(self.figure_starts, figure.first)
        current = figure
        while (
            k < len(self.m.figures)
            and self.m.figures[k].noun is not None
            and self.m.figures[k].first == current.np_end + 1
            and self.norm_at[current.np_end] in ("and", ",")
        ):
            current = self.m.figures[k]
            k += 1
        return current.np_end

    def _goes(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is the subject of an active verb of going or coming.

        "75 came home", "64 soldiers went the other way", "150 have gone back": people
        told as moving themselves, not handed over ("were returned") by a side.
        """
        at = figure.np_end if figure.noun is not None else self._verb_after_list(figure.last)
        at += self.norm_at[at] in lx.FINITE_HAVE
        return at < self.last and _lemmas.lemma(self.norm_at[at]) in _COMING_LEMMAS

    def _comers_both_ways(self, figure: FigureMention) -> bool:
        """Whether a bare figure and another of its sentence each go one way of a swap.

        "seventy-five came back to Ukraine and seventy-five went the other way": both ways
        told as people coming and going; the bare count names no people, so it is of no
        one kind, even where the other way's count has a noun ("64 soldiers came home
        and 64 went the other way").
        """
        if figure.noun is not None or not self._goes(figure):
            return False
        return any(f.first != figure.first and self._goes(f) for f in self.m.figures)

    def _bare_each_way(self, figure: FigureMention) -> bool:
        """Whether a figure with no noun is the subject of a move "each way" or "on each side".

        "150 and then 175 went each way", "205 were exchanged in each direction": the count
        names no people, so it is of no one kind, not the kind of the other leg or story.
        """
        end = self._ordered_list_end(figure).np_end
        verb = self._verb_after_list(end)
        while self.norm_at[verb] in _AUXILIARIES | _PERFECT and verb < end + 3:
            verb += 1  # "205 were exchanged", "95 have now gone"
        if _lemmas.lemma(self.norm_at[verb]) not in _EACH_WAY_MOVES:
            return False
        at = verb + 1 + (self.norm_at[verb + 1] == "home")
        if lx.PER_SIDE_MORE.match(self.tokens, at, self.last) is not None:
            return True
        return (
            self.norm_at[at] == "on"
            and self.norm_at[at + 1] in ("each", "either", "both")
            and self.norm_at[at + 2] in ("side", "sides")
        )

    def _dated_pair_after_bodies(self, figure: FigureMention) -> bool:
        """Whether a bare "N for N" of its own date follows a sentence on bodies.

        "Ukraine also received the bodies of two volunteers. ... The first, on 8
        January, was 50 for 50": a pair dated apart is another swap, of the living, not
        more of the dead, unless its own sentence speaks of bodies.
        """
        return (
            figure.noun is None
            and not figure.wounded
            and self.discourse.category is PersonCategory.REMAINS
            and self.norm_set.isdisjoint(lx.REMAINS_NOUNS)
            and any(not d.since and d.last <= figure.first for d in self.m.dates)
            and self._pair(figure)
        )

    def _swap_size_set_off(self, figure: FigureMention) -> bool:
        """Whether a bare figure "each way" sizes a swap named just before a colon or dash.

        "The Easter exchange: 246 each way", "a swap - 90 on each side": the figure is the
        swap's size per side. Handovers and repatriations are left out: their nouns are
        as often of bodies as of the living.
        """
        mark = figure.first - 1
        if self.norm_at[mark] not in lx.SET_OFF_MARKS | {"(", ":"} - {","}:
            return False
        if lx.PER_SIDE_MORE.match(self.tokens, figure.last, self.last) is None:
            return False
        return any(self.norm_at[j] in _SWAP_NOUNS for j in self._phrase_before(mark))

    def _pair_set_off(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is an "N for N" set off after the phrase of a swap noun.

        "A swap on March 19 – 175 for 175 – followed", "the exchange, 90 for 90, was":
        the pair sizes the swap and names no people of its own.
        """
        mark = figure.first - 1
        partner = self._partner(figure)
        if partner is None:
            return False
        if self.norm_at[mark] in lx.SET_OFF_MARKS | {"(", ":"} and any(
            self.norm_at[j] in _EXCHANGE_NOUNS for j in self._phrase_before(mark)
        ):
            return True
        return self._pair_renamed_as_swap(partner)

    def _pair_renamed_as_swap(self, partner: FigureMention) -> bool:
        """Whether an aside right after "N for N" names the pair a swap.

        "in May it was 1,000 for 1,000, the largest exchange of the war": the aside
        calls the pair an exchange, so the pair sizes a swap and names no people.
        """
        comma = partner.np_end
        if self.norm_at[comma] != ",":
            return False
        return any(
            self.norm_at[j] in _EXCHANGE_NOUNS for j in range(comma + 1, min(self.last, comma + 5))
        )

    def _bare_reciprocal(self, figure: FigureMention) -> bool:
        """Whether a figure with no noun is what "both sides" moved or a stage "involved".

        "On Friday both sides freed 95", "the first day involved 390 on each side": the
        count names no people, as "205 were exchanged in each direction" does not.
        """
        if self.norm_at[figure.first - 1] == "involved":
            return self._copula_swap(figure)
        found = self._predicate(figure)
        return found is not None and found[1] and self._reciprocal_subject(found[0])

    def _per_side_kind(self, figure: FigureMention) -> PersonCategory:
        """The kind of a bare figure sizing a swap per side: prisoners in a story of prisoners.

        "The exchange resumed in May with 75 on each side", "October 18 saw 84 in each
        direction": a figure with no noun that sizes a swap in a report of a prisoner
        swap counts the prisoners the story is about, whether its own sentence or an
        earlier one names them (people moved with no noun, "120 went each way", are of
        no one kind and never come here). A sentence that also names civilians,
        people of no kind ("people", "citizens", "captives") or a nationality alone
        ("Ukrainians") may count a mix, and the figure stays of no one kind; so does a
        swap whose story names no kind of people at all. A nationality past a semicolon
        ("75 went each way; the Russians among them ...") tells of those counted, no kind.
        """
        stops = self._at((";",), self.first, self.last)
        start = max((k for k in stops if k < figure.first), default=self.first)
        stop = min((k for k in stops if k > figure.first), default=self.last)
        if self._at(_DEMONYM_PLURALS, start, stop):
            return PersonCategory.OTHER
        kinds = self._kinds_named
        if any(kind is not PersonCategory.PRISONERS_OF_WAR for _, _, kind in kinds):
            return PersonCategory.OTHER
        if kinds or self.discourse.topic is PersonCategory.PRISONERS_OF_WAR:
            return PersonCategory.PRISONERS_OF_WAR
        return PersonCategory.OTHER

    @_Positions
    def _kinds_named(self) -> list[tuple[int, int, PersonCategory | None]]:
        """Where the sentence names people (first and past-last token), and of what kind,
        found once per sentence.

        A casualty word before a noun of people is that noun's modifier ("22 wounded
        soldiers" names soldiers alone).
        """
        found: list[tuple[int, int, PersonCategory | None]] = []
        i = self.first
        while i < self.last:
            match = lx.PEOPLE.match(self.tokens, i, self.last)
            if match is None:
                i += 1
                continue
            end, noun = match
            if not (
                self.norm_at[i] in lx.CASUALTY_NOUNS
                and lx.PEOPLE.match(self.tokens, end, self.last) is not None
            ):
                found.append((i, end, noun.category))
            i = end
        return found

    def _each_side_freed(self, figure: FigureMention) -> bool:
        """Whether a figure with no noun is what "each side" freed: "each side released 25"."""
        found = self._predicate(figure)
        return found is not None and found[1] and self._each_subject(found[0])

    def _renamed_noun(self, figure: FigureMention) -> Noun | None:
        """The kind an aside renaming the people gives them: "citizens, residents of ...".

        "eight Russian citizens, residents of the Kursk region who had been detained, were
        returned": the aside's noun has a kind where "citizens" has none.
        """
        opener = figure.np_end + 1
        if self.norm_at[figure.np_end] != "," or not self._people_renamed(opener):
            return None
        found = lx.PEOPLE.match(self.tokens, opener, self.last)
        return found[1] if found is not None and found[1].category is not None else None

    def _labelled_noun(self, figure: FigureMention) -> Noun | None:
        """The kind a teller's label gives people of no kind: "people Moscow described as".

        "in return for 120 people Russia described as civilians": the relative clause
        right after the count says what kind of people they were said to be, where
        "people" says none. A clause broken by punctuation is no such label.
        """
        for at in range(figure.np_end + 1, min(self.last, figure.np_end + 5)):
            if self.tokens[at].kind == SYM:
                return None
            if self.norm_at[at] in lx.LABELLING and self.norm_at[at + 1] == "as":
                found = lx.PEOPLE.match(self.tokens, at + 2, self.last)
                return found[1] if found is not None and found[1].category is not None else None
        return None

    def _civilians_among(self, figure: FigureMention) -> bool:
        """Whether an aside right after the count names civilians among those counted.

        "390 prisoners from each side, among them 120 civilians": "prisoners" here takes
        in civilians, so the count is of no one kind.
        """
        at = self._past_per_side(figure)
        if self.norm_at[at] == "of" and self.norm_at[at + 1] in ("its", "their", "our"):
            at += 2 + (self.norm_at[at + 2] == "own")  # "84 of its own, among them ..."
        if self.norm_at[at] != ",":
            return False
        opener = at + 1
        if (self.norm_at[opener], self.norm_at[opener + 1]) == ("among", "them"):
            opener += 2
        elif self.norm_at[opener] == "including":
            opener += 1
        else:
            return False
        opener = self._past_said_aside(opener)
        if opener < self.last and (
            self.tokens[opener].kind == NUM or self.norm_at[opener] in lx.NUMBER_WORDS
        ):
            opener += 1
        if self.norm_at[opener] in ("ukrainian", "russian"):
            opener += 1  # "including 51 Ukrainian civilians"
        return self.norm_at[opener] in lx.CIVILIAN_WORDS

    def _past_said_aside(self, at: int) -> int:
        """Where the words resume past a short aside on who says so: ", it said," or ", they say,".

        "among them, it said, residents of the region": the aside names the teller, not
        the people counted, so a test of what follows "among them" looks past it.
        """
        if self.norm_at[at] != ",":
            return at
        for close in range(at + 2, min(self.last, at + 5)):
            if self.norm_at[close] == ",":
                if self.norm_set & lx.SPEECH and any(
                    self.norm_at[i] in lx.SPEECH for i in range(at + 1, close)
                ):
                    return close + 1
                return at
        return at

    def _merchant_crews(self, figure: FigureMention) -> bool:
        """Whether the sailors counted are crews of merchant ships, not of a navy.

        "Russia received 110 of its sailors from merchant ships": "sailors" names no
        soldiers when the ships they came from are merchant or civilian ones.
        """
        if self.norm_at[figure.np_end - 1] not in ("sailors", "seamen", "seafarers"):
            return False
        at = figure.np_end
        if self.norm_at[at] not in ("from", "of", "on", "aboard"):
            return False
        at += 1 + (self.norm_at[at + 1] in ("the", "a"))
        return self.norm_at[at] in _MERCHANT_WORDS

    def _past_per_side(self, figure: FigureMention) -> int:
        """Where the count's phrase ends, past a per-side phrase: "115 people on each side"."""
        at = figure.np_end
        while at < min(self.last, figure.np_end + 4) and self.norm_at[at] in _PER_SIDE_WORDS:
            at += 1
        return at

    def _all_of_kind(self, figure: FigureMention) -> Noun | None:
        """The kind an aside gives every one of the people counted: "all of them servicemen".

        "involved 115 people on each side, all of them servicemen": the aside names the
        kind of the whole count; "most of them soldiers" names only a part and gives none.
        """
        at = self._past_per_side(figure)  # "115 people on each side, all of them ..."
        bare = self._bare_kind_aside(at)
        if bare is not None:
            return bare
        if self.norm_at[at] != "," or self.norm_at[at + 1] != "all" or self.norm_at[at + 2] != "of":
            return None
        pronoun = self.norm_at[at + 3]
        opener = at + 4
        if pronoun == "whom" and self.norm_at[opener] in ("were", "are"):
            opener += 1  # "all of whom were soldiers"
        elif pronoun != "them":
            return None
        head = opener
        while head < self.last and self.norm_at[head] in lx.WOUNDED_MODIFIERS:
            head += 1  # "all of them seriously wounded soldiers"
        found = lx.PEOPLE.match(self.tokens, head, self.last)
        if found is None or found[1].category is None:
            return None
        if self.norm_at[found[0]] in ("and", "or", "plus", "as", "&"):
            return None  # "all of them soldiers and civilians": more than one kind
        if head > opener and found[1].category is PersonCategory.PRISONERS_OF_WAR:
            return Noun(PersonCategory.WOUNDED_PRISONERS)  # "all of them wounded soldiers"
        return found[1]

    def _bare_kind_aside(self, at: int) -> Noun | None:
        """The one kind an aside of a bare people noun gives the count before it.

        "20 Russian citizens - civilians - came back", "20 citizens, all civilians,",
        "20 citizens (civilians)": the aside holds nothing but the kind, closed by its
        own mark; a list of kinds or a part ("two of them civilians") gives none.
        """
        opener = self.norm_at[at]
        close = {",": (",", ".", ";"), "(": (")",)}.get(
            opener, (opener,) if opener in DASHES | {"-"} else ()
        )
        if not close:
            return None
        head = at + 1
        if opener == "," and self.norm_at[head] != "all":
            return None  # ", civilians," alone may start a list: "citizens, civilians and ..."
        head += self.norm_at[head] == "all"
        found = lx.PEOPLE.match(self.tokens, head, self.last)
        if found is None or found[1].category is None or found[1].remains:
            return None
        if opener != ",":
            # "130 Ukrainians - soldiers, sailors and border guards - came home": a set-off
            # list of kinds renames the group when every item is of the first one's kind
            found = self._listed_kind_end(found, close)
        if found is None or found[0] >= self.last or self.norm_at[found[0]] not in close:
            return None
        return found[1]

    def _listed_kind_end(
        self, found: tuple[int, Noun], close: tuple[str, ...]
    ) -> tuple[int, Noun] | None:
        """The end of a list of people nouns from ``found``, if all are of ``found``'s kind.

        "soldiers, sailors, border guards and national guardsmen": one modifier may stand
        before an item ("national"); an item of another kind ("soldiers and civilians") or a
        word that is no people noun gives no one kind (None). The list may close on a
        relative aside about its people (", several of whom had been held since 2022").
        """
        end = found[0]
        while self.norm_at[end] in (",", "and"):
            item = end + 1 + (self.norm_at[end] == "," and self.norm_at[end + 1] == "and")
            listed = lx.PEOPLE.match(self.tokens, item, self.last) or lx.PEOPLE.match(
                self.tokens, item + 1, self.last
            )
            if listed is None:
                return self._relative_closed(end, close, found[1])
            if listed[1] != found[1]:
                return None
            end = listed[0]
        return (end, found[1])

    def _relative_closed(
        self, comma: int, close: tuple[str, ...], noun: Noun
    ) -> tuple[int, Noun] | None:
        """Where a relative aside on a listed group closes, if it names no other kind.

        ", several of whom had been held since 2022 -": the aside tells of the people
        listed, not of another kind among them: civilians ("two of whom were
        civilians"), the dead ("10 of whom had died in captivity") or the wounded.
        """
        opener = comma + 1
        relative = self.norm_at[opener] == "who" or (
            self.norm_at[opener + 1] == "of" and self.norm_at[opener + 2] == "whom"
        )
        if self.norm_at[comma] != "," or not relative:
            return None
        closing = next((j for j in range(opener, self.last) if self.norm_at[j] in close), None)
        if closing is None or any(
            self.norm_at[j] in _OTHER_KIND_WORDS
            or (
                (other := lx.PEOPLE.match(self.tokens, j, closing)) is not None
                and other[1].category not in (None, noun.category)
            )
            for j in range(opener, closing)
        ):
            return None
        return (closing, noun)

    def _kinds_listed_before_each(self, figure: FigureMention) -> bool:
        """Whether a per-side figure set off after a list of kinds shares out over them all.

        "swapped prisoners and the bodies of the fallen - 30 each -": one figure after
        people of two kinds joined by "and" counts people of no one kind, neither the
        first's nor the last's.
        """
        mark = figure.first - 1
        if figure.noun is not None or self.norm_at[mark] not in lx.SET_OFF_MARKS:
            return False
        if self.norm_at[figure.last] not in ("each", "apiece"):
            return False
        kinds: set[PersonCategory] = set()
        joined = False
        for i in self._phrase_before(mark):
            joined = joined or (bool(kinds) and self.norm_at[i] == "and")
            found = lx.PEOPLE.match(self.tokens, i, mark)
            if found is not None and found[1].category is not None:
                kinds.add(found[1].category)
        return joined and len(kinds) >= 2

    def _apposed_noun(self, figure: FigureMention) -> Noun | None:
        """The people a per-side figure set off by a comma counts: "swapped soldiers, 75 each".

        The noun is the object just before the comma; only a noun ending there counts.
        """
        comma = figure.first - 1
        if self.norm_at[comma] != "," or self.norm_at[figure.last] not in ("each", "apiece"):
            return None
        for i in range(comma - 1, max(self.first, comma - 4) - 1, -1):
            found = lx.PEOPLE.match(self.tokens, i, comma)
            if found is not None and found[0] == comma:
                return found[1]
        return None

    def _children_returned_unplaced(
        self, predicate: TransferWord, figure: FigureMention, previous: LegDraft | None
    ) -> bool:
        """Whether a side actively "returned" children and names no place they went.

        "Ukraine returned 11 children on Friday": children are taken away and brought
        back, so a side that "returned" them may have brought its own home or handed the
        other's back; the verb alone does not say which ("returned 11 children to
        Ukraine" and "handed 11 children back" do).
        """
        # the verb, not the noun: "the return of several dozen children" has no subject
        if (
            self.norm_at[predicate.last - 1] not in ("returned", "returning")
            or self.norm_at[predicate.first - 1] in _RETURN_PASSIVE
        ):
            return False
        after = range(predicate.last, min(self.last, figure.np_end + 6))
        if any(self.norm_at[i] in ("to", "into", "back", "over") for i in after):
            return False
        return self._category(figure, previous) is PersonCategory.CHILDREN

    def _children_home_side(
        self,
        predicate: TransferWord,
        figure: FigureMention,
        subject: str,
        belligerents: Sequence[str],
    ) -> str | None:
        """The side whose returned children the story says they are: where they went home.

        "returned 11 children home" and "returned 11 of its children" name the
        subject's own; "children deported to Russia" (taken, removed, transferred)
        names the other side's; the other side telling the return names its own;
        children the story told coming home to one side only are that side's. With
        none of these, None: the way is not guessed.
        """
        if self.norm_at[figure.np_end] == "home" or self.norm_at[predicate.last] == "home":
            return subject
        if (
            self.norm_at[figure.first + 1] == "of"
            and self.norm_at[figure.first + 2] in lx.POSSESSIVE_PRONOUNS
        ):
            return subject
        for i in range(self.first, self.last - 1):
            if self.norm_at[i] not in _TAKEN_AWAY_TO or self.norm_at[i + 1] not in ("to", "into"):
                continue
            party = next((p for p in self.m.parties if i + 1 < p.first <= i + 3), None)
            if party is not None and party.code in belligerents:
                return _other(party.code, belligerents)
        # "the fate of Ukrainian children": the story names whose children it is about
        named = {
            code
            for code in belligerents
            if re.search(rf"\b{lx.ADJECTIVES.get(code, code)} {_CHILD_NOUNS}\b", self.text)
        }
        if len(named) == 1:
            return next(iter(named))
        # "Russia returned 20 children, Ukraine said": the other side telling of children
        # its foe returned tells of its own come home
        teller, _ = self.leg_source(figure.first)
        if teller is not None and teller.party in belligerents and teller.party != subject:
            return teller.party
        return self._children_homes_told()

    def _children_back_elsewhere(self, predicate: TransferWord) -> bool:
        """Whether children "brought back" or "came back" went somewhere the story's way is not.

        A region named after the verb in its clause ("back to their parents in Belgorod")
        may lie on either side, and a return to everyday life ("came back to school") is
        no handover at all; either way the earlier handovers' way is not carried.
        """
        for i in range(predicate.last, self.last):
            if not self.tokens[i].text[:1].isalnum():
                return False  # the verb's clause ends: a place past it is another's
            if self.norm_at[i] in _EVERYDAY_RETURNS:
                return True
            if self.norm_at[i] in lx.REGIONS:
                return True
        return False

    def _children_homes_told(self) -> str | None:
        """The one side the story's earlier handovers of children all went to, if one.

        Children told coming home to one side only are that side's; with none told, or
        some each way, None: the way is not guessed.
        """
        homes = {
            leg.receiver
            for leg in self.discourse.legs
            if leg.category is PersonCategory.CHILDREN
            and leg.sentence < self.index
            and leg.sender != leg.receiver
        }
        return next(iter(homes)) if len(homes) == 1 else None

    def _part_of_mixed_whole(self, figure: FigureMention) -> bool:
        """Whether a bare figure after "of whom" is a part of a whole of two kinds of people.

        "6,254 Ukrainian defenders and civilians have been returned ..., of whom 2,871
        this year": the part takes the whole's people, and a whole of soldiers and
        civilians is of no one kind, so neither is the part.
        """
        if (self.norm_at[figure.first - 2], self.norm_at[figure.first - 1]) != ("of", "whom"):
            return False
        # "of whom 973 were servicemen": a part that names its own people keeps them
        if any(
            lx.PEOPLE.match(self.tokens, k, self.last) is not None
            for k in range(figure.last, min(self.last, figure.last + 3))
        ):
            return False
        whole = next((f for f in reversed(self.m.figures) if f.last <= figure.first - 2), None)
        if whole is None or whole.noun is None:
            return False
        nxt = self.m.figures.index(whole) + 1
        stop = self.m.figures[nxt].first if nxt < len(self.m.figures) else self.last
        return mixed_group(
            self.norms, whole.np_end - self.first, stop - self.first, whole.noun.category
        )


def _said_then_that(words: Sequence[str]) -> bool:
    """Whether a verb of saying in ``words`` is followed by "that" a few words on.

    "said on Monday that", "told reporters in Kyiv that": the reported clause opens at the
    "that", after the words telling when, where or to whom it was said.
    """
    return any(w in lx.SPEECH and "that" in words[i + 1 : i + 8] for i, w in enumerate(words))
