"""The handover log: a plain-text file a data desk keeps by hand, one block per exchange.

A block is a run of ``key: value`` lines; blank lines separate blocks and
lines starting with ``#`` are comments::

    # exchangekit handover log

    provenance: Desk notes, week 43

    date: 2025-10-23
    kind: repatriation of remains
    transfer: RUS -> UKR, 1,000 remains
    according to: Russian side | government | RUS
    transfer: UKR -> RUS, 31 remains
    via: ICRC
    note: Said by Moscow to be the bodies of Ukrainian servicemen.

``date`` is any date or span exchangekit reads without a reference date
(``2025-10-23``, ``23 October 2025``, ``July 2025``, ``2025-Q3``). ``transfer``
is ``SENDER -> RECEIVER, COUNT CATEGORY``, the count in words exchangekit reads
(``1,000``, ``around 1,000``, ``more than 135,000``), and may be followed by one
``according to`` line naming who vouches for it. Sources are written
``name | kind | party | url | published``, leaving out empty trailing parts.
A backslash escapes ``\\``, ``|``, a line break (``\\n``, ``\\r``) and any
other character as ``\\u{hex}``, so every exchange can be written and read
back unchanged. Parties are named by code and resolved in a party registry
(pass ``registry=`` to both ``parse`` and ``export`` for parties of your own).
The log holds exchanges only, not casualty claims or stated tallies.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, TextIO

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeKind,
    ExchangekitError,
    ExchangeTally,
    ParseError,
    Party,
    PartyRegistry,
    Period,
    PersonCategory,
    Qualifier,
    Quote,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.formats import Exporter, Item, Parser, Provenance, Record

__all__ = ["HEADER", "HandoverLogExporter", "HandoverLogParser", "escape", "unescape"]

HEADER = "# exchangekit handover log"
"""The first line the exporter writes, and what ``sniff`` looks for."""

_KEYS = (
    "date",
    "kind",
    "transfer",
    "according to",
    "via",
    "source",
    "note",
    "quote",
    "id",
    "provenance",
)
_LINE = re.compile(r"\s*([A-Za-z][A-Za-z ]*?)\s*:(.*)")
_ESCAPES = {"\\": "\\\\", "|": "\\|", "\n": "\\n", "\r": "\\r"}
_UNESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|(.))", re.DOTALL)
_SIMPLE = {"\\": "\\", "|": "|", "n": "\n", "r": "\r"}
_SPAN = re.compile(r"([0-9]+)-([0-9]+)")
_EXPLICIT_COUNT = re.compile(r"(\d+)\.\.(\d*)(?: ~(\d+))? \(([a-z_]+)\)")
_CATEGORIES = sorted(PersonCategory, key=lambda c: -len(c.value))


# -- escaping ---------------------------------------------------------------------------------


def _needs_code(char: str, at_edge: bool) -> bool:
    category = unicodedata.category(char)
    return (
        category in ("Cc", "Cs", "Zl", "Zp")
        or char == "\x85"
        or (at_edge and (char.isspace() or category == "Cf"))
    )


def escape(text: str) -> str:
    """``text`` as one line that :func:`unescape` turns back into it, surrounding spaces kept."""
    last = len(text) - 1
    parts = []
    for index, char in enumerate(text):
        if char in _ESCAPES:
            parts.append(_ESCAPES[char])
        elif _needs_code(char, index in (0, last)):
            parts.append(f"\\u{{{ord(char):x}}}")
        else:
            parts.append(char)
    return "".join(parts)


def unescape(text: str) -> str:
    """Undo :func:`escape`; a backslash before any other character is kept as written."""

    def replace(match: re.Match[str]) -> str:
        code, char = match.groups()
        if code is not None:
            return chr(int(code, 16)) if int(code, 16) <= 0x10FFFF else match.group()
        return _SIMPLE.get(char, match.group())

    return _UNESCAPE.sub(replace, text)


def _split(value: str) -> list[str]:
    """Split at each ``|`` that is not escaped, keeping the parts escaped."""
    parts, current, chars = [], [], iter(value)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == "|":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


# -- reading ----------------------------------------------------------------------------------


class _BlockError(Exception):
    def __init__(self, message: str, line: int, field: str | None) -> None:
        super().__init__(message)
        self.message, self.line, self.field = message, line, field


def _text(value: str, line: int, field: str) -> str:
    """``value`` unescaped, refused when it holds half a surrogate pair (which is not text)."""
    text = unescape(value)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _BlockError(
                f"{text[exc.start]!r} at character {exc.start} is an unpaired surrogate "
                "(half of a pair), which is not text",
                line,
                field,
            ) from None
    return text


def _party(text: str, registry: PartyRegistry, line: int, field: str) -> Party:
    name = _text(text, line, field).strip()
    try:
        if "+" in name:
            return Party.joint(*(registry.lookup(code) for code in name.split("+")))
        return registry.lookup(name)
    except ExchangekitError as exc:
        raise _BlockError(str(exc), line, field) from exc


def _count(text: str, line: int) -> Count:
    explicit = _EXPLICIT_COUNT.fullmatch(text)
    try:
        if explicit is None:
            return Count.parse(text)
        low, high, best, qualifier = explicit.groups()
        return Count(
            int(low),
            int(high) if high else None,
            int(best) if best else None,
            Qualifier(qualifier),
        )
    except (ExchangekitError, ValueError) as exc:
        raise _BlockError(str(exc), line, "transfer") from exc


def _transfer(value: str, registry: PartyRegistry, line: int) -> Transfer:
    sender, arrow, rest = value.partition("->")
    receiver, comma, amount = rest.partition(",")
    if not arrow or not comma:
        raise _BlockError(
            f"{value!r} is not 'SENDER -> RECEIVER, COUNT CATEGORY' "
            "(for example 'RUS -> UKR, 1,000 remains')",
            line,
            "transfer",
        )
    amount = amount.strip()
    for category in _CATEGORIES:
        words = category.value.replace("_", " ")
        if amount.lower().endswith(" " + words):
            count = _count(amount[: -len(words)].strip(), line)
            break
    else:
        kinds = ", ".join(c.value.replace("_", " ") for c in PersonCategory)
        raise _BlockError(
            f"{amount!r} does not end with who was handed over ({kinds})", line, "transfer"
        )
    try:
        return Transfer(
            _party(sender, registry, line, "transfer"),
            _party(receiver, registry, line, "transfer"),
            category,
            count,
        )
    except ExchangekitError as exc:
        raise _BlockError(str(exc), line, "transfer") from exc


def _source(value: str, registry: PartyRegistry, line: int, field: str) -> Source:
    parts = _split(value)
    if len(parts) > 5 or not parts[0]:
        raise _BlockError(f"{value!r} is not 'name | kind | party | url | published'", line, field)
    name, kind, party, url, published = [*parts, "", "", "", ""][:5]
    try:
        return Source(
            name=_text(name, line, field),
            kind=SourceKind(kind.lower().replace(" ", "_")) if kind else SourceKind.OTHER,
            party=_party(party, registry, line, field) if party else None,
            url=_text(url, line, field) if url else None,
            published=date.fromisoformat(published) if published else None,
        )
    except ValueError as exc:
        kinds = ", ".join(k.value for k in SourceKind)
        raise _BlockError(f"{exc} (source kinds: {kinds})", line, field) from exc


def _quote(value: str, line: int) -> Quote:
    parts = _split(value)
    text, span, document = [*parts, "", ""][:3]
    if len(parts) > 3:
        raise _BlockError(f"{value!r} is not 'text | start-end | document'", line, "quote")
    start = end = None
    if span:
        offsets = _SPAN.fullmatch(span)
        if offsets is None:
            raise _BlockError(f"{span!r} is not a span such as '120-185'", line, "quote")
        try:
            start, end = int(offsets[1]), int(offsets[2])
        except ValueError:  # more digits than int() reads (sys.get_int_max_str_digits())
            raise _BlockError("the span's offsets have too many digits", line, "quote") from None
    try:
        return Quote(
            _text(text, line, "quote"),
            start,
            end,
            _text(document, line, "quote") if document else None,
        )
    except ExchangekitError as exc:
        raise _BlockError(str(exc), line, "quote") from exc


def _kind(value: str, line: int) -> ExchangeKind:
    try:
        return ExchangeKind(value.lower().strip().replace(" ", "_"))
    except ValueError:
        kinds = ", ".join(k.value.replace("_", " ") for k in ExchangeKind)
        raise _BlockError(f"{value!r} is not a kind of exchange ({kinds})", line, "kind") from None


def _period(value: str, line: int) -> Period:
    try:
        return Period.parse(value)
    except ExchangekitError as exc:
        raise _BlockError(str(exc), line, "date") from exc


def _exchange(block: list[tuple[int, str, str]], registry: PartyRegistry) -> Exchange:
    first = block[0][0]
    fields: dict[str, Any] = {}
    transfers: list[Transfer] = []
    lists: dict[str, list[Any]] = {"via": [], "source": [], "note": [], "quote": []}
    previous = ""
    for line, key, value in block:
        if key in ("date", "kind", "id") and key in fields:
            raise _BlockError(f"a block has one {key!r} line", line, key)
        if key == "date":
            fields["date"] = _period(value, line)
        elif key == "kind":
            fields["kind"] = _kind(value, line)
        elif key == "id":
            fields["id"] = _text(value, line, key)
        elif key == "transfer":
            transfers.append(_transfer(value, registry, line))
        elif key == "according to":
            if previous != "transfer":
                raise _BlockError("'according to' must follow a 'transfer' line", line, key)
            last = transfers[-1]
            transfers[-1] = Transfer(
                last.sender,
                last.receiver,
                last.category,
                last.count,
                _source(value, registry, line, key),
            )
        elif key == "via":
            lists["via"].append(_party(value, registry, line, key))
        elif key == "source":
            lists["source"].append(_source(value, registry, line, key))
        elif key == "note":
            lists["note"].append(_text(value, line, key))
        elif key == "quote":
            lists["quote"].append(_quote(value, line))
        else:
            raise _BlockError("'provenance' lines go in a block of their own", line, key)
        previous = key
    for required in ("date", "kind"):
        if required not in fields:
            raise _BlockError(f"the block has no {required!r} line", first, required)
    if not transfers:
        raise _BlockError("the block has no 'transfer' line", first, "transfer")
    try:
        return Exchange(
            kind=fields["kind"],
            period=fields["date"],
            transfers=transfers,
            intermediaries=lists["via"],
            sources=lists["source"],
            notes=lists["note"],
            quotes=lists["quote"],
            **({"id": fields["id"]} if "id" in fields else {}),
        )
    except ExchangekitError as exc:
        raise _BlockError(str(exc), first, None) from exc


def _blocks(stream: TextIO) -> Iterator[list[tuple[int, str, str]] | _BlockError]:
    """Each block's ``(line, key, value)`` lines, or the error that spoils the block."""
    block: list[tuple[int, str, str]] = []
    spoiled: _BlockError | None = None
    for number, raw in enumerate(stream, start=1):
        text = raw.rstrip("\r\n")
        if number == 1:
            text = text.removeprefix("\ufeff")
        if not text.strip():
            if spoiled or block:
                yield spoiled or block
            block, spoiled = [], None
            continue
        if text.lstrip().startswith("#") or spoiled:
            continue
        match = _LINE.fullmatch(text)
        key = match.group(1).lower() if match else ""
        if match is None or key not in _KEYS:
            import difflib  # only for the error message

            close = difflib.get_close_matches(key, _KEYS, n=1) if key else []
            hint = f"did you mean {close[0]!r}?" if close else f"keys are {', '.join(_KEYS)}"
            problem = f"unknown key {key!r}" if match else f"{text.strip()!r} is not 'key: value'"
            spoiled = _BlockError(f"{problem}; {hint}", number, None)
            continue
        block.append((number, key, match.group(2).strip()))
    if spoiled or block:
        yield spoiled or block


