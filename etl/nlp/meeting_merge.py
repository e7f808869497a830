"""Merging the mentions of one meeting (`parley_meetings`): same day and shared parties, or an anaphoric
"the talks"; and the `Mention` record the finder fills for each factual meeting word."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from etl.nlp import gazetteer as gz
from etl.nlp.meeting_parts import DocIndex, MeetingLexicon, with_conjuncts
from etl.records import Evidence, Meeting

HELD = "held"
PLANNED = "planned"
NOT_HELD = ("planned", "cancelled")
# Nouns of the event around a meeting: "on the margins / sidelines / fringes of the summit".
SURROUNDS = frozenset({"margin", "margins", "sideline", "sidelines", "fringe", "fringes", "side"})
# Mentions further apart than this (tokens) are never merged: longer than any news article.
MERGE_WINDOW = 3000
# A visit with no date of its own takes in the talks of its days: those dated this many days around it.
VISIT_DAYS = 7


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
    status: str = "held"  # held | planned | cancelled (etl.nlp.meeting_facts)
    person_countries: dict[str, str] = field(default_factory=dict)  # participant -> country, when known
    igos: set[str] = field(default_factory=set)  # the international organisations among the parties
    status_cue: tuple[int, int] | None = None  # character span of the word that made it planned or cancelled
    future: bool = False  # its own date lies after publication or is worded as future ("next week")
    dateline_place: bool = False  # the place is the dateline's, not one the text gives the meeting
    open_side: bool = False  # a side names persons but no country ("the envoy", of no known country)
    issuer: str | None = None  # the issuing state, a party named only by its official's title ("The President")
    placed: str | None = None  # a state added only as the host of the place a lone party met in
    retold: bool = False  # a telling verb ("X told Y that"): often words said at a meeting reported before
    private_side: bool = False  # a side of private counterparts ("with its creditor banks"): no state to add
    together: bool = False  # the states named are one side, private counterparts the other (no meeting of theirs)
    owners: set[str] = field(default_factory=set)  # organisations that modify the meeting word ("the IMF meeting")
    council: bool = False  # a session of an organisation's member states ("EC farm ministers met"), round 23
    known: bool = False  # a landmark meeting the text names by its place (`known_meetings.tsv`), round 24

    @property
    def states(self) -> set[str]:
        return {c for c in self.countries if c != "IGO"}

    @property
    def full(self) -> bool:
        """Two sides: two states, a state and an international organisation, or two organisations
        ("talks between the European Community and Comecon": all coded IGO)."""
        return not self.with_only and (
            len(self.states) >= 2 or (len(self.states) == 1 and "IGO" in self.countries) or len(self.igos) >= 2
        )


def merge(doc: Doc, mentions: list[Mention], lex: MeetingLexicon) -> list[Meeting]:
    """One meeting per real meeting, in text order. Mentions merge only with mentions of the same status
    (held, planned, cancelled); a planned or cancelled meeting on the day of a held one with the same
    parties is that meeting, reported before it happened: the held one wins."""
    for m in mentions:
        if m.status == HELD and _told_plan(m, mentions, lex):
            m.status = PLANNED  # "Straw will hold talks in Beijing on Thursday ... Mr Straw's China trip is part of"
    for m in mentions:
        plan = _planned_round_of(m, mentions)
        if plan is not None:
            m.countries |= plan.countries
            m.igos |= plan.igos
    held = _merge_status(doc, [m for m in mentions if m.status == HELD])

    def key(meeting: Meeting) -> tuple:
        # (a session of an organisation's members, "a Brussels EU summit due on Friday", is not the talks
        # its members held among themselves before it: round 23)
        return tuple(meeting.countries), meeting.date, meeting.host in lex.councils

    seen = {key(m) for m in held}
    others = [
        meeting
        for status in NOT_HELD
        for meeting in _merge_status(doc, [m for m in mentions if m.status == status])
        if key(meeting) not in seen
    ]
    return sorted(held + others, key=lambda x: x.evidence.start) if others else held


def _planned_round_of(m: Mention, mentions: list[Mention]) -> Mention | None:
    """ "Japan was ready to continue talks with the U.S. despite failing to convince it during talks which ended
    yesterday": a held meeting word with no party of its own, dated before the publication day, in a sentence
    whose only other meeting is a plan (or cancellation) of named parties, is their earlier round (round 24)."""
    if m.status != HELD or m.countries or m.participants or m.basis == "publication" or not m.date:
        return None
    pub = m.trigger.doc._.parley_published
    if not pub or m.date >= str(pub)[:10]:
        return None
    sent = m.trigger.sent
    same = [x for x in mentions if x is not m and x.trigger.sent == sent]
    if any(x.status == HELD for x in same):
        return None
    plans = [x for x in same if x.full and len(x.states) >= 2]
    return plans[0] if len(plans) == 1 else None


def _told_plan(m: Mention, mentions: list[Mention], lex: MeetingLexicon) -> bool:
    """ "X, who will hold talks in Beijing on Friday, said ... X's China trip belongs to a series of
    meetings", "X will visit Tokyo next week ... He is the first U.S. official to visit Japan since": a mention
    with no date of its own, in a sentence in the simple present, after a planned meeting of the same states, is
    that plan told again, not a meeting held on the publication day (a past tense, "has met", or "is meeting"
    reports one)."""
    if m.basis == "explicit" or (m.date is not None and m.basis != "publication") or len(m.states) < 2:
        return False
    root = _told_verb(m.trigger, lex)
    # ("X will visit Tokyo next week ... X said his talks with Japanese officials would include ...": a reported
    # "would" after the plan tells the plan again too)
    reported_would = root != m.trigger.sent.root and any(c.dep_ == "aux" and c.lower_ == "would" for c in root.children)
    if (root.tag_ not in ("VBZ", "VBP") and not reported_would) or m.trigger.tag_ in ("VBD", "VBN", "VBG"):
        return False
    # (a plan with private counterparts, "X will meet Japanese creditor banks here", is told again by "X must explain
    # its plan during the meeting here", whose host state came only from the place: round 11)
    told = {frozenset(m.states)} | ({frozenset(m.states - {m.placed})} if m.placed else set())
    return any(
        p.status == PLANNED
        and p.trigger.i < m.trigger.i
        and (p.states == m.states or (p.private_side and frozenset(p.states) in told))
        and p.trigger.sent != m.trigger.sent
        for p in mentions
    )


def _told_verb(trigger: Token, lex: MeetingLexicon) -> Token:
    """The verb whose tense tells the mention's time: the sentence's root, or, when the root is a reporting verb
    ("..., the sources added", "\"...,\" he said"), the reported clause that holds the mention (a report's own past
    says nothing of the meeting's: "banks want X to explain its plan during the meeting here, sources added")."""
    root = trigger.sent.root
    # (round 21: a reporting verb coordinated with the root counts as well: "Mr. Sullivan congratulated Mr. Kim ...
    # and they jointly noted that the meeting between X and Y is an opportunity")
    reported = next(
        (a for a in trigger.ancestors if a.dep_ == "ccomp" and lex.has("report_verb", a.head.lemma_.lower())), None
    )
    if reported is not None and (reported.head == root or reported.head.dep_ == "conj"):
        return reported
    return root


def _merge_status(doc: Doc, mentions: list[Mention]) -> list[Meeting]:
    """Mentions of one status: full mentions merge on same day + shared parties; partial ones
    (one side only, "the talks") join the meeting they refer to or are dropped."""
    groups: list[list[Mention]] = []
    members: list[tuple[int, int]] = []  # (trigger index, group number) of every full mention, in text order
    number: dict[int, int] = {}  # id(group) -> group number
    for m in sorted((m for m in mentions if m.full), key=lambda x: x.trigger.i):
        target = _best_group(_nearby(groups, members, m), m)
        if target is None:
            target = []
            number[id(target)] = len(groups)
            groups.append(target)
        target.append(m)
        members.append((m.trigger.i, number[id(target)]))
    for m in mentions:
        if m.full or not groups:
            continue
        target = _partial_target(_nearby(groups, members, m), m)
        if target is not None:
            target.append(m)
            continue
        earlier = _earlier_round_of(_nearby(groups, members, m), m)
        if earlier is not None:
            m.countries |= _countries(earlier)
            m.igos |= set().union(*(x.igos for x in earlier))
            groups.append([m])
    return [_meeting(doc, sorted(g, key=lambda x: x.trigger.i)) for g in groups]


def _dated_itself(trigger: Token) -> bool:
    """Whether the meeting word carries its date itself ("a meeting in January", "a meeting on February 22"), not
    through a clause about it ("a meeting ... which had been agreed upon last week")."""
    for c in trigger.children:
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children):
            return True
    return False


