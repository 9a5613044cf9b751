"""The stable id of a merged exchange, derived from its fields before the exchange is built.

A merge builds thousands of exchanges and names each by its id at once: the
merged exchange's id is passed to its constructor so it is not derived
twice. The fields are rendered by the walk :func:`exchangekit.models._stable_id`
uses (each type's rendering decided once), so the plain form, and the
digest, are the ones ``_stable_id`` makes (a test compares them on every
merged exchange it builds).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any, Final

from exchangekit.models import Exchange, _fields, _spec

_EXCHANGE: Final = _spec(Exchange)
_NAMES: Final = tuple(name for name, _, _ in _EXCHANGE)


def exchange_id(fields: Mapping[str, Any]) -> str:
    """The id :class:`~exchangekit.Exchange` would derive from ``fields`` (every field but ``id``).

    Sequences must be given as the tuples the constructor would make of them,
    since a field equal to its default ``()`` is left out of the digest.
    """
    plain = _fields(_EXCHANGE, map(fields.__getitem__, _NAMES))
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"ex-{digest[:16]}"
