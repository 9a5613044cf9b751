"""The sentence the rules run on is their layers made one class, each name resolved as before.

The rules of each concept are a layer of their own module; the sentence object
holds all of them in one class, so that reading an attribute it keeps on itself
looks through three classes rather than thirteen. Every name must resolve to the
same object the layers' own order of resolution gives.
"""

from __future__ import annotations

from exchangekit_news._extract import _RuleLayers, _Sentence
from exchangekit_news._sentence import _SentenceBase


def _layered_names() -> set[str]:
    """The names the layers define for the rules: not Python's own of every class."""
    return {
        name
        for layer in _RuleLayers.__mro__[: _RuleLayers.__mro__.index(object)]
        for name in vars(layer)
        if not name.startswith("__") or name == "__init__"
    }


def test_news_sentence_resolves_every_name_as_its_layers_do() -> None:
    names = _layered_names()
    assert {"__init__", "norm_set", "breaks", "legs", "claims"} <= names
    for name in names:
        # the first definition in the layers' order of resolution, as the layers read it
        layered = next(vars(c)[name] for c in _RuleLayers.__mro__ if name in vars(c))
        own = next(vars(c)[name] for c in _Sentence.__mro__ if name in vars(c))
        assert own is layered, name


def test_news_sentence_is_one_class_over_the_base() -> None:
    assert _Sentence.__mro__ == (_Sentence, _SentenceBase, object)
    assert _Sentence.__qualname__ == "_Sentence"
    # the per-sentence state stays in the base's slots, read through the same descriptors
    for name in _SentenceBase.__slots__:
        if name != "__dict__":
            assert getattr(_Sentence, name) is vars(_SentenceBase)[name], name
