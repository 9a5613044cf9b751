"""The news parser's shortcuts change nothing: each gives what the plain scan gave.

Finders skip a sentence that holds none of their words, clause splitting skips
words that open no clause, and phrase positions come from one index of the
sentence's words. Each is checked here against the plain version on text
built from the words the rules look for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from exchangekit_news import _assemble, _clauses, _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news import _mentions as mentions_module
from exchangekit_news._asides import _CLOSERS, _HEDGE_WORDS, _aside_end, _past_figure, skip_asides
from exchangekit_news._clauses import Clauses
from exchangekit_news._extract import Discourse, _Sentence
from exchangekit_news._figure_dates import _INCIDENTS
from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._rivals import _PER_SIDE
from exchangekit_news._tokens import (
    _SPACED_TOKEN,
    TOKEN_KIND,
    TOKEN_NORM,
    TOKEN_START,
    TOKEN_TEXT,
    SentenceWords,
    Token,
    positions_of,
    split_sentences,
    tokenize,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY, Period, SourceKind

_LEXICON = lexicon(iter(DEFAULT_REGISTRY))

_WORDS = st.sampled_from(
    [
        "Russia",
        "Ukraine",
        "Kyiv",
        "said",
        "according",
        "to",
        "the",
        "defence",
        "ministry",
        "Zelensky",
        "he",
        "returned",
        "exchanged",
        "in",
        "exchange",
        "for",
        "bodies",
        "soldiers",
        "prisoners",
        "each",
        "side",
        "of",
        "a",
        "total",
        "so",
        "far",
        "killed",
        "wounded",
        "more",
        "than",
        "about",
        "forty",
        "thousand",
        "1,000",
        "84",
        "2025",
        "on",
        "Thursday",
        "June",
        "11",
        "last",
        "month",
        "mediated",
        "by",
        "UAE",
        "while",
        "but",
        "which",
        "who",
        "that",
        "among",
        "including",
        "and",
        "bringing",
        ",",
        ";",
        "(",
        ")",
        "—",
        "we",
        "our",
        "same",
        "number",
        "it",
        "were",
    ]
)
# Phrases whose words the shortcuts must see together.
_PHRASES = st.sampled_from(
    [
        "according to Kyiv",
        ", and it",
        ", and that",
        ", bringing",
        ", which",
        ", among",
        "( who",
        "the same number",
        "so far",
        "in exchange for",
        "each side",
        "on June 11",
        "forty thousand",
    ]
)
_SENTENCES = st.lists(_WORDS | _PHRASES, min_size=1, max_size=30).map(" ".join)
# Words that open or close clauses, and a few that do not.
_CLAUSE_NORMS = st.sampled_from(
    [
        *(",", "and", "it", "that", "bringing", "which", "who", "whereas", "while", "but"),
        *(";", "among", "including", "the", "a", "for", "(", ")", "—", "soldiers", "returned"),
        *("-", "–"),
    ]
)


def _old_clauses(norms: Sequence[str], people_ends: Sequence[int]) -> tuple[object, ...]:
    """Clause starts and relative clauses as the loop over every word found them."""
    reference = Clauses([])
    reference.norms = norms
    starts = [0]
    participial: set[int] = set()
    relatives: list[tuple[int, int]] = []
    restrictive: list[tuple[int, int]] = []
    after_people = frozenset(people_ends)
    n = len(norms)
    for i, word in enumerate(norms):
        previous = norms[i - 1] if i > 0 else ""
        contrast = (word in _clauses._CONTRASTS and (previous in _clauses._OPEN or i == 0)) or (
            word in ("whereas", "while") and previous not in ("a", "the", "for")
        )
        if word == ";":
            starts.append(i + 1)
        elif contrast or (
            word == "and" and previous == "," and i + 1 < n and norms[i + 1] in lx.NEW_SUBJECTS
        ):
            starts.append(i)
            following = norms[i + 1] if contrast and i + 1 < n else ""
            if following.endswith("ing") and following not in _clauses._NOT_PARTICIPLES:
                participial.add(i)  # "while handing ...": the clause before's subject
        elif previous == "," and word.endswith("ing") and word not in _clauses._NOT_PARTICIPLES:
            starts.append(i)
            participial.add(i)
        aside = (
            (word in lx.RELATIVE_PRONOUNS and previous in _clauses._OPEN)
            or (word in _clauses._ASIDES and previous == ",")
            or (word in lx.PART_CUES and previous in lx.DASH_MARKS and i > 1)
        )
        if aside or (word in ("that", "which", "whom", "who") and i in after_people):
            end = reference._relative_end(i, to_the_end=aside)
            if end is not None:
                (relatives if aside else restrictive).append((i, end))
    return sorted(set(starts)), participial, relatives, restrictive


@settings(max_examples=300)
@given(st.lists(_CLAUSE_NORMS, max_size=40), st.lists(st.integers(0, 40), max_size=5))
@example(["soldiers", ",", "bringing", "the", ",", "and", "it", "returned"], [])
def test_clauses_match_the_loop_over_every_word(norms: list[str], people_ends: list[int]) -> None:
    clauses = Clauses(norms, people_ends)
    found = (clauses.starts, clauses.participial, clauses.relatives, clauses.restrictive)
    assert found == _old_clauses(norms, people_ends)


def _sentences(text: str) -> list[list[Token]]:
    return list(split_sentences(tokenize(text)))


@settings(max_examples=300)
@given(_SENTENCES, st.integers(0, 3), st.sets(_WORDS, max_size=6))
@example("the same 40 and the same 50", 0, {"the", "same", "and"})
def test_positions_from_the_word_index_match_the_scan_of_every_word(
    text: str, start: int, words: set[str]
) -> None:
    """A sentence's positions of a set of words, read from its word index, are the scan's."""
    tokens = tokenize(text)
    first = min(start, len(tokens))
    sentence_words = SentenceWords.of(tokens, first, len(tokens))
    for found in (words, frozenset(words) | {","}, frozenset()):
        expected = positions_of(found, sentence_words.norms, first)
        assert sentence_words.positions(found) == expected


@settings(max_examples=200)
@given(_SENTENCES)
def test_phrase_positions_match_the_scan_of_every_word(text: str) -> None:
    for tokens in _sentences(text):
        mentions = find_mentions(tokens, 0, len(tokens), text, _LEXICON)
        sentence = _Sentence(
            0, tokens, 0, len(tokens), mentions, Discourse(), text, SourceKind.MEDIA
        )
        for matcher in (lx.CAVEAT_CUES, lx.RUNNING_TOTAL, lx.RATE_WORDS, lx.PER_SIDE):
            plain = [
                i for i in range(len(tokens)) if matcher.match(tokens, i, len(tokens)) is not None
            ]
            assert sentence._positions(matcher) == plain


@settings(max_examples=200)
@given(_SENTENCES)
def test_finders_skip_only_sentences_where_they_would_find_nothing(text: str) -> None:
    for tokens in _sentences(text):
        quick = mentions_module._Finder(tokens, 0, len(tokens), text, _LEXICON)
        plain = mentions_module._Finder(tokens, 0, len(tokens), text, _LEXICON)
        # A sentence that seems to hold a number and every word any finder looks for.
        plain.has_number = True
        plain.norm_set = (
            frozenset(plain.norms)
            | _LEXICON.speaker_starts
            | lx.NUMBER_WORDS
            | lx.SPEECH
            | {"according"}
            | (mentions_module._TRANSFER_FIRSTS | mentions_module._DATE_STARTS)
        )
        assert quick.figures() == plain.figures()
        assert quick.sources_and_parties() == plain.sources_and_parties()
        assert quick.transfers() == plain.transfers()
        assert quick.speech() == plain.speech()
        assert quick.dates() == plain.dates()


def _vocabulary(matcher: lx.PhraseMatcher[object]) -> list[str]:
    """Every word of every phrase ``matcher`` knows, by a walk of its tree."""
    found: set[str] = set()
    levels = [matcher._root]
    while levels:
        level = levels.pop()
        found.update(level)
        levels.extend(node.children for node in level.values())
    return sorted(found)


# Every phrase matcher of the rules; the texts below are built from each one's own words,
# so that its phrases, their beginnings and their near misses all occur.
_MATCHERS: list[lx.PhraseMatcher[object]] = [
    *(m for m in vars(lx).values() if isinstance(m, lx.PhraseMatcher)),
    _lemmas.TRANSFER_MATCHER,
    _LEXICON.parties,
]


@st.composite
def _matcher_and_text(draw: st.DrawFn) -> tuple[lx.PhraseMatcher[object], str]:
    matcher = draw(st.sampled_from(_MATCHERS))
    words = st.sampled_from([*_vocabulary(matcher), "the", "and", ",", "Russia", "5"])
    return matcher, " ".join(draw(st.lists(words, min_size=1, max_size=25)))


@settings(max_examples=400)
@given(_matcher_and_text())
def test_a_phrase_starts_only_at_a_word_alone_or_at_a_known_pair(
    case: tuple[lx.PhraseMatcher[object], str],
) -> None:
    matcher, text = case
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    for i in range(len(tokens)):
        if matcher.match(tokens, i, len(tokens)) is not None:
            after = norms[i + 1] if i + 1 < len(tokens) else None
            assert norms[i] in matcher.alone or (norms[i], after) in matcher.pairs


@settings(max_examples=400)
@given(_matcher_and_text())
def test_phrase_positions_of_every_matcher_match_the_scan_of_every_word(
    case: tuple[lx.PhraseMatcher[object], str],
) -> None:
    matcher, text = case
    for tokens in _sentences(text):
        mentions = find_mentions(tokens, 0, len(tokens), text, _LEXICON)
        sentence = _Sentence(
            0, tokens, 0, len(tokens), mentions, Discourse(), text, SourceKind.MEDIA
        )
        plain = [i for i in range(len(tokens)) if matcher.match(tokens, i, len(tokens)) is not None]
        assert sentence._positions(matcher) == plain


# "the" before the words that open offices, institutions and party names, in either case.
_OFFICE_WORDS = sorted(
    {*_vocabulary(lx.INSTITUTIONS), *_vocabulary(lx.NAMED_SOURCES), *_vocabulary(lx.ANAPHORS)}
    | {*lx.NON_PARTY_SPEAKERS, "Russia", "Russian", "Ukraine", "Kyiv", "UN", "US", "said", "in"}
)
_OFFICE_TEXT = st.lists(
    st.sampled_from(["the", "The", *_OFFICE_WORDS, *(w.title() for w in _OFFICE_WORDS)]),
    min_size=1,
    max_size=25,
).map(" ".join)


@settings(max_examples=300)
@given(_OFFICE_TEXT | _SENTENCES)
@example("The Russian Ministry of Defence said")
@example("officials in the Kremlin and the UN said")
@example("the defence ministry in Kyiv said")
def test_speakers_after_the_are_found_as_without_the_shortcut(text: str) -> None:
    assert _LEXICON.office_starts is not None
    plain_lexicon = _LEXICON._replace(office_starts=None)  # None: "the" is never skipped
    for tokens in _sentences(text):
        quick = mentions_module._Finder(tokens, 0, len(tokens), text, _LEXICON)
        plain = mentions_module._Finder(tokens, 0, len(tokens), text, plain_lexicon)
        assert quick.sources_and_parties() == plain.sources_and_parties()


def _old_sources_and_parties(
    finder: mentions_module._Finder,
) -> tuple[list[mentions_module.SourceMention], list[mentions_module.PartyMention]]:
    """The finder's walk over every token, one at a time, before it jumped to candidates."""
    sources: list[mentions_module.SourceMention] = []
    parties: list[mentions_module.PartyMention] = []
    tokens, last = finder.tokens, finder.last
    may_start = finder.lexicon.speaker_starts
    if finder.norm_set.isdisjoint(may_start):
        return sources, parties
    i = finder.first
    while i < last:
        norm = tokens[i].norm
        if norm not in may_start:
            slip = lx.MISSPELT_SOURCES.get(norm) if tokens[i].text[:1].isupper() else None
            if slip is not None:
                sources.append(mentions_module.SourceMention(i, i + 1, slip, ()))
                if slip.party is not None:
                    parties.append(
                        mentions_module.PartyMention(i, i + 1, slip.party, "actor", True)
                    )
            i += 1
            continue
        named = lx.NAMED_SOURCES.match(tokens, i, last)
        if named is None and norm == "the":
            named = lx.NAMED_SOURCES.match(tokens, i + 1, last)
            if named is not None:
                i += 1  # the name starts after "the"
        if named is not None:
            end, entry = named
            sources.append(mentions_module.SourceMention(i, end, entry, ()))
            if entry.party is not None:
                role = "mediator" if entry.party in mentions_module.MEDIATOR_CODES else "actor"
                parties.append(mentions_module.PartyMention(i, end, entry.party, role, True))
            mediating = lx.MEDIATING_SOURCES.get(entry.name)
            if mediating is not None:
                parties.append(mentions_module.PartyMention(i, end, mediating, "mediator", True))
            i = end
            continue
        if norm == "the" and parties and finder._the_country(i):
            party, office = None, finder._office(i + 2, (i + 2, parties[-1].code))
        else:
            party = finder.party_at(i)
            office = finder._office(i, party)
            if office is None and party is None and norm == "the":
                office = finder._office(i + 1, finder.party_at(i + 1))
        if office is not None:
            end, entry = office
            sources.append(mentions_module.SourceMention(i, end, entry, ()))
            if entry.party is not None:
                role = "mediator" if entry.party in mentions_module.MEDIATOR_CODES else "actor"
                parties.append(mentions_module.PartyMention(i, end, entry.party, role, True))
            i = end
            continue
        if party is not None:
            end, code = party
            noun = tokens[end - 1].norm not in mentions_module._ADJECTIVES
            role = finder._party_role(i, end, code)
            parties.append(mentions_module.PartyMention(i, end, code, role, noun))
            i = end
            continue
        anaphor = lx.ANAPHORS.match(tokens, i, last)
        if anaphor is not None:
            end, roles = anaphor
            sources.append(mentions_module.SourceMention(i, end, None, roles))
            i = end
            continue
        i += 1
    return sources, parties


