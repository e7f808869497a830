"""Reading one meeting mention off the parse (`parley_meetings`): its label, venue, nested places and
the date expression that belongs to it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from etl.nlp.dates import DateExpr, dates_between, published_date
from etl.nlp.meeting_merge import Mention
from etl.nlp.meeting_parts import MeetingLexicon, governing_verb

PLACE_PREPS = {"in", "at", "inside", "within"}


def label(trigger: Token, lex: MeetingLexicon) -> str:
    """The words that name the meeting ("security talks", "sub-committee meeting", "met"): the
    trigger and the modifiers right before it, without determiners, ordinals or characterisations."""
    if trigger.pos_ in ("VERB", "AUX"):
        # "the sub-committee convened": the subject names the meeting when it is not a party.
        subj = [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        named = subj and subj[0].lemma_.lower() in lex.sets.get("committee_noun", ())
        return f"{label(subj[0], lex)} {trigger.text}" if named else trigger.text
    doc = trigger.doc
    start = trigger.i
    while start > trigger.left_edge.i:
        prev = doc[start - 1]
        if prev.dep_ in ("det", "poss", "nummod", "cc", "case") or prev.ent_type_ in ("ORDINAL", "DATE"):
            break
        if prev.lower_ in lex.descriptors or prev.is_quote or (prev.is_punct and prev.text != "-"):
            break
        start -= 1
    return doc[start : trigger.i + 1].text


def near_publication(doc: Doc, m: Mention) -> bool:
    """Whether a mention is dated within two days of publication (or by it)."""
    if m.basis == "publication":
        return True
    pub = published_date(doc)
    if not (m.date and pub):
        return False
    return abs((dt.date.fromisoformat(m.date) - pub).days) <= 2


def nested_places(trigger: Token) -> list[Token]:
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


def ent_text(doc: Doc, tok: Token) -> str:
    """The named entity a token is part of ("the United States" -> "United States"), else the token.
    Read off the token's IOB tags, not `doc.ents` (which builds every entity of the doc on each call)."""
    if not tok.ent_type_:
        return tok.text
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return re.sub(r"^(?:the|The)\s+", "", doc[start:end].text)


def venue_text(tok: Token) -> str:
    """ "the Green Zone compound" -> "Green Zone"; "the Iraqi prime minister's office" keeps its words."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        span = tok.doc[min(t.left_edge.i for t in names) : max(t.i for t in names) + 1]
    else:
        span = tok.doc[tok.left_edge.i : tok.i + 1]
    return re.sub(r"^(?:the|a|an)\s+", "", span.text, flags=re.I)


# Parts of a day a date may modify ("yesterday evening", "Monday morning"): the date still dates the clause.
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def sentence_dates(doc: Doc, sent: Span) -> list[DateExpr]:
    """The date expressions of a sentence in text order: those of `parley_dates`, with the months of a year, the
    weekends and the "last night"s read here."""
    exprs = dates_between(doc, sent.start_char, sent.end_char)
    years = month_years(doc, sent, exprs)
    # "in November, 1985": a month read alone ("in November") gives way to the month of its year
    exprs = [d for d in exprs if not any(y.start < d.end and d.start < y.end for y in years)]
    exprs = sorted(exprs + years + weekends(sent, exprs) + last_nights(doc, sent, exprs), key=lambda d: d.start)
    # "Dec. 7 - X, Y and Z met in Washington on Dec. 6": a release's own dateline dates the release, not the meeting
    return [d for d in exprs if not _dateline_date(doc, sent, d)] or exprs


def attached_date(doc: Doc, trigger: Token, lex: MeetingLexicon) -> DateExpr | None:
    """The date expression that belongs to a meeting word: one hanging from the word itself or its
    verb; else the only one of a sentence with only one meeting word."""
    sent = trigger.sent
    exprs = sentence_dates(doc, sent)
    if not exprs:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    own: list[DateExpr] = []
    # a date hanging from the meeting word itself comes first, before one of its verb's clause ("spoke today with
    # X ... following the October 16 call between A and B": the call's day is October 16; round 21)
    for d in exprs:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and trigger.pos_ in ("NOUN", "PROPN") and span.root.head == trigger:
            if span.root.dep_ in ("compound", "nmod", "npadvmod", "amod") and not _in_noun_clause(doc, d, trigger):
                return d
    for d in exprs:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in TIMES_OF_DAY:
            root = root.head  # "met X at the White House yesterday evening": the day of the evening
        elif (
            root.dep_ in ("compound", "nmod", "amod", "poss")
            and root.head.pos_ in ("NOUN", "PROPN")
            and root.head != trigger
            # (a date on the meeting word's own modifier is its own: "the February 22 Paris accord", "last month's
            # Group of Six agreement in Paris"; round 22)
            and not (root.head.dep_ in ("compound", "nmod") and root.head.head == trigger)
            # (a possessive of another meeting word may be shared: "next month's meeting of X and the meeting of Y")
            and (root.dep_ != "poss" or lex.noun_key(root.head) is None)
            # ("this week's" names no day: it dates nothing here)
            and not (root.dep_ == "poss" and (d.iso or d.future) and _possessed_meeting(root.head, trigger, lex))
        ):
            continue  # "the February 22 Paris accords", "following last week's earthquake": the date of something else
        if _in_noun_clause(doc, d, trigger):
            continue  # "met ... to avert duties due to start on May 3": the duties' date
        if _nested_meetings_date(root, trigger, lex):
            continue  # "a gathering held to prepare for talks at next week's spring meetings": theirs (round 28)
        own.append(d)
        anchor = root if root.pos_ in ("VERB", "AUX") else governing_verb(root)
        if (
            trigger in root.ancestors
            or root.head == trigger
            or (verb is not None and anchor == verb)
            # "While in Rome on Monday, he heard from X": the date dates the main clause.
            or (verb is not None and verb.dep_ == "advcl" and anchor == verb.head)
        ):
            return d
    # The parse may hang a date elsewhere ("talks ... held two weeks ago"): a day-resolved date alone in
    # a sentence with one meeting word is taken; a vague one ("this week") must hang from the meeting.
    if len(exprs) == 1 and own and own[0].iso and sum(1 for _ in sentence_triggers(sent, lex)) <= 1:
        return own[0]
    return None


def _nested_meetings_date(root: Token, trigger: Token, lex: MeetingLexicon) -> bool:
    """A possessive date of another meeting word deeper in the meeting word's own phrase ("an informal gathering of
    ministers held to prepare for discussions at next week's spring meetings of the IMF"): the date of that meeting."""
    other = root.head
    return (
        root.dep_ == "poss"
        and other != trigger
        and lex.noun_key(other) is not None
        and trigger in other.ancestors
        and other.dep_ != "conj"
    )


