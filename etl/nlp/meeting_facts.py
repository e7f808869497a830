"""Whether a meeting word reports a meeting that happened or is under way (`parley_meetings`): the
parse is read from the word up to its clause for plans, cancellations, modals, conditions and negation.

`meeting_status` says which: "held" (happened or under way), "planned" (planned, proposed, possible,
conditional or future: "will meet", "is expected to visit", "a proposed summit", "talks could take
place") or "cancelled" (cancelled, postponed, refused or negated: "the visit was called off", "did not
meet"), with the word that says so (None for a held meeting).
"""

from __future__ import annotations

from spacy.tokens import Token

from etl.nlp.dates import month_number, published_date
from etl.nlp.meeting_parts import DEFINITE, FUTURE_MODALS, MeetingLexicon

HELD, PLANNED, CANCELLED = "held", "planned", "cancelled"
# The subject dependencies: a meeting that is the subject of a reported "would" ("said the talks would resume") is
# told of as it is, not acted on ahead of it.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Verbs that look ahead to what happens "during" or "at" a meeting ("expects harmonious talks during the
# visit"): the meeting is still to come (unlike "were unable to agree during talks").
# Words of setting off: the meeting one leaves for is still ahead ("left for Washington for talks").
DEPARTING = frozenset({"leave", "depart", "departure", "head", "set"})
# Verbs of asking "for" a meeting: it is wanted, not held ("asked for consultations with Tokyo", "pressed for talks").
ASKING = frozenset({"ask", "press", "push", "appeal", "clamour", "clamor", "lobby", "plead"})
EXPECTING = frozenset({"expect", "anticipate", "hope", "plan", "intend", "foresee", "predict", "aim"})
# Adverbs that with "to" look ahead to a meeting ("looks forward to discussions with X", "looking ahead to the
# summit"): it is still to come.
LOOKING_AHEAD = frozenset({"forward", "ahead"})
# Auxiliaries of a relative clause that put its meeting ahead ("the summit, which will open on Monday").
RELATIVE_FUTURE = frozenset({"will", "would", "shall", "'ll"})
# A verdict: the status and the word that decided it (None for a held meeting).
Verdict = tuple[str, Token | None]


def is_factual(trigger: Token, lex: MeetingLexicon) -> bool:
    """Whether a meeting word reports a meeting that happened or is under way (not a planned,
    cancelled, hypothetical or negated one), read from the parse around it."""
    return meeting_status(trigger, lex)[0] == HELD


# Participles that tell a meeting's purpose, not its plan ("has been holding talks aimed at a loan accord",
# "a visit geared to trade"): the clause decides whether it happened (round 22).
PURPOSE_PARTICIPLES = frozenset({"aim", "gear"})


