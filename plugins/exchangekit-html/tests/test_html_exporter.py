"""The html exporter: its contract, the numbers in its tables, hostile text; then in a browser.

The browser tests open the report in headless Chromium, from the system's
package manager (``.ci/run`` installs it); see the ``browser`` fixture for
when they are skipped.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from exchangekit_html import HtmlExporter
from exchangekit_html.exporter import render
from hypothesis import given, settings

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Quote,
    Source,
    SourceKind,
    Transfer,
    export,
    parse,
    strategies,
)
from exchangekit.reconcile import compare, cumulative, merge_duplicates, totals
from exchangekit.testing import check_exporter

EXAMPLE = "running-example.json"
HOSTILE = '<script>alert("x")</script> "quoted" & more \u200fמשא ומתן\u200f \u202egnp.exe'


def bounds(count: Count) -> tuple[str, str]:
    """A count's low and high as the report's tables print them."""
    return f"{count.low:,}", "no upper bound" if count.high is None else f"{count.high:,}"


def bundled() -> Dataset:
    from importlib.resources import files

    with files("exchangekit").joinpath("data", EXAMPLE).open("rb") as stream:
        return parse(stream, "json")


def hostile_dataset() -> Dataset:
    """One exchange and one claim whose every free-text field holds markup, quotes and RTL marks."""
    source = Source(HOSTILE, SourceKind.MEDIA, url="javascript:alert(1)")
    linked = Source("Linked " + HOSTILE, SourceKind.MEDIA, url='https://example.org/a?b=1&c="2"')
    exchange = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(date(2025, 5, 1)),
        transfers=[
            Transfer(
                Party.lookup("RUS"),
                Party.lookup("UKR"),
                PersonCategory.PRISONERS_OF_WAR,
                Count.approx(100),
                attributed_to=source,
            )
        ],
        sources=[source, linked],
        notes=[HOSTILE],
        quotes=[Quote(HOSTILE)],
        id="swap " + HOSTILE,
    )
    claim = CasualtyClaim(
        subject=Party.lookup("UKR"),
        category=CasualtyCategory.KILLED,
        count=Count.at_least(10),
        covers=Period.between(date(2022, 2, 24), date(2025, 5, 1)),
        as_of=Period.day(date(2025, 5, 1)),
        claimant=source,
        caveats=[HOSTILE],
        quotes=[Quote(HOSTILE)],
        id="claim " + HOSTILE,
    )
    return Dataset(exchanges=[exchange], claims=[claim], provenance=[HOSTILE])


def test_the_html_exporter_keeps_the_exporter_contract() -> None:
    check_exporter(HtmlExporter, max_examples=30)


def test_the_report_on_the_example_is_small_and_self_contained(read_page: Any) -> None:
    text = render(bundled())
    assert text.startswith("<!DOCTYPE html>")
    assert len(text.encode()) < 2_000_000
    page = read_page(text)
    loaded = [(t, a) for t, a in page.tags if t in ("script", "img", "iframe", "object", "link")]
    assert loaded == []
    assert [a for _, a in page.tags if "src" in a] == []
    assert "default-src 'none'" in text  # the browser refuses anything the page might fetch


def test_the_tables_hold_the_numbers_totals_and_cumulative_give(read_page: Any) -> None:
    dataset = bundled()
    exchanges = merge_duplicates(dataset).exchanges
    page = read_page(render(dataset))
    tables = page.tables_of("figures")
    # Per direction: one table per bucket, then one of running totals, in order of appearance.
    expected = []
    for receiver, category in (("UKR", PersonCategory.REMAINS), ("RUS", PersonCategory.REMAINS)):
        per = totals(exchanges, receiver=receiver, category=category)
        expected.append(
            [[p.format(), *bounds(c)] for p, c in per.items()] + [["Total", *bounds(per.total)]]
        )
        running = cumulative(exchanges, receiver=receiver, category=category)
        expected.append([[p.format(), *bounds(c)] for p, c in running.items()])
    assert [[[row[0], row[2], row[4]] for row in table] for table in tables] == expected


def test_the_claims_tables_hold_what_compare_gives(read_page: Any) -> None:
    dataset = bundled()
    comparison = compare(Dataset(claims=merge_duplicates(dataset).claims))
    page = read_page(render(dataset))
    tables = page.tables_of("claims-table")
    assert len(tables) == len(comparison.groups)
    for table, group in zip(tables, comparison.groups, strict=True):
        claim_rows = table[: len(group.claims)]
        assert [[r[0], r[4], r[6]] for r in claim_rows] == [
            [c.id, *bounds(c.count)] for c in group.claims
        ]
        assert group.envelope is not None
        envelope = table[len(group.claims)]
        assert [envelope[0], envelope[2], envelope[4]] == ["Consensus", *bounds(group.envelope)]


def test_a_gap_between_a_tally_and_the_itemized_sum_is_drawn_and_tabled(read_page: Any) -> None:
    from exchangekit import ExchangeTally

    dataset = bundled()
    tally = ExchangeTally(
        receiver=Party.lookup("UKR"),
        category=PersonCategory.REMAINS,
        count=Count.exact(9_000),
        covers=Period.between(date(2025, 7, 1), date(2025, 10, 31)),
        as_of=Period.day(date(2025, 10, 31)),
        claimant=Source("Coordination HQ", SourceKind.GOVERNMENT),
        id="tally-too-high",
    )
    text = render(Dataset(exchanges=dataset.exchanges, tallies=[tally]))
    page = read_page(text)
    [table] = page.tables_of("tally-table")
    assert [row[0] for row in table] == ["Stated tally", "Itemized exchanges", "Gap"]
    assert table[0][2:5] == ["9,000", "9,000", "9,000"]
    assert (table[1][2], table[1][4]) == ("3,700", "4,300")
    assert (table[2][2], table[2][4]) == ("4,700", "5,300")
    assert 'class="mark gap"' in text
    assert "missing" in "".join(page.text)


def test_hostile_text_appears_as_text_never_as_markup(read_page: Any) -> None:
    text = render(hostile_dataset(), title=HOSTILE)
    page = read_page(text)
    assert [t for t, _ in page.tags if t == "script"] == []
    visible = "".join(page.text)
    # title, provenance, record ids, notes, caveats, quotes and source names, all as written
    assert visible.count(HOSTILE) >= 8
    hrefs = [a.get("href") or "" for t, a in page.tags if t == "a"]
    assert not any(h.lower().startswith("javascript:") for h in hrefs)
    assert 'https://example.org/a?b=1&c="2"' in hrefs
    assert "javascript:alert(1)" in visible  # shown, so a reader sees the address, not a link


@settings(max_examples=40, deadline=None)
@given(dataset=strategies.datasets())
def test_any_dataset_renders_without_markup_from_the_data(dataset: Dataset, read_page: Any) -> None:
    page = read_page(render(dataset))
    assert [t for t, _ in page.tags if t == "script"] == []
    records = [a for t, a in page.tags if t == "li" and re.fullmatch(r"r\d+", a.get("id") or "")]
    listed = {e.id for e in dataset.exchanges} | {e.id for e in merge_duplicates(dataset).exchanges}
    assert len(records) == len(listed) + len(dataset.claims) + len(dataset.tallies)


def test_export_picks_the_format_from_the_suffix(tmp_path: pytest.TempPathFactory) -> None:
    target = tmp_path / "report.html"  # type: ignore[operator]
    export(bundled(), target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"by": "day"}, "by='day' is not a bucket size"),
        ({"colour": 1}, "takes only by= and title="),
    ],
)
def test_bad_options_are_named(options: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        HtmlExporter().write([], io.StringIO(), **options)


def test_weekly_buckets_when_asked(read_page: Any) -> None:
    page = read_page(render(bundled(), by="week"))
    first = page.tables_of("figures")[0]
    assert first[0][0].startswith("2025-W")


# --- in a real browser --------------------------------------------------


def _bounds(count: Count) -> list[str]:
    return [f"{count.low:,}", "no upper bound" if count.high is None else f"{count.high:,}"]


def _open(browser: Any, path: Path) -> list[dict[str, Any]]:
    """Load ``path`` and return what the page logged to the console while loading."""
    browser.get_log("browser")  # drop anything left from an earlier page
    browser.get(path.as_uri())
    browser.execute_script("return document.readyState")
    return list(browser.get_log("browser"))


def _tables(browser: Any, cls: str) -> list[list[list[str]]]:
    """Each table of class ``cls`` as the browser renders it: its body rows' cell texts."""
    return browser.execute_script(  # type: ignore[no-any-return]
        """
        return Array.from(document.querySelectorAll('table.' + arguments[0])).map(table =>
            Array.from(table.querySelectorAll('tbody tr, tfoot tr')).map(row =>
                Array.from(row.cells).map(cell => cell.innerText.trim())));
        """,
        cls,
    )


