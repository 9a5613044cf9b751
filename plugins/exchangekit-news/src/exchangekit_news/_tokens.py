"""Words, numbers and symbols of the visible text, and the sentences they form, in linear time.

One regular expression without nested repetition splits the text into
tokens; a single pass over the tokens finds sentence ends. A sentence never
holds more than :data:`MAX_SENTENCE_TOKENS` tokens, so everything done per
sentence costs a bounded amount and a whole document costs time proportional
to its length, however it is built (one megabyte without a full stop, a
million digits, a thousand unclosed quotes).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, count
from typing import Final, NamedTuple

__all__ = [
    "MAX_SENTENCE_TOKENS",
    "NUM",
    "SYM",
    "WORD",
    "SentenceWords",
    "Token",
    "ends_possessive",
    "indexed_positions",
    "is_hard_wrapped",
    "iter_tokens",
    "norm_reader",
    "positions_of",
    "split_sentences",
    "tokenize",
]

WORD: Final = 0
NUM: Final = 1
SYM: Final = 2

MAX_SENTENCE_TOKENS: Final = 120
"""A longer run of tokens without a sentence end is cut into pieces of this size."""

# A number is a digit and any digits and separators after it (separators it ends with
# are given back as marks); a word is letters with at most one inner apostrophe. Each
# repeats one character class only: no repeated group, which the engine would have to
# remember every turn of, however long the run of digits and commas.
# A run of letters starting with an ASCII one reads those by range first: the same run
# as ``[^\W\d_]+``, without a Unicode category lookup for each English letter.
# Every repetition is possessive ("*+", "++", "?+"): nothing after one can fail once it
# has matched (a token group always ends the match, and white space is followed by a
# token or the end), so giving characters back never finds another match, and the
# engine need not keep the places it could give them back from.
_LETTERS: Final = r"(?:[a-zA-Z]++[^\W\d_]*+|[^\W\d_]++)"
_TOKEN: Final = rf"([0-9][0-9,.]*+)|({_LETTERS}(?:['’]{_LETTERS})?+)|(\S)"
# The same after the white space before it; or that white space alone at the end of what
# is read (so a run of spaces is never tried again from each of its characters).
_SPACED_TOKEN: Final = re.compile(rf"(\s*+)(?:{_TOKEN}|\Z)")
_CHUNK: Final = 1 << 16  # characters read into a list at once
# "a 175-for-175 swap": the hyphens of a hyphenated pair are read as spaces, so the pair
# reads like "175 for 175".
_HYPHENATED_PAIR: Final = re.compile(r"-for-[0-9]")
# "an eighty-four-for-eighty-four": a pair spelled out is read the same way.
_SPELLED_UNITS: Final = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    "|seventy|eighty|ninety|hundred|thousand"
)
_SPELLED_PAIR: Final = re.compile(rf"(?i:{_SPELLED_UNITS})-for-(?i:{_SPELLED_UNITS})\b")
_TERMINAL: Final = frozenset(".!?…")
_CLOSERS: Final = frozenset("\"'”’)]»")
_OPENERS: Final = frozenset("\"'“‘([«-–—")
_LINE_END_PUNCTUATION: Final = frozenset(".!?:;\"'”’)»")
_ABBREVIATIONS: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "st",
        "sen",
        "rep",
        "gov",
        "pres",
        "prof",
        "jr",
        "sr",
        "no",
        "nos",
        "vs",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "govt",
    }
)


class Token(NamedTuple):
    """One word, number or symbol, with where it stands and what white space precedes it.

    ``gap`` is 0 when the token touches the previous one, 1 after spaces, 2
    after one line break and 3 after a blank line. ``norm`` is lower case with
    straight apostrophes and without a possessive ``'s`` (then ``poss`` is true).
    """

    kind: int
    text: str
    norm: str
    start: int
    end: int
    gap: int
    poss: bool


# A token's fields read by position: the values ``operator.attrgetter`` would give, without
# the attribute lookup a named tuple's field costs on every read (Python 3.11 does not
# specialise it), for the scans that read one field of every token of a sentence.
TOKEN_KIND: Final = operator.itemgetter(Token._fields.index("kind"))
TOKEN_TEXT: Final = operator.itemgetter(Token._fields.index("text"))
TOKEN_NORM: Final = operator.itemgetter(Token._fields.index("norm"))
TOKEN_START: Final = operator.itemgetter(Token._fields.index("start"))


DASHES: Final = frozenset({"\u2014", "\u2013"})  # an em dash and an en dash


def ends_possessive(text: str) -> bool:
    """Whether a word as written ends in a possessive "'s", straight or curly.

    Unlike :attr:`Token.poss`, which reads the lower-cased norm, this reads the text
    as it stands, so an all-capitals "KYIV'S" is not one unless lower-cased first.
    """
    return text.endswith(("'s", "\u2019s"))


def spaced_dash(tokens: Sequence[Token], i: int, first: int, last: int) -> bool:
    """Whether ``tokens[i]`` is a dash, or a hyphen spaced on both sides standing for one.

    Plain text writes a dash as a spaced hyphen ("270 men - some of them wounded - were");
    a hyphen joined to a word ("well-known") or a sign ("-5") is no dash. The one rule of
    what sets off an aside, shared by the mention finder and the rules. False outside the
    sentence ``tokens[first:last]``.
    """
    if not first <= i < last:
        return False
    text = tokens[i].text
    if text in DASHES:
        return True
    return text == "-" and i + 1 < last and tokens[i].gap > 0 and tokens[i + 1].gap > 0


class _NormsAt(dict[int, str]):
    """The norm of each token of a sentence by its position in the document; "" outside it."""

    __slots__ = ()

    def __missing__(self, position: int) -> str:
        return ""  # the rules read a word or two past either end of the sentence


def norm_reader(norms: Sequence[str], first: int) -> Callable[[int], str]:
    """``norm(i)``: the norm at position ``i`` of a sentence whose ``norms`` begin at ``first``.

    The same as ``norms[i - first]`` inside the sentence and "" outside it, as a
    bound dictionary lookup rather than a method with a range test: the rules
    call it some 300,000 times a quarter megabyte, and the Python call was the
    biggest part of that cost. Stored on the instance, ``self.norm(i)`` misses
    Python 3.11's fast method lookup, so the sentence readers also keep the mapping
    (:attr:`SentenceWords.norm_at`) and the rules subscript it; making the sentence
    the mapping itself, with ``norm = dict.__getitem__`` on its class, costs more
    than it saves (the instance's other attributes lose their fast lookup).
    """
    return _NormsAt(enumerate(norms, first)).__getitem__


def positions_of(words: Container[str], norms: Iterable[str], first: int) -> list[int]:
    """Where any of ``words`` stands among ``norms`` (of the tokens from ``first``), in order.

    The same as ``[i for i, n in enumerate(norms, first) if n in words]``, tested in C
    rather than with a Python step per token: the finders scan every sentence for the
    few words they start at, and most sentences hold none.
    """
    return list(compress(count(first), map(words.__contains__, norms)))


class SentenceWords(NamedTuple):
    """A sentence's norms read four ways, worked out once and shared by the finder and rules.

    ``norms`` lists the norms of ``tokens[first:last]``, ``norm_set`` holds them
    for membership tests, ``norm`` is :func:`norm_reader` over them, ``where``
    gives the positions of each norm, in order, and ``norm_at`` is the mapping
    behind ``norm``: the rules read ``norm_at[i]``, a subscript being cheaper than
    a call of a bound method stored on an instance.
    """

    norms: list[str]
    norm_set: frozenset[str]
    norm: Callable[[int], str]
    where: dict[str, list[int]]
    norm_at: dict[int, str]

    @classmethod
    def of(cls, tokens: Sequence[Token], first: int, last: int) -> SentenceWords:
        """The words of the sentence ``tokens[first:last]``."""
        norms = list(map(TOKEN_NORM, tokens[first:last]))
        where: dict[str, list[int]] = {}
        for i, norm in enumerate(norms, first):
            found = where.get(norm)
            if found is None:
                where[norm] = [i]
            else:
                found.append(i)
        at = _NormsAt(enumerate(norms, first))
        return cls(norms, frozenset(norms), at.__getitem__, where, at)

    def positions(self, words: AbstractSet[str]) -> list[int]:
        """What :func:`positions_of` gives for ``words`` over the norms, read from ``where``.

        The finders look for a few words each in every sentence; a lookup per word of
        the set found in the sentence costs less than a test of every token per finder.
        """
        return indexed_positions(words, self.norm_set, self.where)


def indexed_positions(
    words: AbstractSet[str], norm_set: frozenset[str], where: dict[str, list[int]]
) -> list[int]:
    """Where any of ``words`` stands in a sentence, in order, from its words and their positions."""
    hits = norm_set.intersection(words)
    if len(hits) == 1:
        return where[next(iter(hits))].copy()  # a new list, as positions_of gives
    found = [i for norm in hits for i in where[norm]]
    found.sort()
    return found


def _gap(text: str, end: int, start: int) -> int:
    if start == end:
        return 0
    breaks = text.count("\n", end, start)
    return 1 if breaks == 0 else 2 if breaks == 1 else 3


def tokenize(text: str, *, wrapped: bool = False) -> list[Token]:
    """The tokens of ``text``; with ``wrapped``, a single line break counts as a space."""
    return list(iter_tokens(text, wrapped=wrapped))


def iter_tokens(text: str, *, wrapped: bool = False) -> Iterator[Token]:
    """The tokens of ``text`` one at a time, so a long text is never held as tokens all at once.

    The text is read a chunk at a time with ``findall``: plain tuples of strings,
    with each token's offsets counted from the lengths of the white space and
    token before it, cost a quarter less than a match object's method calls. A
    chunk's last tokens may run on past its end, so they are read again with
    the next chunk.
    """
    make = tuple.__new__  # skips the NamedTuple constructor's argument handling
    words: dict[str, tuple[str, bool]] = {}
    previous_end = -1
    pair_hyphens = 0  # hyphens of "N-for-N" still to be read as spaces
    length = len(text)
    position = 0  # where the next chunk starts
    size = _CHUNK
    while position < length:
        stop = position + size
        found = _SPACED_TOKEN.findall(text, position, stop)
        if stop < length:
            # The last two tokens may be cut short (a word's "'s" lies past the end),
            # and the chunk's end gives an empty match of its own.
            del found[-3:]
            if not found:  # one token longer than a chunk: read on further
                size *= 2
                continue
            size = _CHUNK
        at = position  # the end of the latest token read
        for space, number, word, mark in found:
            start = at + len(space)
            if pair_hyphens and mark == "-":
                pair_hyphens -= 1
                at = start + 1
                continue
            if not (number or word or mark):
                continue  # white space up to the end of the text
            if start == previous_end:
                gap = 0
            elif previous_end < 0:
                gap = 3
            elif start == previous_end + 1 and space == " ":
                gap = 1
            else:
                gap = _gap(text, previous_end, start)
                if wrapped and gap == 2:
                    gap = 1
            if word:
                end = at = previous_end = start + len(word)
                known = words.get(word)
                if known is None:
                    norm = word.lower().replace("’", "'")
                    poss = norm.endswith("'s")
                    known = words[word] = (norm[:-2] if poss else norm), poss
                if end < length and text[end] == "-" and _SPELLED_PAIR.match(text, start):
                    pair_hyphens = 2
                yield make(Token, (WORD, word, known[0], start, end, gap, known[1]))
            elif number:
                end = at = previous_end = start + len(number)
                digits = number.rstrip(",.")
                cut = start + len(digits)
                if cut == end and _HYPHENATED_PAIR.match(text, end):
                    pair_hyphens = 2
                yield make(Token, (NUM, digits, digits, start, cut, gap, False))
                for k in range(cut, end):  # "1,000." ends a sentence; "1,000," goes on
                    yield make(Token, (SYM, text[k], text[k], k, k + 1, 0, False))
            else:
                at = previous_end = start + 1
                yield make(Token, (SYM, mark, "'" if mark == "’" else mark, start, at, gap, False))
        if stop >= length:
            break
        position = at


def is_hard_wrapped(text: str) -> bool:
    """Whether plain text looks wrapped at a fixed width, so that line breaks are mere spaces.

    Judged from line breaks inside paragraphs: after a line of 40 characters
    or more, a wrapped text mostly breaks without a sentence-ending mark.
    """
    inner = unfinished = 0
    line_start = 0
    length = len(text)
    while line_start < length:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            break
        line = text[line_start:line_end].rstrip()
        next_start = line_end + 1
        next_end = text.find("\n", next_start)
        next_line = text[next_start : next_end if next_end >= 0 else length]
        if len(line) >= 40 and next_line.strip():
            inner += 1
            if line[-1] not in _LINE_END_PUNCTUATION:
                unfinished += 1
        line_start = next_start
    return inner >= 3 and unfinished * 2 > inner


def _breaks(sentence: list[Token], mark: int, following: Token) -> bool:
    """Whether the sentence ends at its terminal mark ``sentence[mark]``, seeing what follows."""
    if following.gap == 0:
        return False
    if following.gap >= 2:
        return True
    if sentence[mark].text == "." and mark > 0:
        before = sentence[mark - 1]
        if before.kind == WORD and (len(before.norm) == 1 or before.norm in _ABBREVIATIONS):
            return False  # "U.S. media", "Gen. Syrskyi", "5 p.m. on Friday"
    first = following.text[0]
    return first.isupper() or first.isdigit() or first in _OPENERS


def split_sentences(tokens: Iterable[Token]) -> Iterator[list[Token]]:
    """The tokens of each sentence, as they come, a list told in order read as a list.

    See :func:`_sentences` for where a sentence ends and :func:`_sequence_as_list`
    for "75 and then 90".
    """
    for sentence in _sentences(tokens):
        _sequence_as_list(sentence)
        yield sentence


def _sequence_as_list(sentence: list[Token]) -> None:
    """Read "75 and then 90" and "75, then 90" as the list "75, and 90", in place.

    Numbers told one after the other are a list in order: the rules that share a
    noun, an "each" or a list of dates over listed numbers then read them too. Only
    the norms change; the text and offsets stay the sentence's.
    """
    if "then" not in map(TOKEN_NORM, sentence):
        return  # most sentences: tested in C, without a Python step per token
    for i in range(2, len(sentence) - 1):
        then, joiner = sentence[i], sentence[i - 1]
        if (
            then.norm != "then"
            or joiner.norm not in ("and", ",")
            or sentence[i - 2].kind != NUM
            or sentence[i + 1].kind != NUM
        ):
            continue
        if joiner.norm == "and":
            sentence[i - 1] = joiner._replace(kind=SYM, norm=",")
        sentence[i] = then._replace(norm="and")


def _sentences(tokens: Iterable[Token]) -> Iterator[list[Token]]:
    """The tokens of each sentence, as they come.

    A sentence ends with ., ! or ? (and any closing quotes) before a capital,
    digit or opening mark; at a line break (a single one only when the text is
    not wrapped); or at :data:`MAX_SENTENCE_TOKENS`.
    """
    current: list[Token] = []
    mark = -1  # index in ``current`` of a terminal mark still waiting for what follows it
    for token in tokens:
        if mark >= 0:
            if token.gap == 0 and token.text in _CLOSERS:
                current.append(token)
                if len(current) >= MAX_SENTENCE_TOKENS:
                    yield current
                    current, mark = [], -1
                continue
            if _breaks(current, mark, token):
                yield current
                current = []
            mark = -1
        if current and token.gap >= 2:
            yield current
            current = []
        current.append(token)
        if token.kind == SYM and token.text in _TERMINAL:
            mark = len(current) - 1
        if len(current) >= MAX_SENTENCE_TOKENS:
            yield current
            current, mark = [], -1
    if current:
        yield current