def meeting_status(trigger: Token, lex: MeetingLexicon) -> Verdict:
    """The status of the meeting a meeting word reports, and the word that decided it."""
    presupposed = trigger.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "poss") or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children
    )
    modifier = _modifier(trigger, lex)
    if modifier is not None and modifier[0] == CANCELLED:
        return modifier
    negated = next((c for c in trigger.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if negated is not None and trigger.pos_ in ("NOUN", "PROPN"):
        return CANCELLED, negated  # "no extraordinary meeting is contemplated", "there were no talks" (round 24)
    ahead = _coming_up(trigger, lex)
    if ahead is not None:
        return PLANNED, ahead
    if stayed_away_from(trigger, lex):
        return HELD, None
    if _told_past_by_its_clause(trigger, lex) or _under_way_by_its_participle(trigger):
        return HELD, None
    verdict = _climb(trigger, lex, presupposed)
    if verdict[0] == CANCELLED and presupposed and _negated_other_act(verdict[1]):
        # "both sides agreed not to disclose the talks' results", "X was not involved in these talks", "X is not
        # attending the meeting": the negation denies another act; "the talks" are presupposed (round 32)
        return HELD, None
    if verdict[0] == PLANNED and _past_month(trigger):
        # "Talking will not stop the slide and the February meeting produced scant promise" (a March story): a
        # month just gone that names the meeting makes it past, whatever plan the parse joined it to (round 31)
        return HELD, None
    # "the planned summit was cancelled": the clause's cancellation wins over the word's plan.
    if verdict[0] == HELD and modifier is not None:
        return modifier
    return verdict


# Verbs whose negation denies that a meeting took place ("the talks did not take place", "did not hold talks", "the
# summit never went ahead"); a negated other verb denies something else of a meeting the text presupposes.
REALISATION_VERBS = frozenset(
    "take happen occur hold meet start begin open go resume proceed materialize materialise convene continue".split()
)


# Verbs of being a party ("X was not involved in these talks": not his talks, whoever held them).
TAKING_PART = frozenset({"involve", "participate", "engage"})


def _negated_other_act(cue: Token | None) -> bool:
    """The verdict's cue is the "not" of a verb that is neither one of a meeting's taking place nor of taking part in
    it ("would not attend the meeting with Colombia": no meeting without Brazil; `stayed_away_from` reads a group's)."""
    if cue is None or cue.dep_ != "neg":
        return False
    verb = cue.head
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and lemma not in REALISATION_VERBS | ATTENDING | TAKING_PART


# Verbs of taking part in a meeting; refusals that stay away ("refused to join"). The verbs of staying away are the
# lexicon's `absent_verb` (boycott, snub, shun) and "skip", which it does not list.
ATTENDING = frozenset({"join", "attend", "invite"})
REFUSING = frozenset({"refuse", "decline"})


def _stays_away(lemma: str, lex: MeetingLexicon) -> bool:
    return lex.has("absent_verb", lemma) or lemma == "skip"


def stayed_away_from(trigger: Token, lex: MeetingLexicon) -> bool:
    """A group's or an organisation's meeting that one side refused to join, was not invited to or boycotted ("Italy
    refused to join a G-7 meeting in Paris", "at not being invited to a working dinner of the G-5 countries", "a
    boycott of the bank's last annual meeting"): the meeting took place without it (round 28). Not talks "with" the
    one who stayed away ("Iran refused to attend the talks with Iraq"), and only for a meeting named by its group."""
    if trigger.pos_ not in ("NOUN", "PROPN") or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trigger.children
    ):
        return False
    named = any(  # (a group's or body's name: "a G-7 meeting", "of the G-5 countries", "of the Asian Development Bank")
        (t.pos_ in ("PROPN", "NUM") or any(ch.isdigit() for ch in t.text) or t.ent_type_ in ("ORG", "NORP"))
        and t.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")
        for t in trigger.subtree
        if t != trigger
    )
    if not named:
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and _stays_away(head.head.lemma_.lower(), lex):
        return True  # "a boycott of the annual meeting of the bank"
    if trigger.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "invite":
        verb = head.head  # "not being invited to a working dinner of the G-5"
    elif trigger.dep_ == "dobj":
        verb = head
    else:
        return False
    lemma = verb.lemma_.lower()
    if _stays_away(lemma, lex):
        return True  # "Italy boycotted the G-7 meeting"
    if lemma not in ATTENDING:
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
    return _negated(verb) or refused


# Participles and adverbs by which a meeting noun's own phrase says it is going on ("fishing negotiations currently
# held between Ottawa and Paris", "the talks now being conducted"; round 25).
ONGOING_PARTICIPLES = frozenset(("hold", "conduct"))
ONGOING_ADVERBS = frozenset(("currently", "now", "still"))


def _under_way_by_its_participle(trigger: Token) -> bool:
    """A meeting noun whose participle says, with "currently", "now" or "still", that it is under way: held, whatever
    the clause around it supposes ("would harm the negotiations currently held between A and B")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in trigger.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ONGOING_PARTICIPLES:
            if any(a.dep_ == "advmod" and a.lower_ in ONGOING_ADVERBS for a in c.children):
                return True
    return False


# Verbs of a meeting's course ("the talks ended", "which opened on Monday").
COURSE_VERBS = frozenset({"end", "open", "begin", "start", "close", "conclude", "finish", "adjourn", "collapse"})


def _told_past_by_its_clause(trigger: Token, lex: MeetingLexicon) -> bool:
    """ "the urgent talks with U.S. officials that ended on Friday", "the meeting that opened on Monday": a
    meeting noun whose own relative clause, with the meeting as its subject, is in the simple past reports a meeting
    that took place, whatever the clause around it plans or wishes ("was ready to continue talks ... despite its
    failure to convince X during talks which ended Friday"; round 23). Not a clause of a plan or a cancellation
    ("which collapsed" did happen; "which was cancelled" is passive, not simple past)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    # (the parser often hangs the clause on the counterpart: "talks with U.S. officials which ended on Friday"; a
    # verb of a meeting's course there is the meeting's)
    own = [c for c in trigger.children if c.dep_ == "relcl"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "between")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            own += [c for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in COURSE_VERBS]
    for clause in own:
        if clause.tag_ != "VBD":
            continue
        lemma = clause.lemma_.lower()
        if lex.has("plan_verb", lemma) or lex.has("cancel_verb", lemma) or lemma == "be":
            continue
        if any(c.dep_ in ("neg", "aux", "auxpass") for c in clause.children):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children):
            return True
    return False


# Verbs of going or being brought somewhere for a purpose ("travelled to Kyiv yesterday to meet with X", "was
# summoned yesterday to confer with Y"): told in the past, the errand was done (round 25).
ERRAND_VERBS = frozenset("travel go come fly arrive summon return journey".split())


def _past_errand(trigger: Token) -> bool:
    """The meeting verb is the to-infinitive of purpose of a past verb of going or summoning, with no modal and
    no negation: "Secretary X travelled to Ukraine yesterday to meet with President Y" reports the meeting held,
    as "he will travel next week to meet" plans it."""
    head = trigger.head
    if trigger.dep_ not in ("advcl", "xcomp") or head == trigger or head.lemma_.lower() not in ERRAND_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children):
        return False
    if head.tag_ == "VBN":
        past = any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBD", "VBZ", "VBP") for c in head.children)
    else:
        past = head.tag_ == "VBD"
    blocked = any(c.dep_ in ("aux", "neg") and c.tag_ in ("MD", "RB") for c in head.children)
    return past and not blocked


