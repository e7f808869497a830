"""The `parley_meetings` component: meetings that happened or are under way, one per real meeting.

Each meeting word ("talks", "met", "visiting", "summit") that the parse shows as factual becomes a
mention with its parties, date, place and characterisation; mentions of one meeting are then merged
(same day and overlapping parties, or an anaphoric "the talks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from etl.nlp import gazetteer as gz
from etl.nlp.dates import DateExpr, date_expressions
from etl.nlp.doc_ext import register_extensions
from etl.nlp.meeting_parts import (
    DocIndex,
    MeetingLexicon,
    governing_verb,
    is_factual,
    load_lexicon,
    noun_phrase,
    subject_of,
    with_conjuncts,
)
from etl.records import Evidence, Meeting

# Prepositions whose object is a party of the meeting ("talks with X", "between X and Y").
PARTY_PREPS = {"with", "between", "among", "involving", "of", "by"}
PLACE_PREPS = {"in", "at", "inside", "within"}
HOLD_VERBS = {"hold", "meet", "convene", "take", "begin", "open", "end", "conclude", "start"}

_NUM = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<unit>hours?|minutes?)\b",
    re.I,
)


@dataclass(slots=True)
class Mention:
    """One factual mention of a meeting, before merging."""

    trigger: Token
    kind: str
    label: str
    countries: set[str] = field(default_factory=set)
    participants: list[str] = field(default_factory=list)
    host: str | None = None
    chair: str | None = None
    location: str | None = None
    location_country: str | None = None
    venue: list[str] = field(default_factory=list)
    date: str | None = None
    basis: str = "publication"
    date_key: str = "pub"
    duration: int | None = None
    descriptors: list[str] = field(default_factory=list)
    definite: bool = False
    distinct: bool = False
    with_only: bool = False  # every party came from one "with X and Y" phrase: one side is missing

    @property
    def states(self) -> set[str]:
        return {c for c in self.countries if c != "IGO"}

    @property
    def full(self) -> bool:
        """Two sides: two states, or a state and an international organisation."""
        return not self.with_only and (len(self.states) >= 2 or (len(self.states) == 1 and "IGO" in self.countries))


class MeetingFinder:
    """Pipeline component: set `doc._.parley_meetings`."""

    def __init__(self, nlp: Language, dictionaries: list[str]) -> None:
        self.lex: MeetingLexicon = load_lexicon(tuple(dictionaries))
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in self.lex.phrases:
            self.phrases.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        if doc._.parley_meetings is None:
            doc._.parley_meetings = []
        if not len(doc):
            return doc
        index = DocIndex(doc)
        mentions = [m for m in (self._mention(doc, index, tok, kind) for tok, kind in self._triggers(doc)) if m]
        doc._.parley_meetings = merge(doc, mentions)
        return doc

    # -- triggers ---------------------------------------------------------------------------------
    def _triggers(self, doc: Doc) -> list[tuple[Token, str]]:
        lex = self.lex
        out: dict[int, tuple[Token, str]] = {}
        for match_id, start, end in self.phrases(doc):
            root = doc[start:end].root
            out[root.i] = (root, lex.phrases[doc.vocab.strings[match_id]])
        for tok in doc:
            if tok.i in out:
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in lex.nouns:
                if any(lex.pairs["not_before"].get(c.lower_) == lemma for c in tok.children if c.dep_ == "compound"):
                    continue
                if tok.i + 1 < len(doc) and lex.pairs["not_after"].get(doc[tok.i + 1].lower_) == lemma:
                    continue
                head = tok.head
                # "summit meeting": one mention, named by its head word but of the modifier's kind.
                if tok.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in lex.nouns:
                    out[head.i] = (head, lex.nouns[lemma])
                    continue
                out.setdefault(tok.i, (tok, lex.nouns[lemma]))
            elif tok.pos_ == "VERB" and lemma in lex.verbs:
                out[tok.i] = (tok, lex.verbs[lemma])
            elif tok.lemma_ == "be" and self._visit_copula(tok):
                out[tok.i] = (tok, "visit")
        return [out[i] for i in sorted(out)]

    @staticmethod
    def _visit_copula(tok: Token) -> bool:
        """ "When he was in Tokyo": a person's presence in a capital, read as a visit."""
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        return bool(
            subj
            and subj[0].lower_ in ("he", "she")
            and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children)
                for c in tok.children
            )
        )

    # -- one mention ------------------------------------------------------------------------------
    def _mention(self, doc: Doc, index: DocIndex, trigger: Token, kind: str) -> Mention | None:
        lex = self.lex
        if not is_factual(trigger, lex):
            return None
        m = Mention(trigger=trigger, kind=kind, label=_label(trigger))
        is_verb = trigger.pos_ in ("VERB", "AUX")
        m.definite = not is_verb and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those"))
            for c in trigger.children
        )
        prefix = doc[trigger.left_edge.i : trigger.i].text.lower() if not is_verb else ""
        m.distinct = any(lex.has("distinct", w) for w in re.findall(r"[a-z]+(?:\s?-\s?[a-z]+)*", prefix.replace(" - ", "-")))
        if not self._date(doc, m):
            return None  # worded or dated in the future
        sides: list[tuple[str, list[Token]]] = []  # (how the party is attached, its tokens)
        places: list[Token] = []
        destination: list[Token] = []
        if is_verb:
            verb = trigger
            sides.append(("subject", [t for s in subject_of(verb) for t in noun_phrase(s)]))
            for c in verb.children:
                if c.dep_ in ("dobj", "attr") and kind == "visit":
                    destination.extend(noun_phrase(c))
                elif c.dep_ in ("dobj",):
                    sides.append(("object", noun_phrase(c)))
                elif c.dep_ == "prep":
                    self._prep(c, sides, places, destination, kind)
            if kind == "committee" and not any(toks for _, toks in sides if toks):
                return None
        else:
            sides.append(("self", [t for c in trigger.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                                   for t in noun_phrase(c)]))
            for c in trigger.children:
                if c.dep_ == "prep":
                    self._prep(c, sides, places, destination, kind)
                elif c.dep_ in ("acl", "relcl"):
                    self._role_clause(c, index, m, sides, places)
            verb = governing_verb(trigger)
            if verb is not None and verb.lemma_.lower() in lex.verbs and trigger.dep_ == "pobj":
                verb = None  # "After the meeting, X met Y": the noun only dates another meeting
            if verb is not None and verb != trigger:
                # The verb's subject is a party when the meeting word is its object or under one of its
                # prepositions ("X held talks", "X said after a meeting"), not when the parse made the
                # word a coordinated clause of its own ("... took 15 years and talks with X have ...").
                is_argument = trigger.dep_ in ("dobj", "pobj", "attr", "oprd", "dative", "npadvmod") or (
                    trigger.dep_ == "conj" and trigger.head.pos_ in ("NOUN", "PROPN")
                )
                if is_argument and not self._is_our_subject(trigger, verb):
                    sides.append(("subject", [t for s in subject_of(verb) for t in noun_phrase(s)]))
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ in ("with", "between") and trigger not in c.subtree:
                        self._prep(c, sides, places, destination, kind)
                    elif c.dep_ == "prep" and c.lower_ in PLACE_PREPS and trigger not in c.subtree:
                        places.extend(p for p in c.children if p.dep_ == "pobj")
                    elif c.dep_ == "advmod" and c.lower_ == "here":
                        places.append(c)
                lemma = verb.lemma_.lower()
                if trigger.dep_ == "dobj" and (lex.has("host_verb", lemma) or lex.has("chair_verb", lemma)):
                    self._set_role(index, m, lemma, subject_of(verb), sides)
            places.extend(_nested_places(trigger))
        self._parties(index, m, sides)
        self._place(doc, index, m, places, destination)
        self._details(doc, m)
        return m

    def _prep(self, prep: Token, sides: list, places: list[Token], destination: list[Token], kind: str) -> None:
        word = prep.lower_
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        if word in PARTY_PREPS:
            for o in objs:
                sides.append((word, [t for x in with_conjuncts(o) for t in noun_phrase(x)]))
        elif word == "to" and kind == "visit":
            destination.extend(t for o in objs for t in noun_phrase(o))
        elif word in PLACE_PREPS:
            places.extend(objs)

    def _role_clause(self, clause: Token, index: DocIndex, m: Mention, sides: list, places: list[Token]) -> None:
        """ "talks chaired by Iraq", "talks hosted by X", "talks held in Baghdad"."""
        lemma = clause.lemma_.lower()
        agents = [p for c in clause.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                  for p in c.children if p.dep_ == "pobj"]
        if agents and (self.lex.has("host_verb", lemma) or self.lex.has("chair_verb", lemma)):
            self._set_role(index, m, lemma, agents, sides)
        for c in clause.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                places.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in ("with", "between"):
                self._prep(c, sides, places, [], m.kind)

    def _set_role(self, index: DocIndex, m: Mention, lemma: str, who: list[Token], sides: list) -> None:
        toks = [t for w in who for t in noun_phrase(w)]
        sides.append(("role", toks))
        name = None
        for tok in toks:
            actor = index.actor_of.get(tok.i)
            if actor is not None and actor.kind in ("person", "state", "igo"):
                name = actor.name
                break
        if name is None:
            for tok, hit in index.hits(toks):
                if hit.iso != "IGO":
                    name = index.state_name(hit.iso)
                    break
        if name is None:
            return
        if self.lex.has("chair_verb", lemma):
            m.chair = name
        m.host = m.host or name

    @staticmethod
    def _is_our_subject(trigger: Token, verb: Token) -> bool:
        # "the first round of talks took place": the meeting word sits inside the subject. Not so in
        # "Gorbachev, who had talks": there the subject is above the verb.
        return any(s in trigger.ancestors and verb in s.ancestors for s in subject_of(verb))

    # -- parties, place, details ------------------------------------------------------------------
    def _parties(self, index: DocIndex, m: Mention, sides: list[tuple[str, list[Token]]]) -> None:
        side_countries: list[tuple[str, set[str]]] = []
        for how, toks in sides:
            found: set[str] = set()
            for tok in toks:
                actor = index.person_at(tok)
                # "his Iranian counterpart X" names X; only a pronoun that is itself the party counts.
                if actor is None and tok.pos_ == "PRON" and (tok.dep_ != "poss" or tok.head == m.trigger):
                    actor = index.resolve_pronoun(tok, exclude=m.participants)
                if actor is not None:
                    if actor.name not in m.participants:
                        m.participants.append(actor.name)
                    if actor.country:
                        found.add(actor.country)
            for _tok, hit in index.hits(toks):
                if hit.source != "place":
                    found.add(hit.iso)
            if found:
                side_countries.append((how, found))
        for _how, found in side_countries:
            m.countries |= found
        hows = {how for how, _ in side_countries}
        # "talks with Russia and Saudi Arabia" (and no one else): whoever talks with them is missing.
        m.with_only = bool(side_countries) and hows <= {"with"} and len(side_countries) == 1

    def _place(self, doc: Doc, index: DocIndex, m: Mention, places: list[Token], destination: list[Token]) -> None:
        seats = self.lex.pairs.get("igo_seat", {})
        venues = self.lex.sets.get("venue", set())
        compounds = [c for c in m.trigger.children if c.dep_ == "compound"]
        for tok in [*destination, *places, *compounds]:
            if tok.lower_ == "here":
                if doc._.parley_dateline and m.location is None:
                    place = str(doc._.parley_dateline)
                    m.location = place.title() if place.isupper() else place
                    m.location_country = gz.place_country(place)
                continue
            skip: set[int] = set()
            if tok.lemma_.lower() in venues:
                text = _venue_text(tok)
                if text not in m.venue:
                    m.venue.append(text)
                skip = {t.i for c in tok.children if c.dep_ in ("compound", "poss", "amod") for t in c.subtree}
            for sub in tok.subtree:
                if sub.i in skip or sub.ent_type_ not in ("GPE", "LOC", "FAC"):
                    continue
                ent = _ent_text(doc, sub)
                iso = gz.place_country(ent)
                if iso is None:
                    continue
                if m.location is None:
                    m.location, m.location_country = ent, iso
                if tok in destination and ent not in seats:
                    m.countries.add(iso)
                    m.host = m.host or index.state_name(iso)
                break
        if m.location is None:
            self._held_in(doc, m)
        if m.location is None and doc._.parley_dateline and m.basis == "publication" and len(m.states) == 1:
            # A Reuters dateline is where the story was filed: a lone foreign visitor met his hosts.
            place = str(doc._.parley_dateline)
            iso = gz.place_country(place)
            if iso and iso not in m.states:
                m.location = place.title() if place.isupper() else place
                m.location_country = iso
        if m.location_country and m.location not in seats and len(m.states) == 1 and m.location_country not in m.states:
            m.countries.add(m.location_country)
            m.with_only = False
        if m.location_country and m.location_country in m.states and len(m.states) > 1 and m.host is None:
            m.host = index.state_name(m.location_country)

    def _held_in(self, doc: Doc, m: Mention) -> None:
        """ "talks between X and Y held two weeks ago in Baghdad" where the parse hangs "held"
        elsewhere: an "in <place>" on a holding verb of a sentence with this one meeting word."""
        sent = m.trigger.sent
        if sum(1 for _ in _sentence_triggers(sent)) > 1:
            return
        for tok in sent:
            if tok.dep_ == "prep" and tok.lower_ in ("in", "at") and tok.head.lemma_.lower() in HOLD_VERBS:
                for obj in (c for c in tok.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")):
                    iso = gz.place_country(_ent_text(doc, obj))
                    if iso:
                        m.location, m.location_country = _ent_text(doc, obj), iso
                        return

    def _date(self, doc: Doc, m: Mention) -> bool:
        """Attach the date expression of the mention's clause; False when it points to the future."""
        expr = _attached_date(doc, m.trigger)
        pub = doc._.parley_published
        if expr is None:
            m.date, m.basis = (str(pub)[:10] if pub else None), "publication"
            m.date_key = m.date or "pub"
            return True
        if expr.future or (expr.iso and pub and expr.iso > str(pub)[:10]):
            return False
        m.date, m.basis = expr.iso, expr.basis
        m.date_key = expr.iso or expr.text.lower()
        return True

    def _details(self, doc: Doc, m: Mention) -> None:
        sent = m.trigger.sent
        verb = governing_verb(m.trigger)
        for dm in _DURATION.finditer(sent.text):
            span = doc.char_span(sent.start_char + dm.start(), sent.start_char + dm.end(), alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            # "nine hours of talks", "talks lasting two hours", "convened for two and a half hours"
            if not (root in m.trigger.ancestors or m.trigger in root.ancestors or governing_verb(root) == verb
                    or (verb is not None and root.head == verb)):
                continue
            n = float(dm.group("n")) if dm.group("n")[0].isdigit() else _NUM[dm.group("n").lower()]
            n += 0.5 if dm.group("half") else 0
            m.duration = int(round(n * (60 if dm.group("unit").lower().startswith("hour") else 1)))
            break
        region = list(m.trigger.subtree)
        if verb is not None and m.trigger.pos_ not in ("VERB", "AUX"):
            region += [t for c in verb.children if c.dep_ in ("acomp", "oprd", "prep", "advmod") for t in c.subtree]
        for tok in sorted(region, key=lambda t: t.i):
            word = tok.lower_
            if word in self.lex.descriptors and tok.pos_ in ("ADJ", "ADV", "NOUN") and word not in m.descriptors:
                m.descriptors.append(word)


def _label(trigger: Token) -> str:
    """The words that name the meeting ("security talks", "sub-committee meeting", "met"): the
    trigger and the modifiers right before it, without determiners, ordinals or characterisations."""
    if trigger.pos_ in ("VERB", "AUX"):
        # "the sub-committee convened": the subject names the meeting when it is not a party.
        subj = [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        return f"{_label(subj[0])} {trigger.text}" if subj else trigger.text
    doc = trigger.doc
    start = trigger.i
    lex = load_lexicon()
    while start > trigger.left_edge.i:
        prev = doc[start - 1]
        if prev.dep_ in ("det", "poss", "nummod", "cc", "case") or prev.ent_type_ in ("ORDINAL", "DATE"):
            break
        if prev.lower_ in lex.descriptors or prev.is_quote or (prev.is_punct and prev.text != "-"):
            break
        start -= 1
    return doc[start : trigger.i + 1].text


def _nested_places(trigger: Token) -> list[Token]:
    """ "a meeting of experts inside the Green Zone": places deeper in the noun's phrase, but not in
    its topic ("talks on security in Iraq")."""
    out: list[Token] = []
    for tok in trigger.subtree:
        if tok.dep_ != "prep" or tok.head == trigger or tok.lower_ not in PLACE_PREPS:
            continue
        path = [a for a in tok.ancestors if trigger in a.subtree and a != trigger]
        if any(a.dep_ == "prep" and a.lower_ in ("on", "about", "over", "to") for a in path):
            continue
        out.extend(p for p in tok.children if p.dep_ == "pobj")
    return out


def _ent_text(doc: Doc, tok: Token) -> str:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text
    return tok.text


def _venue_text(tok: Token) -> str:
    """ "the Green Zone compound" -> "Green Zone"; "the Iraqi prime minister's office" keeps its words."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        span = tok.doc[min(t.left_edge.i for t in names) : max(t.i for t in names) + 1]
    else:
        start = min([c.left_edge.i for c in tok.children if c.dep_ in ("poss", "compound")] + [tok.i])
        span = tok.doc[start : tok.i + 1]
    return re.sub(r"^(?:the|a|an)\s+", "", span.text, flags=re.I)


def _attached_date(doc: Doc, trigger: Token) -> DateExpr | None:
    """The date expression that belongs to a meeting word: one hanging from the word itself or its
    verb; else the only one of a sentence with only one meeting word."""
    sent = trigger.sent
    exprs = [d for d in date_expressions(doc) if sent.start_char <= d.start < sent.end_char]
    if not exprs:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    for d in exprs:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        anchor = root if root.pos_ in ("VERB", "AUX") else governing_verb(root)
        if trigger in root.ancestors or (verb is not None and anchor == verb) or root.head == trigger:
            return d
    if len(exprs) == 1 and sum(1 for _ in _sentence_triggers(sent)) <= 1:
        return exprs[0]
    return None


def _sentence_triggers(sent: Span):
    lex = load_lexicon()
    for tok in sent:
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nouns and tok.dep_ != "compound") or (
            tok.pos_ == "VERB" and tok.lemma_.lower() in lex.verbs
        ):
            yield tok


# -- merging --------------------------------------------------------------------------------------
def merge(doc: Doc, mentions: list[Mention]) -> list[Meeting]:
    """One meeting per real meeting: full mentions merge on same day + shared parties; partial ones
    (one side only, "the talks") join the meeting they refer to or are dropped."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if not m.full:
            continue
        target = _best_group(groups, m)
        if target is None:
            groups.append([m])
        else:
            target.append(m)
    for m in mentions:
        if m.full or not groups:
            continue
        target = _partial_target(groups, m)
        if target is not None:
            target.append(m)
    return [_meeting(doc, sorted(g, key=lambda x: x.trigger.i)) for g in groups]


def _countries(group: list[Mention]) -> set[str]:
    return set().union(*(m.countries for m in group))


def _best_group(groups: list[list[Mention]], m: Mention) -> list[Mention] | None:
    best, best_score = None, None
    for g in groups:
        if m.distinct and not m.definite:
            break
        keys = {x.date_key for x in g}
        if m.date_key not in keys:
            continue
        if not (m.countries & _countries(g)):
            continue
        people = {p for x in g for p in x.participants}
        shared = len(people & set(m.participants))
        if people and m.participants and not shared and not m.definite:
            continue
        label_words = {w for x in g for w in x.label.lower().split()}
        score = (shared, len(label_words & set(m.label.lower().split())), max(x.trigger.i for x in g))
        if best_score is None or score > best_score:
            best, best_score = g, score
    return best


def _partial_target(groups: list[list[Mention]], m: Mention) -> list[Mention] | None:
    """Label match first ("the sub-committee"), else the latest meeting before, else the first after."""
    ok = [g for g in groups if m.basis == "publication" or m.date_key in {x.date_key for x in g}]
    if not ok:
        return None
    words = set(m.label.lower().split()) - {m.trigger.lower_, m.trigger.lemma_.lower()}
    labelled = [g for g in ok if words & {w for x in g for w in x.label.lower().split()}]
    if labelled:
        ok = labelled
    before = [g for g in ok if min(x.trigger.i for x in g) < m.trigger.i]
    if before:
        return max(before, key=lambda g: max(x.trigger.i for x in g if x.trigger.i < m.trigger.i))
    return min(ok, key=lambda g: min(x.trigger.i for x in g))


def _evidence(tok: Token) -> Evidence:
    sent = tok.sent
    return Evidence(tok.idx, tok.idx + len(tok.text), sent.text, sent.start_char, sent.end_char)


def _meeting(doc: Doc, group: list[Mention]) -> Meeting:
    full = [m for m in group if m.full]
    first = full[0]
    dated = [m for m in group if m.basis == "explicit"] or [m for m in group if m.basis == "relative"] or full
    countries = sorted(_countries(group))
    participants: list[str] = []
    venue: list[str] = []
    descriptors: list[str] = []
    for m in group:
        participants += [p for p in m.participants if p not in participants]
        venue += [v for v in m.venue if v not in venue]
        descriptors += [d for d in m.descriptors if d not in descriptors]
    placed = next((m for m in group if m.location), None)
    kinds = [m.kind for m in group]
    kind = max(set(kinds), key=lambda k: (kinds.count(k), k == first.kind))
    return Meeting(
        countries=countries,
        evidence=_evidence(first.trigger),
        participants=participants,
        host=next((m.host for m in group if m.host), None),
        chair=next((m.chair for m in group if m.chair), None),
        location=placed.location if placed else None,
        location_country=placed.location_country if placed else None,
        venue=venue,
        date=dated[0].date,
        date_basis=dated[0].basis,  # type: ignore[arg-type]
        duration_minutes=next((m.duration for m in group if m.duration), None),
        descriptors=descriptors,
        kind=kind,
        label=first.label,
        mentions=[_evidence(m.trigger) for m in group],
    )


@Language.factory(
    "parley_meetings",
    assigns=["doc._.parley_meetings"],
    default_config={"dictionaries": []},
)
def make_meetings(nlp: Language, name: str, dictionaries: list[str]) -> MeetingFinder:
    """Factory of the `parley_meetings` component; `dictionaries` lists user dictionary directories."""
    return MeetingFinder(nlp, dictionaries)
