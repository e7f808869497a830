"""Who said it: the subject of a speech cue, resolved to an in-document actor.

Names resolve through the actors' mentions (`parley_actors`); "he"/"she" to the most
recent person who was the subject of a sentence or a cue; definite titles ("the foreign
secretary", "the chief Iranian delegate") to the person holding that title in the
document; institutions ("the Iraqi government", "Washington") to their state.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from etl.nlp.cues import CueLexicon
from etl.nlp.doc_ext import ActorRef
from etl.nlp.gazetteer import is_demonym
from etl.nlp.speakers import (
    DESCRIPTIVE_PEOPLE,
    GENERIC_PEOPLE,
    INSTITUTIONS,
    actors_from_entities,
    country_of,
    gender_of,
    gender_of_words,
    given_name_gender,
    is_honorific,
    party_of,
    party_words,
    person_nouns,
    title_country_roles,
    title_is_weak,
    title_role,
    title_words,
)

PERSON_PRONOUNS = frozenset({"he", "she"})
PRONOUN_GENDER = {"he": "m", "she": "f"}
# The object forms, for the one quoted ("the agency quoted him as saying"): he speaks.
OBJECT_PRONOUNS = {"him": "he", "her": "she"}
PRONOUN_LOOKBACK = 6  # person subjects to look back over for one of the pronoun's gender
# "it said" stands for the state or organisation last seen as a subject, if it is this close.
IT_WINDOW_TOKENS = 120
VAGUE_ROLES = frozenset({"official", "other"})  # roles that name no one office
DESCRIBED_WINDOW_TOKENS = 200  # how far back "the minister said" looks for the person who spoke last (a few paragraphs)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Determiners and numbers that make a subject indefinite ("a UK Government official"):
# an unnamed member of a group is not any particular actor.
INDEFINITE = frozenset({"a", "an", "some", "several", "many", "one", "two", "three", "other", "another"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words that make a title another office than the bare title ("shadow chancellor", "former president").
QUALIFIERS = frozenset({"shadow", "former", "deputy", "vice", "ex", "assistant", "opposition"})
# Documents that speak for their author ("the statement said", "the communique said").
DOCUMENTS = frozenset(
    {"statement", "communique", "communiqué", "report", "letter", "declaration", "announcement"}
    | {"editorial", "commentary"}  # a newspaper's own voice ("the editorial said")
)
# Verbs through which an actor puts out a document: their subject is the author of "the statement"
# said later ("Iran issued a statement ... The statement said", "the paper published ... an editorial").
ISSUING_VERBS = frozenset({"issue", "publish", "release", "print", "carry", "run", "circulate", "send", "deliver"})
# ... and through which one says something in a document ("made these remarks in a report", "said in a statement").
SAYING_IN_VERBS = frozenset({"make"})
# Common nouns by which a news story refers back to a firm it has named ("the company said").
FIRM_NOUNS = frozenset({"company", "firm", "bank", "group", "airline", "carrier", "operator", "manufacturer"})
FIRM_WINDOW_TOKENS = 250  # how far back "the company" looks for the firm it stands for (a few paragraphs)
# Nouns of a body that its name spells ("the ministry" for the Finance Ministry, "the union" for the Auto Workers'
# union, "the association" for the Bankers Association): bare after "the", the last organisation subject whose name
# holds the word (`Attributor._firm_antecedent`). Round 17.
NAMED_BODY_NOUNS = frozenset(
    "ministry union association institute federation confederation agency committee commission council chamber "
    "foundation society bureau board authority fund league".split()
)
DOCUMENT_LOOKBACK = 400  # tokens back to the sentence that put the document out (a few paragraphs)
# Nouns for what a person is or does, not an office, that a story uses to refer back to one it has named with the
# words of his place, team or band ("the Old Trafford boss", "the Black Sabbath singer"): `_named_description`.
# Offices a "leader" may name ("the visiting Jordanian leader" for its prime minister).
LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "party_leader"})
DESCRIBED_NOUNS = frozenset(
    "boss manager skipper striker midfielder winger defender goalkeeper keeper fly-half scrum-half half player "
    "star singer actor actress comedian musician rocker presenter champion veteran politician".split()
)
# Plural nouns through which a state speaks when a country word modifies them ("French officials").
STATE_VOICES = frozenset(
    {"official", "minister", "authority", "spokesman", "spokeswoman", "spokesperson", "leader", "source"}
)
# Words before a singular official that make him one of the officials named before ("one official said").
ONE_OF_THEM = (["one"], ["another"])
# Dependencies through which a cue without its own subject borrows its head's
# ("..., saying", "proposed ... but said", "was quoted as saying").
CLIMB_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "prep", "acl"})
# Prepositions that open a title's domain ("minister for women", "secretary of state for X").
DOMAIN_PREPOSITIONS = frozenset({"for", "of"})
# Parts of a subject phrase that never name the speaker ("X, who ...", "X from Y").
SKIP_DEPS = frozenset({"relcl", "acl", "prep", "advcl", "punct", "cc", "det"})


@dataclass(slots=True)
class Speaker:
    """The resolved speaker of one cue: the actor (None when unresolved) and the mention used."""

    name: str | None
    actor: ActorRef | None
    start: int
    end: int


class Attributor:
    """Speaker resolution over one Doc; build once per Doc, then call `walk_subjects` first."""

    def __init__(
        self,
        doc: Doc,
        cues: CueLexicon,
        in_quote: list[bool],
        text: str | None = None,
        issuer: str | None = None,
        principal: tuple[str, ActorRef] | None = None,
    ) -> None:
        self.doc = doc
        # The state whose government issued the document (a White House readout), whose own officials
        # its releases name by a bare title ("The President", "The Secretary").
        self.issuer = issuer
        # The release's principal when its office names him by a bare title (`speakers.principal_holder`):
        # the title's head word and the person who held the office then, speaking even if never named.
        self.principal = principal
        self.text = doc.text if text is None else text  # doc.text is rebuilt on each access
        self.cues = cues
        self.in_quote = in_quote
        actors = doc._.parley_actors
        self.actors: list[ActorRef] = list(actors) if actors is not None else actors_from_entities(doc)
        mentions = sorted((s, e, i) for i, a in enumerate(self.actors) for s, e in a.mentions)
        self._mentions = mentions
        self._starts = [m[0] for m in mentions]
        self._events: list[tuple[int, Speaker]] = []  # (token index, person subject) in text order
        # Person subjects of clauses inside others (`_embedded`): (token index, sentence start, speaker).
        self._local: list[tuple[int, int, Speaker]] = []
        self._bodies: list[tuple[int, Speaker]] = []  # the same for states, organisations, IGOs
        self._unlisted: set[int] = set()  # where a name no actor answers to was a subject (`_unlisted_name`)
        # Unnamed officials resolved to their body by a word of their phrase ("Japanese officials said"):
        # (token index, head lemma, speaker), for "the officials said" further on.
        self._voices: list[tuple[int, str, Speaker | None]] = []
        self._lead: list[Span] | None = None  # the first two sentences with words (`_named_next`)
        self._subjects: dict[int, Speaker] = {}
        self._titles: dict[int, tuple[set[str], set[str]]] | None = None
        self._genders: dict[str, str] = {}
        self._authors: dict[str, ActorRef] = {}  # document noun ("statement") -> its author here

    # -- actors behind tokens -------------------------------------------------------------
    def mention_at(self, start: int, end: int) -> tuple[ActorRef, int, int] | None:
        """The actor with a mention overlapping [start, end), and that mention's span."""
        i = bisect.bisect_left(self._starts, end)
        for s, e, a in reversed(self._mentions[max(0, i - 8) : i]):
            if s < end and start < e:
                return self.actors[a], s, e
        return None

    def actor_of_token(self, token: Token) -> tuple[ActorRef, int, int] | None:
        """The actor one of whose mentions covers `token`."""
        return self.mention_at(token.idx, token.idx + len(token.text))

    def country_of_token(self, token: Token) -> str | None:
        """The country a token stands for: its actor's country, else the gazetteer's reading."""
        found = self.actor_of_token(token)
        if found and found[0].country:
            return found[0].country
        if token.pos_ in ("PROPN", "ADJ", "NOUN") and (token.ent_type_ or token.pos_ == "PROPN"):
            return country_of(token.text)
        return None

    # -- discourse state -------------------------------------------------------------------
    def walk_subjects(self, cue_indices: list[int] | None = None) -> None:
        """Resolve, in text order, the subjects of sentence roots and of cues outside
        quotations (and X of "according to X"), so that a later "he said" finds the most
        recent person subject. `cue_indices` are the Doc's cue candidates, if known."""
        if not len(self.doc):
            return
        strings = self.doc.vocab.strings
        subject_deps = {strings[d] for d in SUBJECT_DEPS}
        deps = self.doc.to_array(DEP).tolist()
        wanted: list[Token] = []
        for i, dep in enumerate(deps):
            if dep not in subject_deps or self.in_quote[i]:
                continue
            token = self.doc[i]
            head = token.head
            if self.in_quote[head.i] or not (head.dep_ in ("ROOT", "advcl") or self.cues.group(head)):
                continue
            wanted.append(token)
        for i in cue_indices if cue_indices is not None else self.cues.candidates(self.doc):
            cue = self.doc[i]
            if not self.in_quote[i] and self.cues.group(cue) == "source":
                source = self.cue_subject(cue)
                if source is not None:
                    wanted.append(source)
        for token in sorted(wanted, key=lambda t: t.i):
            self.resolve(token)

    def last_subject(self, before: int) -> tuple[int, Speaker] | None:
        """The most recent person subject (token index, speaker) before token `before`; its
        speaker is unresolved when an unnamed person spoke ("one dealer said")."""
        i = bisect.bisect_left(self._events, before, key=lambda ev: ev[0])
        return self._events[i - 1] if i else None

    def _last_person(self, before: int, pronoun: str = "he") -> Speaker | None:
        """The most recent person subject before token index `before` whose known gender does
        not contradict `pronoun`, else the most recent such person mention outside quotations."""
        i = bisect.bisect_left(self._events, before, key=lambda ev: ev[0])
        sentence = self.doc[before].sent.start
        local = [(at, speaker) for at, start, speaker in self._local if start == sentence and at < before]
        recent = sorted([*self._events[max(0, i - PRONOUN_LOOKBACK) : i], *local], key=lambda ev: -ev[0])
        # a name no actor answers to, in the pronoun's own sentence, may be a firm's ("Yukos is confident ..., and
        # "..." he said"): it stands in the way of a "he" of a later sentence only
        recent = [ev for ev in recent if ev[0] not in self._unlisted or self.doc[ev[0]].sent.start != sentence]
        if pronoun == "she":
            # Few people in news are marked as women; one who is, among recent subjects, is
            # a better guess for "she" than a nearer person of unknown gender.
            unnamed = -1  # the token where an unnamed person last spoke: "she" may be her, no one named before
            for at, speaker in recent:
                if speaker.actor is None:
                    unnamed = at
                    break  # an unnamed person spoke since ("a spokeswoman said")
                if self._gender(speaker.actor) == "f":
                    return speaker
            woman = self._woman_named_before(before, unnamed)
            if woman is not None:
                return woman
        for _, speaker in recent:
            if speaker.actor is None or self._agrees(speaker.actor, pronoun):
                return speaker
        limit = self.doc[before].idx
        for s, e, a in reversed(self._mentions[: bisect.bisect_left(self._starts, limit)]):
            actor = self.actors[a]
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if actor.kind == "person" and span is not None and not self.in_quote[span.start]:
                if self._agrees(actor, pronoun):
                    return Speaker(actor.name, actor, s, e)
        return None

    def _woman_named_before(self, before: int, after: int) -> Speaker | None:
        """For "she": the person named last outside quotations in the same paragraph before token `before` (and
        after token `after`), men aside, if the text shows her as a woman ("... a row with X, the local woman who
        ... "...," she told him"), though she was no subject and a man of unknown gender spoke since. A nearer
        person of unknown gender ("a letter from her maid, Y, shows her telling ...") leaves the choice as before."""
        limit = self.doc[before].idx
        start = max(self.text.rfind("\n", 0, limit) + 1, self.doc[after].idx + 1 if after >= 0 else 0)
        for s, e, a in reversed(self._mentions[: bisect.bisect_left(self._starts, limit)]):
            if s < start:
                break
            actor = self.actors[a]
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if actor.kind != "person" or span is None or self.in_quote[span.start]:
                continue
            gender = self._gender(actor)
            if gender == "f":
                return Speaker(actor.name, actor, s, e)
            if gender != "m":
                return None
        return None

    def _agrees(self, actor: ActorRef, pronoun: str) -> bool:
        """Whether "he"/"she" may stand for `actor`, from the honorifics and titles written
        with its mentions ("Mrs Thatcher", "spokeswoman X"); unknown gender agrees."""
        gender = self._gender(actor)
        return gender == "" or gender == PRONOUN_GENDER.get(pronoun, gender)

    def _gender(self, actor: ActorRef) -> str:
        """The gender the text shows for a person: an honorific or title with his mentions ("Mrs X", "spokeswoman
        X"), else a noun in apposition ("X, the local woman who ..."), else a "he"/"she" bound to him by grammar
        (`_bound_gender`); "" when it shows none."""
        gender = self._genders.get(actor.key)
        if gender is None:
            gender = gender_of(self.text, actor)
            if not gender and actor in self.actors:
                heads = self._title_words().get(self.actors.index(actor), (set(), set()))[0]
                gender = gender_of_words(heads) or self._bound_gender(actor)
            # the given name last (round 25: "... her defence minister, George X. He told ..." is not Margaret's)
            gender = gender or given_name_gender(actor.name)
            self._genders[actor.key] = gender
        return gender

    def _bound_gender(self, actor: ActorRef) -> str:
        """ "m"/"f" from the pronoun that the words a person is reported to say use for him: the first "he"/"she"
        subject of the clauses his own cue reports, coordinated with each other ("X said the plan was sound and she
        was sure ..."), not of a clause further inside ("X said the minister thought he ..."). Two answers, none."""
        found: set[str] = set()
        for s, e in actor.mentions:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or self.in_quote[span.start]:
                continue
            root = span.root
            if root.dep_ not in SUBJECT_DEPS or not self.cues.group(root.head):
                continue
            pronoun = _first_reported_pronoun(root.head, self.in_quote)
            if pronoun is not None:
                found.add(PRONOUN_GENDER[pronoun])
        return found.pop() if len(found) == 1 else ""

    # -- cues and subjects ------------------------------------------------------------------
    def cue_subject(self, cue: Token) -> Token | None:
        """The token naming who speaks for a cue: its subject, a borrowed subject, or X of
        "according to X"."""
        if self.cues.group(cue) == "source":
            return _source_object(cue)
        found = self._climb_to_subject(cue)
        return found if found is not None else self._adjacent_person(cue)

    def _climb_to_subject(self, cue: Token) -> Token | None:
        """The cue's own subject, or one borrowed from the heads it depends on (a few steps up)."""
        token = cue
        for _ in range(4):
            found, nxt = self._subject_step(cue, token)
            if found is not None:
                return found
            if nxt is None:
                return None
            token = nxt
        return None

    def _subject_step(self, cue: Token, token: Token) -> tuple[Token | None, Token | None]:
        """One step of `_climb_to_subject`: (the speaker token, None) when `token` names it,
        else (None, the head to try next), or (None, None) when the climb stops."""
        if token is not cue and token.lemma_ == "quote":
            # "the newspaper quoted an insider as saying": the one quoted speaks
            quoted = next((c for c in token.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted, None
        # The subject nearest the cue: a dateline ("MOSCOW, March 31 - X said") can be
        # parsed as a second subject further away.
        subjects = sorted((c for c in token.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(c.i - token.i))
        if subjects:
            # A person among them first: `"...," commented Ontario Premier X` parsed "Ontario" as a subject.
            child = next((c for c in subjects if self._is_person(c)), subjects[0])
            if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                return token.head, None
            return child, None
        if token.dep_ == "acl":
            noun = token.head
            if noun.pos_ == "PROPN" or noun.lemma_.lower() in person_nouns() | DOCUMENTS:
                return noun, None  # "Smith, saying ...", "a spokesman saying ...", "a report saying ..."
            if noun.head is noun:
                return None, None
            return None, noun.head  # "set out his country's stance saying": the one who set it out
        if token.dep_ not in CLIMB_DEPS or token.head is token:
            return None, None
        head = token.head
        if token.dep_ == "conj" and head.dep_ in ("ccomp", "xcomp") and self.cues.group(head.head):
            # "He said the won would rise, but added ...": a parse that joined the second
            # cue to the reported clause; the speaker is the first cue's.
            head = head.head
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and head.dep_ == "ccomp" and self.cues.group(head.head):
            # "She told the BBC that Ford did not deserve credit, saying: ...": a participle
            # the parse hung on the reported clause speaks for the reporting cue's subject,
            # not for the reported clause's.
            head = head.head
        return None, head

    def _is_person(self, token: Token) -> bool:
        found = self.actor_of_token(token)
        return found is not None and found[0].kind == "person"

    def _adjacent_person(self, cue: Token) -> Token | None:
        """A parse that lost the subject: a person named right before the cue ("with
        minister X telling parliament: ...", "title, X, said: ..."), or right after it ("..., added Carney")."""
        doc = cue.doc
        before = cue.i - 2 if cue.i > 1 and doc[cue.i - 1].text == "," else cue.i - 1
        for near in (doc[before] if before >= 0 else None, doc[cue.i + 1] if cue.i + 1 < len(doc) else None):
            if near is None or near.pos_ != "PROPN":
                continue
            while near.dep_ == "compound" and near.head.i > near.i:
                near = near.head
            found = self.actor_of_token(near)
            if found and found[0].kind == "person":
                return near
        return None

    def speaker_of_cue(self, cue: Token) -> Speaker | None:
        """The speaker a cue names, or None when the cue has no subject at all."""
        subject = self.cue_subject(cue)
        if subject is None:
            return None
        speaker = self.resolve(subject)
        if speaker.actor is None and subject.i > cue.i:
            return self._joined_person(subject) or speaker
        return speaker

    def _joined_person(self, subject: Token) -> Speaker | None:
        """`"...," said Vice Chairman and Chief Financial Officer X Y`: a subject after its cue that names
        no actor, whose parse joined the person's name to it as a conjunct (the titles' "and" read as one
        between two subjects, or a firm's: "said A B and Co analyst X Y"), is that person, when exactly one
        conjunct names a listed person and the subject is no person's name of its own ("said A B and X Y": two
        people speak)."""
        conjuncts = subject.conjuncts
        if subject.ent_type_ == "PERSON" and not any(c.ent_type_ == "ORG" for c in conjuncts):
            return None  # "said A B and C D": two people speak, neither alone
        found = []
        for conj in conjuncts:
            if conj.i <= subject.i or conj.pos_ != "PROPN" or self.in_quote[conj.i]:
                continue
            speaker = self.resolve(conj)
            if speaker.actor is not None and speaker.actor.kind == "person":
                found.append(speaker)
        return found[0] if len(found) == 1 else None

    def resolve(self, subject: Token) -> Speaker:
        """Resolve a subject token to an actor (cached; person results feed pronoun resolution)."""
        cached = self._subjects.get(subject.i)
        if cached is not None:
            return cached
        speaker = self._resolve(subject)
        self._subjects[subject.i] = speaker
        if self.in_quote[subject.i]:
            return speaker
        at = _salience_position(subject)
        if self._embedded(subject):
            person = speaker.actor.kind == "person" if speaker.actor is not None else self._unnamed_person(subject)
            if person:
                self._local.append((at, subject.sent.start, speaker))
                return speaker
            if not self.cues.group(subject.head):
                return speaker  # the subject of an adverbial clause that is no person says nothing here
        if speaker.actor is not None:
            events = self._events if speaker.actor.kind == "person" else self._bodies
            bisect.insort(events, (at, speaker), key=lambda ev: ev[0])
        elif self._unnamed_person(subject):
            # An unnamed person speaks ("the dealer said"): "he" next refers to them, not to
            # anyone named before.
            bisect.insort(self._events, (at, speaker), key=lambda ev: ev[0])
        elif self._unlisted_name(subject):
            # So does one named whom the actors stage did not list, for a "he" of a later sentence.
            bisect.insort(self._events, (at, speaker), key=lambda ev: ev[0])
            self._unlisted.add(at)
        elif subject.pos_ == "NOUN" and self.cues.group(subject.head):
            # A document or body that is no actor speaks ("the communique said"): "it said" next
            # refers to it, not to a state named before.
            bisect.insort(self._bodies, (at, speaker), key=lambda ev: ev[0])
        return speaker

    def _unnamed_person(self, subject: Token) -> bool:
        """An unnamed person who speaks ("the dealer said")."""
        return bool(subject.tag_ == "NN" and subject.lemma_.lower() in person_nouns() and self.cues.group(subject.head))

    def _unlisted_name(self, subject: Token) -> bool:
        """A proper name as subject that resolves to no actor, and that spaCy reads as a person or as nothing
        ("Andre 3000 thanked fans", "Jane, who runs the website, compiles ..."): no country, institution or
        organisation word. A "he"/"she" after it is more likely him than a person named before him."""
        if subject.pos_ != "PROPN" or subject.tag_ != "NNP" or subject.ent_type_ not in ("PERSON", ""):
            return False
        if subject.lemma_.lower() in INSTITUTIONS or self.country_of_token(subject):
            return False
        # a person by spaCy's reading, one who speaks, or a first name and surname; not a bare name of nothing
        # ("Leicester have been aided by ...": a club)
        full = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == subject.i - 1 for c in subject.children)
        if not (subject.ent_type_ == "PERSON" or self.cues.group(subject.head) or full):
            return False
        if any(c.dep_ in ("det", "poss") for c in subject.children):
            return False
        # a word of a listed person's name ("Duncan" of "L.C. Duncan Jr.", "Siri" of "Siri Karncharoendi") is likely
        # his, unlinked: no one new
        return not any(a.kind == "person" and subject.text in a.name.split() for a in self.actors)

    def _embedded(self, subject: Token) -> bool:
        """Whether a subject is that of a clause inside another: an adverbial clause ("When President X
        arrived in power he began ..."), or a cue inside the words another cue reports ("He said the draft
        built on an approach ..., dropped once the Soviet leader insisted on ..."). Such a person is less
        salient than the main clause's: a "he" in the same sentence may stand for him, a "he" in a later
        sentence stands for the main speaker."""
        head = subject.head
        if head.dep_ == "advcl" and not self.cues.group(head):
            return self._same_paragraph(head, head.head)
        if not self.cues.group(head):
            return False
        return any(
            self.cues.group(a) is not None and not self.in_quote[a.i] and self._same_paragraph(a, head)
            for a in head.ancestors
        )

    def _same_paragraph(self, a: Token, b: Token) -> bool:
        """No line break between two tokens: a parse that hangs one paragraph's sentence on the last one's
        verb ("... but none said when.\n\nX stressed that ...") joins no clauses."""
        lo, hi = sorted((a.idx, b.idx))
        return "\n" not in self.text[lo:hi]

    def _resolve(self, subject: Token) -> Speaker:
        speaker = self._resolve_phrase(subject)
        # (not a plural, "Senior officials in the coalition government said": several people, of whom the one named
        # next is at most one; round 27)
        if (
            speaker.actor is None
            and subject.pos_ != "PRON"
            and subject.tag_ != "NNS"
            and subject.lemma_.lower() in person_nouns()
        ):
            named = self._named_next(subject)
            if named is not None:
                return Speaker(named.name, named, speaker.start, speaker.end)
        return speaker

    def _named_next(self, subject: Token) -> ActorRef | None:
        """The person a story's lead describes without naming ("A senior British official said ...",
        "Argentina's chief debt negotiator said ...", "Russia's president has defended ..., saying ..."), named
        as the one who speaks in the next sentence ("Paul Channon, secretary for trade and industry, said ...";
        "..., Treasury Secretary X said"): the first person there who is the subject of a cue, unless the
        lead's phrase gives him another country. Only in the lead: further on, an unnamed official is one more
        voice, not the next one named."""
        if self._lead is None:
            self._lead = list(itertools.islice((s for s in self.doc.sents if any(t.is_alpha for t in s)), 2))
        sents = self._lead
        if len(sents) < 2 or subject.sent.start != sents[0].start or self.in_quote[subject.i]:
            return None
        countries = {c for t in subject.subtree if t is not subject for c in [self.country_of_token(t)] if c}
        for token in sents[1]:
            found = self.actor_of_token(token) if token.dep_ in SUBJECT_DEPS and not self.in_quote[token.i] else None
            if found is None or found[0].kind != "person" or not self.cues.group(token.head):
                continue
            if countries and found[0].country and found[0].country not in countries:
                return None
            return found[0]
        return None

    def _resolve_phrase(self, subject: Token) -> Speaker:
        start, end = subject.idx, subject.idx + len(subject.text)
        unresolved = Speaker(None, None, start, end)
        if subject.pos_ == "PRON" or subject.lower_ in PERSON_PRONOUNS or subject.lower_ == "it":
            return self._resolve_pronoun(subject, unresolved)
        if any(c.dep_ == "conj" for c in subject.children) and not self._one_described(subject):
            return unresolved  # "Americans and Iranians said": several speakers, no one actor
        phrase = self._phrase(subject)
        span_start, span_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
        ordered = sorted(phrase, key=lambda t: (t is not subject, t.dep_ != "appos", t.i))
        # "Mr Begg's father said": the possessor is not the speaker.
        owners = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
        own = [t for t in ordered if t.i not in owners]
        person = self._named_person(own) or self._named_after_domain(subject)
        if person is not None:
            return person
        nationality = self._age_or_nationality(subject)
        if nationality is not None:  # a person described by age or nationality: the one before, else no one
            described = self._age_or_nationality_speaker(subject, nationality)
            name = described.name if described is not None else None
            return Speaker(name, described, span_start, span_end)
        vague = Speaker(None, None, span_start, span_end)
        named = self._named_description(subject, vague)
        if named is not None:  # "the Ohio Democrat", "the Old Trafford boss": the one named before
            return named
        determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod")}
        lemma = subject.lemma_.lower()
        if determiners & INDEFINITE:
            if lemma in STATE_VOICES and [*determiners] in ONE_OF_THEM:
                # "Egyptian officials said ... one official said": one of those officials (round 19)
                return self._same_officials(subject, lemma) or vague
            # "a World Bank report said": a new document, its author only the one its own phrase names
            return self._document_author(subject, vague, named_only=True) if lemma in DOCUMENTS else vague
        named = self._apposed_body(subject)
        if named is not None:
            return named
        if subject.tag_ == "NNS":
            return self._officials_state(subject, phrase, vague)
        if lemma in DOCUMENTS:
            return self._document_author(subject, vague)
        firm = self._firm_antecedent(subject)
        if firm is not None:
            return Speaker(firm.name, firm, span_start, span_end)
        found = self._by_name_or_title(subject, phrase, vague)
        if found is not None:
            return found
        for token in own:
            mention = self.actor_of_token(token)
            if mention:
                return Speaker(mention[0].name, mention[0], span_start, span_end)
        firm = self._firm_by_first_word(subject, phrase)
        if firm is not None:
            return Speaker(firm.name, firm, span_start, span_end)
        if (
            subject.pos_ == "PROPN"
            and subject.lemma_.lower() not in INSTITUTIONS
            and not self.country_of_token(subject)
        ):
            return vague  # "The UK Independence Party said": a country word inside an organisation's name
        return self._state_speaker(ordered, vague)

    def _resolve_pronoun(self, subject: Token, unresolved: Speaker) -> Speaker:
        """ "he"/"she": the last person of agreeing gender; "it": the last state or body
        subject, if near; any other pronoun stays unresolved."""
        lower = OBJECT_PRONOUNS.get(subject.lower_, subject.lower_)  # "quoted him as saying"
        if lower in PERSON_PRONOUNS:
            question = question_put(subject.head)
            before = question.left_edge.i if question is not None and question.i < subject.i else subject.i
            last = self._last_person(before, lower)
            return Speaker(last.name, last.actor, unresolved.start, unresolved.end) if last else unresolved
        if lower == "it":
            i = bisect.bisect_left(self._bodies, subject.i, key=lambda ev: ev[0])
            if i and subject.i - self._bodies[i - 1][0] <= IT_WINDOW_TOKENS:
                body = self._bodies[i - 1][1]
                return Speaker(body.name, body.actor, unresolved.start, unresolved.end)
        return unresolved

    def _firm_antecedent(self, token: Token) -> ActorRef | None:
        """The organisation "the company" / "the bank" stands for: the last organisation that was the subject
        of a sentence a few paragraphs before ("UPS said it had ordered ... The US company said ...");
        a "bank" only for an organisation whose name says so."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in FIRM_NOUNS | NAMED_BODY_NOUNS or token.tag_ != "NN":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if lemma in NAMED_BODY_NOUNS and [c.lower_ for c in token.children] != ["the"]:
            return None  # "the Japanese ministry", "the union's leader": not the bare noun of one body named before
        i = bisect.bisect_left(self._bodies, token.i, key=lambda ev: ev[0])
        if lemma in NAMED_BODY_NOUNS:
            # the word its name holds picks the body out: the last such one, past other bodies, a few paragraphs back
            for at, body in reversed(self._bodies[:i]):
                if token.i - at > DOCUMENT_LOOKBACK:
                    break
                if body.actor is not None and body.actor.kind in ("organization", "igo"):
                    if _name_holds(body.actor, lemma):
                        return body.actor
            return None
        for at, body in reversed(self._bodies[max(0, i - 3) : i]):
            actor = body.actor
            if token.i - at > FIRM_WINDOW_TOKENS or actor is None:
                break
            if actor.kind == "organization" and (lemma != "bank" or "bank" in actor.name.lower()):
                return actor
        return None

    def _apposed_body(self, subject: Token) -> Speaker | None:
        """A state, organisation or IGO named in apposition to a common noun ("India's biggest oil
        firm, Oil & Natural Gas Corp, says"; "the country's main union, Unison, said"): it speaks."""
        if subject.pos_ != "NOUN":
            return None
        for appos in (c for c in subject.children if c.dep_ == "appos"):
            if any(c.dep_ == "conj" for c in appos.children):
                return None  # "hardliners Britain and West Germany": several speakers, no one actor
            found = self.actor_of_token(appos) or next(
                (f for f in map(self.actor_of_token, appos.subtree) if f is not None), None
            )
            if found is not None and found[0].kind in ("state", "organization", "igo"):
                return Speaker(found[0].name, found[0], found[1], found[2])
        return None

    def _named_person(self, own: list[Token]) -> Speaker | None:
        """A person actor one of whose mentions covers a word of the subject phrase."""
        for token in own:
            found = self.actor_of_token(token)
            if found and found[0].kind == "person":
                return Speaker(found[0].name, found[0], found[1], found[2])
        return None

    def _named_after_domain(self, subject: Token) -> Speaker | None:
        """A title whose domain the parse read as a prepositional phrase holding the name ("Shadow spokesman
        for sport X said", "the minister for women X told ..."): the person named last in the subject phrase,
        right before the cue, speaks, when the words between the preposition and his name name a domain (a field,
        a place) and no other person's office: "a spokesman for President X" is the spokesman, not X."""
        if subject.pos_ != "NOUN" or subject.lemma_.lower() not in person_nouns():
            return None
        if any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in subject.children):
            return None  # "a spokesman for ...": one more voice
        for prep in subject.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            if pobj is None or prep.lower_ not in DOMAIN_PREPOSITIONS or pobj.right_edge.i != subject.right_edge.i:
                continue
            found = self.actor_of_token(pobj)
            if found is None or found[0].kind != "person":
                continue
            domain = [t for t in prep.subtree if t is not prep and t.idx < found[1] and t.dep_ != "det"]
            if domain and all(self._domain_word(t) for t in domain):
                return Speaker(found[0].name, found[0], found[1], found[2])
        return None

    def _domain_word(self, token: Token) -> bool:
        """A word of a title's domain ("sport", "home affairs", "trade and industry", "Europe"): no title, no
        honorific, no qualifier and no part of another person's name."""
        lemma = token.lemma_.lower()
        if lemma in person_nouns() or lemma in QUALIFIERS or is_honorific(lemma):
            return False  # an honorific opens a name ("a spokesman for Mrs X"); (not `_is_title_head`: the domain
            # itself is written before the name here)
        found = self.actor_of_token(token)
        if found is not None and found[0].kind == "person":
            return False
        return token.pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ") or token.text == ","

    def _by_name_or_title(self, subject: Token, phrase: list[Token], vague: Speaker) -> Speaker | None:
        """A person named by words of his name the linker missed, or by a title he holds here;
        `vague` when the phrase names a person or non-state thing nobody here answers to;
        None to go on (an institution, a state)."""
        if subject.pos_ == "PROPN" and self.actor_of_token(subject) is None:
            words = [t.text for t in phrase if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t is subject]
            named = self._by_name_words(words)
            if named is not None:
                return Speaker(named.name, named, vague.start, vague.end)
        titled = (  # "the Crown Prince"
            subject.pos_ == "PROPN"
            and self.actor_of_token(subject) is None
            and self._is_title_head(subject.lemma_.lower())
        )
        if not (subject.pos_ == "NOUN" or titled):
            return None
        holder = self._by_title(subject, phrase) or self._by_role(subject, phrase)
        holder = self._unnamed_principal(subject, holder) or holder or self._described_speaker(subject, phrase)
        if holder is not None:
            return Speaker(holder.name, holder, vague.start, vague.end)
        if subject.lemma_.lower() in person_nouns():
            # A person, not the state; but "the U.S. official said", unnamed, speaks for his state.
            return self._officials_state(subject, phrase, vague)
        if subject.lemma_.lower() not in INSTITUTIONS and self.actor_of_token(subject) is None:
            return vague  # "the Paris accord said"
        return None

    def _described_speaker(self, subject: Token, phrase: list[Token]) -> ActorRef | None:
        """The person who last spoke, described by an office no one here holds by name ("Lord X said ... The
        retired permanent secretary said: ..."; "Sheikh X told a news agency ... "...," the minister said"), or
        by his party and what he is ("X said ... the Labour peer and former minister said:", "the Conservative
        leader said", "The Tory spokesman also attacked ..."): a description (`_description`) stands for the last
        person who was the subject of a cue a few sentences before, if that one is named (an unnamed person since
        breaks it) and the description fits him (`_fits`)."""
        parties = self._description(subject, phrase)
        if parties is None:
            return None
        i = bisect.bisect_left(self._events, subject.i, key=lambda ev: ev[0])
        if not i:
            return None
        at, last = self._events[i - 1]
        if subject.i - at > DESCRIBED_WINDOW_TOKENS or last.actor is None or last.actor.kind != "person":
            return None
        return last.actor if self._fits(subject, last.actor, parties) else None

    def _fits(self, subject: Token, actor: ActorRef, parties: set[str]) -> bool:
        """Whether a description may stand for `actor`: no other office of his ("Ambassador X said ... the
        minister said": another person), no other country than its party's, and no other person here written
        with its party word when he is not ("Tory MP X ... Y said ... the Tory peer said": X, not Y)."""
        lemma = subject.lemma_.lower()
        titles = [subject, *(c for c in subject.children if c.dep_ == "conj")]
        qualified = any(t.lower_ in QUALIFIERS for s in titles for t in s.children)
        if not parties or not (qualified or title_is_weak(lemma) or lemma in GENERIC_PEOPLE | DESCRIPTIVE_PEOPLE):
            role = title_role(lemma)
            offices = set(actor.role) - VAGUE_ROLES
            if role and offices and role not in offices and not (lemma == "leader" and offices & LEADER_ROLES):
                return False  # an office of its own: another holder (a prime minister is a "leader" too; round 27)
        if not parties:
            return True
        table = party_words()
        if actor.country and any(table[p] != actor.country for p in parties):
            return False
        known = {party_of(p) for p in table}
        marks = {i: {party_of(w) for w in ws} & known for i, (_, ws) in self._title_words().items()}
        own = next((m for i, m in marks.items() if self.actors[i] is actor), set())
        wanted = {party_of(p) for p in parties}
        if own:
            return bool(own & wanted)  # "Labour MP X" is no Tory
        return not any(m & wanted for i, m in marks.items() if self.actors[i] is not actor)

    def _age_or_nationality_speaker(self, subject: Token, country: str) -> ActorRef | None:
        """The person a cue's subject describes by age or nationality only ("..., the 30-year-old told a paper",
        "..., said the American", "the 25-year-old Briton said"): the last person who was the subject of a sentence
        or a cue a few sentences before (`_events`), when he is named there (not a "he" or a title), no other person
        is named between him and the description (but one of another known country than the nationality's, or one
        named inside the words his own cue reports: "X said Y's veto was wrong. "...," the Ohio Democrat said"), and
        his country, if known, is the nationality's (`country`, "" for an age). Else no one: a person, not his state
        ("said the American" is not the United States speaking)."""
        i = bisect.bisect_left(self._events, subject.i, key=lambda ev: ev[0])
        if not i:
            return None
        at, last = self._events[i - 1]
        actor = last.actor
        if subject.i - at > DESCRIBED_WINDOW_TOKENS or actor is None or actor.kind != "person":
            return None
        if country and actor.country and actor.country != country:
            return None
        if self.doc[at].lower_ in PERSON_PRONOUNS:
            # "X said ... He added ... the 55-year-old said": a "he" right after the same person named as a subject
            if i < 2 or not self._named_event(*self._events[i - 2], actor):
                return None
        elif not self._named_event(at, last, actor):
            return None  # a title there ("The Oscar winner said"): a chain of guesses, too far to go on
        # his own clause: the people it names besides him (objects, the words his cue reports) are not the described
        own = self.doc[at].head
        reported = {t.i for t in own.subtree} - {t.i for t in self.doc[at].subtree}
        lo, hi = self.doc[at].idx, subject.left_edge.idx
        for s, _, a in self._mentions[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]:
            other = self.actors[a]
            span = self.doc.char_span(s, s + 1, alignment_mode="expand")
            if other.kind == "person" and other is not actor and span is not None and not self.in_quote[span.start]:
                if span.start in reported or country and other.country and other.country != country:
                    continue  # "X beat Y of Spain ..., said the American": a person of another country is not it
                return None  # another person named since: the description may be his
        for token in self.doc[at + 1 : subject.left_edge.i]:
            if token.ent_type_ == "PERSON" and not self.in_quote[token.i] and token.i not in reported:
                found = self.actor_of_token(token)
                named = found[0] if found is not None else None
                if named is None or named is not actor and not (country and named.country not in (None, country)):
                    return None  # ... or a name the actors stage did not list
        return actor

    def _named_event(self, at: int, speaker: Speaker, actor: ActorRef) -> bool:
        """Whether a subject event is `actor` named there (by a mention of his), not a pronoun or a title."""
        return speaker.actor is actor and (self.mention_at(speaker.start, speaker.end) or (None,))[0] is actor

    def _named_description(self, subject: Token, vague: Speaker) -> Speaker | None:
        """ "the Ohio Democrat", "the Old Trafford boss", "the British actor": "the", words naming a place, team,
        band or nationality, and a party word or a noun for what a person is or does, the subject of a cue, stand
        for the person named last as a subject a few sentences before (as "said the American" does,
        `_age_or_nationality_speaker`), when no country word or party of the phrase gives him another country and no
        other person here holds a title with the same head and one of those words. No one fits: `vague` for a party
        word (no state speaks: "the Ohio Democrat" is a person), None for the rest (go on)."""
        if subject.tag_ not in ("NN", "NNP") or self.in_quote[subject.i] or subject.dep_ not in SUBJECT_DEPS:
            return None
        if not self.cues.group(subject.head):
            return None
        children = list(subject.children)
        if [c.lower_ for c in children if c.dep_ == "det"] != ["the"]:
            return None
        if any(c.dep_ not in ("det", "compound", "amod") for c in children) or subject.i == 0:
            return None  # a clause, a prepositional tail, an apposition, a possessor: not this
        lemma = subject.lemma_.lower()
        table = party_words()
        party = subject.pos_ == "PROPN" and subject.text in table and not subject.text.endswith("s")
        # "the visiting French official", "the visiting Jordanian leader": the visitor named before (round 27), even
        # by a word that alone is anyone's ("official")
        visiting = any(c.dep_ == "amod" and c.lower_ == "visiting" for c in children)
        generic = lemma in GENERIC_PEOPLE and not visiting
        if not party and (subject.pos_ != "NOUN" or generic or lemma not in person_nouns() | DESCRIBED_NOUNS):
            return None
        words = [t for c in children if c.dep_ != "det" and c.lower_ != "visiting" for t in c.subtree]
        if not words or any(t.pos_ not in ("PROPN", "ADJ", "NOUN", "PUNCT", "NUM") for t in words):
            return None
        if any(t.lower_ in QUALIFIERS for t in words):
            return None  # "the former Ohio governor": another office
        # the country of each run of proper nouns as a whole ("New Jersey" is none, though "Jersey" is one), or of a
        # word ("British")
        runs: list[list[Token]] = []
        for t in words:
            if runs and t.pos_ == "PROPN" and runs[-1][-1].pos_ == "PROPN" and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        found_countries = [
            country_of(" ".join(t.text for t in run)) if len(run) > 1 else self.country_of_token(run[0]) for run in runs
        ]
        if not any(t.pos_ == "PROPN" for t in words) and not any(found_countries):
            return None  # "the retired minister": `_description`'s
        countries = {c for c in found_countries if c}
        if party:
            countries.add(table[subject.text])
        if len(countries) > 1:
            return None
        lemmas = {t.lemma_.lower() for t in words if t.pos_ in ("PROPN", "NOUN")}
        found = self._age_or_nationality_speaker(subject, next(iter(countries), ""))
        for i, (heads, title) in self._title_words().items():
            if self.actors[i] is not found and lemma in heads and lemmas & title:
                return None  # "the England captain": the captain named as such, if another
            if self.actors[i] is found and lemma in heads and title - {lemma} and not lemmas & title:
                return vague if party else None  # "Cheshire Democrat X ... the Ohio Democrat said": another man
        if found is not None and self._fits(subject, found, set()):
            return Speaker(found.name, found, vague.start, vague.end)
        return vague if party else None

    def _age_or_nationality(self, subject: Token) -> str | None:
        """For "the" + an age ("the 30-year-old") or a nationality noun for one person ("the American", "the
        Briton", "the 22-year-old Russian"), the subject of a cue: "" or the nationality's country; else None. A
        nationality noun is a demonym with a plural form ("American"/"Americans"), not a collective one ("the
        French", "the British")."""
        if not self.cues.group(subject.head) or self.in_quote[subject.i] or subject.dep_ not in SUBJECT_DEPS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return None
        others = [c for c in subject.children if c.dep_ not in ("det", "amod", "compound", "npadvmod", "punct")]
        if others:
            return None
        if subject.lemma_.lower() == "old" and any(_is_age(c) for c in subject.children):
            return ""
        # the words of the nationality: the noun and proper nouns right before it ("the New Zealander")
        words = [subject]
        for c in reversed([c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]):
            if c.pos_ != "PROPN" or c.i != words[0].i - 1:
                break
            words.insert(0, c)
        text = " ".join(t.text for t in words)
        modifiers = [c for c in subject.children if c.dep_ in ("amod", "compound", "npadvmod") and c not in words]
        # a demonym with no plural of its own ("Swiss") is one person when an age goes with it ("the 24-year-old Swiss")
        aged = bool(modifiers) and all(_is_age(c) for c in modifiers)
        if subject.tag_ in ("NNP", "NN", "JJ") and is_demonym(text) and (_has_plural(text) or aged):
            if any(not _is_age(c) for c in modifiers):
                return None  # "the Iranian Foreign Minister"-like phrases are titles, not this
            return country_of(text) or ""
        return None

    def _description(self, subject: Token, phrase: list[Token]) -> set[str] | None:
        """The party words of a cue's subject that describes a person (None when it is none): "the" + the head of
        a title, with nothing but adjectives, qualifiers and party words ("the retired permanent secretary",
        "the Conservative leader", "the Labour peer and former minister"). Not a generic person (a spokesman,
        an official: one more voice) unless a party word makes him a politician ("the Tory spokesman"), and no
        other proper noun, country word, prepositional phrase or clause of its own ("the director general of
        the Y Council Z", "the minister in charge of X")."""
        if subject.tag_ != "NN" or not self.cues.group(subject.head) or self.in_quote[subject.i]:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return None
        heads = [subject, *(c for c in subject.children if c.dep_ == "conj")]
        rest = [t for h in heads for t in h.subtree if t not in heads and t.dep_ != "conj"]
        covered, parties = self._party_tokens(rest)
        generic = [h for h in heads if h.lemma_.lower() in GENERIC_PEOPLE | DESCRIPTIVE_PEOPLE]
        if any(h.lemma_.lower() not in person_nouns() | DESCRIPTIVE_PEOPLE for h in heads) or (generic and not parties):
            return None
        others = [t for t in rest if t.i not in covered]
        if any(t.pos_ == "PROPN" or t.dep_ in ("prep", "relcl", "acl", "appos") for t in others):
            return None
        if any(self.country_of_token(t) for t in phrase if t.i not in covered and t not in heads):
            return None
        return parties

    def _party_tokens(self, tokens: list[Token]) -> tuple[set[int], set[str]]:
        """The indices of tokens that spell a party word (`parties.tsv`: "Tory", "Lib Dem") and those words."""
        table = party_words()
        covered: set[int] = set()
        found: set[str] = set()
        ordered = sorted(tokens, key=lambda t: t.i)
        for k in range(len(ordered)):
            for n in (3, 2, 1):
                run = ordered[k : k + n]
                if len(run) == n and run[-1].i - run[0].i == n - 1 and " ".join(t.text for t in run) in table:
                    covered.update(t.i for t in run)
                    found.add(" ".join(t.text for t in run))
                    break
        return covered, found

    def _one_described(self, subject: Token) -> bool:
        """Titles joined under one "the" that describe one person ("the Labour peer and former minister"): each
        conjunct a singular person noun without a determiner of its own; not "Americans and Iranians"."""
        if subject.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return False
        nouns = person_nouns() | DESCRIPTIVE_PEOPLE
        conjuncts = [c for c in subject.children if c.dep_ == "conj"]
        return (
            all(
                c.tag_ == "NN" and c.lemma_.lower() in nouns and not any(d.dep_ == "det" for d in c.children)
                for c in conjuncts
            )
            and subject.lemma_.lower() in nouns
        )

    def _unnamed_principal(self, subject: Token, holder: ActorRef | None) -> ActorRef | None:
        """The release's own principal for its bare title ("The President praised ..." in the White House's
        readout), when no one of the issuing state holds that title here: not a foreign holder named before
        ("President X of France"), whom a bare title in such a release never means. A title with any word of
        its own ("the French President", "the Vice President", "the President of France") is not bare."""
        if self.principal is None or (holder is not None and holder.country == self.issuer):
            return None
        head, person = self.principal
        if subject.lemma_.lower() != head or subject.lower_ != head:
            return None
        if any(c.dep_ != "det" or c.lower_ != "the" for c in subject.children) or not list(subject.children):
            return None
        for actor in self.actors:
            if actor.kind == "person" and actor.name == person.name:
                return actor  # the actors stage listed him (a known actor, or named in passing)
        # The actors stage lists him when the release uses the bare title in a sentence naming no other person
        # (`actors._add_unnamed_principal`); elsewhere he speaks without being one of the document's actors,
        # whose list is that stage's output (its version and digests).
        self.actors.append(person)
        return person

    def _document_author(self, subject: Token, vague: Speaker, named_only: bool = False) -> Speaker:
        """The author of a document that speaks ("the statement by the Iranian High Command said"):
        an actor or state named in its phrase, else (unless `named_only`: "a report said" is a new one)
        the author found for an earlier document of the same name here ("the statement said"), else
        nobody (`vague`)."""
        lemma = subject.lemma_.lower()
        for token in _author_words(subject):
            if self.in_quote[token.i]:
                continue
            found = self.actor_of_token(token)
            author = found[0] if found else None
            if author is None:
                iso = self.country_of_token(token)
                author = self._state(iso) if iso else None
            if author is not None:
                self._authors[lemma] = author
                return Speaker(author.name, author, vague.start, vague.end)
        if named_only:
            return vague
        author = self._authors.get(lemma) or self._issuer_of(subject)
        return Speaker(author.name, author, vague.start, vague.end) if author else vague

    def _issuer_of(self, document: Token) -> ActorRef | None:
        """The author of "the statement" that an earlier sentence said someone put out: the subject of
        the issuing verb whose object (or its "in" phrase) the last earlier mention of the same noun is
        ("The ministry issued a statement ...", "the newspaper published the demands in an editorial")."""
        lemma = document.lemma_.lower()
        earlier = self.doc[max(0, document.i - DOCUMENT_LOOKBACK) : document.sent.start]
        mention = next((t for t in reversed(earlier) if t.lemma_.lower() == lemma and not self.in_quote[t.i]), None)
        if mention is None:
            return None
        verb = mention.head
        if mention.dep_ == "pobj" and verb.lower_ == "in":  # "published ... in an editorial"
            verb = verb.head.head if verb.head.dep_ in ("dobj",) else verb.head
        elif mention.dep_ != "dobj":
            return None
        lemma_ok = verb.lemma_.lower() in ISSUING_VERBS or (
            mention.dep_ == "pobj" and (verb.lemma_.lower() in SAYING_IN_VERBS or self.cues.group(verb) is not None)
        )
        if verb.pos_ != "VERB" or not lemma_ok:
            return None
        # the subject nearest the verb (a misparse may give it two: "Following talks with X, the groups issued")
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not self.in_quote[c.i]]
        subject = max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i), default=None)
        if subject is None or subject.lemma_.lower() == lemma:
            return None
        author = self.resolve(subject).actor
        if author is None:  # "the official International Business newspaper": the organisation its name holds
            found = [self.actor_of_token(t) for t in self._phrase(subject)]
            author = next((f[0] for f in found if f and f[0].kind in ("organization", "igo")), None)
        return author

    def _officials_state(self, subject: Token, phrase: list[Token], vague: Speaker) -> Speaker:
        """ "French officials said", "the U.S. official said": unnamed officials of one country
        speak for its state; those of an organisation ("Agriculture Department officials", "Community
        sources") for the organisation; other subjects ("diplomats", "analysts") stay unresolved."""
        lemma = subject.lemma_.lower()
        if lemma not in STATE_VOICES:
            return vague
        if len(self._states_of_phrase(subject, phrase)) > 1:
            # "U.S. and Japanese officials said", and "officials said" after it: officials of two states speak for
            # neither (round 25: the first state named took their words)
            bisect.insort(self._voices, (subject.i, lemma, None), key=lambda v: v[0])
            return vague
        for token in phrase:
            if token is subject or token.dep_ not in ("amod", "compound", "nmod"):
                continue
            found = self.actor_of_token(token)
            body = found[0] if found else self._body_by_last_word(token)
            if body is None or body.kind not in ("organization", "igo"):
                iso = found[0].country if found and found[0].kind == "state" else country_of(token.text)
                body = self._state(iso) if iso else None  # a country word ("Trade Department officials": none)
            if body is not None:
                speaker = Speaker(body.name, body, vague.start, vague.end)
                bisect.insort(self._voices, (subject.i, lemma, speaker), key=lambda v: v[0])
                return speaker
        return self._same_officials(subject, lemma) or vague

    def _states_of_phrase(self, subject: Token, phrase: list[Token]) -> set[str]:
        """The states whose country words modify an officials noun ("U.S. and Japanese officials": two)."""
        isos: set[str] = set()
        for token in phrase:
            if token is subject or token.dep_ not in ("amod", "compound", "nmod", "conj"):
                continue
            found = self.actor_of_token(token)
            iso = found[0].country if found and found[0].kind == "state" else country_of(token.text)
            if iso:
                isos.add(iso)
        return isos

    def _same_officials(self, subject: Token, lemma: str) -> Speaker | None:
        """ "the officials said" with no word of whose: the same officials as the last ones whose phrase said
        whose they were, a few paragraphs before ("Japanese officials said ... the officials said"); also bare
        ("EC officials said ... Officials said") or one of them ("Egyptian officials said ... one official said",
        round 19)."""
        before = [c.lower_ for c in subject.children if c.i < subject.i]
        if any(c.i > subject.i and c.dep_ in ("prep", "compound") for c in subject.children):
            return None  # "officials at the ministry", "one official of the bank": their phrase says whose
        if not (before in ([], ["the"]) and subject.tag_ == "NNS") and before not in ONE_OF_THEM:
            return None
        i = bisect.bisect_left(self._voices, subject.i, key=lambda v: v[0])
        for at, same, speaker in reversed(self._voices[:i]):
            if subject.i - at > FIRM_WINDOW_TOKENS:
                break
            if same == lemma:
                if speaker is None:
                    return None  # the last such officials were of two states
                found = Speaker(speaker.name, speaker.actor, subject.idx, subject.idx + len(subject.text))
                # (the officials named again: "the officials said" further on looks back from here)
                bisect.insort(self._voices, (subject.i, lemma, found), key=lambda v: v[0])
                return found
        return None

    def _firm_by_first_word(self, subject: Token, phrase: list[Token]) -> ActorRef | None:
        """An organisation written later by the first word of its name alone, where the actors stage left that
        mention unlinked ("Tracomin SA said ... Tracomin said ...", "Northair Mines Ltd said ... Northair said"): a
        lone capitalised proper noun that is the subject, no country word, the first word of exactly one organisation's
        name of several words and no word of a person's name here (an organisation listed by that one word alone, the
        actors stage did not link here either: left as it was)."""
        if len(phrase) != 1 or subject.pos_ != "PROPN" or not subject.text[:1].isupper():
            return None
        word = subject.text
        if word.lower() in INSTITUTIONS or self.country_of_token(subject) or not self.cues.group(subject.head):
            return None
        if any(a.kind == "person" and word in a.name.split() for a in self.actors):
            return None
        found = {a.name: a for a in self.actors if a.kind == "organization" and a.name.split()[0] == word}
        # the short name listed as an organisation of its own beside its long one stands for the long one
        longer = [a for name, a in found.items() if name != word]
        return longer[0] if len(longer) == 1 else None

    def _body_by_last_word(self, token: Token) -> ActorRef | None:
        """The one organisation named in the document whose name ends with a capitalised word
        ("Community" for the European Community, "Commission" for the European Commission)."""
        if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
            return None  # (a capitalised word, even where the tagger read a common noun at a sentence start)
        found = [a for a in self.actors if a.kind in ("organization", "igo") and a.name.split()[-1] == token.text]
        return found[0] if len(found) == 1 else None

    def _state_speaker(self, ordered: list[Token], vague: Speaker) -> Speaker:
        """The state a word of the subject phrase stands for ("the Iraqi government"), else `vague`; a bare
        "the government" of a datelined wire story is the government of the dateline's country ("TOKYO -
        ... The government said")."""
        for token in ordered:
            iso = self.country_of_token(token)
            if iso:
                state = self._state(iso)
                if state is not None:
                    return Speaker(state.name, state, vague.start, vague.end)
        bare = ordered[0] if len(ordered) == 1 else None
        if bare is not None and bare.lemma_.lower() == "government" and any(c.lower_ == "the" for c in bare.children):
            dateline = self.doc._.parley_dateline if Doc.has_extension("parley_dateline") else None
            region = self.doc._.parley_dateline_region if Doc.has_extension("parley_dateline_region") else None
            # (a capital's state, "BAGHDAD": not any city's; for a place unknown to the tables, the region after it)
            iso = (country_of(dateline) or (country_of(region) if region else None)) if dateline else None
            state = self._state(iso) if iso else None
            if state is not None:
                return Speaker(state.name, state, vague.start, vague.end)
        return vague

    def _phrase(self, subject: Token) -> list[Token]:
        """The subject's noun phrase without relative clauses and prepositional tails."""
        out = [subject]
        stack = [c for c in subject.children if c.dep_ not in SKIP_DEPS]
        while stack:
            token = stack.pop()
            out.append(token)
            stack.extend(c for c in token.children if c.dep_ not in SKIP_DEPS)
        out.sort(key=lambda t: t.i)
        return out

    def _by_name_words(self, words: list[str]) -> ActorRef | None:
        """The one person actor whose name holds all of `words`, the last one last: a
        surname the actor linker did not attach ("Loewy", tagged as a nationality), or
        the words of a title the linker kept in the name ("the Crown Prince")."""
        found = []
        for actor in self.actors:
            name = actor.name.split()
            if actor.kind == "person" and (name[-1] == words[-1] or len(words) > 1) and set(words) <= set(name):
                found.append(actor)
        return found[0] if len(found) == 1 else None

    def _state(self, iso: str) -> ActorRef | None:
        for actor in self.actors:
            if actor.kind == "state" and actor.country == iso:
                return actor
        return None

    # -- titles ------------------------------------------------------------------------------
    def _title_words(self) -> dict[int, tuple[set[str], set[str]]]:
        """Per person actor (by index), the head nouns and all words of its titles here."""
        if self._titles is None:
            self._titles = title_words(self.doc, self.actors)
        return self._titles

    def _by_title(self, subject: Token, phrase: list[Token]) -> ActorRef | None:
        """The person whose title in this document has the subject's head noun as its head,
        preferring more shared modifiers, then the most recent mention; a conflicting
        demonym excludes."""
        head = subject.lemma_.lower()
        modifiers = {t.lemma_.lower() for t in phrase if t is not subject}
        countries = {c for t in phrase if t is not subject for c in [self.country_of_token(t)] if c}
        best: tuple[int, int, int, ActorRef] | None = None
        for i, (heads, words) in self._title_words().items():
            actor = self.actors[i]
            if head not in heads or (countries and actor.country and actor.country not in countries):
                continue
            if (words & QUALIFIERS) - modifiers or (modifiers & QUALIFIERS) - words:
                continue  # "the chancellor" is not the shadow chancellor, nor "the Vice President" the President
            before = [s for s, _ in actor.mentions if s < subject.idx]
            recency = max(before) if before else -min((s for s, _ in actor.mentions), default=len(self.doc.text))
            # A bare title in a government's release is its own official's ("The President thanked
            # President X": the issuer's president, not X, though X was named last).
            own = int(bool(self.issuer) and not countries and actor.country == self.issuer)
            key = (own, len(modifiers & words), recency, actor)
            if best is None or key[:3] > best[:3]:
                best = key
        return best[3] if best else None

    def _is_title_head(self, lemma: str) -> bool:
        """Whether a word heads a title: in `titles.tsv`, or written before a person's name here."""
        return lemma in person_nouns() or any(lemma in heads for heads, _ in self._title_words().values())

    def _by_role(self, subject: Token, phrase: list[Token]) -> ActorRef | None:
        """The person whose role code is the one the subject's title gives ("the prime
        minister" -> head_of_government), for a person named without that title; the most
        recent one mentioned before, and only when the countries do not conflict."""
        words = [t.lower_ for t in phrase if t.i <= subject.i and t.dep_ in ("compound", "amod") or t is subject]
        countries = {c for t in phrase if t is not subject for c in [self.country_of_token(t)] if c}
        role, phrase_text = None, ""
        for k in range(len(words)):  # the longest title phrase ending at the head
            phrase_text = " ".join(words[k:])
            role = title_role(phrase_text)
            if role:
                break
        if not role or role == "official":
            return None  # too generic to pick one person
        best: tuple[int, ActorRef] | None = None
        for actor in self.actors:
            if actor.kind != "person" or role not in actor.role:
                continue
            if countries and actor.country and actor.country not in countries:
                continue
            before = [s for s, _ in actor.mentions if s < subject.idx]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), actor)
        return best[1] if best else self._by_country_role(subject, phrase_text, countries)

    def _by_country_role(self, subject: Token, phrase: str, countries: set[str]) -> ActorRef | None:
        """The one untitled person named before whose role the title gives in his own country ("the
        chancellor" is a minister in Britain: Gordon Brown, named without it), when exactly one fits."""
        roles = title_country_roles(phrase)
        found = [
            actor
            for actor in self.actors
            if actor.kind == "person"
            and not actor.title
            and actor.country in roles
            and roles[actor.country] in actor.role
            and (not countries or actor.country in countries)
            and any(s < subject.idx for s, _ in actor.mentions)
        ]
        return found[0] if len(found) == 1 else None


