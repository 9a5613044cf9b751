"""The broken-plugin matrix: every way a plugin can fail, under every command.

A broken plugin must only warn. For each failure (an import that raises or
calls ``sys.exit``, a hook that raises or exits, a generator hook that raises
halfway, a format attribute that raises, a hook returning garbage, a format
name that clashes with a built-in one) and each command, the command does
exactly what it does without the broken plugin, the built-in formats and a
good third-party plugin keep working, and the warning names the broken
plugin's distribution.

The plugins are throwaway objects behind fake entry points, so the whole matrix
runs in-process; one case installs a real distribution whose module exits.
"""

from __future__ import annotations

import importlib.metadata
import io
import sys
import textwrap
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import export, parse, plugins
from exchangekit.builtin.canonical_json import JsonExporter, JsonParser
from exchangekit.cli import main
from exchangekit.cli.loading import bundled_example
from exchangekit.formats import Exporter, Item, Parser
from exchangekit.hookspecs import hookimpl
from exchangekit.plugins import PluginStatus, PluginWarning

BROKEN_DIST = "broken-dist"
BROKEN_VERSION = "6.6.6"
BROKEN = f"{BROKEN_DIST} {BROKEN_VERSION}"

# -- throwaway plugins behind fake entry points ---------------------------------------------


@attrs.frozen
class FakeDist:
    """What the plugin manager reads of a distribution: its name and version."""

    name: str
    version: str


@attrs.frozen
class FakeEntryPoint:
    """An entry point whose ``load`` returns (or raises) whatever the test says."""

    name: str
    load: Callable[[], object]
    dist: FakeDist
    value: str = attrs.field()
    group: str = plugins.ENTRY_POINT_GROUP

    @value.default
    def _value(self) -> str:
        return f"ek_fake_{self.name}"


def entry_point(name: str, dist: str, version: str, load: Callable[[], object]) -> FakeEntryPoint:
    return FakeEntryPoint(name=name, load=load, dist=FakeDist(dist, version))


def serving(plugin: object) -> Callable[[], object]:
    """A ``load`` that imports fine and gives ``plugin``."""
    return lambda: plugin


def raising(exc: BaseException) -> Callable[[], object]:
    """A ``load`` whose import raises ``exc`` (``SystemExit(3)`` is ``sys.exit(3)``)."""

    def load() -> object:
        raise exc

    return load


class MirrorParser(JsonParser):
    """The good plugin's parser: canonical JSON under another name."""

    name = "mirror"
    description = "Canonical JSON under another name (a test plugin)"
    suffixes = (".mirror",)

    def sniff(self, head: str) -> bool:
        return False


class MirrorExporter(JsonExporter):
    """The good plugin's exporter: canonical JSON under another name."""

    name = "mirror"
    description = "Canonical JSON under another name (a test plugin)"
    suffixes = (".mirror",)


class GoodPlugin:
    """A third-party plugin that works: it must keep working beside a broken one."""

    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [MirrorParser]

    @hookimpl
    def exchangekit_exporters(self) -> list[type[Exporter]]:
        return [MirrorExporter]


class Quiet(Parser):
    """A valid parser a broken plugin provides before it breaks."""

    name = "quiet"
    description = "Reads nothing (a test plugin)"

    def parse(self, stream: Any, *, source: str, **options: Any) -> Iterator[Item]:
        return iter(())


class HookRaises:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        raise RuntimeError("the plugin author forgot something")


class HookExits:
    @hookimpl
    def exchangekit_exporters(self) -> list[type[Exporter]]:
        sys.exit(4)


class GeneratorHookRaisesMidway:
    @hookimpl
    def exchangekit_parsers(self) -> Iterator[type[Parser]]:
        yield Quiet
        raise LookupError("ran out of formats halfway")


class BadNameProperty(Quiet):
    @property  # type: ignore[misc]
    def name(self) -> str:
        raise ValueError("no name today")


class AttributeRaises:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [BadNameProperty]


class ReturnsGarbage:
    @hookimpl
    def exchangekit_parsers(self) -> object:
        return 42

    @hookimpl
    def exchangekit_exporters(self) -> list[object]:
        return ["csv", object()]


class ClashingJson(Quiet):
    name = "json"
    description = "Claims the built-in name json (a test plugin)"
    suffixes = ()


class ClashingCsv(MirrorExporter):
    name = "csv"
    description = "Claims the built-in name csv (a test plugin)"
    suffixes = ()


class NameClash:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [ClashingJson]

    @hookimpl
    def exchangekit_exporters(self) -> list[type[Exporter]]:
        return [ClashingCsv]


