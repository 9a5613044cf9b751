"""The canonical JSON exporter's own indented writer matches the standard library's text."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import exchangekit.strategies  # noqa: F401  (registers the record strategies)
from exchangekit import CasualtyClaim, Exchange, ExchangeTally
from exchangekit.builtin._converter import _converter, to_data
from exchangekit.builtin.canonical_json import _indented
from exchangekit.builtin.csv_tables import COLUMNS, _line
from exchangekit.safecsv import csv_line, neutralise

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_JSON: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
        | st.dictionaries(st.integers() | st.none() | st.booleans(), inner, min_size=1, max_size=3)
    ),
    max_leaves=20,
)


@given(_JSON, st.sampled_from(["", "  ", "    "]))
def test_indented_is_the_standard_librarys_text(value: Any, margin: str) -> None:
    """Every JSON value, with every margin, reads exactly as ``json.dumps`` writes it."""
    expected = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + margin)
    assert _indented(value, margin) == expected


def test_indented_nests_and_escapes() -> None:
    """A record-shaped value with escapes, empty containers and non-ASCII text."""
    value = {"id": 'a"b\\c\n', "list": [], "obj": {}, "n": [1, None, True, {"ё": "🙂"}]}
    expected = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n    ")
    assert _indented(value, "    ") == expected


@settings(max_examples=60)
@given(st.from_type(Exchange) | st.from_type(CasualtyClaim) | st.from_type(ExchangeTally))
def test_direct_unstructure_matches_cattrs(
    record: Exchange | CasualtyClaim | ExchangeTally,
) -> None:
    """The fast unstructure functions give exactly cattrs' data, key order included."""
    expected = _converter().unstructure(record)
    data = to_data(record)
    assert data == expected
    assert json.dumps(data) == json.dumps(expected)


_CELL_TEXT = st.text(alphabet=st.sampled_from("ab,\"\r\n='- ё"), max_size=6)


@given(st.dictionaries(st.sampled_from([*COLUMNS, "not-a-column"]), _CELL_TEXT))
def test_csv_line_matches_the_column_by_column_line(row: dict[str, str]) -> None:
    """A row's line is the one written column by column, with quoting and neutralising."""
    expected = csv_line(neutralise(row[column]) if column in row else "" for column in COLUMNS)
    assert _line(row) == expected
