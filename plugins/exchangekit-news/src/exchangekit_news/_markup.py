"""The text a reader sees in an article, plain or simple HTML, with a map back to input offsets.

Everything downstream works on :attr:`Text.visible`; quotes are reported with
offsets into the *input* as it was given, so a reviewer can find them there.
For plain text the two are the same string. For HTML, tags are dropped,
character references decoded, the contents of ``<script>``, ``<style>``,
``<aside>`` (factboxes, related links) and similar elements skipped, and every
block-level element ends a paragraph.
What follows a page's last ``</article>`` (related-story links, most-read lists,
the footer) is page furniture, not the story, and is not read.
The cells of every ``<table>`` are kept too (:attr:`Text.tables`), so a table
of exchanges can be read by its columns rather than as loose paragraphs.
"""

from __future__ import annotations

import bisect
import re
from typing import Final, NamedTuple

__all__ = ["Cell", "Table", "Text", "looks_like_html", "read_html", "read_plain"]

# Elements whose content is never the story's prose: code, graphics, and asides (a
# factbox's "4,131 Ukrainians returned" repeats the story; related links tell other days).
_SKIPPED: Final = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "aside"}
)
# A class naming page furniture: a ticker or breaking-news strip, a most-read list. Such
# an element's headlines are other stories' ("Ukraine gets back 300 soldiers"), not this one's.
_FURNITURE_CLASS: Final = re.compile(
    r"""\bclass\s*=\s*["']?[^"'>]*?\b(?:ticker|breaking|most-?read|trending)\b""",
    re.IGNORECASE,
)
# Elements that end a paragraph where they open or close.
_BLOCKS: Final = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "br",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "time",
        "title",
        "tr",
        "ul",
    }
)
_HTML_START: Final = re.compile(
    r"\s*(?:<!doctype\s+html|<html|<head|<body|<article|<p[\s>]|<div|<table|<h[1-6][\s>])",
    re.IGNORECASE,
)
_PARAGRAPH: Final = "\n\n"


class Cell(NamedTuple):
    """One table cell: its visible span and whether it is a header cell (``<th>``)."""

    start: int
    end: int
    header: bool


class Table(NamedTuple):
    """A ``<table>``: its visible span, its caption's span if any, and its rows of cells."""

    start: int
    end: int
    caption: tuple[int, int] | None
    rows: tuple[tuple[Cell, ...], ...]


def looks_like_html(head: str) -> bool:
    """Whether text starting with ``head`` opens like an HTML document or fragment."""
    return _HTML_START.match(head) is not None


class Text:
    """Visible text plus the offsets, in the original input, that each stretch came from.

    ``segments`` holds ``(visible_start, original_start, original_end, verbatim)``
    in visible order: a verbatim segment maps character for character, any
    other (a decoded character reference, a paragraph break standing for a tag)
    maps as a whole onto its original span.
    """

    __slots__ = ("_starts", "is_html", "original", "segments", "tables", "visible")

    def __init__(
        self,
        original: str,
        visible: str,
        segments: list[tuple[int, int, int, bool]],
        *,
        is_html: bool,
        tables: tuple[Table, ...] = (),
    ) -> None:
        self.original = original
        self.visible = visible
        self.segments = segments
        self.is_html = is_html
        self.tables = tables
        self._starts = [s[0] for s in segments]

    def _locate(self, index: int) -> tuple[int, int]:
        """Original (start, end) of the visible character at ``index``."""
        if not self.is_html:
            return index, index + 1
        k = bisect.bisect_right(self._starts, index) - 1
        vis_start, orig_start, orig_end, verbatim = self.segments[k]
        if verbatim:
            at = orig_start + (index - vis_start)
            return at, at + 1
        return orig_start, orig_end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the input that the visible characters ``start:end`` were read from."""
        if not self.is_html:
            return start, end
        if end <= start:
            at = self._locate(start)[0] if start < len(self.visible) else len(self.original)
            return at, at
        return self._locate(start)[0], self._locate(end - 1)[1]

    def quote(self, start: int, end: int) -> str:
        """What a reviewer reads for ``start:end``: the input itself, or for HTML its visible text.

        For HTML, runs of white space (including the breaks standing for tags)
        are shown as one space.
        """
        if not self.is_html:
            return self.visible[start:end]
        return " ".join(self.visible[start:end].split())


def read_plain(text: str) -> Text:
    """Plain text is its own visible text; offsets map to themselves."""
    return Text(text, text, [(0, 0, len(text), True)], is_html=False)


# One piece of markup: a comment opener, a tag that closes before the next "<", or a
# character reference. "[^<>]*" cannot run past the next "<", so however the
# input is built, the scan reads each character a bounded number of times.
_MARKUP: Final = re.compile(
    r"<(?P<comment>!--)"
    r"|<(?P<tag>/?[A-Za-z][^<>]*|[!?][^<>]*)>"
    r"|&(?P<ref>#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
)
_TAG_NAME: Final = re.compile(r"/?([A-Za-z][A-Za-z0-9-]*)")
_COMMENT_END: Final = "-->"
_ARTICLE_CLOSE: Final = re.compile(r"</article\s*>", re.IGNORECASE)


class _Builder:
    """Accumulates visible text and its segments."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int, bool]] = []
        self.length = 0

    def emit(self, text: str, orig_start: int, orig_end: int, verbatim: bool) -> None:
        if not text:
            return
        self.segments.append((self.length, orig_start, orig_end, verbatim))
        self.parts.append(text)
        self.length += len(text)

    def data(self, source: str, start: int, end: int) -> None:
        if start < end:
            # Line breaks inside an element are spaces in HTML; only tags end paragraphs.
            chunk = source[start:end].replace("\r", " ").replace("\n", " ").replace("\t", " ")
            self.emit(chunk, start, end, True)

    def paragraph(self, at: int) -> None:
        if self.parts and self.parts[-1] != _PARAGRAPH:
            self.emit(_PARAGRAPH, at, at, False)


