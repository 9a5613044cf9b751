"""parse(), iter_parse() and export(): sources and targets, format detection, errors, atomicity."""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import api, plugins
from exchangekit.api import ParseResult, export, iter_parse, parse
from exchangekit.counts import Count
from exchangekit.errors import ParseError
from exchangekit.formats import Exporter, Item, Parser, Provenance, Record
from exchangekit.hookspecs import hookimpl
from exchangekit.models import CasualtyClaim, Dataset, Exchange, ExchangeTally, Source, Transfer
from exchangekit.parties import DEFAULT_REGISTRY
from exchangekit.periods import Period
from exchangekit.plugins import AmbiguousFormatError, UnknownFormatError
from exchangekit.vocabulary import CasualtyCategory, ExchangeKind, PersonCategory

# -- a throwaway format: one handover of remains per line -------------------------------------
#
#   # tally
#   # provenance: <entry>
#   2025-10-23 RUS UKR 1000
#
# "STOP" is a fatal error, "CRASH" makes the parser fail like a buggy plugin would.

_LINE = re.compile(r"(\d{4}-\d\d-\d\d) ([A-Z]+) ([A-Z]+) (\d+)")


def handover(day: date, sender: str, receiver: str, n: int) -> Exchange:
    transfer = Transfer(
        DEFAULT_REGISTRY.lookup(sender),
        DEFAULT_REGISTRY.lookup(receiver),
        PersonCategory.REMAINS,
        Count.exact(n),
    )
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS, period=Period.day(day), transfers=[transfer]
    )


class TallyParser(Parser):
    name = "tally"
    description = "One handover of remains per line (a test format)"
    suffixes = (".tally",)

    def sniff(self, head: str) -> bool:
        return head.partition("\n")[0].rstrip("\r") == "# tally"

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        if options:
            raise TypeError(f"tally takes no options, got {sorted(options)}")
        return self._items(stream, source)

    def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
        for number, line in enumerate(stream, start=1):
            text = line.rstrip("\r\n")
            if text.startswith("# provenance: "):
                yield Provenance(text.removeprefix("# provenance: "))
            elif not text or text.startswith("#"):
                continue
            elif text == "STOP":
                raise ParseError("told to stop", source=source, line=number)
            elif text == "CRASH":
                raise KeyError("a bug")
            elif match := _LINE.fullmatch(text):
                day, sender, receiver, n = match.groups()
                yield handover(date.fromisoformat(day), sender, receiver, int(n))
            else:
                yield ParseError(f"not a tally line: {text!r}", line=number, field="line")


class TallyExporter(Exporter):
    name = "tally"
    description = "One handover of remains per line (a test format)"
    suffixes = (".tally",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        fail_after: int | None = None,
        **options: Any,
    ) -> None:
        if options:
            raise TypeError(f"tally takes no options, got {sorted(options)}")
        stream.write("# tally\n")
        for entry in provenance:
            stream.write(f"# provenance: {entry}\n")
        for index, record in enumerate(records):
            if index == fail_after:
                raise RuntimeError("the disk is full")
            assert isinstance(record, Exchange)
            [t] = record.transfers
            stream.write(f"{record.period} {t.sender.code} {t.receiver.code} {t.count.low}\n")


class OtherParser(Parser):
    """Claims the .tally suffix too, and recognises text starting with '# other'."""

    name = "other"
    description = "Another test format sharing the .tally suffix"
    suffixes = (".tally", ".other")

    def sniff(self, head: str) -> bool:
        return head.startswith(("# other", "# tally\n# both"))

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        yield Provenance(f"read by other: {stream.read()!r}")


class TallyPlugin:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [TallyParser]

    @hookimpl
    def exchangekit_exporters(self) -> list[type[Exporter]]:
        return [TallyExporter]


class OtherPlugin:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [OtherParser]


