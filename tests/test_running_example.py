"""The running example, end to end through the public API: handovers, totals and claims.

Russia handed Ukraine the remains of around 1,000 soldiers in each of July,
August and September 2025, and exactly 1,000 on Thursday 23 October 2025
(Ukraine returning 31, the ICRC assisting). Kyiv put its own dead at over
46,000 in February 2025 with tens of thousands missing; an independent
open-source count confirms more than 135,000 Russian dead, as a floor.
"""

from __future__ import annotations

import contextlib
import io
import runpy
from datetime import date
from pathlib import Path

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    Count,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Precision,
    Qualifier,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.reconcile import compare, cumulative, merge_duplicates, totals

RUSSIA, UKRAINE, ICRC = Party.lookup("Moscow"), Party.lookup("Kyiv"), Party.lookup("Red Cross")
REMAINS = PersonCategory.REMAINS
REPATRIATION = ExchangeKind.REPATRIATION_OF_REMAINS
KYIV_HQ = Source(
    "Coordination Headquarters for the Treatment of Prisoners of War",
    SourceKind.GOVERNMENT,
    UKRAINE,
)
MOSCOW = Source("Russian authorities", SourceKind.GOVERNMENT, RUSSIA)
RUSSIAN_SIDE = Source("the Russian side", SourceKind.GOVERNMENT, RUSSIA)
PUBLISHED = date(2025, 10, 23)
THURSDAY = Period.parse("on Thursday", reference=PUBLISHED)


def summer_handover(month: int) -> Exchange:
    return Exchange(
        kind=REPATRIATION,
        period=Period.month(2025, month),
        transfers=[Transfer(RUSSIA, UKRAINE, REMAINS, Count.parse("around 1,000"))],
        sources=[KYIV_HQ],
    )


KYIV_ACCOUNT = Exchange(
    kind=REPATRIATION,
    period=THURSDAY,
    transfers=[Transfer(RUSSIA, UKRAINE, REMAINS, Count.parse("one thousand"), RUSSIAN_SIDE)],
    intermediaries=[ICRC],
    sources=[KYIV_HQ],
)
MOSCOW_ACCOUNT = Exchange(
    kind=REPATRIATION,
    period=THURSDAY,
    transfers=[Transfer(UKRAINE, RUSSIA, REMAINS, Count.exact(31))],
    sources=[MOSCOW],
)
REPORTS = [summer_handover(7), summer_handover(8), summer_handover(9), KYIV_ACCOUNT, MOSCOW_ACCOUNT]

SINCE_INVASION = Period.between(date(2022, 2, 24), date(2025, 2, 28))
ZELENSKY = Source("Volodymyr Zelensky, President of Ukraine", SourceKind.GOVERNMENT, UKRAINE)
OPEN_COUNT = Source("BBC Russian and Mediazona", SourceKind.MEDIA)
KILLED_UKR = CasualtyClaim(
    subject=UKRAINE,
    category=CasualtyCategory.KILLED,
    count=Count.parse("over 46,000"),
    covers=SINCE_INVASION,
    as_of=Period.month(2025, 2),
    claimant=ZELENSKY,
)
MISSING_UKR = CasualtyClaim(
    subject=UKRAINE,
    category=CasualtyCategory.MISSING,
    count=Count.parse("tens of thousands"),
    covers=SINCE_INVASION,
    as_of=Period.month(2025, 2),
    claimant=ZELENSKY,
)
KILLED_RUS = CasualtyClaim(
    subject=RUSSIA,
    category=CasualtyCategory.KILLED,
    count=Count.parse("more than 135,000"),
    covers=Period.between(date(2022, 2, 24), PUBLISHED),
    as_of=Period.month(2025, 10),
    claimant=OPEN_COUNT,
    method=ClaimMethod.DOCUMENTED_MINIMUM,
    caveats=["confirmed by name from open sources; the true toll is likely far higher"],
)