def _climb(trigger: Token, lex: MeetingLexicon, presupposed: bool) -> Verdict:
    """Read the parse from the meeting word up to the clause that asserts (or plans) it."""
    if trigger.pos_ == "VERB" and _past_errand(trigger):
        return HELD, None
    if trigger.pos_ in ("VERB", "AUX"):
        verdict = _verb_check(trigger, None, lex, presupposed=False)
        if verdict is not None:
            return verdict
        if trigger.dep_ == "relcl" and trigger.tag_ == "VBD":
            # "he expected Finance Minister X, whom he met last week, to present a plan": a relative clause's own
            # past tense reports a fact, whatever the clause it describes a noun of plans (round 21)
            return HELD, None
    cur = trigger
    for _ in range(12):
        head = cur.head
        if head == cur:
            return HELD, None
        step = _step(trigger, cur, lex, presupposed)
        if step is not None:
            return step
        cur = head
    return HELD, None


def _modifier(trigger: Token, lex: MeetingLexicon) -> Verdict | None:
    """ "the planned talks", "the cancelled visit", "talks scheduled for Thursday": a plan or cancel word
    modifying the meeting word."""
    for c in trigger.children:
        modal = _relative_future(c)
        if modal is not None:
            return PLANNED, modal  # "the Geneva talks, which he said would follow a summit"
        if c.dep_ == "acl" and c.tag_ == "VBN":  # not "a trip seeking to involve governments"
            lemma = c.lemma_.lower()
            if lex.has("cancel_verb", lemma):
                return CANCELLED, c
            if lex.has("plan_verb", lemma) and lemma not in PURPOSE_PARTICIPLES:
                return PLANNED, c
        if c.dep_ not in ("amod", "compound", "advmod", "nmod"):
            continue
        if lex.has("cancel_adj", c.lower_):
            return CANCELLED, c
        if lex.has("plan_adj", c.lower_):
            return PLANNED, c
    return None


