"""The canonical JSON exporter's own indented writer matches the standard library's text."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from exchangekit.builtin.canonical_json import _indented

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_JSON: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    | st.dictionaries(st.integers() | st.none() | st.booleans(), inner, min_size=1, max_size=3),
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
