"""The `parley_actors` component: one `ActorRef` per real entity in a document (persons, states, IGOs,
organisations, armed groups), stored in `doc._.parley_actors` in order of first mention.

States come from country names, abbreviations, demonyms and capitals (a capital after "in"/"to" is a
place, not the state speaking); IGOs and listed organisations from the dictionaries; other organisations
from spaCy's ORG entities that are neither states, people nor title words.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from etl.nlp.context import COUNTRYLIKE, ORG, Context, GazHit, Tables
from etl.nlp.departments import Departments
from etl.nlp.doc_ext import ActorRef, register_extensions
from etl.nlp.gazetteer import CAPITAL, COUNTRY, IGO, activate
from etl.nlp.persons import COMPANY_SUFFIXES, EXCHANGE_TICKER, find_persons
from etl.nlp.roles import (
    INTERNATIONAL_WORDS,
    PersonCluster,
    compound_modifier,
    coordinated_state,
    firms_by_state,
    home_country,
    local_dateline,
    sole_told_state,
    starts_inside_title,
    state_counts,
)
from etl.nlp.speakers import office_holders, principal_holder

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "69"

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
    actors = _person_refs(doc, persons, ctx)
    by_key: dict[str, tuple[int, ActorRef]] = {}
    _add_gazetteer_actors(doc, ctx, person_tokens, by_key)
    dept_tokens = _add_departments(doc, ctx, departments, by_key)
    unstated = _add_ner_organisations(doc, ctx, person_tokens | dept_tokens, by_key)
    guessed = {"person:" + " ".join(c.key) for c in persons if c.guessed}
    stateless = frozenset("person:" + " ".join(c.key) for c in persons if c.stateless)
    _country_from_title_bodies([a for a in actors if a[1].key not in stateless], by_key, guessed, unstated)
    _add_unnamed_principal(doc, ctx, actors)
    actors.extend(by_key.values())
    actors.sort(key=lambda x: x[0])
    return [a for _, a in actors]


def _person_refs(doc: Doc, persons: list[PersonCluster], ctx: Context) -> list[tuple[int, ActorRef]]:
    """One person actor per cluster, keyed by its first mention's token. A person the known tables name under
    another full name ("Joseph R. Biden, Jr." is "Joe Biden") has that name among his aliases (round 21)."""
    actors: list[tuple[int, ActorRef]] = []
    for c in persons:
        key = "person:" + " ".join(c.key)
        known = ctx.known.get(c.name) if len(c.name.split()) > 1 else None
        canonical = [known.name] if known is not None and known.name != c.name else []
        aliases = _unique([*(m.text for m in c.mentions if m.text != c.name), *canonical])
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
    return actors


def _country_from_title_bodies(
    persons: list[tuple[int, ActorRef]],
    by_key: dict[str, tuple[int, ActorRef]],
    guessed: set[str],
    unstated: frozenset[str] = frozenset(),
) -> None:
    """A person with no country, or only a guessed one (the story's, the dateline's), whose title names an
    organisation of the article that has one takes it ("MAB spokesman X", where the article named the Muslim
    Association of Britain (MAB); "State Department spokesman Y" in a Moscow story is American). Not a body
    whose country is itself the story's guess (`unstated`: "the Bank" of "World Bank President X")."""
    bodies = [
        ref
        for key, (_, ref) in by_key.items()
        if ref.kind in ("organization", "group") and ref.country and key not in unstated
    ]
    if not bodies:
        return
    for _, ref in persons:
        if (ref.country and ref.key not in guessed) or not ref.title:
            continue
        words = set(ref.title.replace("'s", " ").replace("\u2019s", " ").split())
        found = {b.country for b in bodies if any(_names_in(form, ref.title, words) for form in (b.name, *b.aliases))}
        if len(found) == 1:
            ref.country = found.pop()


