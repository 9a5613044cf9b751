"""Large reports: records and findings in blocks the browser lays out lazily, each listed once.

A report on thousands of exchanges stays quick to open because long lists are
cut into blocks of at most ``BATCH`` items (``content-visibility: auto``) and
an exchange merged from duplicate reports links to them instead of repeating
their sources. These tests check that nothing is lost on the way: every record
is listed, every address and link is there, and a link still lands on its
record in a real browser.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from exchangekit_html.exporter import render
from exchangekit_html.report import BATCH, _split_ids, build
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import (
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
    strategies,
)
from exchangekit.reconcile import merge_duplicates

COUNTS = (Count.exact(1000), Count.approx(1000), Count.exact(31), Count.at_least(50))


def crowded(n: int, days: int, seed: int = 7) -> Dataset:
    """``n`` exchanges over ``days`` days: several a day, so many are merged as duplicates."""
    rng = random.Random(seed)
    ukr, rus = Party.lookup("UKR"), Party.lookup("RUS")
    exchanges = []
    for i in range(n):
        sender, receiver = (rus, ukr) if rng.random() < 0.5 else (ukr, rus)
        exchanges.append(
            Exchange(
                kind=ExchangeKind.PRISONER_SWAP,
                period=Period.day(date(2024, 1, 1) + timedelta(days=rng.randrange(days))),
                transfers=[Transfer(sender, receiver, PersonCategory.REMAINS, rng.choice(COUNTS))],
                sources=[Source(f"Outlet {i % 7}", SourceKind.MEDIA, url=f"https://e.org/{i}")],
                notes=[f"Handover {i}."],
                id=f"x{i}",
            )
        )
    return Dataset(exchanges=exchanges)


def listed_ids(page: Any) -> list[str]:
    """The anchors of the records under Sources, in page order."""
    return [a["id"] for t, a in page.tags if t == "li" and re.fullmatch(r"r\d+", a.get("id") or "")]


def test_records_come_in_blocks_of_at_most_batch_in_order(read_page: Any) -> None:
    dataset = crowded(2 * BATCH + 50, days=400)
    report = build(dataset)
    sizes = [len(b.items) for b in report.record_batches]
    assert all(0 < size <= BATCH for size in sizes)
    assert sum(sizes) == len(report.records)
    assert [r for b in report.record_batches for r in b.items] == list(report.records)
    # the plain exchanges fill whole blocks before the merged ones start theirs
    assert sizes[:3] == [BATCH, BATCH, 50]
    page = read_page(render(dataset))
    assert listed_ids(page) == [f"r{i}" for i in range(1, len(report.records) + 1)]
    blocks = [a for t, a in page.tags if t == "div" and a.get("class") == "batch"]
    assert len(blocks) == len(report.record_batches) + sum(
        len(g.batches) for g in report.finding_groups
    )
    assert all(
        re.fullmatch(r"contain-intrinsic-size: auto \d+px", b["style"] or "") for b in blocks
    )


def test_each_address_is_listed_once_even_when_reports_are_merged(read_page: Any) -> None:
    dataset = crowded(300, days=20)
    merging = merge_duplicates(dataset)
    assert merging.merges  # the data is crowded enough to have duplicates
    text = render(dataset)
    page = read_page(text)
    hrefs = Counter(a.get("href") for t, a in page.tags if t == "a")
    for exchange in dataset.exchanges:
        [source] = exchange.sources
        assert hrefs[source.url] == 1, source.url
    # every merged exchange is listed and links to each report it merges
    report = build(dataset)
    anchors = {r.record.id: r.anchor for r in report.records}
    for kept, ids in merging.merges:
        view = next(r for r in report.records if r.record.id == kept)
        assert [i for i, _ in view.merged_from] == list(ids)
        assert view.sources == ()
        assert view.unlinked == ()  # the merge's own note names them all, linked
        for record_id in ids:
            assert f'<a href="#{anchors[record_id]}">{record_id}</a>' in text


@settings(max_examples=30, deadline=None)
@given(dataset=strategies.datasets())
def test_every_link_inside_the_page_lands_on_a_listed_record(
    dataset: Dataset, read_page: Any
) -> None:
    page = read_page(render(dataset))
    ids = {a["id"] for _, a in page.tags if a.get("id")}
    targets = [a["href"][1:] for t, a in page.tags if t == "a" and (a.get("href") or "")[:1] == "#"]
    assert [t for t in targets if t not in ids] == []
    # every web address of an exchange the data holds is a link somewhere on the page
    hrefs = {a.get("href") for t, a in page.tags if t == "a"}
    for exchange in dataset.exchanges:
        for source in exchange.sources:
            url = (source.url or "").strip()
            if url.lower().startswith(("http://", "https://")):
                assert url in hrefs


@given(
    words=st.lists(st.sampled_from(["x1", "x10", "x1x", "1,000", "(x1)", "x10;", "a", " "])),
    ids=st.lists(st.sampled_from(["x1", "x10", "1", "a b"]), unique=True),
)
def test_ids_are_cut_out_of_a_message_without_changing_it(words: list[str], ids: list[str]) -> None:
    message = " ".join(words)
    records = [(i, f"r{n}") for n, i in enumerate(ids)]
    parts = _split_ids(message, records)
    assert "".join(text for text, _ in parts) == message
    anchors = dict(records)
    for text, anchor in parts:
        if anchor is not None:
            assert anchors[text] == anchor


def test_an_id_is_linked_only_as_a_whole_word() -> None:
    parts = _split_ids("x1 and x10 say 1,000; x1x is other", [("x1", "r1"), ("1", "r2")])
    assert [p for p in parts if p[1]] == [("x1", "r1")]
    parts = _split_ids("x10 (x1), then x1.", [("x1", "r1"), ("x10", "r2")])
    assert [p for p in parts if p[1]] == [("x10", "r2"), ("x1", "r1"), ("x1", "r1")]


# --- in a real browser --------------------------------------------------


@pytest.fixture(scope="module")
def large_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report on 1,500 crowded exchanges: many blocks, many merges and findings."""
    target = tmp_path_factory.mktemp("large") / "report.html"
    target.write_text(render(crowded(1_500, days=200)), encoding="utf-8")
    return target