def _earlier_round_of(groups: list[list[Mention]], m: Mention) -> list[Mention] | None:
    """ "Chile met its creditors again ... after a fruitless meeting in March":
    a held meeting word with no party of its own, indefinite, dated on a day or month of its own that no meeting
    around it has, is an earlier round of the talks told just before it (in this sentence or the two before): a
    meeting of the same parties. A visit, a definite word ("the January talks") or one dated by publication is
    not."""
    if m.countries or m.participants or m.definite or m.kind == "visit" or m.status != HELD:
        return None
    if m.basis == "publication" or m.date_key in ("pub", "earlier") or not _dated_itself(m.trigger):
        return None
    sent_start = m.trigger.sent.start
    doc = m.trigger.doc
    for _ in range(2):
        if sent_start > 0:
            sent_start = doc[sent_start - 1].sent.start
    # (a landmark meeting named by its place, "the recent Paris meeting", has no later rounds: round 24)
    before = [g for g in groups if any(sent_start <= x.trigger.i < m.trigger.i for x in g) and not g[0].known]
    if not before or any(m.date_key in {x.date_key for x in g} for g in groups):
        return None
    return max(before, key=lambda g: max(x.trigger.i for x in g if x.trigger.i < m.trigger.i))


def _nearby(groups: list[list[Mention]], members: list[tuple[int, int]], m: Mention) -> list[list[Mention]]:
    """The groups with a full mention within `MERGE_WINDOW` tokens of `m`, in creation order: mentions of
    one meeting sit in one article, and comparing each mention with every group of a very long text
    would make merging quadratic."""
    lo = bisect.bisect_left(members, m.trigger.i - MERGE_WINDOW, key=_position)
    hi = bisect.bisect_right(members, m.trigger.i + MERGE_WINDOW, lo=lo, key=_position)
    return [groups[n] for n in sorted({n for _, n in members[lo:hi]})]