class _TableDraft:
    """A table being read: its rows so far and the row and cell still open."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.caption: tuple[int, int] | None = None
        self.caption_start: int | None = None
        self.rows: list[tuple[Cell, ...]] = []
        self.row: list[Cell] | None = None
        self.cell: tuple[int, bool] | None = None  # (start, header) of the open cell

    def close_cell(self, at: int) -> None:
        if self.cell is not None:
            if self.row is None:
                self.row = []
            self.row.append(Cell(self.cell[0], at, self.cell[1]))
            self.cell = None

    def close_row(self, at: int) -> None:
        self.close_cell(at)
        if self.row:
            self.rows.append(tuple(self.row))
        self.row = None

    def tag(self, name: str, closing: bool, at: int) -> None:
        """Take in a table tag (``tr``, ``td``, ``th``, ``caption``) at visible offset ``at``."""
        if name == "caption":
            if closing and self.caption_start is not None:
                self.caption = (self.caption_start, at)
            elif not closing:
                self.caption_start = at
        elif name == "tr":
            self.close_row(at)
            if not closing:
                self.row = []
        elif closing:
            self.close_cell(at)
        else:
            self.close_cell(at)
            self.cell = (at, name == "th")

    def finish(self, at: int) -> Table:
        self.close_row(at)
        return Table(self.start, at, self.caption, tuple(self.rows))


_TABLE_TAGS: Final = frozenset({"tr", "td", "th", "caption"})


def _story_end(source: str) -> int:
    """Where the story in ``source`` ends: right after its last ``</article>``, or at the end.

    "</article><section class=related><li>Ukraine receives 1,000 bodies</li>": the
    headlines of other stories after the article are not what this one reports.
    """
    ends = [match.end() for match in _ARTICLE_CLOSE.finditer(source)]
    return ends[-1] if ends else len(source)


def read_html(source: str) -> Text:
    """Strip tags from ``source`` in one linear pass, keeping offsets into it.

    Tags are dropped (block-level ones end a paragraph), character references
    decoded with :func:`html.unescape`, comments and the contents of
    ``<script>``, ``<style>`` and the like skipped; an unclosed comment or
    script runs to the end, as in a browser. A ``<`` that does not open a
    well-formed tag is text. (The standard library's ``html.parser`` takes time
    quadratic in the length of some malformed inputs, so it is not used.)
    """
    import html  # here, not at import: plugin discovery imports this module

    out = _Builder()
    pos = 0
    n = _story_end(source)
    closers: dict[str, re.Pattern[str]] = {}
    decoded_refs: dict[str, str] = {}
    no_comment_end_after = n + 1  # once "-->" is missing, it is missing for good
    tables: list[Table] = []
    open_tables: list[_TableDraft] = []  # innermost last
    while pos < n:
        match = _MARKUP.search(source, pos)
        if match is None:
            out.data(source, pos, n)
            break
        out.data(source, pos, match.start())
        pos = match.end()
        if match.group("comment") is not None:
            end = -1 if pos >= no_comment_end_after else source.find(_COMMENT_END, pos)
            if end < 0:
                no_comment_end_after = min(no_comment_end_after, pos)
                pos = n
            else:
                pos = end + len(_COMMENT_END)
            continue
        ref = match.group("ref")
        if ref is not None:
            raw = match.group(0)
            decoded = decoded_refs.get(raw)
            if decoded is None:
                decoded = decoded_refs[raw] = html.unescape(raw).replace("\xa0", " ")
            if len(decoded) == 1 and decoded != raw:
                out.emit(decoded, match.start(), pos, False)
            else:  # an unknown reference stays as written
                out.emit(raw, match.start(), pos, True)
            continue
        name_match = _TAG_NAME.match(match.group("tag"))
        if name_match is None:  # <!doctype ...> or <?...?>
            continue
        name = name_match.group(1).lower()
        closing = match.group("tag").startswith("/")
        furniture = not closing and _FURNITURE_CLASS.search(match.group("tag")) is not None
        if furniture and name not in _TABLE_TAGS and name != "table":
            out.paragraph(match.start())
            closer = closers.get(name)
            if closer is None:
                closer = closers[name] = re.compile(rf"</{name}\s*>", re.IGNORECASE)
            end_match = closer.search(source, pos)
            pos = n if end_match is None else end_match.end()
        elif name in _BLOCKS:
            out.paragraph(match.start())
            if name == "table":
                if not closing:
                    open_tables.append(_TableDraft(out.length))
                elif open_tables:
                    tables.append(open_tables.pop().finish(out.length))
            elif name in _TABLE_TAGS and open_tables:
                open_tables[-1].tag(name, closing, out.length)
        elif name in _SKIPPED and not closing and not match.group("tag").endswith("/"):
            closer = closers.get(name)
            if closer is None:
                closer = closers[name] = re.compile(rf"</{name}\s*>", re.IGNORECASE)
            end_match = closer.search(source, pos)
            pos = n if end_match is None else end_match.end()
    while open_tables:  # an unclosed table runs to the end, as in a browser
        tables.append(open_tables.pop().finish(out.length))
    tables.sort(key=lambda table: table.start)
    return Text(source, "".join(out.parts), out.segments, is_html=True, tables=tuple(tables))
