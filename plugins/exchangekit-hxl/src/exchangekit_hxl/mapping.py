"""The column-by-column mapping between exchangekit's records and HXL hashtags, and what it drops.

The exporter writes the columns of :data:`COLUMNS` in order, under a row of
plain-language headers; the parser finds each field by the tag *pattern* in
:data:`PATTERNS`, so that columns tagged with more attributes than these
(``#affected+killed+healthworker``) still match, as the HXL standard says.
Where HXL has no standard attribute, the mapping uses custom ``+x_…``
attributes. :func:`kept` says exactly what survives a trip through the format.
"""

from __future__ import annotations

import attrs

from exchangekit import (
    CasualtyCategory,
    Dataset,
    Exchange,
    PersonCategory,
)

__all__ = [
    "CATEGORY_TAGS",
    "COLUMNS",
    "PATTERNS",
    "Column",
    "kept",
]


@attrs.frozen
class Column:
    """One exported column: the field it holds, its header text and its HXL hashtag."""

    field: str
    """The key the exporter and parser use for this column (``"occurred"``, ``"killed"``)."""
    header: str
    """The plain-language header written above the hashtag row."""
    tag: str
    """The HXL hashtag with its attributes, as written (``"#affected+killed"``)."""


CATEGORY_TAGS: dict[CasualtyCategory | PersonCategory, str] = {
    CasualtyCategory.KILLED: "#affected+killed",
    CasualtyCategory.MISSING: "#affected+missing",
    CasualtyCategory.WOUNDED: "#affected+injured",
    CasualtyCategory.CAPTURED: "#affected+x_captured",
    CasualtyCategory.KILLED_OR_MISSING: "#affected+x_killed_or_missing",
    CasualtyCategory.TOTAL_LOSSES: "#affected+x_total_losses",
    PersonCategory.REMAINS: "#affected+x_remains",
    PersonCategory.PRISONERS_OF_WAR: "#affected+x_prisoners_of_war",
    PersonCategory.CIVILIANS: "#affected+x_civilians",
    PersonCategory.CHILDREN: "#affected+x_children",
    PersonCategory.WOUNDED_PRISONERS: "#affected+x_wounded_prisoners",
    PersonCategory.OTHER: "#affected+x_other_people",
}
"""The column holding a figure of each category: casualty categories for claims, person
categories for transfers and tallies. The cell holds the figure a reader would quote: the
source's single figure when it gave one, else the lower bound."""

_BOUND_ATTRIBUTES = "-x_low-x_high-x_best"


def _header(category: CasualtyCategory | PersonCategory) -> str:
    if category is PersonCategory.OTHER:
        return "Other people"
    return str(category.value).replace("_", " ").capitalize()


COLUMNS: tuple[Column, ...] = (
    Column("record", "Record", "#meta+x_record"),
    Column("id", "Record id", "#meta+id"),
    Column("kind", "Exchange kind", "#event+type"),
    Column("occurred", "When it happened", "#date+occurred"),
    Column("reported", "As of", "#date+reported"),
    Column("sender", "From", "#country+code+x_sender"),
    Column("receiver", "To", "#country+code+x_receiver"),
    Column("subject", "Whose losses", "#country+code"),
    Column("intermediaries", "Intermediaries", "#org+x_intermediary+list"),
    *(Column(category.value, _header(category), tag) for category, tag in CATEGORY_TAGS.items()),
    Column("low", "Low", "#affected+x_low"),
    Column("high", "High", "#affected+x_high"),
    Column("best", "Best", "#affected+x_best"),
    Column("qualifier", "Qualifier", "#meta+x_qualifier"),
    Column("source", "Source", "#meta+source"),
    Column("source_kind", "Source kind", "#meta+source+x_kind"),
    Column("source_party", "Source speaks for", "#country+code+x_source"),
    Column("source_url", "Source URL", "#meta+url"),
    Column("source_published", "Source published", "#date+x_published"),
    Column("method", "Method", "#meta+x_method"),
    Column("scope", "Scope", "#meta+x_scope"),
    Column("population", "Population", "#meta+x_population"),
)
"""Every column the exporter writes, in order."""

PATTERNS: dict[str, str] = {
    **{column.field: column.tag for column in COLUMNS},
    "intermediaries": "#org+x_intermediary",
    "subject": "#country+code-x_sender-x_receiver-x_source",
    "source": "#meta+source-x_kind",
    **{category.value: tag + _BOUND_ATTRIBUTES for category, tag in CATEGORY_TAGS.items()},
}
"""The HXL tag pattern the parser reads each field with (``-attr`` excludes an attribute).

A pattern matches any column with its hashtag and at least its ``+`` attributes, in any
order and any letter case, and none of its ``-`` attributes."""


def kept(dataset: Dataset) -> Dataset:
    """What of ``dataset`` survives being written as HXL and read back.

    Kept: every exchange's id, kind, period, intermediaries and transfers
    (with who vouches for each figure); every claim and tally but for the
    fields listed as dropped. Dropped: an exchange's ``sources``, ``notes``
    and ``quotes``; a claim's ``caveats``, ``relayed_by`` and ``quotes``; a
    tally's ``exchange_count``, ``relayed_by``, ``quotes`` and ``notes``; a
    tally that gives only a number of exchanges, whole; the provenance.
    Parties are written by code alone, so they come back as the party
    registry defines them.
    """
    return Dataset(
        exchanges=[
            Exchange(
                id=exchange.id,
                kind=exchange.kind,
                period=exchange.period,
                transfers=exchange.transfers,
                intermediaries=exchange.intermediaries,
            )
            for exchange in dataset.exchanges
        ],
        claims=[
            attrs.evolve(claim, caveats=(), relayed_by=(), quotes=()) for claim in dataset.claims
        ],
        tallies=[
            attrs.evolve(tally, exchange_count=None, relayed_by=(), quotes=(), notes=())
            for tally in dataset.tallies
            if tally.count is not None
        ],
    )
