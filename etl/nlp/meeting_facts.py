"""Whether a meeting word reports a meeting that happened or is under way (`parley_meetings`): the
parse is read from the word up to its clause for plans, cancellations, modals, conditions and negation.
"""

from __future__ import annotations

from spacy.tokens import Token

from etl.nlp.meeting_parts import DEFINITE, FUTURE_MODALS, MeetingLexicon


def is_factual(trigger: Token, lex: MeetingLexicon) -> bool:
    """Whether a meeting word reports a meeting that happened or is under way (not a planned,
    cancelled, hypothetical or negated one), read from the parse around it."""
    presupposed = trigger.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "poss") or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children
    )
    if _modified_away(trigger, lex):
        return False
    if trigger.pos_ in ("VERB", "AUX") and not _verb_ok(trigger, None, lex, presupposed=False):
        return False
    cur = trigger
    for _ in range(12):
        head = cur.head
        if head == cur:
            return True
        verdict = _step(trigger, cur, lex, presupposed)
        if verdict is not None:
            return verdict
        cur = head
    return True


def _modified_away(trigger: Token, lex: MeetingLexicon) -> bool:
    """ "the planned talks", "the cancelled visit": a plan or cancel word modifying the meeting word."""
    return any(
        c.dep_ in ("amod", "compound", "advmod", "nmod")
        and (lex.has("plan_adj", c.lower_) or lex.has("cancel_adj", c.lower_))
        for c in trigger.children
    )


def _step(trigger: Token, cur: Token, lex: MeetingLexicon, presupposed: bool) -> bool | None:
    """One step up from `cur` to its head: True or False when it decides, None to go on climbing."""
    head, dep = cur.head, cur.dep_
    if dep == "pobj" or (head.pos_ == "ADP" and dep in ("pcomp",)):
        return _at_preposition(trigger, head, lex)
    if head.pos_ in ("NOUN", "PROPN"):
        if lex.has("plan_noun", head.lemma_.lower()) or lex.has("cancel_noun", head.lemma_.lower()):
            return False
        return None
    if head.pos_ in ("VERB", "AUX"):
        return _at_verb(head, cur, lex, presupposed)
    return None


def _at_preposition(trigger: Token, prep_tok: Token, lex: MeetingLexicon) -> bool | None:
    """The meeting word under a preposition: "before the summit" (future), "during talks" (presupposed)."""
    prep = prep_tok.lower_
    if lex.has("future_prep", prep) or lex.has("future_prep", prep_tok.head.lower_):
        return False
    # "during talks", "after the meeting" presuppose it; "at a June summit" may be a plan, so
    # an indefinite meeting word goes on up to its verb ("hoping to strike a deal at a ...").
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
    if lex.has("presuppose", prep) and not indefinite:
        # ... unless the clause is itself in the future ("delegates will be present at the talks").
        verb = prep_tok.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        return not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)
    return None


def _at_verb(head: Token, cur: Token, lex: MeetingLexicon, presupposed: bool) -> bool | None:
    """The meeting word (or the clause holding it) under a verb: its checks, then whether the verb
    ends the climb (a reporting verb, a main or coordinated clause)."""
    if not _verb_ok(head, cur, lex, presupposed):
        return False
    if lex.has("report_verb", head.lemma_.lower()):
        return True
    if head.dep_ == "ccomp" and (
        lex.has("plan_verb", head.head.lemma_.lower()) or not _verb_ok(head.head, None, lex, False)
    ):
        return False  # "proposed that they meet", "an agreement to let X and Y attend meetings"
    if head.dep_ in ("ROOT", "conj", "advcl", "relcl", "ccomp", "parataxis"):
        return True
    return None


def _verb_ok(verb: Token, child: Token | None, lex: MeetingLexicon, presupposed: bool) -> bool:
    """The checks at one verb on the way up: negation, modals, to-infinitives, conditionals, plan and
    cancel verbs (a subject is not planned by its verb: "the talks failed" happened)."""
    lemma = verb.lemma_.lower()
    is_subject = child is not None and child.dep_ in ("nsubj", "csubj", "expl")
    if child is not None and not is_subject and (lex.has("plan_verb", lemma) or lex.has("cancel_verb", lemma)):
        return False
    for c in verb.children:
        word = c.lower_
        if c.dep_ == "neg":
            return False
        if c.dep_ in ("aux", "auxpass") and lex.has("modal", word):
            if word in FUTURE_MODALS or not presupposed:
                return False
        if c.dep_ == "aux" and c.tag_ == "TO":
            matrix = verb.head
            if matrix == verb or not lex.has("factual_matrix", matrix.lemma_.lower()):
                return False
        if c.dep_ == "mark" and lex.has("conditional", word):
            return False
    if verb.dep_ == "xcomp" and lex.has("plan_verb", verb.head.lemma_.lower()):
        return False
    return True