def _registry(registry: object) -> PartyRegistry:
    if registry is None:
        return DEFAULT_REGISTRY
    if not isinstance(registry, PartyRegistry):
        raise TypeError(f"registry= must be a PartyRegistry, got {registry!r}")
    return registry


def _unknown(name: str, options: dict[str, Any]) -> TypeError:
    return TypeError(f"the {name} format takes only registry=, got {', '.join(sorted(options))}")


class HandoverLogParser(Parser):
    """Reads a handover log; a bad block is reported and the blocks after it are still read."""

    name = "handover_log"
    description = "A hand-kept log of exchanges, one 'key: value' block per handover"
    suffixes = (".handover",)
    media_types = ("text/plain",)

    def sniff(self, head: str) -> bool:
        """The log's header line, or a first entry that starts ``date:`` and has a transfer."""
        if head.startswith(HEADER):
            return True
        lines = [line.strip() for line in head.splitlines()]
        meaningful = [line for line in lines if line and not line.startswith("#")]
        return (
            bool(meaningful)
            and meaningful[0].lower().startswith("date:")
            and any(line.lower().startswith("transfer:") for line in meaningful[1:])
        )

    def parse(
        self,
        stream: TextIO,
        *,
        source: str,
        registry: PartyRegistry | None = None,
        **options: Any,
    ) -> Iterator[Item]:
        """Yield the provenance entries and exchanges of the log in ``stream``.

        ``registry`` resolves party codes and names (default: exchangekit's own).
        """
        if options:
            raise _unknown(self.name, options)
        return self._items(stream, source, _registry(registry))

    def _items(self, stream: TextIO, source: str, registry: PartyRegistry) -> Iterator[Item]:
        for block in _blocks(stream):
            try:
                if isinstance(block, _BlockError):
                    raise block
                if all(key == "provenance" for _, key, _ in block):
                    entries = [_text(value, line, key) for line, key, value in block]
                    yield from (Provenance(entry) for entry in entries)
                else:
                    yield _exchange(block, registry)
            except _BlockError as error:
                yield ParseError(error.message, source=source, line=error.line, field=error.field)


