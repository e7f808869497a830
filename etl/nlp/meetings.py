"""The `parley_meetings` component: meetings that happened or are under way, one per real meeting.

Each meeting word ("talks", "met", "visiting", "summit") that the parse shows as factual becomes a
mention with its parties, date, place and characterisation; mentions of one meeting are then merged
(same day and overlapping parties, or an anaphoric "the talks").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from etl.nlp import gazetteer as gz
from etl.nlp.cues import TARGETING_GROUPS, CueLexicon, dictionary_paths
from etl.nlp.dates import DateExpr, published_date
from etl.nlp.doc_ext import ActorRef, dateline_at, doc_text, monitoring_post, register_extensions
from etl.nlp.meeting_events import KNOWN_VERBS, KnownMeeting, load_known, month_modifier, named_meeting
from etl.nlp.meeting_facts import HELD, PLANNED, meeting_status, stayed_away_from
from etl.nlp.meeting_merge import SURROUNDS, Mention, merge, split_plural
from etl.nlp.meeting_parts import (
    STATE_OWNED,
    CountryHit,
    DocIndex,
    MeetingLexicon,
    governing_verb,
    in_dateline,
    load_lexicon,
    noun_phrase,
    sentence_and_before,
    subject_of,
    with_conjuncts,
)
from etl.nlp.meeting_text import (
    PLACE_PREPS,
    attached_date,
    ent_text,
    label,
    near_publication,
    nested_places,
    past_own_date,
    sentence_dates,
    sentence_triggers,
    venue_text,
)
from etl.nlp.persons import PLAIN_HONORIFICS
from etl.nlp.speakers import person_nouns

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "65"

# Prepositions whose object is a party of the meeting ("talks with X", "between X and Y").
# Nouns of people sent by a state or body, whose "of"/"from" names it ("Representatives from Nigeria met").
SENT_PARTIES = frozenset({"representative", "delegate", "delegation", "envoy", "official", "team", "negotiator"})
PARTY_PREPS = {"with", "between", "among", "involving", "of", "by"}
# Relative pronouns whose antecedent is a meeting verb's object ("X, whom he met last week").
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
# Meeting nouns whose "of" names the topic, not a party ("their discussion of Syria").
TOPIC_OF_NOUNS = frozenset({"discussion", "discussions", "debate", "review"})
# Verbs whose passive agent are a meeting's parties ("the talks were attended by ministers from A and B").
ATTEND_VERBS = frozenset({"attend", "join"})
# Verbs of praising someone for what he did ("congratulated X on the summit"): the praiser took no part in it.
PRAISE_VERBS = frozenset({"congratulate", "commend", "praise", "applaud", "hail", "compliment"})
# Verbs of thanks, whose object did what the "for" phrase tells ("thanked X for his visit"; round 27).
THANK_VERBS = frozenset({"thank"})
# Verbs whose object, with the meeting as subject, are its parties ("the meeting involved delegates from A and B").
GATHER_VERBS = frozenset({"involve", "gather"})
# Nouns of a state's office holders, whose "from" names their state ("met his counterparts from France and Germany";
# "a session of the governors from the Group of Ten states", round 28).
STATE_PERSONS = frozenset(
    "counterpart minister leader diplomat ambassador official president premier secretary colleague governor "
    "deputy".split()
)
# Words that make a visit's visitor or host a state's body ("a Chinese government delegation").
POLITICAL_BODIES = frozenset("delegation government administration cabinet parliament leadership regime".split())
# Plural nouns that, with "both" or "two", stand for the two states just named ("both countries").
PAIR_NOUNS = frozenset("country nation side government state".split())
POLITICAL_VISIT_WORDS = frozenset("state official diplomatic presidential ministerial".split())
# Round 22: an accord of a group of states that meets (G5, G6, G7), named with its place, is the meeting that made it
# ("since the G6 pact in Paris last month", "the May 4 Bonn accord of the Group of Seven"); fresh Reuters stories of
# 1987 name the Louvre talks so more often than by a meeting word.
ACCORD_NOUNS = frozenset({"accord", "agreement", "pact"})
ACCORD = "accord"
# Verbs that make an accord: with them the accord's future is its talks' ("hope to reach an agreement in Venice").
ACCORD_MAKING = frozenset("reach sign conclude seek negotiate strike forge hammer agree finalise finalize".split())
# Meeting nouns that name a meeting only with "a"/"an" ("an informal gathering of EC finance ministers").
INDEFINITE_ONLY = frozenset({"gathering"})
OWN_DEPS = frozenset({"compound", "amod", "nmod", "poss"})  # a meeting noun's modifiers that name its side

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


class MeetingFinder:
    """Pipeline component: set `doc._.parley_meetings`."""

    def __init__(self, nlp: Language, dictionaries: list[str]) -> None:
        self.lex: MeetingLexicon = load_lexicon(tuple(dictionaries))
        self.cues = CueLexicon.load(dictionary_paths("cue_verbs.tsv", dictionaries))
        self.known = load_known(dictionaries)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in self.lex.phrases:
            self.phrases.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        if doc._.parley_meetings is None:
            doc._.parley_meetings = []
        if not len(doc):
            return doc
        index = DocIndex.for_doc(doc, self.lex)
        mentions: list[Mention] = []
        for tok, kind in self._triggers(doc):
            m = self._mention(doc, index, tok, kind)
            if m is not None:
                mentions.extend(split_plural(m, index))
        mentions = self._known_meetings(doc, index, mentions)
        doc._.parley_meetings = merge(doc, _told_arrivals(mentions), self.lex)
        return doc

    # -- meetings named by their place alone ------------------------------------------------------
    def _known_meetings(self, doc: Doc, index: DocIndex, mentions: list[Mention]) -> list[Mention]:
        """A known meeting (`known_meetings.tsv`) the text names by its place or venue after it was held: a
        meeting word of that place ("the recent Paris meeting", "their February talks in Paris") is that meeting,
        and so is the past of a joint act done there ("the range agreed in Paris in February"), when nothing in
        the phrase makes it another: no party outside its members, no organisation, no date away from its days,
        no plan for the future (round 24)."""
        pub = published_date(doc)
        known = [k for k in self.known if pub is not None and k.referred(pub, doc_text(doc))] if self.known else []
        if not known or pub is None:
            return mentions
        triggers = {m.trigger.i for m in mentions}
        for m in mentions:
            if m.trigger.lemma_.lower() in ACCORD_NOUNS:
                continue  # "the Louvre accord" is no meeting (the gold's convention)
            event = named_meeting(m.trigger, known)
            if event is not None and self._is_known(doc, m, event, pub):
                self._as_known(index, m, event)
                continue
            # "last month's G-6 meeting": its members, with a date of its days, name it as well as its place
            event = next((k for k in known if m.states == k.members and m.location in (None, k.place)), None)
            if event is not None and _own_date_expr(doc, m.trigger) is not None and self._is_known(doc, m, event, pub):
                self._as_known(index, m, event)
        added = []
        for tok in doc:
            if tok.i in triggers or tok.pos_ != "VERB" or tok.lemma_.lower() not in KNOWN_VERBS:
                continue
            event = named_meeting(tok, known) if tok.tag_ in ("VBD", "VBN") else None
            if event is None and tok.tag_ == "VBN" and tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
                event = named_meeting(tok.head, known)  # "In Paris, X are believed to have agreed" (round 26)
            if event is None or not _only_members(index, _subject_phrase(tok), event, self.lex, _year_of(doc)):
                continue
            m = self._new_mention(doc, tok, "meeting")
            self._date(doc, m)
            if self._is_known(doc, m, event, pub):
                self._as_known(index, m, event)
                added.append(m)
        return sorted(mentions + added, key=lambda m: m.trigger.i) if added else mentions

    def _is_known(self, doc: Doc, m: Mention, event: KnownMeeting, pub: dt.date) -> bool:
        if m.dateline_place or m.future:
            return False
        if m.states - event.members - {event.host}:
            return False  # "talks in Paris between France and Iran" (the host's state came with its place)
        if not all(_group_within(self.lex, g, _year_of(doc), event) for g in m.igos):
            return False  # "the OECD meeting in Paris", "the Paris meeting of the G-7"
        expr = _own_date_expr(doc, m.trigger)
        month = month_modifier(m.trigger) if expr is None else None
        if not (event.fits(expr, pub) and (month is None or event.fits_words(month, pub))):
            return False
        # a plan or a cancellation is the known meeting's only with a date of its days ("since their February
        # talks in Paris" under "will gather"): "hope to hold a meeting in Paris" is a new one
        return m.status == HELD or expr is not None or month is not None

    @staticmethod
    def _as_known(index: DocIndex, m: Mention, event: KnownMeeting) -> None:
        m.countries, m.igos = set(event.members), set()
        m.date, m.basis, m.date_key = event.last.isoformat(), "relative", event.last.isoformat()
        m.status, m.status_cue, m.future = HELD, None, False
        m.location, m.location_country = event.place, event.host
        m.host = index.state_name(event.host)
        m.placed, m.with_only, m.open_side, m.council, m.known = None, False, False, False, True

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
            key = lex.noun_key(tok)
            if key is not None:
                if any(lex.pairs["not_before"].get(c.lower_) == key for c in tok.children if c.dep_ == "compound"):
                    continue
                if tok.i + 1 < len(doc) and lex.pairs["not_after"].get(doc[tok.i + 1].lower_) == key:
                    continue
                if key in INDEFINITE_ONLY and not _gathering_of_officials(tok):
                    continue  # "the gathering" points back; "a gathering of businessmen" is an audience (round 28)
                head = tok.head
                # "summit meeting": one mention, named by its head word but of the modifier's kind.
                if tok.dep_ == "compound" and lex.noun_key(head) is not None:
                    out[head.i] = (head, lex.nouns[key])
                    continue
                out.setdefault(tok.i, (tok, lex.nouns[key]))
            elif tok.pos_ == "VERB" and lex.has("with_party", lemma) and _by_medium(tok, lex):
                out[tok.i] = (tok, "phone_call")  # "spoke today by phone with X": a call, whatever stands between
            elif tok.pos_ == "NOUN" and lemma == "call" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "pay":
                out[tok.i] = (tok, "visit")  # "paid a call on the Fund's chief" (round 26)
            elif tok.pos_ == "NOUN" and lex.has("call_noun", lemma) and _call_noun(tok, lex):
                out[tok.i] = (tok, lex.pairs["call_noun"][lemma])  # "had a productive call", "during the call"
            elif tok.pos_ == "VERB" and lex.has("joint_only", lemma):
                out[tok.i] = (tok, "meeting")  # "X and his Spanish counterpart Y agreed to ...", see `_verb_meets`
            elif tok.pos_ == "VERB" and lemma in lex.verbs:
                # "reforms to meet external problems": an object that no party can be
                if not any(
                    c.dep_ == "dobj" and lex.pairs["not_object"].get(c.lemma_.lower()) == lemma for c in tok.children
                ):
                    out[tok.i] = (tok, lex.verbs[lemma])
            elif tok.pos_ == "NOUN" and lemma in ACCORD_NOUNS and _placed_accord(tok):
                out[tok.i] = (tok, ACCORD)  # "last month's Group of Six agreement in Paris": see `_mention`
            elif tok.lemma_ == "be" and self._visit_copula(tok):
                out[tok.i] = (tok, "visit")
            elif tok.lemma_ == "arrive" and tok.pos_ == "VERB" and _visit_arrival(tok):
                out[tok.i] = (tok, "visit")
            elif (
                lemma == "return"
                and _return_from_abroad(tok)
                # ("on his return from London", the talks of his sentence held there: a return from those talks)
                and not any(lex.nouns.get(lex.noun_key(t) or "", "visit") != "visit" for t in tok.sent if t != tok)
            ):
                out[tok.i] = (tok, "visit")  # "since her return from the Soviet Union" (round 31)
            elif tok.pos_ == "NOUN" and lemma == "conference" and _delegates_conference(tok):
                out[tok.i] = (tok, "meeting")  # "told a conference of ASEAN foreign ministers" (round 26)
        return [out[i] for i in sorted(out)]

    @staticmethod
    def _visit_copula(tok: Token) -> bool:
        """ "When he was in Tokyo", "Straw was in Tokyo": a person's presence in a foreign place, read as
        a visit (one in his own country has a single party and is dropped)."""
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        # "In Tokyo, he is due to meet bankers": a predicate of its own makes the place no presence
        if any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "oprd") for c in tok.children):
            return False
        if any(_on_the_way(c) for c in tok.children):
            return False  # "X is in Fiji on his way back from Seoul": a stop in transit, not a visit
        if any(c.dep_ == "prep" and any(g.lemma_.lower() in LEISURE_NOUNS for g in c.children) for c in tok.children):
            return False  # "while Mr Blair was still on holiday in Egypt": a private stay (round 23)
        return _person_in_a_place(subj, tok)

    # -- one mention ------------------------------------------------------------------------------
    def _mention(self, doc: Doc, index: DocIndex, trigger: Token, kind: str) -> Mention | None:
        status, cue = meeting_status(trigger, self.lex)
        m = self._new_mention(doc, trigger, kind)
        if cue is not None:
            m.status, m.status_cue = status, (cue.idx, cue.idx + len(cue.text))
        self._date(doc, m)
        sides: list[tuple[str, list[Token]]] = []  # (how the party is attached, its tokens)
        places: list[Token] = []
        destination: list[Token] = []
        if trigger.pos_ in ("VERB", "AUX"):
            lemma = trigger.lemma_.lower()
            if (kind == self.lex.verbs.get(lemma) or self.lex.has("joint_only", lemma)) and not self._verb_meets(
                index, trigger
            ):
                return None  # "welcomed the decision", "called for talks", "what we are talking about"
            if _habitual(trigger):
                return None  # "he talks with the Treasury chief now and then": a habit
            self._verb_sides(trigger, kind, sides, places, destination, index)
            if self.lex.has("joint_only", lemma):
                sides.append(("subject", _agent_list(trigger)))  # "was signed by X and Y" (round 27)
            if m.status != HELD and _organisation_sitting(index, trigger, _subject_phrase(trigger)):
                span = m.status_cue
                inside = {t.idx for t in trigger.subtree}
                if span is not None and span[0] not in inside:
                    # "A and B failed to settle it when the Organization met in May": the main clause's plan or
                    # failure is not the past sitting's (round 16)
                    m.status, m.status_cue = HELD, None
            if kind == "committee" and not any(toks for _, toks in sides if toks):
                return None
        else:
            gov = governing_verb(trigger)
            if gov is not None and (_habitual(gov) or _years_long(gov)):
                return None  # "such talks are regularly held": a habit; "have been under way for three years"
            self._noun_sides(index, m, sides, places, destination)
            if kind != ACCORD:  # an accord's makers are in its own phrase, not its verb's subject ("G7 will review it")
                self._governor_sides(index, m, sides, places, destination)
            if kind == "talks" and not places and not destination and _after_talks(trigger):
                places.extend(_place_left(trigger))  # "has just left Riyadh after holding talks" (round 26)
            if kind == "visit" and not destination:
                left = _place_left(trigger)
                destination.extend(left)
                pub = published_date(doc)
                if left and m.status == PLANNED and m.date and pub and m.date < pub.isoformat():
                    # "gave ground before leaving Seoul yesterday at the close of a visit": left, so held
                    m.status, m.status_cue = HELD, None
            places.extend(nested_places(trigger))
        sides.append(("destination", destination))
        self._parties(index, m, sides)
        body = _commodity_body(index, trigger)
        if body is not None and m.states:  # "the London coffee talks" of a story on the ICO: its session (round 26)
            m.countries.add("IGO")
            m.igos.add(body)
            # (the city the talks are named by is their venue, not a party: "the London talks")
            m.countries -= {
                index.country[c.i].iso
                for c in trigger.children
                if c.dep_ == "compound"
                and c.ent_type_ == "GPE"
                and c.i in index.country
                and gz.mention_kind(c.text) == gz.CAPITAL
                and index.country[c.i].iso not in m.person_countries.values()
            }
        if not m.states and trigger.pos_ == "NOUN":
            state = _aid_group_state(index, trigger)
            if state is not None:
                m.countries |= {state, "IGO"}  # "a meeting of the aid group for Kenya" (round 24)
        if not m.countries and not m.participants and trigger.pos_ == "NOUN" and kind != ACCORD:
            m.countries |= self._group_before(index, m)
        m.countries = self._council_session(index, m, sides) or m.countries
        if kind == ACCORD:
            if not any(self.lex.meets_as_members(name) for name in m.igos):
                return None  # an accord is a meeting's only when a group of states that meets made it
            m.kind, m.owners = "meeting", set()
            gov = governing_verb(trigger)
            if m.status != HELD and (gov is None or gov.lemma_.lower() not in ACCORD_MAKING) and not m.future:
                m.status, m.status_cue = HELD, None  # "whether the Paris accord included ranges": it exists
        if m.together:
            return None  # states on one side of talks with private counterparts: no meeting between them
        if m.with_only and not m.private_side:
            self._reporter_side(index, m)
        if not m.states and len(m.igos) == 1 and not m.with_only:
            # "the ICO executive board's session this week ... Brazilian delegate X said": an organisation's session
            # is that of the states whose delegates the story quotes, with the organisation (the gold's ICO talks;
            # round 24)
            delegates = _delegates_states(index)
            if delegates:
                m.countries |= delegates
                m.host = m.host or next(iter(m.igos))
        if m.owners and not m.states and len(m.igos - m.owners) < 2:
            return None  # "the IMF and World Bank talks", "the IMF committee meeting": its own body's, no two sides
        if self.lex.has("addressee_verb", trigger.lemma_.lower()) and trigger.pos_ == "VERB":
            if not m.full:
                return None  # "X told President Y" is a conversation of two states, not a partial mention to join
            m.retold = True
        if self.lex.pairs["person_object"].get(trigger.lemma_.lower()) == "host" and m.host is None:
            m.host = self._subject_state(index, sides)  # "X welcomed Y to the White House": X's side hosts
        if kind == "visit" and not self._political(index, m, sides):
            return None  # "the visit of Switzerland" to a football ground: no political party visits
        if m.kind != "phone_call":  # a call has no place ("spoke by phone with X on the situation in Ukraine")
            self._place(doc, index, m, places, destination)
        self._details(doc, m)
        return m

    def _new_mention(self, doc: Doc, trigger: Token, kind: str) -> Mention:
        """The mention of a meeting word, with its label and whether it is definite ("the talks") or
        marked as distinct from the others ("separate talks")."""
        lex = self.lex
        m = Mention(trigger=trigger, kind=kind, label=label(trigger, lex))
        is_verb = trigger.pos_ in ("VERB", "AUX")
        m.definite = not is_verb and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those"))
            for c in trigger.children
        )
        prefix = doc[trigger.left_edge.i : trigger.i].text.lower() if not is_verb else ""
        m.distinct = any(
            lex.has("distinct", w) for w in re.findall(r"[a-z]+(?:\s?-\s?[a-z]+)*", prefix.replace(" - ", "-"))
        )
        return m

    def _verb_meets(self, index: DocIndex, verb: Token) -> bool:
        """Whether a meeting verb reports a meeting here: one that needs a person as object has one
        ("hosted Prime Minister X", not "welcomed the decision"), one that needs a "with" party has one
        ("talked with Baker", "spoke on Friday with X", not "what we are talking about")."""
        lemma = verb.lemma_.lower()
        if self.lex.has("person_object", lemma) and not self._person_object(index, verb):
            return False
        if lemma == "reach":
            # round 30: parties by name only ("finance ministers of six states reached the accord" tells a known
            # meeting undated, so it is left to the known meetings)
            return _parties_reached_agreement(index, verb, self.lex)
        if self.lex.has("joint_only", lemma) and self._group_agreed_there(index, verb):
            return True  # "Six industrialised nations agreed in Paris last month to ..." (round 22)
        if self.lex.has("joint_only", lemma) and self._council_agreed(index, verb):
            return True  # "European Community agriculture ministers agreed to extend the milk year" (round 28)
        if self.lex.has("joint_only", lemma):
            # "X and his Spanish counterpart Y agreed to set up a body", "X and Y signed the accord"; not a concurrence
            # ("X and Y agreed with the President that ..."), which may be told apart
            joint_act = any(c.dep_ in ("xcomp", "dobj") for c in verb.children) and not any(
                c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children
            )
            if joint_act and self._joint_subject(index, verb, clause=True):
                return True
            if lemma == "sign" and _states_signed(index, verb):
                return True  # "Nigeria and France have signed a bilateral agreement" (round 29)
            # "The accord was signed here today by the visiting Indonesian Finance Minister X and Ex-Im Bank
            # President Y": the agents of a passive joint act, persons of two countries (round 27)
            # (not when a meeting word of the same sentence tells the talks: "signed by X and Y following talks")
            return _joint_agents(index, verb) and not any(self.lex.noun_key(t) is not None for t in verb.sent)
        if self.lex.has("addressee_verb", lemma):
            return _official_addressed(index, verb)
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "discussed X with Y"
        return (
            not self.lex.has("with_party", lemma)
            or any(c.dep_ == "prep" and c.lower_ == "with" for h in heads for c in h.children)
            or _setting_with(verb) is not None
            or _stray_with(verb) is not None  # ("spoke today with X to discuss ...": "with" parsed as a mark; round 21)
            or (self.lex.has("to_party", lemma) and self._person_addressed(index, verb))
            or (self.lex.has("joint_subject", lemma) and self._joint_subject(index, verb))
        )

    def _council_agreed(self, index: DocIndex, verb: Token) -> bool:
        """The ministers of an organisation whose council is its members' (`council` in igo_members.tsv) as the
        subject of a joint act ("European Community agriculture ministers agreed to extend ...", "EC foreign ministers
        agreed that ..."): their session, whose parties are the members the text names (`_council_session`)."""
        for subj in subject_of(verb):
            for tok, hit in index.hits(_subject_phrase_of(subj)):
                if hit.iso == "IGO" and _igo_name(hit, tok) in self.lex.councils and _council_of(tok, subj):
                    return True
        return False

    def _group_agreed_there(self, index: DocIndex, verb: Token) -> bool:
        """A group of states that meets (`igo_members.tsv`, not an organisation with bodies) as the subject of a
        joint act done in a named place ("the G-6 agreed in Paris in late February", "Six industrialised nations
        agreed in Paris last month"): their meeting there (round 22; the 1987 stories name the Louvre talks so)."""
        if not any(_in_a_place(c) for c in verb.children):
            return False
        for subj in subject_of(verb):
            for tok, hit in index.hits(_subject_phrase_of(subj)):
                if hit.iso == "IGO" and self.lex.meets_as_members(_igo_name(hit, tok)):
                    return True
        return False

    @staticmethod
    def _person_addressed(index: DocIndex, verb: Token) -> bool:
        """ "The Prime Minister spoke to President X": a named person (or a title standing for one) after
        "to" is the other side of a conversation; "spoke to reporters" or "to the House" is no party."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (p for p in prep.children if p.dep_ == "pobj"):
                for head in with_conjuncts(obj):
                    if any(index.person_at(t) is not None for t in noun_phrase(head)):
                        return True
                    if index.resolve_title(head) is not None:
                        return True
                    if head.tag_ == "NNS" and head.lemma_.lower() in ADDRESSED_OFFICIALS and _setting_places(verb):
                        return True  # "spent two days in Washington talking to government officials" (round 26)
        return False

    @staticmethod
    def _joint_subject(index: DocIndex, verb: Token, clause: bool = False, heads: list[Token] | None = None) -> bool:
        """ "President X of France and President Y of Germany spoke today": a conversation of the two
        when the coordinated subject holds persons of two different countries and the verb takes no
        object or clause of what was said ("X and Y spoke of a new era" still qualifies: no object). A verb
        of a joint act (`clause`: "X and his Spanish counterpart Y agreed to set up a body") may take one."""
        if not clause and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
            return False
        subjects = heads if heads is not None else subject_of(verb)
        countries: set[str] = set()
        for head in subjects:
            # ("The President and Prime Minister X spoke today on ...": a bare title is the issuer's; round 25)
            issuer = index.issuing_state(head) if index.person_at(head) is None else None
            person = (
                None
                if issuer is not None
                else next((a for t in noun_phrase(head) if (a := index.person_at(t)) is not None), None)
            )
            officials = _officials_of_states(index, head) if clause else set()
            if issuer is not None:
                countries.add(issuer)
            elif person is not None and person.country:
                countries.add(person.country)
            elif officials:
                countries |= officials  # "the prime ministers of A, B and C signed the accord"
            elif not (clause and person is not None):
                # (a name of no known country may stand beside the titles: "the foreign ministers of A and B,
                # X and Y, signed")
                return False
        return len(countries) >= 2

    @staticmethod
    def _person_object(index: DocIndex, verb: Token) -> bool:
        """Whether a verb that is a meeting only with a person ("hosted", "welcomed", "called") has one as
        its direct object: a named person, a person pronoun or a title standing for a person named
        before; not a predicate after it ("called him a liar")."""
        # ("called President X of Y", parsed as a predicate "called him a liar" is, is a call to X)
        named = [
            c
            for c in verb.children
            if _person_predicate(c)
            # (a person the actor stage knows, whatever the tagger's label: "Secretary X called Nigerian President
            # Y", round 25)
            or (c.dep_ in ("oprd", "attr") and c.pos_ == "PROPN" and index.person_at(c) is not None)
        ]
        # (a to-infinitive of purpose is no predicate: "Prime Minister X called the President today to provide an
        # update"; round 24)
        purpose = [c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
        if any(c.dep_ in ("oprd", "attr", "ccomp", "xcomp") and c not in named + purpose for c in verb.children):
            return False
        guest = _misparsed_object(verb)
        objs = [c for c in verb.children if c.dep_ == "dobj"] + named + ([guest] if guest is not None else [])
        for obj in objs:
            for head in with_conjuncts(obj):
                # (a possessor is not the guest: "welcomed President X's firm action")
                if any(index.person_at(t) is not None for t in _unpossessed(noun_phrase(head))):
                    return True
                if head.lower_ in ("him", "her") or index.resolve_title(head) is not None:
                    return True
                if index.issuing_state(head) is not None:  # "X called the President" in the White House's release
                    return True
        return False

    @staticmethod
    def _subject_state(index: DocIndex, sides: list[tuple[str, list[Token]]]) -> str | None:
        """The state of a hosting verb's subject (its person's country or the country it names), else of
        the place the guest came to ("welcomed X to the White House")."""
        for how, toks in sorted(sides, key=lambda side: side[0] != "subject"):
            if how not in ("subject", "venue"):
                continue
            for tok in toks:
                actor = index.person_at(tok)
                if actor is not None and actor.country:
                    return index.state_name(actor.country)
            for _tok, hit in index.hits(toks):
                if hit.iso != "IGO":
                    return index.state_name(hit.iso)
            issuer = index.issuing_state(toks[0]) if how == "subject" and toks else None
            if issuer is not None:
                return index.state_name(issuer)  # "The President hosted X" in the White House's readout
        return None

    def _verb_sides(
        self,
        verb: Token,
        kind: str,
        sides: list,
        places: list[Token],
        destination: list[Token],
        index: DocIndex | None = None,
    ) -> None:
        """A meeting verb ("met", "visited"): its subject and object are parties, a visit's object is
        where it went."""
        subject = _subject_phrase(verb)
        if (
            [t.lower_ for t in subject] == ["they"]
            and verb.dep_ == "advcl"
            and _names_someone(_clause_parties(verb.head))
        ):
            # "he passed the point to Chilean envoys when they met": the main clause's subject
            # and whom it addressed are the "they"
            sides.extend(("subject", toks) for toks in _clause_parties(verb.head))
        elif index is not None and _organisation_sitting(index, verb, subject):
            # "A and B clashed over quotas when the Coffee Organization met in May": the states of the main
            # clause's subject acted at the organisation's meeting, so they met it (round 16)
            sides.append(("subject", subject))
            sides.append(("subject", _main_subject(verb)))
        else:
            sides.append(("subject", subject))
        guest = _misparsed_object(verb)
        if guest is not None:
            sides.append(("object", noun_phrase(guest)))
        for c in verb.children:
            self._child_side(verb, c, kind, sides, places, destination)
        stray = _stray_with(verb) or _setting_with(verb) or _with_as_subject(verb)
        if stray is not None:  # "met today with Foreign Minister X in New York", "with" misparsed as a clause's mark
            sides.append(("with", noun_phrase(stray)))
            places.extend(_party_places(verb, stray))
        places.extend(_party_places(verb, guest))
        if kind == "phone_call":
            self._call_sides(verb, sides, places, destination)
        places.extend(_setting_places(verb))

    def _child_side(
        self, verb: Token, c: Token, kind: str, sides: list, places: list[Token], destination: list[Token]
    ) -> None:
        """What one child of a meeting verb adds: a visit's destination, an object party, a "with" or "to" party,
        the place a guest came to."""
        if c.dep_ in ("dobj", "attr") and kind == "visit":
            if c.lower_ == "which" and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
                c = verb.head  # "Norway, which he visited two weeks ago": the antecedent (round 22)
            destination.extend(noun_phrase(c))
        elif c.dep_ == "dobj" and self.lex.has("with_party", verb.lemma_.lower()):
            # "discussed the deployment of missiles with X": the object is the topic; a "with" the
            # parse hung on it names the party
            for prep in (p for p in c.children if p.dep_ == "prep" and p.lower_ == "with"):
                self._prep(prep, sides, places, destination, kind)
        elif c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
            # "Finance Minister X, whom he met last week": the relative pronoun's antecedent (round 21)
            sides.append(("object", _subject_phrase_of(verb.head)))
        elif (
            c.dep_ == "dobj"
            or _person_predicate(c)
            # ("called Nigerian President Y", Y parsed as a predicate: `_person_object` found him a person; round 25)
            or (c.dep_ == "oprd" and c.pos_ == "PROPN" and self.lex.has("person_object", verb.lemma_.lower()))
        ):
            sides.append(("object", _subject_phrase_of(c)))  # "met officials of Peru": Peru's
        elif c.dep_ == "prep" and c.lower_ == "to" and self.lex.has("to_party", verb.lemma_.lower()):
            self._prep(c, sides, places, destination, "phone_call")  # "spoke to President X": a party
        elif c.dep_ == "prep" and c.lower_ == "to" and self.lex.pairs["person_object"].get(verb.lemma_.lower()):
            # "welcomed X to the White House": where the guest came, and its state a party (the host's)
            objs = [p for p in c.children if p.dep_ == "pobj"]
            places.extend(objs)
            sides.append(("venue", [t for o in objs for t in noun_phrase(o)]))
        elif c.dep_ == "prep" and c.lower_ == "in" and kind == "visit" and verb.lemma_.lower() == "arrive":
            destination.extend(t for o in c.children if o.dep_ == "pobj" for t in noun_phrase(o))  # "arrived in Peru"
        elif c.dep_ == "prep" and c.lower_ == "from" and kind == "visit" and verb.lemma_.lower() == "return":
            destination.extend(t for o in c.children if o.dep_ == "pobj" for t in noun_phrase(o))  # "returned from X"
        elif c.dep_ == "prep":
            for prep in with_conjuncts(c):  # "met with X of China and with Y of India"
                self._prep(prep, sides, places, destination, kind)

    def _call_sides(self, verb: Token, sides: list, places: list[Token], destination: list[Token]) -> None:
        """The callees the parse hangs off a call verb's path: "spoke by telephone with Chirac" (on
        "telephone"), "spoke on the telephone to X, and the leaders of Y and Z" (the
        later callees coordinated with the verb)."""
        for c in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "on", "over")):
            for p in (p for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep"):
                self._prep(p, sides, places, destination, "phone_call")
        for c in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")):
            owners = [p for x in c.children if x.dep_ == "prep" and x.lower_ == "of" for p in x.children]
            sides.append(("object", [t for x in [c, *owners] for t in noun_phrase(x)]))

    def _noun_sides(
        self, index: DocIndex, m: Mention, sides: list, places: list[Token], destination: list[Token]
    ) -> None:
        """A meeting noun's own modifiers ("Iran-Iraq talks"), prepositions and role clauses."""
        trigger = m.trigger
        own = [t for c in trigger.children if c.dep_ in OWN_DEPS for t in noun_phrase(c)] + _misparsed_pair(trigger)
        venue = _venue_compounds(trigger)
        if venue:  # "Trump's June 12 Singapore summit with Kim": a place before the noun is where (round 23)
            own = [t for t in own if t not in venue]
            places.extend(venue)
        named = [*_bracketed_name(trigger), *_adjacent_group(index, trigger)]
        sides.append(("self", own + [t for t in named if t not in own]))
        for c in trigger.children:
            if c.dep_ == "prep":
                self._prep(c, sides, places, destination, m.kind)
            elif c.dep_ in ("acl", "relcl"):
                self._role_clause(c, index, m, sides, places)
        stray = _stray_noun_with(trigger)
        if stray is not None:  # "opened talks in May with Korean officials to open ..." (round 31)
            sides.append(("with", noun_phrase(stray)))

    def _governor_sides(
        self, index: DocIndex, m: Mention, sides: list, places: list[Token], destination: list[Token]
    ) -> None:
        """The verb that governs a meeting noun: its subject ("X held talks"), its "with"/"between"
        parties, its place, and a host or chair it names ("Iraq hosted the meeting")."""
        trigger = m.trigger
        verb = self._governor(index, trigger)
        if verb is None:
            return
        # The verb's subject is a party when the meeting word is its object or under one of its
        # prepositions ("X held talks", "X said after a meeting"), not when the parse made the
        # word a coordinated clause of its own ("... took 15 years and talks with X have ...").
        arguments = ("dobj", "pobj", "attr", "oprd", "dative", "npadvmod")
        is_argument = (
            trigger.dep_ in arguments
            or (trigger.dep_ == "conj" and trigger.head.pos_ in ("NOUN", "PROPN"))
            # "told a World Bank (...) council session": the word hung on the name the parser made the object
            or (trigger.dep_ == "appos" and trigger.head.dep_ in arguments and bool(_bracketed_name(trigger)))
        )
        # (When the word sits inside the subject, "De Croo, here for talks, said", the subject
        # is still a party; "the first round of talks took place" has no country to add.)
        # (an earlier meeting that names both its sides, "following the October 16 call between President Trump and
        # President Putin", is not the verb's subject's: "Rubio spoke with Lavrov to discuss next steps following
        # the call between ...", round 21)
        own_pair = (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ in ("following", "after", "since")
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children)
        )
        # (round 24: "the Vice President congratulated His Majesty on the successful London meeting": a meeting one
        # praises another for is that other's, not the praiser's)
        praised = (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ in ("on", "for")
            and trigger.head.head == verb
            and verb.lemma_.lower() in PRAISE_VERBS | THANK_VERBS
        )
        if is_argument and not own_pair and not praised:
            # "Italy boycotted the meeting": the subject stayed away (see `_parties`)
            # ("X, who declined to attend the Paris session of the Group of Seven": round 28)
            absent = (self.lex.has("absent_verb", verb.lemma_.lower()) and trigger.dep_ == "dobj") or stayed_away_from(
                trigger, self.lex
            )
            sides.append(("absent" if absent else "subject", _subject_phrase(verb)))
            # "X discussed the need to control spending in talks with Y": the parse hangs the talks on an infinitive
            # of the object's noun, whose subject is the noun itself; the doer is the clause's subject (round 31)
            if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during", "at"):
                sides.append(("subject", _infinitive_owner(verb)))
            # "The accord was signed by X and Y after talks with Z": a passive verb's doers are the talks' side
            sides.append(("subject", _agent_phrase(verb)))
        else:
            self._attendance_sides(trigger, verb, sides, places, destination)
        sides.append(("context", self._addressed_in(trigger, verb)))
        # ("Talks are underway between Zaire and the IMF": the parties hang on the predicate of the talks; round 32)
        predicate = [g for c in verb.children if c.dep_ == "acomp" and trigger.dep_ == "nsubj" for g in c.children]
        for c in predicate:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                self._prep(c, sides, places, destination, m.kind)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between") and trigger not in c.subtree:
                self._prep(c, sides, places, destination, m.kind)
            elif c.dep_ == "prep" and c.lower_ in PLACE_PREPS and trigger not in c.subtree:
                places.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "advmod" and c.lower_ == "here":
                places.append(c)
            elif c.dep_ == "dative" and c.lower_ == "to" and m.kind == "visit" and verb.lemma_.lower() == "pay":
                self._prep(c, sides, places, destination, m.kind)  # "paid a call in X to the Fund's chief"
        self._verb_role(index, m, verb, sides)

    def _attendance_sides(
        self, trigger: Token, verb: Token, sides: list, places: list[Token], destination: list[Token]
    ) -> None:
        """ "The meeting was attended by representatives from A, B and C": those who attended, the passive agent of
        an attending verb (`ATTEND_VERBS`) whose subject is the meeting word, are its parties (round 14)."""
        lemma = verb.lemma_.lower()
        if trigger.dep_ == "nsubj" and (
            lemma in GATHER_VERBS or (lemma == "bring" and any(c.lower_ == "together" for c in verb.children))
        ):
            # "The meeting involved delegates from Britain, Switzerland and Japan", "the talks brought together
            # ministers of A and B": the meeting as subject of a verb of who took part (round 24)
            # (the parser hangs "from Britain, ..." on the verb as often as on the delegates)
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                heads = with_conjuncts(obj)
                owners = [
                    p
                    for x in [*heads, verb]
                    for c in x.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
                sides.append(("attendees", [t for x in heads + owners + _included(owners) for t in noun_phrase(x)]))
            return
        if trigger.dep_ != "nsubjpass" or lemma not in ATTEND_VERBS:
            return
        for c in verb.children:
            if c.dep_ == "agent":
                self._prep(c, sides, places, destination, "meeting")

    def _governor(self, index: DocIndex, trigger: Token) -> Token | None:
        """The verb governing a meeting noun, unless it is a meeting verb of its own ("After the meeting,
        X met Y": the noun only dates another meeting)."""
        gov = governing_verb(trigger)
        if gov is None or gov == trigger:
            return None
        if trigger.dep_ == "pobj" and gov.lemma_.lower() in self.lex.verbs and self._verb_meets(index, gov):
            return None
        return gov

    def _addressed_in(self, trigger: Token, verb: Token) -> list[Token]:
        """ "In talks last week, the U.S. criticised Japan's fiscal policy": whom the subject addressed,
        criticised or praised in the talks (used as the other party only when they name no second state)."""
        if not (
            trigger.dep_ == "pobj" and trigger.head.head == verb and self.lex.has("presuppose", trigger.head.lower_)
        ):
            return []
        if _attended_by(trigger):
            # "X briefed the ICO board after a meeting attended by eight producers": a meeting of others, which
            # the noun names as its own; the addressee was not there (round 14b)
            return []
        if self.cues.group(verb) not in TARGETING_GROUPS:
            # "U.S. officials gave the same message to Foreign Minister X in talks last week": a named person the
            # subject conveyed something to in the talks is on their other side, whatever the verb (round 16)
            # (the parse may hang the "to" on the object: "gave [the same warning to X]")
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            return [
                t
                for h in holders
                for c in h.children
                if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                for o in c.children
                if o.dep_ == "pobj" and any(w.ent_type_ == "PERSON" for w in noun_phrase(o))
                for t in noun_phrase(o)
            ]
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return [t for o in objects for t in noun_phrase(o)]

    def _verb_role(self, index: DocIndex, m: Mention, verb: Token, sides: list) -> None:
        """A hosting or chairing verb names the host or chair ("Iraq hosted the meeting", "the talks
        were chaired by Egypt")."""
        lemma = verb.lemma_.lower()
        if not (self.lex.has("host_verb", lemma) or self.lex.has("chair_verb", lemma)):
            return
        if m.trigger.dep_ == "dobj":
            self._set_role(index, m, lemma, subject_of(verb), sides)
        elif m.trigger.dep_ == "nsubjpass":
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            self._set_role(index, m, lemma, agents, sides)

    def _prep(self, prep: Token, sides: list, places: list[Token], destination: list[Token], kind: str) -> None:
        word = prep.lower_
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        if word == "of" and prep.head.lemma_.lower() in TOPIC_OF_NOUNS:
            return  # "In their discussion of Syria, NSA Rice reiterated ...": what they discussed (round 21)
        # ("a session of deputies from the G5 states", "a visit from the Chinese premier": a meeting
        # noun's own "from" names its party, a verb's is where someone came from; round 22)
        noun_from = word == "from" and prep.head.pos_ == "NOUN" and _own_from(prep, kind)
        if word == "from" and kind == "visit" and prep.head.lemma_.lower() == "return":
            destination.extend(t for o in objs for t in noun_phrase(o))  # "her return from the Soviet Union"
        elif (
            word in PARTY_PREPS or noun_from or (word == "to" and kind == "phone_call")
        ):  # "spoke on the telephone to X"
            for o in objs:
                heads = with_conjuncts(o)
                # "a session of trade ministers of both states", "met with his counterparts from France and
                # Germany": the persons' own "of"/"from" names them
                owners = [
                    p
                    for x in heads
                    for c in x.children
                    if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and _of_persons(x)))
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
                members = _included(heads + owners)
                sides.append((word, [t for x in heads + owners + members for t in noun_phrase(x)]))
                if word == "of":  # "meetings of the major industrial nations -- the U.S., Japan, ..." (round 31)
                    sides.append((word, [t for x in heads for t in _dash_list(x)]))
        elif word in ("to", "on") and kind == "visit" and prep.head.lemma_.lower() == "return":
            return  # "on his return to Tehran from Moscow": home, not the visit's place
        elif word in ("to", "on") and kind == "visit" and not _on_the_way(prep):  # "a visit to Japan", "a call on X"
            destination.extend(t for o in objs for t in noun_phrase(o))
        elif word in PLACE_PREPS:
            places.extend(objs)
            if prep.head.pos_ == "NOUN" and kind != "visit":
                # "a meeting at the American mission with the Soviet team": the parse hangs the meeting's "with" on
                # its place (round 31)
                for w in (c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "with"):
                    self._prep(w, sides, places, destination, kind)

    def _role_clause(self, clause: Token, index: DocIndex, m: Mention, sides: list, places: list[Token]) -> None:
        """ "talks chaired by Iraq", "talks hosted by X", "talks held in Baghdad"."""
        lemma = clause.lemma_.lower()
        agents = [
            p
            for c in clause.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for p in c.children
            if p.dep_ == "pobj"
        ]
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
            for _tok, hit in index.hits(toks):
                if hit.iso != "IGO":
                    name = index.state_name(hit.iso)
                    break
        issuer = index.issuing_state(toks[0]) if name is None and toks else None
        if issuer is not None:
            name = index.state_name(issuer)  # "The Vice President hosted a meeting" in the government's release
        if name is None:
            return
        if self.lex.has("chair_verb", lemma):
            m.chair = name
        m.host = m.host or name

    # -- parties, place, details ------------------------------------------------------------------
    def _parties(self, index: DocIndex, m: Mention, sides: list[tuple[str, list[Token]]]) -> None:
        side_countries: list[tuple[str, set[str]]] = []
        absent = {hit.iso for how, toks in sides if how == "absent" for _tok, hit in index.hits(toks)}
        for how, toks in sorted(sides, key=lambda side: side[0] == "context"):
            if how == "absent":
                continue
            if how == "context" and len({c for _, f in side_countries for c in f} - {"IGO"}) != 1:
                continue  # the addressee completes talks of one named state only
            before = len(m.participants)
            found = self._side_persons(index, m, toks, how) | self._side_countries(index, m, how, toks)
            if found:
                side_countries.append((how, found))
            elif len(m.participants) > before:
                m.open_side = True  # "the envoy discussed ...": a side of persons of no known country
            if how != "context" and any(self._private(t) for t in toks):
                m.private_side = True  # "talks between X and its creditor banks": the other side is named
        for how, found in side_countries:
            m.countries |= found - absent
            if how == "destination" and m.host is None and len(found) == 1:
                iso = next(iter(found))  # "a courtesy call on President Reagan", "a visit to the World Bank"
                m.host = index.state_name(iso) if iso != "IGO" else next(iter(sorted(m.igos)), None)
        if m.private_side and len(side_countries) == 1 and len(side_countries[0][1] - {"IGO"}) >= 2:
            # "A, B and C are pursuing talks with creditor banks", "commercial bank discussions with A, B and C":
            # the states named stand together on one side, private counterparts on the other (round 12)
            m.together = True
            return
        hows = {how for how, _ in side_countries}
        # "talks with Russia and Saudi Arabia" (and no one else): whoever talks with them is missing.
        m.with_only = bool(side_countries) and hows <= {"with"} and len(side_countries) == 1

    def _reporter_side(self, index: DocIndex, m: Mention) -> None:
        """ "A Colombian official said talks had just concluded with the World Bank", "U.S. officials said talks
        with Japan had made no progress": talks of which only the "with" side is named, told in a
        clause that a reporting verb's subject says, are that subject's state's talks. The subject's state (a
        person of known country, else a state or demonym its words name) completes the meeting when it is not
        the "with" side's own (round 11)."""
        cue = _reporting_verb(m.trigger, self.cues)
        if cue is None:
            return
        found: set[str] = set()
        words = _subject_phrase(cue)
        persons = False
        for tok in words:
            actor = index.person_at(tok)
            if actor is None and tok.pos_ == "PRON" and tok.dep_ == "nsubj":
                actor = index.resolve_pronoun(tok)
            if actor is None or actor.kind != "person":
                continue
            persons = True
            # (an office holder's: an analyst or a banker speaks for no state)
            if actor.country and any(r != "other" for r in actor.role):
                found.add(actor.country)
        # (a state's words stand for it, "U.S. officials", "Japan"; a name after "Mr" is a person's, whatever the
        # actors made of it: "Mr German said ... my discussions with X" names no German party)
        if not persons and not any(
            c.lower_ in PLAIN_HONORIFICS for w in words for c in w.children if c.dep_ == "compound"
        ):
            found = {
                hit.iso
                for tok, hit in index.hits(words)
                if hit.source in ("state", "demonym") and hit.iso != "IGO" and not self._of_private(tok)
            }
        if len(found) == 1 and not found <= m.countries:
            m.countries |= found
            m.with_only = False

    def _private(self, tok: Token) -> bool:
        """A common noun of private counterparts ("banks", "lenders", "bankers"), not a state's own ("the central
        bank"); or one such a noun modifies ("business leaders", "industry officials", "bank executives": round 12)."""
        if tok.pos_ != "NOUN":
            return False
        if self.lex.has("private_party", tok.lemma_.lower()):
            if _adjectival(tok):
                return False  # "the EC executive Commission", "its executive board": a body's, not a company's
            return not any(c.lower_ in STATE_OWNED for c in tok.children)
        return any(
            c.dep_ == "compound"
            and c.pos_ == "NOUN"
            and self.lex.has("private_party", c.lemma_.lower())
            and not _adjectival(c)
            and not any(g.lower_ in STATE_OWNED for g in c.children)
            for c in tok.children
        )

    def _of_private(self, tok: Token) -> bool:
        """Whether a state's name or adjective only modifies a noun of private counterparts: "Spanish" in "a
        Spanish pharmaceuticals company", "UK" in "UK bank Barclays", "Japan's" in "Japan's banks" name a
        company's country, not a party (round 11)."""
        if any(c.dep_ == "conj" and self.lex.has("private_party", c.lemma_.lower()) for c in tok.children):
            return False  # "talks with the IMF and creditor banks" parsed as one noun: a party beside the banks
        cur = tok
        # (through a coordination of modifiers: "U.S. and EC business leaders", round 12)
        while cur.dep_ == "conj" and cur.head.dep_ in ("amod", "compound", "nmod", "poss"):
            cur = cur.head
        while cur.dep_ in ("amod", "compound", "nmod", "poss") and cur.head != cur:
            cur = cur.head
            if self._private(cur):
                return True
        return False

    @staticmethod
    def _side_persons(index: DocIndex, m: Mention, toks: list[Token], how: str = "") -> set[str]:
        """The persons of one side (named, a pronoun, "the Crown Prince"), added to the participants;
        returns their countries."""
        found: set[str] = set()
        if toks and toks[0].lower_ == "their" and toks[0].dep_ == "poss" and toks[0].head == m.trigger:
            toks = _persons_before(index, toks[0]) or toks  # "made at their first summit": the two named before
        elif how == "subject" and _pair_anaphor(toks) and _own_subject(toks[0], m.trigger):
            # "an accord reached between X and Y when they met", "X praised Y. The two leaders met": the persons of two
            # countries named just before (round 15)
            toks = _persons_before(index, toks[0]) or _persons_in_sentence_before(index, toks[0]) or toks
        for tok in toks:
            actor = index.person_at(tok)
            # "his Iranian counterpart X" names X; only a pronoun that is itself the party counts.
            if actor is None and tok.pos_ == "PRON" and (tok.dep_ != "poss" or tok.head == m.trigger):
                # ("commended the Prime Minister for his historic visits": the one praised or thanked; round 27)
                actor = _praised_owner(index, tok, m.trigger) or index.resolve_pronoun(tok, exclude=m.participants)
                issuer = index.issuing_state(tok) if actor is None and tok.text == "I" else None
                if issuer is not None:
                    found.add(issuer)  # "This morning, I spoke with President X" in the President's own statement
                    m.issuer = issuer
                    continue
            elif actor is None and tok == toks[0] and tok.pos_ in ("NOUN", "PROPN"):
                actor, issuer = _title_party(index, tok, how, m.participants)
                if issuer is not None:
                    found.add(issuer)  # "The President spoke with X" in the White House's own readout
                    m.issuer = issuer
                    continue
            if actor is not None and actor.kind != "person":
                # "we"/"our" of a state's or body's statement is that party; "my", "I" is a person's word:
                # a statement misattributed to a state ("Mr German" read as Germany) names no party
                if tok.lower_ in ("we", "us", "our") and actor.country:
                    found.add(actor.country)
                continue
            if actor is not None:
                if actor.name not in m.participants:
                    m.participants.append(actor.name)
                if actor.country and index.person_private(actor):
                    continue  # "Bank of Tokyo adviser X", "X, head of Mitsui's branch": a private body's, no state's
                if actor.country:
                    found.add(actor.country)
                    m.person_countries[actor.name] = actor.country
                elif (igo := index.person_igo(actor)) is not None:
                    found.add("IGO")  # "after talks with President X, he said", he the World Bank's president
                    m.igos.add(igo)
        return found

    def _side_countries(self, index: DocIndex, m: Mention, how: str, toks: list[Token]) -> set[str]:
        """The states and organisations one side's words name."""
        found: set[str] = set()
        # (an active subject only: "It was announced after a meeting" names no one)
        if how == "subject" and [(t.lower_, t.dep_) for t in toks] == [("it", "nsubj")] and toks[0].head.lemma_ != "be":
            toks = index.body_before(toks[0])  # "It made the statement after talks with Japan": the body named before
        for tok in toks:
            # "a session of trade ministers of both states", "talks between the two sides"
            if _pair_word(tok):
                found |= index.pair_before(tok)
            elif tok.lemma_.lower() in PAIR_NOUNS and _between_the_plural(tok) and not index.groups_named():
                # (a bare plural reaches less far back, and may be a group's members: "the seven")
                found |= index.pair_before(tok, max_sentences=3)
            elif how == "self" and tok.lower_ == "bilateral" and tok.head.i == m.trigger.i and not index.groups_named():
                # "after several unsuccessful bilateral negotiations": the two states named just before (round 26)
                found |= index.pair_before(tok, max_sentences=3)
        found |= self._described_group(index, m, toks)
        for tok, hit in index.hits(toks):
            if (hit.source in ("state", "demonym") or hit.iso == "IGO") and self._of_private(tok):
                continue  # "talks with Spanish company X", "UK bank Y": a company's country is no party (round 11)
            if hit.source == "person" and hit.actor is not None and index.person_private(hit.actor):
                continue  # "Bank of Tokyo adviser X": a private body's person is no state's party (round 15)
            # A destination's state is added with the place (unless the city hosts an organisation).
            # ("a visit to the World Bank": the organisation a visitor calls on is a party; round 26)
            if hit.source != "place" and (how != "destination" or hit.source == "person" or _igo_visited(hit, tok)):
                members = self._members(hit, tok, how)
                found |= members
                if hit.iso == "IGO":
                    name = _igo_name(hit, tok) or tok.text
                    m.igos.add(name)
                    if how == "self" and not _paired(tok, index):
                        m.owners.add(name)  # "today's IMF interim committee meeting" (not "EC-Comecon talks")
                    elif how == "of" and _of_object(tok, m.trigger) and self._periodic(m.trigger):
                        m.owners.add(name)  # "the annual meeting of the IMF and World Bank": theirs (round 12)
                    if name in self.lex.bodies and "IGO" not in members:
                        m.host = m.host or name  # "ministers of the Gulf Cooperation Council opened a meeting"
        return found

    def _described_group(self, index: DocIndex, m: Mention, toks: list[Token]) -> set[str]:
        """ "Yesterday's meetings of leading industrial nations", "officials of the major industrialised countries
        held talks": a group of states described by a plural noun of states (`group_noun`) with an economic
        adjective (`group_adjective`), not named, is the one group of states that meets as its members
        (`igo_members.tsv`) the text names itself (the Group of Seven named in another sentence); its members are
        the side. None where the side names a state or organisation itself, or the text names no such group or
        several (round 14b)."""
        described = [
            t
            for t in toks
            if self.lex.has("group_noun", t.lemma_.lower())
            and t.tag_ in ("NNS", "NNPS")
            and t.i not in index.country
            and any(c.dep_ == "amod" and self.lex.has("group_adjective", c.lower_) for c in t.children)
            and all(self._group_modifier(c) for c in t.children if c.dep_ in ("amod", "conj"))
            and not any(c.dep_ == "nummod" for c in t.children)  # a number names its group itself (igos.tsv)
        ]
        if not described or any(t.i in index.country for t in toks):
            return set()
        groups = {name for name in index.groups_named() if name not in self.lex.bodies}
        if len(groups) != 1:
            return set()
        name = next(iter(groups))
        m.igos.add(name)
        return set(self.lex.members_of(name, _year_of(m.trigger.doc)))

    def _group_before(self, index: DocIndex, m: Mention) -> set[str]:
        """A meeting word that names no party in its sentence ("A statement put out after their two-day
        ministerial meeting said ...") after a sentence whose subject is a group of states that meets ("Foreign
        ministers of ASEAN said they want ..."): the group's meeting, its members (round 22). Only the sentence
        right before, and only when no state is named before the meeting word in its sentence or in its own phrase
        (what a communique of it said may name one: "... said Asean hoped for greater Japanese investment")."""
        sent, trigger = m.trigger.sent, m.trigger
        own = {t.i for t in trigger.subtree}
        if sent.start == 0 or any(
            hit.iso != "IGO" and (tok.i < trigger.i or tok.i in own) for tok, hit in index.hits(sent)
        ):
            return set()
        before = m.trigger.doc[sent.start - 1].sent
        for subj in (t for t in before if t.dep_ in ("nsubj", "nsubjpass")):
            for tok, hit in index.hits(_subject_phrase_of(subj)):
                if hit.iso != "IGO":
                    continue
                members = self._members(hit, tok, "subject")
                if len(members) >= 2 and "IGO" not in members:
                    m.igos.add(_igo_name(hit, tok) or tok.text)
                    return members
        return set()

    def _council_session(self, index: DocIndex, m: Mention, sides: list[tuple[str, list[Token]]]) -> set[str]:
        """ "EC agriculture ministers ended a three-day meeting", "a meeting of EC farm ministers", "the EC summit":
        a session of the ministers or leaders of an organisation whose council is its member states'
        (`council` in igo_members.tsv) is the meeting of the member states the text names as taking part: its
        named office holders' states and the states it names by name, not where the session sits ("in
        Luxembourg") and not every member (round 23: the tunable gold of three 1987 Council sessions). Nothing
        where fewer than two members are named, or a state of another party takes part ("Shultz's talks with EC
        foreign ministers": the organisation is one party, IGO). A member's own office holder meeting "his EU
        counterparts" is at the session too."""
        states = m.countries - {"IGO"}
        if m.trigger.pos_ == "NOUN":
            # "EC farm ministers backed a scheme at a meeting in Luxembourg", "X, who chairs the EC's council of
            # farm ministers, spoke to reporters after their meeting": the clause's subject
            sides = [*sides, ("clause_subject", _clause_subject(m.trigger))]
        for how, toks in sides:
            if how in ("destination", "absent"):
                continue
            for tok, hit in index.hits(toks):
                name = _igo_name(hit, tok) if hit.iso == "IGO" else None
                if name not in self.lex.councils or not _council_of(tok, m.trigger):
                    continue
                members = self.lex.council_members(name, _year_of(tok.doc))
                if not states <= members:
                    continue
                named = states | self._named_members(index, members)
                if len(named) >= 2:
                    m.igos.add(name)
                    if m.host is None or m.host == m.chair:
                        m.host = name  # the organisation hosts its session, its chairman chairs it
                    m.council = True
                    return named
        return set()

    @staticmethod
    def _named_members(index: DocIndex, members: frozenset[str]) -> set[str]:
        """The member states a text names as actors: its office holders' states ("Belgium's Paul de Keersmaeker",
        "Danish minister X"); where fewer than two, with the states it names by name ("Ireland and France continued
        to oppose the deal"), not a place something is in or at, a capital, nor the dateline's."""
        found = {
            a.country
            for a in index.by_name.values()
            if a.kind == "person" and a.country in members and any(r != "other" for r in a.role)
        }
        if len(found) >= 2:
            return found
        for i, hit in index.country.items():
            tok = index.doc[i]
            if hit.source != "state" or hit.iso not in members or in_dateline(tok):
                continue
            if (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS) or gz.mention_kind(tok.text) == gz.CAPITAL:
                continue  # "in Luxembourg", "the Treaty of Amsterdam": places
            found.add(hit.iso)
        return found

    def _group_modifier(self, adj: Token) -> bool:
        """An adjective of a described group alone ("leading industrial"), not one of a wider class ("industrial and
        developing nations": all states, rich and poor)."""
        return (self.lex.has("group_adjective", adj.lower_) or self.lex.has("group_rank", adj.lower_)) and not any(
            c.dep_ in ("conj", "cc") for c in adj.children
        )

    def _periodic(self, trigger: Token) -> bool:
        """ "annual", "semi-annual", "spring" before a meeting word: an organisation's own periodic meeting of its
        members (`periodic` in meeting_terms.tsv), not talks between the organisations named after it."""
        prefix = trigger.doc[trigger.left_edge.i : trigger.i].text.lower().replace(" - ", "-")
        return any(self.lex.has("periodic", w) for w in re.findall(r"[a-z]+(?:-[a-z]+)*", prefix))

    def _political(self, index: DocIndex, m: Mention, sides: list[tuple[str, list[Token]]]) -> bool:
        """Whether a visit has a political party: an international organisation, a named person with a
        political role, a state's body or office holder named by a noun ("delegation", "minister"), or a
        capital standing for its state; states named alone visit each other in sports, not politics. A
        "private visit" is one only with a named host of the visited side."""
        if "IGO" in m.countries or any(w in POLITICAL_VISIT_WORDS for w in m.label.lower().split()):
            return True
        if "private" in m.label.lower().split():
            return len(set(m.person_countries.values())) > 1
        for name in m.participants:
            actor = index.by_name.get(name)
            if actor is not None and any(r != "other" for r in actor.role):
                return True
        nouns = person_nouns() | POLITICAL_BODIES
        for _how, toks in sides:
            for tok in toks:
                if tok.lemma_.lower() in nouns or (tok.i in index.country and gz.mention_kind(tok.text) == gz.CAPITAL):
                    return True
        return False

    def _members(self, hit: CountryHit, tok: Token, how: str = "") -> set[str]:
        """A party's countries: a group of states that meets as its members (G7, G8, E3: `igo_members.tsv`)
        stands for them, on either side ("spoke with G7 foreign ministers", "talks with other G8 finance
        ministers": the gold lists the members; round 21, where a group on the "with" side had stayed IGO since
        round 9); an organisation with bodies of its own (`body`: the GCC) stands for its members only when its
        own members meet, and is one party, IGO, on the "with" side of someone's talks; any other organisation is
        the one pseudo-country IGO."""
        if hit.iso == "IGO":
            name = _igo_name(hit, tok)
            if name in self.lex.members and (how != "with" or name not in self.lex.bodies):
                return set(self.lex.members_of(name, _year_of(tok.doc)))
        return {hit.iso}

    def _place(self, doc: Doc, index: DocIndex, m: Mention, places: list[Token], destination: list[Token]) -> None:
        """Where the meeting was: the places its words name, else a holding verb's place, else the
        dateline; then the host and parties that the place implies."""
        seats = self.lex.pairs.get("igo_seat", {})
        for tok in [*destination, *places, *self._place_compounds(doc, m)]:
            if tok.lower_ == "here":
                self._here(doc, m)
            else:
                self._named_place(doc, index, m, tok, destination, seats)
        if m.location is None:
            self._held_in(doc, m)
        if m.location is None and any(c.dep_ == "advmod" and c.lower_ == "here" for c in m.trigger.children):
            self._here(doc, m)  # "following weekend talks here": the dateline's place, whatever the talks' day
        if (
            m.location is None
            and doc._.parley_dateline
            and near_publication(doc, m)
            and self._anchored(m)
            and not monitoring_post(doc)
        ):
            self._dateline_place(doc, m, seats)
        self._place_parties(index, m, seats)

    def _anchored(self, m: Mention) -> bool:
        """Whether a mention tells a meeting as an event the dateline can place: a meeting verb, a named participant,
        a visit, a meeting noun held, attended or under way ("held talks", "the talks ended", "after talks with X");
        not talks named only as a topic ("adopted a tough stance on external debt negotiations")."""
        trigger = m.trigger
        if trigger.pos_ in ("VERB", "AUX") or m.participants or m.kind == "visit":
            return True
        verb = governing_verb(trigger)
        if verb is None or trigger.dep_ in ("nsubj", "nsubjpass"):
            return True
        lemma = verb.lemma_.lower()
        return (
            lemma in HOLD_VERBS
            or self.lex.has("event_verb", lemma)
            or lemma in self.lex.verbs
            or (trigger.dep_ == "pobj" and self.lex.has("presuppose", trigger.head.lower_))
        )

    def _place_compounds(self, doc: Doc, m: Mention) -> list[Token]:
        """ "London talks" names a place; "Uruguay round negotiations" names a round, not a place."""
        names = self.lex.sets.get("name_head", set())
        return [
            c
            for c in m.trigger.children
            if c.dep_ == "compound" and c.lemma_.lower() not in names and doc[c.i + 1].lower_ not in names
        ]

    @staticmethod
    def _here(doc: Doc, m: Mention) -> None:
        """ "talks here": the dateline's place."""
        if doc._.parley_dateline and m.location is None:
            place = str(dateline_at(doc, m.trigger.idx))
            region = doc._.parley_dateline_region if place == doc._.parley_dateline else None
            m.location = place.title() if place.isupper() else place
            m.location_country = gz.dateline_country(place, region)

    def _named_place(
        self, doc: Doc, index: DocIndex, m: Mention, tok: Token, destination: list[Token], seats: dict[str, str]
    ) -> None:
        """The first known place under `tok` (a venue's own modifiers aside, "the Baghdad hotel" is a
        venue); a visit's destination also makes its state a party and the host."""
        skip: set[int] = set()
        if tok.lemma_.lower() in self.lex.sets.get("venue", set()):
            text = venue_text(tok)
            if text not in m.venue:
                m.venue.append(text)
            skip = {t.i for c in tok.children if c.dep_ in ("compound", "poss", "amod") for t in c.subtree}
        for sub in tok.subtree:
            if sub.i in skip or sub.ent_type_ not in ("GPE", "LOC", "FAC"):
                continue
            ent = ent_text(doc, sub)
            iso = gz.place_country(ent) or _city_country(ent)
            if iso is None:
                continue
            if m.location is None:
                m.location, m.location_country = ent, iso
            if tok in destination and ent not in seats:
                m.countries.add(iso)
                m.host = m.host or index.state_name(iso)
            return

    @staticmethod
    def _dateline_place(doc: Doc, m: Mention, seats: dict[str, str]) -> None:
        """A Reuters dateline is where the story was filed: a lone foreign visitor met his hosts
        there, and talks between the dateline's state and another one (or an organisation) were most likely held
        there."""
        place = str(dateline_at(doc, m.trigger.idx))
        iso = gz.place_country(place)
        if iso and place.title() not in seats and _organisation_mission(m) and _unplaced_counterpart(m):
            # "NAIROBI - An IMF mission had talks with a treasury official": an organisation's mission
            # talks with the state it was sent to (not "WASHINGTON - An IMF team held talks on the budget", at home)
            m.countries.add(iso)
        # (an organisation's talks with the dateline's state alone are there too: "JAKARTA - The World Bank's
        # president ... after talks with President Suharto")
        with_igo = m.states == {iso} and "IGO" in m.countries
        # (and a session of an organisation's members is where the story was filed, at a seat or a member's city)
        council = m.council and (place.title() in seats or iso in m.states)
        if iso and (
            len(m.states) == 1 and iso not in m.states or len(m.states) == 2 and iso in m.states or with_igo or council
        ):
            m.location = place.title() if place.isupper() else place
            m.location_country = iso
            m.dateline_place = True

    def _place_parties(self, index: DocIndex, m: Mention, seats: dict[str, str]) -> None:
        """A lone state meeting abroad met its hosts; an organisation's seat makes it the host (a summit
        in Brussels is the European Union's); talks on one party's soil are hosted by it."""
        lone = len(m.states) == 1 or m.with_only  # "talks with the ministers of X, Y and Z in Japan"
        # (where only the dateline places it, a side of persons of unknown country may be the other side:
        # "the envoy discussed ... with Kuwaiti Undersecretary X" under a Bahrain dateline is no meeting
        # with Bahrain; "X of Peru and Y met in Mexico City" is one with Mexico)
        lone = (
            lone and not (m.dateline_place and m.open_side) and "IGO" not in m.countries
        )  # the IMF is his counterpart
        # ("A World Bank team arrived in Uganda for talks": an organisation's mission meets the state it is in)
        lone = lone or (m.location_country is not None and _organisation_mission(m))
        # ("rescheduling talks with banks" under a Bonn dateline: the banks are the other side, not Germany)
        lone = lone and not m.private_side
        # ("delegates told the coffee council in London", "the Japanese minister at the Asian Development Bank's
        # meeting in Manila": a state at an organisation's meeting met the organisation, not its host state)
        lone = lone and not _organisation_gathering(index, m)
        if m.location_country and m.location not in seats and lone and m.location_country not in m.states:
            m.countries.add(m.location_country)
            m.placed = m.location_country
            m.with_only = False
        # (only the organisation's own meeting: two leaders meeting in New York are not the UN's guests)
        if m.host is None and m.location in seats and (seats[m.location] in m.igos or not m.states):
            m.host = seats[m.location]
        # ("the annual meeting of the development bank in Osaka", "the bank's council session": an organisation's
        # own meeting is hosted by it, not by the state it meets in, as the gold codes NATO's and ASEAN's; round 19)
        # (not where the meeting word only sets other talks: "held talks in Manila during the Bank's annual meeting")
        if (
            m.host is None
            and len(m.owners) == 1
            and "IGO" in m.countries
            and not self._sets_other_talks(index, m.trigger)
        ):
            m.host = next(iter(m.owners))
        # (two states' ministers meeting in New York or Geneva, at the UN's seat, are nobody's guests)
        at_seat = m.location in seats or (m.location or "").removesuffix(" City") in seats
        # (an organisation's talks with a state on its soil are the state's: "the IMF chief's talks in Jakarta")
        if (
            m.location_country
            and m.location_country in m.states
            and (len(m.states) > 1 or "IGO" in m.countries)
            and m.host is None
            and not at_seat
        ):
            m.host = index.state_name(m.location_country)

    def _sets_other_talks(self, index: DocIndex, trigger: Token) -> bool:
        """Whether a meeting word's governing verb is a meeting of its own ("met X at the annual meeting") or holds
        another meeting word ("held talks during the annual meeting")."""
        verb = governing_verb(trigger)
        if verb is None or verb == trigger:
            return False
        meets = verb.lemma_.lower() in self.lex.verbs and self._verb_meets(index, verb)  # not "told reporters at"
        return meets or any(
            c != trigger and c.dep_ in ("dobj", "nsubj", "nsubjpass") and self.lex.noun_key(c) is not None
            for c in verb.children
        )

    def _held_in(self, doc: Doc, m: Mention) -> None:
        """ "talks between X and Y held two weeks ago in Baghdad" where the parse hangs "held"
        elsewhere: an "in <place>" on a holding verb of a sentence with this one meeting word."""
        sent = m.trigger.sent
        if sum(1 for _ in sentence_triggers(sent, self.lex)) > 1:
            return
        for tok in sent:
            if tok.dep_ == "prep" and tok.lower_ in ("in", "at") and tok.head.lemma_.lower() in HOLD_VERBS:
                for obj in (c for c in tok.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")):
                    iso = gz.place_country(ent_text(doc, obj))
                    if iso:
                        m.location, m.location_country = ent_text(doc, obj), iso
                        return

    def _date(self, doc: Doc, m: Mention) -> None:
        """Attach the date expression of the mention's clause; one that points to the future makes a
        held meeting a planned one ("talks next week", "the June 30 summit" in a May article)."""
        expr = attached_date(doc, m.trigger, self.lex)
        pub = published_date(doc)
        # ("arrived last night from a meeting with X": the date of what followed is not the meeting's own)
        if (expr is None or not _own_date(doc, m.trigger, expr)) and _earlier(m.trigger):
            m.date, m.basis, m.date_key = None, "relative", "earlier"  # a meeting before the story's own day
            return
        if expr is None:
            m.date, m.basis = (pub.isoformat() if pub else None), "publication"
            m.date_key = m.date or "pub"
            return
        ahead = bool(expr.iso and pub and expr.iso > pub.isoformat())
        if ahead and pub and not expr.future and _met_a_day_ahead(m.trigger, expr.iso or "", pub):
            ahead = False  # "Sullivan met on August 29 with ..." in a release dated August 28 (round 27)
        m.future = expr.future or ahead
        if m.future and m.status == HELD:
            m.status, m.status_cue = PLANNED, (expr.start, expr.end)
        elif m.status == PLANNED and past_own_date(doc, m.trigger, expr, m.status_cue):
            # "to brief Shultz on Thatcher's visit to Moscow last week": a plan above the word cannot make a
            # meeting its own past date places before publication a planned one
            m.status, m.status_cue = HELD, None
        m.date, m.basis = expr.iso, expr.basis
        m.date_key = expr.iso or expr.text.lower()

    def _details(self, doc: Doc, m: Mention) -> None:
        sent = m.trigger.sent
        verb = governing_verb(m.trigger)
        for dm in _DURATION.finditer(sent.text):
            span = doc.char_span(sent.start_char + dm.start(), sent.start_char + dm.end(), alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            # "nine hours of talks", "talks lasting two hours", "convened for two and a half hours"
            if not (
                root in m.trigger.ancestors
                or m.trigger in root.ancestors
                or governing_verb(root) == verb
                or (verb is not None and root.head == verb)
            ):
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


# Nouns of a group an organisation sends to a state ("an IMF mission", "a World Bank team").
MISSION_WORDS = frozenset({"mission", "team", "delegation"})
# People named only as members of a gathering ("delegates said", "the delegates agreed"): an organisation's meeting.
GATHERING_PEOPLE = frozenset({"delegate"})


# Verbs of leaving a place: a visit that ends with them was to that place.
LEAVE_VERBS = frozenset({"leave", "depart"})


def _place_left(trigger: Token) -> list[Token]:
    """ "... just before leaving Seoul yesterday at the close of a three-day visit": a visit word with no
    destination of its own, under a verb of leaving whose object is a place, was a visit to that place (round 22)."""
    gov = governing_verb(trigger)
    if gov is not None and gov.lemma_.lower() in HOLD_VERBS and gov.dep_ in ("pcomp", "advcl"):
        gov = governing_verb(gov)  # "left Riyadh after holding talks" (round 26)
    if gov is None:
        return []
    if gov.lemma_.lower() == "return":  # "returned from Riyadh after holding talks"
        objs = [o for c in gov.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children]
    elif gov.lemma_.lower() in LEAVE_VERBS:
        objs = [c for c in gov.children if c.dep_ == "dobj"]
    else:
        return []
    return [t for c in objs if c.ent_type_ in ("GPE", "LOC") for t in noun_phrase(c)]


def _after_talks(trigger: Token) -> bool:
    """Whether talks are told as done before something ("left Riyadh after holding talks", "after talks"), not
    as its purpose ("left Washington for debt discussions")."""
    cur = trigger
    for _ in range(4):
        cur = cur.head
        if cur.lower_ == "after" and cur.dep_ == "prep":
            return True
        if cur.head.i == cur.i:
            break
    return False


LEISURE_NOUNS = {"holiday", "vacation", "leave", "honeymoon"}
COUNCIL_NOUNS = {"minister", "leader", "head", "council", "premier", "delegate", "counterpart"}
LOCATIVE_PREPS = {"in", "at", "near", "outside"}


def _gathering_of_officials(tok: Token) -> bool:
    """ "an informal gathering of EC finance ministers and central bankers": a gathering word is a meeting with "a"
    or "an" and an "of" of a state's office holders or envoys (not "the gathering", told before, nor "a gathering of
    British and American businessmen", an audience)."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    members = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(_of_persons(x) for o in members for x in with_conjuncts(o))


def _misparsed_pair(trigger: Token) -> list[Token]:
    """ "in U.S.-Japan talks", "in U.S.-Japanese talks": the parser hangs a hyphenated pair of states right before the
    meeting noun on the preposition (as "dep"), not on the noun; it still names the talks' sides (round 28)."""
    if trigger.i == 0 or trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    tok = trigger.doc[trigger.i - 1]
    if "-" not in tok.text or tok.dep_ != "dep" or tok.head not in (trigger, trigger.head):
        return []
    return [tok]


def _venue_compounds(trigger: Token) -> list[Token]:
    """The place names before a meeting noun whose two sides its owner and its "with" name ("President Trump's
    Singapore summit with North Korean leader Kim"): where it was, not a third party."""
    if not any(c.dep_ == "poss" for c in trigger.children):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return []
    return [c for c in trigger.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and "-" not in c.text]


# The persons whose gathering a "conference" is a meeting of ("a conference of ASEAN foreign ministers", "the trade
# ministers' conference"): not a news conference, nor an academic one.
CONFERENCE_MEMBERS = frozenset("minister ministers delegate delegates delegation delegations leader leaders".split())


def _delegates_conference(tok: Token) -> bool:
    """A "conference" of ministers, delegates or leaders, named in its modifiers or its "of" ("a conference of
    ASEAN foreign ministers", "the informal GATT trade ministers conference", "a ministerial conference")."""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    words += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(w.lower_ in CONFERENCE_MEMBERS or w.lower_ == "ministerial" for w in words)


IGO_SEATS = frozenset({"headquarters", "office", "secretariat"})


def _igo_visited(hit: CountryHit, tok: Token) -> bool:
    """An organisation named as a visit's destination ("after a visit to the World Bank"), not a state's word."""
    if hit.iso != "IGO" or hit.source == "demonym":
        return False
    # (its own name, or the name before its seat: "IMF headquarters"; not "non-OPEC member Norway")
    return tok.dep_ in ("pobj", "dobj") or (tok.dep_ == "compound" and tok.head.lemma_.lower() in IGO_SEATS)


def _between_the_plural(tok: Token) -> bool:
    """ "current talks between the countries": a bare definite plural after "between" is the two named before
    (round 23), as "the two countries" is."""
    return (
        tok.tag_ == "NNS"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "between"
        and [c.lower_ for c in tok.children] == ["the"]
    )


def _clause_subject(trigger: Token) -> list[Token]:
    """The words of the subject of the nearest verb above a meeting noun that has one."""
    for verb in trigger.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return list(subject.subtree)
    return []


def _council_of(tok: Token, trigger: Token) -> bool:
    """Whether an organisation's name modifies the meeting word itself ("the EC summit") or a noun of its
    ministers or leaders ("EC agriculture ministers", "EC heads of government"), through other modifiers."""
    cur = tok
    while cur.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and cur.head != cur:
        cur = cur.head
        if cur == trigger or cur.lemma_.lower() in COUNCIL_NOUNS:
            return True
    return False


def _delegates_states(index: DocIndex) -> set[str]:
    """The states of the persons the text names as delegates ("Brazilian delegate X", "the Guatemalan ICO delegate
    Y", "X, head of the Indian delegation")."""
    return {
        a.country
        for a in index.doc._.parley_actors or ()
        if a.kind == "person" and a.country and a.title and re.search(r"\bdelegat(?:e|ion)\b", a.title, re.I)
    }


# Nouns of a group of donors or creditors that meets for one state ("the Consultative Group for Senegal", "the
# Inter-Governmental Group on Indonesia", "the donors' consortium for Bangladesh").
AID_GROUP_NOUNS = frozenset({"group", "club", "consortium"})


def _aid_group_state(index: DocIndex, trigger: Token) -> str | None:
    """The state a meeting of a donors' or creditors' group is for: "a session of the Consultative Group for Kenya
    lasting two days" is Kenya's meeting with the group (a state and IGO, as the gold codes the Paris Club's talks
    with a debtor; round 24)."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"):
        for group in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in AID_GROUP_NOUNS):
            for for_prep in (c for c in group.children if c.dep_ == "prep" and c.lower_ in ("for", "on")):
                for obj in (o for o in for_prep.children if o.dep_ == "pobj"):
                    states = {h.iso for _t, h in index.hits(noun_phrase(obj)) if h.iso != "IGO"}
                    if not states and obj.ent_type_ in ("GPE", ""):
                        iso = gz.country_of(obj.text)
                        states = {iso} if iso else set()
                    if len(states) == 1:
                        return next(iter(states))
    return None


def _own_date_expr(doc: Doc, trigger: Token) -> DateExpr | None:
    """The date expression of a meeting word's own phrase or of its verb's clause, not of a verb that reports it
    ("the band set at the talks in Paris is holding," she told reporters yesterday: "yesterday" dates the telling)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    for d in sentence_dates(doc, trigger.sent):
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and (trigger in span.root.ancestors or span.root.head in (trigger, verb)):
            return d
    return None


def _group_within(lex: MeetingLexicon, name: str | None, year: int | None, event: KnownMeeting) -> bool:
    """Whether an organisation named beside a known meeting is a group of its members (the G-6 of the Louvre), not
    another body (the OECD) or a larger group (the G-7)."""
    return lex.meets_as_members(name) and lex.members_of(name or "", year) <= event.members


def _only_members(
    index: DocIndex, subject: list[Token], event: KnownMeeting, lex: MeetingLexicon, year: int | None
) -> bool:
    """Whether a joint act's subject names no party outside a known meeting's members ("the six nations agreed in
    Paris", "we agreed in Paris"; not "France and Iran agreed in Paris" nor "OECD ministers agreed in Paris")."""
    for tok, hit in index.hits(subject):
        if hit.iso == "IGO":
            if not _group_within(lex, _igo_name(hit, tok), year, event):
                return False
        elif hit.iso not in event.members:
            return False
    return True


def _year_of(doc: Doc) -> int | None:
    """The publication year of the document, if it has a date."""
    pub = published_date(doc)
    return pub.year if pub else None


def _own_from(prep: Token, kind: str) -> bool:
    """Whether a meeting noun's "from" names its party: a visit's or a call's visitor, or the home of the persons
    its "of" names ("the talks of trade ministers from the G5 states"); not a "from" the parse hung on the
    noun across a dash ("the G7 meeting - from EU ministers")."""
    noun = prep.head
    if any(t.text in ("-", "--", "–", "—") for t in noun.doc[noun.i + 1 : prep.i]):
        return False
    if kind in ("visit", "phone_call"):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        # ("Finance Ministers" in capitals is a name to the tagger, whose lemma keeps the plural)
        and any(
            p.dep_ == "pobj" and (_of_persons(p) or _of_persons_word(p.lower_.removesuffix("s"))) for p in c.children
        )
        for c in noun.children
    )


def _placed_accord(noun: Token) -> bool:
    """An accord named with its place ("the Paris accord", "the agreement in Paris"): the talks that made it, held
    there (round 22; whose talks, `_mention` asks of the parties)."""
    return any(
        (c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC") and c.i < noun.i) or _in_a_place(c)
        for c in noun.children
    )


def _in_a_place(prep: Token) -> bool:
    """An "in"/"at" phrase whose object is a named place ("in Paris", "at Geneva")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "at")
        and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC") for p in prep.children)
    )


def _igo_name(hit: CountryHit, tok: Token) -> str | None:
    """The organisation's or group's listed name of an IGO hit: its actor's, else the gazetteer's for the word."""
    return hit.actor.name if hit.actor is not None else gz.igo_of(tok.text)


def _organisation_mission(m: Mention) -> bool:
    """Whether the subject of the meeting's clause is an organisation's mission ("A World Bank team ... arrived
    for talks", "An IMF mission held talks with ..."): a mission noun whose modifier names an organisation."""
    verb = m.trigger if m.trigger.pos_ in ("VERB", "AUX") else governing_verb(m.trigger)
    if verb is None:
        return False
    if m.states or not m.igos:
        return False
    return any(
        s.lemma_.lower() in MISSION_WORDS
        and any(c.dep_ in ("compound", "poss") and c.ent_type_ == "ORG" for c in s.children)
        for s in verb.children
        if s.dep_ == "nsubj"
    )


# The goods of the international commodity organisations ("the International Coffee Organization").
COMMODITY_WORDS = frozenset("coffee cocoa sugar tin rubber jute wheat grains cotton olive".split())


def _commodity_body(index: DocIndex, trigger: Token) -> str | None:
    """The commodity organisation whose talks a meeting noun names by the commodity ("coffee talks", "the cocoa
    council") in a text that names the organisation ("the International Coffee Organization"), if any."""
    if trigger.pos_ != "NOUN":
        return None
    goods = {c.lower_ for c in trigger.children if c.dep_ in ("compound", "amod") and c.text.islower()}
    places = [c for c in trigger.children if c.dep_ == "compound" and c.ent_type_ == "GPE"]
    bodies = [a.name for a in index.by_name.values() if a.kind == "igo" and a.name.startswith("International ")]
    for name in bodies:
        words = set(name.lower().split()) & COMMODITY_WORDS
        if goods & words:
            return name
        # "the London talks" in a story on the International Coffee Organization: a place, and the goods in the sentence
        if places and not goods and len(bodies) == 1 and any(t.lower_ in words for t in sentence_and_before(trigger)):
            return name
    return None


def _organisation_gathering(index: DocIndex, m: Mention) -> bool:
    """Whether a meeting abroad is an organisation's gathering: a meeting word of its sentence names an
    international organisation as its own ("the Group of Seven meeting here", "the annual meeting of the
    Asian Development Bank"), or its people are called delegates. Its place then names the organisation's
    venue, not a host state taking part (that state is a party only where the text names its side)."""
    sent = m.trigger.sent
    if any(t.lemma_.lower() in GATHERING_PEOPLE for t in sent) or _commodity_body(index, m.trigger) is not None:
        return True
    for tok in sentence_triggers(sent, index.lex):
        if tok.pos_ in ("NOUN", "PROPN") and any(hit.iso == "IGO" for _, hit in index.hits(_owner_words(tok))):
            return True
    return False


def _bracketed_name(noun: Token) -> list[Token]:
    """An organisation's name and its acronym in brackets right before a meeting noun, past at most three
    adjectives or nouns of its own ("Peru sits at an Asian Development Bank (ADB) board meeting", "Finland told a
    General Agreement on Tariffs and Trade (GATT) council session", "Chad spoke at International Monetary Fund
    (IMF) spring talks"): the parser hangs the name on the verb, as its object, and leaves the meeting
    word without it; its words still say whose meeting it is (round 14)."""
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and noun.i - i <= 3 and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].text.islower():
        i -= 1
    # (or past the noun's own year and place words: "a Group of Seven (G-7) 1986 Tokyo summit", round 14b)
    while i >= 0 and noun.i - i <= 5 and doc[i].text != ")" and _own_modifier(doc[i], noun):
        i -= 1
    if i < 2 or doc[i].text != ")":
        return []
    opening = next((j for j in range(i - 1, max(i - 4, -1), -1) if doc[j].text == "("), None)
    if opening is None or opening == i - 1 or not all(t.text[:1].isupper() for t in doc[opening + 1 : i]):
        return []
    start = opening
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_LINKS):
        start -= 1
    while start < opening and doc[start].lower_ in NAME_LINKS:
        start += 1
    return [t for t in doc[start:i] if not t.is_punct]


def _adjacent_group(index: DocIndex, noun: Token) -> list[Token]:
    """An organisation's or group's name that ends right before a meeting noun, past at most three lower-case words
    of its own ("the Group of Seven meeting in Paris", "since the Group of Five monetary talks"), which the parser
    hung elsewhere: on the verb as a subject of its own beside the noun, or with the noun under the name's "of" and
    its number made the noun's ("Group of [Five meeting]"). The name still says whose meeting it is, as it does
    when the parse hangs it on the noun ("the G-7 meeting"); a group that meets as its members stands for them
    (round 17c)."""
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and noun.i - i <= 3 and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].text.islower():
        i -= 1
    hit = index.country.get(i) if i >= 0 else None
    if hit is None or hit.iso != "IGO" or hit.actor is None or hit.actor.kind != "igo":
        return []
    start = i
    while start > 0 and index.country.get(start - 1) is not None and index.country[start - 1].actor is hit.actor:
        start -= 1
    name = doc[start : i + 1]
    tok = name.root
    while tok.head.i not in (tok.i, noun.i):
        tok = tok.head
    if tok.head.i == noun.i and tok.dep_ in OWN_DEPS:
        return []  # the parse hangs the name on the noun's own modifiers, which name the side already
    return list(name)


