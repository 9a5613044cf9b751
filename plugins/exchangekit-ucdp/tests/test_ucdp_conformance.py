"""exchangekit's conformance kit, run on the ucdp-ged parser as any plugin author would."""

from __future__ import annotations

import json
from pathlib import Path

from exchangekit_ucdp import GedParser

from exchangekit.testing import check_parser

FIXTURES = Path(__file__).parent / "fixtures"


def _valid_page() -> str:
    page = json.loads((FIXTURES / "ucdp-api-page.json").read_text(encoding="utf-8"))
    page["Result"] = [event for event in page["Result"] if "best" in event]
    return json.dumps(page)


def test_the_parser_conforms() -> None:
    samples = [
        (FIXTURES / "ged-19.1.csv").read_text(encoding="utf-8"),
        (FIXTURES / "ged-candidate.csv").read_text(encoding="utf-8"),
        _valid_page(),
    ]
    check_parser(GedParser, samples=samples, max_examples=150)