def _step(trigger: Token, cur: Token, lex: MeetingLexicon, presupposed: bool) -> Verdict | None:
    """One step up from `cur` to its head: a verdict when it decides, None to go on climbing."""
    head, dep = cur.head, cur.dep_
    if _past_time_clause(cur):
        return HELD, None  # "When the ministers met in March, they failed to agree": the clause tells its own past
    if dep == "pobj" or (head.pos_ == "ADP" and dep in ("pcomp",)):
        return _at_preposition(trigger, head, lex)
    if head.pos_ in ("NOUN", "PROPN"):
        lemma = head.lemma_.lower()
        if lex.has("cancel_noun", lemma):
            return CANCELLED, head
        if lex.has("plan_noun", lemma) or (lex.has("aim_noun", lemma) and (_bare(trigger) or _others_talks(trigger))):
            # "a proposal for talks"; "his support for direct negotiations" (an aim); "their support for the
            # talks between X and Y" (a process of others that they back, not a meeting the text reports)
            return PLANNED, head
        # "two rounds of talks, scheduled for Thursday", "the proposed round of talks"
        return _modifier(head, lex)
    if head.pos_ in ("VERB", "AUX"):
        if cur is trigger and dep == "dobj" and lex.has("aim_verb", head.lemma_.lower()) and _others_talks(trigger):
            return PLANNED, head  # "encouraged continued dialogue between X and Y": a process of others, backed
        return _at_verb(head, cur, lex, presupposed)
    return None


# Round 30: nouns of an outcome whose cause is a meeting ("as a result of his visit"): the meeting has happened or is
# under way, whatever is expected of its outcome.
RESULT_NOUNS = frozenset({"result", "consequence"})


def _cause_of(prep_tok: Token) -> bool:
    """The "of" of "as a result of", "as a consequence of" or "because of": what follows caused something ("did not
    attend because of a conflicting sugar meeting today": that meeting goes on; round 32)."""
    noun = prep_tok.head
    if prep_tok.lower_ == "because" or (prep_tok.lower_ == "of" and noun.lower_ == "because"):
        return True  # (the parser hangs the meeting on "because", with "of" its pcomp)
    return (
        prep_tok.lower_ == "of"
        and noun.lemma_.lower() in RESULT_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "as"
    )


def _at_preposition(trigger: Token, prep_tok: Token, lex: MeetingLexicon) -> Verdict | None:
    """The meeting word under a preposition: "before the summit" (future), "during talks" (presupposed)."""
    prep = prep_tok.lower_
    if lex.has("future_prep", prep):
        return PLANNED, prep_tok
    if _cause_of(prep_tok):
        return HELD, None  # "an expansion in trade is expected as a result of Carlsson's visit to China" (round 30)
    if prep == "for" and prep_tok.head.lemma_.lower() in DEPARTING:
        return PLANNED, prep_tok.head  # "a departure later today ... for a series of trade talks"
    if prep == "for" and prep_tok.head.lemma_.lower() in ASKING:
        return PLANNED, prep_tok.head  # "The United States asked for consultations with Tokyo" (round 28)
    if lex.has("future_prep", prep_tok.head.lower_):
        return PLANNED, prep_tok.head
    if prep == "to" and _looking_ahead(prep_tok.head):
        return PLANNED, prep_tok.head  # "The President looks forward to discussions with X"
    # "during talks", "after the meeting" presuppose it; "at a June summit" may be a plan, so
    # an indefinite meeting word goes on up to its verb ("hoping to strike a deal at a ...").
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
    if lex.has("presuppose", prep) and _bare(trigger) and _modal_clause(prep_tok.head, lex) is not None:
        # "a bill that would bind him in talks with Japan": talks of a modal clause
        return PLANNED, _modal_clause(prep_tok.head, lex)
    if lex.has("presuppose", prep) and not indefinite:
        # ... unless the clause is itself in the future ("delegates will be present at the talks").
        verb = prep_tok.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        modal = _future_modal(verb)
        if modal is None and verb.lemma_.lower() in EXPECTING:
            return PLANNED, verb  # "expects harmonious talks during Chirac's visit this week"
        if modal is None and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in EXPECTING:
            # "planned to spend time at nuclear talks with Iran"; "expect prices to hold until after the OPEC meeting"
            # (round 30: the parser makes that infinitive a `ccomp`)
            return PLANNED, verb.head
        likely = _likely(verb, lex)
        if modal is None and likely is not None:
            return PLANNED, likely  # "officials are likely to emphasise at the Venice summit" (round 28)
        # (at the meeting, not set by it: "would be reviewing it following the collapse of the talks" follows talks that
        # were held)
        would = _would_of_a_past_thought(verb) if modal is None and prep in BEING_AT else None
        if would is not None:
            return PLANNED, would  # "doubted that its partners would indulge in it at the summit" (round 28)
        if modal is None and verb.dep_ == "pcomp" and verb.head.lower_ == "to" and _looking_ahead(verb.head.head):
            return PLANNED, verb.head.head  # "looks forward to working with her at the G-20 summit" (round 24)
        return (PLANNED, modal) if modal is not None else (HELD, None)
    return None