def _attended_by(noun: Token) -> bool:
    """Whether a meeting noun names its own attendees with a passive attending verb right after its phrase ("a
    meeting last week in Lima attended by six producers"), however the parser hangs the verb."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    return verb.lemma_.lower() in ATTEND_VERBS and any(c.dep_ == "agent" for c in verb.children)


def _own_modifier(tok: Token, noun: Token) -> bool:
    """A year or a proper noun that modifies the meeting noun itself (through compounds and number modifiers)."""
    while tok.dep_ in ("compound", "nummod", "amod") and tok.i < noun.i:
        if tok.head.i == noun.i:
            return tok.like_num or tok.pos_ == "PROPN"
        tok = tok.head
    return False


# Lower-case words inside an organisation's name ("General Agreement on Tariffs and Trade").
NAME_LINKS = frozenset({"of", "on", "and", "for", "&"})


def _owner_words(noun: Token) -> list[Token]:
    """The words naming whose a meeting noun is: its modifiers ("the G-7 meeting", "the IMF's meeting"), its "of"
    phrase ("the meeting of the Asian Development Bank") and a bracketed name before it (`_bracketed_name`)."""
    words: list[Token] = list(_bracketed_name(noun))
    for c in noun.children:
        if c.dep_ in ("compound", "poss", "nmod", "amod"):
            words += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of":
            words += [t for p in c.children if p.dep_ == "pobj" for t in p.subtree]
    return sorted({t.i: t for t in words}.values(), key=lambda t: t.i)


def _unplaced_counterpart(m: Mention) -> bool:
    """Whether the meeting has a "with" side of a state's office holders or bodies named by no state ("with a
    senior ministry official", "with the government"), on the meeting word or its verb."""
    verb = m.trigger if m.trigger.pos_ in ("VERB", "AUX") else governing_verb(m.trigger)
    heads = [m.trigger] + ([verb] if verb is not None else [])
    nouns = STATE_PERSONS | POLITICAL_BODIES | SENT_PARTIES | {"ministry", "authority"}
    return any(
        o.lemma_.lower() in nouns
        for h in heads
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for o in prep.children
        if o.dep_ == "pobj"
    )