FAILURES: dict[str, Callable[[], object]] = {
    "import raises": raising(ImportError("No module named 'missing_dependency'")),
    "import calls sys.exit": raising(SystemExit(3)),
    "hook raises": serving(HookRaises()),
    "hook calls sys.exit": serving(HookExits()),
    "generator hook raises midway": serving(GeneratorHookRaisesMidway()),
    "attribute raises": serving(AttributeRaises()),
    "hook returns garbage": serving(ReturnsGarbage()),
    "name clash with a built-in": serving(NameClash()),
}
"""Each way a plugin can fail, as the ``load`` of its entry point."""


def builtin_entry_points() -> list[importlib.metadata.EntryPoint]:
    """The entry points of exchangekit's own formats (json, jsonl, csv)."""
    return [
        ep
        for ep in importlib.metadata.entry_points(group=plugins.ENTRY_POINT_GROUP)
        if ep.dist is not None and ep.dist.name == "exchangekit"
    ]


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """Make the built-ins plus the given fake entry points the only plugins discovered."""
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)

    def use(*fakes: FakeEntryPoint) -> None:
        found = [*builtin_entry_points(), *fakes]
        monkeypatch.setattr(plugins, "_entry_points", lambda: found)
        plugins.reset()

    use()
    yield use
    plugins.reset()


GOOD = entry_point("mirror", "good-dist", "1.0", serving(GoodPlugin()))


# -- the matrix: each failure x each command --------------------------------------------------


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example as ``example.json`` and, for the good plugin, ``example.mirror``."""
    folder = tmp_path_factory.mktemp("inputs")
    export(bundled_example(), folder / "example.json", "json")
    (folder / "example.mirror").write_bytes((folder / "example.json").read_bytes())
    return folder


COMMANDS: dict[str, list[str]] = {
    "plugins": ["plugins"],
    "formats": ["formats"],
    "convert": ["convert", "{in}/example.mirror", "{out}/converted.csv"],
    "convert-to-plugin": ["convert", "{in}/example.json", "{out}/converted.mirror"],
    "totals": ["totals", "{in}/example.json", "{in}/example.mirror"],
    "compare": ["compare", "{in}/example.json", "{in}/example.mirror"],
    "tallies": ["tallies", "{in}/example.json", "{in}/example.mirror"],
    "merge": ["merge", "{in}/example.json", "{in}/example.mirror", "-o", "{out}/merged.jsonl"],
    "report": ["report", "{in}/example.json", "{in}/example.mirror"],
}
"""Every command, reading with a built-in and with the good plugin's parser where it reads."""


@attrs.frozen
class Outcome:
    """What one command run did: status, stdout, stderr and the files it wrote."""

    code: int
    out: str
    err: str
    written: dict[str, str]


def run_command(
    capsys: pytest.CaptureFixture[str], command: str, inputs: Path, out: Path
) -> Outcome:
    argv = [arg.format(**{"in": inputs, "out": out}) for arg in COMMANDS[command]]
    code = main(argv)
    captured = capsys.readouterr()
    return outcome(code, captured.out, captured.err, out)


def outcome(code: int, stdout: str, stderr: str, out: Path) -> Outcome:
    """The outcome, with the output folder written as ``{out}`` wherever it is named."""
    written = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}
    return Outcome(code, stdout.replace(str(out), "{out}"), stderr, written)


