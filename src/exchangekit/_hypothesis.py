"""Registers exchangekit's strategies with Hypothesis, so ``st.from_type(Exchange)`` works.

Hypothesis runs :func:`_hypothesis_setup_hook` through the ``hypothesis``
entry point while it is being imported. The hook registers *lazy* callables:
:mod:`exchangekit.strategies` is imported only when a test first asks
Hypothesis for one of these types, never merely because Hypothesis was imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__: list[str] = []


def _lazy(name: str) -> Callable[[type[Any]], SearchStrategy[Any]]:
    """A type-strategy callable that imports the strategies module and calls ``name()``."""

    def resolve(_type: type[Any]) -> SearchStrategy[Any]:
        from exchangekit import strategies

        factory: Callable[[], SearchStrategy[Any]] = getattr(strategies, name)
        return factory()

    resolve.__name__ = resolve.__qualname__ = f"exchangekit.strategies.{name}"
    return resolve


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every exchangekit record type (called by Hypothesis itself)."""
    import hypothesis.strategies as st

    from exchangekit.counts import Count
    from exchangekit.models import (
        CasualtyClaim,
        Dataset,
        Exchange,
        ExchangeTally,
        Quote,
        Source,
        Transfer,
    )
    from exchangekit.parties import Party
    from exchangekit.periods import Period

    registrations: dict[type[Any], str] = {
        Count: "counts",
        Period: "periods",
        Party: "parties",
        Source: "sources",
        Quote: "quotes",
        Transfer: "transfers",
        Exchange: "exchanges",
        CasualtyClaim: "casualty_claims",
        ExchangeTally: "exchange_tallies",
        Dataset: "datasets",
    }
    for cls, name in registrations.items():
        st.register_type_strategy(cls, _lazy(name))
