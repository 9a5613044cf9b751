"""Chunks of a sentence: verb groups, noun groups of people and the prepositions around them.

A chunk is a few words that act as one: "were returned", "is expected to
hand over", "146 Ukrainian servicemen and eight civilians", "in return for".
Each function here looks at a bounded stretch of one sentence's normalised
words, so the clause layer (:mod:`exchangekit_news._clauses`) costs time
proportional to the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

from exchangekit import PersonCategory
from exchangekit_news import _lexicon as lx

__all__ = [
    "VerbGroup",
    "counter_phrase",
    "mixed_group",
    "mixed_group_end",
    "same_number",
    "verb_group",
]

_AUXILIARIES: Final = frozenset(
    {"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am"}
)
_MODALS: Final = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "shall", "must", "ought"}
)
_NEGATIONS: Final = frozenset({"not", "never", "no", "n't", "cannot", "nor"})
# Words that, followed by "to" and a verb, make the verb a plan or an intention.
_INTENTIONS: Final = frozenset(
    {
        "agreed",
        "agree",
        "agrees",
        "ready",
        "expected",
        "expects",
        "plans",
        "planned",
        "plan",
        "planning",
        "proposed",
        "proposes",
        "offered",
        "offers",
        "promised",
        "promises",
        "refused",
        "refuses",
        "set",
        "due",
        "going",
        "hopes",
        "hoped",
        "intends",
        "intended",
        "wants",
        "wanted",
        "willing",
        "prepared",
        "able",
        "unable",
        "failed",
        "sought",
        "seeks",
        "demanded",
        "demands",
        "aims",
        "aimed",
        "likely",
        "unlikely",
        "supposed",
        "scheduled",
        "awaiting",
        "awaits",
    }
)
# Adverbs that may stand inside a verb group: "has now returned", "were also freed".
_SHORTEST_LY: Final = 5  # "apply", "reply", "Italy" are not adverbs
_ADVERBS: Final = frozenset(
    {
        "also",
        "now",
        "already",
        "finally",
        "reportedly",
        "successfully",
        "then",
        "just",
        "since",
        "again",
        "eventually",
        "recently",
        "later",
        "subsequently",
        "too",
        "first",
        "only",
        "in",
        "turn",
        "back",
        "each",
        "both",
        "all",
    }
)
# Verbs whose infinitive happened when they did: "helped to return", "managed to free";
# so does the past of "be able" ("was able to return"; "will be able to" keeps its modal).
_IMPLICATIVES: Final = frozenset(
    {"helped", "helps", "help", "helping", "managed", "manages", "manage", "able"}
)
_GROUP_REACH: Final = 6  # words a verb group may reach back over
# Verbs of telling whose perfect infinitive tells what was done: "claims to have received".
_TELLING_PERFECT: Final = frozenset(
    {"claims", "claimed", "claim", "says", "said", "reported", "reports", "appears", "seems"}
)
# Verbs of helping or letting whose object comes before the "to" of what was done:
# "helped the two parties to hand over", "allowed 11 Russians to return".
_HELPED_OBJECT: Final = frozenset({"helped", "helps", "helping", "allowed", "enabled", "permitted"})
_OBJECT_REACH: Final = 3  # words of the object between "helped" and "to" ("the two parties")
# Verbs whose object and past participle say what someone wants done: "wants them handed
# over", "wanted the bodies returned in stages"; the handing over is wished, not told.
_WISHING: Final = frozenset(
    {"want", "wants", "wanted", "wanting", "need", "needs", "needed", "prefer", "prefers"}
    | {"preferred", "demand", "demands", "demanded", "demanding"}
)
_ASIDE_REACH: Final = 20  # words of a relative clause set off between commas
# Nouns of a document or a decision, which give leave but move no one: "the accord allowed".
_PERMITTING_DOCUMENTS: Final = lx.AGREEMENT_NOUNS | {
    "law",
    "laws",
    "decree",
    "decrees",
    "ceasefire",
    "truce",
    "treaty",
    "decision",
    "ruling",
    "order",
    "rules",
}
# Words after an infinitive of letting that make the leave hang on a condition.
_CONDITIONS_AFTER: Final = (("only", "if"), ("unless",), ("provided",), ("on", "condition"))
_CONDITION_REACH_AFTER: Final = 20  # words after the infinitive a condition may stand in
_WISHED_OBJECT_REACH: Final = 4  # words of the object between the wish and the participle


class VerbGroup(NamedTuple):
    """What the words before a verb say about it: done or not, and in which voice."""

    done: bool  # the sentence says it happened (not planned, negated or hypothetical)
    passive: bool  # "were returned", "had been handed over"
    negated: bool
    modal: bool  # a modal or an intention: "will return", "agreed to hand over"


def _manner_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb in "-ly" that may stand inside a verb group.

    "would unilaterally return", "will formally hand over": the adverb does not end
    the group, so the modal before it still makes the handing over a plan.
    """
    return len(word) > _SHORTEST_LY and word.endswith("ly") and word.isalpha()