# Parts of an organisation's name that may stand between a possessive date and the meeting word the parse hangs
# under the name ("tomorrow's Group of Seven meeting", "this week's Group of Five (G-5) session").
_NAME_PARTS = frozenset({"PROPN", "NUM", "PUNCT", "X"})


def _possessed_meeting(owner: Token, trigger: Token, lex: MeetingLexicon) -> bool:
    """Whether a date's possessive ("tomorrow's") dates the meeting word although the parse hangs it on another
    noun (round 17): on a name that runs into the meeting word ("Group" of "tomorrow's Group of Seven meeting",
    the parse's misreading of a name modifying the word), or on such a phrase that a predicate meeting word
    renames ("tomorrow's Group of Seven meeting is seen as the key meeting": the predicate's date is the
    subject's)."""
    if _name_runs_into(owner, trigger):
        return True
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "as" else trigger.head
    if not (trigger.dep_ == "attr" or (trigger.dep_ == "pobj" and trigger.head.lower_ == "as")):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject != owner:
        return False
    return lex.noun_key(owner) is not None or any(
        lex.noun_key(t) is not None and _name_runs_into(owner, t) for t in owner.subtree
    )


def _name_runs_into(owner: Token, trigger: Token) -> bool:
    """Whether a proper name runs straight into the meeting word after it: only name parts ("of", numbers,
    brackets) stand between them and the parse hangs the word inside the name's phrase."""
    if owner.pos_ != "PROPN" or trigger.i <= owner.i or trigger.i - owner.i > 8 or owner not in trigger.ancestors:
        return False
    between = owner.doc[owner.i + 1 : trigger.i]
    return all(t.pos_ in _NAME_PARTS or t.lower_ == "of" for t in between)


def _in_noun_clause(doc: Doc, expr: DateExpr, trigger: Token) -> bool:
    """Whether a date sits in a clause that describes a noun other than the meeting word ("goods set to go
    into effect on April 17", "a plan which expires on May 1")."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    cur = span.root
    for _ in range(12):
        if cur == trigger or cur.head == cur:
            return False
        # (a noun inside the meeting's own phrase is the parse's misplacement: "talks between the US and
        # Iranian ambassadors held two weeks ago", the talks' date)
        # (nor a noun whose phrase holds the meeting word: "a round of talks ... held two weeks ago")
        inside = trigger in cur.head.subtree or (trigger.pos_ in ("NOUN", "PROPN") and cur.head in trigger.subtree)
        if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN") and cur.head != trigger and not inside:
            return True
        cur = cur.head
    return False


def sentence_triggers(sent: Span, lex: MeetingLexicon) -> Iterator[Token]:
    for tok in sent:
        if (lex.noun_key(tok) is not None and tok.dep_ != "compound") or (
            tok.pos_ == "VERB" and tok.lemma_.lower() in lex.verbs
        ):
            yield tok


# "in November 1985", "March 1994": a month of a given year, without a day (dates.py reads a month with a day,
# or a month alone); the meeting then has no day but is told apart from the publication day's.
_MONTH_YEAR = re.compile(
    r"\b(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?P<year>1[89]\d\d|20\d\d)\b"
)
_MONTH_NUMBERS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_years(doc: Doc, sent: Span, found: list[DateExpr]) -> list[DateExpr]:
    """The month-and-year expressions of a sentence that no other date expression covers, with no day
    (`iso` None); one after the publication month points to the future."""
    pub = published_date(doc)
    out: list[DateExpr] = []
    for m in _MONTH_YEAR.finditer(sent.text):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if any(d.start < end and start < d.end and any(ch.isdigit() for ch in d.text) for d in found):
            continue  # a date with a day covers it
        month = (int(m.group("year")), _MONTH_NUMBERS[m.group("mon")[:3].lower()])
        future = pub is not None and month > (pub.year, pub.month)
        out.append(DateExpr(start, end, m.group(0), None, "explicit", future))
    return out


def _dateline_date(doc: Doc, sent: Span, expr: DateExpr) -> bool:
    """A date that opens the text's first sentence followed by a dash ("Dec. 7 - The ministers met ..."): the
    release's dateline."""
    return (
        sent.start == 0
        and expr.start - sent.start_char <= 2
        and bool(re.match(r"\s*[-\u2013\u2014]", doc.text[expr.end :]))
    )