# -- writing ----------------------------------------------------------------------------------


def _party_text(party: Party, registry: PartyRegistry, where: str) -> str:
    if registry.get(party.code) == party:
        return party.code
    members = [registry.get(code) for code in party.members]
    if len(members) > 1 and all(members):
        known = [m for m in members if m is not None]
        if Party.joint(*known) == party:
            return party.code
    raise ValueError(
        f"{where}: party {party.code!r} ({party.name}) is not the registry's party of that "
        "code, so a handover log cannot name it; pass registry= with it to export and parse"
    )


def _count_text(count: Count) -> str:
    """The words exchangekit reads back as exactly ``count``, else the explicit form."""
    candidates = [str(count)]
    if count.best is not None:
        candidates += [f"around {count.best:,}", f"nearly {count.best:,}"]
    for text in candidates:
        try:
            if Count.parse(text) == count and not _EXPLICIT_COUNT.fullmatch(text):
                return text
        except ExchangekitError:
            continue
    high = "" if count.high is None else str(count.high)
    best = "" if count.best is None else f" ~{count.best}"
    return f"{count.low}..{high}{best} ({count.qualifier.value})"


def _source_text(source: Source, registry: PartyRegistry, where: str) -> str:
    parts = [
        escape(source.name),
        "" if source.kind is SourceKind.OTHER else source.kind.value,
        "" if source.party is None else _party_text(source.party, registry, where),
        "" if source.url is None else escape(source.url),
        "" if source.published is None else source.published.isoformat(),
    ]
    while parts and not parts[-1]:
        parts.pop()
    return " | ".join(parts)