@pytest.fixture(scope="module")
def example_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example's report, written by the command line as a user would."""
    target = tmp_path_factory.mktemp("html") / "report.html"
    subprocess.run(
        [sys.executable, "-m", "exchangekit", "report", "--format", "html", "-o", str(target)],
        check=True,
    )
    return target


def test_the_example_report_opens_without_console_errors(
    browser: Any, example_report: Path, tmp_path: Path
) -> None:
    problems = [e for e in _open(browser, example_report) if e.get("level") == "SEVERE"]
    assert problems == []
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_every_chart_draws_marks(browser: Any, example_report: Path) -> None:
    _open(browser, example_report)
    drawn = browser.execute_script(
        """
        return Array.from(document.querySelectorAll('svg.chart')).map(svg => {
            const marks = Array.from(svg.querySelectorAll('.mark'));
            const visible = marks.filter(m => { const b = m.getBBox();
                return b.width > 0 || b.height > 0; });
            return [svg.getAttribute('class'), visible.length, svg.getBoundingClientRect().width];
        });
        """
    )
    dataset = bundled()
    groups = len(compare(Dataset(claims=merge_duplicates(dataset).claims)).groups)
    # two charts per direction (UKR and RUS remains), one per tally, one per claim group
    assert len(drawn) == 2 * 2 + len(dataset.tallies) + groups
    assert all(count > 0 and width > 100 for _, count, width in drawn), drawn


