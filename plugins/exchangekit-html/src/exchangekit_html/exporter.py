"""The ``html`` exporter: one self-contained HTML file reporting on a dataset, charts included.

The page holds no script and loads nothing: its charts are SVG drawn by the
template, its styles are inline, and its Content-Security-Policy forbids any
other resource, so it opens the same offline, from an e-mail attachment or
from a web server. Every value from the data is escaped by Jinja2's
autoescaping; text is wrapped in ``<bdi>`` so right-to-left names and notes
cannot reorder the text around them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, TextIO

from exchangekit import Dataset
from exchangekit.formats import Exporter, Record

if TYPE_CHECKING:
    import jinja2

__all__ = ["HtmlExporter", "render"]


@cache
def _environment() -> jinja2.Environment:
    """The template environment: autoescaping always on, undefined names an error."""
    import jinja2  # only when a report is written: plugin discovery stays cheap

    return jinja2.Environment(
        loader=jinja2.PackageLoader("exchangekit_html", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(dataset: Dataset, *, by: str = "month", title: str | None = None) -> str:
    """The HTML report on ``dataset`` as one string (see :class:`HtmlExporter`)."""
    from exchangekit_html.report import build  # with reconcile: only when a report is made

    report = build(dataset, by=by, title=title)
    return _environment().get_template("report.html.j2").render(report=report)


class HtmlExporter(Exporter):
    """Writes a self-contained HTML report: handovers over time, tallies, claims, findings, sources.

    Unlike a data format it needs every record before it can draw a chart, so
    it gathers the records first; it cannot be read back. Options: ``by``, the
    bucket size of the handovers over time (``"week"``, ``"month"`` (the
    default), ``"quarter"`` or ``"year"``), and ``title``, the page's heading.
    """

    name = "html"
    description = "A self-contained HTML report with charts of handovers, tallies and claims"
    suffixes = (".html", ".htm")
    media_types = ("text/html",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        by: str = "month",
        title: str | None = None,
        **options: Any,
    ) -> None:
        """Gather ``records`` and write the report on them to ``stream``."""
        if options:
            raise TypeError(
                f"the html format takes only by= and title=, got {', '.join(sorted(options))}"
            )
        from exchangekit_html.report import BUCKETS

        if by not in BUCKETS:
            raise TypeError(f"by={by!r} is not a bucket size; use one of {', '.join(BUCKETS)}")
        if title is not None and not isinstance(title, str):
            raise TypeError(f"title= must be text, not {type(title).__name__}")
        dataset = Dataset.gather(records, provenance)
        stream.write(render(dataset, by=by, title=title))