# Verbs of what a meeting deals with: their future in a relative clause tells its agenda, not its time.
CONTENT_VERBS = frozenset("include cover focus concentrate centre center deal touch examine involve feature".split())


def _relative_future(clause: Token) -> Token | None:
    """The future auxiliary of a relative clause on the meeting word whose subject is the meeting ("the summit,
    which will open on Monday", "the talks, which he said would follow ..."), also through a reporting
    verb; not a clause about what its parties will do after it ("the talks, at which they will sign")."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() in CONTENT_VERBS:
        return None  # ("begins two days of talks that will include trade": what they will cover, not when; round 24)
    verbs = [clause] + [c for c in clause.children if c.dep_ == "ccomp"]
    for verb in verbs:
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
            continue
        modal = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in RELATIVE_FUTURE), None)
        if modal is not None:
            return modal
    return None


def _coming_up(trigger: Token, lex: MeetingLexicon) -> Token | None:
    """ "the summit coming up", "With my meeting with X and the summit coming up, ...": a participle of a
    meeting still ahead (`plan_particle`) on the meeting word, or closing the "with" phrase that holds it."""
    scope = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else []  # ("they met, with elections coming up")
    for anc in list(trigger.ancestors)[:6]:
        if anc.lower_ == "with" and anc.dep_ == "prep" and anc.head.pos_ in ("VERB", "AUX"):
            scope = [anc]
            break
    for top in scope:
        for tok in top.subtree:
            ahead = lex.pairs.get("plan_particle", {}).get(tok.lemma_.lower())
            if (
                tok.tag_ == "VBG"
                and ahead
                and any(c.dep_ in ("prt", "advmod") and c.lower_ == ahead for c in tok.children)
            ):
                return tok
    return None


def _past_month(trigger: Token) -> bool:
    """A meeting noun named by a month one to three months before the story's ("the February meeting" in March)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    pub = published_date(trigger.doc)
    months = [month_number(c.text) for c in trigger.children if c.dep_ in ("compound", "nmod", "amod")]
    month = next((n for n in months if n), None)
    return pub is not None and month is not None and 1 <= (pub.month - month) % 12 <= 3


def _bare(trigger: Token) -> bool:
    """A meeting noun with no determiner or possessor ("in trade negotiations", not "in the negotiations")."""
    return trigger.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in trigger.children)


def _others_talks(trigger: Token) -> bool:
    """Talks "between X and Y" that the sentence tells nothing of but their parties: no clause or participle
    on the meeting word ("held in Delhi on Monday", "which ended today") and no date in its phrase. Backed or
    encouraged by a third side, such talks are a process it wants (to go on), not a meeting the text reports."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
        return False
    if any(c.dep_ in ("acl", "relcl") for c in trigger.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)


def _modal_clause(head: Token, lex: MeetingLexicon) -> Token | None:
    """The hypothetical auxiliary ("would", "might") of the verb a preposition hangs from, unless negated ("could
    not agree in talks" and "would not budge in talks" tell what happened)."""
    verb = head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "aux" and lex.has("hypothetical", c.lower_)), None)


def _looking_ahead(head: Token) -> bool:
    """The word "to" hangs from: "forward"/"ahead" itself, or a verb that has one ("looks forward to")."""
    if head.lower_ in LOOKING_AHEAD:
        return True
    return head.pos_ == "VERB" and any(c.dep_ in ("advmod", "prt") and c.lower_ in LOOKING_AHEAD for c in head.children)


