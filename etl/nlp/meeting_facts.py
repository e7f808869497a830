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
    for c in trigger.children:
        word = c.lower_
        if c.dep_ in ("amod", "compound", "advmod", "nmod") and (
            lex.has("plan_adj", word) or lex.has("cancel_adj", word)
        ):
            return False
    if trigger.pos_ in ("VERB", "AUX") and not _verb_ok(trigger, None, lex, presupposed=False):
        return False
    cur = trigger
    for _ in range(12):
        head = cur.head
        if head == cur:
            return True
        dep = cur.dep_
        if dep == "pobj" or (head.pos_ == "ADP" and dep in ("pcomp",)):
            prep = head.lower_
            if lex.has("future_prep", prep) or lex.has("future_prep", head.head.lower_):
                return False
            # "during talks", "after the meeting" presuppose it; "at a June summit" may be a plan, so
            # an indefinite meeting word goes on up to its verb ("hoping to strike a deal at a ...").
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
            if lex.has("presuppose", prep) and not indefinite:
                # ... unless the clause is itself in the future ("delegates will be present at the talks").
                verb = head.head
                for _ in range(3):
                    if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                        break
                    verb = verb.head
                return not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)
            cur = head
            continue
        if head.pos_ in ("NOUN", "PROPN"):
            if lex.has("plan_noun", head.lemma_.lower()) or lex.has("cancel_noun", head.lemma_.lower()):
                return False
            cur = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            if not _verb_ok(head, cur, lex, presupposed):
                return False
            lemma = head.lemma_.lower()
            if lex.has("report_verb", lemma):
                return True
            if head.dep_ == "ccomp" and (
                lex.has("plan_verb", head.head.lemma_.lower()) or not _verb_ok(head.head, None, lex, False)
            ):
                return False  # "proposed that they meet", "an agreement to let X and Y attend meetings"
            if head.dep_ in ("ROOT", "conj", "advcl", "relcl", "ccomp", "parataxis"):
                return True
            cur = head
            continue
        cur = head
    return True


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