def _position(member: tuple[int, int]) -> int:
    return member[0]


def _countries(group: list[Mention]) -> set[str]:
    return set().union(*(m.countries for m in group))


def _surrounding(m: Mention) -> bool:
    """The mention names the event on whose margins another meeting took place ("met ... on the margins
    of the NATO Foreign Ministers' Meeting", "on the sidelines of the summit"): another meeting."""
    head = m.trigger.head
    return head.lower_ == "of" and head.head.lemma_.lower() in SURROUNDS


def _apart(group: list[Mention], m: Mention) -> bool:
    """A surrounding event never joins a meeting reported in its own sentence, nor such a meeting it; a
    telephone call and a meeting in person are one only when both name the same two states at most."""
    if any(x.trigger.sent == m.trigger.sent and (_surrounding(x) != _surrounding(m)) for x in group):
        return True
    return _call_and_meeting(group, m) or _other_organisation(group, m) or _before_or_after(group, m)


SEQUENCE_WORDS = frozenset({"prior", "before", "after", "following"})


def _before_or_after(group: list[Mention], m: Mention) -> bool:
    """ "Prior to this meeting, Secretary Blinken met with his E3 counterparts": a meeting its own sentence sets
    before or after "this meeting" (a meeting told in another sentence) is another meeting (round 21)."""
    sent = m.trigger.sent
    if any(x.trigger.sent == sent for x in group):
        return False
    for tok in sent:
        if tok.lower_ not in SEQUENCE_WORDS or tok.i == m.trigger.i:
            continue
        for obj in tok.subtree:
            if (
                obj.i != m.trigger.i
                and obj.lemma_.lower() in ("meeting", "talks", "call")
                and any(d.dep_ == "det" and d.lower_ in ("this", "that") for d in obj.children)
            ):
                return True
    return False


