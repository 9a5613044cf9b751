"""The plugin manager: finds format plugins through entry points and keeps the registry of formats.

Nothing happens when this module is imported. The first call that needs a
format (:func:`get_parser`, :func:`exchangekit.parse`, ...) runs
:func:`load_plugins` once: every entry point of the ``exchangekit`` group is
imported and registered on its own, built-in formats exactly like third-party
ones. A plugin that fails to import, implements a hook that does not exist,
or returns something that is not a parser or exporter is left out with a
:class:`PluginWarning` naming its distribution and version; every other plugin
still works, and asking for a format it would have provided raises
:class:`FormatUnavailableError` saying why. Whatever a plugin raises at import,
in a hook or in a format's attribute, ``SystemExit`` included, is its failure;
only ``KeyboardInterrupt`` goes through. A plugin format named like a built-in
one is left out, and the built-in kept.

Set ``EXCHANGEKIT_PLUGINS`` to a comma-separated list of entry-point or
distribution names to load only those plugins (an empty value loads none).
"""

from __future__ import annotations

import enum
import gc
import os
import threading
import warnings
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Literal

import attrs
import pluggy

from exchangekit import _discovery, hookspecs
from exchangekit.errors import ExchangekitError
from exchangekit.formats import Exporter, Parser, metadata_problems

__all__ = [
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "AmbiguousFormatError",
    "FormatError",
    "FormatUnavailableError",
    "PluginInfo",
    "PluginStatus",
    "PluginWarning",
    "UnknownFormatError",
    "describe_installed",
    "exporters",
    "get_exporter",
    "get_parser",
    "list_plugins",
    "load_plugins",
    "parsers",
    "plugin_of",
    "pm",
    "problems",
    "reset",
]

ENTRY_POINT_GROUP = hookspecs.PROJECT
"""The entry-point group plugins declare themselves in: ``exchangekit``."""

ENV_VAR = "EXCHANGEKIT_PLUGINS"
"""Environment variable that, when set, names the only plugins to load (comma-separated)."""

Kind = Literal["parser", "exporter"]
_HOOKS: dict[Kind, str] = {"parser": "exchangekit_parsers", "exporter": "exchangekit_exporters"}


# -- errors and warnings ------------------------------------------------------------------


class PluginWarning(UserWarning):
    """A plugin could not be loaded, or two plugins clash; the others still work."""


class FormatError(ExchangekitError, LookupError):
    """No single installed format fits what was asked for."""


class UnknownFormatError(FormatError):
    """No installed parser or exporter has the given name, suffix or content."""


class FormatUnavailableError(UnknownFormatError):
    """The format would come from a plugin that failed to load or was not selected."""


class AmbiguousFormatError(FormatError):
    """Several installed formats fit: two plugins claim one name, or a suffix or sniff matches
    more than one."""


# -- what is known about each plugin ----------------------------------------------------


class PluginStatus(enum.Enum):
    """Whether a plugin's formats can be used."""

    LOADED = "loaded"
    FAILED = "failed"
    DISABLED = "disabled"


@attrs.frozen
class PluginInfo:
    """One plugin: where it comes from, what it provides, and whether it works.

    ``name`` is its entry-point name (or the name it was registered under in
    code); ``distribution`` and ``version`` are ``None`` for a plugin registered
    in code rather than installed. ``error`` says why a failed plugin is unusable.
    """

    name: str
    distribution: str | None
    version: str | None
    module: str | None
    status: PluginStatus = PluginStatus.LOADED
    parsers: tuple[str, ...] = ()
    exporters: tuple[str, ...] = ()
    error: str | None = None

    @property
    def origin(self) -> str:
        """``plugin 'csv' (exchangekit 0.1.0)``: how messages name this plugin."""
        if self.distribution is None:
            return f"plugin {self.name!r} (registered in code)"
        version = f" {self.version}" if self.version else ""
        return f"plugin {self.name!r} ({self.distribution}{version})"


# The internal records below are plain classes, not attrs ones: attrs generates and
# compiles code for each class when it is defined, which importing this module paid for.


class _Origin:
    """Where an installed plugin comes from (its distribution, version and entry point)."""

    __slots__ = ("distribution", "module", "version")

    def __init__(self, distribution: str | None, version: str | None, module: str | None) -> None:
        self.distribution = distribution
        self.version = version
        self.module = module