# Misspelt surnames ("Zelenksy") count as their speaker; lower case, they do not.
_MISSPELT = sorted(lx.MISSPELT_SOURCES)[:: max(1, len(lx.MISSPELT_SOURCES) // 40)]
_SPEAKER_TEXT = st.lists(
    st.sampled_from(
        ["the", "The", "said", "in", "Kyiv", *_OFFICE_WORDS, *_MISSPELT]
        + [w.title() for w in _MISSPELT]
    ),
    min_size=1,
    max_size=25,
).map(" ".join)


@settings(max_examples=300)
@given(_SPEAKER_TEXT | _OFFICE_TEXT | _SENTENCES)
@example("President Zelenksy said the defence ministry in Kyiv agreed")
def test_speakers_and_parties_match_the_walk_over_every_token(text: str) -> None:
    for tokens in _sentences(text):
        finder = mentions_module._Finder(tokens, 0, len(tokens), text, _LEXICON)
        assert finder.sources_and_parties() == _old_sources_and_parties(finder)


def _consecutive_sum_plain(days: dict[date, int], total: int) -> Period | None:
    """Runs of two to seven consecutive days summed from every day, with no day skipped."""
    for start in days:
        day, added, run = start, 0, 0
        while day in days and added < total and run < _assemble._STAGE_DAYS:
            added += days[day]
            run += 1
            day += timedelta(days=1)
        if run >= 2 and added == total:
            return Period.between(start, day - timedelta(days=1))
    return None


@given(
    st.dictionaries(
        st.integers(0, 40).map(lambda n: date(2025, 5, 1) + timedelta(days=n)),
        st.integers(1, 400),
        max_size=12,
    ),
    st.integers(1, 1500),
)
@example({date(2025, 5, 23): 390, date(2025, 5, 24): 307, date(2025, 5, 25): 303}, 1000)
@example({date(2025, 5, 23): 390, date(2025, 5, 25): 610}, 1000)
def test_stage_sums_skip_only_days_that_start_no_run(days: dict[date, int], total: int) -> None:
    """A day with no next day starts no run of stages, so skipping it changes no answer."""
    assert _assemble._consecutive_sum(days, total) == _consecutive_sum_plain(days, total)


@given(
    st.dictionaries(
        st.integers(0, 40).map(lambda n: date(2025, 5, 1) + timedelta(days=n)),
        st.integers(1, 400),
        max_size=12,
    ),
    st.integers(1, 1500),
)
@example({date(2025, 5, 2): 700, date(2025, 5, 23): 390, date(2025, 5, 24): 610}, 1000)
def test_stage_sums_read_only_days_beside_another(days: dict[date, int], total: int) -> None:
    """``_stage_totals`` passes only days with a neighbour: a lone day changes no answer."""
    one_day = timedelta(days=1)
    beside = {d: n for d, n in days.items() if d + one_day in days or d - one_day in days}
    assert _assemble._consecutive_sum(beside, total) == _consecutive_sum_plain(days, total)


# Words of the day, incident, span and turn-label finders, and words around them.
_GATED_TEXT = st.lists(
    st.sampled_from(
        [
            *("on", "the", "14th", "11th", "of", "June", "24", "January", "and", "again", ","),
            *("crash", "crashed", "explosion", "after", "before", "in", "by", "same", "three"),
            *("months", "over", "ZELENSKIY", "Q", ":", "said", "Kyiv", "had", "freed", "200"),
            *("killed", "were", "swap", "when", "with", "."),
        ]
    ),
    min_size=1,
    max_size=20,
).map(" ".join)


def _gated_pair(tokens: list[Token], text: str) -> tuple[_Sentence, _Sentence]:
    """The sentence twice: as read, and with every gated word seeming to be in it."""
    made = []
    for _ in range(2):
        discourse = Discourse()
        discourse.span = ("three", "months", "28 February")
        discourse.incidents = {"crash": "24 January", "explosion": "2 May"}
        mentions = find_mentions(tokens, 0, len(tokens), text, _LEXICON)
        made.append(
            _Sentence(0, tokens, 0, len(tokens), mentions, discourse, text, SourceKind.MEDIA)
        )
    quick, plain = made
    plain.norm_set = plain.norm_set | {"st", "nd", "rd", "th", "same", ":"} | set(_INCIDENTS)
    return quick, plain


@settings(max_examples=300)
@given(_GATED_TEXT)
@example("the plane crashed on 24 January .")
@example("Over the same three months , 200 were killed .")
@example("ZELENSKIY : Kyiv freed 200 on the 14th and again on the 11th .")
def test_sentence_finders_skip_only_sentences_without_their_words(text: str) -> None:
    """Each finder that returns early on a missing word gives what its full scan gives."""
    for tokens in _sentences(text):
        quick, plain = _gated_pair(tokens, text)
        assert quick.bare_ordinal_days() == plain.bare_ordinal_days()
        assert quick.same_span_end() == plain.same_span_end()
        assert quick.incident_told() == plain.incident_told()
        assert quick.turn_label() == plain.turn_label()
        quick.note_incidents()
        plain.note_incidents()
        assert quick.discourse.incidents == plain.discourse.incidents


# Words of the week-dated statement pattern, and marks and case forms around them.
_WEEK_TEXT = st.lists(
    st.sampled_from(
        [
            *("told", "Told", "spoke", "xtold", "briefings", "interviews", "reporters"),
            *("this", "last", "LAST", "earlier", "in", "the", "week", "Week", "WEE\u212a"),
            *("weeks", "weekend", ".", ",", ";", "\n", "a" * 30, "officials", "Kyiv"),
        ]
    ),
    max_size=24,
).flatmap(lambda words: st.sampled_from([" ", "", "  "]).map(lambda gap: gap.join(words)))


@settings(max_examples=400)
@given(_WEEK_TEXT)
@example("officials who spoke to reporters last week said")
@example("He told them last weeks ago")
@example("xtold them last week")
@example("Briefings were held earlier in the WEE\u212a")
def test_statement_told_in_a_week_matches_the_search_of_the_whole_text(text: str) -> None:
    """Trying the pattern only before each "week" finds what a search of the whole text finds."""
    expected = _assemble._TOLD_IN_A_WEEK.search(text) is not None
    assert _assemble._told_in_a_week(text) is expected


# The token pattern as it was, reading every letter through its Unicode class, with
# repetitions that may give characters back.
_PLAIN_TOKENS = re.compile(r"(\s*)(?:([0-9][0-9,.]*)|([^\W\d_]+(?:['’][^\W\d_]+)?)|(\S)|\Z)")


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(
            [
                *"aZz_9'’ .,-\n\t",
                *("\u00e9", "\u00df", "\u0301", "\u0663", "\u00b2", "\u212a", "\u0130"),
                *("\u2014", "\u0436", "\u00a0", "Kyiv", "1,000", "don't", "’s"),
            ]
        ),
        max_size=30,
    ).map("".join),
    st.integers(0, 5),
    st.integers(0, 40),
)
@example("Zelensky’s 1,000 caf\u00e9s, na\u0301ive \u00e9t\u00e9", 0, 40)
@example("the soldiers' 1,000. ’s", 0, 14)
def test_letters_read_ascii_first_give_the_tokens_of_the_unicode_class(
    text: str, start: int, stop: int
) -> None:
    """Reading ASCII letters by range first, never giving characters back, splits every
    text (and every chunk of one) as the Unicode class alone does."""
    assert _SPACED_TOKEN.findall(text, start) == _PLAIN_TOKENS.findall(text, start)
    assert _SPACED_TOKEN.findall(text, start, stop) == _PLAIN_TOKENS.findall(text, start, stop)