# Sides where a government's own official acts in its own release: the subject ("The President spoke with X") and
# the possessor ("the Secretary's meeting with Y").
def _of_object(tok: Token, trigger: Token) -> bool:
    """Whether `tok` is the object of the meeting word's own "of" (or one of its conjuncts): "the meeting of the IMF
    and the World Bank" names whose meeting it is, not "a meeting of EC ministers" (a modifier of its persons)."""
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    return cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head == trigger


def _paired(tok: Token, index: DocIndex) -> bool:
    """A modifier of a pair written with a hyphen ("EC-Comecon talks", "U.S.-EC talks"): one of two sides."""
    doc = tok.doc
    near = [doc[i].text for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return "-" in tok.text or tok.i in index.second or "-" in near


ISSUER_SIDES = frozenset({"subject", "self"})


def _title_party(index: DocIndex, tok: Token, how: str, others: list[str]) -> tuple[ActorRef | None, str | None]:
    """Whom a definite title ("the Crown Prince") stands for: the last person named before with that title. In a
    government's own release a title of its own officials ("The President spoke by phone with X" in the White
    House's readout) is the issuer's person named before, else the issuing state alone (returned second): on the
    acting side even after a foreign holder of the title ("The President and President Sarkozy also spoke"),
    elsewhere ("met with the President") only when no foreign one other than the meeting's `others` was named
    ("President X of France called the President")."""
    issuer = index.issuing_state(tok)
    if issuer is None:
        return index.resolve_title(tok), None
    own = index.resolve_title(tok, country=issuer)
    if own is not None:
        return own, None
    other = None if how in ISSUER_SIDES else index.resolve_title(tok)
    return (other, None) if other is not None and other.name not in others else (None, issuer)


# Adjectives of a meeting noun that place it before the events of the story ("his recent visit", "their last meeting").
EARLIER_ADJ = frozenset({"recent", "previous", "earlier", "last", "past", "prior"})
# Words that a meeting noun follows as an event before theirs ("a briefing following the talks", "following up from
# the meeting", "back home after a trip to Peru").
AFTER_WORDS = frozenset({"follow", "return", "back", "arrive"})


def _own_date(doc: Doc, trigger: Token, expr: DateExpr) -> bool:
    """Whether a date expression lies in the meeting noun's own phrase ("following the talks on Monday")."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    return span is not None and (span.root == trigger or trigger in span.root.ancestors)


def _earlier(trigger: Token) -> bool:
    """Whether a meeting noun with no date of its own is told as one before the story's events: "his recent visit
    to Israel", "a briefing following informal talks", "following up from the meeting between X and Y", "on his
    return from a visit to Japan". It has no day (the publication day is the day of what followed it)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in EARLIER_ADJ for c in trigger.children):
        return True
    head = trigger.head
    if trigger.dep_ not in ("pobj", "dobj"):
        return False
    # ("following" as a preposition or, as the parse often has it, a participle: "a visit following the travel")
    return head.lower_ == "following" or (head.lower_ == "from" and head.head.lemma_.lower() in AFTER_WORDS)


# Adverbs of frequency: with a meeting verb in the simple present they tell a habit, not a meeting.
HABITUAL = frozenset({"regularly", "often", "frequently", "usually", "routinely", "sometimes", "occasionally"})


# Conjunctions that with a meeting verb in the simple present tell what happens each time ("when it talks with X").
WHENEVER = frozenset({"when", "whenever"})


# Nouns of a period that "each"/"every" makes a repetition ("they meet every year", "talks held each month").
PERIODS = frozenset({"year", "month", "week", "day", "spring", "summer", "autumn", "winter", "quarter"})


# Spans a perfect "for" measures that make talks a process of years, no one meeting (round 32).
LONG_SPANS = frozenset({"year", "decade"})


def _years_long(verb: Token) -> bool:
    """ "Talks between the two blocs have been under way for three years": a perfect
    whose "for" measures years is a long process, not a meeting the story reports."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in LONG_SPANS for o in c.children)
        for c in verb.children
    )


def _habitual(verb: Token) -> bool:
    """Whether a meeting verb in the simple present (active or passive) tells a habit ("he talks with Baker
    from time to time", "they meet regularly", "talks of this kind are held each year"), which is no one
    meeting."""
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    if not present or any(c.dep_ == "aux" and c.tag_ == "VBG" for c in verb.children):
        return False
    words = [t.lower_ for t in verb.subtree]
    return (
        any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children)
        # "the problems that arise whenever it talks with its neighbours": a clause of "when" in the simple present
        # tells what happens each time, no one meeting (round 17)
        # (not one with a time of its own, "when he visits there next month": a plan)
        or (
            any(c.dep_ == "advmod" and c.lower_ in WHENEVER and c.i < verb.i for c in verb.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
        )
        or any(words[i : i + 4] == ["from", "time", "to", "time"] for i in range(len(words)))
        or any(
            c.dep_ == "npadvmod"
            and c.lemma_.lower() in PERIODS
            and any(d.lower_ in ("each", "every") for d in c.children)
            for c in verb.children
        )
    )


# Private-counterpart nouns that, modifying another noun, are adjectives of an office ("the executive Commission",
# "an executive board", "IMF executive directors"): the body is a public one's, no company's (round 17).
ADJECTIVAL_PRIVATE = frozenset({"executive"})


def _adjectival(tok: Token) -> bool:
    """Whether a private-counterpart noun is an adjective of the noun it modifies ("executive" in "the EC executive
    Commission President"), not the counterpart itself ("a company executive", "bank executives")."""
    return (
        tok.lemma_.lower() in ADJECTIVAL_PRIVATE
        and tok.dep_ in ("compound", "amod")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i > tok.i
    )


def _told_arrivals(mentions: list[Mention]) -> list[Mention]:
    """An arrival (`_visit_arrival`) is a visit only where nothing else tells it: "X arrived in Nairobi on Monday
    to see President Y ... X met with the President" is the talks' meeting, its arrival no second record."""
    told = [
        set(m.countries)
        for m in mentions
        if m.status == HELD and m.trigger.lemma_.lower() not in JOURNEY_ENDS and m.countries
    ]
    return [
        m
        for m in mentions
        if not (m.trigger.lemma_.lower() in JOURNEY_ENDS and m.status == HELD and set(m.countries) in told)
    ]


# Words of a journey's end that tell a visit only where nothing else does (`_told_arrivals`).
JOURNEY_ENDS = frozenset({"arrive", "return"})


def _return_from_abroad(tok: Token) -> bool:
    """ "X returned from Washington on Friday", "since her return from the Soviet Union": a person's return from
    a named place is his visit there, as his arrival is (`_visit_arrival`); one from his own country has a single
    party and is dropped. Not "returned to power", "returned from holiday", nor a ship's (round 31)."""
    if _negated_or_passing(tok):
        return False
    if not any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.ent_type_ == "GPE" for g in c.children) for c in tok.children
    ):
        return False
    if tok.pos_ == "NOUN":
        owners = [c for c in tok.children if c.dep_ == "poss"]
        return bool(owners) and (owners[0].lower_ in ("his", "her") or owners[0].ent_type_ == "PERSON")
    if tok.pos_ != "VERB":
        return False
    subj = subject_of(tok)  # (with a dateline's subject and a relative clause's antecedent)
    return bool(subj) and (subj[0].lower_ in ("he", "she") or any(t.ent_type_ == "PERSON" for t in subj[0].subtree))


def _visit_arrival(verb: Token) -> bool:
    """ "X arrived in Peru on Saturday", "Y, who arrived in Jakarta last week": a person's arrival in a named
    place is his visit there, as his presence there is (`_visit_copula`); one in his own country has a single
    party and is dropped. Not "arrived back from", "arrived in power", nor a ship or a cargo."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and (not subj or subj[0].lower_ in ("who", "that")):
        subj = [verb.head]  # "Y, who arrived in Jakarta": the noun the clause describes
    if _negated_or_passing(verb):
        return False
    return _person_in_a_place(subj, verb)


def _negated_or_passing(tok: Token) -> bool:
    """A journey's end denied ("did not arrive") or only passed through ("on his way home from Vancouver")."""
    return any(c.dep_ == "neg" or _on_the_way(c) for c in tok.children)


def _person_in_a_place(subj: list[Token], verb: Token) -> bool:
    """The subject is a person ("he", "she", a PERSON name) and the verb has "in" a named place (a GPE)."""
    return bool(
        subj
        and (subj[0].lower_ in ("he", "she") or subj[0].ent_type_ == "PERSON")
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children)
            for c in verb.children
        )
    )


