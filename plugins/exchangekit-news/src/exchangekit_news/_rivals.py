"""The other way of a swap: rival figures, counter-legs and parts.

The rules for a figure that answers another ("in return", "while Russia got
..."), legs mirrored in a second list, and parts of a group named among its whole.
"""

from __future__ import annotations

from typing import Final

from exchangekit import PersonCategory, SourceKind
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._drafts import PUBLISHER, LegDraft
from exchangekit_news._lexicon import Move, Noun, SourceEntry
from exchangekit_news._mentions import (
    NATIONALITY,
    DateMention,
    FigureMention,
    pair_bracket_closes,
    past_rival_tail,
    rival_cue,
    set_against_cited,
)
from exchangekit_news._sentence import (
    _AUXILIARIES,
    _CLAUSE_MARKS,
    _SPEAKER_NOUNS,
    _other,
)
from exchangekit_news._tallies import _PUT
from exchangekit_news._tokens import DASHES, NUM, WORD
from exchangekit_news._transfer_roles import _TransferRoles

# Participles giving a figure as a source's: "the 39 cited by Kyiv".
_CITED: Final = frozenset(
    {"cited", "given", "reported", "claimed", "stated", "announced", "quoted"}
)
_COPULAS_NEAR: Final = frozenset({"was", "is", "were", "are", "seemed", "looked", "appeared"})
# "An earlier version of this article said ...": the pieces a correction notice names.
_VERSION_OF: Final = frozenset({"article", "story", "report", "piece", "blog", "page"})
# A piece named by two words, the last its kind: "this fact check", "this news story".
_TWO_WORD_PIECES: Final = _VERSION_OF | {"check", "explainer", "newsletter"}
# A live blog's own earlier pieces: "An earlier entry said ...", "an earlier post gave".
_BLOG_PIECES: Final = frozenset({"entry", "post"})
_VERSION_SAID: Final = frozenset({"said", "stated", "reported", "gave", "misstated", "wrongly"})
_VERSION_ASIDE_REACH: Final = 14  # words an aside before the correction's verb may span
# Verbs by which a correction says a piece got something wrong: "the article misstated".
_MISSTATED: Final = frozenset({"misstated", "misreported", "misquoted"})
# Adverbs making a verb of saying such a verb: "the story wrongly reported".
_WRONGLY: Final = frozenset({"wrongly", "incorrectly", "erroneously", "mistakenly"})
# Adverbs of a newsroom's first account, set right since: "we first wrote that ...".
_AT_FIRST: Final = frozenset({"first", "initially", "originally", "earlier", "previously"})
# Adjectives of the figure a correction gives instead: "The correct figure is 90."
_RIGHT: Final = frozenset({"correct", "right", "accurate", "actual"})
# Verbs by which a teller sets its own figure right: "then corrected the figure to 212".
_SETTING_RIGHT: Final = frozenset({"corrected", "revised", "amended", "lowered", "raised"})
# What a teller sets right is the figure it gave: "revised it", "corrected its figure".
_FIGURE_AGAIN: Final = (
    ("it",),
    ("the", "figure"),
    ("its", "figure"),
    ("the", "number"),
    ("its", "number"),
    ("the", "count"),
    ("its", "count"),
    ("that",),
)
# What a correction names as the piece at fault: "An article ... misstated".
_PIECES: Final = _VERSION_OF | {"headline", "version"}
# A copy of a document pointed back to: "that version", "this slide" (b29-j).
_COPIES: Final = frozenset(
    {"version", "versions", "document", "documents", "slide", "slides", "copy", "page", "pages"}
    | {"image", "screenshot", "chart", "table", "file", "leak"}
)
_POINTING_BACK: Final = frozenset({"that", "this", "those", "these"})
# What a copy is said to have been made into: "that version was doctored".
_FAKED: Final = frozenset(
    {"doctored", "forged", "fabricated", "falsified", "fake", "faked", "bogus", "counterfeit"}
    | {"altered", "manipulated", "tampered"}
)
_COPY_LINKS: Final = lx.BE_FORMS  # "that version was doctored"
_SPEECH_ASIDE_REACH: Final = 4  # words of a speech aside: ", the ministry said,"
# Auxiliaries and sentence adverbs, with their degree words, between a copy and the word
# of its faking: "had very probably been forged", "is almost certainly fake".
_FAKED_HEDGES: Final = frozenset(
    {"had", "has", "clearly", "probably", "likely", "apparently", "evidently", "certainly"}
    | {"surely", "almost", "most", "very", "quite"}
)


def _press_against_office(source: SourceEntry, base: SourceEntry) -> bool:
    """Whether a side's press gives a figure against one of that side's offices.

    "Russia's ombudsman said 1,500 ..., while a Russian news site put the figure at
    1,300": an outlet is none of its side's offices, so its figure is a rival count.
    """
    return source.kind is SourceKind.MEDIA and base.kind is not SourceKind.MEDIA


def _reversed(other: LegDraft, figure: FigureMention, category: PersonCategory) -> LegDraft:
    """The leg of ``figure`` going the other way from ``other``, given for it in one swap."""
    return other._replace(
        sender=other.receiver,
        receiver=other.sender,
        category=category,
        amount=figure.amount,
        note=None,
        whole=False,
        guessed=False,
        definite=False,
    )


# Words saying a bare figure went each way, between it and its date: "95 each way on 18 May".
# Prepositions opening an aside between an item's date and its figure: "after a pause".
_ASIDE_OPENERS: Final = frozenset({"after", "before", "following", "amid", "despite"})

_PER_SIDE: Final = (
    ["each", "way"],
    ["each", "side"],
    ["each"],
    ["apiece"],
    # "and 95 on each side on October 18": the phrase of sides, as "each way"
    ["on", "each", "side"],
    ["from", "each", "side"],
)
# The words a per-side phrase begins with: a figure followed by none of them has none.
_PER_SIDE_FIRSTS: Final = frozenset(phrase[0] for phrase in _PER_SIDE)


# Verbs that sum a side's records to a figure: "Kyiv's statements add up to 2,951".
_ADDING: Final = frozenset({"add", "adds", "added"})
# Nouns of a side's own records that may be summed: "statements", "figures", "reports".
_RECORDS: Final = frozenset(
    {"statements", "figures", "reports", "records", "lists", "numbers", "counts", "tallies"}
)
# Words that set a figure against another just told: "..., while Kyiv's add up to".
_CONTRASTS: Final = frozenset({"while", "whereas", "but"})