def _author_words(document: Token) -> list[Token]:
    """Words of a document's phrase that may name its author: its modifiers ("the Iranian
    statement", "a National Audit Office report") and the object of "by"/"from"/"of"; not a
    clause about it ("the statement quoted by IRNA": IRNA carries it, the author is another)."""
    out: list[Token] = []
    for child in document.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            out.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in c.subtree)
    return out


def _name_holds(actor: ActorRef, word: str) -> bool:
    """Whether a word is one of the words of an actor's name or aliases ("union" of "Auto Workers union")."""
    return any(word in re.split(r"[^a-z]+", name.lower()) for name in (actor.name, *actor.aliases))


def _is_age(token: Token) -> bool:
    """ "30-year-old" as parsed: "year" with a number under "old" (or "old" itself under a nationality noun)."""
    if token.lower_ == "old":
        return any(_is_age(c) for c in token.children)
    return token.lower_ == "year" and any(c.like_num for c in token.children)


def _has_plural(word: str) -> bool:
    """Whether a demonym names one person: its plural is one too ("Iranian"/"Iranians", "Frenchman"/"Frenchmen")."""
    return is_demonym(word + "s") or (word.endswith("man") and is_demonym(word[:-3] + "men"))


def question_put(cue: Token) -> Token | None:
    """The question a cue answers, put to its speaker in a participle before it ("Asked if Korea would
    retaliate, he said ...", "Asked to comment on the plan, Smith said ..."): the word "asked" heading
    an adverbial clause of the cue with no subject of its own, else None. Its speaker is the one asked,
    not a person named in the question, and what the question is about is what the answer is about."""
    for child in cue.children:
        if (
            child.dep_ == "advcl"
            and child.lower_ == "asked"
            and child.i < cue.i
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        ):
            return child
    return None


