"""Hostile text in the Markdown channel: rendered by a real renderer, it stays inert text.

Records are written with :class:`MarkdownExporter`, the document is rendered
by markdown-it-py (CommonMark, with GitHub's tables and strikethrough), and
the HTML is read back. "Inert" means the hostile document has exactly the
tags of the same document written with harmless text (no image, link,
heading, emphasis, raw HTML, extra cell or row), and every block reads back
as the text the record holds.
"""

from __future__ import annotations

import io
import re
from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest
from exchangekit_example.markdown import MarkdownExporter
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Period,
    PersonCategory,
    RecordValidationError,
    Source,
    Transfer,
)

RENDERER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
PLACEHOLDER = "PLACEHOLDER"
BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "th", "td"})
BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# What an attacker, a careless paste or a spreadsheet brings: markup of every kind,
# formula starters, line breaks, control and bidi characters, lone surrogates.
HOSTILE_PIECES = [
    "![p](http://tracker.example/p.png)",
    "[x](http://tracker.example/)",
    "[x]: http://tracker.example/",
    "<http://tracker.example/>",
    "<img src=x onerror=alert(1)>",
    "<!-- ",
    "<br>",
    "&amp;",
    "&#35;",
    "# ",
    "## ",
    "1. ",
    "1) ",
    "- ",
    "+ ",
    "* ",
    "> ",
    "```",
    "~~~",
    "---",
    "***",
    "___",
    "===",
    "*x*",
    "_x_",
    "**x**",
    "~~x~~",
    "`x`",
    "| --- |",
    "\\",
    "    ",
    "=cmd|' /C calc'!A0",
    "\r\n",
]
HOSTILE_CHARS = list(
    "*_[]()!#<>|\\`~&$:;.,'\"{}^@=+-0123456789 \t\r\n"
    "\x00\x07\x0b\x0c\x1b\x1c\x7f\x85\xa0\u2028\u2029"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
    "\ud800\udfff"
)
HOSTILE_TEXT = st.lists(
    st.sampled_from(HOSTILE_PIECES)
    | st.sampled_from(HOSTILE_CHARS)
    | st.characters(codec=None, exclude_categories=()),
    max_size=12,
).map("".join)

UKRAINE, RUSSIA = DEFAULT_REGISTRY.lookup("UKR"), DEFAULT_REGISTRY.lookup("RUS")


class _Reader(HTMLParser):
    """The rendered HTML as its sequence of tags and the text of each block, ``<br>`` as a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.blocks: list[str] = []
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            if self._text is not None:
                self._text.append("\n")
            return
        self.tags.append(tag)
        if tag in BLOCKS:
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)
        if tag in BLOCKS and self._text is not None:
            self.blocks.append("".join(self._text))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.append("<!--")

    def handle_decl(self, decl: str) -> None:
        self.tags.append("<!")

    def handle_pi(self, data: str) -> None:
        self.tags.append("<?")

    def unknown_decl(self, data: str) -> None:
        self.tags.append("<![")


def rendered(markdown: str) -> _Reader:
    """``markdown`` rendered to HTML by markdown-it-py, then read back."""
    reader = _Reader()
    reader.feed(RENDERER.render(markdown))
    reader.close()
    return reader


def shown(text: str) -> str:
    """What a reader should see of ``text`` in one block: trimmed, line breaks as breaks.

    CommonMark itself turns NUL into U+FFFD, the replacement character.
    """
    return BREAKS.sub("\n", text.strip()).replace("\x00", "\ufffd")


def records(text: str) -> list[Any]:
    """An exchange, a claim and a tally carrying ``text`` in every free-text field."""
    source = Source(f"News {text}", url=f"http://example.org/{text}")
    transfer = Transfer(
        RUSSIA, UKRAINE, PersonCategory.REMAINS, Count.approx(1000), attributed_to=source
    )
    exchange = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.month(2025, 10),
        transfers=[transfer],
        sources=[source],
        notes=[text],
        id=f"ex {text}",
    )
    claim = CasualtyClaim(
        subject=RUSSIA,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(135_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 31)),
        as_of=Period.month(2025, 10),
        claimant=source,
        caveats=[text, "a floor"],
        id=f"cl {text}",
    )
    tally = ExchangeTally(
        receiver=UKRAINE,
        category=PersonCategory.REMAINS,
        count=Count.more_than(9_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=source,
        notes=[text],
        id=f"ta {text}",
    )
    return [exchange, claim, tally]


def document(text: str) -> str:
    """The whole Markdown document, ``text`` in the title, every record and the provenance."""
    out = io.StringIO()
    MarkdownExporter().write(records(text), out, title=text, provenance=(text, "desk notes"))
    return out.getvalue()


HARMLESS = rendered(document(PLACEHOLDER))


def assert_inert(text: str) -> None:
    """The document carrying ``text`` has the harmless one's tags, and reads back as ``text``."""
    hostile = rendered(document(text))
    assert hostile.tags == HARMLESS.tags
    expected = [shown(block.replace(PLACEHOLDER, text)) for block in HARMLESS.blocks]
    assert hostile.blocks == expected


@pytest.mark.parametrize(
    "text",
    [
        # The four breaks of issue 13: an image, a link, a heading, emphasis.
        "![p](http://tracker.example/p.png)",
        "[x](http://tracker.example/)",
        "# x",
        "*x*",
        "_x_ and **x**",
        "~~x~~",
        "- x",
        "1. x",
        "2025) x",
        "---",
        "> x",
        "[x]: http://tracker.example/",
        "<b>x</b>",
        "x #",
        "```",
        "a | b",
        "a \\| b",
        "line\nbreak\r\nand\u2028more",
    ],
)
def test_markup_in_a_record_is_shown_as_written(text: str) -> None:
    assert_inert(text)


@given(text=HOSTILE_TEXT)
def test_no_text_in_a_record_renders_as_markup(text: str) -> None:
    if re.search("[\ud800-\udfff]", text):
        # Records refuse half surrogate pairs, so they never reach the exporter.
        with pytest.raises(RecordValidationError, match="unpaired surrogate"):
            records(text)
        return
    assert_inert(text)