@pytest.fixture
def tally(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Only the tally format is installed (no entry point is looked at)."""
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)
    monkeypatch.setattr(plugins, "_entry_points", list)
    plugins.reset()
    plugin = TallyPlugin()
    plugins.pm.register(plugin, name="tally")
    yield
    plugins.pm.unregister(plugin)
    plugins.reset()


@pytest.fixture
def other(tally: None) -> Iterator[None]:
    plugin = OtherPlugin()
    plugins.pm.register(plugin, name="other")
    yield
    plugins.pm.unregister(plugin)


HANDOVERS = (
    handover(date(2025, 10, 23), "RUS", "UKR", 1000),
    handover(date(2025, 10, 23), "UKR", "RUS", 31),
)
DATASET = Dataset(exchanges=HANDOVERS, provenance=("seed report",))
TEXT = "# tally\n# provenance: seed report\n2025-10-23 RUS UKR 1000\n2025-10-23 UKR RUS 31\n"


# -- sources ----------------------------------------------------------------------------------


def test_parse_reads_paths_strings_and_file_objects(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "handovers.tally"
    path.write_text(TEXT, encoding="utf-8")
    assert parse(path) == DATASET
    assert parse(str(path)) == DATASET
    with path.open(encoding="utf-8") as text_file:
        assert parse(text_file) == DATASET
        assert not text_file.closed
    with path.open("rb") as binary_file:
        assert parse(binary_file) == DATASET
        assert not binary_file.closed
    with path.open("rb", buffering=0) as raw_file:
        assert parse(raw_file) == DATASET
    assert parse(io.StringIO(TEXT)) == DATASET
    assert parse(io.BytesIO(TEXT.encode())) == DATASET


def test_parse_reads_standard_input(tally: None, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode()), encoding="ascii")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert parse("-") == DATASET
    assert not stdin.buffer.closed


def test_a_byte_order_mark_and_crlf_line_ends_are_read(tally: None) -> None:
    data = b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode()
    assert parse(io.BytesIO(data)) == DATASET


def test_undecodable_bytes_are_a_parse_error_naming_the_file(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "latin.tally"
    path.write_bytes(b"# tally\n# provenance: Z\xfcrich desk\n")
    with pytest.raises(ParseError, match=r"latin\.tally: the input is not valid utf-8") as excinfo:
        parse(path)
    assert isinstance(excinfo.value.__cause__, UnicodeDecodeError)
    assert "encoding=" in str(excinfo.value)
    assert parse(path, encoding="latin-1").provenance == ("Zürich desk",)


# -- choosing the format ----------------------------------------------------------------------


def test_format_comes_from_the_argument_then_suffix_then_content(
    other: None, tmp_path: Path
) -> None:
    by_suffix = tmp_path / "a.tally"
    by_suffix.write_text(TEXT, encoding="utf-8")
    assert parse(by_suffix) == DATASET
    assert parse(by_suffix, format="other").provenance[0].startswith("read by other")
    by_content = tmp_path / "a.txt"
    by_content.write_text(TEXT, encoding="utf-8")
    assert parse(by_content) == DATASET
    assert parse(io.StringIO(TEXT)) == DATASET
    assert parse(io.StringIO("# other\n")).provenance == ("read by other: '# other\\n'",)


def test_a_shared_suffix_is_settled_by_content(other: None, tmp_path: Path) -> None:
    shared = tmp_path / "a.tally"
    shared.write_text("# other format\n", encoding="utf-8")
    assert parse(shared).provenance[0].startswith("read by other")


def test_an_ambiguous_format_is_a_clear_error(other: None, tmp_path: Path) -> None:
    both = io.StringIO("# tally\n# both\n")
    with pytest.raises(AmbiguousFormatError, match="other, tally all recognise it"):
        parse(both)
    neither = tmp_path / "a.tally"
    neither.write_text("nothing either recognises\n", encoding="utf-8")
    with pytest.raises(AmbiguousFormatError, match="suffix is claimed by other, tally"):
        parse(neither)


def test_an_unknown_format_lists_what_is_installed(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "notes.xyz"
    path.write_text("no format I know\n", encoding="utf-8")
    with pytest.raises(UnknownFormatError) as excinfo:
        parse(path)
    message = str(excinfo.value)
    assert "notes.xyz" in message
    assert "no installed parser claims the suffix '.xyz'" in message
    assert "installed parsers: tally (.tally)" in message
    with pytest.raises(UnknownFormatError, match="no installed parser is called 'csv'"):
        parse(path, format="csv")
    with pytest.raises(UnknownFormatError, match="it has no file suffix"):
        parse(io.StringIO("plain"))


def test_unknown_options_are_a_type_error(tally: None) -> None:
    with pytest.raises(TypeError, match="tally takes no options"):
        parse(io.StringIO(TEXT), strict=True)
    with pytest.raises(ValueError, match="errors must be 'raise' or 'collect'"):
        parse(io.StringIO(TEXT), errors="ignore")  # type: ignore[call-overload]


# -- bad input -------------------------------------------------------------------------------

BAD = "# tally\n2025-10-23 RUS UKR 1000\nthree hundred\n2025-10-24 UKR RUS 31\n"


def test_errors_raise_stops_at_the_first_bad_record(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "bad.tally"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(ParseError) as excinfo:
        parse(path)
    error = excinfo.value
    assert (error.source, error.line, error.field) == (str(path), 3, "line")
    assert str(error).startswith(f"{path}, line 3, field line: not a tally line")


def test_errors_collect_keeps_every_valid_record(tally: None) -> None:
    result = parse(io.StringIO(BAD, newline=""), errors="collect")
    assert isinstance(result, ParseResult)
    dataset, errors = result
    assert dataset.exchanges == (
        handover(date(2025, 10, 23), "RUS", "UKR", 1000),
        handover(date(2025, 10, 24), "UKR", "RUS", 31),
    )
    assert [e.line for e in errors] == [3]
    assert not result.ok
    assert parse(io.StringIO(TEXT), errors="collect").ok


def test_a_fatal_error_keeps_what_was_read_before_it(tally: None) -> None:
    text = "# tally\n2025-10-23 RUS UKR 1000\nSTOP\n2025-10-24 UKR RUS 31\n"
    with pytest.raises(ParseError, match="line 3: told to stop"):
        parse(io.StringIO(text))
    dataset, errors = parse(io.StringIO(text), errors="collect")
    assert dataset.exchanges == (handover(date(2025, 10, 23), "RUS", "UKR", 1000),)
    assert [str(e) for e in errors] == ["<StringIO>, line 3: told to stop"]


def test_a_crashing_parser_becomes_a_parse_error_naming_the_source(
    tally: None, tmp_path: Path
) -> None:
    path = tmp_path / "crash.tally"
    path.write_text("# tally\n2025-10-23 RUS UKR 1000\nCRASH\n", encoding="utf-8")
    with pytest.raises(ParseError) as excinfo:
        parse(path)
    assert str(path) in str(excinfo.value)
    assert "parser 'tally' from plugin 'tally' (registered in code)" in str(excinfo.value)
    assert "KeyError" in str(excinfo.value)
    assert isinstance(excinfo.value.__cause__, KeyError)
    dataset, errors = parse(path, errors="collect")
    assert len(dataset.exchanges) == 1
    assert len(errors) == 1


@contextlib.contextmanager
def installed(*formats: Parser | Exporter) -> Iterator[None]:
    """Register a one-off plugin providing ``formats`` for the duration of a block."""

    class Plugin:
        @hookimpl
        def exchangekit_parsers(self) -> list[Parser]:
            return [f for f in formats if isinstance(f, Parser)]

        @hookimpl
        def exchangekit_exporters(self) -> list[Exporter]:
            return [f for f in formats if isinstance(f, Exporter)]

    plugin = Plugin()
    plugins.pm.register(plugin, name="one-off")
    try:
        yield
    finally:
        plugins.pm.unregister(plugin)


class ListParser(Parser):
    """Yields a fixed list of items, whatever the input."""

    name = "fixed"
    description = "Yields the items it was made with"

    def __init__(self, items: Iterable[object] = ()) -> None:
        self.items = list(items)

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        return iter(self.items)  # type: ignore[arg-type]


def test_two_different_records_with_one_id_are_an_error(tally: None) -> None:
    first, second = HANDOVERS
    clash = Exchange(
        kind=second.kind, period=second.period, transfers=second.transfers, id=first.id
    )
    with installed(ListParser([first, first, clash])):
        with pytest.raises(ParseError, match="is used by two different records"):
            parse(io.StringIO(""), format="fixed")
        dataset, errors = parse(io.StringIO(""), format="fixed", errors="collect")
    assert dataset == Dataset(exchanges=[first, first])  # the clash left out
    assert [e.field for e in errors] == ["id"]


def stated_tally(n: int = 9_000, **fields: Any) -> ExchangeTally:
    return ExchangeTally(
        receiver=DEFAULT_REGISTRY.lookup("UKR"),
        category=PersonCategory.REMAINS,
        count=Count.approx(n),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=Source("Coordination Headquarters"),
        **fields,
    )


CLAIM = CasualtyClaim(
    subject=DEFAULT_REGISTRY.lookup("UKR"),
    category=CasualtyCategory.KILLED,
    count=Count.more_than(46_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 2, 16)),
    as_of=Period.month(2025, 2),
    claimant=Source("President of Ukraine"),
)


def test_parse_gathers_the_tallies_a_parser_yields(tally: None) -> None:
    first, second = stated_tally(), stated_tally(4_000)
    with installed(ListParser([first, HANDOVERS[0], CLAIM, second])):
        dataset = parse(io.StringIO(""), format="fixed")
        with iter_parse(io.StringIO(""), format="fixed") as records:
            assert list(records) == [first, HANDOVERS[0], CLAIM, second]
    assert dataset == Dataset(exchanges=[HANDOVERS[0]], claims=[CLAIM], tallies=[first, second])


def test_ids_are_unique_among_tallies_but_may_repeat_across_kinds(tally: None) -> None:
    first = stated_tally(id="shared")
    clash = stated_tally(4_000, id="shared")
    handover = Exchange(
        kind=HANDOVERS[0].kind, period=HANDOVERS[0].period, transfers=HANDOVERS[0].transfers
    )
    same_id = Exchange(
        kind=handover.kind, period=handover.period, transfers=handover.transfers, id="shared"
    )
    with installed(ListParser([same_id, first, first, clash])):
        with pytest.raises(ParseError, match="'shared' is used by two different records"):
            parse(io.StringIO(""), format="fixed")
        dataset, errors = parse(io.StringIO(""), format="fixed", errors="collect")
    assert dataset == Dataset(exchanges=[same_id], tallies=[first])
    assert [e.field for e in errors] == ["id"]


def test_a_parser_yielding_something_else_is_reported(tally: None) -> None:
    items = [HANDOVERS[0], "not a record"]
    expected = "yielded 'not a record', which is not a record"
    with installed(ListParser(items)), pytest.raises(ParseError, match=expected):
        parse(io.StringIO(""), format="fixed")


def test_a_parse_error_without_a_source_is_given_one(tally: None) -> None:
    with installed(ListParser([ParseError("bad", line=2)])), pytest.raises(ParseError) as excinfo:
        parse(io.StringIO(""), format="fixed")
    assert str(excinfo.value) == "<StringIO>, line 2: bad"


# -- streaming -------------------------------------------------------------------------------


def test_iter_parse_streams_and_gathers_provenance(tally: None) -> None:
    stream = io.StringIO(TEXT + "not a record\n")
    with iter_parse(stream, "tally", errors="collect") as records:
        assert records.parser.name == "tally"
        assert stream.tell() == 0
        assert next(records) == HANDOVERS[0]
        assert records.provenance == ["seed report"]
        assert 0 < stream.tell() < len(stream.getvalue())
        assert list(records) == [HANDOVERS[1]]
        assert [e.line for e in records.errors] == [5]


def test_iter_parse_closes_the_file_it_opened(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "a.tally"
    path.write_text(TEXT, encoding="utf-8")
    records = iter_parse(path)
    opened = records._opened
    assert opened is not None
    assert list(records) == list(HANDOVERS)
    assert opened.stream.closed
    early = iter_parse(path)
    next(early)
    early.close()
    assert list(early) == []


def test_iter_parse_fails_at_once_for_a_missing_file_or_unknown_format(
    tally: None, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        iter_parse(tmp_path / "missing.tally")
    with pytest.raises(UnknownFormatError):
        iter_parse(io.StringIO(TEXT), format="nope")


_texts = st.text(alphabet=st.sampled_from("ab\r\n\u2028x"), max_size=60)


@given(text=_texts, head_size=st.integers(0, 70), sizes=st.lists(st.integers(-1, 7), max_size=12))
def test_a_sniffed_stream_reads_exactly_like_the_original(
    text: str, head_size: int, sizes: list[int]
) -> None:
    """Reading the head for sniffing loses nothing, whichever way the parser reads."""
    original = io.StringIO(text, newline="")
    rest = io.StringIO(text, newline="")
    replayed = api._Prefixed(rest.read(head_size), rest)  # type: ignore[arg-type]
    for size in sizes:
        assert replayed.readline(size) == original.readline(size)
        assert replayed.read(size) == original.read(size)
    assert list(replayed) == list(original)
    assert replayed.read() == original.read() == ""


# -- export ----------------------------------------------------------------------------------


def test_export_picks_the_format_from_the_suffix(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "out.tally"
    export(DATASET, path)
    assert path.read_text(encoding="utf-8") == TEXT
    export(DATASET, str(tmp_path / "other.TALLY"))
    assert (tmp_path / "other.TALLY").read_text(encoding="utf-8") == TEXT
    with pytest.raises(
        UnknownFormatError, match=r"no installed exporter claims the suffix '\.csv'"
    ):
        export(DATASET, tmp_path / "out.csv")
    with pytest.raises(UnknownFormatError, match="installed exporters: tally"):
        export(DATASET, io.StringIO())
    assert not (tmp_path / "out.csv").exists()


def test_export_writes_to_file_objects_and_leaves_them_open(tally: None) -> None:
    text = io.StringIO()
    export(DATASET, text, "tally")
    assert text.getvalue() == TEXT
    binary = io.BytesIO()
    export(DATASET, binary, "tally", encoding="utf-16")
    assert binary.getvalue().decode("utf-16") == TEXT
    assert not binary.closed


def test_export_writes_to_standard_output(tally: None, monkeypatch: pytest.MonkeyPatch) -> None:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", stdout)
    export(DATASET, "-", "tally")
    assert stdout.buffer.getvalue() == TEXT.encode()  # type: ignore[attr-defined]
    with pytest.raises(UnknownFormatError, match="<stdout>"):
        export(DATASET, "-")


def test_writing_a_path_is_atomic(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "handovers.tally"
    path.write_text("the old file\n", encoding="utf-8")
    path.chmod(0o640)
    with pytest.raises(RuntimeError, match="the disk is full"):
        export(DATASET, path, fail_after=1)
    assert path.read_text(encoding="utf-8") == "the old file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handovers.tally"]
    export(DATASET, path)
    assert path.read_text(encoding="utf-8") == TEXT
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handovers.tally"]


def test_a_failed_first_write_leaves_no_file(tally: None, tmp_path: Path) -> None:
    path = tmp_path / "new.tally"
    with pytest.raises(RuntimeError):
        export(DATASET, path, fail_after=0)
    assert list(tmp_path.iterdir()) == []


def test_a_new_file_gets_the_usual_permissions(tally: None, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    path = tmp_path / "new.tally"
    export(DATASET, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_export_streams_an_iterable_of_records(tally: None) -> None:
    out = io.StringIO()
    export(iter_parse(io.StringIO(TEXT)), out, "tally", provenance=["seed report"])
    assert out.getvalue() == TEXT
    with pytest.raises(TypeError, match="a Dataset has its own"):
        export(DATASET, io.StringIO(), "tally", provenance=["x"])
    with pytest.raises(TypeError, match="was given a Dataset among the records"):
        export([DATASET], io.StringIO(), "tally")


class RecordingExporter(Exporter):
    """Remembers the records it was given, in order."""

    name = "recording"
    description = "Keeps what it is given (a test format)"

    def __init__(self) -> None:
        self.records: list[Record] = []

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        self.records.extend(records)


def test_export_of_a_dataset_gives_exchanges_then_claims_then_tallies() -> None:
    recording = RecordingExporter()
    dataset = Dataset(exchanges=HANDOVERS, claims=[CLAIM], tallies=[stated_tally()])
    with installed(recording):
        export(dataset, io.StringIO(), "recording")
    assert recording.records == [*HANDOVERS, CLAIM, stated_tally()]


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([CLAIM, HANDOVERS[0]], f"exchange {HANDOVERS[0].id!r} comes after claim {CLAIM.id!r}"),
        (
            [stated_tally(), CLAIM],
            f"claim {CLAIM.id!r} comes after tally {stated_tally().id!r}",
        ),
        (
            [HANDOVERS[0], CLAIM, stated_tally(), HANDOVERS[1]],
            f"exchange {HANDOVERS[1].id!r} comes after tally {stated_tally().id!r}",
        ),
    ],
)
def test_export_of_an_iterable_needs_exchanges_then_claims_then_tallies(
    records: list[Record], message: str
) -> None:
    with installed(RecordingExporter()), pytest.raises(ValueError, match=re.escape(message)):
        export(records, io.StringIO(), "recording")


def test_export_names_every_kind_of_record_it_writes() -> None:
    with installed(RecordingExporter()), pytest.raises(TypeError) as raised:
        export([stated_tally(), "x"], io.StringIO(), "recording")  # type: ignore[list-item]
    assert "Exchange, CasualtyClaim and ExchangeTally records" in str(raised.value)
    assert "was given a str" in str(raised.value)


# -- round trip ------------------------------------------------------------------------------

_codes = st.sampled_from(["RUS", "UKR", "ICRC", "UAE"])


@st.composite
def tally_datasets(draw: st.DrawFn) -> Dataset:
    """Datasets the tally format can hold: exact handovers of remains on known days."""
    exchanges: dict[str, Exchange] = {}
    for _ in range(draw(st.integers(0, 4))):
        sender, receiver = draw(st.lists(_codes, min_size=2, max_size=2, unique=True))
        day = draw(st.dates(min_value=date(2022, 2, 24), max_value=date(2030, 12, 31)))
        record = handover(day, sender, receiver, draw(st.integers(0, 10**6)))
        exchanges[record.id] = record
    entries = draw(
        st.lists(
            st.text(
                st.characters(
                    codec="utf-8", exclude_characters="\r\n\x85\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
                ),
                min_size=1,
                max_size=20,
            ),
            max_size=2,
        )
    )
    return Dataset(exchanges=list(exchanges.values()), provenance=entries)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dataset=tally_datasets(), how=st.sampled_from(["path", "text", "bytes"]))
def test_what_export_writes_parse_reads_back(
    tally: None, dataset: Dataset, how: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    if how == "path":
        path = tmp_path_factory.mktemp("round") / "data.tally"
        export(dataset, path)
        assert parse(path) == dataset
    elif how == "text":
        text = io.StringIO()
        export(dataset, text, "tally")
        text.seek(0)
        assert parse(text) == dataset
    else:
        data = io.BytesIO()
        export(dataset, data, "tally")
        data.seek(0)
        assert parse(data) == dataset


def test_a_parser_that_fails_at_once_on_a_byte_stream_leaves_it_open(tally: None) -> None:
    class Refusing(TallyParser):
        name = "refusing"

        def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
            raise ParseError("not a refusing document", source=source)

    data = io.BytesIO(TEXT.encode())
    with installed(Refusing()), pytest.raises(ParseError, match="not a refusing document"):
        parse(data, format="refusing")
    assert not data.closed
    with installed(Refusing()):
        dataset, errors = parse(data, format="refusing", errors="collect")
    assert (len(dataset), [str(e) for e in errors]) == (0, ["<BytesIO>: not a refusing document"])