class _Registry:
    """The formats usable right now, built from the plugins registered right now."""

    __slots__ = ("conflicts", "exporters", "owners", "parsers", "plugins")

    def __init__(
        self,
        *,
        parsers: dict[str, Parser],
        exporters: dict[str, Exporter],
        conflicts: dict[tuple[Kind, str], tuple[PluginInfo, ...]],
        plugins: tuple[PluginInfo, ...],
        owners: dict[int, PluginInfo],
    ) -> None:
        self.parsers = parsers
        self.exporters = exporters
        self.conflicts = conflicts
        self.plugins = plugins
        self.owners = owners


class _PluginManager(pluggy.PluginManager):
    """A pluggy manager that counts registrations, so the format registry knows when to rebuild."""

    generation = 0

    def register(self, plugin: object, name: str | None = None) -> str | None:
        registered = super().register(plugin, name)
        self.generation += 1
        return registered

    def unregister(self, plugin: object | None = None, name: str | None = None) -> object:
        removed = super().unregister(plugin, name)
        self.generation += 1
        return removed


_manager = _PluginManager(hookspecs.PROJECT)
_manager.add_hookspecs(hookspecs)
pm: pluggy.PluginManager = _manager
"""The plugin manager. Tests may ``pm.register(module_or_object)`` a throwaway plugin
(and ``pm.unregister`` it afterwards); its formats are picked up on the next lookup."""


class _State:
    """What has been loaded and warned about since the last :func:`reset`."""

    def __init__(self) -> None:
        self.loaded = False
        self.origins: dict[str, _Origin] = {}
        self.load_failures: list[PluginInfo] = []
        self.disabled: list[PluginInfo] = []
        self.registry: _Registry | None = None
        self.registry_generation = -1
        self.warned: dict[str, None] = {}


_lock = threading.RLock()
_state = _State()


class _PluginProblem(Exception):
    """Why one plugin cannot be used (internal: becomes a warning and a failed PluginInfo)."""


class _Guard:
    """Turns anything a plugin raises, short of ``KeyboardInterrupt``, into a ``_PluginProblem``.

    A plugin is someone else's code: ``sys.exit()`` at import, a generator that
    raises halfway or a property that raises are its failures, and must disable
    that plugin only. ``KeyboardInterrupt`` is the user's, so it goes through.
    """

    def __init__(self, what: str) -> None:
        self.what = what

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> Literal[False]:
        if exc is None or isinstance(exc, KeyboardInterrupt | _PluginProblem):
            return False
        raise _PluginProblem(f"{self.what} raised {_brief(exc)}") from exc


# -- discovery ------------------------------------------------------------------------------


def _entry_points() -> Iterable[_discovery.EntryPointLike]:
    """Every installed entry point of the ``exchangekit`` group (tests replace this)."""
    return _discovery.entry_points(ENTRY_POINT_GROUP)


