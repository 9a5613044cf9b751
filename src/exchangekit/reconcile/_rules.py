"""The rules a sum must keep over the whole set of figures: what may not be added together.

They are checked when a :class:`~exchangekit.reconcile.PartialTotals` is turned
into its result, so a sum computed in parts refuses exactly what the same sum
computed at once refuses.
"""

from __future__ import annotations

from collections.abc import Sequence

from exchangekit.reconcile._arguments import ReconcileError

__all__ = ["left_out", "refuse_mixed", "refuse_mixed_categories", "refuse_running_totals"]

_PLURALS = {"subject": "subjects", "category": "categories", "population": "populations"}
_EXAMPLES = {
    "subject": "one side's dead to the other's",
    "category": "killed to wounded",
    "population": "civilians to combatants",
}


def listed(ids: Sequence[str]) -> str:
    """The first three ids, and how many more there are."""
    return ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")


def refuse_running_totals(running: Sequence[str]) -> None:
    """Raise: only running totals were chosen, and they cannot be added up."""
    raise ReconcileError(
        "records",
        f"{listed(running)} {'is a running total' if len(running) == 1 else 'are running totals'}"
        " and nothing else was chosen: a running total already holds everything before it, so "
        "adding it up counts the same dead twice; hold it against a sum of events with "
        "compare() instead",
    )


def left_out(running: Sequence[str]) -> tuple[str, ...]:
    """The note saying which running totals were left out of a sum, if any were."""
    if not running:
        return ()
    return (
        f"{len(running)} running total{'s' if len(running) != 1 else ''} left out "
        f"({listed(running)}): each already holds everything before it",
    )


def refuse_mixed(argument: str, present: Sequence[str]) -> None:
    """Raise unless the casualty figures hold one value of ``argument`` (subject, ...)."""
    if len(present) < 2:
        return
    names = ", ".join(repr(v) for v in present)
    raise ReconcileError(
        argument,
        f"the chosen figures are of {len(present)} {_PLURALS[argument]} ({names}), and adding "
        f"{_EXAMPLES[argument]} gives a number nobody can publish; pass "
        f"{argument}={present[0]!r} (or another one of them), or {argument}=[{names}] to add "
        "them up on purpose",
    )


def refuse_mixed_categories(present: Sequence[str]) -> None:
    """Raise unless the transfers are of one category: bodies and the living never mix.

    Asking for several categories by name (``category=[...]``) is the way to add them on purpose.
    """
    if len(present) < 2:
        return
    names = ", ".join(repr(c) for c in present)
    raise ReconcileError(
        "category",
        f"the selected transfers are of {len(present)} categories ({names}), and adding "
        "remains to living people, or prisoners to civilians, gives a number nobody can "
        f"publish; pass category={present[0]!r} (or another one of them) for one "
        f"total, or category=[{names}] to add them up on purpose",
    )
