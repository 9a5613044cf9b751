"""Tables of exchanges: a header that names each column, then one exchange per row.

A data note or a recap often lists its exchanges as an HTML table ("Date |
Received by Ukraine | Received by Russia | Mediator"). The columns say what
each figure is, so the table is read by its header, never cell by cell as
prose: a header this module cannot read yields nothing, and neither do its
cells. A column's header is read with the same words as a sentence: a verb of
handing over (by lemma) and a side with "to", "from" or "by", a side as the
verb's subject ("Russia released"), or the people's nationality ("Ukrainians
freed").
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TYPE_CHECKING, Final, NamedTuple

from exchangekit import Count, CountParseError, PersonCategory
from exchangekit_news import _lexicon as lx
from exchangekit_news._lemmas import TRANSFER_MATCHER
from exchangekit_news._lexicon import Move
from exchangekit_news._mentions import MEDIATOR_CODES
from exchangekit_news._tokens import Token, tokenize

if TYPE_CHECKING:
    from exchangekit_news._lexicon import PhraseMatcher
    from exchangekit_news._markup import Cell, Table, Text
    from exchangekit_news._mentions import _PartyEntry

__all__ = ["TableReading", "TableRow", "read_tables"]

_DATE_HEADS: Final = frozenset({"date", "day", "when"})
_KIND_HEADS: Final = frozenset({"category", "kind", "type", "who", "group"})
_ALL_WORDS: Final = frozenset({"all", "every", "each"})
# A column of sums ("Total returned to Ukraine", "Cumulative") is no exchange's figure.
_SUM_HEADS: Final = frozenset({"total", "totals", "sum", "running"})
_YEAR: Final = re.compile(r"\b(?:19|20)[0-9]{2}\b")
_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Role(Enum):
    DATE = "date"
    KIND = "kind"
    MEDIATOR = "mediator"


class _Figures(NamedTuple):
    """A column of figures: who handed the people over, who received them, and their kind."""

    sender: str
    receiver: str
    category: PersonCategory


class TableRow(NamedTuple):
    """One row read as an exchange: its visible span, date words, transfers and mediators."""

    start: int
    end: int
    date: str
    legs: tuple[tuple[str, str, PersonCategory, Count], ...]  # sender, receiver, kind, figure
    intermediaries: tuple[str, ...]


class TableReading(NamedTuple):
    """A table's visible span, whether it is a grid of data, and the rows read from it."""

    start: int
    end: int
    grid: bool  # rows of several cells: its cells are never read as prose
    rows: tuple[TableRow, ...]


def read_tables(
    text: Text, parties: PhraseMatcher[_PartyEntry], belligerents: tuple[str, ...]
) -> list[TableReading]:
    """Every table of ``text`` with the exchanges its rows state, when its header says how."""
    readings = []
    for table in text.tables:
        grid = sum(len(row) > 1 for row in table.rows) > 1
        rows = _read(table, text.visible, parties, belligerents) if grid else ()
        readings.append(TableReading(table.start, table.end, grid, rows))
    return readings


def _cell_text(visible: str, cell: Cell) -> str:
    return " ".join(visible[cell.start : cell.end].split())


def _read(
    table: Table, visible: str, parties: PhraseMatcher[_PartyEntry], belligerents: tuple[str, ...]
) -> tuple[TableRow, ...]:
    header, *body = table.rows
    roles: list[_Role | _Figures | None] = [
        _column(tokenize(_cell_text(visible, cell)), parties, belligerents) for cell in header
    ]
    figures = [role for role in roles if isinstance(role, _Figures)]
    if roles.count(_Role.DATE) != 1 or not figures or len(set(figures)) != len(figures):
        return ()
    year = None
    if table.caption is not None:
        years = set(_YEAR.findall(visible[table.caption[0] : table.caption[1]]))
        year = years.pop() if len(years) == 1 else None
    rows = []
    for row in body:
        if len(row) != len(roles):
            continue  # a cell spanning columns: which column is which is not certain
        read = _row(row, roles, visible, parties, year)
        if read is not None:
            rows.append(read)
    return tuple(rows)


def _row(
    row: tuple[Cell, ...],
    roles: list[_Role | _Figures | None],
    visible: str,
    parties: PhraseMatcher[_PartyEntry],
    year: str | None,
) -> TableRow | None:
    """The exchange a row states, or None when its date cell is not a date."""
    date: str | None = None
    kind: PersonCategory | None = None
    mediators: list[str] = []
    wounded = False
    columns: list[tuple[_Figures, Count]] = []
    for cell, role in zip(row, roles, strict=True):
        words = _cell_text(visible, cell)
        tokens = tokenize(words)
        if role is _Role.DATE:
            date = words if _is_date(tokens, words) else None
            if date is not None and year is not None and _YEAR.search(date) is None:
                date = f"{date} {year}"
        elif isinstance(role, _Figures):
            amount = _figure(words)
            if amount is not None:
                columns.append((role, amount))
        elif role is _Role.KIND:
            kind = _category(tokens)
        elif role is _Role.MEDIATOR:
            mediators.extend(
                code for code, _, _ in _parties(tokens, parties) if code in MEDIATOR_CODES
            )
        else:
            wounded = wounded or _all_wounded(tokens)
    if date is None:
        return None
    legs = []
    for column, amount in columns:
        category = column.category
        if category is PersonCategory.OTHER and kind is not None:
            category = kind
        if wounded and category in (PersonCategory.OTHER, PersonCategory.PRISONERS_OF_WAR):
            category = PersonCategory.WOUNDED_PRISONERS
        legs.append((column.sender, column.receiver, category, amount))
    return TableRow(row[0].start, row[-1].end, date, tuple(legs), tuple(dict.fromkeys(mediators)))