def _on_the_way(prep: Token) -> bool:
    """ "on his way home from Vancouver", "on the way to Tokyo": a journey, no one's destination or presence."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "way" for o in prep.children)
    )


def _included(heads: list[Token]) -> list[Token]:
    """ "conferred with a number of U.N. diplomats, including the representative of the Soviet Union": the persons
    an "including" names among a party are of it, with the "of" that says whose they are."""
    members = [
        p
        for x in heads
        for c in x.children
        if c.dep_ == "prep" and c.lower_ == "including"
        for o in c.children
        if o.dep_ == "pobj"
        for p in with_conjuncts(o)
    ]
    owners = [o for x in members for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return members + [o for o in owners if o.dep_ == "pobj"]


def _of_persons(noun: Token) -> bool:
    """A noun of persons or bodies sent by a state ("counterparts", "ministers", "delegation"; not "businessmen
    from Japan")."""
    return _of_persons_word(noun.lemma_.lower())


def _of_persons_word(lemma: str) -> bool:
    return lemma in POLITICAL_BODIES | SENT_PARTIES | STATE_PERSONS


# What a telling verb's words went by when they were not said to the addressee's face or on the telephone.
WRITTEN = frozenset("letter message note cable telegram statement interview speech newspaper article".split())


def _official_addressed(index: DocIndex, verb: Token) -> bool:
    """ "X told Prime Minister Y", "X told the foreign ministers of A and B": a telling verb reports a
    conversation when its direct object is a named person or office holders of a named state, and not when the
    words went by letter or in an interview ("told President Y in a letter")."""
    if any(
        c.dep_ == "prep" and c.lower_ in ("in", "by", "through", "via")
        for c in verb.children
        if any(o.lemma_.lower() in WRITTEN for o in c.children if o.dep_ == "pobj")
    ):
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        for head in with_conjuncts(obj):
            if any(index.person_at(t) is not None for t in _unpossessed(noun_phrase(head))):
                return True
            if head.lemma_.lower() in STATE_PERSONS and any(
                p.dep_ == "prep" and p.lower_ in ("of", "from") for p in head.children
            ):
                return True
            if _officials_told_officials(index, verb, head):
                return True
    return False


def _officials_told_officials(index: DocIndex, verb: Token, head: Token) -> bool:
    """ "Japanese negotiators last week told U.S. officials that ...": office holders of one state (a plural noun
    with a demonym or a state before it) telling office holders of another (round 22)."""
    nouns = STATE_PERSONS | SENT_PARTIES
    if head.lemma_.lower() not in nouns or head.tag_ != "NNS":
        return False  # (a named person told, or "the British minister", is another rule's: one side each)
    told = {hit.iso for _t, hit in index.hits(noun_phrase(head)) if hit.source in ("state", "demonym")}
    tellers = set()
    for subj in subject_of(verb):
        if subj.lemma_.lower() in nouns and subj.tag_ == "NNS":
            tellers |= {hit.iso for _t, hit in index.hits(noun_phrase(subj)) if hit.source in ("state", "demonym")}
    return len(told) == 1 and len(tellers) == 1 and told != tellers


def _officials_of_states(index: DocIndex, head: Token) -> set[str]:
    """The states whose office holders a noun names ("the prime ministers of A, B and C", "a delegation from
    A"): a title noun (or a delegation) with an "of"/"from" complement of states; empty for anything else ("the
    central banks of A and B", "the people of A", "the governments of A and B": states alone sign no meeting)."""
    if head.lemma_.lower() not in STATE_PERSONS | {"delegation"}:
        return set()
    found: set[str] = set()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            found |= {hit.iso for _t, hit in index.hits(t for c in with_conjuncts(obj) for t in noun_phrase(c))}
    found.discard("IGO")
    return found


def _reporting_verb(trigger: Token, cues: CueLexicon) -> Token | None:
    """The reporting verb ("said", "told") whose complement clause holds a meeting word, or None: the
    word's clause must be the verb's clausal complement ("X said talks with Y had failed"), not a clause
    of its own beside it."""
    cur = trigger
    while cur.head != cur:
        if cur.dep_ == "ccomp":
            return cur.head if cues.group(cur.head) == "report" else None
        if cur.dep_ in ("relcl", "acl", "advcl", "conj", "parataxis", "xcomp") and cur.pos_ in ("VERB", "AUX"):
            return None
        cur = cur.head
    return None


def _agent_phrase(verb: Token) -> list[Token]:
    """The words of a passive verb's "by" agents and their conjuncts ("signed by Nigerian Finance Minister X and
    senior French Treasury officials")."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [t for a in agents for h in with_conjuncts(a) for t in _subject_phrase_of(h)]


def _infinitive_owner(verb: Token) -> list[Token]:
    """The subject of the clause whose object an infinitive hangs on ("X discussed [the need to control it]"), for a
    noun that is no person or body; nothing otherwise."""
    noun = verb.head
    if not (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and noun.head.pos_ == "VERB"
        and noun.lemma_.lower() not in person_nouns() | POLITICAL_BODIES | SENT_PARTIES
    ):
        return []
    return _subject_phrase(noun.head)


def _subject_phrase(verb: Token) -> list[Token]:
    """The words of a meeting verb's subject, with the "of" that says whose people they are ("Finance
    ministers of the G-5 met", "Leaders of the G20 held a summit")."""
    out: list[Token] = []
    for s in subject_of(verb):
        out.extend(_subject_phrase_of(s))
    return out


def _subject_phrase_of(s: Token) -> list[Token]:
    """A party's words with the "of"/"from" that says whose people they are ("Finance ministers of the G-5",
    "Representatives from Nigeria", "officials of Peru"), for nouns of persons and bodies."""
    out = noun_phrase(s)
    # (a capitalised plural, "Deputy Trade Ministers", keeps its plural as its lemma)
    words = {s.lemma_.lower(), s.lower_[:-1] if s.lower_.endswith("s") else s.lower_}
    if words & (person_nouns() | POLITICAL_BODIES | SENT_PARTIES):
        for prep in (c for c in s.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            out.extend(t for o in prep.children if o.dep_ == "pobj" for t in noun_phrase(o))
    return out


def _persons_before(index: DocIndex, tok: Token) -> list[Token]:
    """The first token of each person named in `tok`'s sentence before it, when they are of at least two
    countries ("Reagan's invitation to Gorbachev, made at their first summit"); else none."""
    seen: dict[str, Token] = {}
    for t in tok.doc[tok.sent.start : tok.i]:
        actor = index.person_at(t)
        if actor is not None and actor.country and actor.name not in seen:
            seen[actor.name] = t
    countries = {a.country for t in seen.values() if (a := index.person_at(t)) is not None and a.country}
    return list(seen.values()) if len(countries) >= 2 else []


# Plural person nouns that "the two" or "both" make the two persons just named ("the two leaders met").
PAIR_PERSONS = frozenset("leader minister man president premier official envoy diplomat counterpart statesman".split())


def _organisation_sitting(index: DocIndex, verb: Token, subject: list[Token]) -> bool:
    """Whether a past meeting verb in a "when"/"as" clause has an organisation alone as its subject ("when the
    Coffee Organization met in May", round 16), with a state named in the main clause's subject ("A and B failed
    to agree ..."): the organisation's own sitting, at which those states acted."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while") for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "prep") and c.lower_ == "with" for c in verb.children):
        return False
    own = {hit.iso for _t, hit in index.hits(subject)}
    if own != {"IGO"}:
        return False
    return any(hit.iso != "IGO" for _t, hit in index.hits(_main_subject(verb)))


def _main_subject(verb: Token) -> list[Token]:
    """All the words of the subjects of the clause a "when" clause sets (the parse may split one coordinated
    subject into two: "The biggest consumer the United States and the biggest producer Brazil failed")."""
    head = verb.head
    # ("A and B failed to settle it when ...": the infinitive's subject is its governing verb's)
    while (
        head.dep_ == "xcomp" and head.head != head and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        head = head.head
    return [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]


def _names_someone(phrases: list[list[Token]]) -> bool:
    """Whether a clause's parties name a person, a people or a state ("Chilean envoys", "he"), not only a thing ("an
    agreement reached between X and Y when they met": the "they" is not the agreement)."""
    return any(
        t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("NORP", "GPE", "PERSON") for toks in phrases for t in toks
    )


def _pair_anaphor(toks: list[Token]) -> bool:
    """Whether a past meeting clause's subject only refers back to persons named before: "they" alone, or "the two" /
    "both" with a plural person noun ("the two leaders", "both ministers") that names no country of its own (round
    15)."""
    words = [t for t in toks if not t.is_punct]
    # (a past clause only, "they met", "the two leaders had held talks": "proposed that they meet" or "they meet
    # every year" is a plan or a habit, whose parties this does not look for)
    if not words or words[0].head.tag_ not in ("VBD", "VBN", "VBG"):
        return False
    if len(words) == 1 and words[0].lower_ == "they" and words[0].dep_ in ("nsubj", "nsubjpass"):
        return True
    heads = [t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in PAIR_PERSONS]
    if len(heads) != 1 or heads[0].tag_ not in ("NNS", "NNPS"):
        return False
    head = heads[0]
    counted = any(c.lower_ in ("two", "both") for c in head.children)
    own = [t for t in words if t != head and t.lower_ not in ("the", "two", "both")]
    return counted and not own


def _own_subject(subj: Token, trigger: Token) -> bool:
    """Whether a subject is the meeting's own: the meeting verb's ("they met") or that of the verb whose object the
    meeting noun is ("the two leaders held talks"); not that of a verb the meeting only sets ("they followed up on
    the meeting between A and B": the meeting of others)."""
    head = subj.head
    return head == trigger or (trigger.dep_ == "dobj" and trigger.head == head)


def _persons_in_sentence_before(index: DocIndex, tok: Token) -> list[Token]:
    """The first token of each person named in the sentence before `tok`'s, when they are of at least two countries
    and that sentence has no plural subject of its own that "they" could stand for ("U.S. bankers met X and Y");
    else none."""
    if tok.sent.start == 0:
        return []
    sent = tok.doc[tok.sent.start - 1].sent
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") for t in sent):
        return []
    return _persons_before(index, sent[-1]) if sent[-1].i > sent.start else []


def _unpossessed(words: list[Token]) -> list[Token]:
    """The words of a noun phrase without its possessors ("President X's" in "President X's action")."""
    owned = {t.i for w in words if w.dep_ == "poss" for t in w.subtree}
    return [w for w in words if w.i not in owned]


def _clause_parties(verb: Token) -> list[list[Token]]:
    """The subject of a verb and whom it addressed (its object, dative or "to" object)."""
    out = [_subject_phrase(verb)]
    for c in verb.children:
        if c.dep_ in ("dative", "prep") and c.lower_ == "to":
            out.extend(noun_phrase(p) for p in c.children if p.dep_ == "pobj")
        elif c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(noun_phrase(c))
    return out


def _city_country(ent: str) -> str | None:
    """ "New York City", "Kuwait City": a place the gazetteer knows without its trailing "City"."""
    return gz.place_country(ent[: -len(" City")]) if ent.endswith(" City") and len(ent) > len(" City") else None


def _by_medium(verb: Token, lex: MeetingLexicon) -> bool:
    """ "spoke today by phone with X", "talked over the telephone with Y": a conversation verb with a
    telephone (or video link) as its means is a call, whatever words stand between verb and means."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("by", "on", "over", "via")
        for c in verb.children
        for o in c.children
        if o.dep_ == "pobj" and lex.has("call_medium", o.lemma_.lower())
    )


def _call_noun(tok: Token, lex: MeetingLexicon) -> bool:
    """Whether the noun "call" is a telephone call: held or had by its parties ("had a productive call"), with
    a party ("a call with X") or its named sides ("the call between X and Y"), or the call named before ("during
    the call"); not an appeal ("a call for restraint", "calls to end the strike", "answered the call of duty")."""
    if any((c.dep_ == "prep" and c.lower_ in ("for", "of")) or c.dep_ in ("acl", "relcl") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True
    # ("the October 16 call between President Trump and President Putin": named sides, round 21)
    if any(
        c.dep_ == "prep" and c.lower_ == "between" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in tok.children
    ):
        return True
    head = tok.head
    if tok.dep_ == "dobj" and lex.has("call_hold_verb", head.lemma_.lower()):
        return True
    definite = any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "their", "his", "her") for c in tok.children
    )
    return definite and tok.dep_ == "pobj" and lex.has("presuppose", head.lower_)


def _stray_with(verb: Token) -> Token | None:
    """ "met today with Foreign Minister X in New York to affirm ...", where the parse made "with" the mark of
    the next clause and X its subject: the head of the name after a "with" that follows the verb (across a
    date or adverb) but does not hang from it."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and (doc[i].dep_ in ("advmod", "npadvmod") or doc[i].ent_type_ in ("DATE", "TIME")):
        i += 1
    if i >= len(doc) - 1 or doc[i].lower_ != "with" or doc[i].head == verb or doc[i].dep_ == "prep":
        return None
    head = _name_after(doc[i])
    return head if head is not None and head.ent_type_ in PARTY_ENTS else None


# Plural nouns of states whose members a dash may list ("the major industrial nations -- the U.S., Japan, ...").
STATE_GROUP_NOUNS = frozenset("nation country state power economy democracy".split())
DASHES = frozenset({"--", "-", "—", "–", ":"})


def _dash_list(noun: Token) -> list[Token]:
    """The words a dash after a plural noun of states lists, up to the next dash, semicolon or verb (round 31)."""
    doc = noun.doc
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in STATE_GROUP_NOUNS:
        return []
    if noun.i + 1 >= noun.sent.end or doc[noun.i + 1].text not in DASHES:
        return []
    out = []
    for tok in doc[noun.i + 2 : noun.sent.end]:
        if tok.text in DASHES or tok.text in (";", ")") or tok.pos_ in ("VERB", "AUX"):
            break
        out.append(tok)
    # (a list of states, two at least: not a dash that closes a parenthesis, "the recent meeting of the leading
    # industrial nations - has support from EU ministers")
    names = sum(1 for t in out if t.ent_type_ == "GPE" and t.ent_iob_ == "B")
    return out if names >= 2 and all(t.ent_type_ in ("", "GPE") for t in out) else []


def _stray_noun_with(noun: Token) -> Token | None:
    """ "U.S. negotiators opened talks last October with Korean officials to try to ...": a "with" right after a
    meeting noun (across a date or adverb) that the parse made the mark of the next clause, its name or its
    officials of a state the clause's subject: the noun's party (round 31)."""
    doc, i = noun.doc, noun.i + 1
    while i < len(doc) and (doc[i].dep_ in ("advmod", "npadvmod", "amod") or doc[i].ent_type_ in ("DATE", "TIME")):
        i += 1
    if i >= len(doc) - 1 or doc[i].lower_ != "with" or doc[i].dep_ != "mark":
        return None
    head = _name_after(doc[i])
    if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if head.ent_type_ in PARTY_ENTS:
        return head
    officials = head.lemma_.lower() in person_nouns() | SENT_PARTIES and any(
        c.ent_type_ in ("NORP", "GPE") for c in head.children
    )
    return head if officials else None


# Entity types of a name that can be a meeting's party.
PARTY_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def _name_after(prep: Token) -> Token | None:
    """The head of the one name right after `prep` (its nouns, adjectives and determiners up to the first other
    word), whatever the parse hung it on; None when that run has no single head."""
    run: list[Token] = []
    for tok in prep.doc[prep.i + 1 :]:
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") and tok.tag_ != "HYPH":
            break
        run.append(tok)
    inside = {t.i for t in run}
    heads = [t for t in run if t.head.i not in inside and t.pos_ in ("PROPN", "NOUN")]
    return heads[0] if len(heads) == 1 else None


def _with_as_subject(verb: Token) -> Token | None:
    """ "spoke by phone today with President X of Colombia to reiterate ...", "met Thursday night with President Y
    of Colombia in Cartagena, Colombia to discuss ...": the verb's "with" has no object because the parse made the
    name the subject of the purpose clause that follows; the name right after "with" is the party (round 21)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if prep is None or any(c.dep_ == "pobj" for c in prep.children):
        return None
    head = _name_after(prep)
    if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = head.head
    if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return None
    return head if head.ent_type_ in PARTY_ENTS else None


# Prepositions of a verb's setting, whose phrase the parse may end with the verb's "with" party ("spoke today on
# the margins of the NATO Summit with President X", "met at the White House with Y").
SETTING_PREPS = frozenset({"on", "at", "in", "during"})
SETTING_ENTS = frozenset({"FAC", "GPE", "LOC", "ORG", "EVENT"})


def _setting_with(verb: Token) -> Token | None:
    """ "President X spoke today on the margins of the NATO Summit with President Y of Poland": a named person
    after a "with" that the parse hung on a named place or event of the verb's setting phrase is the verb's
    party."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS):
        for tok in prep.subtree:
            # (the setting is a named place or event, not a manner: "discussed at length with X")
            if tok.dep_ != "prep" or tok.lower_ != "with" or tok.head.ent_type_ not in SETTING_ENTS:
                continue
            return next((o for o in tok.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), None)
    return None


def _person_predicate(c: Token) -> bool:
    """ "President X called President Y of Z": a named person the parse made a predicate ("called him a liar")
    is the object."""
    return c.dep_ in ("oprd", "attr") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"


def _misparsed_object(verb: Token) -> Token | None:
    """ "President X hosted Chancellor Y of Germany at the White House", parsed with "hosted" as an
    adjective of "Y": a finite verb with a subject of its own that modifies a proper noun governs it."""
    head = verb.head
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and head.pos_ == "PROPN" and head.i > verb.i:
        if any(c.dep_ == "nsubj" for c in verb.children):
            return head
    return None


def _party_places(verb: Token, guest: Token | None) -> list[Token]:
    """ "met with Foreign Minister X in Bucharest": the place the parse hung on a party (the object of
    "with", the direct object) is where they met."""
    heads = [guest] if guest is not None else []
    for c in verb.children:
        if c.dep_ == "dobj":
            heads.extend(with_conjuncts(c))
        elif c.dep_ == "prep" and c.lower_ == "with":
            heads.extend(
                h for p in with_conjuncts(c) for o in p.children if o.dep_ == "pobj" for h in with_conjuncts(o)
            )
    return [
        p
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC")
    ]


SPEND_VERBS = frozenset({"spend", "pass"})
# Plural officials a conversation "to" whom is one with their government ("talked to government officials").
ADDRESSED_OFFICIALS = frozenset({"official", "minister", "leader", "negotiator", "authority"})


def _setting_places(verb: Token) -> list[Token]:
    """Where a meeting verb's setting was: "traveled to Ankara, where he met ..." (the place "where"
    hangs from), "met ... on the margins of the G7 Summit in Biarritz" (the surrounding event's place)."""
    out: list[Token] = []
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in SPEND_VERBS:
        # "spent two days in Washington talking to government officials": the time spent was there (round 26)
        out.extend(
            p
            for c in verb.head.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC")
        )
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        if verb.head.ent_type_ in ("GPE", "LOC", "FAC"):
            out.append(verb.head)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at")):
        for side in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in SURROUNDS):
            events = [e for c in side.children if c.dep_ == "prep" and c.lower_ == "of" for e in c.children]
            out.extend(
                p
                for e in events
                for c in e.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC")
            )
    return out


@Language.factory(
    "parley_meetings",
    assigns=["doc._.parley_meetings"],
    default_config={"version": VERSION, "dictionaries": []},
)
def make_meetings(nlp: Language, name: str, version: str, dictionaries: list[str]) -> MeetingFinder:
    """Factory of the `parley_meetings` component; `dictionaries` lists user dictionary directories."""
    return MeetingFinder(nlp, dictionaries)


def _met_a_day_ahead(trigger: Token, iso: str, pub: dt.date) -> bool:
    """Round 27: a meeting told in the past tense ("met on August 29") on the day after the release's date was
    held abroad, where the day had already begun; not a planned one. Only one day ahead, and only a verb in the
    past tense ("will meet on August 29", "is to meet" stay plans)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb is None or verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
        return False
    return iso == (pub + dt.timedelta(days=1)).isoformat()


def _agent_list(verb: Token) -> list[Token]:
    """The words from a passive verb's "by" to the end of its clause (the names the parser often breaks apart)."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    out: list[Token] = []
    for tok in verb.doc[agent.i + 1 : verb.sent.end]:
        if tok.dep_ in ("ccomp", "advcl", "relcl") or tok.text in (";", ":"):
            break
        out.append(tok)
    return out


# Round 29: what two states sign together is an instrument made at a signing (the tunable gold codes Egypt's and
# Israel's signing of a protocol with the US, and Nigeria's and France's of a debt accord, as held meetings; rounds
# 25-26's meeting reviews found three more). "Agree" stays a joint act of persons only: states "agree" by notes and
# statements as well.
SIGNED_NOUNS = frozenset(
    "agreement accord protocol treaty pact contract deal memorandum convention communique declaration".split()
)


def _states_signed(index: DocIndex, verb: Token) -> bool:
    """Two or more states, by name, as the coordinated subject of an active "sign" whose object is an instrument
    ("Sierra Leone and West Germany signed an accord on its debt"), or as "the two countries" named before: their
    signing. Not a perfect ("Nigeria and France have signed a bilateral agreement") that the story tells again further
    on with its signatories ("The accord was signed here yesterday by ...", as the tunable 10525 does): dated by
    publication, it would be a second meeting."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in SIGNED_NOUNS for c in verb.children) and agents:
        # "a trade accord was then signed by both sides in Harbin"
        return _pair_word(agents[0]) and len(index.pair_before(agents[0])) == 2
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in SIGNED_NOUNS for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    # (told again with who signed, "was signed here yesterday by X and Y"; not "The protocol, signed in Cairo, ...")
    later = [t for t in verb.doc[verb.sent.end :] if t.lemma_.lower() == "sign" and t.pos_ == "VERB"]
    if perfect and any(c.dep_ in ("agent", "nsubj") for t in later for c in t.children):
        return False
    states = _named_subject_parties(index, verb, ("state",))  # (also "the two states have signed an accord")
    return states is not None and len(states) >= 2


# Round 30: the instruments two parties reach ("have reached agreement on reforms").
REACHED_NOUNS = frozenset("agreement accord deal understanding compromise".split())


def _parties_reached_agreement(index: DocIndex, verb: Token, lex: MeetingLexicon) -> bool:
    """Two or more parties by name (states, or one state and an organisation of states), or "the two sides" named
    before, as the coordinated subject of an active "reach" whose object is an agreement ("Sri Lanka and the IMF have
    reached agreement on reforms", the tunable 16778): the talks that reached it. Not a perfect that a later sentence
    tells again as talks held ("France and West Germany have reached agreement ...", then "... agreed in principle
    during talks in Bonn on Friday", the tunable 8082): dated by publication, it would be a second meeting."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in REACHED_NOUNS for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    later = verb.doc[verb.sent.end :]
    if perfect and any(lex.noun_key(t) is not None and meeting_status(t, lex)[0] == HELD for t in later):
        return False
    parties = _named_subject_parties(index, verb, ("state", "igo"))
    return parties is not None and len(parties) >= 2 and len(parties - {"IGO"}) >= 1


def _named_subject_parties(index: DocIndex, verb: Token, sources: tuple[str, ...]) -> set[str] | None:
    """The parties the coordinated subject of a joint act names (`sources`: states, also organisations of states), or
    "the two sides" stand for; None when any member of the subject is something else (a person, a firm)."""
    parties: set[str] = set()
    for head in subject_of(verb):
        if _pair_word(head):
            parties |= index.pair_before(head)
            continue
        hit = index.country.get(head.i)
        if hit is None or hit.source not in sources:
            return None
        parties.add(hit.iso)
    return parties


def _pair_word(tok: Token) -> bool:
    """ "Both states", "the two sides": words that stand for the two states named before."""
    return tok.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in ("both", "two") for c in tok.children)


def _joint_agents(index: DocIndex, verb: Token) -> bool:
    """Round 27: the agents of a passive joint act are persons (or officials) of two countries ("The accord was signed
    here today by the visiting Indonesian Finance Minister X and Ex-Im Bank President Y", "... by Nigerian Finance
    Minister X and senior French Treasury officials"): a meeting. Read from "by" to the end of the clause, since the
    parser often breaks the list of names apart."""
    countries: set[str] = set()
    for tok in _agent_list(verb):
        person = index.person_at(tok)
        if person is not None and person.country:
            countries.add(person.country)
        elif tok.lemma_.lower() in ("official", "officials") and tok.pos_ == "NOUN":
            countries |= {hit.iso for _t, hit in index.hits(t for t in tok.subtree if t.i < tok.i)} - {"IGO"}
    return len(countries) >= 2


def _praised_owner(index: DocIndex, pronoun: Token, trigger: Token) -> ActorRef | None:
    """Round 27: the person a praising or thanking verb's object names, for "his"/"her" on the meeting word it praises
    or thanks him for ("The President commended the Prime Minister for his historic visits to Poland and Ukraine":
    the Prime Minister's visits, not the President's)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her") or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    verb = prep.head
    if prep.lower_ not in ("for", "on") or verb.lemma_.lower() not in PRAISE_VERBS | THANK_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for tok in noun_phrase(obj):
            actor = index.person_at(tok)
            if actor is not None:
                return actor
        resolved = index.resolve_title(obj)
        if resolved is not None:
            return resolved
    return None
