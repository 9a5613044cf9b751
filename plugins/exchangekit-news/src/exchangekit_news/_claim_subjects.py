"""Whose losses: the side a casualty figure counts.

The rules that find the subject of a claim ("Russian losses", "the enemy lost",
"of them, 300 were Ukrainian"), kept below the claim rules that use them because
they read sides and pronouns, not the figure's kind or date.
"""

from __future__ import annotations

from typing import Final

from exchangekit import CasualtyCategory, PersonCategory, Qualifier, SourceKind
from exchangekit_news import _lexicon as lx
from exchangekit_news._drafts import ClaimDraft
from exchangekit_news._figure_dates import _NOT_GIVING, _STATED_PARTICIPLES, _FigureDates
from exchangekit_news._lemmas import BELIEF_PAST, PUTTING, lemma
from exchangekit_news._lexicon import SourceEntry
from exchangekit_news._mentions import (
    _TELLER_PRONOUNS,
    MEDIATOR,
    MEDIATOR_CODES,
    NATIONALITY,
    FigureMention,
    PartyMention,
    series_stood,
    whom_casualty,
)
from exchangekit_news._sentence import _CAPTIVITY, _CLAUSE_MARKS, _TOOK, _other, _Positions
from exchangekit_news._tokens import WORD

# Troops sent to fight beside a side: "cost Russia and North Korea 38,000" is one camp's.
_ALLIED_WITH: Final = {"PRK": "RUS"}
# Prepositions that open a phrase modifying the people before them: "troops fighting for
# Russia", "units sent to fight in Russia's Kursk region".
_MODIFIER_PREPOSITIONS: Final = frozenset({"for", "in", "beside", "alongside", "into"})
# Participles opening a reduced relative on a side's troops: "troops sent to help Russia".
_POSTING_PARTICIPLES: Final = frozenset(
    {"sent", "deployed", "dispatched", "posted", "stationed", "fighting", "serving", "helping"}
)

# Prepositions of a date set off alone after a figure's noun: "the figure, from February,"
_DATED_FROM: Final = frozenset({"from", "in", "on"})
_ELIDED_OPENERS: Final = frozenset({"another", "a", "further", "and", "but", "some"})
_CARRY_SENTENCES: Final = 2  # how far back a claim's side carries to an unowned figure
# Verbs of saying, in the present or past, that may report a bare count with "that" left
# out: "They say thousands remain in captivity", "Officials said hundreds are still held".
_SAYS_NOW: Final = frozenset({"say", "says", "said"})
# Nouns of a strike whose toll a sentence may give: its victims are not the side
# whose losses the passage was about ("Drone strikes on Dnipro: 3 dead").
_STRIKE_NOUNS: Final = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "shelling"}
    | {"bombardment", "bombardments", "bombing", "bombings", "raid", "raids"}
)
_OWN_HOW_REACH: Final = 8  # words between a side and its "how many of its own"
_HEAD_LOSSES: Final = frozenset({"losses", "casualties", "dead", "deaths"})
_REMAINING: Final = frozenset({"remain", "remains", "remained"})
# Participles of people held now, after "are still": "thousands are still held".
_HELD_NOW: Final = frozenset({"held", "imprisoned", "detained"})
# How many words a teller opening its sentence may take before its verb: "Officials here".
_SHORT_TELLER: Final = 4
# Plural nouns of tellers no source entry names: "Officials here say ...".
_TELLER_NOUNS: Final = frozenset({"officials", "authorities"})

# Verbs of a register before "as": people "listed as captured" are the lister's own.
_REGISTERED_AS: Final = frozenset({"listed", "registered", "recorded"})

_NOT_COMBATANTS: Final = frozenset({PersonCategory.CIVILIANS, PersonCategory.CHILDREN})

_CAPTURING: Final = frozenset({"captured", "captures", "capturing", "seized"})  # the captor

_TOTAL_HEADS: Final = frozenset({"total", "figure", "count", "tally", "number", "toll"})
# Words that link a side's "figure" to its value: "is put at", "stood at".
_PUT_LINKS: Final = frozenset(
    {"is", "was", "are", "were", "put", "placed", "estimated", "at", "stands", "stood", "now"}
)
# Words of a "for killed and wounded" phrase saying what a count counts.
_KINDS_COUNTED: Final = (
    lx.KILLED_WORDS
    | lx.WOUNDED_WORDS
    | lx.MISSING_WORDS
    | {"captured", "and", "or", ",", "casualties"}
)
# Quotation marks a figure may stand in: 'the figure was "around 400,000"'.
_QUOTES: Final = frozenset({'"', "\u201c", "\u201d", "'"})
# Past verbs of a belief reported without "that": "said it thought 850,000 had died".
_BELIEF_VERBS: Final = BELIEF_PAST
# Heads of a count a side says it keeps: "Kyiv said a list of 9,000 servicemen ...".
_LIST_HEADS: Final = lx.FIGURE_HEADS | {"list", "register"}

# Words that open an aside of time: "have lost, since the start of the year, ...".
_SPAN_OPENERS: Final = frozenset({"since", "in", "over", "during", "throughout"})
# Words of an aside in which the teller says he quotes: ", and I'm quoting,", ", quote,".
_QUOTING: Final = frozenset({"quoting", "quote", "quoted"})
# Words that open a relative clause set off after a subject: ", where the incursion began,".
_RELATIVE_OPENERS: Final = frozenset({"where", "which", "when"})
_RELATIVE_ASIDE_REACH: Final = 14  # words in such a clause
_ASIDE_REACH: Final = 8  # words in an aside between a verb of saying and its "that"

# Phrases after people that say they gave themselves up: the captor counts them.
_GAVE_UP: Final = (
    ("surrendered",),
    ("laid", "down"),
    ("lay", "down"),
    ("gave", "themselves", "up"),
    ("given", "themselves", "up"),
    ("taken", "prisoner"),
    ("taken", "captive"),
    ("captured",),
)
_NOT_SURRENDERING: Final = _NOT_GIVING | {"refuse", "refuses", "decline", "declines"}
"""Negations and verbs of refusal that, before a verb of giving up, say no one gave up."""
# Head nouns of a state's offices after a side's adjective: "the Ukrainian interior ministry".
_OFFICE_HEADS: Final = frozenset(
    {"ministry", "office", "prosecutor", "prosecutors", "ombudsman", "commissioner"}
    | {"government", "authorities", "officials", "headquarters"}
)
# Heads of a newsroom or project after a side's adjective: "independent Russian newsrooms".
_COUNTING_OUTLETS: Final = lx.PRESS_NOUNS | {
    "project",
    "projects",
    "journalists",
    "researchers",
    "volunteers",
}
# Nouns a side uses for its own fighters: "2,500 defenders were taken prisoner" are its men.
_OWN_SIDE_HEADS: Final = frozenset({"defenders", "heroes", "guys"})
# words that name the other side's men, whoever speaks: "250,000 killed among the invaders"
# Linking words that may open a sentence before its "for <side>": "And for Russia, ...".
_OPENING_LINKS: Final = frozenset({"and", "but", "as"})
_ENEMY_WORDS: Final = frozenset({"enemy", "invaders", "occupiers", "invader", "occupier"})
# Words between a side and the head of the count it keeps: "Kyiv's daily figure".
_COUNT_MODIFIERS: Final = frozenset({"daily", "own", "official", "latest", "last", "running"})
# Words of the span a loss noun counts over: "the enemy's weekly losses".
_LOSS_SPANS: Final = frozenset({"daily", "weekly", "monthly", "yearly", "annual"})
_ENEMY_REACH: Final = 4  # tokens past a figure's noun group a word of the enemy may stand

# Nouns of a side's war or weapons that can be the subject of a verb of harm: "Russia's
# invasion has killed", "Ukrainian drone strikes have injured".
_WHOLE_WAR_NOUNS: Final = frozenset({"war", "invasion", "aggression", "conflict", "occupation"})
_HARM_NOUNS: Final = _WHOLE_WAR_NOUNS | frozenset(
    {"strike", "strikes", "airstrikes", "attack", "attacks", "shelling", "bombardment"}
    | {"bombardments", "bombing", "bombings", "missiles", "missile", "drones", "rockets"}
    | {"bombs", "artillery", "fire", "offensive", "assaults", "forces", "troops", "army"}
)
_HARM_VERBS: Final = frozenset({"killed", "wounded", "injured", "maimed"})
# Words of death that a register of names may stand for: "names of soldiers killed".
_DEAD_WORDS: Final = frozenset({"deaths", "dead", "killed", "died", "fallen"})
# The auxiliaries between "how many soldiers" and a verb of dying: "have (been) killed".
# Adverbs that may stand in a verb group of dying: "have actually been killed".
_DEATH_ADVERBS: Final = frozenset({"actually", "really", "reportedly", "already"})
# Words that may stand between the harm noun and the figure: "has also killed or wounded".
_HARM_CHAIN: Final = _HARM_VERBS | frozenset(
    {"has", "have", "had", "also", "now", "already", "reportedly", "so", "far", "or", "and"}
)
# Prepositions of a phrase after the harm noun: "Russia's war in Ukraine has killed".
_HARM_NOUN_PHRASE: Final = frozenset({"in", "on", "against", "across"})
# Auxiliaries and adverbs between people and their passive verb of harm: "have been killed".
_PASSIVE_CHAIN: Final = frozenset(
    {"have", "has", "had", "been", "were", "was", "are", "also", "reportedly", "now"}
)
# Phrases naming the cause after a passive verb of harm: "killed as a result of Russian
# aggression", "injured due to Ukrainian shelling".
_CAUSE_PHRASES: Final = (
    *lx.CAUSE_PHRASES,
    ("from",),
    ("by",),
    ("in",),
)