def _add_unnamed_principal(doc: Doc, ctx: Context, persons: list[tuple[int, ActorRef]]) -> None:
    """The principal of a government release that names him by a bare title only ("The President spoke with
    ...", "The Secretary met ..." in the White House's or the State Department's release): the office holder
    `speakers.principal_holder` finds in `known_actors.tsv` by office and release date, as a person of his
    country with the bare titles as his mentions, so that what the attribution gives him has a speaker country.
    Not when the text never uses the bare title (a Vice President's release) or names the holder already, and
    only the bare titles of sentences naming no other person or state are his mentions (the meetings stage must
    not make him a participant of the call he is never named in: gold README); none such, no actor."""
    if ctx.publisher is None or ctx.publisher.kind != "government":
        return
    published = doc._.parley_published if Doc.has_extension("parley_published") else None
    found = principal_holder(ctx.known, ctx.publisher.phrase, ctx.publisher.country, published)
    if found is None:
        return
    head, holder = found
    # the holder, or another holder of his office that year, named in the text ("Secretary Tillerson met ..." on
    # 10 March 2018, the year Pompeo took the office over: the table's years cannot tell who held it that day)
    year = int(published[:4]) if published and published[:4].isdigit() else None
    holders = office_holders(ctx.known, holder.country, holder.role[0], year) if year is not None else {}
    surnames = {name.split()[-1] for name in holders} | {holder.name.split()[-1]}
    if any(ref.name == holder.name or ref.name.split()[-1] in surnames for _, ref in persons):
        return
    # only where no other actor is named in the sentence: "The President spoke with Prime Minister X" is the
    # call's sentence, and a principal the text never names is no participant of it (gold README)
    others = ctx.person_tokens
    titles = [t for t in doc if t.text == head.title() and _bare_title(t)]
    if not titles:
        return
    bare = [t for t in titles if not _names_another(t.sent, others)]
    # (round 21: when every bare title shares its sentence with another person, "The President called outgoing
    # Prime Minister X ... The President conveyed his appreciation for Dr. X's friendship", he is still the actor
    # his statements are given to, with no mention of his own; the gold lists him, optional)
    holder.mentions = [(doc[t.i - 1].idx, t.idx + len(t.text)) for t in bare]
    persons.append(((bare or titles)[0].i - 1, holder))


def _names_another(sent: Span, others: set[int]) -> bool:
    """The sentence names a person besides the bare title."""
    return any(t.i in others for t in sent)