def _quoted_adverb(norms: Sequence[str], close: int) -> bool:
    """Whether ``norms[close]`` closes quotation marks around one adverb ("unilaterally")."""
    return (
        close >= 2
        and norms[close] in lx.QUOTE_MARKS
        and norms[close - 2] in lx.QUOTE_MARKS
        and (norms[close - 1] in _ADVERBS or _manner_adverb(norms[close - 1]))
    )


def verb_group(norms: Sequence[str], verb: int) -> VerbGroup:
    """Read the auxiliaries, adverbs, modals and negations just before ``norms[verb]``.

    The walk stops at the first word that cannot belong to the verb group, so
    "said the exchange could not ..." is not read back into the sentence's
    earlier verbs.
    """
    return _verb_group(norms, verb, letting=True)


def _verb_group(norms: Sequence[str], verb: int, *, letting: bool) -> VerbGroup:
    """:func:`verb_group`, reading a verb of letting before the object when ``letting``.

    The letting verb's own group is read with ``letting`` off, so the walk looks
    back at most one verb of letting: "allowed 11 Russians to return".
    """
    passive = negated = modal = False
    infinitive = bare_be = governed = False
    i = verb - 1
    floor = max(0, verb - _GROUP_REACH)
    while i >= floor:
        word = norms[i]
        bare_be = bare_be or word == "be"
        governed = governed or word in _MODALS or word == "to"
        if word in ("been", "being", "be") or (
            word in ("was", "were", "is", "are") and i == verb - 1
        ):
            passive = True
        if word in _NEGATIONS:
            negated = True
        elif word in _MODALS:
            modal = True
        elif word == "to":
            infinitive = True
        elif word in _IMPLICATIVES and infinitive:
            infinitive = False  # "helped to return": the return happened
        elif word == "possible" and infinitive and i > 0 and norms[i - 1] in ("was", "been"):
            # "it was (had been) possible to return 200": achieved, as "managed to" is;
            # "is possible", "would be possible" stay plans
            infinitive = False
            negated = negated or not _NEGATIONS.isdisjoint(norms[max(0, i - 4) : i])
            break
        elif word == "possible" and infinitive and i > 1 and norms[i - 2 : i] == ["made", "it"]:
            # "the exchange made it possible to return 20": achieved, as "was possible to"
            # is; "would have made it possible" stays a might-have-been
            infinitive = False
            before = norms[max(0, i - 6) : i - 2]
            negated = negated or not _NEGATIONS.isdisjoint(before)
            modal = modal or not _MODALS.isdisjoint(before)
            break
        elif word in _INTENTIONS:
            if infinitive:
                modal = True
            break
        elif _quoted_adverb(norms, i):
            i -= 2  # 'would "unilaterally" hand over': the quoted adverb is in the group
        elif word in lx.OPENING_DOUBLE_QUOTES and i == verb - 1:
            pass  # 'did not "get back 1,500"': a quotation opened on the verb is in its group
        elif (
            word in _TELLING_PERFECT and infinitive and list(norms[i + 1 : i + 3]) == ["to", "have"]
        ):
            # "Kyiv claims to have received 215": a perfect infinitive after a verb of
            # telling is what the teller says happened, as "says it has received" is;
            # "does not claim", "would claim" tell nothing done
            infinitive = False
            before = norms[max(0, i - 3) : i]
            negated = negated or not _NEGATIONS.isdisjoint(before)
            modal = modal or not _MODALS.isdisjoint(before)
            break
        elif word not in _AUXILIARIES and word not in _ADVERBS and not _manner_adverb(word):
            if word == "," and i < verb - 1 and _modal_before_aside(norms, i):
                modal = True  # "would, a source said, have brought home 192": a might-have-been
            if i == verb - 1 and _wished_object(norms, i):
                modal = True
            if infinitive and norms[i + 1] == "to":
                # "has helped the two parties to hand over": "to" after the helped one's
                # object is done, as "helped to return" is
                end = _before_relative_aside(norms, i)
                infinitive = not (
                    letting
                    and not _yet_to_come(tuple(norms[end + 1 : i]))
                    and any(
                        norms[j] in _HELPED_OBJECT and _let_go(norms, j, verb)
                        for j in range(max(0, end - _OBJECT_REACH), end)
                    )
                )
            break
        i -= 1
    if infinitive and not modal:
        # "to return" after anything but a verb of intention: "in order to", "the decision to"
        modal = True
    if bare_be and not governed:
        # "proposed that 1,200 prisoners be exchanged": a bare "be" with no modal or "to"
        # is a subjunctive, what someone wants done, not what was
        modal = True
    done = not (negated or modal)
    return VerbGroup(done, passive, negated, modal)