def _other_organisation(group: list[Mention], m: Mention) -> bool:
    """ "told the Apec summit in Chile" and "the G20 meeting": meetings of two different organisations (or groups of
    states) are two meetings, whatever states they share."""
    theirs = {name for x in group for name in x.igos}
    return bool(m.igos and theirs and not (m.igos & theirs))


def _call_and_meeting(group: list[Mention], m: Mention) -> bool:
    """ "He spoke on the telephone to Bush" and "talks with other G8 finance ministers" or "the Downing
    Street meeting" are different meetings: a call is between two sides, so a mention of another kind
    joins a call (or a call joins it) only with two states in all and a party of its own."""
    call = any(x.kind == "phone_call" for x in group)
    if call == (m.kind == "phone_call"):
        return False
    states = {c for x in group for c in x.states} | m.states
    return len(states) > 2 or not m.full


def _best_group(groups: list[list[Mention]], m: Mention) -> list[Mention] | None:
    best, best_score = None, None
    for g in groups:
        if _apart(g, m):
            continue
        if m.distinct and not m.definite:
            break
        if _elsewhere(g, m):
            continue
        keys = {x.date_key for x in g}
        if (
            m.date_key not in keys
            and not _undated_in_sentence(g, m)
            and not _both_undated(g, m)
            and not _refers_back(g, m)
            and not _spans(g, m)
            and not _told_before(g, m)
        ):
            continue
        if not (m.countries & _countries(g)) or not (
            (m.definite and not _two_other_states(g, m)) or _same_parties(_countries(g), m.countries)
        ):
            continue
        people = {p for x in g for p in x.participants}
        mine = set(m.participants)
        shared = len(people & mine)
        if people and mine and (not m.definite or _named_pair(m)) and (not shared or _other_counterpart(g, m)):
            continue
        label_words = {w for x in g for w in x.label.lower().split()}
        score = (shared, len(label_words & set(m.label.lower().split())), max(x.trigger.i for x in g))
        if best_score is None or score > best_score:
            best, best_score = g, score
    return best


def _two_other_states(group: list[Mention], m: Mention) -> bool:
    """ "Lawson's talks this morning with Funaro" (GBR, BRA) and "his talks with U.S. officials" (BRA, USA): a
    definite mention that names two states of its own, one of them outside the meeting's two, is another
    meeting of a shared party, not that one told again."""
    # (a state the place added, "the meeting" of a delegate of Grenada in London, is no state the mention names)
    mine = m.states - {m.placed}
    states = {c for x in group for c in x.states}
    return len(mine) >= 2 and len(states) >= 2 and not (mine <= states or states <= mine)


def _named_pair(m: Mention) -> bool:
    """ "the meeting between President Trump and President Putin": a definite mention that names persons of two
    states is the meeting of those persons; sharing none of another meeting's persons, it is not that one."""
    return len(set(m.person_countries.values())) >= 2


def _elsewhere(group: list[Mention], m: Mention) -> bool:
    """ "hosted Wang Yi ... in Washington" and "the Secretary's travel to Beijing": a meeting is in one
    country and has one host, so mentions placed in two different countries, or hosted by two different
    parties, are two meetings. A place only the dateline gave (where the story was filed, not where the
    text puts the talks: "back from trade talks in Colombia ... during the visit to Bogota he held
    discussions" under a Washington dateline) tells nothing apart."""
    if m.dateline_place:
        return False
    placed = [x for x in group if not x.dateline_place]
    theirs = {x.location_country for x in placed if x.location_country}
    hosts = {x.host for x in placed if x.host}
    return bool(m.location_country and theirs and m.location_country not in theirs) or bool(
        m.host and hosts and m.host not in hosts
    )


# How many states make a group's session (a G7, an ASEAN meeting) rather than talks of two sides.
GROUP_STATES = 3