def test_the_tables_in_the_browser_equal_totals_and_compare(
    browser: Any, example_report: Path
) -> None:
    _open(browser, example_report)
    dataset = bundled()
    merged = merge_duplicates(dataset)
    expected = []
    for receiver in ("UKR", "RUS"):
        per = totals(merged.exchanges, receiver=receiver, category=PersonCategory.REMAINS)
        expected.append(
            [[p.format(), *_bounds(c)] for p, c in per.items()] + [["Total", *_bounds(per.total)]]
        )
        running = cumulative(merged.exchanges, receiver=receiver, category=PersonCategory.REMAINS)
        expected.append([[p.format(), *_bounds(c)] for p, c in running.items()])
    shown = [[[r[0], r[2], r[4]] for r in table] for table in _tables(browser, "figures")]
    assert shown == expected

    comparison = compare(Dataset(claims=merged.claims))
    claims = _tables(browser, "claims-table")
    assert len(claims) == len(comparison.groups)
    for table, group in zip(claims, comparison.groups, strict=True):
        assert [[r[0], r[4], r[6]] for r in table[: len(group.claims)]] == [
            [c.id, *_bounds(c.count)] for c in group.claims
        ]
        assert group.envelope is not None
        consensus = table[len(group.claims)]
        assert [consensus[0], consensus[2], consensus[4]] == ["Consensus", *_bounds(group.envelope)]


def test_hostile_text_is_text_in_the_browser(browser: Any, tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render(hostile_dataset(), title=HOSTILE), encoding="utf-8")
    problems = [e for e in _open(browser, page) if e.get("level") == "SEVERE"]
    assert problems == []
    assert browser.execute_script("return document.scripts.length") == 0
    assert browser.execute_script("return document.title") == HOSTILE
    notes = browser.execute_script(
        "return Array.from(document.querySelectorAll('ul.records li p.note, blockquote'))"
        ".map(e => e.textContent)"
    )
    assert HOSTILE in notes
    assert f"“{HOSTILE}”" in notes


def test_a_phone_width_needs_no_sideways_scrolling(browser: Any, example_report: Path) -> None:
    browser.set_window_size(390, 844)
    try:
        _open(browser, example_report)
        page_width = browser.execute_script("return document.documentElement.scrollWidth")
        view_width = browser.execute_script("return document.documentElement.clientWidth")
        assert page_width <= view_width
    finally:
        browser.set_window_size(1000, 1400)