_LAST_NIGHT = re.compile(r"\b(?:last|yesterday)\s+(?:night|evening)\b", re.I)


def last_nights(doc: Doc, sent: Span, found: list[DateExpr]) -> list[DateExpr]:
    """ "Last night, President X called President Y", "arrived here last night for talks": the day before
    publication (dates.py reads "yesterday" and "tonight", not "last night")."""
    pub = published_date(doc)
    out: list[DateExpr] = []
    for m in _LAST_NIGHT.finditer(sent.text):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if any(d.start < end and start < d.end for d in found):
            continue
        iso = (pub - dt.timedelta(days=1)).isoformat() if pub else None
        out.append(DateExpr(start, end, m.group(0), iso, "relative"))
    return out


# Words before "weekend" that put it ahead; "this weekend" is read by the publication's weekday: ahead on a
# Thursday or Friday, past on a Monday or Tuesday, left alone midweek or undated (round 23).
_WEEKEND_AHEAD = frozenset({"next", "coming", "upcoming"})
_THIS_WEEKEND_AHEAD = {3, 4}  # datetime.weekday(): Thursday, Friday
_THIS_WEEKEND_PAST = {0, 1}


def weekends(sent: Span, found: list[DateExpr]) -> list[DateExpr]:
    """ "paid a brief weekend visit", "talks extended through the weekend", "met at the weekend": a weekend is a
    time without a day (`iso` None), like "last week"; "next weekend" points ahead, and "this weekend" does in a
    story filed on a Thursday or Friday."""
    out: list[DateExpr] = []
    for tok in sent:
        if tok.lower_ != "weekend" or any(d.start <= tok.idx < d.end for d in found):
            continue
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "poss")}
        ahead = bool(words & _WEEKEND_AHEAD)
        if "this" in words:
            pub = published_date(tok.doc)
            weekday = pub.weekday() if pub else None
            if weekday not in _THIS_WEEKEND_AHEAD | _THIS_WEEKEND_PAST:
                continue
            ahead = weekday in _THIS_WEEKEND_AHEAD  # "ministers meet in Belgium this weekend", filed on a Friday
        start = min([tok.idx, *(c.idx for c in tok.children if c.dep_ in ("det", "amod") and c.i < tok.i)])
        end = tok.idx + len(tok.text)
        out.append(DateExpr(start, end, tok.doc.text[start:end], None, "relative", ahead))
    return out


# How far back a date without a year may lie and still be past for sure: a season (round 22).
RECENT_DAYS = 92
_PAST_WORDS = re.compile(r"^(?:last|earlier|previous|yesterday)\b|\bago$", re.I)


def past_own_date(doc: Doc, trigger: Token, expr: DateExpr, cue: tuple[int, int] | None) -> bool:
    """Whether a meeting noun carries a date of its own ("Thatcher's visit ... last week") that lies
    before publication, and no plan word modifies the noun itself ("the proposed talks")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or trigger not in span.root.ancestors:
        return False
    if cue is not None and any(c.idx == cue[0] and c.pos_ != "ADP" for c in [*trigger.children, trigger.head]):
        # "the proposed talks", "proposed talks with China last week": the plan is the word's own ("before the
        # meeting on February 22" is only the order of two past things; round 22)
        return False
    pub = published_date(doc)
    if expr.iso and (expr.basis == "relative" or re.search(r"\b(?:1[89]|20)\d\d\b", expr.text)):
        return pub is not None and expr.iso < pub.isoformat()
    if expr.iso and pub is not None and expr.iso < pub.isoformat():
        # "ahead of the meeting ... on February 22" in a March story: weeks back, the year is no guess (round 22)
        return (pub - dt.date.fromisoformat(expr.iso)).days <= RECENT_DAYS
    if expr.iso:
        return False  # "from May 29" without a year: its year is a guess, no evidence of the past
    return not expr.future and bool(_PAST_WORDS.search(expr.text.strip()))