def _refers_back(group: list[Mention], m: Mention) -> bool:
    """ "The prince met Bush on Monday. Asked at the start of the meeting ...": a definite mention with no
    date of its own ("the meeting", "the talks") after a dated one, naming none but its parties, is that
    meeting, not another one on the publication day; so is "X told Y that ..." after their meeting "last week"."""
    theirs = {c for x in group for c in x.states}
    # (round 22: so is an indefinite one of the same group of three or more states, "before Wednesday's G7
    # session ... after long talks the G-7 released a statement": one session, not two on two days)
    same_group = len(m.states) >= GROUP_STATES and m.states == theirs
    return (
        (m.definite or m.retold or same_group)
        and m.basis == "publication"
        and min(x.trigger.i for x in group) < m.trigger.i
        and bool(m.states)
        and (m.states <= theirs or _told_in_full(group, m, theirs))
    )


def _told_in_full(group: list[Mention], m: Mention, theirs: set[str]) -> bool:
    """ "a meeting in Lima last month ... the Lima meeting was attended by envoys of A, B and C": a
    definite mention placed where the meeting was, naming all its states and more, tells the same meeting in full
    (round 14)."""
    places = {x.location for x in group if x.location and not x.dateline_place}
    named = {m.location} | {c.text for c in m.trigger.children if c.dep_ in ("compound", "amod")}
    return m.definite and len(theirs) >= 2 and theirs <= m.states and bool(named & places)


def _told_before(group: list[Mention], m: Mention) -> bool:
    """ "just back from trade talks in Chile ... during the visit to Santiago he held discussions": an indefinite
    mention told as before the story's events (`date_key` "earlier", no day) and mentions dated only by publication
    may be one meeting; "their last meeting" (definite) is another one."""
    pair = [m, *group]
    earlier = [x for x in pair if x.date_key == "earlier"]
    undated = all(x.date_key == "earlier" or x.basis == "publication" for x in pair)
    return bool(earlier) and not any(x.definite for x in earlier) and undated


def _spans(group: list[Mention], m: Mention) -> bool:
    """ "The prince, here on a state visit," and "the prince met Bush on Monday": a visit with no
    date of its own lasts days, and the talks its visitor holds with the same states during it are part
    of it, whichever is named first."""
    states = {c for x in group for c in x.states}
    if m.states != states or not _within_days([m.date, *(x.date for x in group)], VISIT_DAYS):
        return False  # (a meeting "last January" is not part of this week's visit)
    undated_visit = [x.kind == "visit" and x.basis == "publication" for x in group]
    return (m.kind == "visit" and m.basis == "publication") or all(undated_visit)


def _within_days(dates: list[str | None], days: int) -> bool:
    """Whether all the dates are known and lie within `days` days of each other."""
    try:
        known = [date.fromisoformat(d) for d in dates if d]
    except ValueError:
        return False
    return len(known) == len(dates) and (max(known) - min(known)).days <= days


def _other_counterpart(group: list[Mention], m: Mention) -> bool:
    """ "met Vice President Bush" and "paid a courtesy call on President Reagan": each names a person
    of one country that the other lacks (beside the one they share), so they are two meetings of the
    same visitor; a colleague of the same side added ("he and Yeutter") is not another counterpart."""
    where = {p: c for x in group for p, c in x.person_countries.items()} | m.person_countries
    people = {p for x in group for p in x.participants}
    mine = set(m.participants)
    gone = {where.get(p) for p in people - mine} - {None}
    new = {where.get(p) for p in mine - people} - {None}
    return len(people) >= 2 and len(mine) >= 2 and bool(gone & new)


def _same_parties(group: set[str], mine: set[str]) -> bool:
    """Two full mentions (the second not anaphoric: "the talks" may name fewer or other parties) may be
    one meeting when they share two parties or one's parties are among the
    other's: a visit to Iraq (GBR, IRQ) and talks with Israel and the Palestinians (GBR, ISR, PSE) share
    only the visitor and are two meetings, not one four-country meeting."""
    shared = group & mine
    return len(shared) >= 2 or (bool(shared) and (group <= mine or mine <= group))