def _modal_before_aside(norms: Sequence[str], close: int) -> bool:
    """Whether the comma at ``close`` ends an aside set off just after a modal.

    "would, according to a source, have brought home 192": the aside parts the modal
    from the rest of its verb group, which stays a plan or a might-have-been.
    """
    for k in range(close - 1, max(0, close - _ASIDE_REACH) - 1, -1):
        if norms[k] in (",", "(", "—", "–"):
            return k > 0 and norms[k - 1] in _MODALS
        if norms[k] in (".", ";", ":"):
            return False
    return False


def _yet_to_come(aside: Sequence[str]) -> bool:
    """Whether a relative aside tells of its people's future: "who will be freed on Friday".

    A modal or "to be" ("who are to be released next week") makes the people yet to
    move, so a verb of letting before them moved no one.
    """
    return not _MODALS.isdisjoint(aside) or any(
        aside[k : k + 2] == ("to", "be") for k in range(len(aside))
    )


def _let_go(norms: Sequence[str], letting: int, verb: int) -> bool:
    """Whether the verb of letting at ``letting`` says the people it let go went.

    Its own verb group must be done, its subject no document ("the accord allowed 250
    soldiers to come home" gives leave; it moves no one), and no condition may follow
    the infinitive at ``verb`` ("allowed 80 prisoners to go home only if Kyiv freed 80").
    A clause of "if" or "whether" before it is ``_Finder._in_condition``'s to refuse.
    """
    if not _verb_group(norms, letting, letting=False).done:
        return False
    subject = letting - 1
    while subject > 0 and norms[subject] in _AUXILIARIES | _ADVERBS | _NEGATIONS:
        subject -= 1
    if subject >= 0 and norms[subject] in _PERMITTING_DOCUMENTS:
        return False
    after = tuple(_own_clause(norms, verb + 1, verb + 1 + _CONDITION_REACH_AFTER))
    return not any(
        after[k : k + len(cue)] == cue for cue in _CONDITIONS_AFTER for k in range(len(after))
    )


def _own_clause(norms: Sequence[str], first: int, last: int) -> Sequence[str]:
    """The words from ``first`` (before ``last``) that still belong to the same clause.

    A semicolon, a "that" or a verb of saying that opens reported words ("Kyiv said it
    would free 40 only if ...", "adding that ...") starts another clause, whose
    condition is the speaker's, not the leave's; a speech aside closed by a comma
    (", Kyiv said, only if ...") does not.
    """
    end = min(last, len(norms))
    for k in range(first, end):
        word = norms[k]
        if word in (";", ".", "that") or (
            word in lx.SPEECH and (k + 1 >= len(norms) or norms[k + 1] != ",")
        ):
            return norms[first:k]
    return norms[first:end]


def _before_relative_aside(norms: Sequence[str], last: int) -> int:
    """The object's last word when a relative clause between commas ends at ``last``.

    "allowed 11 Russians, who had asked to leave, to return": the object is "11
    Russians", before the aside; without such an aside, the object ends at ``last``.
    """
    if norms[last] != ",":
        return last
    for k in range(last - 1, max(-1, last - _ASIDE_REACH), -1):
        if norms[k] in (",", ";", ".", ":"):
            return k - 1 if norms[k] == "," and norms[k + 1] in lx.RELATIVE_PRONOUNS else last
    return last


def _wished_object(norms: Sequence[str], last: int) -> bool:
    """Whether the object ending at ``last`` follows a verb of wanting.

    "wants them handed over in stages", "demanded the 6,000 bodies returned": the
    participle after the object is what someone wants done, not what was done. A lone
    participle in the object's place is the wish itself, and the verb after it is the
    clause's own: "the 50 men Kyiv wanted freed returned home".
    """
    for j in range(last, max(-1, last - _WISHED_OBJECT_REACH), -1):
        if norms[j] in _WISHING:
            return j < last and not (j + 1 == last and norms[last].endswith(("ed", "en")))
        if not any(c.isalnum() for c in norms[j]) or norms[j] in _CLAUSE_OPENERS:
            return False
    return False


_CLAUSE_OPENERS: Final = frozenset({"and", "but", "that", "which", "who", "when", "while"})


_COUNTERS: Final = (
    ("in", "exchange", "for"),
    ("in", "return", "for"),
    ("in", "turn", "for"),
    ("exchanged", "for"),
    ("swapped", "for"),
    ("traded", "for"),
    ("against",),
)


def counter_phrase(norms: Sequence[str], start: int) -> bool:
    """Whether a counter phrase ("in exchange for", "in return for", "against") ends at ``start``.

    The figure after such a phrase went the other way from the figure before it.
    """
    for phrase in _COUNTERS:
        n = len(phrase)
        if start - n >= 0 and tuple(norms[start - n : start]) == phrase:
            return True
    return False


