"""Regenerate the example data bundled with exchangekit (``exchangekit report`` with no input).

The running example is the set of facts in one news report of Thursday
23 October 2025: four handovers of remains to Ukraine from July to October
2025, the 31 bodies Ukraine returned to Russia on that day, and the casualty
figures the report quotes. The records are built through the public API and
written with the canonical JSON exporter, so the bundled file is always what
the current code would produce.

Usage::

    python examples/make_bundled_example.py            # rewrite the bundled file
    python examples/make_bundled_example.py --check    # exit 1 if it is out of date
    python examples/make_bundled_example.py OUT.json   # write elsewhere
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    Quote,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.api import export

BUNDLED = Path(__file__).resolve().parent.parent / "src" / "exchangekit" / "data"
BUNDLED_FILE = BUNDLED / "running-example.json"

PUBLISHED = date(2025, 10, 23)
FULL_SCALE_INVASION = date(2022, 2, 24)


def build_running_example() -> Dataset:
    """The running example as a dataset: four exchanges, four casualty claims and a tally."""
    ukraine, russia, icrc = Party.lookup("Kyiv"), Party.lookup("Moscow"), Party.lookup("ICRC")
    both_sides = Party.joint(russia, ukraine)

    report = Source("News report of 23 October 2025", kind=SourceKind.MEDIA, published=PUBLISHED)
    headquarters = Source(
        "Coordination Headquarters for the Treatment of Prisoners of War",
        kind=SourceKind.GOVERNMENT,
        party=ukraine,
        published=PUBLISHED,
    )
    russian_side = Source("Russian authorities", kind=SourceKind.GOVERNMENT, party=russia)
    president = Source(
        "Volodymyr Zelensky, President of Ukraine", kind=SourceKind.GOVERNMENT, party=ukraine
    )
    open_count = Source("BBC News Russian and Mediazona", kind=SourceKind.MEDIA)

    def remains(sender: Party, receiver: Party, figure: str, **kw: Source) -> Transfer:
        return Transfer(sender, receiver, PersonCategory.REMAINS, Count.parse(figure), **kw)

    earlier = [
        Exchange(
            id=f"handover-2025-{month:02d}",
            kind=ExchangeKind.REPATRIATION_OF_REMAINS,
            period=Period.month(2025, month),
            transfers=[remains(russia, ukraine, "around 1,000")],
            sources=[report],
            notes=[
                "Mentioned in passing as a similar handover that month; the day, the "
                "intermediary and anything sent the other way are not reported."
            ],
            quotes=[
                Quote(
                    "Handovers of about a thousand bodies each had already reached Ukraine "
                    "in July, August and September."
                )
            ],
        )
        for month in (7, 8, 9)
    ]
    thursday = Exchange(
        id="handover-2025-10-23",
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.parse("on Thursday", reference=PUBLISHED),
        transfers=[
            remains(russia, ukraine, "1,000", attributed_to=russian_side),
            remains(ukraine, russia, "31"),
        ],
        intermediaries=[icrc],
        sources=[headquarters, russian_side, report],
        notes=[
            "That the bodies are Ukrainian servicemen is Russia's statement; Ukrainian "
            "law enforcement is to identify them.",
        ],
        quotes=[
            Quote(
                "Kyiv's prisoner-of-war headquarters said a thousand bodies were handed "
                "over which the Russian side says are Ukrainian servicemen."
            ),
            Quote(
                "Moscow said it had been given the remains of 31 of its soldiers in return, "
                "and Kyiv thanked the Red Cross for its help."
            ),
        ],
    )

    claims = [
        CasualtyClaim(
            id="claim-ukr-killed-2025-02",
            subject=ukraine,
            category=CasualtyCategory.KILLED,
            count=Count.parse("over 46,000"),
            covers=Period.between(FULL_SCALE_INVASION, date(2025, 2, 28)),
            as_of=Period.month(2025, 2),
            claimant=president,
            method=ClaimMethod.OFFICIAL_STATEMENT,
            scope=ClaimScope.CUMULATIVE,
            relayed_by=[report],
        ),
        CasualtyClaim(
            id="claim-ukr-missing-2025-02",
            subject=ukraine,
            category=CasualtyCategory.MISSING,
            count=Count.parse("tens of thousands"),
            covers=Period.between(FULL_SCALE_INVASION, date(2025, 2, 28)),
            as_of=Period.month(2025, 2),
            claimant=president,
            method=ClaimMethod.OFFICIAL_STATEMENT,
            scope=ClaimScope.CUMULATIVE,
            relayed_by=[report],
        ),
        CasualtyClaim(
            id="claim-rus-killed-2025-10",
            subject=russia,
            category=CasualtyCategory.KILLED,
            count=Count.parse("more than 135,000"),
            covers=Period.between(FULL_SCALE_INVASION, PUBLISHED),
            as_of=Period.day(PUBLISHED),
            claimant=open_count,
            method=ClaimMethod.DOCUMENTED_MINIMUM,
            scope=ClaimScope.CUMULATIVE,
            caveats=[
                "Counts only deaths confirmed from open sources; the authors expect the "
                "real number to be much higher."
            ],
            relayed_by=[report],
        ),
        CasualtyClaim(
            id="claim-both-killed-2025-10",
            subject=both_sides,
            category=CasualtyCategory.KILLED,
            count=Count.parse("tens of thousands"),
            covers=Period.between(FULL_SCALE_INVASION, PUBLISHED),
            as_of=Period.day(PUBLISHED),
            claimant=report,
            method=ClaimMethod.MEDIA_ESTIMATE,
            scope=ClaimScope.CUMULATIVE,
            caveats=["The outlet's own loose wording; neither government publishes full figures."],
        ),
    ]
    # The report gives no running total; this one is added, and labelled as such, to show how
    # a stated tally is checked against the four handovers it would cover.
    since_july = ExchangeTally(
        id="tally-remains-2025-07-to-10",
        receiver=ukraine,
        sender=russia,
        category=PersonCategory.REMAINS,
        count=Count.parse("about 4,000"),
        covers=Period.between(date(2025, 7, 1), PUBLISHED),
        as_of=Period.day(PUBLISHED),
        claimant=Source("Illustrative tally, not stated in the report", kind=SourceKind.OTHER),
        exchange_count=Count.exact(4),
        notes=[
            "Not from the report: an example of a stated running total, here of the "
            "remains Ukraine received from July to 23 October 2025."
        ],
    )
    return Dataset(
        exchanges=[*earlier, thursday],
        claims=claims,
        tallies=[since_july],
        provenance=[
            "exchangekit running example: the facts of a news report published on "
            "23 October 2025, entered by hand, its wording paraphrased in the quotes "
            "(examples/make_bundled_example.py)"
        ],
    )


def main(argv: list[str] | None = None) -> int:
    """Write the bundled file (or ``OUT``), or with ``--check`` say whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=BUNDLED_FILE)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    dataset = build_running_example()
    if not args.check:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        export(dataset, args.output, format="json")
        print(
            f"wrote {len(dataset.exchanges)} exchanges, {len(dataset.claims)} claims and "
            f"{len(dataset.tallies)} tallies to {args.output}"
        )
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.json"
        export(dataset, fresh, format="json")
        if not args.output.exists() or fresh.read_bytes() != args.output.read_bytes():
            print(f"{args.output} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
    print(f"{args.output} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