def _both_undated(group: list[Mention], m: Mention) -> bool:
    """In an article without a publication date, a mention with an unresolved date ("this week") and
    an undated one cannot be told apart by date: their parties decide."""
    return m.date is None and all(x.date is None for x in group)


def _may_join(group: list[Mention], m: Mention) -> bool:
    """A partial mention joins a meeting of two states only when it names one of them: "after meeting
    Stoltenberg" (DEU) is not the meeting of Lawson and Funaro (BRA, GBR); a summit of an organisation
    takes any member ("a summit meeting" of Chirac at the EU leaders' talks)."""
    states = {c for c in _countries(group) if c != "IGO"}
    if group[0].known and ("IGO" in m.countries or not m.states <= states or m.trigger.i < group[0].trigger.i):
        return False  # a landmark meeting named by its place is told again only after, by its members (round 24)
    if "IGO" in m.countries and not m.states and len(states) == 2 and "IGO" not in _countries(group):
        return False  # a NATO officers' dinner is not the talks of Thatcher and Mitterrand
    return not m.states or len(states) < 2 or bool(m.states & states)


def _undated_in_sentence(group: list[Mention], m: Mention) -> bool:
    """ "had a constructive discussion ... during their meeting on Monday": in one sentence, a mention
    with no date of its own (dated by publication) is the dated one's meeting when the persons of one
    are among the other's ("after her talks with Ryzhkov ... Gorbachev, who had talks with her
    yesterday" are two meetings)."""
    same = [x for x in group if x.trigger.sent == m.trigger.sent]
    if not same or not (m.basis == "publication" or all(x.basis == "publication" for x in same)):
        return False
    mine, theirs = set(m.participants), {p for x in same for p in x.participants}
    return mine <= theirs or theirs <= mine


def _partial_target(groups: list[list[Mention]], m: Mention) -> list[Mention] | None:
    """Label match first ("the sub-committee"), else the latest meeting before, else the first after."""
    ok = [
        g
        for g in groups
        if (m.basis == "publication" or m.date_key in {x.date_key for x in g})
        and _may_join(g, m)
        and not _apart(g, m)
        and not _elsewhere(g, m)  # "the discussions begun at Punta del Este, Uruguay" are not the Tokyo summit
    ]
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


def _status_evidence(doc: Doc, group: list[Mention]) -> Evidence | None:
    """The words that made the meeting planned or cancelled ("will", "postponed", "next week")."""
    cue = next((m.status_cue for m in group if m.status_cue is not None), None)
    if cue is None:
        return None
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None:
        return Evidence(cue[0], cue[1])
    sent = span.sent
    return Evidence(cue[0], cue[1], sent.text, sent.start_char, sent.end_char)


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
        status=first.status,  # type: ignore[arg-type]
        status_evidence=_status_evidence(doc, group) if first.status != HELD else None,
    )


def split_plural(m: Mention, index: DocIndex | None = None) -> list[Mention]:
    """ "meetings with the foreign and telecommunications ministers": one meeting per counterpart
    ("talks" is plural whatever their number: only named persons of different countries split them).
    Named counterparts ("meetings with Sharon and Abbas") are separate meetings when they stand for
    different countries or the meetings are called separate, each with its own counterpart; "a day of
    meetings with Bush, Shultz and Baldrige" of one country is one meeting (one evidence, one visit)."""
    trig = m.trigger
    if m.kind == "phone_call" and len(m.states) > 2:
        return _split_calls(m)
    if m.kind == "visit" and index is not None and len(m.states) > 2:
        legs = _split_tour(m, index)
        if legs:
            return legs
    if trig.pos_ == "VERB" and m.kind in ("meeting", "talks", "phone_call") and index is not None:
        return _split_verb(m, index)
    return _split_noun(m, index)