def same_number(norms: Sequence[str], i: int) -> int:
    """The end of "the same number" (or "as many") at ``norms[i]``; ``i`` when there is none.

    "the same number of Russians" and "as many Russians" repeat the figure
    stated before them in the sentence.
    """
    if tuple(norms[i : i + 3]) in (("the", "same", "number"), ("the", "same", "numbers")):
        return i + 3  # "the same numbers" repeats each figure of a list
    if tuple(norms[i : i + 2]) in (("same", "number"), ("equal", "number")):
        return i + 2
    if tuple(norms[i : i + 3]) == ("an", "equal", "number"):
        return i + 3
    if tuple(norms[i : i + 3]) == ("the", "same", "size") and i >= 2 and norms[i - 1] == "of":
        return i + 3  # "a group of the same size was handed to Ukraine"
    if (
        tuple(norms[i : i + 2]) == ("as", "many")
        and (i + 2 >= len(norms) or norms[i + 2] not in ("as", "of"))
        and (i == 0 or norms[i - 1] not in _NOT_AS_MANY)
    ):
        return i + 2  # "103 soldiers in return for as many Russians"; not "as many as 300"
    if (
        tuple(norms[i : i + 3]) == ("as", "many", "of")
        and i + 3 < len(norms)
        and norms[i + 3] in ("its", "their", "our")
        and "as" not in norms[i + 4 : i + 8]
        and (i == 0 or norms[i - 1] not in _NOT_AS_MANY)
    ):
        # "Russia got back as many of its troops": the figure again, of the side's own
        # people; not "as many of its soldiers as it could"
        return i + 3
    return i


# Words before "as many" that make it a ratio ("twice as many"), not the same number.
_NOT_AS_MANY: Final = frozenset({"twice", "half", "thrice", "times", "just", "not"})


_MIXERS: Final = frozenset(
    {
        "and",
        "as",
        "plus",
        "both",
        "including",
        "well",
        "among",
        "them",
        "of",
        "from",
        "on",
        "each",
        "together",
    }
)
_SIDES: Final = frozenset({"side", "sides", ","})
_OTHER_KINDS: Final = {
    "civilians": PersonCategory.CIVILIANS,
    "civilian": PersonCategory.CIVILIANS,
    # beside a military noun, "citizens" are the civilians: "fighters and citizens"
    "citizens": PersonCategory.CIVILIANS,
    "soldiers": PersonCategory.PRISONERS_OF_WAR,
    "servicemen": PersonCategory.PRISONERS_OF_WAR,
    "servicewomen": PersonCategory.PRISONERS_OF_WAR,
    "defenders": PersonCategory.PRISONERS_OF_WAR,
    "military": PersonCategory.PRISONERS_OF_WAR,
    "prisoners": PersonCategory.PRISONERS_OF_WAR,
    "children": PersonCategory.CHILDREN,
}


def mixed_group(norms: Sequence[str], end: int, stop: int, category: PersonCategory | None) -> bool:
    """Whether the noun group ending at ``end`` names people of two kinds with one figure.

    "189 soldiers and civilians", "205 captives, including both military
    personnel and civilians", "5,941 Ukrainians, both defenders and
    civilians", "84 prisoners - soldiers and civilians -": one figure over
    several kinds counts people of no one kind. A second figure ("146
    servicemen and eight civilians") is a list, not a mix, and the caller stops
    ``stop`` before it.
    """
    return mixed_group_end(norms, end, stop, category) > end


def mixed_group_end(
    norms: Sequence[str], end: int, stop: int, category: PersonCategory | None
) -> int:
    """Where the second kind of a mixed group (see :func:`mixed_group`) ends; ``end`` if none.

    The clause's verb stands past the group: "70 soldiers and civilians went each way".
    """
    kinds: set[PersonCategory] = set() if category is None else {category}
    i = end
    limit = min(stop, end + 12)
    # the group is set off by a comma or a dash: "84 prisoners - soldiers and civilians -"
    if i < limit and (norms[i] == "," or norms[i] in lx.DASH_MARKS):
        i += 1
    last = end
    # "soldiers and civilians" straight after the head, or "including/both X and Y".
    while i < limit:
        word = norms[i]
        kind = _OTHER_KINDS.get(word)
        if kind is not None:
            kinds.add(kind)
            last = i + 1
        elif word not in _MIXERS and word not in _SIDES and word != "personnel":
            break
        i += 1
    if category is PersonCategory.CIVILIANS:
        # children are civilians: "1,800 civilians, including children" is of one kind
        kinds.discard(PersonCategory.CHILDREN)
    return last if len(kinds) >= 2 else end
