"""Speakers and sources: who states a sentence's figures.

The rules that find the sources a sentence names ("the ministry said", "according
to X") and the heading of a statement the text reproduces.
"""

from __future__ import annotations

import bisect
from typing import Final

from exchangekit import SourceKind
from exchangekit_news import _lexicon as lx
from exchangekit_news._drafts import PUBLISHER, LegDraft
from exchangekit_news._lemmas import lemma
from exchangekit_news._lexicon import Role, SourceEntry
from exchangekit_news._mentions import ACTOR
from exchangekit_news._sentence import _CLAUSE_MARKS, _SentenceBase
from exchangekit_news._tokens import WORD, ends_possessive

_SPEAKER_REACH: Final = 14  # tokens between a speaker and a verb of saying
# Prepositions after a verb of saying that bring in no speaker: "published for the Russian side".
_NOT_SPEAKER_PREPOSITIONS: Final = frozenset(
    {"for", "to", "from", "with", "of", "about", "against"}
)
_LINE_GAP: Final = 2  # the whitespace before a sentence that opens a line
_LABEL_REACH: Final = 10  # tokens of a transcript's speaker label, colon included

# Capitalised words that open a sentence or name a time, never a speaker's name.
_NOT_NAMES: Final = frozenset(
    {"the", "a", "an", "on", "in", "but", "and", "that", "it", "he", "she", "they", "we"}
    # quantifiers open a noun group, not a name: "Most Western estimates I've seen ..."
    | {"most", "many", "some", "all", "several", "few", "both", "other", "these", "those"}
    | set(lx.MONTHS)
    | set(lx.WEEKDAYS)
)

# "by Kyiv's count": the nouns of a source's own reckoning.
# Prepositions opening an aside between a speaker and the verb: "X, in a statement, said".
_ASIDE_OPENERS: Final = frozenset({"in", "on", "at", "after", "through"})
_COUNT_WORDS: Final = frozenset({"count", "tally", "figures", "reckoning", "calculations"})
# Words opening an aside between a named speaker and its verb that compare or describe the
# speaker, with another side inside: "Moscow, unlike Kyiv, said", "Kyiv, which blamed Moscow,".
_SPEAKER_ASIDE_OPENERS: Final = frozenset(
    {"unlike", "like", "as", "which", "who", "after", "following", "despite", "in", "with"}
)
_ASIDE_REACH: Final = 12  # tokens from a speaker's verb back to the comma opening an aside
# "Kyiv's own figure was ...": the nouns of a source's reckoning that open a sentence.
_FIGURE_WORDS: Final = _COUNT_WORDS | {"figure", "estimate", "estimates", "numbers"}

# Speakers with no side of their own: "..., officials said".
_BARE_SPEAKERS: Final = frozenset({"officials", "authorities", "sources"})
# Nouns of attacks whose "of <side>" names the attacker: "the armed attack of Russia".
_ATTACKS: Final = lx.ONE_ATTACK_NOUNS | lx.ATTACKS_OF_A_SIDE
# The words of a speaker of no side set off before the verb: ", an official said".
_SIDELESS_SPEAKER_WORDS: Final = _BARE_SPEAKERS | {"a", "an", "one", "official", "source"}
# The words of an office named by its title alone, no side said: ", the regional
# military administration said", ", the governor said".
_SIDELESS_OFFICE_WORDS: Final = (
    _SIDELESS_SPEAKER_WORDS | lx.PERSON_TITLES | {"the", "administration", "office", "military"}
)

_STATEMENT_NOUNS: Final = frozenset({"statement", "communique", "communiqué", "bulletin"})
# Nouns that name a statement only in a heading (a line with no full stop): "attended a
# briefing in Kyiv." is a story's sentence, "Russian Defence Ministry briefing, 4 November" a title.
_HEADING_STATEMENT_NOUNS: Final = frozenset({"briefing", "briefings"})

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


