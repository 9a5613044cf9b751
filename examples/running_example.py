"""The running example: four handovers of remains in 2025 and the casualty claims around them.

Builds the records through exchangekit's public API, merges the two accounts
of the October handover, prints monthly totals as honest intervals, and
compares the casualty claims. Run it with ``python examples/running_example.py``.
"""

from __future__ import annotations

from datetime import date

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
    Quote,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.reconcile import compare, merge_duplicates, totals

RUSSIA, UKRAINE, ICRC = Party.lookup("Moscow"), Party.lookup("Kyiv"), Party.lookup("Red Cross")
PUBLISHED = date(2025, 10, 23)  # the Thursday of the report


def handovers() -> list[Exchange]:
    """What each side reported: three summer handovers to Kyiv, and two accounts of October's."""
    kyiv = Source(
        "Ukraine's Coordination Headquarters for POWs",
        SourceKind.GOVERNMENT,
        UKRAINE,
    )
    moscow = Source("Russian authorities", SourceKind.GOVERNMENT, RUSSIA)
    russian_side = Source("the Russian side", SourceKind.GOVERNMENT, RUSSIA)
    summer = [
        Exchange(
            kind=ExchangeKind.REPATRIATION_OF_REMAINS,
            period=Period.parse(f"{month} 2025"),
            transfers=[
                Transfer(RUSSIA, UKRAINE, PersonCategory.REMAINS, Count.parse("around 1,000"))
            ],
            sources=[kyiv],
            notes=["one of several similar handovers in recent months"],
        )
        for month in ("July", "August", "September")
    ]
    thursday = Period.parse("on Thursday", reference=PUBLISHED)
    kyiv_account = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=thursday,
        transfers=[
            Transfer(
                RUSSIA,
                UKRAINE,
                PersonCategory.REMAINS,
                Count.parse("one thousand"),
                attributed_to=russian_side,
            )
        ],
        intermediaries=[ICRC],
        sources=[kyiv],
        notes=["law enforcement to begin identifying the bodies"],
    )
    moscow_account = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=thursday,
        transfers=[Transfer(UKRAINE, RUSSIA, PersonCategory.REMAINS, Count.parse("31"))],
        sources=[moscow],
    )
    return [*summer, kyiv_account, moscow_account]


def claims() -> list[CasualtyClaim]:
    """Kyiv's own figures from February 2025 and the independent open-source count."""
    since_invasion = Period.between(date(2022, 2, 24), date(2025, 2, 28))
    zelensky = Source("Volodymyr Zelensky, President of Ukraine", SourceKind.GOVERNMENT, UKRAINE)
    open_count = Source("BBC Russian and Mediazona", SourceKind.MEDIA)
    return [
        CasualtyClaim(
            subject=UKRAINE,
            category=CasualtyCategory.KILLED,
            count=Count.parse("over 46,000"),
            quotes=[Quote("over 46,000")],
            covers=since_invasion,
            as_of=Period.month(2025, 2),
            claimant=zelensky,
        ),
        CasualtyClaim(
            subject=UKRAINE,
            category=CasualtyCategory.MISSING,
            count=Count.parse("tens of thousands"),
            quotes=[Quote("tens of thousands more")],
            covers=since_invasion,
            as_of=Period.month(2025, 2),
            claimant=zelensky,
        ),
        CasualtyClaim(
            subject=RUSSIA,
            category=CasualtyCategory.KILLED,
            count=Count.parse("more than 135,000"),
            quotes=[Quote("more than 135,000")],
            covers=Period.between(date(2022, 2, 24), PUBLISHED),
            as_of=Period.month(2025, 10),
            claimant=open_count,
            method=ClaimMethod.DOCUMENTED_MINIMUM,
            caveats=["confirmed from open sources; the true toll is likely far higher"],
        ),
    ]


def describe(exchange: Exchange) -> list[str]:
    """One line per transfer: date, direction, figure, attribution, intermediaries, sources."""
    lines = []
    via = f", with the {' and '.join(p.code for p in exchange.intermediaries)}"
    for transfer in exchange.transfers:
        said = f", according to {transfer.attributed_to.name}" if transfer.attributed_to else ""
        who = "; ".join(s.name for s in exchange.sources)
        lines.append(
            f"  {exchange.period!s:<11} {transfer.sender.code}→{transfer.receiver.code} "
            f"{transfer.category.value}: {transfer.count}{said}"
            f"{via if exchange.intermediaries else ''} ({who})"
        )
    return lines


def main() -> None:
    """Print the whole worked example."""
    print("Handovers of remains between Russia and Ukraine, July to October 2025")
    print()
    reports = handovers()
    print(f"Reports ({len(reports)}), as each source gave them:")
    for exchange in reports:
        print("\n".join(describe(exchange)))

    merged = merge_duplicates(reports)
    print()
    print(f"After merging duplicate reports: {len(merged.exchanges)} exchanges")
    for finding in merged.findings:
        print(f"  {finding}")
    for merged_id in merged.merged_from:
        exchange = next(e for e in merged.exchanges if e.id == merged_id)
        print(f"The merged exchange {merged_id} keeps both accounts:")
        print("\n".join(describe(exchange)))
        print("\n".join(f"  note: {note}" for note in exchange.notes))

    for receiver, name in (("UKR", "Ukraine"), ("RUS", "Russia")):
        result = totals(
            merged.exchanges,
            by="month",
            receiver=receiver,
            category=PersonCategory.REMAINS,
            start=date(2025, 7, 1),
            end=date(2025, 10, 31),
        )
        print()
        print(f"Remains received by {name}, month by month")
        print("\n".join(f"  {line}" for line in str(result).splitlines()[1:]))

    comparison = compare(claims())
    print()
    print("Casualty claims, grouped so that only like is compared with like")
    print()
    print(comparison)
    if not comparison.findings:
        print()
        print(
            "No two claims count the same losses of the same side, so none was set against "
            "another: killed is never compared with missing, nor Ukraine's losses with Russia's."
        )


if __name__ == "__main__":
    main()
