"""The `parley_actors` component: one `ActorRef` per real entity in a document (persons, states, IGOs,
organisations, armed groups), stored in `doc._.parley_actors` in order of first mention.

States come from country names, abbreviations, demonyms and capitals (a capital after "in"/"to" is a
place, not the state speaking); IGOs and listed organisations from the dictionaries; other organisations
from spaCy's ORG entities that are neither states, people nor title words.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from etl.nlp.context import COUNTRYLIKE, ORG, Context, Tables
from etl.nlp.departments import Departments
from etl.nlp.doc_ext import ActorRef, register_extensions
from etl.nlp.gazetteer import CAPITAL, IGO, activate
from etl.nlp.persons import find_persons

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "1"

# A capital after these words is where something happens, not the state acting ("talks in Baghdad").
LOCATIVE = frozenset("in at to from near into outside inside around across via toward towards".split())
# ORG entities that are really fragments of titles or generic words ("Treasury" in "Treasury Secretary").
_ORG_STOP = frozenset(
    "trade state commerce treasury defence defense interior finance foreign administration government "
    "ministry parliament cabinet talks summit gmt".split()
)

# Reuters marks company names "<Teck Corp>"; a bracket left next to a name by NER is no part of it.
_BRACKETS = frozenset("<>")


class ActorLinker:
    """Callable component; holds the phrase matchers (built once, picklable with the pipeline)."""

    def __init__(self, nlp: Language, dictionaries: list[str] | None = None) -> None:
        register_extensions()
        self.dictionaries = [str(d) for d in dictionaries or []]
        self.tables = Tables(nlp, [Path(d) for d in self.dictionaries])
        self.departments = Departments(nlp, [Path(d) for d in self.dictionaries])

    def __call__(self, doc: Doc) -> Doc:
        # The later components look countries up through the module functions of etl.nlp.gazetteer:
        # make them see this pipeline's tables (built-in plus its user dictionaries).
        activate(self.tables.gaz)
        ctx = self.tables.context(doc)
        doc._.parley_actors = link_actors(doc, ctx, self.departments)
        return doc


def link_actors(doc: Doc, ctx: Context, departments: Departments | None = None) -> list[ActorRef]:
    """All actors of the Doc (see the module docstring)."""
    persons = find_persons(doc, ctx)
    person_tokens = {i for c in persons for m in c.mentions for i in range(m.start, m.end)}
    actors: list[tuple[int, ActorRef]] = []
    for c in persons:
        key = "person:" + " ".join(c.key)
        aliases = _unique(m.text for m in c.mentions if m.text != c.name)
        ref = ActorRef(
            key=key,
            name=c.name,
            kind="person",
            country=c.country,
            role=[c.role] if c.role else [],
            title=c.title,
            aliases=aliases,
            mentions=[(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in c.mentions],
        )
        actors.append((c.mentions[0].start, ref))
    by_key: dict[str, tuple[int, ActorRef]] = {}
    for hit in ctx.gaz_hits:
        if any(i in person_tokens for i in range(hit.start, hit.end)):
            continue
        if hit.kind in COUNTRYLIKE:
            if hit.kind == CAPITAL and hit.start > 0 and doc[hit.start - 1].lower_ in LOCATIVE:
                continue
            key, name, kind, country = f"state:{hit.value}", ctx.gaz.country_name(hit.value), "state", hit.value
        elif hit.kind == IGO:
            key, name, kind, country = f"igo:{hit.value}", hit.value, "igo", None
        elif hit.kind == ORG:
            org = ctx.orgs.by_surface.get(hit.text)
            if org is None:
                continue
            key, name, kind, country = f"{org.kind}:{org.name}", org.name, org.kind, org.country
        else:
            continue
        _add_mention(by_key, key, hit.start, name, kind, country, hit.text, (hit.start_char, hit.end_char))
    dept_tokens: set[int] = set()
    for dept in departments.find(doc, ctx) if departments is not None else ():
        span = doc[dept.start : dept.end]
        dept_tokens.update(range(dept.start, dept.end))
        key = f"organization:{dept.phrase}:{dept.country or ''}"
        chars = (span.start_char, span.end_char)
        _add_mention(by_key, key, dept.start, span.text, "organization", dept.country, span.text, chars)
    gaz_tokens = ctx.gaz_tokens
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(i in person_tokens or i in dept_tokens for i in range(ent.start, ent.end)):
            continue
        span = ent
        while len(span) and (span[0].lower_ in ("the", "a", "an") or span[0].text in _BRACKETS):
            span = span[1:]
        while len(span) and (span[-1].text in ("'s", "'") or span[-1].is_punct or span[-1].text in _BRACKETS):
            span = span[:-1]
        if not len(span) or all(t.i in gaz_tokens for t in span):
            continue  # a state or IGO already counted
        if all(t.i in ctx.title_tokens for t in span):
            continue  # "Crown" of "the Crown Prince": a word of a title
        text = span.text
        if text.lower() in _ORG_STOP or ctx.titles_table.is_title_word(text) or not text[:1].isupper():
            continue
        if ctx.gaz.lookup(text) or any(c.isdigit() for c in text):
            continue
        country = next((h.value for h in ctx.hits_in(span.start, span.end) if h.kind in COUNTRYLIKE), None)
        _add_mention(
            by_key,
            f"organization:{text.lower()}",
            span.start,
            text,
            "organization",
            country,
            text,
            (span.start_char, span.end_char),
        )
    actors.extend(by_key.values())
    actors.sort(key=lambda x: x[0])
    return [a for _, a in actors]


def _add_mention(
    by_key: dict[str, tuple[int, ActorRef]],
    key: str,
    token: int,
    name: str,
    kind: str,
    country: str | None,
    surface: str,
    span: tuple[int, int],
) -> None:
    if key not in by_key:
        by_key[key] = (token, ActorRef(key=key, name=name, kind=kind, country=country))
    ref = by_key[key][1]
    ref.mentions.append(span)
    if surface != ref.name and surface not in ref.aliases:
        ref.aliases.append(surface)


def _unique(items: object) -> list[str]:
    out: list[str] = []
    for x in items:  # type: ignore[attr-defined]
        if x not in out:
            out.append(x)
    return out


@Language.factory(
    "parley_actors",
    assigns=["doc._.parley_actors"],
    default_config={"version": VERSION, "dictionaries": []},
)
def make_actor_linker(nlp: Language, name: str, version: str, dictionaries: list[str]) -> ActorLinker:
    """Factory registered with spaCy; `dictionaries` lists user dictionary directories."""
    return ActorLinker(nlp, dictionaries)