@pytest.fixture(scope="module")
def baselines(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """What each command does with only the built-ins and the good plugin installed."""
    found = [*builtin_entry_points(), GOOD]
    outcomes: dict[str, Outcome] = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.delenv(plugins.ENV_VAR, raising=False)
        monkeypatch.setattr(plugins, "_entry_points", lambda: found)
        for command in COMMANDS:
            plugins.reset()
            out = tmp_path_factory.mktemp(f"baseline-{command}")
            argv = [arg.format(**{"in": inputs, "out": out}) for arg in COMMANDS[command]]
            stdout, stderr = io.StringIO(), io.StringIO()
            monkeypatch.setattr(sys, "stdout", stdout)
            monkeypatch.setattr(sys, "stderr", stderr)
            code = main(argv)
            outcomes[command] = outcome(code, stdout.getvalue(), stderr.getvalue(), out)
    plugins.reset()
    return outcomes


def test_the_baseline_runs_every_command_cleanly(baselines: dict[str, Outcome]) -> None:
    """Without a broken plugin every command succeeds, says nothing on stderr, and uses both."""
    for command, outcome in baselines.items():
        assert (outcome.code, outcome.err) == (0, ""), command
    assert "mirror: good-dist 1.0, loaded" in baselines["plugins"].out
    assert "json: exchangekit" in baselines["plugins"].out
    assert "mirror" in baselines["formats"].out
    assert baselines["convert-to-plugin"].written["converted.mirror"].startswith("{")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("failure", FAILURES)
def test_a_broken_plugin_only_warns_whatever_the_command(
    installed: Callable[..., None],
    capsys: pytest.CaptureFixture[str],
    inputs: Path,
    tmp_path: Path,
    baselines: dict[str, Outcome],
    failure: str,
    command: str,
) -> None:
    broken = entry_point("broken", BROKEN_DIST, BROKEN_VERSION, FAILURES[failure])
    installed(GOOD, broken)
    outcome = run_command(capsys, command, inputs, tmp_path)
    expected = baselines[command]
    assert outcome.code == expected.code == 0, outcome.err
    assert outcome.written == expected.written
    if command == "plugins":
        # The listing is the warning: the broken plugin is shown, everything else as before.
        lines = outcome.out.splitlines()
        assert [line for line in lines if BROKEN not in line] == [
            line for line in expected.out.splitlines() if line
        ] + [line for line in lines if line in ("", "Problems:")]
        assert any(BROKEN in line for line in lines)
        assert outcome.err == ""
        return
    assert outcome.out == expected.out
    warned = outcome.err.splitlines()
    assert warned, "the broken plugin went unmentioned"
    for line in warned:
        assert line.startswith("exchangekit: warning: "), line
        assert BROKEN in line, line


# -- the plugin manager itself, for any mix of good and broken plugins -------------------------

_ERRORS: list[Callable[[], BaseException]] = [
    lambda: RuntimeError("boom"),
    lambda: SystemExit(3),
    lambda: GeneratorExit(),
    lambda: ValueError("bad"),
    lambda: type("PluginOwnBaseException", (BaseException,), {})("own"),
]


def broken_plugin(point: str, make_error: Callable[[], BaseException]) -> Callable[[], object]:
    """A ``load`` for a plugin failing at ``point`` with the exception ``make_error`` gives."""
    if point == "import":
        return raising(make_error())

    def fail(*args: object) -> Any:
        raise make_error()

    if point == "hook":
        plugin: object = type("P", (), {"exchangekit_parsers": hookimpl(fail)})()
    elif point == "generator":

        def midway(self: object) -> Iterator[type[Parser]]:
            yield Quiet
            raise make_error()

        plugin = type("P", (), {"exchangekit_parsers": hookimpl(midway)})()
    elif point == "instantiation":
        created = type("Created", (Quiet,), {"__init__": fail})
        plugin = type("P", (), {"exchangekit_parsers": hookimpl(lambda self: [created])})()
    else:  # an attribute of the format: name, description, suffixes or media_types
        bad = type("Bad", (Quiet,), {point: property(fail)})
        plugin = type("P", (), {"exchangekit_parsers": hookimpl(lambda self: [bad])})()
    return serving(plugin)


def good_plugin(index: int) -> object:
    fmt = type(f"Good{index}", (Quiet,), {"name": f"good{index}", "description": "works"})
    return type("P", (), {"exchangekit_parsers": hookimpl(lambda self: [fmt])})()


_POINTS = [
    "import",
    "hook",
    "generator",
    "instantiation",
    "name",
    "description",
    "suffixes",
    "media_types",
]

_plugin_specs = st.lists(
    st.one_of(
        st.none(),  # a good plugin
        st.tuples(st.sampled_from(_POINTS), st.sampled_from(_ERRORS)),
    ),
    min_size=1,
    max_size=6,
)


@settings(deadline=None)
@given(specs=_plugin_specs)
def test_good_plugins_and_built_ins_survive_any_mix_of_broken_ones(
    specs: list[tuple[str, Callable[[], BaseException]] | None],
) -> None:
    fakes = []
    for index, spec in enumerate(specs):
        if spec is None:
            fakes.append(
                entry_point(f"p{index}", f"dist-{index}", "1.0", serving(good_plugin(index)))
            )
        else:
            point, make_error = spec
            load = broken_plugin(point, make_error)
            fakes.append(entry_point(f"p{index}", f"dist-{index}", "1.0", load))
    found = [*builtin_entry_points(), *fakes]
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.delenv(plugins.ENV_VAR, raising=False)
        monkeypatch.setattr(plugins, "_entry_points", lambda: found)
        plugins.reset()
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", PluginWarning)
                available = plugins.parsers()
                statuses = {info.name: info.status for info in plugins.list_plugins()}
        finally:
            plugins.reset()
    messages = [str(w.message) for w in caught]
    assert {"json", "jsonl", "csv"} <= set(available)
    for index, spec in enumerate(specs):
        if spec is None:
            assert f"good{index}" in available
            assert statuses[f"p{index}"] is PluginStatus.LOADED
        else:
            assert statuses[f"p{index}"] is PluginStatus.FAILED
            assert any(f"dist-{index} 1.0" in m for m in messages), messages
    assert "quiet" not in available  # what a plugin gave before it broke is not used


@pytest.mark.parametrize("point", _POINTS)
def test_a_keyboard_interrupt_inside_a_plugin_still_stops_everything(
    installed: Callable[..., None], point: str
) -> None:
    installed(entry_point("ctrl-c", "ctrl-c-dist", "1.0", broken_plugin(point, KeyboardInterrupt)))
    with pytest.raises(KeyboardInterrupt):
        plugins.parsers()


# -- failing when used, rather than when loaded --------------------------------------------


class ExitingParser(Parser):
    """A parser whose parse (or sniff) ends the program, as a careless plugin might."""

    name = "exiting"
    description = "Calls sys.exit (a test plugin)"
    suffixes = (".exiting",)

    def sniff(self, head: str) -> bool:
        sys.exit(5)

    def parse(self, stream: Any, *, source: str, **options: Any) -> Iterator[Item]:
        stream.read(1)
        sys.exit(6)


class ExitingPlugin:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [ExitingParser]


def test_a_parser_calling_sys_exit_is_that_parsers_failure(
    installed: Callable[..., None], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    installed(entry_point("exiting", "exiting-dist", "0.1", serving(ExitingPlugin())))
    path = tmp_path / "in.exiting"
    path.write_text("anything", encoding="utf-8")
    code = main(["report", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"exchangekit: error: {path}: parser 'exiting' from plugin 'exiting'")
    assert "exiting-dist 0.1" in err
    assert "failed unexpectedly (SystemExit: 6)" in err


def test_a_sniffer_calling_sys_exit_only_warns(
    installed: Callable[..., None], inputs: Path
) -> None:
    installed(entry_point("exiting", "exiting-dist", "0.1", serving(ExitingPlugin())))
    text = (inputs / "example.json").read_text(encoding="utf-8")
    with pytest.warns(PluginWarning, match=r"exiting-dist 0\.1.*SystemExit: 5"):
        dataset = parse(io.StringIO(text))  # no name, no format: every parser sniffs
    assert dataset == bundled_example()


class ExitingExporter(MirrorExporter):
    name = "exiting"
    suffixes = (".exiting",)

    def write(self, records: Any, stream: Any, *, provenance: Any = (), **options: Any) -> None:
        sys.exit(7)


class ExitingExporterPlugin:
    @hookimpl
    def exchangekit_exporters(self) -> list[type[Exporter]]:
        return [ExitingExporter]


def test_an_exporter_calling_sys_exit_does_not_end_the_command_silently(
    installed: Callable[..., None], capsys: pytest.CaptureFixture[str], inputs: Path, tmp_path: Path
) -> None:
    installed(entry_point("exiting", "exiting-dist", "0.1", serving(ExitingExporterPlugin())))
    code = main(["convert", str(inputs / "example.json"), str(tmp_path / "out.exiting")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("exchangekit: internal error: SystemExit: 7")


# -- a real installed distribution whose module exits at import ------------------------------


def test_an_installed_plugin_calling_sys_exit_at_import_only_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    info = tmp_path / "exiting_at_import-2.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: exiting-at-import\nVersion: 2.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[exchangekit]\nexits = ek_exits_at_import\n", encoding="utf-8"
    )
    (tmp_path / "ek_exits_at_import.py").write_text(
        textwrap.dedent(
            """
            import sys

            sys.exit(3)
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    real = [
        ep
        for dist in importlib.metadata.distributions(path=[str(tmp_path)])
        for ep in dist.entry_points
        if ep.group == plugins.ENTRY_POINT_GROUP
    ]
    found = [*builtin_entry_points(), *real]
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)
    monkeypatch.setattr(plugins, "_entry_points", lambda: found)
    plugins.reset()
    try:
        code = main(["formats"])
        out, err = capsys.readouterr()
    finally:
        plugins.reset()
        sys.modules.pop("ek_exits_at_import", None)
    assert code == 0
    assert "json" in out
    assert err.strip() == (
        "exchangekit: warning: exchangekit plugin 'exits' (exiting-at-import 2.0) is disabled: "
        "importing ek_exits_at_import failed: SystemExit: 3. Other plugins are not affected."
    )
