"""Standpoints: whether a casualty figure comes from the side that lost, its enemy, or neither.

A government's count of its own dead, its enemy's count of them and a
researcher's count mean different things even when the numbers agree, so
:func:`~exchangekit.reconcile.compare` labels every claim with its standpoint.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from exchangekit.models import CasualtyClaim, Dataset
from exchangekit.parties import Party, PartyRegistry
from exchangekit.reconcile._arguments import PartyFilter, ReconcileError, resolve_parties

__all__ = ["Standpoint", "default_belligerents", "resolve_belligerents", "standpoint"]


class Standpoint(enum.Enum):
    """Who a claim speaks for, relative to the party whose losses it counts."""

    SELF_REPORT = "self_report"
    """The claimant speaks for the subject (or, for a joint subject, for one of its members)."""
    ADVERSARY = "adversary"
    """The claimant speaks for a belligerent that is not the subject: the enemy's figure."""
    INDEPENDENT = "independent"
    """The claimant speaks for no belligerent: media, research, international bodies, others."""

    @property
    def words(self) -> str:
        """The standpoint as prose, as the text output prints it: "adversary's claim"."""
        return _WORDS[self]


_WORDS = {
    Standpoint.SELF_REPORT: "self-report",
    Standpoint.ADVERSARY: "adversary's claim",
    Standpoint.INDEPENDENT: "independent",
}


def standpoint(claim: CasualtyClaim, *, belligerents: Iterable[str]) -> Standpoint:
    """Whether ``claim`` is a self-report, an adversary's claim or independent.

    ``belligerents`` are the codes of the parties to the conflict. A claimant
    that speaks for no party is independent; one whose party shares a member
    with the subject reports on itself; one that speaks for another
    belligerent is an adversary; anyone else (a third state's intelligence,
    the ICRC, the UN) is independent.
    """
    if isinstance(belligerents, str):
        raise ReconcileError(
            "belligerents", f"expected a collection of party codes, not the string {belligerents!r}"
        )
    party = claim.claimant.party
    if party is None:
        return Standpoint.INDEPENDENT
    speaks_for = set(party.members)
    if speaks_for & set(claim.subject.members):
        return Standpoint.SELF_REPORT
    warring = {member for code in belligerents for member in code.split("+")}
    if speaks_for & warring:
        return Standpoint.ADVERSARY
    return Standpoint.INDEPENDENT


def default_belligerents(
    claims: Iterable[CasualtyClaim], dataset: Dataset | None = None
) -> frozenset[str]:
    """The parties taken to be at war when nobody says: whose losses are counted, and who exchanged.

    Every member of every claim's subject, and, for a dataset, every sender
    and receiver of its exchanges (intermediaries such as the ICRC are not
    parties to the conflict).
    """
    codes = {member for claim in claims for member in claim.subject.members}
    if dataset is not None:
        for exchange in dataset.exchanges:
            for transfer in exchange.transfers:
                codes.update(transfer.sender.members)
                codes.update(transfer.receiver.members)
    return frozenset(codes)


def resolve_belligerents(
    value: PartyFilter, registry: PartyRegistry | None = None
) -> frozenset[str] | None:
    """The codes named by a ``belligerents=`` argument (parties, codes or names), or ``None``."""
    if value is not None and not isinstance(value, Party | str):
        value = list(value)
        if not value:
            raise ReconcileError(
                "belligerents",
                "an empty collection names no party to the conflict; "
                "pass None to take the subjects of the claims",
            )
    codes = resolve_parties("belligerents", value, registry)
    if codes is None:
        return None
    return frozenset(member for code in codes for member in code.split("+"))