class _Speakers(_SentenceBase):
    """The rules that find who states a sentence's figures."""

    def statement_heading(self) -> SourceEntry | None:
        """The author a heading names as giving the statement that follows, if it is one.

        "STATEMENT OF THE MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION", "Russian
        Defence Ministry statement on the return of servicemen": a line without
        figures or verbs of saying that names an official source and a statement, or
        a text's first line that is only an office's name (a letterhead).
        """
        if self.m.figures or self.m.speech:
            return None
        if self.last - self.first > 20:
            return None
        official = (SourceKind.GOVERNMENT, SourceKind.MILITARY)
        # a heading names its author: "The statement thanked ..." points back to a
        # statement a sentence before told of, and is no heading of its own
        pointing = {s.first for s in self.m.sources if s.entry is None}
        mentions = [
            (a, b, e)
            for a, b, e in self._speaker_mentions()
            if e.kind in official and a not in pointing
        ]
        if self.index == 0 and any(
            a == self.first and self._only_side_after(b, self._first_line_end())
            for a, b, _ in mentions
        ):
            # a letterhead: the text opens with an office's name alone, "Ministry of
            # Defence of the Russian Federation", over "Press release, 24 August 2024"
            return mentions[0][2]
        titled = self.norm_at[self.last - 1] != "." and bool(
            self.norm_set & _HEADING_STATEMENT_NOUNS
        )
        if not titled and not self.norm_set & _STATEMENT_NOUNS:
            return None
        return mentions[0][2] if mentions else None

    def _only_side_after(self, end: int, stop: int) -> bool:
        """Whether the line after ``end`` only names a side: "(Ministry of Defence) of Ukraine"."""
        sided = {i for p in self.m.parties for i in range(p.first, p.last)}
        return all(i in sided or self.norm_at[i] in ("of", "the") for i in range(end, stop))

    def _first_line_end(self) -> int:
        """Where the sentence's first line ends: a letterhead over a text whose short lines
        the splitter joined ("General Staff of ... Ukraine" over "Official update, ...")
        is still a line of its own."""
        return next(
            (
                i
                for i in range(self.first + 1, self.last)
                if "\n" in self.text[self.tokens[i - 1].end : self.tokens[i].start]
            ),
            self.last,
        )

    def _according_reach(self, start: int) -> int:
        """The last word at which the speaker of "according to ..." may begin.

        Right after "to" ("according to the ministry"), or past a statement or count
        it issued: "according to a statement from Ukraine's Coordination Headquarters".
        """
        at = start + (self.norm_at[start] in ("a", "an", "the"))
        if self.norm_at[at] in _STATEMENT_NOUNS | _COUNT_NOUNS and self.norm_at[at + 1] in (
            "from",
            "by",
            "of",
        ):
            return at + 3
        return start + 2

    def _vouches_for_relative(self, start: int) -> bool:
        """Whether the "according to" whose source begins at ``start`` opens a relative clause.

        "Kyiv said 500 bodies came back, which, according to Moscow, are those of its
        soldiers": the source vouches for what the relative clause says of the people
        (it stays the figure's attribution), not for the handover, so its side is not
        the side the people came home to.
        """
        before = start - 3  # the word before "according to"
        while before >= self.first and self.norm_at[before] in lx.QUOTE_MARKS | {","}:
            before -= 1
        return before >= self.first and self.norm_at[before] in lx.RELATIVE_PRONOUNS

    def find_speakers(self) -> list[SourceEntry]:
        mentions = self._speaker_mentions()
        speakers: list[SourceEntry] = []
        for start, _ in self.m.according:
            reach = self._according_reach(start)
            for first, last, entry in mentions:
                # "According to Petrov, Russia handed over ...": a name the lexicon does not
                # know leaves the phrase without a speaker; the side past its comma is the
                # clause's subject, not the source
                if (
                    start <= first <= reach
                    and "," not in self.norms[start - self.first : first - self.first]
                ):
                    self.attribution = entry
                    if self._vouches_for_relative(start):
                        self.vouching = entry
                    self.according_spans.append((first, last))
                    speakers.append(entry)
                    break
        if self.attribution is None:
            counted = self._counted_by(mentions) or self._own_figure(mentions)
            if counted is not None:
                self.attribution = counted
                speakers.append(counted)
        self.owner = self._owner(mentions)
        if self.owner is not None:
            speakers.append(self.owner)
        previous: tuple[SourceEntry, ...] = ()
        for verb in self.m.speech:
            if self.norm_at[verb + 1] == "by":
                continue  # "a truce announced by the Kremlin" describes, it does not report
            subject = self._subject_of(verb, mentions)
            aside = bool(subject) and self.relative_before(verb, mentions)
            if not subject:
                subject = previous
            if subject:
                self.verb_speakers.append((verb, subject))
                if not aside:
                    # "63 soldiers, some of whom Moscow said ..., in a swap both sides said
                    # ...": a relative clause's speaker speaks for its clause only, not for
                    # a later verb with no subject of its own
                    previous = subject
                speakers.extend(subject)
        quoted = self.discourse.quoted
        if not speakers and quoted is not None and self._quote_goes_on():
            # '"... 246 were returned," the ministry said. "In return, 246 were handed
            # over."': a quotation that goes on is the same speaker's
            speakers.append(quoted)
            self.verb_speakers.append((self.first, (quoted,)))
        self.discourse.quoted = self._quoted_speaker()
        label = self._label_speaker(mentions)
        if label is not None or self._opens_line():
            self.discourse.label = label  # a transcript's turn holds to its line's end
        if label is not None and label.party is not None:
            self.discourse.guests.add(label.party)
        if not speakers and self.discourse.label is not None:
            # "ZELENSKIY: We think more than 8,000.": the labelled speaker says the turn
            speakers.append(self.discourse.label)
            self.verb_speakers.append((self.first, (self.discourse.label,)))
        if not speakers and self.m.first_person:
            speakers.append(PUBLISHER)
            self.verb_speakers.append((self.first, (PUBLISHER,)))
        self.joint_sources = self._both_named(mentions, speakers)
        speakers.extend(self.joint_sources)
        quoted_only = self._quoted_people(mentions)
        for entry in speakers:
            if entry not in quoted_only:
                self.discourse.remember(entry)
            self.discourse.spoken.add(entry)
        # Named speakers are remembered even when they say nothing here.
        for _, _, entry in mentions:
            if entry.role is not Role.GOVERNMENT and entry not in quoted_only:
                self.discourse.remember(entry)
        if self.m.transfers:
            for entry in speakers:
                self.discourse.captors.pop(entry, None)
        elif self._tells_surrender():
            self.discourse.captors.update(dict.fromkeys(speakers))
        return list(dict.fromkeys(speakers))

    def _tells_surrender(self) -> bool:
        """Whether the sentence tells of a surrender: "surrendered", "laid down their arms"."""
        if self.norm_set & lx.SURRENDER_WORDS:
            return True
        if "down" not in self.norm_set:
            return False  # no "laid down": most sentences
        return any(
            self.norm_at[i] in lx.LAID_DOWN
            and self.norm_at[i + 1] == "down"
            and lx.ARMS_WORDS & {self.norm_at[i + 2], self.norm_at[i + 3]}
            for i in range(self.first, self.last - 2)
        )

    def _opens_line(self) -> bool:
        """Whether the sentence opens a line (a paragraph, or the text)."""
        return self.first < self.last and self.tokens[self.first].gap >= _LINE_GAP

    def _label_speaker(self, mentions: list[tuple[int, int, SourceEntry]]) -> SourceEntry | None:
        """The person a transcript's speaker label opening the line names, if any.

        "ZELENSKIY: We think ...", "PRESIDENT ZELENSKIY (through interpreter): ...": words
        in capitals (and an aside in brackets) up to a colon, naming one known person.
        """
        colon = self.turn_label()
        if colon is None:
            return None
        named = {e for first, _, e in mentions if first < colon and e.role is Role.PERSON}
        return named.pop() if len(named) == 1 else None

    def turn_label(self) -> int | None:
        """Where the colon of a transcript's turn label opening the line stands, if any.

        "ZELENSKIY: ...", "PRESIDENT ZELENSKIY (through interpreter): ...", "Q: ...":
        words in capitals (and an aside in brackets) up to a colon.
        """
        if not self._opens_line() or ":" not in self.norm_set:
            return None
        colon = next(
            (
                i
                for i in range(self.first, min(self.last, self.first + _LABEL_REACH))
                if self.norm_at[i] == ":"
            ),
            None,
        )
        if colon is None or colon == self.first:
            return None
        aside = False
        for i in range(self.first, colon):
            text = self.tokens[i].text
            aside = (aside or text == "(") and text != ")"
            if not (aside or text in "()" or (text.isalpha() and text.isupper())):
                return None
        return colon

    def _quoted_people(self, mentions: list[tuple[int, int, SourceEntry]]) -> set[SourceEntry]:
        """The people the sentence names only inside a quotation of someone else's.

        '"Not 300,000, not whatever Putin is saying." He also said ...': a name in the
        words quoted is not whom the narrative's "he" goes back to. A sentence whose
        first double quotation mark closes (a curly one, or of an odd count a straight
        one set against the word before it) goes on with a quotation opened before it.
        """
        if self.norm_set.isdisjoint(lx.DOUBLE_QUOTES):
            return set()  # most sentences: no quotation
        marks = [i for i in range(self.first, self.last) if self.norm_at[i] in lx.DOUBLE_QUOTES]
        first = self.norm_at[marks[0]]
        opened = first == "”" or (
            first == '"'
            and len(marks) % 2 == 1
            and marks[0] != self.first
            and self.tokens[marks[0]].gap == 0
        )
        inside: set[SourceEntry] = set()
        outside: set[SourceEntry] = set()
        for at, _, entry in mentions:
            if entry.role is Role.PERSON:
                within = opened ^ (bisect.bisect_right(marks, at) % 2 == 1)
                (inside if within else outside).add(entry)
        return inside - outside

    def _quote_goes_on(self) -> bool:
        """Whether the sentence opens a quotation in the paragraph and says no one says it."""
        return (
            self.norm_at[self.first] in lx.QUOTE_MARKS
            and self.tokens[self.first].gap < 3
            and not self.m.speech
            and not self.m.according
        )

    def _quoted_speaker(self) -> SourceEntry | None:
        """The one speaker of a sentence with a quotation in it, whose quoting may go on."""
        if self.norm_set.isdisjoint(lx.QUOTE_MARKS):
            return None
        said = {entry for _, subject in self.verb_speakers for entry in subject}
        return said.pop() if len(said) == 1 else None

    def _both_named(
        self, mentions: list[tuple[int, int, SourceEntry]], speakers: list[SourceEntry]
    ) -> tuple[SourceEntry, ...]:
        """The sources of "according to both Kyiv and Moscow", "both sides said": each tells it.

        "Both" before sources joined by "and" says every one of them gave the figures, so
        each account is a record of its own; without "both" the sources may split the
        figures between them ("according to Kyiv and Moscow": Kyiv's one way, Moscow's
        the other), and the sentence keeps its one speaker.
        """
        if "both" not in self.norm_set:
            return ()
        for k, (first, _, _) in enumerate(mentions):
            opening = (self.norm_at[first - 2], self.norm_at[first - 1])
            if opening[1] != "both" and opening != ("both", "the"):
                continue
            chosen = [mentions[k]]
            end = mentions[k][1]
            for m in mentions[k + 1 :]:
                if m[0] <= end:
                    # "both Ukraine's Coordination Headquarters and ...": one source, named
                    # by its side and its body; the side is the one its word is told as
                    end = max(end, m[1])
                    continue
                if not self._joined(self._past_possessed(end), m[0]):
                    break  # the names joined to the first run on, one after another
                chosen.append(m)
                end = m[1]
            named = tuple(dict.fromkeys(e for _, _, e in chosen))
            if len(named) > 1 and (named[0] in speakers or self._give_figure(end)):
                return named
        return ()

    def _past_possessed(self, end: int) -> int:
        """Where "and" may join the next name after a name's possession ("Zelensky's office").

        "both Zelensky's office and the defence ministry": the office is the speaker the
        name stands for, so the names are joined past it.
        """
        if not ends_possessive(self.tokens[end - 1].text):
            return end
        return next(
            (i for i in range(end, min(end + 4, self.last)) if self.norm_at[i] == "and"), end
        )

    def _give_figure(self, at: int) -> bool:
        """Whether the names ending at ``at`` are the subject of giving the figure.

        "..., the figure both Kyiv and Moscow have given", "a number both sides confirmed":
        giving a figure is vouching for it, as saying it is.
        """
        while self.norm_at[at] in lx.HAVING:
            at += 1
        return lemma(self.norm_at[at]) == "give" or self.norm_at[at] in lx.SPEECH

    def joint_accounts(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The legs again, one record per source of "both X and Y" for each leg they give.

        "Each side handed over 150 soldiers, according to both Kyiv and Moscow": the
        legs are Kyiv's account and Moscow's; a leg no one was found to vouch for in
        such a sentence is theirs too.
        """
        if not self.joint_sources:
            return legs
        told: list[LegDraft] = []
        for leg in legs:
            if leg.tally or (
                leg.attributed is not None and leg.attributed not in self.joint_sources
            ):
                told.append(leg)
                continue
            told.extend(
                leg._replace(attributed=source, accord=True, account=True)
                for source in self.joint_sources
            )
        return told

    def _counted_by(self, mentions: list[tuple[int, int, SourceEntry]]) -> SourceEntry | None:
        """The source of "by Ukraine's count", "by the ministry's tally": an attribution."""
        for first, last, entry in mentions:
            if self.norm_at[first - 1] != "by":
                continue
            end = last + (self.norm_at[last] in ("'s", "’s", "'", "’"))
            if self.norm_at[end] in _COUNT_WORDS or self.norm_at[end - 1] in _COUNT_WORDS:
                return entry
        return None

    def _own_figure(self, mentions: list[tuple[int, int, SourceEntry]]) -> SourceEntry | None:
        """The source of "Kyiv's own figure was 101 dead", "Moscow's estimate put it at 40".

        A source's possessive before a noun of its reckoning, opening the sentence, says
        whose figure follows, as "by Kyiv's count" does; a verb of saying in the sentence
        ("Kyiv's figure is unpublished; Russia says ...") names its own speaker instead.
        """
        if self.m.speech or self.norm_set.isdisjoint(_FIGURE_WORDS):
            return None
        for first, last, entry in mentions:
            if first > self.first + 1:
                break
            if not self._possessor(last):
                continue
            noun = last + (self.norm_at[last] in ("'s", "’s", "'", "’"))
            noun += self.norm_at[noun] == "own"
            if self.norm_at[noun] in _FIGURE_WORDS:
                return entry
        return None

    def _owner(self, mentions: list[tuple[int, int, SourceEntry]]) -> SourceEntry | None:
        """Whose count it is, in "a tally by BBC Russian and Mediazona" or "data from X"."""
        if self.norm_set.isdisjoint(_COUNT_NOUNS):
            return None  # no noun of counting: nothing below can match
        for i in range(self.first, self.last - 1):
            if self.norm_at[i] in _COUNT_NOUNS and self.norm_at[i + 1] in ("by", "from", "of"):
                owners = [m for m in mentions if i + 1 < m[0] <= i + 3]
                if not owners:
                    continue
                if self.norm_at[i + 1] == "of" and self._possessor(owners[0][1]):
                    continue  # "a count of Ukraine's losses": what is counted, not who counts
                chosen = [owners[0]]
                for m in mentions:
                    if m[0] > chosen[-1][1] and self._joined(chosen[-1][1], m[0]):
                        chosen.append(m)
                combined = _combine([entry for _, _, entry in chosen])
                if len(combined) == 1:
                    return combined[0]
        return None

    def _possessor(self, end: int) -> bool:
        """Whether the name ending at ``end`` owns the noun after it ("Ukraine's losses")."""
        return ends_possessive(self.tokens[end - 1].text) or self.norm_at[end] in (
            "'s",
            "’s",
            "'",
            "’",
        )

    def _owns_losses(self, end: int) -> bool:
        """Whether the name ending at ``end`` owns the losses after it, not a count of them.

        "An estimate of Ukraine's losses put them at 350,000": Ukraine is whose losses are
        counted, never the one who puts them at a figure.
        """
        if not self._possessor(end):
            return False
        noun = end + (self.norm_at[end] in ("'s", "’s", "'", "’"))
        return self.norm_at[noun] in lx.LOSS_HEADS

    def _joined(self, end: int, start: int) -> bool:
        """Whether the words between two names join them: "and", "and the news site"."""
        gap = [self.norm_at[i] for i in range(end, start)]
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
            and not self._holder_before_bare_speaker(m, verb)
            and not self._own_voice_between(m[1], verb)
            and not self._owns_losses(m[1])
            and not self._in_whose_clause(m[0], verb)
            and not self._in_aside_after_speaker(m, verb, mentions)
            # "Kyiv's number is doubted; an estimate puts ...": a semicolon closes its clause
            and ";" not in self.norms[m[1] - self.first : verb - self.first]
        ]
        if before:
            chosen = self._coordinated(before)
            specific = [m for m in before if m[2].role is not Role.GOVERNMENT]
            if len(chosen) == 1 and chosen[0][2].role is Role.GOVERNMENT and specific:
                # "Medinsky, the aide who led Moscow's delegation, wrote": the named speaker
                described_first = self._coordinated(before[: before.index(specific[-1]) + 1])
                # but not across a figure: "it had freed 120, while Kyiv said 134 came
                # home" tells the figure of the first and the side saying the second
                if not self._has_figure_between(described_first[-1][1], verb):
                    chosen = described_first
            if not self._has_figure_between(chosen[-1][1], verb):
                described = self._described_person(chosen, before, verb, previous_verb)
                if described is not None:
                    return (described,)
                return _combine([entry for _, _, entry in chosen])
        distant = self._distant_subject(verb, previous_verb, mentions)
        if distant:
            return distant
        if self.norm_at[verb] in ("saying", "adding") and self.norm_at[verb - 1] == ",":
            # "A Ukrainian official ..., speaking on condition of anonymity, gave another
            # account, saying ...": the participle's subject opens the sentence
            opening = [m for m in mentions if m[0] <= self.first + 1 and m[1] < verb]
            if opening and previous_verb < opening[0][0]:
                return (opening[0][2],)
        # "..., said the ministry." / "..., says Moscow, adding ...": the speaker ends the clause.
        # but not a side a preposition brings in: "no figure was published for the
        # Russian side" names whom the figure would be of, not who published it
        after = [
            m
            for m in mentions
            if verb < m[0] <= verb + 2
            and not any(self.norm_at[j] in _NOT_SPEAKER_PREPOSITIONS for j in range(verb + 1, m[0]))
        ]
        if after and (
            after[0][1] >= self.last
            or self.norm_at[after[0][1]] in _CLAUSE_MARKS | {".", "on", "in", "and"}
        ):
            return (after[0][2],)
        named = self._named_person(verb, previous_verb)
        return (named,) if named is not None else ()

    def _in_aside_after_speaker(
        self,
        mention: tuple[int, int, SourceEntry],
        verb: int,
        mentions: list[tuple[int, int, SourceEntry]],
    ) -> bool:
        """Whether ``mention`` is in an aside set off between a named speaker and ``verb``.

        "Moscow, unlike Kyiv, said it had received 212", "Kyiv, which had blamed Moscow,
        said ...": the aside compares or describes; the speaker is the name before its
        opening comma. An apposition ("Jane Doe, the aide who led Moscow's team, said")
        opens with no such word and still describes its speaker.
        """
        if self.norm_at[verb - 1] != ",":
            return False
        opening = next(
            (
                j
                for j in range(mention[0] - 1, max(self.first, verb - _ASIDE_REACH) - 1, -1)
                if self.norm_at[j] in _CLAUSE_MARKS
            ),
            None,
        )
        if opening is None or self.norm_at[opening] != "," or opening + 1 == mention[0]:
            return False
        if self.norm_at[opening + 1] not in _SPEAKER_ASIDE_OPENERS:
            return False
        if any(self.norm_at[j] in _CLAUSE_MARKS for j in range(mention[1], verb - 1)):
            return False
        return any(m[1] == opening for m in mentions)

    def _in_whose_clause(self, i: int, verb: int) -> bool:
        """Whether word ``i`` is inside a "whose" clause set off by commas that ``verb`` is not in.

        "Russia, whose ministry spoke before Kyiv did, received 146 and said ...": the
        clause tells about Russia; a side inside it does not say what Russia says.
        """
        if "whose" not in self.norm_set:
            return False  # most sentences: no "whose" clause (and no clauses worked out)
        i, verb = i - self.first, verb - self.first
        return any(
            start < i < end and not start < verb < end
            for start, end in self.clauses.relatives
            if self.norms[start] == "whose"
        )

    def _own_voice_between(self, end: int, verb: int) -> bool:
        """Whether "we" or "I" is the verb's subject, standing between a mention and it.

        "servicemen whose deaths in the war in Ukraine we have confirmed": the writer
        confirms; the side named just before the pronoun only places the war.
        """
        return any(self.norm_at[i] in ("we", "i") for i in range(end, verb))

    def _holder_before_bare_speaker(self, mention: tuple[int, int, SourceEntry], verb: int) -> bool:
        """Whether ``mention`` is an agent or a place and a sideless speaker says the verb.

        "... a journalist who had been held by Russia since 2022, officials said": the
        side that held him is no speaker; the sideless officials are, and the lead
        stays the writer's own account. So too the side people came from, before a
        speaker of no side set off by a comma: "brought back to Ukraine from Russia, the
        ombudsman said" (or ", an official said") is no word of Russia's.
        """
        if self.norm_at[mention[0] - 1] == "by":
            return (
                self.norm_at[verb - 1] in _BARE_SPEAKERS
                and self.norm_at[verb - 2] == ","
                and all(
                    not (first <= verb - 1 < last)
                    for first, last in ((s.first, s.last) for s in self.m.sources)
                )
            ) or self._sideless_teller_after(mention, verb)
        of = mention[0] - 1 - (self.norm_at[mention[0] - 1] == "the")
        if self.norm_at[of] in ("of", "by") and self.norm_at[of - 1] in _ATTACKS:
            # "killed as a result of the armed attack of the Russian Federation, the
            # monitors said": the attacker is no teller of the toll
            return self._sideless_teller_after(mention, verb)
        if self.norm_at[mention[0] - 1] != "from":
            return False
        if any(
            s.entry is None and s.last == verb and self.norm_at[s.first - 1] == ","
            for s in self.m.sources
        ):
            return True  # ", the ombudsman said": an office pointed to, of no side named
        comma = verb - 1
        while comma > mention[1] and self.norm_at[comma] in _SIDELESS_OFFICE_WORDS:
            comma -= 1
        return comma < verb - 1 and self.norm_at[comma] == "," and comma >= mention[1]

    def _sideless_teller_after(self, mention: tuple[int, int, SourceEntry], verb: int) -> bool:
        """Whether a teller of no side named stands between ``mention`` and ``verb``.

        "..., the monitors said", "..., a spokesman said": a short noun phrase set off
        by a comma, opened by an article or ended by a bare speaker word, that the
        lexicon names no source in.
        """
        words = self.norms[mention[1] + 1 - self.first : verb - self.first]
        return (
            self.norm_at[mention[1]] == ","
            and 1 <= len(words) <= 4
            and (words[0] in ("the", "a", "an") or words[-1] in _BARE_SPEAKERS)
            and all(w.isalpha() for w in words)
            and not any(
                s.entry is not None and s.first < verb and s.last > mention[1]
                for s in self.m.sources
            )
        )

    def _described_person(
        self,
        chosen: list[tuple[int, int, SourceEntry]],
        before: list[tuple[int, int, SourceEntry]],
        verb: int,
        previous_verb: int,
    ) -> SourceEntry | None:
        """The named person a side's office only describes, with that side.

        "Andriy Yermak, head of President Zelensky's office, said", "Ukraine's rights
        commissioner, Jane Doe, said", "Kremlin aide John Doe said": the office is the
        apposition or title of the person named beside it, who is the speaker and
        speaks for the office's side. A person the lexicon knows keeps their own entry;
        a journalist's or researcher's apposition gives no side.
        """
        if len(chosen) != 1:
            return None
        first, last, entry = chosen[0]
        if not self._sided_office(chosen[0]):
            return None
        # the name before the apposition: "NAME, ... office ..., said"
        if self.norm_at[verb - 1] == ",":
            k = verb - 2
            while k > max(previous_verb, self.first) and self.norm_at[k] != ",":
                k -= 1
            # "the minister, NAME, said": the aside is the speaker's name, not an office
            aside_is_name = (first, last) == (k + 1, verb - 1) and all(
                self.tokens[i].kind != WORD
                or (self.tokens[i].text[:1].isupper() and not self.tokens[i].poss)
                for i in range(first, last)
            )
            if self.norm_at[k] == "," and verb - 16 <= k < first and not aside_is_name:
                aside = {self.norm_at[i] for i in range(k + 1, verb - 1)}
                if aside & lx.COMMENTATOR_NOUNS:
                    return None
                known = [m for m in before if m[1] == k and m[2].role is Role.PERSON]
                if known:
                    return known[-1][2]
                # the aside's head gives the side, not a later clause's ("a Russian
                # lawmaker who deals with the Ukrainian side")
                head = next(m for m in before if m[0] > k)
                start = self._name_start(k, previous_verb)
                if start is not None and self._a_persons_name(start, k):
                    return self._person(start, k, head[2]) if self._sided_office(head) else None
        # the name after the title: "office title NAME said", "office, NAME, said"
        end = verb - 1 if self.norm_at[verb - 1] == "," else verb
        start = self._name_start(end, max(previous_verb, last - 1))
        if start is None:
            return None
        between = [self.norm_at[i] for i in range(last, start)]
        if between and between[0] == ",":
            between = between[1:] if self.norm_at[verb - 1] == "," else ["<no close>"]
        if len(between) > 3 or not set(between) <= lx.PERSON_TITLES:
            return None
        return self._person(start, end, entry)

    def _sided_office(self, mention: tuple[int, int, SourceEntry]) -> bool:
        """Whether a mention is an official source whose side the sentence names in it.

        "the government's commissioner" takes its side from the sentences before: a
        guess, which gives no side to a person named beside it.
        """
        first, last, entry = mention
        return (
            entry.party is not None
            and entry.kind in (SourceKind.GOVERNMENT, SourceKind.MILITARY)
            and any(self._party_word(i) for i in range(first, last))
        )

    def _a_persons_name(self, start: int, end: int) -> bool:
        """Whether the capitalised words at ``start:end`` before an aside name a person.

        "The Ukrainian Greek Catholic Church, which ..., says": a body's name follows
        "the" or a side's adjective, and its aside opens with "which".
        """
        before = self.norm_at[start - 1]
        return (
            before not in ("the", "a", "an")
            and not self._party_word(start - 1)
            and self.norm_at[end + 1] not in ("which", "that")
        )

    def _person(self, start: int, end: int, office: SourceEntry) -> SourceEntry:
        """The person named at ``start:end``, speaking for the side of ``office``."""
        name = " ".join(self.tokens[i].text for i in range(start, end))
        return SourceEntry(name, office.kind, office.party, Role.PERSON)

    def _name_start(self, end: int, previous_verb: int) -> int | None:
        """Where a name of two to four capitalised words ending at ``end`` starts, if one does.

        Titles before it ("Deputy Prime Minister") are not part of the name.
        """
        start = end
        while (
            start - 1 > previous_verb
            and start - 1 >= self.first
            and end - start < 4
            and self.tokens[start - 1].kind == WORD
            and self.tokens[start - 1].text[:1].isupper()
            and self.norm_at[start - 1] not in _NOT_NAMES
            and self.norm_at[start - 1] not in lx.PERSON_TITLES
            and not self._party_word(start - 1)
        ):
            start -= 1
        return start if end - start >= 2 else None

    def _named_person(self, verb: int, previous_verb: int) -> SourceEntry | None:
        """A person the lexicon does not know, named just before a verb of saying.

        "Petro Yatsenko said", "Oleh Kotenko, a former official who tracks the
        missing, said": two to four capitalised words are a name, and its
        bearer is a speaker of their own (kind other, no party), so a figure
        they give is theirs and a rival to another source's.
        """
        end = verb
        if self.norm_at[end - 1] == ",":  # an apposition between the name and the verb
            k = end - 2
            while k > max(self.first, verb - 16) and self.norm_at[k] != ",":
                k -= 1
            if self.norm_at[k] != ",":
                return None
            end = k
        start = end
        while (
            start - 1 >= self.first
            and end - start < 4
            and self.tokens[start - 1].kind == WORD
            and self.tokens[start - 1].text[:1].isupper()
            and self.norm_at[start - 1] not in _NOT_NAMES
        ):
            start -= 1
        if any(self._party_word(i) for i in range(start, end)):
            return None
        while start < end and self.norm_at[start] in lx.PERSON_TITLES:
            start += 1  # "Deputy Prime Minister Jane Doe": the title is no part of the name
        if end - start < 2 or start <= previous_verb:
            return None
        side = self._side_of_title(end, verb)
        if side is not None:
            return self._person(start, end, lx.government(side, side))
        name = " ".join(self.tokens[i].text for i in range(start, end))
        return SourceEntry(name, SourceKind.OTHER, None, Role.PERSON)

    def _side_of_title(self, start: int, end: int) -> str | None:
        """The one side an official's title between ``start`` and ``end`` names, if it does.

        ", the Russian-installed head of the occupied region,": an office word with a
        side acting beside it; a commentator's apposition (", a Ukrainian analyst,")
        names none.
        """
        aside = {self.norm_at[i] for i in range(start, end)}
        if aside.isdisjoint(lx.PERSON_TITLES) or aside & lx.COMMENTATOR_NOUNS:
            return None
        sides = {p.code for p in self.m.parties if start <= p.first < end and p.role == ACTOR}
        return sides.pop() if len(sides) == 1 else None

    def _party_word(self, i: int) -> bool:
        return any(p.first <= i < p.last for p in self.m.parties)

    def _distant_subject(
        self, verb: int, previous_verb: int, mentions: list[tuple[int, int, SourceEntry]]
    ) -> tuple[SourceEntry, ...]:
        """The subject kept apart from its verb by a clause: "Mediazona, which counts ..., said"."""
        earlier = [
            m
            for m in mentions
            if previous_verb < m[0] and m[1] <= verb and self.norm_at[m[1]] != ":"  # "Russia: ..."
        ]
        if not earlier:
            return ()
        chain = [earlier[0]]
        for m in earlier[1:]:
            if m[0] == chain[-1][1] and self._possessor(chain[-1][1]):
                chain[-1] = m  # "Ukraine's headquarters, in a statement ..., said": the body
                continue
            if not self._joined(chain[-1][1], m[0]):
                break
            chain.append(m)
        after = chain[-1][1]
        # "Moscow's ministry, in a statement that named no mediator, said": an aside set off
        # by commas, however long, keeps the subject for the verb after it
        aside = self.norm_at[after + 1] in lx.RELATIVE_PRONOUNS or (
            self.norm_at[after + 1] in _ASIDE_OPENERS and self.norm_at[verb - 1] == ","
        )
        if self.norm_at[after] == "," and aside and not self._has_figure_between(after, verb):
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


def _combine(entries: list[SourceEntry]) -> tuple[SourceEntry, ...]:
    """Speakers named together: outlets that publish one count together become one source."""
    unique = list(dict.fromkeys(entries))
    if len(unique) > 1 and all(e.party is None and e.role is Role.OUTLET for e in unique):
        name = " and ".join(e.name for e in unique)
        kinds = {e.kind for e in unique}
        kind = kinds.pop() if len(kinds) == 1 else SourceKind.MEDIA
        return (SourceEntry(name, kind, None, Role.OUTLET),)
    return tuple(unique)