def test_a_finding_links_to_its_record_in_one_click(browser: Any, large_report: Path) -> None:
    browser.get(large_report.as_uri())
    # the last finding on the page names records far down the sources
    link = browser.execute_script(
        "const links = document.querySelectorAll('ol.findings a[href^=\"#r\"]');"
        "return links[links.length - 1];"
    )
    target = link.get_attribute("href").split("#")[1]
    browser.execute_script("arguments[0].scrollIntoView(); arguments[0].click();", link)
    landed = browser.execute_script(
        "const e = document.getElementById(arguments[0]); const b = e.getBoundingClientRect();"
        "return [e.matches(':target'), b.top, b.height, window.innerHeight,"
        ' e.querySelectorAll(\'a[href^="http"], a[href^="#"]\').length];',
        target,
    )
    matched, top, height, viewport, links = landed
    assert matched
    assert -2 <= top < viewport  # on screen
    assert height > 0  # and laid out, not a placeholder
    assert links > 0  # its address, or the reports it merges, one more click away at most


def test_long_lists_are_laid_out_lazily_and_links_isolate_their_text(
    browser: Any, large_report: Path
) -> None:
    browser.get(large_report.as_uri())
    styles = browser.execute_script(
        "return [Array.from(document.querySelectorAll('div.batch'))"
        ".map(e => getComputedStyle(e).contentVisibility),"
        " Array.from(document.querySelectorAll('#findings a, #sources a, ul.records b'))"
        ".map(e => getComputedStyle(e).unicodeBidi)];"
    )
    lazy, bidi = styles
    assert len(lazy) > 5
    assert set(lazy) == {"auto"}
    assert len(bidi) > 1000
    assert set(bidi) == {"plaintext"}