def _canonical(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(".", "_")


def _origin_of(entry_point: _discovery.EntryPointLike) -> _Origin:
    dist = entry_point.dist
    if dist is None:
        return _Origin(None, None, entry_point.value)
    return _Origin(dist.name, dist.version, entry_point.value)


def _selection() -> set[str] | None:
    value = os.environ.get(ENV_VAR)
    if value is None:
        return None
    return {_canonical(part) for part in value.split(",") if part.strip()}


def load_plugins() -> None:
    """Import and register every installed plugin, once; later calls do nothing.

    Each entry point is loaded on its own, so one that fails cannot stop the
    others; failures are reported as :class:`PluginWarning` after all are loaded.
    Called for you by everything that needs a format.
    """
    with _lock:
        if _state.loaded:
            return
        _state.loaded = True
        problems: list[str] = []
        selection = _selection()
        # Importing plugins makes many objects and no garbage worth a collection.
        collecting = gc.isenabled()
        gc.disable()
        try:
            entry_points = sorted(_entry_points(), key=lambda ep: (ep.name, ep.value))
            matched = _load_all(entry_points, selection, problems)
        finally:
            if collecting:
                gc.enable()
        if selection is not None:
            installed = sorted({ep.name for ep in entry_points})
            for name in sorted(selection - matched):
                problems.append(
                    f"{ENV_VAR} names {name!r}, but no installed plugin has that entry-point "
                    f"or distribution name; installed plugins: {', '.join(installed) or 'none'}"
                )
    for message in problems:
        _warn(message)


def _load_all(
    entry_points: list[_discovery.EntryPointLike], selection: set[str] | None, problems: list[str]
) -> set[str]:
    """Load every selected entry point (each distribution once); the names that matched."""
    seen: set[tuple[str, str, str | None]] = set()
    matched: set[str] = set()
    for entry_point in entry_points:
        origin = _origin_of(entry_point)
        key = (entry_point.name, entry_point.value, origin.distribution)
        if key in seen:  # one distribution seen twice on sys.path
            continue
        seen.add(key)
        names = {_canonical(entry_point.name)}
        if origin.distribution is not None:
            names.add(_canonical(origin.distribution))
        if selection is not None and not names & selection:
            _state.disabled.append(_info(entry_point.name, origin, PluginStatus.DISABLED))
            continue
        matched |= names
        problem = _load_entry_point(entry_point, origin)
        if problem is not None:
            problems.append(problem)
    return matched


def _info(
    name: str,
    origin: _Origin,
    status: PluginStatus,
    error: str | None = None,
    parsers: tuple[str, ...] = (),
    exporters: tuple[str, ...] = (),
) -> PluginInfo:
    return PluginInfo(
        name=name,
        distribution=origin.distribution,
        version=origin.version,
        module=origin.module,
        status=status,
        parsers=parsers,
        exporters=exporters,
        error=error,
    )


def _load_entry_point(entry_point: _discovery.EntryPointLike, origin: _Origin) -> str | None:
    """Import and register one plugin; the warning text if it cannot be used."""
    name = entry_point.name
    try:
        plugin = entry_point.load()
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit too: a plugin's exit is the plugin's failure
        return _load_failed(name, origin, f"importing {entry_point.value} failed: {_brief(exc)}")
    registered_name: str | None = None
    try:
        if pm.is_registered(plugin):
            other = pm.get_name(plugin)
            raise _PluginProblem(f"{entry_point.value} is already registered as {other!r}")
        registered_name = name if not pm.has_plugin(name) else f"{name} ({origin.distribution})"
        try:
            pm.register(plugin, name=registered_name)
        except (ValueError, pluggy.PluginValidationError) as exc:
            registered_name = None
            raise _PluginProblem(f"registering it failed: {exc}") from exc
        with _Guard("registering it"):
            problems = _hook_problems(plugin)
        if problems:
            raise _PluginProblem("; ".join(problems))
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        if registered_name is not None and pm.has_plugin(registered_name):
            pm.unregister(name=registered_name)
        reason = str(exc) if isinstance(exc, _PluginProblem) else f"it raised {_brief(exc)}"
        return _load_failed(name, origin, reason)
    _state.origins[registered_name] = origin
    return None


def _load_failed(name: str, origin: _Origin, reason: str) -> str:
    info = _info(name, origin, PluginStatus.FAILED, error=reason)
    _state.load_failures.append(info)
    return _failure_message(info)


def _failure_message(info: PluginInfo) -> str:
    return f"exchangekit {info.origin} is disabled: {info.error}. Other plugins are not affected."


def _brief(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _warn(message: str) -> None:
    """Warn once per distinct message, so rebuilding the registry does not repeat itself."""
    with _lock:
        if message in _state.warned:
            return
        _state.warned[message] = None
    warnings.warn(message, PluginWarning, stacklevel=3)


def _hook_problems(plugin: object) -> list[str]:
    """Misspelt, undecorated or missing hook implementations (what ``check_pending`` catches)."""
    known = sorted(_HOOKS.values())
    problems: list[str] = []
    callers = pm.get_hookcallers(plugin) or []
    for caller in callers:
        if caller.has_spec():
            continue
        if any(impl.plugin is plugin and not impl.optionalhook for impl in caller.get_hookimpls()):
            import difflib  # only for a misspelt hook

            close = difflib.get_close_matches(caller.name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; the hooks are {known}"
            problems.append(f"it implements {caller.name!r}, which is no exchangekit hook{hint}")
    for hook in known:
        attribute = getattr(plugin, hook, None)
        if callable(attribute) and pm.parse_hookimpl_opts(plugin, hook) is None:
            problems.append(f"its {hook}() is not decorated with @exchangekit.hookimpl")
    if not problems and not any(caller.has_spec() for caller in callers):
        problems.append(f"it implements none of exchangekit's hooks ({', '.join(known)})")
    return problems


# -- calling the hooks ---------------------------------------------------------------------


def _call_hook(hook: str, plugin: object) -> list[object]:
    """The results of one plugin's implementation of ``hook`` (others are left out)."""
    others = [p for p in pm.get_plugins() if p is not plugin]
    caller = pm.subset_hook_caller(hook, remove_plugins=others)
    with _Guard(f"its {hook}()"):
        results: list[object] = caller()
    return results


def _plugin_parsers(plugin: object) -> list[Parser]:
    """Call ``exchangekit_parsers`` on one plugin and check every parser it returns."""
    found = _formats(_call_hook("exchangekit_parsers", plugin), Parser, "exchangekit_parsers")
    return [fmt for fmt in found if isinstance(fmt, Parser)]


def _plugin_exporters(plugin: object) -> list[Exporter]:
    """Call ``exchangekit_exporters`` on one plugin and check every exporter it returns."""
    found = _formats(_call_hook("exchangekit_exporters", plugin), Exporter, "exchangekit_exporters")
    return [fmt for fmt in found if isinstance(fmt, Exporter)]


def _formats(results: list[object], base: type, hook: str) -> list[object]:
    """Every parser or exporter (a ``base`` instance) in a hook's results, checked."""
    found: list[object] = []
    for result in results:
        if isinstance(result, str | bytes) or not isinstance(result, Iterable):
            raise _PluginProblem(
                f"its {hook}() returned {_safe_repr(result)}; it must return a list of "
                f"{base.__name__} subclasses or instances"
            )
        # A generator hook runs its body here, so it is guarded like the call itself.
        with _Guard(f"going through what its {hook}() returned"):
            items = list(result)
        found.extend(_instance(item, base, hook) for item in items)
    return found


def _safe_repr(value: object) -> str:
    """``repr(value)``, or a stand-in when the plugin's ``__repr__`` itself fails."""
    try:
        return repr(value)
    except KeyboardInterrupt:
        raise
    except BaseException:
        return f"<{type(value).__qualname__} object>"


def _instance(item: object, base: type, hook: str) -> Parser | Exporter:
    if isinstance(item, type) and issubclass(item, base):
        try:
            instance = item()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            raise _PluginProblem(
                f"{item.__qualname__} from its {hook}() cannot be created "
                f"without arguments: {_brief(exc)}"
            ) from exc
    else:
        instance = item
    if not isinstance(instance, base) or not isinstance(instance, Parser | Exporter):
        raise _PluginProblem(
            f"its {hook}() returned {_safe_repr(item)}, which is not a "
            f"{base.__module__}.{base.__name__} subclass or instance"
        )
    with _Guard(f"checking {type(instance).__qualname__} from its {hook}()"):
        problems = metadata_problems(instance)
    if problems:
        raise _PluginProblem(f"{type(instance).__qualname__}: {'; '.join(problems)}")
    return instance


# -- the registry ---------------------------------------------------------------------------


def _registry() -> _Registry:
    load_plugins()
    with _lock:
        generation = _manager.generation
        if _state.registry is None or _state.registry_generation != generation:
            _state.registry, messages = _build_registry()
            _state.registry_generation = generation
        else:
            messages = []
        registry = _state.registry
    for message in messages:
        _warn(message)
    return registry


def _build_registry() -> tuple[_Registry, list[str]]:
    messages: list[str] = []
    claims: dict[tuple[Kind, str], list[tuple[Parser | Exporter, PluginInfo]]] = {}
    infos: list[PluginInfo] = []
    owners: dict[int, PluginInfo] = {}
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda pair: pair[0]):
        if plugin is None:  # a blocked name
            continue
        origin = _state.origins.get(name)
        try:
            with _Guard("examining it"):
                if origin is None:
                    origin = _Origin(None, None, _module_name(plugin))
                info, provided = _examine(name, plugin, origin)
        except _PluginProblem as problem:
            origin = origin or _Origin(None, None, None)
            info = _info(name, origin, PluginStatus.FAILED, error=str(problem))
            infos.append(info)
            messages.append(_failure_message(info))
            continue
        infos.append(info)
        for kind, format_name, fmt in provided:
            claims.setdefault((kind, format_name), []).append((fmt, info))
            owners[id(fmt)] = info
    available: dict[Kind, dict[str, Parser | Exporter]] = {"parser": {}, "exporter": {}}
    conflicts: dict[tuple[Kind, str], tuple[PluginInfo, ...]] = {}
    for (kind, format_name), claimants in sorted(claims.items()):
        builtin = [claim for claim in claimants if _is_builtin(claim[1])]
        if len(claimants) == 1 or len(builtin) == 1:
            available[kind][format_name] = (builtin or claimants)[0][0]
            messages.extend(
                _shadowed_message(kind, format_name, info, builtin[0][1])
                for _, info in claimants
                if builtin and info is not builtin[0][1]
            )
            continue
        conflicts[kind, format_name] = tuple(info for _, info in claimants)
        messages.append(_conflict_message(kind, format_name, conflicts[kind, format_name]))
    registry = _Registry(
        parsers={n: f for n, f in available["parser"].items() if isinstance(f, Parser)},
        exporters={n: f for n, f in available["exporter"].items() if isinstance(f, Exporter)},
        conflicts=conflicts,
        plugins=tuple(infos),
        owners=owners,
    )
    return registry, messages


def _examine(
    name: str, plugin: object, origin: _Origin
) -> tuple[PluginInfo, list[tuple[Kind, str, Parser | Exporter]]]:
    """Check one registered plugin and call its hooks: what it is, and the formats it provides.

    Raises ``_PluginProblem`` (through :class:`_Guard`, whatever the plugin raised) when
    the plugin cannot be used.
    """
    problems = _hook_problems(plugin)
    if problems:
        raise _PluginProblem("; ".join(problems))
    # Each name is read once, here: the registry and the plugin's listing use that reading.
    provided: list[tuple[Kind, str, Parser | Exporter]] = [
        *(("parser", p.name, p) for p in _plugin_parsers(plugin)),
        *(("exporter", e.name, e) for e in _plugin_exporters(plugin)),
    ]
    info = _info(
        name,
        origin,
        PluginStatus.LOADED,
        parsers=tuple(n for kind, n, _ in provided if kind == "parser"),
        exporters=tuple(n for kind, n, _ in provided if kind == "exporter"),
    )
    return info, provided


_BUILTIN_PACKAGE = "exchangekit.builtin"


def _is_builtin(info: PluginInfo) -> bool:
    """Whether the plugin is one of exchangekit's own formats (``json``, ``jsonl``, ``csv``)."""
    module = (info.module or "").partition(":")[0]
    return module == _BUILTIN_PACKAGE or module.startswith(_BUILTIN_PACKAGE + ".")


def _shadowed_message(kind: Kind, name: str, info: PluginInfo, builtin: PluginInfo) -> str:
    return (
        f"{info.origin} provides a {kind} called {name!r}, but that name belongs to the "
        f"built-in {builtin.origin}, which is used; the plugin's other formats are not "
        f"affected (to use the plugin's {name!r}, leave the built-in out with {ENV_VAR})"
    )


def _module_name(plugin: object) -> str | None:
    name = getattr(plugin, "__name__", None)
    if isinstance(name, str) and not isinstance(plugin, type):
        return name
    return type(plugin).__module__


def _conflict_message(kind: Kind, name: str, claimants: tuple[PluginInfo, ...]) -> str:
    origins = list(dict.fromkeys(info.origin for info in claimants))
    if len(origins) == 1:
        who = f"{origins[0]} provides {len(claimants)} {kind}s called {name!r}"
    else:
        who = f"the {kind} format {name!r} is provided by both {' and '.join(origins)}"
    return f"{who}, so it cannot be used; uninstall one of them, or set {ENV_VAR} to load only one"


# -- public queries -------------------------------------------------------------------------


def list_plugins() -> list[PluginInfo]:
    """Every installed or registered plugin: loaded, failed, or disabled by ``EXCHANGEKIT_PLUGINS``.

    Sorted by name; each says its distribution, version, and the parser and
    exporter names it provides (or why it provides none).
    """
    registry = _registry()
    with _lock:
        every = [*registry.plugins, *_state.load_failures, *_state.disabled]
    return sorted(every, key=lambda info: (info.name, info.distribution or ""))


def problems() -> list[str]:
    """Every problem met while loading plugins, in order: what each :class:`PluginWarning` said.

    Failed plugins, formats two plugins claim, and names in ``EXCHANGEKIT_PLUGINS``
    that match no plugin; for listing them even after the warnings were shown.
    """
    _registry()
    with _lock:
        return list(_state.warned)


def parsers() -> Mapping[str, Parser]:
    """The usable parsers by name (a format two plugins claim is left out)."""
    return dict(_registry().parsers)


def exporters() -> Mapping[str, Exporter]:
    """The usable exporters by name (a format two plugins claim is left out)."""
    return dict(_registry().exporters)


def plugin_of(fmt: Parser | Exporter) -> PluginInfo | None:
    """The plugin that provided this parser or exporter instance, if it came from one."""
    return _registry().owners.get(id(fmt))


def get_parser(name: str) -> Parser:
    """The installed parser called ``name`` (case-insensitive).

    Raises :class:`UnknownFormatError` listing what is installed,
    :class:`FormatUnavailableError` when its plugin failed to load or is not
    selected, and :class:`AmbiguousFormatError` when two plugins claim it.
    """
    registry = _registry()
    key = name.strip().lower()
    found = registry.parsers.get(key)
    if found is None:
        raise _lookup_error("parser", key, registry)
    return found


def get_exporter(name: str) -> Exporter:
    """The installed exporter called ``name`` (case-insensitive); errors as :func:`get_parser`."""
    registry = _registry()
    key = name.strip().lower()
    found = registry.exporters.get(key)
    if found is None:
        raise _lookup_error("exporter", key, registry)
    return found


def describe_installed(kind: Kind) -> str:
    """One sentence listing the usable parsers or exporters with their suffixes, for messages.

    It also names plugins that failed to load and says when ``EXCHANGEKIT_PLUGINS``
    narrows what was loaded, since either may explain a missing format.
    """
    registry = _registry()
    available: Mapping[str, Parser | Exporter] = (
        registry.parsers if kind == "parser" else registry.exporters
    )
    listing = ", ".join(
        f"{name} ({', '.join(fmt.suffixes)})" if fmt.suffixes else name
        for name, fmt in sorted(available.items())
    )
    text = f"installed {kind}s: {listing or 'none'}"
    failed = [info for info in list_plugins() if info.status is PluginStatus.FAILED]
    if failed:
        text += "; failed to load: " + ", ".join(info.origin for info in failed)
    selection = os.environ.get(ENV_VAR)
    if selection is not None:
        text += f"; only the plugins named in {ENV_VAR}={selection!r} were loaded"
    return text


def _lookup_error(kind: Kind, name: str, registry: _Registry) -> FormatError:
    conflict = registry.conflicts.get((kind, name))
    if conflict is not None:
        return AmbiguousFormatError(_conflict_message(kind, name, conflict))
    for info in list_plugins():
        if info.status is PluginStatus.LOADED:
            continue
        provides = info.parsers if kind == "parser" else info.exporters
        if name not in provides and _canonical(info.name) != _canonical(name):
            continue
        if info.status is PluginStatus.FAILED:
            return FormatUnavailableError(
                f"the {kind} {name!r} is unavailable: {info.origin} failed to load: {info.error}"
            )
        return FormatUnavailableError(
            f"the {kind} {name!r} is unavailable: {info.origin} is not loaded because "
            f"{ENV_VAR}={os.environ.get(ENV_VAR, '')!r} does not name it"
        )
    available: Mapping[str, object] = registry.parsers if kind == "parser" else registry.exporters
    other: Mapping[str, object] = registry.exporters if kind == "parser" else registry.parsers
    message = f"no installed {kind} is called {name!r}"
    if name in other:
        opposite = "an exporter" if kind == "parser" else "a parser"
        message += f" (there is {opposite} by that name)"
    import difflib  # only for an unknown name

    close = difflib.get_close_matches(name, available, n=1)
    if close:
        message += f"; did you mean {close[0]!r}?"
    return UnknownFormatError(f"{message}; {describe_installed(kind)}")


def reset() -> None:
    """Forget every plugin loaded from entry points, so the next lookup discovers them afresh.

    Meant for tests (for example after changing ``EXCHANGEKIT_PLUGINS``).
    Plugins registered by hand with ``pm.register`` stay registered: unregister
    them yourself.
    """
    global _state
    with _lock:
        for name in _state.origins:
            if pm.has_plugin(name):
                pm.unregister(name=name)
        _state = _State()