def test_the_two_accounts_of_thursday_become_one_exchange() -> None:
    assert Period.day(date(2025, 10, 23)) == THURSDAY
    result = merge_duplicates(REPORTS)
    assert len(result.exchanges) == 4
    october = result.exchanges[3]
    assert october.period == THURSDAY
    assert {(t.sender.code, t.receiver.code): t.count for t in october.transfers} == {
        ("RUS", "UKR"): Count.exact(1000),
        ("UKR", "RUS"): Count.exact(31),
    }
    assert october.transfers[0].attributed_to == RUSSIAN_SIDE
    assert october.intermediaries == (ICRC,)
    assert october.sources == (KYIV_HQ, MOSCOW)
    assert result.merged_from[october.id] == (KYIV_ACCOUNT.id, MOSCOW_ACCOUNT.id)
    assert [f.code for f in result.findings] == ["merged-duplicates"]


def test_four_handovers_to_ukraine_total_about_four_thousand() -> None:
    exchanges = merge_duplicates(REPORTS).exchanges
    result = totals(
        exchanges,
        by="month",
        receiver="UKR",
        category=REMAINS,
        start=Period.month(2025, 7),
        end=Period.month(2025, 10),
    )
    assert list(result) == [Period.month(2025, m) for m in (7, 8, 9, 10)]
    assert all(bucket.precision is Precision.MONTH for bucket in result)
    assert result[Period.month(2025, 10)] == Count.exact(1000)
    assert result[Period.month(2025, 8)].contains(1000)
    assert result.total.contains(4000)
    assert (result.total.low, result.total.best, result.total.high) == (3700, 4000, 4300)
    assert result.total.qualifier is Qualifier.APPROXIMATE
    assert str(result.total) == "around 4,000 [3,700, 4,300]"
    running = cumulative(exchanges, receiver="Kyiv", category="remains")
    assert list(running.values())[-1] == result.total


def test_the_thirty_one_returned_to_russia_are_a_separate_total() -> None:
    exchanges = merge_duplicates(REPORTS).exchanges
    to_russia = totals(exchanges, receiver="RUS", category=REMAINS)
    assert to_russia.total == Count.exact(31)
    assert list(to_russia.items()) == [(Period.month(2025, 10), Count.exact(31))]
    to_ukraine = totals(exchanges, receiver="UKR", category=REMAINS)
    assert to_ukraine[Period.month(2025, 10)] == Count.exact(1000)
    assert to_ukraine.total.best == 4000


def test_claims_about_each_side_are_never_compared_with_each_other() -> None:
    comparison = compare([KILLED_UKR, MISSING_UKR, KILLED_RUS])
    assert [(g.subject.code, g.category) for g in comparison.groups] == [
        ("RUS", CasualtyCategory.KILLED),
        ("UKR", CasualtyCategory.KILLED),
        ("UKR", CasualtyCategory.MISSING),
    ]
    assert all(len(g.claims) == 1 for g in comparison.groups)
    assert comparison.findings == ()
    rus = comparison.group("RUS", CasualtyCategory.KILLED)
    assert rus.envelope == Count.more_than(135_000)
    assert rus.envelope.high is None  # a documented minimum is a floor, not an estimate
    assert rus.claims[0].caveats
    missing = comparison.group(UKRAINE, CasualtyCategory.MISSING)
    assert missing.envelope == Count.order_of_magnitude(20_000, 99_999)
    killed = comparison.group(UKRAINE, CasualtyCategory.KILLED)
    assert killed.envelope.low == 46_001
    assert killed.floor_from == (KILLED_UKR,)


def test_the_example_script_prints_the_totals_and_the_claims() -> None:
    script = Path(__file__).resolve().parents[1] / "examples" / "running_example.py"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(script), run_name="__main__")
    text = out.getvalue()
    assert "total    around 4,000 [3,700, 4,300]" in text
    assert "2025-10  31" in text
    assert "merged-duplicates" in text
    assert '"tens of thousands more", read as tens of thousands (20,000–99,999)' in text
    assert "more than 135,000 (documented minimum, as of 2025-10)" in text