def _split_noun(m: Mention, index: DocIndex | None) -> list[Mention]:
    """`split_plural` for a plural meeting noun ("meetings with A and B", "talks with X and Y")."""
    trig = m.trigger
    talks = trig.lower_ == "talks"
    if trig.tag_ != "NNS" or not (talks or trig.lemma_.lower() == "meeting") or m.definite:
        return [m]
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            heads = _counterparts(obj)
            if len(heads) > 1 and index is not None:
                return _split_named(m, heads, index, persons_only=talks)
            if talks:
                continue
            if len(heads) > 1:
                return _copies(m, len(heads))
            if obj.tag_ in ("NNS", "NNPS"):
                mods = [c for c in obj.children if c.dep_ in ("amod", "compound")]
                count = sum(len(with_conjuncts(c)) for c in mods if any(g.dep_ == "conj" for g in c.children))
                if count > 1:
                    return _copies(m, count)
    return [m]


def _split_verb(m: Mention, index: DocIndex) -> list[Mention]:
    """ "X met with President A of China and with Prime Minister B of India", "met separately with A and
    B": one meeting per named counterpart of another country. "met A and B" (one preposition, or none)
    is as often one meeting of three (Blair "met Berlusconi and Schroeder" at Downing Street)."""
    preps = [p for c in m.trigger.children if c.dep_ == "prep" and c.lower_ == "with" for p in with_conjuncts(c)]
    separately = any(c.dep_ == "advmod" and c.lower_ in ("separately", "individually") for c in m.trigger.children)
    if len(preps) < 2 and not separately:
        return [m]
    heads: list[Token] = []
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            heads.extend(h for h in _counterparts(obj) if h not in heads)
        # ("spoke separately with Chancellor X of Germany and President Y of France to consult about ...": the parser
        # makes the persons the subject of the infinitive; round 23)
        for clause in (c for c in prep.children if c.dep_ == "pcomp"):
            for obj in (c for c in clause.children if c.dep_ == "nsubj"):
                heads.extend(h for h in _counterparts(obj) if h not in heads)
    if separately:
        for obj in (c for c in m.trigger.children if c.dep_ == "dobj"):
            heads.extend(h for h in _counterparts(obj) if h not in heads)
    heads = _without_split_off_states(heads, index)
    if len(heads) < 2:
        return [m]
    return _split_named(m, heads, index, persons_only=True)


def _without_split_off_states(heads: list[Token], index: DocIndex) -> list[Token]:
    """ "spoke separately with Democratic Republic of Congo (DRC) President X and Rwandan President Y": the parser
    makes the state before a bracket a counterpart of its own; a head that only names the state of a person
    counterpart is that person's title (round 23)."""
    persons = {h.i: a for h in heads if (a := index.actor_of.get(h.i)) is not None and a.kind == "person"}
    theirs = {a.country for a in persons.values() if a.country}
    kept = []
    for h in heads:
        hit = index.country.get(h.i)
        if h.i not in persons and hit is not None and hit.source == "state" and hit.iso in theirs:
            continue
        kept.append(h)
    return kept


def _split_tour(m: Mention, index: DocIndex) -> list[Mention]:
    """ "X is visiting Tanzania, Mozambique and Kenya", "a visit to A and B": a tour of several states is one
    visit to each (each state hosts its own leg), when the destinations are coordinated places of different
    states and the visitor's own state is known."""
    trig = m.trigger
    if trig.lemma_.lower() == "return":  # "on his return from Ethiopia and Djibouti" (round 31)
        objs = [
            o for c in trig.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"
        ]
    elif trig.pos_ == "VERB":
        objs = [c for c in trig.children if c.dep_ == "dobj"]
    else:
        # "a trip to A, B and C", "a tour of A, B and C" (round 25: the tours of the Reuters reviews)
        preps = ("to", "of") if trig.lemma_.lower() == "tour" else ("to",)
        objs = [
            o for c in trig.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"
        ]
    if len(objs) != 1:
        return []
    legs: list[tuple[Token, str]] = []
    for head in with_conjuncts(objs[0]):
        iso = gz.place_country(head.text) if head.ent_type_ in ("GPE", "LOC") else None
        hit = index.country.get(head.i)
        if iso is None and hit is not None and hit.source in ("state", "place"):
            iso = hit.iso  # "the United States": the state's name, read whole by the index (round 25)
        if iso is None or any(iso == seen for _, seen in legs):
            return []
        legs.append((head, iso))
    visitors = m.states - {iso for _, iso in legs}
    if len(legs) < 2 or not visitors:
        return []
    copies = _copies(m, len(legs))
    for copy, (head, iso) in zip(copies, legs, strict=True):
        copy.countries = set(visitors) | {iso} | ({"IGO"} if "IGO" in m.countries else set())
        copy.location, copy.location_country, copy.host = head.text, iso, index.state_name(iso)
    return copies