def _is_date(tokens: list[Token], words: str) -> bool:
    """Whether a date cell names a day or month ("4 Feb 2023", "2023-02-04"), not "Total"."""
    return _ISO_DAY.search(words) is not None or any(t.norm in lx.MONTHS for t in tokens)


def _figure(words: str) -> Count | None:
    """The figure a cell states; None for an empty cell, "n/a", "–", "undisclosed" or zero."""
    if not any(c.isdigit() for c in words):
        return None
    try:
        amount = Count.parse(words)
    except CountParseError:
        return None
    return amount if amount.best else None


def _category(tokens: list[Token]) -> PersonCategory | None:
    """The kind of people a cell names ("prisoners of war", "bodies"), if it names one."""
    wounded = False
    for i, token in enumerate(tokens):
        wounded = wounded or token.norm in lx.WOUNDED_WORDS
        found = lx.PEOPLE.match(tokens, i, len(tokens))
        if found is not None and found[1].category is not None:
            category = found[1].category
            if wounded and category is PersonCategory.PRISONERS_OF_WAR:
                return PersonCategory.WOUNDED_PRISONERS
            return category
    return PersonCategory.WOUNDED_PRISONERS if wounded else None


def _all_wounded(tokens: list[Token]) -> bool:
    """Whether a note says every person of the row was wounded ("all seriously wounded")."""
    norms = [t.norm for t in tokens]
    return (
        bool(norms)
        and norms[0] in _ALL_WORDS
        and any(n in lx.WOUNDED_WORDS for n in norms)
        and not any(t.text[0].isdigit() for t in tokens)
    )


def _parties(
    tokens: list[Token], parties: PhraseMatcher[_PartyEntry]
) -> list[tuple[str, int, int]]:
    """The parties a cell names: (code, first token, end token)."""
    found = []
    i = 0
    while i < len(tokens):
        match = parties.match(tokens, i, len(tokens))
        if match is None:
            i += 1
            continue
        end, entry = match
        if not entry.upper_only or tokens[i].text.isupper():
            found.append((entry.code, i, end))
        i = end
    return found


def _column(
    tokens: list[Token], parties: PhraseMatcher[_PartyEntry], belligerents: tuple[str, ...]
) -> _Role | _Figures | None:
    """What a header cell says its column holds; None for a column this module does not read."""
    norms = {t.norm for t in tokens}
    if norms & _DATE_HEADS:
        return _Role.DATE
    if any(lx.MEDIATION.match(tokens, i, len(tokens)) for i in range(len(tokens))):
        return _Role.MEDIATOR
    if norms & _SUM_HEADS or any(
        lx.RUNNING_TOTAL.match(tokens, i, len(tokens)) for i in range(len(tokens))
    ):
        return None
    sides = [p for p in _parties(tokens, parties) if p[0] in belligerents]
    if not sides:
        return _Role.KIND if norms & _KIND_HEADS else None
    if len({code for code, _, _ in sides}) != 1 or len(belligerents) != 2:
        return None
    code, first, end = sides[0]
    other = belligerents[1] if code == belligerents[0] else belligerents[0]
    moves = _moves(tokens)
    receives = _receives(tokens, code, first, end, moves)
    if receives is None:
        return None
    category = _category(tokens) or PersonCategory.OTHER
    return _Figures(other, code, category) if receives else _Figures(code, other, category)


def _moves(tokens: list[Token]) -> list[tuple[int, Move]]:
    """The verbs of handing over in a header: (token, how the subject relates to the people)."""
    found = []
    for i in range(len(tokens)):
        match = TRANSFER_MATCHER.match(tokens, i, len(tokens))
        if match is not None:
            found.append((i, match[1]))
    return found


def _receives(
    tokens: list[Token], code: str, first: int, end: int, moves: list[tuple[int, Move]]
) -> bool | None:
    """Whether the side a header names received the column's people (False: handed them over).

    None when the header does not say: no verb of one way, or a swap.
    """
    ways = {move for _, move in moves}
    if not ways or not ways <= {Move.SEND, Move.RECEIVE}:
        return None
    before = tokens[first - 1].norm if first else ""
    if before == "to":
        return True
    if before == "from":
        return False
    one_way = next(iter(ways)) if len(ways) == 1 else None
    if before == "by":
        return None if one_way is None else one_way is Move.RECEIVE
    named = " ".join(t.norm for t in tokens[first:end])
    adjective = lx.ADJECTIVES.get(code, "").lower()
    if named in (adjective, adjective + "s"):
        return True  # "Ukrainians freed": people go home
    if one_way is None or any(i < first for i, _ in moves):
        return None  # "Returned: Ukraine" does not say which way
    return one_way is Move.RECEIVE
