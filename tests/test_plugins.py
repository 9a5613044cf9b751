"""The plugin manager: lazy discovery, broken and clashing plugins, narrowing and listing."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import plugins
from exchangekit.formats import Exporter, Item, Parser
from exchangekit.hookspecs import hookimpl
from exchangekit.plugins import (
    AmbiguousFormatError,
    FormatUnavailableError,
    PluginStatus,
    PluginWarning,
    UnknownFormatError,
)

# -- installing throwaway distributions -------------------------------------------------

PLUGIN_MODULE = """
from exchangekit.formats import Exporter, Parser
from exchangekit.hookspecs import hookimpl


class {cls}Parser(Parser):
    name = "{fmt}"
    description = "Test format {fmt}"
    suffixes = (".{fmt}",)

    def parse(self, stream, *, source, **options):
        return iter(())


class {cls}Exporter(Exporter):
    name = "{fmt}"
    description = "Test format {fmt}"
    suffixes = (".{fmt}",)

    def write(self, records, stream, *, provenance=(), **options):
        stream.write("{fmt}")


@hookimpl
def exchangekit_parsers():
    return [{cls}Parser]


@hookimpl
def exchangekit_exporters():
    return [{cls}Exporter()]
"""


def plugin_source(fmt: str) -> str:
    """A plugin module providing a parser and an exporter called ``fmt``."""
    return PLUGIN_MODULE.format(fmt=fmt, cls=fmt.capitalize())


class Installer:
    """Writes fake installed distributions (a dist-info with entry points) into one directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.modules: list[str] = []

    def __call__(
        self, dist: str, version: str, entry_points: dict[str, str], modules: dict[str, str]
    ) -> None:
        info = self.root / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
        )
        lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
        (info / "entry_points.txt").write_text(f"[exchangekit]\n{lines}", encoding="utf-8")
        for module, source in modules.items():
            (self.root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
            self.modules.append(module)

    def entry_points(self) -> list[importlib.metadata.EntryPoint]:
        return [
            ep
            for dist in importlib.metadata.distributions(path=[str(self.root)])
            for ep in dist.entry_points
            if ep.group == plugins.ENTRY_POINT_GROUP
        ]


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A plugin manager that sees no installed entry points, only what a test provides."""
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)
    monkeypatch.setattr(plugins, "_entry_points", list)
    plugins.reset()
    yield
    plugins.reset()


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated: None) -> Iterator[Installer]:
    """Install throwaway distributions whose entry points are the only ones discovered."""
    installer = Installer(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(plugins, "_entry_points", installer.entry_points)
    yield installer
    plugins.reset()
    for module in installer.modules:
        sys.modules.pop(module, None)


def good(install: Installer, fmt: str, dist: str | None = None, version: str = "1.0") -> None:
    module = f"ek_test_{fmt}"
    install(dist or f"exchangekit-{fmt}", version, {fmt: module}, {module: plugin_source(fmt)})


# -- discovery ------------------------------------------------------------------------------


def test_entry_point_plugins_load_on_first_need_only(install: Installer) -> None:
    good(install, "alpha", version="2.5")
    assert "ek_test_alpha" not in sys.modules
    parser = plugins.get_parser("alpha")
    assert "ek_test_alpha" in sys.modules
    assert parser.name == "alpha"
    assert plugins.get_exporter("ALPHA").name == "alpha"
    [info] = plugins.list_plugins()
    assert (info.name, info.distribution, info.version) == ("alpha", "exchangekit-alpha", "2.5")
    assert (info.parsers, info.exporters, info.status) == (
        ("alpha",),
        ("alpha",),
        PluginStatus.LOADED,
    )
    assert plugins.plugin_of(parser) == info


def test_discovery_is_idempotent(install: Installer, monkeypatch: pytest.MonkeyPatch) -> None:
    good(install, "alpha")
    calls: list[None] = []

    def counted() -> list[importlib.metadata.EntryPoint]:
        calls.append(None)
        return install.entry_points()

    monkeypatch.setattr(plugins, "_entry_points", counted)
    plugins.load_plugins()
    plugins.load_plugins()
    plugins.get_parser("alpha")
    plugins.list_plugins()
    assert len(calls) == 1
    plugins.reset()
    plugins.get_parser("alpha")
    assert len(calls) == 2


def test_a_plugin_that_raises_on_import_does_not_stop_the_others(install: Installer) -> None:
    good(install, "alpha")
    install(
        "exchangekit-broken",
        "0.3.1",
        {"broken": "ek_test_broken"},
        {"ek_test_broken": "raise RuntimeError('no configuration file')\n"},
    )
    good(install, "omega")
    with pytest.warns(PluginWarning) as caught:
        assert plugins.get_parser("alpha").name == "alpha"
    [warning] = [str(w.message) for w in caught]
    assert "'broken'" in warning
    assert "exchangekit-broken 0.3.1" in warning
    assert "RuntimeError: no configuration file" in warning
    assert plugins.get_parser("omega").name == "omega"
    with pytest.raises(
        FormatUnavailableError, match=r"exchangekit-broken 0\.3\.1.*no configuration"
    ):
        plugins.get_parser("broken")
    statuses = {info.name: info.status for info in plugins.list_plugins()}
    assert statuses == {
        "alpha": PluginStatus.LOADED,
        "broken": PluginStatus.FAILED,
        "omega": PluginStatus.LOADED,
    }


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("return ['json']", "returned 'json', which is not a exchangekit.formats.Parser"),
        ("return [object]", "which is not a exchangekit.formats.Parser"),
        ("return 'json'", "it must return a list"),
        ("raise KeyError('oops')", "raised KeyError"),
        ("return [Nameless]", "name 'Bad Name' is not a lower-case name"),
        ("return [Abstract]", "cannot be created without arguments"),
    ],
)
def test_a_plugin_returning_something_else_is_reported(
    install: Installer, body: str, reason: str
) -> None:
    source = f"""
    from exchangekit.formats import Parser
    from exchangekit.hookspecs import hookimpl

    class Nameless(Parser):
        name = "Bad Name"
        description = "has an invalid name"

        def parse(self, stream, *, source, **options):
            return iter(())

    class Abstract(Parser):
        name = "abstract"
        description = "forgot to implement parse"

    @hookimpl
    def exchangekit_parsers():
        {body}
    """
    install("odd-plugin", "4.0", {"odd": "ek_test_odd"}, {"ek_test_odd": source})
    good(install, "alpha")
    with pytest.warns(PluginWarning, match=r"odd-plugin 4\.0") as caught:
        assert plugins.get_parser("alpha").name == "alpha"
    assert reason in str(caught[0].message)
    with pytest.raises(FormatUnavailableError, match=r"odd-plugin 4\.0"):
        plugins.get_parser("odd")


def test_two_plugins_claiming_one_format_is_an_error_naming_both(install: Installer) -> None:
    good(install, "alpha", dist="first-dist", version="1.0")
    install(
        "second-dist",
        "2.0",
        {"other": "ek_test_other"},
        {"ek_test_other": plugin_source("alpha").replace("Alpha", "Other")},
    )
    good(install, "omega")
    with pytest.warns(PluginWarning) as caught:
        assert plugins.get_parser("omega").name == "omega"
    messages = " ".join(str(w.message) for w in caught)
    assert "first-dist 1.0" in messages
    assert "second-dist 2.0" in messages
    with pytest.raises(AmbiguousFormatError) as excinfo:
        plugins.get_parser("alpha")
    assert "first-dist 1.0" in str(excinfo.value)
    assert "second-dist 2.0" in str(excinfo.value)
    assert "EXCHANGEKIT_PLUGINS" in str(excinfo.value)
    with pytest.raises(AmbiguousFormatError):
        plugins.get_exporter("alpha")
    assert "alpha" not in plugins.parsers()
    # The problems stay listed after the warnings have been shown once.
    assert [p for p in plugins.problems() if "second-dist 2.0" in p] == [
        str(w.message) for w in caught if "second-dist 2.0" in str(w.message)
    ]


def test_a_misspelt_hook_is_reported_with_a_suggestion(install: Installer) -> None:
    source = """
    from exchangekit.hookspecs import hookimpl

    @hookimpl
    def exchangekit_parser():
        return []
    """
    install("typo-plugin", "0.1", {"typo": "ek_test_typo"}, {"ek_test_typo": source})
    good(install, "alpha")
    with pytest.warns(PluginWarning, match=r"typo-plugin 0\.1") as caught:
        plugins.get_parser("alpha")
    message = str(caught[0].message)
    assert "'exchangekit_parser', which is no exchangekit hook" in message
    assert "did you mean 'exchangekit_parsers'?" in message
    # Rejected plugins are unregistered, so pluggy's own check finds nothing pending.
    plugins.pm.check_pending()


def test_a_hook_without_the_decorator_is_reported(install: Installer) -> None:
    source = """
    def exchangekit_parsers():
        return []
    """
    install("plain-plugin", "0.1", {"plain": "ek_test_plain"}, {"ek_test_plain": source})
    with pytest.warns(PluginWarning, match=r"exchangekit_parsers\(\) is not decorated"):
        plugins.load_plugins()


def test_a_misspelt_hook_in_a_plugin_registered_in_code_is_reported(isolated: None) -> None:
    class Typo:
        @hookimpl
        def exchangekit_exporter(self) -> list[Exporter]:
            return []

    plugin = Typo()
    plugins.pm.register(plugin, name="typo-in-code")
    try:
        with pytest.warns(PluginWarning, match="did you mean 'exchangekit_exporters'"):
            plugins.list_plugins()
        [info] = plugins.list_plugins()
        assert info.status is PluginStatus.FAILED
        assert info.distribution is None
    finally:
        plugins.pm.unregister(plugin)


# -- narrowing with the environment variable ------------------------------------------------


def test_the_environment_variable_narrows_which_plugins_load(
    install: Installer, monkeypatch: pytest.MonkeyPatch
) -> None:
    good(install, "alpha")
    good(install, "beta", dist="beta-formats", version="3.1")
    good(install, "gamma")
    monkeypatch.setenv(plugins.ENV_VAR, " alpha , exchangekit-gamma")
    assert sorted(plugins.parsers()) == ["alpha", "gamma"]
    assert "ek_test_beta" not in sys.modules
    with pytest.raises(FormatUnavailableError) as excinfo:
        plugins.get_parser("beta")
    assert "beta-formats 3.1" in str(excinfo.value)
    assert "EXCHANGEKIT_PLUGINS" in str(excinfo.value)
    statuses = {info.name: info.status for info in plugins.list_plugins()}
    assert statuses["beta"] is PluginStatus.DISABLED


def test_an_empty_environment_variable_loads_no_plugin(
    install: Installer, monkeypatch: pytest.MonkeyPatch
) -> None:
    good(install, "alpha")
    monkeypatch.setenv(plugins.ENV_VAR, "")
    assert plugins.parsers() == {}
    with pytest.raises(UnknownFormatError, match="installed parsers: none"):
        plugins.get_parser("json")


def test_the_environment_variable_naming_no_plugin_is_reported(
    install: Installer, monkeypatch: pytest.MonkeyPatch
) -> None:
    good(install, "alpha")
    monkeypatch.setenv(plugins.ENV_VAR, "alpha,alpah")
    with pytest.warns(PluginWarning, match="names 'alpah', but no installed plugin"):
        assert list(plugins.parsers()) == ["alpha"]


# -- plugins registered in code -------------------------------------------------------------


class _Throwaway(Parser):
    name = "throwaway"
    description = "A parser registered by a test"

    def parse(self, stream: Any, *, source: str, **options: Any) -> Iterator[Item]:
        return iter(())


class _ThrowawayPlugin:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [_Throwaway]


@pytest.fixture
def throwaway(isolated: None) -> Iterator[object]:
    plugin = _ThrowawayPlugin()
    plugins.pm.register(plugin, name="throwaway")
    yield plugin
    plugins.pm.unregister(plugin)


def test_a_plugin_registered_in_code_is_picked_up_and_dropped(throwaway: object) -> None:
    assert isinstance(plugins.get_parser("throwaway"), _Throwaway)
    [info] = plugins.list_plugins()
    assert (info.name, info.distribution, info.parsers) == ("throwaway", None, ("throwaway",))
    plugins.pm.unregister(throwaway)
    try:
        with pytest.raises(UnknownFormatError):
            plugins.get_parser("throwaway")
    finally:
        plugins.pm.register(throwaway, name="throwaway")


def test_an_unknown_format_lists_what_is_installed(throwaway: object) -> None:
    with pytest.raises(UnknownFormatError) as excinfo:
        plugins.get_parser("throwawy")
    message = str(excinfo.value)
    assert "no installed parser is called 'throwawy'" in message
    assert "did you mean 'throwaway'?" in message
    assert "installed parsers: throwaway" in message
    with pytest.raises(UnknownFormatError, match="there is a parser by that name"):
        plugins.get_exporter("throwaway")


def test_reset_keeps_plugins_registered_in_code(throwaway: object) -> None:
    plugins.reset()
    assert plugins.pm.is_registered(throwaway)
    assert "throwaway" in plugins.parsers()


_format_names = st.sampled_from(["aa", "bb", "cc", "dd"])


@given(claims=st.lists(st.lists(_format_names, max_size=3), min_size=1, max_size=4))
def test_every_format_name_is_usable_or_names_all_its_claimants(
    claims: list[list[str]],
) -> None:
    """However plugins overlap, a name with one claimant works and one with more is refused."""

    def make(names: list[str]) -> object:
        classes = [
            type(f"P{n}", (_Throwaway,), {"name": n, "description": f"format {n}"}) for n in names
        ]

        class Plugin:
            @hookimpl
            def exchangekit_parsers(self) -> list[type[Parser]]:
                return classes

        return Plugin()

    registered = [make(names) for names in claims]
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(plugins, "_entry_points", list)
        plugins.reset()
        for index, plugin in enumerate(registered):
            plugins.pm.register(plugin, name=f"claimant-{index}")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PluginWarning)
                for name in {n for names in claims for n in names}:
                    owners = [i for i, names in enumerate(claims) for n in names if n == name]
                    if len(owners) == 1:
                        assert plugins.get_parser(name).name == name
                        continue
                    with pytest.raises(AmbiguousFormatError) as excinfo:
                        plugins.get_parser(name)
                    for i in set(owners):
                        assert f"'claimant-{i}'" in str(excinfo.value)
        finally:
            for plugin in registered:
                plugins.pm.unregister(plugin)
            plugins.reset()


# -- import stays cheap ---------------------------------------------------------------------

_HEAVY = (
    "exchangekit.builtin",
    "exchangekit.plugins",
    "exchangekit.api",
    "exchangekit.testing",
    "exchangekit_",
    "pluggy",
    "hypothesis",
)


def _imported_by(code: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "", "PYTHONDONTWRITEBYTECODE": "1"},
    )
    return [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]


def _heavy(modules: list[str], allowed: tuple[str, ...] = ()) -> list[str]:
    return [m for m in modules if m.startswith(_HEAVY) and not m.startswith(allowed)]


def test_import_exchangekit_loads_no_plugin_or_format_module() -> None:
    modules = _imported_by("import exchangekit")
    assert "exchangekit" in modules
    assert _heavy(modules) == []


def test_import_of_the_hook_contract_loads_no_plugin() -> None:
    modules = _imported_by("import exchangekit.hookspecs")
    assert _heavy(modules, allowed=("pluggy",)) == []


def test_import_of_the_api_discovers_nothing_until_needed() -> None:
    modules = _imported_by("import exchangekit.api")
    assert _heavy(modules, allowed=("pluggy", "exchangekit.plugins", "exchangekit.api")) == []


def test_the_lazy_package_attributes_load_no_format_module() -> None:
    import exchangekit

    if "hookimpl" not in exchangekit.__all__:
        pytest.skip("exchangekit/__init__.py does not export hookimpl yet")
    modules = _imported_by("import exchangekit; exchangekit.hookimpl; exchangekit.parse")
    assert _heavy(modules, allowed=("pluggy", "exchangekit.plugins", "exchangekit.api")) == []