def _split_calls(m: Mention) -> list[Mention]:
    """ "He phoned X and the leaders of Y and Z": a telephone call
    is between two sides, so a caller of known country with several others made one call to each (a call
    of three or more states stays one when the caller is unknown, and a video or telephone conference is one)."""
    if "conference" in m.trigger.lower_ or (m.trigger.i > 0 and "conference" in m.trigger.nbor(-1).lower_):
        return [m]  # "held a videoconference with X, Y and Z", "a conference call with": one call of them all
    caller = m.person_countries.get(m.participants[0]) if m.participants else None
    caller = m.issuer or caller  # "the President spoke separately with X and Y" in the White House's readout
    others = sorted(m.states - {caller}) if caller else []
    if caller is None or len(others) < 2:
        return [m]
    everyone = list(m.participants)
    copies = _copies(m, len(others))
    for copy, other in zip(copies, others, strict=True):
        copy.countries = {caller, other}
        copy.participants = [p for p in everyone if m.person_countries.get(p) in (None, caller, other)]
    return copies


def _counterparts(obj: Token) -> list[Token]:
    """The coordinated heads of a "with" object, also through an apposition ("his Israeli
    counterpart, X, and the Palestinian leader, Y": the parse hangs "leader" on "X")."""
    out = [obj]
    for c in obj.children:
        if c.dep_ == "conj":
            out.extend(_counterparts(c))
        elif c.dep_ == "appos":
            for g in c.children:
                if g.dep_ == "conj":
                    out.extend(_counterparts(g))
    return out


def _counterpart_parties(heads: list[Token], index: DocIndex) -> tuple[list[set[str]], list[set[str]]]:
    """The persons and the countries of each counterpart (its own words, not the next counterpart's)."""
    persons: list[set[str]] = []
    countries: list[set[str]] = []
    for head in heads:
        nested = {t.i for h in heads if h != head and h in head.subtree for t in h.subtree}
        toks = [t for t in head.subtree if t.i not in nested and t.dep_ != "cc"]
        actors = [a for a in (index.person_at(t) for t in toks) if a is not None]
        persons.append({a.name for a in actors})
        countries.append({hit.iso for _, hit in index.hits(toks)} | {a.country for a in actors if a.country})
    return persons, countries


def _copies(m: Mention, count: int) -> list[Mention]:
    copies = [m] + [
        replace(m, countries=set(m.countries), participants=list(m.participants), igos=set(m.igos))
        for _ in range(count - 1)
    ]
    for c in copies:
        c.distinct = True
    return copies


def _split_named(m: Mention, heads: list[Token], index: DocIndex, persons_only: bool = False) -> list[Mention]:
    """One meeting per named counterpart, keeping only that counterpart's persons and countries.
    `persons_only` ("talks with his Israeli counterpart, X, and the Palestinian
    leader, Y"): only when every counterpart is a named person ("talks with Israel and Egypt" may
    be one three-party meeting)."""
    persons, countries = _counterpart_parties(heads, index)
    if persons_only and not all(persons):
        return [m]
    if not m.distinct and len({frozenset(c) for c in countries if c}) < 2:
        return [m]
    everyone, parties = list(m.participants), set(m.countries)
    copies = _copies(m, len(heads))
    for i, copy in enumerate(copies):
        others = set().union(*(persons[j] for j in range(len(heads)) if j != i))
        copy.participants = [p for p in everyone if p not in others or p in persons[i]]
        elsewhere = set().union(*(countries[j] for j in range(len(heads)) if j != i)) - countries[i]
        copy.countries = parties - elsewhere
    return copies
