"""The text layer: HTML stripping with offsets, tokens, sentences, and where quotes point."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from exchangekit_news import NewsParser, read_text
from exchangekit_news._markup import Table, read_html
from exchangekit_news._tokens import (
    MAX_SENTENCE_TOKENS,
    is_hard_wrapped,
    split_sentences,
    tokenize,
)
from hypothesis import given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).parent / "corpus"
SENTENCES = [
    "Russia handed over the bodies of 1,000 soldiers to Ukraine on Thursday, Kyiv said.",
    "Moscow said it had received 31 bodies in return.",
    "The ICRC helped with the repatriation.",
    "Zelensky said in February that 46,000 Ukrainian soldiers had been killed.",
    "U.S. officials and Gen. Syrskyi said nothing.",
    "Mediazona counts more than 135,000 Russian soldiers killed; the real toll is far higher.",
]


def sentence_texts(text: str) -> list[str]:
    return [text[s[0].start : s[-1].end] for s in split_sentences(tokenize(text))]


def test_news_abbreviations_do_not_end_sentences() -> None:
    assert sentence_texts("U.S. media said so. Gen. Syrskyi agreed. It was 5 p.m. on Friday.") == [
        "U.S. media said so.",
        "Gen. Syrskyi agreed.",
        "It was 5 p.m. on Friday.",
    ]


def test_news_quotes_stay_with_their_sentence() -> None:
    text = "“Our people are home,” he wrote. “They are safe.” The swap ended."
    assert sentence_texts(text) == [
        "“Our people are home,” he wrote.",
        "“They are safe.”",
        "The swap ended.",
    ]


def test_news_line_breaks_end_sentences_unless_the_text_is_wrapped() -> None:
    assert sentence_texts("10:42\nUkraine received 205 soldiers") == [
        "10:42",
        "Ukraine received 205 soldiers",
    ]
    wrapped = (CORPUS / "dev" / "17_hard_wrapped_newsletter.txt").read_text(encoding="utf-8")
    plain = (CORPUS / "dev" / "01_seed_facts_broadcaster.txt").read_text(encoding="utf-8")
    assert is_hard_wrapped(wrapped)
    assert not is_hard_wrapped(plain)


@given(st.text(alphabet=st.sampled_from('ab1,. \n“"-'), max_size=2000))
def test_news_no_sentence_is_longer_than_the_cap(text: str) -> None:
    tokens = tokenize(text)
    sentences = list(split_sentences(tokens))
    assert all(0 < len(s) <= MAX_SENTENCE_TOKENS for s in sentences)
    # Sentences cover the tokens in order, each exactly once.
    assert [t for s in sentences for t in s] == tokens


@given(st.text(alphabet=st.sampled_from("<>/&;#x0a pbr!-\"'=\nsc"), max_size=300))
def test_news_html_visible_text_maps_back_to_the_input(source: str) -> None:
    text = read_html(source)
    for start, orig_start, orig_end, verbatim in text.segments:
        if verbatim:
            chunk = text.visible[start : start + (orig_end - orig_start)]
            original = source[orig_start:orig_end]
            assert chunk == original.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    for start in range(len(text.visible)):
        o_start, o_end = text.original_span(start, start + 1)
        assert 0 <= o_start <= o_end <= len(source)


_TABLE_PIECES = [
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th>",
    "<caption>",
    "x",
    "1",
]


def test_news_html_keeps_the_cells_of_tables() -> None:
    text = read_html(
        "<p>Intro</p><table><caption>Swaps, 2024</caption><tr><th>Day</th><th>Freed</th>"
        "<tr><td>3 May<td>12</td></tr><tr><td><table><tr><td>inner</td></tr></table></td>"
        "<td>x</td></tr><tr><td>open"
    )
    outer, inner = text.tables

    def cells(table: Table) -> list[list[tuple[str, bool]]]:
        return [[(text.visible[c.start : c.end].strip(), c.header) for c in r] for r in table.rows]

    assert outer.caption is not None
    assert text.visible[outer.caption[0] : outer.caption[1]].strip() == "Swaps, 2024"
    assert cells(outer)[:2] == [[("Day", True), ("Freed", True)], [("3 May", False), ("12", False)]]
    assert cells(outer)[3] == [("open", False)]  # an unclosed table runs to the end
    assert cells(inner) == [[("inner", False)]]
    assert outer.start <= inner.start < inner.end <= outer.end


@given(st.lists(st.sampled_from(_TABLE_PIECES), max_size=60).map("".join))
def test_news_html_table_cells_lie_within_their_table(source: str) -> None:
    text = read_html(source)
    for table in text.tables:
        for row in table.rows:
            for cell in row:
                assert table.start <= cell.start <= cell.end <= table.end <= len(text.visible)


def test_news_html_skips_scripts_and_decodes_references() -> None:
    text = read_text(
        "<p>A&amp;B&nbsp;said &#8220;hi&#x201D;</p><script>var x = '<p>10 soldiers</p>';</script>"
        "<p>unknown &bogus; stays</p>",
        markup="html",
    )
    assert " ".join(text.visible.split()) == "A&B said “hi” unknown &bogus; stays"


def test_news_html_skips_asides_whose_figures_repeat_the_story() -> None:
    """A factbox or related-links ``<aside>`` is not the story: its figures are not read."""
    source = (
        "<article><p>Kyiv said 150 soldiers came home on Wednesday.</p>"
        '<aside class="factbox"><h2>By the numbers</h2><ul><li>4,131 Ukrainians returned</li>'
        "</ul></aside><p>Moscow said 150 Russians were freed in return.</p></article>"
    )
    text = read_text(source, markup="html")
    assert "4,131" not in text.visible
    assert "came home on Wednesday." in text.visible
    assert "freed in return." in text.visible
    items = NewsParser().parse(
        io.StringIO(source), source="a.html", published=date(2025, 2, 5), unresolved="skip"
    )
    counts = [leg.count for item in items for leg in getattr(item, "transfers", ())]
    assert counts
    assert all(str(count) == "150" for count in counts)


@settings(max_examples=50)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
    st.lists(st.sampled_from([" ", "\n", "\n\n", "  ", "\r\n"]), min_size=6, max_size=6),
)
def test_news_plain_quotes_are_exact_slices_of_the_input(
    sentences: list[str], gaps: list[str]
) -> None:
    text = "".join(s + gap for s, gap in zip(sentences, gaps, strict=False))
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), unresolved="skip"
    )
    for item in items:
        for quote in getattr(item, "quotes", ()):
            assert text[quote.start : quote.end] == quote.text


@settings(max_examples=50)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
    st.lists(st.sampled_from(["<p>", "</p>", "<em>", "</em> ", "<br>", "&nbsp;", " "]), max_size=6),
)
def test_news_html_quotes_point_at_the_markup_they_were_read_from(
    sentences: list[str], tags: list[str]
) -> None:
    html = "<html><body>" + "".join(
        f"<p>{sentence}{tags[i] if i < len(tags) else ''}</p>"
        for i, sentence in enumerate(sentences)
    )
    items = NewsParser().parse(
        io.StringIO(html), source="a.html", published=date(2025, 10, 23), unresolved="skip"
    )
    for item in items:
        for quote in getattr(item, "quotes", ()):
            again = read_text(html[quote.start : quote.end], markup="html").visible
            assert " ".join(again.split()) == quote.text


@given(
    story=st.sampled_from(SENTENCES[:2]),
    teaser=st.sampled_from(
        [
            "Ukraine receives 1,000 bodies in second repatriation of July",
            "Stage three: final 303 return as three-day swap ends",
            "Morgues overwhelmed as 6,000 bodies come home",
        ]
    ),
    wrapper=st.sampled_from(
        [
            '<section class="related"><h2>Related</h2><ul><li><a href="/x">{}</a></li></ul>'
            "</section>",
            "<aside><ol><li>{}</li></ol></aside><footer><p>&copy; 2025</p></footer>",
            "<div>{}</div>",
        ]
    ),
    close=st.sampled_from(["</article>", "</ARTICLE >"]),
)
def test_news_html_page_furniture_after_the_article_is_not_read(
    story: str, teaser: str, wrapper: str, close: str
) -> None:
    """Links and lists after a page's last ``</article>`` are other stories, not this one."""
    page = f"<html><body><article><p>{story}</p>{close}{wrapper.format(teaser)}</body></html>"
    visible = read_text(page, markup="html").visible
    assert story in visible
    assert teaser not in visible


def test_news_html_without_an_article_element_is_read_whole() -> None:
    page = "<p>Russia handed over 1,000 bodies.</p><section><p>Kyiv got 31 back.</p></section>"
    visible = read_text(page, markup="html").visible
    assert "1,000 bodies" in visible
    assert "31 back" in visible


def test_news_html_text_between_two_articles_is_read() -> None:
    page = (
        "<article><p>Kyiv got 95 back.</p></article><p>Moscow 95.</p><article><p>ok</p></article>"
    )
    visible = read_text(page, markup="html").visible
    assert "Moscow 95." in visible
    assert "ok" in visible


def test_news_html_article_quotes_in_the_corpus() -> None:
    path = CORPUS / "dev" / "06_html_easter_swap.html"
    html = path.read_text(encoding="utf-8")
    items = list(
        NewsParser().parse(io.StringIO(html), source=path.name, published=date(2025, 4, 19))
    )
    quotes = [q for item in items for q in getattr(item, "quotes", ())]
    assert quotes
    for quote in quotes:
        assert "<" not in quote.text
        assert " ".join(
            read_text(html[quote.start : quote.end], markup="html").visible.split()
        ) == (quote.text)
    assert any("Russia’s defence ministry" in q.text for q in quotes)