def _likely(verb: Token, lex: MeetingLexicon) -> Token | None:
    """The adjective of a plan that puts a verb's act ahead: "are likely to emphasise" (the verb is its infinitive),
    "Baker is likely once again to reject" (the verb is the copula)."""
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and lex.has("plan_adj", verb.head.lower_):
        return verb.head
    if verb.lemma_.lower() == "be":
        infinitive = any(
            x.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in x.children)
            for x in [*verb.children, *(c for a in verb.children if a.dep_ == "acomp" for c in a.children)]
        )
        for c in verb.children:
            if c.dep_ == "acomp" and lex.has("plan_adj", c.lower_) and infinitive:
                return c
    return None


BEING_AT = frozenset({"at", "during", "in", "throughout"})


def _would_of_a_past_thought(verb: Token) -> Token | None:
    """The "would" of a clause that a past verb reports or weighs ("Lawson doubted that its partners would indulge in
    Japan bashing at the summit"): the future seen from the past, so the meeting is still ahead; not "would not"."""
    for _ in range(4):  # (up from "bashing" in "would indulge in Japan bashing")
        if verb.dep_ not in ("pcomp", "xcomp") and verb.pos_ != "ADP":
            break
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.tag_ != "VBD" or _negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "would"), None)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _future_modal(verb: Token) -> Token | None:
    """The future modal of a verb or of the clause its infinitive depends on ("Lyng will urge Japan to put
    its policies on the table during GATT talks")."""
    for _ in range(3):
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS), None)
        if modal is not None or verb.dep_ != "xcomp" or verb.head == verb:
            return modal
        verb = verb.head
    return None


def _reported_would(verb: Token, lex: MeetingLexicon) -> Token | None:
    """The "would" of a clause reported by a past reporting verb ("sources said he would chair the meeting"): the
    future seen from the past report, so a meeting its clause acts on is still ahead, even a definite one (not one
    the clause is set by: "would review it following the collapse of the talks" follows talks that were held).
    Not "would" in a clause of its own ("the talks would have failed anyway") nor under a present report."""
    if verb.dep_ != "ccomp" or verb.head.tag_ != "VBD" or not lex.has("report_verb", verb.head.lemma_.lower()):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "said he would not budge in the talks" tells what happened at them
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "would"), None)


def _at_verb(head: Token, cur: Token, lex: MeetingLexicon, presupposed: bool) -> Verdict | None:
    """The meeting word (or the clause holding it) under a verb: its checks, then whether the verb
    ends the climb (a reporting verb, a main or coordinated clause)."""
    verdict = _verb_check(head, cur, lex, presupposed)
    if verdict is not None:
        return verdict
    if lex.has("report_verb", head.lemma_.lower()):
        return HELD, None
    if head.dep_ == "ccomp":
        # "proposed that they meet", "an agreement to let X and Y attend meetings"
        if lex.has("plan_verb", head.head.lemma_.lower()):
            return PLANNED, head.head
        matrix = _verb_check(head.head, None, lex, False)
        if matrix is not None:
            return matrix
    if head.dep_ == "acl" and head.tag_ == "VBN" and cur.dep_ == "prep" and lex.has("presuppose", cur.lower_):
        # "a statement issued after a two-day meeting", "the accord signed at the summit": a thing done after or at
        # the meeting, told as done, says the meeting took place, whatever the clause of the thing (round 24)
        return HELD, None
    if head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None  # "will extend his tour, flying to Japan for talks": the participle has its clause's tense
    if head.dep_ in ("ROOT", "conj", "advcl", "relcl", "ccomp", "parataxis"):
        return HELD, None
    return None