def _quote_text(quote: Quote) -> str:
    parts = [
        escape(quote.text),
        "" if quote.start is None else f"{quote.start}-{quote.end}",
        "" if quote.document is None else escape(quote.document),
    ]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    return " | ".join(parts)


def _block(exchange: Exchange, registry: PartyRegistry) -> str:
    where = f"exchange {exchange.id!r}"
    lines = [f"date: {exchange.period.format()}", f"kind: {exchange.kind.value.replace('_', ' ')}"]
    for transfer in exchange.transfers:
        sender = _party_text(transfer.sender, registry, where)
        receiver = _party_text(transfer.receiver, registry, where)
        category = transfer.category.value.replace("_", " ")
        lines.append(f"transfer: {sender} -> {receiver}, {_count_text(transfer.count)} {category}")
        if transfer.attributed_to is not None:
            lines.append(f"according to: {_source_text(transfer.attributed_to, registry, where)}")
    lines += [f"via: {_party_text(p, registry, where)}" for p in exchange.intermediaries]
    lines += [f"source: {_source_text(s, registry, where)}" for s in exchange.sources]
    lines += [f"note: {escape(note)}" for note in exchange.notes]
    lines += [f"quote: {_quote_text(quote)}" for quote in exchange.quotes]
    derived = Exchange(
        kind=exchange.kind,
        period=exchange.period,
        transfers=exchange.transfers,
        intermediaries=exchange.intermediaries,
        sources=exchange.sources,
        notes=exchange.notes,
        quotes=exchange.quotes,
    )
    if derived.id != exchange.id:
        lines.append(f"id: {escape(exchange.id)}")
    return "\n".join(lines) + "\n"


class HandoverLogExporter(Exporter):
    """Writes exchanges as a handover log that :class:`HandoverLogParser` reads back unchanged."""

    name = "handover_log"
    description = "A hand-kept log of exchanges, one 'key: value' block per handover"
    suffixes = (".handover",)
    media_types = ("text/plain",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        registry: PartyRegistry | None = None,
        **options: Any,
    ) -> None:
        """Write a header, the provenance block, then one block per exchange.

        Raises ``ValueError`` for a casualty claim or a stated tally (the log
        has no place for either) or a party the registry does not know.
        """
        if options:
            raise _unknown(self.name, options)
        parties = _registry(registry)
        stream.write(HEADER + "\n")
        if provenance:
            stream.write("\n" + "".join(f"provenance: {escape(p)}\n" for p in provenance))
        for record in records:
            if isinstance(record, CasualtyClaim):
                raise ValueError(
                    f"claim {record.id!r}: a handover log holds exchanges only; "
                    "write casualty claims in another format, such as json"
                )
            if isinstance(record, ExchangeTally):
                raise ValueError(
                    f"tally {record.id!r}: a handover log holds exchanges only; "
                    "write stated tallies in another format, such as json"
                )
            stream.write("\n" + _block(record, parties))