_SIDE_TEXT = st.lists(
    _WORDS | st.sampled_from(["each", "way", "apiece", "side", "from", "on", "(", ")", "approx."]),
    min_size=1,
    max_size=30,
).map(" ".join)


@settings(max_examples=300)
@given(_SIDE_TEXT | _SENTENCES, st.sampled_from([("each",), ("the", "of"), lx.MONTHS, ("(",)]))
@example("303 each way , and 90 apiece on each side", ("each",))
def test_word_positions_and_per_side_phrases_match_the_plain_scans(
    text: str, words: tuple[str, ...] | frozenset[str]
) -> None:
    for tokens in _sentences(text):
        mentions = find_mentions(tokens, 0, len(tokens), text, _LEXICON)
        sentence = _Sentence(
            0, tokens, 0, len(tokens), mentions, Discourse(), text, SourceKind.MEDIA
        )
        for start, stop in ((0, len(tokens)), (1, len(tokens) // 2)):
            plain = [i for i in range(start, stop) if tokens[i].norm in words]
            assert sentence._at(words, start, stop) == plain
        for at in range(len(tokens) + 1):
            length = next((len(w) for w in _PER_SIDE if sentence._words_at(at, len(w)) == w), 0)
            if length and lx.side_of_place(tokens, at + length, len(tokens)):
                length = 0
            assert sentence._per_side_length(at) == length
        for token in tokens:
            got = (TOKEN_KIND(token), TOKEN_TEXT(token), TOKEN_NORM(token), TOKEN_START(token))
            assert got == (token.kind, token.text, token.norm, token.start)


@settings(max_examples=300)
@given(_SIDE_TEXT)
@example("2,000 soldiers (approx.) remain , 40 (estimated) and ( 5 ) more")
def test_asides_are_skipped_as_when_every_token_was_tested(text: str) -> None:
    for tokens in _sentences(text):
        kept: list[Token] = []
        i = 0
        while i < len(tokens):
            back = _past_figure(kept)
            if tokens[i].text in _CLOSERS and back:
                end = _aside_end(tokens, i)
                if end > 0 and (back == 1 or tokens[i + 1].norm not in _HEDGE_WORDS):
                    i = end
                    continue
            kept.append(tokens[i])
            i += 1
        assert skip_asides(tokens) == kept