def _verb_check(verb: Token, child: Token | None, lex: MeetingLexicon, presupposed: bool) -> Verdict | None:
    """The checks at one verb on the way up: negation, modals, to-infinitives, conditionals, plan and
    cancel verbs (a subject is not planned by its verb: "the talks failed" happened). None: no objection."""
    lemma = verb.lemma_.lower()
    phrasal = _phrasal(verb, lex)
    if phrasal is not None:
        return phrasal
    is_subject = child is not None and child.dep_ in ("nsubj", "csubj", "expl")
    if is_subject and lemma == "be":
        predicate = _copula_plan(verb, lex)  # "the visit was under consideration", "talks are likely"
        if predicate is not None:
            return PLANNED, predicate
    # "At a meeting in Paris, the ministers agreed to cut tariffs": a meeting the past act took place at is
    # its setting, not what was planned ("agreed to meet" and "hopes to strike a deal at a summit" stay plans)
    setting = child is not None and child.dep_ == "prep" and lex.has("presuppose", child.lower_) and verb.tag_ == "VBD"
    if is_subject and lemma in PASSIVE_CANCEL and verb.tag_ in ("VBD", "VBN") and not _has_object(verb):
        # "said the price committee meeting earlier postponed until May was now off": a meeting cannot postpone, so a
        # subject of this verb with no object is a passive the parser read as active (round 24)
        return CANCELLED, verb
    # (a cancel verb's object is what was rejected at the meeting, never the meeting it is the setting of: "a plea for
    # cash was likely to be rejected at today's session of budget ministers"; round 32)
    at_it = child is not None and child.dep_ == "prep" and lex.has("presuppose", child.lower_)
    if child is not None and not is_subject and not setting:
        if lex.has("cancel_verb", lemma) and not at_it:
            return CANCELLED, verb
        if lex.has("plan_verb", lemma):
            return PLANNED, verb
    # "his meetings with Italian officials had not yielded much": a meeting that did not bring something took place
    outcome = is_subject and lemma in OUTCOME_VERBS
    for c in verb.children:
        if outcome and c.dep_ == "neg":
            continue
        verdict = _verb_child(verb, c, lex, presupposed, child)
        if verdict is not None:
            return verdict
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        # "will make a visit ... and hold talks": the second verb shares the first one's auxiliary
        modal = next((c for c in verb.head.children if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS), None)
        if modal is not None:
            return PLANNED, modal
    if verb.dep_ == "xcomp" and lex.has("plan_verb", verb.head.lemma_.lower()):
        return PLANNED, verb.head
    return None


# Verbs of what a meeting brought: negated, they still tell a meeting that took place ("the talks did not produce an
# accord", "the meetings had not yielded much"; round 28), unlike "the meeting did not take place".
OUTCOME_VERBS = frozenset(
    "yield produce bring achieve result lead reach resolve settle solve succeed satisfy ease improve change".split()
)
# Cancel verbs whose subject is never a meeting (talks can fail or collapse, they cannot postpone anything).
PASSIVE_CANCEL = frozenset({"postpone", "cancel", "scrap", "suspend", "delay", "shelve"})


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def _phrasal(verb: Token, lex: MeetingLexicon) -> Verdict | None:
    """A phrasal verb that cancels ("the summit was called off") or puts the meeting ahead ("the talks coming up",
    "the talks that lie ahead"), whatever the meeting's place in the clause."""
    lemma = verb.lemma_.lower()
    particle = lex.pairs.get("cancel_particle", {}).get(lemma)
    if particle and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return CANCELLED, verb
    ahead = lex.pairs.get("plan_particle", {}).get(lemma)
    if ahead and verb.tag_ != "VBD" and any(c.dep_ in ("prt", "advmod") and c.lower_ == ahead for c in verb.children):
        return PLANNED, verb
    return None


def _first_to(verb: Token) -> bool:
    """A to-infinitive that tells who did it first or last ("the first senior official to visit
    Yugoslavia", "the last leader to meet him"): a fact, not a plan."""
    return verb.dep_ in ("acl", "relcl") and any(
        c.dep_ in ("amod", "advmod") and c.lower_ in ("first", "last", "only") for c in verb.head.children
    )