def _first_reported_pronoun(cue: Token, in_quote: list[bool]) -> str | None:
    """The first "he"/"she" that is the subject of a clause a cue reports, of one coordinated with it or with the cue
    ("said the plan was sound and she was sure ..."), outside quotations; None when there is none."""
    clauses = sorted(
        (c for c in cue.children if c.dep_ == "ccomp" or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")),
        key=lambda c: c.i,
    )
    seen: list[Token] = []
    while clauses:
        clause = clauses.pop(0)
        seen.append(clause)
        clauses.extend(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    for clause in sorted(seen, key=lambda c: c.i):
        for child in clause.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ in PERSON_PRONOUNS and not in_quote[child.i]:
                return child.lower_
    return None


def _salience_position(subject: Token) -> int:
    """Where a subject counts for "he"/"she" after it: its own position, except the subject of a
    relative clause, which counts as before the noun the clause describes ("Gorbachev, whom
    Thatcher had praised, said ... He added": the main clause's subject is the more recent)."""
    head = subject.head
    if head.dep_ == "relcl" and head.head.i < subject.i:
        return max(0, head.head.left_edge.i - 1)
    return subject.i


def _source_object(cue: Token) -> Token | None:
    """X of "according to X"."""
    for nxt in cue.doc[cue.i + 1 : cue.i + 3]:
        for child in nxt.children:
            if child.dep_ == "pobj":
                return child
    return None