class _ClaimSubjects(_FigureDates):
    """The rules that find whose losses a casualty figure counts."""

    def _gave_up(self, figure: FigureMention) -> bool:
        """Whether the people's own verb says they gave themselves up or were taken.

        "2,400 fighters had surrendered", "1,900 men laid down their arms", "300
        soldiers were taken prisoner": the verb comes within a few words of the
        noun group (auxiliaries and adverbs between), in the same clause; quotation
        marks round the verb ("had \"laid down their arms\"") leave its sense alone. A
        refusal or negation before it ("had refused to lay down their arms") says they did not.
        """
        words: list[str] = []
        for i in range(figure.np_end, min(self.last, figure.np_end + 8)):
            word = self.norm_at[i]
            if word in _CLAUSE_MARKS:
                break
            if word not in lx.QUOTE_MARKS:
                words.append(word)
        return any(
            tuple(words[k : k + len(phrase)]) == phrase
            # "30 servicemen are listed as captured": a register of the teller's own
            # missing men, not men the teller took
            and not (k >= 2 and words[k - 1] == "as" and words[k - 2] in _REGISTERED_AS)
            # "1,200 had refused to lay down their arms", "had not surrendered": they fight on
            and _NOT_SURRENDERING.isdisjoint(words[:k])
            for k in range(len(words))
            for phrase in _GAVE_UP
        )

    def _captor_named(self, figure: FigureMention) -> str | None:
        """The enemy of the side named as the captor of people taken or given up.

        "Moscow says 450 conscripts have been taken prisoner by Ukraine", "450 marines
        surrendered to Russian forces": the captor holds them, so they are the other
        side's, whoever tells it.
        """
        bare = figure.noun is None and not self._said_that_before(figure)
        if bare or figure.remains or not self._gave_up(figure):
            return None  # a bare count only where it opens what a speaker says
        if figure.amount.high == 1:
            return None  # "he had been one of the conscripts captured by ...": a person
        for i in range(figure.np_end, min(self.last, figure.np_end + 8)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return None
            if self.norm_at[i] == "by" or (
                self.norm_at[i] == "to" and self.norm_at[i - 1] in ("surrendered", "up")
            ):
                agent = next(
                    (p for p in self.m.parties if p.role != MEDIATOR and i < p.first <= i + 2),
                    None,
                )
                held = _other(agent.code, self._belligerents) if agent is not None else None
                if held is not None and self._ally_told_before(held):
                    return None  # the people may be the ally's: the passage's side says
                return held
        return None

    def _soldiers_of_unsided_name(self, figure: FigureMention) -> bool:
        """Whether soldiers of no stated side are named for a place or unit of no known side.

        "1,300 of the Donetsk conscripts": the name says whose they are, but men of
        Donetsk serve on either side, so neither the teller's side nor its enemy follows.
        """
        if figure.nationality is not None or figure.noun is None:
            return False
        if figure.noun.category not in lx.SOLDIER_KINDS:
            return False
        return any(
            self.tokens[i].text[:1].isupper()
            and self.norm_at[i] not in lx.MONTHS
            and self.norm_at[i] not in lx.REGIONS  # "the Mariupol defenders": a side's garrison
            for i in range(figure.last, figure.np_end - 1)
        )

    def _ally_told_before(self, side: str) -> bool:
        """Whether the claim just told, a sentence or two back, is of an ally of ``side``.

        "600 North Korean soldiers had been killed. Two soldiers captured by Ukraine
        remain in Ukrainian custody": held by Ukraine, the two are not surely Russia's.
        """
        told = self.discourse.claims
        return bool(
            told
            and self.index - told[-1].sentence <= _CARRY_SENTENCES
            and any(_ALLIED_WITH.get(code) == side for code in told[-1].subject)
        )

    def _captors_count(self, figure: FigureMention, teller: SourceEntry | None) -> str | None:
        """The enemy of a side that counts people it took or holds, when no side is named.

        A government or an army that says "2,439 fighters surrendered" or "50
        prisoners were killed" counts men in its own hands: the other side's.
        Its own men in the enemy's hands carry a side or "our" in the text.
        """
        if figure.remains or teller is None or teller.party is None:
            return None
        if figure.noun is None and not (self._said_that_before(figure) and self._gave_up(figure)):
            return None  # "said that 2,439 had surrendered": the bare count's verb says it
        if teller.kind not in (SourceKind.GOVERNMENT, SourceKind.MILITARY):
            return None
        if self.norm_at[figure.np_end - 1] in _OWN_SIDE_HEADS:
            return None
        if any(
            self.norm_at[i] in lx.REGIONS or self.tokens[i].text[:1].isupper()
            for i in range(figure.last, figure.np_end)
        ):
            return None  # "1,300 of the Kursk conscripts": the noun group names whose they are
        # people held by whoever counts them: a side's "prisoners" are the enemy's men
        held = (
            self.norm_at[figure.np_end - 1] in lx.PRISONER_NOUNS
            and self.norm_at[figure.np_end] != "of"
        )
        if not held and not self._gave_up(figure):
            return None
        return _other(teller.party, self._belligerents)

    def _enemy_of_teller(self, figure: FigureMention, start: int) -> str | None:
        """Who "the enemy" is when a side says it first: "Moscow said the enemy lost 500".

        The side before the verb of saying is the teller, not the loser; its enemy
        is the other belligerent. A side that "put" or "gave" the enemy's count tells it
        too: "Kyiv put the casualties of the invaders at 930,000".
        """
        at = next(
            (i for i in range(figure.first - 1, start - 1, -1) if self.norm_at[i] in _ENEMY_WORDS),
            None,
        )
        if at is None:
            return None
        teller = next(
            (p for p in reversed(self._actors()) if start <= p.first and p.last <= at), None
        )
        if teller is None or not any(
            self.norm_at[i] in lx.SPEECH or self.norm_at[i] in lx.GIVEN_COUNT_VERBS
            for i in range(teller.last, at)
        ):
            return None
        return _other(teller.code, self._belligerents)

    def _counter_of_enemy_losses(self, figure: FigureMention, start: int) -> str | None:
        """The enemy of the side whose count of "enemy losses" the figure is the value of.

        "The official Russian figure for enemy losses, published in April, was 500,000",
        "Kyiv's figure for enemy losses, updated each morning, stands at ...": the side on the count
        keeps it, so the losses are its enemy's. A side with no enemy (a mediator, an
        outsider) names no loser, and nothing is read from it.
        """
        for party in self.m.parties:
            if party.role == MEDIATOR or not start <= party.first or party.last >= figure.first:
                continue
            at = party.last
            while at < party.last + 3 and self.norm_at[at] in _COUNT_MODIFIERS:
                at += 1  # "Kyiv's daily figure", "Moscow's latest estimate"
            if self.norm_at[at] not in _TOTAL_HEADS | {"estimate"}:
                continue
            if self.norm_at[at + 1] not in ("for", "of"):
                continue
            at += 2 + (self.norm_at[at + 2] == "the")
            if self.norm_at[at] == "enemy" and self.norm_at[at + 1] in lx.LOSS_HEADS:
                return _other(party.code, self._belligerents)
        return None

    def _other_sides_figure(self, figure: FigureMention, carried: tuple[str, ...]) -> bool:
        """Whether the figure's sentence names another side's figure than the one carried.

        "The last Ukrainian figure, from an adviser in December, put the dead at 10,000",
        told after Kyiv's count of Russian losses: the adjective names the side that gave
        the figure and may be the side it counts, so the side of the claim before cannot be
        carried to it, and whose dead they are is left untold.
        """
        return any(
            not p.noun
            and p.role != MEDIATOR
            and p.code not in carried
            and p.first < figure.first
            and self.norm_at[p.last] in _TOTAL_HEADS | {"estimate"}
            for p in self.m.parties
        )

    def _enemy_losses_before(self, figure: FigureMention, start: int) -> bool:
        """Whether "the enemy's losses" head the sentence's words before the figure.

        "The enemy's losses in May were the highest of the war, at more than 40,000
        killed and wounded": the figure set off after the clause still counts the
        losses that clause named, the enemy's of whoever tells them.
        """
        return any(
            self.norm_at[i] == "enemy"
            and self.tokens[i].poss
            and self.norm_at[self._past_loss_modifiers(i + 1)] in ("losses", "casualties")
            for i in range(start, figure.first - 1)
        )

    def _enemy_owns(self, at: int) -> bool:
        """Whether "enemy" owns the loss noun at ``at``: "the enemy's casualties", "enemy losses".

        The one side a sentence names beside such a noun is the side counting them, not
        the side that lost them, so it cannot be taken as the noun's owner.
        """
        k = at - 1
        while k > self.first and k >= at - 2 and self.norm_at[k] in _LOSS_SPANS:
            k -= 1  # "the enemy's weekly losses"
        return self.norm_at[k] == "enemy"

    def _past_loss_modifiers(self, at: int) -> int:
        """The index past at most two words that modify a loss noun: "weekly", "total".

        "the enemy's weekly losses", "the enemy's total personnel losses": the owner
        before them still owns the noun they stand before.
        """
        for _ in range(2):
            if self.norm_at[at] not in _LOSS_SPANS and self.norm_at[at] not in lx.LOSS_OWNER_SKIP:
                break
            at += 1
        return at

    def _losses_of_party(self, figure: FigureMention, clause_start: int) -> str | None:
        """The side named by "the losses of <side>" before the figure in its clause.

        "The Russian ministry reported that the losses of the Armed Forces of Ukraine
        amounted to more than 200 servicemen": Ukraine's losses, whoever tells them, also
        when the noun is quoted from the teller's own words.
        """
        for party in self.m.parties:
            if party.role == MEDIATOR or not clause_start <= party.first < figure.first:
                continue
            at = party.first - 1
            if self.norm_at[at] == "the":
                at -= 1
            if self.norm_at[at] != "of":
                continue
            noun = at - 1
            if self.norm_at[noun] in _QUOTES:
                noun -= 1  # the noun quoted from the teller's own words: 'the "losses" of'
            if self.norm_at[noun] in ("losses", "casualties"):
                return party.code
        return None

    def _figure_for_side(self, figure: FigureMention, subject_start: int) -> str | None:
        """The side a count's head is for: "Kyiv's latest figure for Russian losses was N".

        The figure counts the losses of the side named after "for" (or "of"), whoever's
        figure it is: the possessive before the head is its teller, not the side that lost.
        """
        for party in self.m.parties:
            if party.role == MEDIATOR or not subject_start <= party.first < figure.first:
                continue
            if (
                self.norm_at[party.first - 1] in ("for", "of")
                and self.norm_at[party.first - 2] in lx.FIGURE_HEADS
                and self.norm_at[party.last] in lx.LOSS_HEADS
            ):
                return party.code
        return None

    def _costliest_period_side(self, figure: FigureMention) -> str | None:
        """The side whose costliest period a figure set off by ", with" measures.

        "2024 had been Russia's costliest year, with some 430,000 casualties", "the
        deadliest month for Ukraine, with 9,000 killed": the toll of the side whose
        worst period it was, named right at the superlative.
        """
        with_at = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 3) - 1, -1)
                if self.norm_at[i] == "with"
            ),
            None,
        )
        if with_at is None or self.norm_at[with_at - 1] != ",":
            return None
        opened = self._clause_start(with_at - 2, self.first)
        for party in self.m.parties:
            if party.role == MEDIATOR or not opened <= party.first < with_at - 1:
                continue
            end = party.last
            owned = (
                any(t.poss for t in self.tokens[party.first : end])
                and self.norm_at[end] in lx.COSTLIEST
                and self.norm_at[end + 1] in lx.DATE_UNITS
            )
            # "the deadliest month for Ukraine"
            for_side = (
                self.norm_at[party.first - 1] == "for"
                and self.norm_at[party.first - 2] in lx.DATE_UNITS
                and self.norm_at[party.first - 3] in lx.COSTLIEST
            )
            if owned or for_side:
                return party.code
        return None

    def _figure_giver(self, figure: FigureMention) -> SourceEntry | None:
        """The source that "gave" or "put" a count of its own side's dead: "he gave 43,000 killed".

        Giving a count is telling it, so the giver stands where a speaker would; a pronoun
        points back to the official named before, as it does before a verb of saying.
        Officials give the enemy's dead as often as their own ("Shoigu gave 61,000
        killed", a general staff's daily "gave 1,050 killed"), so the giver is taken only
        when the passage has its side counting its own losses already, the figure ends the
        verb's object, and no word of the enemy follows it.
        """
        verb = figure.first - 1
        if self.norm_at[verb] not in lx.GIVEN_COUNT_VERBS and lemma(self.norm_at[verb]) != "give":
            return None
        end = verb
        while self.norm_at[end - 1] in lx.HAVING:
            end -= 1  # "she had put"
        givers = [entry for _, last, entry in self._speaker_mentions() if last == end]
        if len(givers) != 1:
            return None
        giver = givers[0]
        if not self._gives_whole_object(figure) or self._enemy_after(figure):
            return None
        if any(
            self.norm_at[i] in lx.DAILY_WINDOW.firsts
            and lx.DAILY_WINDOW.match(self.tokens, i, self.last) is not None
            for i in range(figure.np_end, min(self.last, figure.np_end + _ENEMY_REACH))
        ):
            return None  # "gave 1,050 killed in the past day": a daily report, of the enemy's
        return giver if self._counting_own(giver) else None

    def _head_giver(self, figure: FigureMention) -> SourceEntry | None:
        """The source a figure's head names as its giver: "the figure given by the ministry".

        "The previous figure given by the Defence Ministry, on March 25, was 1,351
        servicemen killed": the giver tells the figure the head is, as a speaker would.
        Only where the head's verb of being stands right before the figure, past at most
        an aside set off by commas after the giver.
        """
        link = figure.first - 1
        if self.norm_at[link] not in lx.BE_FORMS:
            return None
        for first, last, entry in self._speaker_mentions():
            if last > link:
                break
            by = first - 1 - (self.norm_at[first - 1] == "the")
            if (
                self.norm_at[by] != "by"
                or self.norm_at[by - 1] not in _STATED_PARTICIPLES
                or self.norm_at[by - 2] not in lx.FIGURE_HEADS
            ):
                continue
            if last == link or (
                self.norm_at[last] == ","
                and self.norm_at[link - 1] == ","
                and not any(self.norm_at[i] in lx.BE_FORMS for i in range(last, link))
            ):
                return entry
        return None

    def _gives_whole_object(self, figure: FigureMention) -> bool:
        """Whether the figure's noun group is the whole object of the verb before it.

        "gave 43,000 killed, ...", "gave 43,000 killed in December" or "gave 43,000 killed
        and 370,000 wounded" give a count; "gave 120 missing soldiers' families an update"
        gives the families something.
        """
        if any(self.tokens[i].poss for i in range(figure.first, figure.np_end)):
            return False
        after = figure.np_end
        if after >= self.last:
            return True
        if self.tokens[after].text in ("'", "\u2019"):
            return False  # "soldiers' families": a plural possessive, split off
        if self.norm_at[after] in ("and", "or"):
            return any(f.first == after + 1 for f in self.m.figures)  # "... and 370,000 wounded"
        return (
            not self.tokens[after].text[:1].isalnum() or self.norm_at[after] in lx.DATE_PREPOSITIONS
        )

    def _enemy_after(self, figure: FigureMention) -> bool:
        """Whether a word of the enemy follows the figure: "250,000 killed among the invaders"."""
        for i in range(figure.last, min(self.last, figure.np_end + _ENEMY_REACH)):
            if not self.tokens[i].text[:1].isalnum():
                return False
            if self.norm_at[i] in _ENEMY_WORDS:
                return True
        return False

    def _counting_own(self, giver: SourceEntry) -> bool:
        """Whether the passage is already counting the giver's side's own losses.

        "our"/"own" in the sentence says so; so do the latest claims told before, when
        they are all of the giver's side's losses ("Zelensky said Ukraine had lost 46,000
        ... since December, when he gave 43,000 killed"), however many lines of an
        interview lie between.
        """
        if giver.party is None:
            return False
        if any(self.norm_at[i] in ("our", "own") for i in range(self.first, self.last)):
            return True
        told = self.discourse.claims
        return bool(told) and all(claim.subject == (giver.party,) for claim in told)

    def _fighters_lost(self, figure: FigureMention, clause_start: int) -> str | None:
        """The side whose fighters are the subject of a verb of losing just before the figure.

        "Ukrainian troops had lost up to 1,300 servicemen", "Russian soldiers have
        suffered 900 casualties": a nationality on a noun of fighters, then at most an
        auxiliary and the verb of losing, names whose losses the figure counts.
        """
        for party in self.m.parties:
            if (
                party.role != NATIONALITY
                or not clause_start <= party.first
                or party.last >= figure.first
                or self.norm_at[party.last] not in lx.FIGHTERS
            ):
                continue
            between = [self.norm_at[i] for i in range(party.last + 1, figure.first)]
            if any(w in lx.LOSS_VERBS for w in between) and all(
                w in lx.LOSS_VERBS or w in lx.FINITE_HAVE_BE or w in lx.LINK_SKIP for w in between
            ):
                return party.code
        return None

    @_Positions
    def _and_that_opens(self) -> list[int]:
        """Where the sentence's ", and that" clauses open (at "and"), found once per sentence."""
        return [
            i
            for i in range(self.first + 1, self.last)
            if (self.norm_at[i - 1], self.norm_at[i], self.norm_at[i + 1]) == (",", "and", "that")
        ]

    def _other_side_said_after_and_that(self, figure: FigureMention, told: tuple[str, ...]) -> bool:
        """Whether a side other than ``told`` opens the last ", and that" clause before it.

        "said Russia had lost 20,000, and that Ukraine had suffered too, with 900
        civilians killed": the second thing said is about the side it names, so the
        claim before it lends the figure no side.
        """
        opens = max((i for i in self._and_that_opens if i < figure.first), default=None)
        return opens is not None and any(
            # the side is the clause's subject: "and that (the) Ukraine(an side)"
            p.role != MEDIATOR
            and opens + 1 < p.first <= min(opens + 3, figure.first - 1)
            and p.code not in told
            for p in self.m.parties
        )

    def _subject_of_claim(
        self, figure: FigureMention, previous: ClaimDraft | None, start: int, stop: int
    ) -> tuple[str, ...] | None:
        nationality = figure.nationality
        if nationality is None and figure.pronoun in ("its", "their", "our", "enemy"):
            nationality = self._nationality(figure, stop)
        if nationality is not None:
            return (nationality,)
        for_side = self._for_side_clause(figure)
        if for_side is not None:
            return (for_side,)  # "...; for Ukraine it estimated close to 400,000 casualties"
        agent = self._harm_agent(figure) or self._harm_cause(figure)
        if agent is not None:
            # "Russia's invasion has killed 12,000 civilians": the victims are not the agent's
            return self._harmed_side(figure, agent)
        if self._enemy_harms(figure):
            # "the enemy has killed 42 civilians": the enemy's victims are the teller's people
            head = self._set_off_head(figure) or figure.first
            teller = self.attribution or self.speaker_near(head) or self.discourse.statement
            side = teller.party if teller is not None else None
            return (side,) if side is not None and side in self._belligerents else None
        # "Moscow gave a toll, of 5,937, ...": the figure's clause is its noun's
        head = self._set_off_head(figure) or figure.first
        clause_start = self._clause_start(head, start)
        apposed = self._apposed_side(figure)
        if apposed is not None:
            return (apposed,)
        charged = self._charged_side(figure)
        if charged is not None:
            return (charged,)
        losses_of = self._losses_of_party(figure, clause_start)
        if losses_of is not None:
            return (losses_of,)
        costliest = self._costliest_period_side(figure)
        if costliest is not None:
            return (costliest,)
        subject_start = self._before_aside(clause_start, start)
        counted = self._figure_for_side(figure, min(subject_start, clause_start))
        if counted is not None:
            return (counted,)
        enemy = self._enemy_of_teller(figure, clause_start) or self._counter_of_enemy_losses(
            figure, min(subject_start, clause_start)
        )
        if enemy is not None:
            return (enemy,)
        fighters = self._fighters_lost(figure, clause_start)
        if fighters is not None:
            # "Moscow said Ukrainian troops had lost 1,200": the fighters, not the teller
            return (fighters,)
        relative = self._relative_putter(figure)
        if relative is not None:
            return (relative,)  # "according to Kyiv, which put its number of dead at N"
        aside = self._clause_start(clause_start - 2, start)
        modified = False  # a side named inside the subject's modifier was passed over
        for party in reversed(self._actors()):
            if subject_start < clause_start and aside <= party.first < clause_start:
                continue  # the speaker of the aside: ", Shoigu said, their losses"
            if subject_start <= party.first and party.last <= figure.first:
                if self._in_modifier_of_party(party, subject_start) or self._opposed(party):
                    modified = True
                    continue  # "North Korean troops fighting for Russia lost 900": the troops'
                follow = {
                    self.norm_at[i] for i in range(party.last, min(figure.first, party.last + 4))
                }
                if not follow & (lx.HOLDING_VERBS | lx.LOSS_VERBS):
                    # "North Korean units sent to the Kursk region had suffered 4,700 ..."
                    follow |= {
                        self.norm_at[i]
                        for i in range(
                            party.last,
                            figure.first if modified else min(figure.first, party.last + 9),
                        )
                        if self.norm_at[i] in lx.LOSS_VERBS
                    }
                if follow & (lx.HOLDING_VERBS | _CAPTURING) or self._taken_by(follow, figure):
                    held = _other(party.code, self._belligerents)
                    if held is not None:
                        return (held,)  # "Russia holds 8,000": the others are held
                    continue
                if (
                    follow & (lx.LOSS_VERBS | lx.SEARCHING_VERBS | {"losses", "casualties"})
                    or self.tokens[party.last - 1].poss
                    or (follow & lx.HAVING and self._had_losses(figure))
                ):
                    owned = self._losses_owned_past(party, figure)
                    if owned is not None:
                        return (owned,)  # "Kyiv's staff reports Russian losses of 9,000"
                    # "Moscow is searching for 300 people": a side looks for its own
                    return (self._camp_of(party),)
        for party in self.m.parties:
            if (
                party.role != MEDIATOR
                and clause_start <= party.first < figure.first
                and self.norm_at[party.last] in ("losses", "casualties")
            ):
                return (party.code,)
        if self.norm_at[figure.first - 2] in ("of", "among") and self.norm_at[figure.first - 1] in (
            "whom",
            "them",
            "which",
        ):
            # "11,000 North Korean troops were sent, of whom 1,000 were killed": a part
            earlier = [f.nationality for f in self.m.figures if f.last <= figure.first]
            known = [code for code in earlier if code is not None]
            if known:
                return (known[-1],)
        whole = self._partitive_whole(figure)
        if whole is not None:
            return (whole,)  # "Of the 11,000 soldiers Pyongyang sent, 4,700 had become ..."
        if self.norm_at[figure.np_end] == "more" or (
            # "1,300 Ukrainians have been returned, but thousands are still held": the people
            # still held are of the side of those just freed
            self._captured and any(t.done for t in self.m.transfers)
        ):
            # "5,757 Ukrainians had been brought home, and thousands more were still held";
            # "Kyiv says 1,456 of its citizens were freed, though thousands remain": the
            # possessive's owner names the people just freed
            earlier = [
                self._nationality(f, stop) if f.pronoun in ("its", "their") else f.nationality
                for f in self.m.figures
                if f.last <= figure.first
            ]
            known = [code for code in earlier if code is not None]
            if known:
                return (known[-1],)
        opens = figure.first == self.first or all(
            self.norm_at[i] in _ELIDED_OPENERS for i in range(self.first, figure.first)
        )
        if figure.noun is None and opens:
            # "Tens of thousands more are listed as missing.", "Another 9,000 were
            # wounded.": a number opening its sentence without a noun counts the people
            # of the claim just made
            latest = self.discourse.claims
            if latest and latest[-1].sentence == self.index - 1:
                return latest[-1].subject
            still_held = self._home_of_freed() if self._captured else None
            if still_held is not None:
                return (still_held,)
        if figure.noun is None and self._captured and self._vague_still_held(figure):
            # "2,598 Ukrainians have been returned ... The headquarters says it is aware of
            # thousands still held": the unnamed rest, of the side whose people came home
            still_held = self._home_of_freed()
            if still_held is not None:
                return (still_held,)
        if figure.noun is None and self._captured and self._opens_report(figure):
            # "1,358 Ukrainians came home. Officials estimate that several thousand remain
            # in captivity.": the reported clause opens on the bare count of those held
            still_held = self._home_of_freed()
            if still_held is not None:
                return (still_held,)
        told_on = self._told_on(figure)
        if told_on is not None:
            return told_on
        series = self._series_told_before(figure)
        if series is not None:
            return (series,)  # "... for Russian losses. On Thursday it stood at N"
        for i in range(figure.first - 1, start - 1, -1):
            # "Ukraine's losses, they said, were heavy: close to 70,000 killed"
            if self.norm_at[i] in ("losses", "casualties", "dead", "toll") or (
                # "the Kremlin, which last updated its own figure of 5,937 dead"
                i == figure.first - 2
                and self.norm_at[i + 1] == "of"
                and self.norm_at[i] in lx.FIGURE_HEADS
            ):
                owner = self._loss_owner(i)
                if owner is not None:
                    return (owner,)
                if self.norm_at[i - 1] == "enemy":
                    break  # "its toll of the enemy's dead": not the teller's own dead
            if self._own_figure_put(i, figure):
                owner = self._loss_owner(i)
                if owner is not None:
                    return (owner,)
            counted = self._counted_for(i)
            if counted is not None:
                return (counted,)  # "The U.S. figure for Russia breaks down into ..."
            sided = self._side_figure_put(i, figure, previous)
            if sided is not None:
                return (sided,)  # "The Ukrainian figure is put at close to 70,000 killed"
        side = self._framed_side()
        if side is not None:
            return (side,)  # "On the Ukrainian side, they put the number of dead at ..."
        if self._enemy_after(figure):
            return None  # "200,000 killed among the invaders": not the side the passage counts
        if previous is not None:
            if self._other_side_said_after_and_that(figure, previous.subject):
                return None  # "... lost 20,000, and that Ukraine had suffered, with 900 ..."
            return previous.subject
        asked = self._how_many_asked(figure)
        if asked is not None:
            return (asked,)  # "Asked how many Ukrainian soldiers had died, he said 40,000 ..."
        # "... the enemy's weekly losses of 8,100": not the side whose losses came before
        enemy_losses = self._enemy_losses_before(figure, start)
        carried = (
            None if self._group_of_its_own(figure) or enemy_losses else self._losses_told_before()
        )
        if carried is not None:
            return (carried,)
        opening = self._opening_loser(figure)
        if opening is not None:
            return (opening,)
        speaker = self.speaker_near(head)
        teller = self.attribution or speaker or self.discourse.statement
        if (
            teller is not None
            and teller.party is not None
            and (
                "enemy" in {self.norm_at[i] for i in range(subject_start, figure.first)}
                or self._enemy_losses_before(figure, start)
            )
        ):
            # "The enemy lost up to 340 servicemen, the Russian Defence Ministry said"
            if self.staff_guessed(teller):
                return None  # a bare "General Staff" of a side only guessed: enemy unknown
            enemy = _other(teller.party, self._belligerents)
            if enemy is not None:
                return (enemy,)
        # "..., when he gave 43,000 killed": an official who gives the figure tells it
        speaker = speaker or self._figure_giver(figure) or self._head_giver(figure)
        if speaker is not None and speaker.party is not None and self._their_own_losses():
            # "They say anything. Their own losses are about 350,000": a side's official
            # speaks of others' losses with "their own", never of his side's
            other = _other(speaker.party, self._belligerents)
            return (other,) if other is not None else None
        captor = self._captor_named(figure) or self._holder_of_counted()
        if captor is not None:
            return (captor,)  # "450 conscripts have been taken prisoner by Ukraine"
        captors = self._captors_count(figure, teller)
        if captors is not None:
            return (captors,)
        if self._soldiers_of_unsided_name(figure):
            return None  # "1,300 Donetsk conscripts": a name of no known side, not the teller's
        if (
            (
                figure.noun is not None
                # "relatives of missing soldiers, of whom there are tens of thousands"
                or whom_casualty(self.tokens, self.first, self.last, figure.first) is not None
                # "the ombudsman said thousands remain in captivity": its own people, held now
                # (not after a swap both ways, whose people still held may be either side's)
                or (
                    figure.noun is None
                    and self._captured
                    and self._still_in_captivity(figure)
                    and not self._swapped_both_ways_before()
                )
                # "Zelensky said the death toll had reached 31,000": a toll of no named side,
                # unless the passage is already about one side's losses
                or (
                    self._loss is not None
                    and not (
                        self.discourse.claims
                        and self.index - self.discourse.claims[-1].sentence <= _CARRY_SENTENCES
                    )
                )
            )
            and speaker is not None
            and speaker.party is not None
            # "U.S. officials put the group's losses at 30,000": a mediator has no losses
            and speaker.party not in MEDIATOR_CODES
            and speaker.kind in (SourceKind.GOVERNMENT, SourceKind.MILITARY)
            and not any(
                p.role != MEDIATOR
                and clause_start <= p.first < figure.first
                and not any(m.first <= p.first < m.last for m in self.m.sources)
                and not self._says_figure(p, figure)
                for p in self.m.parties
            )
            # "Ukraine reported 1,130 total casualties, its daily count of enemy losses":
            # a sentence naming the enemy's losses does not count the teller's own
            and _ENEMY_WORDS.isdisjoint(self.norm_at[i] for i in range(self.first, self.last))
            and not self._said_past_semicolon(figure)
        ):
            # "Zelensky said 46,000 soldiers had been killed": a government counting
            # soldiers of no stated side counts its own; those it says "surrendered"
            # gave themselves up to it, and are the other side's.
            if self._surrendered_to_speaker(figure):
                enemy = _other(speaker.party, self._belligerents)
                return (enemy,) if enemy is not None else None
            return (speaker.party,)
        opener = self._possessive_opener(figure)
        if (
            opener is not None
            and (figure.noun is not None or self._loss is not None)
            and figure.nationality is None
            # "Ukraine's General Staff reported 1,200 losses among the occupiers, bringing
            # the total to ...": the office counts the enemy's losses, not its country's
            and _ENEMY_WORDS.isdisjoint(self.norm_at[i] for i in range(self.first, figure.first))
        ):
            # "Ukraine's commissioner for missing persons, whose register ..., reported that
            # more than 70,000 people were listed as missing": the office's own country
            return (opener,)
        if self.m.first_person and self.norm_set & {"we", "our"} & {
            self.norm_at[i] for i in range(clause_start, figure.first)
        }:
            speaker = self.speaker_near(figure.first)
            if speaker is not None and speaker.party is not None:
                return (speaker.party,)
        latest = self.discourse.claims
        if (
            (
                self._loss is not None
                or self._sideless_casualties(figure)
                # "..., saying only that tens of thousands were unaccounted for": a bare
                # count the clause says died or went missing, in a sentence of no side
                or (
                    figure.noun is None
                    and (self._said_that_before(figure) or self._said_past_aside(figure))
                    and not any(p.role != MEDIATOR for p in self.m.parties)
                    and self._casualty_predicate(figure)
                )
                or self._captives_go_on(figure)
            )
            and latest
            and self.index - latest[-1].sentence <= _CARRY_SENTENCES
            and not enemy_losses
            and not self._other_sides_figure(figure, latest[-1].subject)
        ):
            # "Estimates ... put the number of deaths at 190,000": the side the passage is about
            return latest[-1].subject
        return None

    def _losses_owned_past(self, party: PartyMention, figure: FigureMention) -> str | None:
        """Another side whose losses a noun between ``party`` and the figure names.

        "Ukraine's General Staff reports Russian personnel losses, which stood at 9,000",
        "Moscow said Ukraine's irrecoverable losses exceeded 500,000": the side that
        tells or counts is not the side whose losses the noun owns.
        """
        for i in range(party.last, figure.first):
            if self.norm_at[i] in _HEAD_LOSSES:
                owner = self._loss_owner(i)
                if owner is not None and owner != party.code:
                    return owner
        return None

    def _relative_putter(self, figure: FigureMention) -> str | None:
        """The side a relative clause puts its own count for: "Kyiv, which put its number
        of dead at 46,000".

        "its" or "their" in a clause opened by ", which" or ", who" after a side names
        that side, so the count it puts at the figure is of its own losses, whatever
        sides were named before it in the sentence.
        """
        if self.norm_at[figure.first - 1] != "at":
            return None
        verb = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 9), -1)
                if self.norm_at[i] in PUTTING
            ),
            None,
        )
        if verb is None or self.norm_at[verb + 1] not in ("its", "their"):
            return None
        head = verb + 2 + (self.norm_at[verb + 2] == "own")
        if self.norm_at[head] not in lx.FIGURE_HEADS and self.norm_at[head] not in lx.LOSS_HEADS:
            return None
        for i in range(verb - 1, max(self.first, verb - 8), -1):
            if self.norm_at[i] in ("which", "who") and self.norm_at[i - 1] == ",":
                return next(
                    (
                        p.code
                        for p in self.m.parties
                        if p.role != MEDIATOR and p.last == i - 1 and p.code in self._belligerents
                    ),
                    None,
                )
            if self.norm_at[i] in _CLAUSE_MARKS or any(
                p.first <= i < p.last for p in self.m.parties
            ):
                return None
        return None

    def _own_figure_put(self, head: int, figure: FigureMention) -> bool:
        """Whether the figure is the value "it" takes of a side's own figure at ``head``.

        "Kyiv has not updated its own figure for military dead since February, when
        Zelensky put it at over 46,000": the number put is the count the possessive's
        owner keeps of its own losses, whoever puts it and whatever side was told before.
        """
        if figure.noun is not None or self.norm_at[head] not in lx.FIGURE_HEADS:
            return False
        owned = self.norm_at[head - 1] in ("its", "their") or (
            self.norm_at[head - 1] == "own" and self.norm_at[head - 2] in ("its", "their")
        )
        return (
            owned
            and self.norm_at[figure.first - 1] == "at"
            and self.norm_at[figure.first - 2] == "it"
            and self.norm_at[figure.first - 3] in PUTTING
        )

    def _captives_go_on(self, figure: FigureMention) -> bool:
        """Whether a count of captives naming no side goes on with the captives just told.

        "Russia holds thousands of Ukrainian civilians. We have confirmed information on
        more than 1,800 hostages": with no party in its sentence, the count is of the
        people held whom the claim just before was about.
        """
        latest = self.discourse.claims
        # "The two men were captured on January 9": a capture told of people already
        # counted, not a count of those held now
        taken = any(
            self.norm_at[i] in ("captured", "taken")
            for i in range(figure.np_end, min(self.last, figure.np_end + 4))
        )
        return (
            self._captured
            and not taken
            and self.norm_at[figure.first - 1] != "the"
            and bool(latest)
            and latest[-1].category is CasualtyCategory.CAPTURED
            and not any(p.role != MEDIATOR for p in self.m.parties)
        )

    def _harm_agent(self, figure: FigureMention) -> tuple[PartyMention, int] | None:
        """The side named in the subject of a verb of harm whose object is the figure.

        "Russia's invasion has killed 12,000 civilians", "Ukrainian shelling and drone
        strikes have killed more than 200", "Russia's war in Ukraine has left 10,000
        dead": the side (possessive or adjective) modifies a noun of war or weapons
        that does the killing. Returns the side and the index of that noun.
        """
        verb = figure.first - 1
        after = {self.norm_at[figure.np_end - 1], self.norm_at[figure.np_end]}
        left = self.norm_at[verb] == "left" and bool(
            after & {"dead", "killed", "wounded", "injured"}
        )
        if not left and self.norm_at[verb] not in _HARM_VERBS:
            return None
        at = verb - 1
        while at >= self.first and self.norm_at[at] in _HARM_CHAIN:
            at -= 1
        # a phrase after the noun: "war in Ukraine", "attacks on Kharkiv"
        for i in range(at, max(self.first - 1, at - 4), -1):
            if self.norm_at[i] in _CLAUSE_MARKS:
                break
            if self.norm_at[i] in _HARM_NOUN_PHRASE and self.norm_at[i - 1] in _HARM_NOUNS:
                at = i - 1
                break
        return self._side_of_harm_noun(at)

    def _enemy_harms(self, figure: FigureMention) -> bool:
        """Whether "the enemy" (or its strikes) is the subject of a verb of harm on the figure.

        "The enemy has killed 42 civilians", "enemy shelling wounded 12": the enemy
        is the killer, so the people counted are not its losses.
        """
        verb = figure.first - 1
        if self.norm_at[verb] not in _HARM_VERBS:
            return False
        at = verb - 1
        while at >= self.first and self.norm_at[at] in _HARM_CHAIN:
            at -= 1
        if at > self.first and self.norm_at[at] in _HARM_NOUNS:
            at -= 1  # "enemy shelling", "the enemy's drones"
        return at >= self.first and self.norm_at[at] in _ENEMY_WORDS

    def _harm_cause(self, figure: FigureMention) -> tuple[PartyMention, int] | None:
        """The side named in the cause after the figure's own passive verb of harm.

        "more than 640 children have been killed as a result of Russian aggression",
        "200 civilians were injured by Ukrainian shelling": the side of the cause is
        the killer, so the people are not its own. Returns the side and the noun.
        """
        at = figure.np_end
        if self.norm_at[at - 1] in _HARM_VERBS:
            at -= 1  # "more than 1,900 injured as a result of ...": the verb ends the phrase
        while at < self.last and self.norm_at[at] in _PASSIVE_CHAIN | {"more", "others"}:
            at += 1
        if at >= self.last or self.norm_at[at] not in _HARM_VERBS:
            return None
        at = self._past_harmed_conjunct(at + 1)
        if self.norm_at[at] == ",":
            at += 1  # "..., and 210 more were injured, because of Ukrainian shelling"
        words = tuple(self.norm_at[i] for i in range(at, min(self.last, at + 4)))
        phrase = next((c for c in _CAUSE_PHRASES if words[: len(c)] == c), None)
        if phrase is None:
            return None
        start = at + len(phrase)
        noun = next(
            (
                i
                for i in range(start, min(self.last, start + 5))
                if self.norm_at[i] in _HARM_NOUNS or self.norm_at[i] in _CLAUSE_MARKS
            ),
            None,
        )
        if noun is None or self.norm_at[noun] not in _HARM_NOUNS:
            return None
        found = self._side_of_harm_noun(noun) or self._side_after_harm_noun(noun)
        if found is None or found[0].first < start:
            return None
        return found

    def _side_after_harm_noun(self, at: int) -> tuple[PartyMention, int] | None:
        """The side an "of" or "by" after the noun of war at ``at`` names as its author.

        "as a result of the armed attack of the Russian Federation", "because of the
        aggression by Russia": the side after the noun made the attack, as "Russian
        aggression" says.
        """
        if self.norm_at[at + 1] not in ("of", "by"):
            return None
        first = at + 2 + (self.norm_at[at + 2] == "the")
        party = next((p for p in self.m.parties if p.first == first), None)
        if party is None or party.role == MEDIATOR:
            return None
        return party, at

    def _past_harmed_conjunct(self, at: int) -> int:
        """Where the cause phrase may start after a verb of harm ending at `at`.

        "631 children have been killed and more than 1,900 injured as a result of
        Russian aggression": a second figure and its own verb of harm joined by "and"
        or "or" share the cause told after them, so the cause is read past them.
        """
        if self.norm_at[at] == "," and self.norm_at[at + 1] in ("and", "or"):
            at += 1  # "57 were killed, and 210 more were injured, because of ..."
        if self.norm_at[at] not in ("and", "or"):
            return at
        if self.norm_at[at + 1] in _HARM_VERBS:
            return at + 2  # "were killed and injured as a result of ...": one verb group
        nxt = next((f for f in self.m.figures if at < f.first <= at + 1), None)
        if nxt is None:
            return at
        end = nxt.np_end
        if self.norm_at[end - 1] not in _HARM_VERBS:  # "more than 1,900 injured" ends on it
            while end < self.last and self.norm_at[end] in _PASSIVE_CHAIN | {"more", "others"}:
                end += 1
            if end >= self.last or self.norm_at[end] not in _HARM_VERBS:
                return at
            end += 1
        return end

    def _for_side_clause(self, figure: FigureMention) -> str | None:
        """The side named by "for <side>" opening the clause part the figure is in.

        "... put Russian casualties at nearly 1 million; for Ukraine it estimated close
        to 400,000 casualties, with 60,000 to 100,000 killed": after a semicolon, comma
        or at the sentence's start, "for" and a side named as a noun set the subject
        of the claims up to the next semicolon. Another side named on the way stops it.
        A sentence may open on the side's fighters as its topic: "For Ukrainian soldiers
        there is no public count; the last figure was more than 46,000 killed".
        """
        named = [p for p in self.m.parties if p.role != MEDIATOR and p.last <= figure.first]
        for i in range(figure.first - 1, self.first - 1, -1):
            word = self.norm_at[i]
            if word == ";":
                return None
            if word != "for" or not (
                i == self.first
                or self.norm_at[i - 1] in (";", ",")
                # "And for the Russian side our band is higher": a linking word opens
                or (i - 1 == self.first and self.norm_at[i - 1] in _OPENING_LINKS)
            ):
                continue
            party = next((p for p in named if p.first == i + 1), None)
            if party is None or self.tokens[party.last - 1].poss:
                return None
            if any(p.first > party.first and p.code != party.code for p in named):
                return None  # "for Ukraine, ... Russian losses": the later side is nearer
            fighters = i == self.first and self.norm_at[party.last] in lx.FIGHTERS
            if not (party.noun or fighters):
                return None
            if not fighters and lx.PEOPLE.match(self.tokens, party.last, self.last) is not None:
                return None  # "for Ukrainian prisoners": people of the side, not a subject
            return party.code if party.code in self._belligerents else None
        return None

    def _side_of_harm_noun(self, at: int) -> tuple[PartyMention, int] | None:
        """The side (possessive or adjective) modifying the noun of war or weapons at `at`."""
        if self.norm_at[at] not in _HARM_NOUNS:
            return None
        for party in self.m.parties:
            if party.role == MEDIATOR or not at - 5 <= party.last - 1 < at:
                continue
            between = range(party.last, at)
            if party.noun and not self.tokens[party.last - 1].poss:
                continue  # "Kyiv drone attacks": only a possessive or an adjective modifies
            if any(
                self.norm_at[i] in _CLAUSE_MARKS or self.tokens[i].text[:1].isupper()
                for i in between
            ):
                continue
            return party, at
        return None

    def _harmed_side(
        self, figure: FigureMention, agent: tuple[PartyMention, int], civilians: bool = False
    ) -> tuple[str, ...] | None:
        """The other side of the agent of harm, for people of no nationality of their own.

        A side's strikes or forces kill the enemy's people: "Ukrainian strikes have
        killed 200 civilians" are Russia's. A side's whole war kills on both sides, so
        only its civilians or children are surely the other side's: "Russia's war has
        killed 100,000 soldiers" is left unread. `civilians` says the caller already
        knows the figure counts civilians ("... and more than 1,900 injured").
        """
        party, noun = agent
        if self.norm_at[noun] in _WHOLE_WAR_NOUNS and not (
            civilians or (figure.noun is not None and figure.noun.category in _NOT_COMBATANTS)
        ):
            return None
        other = _other(party.code, self._belligerents)
        return (other,) if other is not None else None

    def _taken_by(self, follow: set[str], figure: FigureMention) -> bool:
        """Whether the side's own verb "take" has the figure's people as prisoners.

        "Ukraine's troops have taken 700 prisoners", "Russia's army has taken 1,000
        soldiers prisoner": the taker holds them, so they are the other side's.
        """
        return bool(follow & _TOOK) and (
            self.norm_at[figure.np_end - 1] in lx.PRISONER_NOUNS
            or self.norm_at[figure.np_end] in ("prisoner", "captive")
        )

    def _said_that_before(self, figure: FigureMention) -> bool:
        """Whether a bare figure opens a "that" clause of saying: "adding only that N ...".

        A quotation mark may stand before the figure, and a few words ("only",
        "at the time") between the verb of saying and "that". A belief reported with its
        "that" left out ("said last month it thought N had been killed") opens one too.
        """
        at = figure.first - 1
        at -= self.norm_at[at] in _QUOTES
        if self.norm_at[at] in _BELIEF_VERBS and self.norm_at[at - 1] in lx.NEW_SUBJECTS - {"that"}:
            at -= 1  # "it thought N": the pronoun's own clause of saying stands before it
        elif self.norm_at[at] != "that":
            return False
        return any(self.norm_at[i] in lx.SPEECH for i in range(max(self.first, at - 4), at))

    def _said_past_aside(self, figure: FigureMention) -> bool:
        """Whether a bare figure follows a teller's verb of saying, with "that" left out or
        an aside set off before it: "He said 380,000 had been wounded", "She added, and this
        matters, that thousands more are missing".
        """
        at = figure.first - 1
        at -= self.norm_at[at] in _QUOTES
        if self.norm_at[at] in lx.SPEECH:
            return self.norm_at[at - 1] in _TELLER_PRONOUNS
        if self.norm_at[at] != "that" or self.norm_at[at - 1] != ",":
            return False
        for i in range(at - 2, max(self.first, at - _ASIDE_REACH) - 1, -1):
            if self.norm_at[i] == ",":
                return self.norm_at[i - 1] in lx.SPEECH
        return False

    def _vague_still_held(self, figure: FigureMention) -> bool:
        """Whether a bare vague count is "still held" in a sentence naming no side.

        "it is aware of thousands still held": an order of magnitude, no noun, "still"
        right after it, and no party anywhere in the sentence to name whose people.
        """
        return (
            figure.amount.qualifier is Qualifier.ORDER_OF_MAGNITUDE
            and self.norm_at[figure.np_end] == "still"
            and not any(p.role != MEDIATOR for p in self.m.parties)
        )

    def _still_in_captivity(self, figure: FigureMention) -> bool:
        """Whether a bare figure's people "remain in captivity" or "are still held" when told.

        A state of being held now, with no captor named, in the words right after the
        figure; "8,000 were captured" tells of a capture, whose taker may be either side.
        """
        at = figure.np_end
        at += self.norm_at[at] == "still"
        if self.norm_at[at] in _REMAINING:
            at += 1
        elif self.norm_at[at] in ("are", "is") and self.norm_at[at + 1] == "still":
            at += 2
        else:
            return False
        if self.norm_at[at] in _HELD_NOW:
            return True
        return self.norm_at[at] == "in" and self.norm_at[at + 1] in _CAPTIVITY

    def _swapped_both_ways_before(self) -> bool:
        """Whether the sentence before told people going home to more than one side."""
        homes = {
            leg.receiver
            for leg in (*self.discourse.legs, *self.discourse.tallies)
            if leg.sentence == self.index - 1 and leg.category is not PersonCategory.REMAINS
        }
        return len(homes) > 1

    def _holder_of_counted(self) -> str | None:
        """The enemy of the side that holds the people a count of captives is of.

        "put the number of people held in Russia at 8,000", "the number of people
        held by Ukraine": the people counted are held "in" or "by" a side, so they
        are the other side's, whoever tells it.
        """
        if self._loss is None or self._loss[0] is not CasualtyCategory.CAPTURED:
            return None
        at = self._loss[1]
        if self.norm_at[at] not in _HELD_NOW or self.norm_at[at + 1] not in ("in", "by"):
            return None
        holder = next(
            (p for p in self.m.parties if p.role != MEDIATOR and at + 2 <= p.first <= at + 3),
            None,
        )
        return _other(holder.code, self._belligerents) if holder is not None else None

    def _their_own_losses(self) -> bool:
        """Whether the loss noun being read is "their own", in a sentence naming no side.

        "Their own losses" sets others' losses against the ones the speaker was asked
        about; with no side in the sentence to own them, they are not the speaker's.
        """
        if self._loss is None:
            return False
        at = self._loss[1]
        return (
            self.norm_at[at] in _HEAD_LOSSES
            and self.norm_at[at - 1] == "own"
            and self.norm_at[at - 2] == "their"
            and not any(p.role != MEDIATOR for p in self.m.parties)
        )

    def _short_teller_opens(self, verb: int) -> bool:
        """Whether the words before ``verb`` are a short teller opening the sentence.

        "Officials here say", "Ukrainian officials say": at most four words and no
        figure, mark, party's people or second verb among them; a plural noun of
        tellers ("officials", "authorities") or a named source heads them.
        """
        if not 0 < verb - self.first <= _SHORT_TELLER:
            return False
        words = [self.norm_at[i] for i in range(self.first, verb)]
        if any(not w.isalpha() or w in lx.SPEECH or w == "that" for w in words):
            return False
        if any(self.first <= f.first < verb for f in self.m.figures):
            return False
        named = any(s.first == self.first and s.last <= verb for s in self.m.sources)
        return named or bool(_TELLER_NOUNS & set(words))

    def _opens_report(self, figure: FigureMention) -> bool:
        """Whether a bare figure opens a clause a speaker reports: "officials estimate that N".

        Nothing but the speaker's words stands before it: a verb of saying, then "that".
        A pronoun teller going on with the report just told may leave "that" out ("It
        says several thousand are still held"), and so may a short teller of a few words
        opening the sentence ("Officials here say thousands are still being held").
        """
        if self.norm_at[figure.first - 1] != "that":
            return self.norm_at[figure.first - 1] in _SAYS_NOW and (
                (figure.first - 2 == self.first and self.norm_at[self.first] in _TELLER_PRONOUNS)
                or self._short_teller_opens(figure.first - 1)
            )
        return (
            self.norm_at[figure.first - 2] in lx.SPEECH
            and figure.first - 2 > self.first
            and not any(self.norm_at[i] in _CLAUSE_MARKS for i in range(self.first, figure.first))
        )

    def _home_of_freed(self) -> str | None:
        """The one side the sentence before brought people home to, for those still held.

        "3,950 Ukrainians have been freed since the invasion. More than 8,000 are believed
        to remain in captivity.": a bare count of captives right after a return counts
        the people of the side they came home to, when the return named them as its
        own ("Ukrainians"); a swap both ways names no one side.
        """
        told = [
            leg
            for leg in (*self.discourse.legs, *self.discourse.tallies)
            if leg.sentence == self.index - 1 and leg.category is not PersonCategory.REMAINS
        ]
        homes = {leg.receiver for leg in told}
        people = self.discourse.people  # the freed named as the home side's own people
        if len(homes) != 1:
            return None
        # "brings the number of Ukrainians freed ... to 4,500": a running total of one
        # side's homecomings counts that side's people, whatever its figure's noun
        if people != (self.index - 1, *homes) and not all(leg.tally for leg in told):
            return None
        return homes.pop()

    def _counted_for(self, at: int) -> str | None:
        """The side a count at ``at`` is "for": "the figure for Russia", "the toll for Ukraine".

        A head of a total (or "estimate") with "for" and a side right after it; the
        side counted, not the one who counts (an adjective may name either). "No
        figure for its own military deaths" counts the losses of the owner of "its".
        """
        if self.norm_at[at] not in _TOTAL_HEADS | {"estimate"} or self.norm_at[at + 1] != "for":
            return None
        begin = at + 3 if self.norm_at[at + 2] == "the" else at + 2
        for party in self.m.parties:
            if party.role != MEDIATOR and party.first == begin:
                return party.code
        if self.norm_at[begin] not in ("its", "their"):
            return None
        noun = begin + 1
        while noun < min(self.last, begin + 4) and self.norm_at[noun] in lx.LOSS_OWNER_SKIP:
            noun += 1
        return self._loss_owner(noun) if self.norm_at[noun] in lx.LOSS_HEADS else None

    def _side_adjective_ending(self, at: int, first: int | None = None) -> str | None:
        """The side of the first party named by an adjective alone that ends at ``at``.

        "Ukrainian" in "Ukrainian at 131,000" or "The Russian figure": a nationality
        with no noun of its own and no mediator, looked up by its end in the sentence's
        party edges rather than by a scan of every party. ``first``, if given, is where
        the party must begin.
        """
        for p in self._party_edges()[1].get(at, ()):
            if not p.noun and p.role != MEDIATOR and (first is None or p.first == first):
                return p.code
        return None

    def _elided_side_at(self, figure: FigureMention) -> str | None:
        """The side an adjective names in "..., Ukrainian at up to 131,000": the head left out.

        "put Russian casualties near 90,000, Ukrainian at up to 60,000" or "... and
        Ukrainian at 131,000 killed and wounded": after the first pair the noun is
        dropped, and the adjective right before "at" (set off by a comma or "and") says
        whose the figure is, not the side named first in the sentence. The figure must be
        a claim already, by a hedge or a kind after it; the bare "and Ukrainian at
        131,000" is not one, so it is not read (a miss, not a wrong side).
        """
        at = figure.first - 1
        if self.norm_at[at] != "at":
            return None
        side = self._side_adjective_ending(at, first=at - 1) or self._bare_possessive_at(at - 1)
        if side is None or self.norm_at[at - 2] not in (",", "and"):
            return None
        return side

    def _bare_possessive_at(self, at: int) -> str | None:
        """The side of a possessive standing alone at ``at``: "and Ukraine's at 400,000".

        The head is left out as after an adjective ("Ukrainian at"): the possessive
        names whose the figure after it is.
        """
        if not self.tokens[at].poss:
            return None
        for p in self._party_edges()[1].get(at + 1, ()):
            if p.first == at and p.role != MEDIATOR:
                return p.code
        return None

    def _elided_loss(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The loss noun the side before "at" leaves out, from the first pair of the series.

        "put Russian casualties at 950,000, ..., and Ukraine's at almost 400,000": the
        figure after the elided head counts what the head of the first "<side> <loss> at"
        counts, for another side.
        """
        side = self._elided_side_at(figure)
        if side is None:
            return None
        for k in range(figure.first - 4, self.first, -1):
            head = self.norm_at[k - 1]
            if self.norm_at[k] != "at" or head not in lx.LOSS_HEADS:
                continue
            if self._loss_owner(k - 1) in (None, side):
                return None
            return CasualtyCategory(lx.LOSS_HEADS[head]), k - 1
        return None

    def _side_figure_put(
        self, at: int, figure: FigureMention, previous: ClaimDraft | None
    ) -> str | None:
        """The side a nationality names right before "figure" that is put at the figure.

        "The Ukrainian figure is put at close to 70,000 killed", "the Russian estimate
        stood at 120,000 dead": only a verb of being or of putting stands between the
        head and the figure, whose own words say what it counts.
        """
        if self.norm_at[at] not in ("figure", "estimate"):
            return None
        official = self._official_side_figure(at)
        after = self._past_stated_aside(at + 1, figure.first) if official else at + 1
        link = self._past_kinds_counted(after, figure.first)
        if link == figure.first or self.norm_at[link] not in _PUT_LINKS:
            return None
        if not all(self.norm_at[i] in _PUT_LINKS | _QUOTES for i in range(link, figure.first)):
            return None
        # an adjective of a side ("The Ukrainian figure"), not a teller ("Kyiv's figure")
        side = self._side_adjective_ending(at)
        if official:
            return side  # "the last official Ukrainian figure ... was 46,000 killed"
        # it sets the side against the other side's losses just told by a third party;
        # after a side's own claim ("Moscow says Kyiv lost 400,000. The Russian figure
        # ...") the adjective names the teller, not whose losses
        told = self.discourse.claims
        latest = previous or (told[-1] if told else None)
        if (
            side is None
            or latest is None
            or self.index - latest.sentence > _CARRY_SENTENCES
            or side in latest.subject
            or latest.claimant.party == side
        ):
            return None
        return side

    def _official_side_figure(self, at: int) -> bool:
        """Whether "figure" at ``at`` is a side's own official one: "the official Ukrainian figure".

        "official" stands right before the side's adjective, so the side both tells the
        figure and is the one it counts; a sentence of the enemy's losses is left alone.
        """
        return any(
            not p.noun and p.role != MEDIATOR and self.norm_at[p.first - 1] == "official"
            for p in self._party_edges()[1].get(at, ())
        ) and _ENEMY_WORDS.isdisjoint(self.norm_at[i] for i in range(self.first, self.last))

    def _past_stated_aside(self, at: int, stop: int) -> int:
        """The index past an aside of who gave a figure: ", given by Zelensky in February,".

        The aside opens on a comma and a participle of stating and closes on the next
        comma before ``stop``; ``at`` itself when there is no such aside.
        """
        if self.norm_at[at] != "," or self.norm_at[at + 1] not in _STATED_PARTICIPLES:
            return at
        close = next((i for i in range(at + 2, stop) if self.norm_at[i] == ","), None)
        return at if close is None else close + 1

    def _past_kinds_counted(self, at: int, stop: int) -> int:
        """The index past a "for killed and wounded" naming what a count counts, else ``at``.

        "the Ukrainian figure for killed and wounded was 400,000": the phrase says what the
        figure counts, not whose, so the adjective before the head still names the side.
        """
        if self.norm_at[at] != "for":
            return at
        i = at + 1
        while i < stop and self.norm_at[i] in _KINDS_COUNTED:
            i += 1
        return i if i > at + 1 and self.norm_at[i - 1] not in ("and", "or", ",") else at

    def _had_losses(self, figure: FigureMention) -> bool:
        """Whether "have" takes the figure as a count of losses: "Ukraine had 100,000 casualties".

        The verb stands right before the figure and the figure's noun group ends in a
        word for losses other than captivity (a side "has" the people it holds).
        """
        head = lx.LOSS_HEADS.get(self.norm_at[figure.np_end - 1])
        return (
            self.norm_at[figure.first - 1] in lx.HAVING
            and head is not None
            and head != CasualtyCategory.CAPTURED.value
        )

    def _told_on(self, figure: FigureMention) -> tuple[str, ...] | None:
        """The side a speaker's follow-on figure counts: the side of his claim just before.

        "Zelensky said 46,000 soldiers had been killed. He also said that tens of
        thousands were listed as missing": a figure without a noun that opens the
        clause a verb of saying reports, from the speaker of the claim just made, in
        a sentence naming no side, counts the same people. The figure may be quoted
        ("that \"tens of thousands\" were missing"), and a captor named by its captivity
        ("... or held in Russian captivity") names the other side, the one of that claim.
        """
        if figure.noun is not None or figure.nationality is not None:
            return None
        said = figure.first - 1
        said -= self.norm_at[said] in lx.QUOTE_MARKS
        said -= self.norm_at[said] == "that"
        if self.norm_at[said] in ("—", "–") and self.norm_at[said + 1] == "that":
            # "He then added — and this is new — that 380,000 had been wounded": the
            # aside between dashes stands between the verb of saying and its clause
            dash = self.norm_at[said]
            said = next((j for j in range(said - 1, self.first, -1) if self.norm_at[j] == dash), 0)
            said -= 1
        if said < self.first or self.norm_at[said] not in lx.SPEECH:
            return None
        latest = self.discourse.claims
        if not latest or latest[-1].sentence != self.index - 1:
            return None
        speaker = self.speaker_near(said)
        if speaker is None or speaker != latest[-1].claimant:
            return None
        for p in self.m.parties:
            if p.role == MEDIATOR or p.first <= said:
                continue
            if (
                self.norm_at[p.first - 1] == "in"
                and self.norm_at[p.last] in _CAPTIVITY
                and (_other(p.code, self._belligerents),) == latest[-1].subject
            ):
                continue  # "... or held in Russian captivity": the claim's people, held
            return None  # "... said that 350,000 had died on the Russian side"
        return latest[-1].subject

    def _in_modifier_of_party(self, party: PartyMention, floor: int) -> bool:
        """Whether ``party`` stands in a phrase that modifies another side's people.

        In "North Korean troops sent to fight in Russia's Kursk region have suffered
        4,700 casualties" the losses are the troops' side's, not the side named after
        "in"/"for"; a side after such a preposition yields to an earlier, other side.
        """
        if party.first <= floor:
            return False
        # "North Korean troops sent to help Russia push Ukrainian forces back had suffered
        # 4,000 casualties": every side inside the participle's phrase is passed over
        posted = self.norm_at[party.first - 1] in _MODIFIER_PREPOSITIONS
        return any(
            floor <= other.first
            and other.last < party.first
            and other.code != party.code
            and other.role != MEDIATOR
            and (
                posted
                or any(
                    self.norm_at[i] in _POSTING_PARTICIPLES
                    for i in range(other.last, min(party.first, other.last + 3))
                )
            )
            # "Russian troops fighting in Ukraine": a nationality on the people counts too
            for other in self.m.parties
        )

    def _opposed(self, party: PartyMention) -> bool:
        """Whether ``party`` is the side fought "against": the foe, not the side that lost.

        "Russian losses in the war against Ukraine have passed 700,000", "units fighting
        against Ukraine have lost 9,000": the side after "against" is the one the losers
        fought, so it never owns the figure; whose losses they are must be told elsewhere.
        """
        before = party.first - 1
        if self.norm_at[before] == "the" and before > self.first:
            before -= 1
        return self.norm_at[before] == "against"

    def _camp_of(self, party: PartyMention) -> str:
        """The side an allied force joined to its ally by "and" is counted with.

        "Russian and North Korean forces suffered 38,000 casualties" (or "North Korean
        and Russian troops", "Russia and its North Korean allies") is one camp's losses,
        coded to the belligerent the allied troops fight beside.
        """
        ally = _ALLIED_WITH.get(party.code)
        if ally is None:
            return party.code
        start = party.first
        if self.norm_at[start - 1] in ("its", "their"):
            start -= 1  # "Russia and its North Korean allies"
        joined = any(
            p.code == ally
            and (
                (p.last == start - 1 and self.norm_at[p.last] in ("and", "or"))
                or (p.first == party.last + 1 and self.norm_at[party.last] in ("and", "or"))
            )
            for p in self.m.parties
        )
        return ally if joined else party.code

    def _charged_side(self, figure: FigureMention) -> str | None:
        """The side a cost falls on: "the offensive had cost Russia about 38,000 killed".

        A form of "cost" is followed by the side and the figure at once (other
        sides joined by "and" may stand between: the first one named pays).
        """
        k = figure.first - 1
        while k > self.first and (
            self.norm_at[k] == "and" or any(p.last == k + 1 for p in self.m.parties)
        ):
            party = next((p for p in self.m.parties if p.last == k + 1), None)
            k = party.first - 1 if party is not None else k - 1
        if self.norm_at[k] not in ("cost", "costs", "costing"):
            return None
        paying = next((p for p in self.m.parties if p.first == k + 1), None)
        return paying.code if paying is not None and paying.role != MEDIATOR else None

    def _sideless_casualties(self, figure: FigureMention) -> bool:
        """Whether a figure counts the dead or the wounded of no side the sentence names.

        "In December he had spoken of 43,000 dead and 370,000 wounded": the noun
        is a casualty word and no party stands anywhere in the sentence, so the
        count goes on with the side the passage's latest claim was about.
        """
        return (
            figure.noun is not None
            and self.norm_at[figure.np_end - 1] in lx.CASUALTY_NOUNS
            and not any(p.role != MEDIATOR for p in self.m.parties)
            # "Drone strikes on Dnipro: 3 dead, 31 injured": a strike's toll, its victims
            and not any(self.norm_at[i] in _STRIKE_NOUNS for i in range(self.first, figure.first))
        )

    def _partitive_whole(self, figure: FigureMention) -> str | None:
        """The side of the whole a bare figure is part of: "of the 11,000 soldiers ..., 4,700".

        An earlier figure introduced by "of the" in the same sentence, followed by a
        comma before this one; its people's nationality, or the party that "sent"
        or "deployed" them ("the 11,000 soldiers Pyongyang sent"), is the part's.
        """
        if figure.noun is not None:
            return None
        for earlier in self.m.figures:
            if earlier.first >= figure.first:
                break
            opener = earlier.first - 1
            while (
                opener > self.first
                and self.norm_at[opener] != "the"
                and self.norm_at[opener] in lx.FIGURE_HEDGE_WORDS
            ):
                opener -= 1
            if self.norm_at[opener] != "the" or self.norm_at[opener - 1] != "of":
                continue
            if not any(self.norm_at[i] == "," for i in range(earlier.np_end, figure.first)):
                continue
            if earlier.nationality is not None:
                return earlier.nationality
            sender = next(
                (p for p in self.m.parties if p.first == earlier.np_end and p.role != MEDIATOR),
                None,
            )
            if sender is not None and self.norm_at[sender.last] in ("sent", "deployed", "had"):
                return sender.code
        return None

    def _surrendered_to_speaker(self, figure: FigureMention) -> bool:
        """Whether the figure's people are said to have surrendered (to the speaker).

        "2,439 soldiers had surrendered" — not "are held in captivity", which says
        where a side's own people are, nor "were taken prisoner", which a side also
        says of its own.
        """
        after = [self.norm_at[i] for i in range(figure.np_end, min(self.last, figure.np_end + 6))]
        if set(after) & {"captivity", "held", "custody", "hands"}:
            return False
        return "surrendered" in after

    def _said_past_semicolon(self, figure: FigureMention) -> bool:
        """Whether the verb of saying nearest the figure stands before a semicolon before it.

        "Kyiv's estimate is contested; the best-documented count of the dead is below
        90,000": the clause past the semicolon gives a count of its own, not the side's.
        """
        verbs = [verb for verb, _ in self.verb_speakers]
        if not verbs:
            return False
        verb = min(verbs, key=lambda v: abs(v - figure.first))
        return verb < figure.first and any(
            self.norm_at[i] == ";" for i in range(verb, figure.first)
        )

    def _possessive_opener(self, figure: FigureMention) -> str | None:
        """The side whose office opens the sentence and reports the figure: "Ukraine's ombudsman".

        The sentence opens with a side's possessive, a verb of saying follows
        before the figure, and no other side is named before the figure. An
        opening "According to Ukraine's prosecutors, ..." reports the same way.
        """
        first = self.first
        while first < self.last and self.tokens[first].kind != WORD:
            first += 1  # a bullet or a dash opening the line
        according = self.norm_at[first] == "according" and self.norm_at[first + 1] == "to"
        first += 2 * according
        first += self.norm_at[first] == "the"
        party = next((p for p in self.m.parties if p.first == first and p.role != MEDIATOR), None)
        # the name may take in the office: "Ukraine's ombudsman"; or an adjective of the
        # side names its office: "The Ukrainian interior ministry says ..."
        if party is None or not (
            any(t.poss for t in self.tokens[party.first : party.last])
            or any(
                self.norm_at[i] in _OFFICE_HEADS
                for i in range(party.last, min(self.last, party.last + 3))
            )
        ):
            return None
        if not according and not any(
            # "Kyiv's number is doubted; an estimate puts ...": the verb past a semicolon
            # has a subject of its own clause; "Kyiv's estimate" is the side's noun
            party.last <= v < figure.first
            and not (v == party.last and self.tokens[v - 1].poss)
            and all(self.norm_at[i] != ";" for i in range(party.last, v))
            for v in self.m.speech
        ):
            return None
        others = [
            p
            for p in self.m.parties
            if p is not party and p.role != MEDIATOR and p.first < figure.first
        ]
        return None if others else party.code

    def _apposed_side(self, figure: FigureMention) -> str | None:
        """The side of a count the figure stands in apposition to: "the Russian number, 5,937".

        "the last official Russian number, 5,937 killed, dates from 2022": the
        figure after the comma is the value of the side's number. An aside of whose
        count it is ("Russia's losses, by Kyiv's count, passed 780,000") names who
        counts, not whose losses.
        """
        if (
            self.norm_at[figure.first - 1] != ","
            or self.norm_at[figure.first - 2] not in _TOTAL_HEADS
        ):
            return None
        head = figure.first - 2
        party = next(
            (
                p
                for p in self.m.parties
                if p.role != MEDIATOR and head - 4 <= p.first and p.last <= head
            ),
            None,
        )
        if party is None or self.norm_at[party.first - 1] in ("by", "to"):
            return None
        return party.code

    def _dash_aside_before(self, close: int, start: int) -> int | None:
        """The opening dash of an aside that ``close`` ends, when the aside holds no figure.

        "has lost — and they mean killed, wounded, captured — over 880,000": a pair of
        dashes sets off an aside inside one clause, so the words before the opening dash
        and after the closing one are the same clause. An aside holding a number of its
        own ("— 300 on Monday —") may be a clause of its own, and is not passed over.
        """
        if close < start or not self.spaced_dash(close):
            return None
        for i in range(close - 1, start - 1, -1):
            if self.spaced_dash(i):
                return i if i > start else None
            if any(f.first <= i < f.last for f in self.m.figures):
                return None
        return None

    def _before_aside(self, clause_start: int, floor: int) -> int:
        """Where a clause begins when an aside of saying splits it from its subject.

        "Russian forces, he wrote, had lost 198,000": the clause of the figure
        opens after "he wrote," but its subject stands before the aside; so does
        "Russia has lost — killed, wounded, captured — over 880,000".
        """
        opening = self._dash_aside_before(clause_start - 1, floor)
        if opening is not None:
            return self._clause_start(opening, floor)
        comma = clause_start - 1
        if comma <= floor or self.norm_at[comma] != ",":
            return clause_start
        aside = self._clause_start(comma, floor)
        words = {self.norm_at[i] for i in range(aside, comma)}
        if aside - 1 <= floor or self.norm_at[aside - 1] != "," or comma - aside > 8:
            return clause_start
        # "the Armed Forces of Ukraine have lost, since the beginning of this year alone,
        # more than 300,000": a span set off between a verb of losing and its object
        spanned = self.norm_at[aside] in _SPAN_OPENERS and self.norm_at[aside - 2] in lx.LOSS_VERBS
        # "Kyiv's own figure, given by Zelensky in February, was more than 46,000 dead"
        stated = self.norm_at[aside] in _STATED_PARTICIPLES
        # "Zelensky's last figure, from February, was 46,000 killed": only a date set off
        dated = any(
            d.last == comma
            and (d.first == aside or (d.first == aside + 1 and self.norm_at[aside] in _DATED_FROM))
            for d in self.m.dates
        )
        if self._relative_aside(aside, comma):
            return self._clause_start(aside - 1, floor)
        # "Ukraine had lost, and I'm quoting, more than 380,000": the teller quotes
        quoting = not words.isdisjoint(_QUOTING)
        if (
            not words & lx.SPEECH
            and self.norm_at[aside] != "according"
            and not spanned | stated | quoting | dated
        ):
            return clause_start  # ", he wrote," and ", according to the ministry," only
        return self._clause_start(aside - 1, floor)

    def _relative_aside(self, aside: int, comma: int) -> bool:
        """Whether the words from ``aside`` to ``comma`` are a relative clause set off by commas
        after a subject of losses: "Ukraine's losses in Kursk, where the incursion began, had
        exceeded 67,000".

        The clause describes a place or thing in the subject; the verb after it is the
        subject's, so the subject before it still owns the figure.
        """
        if self.norm_at[aside] not in _RELATIVE_OPENERS or comma - aside > _RELATIVE_ASIDE_REACH:
            return False
        subject = self._clause_start(aside - 1, self.first)
        return any(self.norm_at[i] in lx.TOTAL_WORDS for i in range(subject, aside - 1))

    def _says_figure(self, party: PartyMention, figure: FigureMention) -> bool:
        """Whether the side speaks a clause that the figure opens: "Ukraine says 2,500 ...".

        The figure may follow the head of the count it is in: "Kyiv said a list of 9,000".
        """
        gap = [self.norm_at[i] for i in range(party.last, figure.first)]
        if not gap or gap[0] not in lx.SPEECH:
            return False
        rest = gap[1 + (gap[1:2] == ["that"]) :]
        # "Kyiv said a list of 9,000 servicemen missing in action had been passed on"
        return not rest or (
            len(rest) == 3
            and rest[0] in ("a", "the", "its", "their")
            and rest[1] in _LIST_HEADS
            and rest[2] == "of"
        )

    def _counting_outlet_side(self, figure: FigureMention) -> str | None:
        """The side of the newsroom or project that counts the dead by name.

        "the named-person count kept by two independent Russian newsrooms ... confirmed
        the deaths of 92,083 servicemen by name": a side's own newsrooms count its own
        dead; only where the sentence names that one side, and names, before the figure.
        """
        sides = [p for p in self.m.parties if p.role != MEDIATOR and p.last <= figure.first]
        if len({p.code for p in sides}) != 1 or self.norm_set.isdisjoint(lx.NAME_WORDS):
            return None
        if not self.norm_set.isdisjoint(lx.NOT_ONLY_DEAD | lx.CAPTURED_WORDS):
            return None  # the list may hold the missing or the held too
        for counted in sides:
            if (
                self.norm_at[counted.first - 1] in ("count", "counts", "counting")
                and self.norm_at[counted.last] in lx.FIGHTERS
            ):
                # "Mediazona and the BBC Russian service, which count Russian soldiers whose
                # deaths have been reported, had confirmed 135,000 deaths by name"
                return counted.code
        party = sides[0]
        if self.tokens[party.last - 1].poss or self.norm_at[party.last] not in _COUNTING_OUTLETS:
            return None
        return party.code

    def _series_told_before(self, figure: FigureMention) -> str | None:
        """The side of the count of losses the sentence before named, which "it" stood at.

        "Kyiv publishes a daily figure for Russian losses. On Thursday it stood at N,
        but Kyiv does not say how": the count taken up is of the losses told, whatever
        side the rest of the sentence names; unless this sentence names losses itself.
        """
        told = self.discourse.losses
        if told is None or told[0] != self.index - 1:
            return None
        if series_stood(self.norm, self.first, figure.first) is None:
            return None
        if any(self.norm_at[i] in lx.LOSS_HEADS for i in range(self.first, figure.first)):
            return None
        return told[1]

    def _group_of_its_own(self, figure: FigureMention) -> bool:
        """Whether the figure's clause names a group it counts: "Among the attackers, N".

        "Among the attackers, more than 20,000 had been killed", "20,000 of the enemy":
        a partitive or locative group makes the count of other people than the side whose
        losses the sentence before named.
        """
        if self.norm_at[max(figure.last, figure.np_end)] in ("of", "among"):
            return True
        return any(self.norm_at[i] == "among" for i in range(self.first, figure.first))

    def _how_many_died(self, side: int, at: int) -> bool:
        """Whether "how many <side> soldiers have died" stands at ``side``: the count put.

        "Zelensky has put a number on how many Ukrainian soldiers have died": the sentence
        asks or names the count of one side's dead without giving it, so a sideless "more
        than 40,000 had been killed" told next counts them. Only the dead: "how many
        Ukrainian soldiers are held" names captivity, and other rules read its answer.
        """
        if (self.norm_at[side - 2], self.norm_at[side - 1]) != ("how", "many"):
            return False
        if self.norm_at[at] not in lx.FIGHTERS:
            return False
        verb = at + 1
        while self.norm_at[verb] in lx.HAVE_BE_AUXILIARIES | _DEATH_ADVERBS and verb < at + 4:
            verb += 1  # "have actually been": two auxiliaries and an adverb
        return self.norm_at[verb] in _DEAD_WORDS - {"deaths", "dead"}

    def _how_many_of_own_died(self, party: PartyMention) -> bool:
        """Whether the side at ``party`` goes on "how many of its own soldiers have died".

        "Ukraine has not said how many of its own soldiers have died": the clause names
        the count of that side's dead without giving it, as "how many Ukrainian
        soldiers" does; no other side may stand between the side and "its".
        """
        how = next(
            (
                i
                for i in range(party.last, min(self.last, party.last + _OWN_HOW_REACH))
                if self.norm_at[i] == "how"
            ),
            None,
        )
        if how is None or self._words_at(how + 1, 4) not in (
            ["many", "of", "its", "own"],
            ["many", "of", "their", "own"],
        ):
            return False
        if any(p.role != MEDIATOR and party.last <= p.first < how for p in self.m.parties):
            return False
        return self._how_many_died(how + 2, how + 5)

    def _how_many_asked(self, figure: FigureMention) -> str | None:
        """The one side a clause "how many <side> soldiers had died" before the figure names.

        "Asked how many Ukrainian soldiers had died, he said more than 40,000 had been
        killed": the figure answers the count of that side's dead the sentence asks.
        """
        sides = {
            p.code
            for p in self.m.parties
            if p.role != MEDIATOR
            and p.last < figure.first
            and any(self._how_many_died(p.first, at) for at in (p.last, p.last + 1))
        }
        return sides.pop() if len(sides) == 1 else None

    def _losses_told_before(self) -> str | None:
        """The side whose losses the sentence just before named, for a toll naming no side.

        "The General Staff updated its figures for Russian losses. It said 1,340
        troops had been killed": the troops are Russian, whoever says so.  Only a
        sentence that names no side of its own takes it.
        """
        told = self.discourse.losses
        if told is None or told[0] != self.index - 1:
            return None
        if any(
            p.role != MEDIATOR
            # "Zelensky said that about 1,300 had been killed": the teller owns no losses
            and not any(m.first <= p.first < m.last for m in self.m.sources)
            for p in self.m.parties
        ):
            return None
        return told[1]

    def _reported_subject(self, at: int) -> bool:
        """Whether the side at ``at`` opens a reported clause: "said (that) (the) Ukraine ..."."""
        before = at - 1 - (self.norm_at[at - 1] == "the")
        return self.norm_at[before] == "that" or self.norm_at[before] in lx.SPEECH

    def _opening_loser(self, figure: FigureMention) -> str | None:
        """The side the sentence opens with, when it is said to have suffered losses.

        "North Korean troops, of whom ..., have suffered heavy losses, according
        to Kyiv, which said that around 3,000 had been killed or wounded": the
        figure without people of its own counts the people the sentence is about.
        """
        first = self.first + (self.norm_at[self.first] == "the")
        party = next((p for p in self.m.parties if p.first == first and p.role != MEDIATOR), None)
        if party is None or figure.nationality is not None or party.last >= figure.first:
            return None
        if figure.noun is not None and figure.noun.category in _NOT_COMBATANTS:
            return None  # "... suffered losses around the town, where 300 civilians died"
        if any(self.norm_at[i] == ";" for i in range(party.last, figure.first)):
            return None  # "Kyiv ... its own losses ...; Moscow's last toll was 5,937 dead"
        if any(self.norm_at[i] in _ENEMY_WORDS for i in range(party.last, figure.first)):
            return None  # "Ukraine's General Staff reported losses among the occupiers"
        losses = lx.LOSS_VERBS | {"losses", "casualties"}
        said = next((i for i in range(party.last, figure.first) if self.norm_at[i] in losses), None)
        if said is not None and any(
            p.role != MEDIATOR
            and p.code != party.code
            and party.last <= p.first < said
            and all(self.norm_at[k] in lx.HAVING for k in range(p.last, said))
            and self._reported_subject(p.first)
            for p in self.m.parties
        ):
            return None  # "Shoigu said that Ukraine had lost, ...": another side lost them
        return party.code if said is not None else None