def _copula_plan(verb: Token, lex: MeetingLexicon) -> Token | None:
    """The word of a copula's predicate that makes its subject a plan: "possible", "likely", "under
    consideration", "a possibility"."""
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and (lex.has("plan_adj", c.lower_) or lex.has("plan_noun", c.lemma_.lower())):
            return c
        if c.dep_ == "prep":
            for obj in (p for p in c.children if p.dep_ == "pobj"):
                if c.lower_ == "under" and obj.lower_ == "way":
                    continue  # "talks are under way": going on, not "a way to talks" (round 32)
                if lex.has("plan_noun", obj.lemma_.lower()):
                    return obj
    return None


def _verb_child(
    verb: Token, c: Token, lex: MeetingLexicon, presupposed: bool, child: Token | None = None
) -> Verdict | None:
    """One child of a verb on the way up: "not" (it did not happen), a modal ("could meet"), a
    to-infinitive outside a factual matrix ("to meet"), a condition ("if they meet")."""
    word = c.lower_
    if c.dep_ == "neg":
        return CANCELLED, c
    if c.dep_ in ("aux", "auxpass") and lex.has("modal", word) and (word in FUTURE_MODALS or not presupposed):
        return PLANNED, c
    if c.dep_ == "aux" and c == _reported_would(verb, lex) and (child is None or child.dep_ not in SUBJECTS):
        return PLANNED, c  # "sources said the president would chair the meeting": the future of a past report
    if c.dep_ == "aux" and c.tag_ == "TO":
        matrix = verb.head
        if _first_to(verb):
            return None  # "the first U.S. official to visit Japan since ...": he did
        if verb.dep_ == "acl" and child is not None and child.dep_ == "prep" and lex.has("presuppose", child.lower_):
            # "backed a scheme to curb costs at a meeting on Tuesday": the infinitive describes a noun,
            # and the meeting is the setting of the clause the noun sits in (round 23)
            return None
        if matrix == verb or not lex.has("factual_matrix", matrix.lemma_.lower()):
            return PLANNED, matrix if matrix != verb else c
        modal = next((a for a in matrix.children if a.dep_ == "aux" and a.lower_ in FUTURE_MODALS), None)
        if modal is not None:
            return PLANNED, modal  # "will arrive at the Treasury to begin talks": the matrix's own future (round 21)
    if c.dep_ == "mark" and lex.has("conditional", word):
        return PLANNED, c
    if _time_clause_present(verb, c):
        return PLANNED, c  # "when he pays a two-day visit to Nairobi": a present tense of a time clause is ahead
    return None


# Conjunctions of a time clause whose present simple tells a meeting still ahead ("is likely to meet X when he pays a
# visit", "after they meet on Friday"; round 28). ("once", "before" and "until" are conditional in any tense.)
TEMPORAL_MARKS = frozenset({"when", "whenever", "after"})
# ... and those whose simple past tells a meeting that happened ("When the ministers met in March, they failed").
PAST_TIME_MARKS = frozenset({"when", "after", "while", "as"})
# Words by which a present time clause is today's ("when the ministers meet ... here this morning").
TODAY_WORDS = frozenset({"today", "tonight", "now", "currently"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening"})


def _opens_time_clause(c: Token, marks: frozenset[str]) -> bool:
    """`c` is the conjunction of a time clause: a marker, or "when" as the parser often hangs it (WRB advmod)."""
    return (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.lower_ in marks


def _time_clause_present(verb: Token, c: Token) -> bool:
    """`c` opens a time clause ("when", "after") whose verb is in the present simple, with no auxiliary, and not
    today's ("when the farm ministers meet for a third day of talks here this morning" is going on)."""
    if not _opens_time_clause(c, TEMPORAL_MARKS) or verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    words = [t.lower_ for t in verb.subtree]
    today = any(w in TODAY_WORDS for w in words) or any(
        a == "this" and b in DAY_PARTS for a, b in zip(words, words[1:], strict=False)
    )
    return not today and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)


def _past_time_clause(verb: Token) -> bool:
    """A time clause in the simple past ("When the ministers met on March 30 in Brussels, they failed to agree",
    "after they held talks"; round 28): what it tells happened, whatever its main clause plans, fails or denies.
    Not with a modal or a negation of its own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD":
        return False
    opener = any(_opens_time_clause(c, PAST_TIME_MARKS) for c in verb.children)
    return opener and not any(c.dep_ in ("aux", "neg") for c in verb.children)