def _bare_title(token: Token) -> bool:
    """A title written with nothing of its own but "the" ("The President", not "the Vice President", "the
    French President", "the President of Chile" or "President Obama")."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ != "the":
        return False
    if token.i + 1 < len(doc) and (doc[token.i + 1].pos_ == "PROPN" or doc[token.i + 1].lower_ == "of"):
        return False
    return all(c.i > token.i or c.dep_ == "det" for c in token.children)


def _names_in(form: str, title: str, words: set[str]) -> bool:
    """The organisation name `form` appears in the title: as a word when it is one ("MAB"), else as text."""
    return form in words if " " not in form else form in title


def _gazetteer_actor(doc: Doc, ctx: Context, hit: GazHit) -> tuple[str, str, str, str | None] | None:
    """(key, name, kind, country) of a gazetteer hit that names an actor, or None (a place, a party)."""
    if hit.kind in COUNTRYLIKE:
        if hit.kind == CAPITAL and hit.start > 0 and doc[hit.start - 1].lower_ in LOCATIVE:
            return None
        return f"state:{hit.value}", ctx.gaz.country_name(hit.value), "state", hit.value
    if hit.kind == IGO:
        return f"igo:{hit.value}", hit.value, "igo", None
    if hit.kind == ORG:
        org = ctx.orgs.by_surface.get(hit.text)
        if org is None or _legal_form_after_a_name(doc, hit.start, hit.end) or _inside_longer_org(doc, ctx, hit):
            return None
        return f"{org.kind}:{org.name}", org.name, org.kind, org.country
    return None


def _inside_longer_org(doc: Doc, ctx: Context, hit: GazHit) -> bool:
    """A listed body's name inside a longer organisation's ("Chase Manhattan Bank of Canada" holds "Bank of
    Canada"): the longer one is meant. A state's name before it adds nothing ("the U.S. Food and Drug
    Administration" is the listed body)."""
    ent = doc[hit.start].ent_type_ == "ORG" and next((e for e in doc.ents if e.start <= hit.start < e.end), None)
    if not ent:
        return False
    lead = ent.start
    while lead < hit.start:
        state = ctx.gaz_at.get(lead)
        if state is not None and state.kind in COUNTRYLIKE and state.kind != CAPITAL:
            lead = state.end
        elif doc[lead].lower_ in ("the", "a", "an") or doc[lead].is_punct:
            lead += 1
        else:
            break
    tail = doc[hit.end : ent.end]
    return lead < hit.start or not all(t.text in ("'s", "'") or t.is_punct for t in tail)


def _add_gazetteer_actors(
    doc: Doc, ctx: Context, person_tokens: set[int], by_key: dict[str, tuple[int, ActorRef]]
) -> None:
    """States, IGOs and listed organisations from the gazetteer hits outside person names."""
    for hit in ctx.gaz_hits:
        if any(i in person_tokens for i in range(hit.start, hit.end)):
            continue
        found = _gazetteer_actor(doc, ctx, hit)
        if found is None:
            continue
        key, name, kind, country = found
        _add_mention(by_key, key, hit.start, name, kind, country, hit.text, (hit.start_char, hit.end_char))


def _add_departments(
    doc: Doc, ctx: Context, departments: Departments | None, by_key: dict[str, tuple[int, ActorRef]]
) -> set[int]:
    """Government departments ("the State Department"); returns their tokens."""
    dept_tokens: set[int] = set()
    for dept in departments.find(doc, ctx) if departments is not None else ():
        span = doc[dept.start : dept.end]
        dept_tokens.update(range(dept.start, dept.end))
        key = f"organization:{dept.phrase}:{dept.country or ''}"
        chars = (span.start_char, span.end_char)
        _add_mention(by_key, key, dept.start, span.text, "organization", dept.country, span.text, chars)
    return dept_tokens


def _org_span(ent: Span) -> Span:
    """An ORG entity without a leading article or bracket and a trailing possessive, punctuation or bracket."""
    span = ent
    while len(span) and (span[0].lower_ in ("the", "a", "an") or span[0].text in _BRACKETS):
        span = span[1:]
    while len(span) and (span[-1].text in ("'s", "'") or span[-1].is_punct or span[-1].text in _BRACKETS):
        span = span[:-1]
    return span


def _is_organisation_name(ctx: Context, span: Span) -> bool:
    """The trimmed ORG span names an organisation not already counted (not a state, title word or number)."""
    if not len(span) or all(t.i in ctx.gaz_tokens for t in span):
        return False  # a state or IGO already counted
    if all(t.i in ctx.title_tokens or t.i in ctx.gaz_tokens for t in span):
        return False  # "Crown" of "the Crown Prince", "Brazilian Central Banker": a title
    if starts_inside_title(ctx, span.start):
        return False  # "Commerce for Economic Affairs" of "Undersecretary of Commerce for Economic Affairs"
    text = span.text
    if text.lower() in _ORG_STOP or ctx.titles_table.is_title_word(text) or not text[:1].isupper():
        return False
    if span[0].i in ctx.gaz_tokens and _before_office(ctx, span):
        return False  # "British Corporate Affairs minister X": a state's portfolio, part of a title
    return not (ctx.gaz.lookup(text) or any(c.isdigit() for c in text))


def _add_ner_organisations(
    doc: Doc, ctx: Context, excluded: set[int], by_key: dict[str, tuple[int, ActorRef]]
) -> frozenset[str]:
    """Other organisations from spaCy's ORG entities outside persons and departments; returns the keys of
    those whose country is only the story's guess (`_unstated_org_country`)."""
    unstated: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "ORG" and not _listed_firm_tagged_person(doc, ent):
            continue
        if any(i in excluded for i in range(ent.start, ent.end)):
            continue
        span, acronym = _split_at_bracket(ctx, _org_span(ent))
        if ent.label_ == "PERSON" and len(span) and EXCHANGE_TICKER.match(span[-1].text):
            span = span[:-1]  # "X NV WESS.AS" (tagged PERSON): the ticker is no part of the firm's name
            if all(t.lower_.rstrip(".") in COMPANY_SUFFIXES for t in span):
                continue  # "... and Y Plc": the legal form alone names no firm
        if not _is_organisation_name(ctx, span):
            continue
        span = _with_state_of(doc, ctx, span)
        text = span.text
        named = _bracketed_acronym(doc, span, by_key)
        if named is not None:  # "the Department of Trade and Industry (DTI)": the same body
            _add_mention(by_key, named, span.start, text, "", None, text, (span.start_char, span.end_char))
            continue
        span, listed_on = _without_ticker(ctx, span)
        text = span.text
        if listed_on == BARE_TICKER_STATE and span[-1].lower_.rstrip(".") in _FOREIGN_FORMS:
            listed_on = None  # "X Mines Ltd <XM>": a foreign firm with an American listing (round 17d)
        country = _org_country(ctx, span) or listed_on
        key = f"organization:{text.lower()}"
        if country is None:
            # "Dutch firm H", "US agrochemical giant M": a firm the text introduces by its state (round 18)
            country = _introduced_firm_country(ctx, text)
        short_of = _short_form_of(text, by_key) if key not in by_key else None
        if short_of is not None:
            # "Honeywell said" after "Honeywell Inc said", "the Chamber said" after "the Chamber of Mines": the same
            # body by its short name (round 27: the speaker's name matched no gold name, and the firm spoke twice)
            _add_mention(by_key, short_of, span.start, text, "", None, text, (span.start_char, span.end_char))
            continue
        if country is None and key not in by_key:
            # "Exxon" after "Exxon Corp <XON>": the short name of a firm the text gave a state
            country = _full_name_country(text, by_key, unstated)
        if country is None and key not in by_key:
            # "DALLAS - X Inc said it agreed with a Japanese firm": the lead's firm is the dateline's (round 18c)
            country = _lead_firm_country(ctx, span)
        if country is None and key not in by_key:
            country = _unstated_org_country(ctx, span)
            if country is not None:
                unstated.add(key)
        _add_mention(by_key, key, span.start, text, "organization", country, text, (span.start_char, span.end_char))
        if acronym is not None:
            _add_mention(
                by_key, key, acronym.start, text, "", None, acronym.text, (acronym.start_char, acronym.end_char)
            )
    return frozenset(unstated)


def _listed_firm_tagged_person(doc: Doc, ent: Span) -> bool:
    """A PERSON entity followed by a listed company's ticker ("X NV <XYZ.AS>"): the firm, no person (round 14)."""
    if ent.label_ != "PERSON":
        return False
    return any(EXCHANGE_TICKER.match(doc[k].text) for k in (ent.end - 1, ent.end) if k < len(doc))


def _split_at_bracket(ctx: Context, span: Span) -> tuple[Span, Span | None]:
    """An ORG entity that runs on into a bracket ("World Health Organisation (WHO", "Institute for Fiscal
    Studies (IFS"): the name before the bracket, and the one word in it (its acronym, an alias) or None.
    A bracketed place stays in the name ("X International (America) Inc": the firm's American arm)."""
    k = next((i for i, t in enumerate(span) if i > 0 and t.text == "("), None)
    place = ctx.gaz_at.get(span[k + 1].i) if k is not None and k + 1 < len(span) else None
    if k is None or (place is not None and place.kind in COUNTRYLIKE):
        return span, None
    inner = span[k + 1 :]
    close = next((i for i, t in enumerate(inner) if t.text == ")"), len(inner))
    inner = inner[:close]
    head = span[:k]
    while len(head) > 1 and head[-1].is_punct:
        head = head[:-1]
    acronym = inner if len(inner) == 1 and inner[0].text[:1].isupper() and inner[0].is_alpha else None
    return head, acronym


def _with_state_of(doc: Doc, ctx: Context, span: Span) -> Span:
    """An organisation's name NER ends before "of" and a state ("Muslim Council" of "the Muslim Council of
    Britain", "Communist Party" of "... of China"): the state belongs to the name (and gives its country)."""
    end = span.end
    if end + 1 >= len(doc) or doc[end].text != "of" or doc[end - 1].ent_iob_ == "":
        return span
    hit = ctx.gaz_at.get(end + 1)
    if hit is None or hit.kind != COUNTRY or not doc[end - 1].text[:1].isupper():
        return span
    return doc[span.start : hit.end]


# Titles of a government's office: a capitalised country-and-portfolio phrase before them is the title's.
_OFFICES = frozenset(("minister", "foreign_minister", "deputy_minister"))


def _before_office(ctx: Context, span: Span) -> bool:
    """A minister's title starts right after `span` or inside it."""
    return any(span.start < ts <= span.end < te and e.role in _OFFICES for ts, te, e in ctx.titles)


def _org_country(ctx: Context, span: Span) -> str | None:
    """The country an organisation's name holds ("Mellon Bank Canada", "Chase Manhattan Bank of Canada"), else
    for a state's media or bodies the state word before the name ("Iran's official news agency Y", "the
    state-run Syrian newspaper Z"), else for "the official newspaper W" the dateline's."""
    for h in ctx.hits_in(span.start, span.end):
        if h.kind in COUNTRYLIKE and ctx.doc is not None and coordinated_state(ctx.doc, ctx, h):
            return None  # "the British and Irish Lions" (round 15): a side of both states, neither's
        if h.kind in COUNTRYLIKE:
            return h.value
        listed = ctx.orgs.by_surface.get(h.text) if h.kind == ORG else None
        if listed is not None and _legal_form_after_a_name(span.doc, h.start, h.end):
            continue  # "Montedison SPA" (round 18d): the Italian legal form, not the Saudi Press Agency's initials
        if listed is not None and listed.civil and not _legal_form_only(span.doc[h.end : span.end]):
            continue  # a listed "X" in "X Canada Ltd", "X Chemicals Corp": the firm's unit, not the firm
        if listed is not None and listed.civil and _named_before(span.doc[span.start : h.start]):
            continue  # "Rank-Xerox Ltd" (round 18): a joint firm or a unit holding the listed firm's name
        if listed is not None and listed.country:
            return listed.country
    return _country_before_org(ctx, span)


# Legal forms no American firm takes: a firm so named is foreign whatever American exchange lists it (round 17d:
# Canadian firms "X Mines Ltd <XM>", "Y Oil Ltd <YO.A>" listed in New York were American).
_FOREIGN_FORMS = frozenset("ltd limited plc ag nv sa gmbh bv spa ab oy oyj".split())


def _introduced_firm_country(ctx: Context, text: str) -> str | None:
    """The state the text introduces the firm `text` by (`firms_by_state`, as for its officers since round 13:
    "Dutch brewer H", "US car firm G", "K Telecom of South Korea", "Paris-based E"), also without its legal form
    ("H NV" for "H"). Round 18 (speakers18): firms that speak in BBC business stories naming several states had no
    country, though gold codes a firm by its home."""
    firms = firms_by_state(ctx)
    if not firms or ctx.doc is None or _introduced_as_bank(ctx.doc.text, text):
        return None
    words = text.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in COMPANY_SUFFIXES:
        words.pop()
    for form in (text, " ".join(words)):
        found = firms.get(" ".join(re.findall(r"\w+", form.lower())))
        if found is not None:
            return found
    return None


def _introduced_as_bank(text: str, name: str) -> bool:
    """The text calls the firm a bank ("German investment bank X", "X, the Dutch bank,"): gold codes the banks
    whose analysts and economists speak with no state, so such a bank keeps none (as before round 18)."""
    before = re.search(r"\bbanks?\s+" + re.escape(name) + r"\b", text)
    after = re.search(re.escape(name) + r"\s*[,-]\s*(?:the|a|an)\s[^,.;]*?\bbank\b", text)
    return bool(before or after)


def _legal_form_after_a_name(doc: Doc, start: int, end: int) -> bool:
    """The listed body's surface is one word that is a firm's legal form ("SPA", "AG") right after a capitalised
    word: the end of a firm's name ("<Montedison SPA>"), not the body's initials."""
    return (
        end - start == 1
        and start > 0
        and doc[start].lower_.rstrip(".") in COMPANY_SUFFIXES
        and doc[start - 1].text[:1].isupper()
    )


def _named_before(head: Span) -> bool:
    """Words of a name before a listed firm's name inside a longer one (not "the", nor punctuation alone)."""
    return any(t.lower_ not in ("the", "a", "an") and not t.is_punct for t in head)


def _legal_form_only(tail: Span) -> bool:
    """Nothing but legal forms and punctuation ("Corp", "AG", "Plc ."), or nothing."""
    return all(t.lower_.rstrip(".") in COMPANY_SUFFIXES or t.is_punct for t in tail)


def _full_name_country(text: str, by_key: dict[str, tuple[int, ActorRef]], unstated: set[str]) -> str | None:
    """The one state of the organisations named earlier whose name opens with `text` ("Exxon Corp" for
    "Exxon"), unless it was itself only the story's guess."""
    found = {
        ref.country
        for key, (_, ref) in by_key.items()
        if ref.kind == "organization" and ref.country and key not in unstated and ref.name.startswith(text + " ")
    }
    return found.pop() if len(found) == 1 else None


# Words that open another body's name after a short one ("Federal Reserve" and the "Federal Reserve Bank" of New York).
BODY_TAIL_HEADS = frozenset(
    "bank board committee council commission court fund ministry department agency office authority union".split()
)
# One-word short names of a body named in full before ("the Commission" for the European Community Commission).
SHORT_BODY_HEADS = frozenset("commission court council committee board bank ministry agency chamber".split())


def _short_form_of(text: str, by_key: dict[str, tuple[int, ActorRef]]) -> str | None:
    """The key of the one organisation named before whose name opens with `text` and goes on with words that are
    no other body's ("Honeywell" for "Honeywell Inc", "Housewives Association" for "Housewives Association of
    Japan"; not "Federal Reserve" for "Federal Reserve Bank"), or ends with a one-word body `text` ("Commission"
    for "European Community Commission"). Two such names (Honeywell Inc and Honeywell Bull): none."""
    if not text[:1].isupper():
        return None
    found = []
    for key, (_, ref) in by_key.items():
        if ref.kind not in ("organization", "igo") or ref.name == text:
            continue
        if ref.name.startswith(text + " "):
            rest = ref.name[len(text) + 1 :].split()
            if rest and rest[0].lower() not in BODY_TAIL_HEADS:
                found.append(key)
        elif text.lower() in SHORT_BODY_HEADS and ref.name.endswith(" " + text):
            found.append(key)
    return found[0] if len(found) == 1 else None


def _without_ticker(ctx: Context, span: Span) -> tuple[Span, str | None]:
    """An ORG entity that takes in the exchange ticker Reuters prints after a firm ("X Cement Plc <XYZ.L>",
    brackets cleaned away: "X Cement Plc XYZ.L"; "Y Motor Co <Y>"): the firm's name without it, and the
    exchange's state (`exchanges.tsv`, as for the firm's officers); a ticker right after the name ("Z Corp
    <ZZZ.T>") gives the state too. Round 17: the ticker stood in the speaker's name, which then matched no "X
    Cement Plc", and the firm had no country."""
    doc = span.doc
    if len(span) >= 2 and _ticker_state(ctx, doc[span.end - 1]) is not None:
        return span[:-1], _ticker_state(ctx, doc[span.end - 1])
    return span, _ticker_state(ctx, doc[span.end]) if span.end < len(doc) else None


def _ticker_state(ctx: Context, token: Token) -> str | None:
    """The state of the exchange whose ticker `token` is: "XYZ.L" by its suffix (`exchanges.tsv`); a bare
    ticker Reuters printed in angle brackets ("<GM>": the source text still has them) is a New York listing,
    for Reuters-21578 prints no suffix for the New York and American exchanges."""
    if EXCHANGE_TICKER.match(token.text):
        return ctx.gaz.exchanges.get(token.text.rpartition(".")[2])
    if not (token.is_alpha and token.is_upper and len(token) <= 5):
        return None
    cleaned = token.doc._.parley_cleaned if Doc.has_extension("parley_cleaned") else None
    if cleaned is None:
        return None
    s, e = cleaned.span_to_source(token.idx, token.idx + len(token))
    src = cleaned.source
    return BARE_TICKER_STATE if 0 < s and src[s - 1] == "<" and src[e : e + 1] == ">" else None


# Where a bare Reuters ticker is listed ("<F>", "<IBM>"): the New York and American stock exchanges.
BARE_TICKER_STATE = "USA"


def _unstated_org_country(ctx: Context, span: Span) -> str | None:
    """The state of an organisation the text gives no state, as for its officer (round 16's `_officer_country`
    chain): the outlet's own in a story about its state ("Royal Mail", "the Land Registry", "Cosla" in a BBC
    story about Britain), else the wire dateline's in a story about the dateline's state ("DALLAS - X Corp
    said"); gold codes a firm or a body by its home (round 17: 51 statements of 489 in two fresh samples were a
    domestic body's or firm's with none). Never a body of many states or none (`INTERNATIONAL_WORDS`, unless
    the name ends in a firm's legal form: "X International Ltd")."""
    words = {w.lower().strip(".,'") for w in span.text.split()}
    if words & INTERNATIONAL_WORDS and span[-1].lower_.rstrip(".") not in COMPANY_SUFFIXES:
        return None
    found = home_country(ctx, about_it=True) or local_dateline(ctx, about_it=True) or _told_sole_state(ctx)
    # only in a story that names no other state: "WASHINGTON - ... Airbus", "TOKYO - ... Cable and Wireless" in
    # stories about trade between states are foreign firms as often as not
    return found if found is not None and set(state_counts(ctx)) <= {found} else None


# Name endings of COMPANY_SUFFIXES that are no legal form: a bank may be a body of many states ("the Nordic X
# Bank"), and gold codes the banks whose analysts speak with none.
_NOT_A_FORM = frozenset(("bank", "bancorp", "bancorporation", "brothers", "bros"))


def _lead_firm_country(ctx: Context, span: Span) -> str | None:
    """A firm with a legal form that is the subject of a wire story's first sentence, which the text introduces by
    no state, is of the dateline's state, though the story names others ("PORTLAND, Ore. - Q Systems Inc said it
    agreed with a Japanese firm ...", "BERN - <R AG> said it ordered ships from a Korean yard"): the wires file a
    firm's own announcement from its home town, and the other states are its partners'. Round 18c: 14 of 35
    speaker countries in fresh firm stories (seed 18301) were such firms' with none. Not a legal form the
    dateline's state does not use ("Ltd" under an American dateline, "Inc" under another's)."""
    dateline = ctx.dateline_country
    doc = ctx.doc
    if dateline is None or doc is None or ctx.publisher is not None:
        return None
    form = span[-1].lower_.rstrip(".")
    foreign = form in _FOREIGN_FORMS if dateline == BARE_TICKER_STATE else form == "inc"
    if form not in COMPANY_SUFFIXES or form in _NOT_A_FORM or foreign:
        return None
    first = next(iter(doc.sents), None)
    if first is None or span.sent.start != first.start or span.end > first.root.i:
        return None
    if _has_unit_of(ctx, dateline):
        return None  # "TOKYO - X Corp said it would sell its Japanese unit": a foreign parent (round 17's test)
    return dateline if any(_in_subject(t, first.root) for t in span) else None


# Nouns of a firm's part abroad: "its Japanese unit" makes the firm that owns it no Japanese one.
_UNIT_NOUNS = frozenset("unit units subsidiary subsidiaries arm affiliate division operations branch".split())


def _has_unit_of(ctx: Context, state: str) -> bool:
    """The text names a unit of the state ("its Japanese unit", "its West German subsidiary")."""
    doc = ctx.doc
    if doc is None:
        return False
    for h in ctx.gaz_hits:
        if h.kind not in COUNTRYLIKE or h.value != state or h.start == 0:
            continue
        if doc[h.start - 1].lower_ in ("its", "their") and any(
            t.lower_ in _UNIT_NOUNS for t in doc[h.end : min(h.end + 3, len(doc))]
        ):
            return True
    return False


def _in_subject(token: Token, root: Token) -> bool:
    """`token` is the subject of `root` or inside it ("X Holding AG unit <Y AG> rejects ...")."""
    while token.head != token:
        if token.head == root:
            return token.dep_ in ("nsubj", "nsubjpass")
        token = token.head
    return False


def _told_sole_state(ctx: Context) -> str | None:
    """The one state a story names, twice outside quotations, when neither the outlet's nor the dateline's guess
    gives one (round 17c: "LG Group said", "Wipro said", "the statistics body INSEE said" in BBC business stories
    about South Korea, India, France had no state). Not under a wire dateline of another state."""
    if ctx.dateline_country is not None:
        return None
    return sole_told_state(ctx)


# Lower-case words of an organisation's description that may stand between a state word and its name
# ("German investment bank X", "the official Iraqi news agency Y").
# A firm's description is left out ("German investment bank X"): a firm is no party to its state's relations.
_ORG_DESCRIPTION_WORDS = frozenset(
    "official state state-run state-owned government news agency newspaper daily radio television broadcaster".split()
)
# Descriptions of a government's own media: their country is where the story is filed.
_STATE_MEDIA = frozenset(("newspaper", "daily", "agency", "radio", "television", "broadcaster"))


def _country_before_org(ctx: Context, span: Span) -> str | None:
    """The state named right before a state body's name and its lower-case description ("official", "news
    agency", "state-run" ...), or the dateline's state for "the official newspaper X" and "the official X
    news agency"."""
    doc = ctx.doc
    if doc is None:
        return None
    i = span.start - 1
    words: list[str] = []
    while i >= 0 and doc[i].lower_ in _ORG_DESCRIPTION_WORDS and len(words) < 4:
        words.append(doc[i].lower_)
        i -= 1
    if not words:
        return None
    if i >= 0 and doc[i].text in ("'s", "\u2019s"):
        i -= 1
    hit = next((h for h in ctx.hits_in(max(0, i - 4), i + 1) if h.end == i + 1), None)
    if hit is not None and hit.kind in COUNTRYLIKE and not compound_modifier(ctx, hit):
        return hit.value
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if "official" in words and (_STATE_MEDIA & set(words) or after in _STATE_MEDIA or after == "news"):
        # "the official newspaper X", and with the description after the name: "the official Tanjug news
        # agency", "the official International Business newspaper" (a PEKING story's)
        return local_dateline(ctx)
    return None


def _bracketed_acronym(doc: Doc, span: Span, by_key: dict[str, tuple[int, ActorRef]]) -> str | None:
    """The key of the actor named right before "(" when `span` is an acronym in brackets after it, or of
    the organisation that acronym was given for earlier in the article."""
    text = span.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6) or span.start < 2:
        return None
    if doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        # a later "the DTI": the body whose acronym the article gave in brackets, or whose initials it is
        # ("MAB" for the Muslim Association of Britain)
        return next(
            (
                k
                for k, (_, ref) in by_key.items()
                if ref.kind == "organization" and (text in ref.aliases or _initials(ref.name) == text)
            ),
            None,
        )
    before = doc[span.start - 2]
    end_char = before.idx + len(before.text)
    for key, (_, ref) in by_key.items():
        if ref.kind in ("organization", "group") and any(e == end_char for _, e in ref.mentions):
            return key
    return None


def _initials(name: str) -> str:
    """ "Muslim Association of Britain" -> "MAB": the capitals opening its words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


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