class _Rivals(_TransferRoles):
    """The rules for the other way of a swap and parts of a whole."""

    def withdrawn_version(self) -> bool:
        """Whether the sentence tells what an earlier version of the piece wrongly said.

        "Correction: An earlier version of this article said that 90 prisoners were
        returned on Friday": the figure is withdrawn by the correction, not reported. An
        aside may stand before the verb: "An earlier version of this article, published
        on Saturday evening, said that 101 ...".
        """
        for i in self._at(("version",), self.first, self.last):
            two_words = (
                self.norm_at[i + 3] not in _VERSION_OF
                and self.norm_at[i + 4] in _TWO_WORD_PIECES
                and self.tokens[i + 3].kind == WORD
            )
            piece = i + 3 + two_words
            if (
                self.norm_at[i - 1] == "earlier"
                and self.norm_at[i + 1] == "of"
                and self.norm_at[i + 2] in ("this", "the", "our")
                and self.norm_at[piece] in _TWO_WORD_PIECES
                and self.norm_at[self._past_version_aside(piece + 1)] in _VERSION_SAID
            ):
                return True
        for i in self._at(_BLOG_PIECES, self.first + 1, self.last):
            if (
                self.norm_at[i - 1] == "earlier"
                and self.norm_at[i - 2] in ("an", "our", "this")
                and self.norm_at[self._past_version_aside(i + 1)] in _VERSION_SAID
            ):
                return True  # "Correction: an earlier entry said 310 were returned."
        return self._piece_misstated() or self._we_wrote_in_correction() or self._wire_update_said()

    def _wire_update_said(self) -> bool:
        """Whether the sentence tells what an earlier numbered update of a wire story said.

        "UPDATE 1 had said Russia received 284 prisoners": wires number the versions of a
        story, and one named by its number with a verb of saying is a version set right.
        Only the update's number right after "update" and the verb (maybe after "had")
        right after it are read so: "an update said 40 more had come home" is a report.
        """
        for i in self._at(("update",), self.first, self.last - 2):
            if self.tokens[i + 1].kind != NUM:
                continue
            verb = i + 2 + (self.norm_at[i + 2] == "had")
            if self.norm_at[verb] in _VERSION_SAID:
                return True
        return False

    def wire_correction_line(self) -> bool:
        """Whether the sentence is a wire's correction line: "(Corrects paragraph 6 to ...)".

        The days such a line names are of the correction ("to show the children were
        returned on Monday, not Tuesday"), so they date no exchange of the story. Only a
        line opening, within its parenthesis, with "Corrects" or "Corrected" is read so.
        """
        at = self.first + (self.norm_at[self.first] in ("(", "["))
        return at < self.last and self.norm_at[at] in ("corrects", "corrected")

    def we_wrote(self) -> bool:
        """Whether the newsroom tells what it wrote or reported: "we wrote that 80 ...".

        Whether that was an error is for the sentence after it to say (:meth:`right_figure`).
        """
        for i in self._at(("we",), self.first, self.last - 1):
            verb = i + 1 + (self.norm_at[i + 1] in _AT_FIRST)
            if self.norm_at[verb] in _VERSION_SAID | {"wrote"} and self.norm_at[verb + 1] == "that":
                return True
        return False

    def right_figure(self) -> bool:
        """Whether the sentence opens by giving the right figure: "The correct figure is 90".

        After what the newsroom wrote ("we wrote that 80 came home"), such a sentence
        sets it right, so what it wrote is the error, as in a correction notice.
        """
        return (
            self.norm_at[self.first] == "the"
            and self.norm_at[self.first + 1] in _RIGHT
            and self.norm_at[self.first + 2] in ("figure", "number", "count", "total")
        )

    def _we_wrote_in_correction(self) -> bool:
        """Whether the newsroom tells, in a correction, what it wrote before.

        "Correction: we reported that 12 civilians were freed", "we wrongly reported
        that ...", "the figure of 40, which we attributed to Kyiv, was Moscow's": the
        figure is the error set right, not a report. Outside a correction "as we
        reported earlier, 12 ..." stands by the figure.
        """
        for i in self._at(("we",), self.first, self.last - 1):
            adverb = self.norm_at[i + 1]
            verb = i + 1 + (adverb in _WRONGLY or adverb in _AT_FIRST)
            if self.norm_at[verb] not in _VERSION_SAID | {"wrote", "attributed"}:
                continue
            if adverb in _WRONGLY or any(
                self.norm_at[k] in ("correction", "corrections") for k in range(self.first, i)
            ):
                return True
        return False

    def copy_faked(self) -> bool:
        """Whether the sentence says a copy of a document just told was faked.

        "Officials say that version was doctored": the figures the sentence before read
        from that copy are no one's estimate, so they are not published. Only a copy
        pointed back to ("that version", "this slide", "those pages") and a linking verb
        before the word of faking ("was doctored", "had been forged", "is a forgery");
        a side calling the other's figures fabricated is a rival's word, not read here.
        """
        for i in self._at(_COPIES, self.first + 1, self.last):
            if self.norm_at[i - 1] not in _POINTING_BACK:
                continue
            # "was doctored", "had very probably been forged", "is almost certainly fake"
            k, linked = i + 1, False
            while k < min(i + 7, self.last) and self.norm_at[k] in _COPY_LINKS | _FAKED_HEDGES:
                linked = linked or self.norm_at[k] in _COPY_LINKS
                k += 1
            if not linked:
                continue
            if self.norm_at[k] in _FAKED or (
                self.norm_at[k] == "a" and self.norm_at[k + 1] in ("forgery", "fake", "fabrication")
            ):
                return True
        return False

    def _piece_misstated(self) -> bool:
        """Whether the sentence opens with a piece that it says got a figure wrong.

        "An article published on Monday under the headline '...' misstated the number":
        whatever the piece or its headline said is withdrawn, however long the aside
        naming it. Only a piece as the sentence's subject ("An article", "Our report",
        "The headline") with a verb of misstating ("misstated", "wrongly reported") is
        read so; "the report said Kyiv wrongly held them" is not a correction.
        """
        piece = next(
            (
                i
                for i in range(self.first, min(self.first + 4, self.last))
                if self.norm_at[i] in _PIECES
            ),
            None,
        )
        if piece is None or self.norm_at[piece - 1] not in (
            "a",
            "an",
            "the",
            "our",
            "this",
            "that",
        ):
            return False
        return any(
            self.norm_at[i] in _MISSTATED
            or (self.norm_at[i] in _WRONGLY and self.norm_at[i + 1] in _VERSION_SAID)
            for i in range(piece + 1, self.last)
        )

    def first_figures_corrected(self) -> set[int]:
        """The figures a teller first gave and then, in the same sentence, set right.

        "The ministry first said 221 had returned, then corrected the figure to 212": the
        first figure is withdrawn by its own teller, so it is no handover. Only a figure
        after "first (initially, originally) said" and before a verb of setting right
        followed by "to" and another figure is read so.
        """
        withdrawn: set[int] = set()
        for i in self._at(_AT_FIRST, self.first + 1, self.last - 1):
            if self.norm_at[i + 1] not in _VERSION_SAID:
                continue
            fix = next(
                (k for k in range(i + 2, self.last) if self.norm_at[k] in _SETTING_RIGHT), None
            )
            if fix is None:
                continue
            # "corrected the figure to 212", "revised it to 54": the same figure, set right
            told = next(
                (len(o) for o in _FIGURE_AGAIN if self._words_at(fix + 1, len(o)) == list(o)),
                None,
            )
            to = fix + 1 + (told or 0)
            if told is None or to + 1 >= self.last or self.norm_at[to] != "to":
                continue
            if self.tokens[to + 1].kind != NUM:
                continue
            withdrawn.update(
                f.amount.best
                for f in self.m.figures
                if i < f.first < fix and f.amount.best is not None
            )
        return withdrawn

    def sums_called_out(self) -> set[int]:
        """The figures the sentence says are only the sum of two others.

        "the figure of 402 we quoted is simply the sum of 207 and 195": a number added
        up from two counts (each side's, as a rule) is no handover of its own, so a
        figure of that size read in the sentence is dropped. Only "is/was/were (simply,
        just, only, merely) the sum of N and M" is read so.
        """
        sums: set[int] = set()
        for i in self._at(("sum", "total"), self.first + 2, self.last - 3):
            if self.norm_at[i - 1] != "the" or self.norm_at[i + 1] != "of":
                continue
            link = i - 2 - (self.norm_at[i - 2] in ("simply", "just", "only", "merely"))
            if self.norm_at[link] not in ("is", "was", "were", "'s"):
                continue
            parts = [f for f in self.m.figures if f.first > i + 1][:2]
            if (
                len(parts) == 2
                and parts[0].first == i + 2
                and self.norm_at[parts[1].first - 1] == "and"
                and parts[1].first - 1 == parts[0].last
            ):
                one, other = parts[0].amount.best, parts[1].amount.best
                if one is not None and other is not None:
                    sums.add(one + other)
        return sums

    def _past_version_aside(self, at: int) -> int:
        """The word after an aside set off by commas at ``at``, or ``at`` if none opens there.

        ", published on Saturday evening," and ", based on initial reports from Kyiv,":
        an aside with no figure of its own, closed within a dozen words.
        """
        if self.norm_at[at] != ",":
            return at
        for i in range(at + 1, min(self.last, at + _VERSION_ASIDE_REACH)):
            # ", published on March 20,": a day's number is no figure of the aside's
            if self.tokens[i].kind == NUM and not any(d.first <= i < d.last for d in self.m.dates):
                return at
            if self.norm_at[i] == ",":
                return i + 1
        return at

    def _among(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of a group told before ("among those freed were 108")."""
        if self.norm_at[figure.first - 1] == "among" or (
            (self.norm_at[figure.first - 2], self.norm_at[figure.first - 1]) == ("among", "the")
        ):
            return False  # "three men were among (the) 90 defenders freed": 90 is the group
        if self._among_them_breakdown(figure):
            return False
        return (
            self._named_among_them(figure)
            or self._were_among(figure)
            or self._included_part(figure)
            or self._included_after_named_part(figure)
            or self._fronted_among(figure)
            or self._listed_after_part(figure)
            or self._one_among_those(figure)
            or any(
                self.norm_at[i] == "among"
                for i in range(max(self.first, figure.first - 4), figure.first)
            )
        )

    def _one_among_those(self, figure: FigureMention) -> bool:
        """Whether the figure alone is counted "among those (sent)" or "among them".

        "The lab found two Russian soldiers among those sent to Ukraine": the verb is
        the group's, and the figure is a share of it, not a handover of its own. Parts
        listed together ("270 soldiers and 120 civilians among those coming back")
        split the group and are left to the breakdown rules.
        """
        at = figure.np_end
        if self.norm_at[at] != "among" or self.norm_at[at + 1] not in ("those", "them"):
            return False
        if self.norm_at[figure.first - 1] not in ("and", ","):
            return True
        return not any(f.np_end == figure.first - 1 for f in self.m.figures)

    def _listed_after_part(self, figure: FigureMention) -> bool:
        """Whether the figure is listed right after a figure that is a part of a group.

        "390 people crossed back - among them 270 servicemen and 120 civilians": the
        120 are listed with the 270, so they are a part of the 390 just as the 270 are.
        """
        before = next(
            (
                f
                for f in reversed(self.m.figures)
                if f.noun is not None and f.np_end < figure.first and f.first < figure.first
            ),
            None,
        )
        if before is None or figure.noun is None:
            return False
        end = before.np_end
        if self.norm_at[end] == "and":
            # "including 224 soldiers and sergeants and six civilians": the part's noun
            # group joins a second noun of people before the next figure is listed
            joined = lx.PEOPLE.match(self.tokens, end + 1, figure.first)
            if joined is not None and joined[0] == figure.first - 1:
                end = joined[0]
        between = [self.norm_at[i] for i in range(end, figure.first)]
        return between in (["and"], [","]) and self._among(before)

    def _included_part(self, figure: FigureMention) -> bool:
        """Whether the figure opens an aside "including M" on the figure just before.

        "Twenty Ukrainians, including two civilians, came home": the two are among the
        twenty, counted once in the whole, like a part named with "among them".
        """
        if (self.norm_at[figure.first - 2], self.norm_at[figure.first - 1]) != (",", "including"):
            return False
        whole = next(
            (f for f in self.m.figures if f is not figure and f.np_end == figure.first - 2), None
        )
        if (
            whole is None
            and figure.noun is not None
            and self.norm_at[figure.np_end] in lx.ITEM_ENDS
        ):
            whole = self._whole_of_clause(figure.first - 2)
        # "49 Russians, including 23 servicemen and 26 civilians": parts that add up to the
        # whole are its breakdown, each part read like "23 of them servicemen"
        return whole is not None and not self._broken_down(whole, figure)

    def _included_after_named_part(self, figure: FigureMention) -> bool:
        """Whether the figure ends an aside "including X and M" whose first part has no number.

        "Ukraine brought home 189 people, including soldiers captured at Mariupol in 2022
        and two civilians": the two are among the 189 as surely as the soldiers are,
        though the aside names the soldiers without a count.
        """
        if self.norm_at[figure.first - 1] != "and":
            return False
        opener = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 16), -1)
                if self.norm_at[i] == "including" and self.norm_at[i - 1] == ","
            ),
            None,
        )
        if opener is None or self.tokens[opener + 1].kind == NUM:
            return False
        between = {self.norm_at[i] for i in range(opener + 1, figure.first - 1)}
        if between & {",", ";", "and", "\u2013", "\u2014", "-", "("}:
            return False
        # a year ("captured at Mariupol in 2022") counts no one
        if any(opener < f.first < figure.first and f.noun is not None for f in self.m.figures):
            return False
        whole = next((f for f in self.m.figures if f.np_end == opener - 1), None)
        return (
            whole is not None
            and whole.noun is not None
            and whole.noun.category in (None, PersonCategory.OTHER)
            and self.norm_at[whole.np_end - 1] not in lx.LOSS_HEADS
        )

    def _among_them_breakdown(self, figure: FigureMention) -> bool:
        """Whether the figure opens an aside ", among them M and N" that adds up to the whole.

        "80 Ukrainians, among them 71 soldiers and nine civilians, came home": the parts
        break the whole down by kind, each read like "71 of them soldiers", as "including".
        """
        if [self.norm_at[i] for i in range(figure.first - 3, figure.first)] != [
            ",",
            "among",
            "them",
        ]:
            return False
        whole = next(
            (f for f in self.m.figures if f is not figure and f.np_end == figure.first - 3), None
        )
        return whole is not None and self._broken_down(whole, figure)

    def _whole_of_clause(self, comma: int) -> FigureMention | None:
        """The figure whose clause a ", including" at ``comma`` closes, if nothing parts them.

        "2,598 people had been freed since February 2022, including 148 civilians": the
        verb and its date stand between, but no other figure, comma or joined clause.
        """
        before = [f for f in self.m.figures if f.np_end <= comma]
        if not before:
            return None
        whole = before[-1]
        if whole.noun is None or self.norm_at[whole.np_end - 1] in lx.LOSS_HEADS:
            return None  # "4,000 casualties ..., including 600 dead": a toll's share
        between = {self.norm_at[i] for i in range(whole.np_end, comma)}
        if between & {",", ";", "and", "while", "but", "\u2013", "\u2014", "-"}:
            return None
        return whole

    def _broken_down(self, whole: FigureMention, part: FigureMention) -> bool:
        """Whether ``part`` and the figures listed right after it add up exactly to ``whole``."""
        parts = [part]
        for f in self.m.figures:
            between = {self.norm_at[i] for i in range(parts[-1].np_end, f.first)}
            if f.first >= parts[-1].np_end and between and between <= {"and", ","}:
                parts.append(f)
        if len(parts) < 2 or any(f.amount.high != f.amount.low for f in (whole, *parts)):
            return False
        return sum(f.amount.low for f in parts) == whole.amount.low

    def _fronted_among(self, figure: FigureMention) -> bool:
        """Whether the clause opens with "among ..." and the figure follows its copula.

        "Among those returned to Russia were also eight residents of Kursk": the eight
        are a part of a handover counted as a whole, however long the group named first.
        """
        at = figure.first - 1
        if self.norm_at[at] == "also":
            at -= 1
        if self.norm_at[at] not in ("were", "was"):
            return False
        # "Among those freed, it said, were ten": past a speech aside set off by commas
        at = self._before_speech_aside(at)
        for i in range(at - 1, max(self.first, at - 12) - 1, -1):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if self.norm_at[i] == "among":
                return True
        return False

    def _before_speech_aside(self, at: int) -> int:
        """Where a ", it said," aside ending just before ``at`` opens, else ``at``."""
        if self.norm_at[at - 1] != ",":
            return at
        for i in range(at - 2, max(self.first, at - 2 - _SPEECH_ASIDE_REACH) - 1, -1):
            if self.norm_at[i] == ",":
                between = self.norms[i + 1 - self.first : at - 1 - self.first]
                return i if not lx.SPEECH.isdisjoint(between) else at
        return at

    def _were_among(self, figure: FigureMention) -> bool:
        """Whether the figure's people "were among" a group: "14 residents were among those freed".

        The people are a part of a handover counted as a whole elsewhere, not one more.
        """
        if "among" not in self.norm_set:
            return False  # most sentences: no "among" to find
        for i in range(figure.np_end, min(self.last - 1, figure.np_end + 8)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if self.norm_at[i] in _COPULAS_NEAR and self.norm_at[i + 1] == "among":
                return True
        return False

    def _span_unlike(self, figure: FigureMention, base: LegDraft) -> bool:
        """Whether a rival's "for the same <span>" cannot be the span of the figure it rivals.

        "1,500 had been returned in 2024, while a news site put the figure at 1,300 for the
        same month": a month is not the year told, so which month is not said.
        """
        at = figure.last + (self.norm_at[figure.last] in lx.QUOTE_MARKS)
        span = lx.same_span_at(self.norm, at) if self.norm_at[at] == "for" else None
        return span is not None and not all(lx.span_fits(span, text) for text in base.dates)

    def _rival_figure(
        self, figure: FigureMention, previous: LegDraft | None, legs: list[LegDraft]
    ) -> LegDraft | None:
        """Another source's figure for the people just counted: a rival record, theirs.

        "Moscow said it freed 95 ...; Kyiv put the number at 93", "... while officials in
        Kyiv counted 148", "a figure Moscow gave as 205", "Russia's tally is lower, at
        4,600": a figure without a noun, given by a verb of counting or stating, by a
        source other than the one that gave the last figure (in this sentence or the one
        before). A restated figure, or one with no source of its own, is no rival.
        """
        # "Ukraine counted 277 returned": a bare count of people moved, of no one kind
        ends = ("", ".", ",", ";")
        moved = (
            _lemmas.is_transfer_form(self.norm_at[figure.last])
            and self.norm_at[figure.last + 1] in ends
        )
        if self.norm_at[past_rival_tail(self.norm, figure.last)] not in ends and not moved:
            return None  # "recorded 70,000 applications": the figure counts something else
        verb = rival_cue(self.norm, self.first, figure.first)
        if verb is None or (
            self.norm_at[figure.first - 2] in lx.NUMBER_NOUNS
            and self.norm_at[figure.first - 3] in lx.SIDE_ADJECTIVES
        ):
            return None  # "put the Ukrainian figure at 80": that side's way, not the last leg's
        base = previous if previous is not None and previous.sentence == self.index else None
        if base is None:
            told = [*self.discourse.legs, *self.discourse.tallies[-1:]]
            before = [leg for leg in told if leg.sentence == self.index - 1]
            base = before[-1] if before else None
            told = before
        else:
            told = [leg for leg in legs if leg.sentence == self.index]
        asked = self._asked_way(verb)
        if base is not None and asked is not None and asked[2] in (None, base.category):
            # "did not say how many bodies went to the Russian side; Russian media put the
            # number at 45": the count is of the way the question names, not the leg before
            source = self._rival_source(verb)
            if source is None or source is PUBLISHER:
                return None
            return self._given_by(base._replace(sender=asked[0], receiver=asked[1]), figure, source)
        own = self._for_own_side(verb, figure, told)
        if own is not None:
            return own
        if base is None or any(
            (leg.sender, leg.receiver, leg.category) != (base.sender, base.receiver, base.category)
            for leg in told
        ):
            return None  # two directions or kinds just told: which one it counts is unsure
        if base is None or base.amount == figure.amount or self._span_unlike(figure, base):
            return None
        if (
            not base.tally
            and self.norm_at[verb] in _PUT
            and any(
                verb < t.first < figure.first and t.done and t.move is not Move.EVENT
                for t in self.m.transfers
            )
        ):
            return None  # "put the number it had received at 45": its verb says which way
        if base.amount.best is not None and base.amount.best == figure.amount.best:
            return None
        source = self._rival_source(verb)
        if source is None:
            return None
        if source == base.attributed or source is PUBLISHER:
            return None
        if (
            base.attributed is not None
            and source.party == base.attributed.party
            and not _press_against_office(source, base.attributed)
        ):
            return None  # one side's two offices: a correction or a restatement, not a rival
        if moved and base.category is not PersonCategory.REMAINS:
            base = base._replace(category=PersonCategory.OTHER)
        return self._given_by(base, figure, source)

    def _rival_sum(self, figure: FigureMention, previous: LegDraft | None) -> LegDraft | None:
        """Another side's records summed to a figure of its own, set against a sum just told.

        "summing Moscow's statements gives 2,874 Ukrainians handed over, while Kyiv's own
        statements add up to 2,951": the bare figure sums the same running total by the
        other side's records. Only after a contrast ("while", "whereas", "but") in the
        sentence of the first sum, for a side other than the first sum's teller.
        """
        verb = figure.first - 3
        if (
            figure.noun is not None
            or previous is None
            or previous.sentence != self.index
            or not previous.tally
            or previous.amount == figure.amount
            or self.norm_at[figure.first - 1] != "to"
            or self.norm_at[figure.first - 2] != "up"
            or self.norm_at[verb] not in _ADDING
            or self.norm_at[verb - 1] not in _RECORDS
        ):
            return None
        contrast = next(
            (i for i in range(verb - 1, self.first - 1, -1) if self.norm_at[i] in _CONTRASTS), None
        )
        if contrast is None:
            return None
        source = self._rival_source(verb)
        if source is None or source is PUBLISHER or source.party is None:
            return None
        # the sides named as nouns before the contrast ("summing Moscow's statements"),
        # not adjectives of the people ("for Ukrainian returnees")
        first_tellers = {
            p.code
            for p in self.m.parties
            if p.last <= contrast and p.noun and p.role != NATIONALITY
        }
        if previous.attributed is not None and previous.attributed.party is not None:
            first_tellers.add(previous.attributed.party)
        if source.party in first_tellers:
            return None  # one side's two sums: a correction or a restatement, not a rival
        if source.party not in (previous.sender, previous.receiver):
            return None
        return self._given_by(previous, figure, source)

    def _rather_than_cited(
        self, figure: FigureMention, previous: LegDraft | None
    ) -> LegDraft | None:
        """Another source's figure set against the leg just told: "not the 39 cited by Kyiv".

        "Russia said it had received 41 bodies, rather than the 39 cited by Kyiv": the
        bare figure counts the same leg as the source after "by" gives it.
        """
        if previous is None or previous.sentence != self.index or previous.tally:
            return None
        if figure.noun is not None or not set_against_cited(self.norm, figure.first):
            return None
        source = next(
            (e for start, _, e in self._speaker_mentions() if start == figure.last + 2), None
        )
        if source is None or source is PUBLISHER or previous.amount == figure.amount:
            return None
        if previous.attributed is not None and source.party == previous.attributed.party:
            return None  # one side's two counts: a correction, not a rival
        return self._given_by(previous, figure, source)

    def _for_own_side(
        self, verb: int, figure: FigureMention, told: list[LegDraft]
    ) -> LegDraft | None:
        """The leg a source's "figure for its side" counts: the way to that source's side.

        "Kyiv put the figure for its side at 277", "Moscow gave the number for its own
        side as 250": of the ways just told, the one coming home to the speaker's side.
        A bare count of a side's whole share of the living names no kind of people.
        """
        if not any(
            self.norm_at[i] == "for"
            and self.norm_at[i + 1] in ("its", "their")
            and "side" in (self.norm_at[i + 2], self.norm_at[i + 3])
            for i in range(verb, figure.first)
        ):
            return None
        source = self._rival_source(verb)
        if source is None or source is PUBLISHER or source.party is None:
            return None
        base = next((leg for leg in reversed(told) if leg.receiver == source.party), None)
        if base is None or base.tally or base.amount == figure.amount:
            return None
        if base.category is not PersonCategory.REMAINS:
            base = base._replace(category=PersonCategory.OTHER)
        return self._given_by(base, figure, source)

    def _given_by(self, base: LegDraft, figure: FigureMention, source: SourceEntry) -> LegDraft:
        """The leg ``base`` as ``source`` counts it in this sentence: ``figure``, its own."""
        return base._replace(
            sentence=self.index,
            amount=figure.amount,
            attributed=source,
            accord=False,
            note=None,
            whole=False,
            definite=False,
        )

    def _asked_way(self, before: int) -> tuple[str, str, PersonCategory | None] | None:
        """The way an indirect question before ``before`` names: "how many bodies went to X".

        "(did not say) how many bodies were returned to the Russian side": (sender,
        receiver, kind) of the transfer the question asks about, when a side is named
        after its verb ("to X" receives, "from X" sends) or by the people's nationality.
        """
        for i in range(self.first, before - 2):
            if self.norm_at[i] != "how" or self.norm_at[i + 1] != "many":
                continue
            named = self._nationals_at(i + 2)
            people = named or lx.PEOPLE.match(self.tokens, i + 2, before)
            if people is None:
                return None
            verb = next((t for t in self.m.transfers if people[0] <= t.first < before), None)
            if verb is None or verb.first - people[0] > 2:
                return None
            receiver = next(
                (p.code for p in self.m.parties if p.role == NATIONALITY and p.first == i + 2),
                None,
            )
            for party in self.m.parties:
                if verb.last <= party.first < before and party.first - verb.last <= 3:
                    way = self.norm_at[verb.last]
                    if way == "to":
                        receiver = party.code
                    elif way == "from":
                        receiver = _other(party.code, self._belligerents)
                    break
            if receiver is None or receiver not in self._belligerents:
                return None
            sender = _other(receiver, self._belligerents)
            if sender is None:
                return None
            noun = people[1]
            kind = PersonCategory.REMAINS if noun.remains else noun.category
            return sender, receiver, kind
        return None

    def _rival_source(self, verb: int) -> SourceEntry | None:
        """Who gives the rival figure whose verb is at ``verb``: the source just before it.

        "Kyiv put ...", "Ukraine's ombudsman counts ...", "Russia's count of those it has
        let go is lower": a named source a few words before the verb (a longer subject
        before a comparative), else a side named with "officials", "media" or the like.
        """
        reach = 12 if self.norm_at[verb] in ("lower", "higher", "smaller", "larger") else 6
        mentions = [
            m
            for m in self._speaker_mentions()
            if m[1] <= verb
            and verb - m[1] <= reach
            and all(self.norm_at[i] != ";" for i in range(m[1], verb))  # not the clause before's
        ]
        if mentions:
            return mentions[-1][2]
        for party in reversed(self.m.parties):
            if (
                party.last <= verb
                and verb - party.last <= 3
                and any(
                    self.norm_at[i] in _SPEAKER_NOUNS | lx.PRESS_NOUNS
                    for i in range(party.last, verb)
                )
            ):
                press = any(self.norm_at[i] in lx.PRESS_NOUNS for i in range(party.last, verb))
                named = lx.media if press else lx.government
                return named(party.code, lx.PARTY_NAMES.get(party.code, party.code))
        return None

    def _countered(
        self,
        figures: list[FigureMention],
        told: dict[int, list[LegDraft]],
        legs: list[LegDraft],
        used: set[int],
    ) -> None:
        """Send people of no stated side the other way from those they were swapped for.

        "20 servicemen were returned in return for 20 Ukrainian prisoners": the
        figure after "in return for" went one way, so the people moved by the verb
        before it went the other. Only a figure left without a direction is given one.
        """
        for index in range(len(figures) - 1):
            figure, counter = figures[index], figures[index + 1]
            # "the last group crossed: 303 Ukrainian defenders ... in return for 303 Russian
            # servicemen": a verbless pair after a colon, the people's side their receiver
            verbless = (
                figure.nationality is not None
                and self.norm_at[figure.first - 1] == ":"
                and not self._planned_before(figure.first - 1)
            )
            if index in told or (figure.nationality is not None and not verbless):
                continue
            if figure.noun is None and not self._verb_right_after(figure):
                continue  # a bare figure needs its verb beside it: "116 came home in return"
            if figure.remains != counter.remains or not self._counter(counter):
                continue
            if self._among(figure):
                continue  # "20 Ukrainians, including two civilians, ... for 20 Russians"
            theirs = told.get(index + 1)
            if not theirs or len(theirs) != 1 or theirs[0].tally:
                continue
            other = theirs[0]
            if verbless:
                if other.sender != figure.nationality or any(
                    figure.first <= t.first < counter.first for t in self.m.transfers
                ):
                    continue
            elif not any(
                t.done and figure.np_end <= t.first < counter.first for t in self.m.transfers
            ):
                continue  # the figure is not what the verb before "in return for" moved
            legs.insert(legs.index(other), _reversed(other, figure, self._category(figure, None)))
            used.add(index)

    def _answered_each_time(
        self, figures: list[FigureMention], told: dict[int, list[LegDraft]], legs: list[LegDraft]
    ) -> None:
        """Repeat a counter figure "each time" at every date of the handovers it answers.

        "116 came home on 4 May and 101 on 9 May, for 63 Russians each time": the
        figures before it went the other way at two dates, and "each time" gives the
        63 to each of those handovers, not to the last one only. "The same number each
        time" after a list is already one figure per listed handover, each dated with it.
        """
        spans = [(f.first, f.last) for f in figures]
        for index, figure in enumerate(figures):
            theirs = told.get(index)
            end = figure.np_end + (self.norm_at[figure.np_end] == "on")
            if not theirs or len(theirs) != 1 or theirs[0].tally:
                continue
            if spans.count(spans[index]) > 1:
                continue
            if self.norm_at[end] != "each" or self.norm_at[end + 1] not in lx.RECURRING:
                continue
            leg = theirs[0]
            answered = [
                other
                for k in range(index)
                for other in told.get(k, [])
                if other.sender == leg.receiver and other.receiver == leg.sender and not other.tally
            ]
            dates = list(dict.fromkeys(other.dates for other in answered if len(other.dates) == 1))
            if len(dates) < 2 or leg.dates not in dates or len(answered) != len(dates):
                continue
            at = legs.index(leg)
            legs[at : at + 1] = [leg._replace(dates=when) for when in dates]

    def _reciprocated(
        self, figures: list[FigureMention], told: dict[int, list[LegDraft]], legs: list[LegDraft]
    ) -> None:
        """Send bodies moved with no side named against the bodies given back for them.

        "1,212 bodies were received, and Russia got 27 of its own dead back", "600
        bodies were handed over, in return for which Kyiv received 20": the later
        clause says its bodies were the return, so the bodies before went the other way.
        """
        for index in range(len(figures) - 1):
            figure, counter = figures[index], figures[index + 1]
            theirs = told.get(index + 1)
            if index in told or not figure.remains or figure.nationality is not None:
                continue
            if not theirs or len(theirs) != 1 or theirs[0].tally:
                continue
            between = self.norms[figure.np_end - self.first : counter.first - self.first]
            if ";" in between or not {"and", "while", "which"} & set(between):
                continue  # the two figures are not coordinated clauses of one swap
            join = figure.np_end + next(
                k for k, w in enumerate(between) if w in ("and", "while", "which")
            )
            clipped = all(
                self.norm_at[k] in (",", "—", "–", "-") for k in range(figure.np_end, join)
            )
            if not clipped and not any(t.done and t.last <= join for t in self.m.transfers):
                # nothing moved the bodies: "the list named 1,212 bodies"; nor does the
                # counter's own verb ("1,000 bodies were counted, and Ukraine took back 900");
                # a clause clipped to its figure ("- about a thousand bodies, and Moscow
                # got thirty back") leaves its verb to the one before
                continue
            end = next((f.first for f in figures[index + 2 :]), self.last)
            after = self.norms[figure.np_end - self.first : end - self.first]
            returned = any(
                (w == "in" and nxt in ("return", "exchange")) or (w == "back")
                for w, nxt in zip(after, [*after[1:], ""], strict=True)
            ) or ("own" in after and {"its", "their"} & set(after))
            if not (returned or self._sent_then_received(figure, counter)):
                continue
            other = theirs[0]
            if counter.noun is None and other.category is PersonCategory.OTHER:
                # "in return for which Russia received 27": bodies given for bodies
                mended = other._replace(category=PersonCategory.REMAINS)
                legs[legs.index(other)] = mended
                told[index + 1] = [mended]
                other = mended
            leg = _reversed(other, figure, PersonCategory.REMAINS)
            legs.insert(legs.index(other), leg)
            told[index] = [leg]

    def _sent_then_received(self, figure: FigureMention, counter: FigureMention) -> bool:
        """Whether bodies moved by no one named are answered by a side that received others.

        "the remains of 94 soldiers had been returned and that Russia had received 62":
        a passive of handing over with no side, then a side's own verb of getting; the side
        that got the second figure is not the one the first went to. The second figure
        counts bodies too, or no noun: "and Russia received 30 prisoners" is another thing.
        """
        if not (counter.remains or counter.noun is None):
            return False
        sent = next(
            (
                t
                for t in self.m.transfers
                if t.done
                and t.move in (Move.SEND, Move.RECEIVE)
                and figure.np_end <= t.first < counter.first
                and t.first > figure.np_end
                and all(self.norm_at[i] in _AUXILIARIES for i in range(figure.np_end, t.first))
            ),
            None,
        )
        return sent is not None and any(
            t.done and t.move is Move.RECEIVE and sent.last < t.first and t.last <= counter.first
            for t in self.m.transfers
        )

    def _verb_right_after(self, figure: FigureMention) -> bool:
        """Whether a done verb of moving people follows ``figure``, auxiliaries aside.

        "116 came home in return for 63 Russians", "90 were freed in return for ...":
        the bare figure is the verb's own subject, so the people it counts were moved.
        """
        return any(
            t.done
            and figure.np_end <= t.first <= figure.np_end + 3
            and all(self.norm_at[i] in _AUXILIARIES for i in range(figure.np_end, t.first))
            for t in self.m.transfers
        )

    def _mirrored_leg(
        self, previous: LegDraft, start: int, figure: FigureMention
    ) -> LegDraft | None:
        """The way back for "N bodies to A, M to B" when no verb reaches the second figure.

        "came a handover of the dead: 900 bodies to Ukraine, and 40 to Russia": the
        second figure, joined by a comma or "and", goes to the side that sent the first.
        """
        there = self._receiver_at(start)
        back = self._receiver_at(figure.last)
        if there is None or back is None or there.code != previous.receiver:
            return None
        between = [self.norm_at[i] for i in range(there.last, figure.first)]
        if between not in ([","], ["and"], [",", "and"]) or back.code != previous.sender:
            return None
        return self._listed_leg(previous, figure)._replace(
            sender=previous.receiver, receiver=previous.sender
        )

    def _counter(self, figure: FigureMention) -> bool:
        """Whether ``figure`` follows "in exchange for", "in return for" or "exchanged for".

        "in exchange for whom" (or "which") opens a relative clause whose figure went the
        other way from the people or handover "whom" stands for: a counter phrase too.

        So does a bare ", for 24 to Russia" after a handover done: the swap's other way.
        """
        at = figure.first
        if self.norm_at[at - 1] == "of" and self.norm_at[at - 2] in lx.REMAINS_NOUNS:
            # "in exchange for the bodies of 30 soldiers"
            at -= 3 if self.norm_at[at - 3] == "the" else 2
        if self.norm_at[at - 1] in ("whom", "which") and self.norm_at[at - 2] == "for":
            at -= 1  # "144 Russians, in exchange for whom the same number of Ukrainians were freed"
        if self.norm_at[at - 1] != "for":
            return False
        at -= self._speech_aside_before(at - 1)  # "in return, Moscow said, for 195"
        verb = self.norm_at[at - 2]
        if verb in ("exchange", "return"):
            return self.norm_at[at - 3] == "in"
        if verb == "," and figure.noun is None and self._receiver_at(figure.last) is not None:
            # "another 1,000 were returned to Ukraine, for 24 to Russia": what went back
            return any(t.done and t.last < at - 2 for t in self.m.transfers)
        return verb in ("exchanged", "swapped", "traded")

    def _speech_aside_before(self, end: int) -> int:
        """How many tokens an aside of saying (", Moscow said,") takes up right before ``end``.

        "in return, Moscow said, for 195": the aside splits the phrase and changes
        nothing of what it says.
        """
        if self.norm_at[end - 1] != ",":
            return 0
        for i in range(end - 2, max(self.first, end - 7), -1):
            if self.norm_at[i] == ",":
                told = any(self.norm_at[j] in lx.SPEECH for j in range(i + 1, end - 1))
                return end - i if told else 0
        return 0

    def _nationals_at(self, at: int) -> tuple[int, Noun] | None:
        """``(end, noun)`` of a people group of one nationality at ``at``: "Russian remains"."""
        if not any(p.first == at and p.role == NATIONALITY for p in self.m.parties):
            return None
        start = next(p.last for p in self.m.parties if p.first == at)
        return lx.PEOPLE.match(self.tokens, start, self.last)

    def _listed_leg(self, leg: LegDraft, figure: FigureMention) -> LegDraft:
        """``leg`` again for a figure listed after its own: the same way, the figure's kind.

        "84 and 146 people", "185 defenders ... and 20 civilians": the listed
        figure goes where the first went, counting its own people, as a plain part.
        """
        return leg._replace(
            category=self._category(figure, leg),
            amount=figure.amount,
            note=None,
            whole=False,
            guessed=False,
            definite=False,
            dates=self._listed_day(leg.dates, figure),
        )

    def _gapped_dated_item(
        self, figure: FigureMention, dates: list[DateMention], drafted: list[LegDraft] | None
    ) -> list[LegDraft] | None:
        """The legs of a bare "and M on <date>" that leaves out the verb of the clause before.

        "116 came home on 4 May and 101 on 9 May": the clause before moved a
        figure at a date of its own; the bare figure with its own date, ending its
        clause, went the same way (or ways) at its date; so does a bare item a date
        opens ("...; on 9 May, another 22").
        """
        own = self._date_after_item(figure, dates) or self._date_before_by(figure, dates)
        if own is None:
            return self._own_people_way(figure, self._gapped_dated_opening(figure, dates, drafted))
        moved = self._moved_at_own_date(figure, own, drafted)
        if moved and self._equal_pair_end(figure, figure.last) != figure.last:
            # "and 103 for 103 on September 14": one swap, as many each way
            ways = {(leg.sender, leg.receiver) for leg in moved}
            moved += [
                leg._replace(sender=leg.receiver, receiver=leg.sender)
                for leg in moved
                if (leg.receiver, leg.sender) not in ways
            ]
        return self._own_people_way(figure, moved)

    def _own_people_way(
        self, figure: FigureMention, moved: list[LegDraft] | None
    ) -> list[LegDraft] | None:
        """``moved`` turned to the home of the people a gapped item names by nationality.

        "45 Ukrainian defenders for 3 Russian pilots on the 6th, and 106 Ukrainians on the
        25th": the item before it went to Russia, but Ukrainians freed go home to Ukraine.
        """
        home = figure.nationality
        if not moved or home is None or home not in self._belligerents:
            return moved
        if all(leg.receiver == home for leg in moved):
            return moved
        turned = [
            leg if leg.receiver == home else leg._replace(sender=leg.receiver, receiver=leg.sender)
            for leg in moved
        ]
        if any(leg.receiver != home for leg in turned):
            return None  # neither way of an item is the named people's home: no way is known
        return list({(leg.sender, leg.receiver, leg.category): leg for leg in turned}.values())

    def _date_before_by(
        self, figure: FigureMention, dates: list[DateMention]
    ) -> DateMention | None:
        """The date of "followed on <date> by M", the later item's date told before it.

        "a 25-for-25 swap on Jan. 5, followed on Feb. 5 by 150 for 150": the date
        between "followed" and "by" is the later group's, as in "followed by 150
        for 150 on Feb. 5".
        """
        if self.norm_at[figure.first - 1] != "by":
            return None
        own = next((d for d in dates if d.last == figure.first - 1 and not d.since), None)
        if own is None:
            return None
        opener = own.first - (self.norm_at[own.first - 1] in ("on", "in"))
        if self.norm_at[opener - 1] != "followed":
            return None
        end = figure.last + (self.norm_at[figure.last] in ("more", "further"))
        end = self._equal_pair_end(figure, end)
        end += self._per_side_length(end)
        # "by 150 for 140": an unequal pair gives each way its own number; a clause of its
        # own after the figure is no gapped item
        return own if self.norm_at[end] in ("", ".", ";", ",") else None

    def _gapped_dated_opening(
        self, figure: FigureMention, dates: list[DateMention], drafted: list[LegDraft] | None
    ) -> list[LegDraft] | None:
        """The legs of a verbless item a date opens: "95 came home on 3 May; on 9 May, 22 men".

        After a semicolon or ", and" the item is the date and the figure's noun group
        alone, up to the end of the sentence, a semicolon or a dash that opens an aside
        running to the end: the verb is the clause's before it.
        """
        at = figure.first
        copula = (self.norm_at[at - 2], self.norm_at[at - 1]) == ("it", "was")
        at -= 2 * copula  # "; on 17 July it was 95"
        further = self.norm_at[at - 1] == "another"
        if further:
            at -= 1  # "; on 9 May, another 22"
        elif (self.norm_at[at - 2], self.norm_at[at - 1]) == ("a", "further"):
            further = True
            at -= 2
        at -= self.norm_at[at - 1] in (",", "-", *DASHES)
        end = figure.np_end + (self.norm_at[figure.np_end] == "more")  # "; on 9 May, 22 more"
        # "; on 31 May, 75 for 75": an equal pair repeats the swap's share
        paired = self._equal_pair_end(figure, figure.last)
        if paired != figure.last:
            end = paired
        # "; on 25 June, 90 each": the share repeats the swap's
        shared = self._per_side_length(end)
        end += shared
        shared = shared or int(paired != figure.last)
        if self.norm_at[at - 1] == "(" or self._dated_share_in_bracket(figure):
            return self._dated_bracket_item(figure, dates, drafted)
        end = self._joined_item_end(figure, end)
        if not drafted or self.norm_at[end] not in ("", ".", ";", ",", "-", *DASHES):
            return None  # most figures: cheap tests first
        if shared and not self._two_way(drafted):
            return None  # "Kyiv got 90 back; on 31 May, 75 for 75": no share to repeat
        own = next((d for d in dates if d.last == at and not d.since), None)
        if own is None and self.norm_at[at] in (",", "-", *DASHES):
            own = self._date_before_aside(at, dates)  # "and on May 31, after a pause, 75 for 75"
        if own is None:
            return None
        own = self._day_named_again(own, dates)
        if (
            self.norm_at[end] == ","
            and not self._dated_item_at(end + 1, dates)
            and not self._closing_part_aside(end)
            and not self._closing_trade_back(end)
            and not self._closing_kind_aside(end)
        ):
            return None  # "; on 9 May, 22 men, all of them wounded, ...": not a list's item
        if self.norm_at[end] in ("-", *DASHES) and self._closing_dash(end) is not None:
            return None  # "; on 9 May, 22 men – 3 of them wounded – were sent": a verb of its own
        # "on Monday 16 June": a weekday right before the date is the same day told twice
        start = next((d.first for d in dates if d.last == own.first and not d.since), own.first)
        opener = start - (self.norm_at[start - 1] in ("on", "in"))
        if not self._item_opens(opener) and not (
            (further or shared or copula) and self._comma_item_opens(opener, drafted)
        ):
            return None
        if figure.nationality is None and self._after_for_pair(own.first):
            return None  # "45 for 3 on the 6th, and on May 25, 106 men": which way is not said
        return self._own_people_way(figure, self._moved_at_own_date(figure, own, drafted))

    def _joined_item_end(self, figure: FigureMention, end: int) -> int:
        """Where a dated item ends when its noun group is joined to a second one by "and".

        "...; and on 24 August, 146 defenders and 8 civilians.": both noun groups are
        the item, so the first ends where the second does, and goes the same way.
        """
        if self.norm_at[end] != "and" or figure.noun is None:
            return end
        joined = next((f for f in self.m.figures if f.first == end + 1), None)
        if joined is None or joined.noun is None:
            return end
        return joined.np_end

    def _after_for_pair(self, at: int) -> bool:
        """Whether the last figure before ``at`` is the second of an unequal "N for M".

        "45 defenders for 3 pilots": the item after such a swap may repeat either of
        its ways, so a gapped item without a nationality gets neither.
        """
        before = [f for f in self.m.figures if f.last <= at]
        if len(before) < 2:
            return False
        second = before[-1]
        return self.norm_at[second.first - 1] == "for" and before[-2].amount != second.amount

    def _closing_part_aside(self, comma: int) -> bool:
        """Whether ``comma`` opens a part of the people that runs to the sentence's end.

        "...; then, on 12 June, 94 Ukrainians, among them six nurses." (or "six of them
        nurses"): the aside names some of the item's people and no verb of its own follows.
        """
        opener = self.norm_at[comma + 1]
        if not (
            opener == "including"
            or (opener == "among" and self.norm_at[comma + 2] in lx.PART_PRONOUNS)
            or self._part_of_them_at(comma + 1)
        ):
            return False
        return all(
            self.norm_at[i] not in (",", ";", "and", *DASHES)
            and not any(d.first <= i < d.last for d in self.m.dates)
            for i in range(comma + 2, self.last)
            if self.norm_at[i] != "."
        ) and not any(t.first > comma for t in self.m.transfers)

    def _part_of_them_at(self, at: int) -> bool:
        """Whether a figure at ``at`` counts a part of the people before: "six of them"."""
        return any(
            f.first == at
            and self.norm_at[f.last] == "of"
            and self.norm_at[f.last + 1] in ("them", "whom")
            for f in self.m.figures
        )

    def _closing_trade_back(self, comma: int) -> bool:
        """Whether ``comma`` opens "in exchange for M ..." that runs to the sentence's end.

        "...; on 15 April, 909, in exchange for 41 Russian dead.": what the item's
        receiver gave back for it, no verb of its own, so the item stays gapped.
        """
        if [self.norm_at[comma + k] for k in (1, 2, 3)] != ["in", "exchange", "for"]:
            return False
        back = [f for f in self.m.figures if f.first > comma]
        return (
            len(back) == 1
            and back[0].first == comma + 4
            and all(
                self.norm_at[i] not in (",", ";", "and", *DASHES)
                and not any(d.first <= i < d.last for d in self.m.dates)
                for i in range(comma + 4, self.last)
                if self.norm_at[i] != "."
            )
            and not any(t.first > comma + 3 for t in self.m.transfers)
        )

    def _share_follows(self, figure: FigureMention) -> bool:
        """Whether a per-side phrase follows a bare figure: "303 each way", "90 apiece"."""
        return self._per_side_length(figure.np_end) > 0

    def _per_side_length(self, at: int) -> int:
        """How many words of a per-side phrase start at ``at`` ("each way", "on each side"):
        none when the phrase names a side of a place ("from each side of the river").
        """
        if self.norm_at[at] not in _PER_SIDE_FIRSTS:
            return 0  # most figures: no phrase of sides after them
        length = next((len(w) for w in _PER_SIDE if self._words_at(at, len(w)) == w), 0)
        if length and lx.side_of_place(self.tokens, at + length, self.last):
            return 0
        return length

    def _closing_kind_aside(self, comma: int) -> bool:
        """Whether ``comma`` opens an aside of the item's kind or source that ends the sentence.

        "...; and on 25 May 303 each way, all of them servicemen according to both
        governments.": the aside says who all of them were, or who told it, and holds no
        verb, clause or date of its own, so the item before it is still a verbless item.
        """
        words = (self.norm_at[comma + 1], self.norm_at[comma + 2], self.norm_at[comma + 3])
        if not (words[:2] == ("according", "to") or words in (("all", "of", "them"),)):
            return False
        return all(
            self.norm_at[i] not in (",", ";", "and", "(", *DASHES)
            and not _lemmas.is_transfer_form(self.norm_at[i])
            and not any(d.first <= i < d.last for d in self.m.dates)
            and not any(f.first <= i <= f.last for f in self.m.figures)
            for i in range(comma + 2, self.last)
            if self.norm_at[i] != "."
        )

    def _day_named_again(self, own: DateMention, dates: list[DateMention]) -> DateMention:
        """The date an aside names again: "and on 24 August - on Independence Day - 146".

        A date set off by commas or dashes right after another date is the same day
        told by name, so the item opens with the first.
        """
        mark = self.norm_at[own.first - 2]
        if self.norm_at[own.first - 1] != "on" or mark not in (",", "-", *DASHES):
            return own
        if self.norm_at[own.last] != mark and not {mark, self.norm_at[own.last]} <= {"-", *DASHES}:
            return own
        return next((d for d in dates if d.last == own.first - 2 and not d.since), own)

    def _date_before_aside(self, comma: int, dates: list[DateMention]) -> DateMention | None:
        """The date an item opens with before an aside that ends at ``comma``.

        "and on May 31, after a pause of almost four months, 75 for 75": a phrase
        set off by commas that opens with a preposition and moves no one stands
        between the item's date and its figure.
        """
        marks = (",",) if self.norm_at[comma] == "," else ("-", *DASHES)
        for k in range(comma - 1, max(self.first, comma - 10), -1):
            if self.norm_at[k] not in marks:
                continue
            if self.norm_at[k + 1] not in _ASIDE_OPENERS or any(
                k < t.first < comma for t in self.m.transfers
            ):
                return None
            return next((d for d in dates if d.last == k and not d.since), None)
        return None

    def _two_way(self, drafted: list[LegDraft]) -> bool:
        """Whether ``drafted`` moved people both ways: a swap with a share to repeat."""
        ways = {(leg.sender, leg.receiver) for leg in drafted}
        return all((leg.receiver, leg.sender) in ways for leg in drafted)

    def _dated_item_at(self, at: int, dates: list[DateMention]) -> bool:
        """Whether a date opens the next item at ``at``: "..., on 17 July it was 95"."""
        at += self.norm_at[at] in ("on", "in")
        return any(d.first == at and not d.since for d in dates)

    def _comma_item_opens(self, opener: int, drafted: list[LegDraft]) -> bool:
        """Whether a comma alone opens a dated item that repeats a two-way swap.

        "On 31 May they exchanged 75 each, on 25 June another 90 each, on 17 July
        it was 95": after a swap of as many each way, an item a date opens after a
        comma, marked as more of the same ("another", "each", "it was"), is the
        next swap; a one-way clause before leaves it unread.
        """
        return self.norm_at[opener - 1] == "," and self._two_way(drafted)

    def _dated_bracket_item(
        self, figure: FigureMention, dates: list[DateMention], drafted: list[LegDraft] | None
    ) -> list[LegDraft] | None:
        """The legs of "and June 25 (90 each)" after "swaps resumed on May 31 (75 each)".

        A date with its figure in brackets, joined by "and" to a like item before it, is
        another handover of the clause's verb, on its own date. Only a bracket holding
        just the figure and a word of each side's share, and a list that ends there.
        """
        close = figure.last
        close += self._per_side_length(close)
        if (
            not drafted
            or self.norm_at[close] != ")"
            or self.norm_at[close + 1] not in ("", ".", ";")
        ):
            return None
        own = next((d for d in dates if d.last == figure.first - 1 and not d.since), None)
        day = None
        if own is None:
            # "... in June (on the 25th, 90 each) and July (on the 17th, 95 each)": the month
            # before the bracket, on the day the bracket tells
            own = self._date_before_bracket(figure, [d for d in dates if not d.since])
            if own is None or not self._dated_share_in_bracket(figure):
                return None
            day = self._on_day_of(own.text, figure)
        opener = own.first - (self.norm_at[own.first - 1] in ("on", "in"))
        if self.norm_at[opener - 1] != "and" or self.norm_at[opener - 2] != ")":
            return None
        moved = self._moved_at_own_date(figure, own, drafted)
        if moved is None or day is None:
            return moved
        return [leg._replace(dates=(day,)) for leg in moved]

    def _bracketed_pair_item(
        self,
        index: int,
        figures: list[FigureMention],
        dates: list[DateMention],
        told: dict[int, list[LegDraft]],
    ) -> list[LegDraft] | None:
        """The legs of a dated bracketed pair after a like pair: "in May (640 and 28)".

        "on 2 April (700 went to Ukraine, 12 to Russia), in May (640 and 28,
        respectively)": a date then two bare figures in brackets, listed after a bracket
        whose two figures went opposite ways, repeats those ways in order on its own date.
        The pair before must be two single legs of opposite ways, or no way is told.
        """
        figure = figures[index]
        if index < 2 or index + 1 >= len(figures) or self.norm_at[figure.first - 1] != "(":
            return None
        second = figures[index + 1]
        if second.noun is not None or self.norm_at[figure.last] != "and":
            return None
        if second.first != figure.last + 1:
            return None
        if not pair_bracket_closes(self.norm, second.last):
            return None
        own = next((d for d in dates if d.last == figure.first - 1 and not d.since), None)
        before = told.get(index - 2), told.get(index - 1)
        if own is None or before[0] is None or before[1] is None:
            return None
        one, other = before[0], before[1]
        if len(one) != 1 or len(other) != 1 or one[0].tally or other[0].tally:
            return None
        if (one[0].sender, one[0].receiver) != (other[0].receiver, other[0].sender):
            return None
        opened = figures[index - 2].first - 1
        between = range(figures[index - 1].last, figure.first - 1)
        if self.norm_at[opened] != "(" or not any(self.norm_at[i] == ")" for i in between):
            return None  # the pair before must be a bracket of its own, closed before this one
        if any(self.norm_at[i] in ("(", ")") for i in range(opened + 1, figures[index - 1].last)):
            return None
        return [
            self._listed_leg(leg, item)._replace(dates=(own.text,))
            for leg, item in ((one[0], figure), (other[0], second))
        ]

    def _item_opens(self, opener: int) -> bool:
        """Whether a new item of a list opens at ``opener``: after "; ", ", and" or "; and".

        A short phrase that sets the time may stand between ("..., and at the end
        of the month, on 31 May, ..."), but no figure nor word of handing over.
        """
        for i in range(opener - 1, max(self.first, opener - 9) - 1, -1):
            word = self.norm_at[i]
            if word == ";" or (word == "and" and self.norm_at[i - 1] in (",", ";")):
                return True  # "; and on 17 July, 95 for 95": the joiner after a semicolon too
            if i < opener - 1 and word != "," and not self.tokens[i].text.isalpha():
                return False
            if any(f.first <= i < f.last for f in self.m.figures) or any(
                t.first <= i < t.last for t in self.m.transfers
            ):
                return False
            if i == opener - 1 and word != ",":
                return False  # the date must open its item, right after a comma or a joiner
        return False

    def _moved_at_own_date(
        self, figure: FigureMention, own: DateMention, drafted: list[LegDraft] | None
    ) -> list[LegDraft] | None:
        """The legs of the clause before, moved to ``figure`` at its own date ``own``."""
        if not drafted or any(leg.tally for leg in drafted):
            return None
        if not any(leg.dates and leg.dates != (own.text,) for leg in drafted):
            return None  # the clause before has no date of its own to set this one's apart
        return [self._listed_leg(leg, figure)._replace(dates=(own.text,)) for leg in drafted]

    def _date_after_item(
        self, figure: FigureMention, dates: list[DateMention]
    ) -> DateMention | None:
        """The date of a bare "and M on <date>" or "followed by M more on <date>".

        So of "and 95 each way on <date>", of an item after a semicolon ("; 95 for 95 on
        <date>") and of an equal pair, "followed by 103 for 103 on <date>".
        """
        # "..., followed by 1,200 more on June 16": a later group of the clause before
        followed = (
            self.norm_at[figure.first - 1] == "by" and self.norm_at[figure.first - 2] == "followed"
        )
        listed = self.norm_at[figure.first - 1] == ","
        # "; 103 for 103 on September 14; 95 for 95 on October 18": a semicolon sets off
        # each item as firmly as "and"
        joined = self.norm_at[figure.first - 1] in ("and", ";")
        if not (followed or listed or joined):
            return None
        # "and 1,200 more on 14 June": "more" marks a further group after "and" too
        end = figure.last + (self.norm_at[figure.last] in ("more", "further"))
        end = self._equal_pair_end(figure, end)
        if figure.noun is not None:
            end = max(end, figure.np_end)  # "and 307 servicemen each way on Saturday"
        # "and 95 each way on October 18"
        end += self._per_side_length(end)
        own = next((d for d in dates if d.first in (end, end + 1)), None)
        if own is None or own.since:
            return None
        if own.first > end and self.norm_at[end] not in ("on", "in"):
            return None
        if own.first == end and self.norm_at[figure.first - 1] == ";":
            return None  # "; four weeks later, on Jan. 31, ...": the figure is the date's own
        if self.norm_at[own.last] not in ("", ".", ";", ",") and not self._next_item_at(own.last):
            return None  # "and 101 on 16 May were wounded": a clause of its own
        if listed and not (
            self._next_item_at(own.last)
            or (
                self.norm_at[own.last] == ","
                and any(f.first == own.last + 1 for f in self.m.figures)
            )
        ):
            # "19 in July, 24 in September and 31 in October": a comma item is one of a
            # dated list only when another dated item follows it
            return None
        return own

    def _next_item_at(self, at: int) -> bool:
        """Whether "and" at ``at`` opens a next bare figure of a list: "... and 95 each way"."""
        return self.norm_at[at] == "and" and any(f.first == at + 1 for f in self.m.figures)

    def _equal_pair_end(self, figure: FigureMention, end: int) -> int:
        """Where a bare "N for N" pair that ``figure`` opens ends; ``end`` if it opens none.

        "..., followed by 103 for 103 on September 14": the pair is one swap of
        that many each way, and its date comes after both figures. Only equal
        figures: an unequal pair gives each way its own number.
        """
        if self.norm_at[end] != "for":
            return end
        pair = next((f for f in self.m.figures if f.first == end + 1), None)
        if pair is None or pair.noun is not None or pair.amount != figure.amount:
            return end
        return pair.last

    def _listed_like(
        self, figure: FigureMention, before: FigureMention, drafted: list[LegDraft]
    ) -> list[LegDraft] | None:
        """The legs of a figure listed right after another that went somewhere ("84 and 146").

        "Swaps on 14 August and 24 August involved 84 and 146 people per side": the
        second figure of the list has no verb in reach of its own, and goes the way
        (or the ways) the first went, with its own kind.
        """
        if not self._listed(before.np_end, figure.first) or any(leg.tally for leg in drafted):
            return None
        listed = [self._listed_leg(leg, figure) for leg in drafted]
        return self._own_goal_way(figure, self._own_people_way(figure, listed))

    def _own_goal_way(
        self, figure: FigureMention, moved: list[LegDraft] | None
    ) -> list[LegDraft] | None:
        """``moved`` turned to the side a listed item names after "to", or None if it fits none.

        "with 900 bodies going to Ukraine and 40 to Russia": the item keeps the verb of
        the one before but names its own goal, so it goes the other way; a goal that is
        neither side of the ways drafted leaves its way unknown.
        """
        goal = self._receiver_at(figure.np_end)
        if not moved or goal is None:
            return moved
        turned = [
            leg._replace(sender=leg.receiver, receiver=leg.sender)
            if leg.sender == goal.code and leg.receiver is not None
            else leg
            for leg in moved
        ]
        kept = [leg for leg in turned if leg.receiver == goal.code]
        return (
            list({(leg.sender, leg.receiver, leg.category): leg for leg in kept}.values()) or None
        )
