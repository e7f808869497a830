"""Reported speech and targets: the clause a speech cue introduces, and whom words are aimed at.

Both read the dependency parse the model already made: the clausal complement of the cue
("said (that) ..."), its infinitival complement ("told Japan to ..."), the complement of
"of"/"for" ("accused Japan of ..."); and the object of a targeting cue ("told the
Americans", "criticized the American measures").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from etl.nlp.attribution import SUBJECT_DEPS, Attributor
from etl.nlp.cues import TARGETING_GROUPS, CueLexicon
from etl.nlp.doc_ext import ActorRef
from etl.nlp.gazetteer import country_of, igo_of, in_water_name, mention_kind
from etl.nlp.speakers import INSTITUTIONS, person_nouns

MIN_CLAUSE_WORDS = 3
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
# Prepositions whose object is the party addressed ("called on Iran", "warned against Japan").
TARGET_PREPS = frozenset({"on", "against", "to"})
CLAUSE_PREPS = frozenset({"of", "for", "over"})
# Auxiliaries that put the subject under an obligation ("Japan must open its markets").
DEONTIC = frozenset({"should", "must", "ought", "need"})
_QUOTE_MARKS = re.compile(r'``|\'\'|["“”„‟«»]')
_SPACES = re.compile(r"\s+")
_DOUBLED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])''(?=(?:s|t|d|ll|re|ve|m)\b)")


def clean_text(text: str) -> str:
    """Quoted or reported words as stored: double quotation marks removed (a doubled apostrophe,
    "company''s", kept as one), spaces collapsed."""
    return _SPACES.sub(" ", _QUOTE_MARKS.sub("", _DOUBLED_APOSTROPHE.sub("'", text))).strip()


def reported_clause(cue: Token, group: str, cues: CueLexicon) -> Span | None:
    """The words a cue reports, as a span without "that" and edge punctuation, or None."""
    if group == "source":
        return _according_clause(cue)
    fronted = _quoted_before(cue)
    if fronted is not None:
        return fronted
    content = _content_head(cue, group, cues)
    if content is None or any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in content.children):
        return None  # "asked whether the talks would resume": a question, not a statement
    inner = cues.group(content)
    subjects = [c for c in content.children if c.dep_ in SUBJECT_DEPS]
    if (
        inner
        and subjects
        and not reports_himself(content)
        and not not_said(content, inner, cues)
        and reported_clause(content, inner, cues)
    ):
        return None  # "officials said X said that ...": the inner cue reports it (not "voters would recognise")
    start = _clause_start(cue, content)
    if start is None:
        return None
    if _charge_of(cue, content, group):
        start = cue.i  # "accused Japan of failing to ...": the charge is said with its cue and whom it is put to
    # "said A, and that B" is one statement: what one cue reports is read whole (round 8)
    return _trim(cue.doc[start : _clause_end(cue, content, cues)])


def _quoted_before(cue: Token) -> Span | None:
    """The words put first before ", X was quoted as saying (by ...)." (round 19): the parse hangs "quoted" on
    the words' verb as a second clause (or the words on it), and "saying" has no clause of its own. The words run
    from the start of that clause to the comma before the speaker's phrase."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None  # "was quoted as saying the talks ...": the clause after the cue
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma <= cue.sent.start or cue.doc[comma].text != ",":
        return None
    content = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < comma), None)
    if content is None and verb.dep_ == "conj" and verb.head.i < comma:
        content = verb.head
    if content is None or content.left_edge.i >= comma or not any(c.dep_ in SUBJECT_DEPS for c in content.children):
        return None  # (a clause with its subject: not "Asked about it, X was quoted as saying.")
    return _trim(cue.doc[content.left_edge.i : comma])


def _charge_of(cue: Token, content: Token, group: str) -> bool:
    """Whether the words are a charge put to someone, the clause after "of"/"for" of an accusing cue with an
    object before it ("accused Japan of failing to ...", "accusing him of undermining ..."): the statement is
    the verb phrase from the cue, as with "criticised X for ..." (round 19: the gold codes the cue, the one
    accused and the charge as one statement)."""
    if group != "accuse" or content.dep_ != "pcomp":
        return False
    prep = content.head
    if prep.head.i != cue.i or prep.lower_ not in CLAUSE_PREPS:
        return False
    return any(c.dep_ in OBJECT_DEPS and cue.i < c.i < prep.i for c in cue.children)


def _clause_start(cue: Token, content: Token) -> int | None:
    """The first token of the words headed by `content`; None for a question put ("asked what the price
    should be")."""
    start = content.left_edge.i
    if cue.lemma_.lower() in ASKING and cue.doc[start].tag_ in WH_TAGS:
        return None
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    lead = subject.left_edge.i if subject is not None else cue.i
    if start < lead < content.i and all(t.tag_ in WH_TAGS for t in cue.doc[start:lead]):
        return cue.i + 1  # "X, whom he said spoke with ...": the words after the cue
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i and c.right_edge.i < start), None)
    if (
        obj is not None
        and content.dep_ == "ccomp"
        and content.i > cue.i
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in content.children)
    ):
        # "warned the outlook was not as bright", "said evidence gathered by X while they were abroad could
        # not be used": the parse took the clause's subject as the cue's object
        return obj.left_edge.i
    return start


# Verbs of putting a question, and the tags of the words that open one ("asked what ...", "whom he said").
ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})


# Prepositions after a praised or thanked person that say what for ("thanked X for his support").
FOR_PREPS = frozenset({"for", "on"})


def object_statement(cue: Token, obj: Token, cues: CueLexicon, release: bool = False) -> Span | None:
    """What a cue whose object is itself the statement says: the verb phrase from the cue to the end of
    its object and complements ("reaffirmed the U.S. commitment to ... and commended ..."), or the clause
    a stance noun introduces ("expressed concern that Iran ..."). None for a bare name or title as the
    object with nothing said about it ("welcomed the Prime Minister to the White House" is a visit), and for
    a clause of its own joined to it ("and said he ...": that cue's statement). In a government's release
    (`release`) a further reporting cue of the same subject with its own clause goes on with the same
    statement ("noted Russia's isolation, and pledged that the United States would ..."): a readout sums up
    one principal's words in one sentence, read whole."""
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and _marked_that(c)), None)
    if clause is not None:
        return _trim(cue.doc[clause.left_edge.i : clause.right_edge.i + 1])
    person = obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in person_nouns()
    if person and not any(_what_for(c) for c in cue.children):
        return None  # "welcomed Prime Minister X (on Friday)", "welcoming the minister back"
    end = cue.right_edge.i + 1
    for child in cue.children:
        if child.i < cue.i or child is obj:
            continue  # (the object may be a clause: "called for the results to be published")
        own = any(c.dep_ in SUBJECT_DEPS for c in child.children)
        # (not a cue to someone, "and told the President that ...": words to another addressee)
        joined = release and child.dep_ == "conj" and not own and cues.group(child) == "report"
        if child.dep_ in ("parataxis", "ccomp") or (
            child.dep_ in ("advcl", "conj") and (own or (_clause_cue(child, cues) and not joined))
        ):
            # a clause of its own ("and the leaders agreed", ", saying ..."); an adverbial clause of the
            # stance stays with it ("reiterated our support ..., as set out in our agreement", "expressed
            # support for the efforts of the Group, led by X, to find a way forward")
            end = min(end, child.left_edge.i)
    span = _trim(cue.doc[cue.i : end])
    if span is None or sum(1 for t in span if t.is_alpha or t.like_num) < MIN_OBJECT_WORDS:
        return None  # "welcomed the move": a reaction, too short to say anything
    return span


MIN_OBJECT_WORDS = 4  # the cue and at least three words of its object


def _what_for(prep: Token) -> bool:
    """A "for"/"on" phrase saying what a person is praised for ("thanked X for his support",
    "congratulated X on his victory"), not when ("welcome X on Friday")."""
    if prep.dep_ != "prep" or prep.lower_ not in FOR_PREPS:
        return False
    return any(c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME") for c in prep.children)


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _clause_cue(token: Token, cues: CueLexicon) -> bool:
    """A cue with a clause of its own ("and said he looks forward to ...")."""
    group = cues.group(token)
    return group is not None and _content_head(token, group, cues) is not None


def not_said(cue: Token, group: str, cues: CueLexicon) -> bool:
    """Whether a cue reports nothing its subject said: a cue in the passive, whose subject is the one
    addressed or talked about ("X is being urged to ...", "has not been asked to ...", "N people
    are confirmed to have died"); an addressing participle ("Asked to comment, X said ..."); an infinitive
    describing a noun ("efforts to encourage all sides to ..."); a negated cue
    ("did not say when"); or a cue whose words are the complement of another cue ("urged the chancellor to
    admit he ...": the outer statement holds them) or of a refusal ("declined to say ...")."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in cue.children) or _hypothetical(cue):
        return True  # passive, negated, or what may or would be said ("would say he was a hero")
    if cue.dep_ == "acl" and cue.tag_ == "VB":
        return True  # "efforts to encourage all sides to ...", "a plan to urge ...": a purpose, not words said
    if _purpose(cue):
        return True  # "called X to congratulate him on ...", "is expected to announce ...": not (yet) said
    if any(c.dep_ == "xcomp" and (c.lemma_.lower() in ANONYMITY and _passive(c) or _unnamed(c)) for c in cue.children):
        return True  # "an aide, who asked not to be named (to remain anonymous), said ...": a request about himself
    if group == "address" and cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl"):
        return not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    return cue.dep_ == "xcomp" and (cues.group(cue.head) is not None or cue.head.lemma_.lower() in WITHHOLDING)


# Verbs of naming a source: "asked not to be identified/named/quoted" is a request about the speaker himself.
ANONYMITY = frozenset({"identify", "name", "quote"})


def _unnamed(verb: Token) -> bool:
    """ "to remain anonymous", "to stay unnamed": a speaker's wish not to be named (round 19)."""
    return verb.lemma_.lower() in ("remain", "stay") and any(
        c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in UNNAMED for c in verb.children
    )


UNNAMED = frozenset({"anonymous", "unnamed", "unidentified", "nameless"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _purpose(cue: Token) -> bool:
    """An infinitive cue saying what a call or visit was for ("called X to congratulate him") or what is
    expected or meant ("is expected to announce", "is designed to highlight"). With a clause of its own
    ("called X to inform him that ...") the words were said all the same."""
    if cue.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    if cue.dep_ == "advcl":
        return not any(c.dep_ == "ccomp" for c in cue.children)
    if cue.dep_ != "xcomp":
        return False
    # "is expected to announce", "is designed to highlight"; "it was difficult (too early) to say that ..."
    return _passive(cue.head) or cue.head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in cue.head.children)


# Verbs of keeping words back: "declined to say ...", "refused to comment ..." report nothing said.
WITHHOLDING = frozenset({"decline", "refuse"})


# Conjunctions that open an indirect question ("declined to say whether ..."): no statement.
QUESTION_MARKS = frozenset({"whether", "if"})


def reports_himself(cue: Token) -> bool:
    """Whether a cue inside reported words is the speaker reporting what he himself said ("X
    said he had urged Y to ..."): the outer statement holds it whole."""
    return cue.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("he", "she") for c in cue.children)


def _content_head(cue: Token, group: str, cues: CueLexicon | None = None) -> Token | None:
    """The head of the reported words: the cue's clausal complement ("said (that) ..."), its
    infinitival complement ("urged Canada to ..."), or the clause after "of"/"for"/"over" (not for a
    verb whose object is what it says, with its object: "reaffirmed our goals for enhancing ..." says
    the goals, `object_statement`)."""
    # Only plain reporting verbs put their clause first ("..., he said"); an addressee or
    # target comes before the words ("urged Canada to ...").
    clauses = [
        a
        for c in cue.children
        if c.dep_ == "ccomp" and not _misparsed_name(c)
        for a in [_past_adjective(c)]
        if a is not None
    ]
    # The clause after the cue first: "A met B, and C said D" can be parsed with "met" as a
    # second complement of "said".
    content = next((c for c in clauses if c.i > cue.i), None)
    if content is None and group == "report":
        content = clauses[0] if clauses else None
    if content is None and group == "address" and clauses and _fronted(cue, clauses[0]):
        content = clauses[0]  # "..., the minister told reporters": the words come first, the addressee after
    if content is None:
        content = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    says_object = group == "praise" or (cues is not None and cue.lemma_.lower() in cues.object_verbs)
    if content is None and not (says_object and any(c.dep_ in OBJECT_DEPS for c in cue.children)):
        # ("thanked X for supporting ..." is said whole by the verb phrase: `object_statement`)
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ in CLAUSE_PREPS:
                content = next((c for c in prep.children if c.dep_ == "pcomp"), None)
                if content is not None:
                    break
    return content


def _misparsed_name(clause: Token) -> bool:
    """A "clause" that is a proper name with no verb in it: the parse's reading of an addressee's name ("told the
    newspaper Die Welt", with "Welt" as a complement; round 25), no words reported."""
    # (a word of the name the tagger took for a verb, "Die" of "Die Welt", is still a part of the name)
    verbs = [t for t in clause.subtree if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod")]
    # (a clause whose verb the wire capitalised, "the reserves ... Rose at", has a subject: words reported)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return clause.pos_ == "PROPN" and not verbs and not subject


def _fronted(cue: Token, clause: Token) -> bool:
    """Whether a clause before an addressing cue is the words it reports, put first as with "..., he said":
    the clause opens the sentence and a comma parts it from the cue's subject, and the cue's object after
    it is the one addressed ("The talks will resume, the minister told reporters")."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    if subject is None or clause.i > subject.i or clause.left_edge.i != cue.sent.start:
        return False
    before = cue.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return (
        before is not None
        and before.text == ","
        and any(c.dep_ in ("dobj", "dative") and c.i > cue.i for c in cue.children)
    )


def _past_adjective(clause: Token) -> Token | None:
    """A clausal complement, or for the adjective of "made (it) clear/plain that ..." the clause it
    introduces (None when it has none)."""
    if clause.pos_ != "ADJ" or clause.lower_ not in ("clear", "plain"):
        return clause  # "said the UK was ready to block ...": an adjective heading the words themselves
    return next((c for c in clause.children if c.dep_ in ("ccomp", "advcl") and c.i > clause.i), None)


def _second_cue(token: Token, cues: CueLexicon) -> bool:
    """Whether a token inside reported words starts a statement of its own: a cue joined to the
    clause ("..., but added ...") that is not a participle of the clause ("offering ... and
    assuring ..."), or a cue whose subject is "he"/"she" ("- though he acknowledged ...")."""
    if _withheld(token, cues):
        return True  # "said no date was set but declined to give details": the reporter's note, no words said
    if cues.group(token) is None or _hypothetical(token):
        return False  # "... and would say he was a hero": words he might say, part of the clause
    if token.dep_ == "conj":
        return token.tag_ not in ("VBG", "VBN") or any(c.dep_ in SUBJECT_DEPS for c in token.children)
    if token.dep_ == "advcl" and token.lemma_.lower() in FURTHER_WORDS and token.doc[token.i - 1].text == ",":
        return True  # "..., adding it was as if ...", "..., saying ...": further words of the speaker
    # Only a person's own further words ("though he acknowledged"), not a subordinate clause of
    # the words ("has increased since it announced ...", "a deadline for Japan to promise ...").
    return token.dep_ in ("advcl", "parataxis") and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in ("he", "she") for c in token.children
    )


def _withheld(token: Token, cues: CueLexicon) -> bool:
    """A refusal to tell joined to reported words ("... and declined to give further details", "... while X
    refused to discuss it"): a verb of refusing, joined to the words or an adverbial clause of them, whose
    complement is a verb of saying, or for "declined" of disclosing (round 19). It reports what was not said, so
    the words end before it."""
    if token.lemma_.lower() not in WITHHOLDING or token.dep_ not in ("conj", "advcl") or _hypothetical(token):
        return False
    declined = token.lemma_.lower() == "decline"  # ("refused to give ground" may be the words themselves)
    return any(
        c.dep_ == "xcomp" and ((declined and c.lemma_.lower() in DISCLOSING) or cues.group(c) is not None)
        for c in token.children
    )


# Verbs of telling what one knows: "declined to discuss/give details/elaborate" tells nothing.
DISCLOSING = frozenset(
    {"discuss", "give", "disclose", "reveal", "elaborate", "specify", "name", "identify", "detail", "provide"}
    | {"release", "divulge", "answer", "speculate", "estimate", "quantify"}
)


# Participles that add further words of the speaker after a comma (", adding ...", ", saying ..."); others
# (", indicating a lack of ...") go on with the same words.
FURTHER_WORDS = frozenset({"add", "say"})


# Modals of what may or would be said, not what was said ("would say", "could tell").
HYPOTHETICAL = frozenset({"would", "could", "might", "may"})


def _hypothetical(cue: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in cue.children)


def _clause_end(cue: Token, content: Token, cues: CueLexicon) -> int:
    """One past the last token of the reported words headed by `content`."""
    doc = cue.doc
    end = content.right_edge.i + 1
    for k in range(content.i + 1, end):
        if _second_cue(doc[k], cues):
            # "..., but added ...": a second cue starts a statement of its own
            return doc[k].left_edge.i if doc[k].dep_ != "conj" else k
    if content.i < cue.i:
        return end
    # Reported words run to the end of the sentence even where the parse attached the
    # tail elsewhere ("said A, but B", "<CAWL.L> shareholding ..."), up to another cue.
    while end < len(doc) and not doc[end].is_sent_start and cues.group(doc[end]) is None:
        end += 1
    if end < len(doc) and not doc[end].is_sent_start:
        # Stopped at another cue: leave out its subject (", adding", ", he added") and the verbs it hangs from
        # (", but declined to comment", "and refused to say").
        stop = doc[end]
        heads = [stop] + [a for a in stop.ancestors if content.right_edge.i < a.i < stop.i]
        own = {t.i for c in stop.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "punct" for t in c.subtree}
        own |= {a.i for a in heads} | {c.i for h in heads for c in h.children if c.i < stop.i and c.dep_ in LEAD_DEPS}
        while end > content.right_edge.i + 1 and (end - 1 in own or doc[end - 1].is_punct):
            end -= 1
    return end


# Words that lead into a verb: its auxiliaries, negation, conjunction and subject.
LEAD_DEPS = frozenset({"aux", "auxpass", "neg", "cc", "punct", "nsubj", "nsubjpass", "advmod"})


def _according_clause(cue: Token) -> Span | None:
    """The clause "according to X" attaches to, minus the phrase ("According to X, Y" -> Y)."""
    head = cue.head
    if head is cue:
        return None
    phrase = [t.i for t in cue.subtree]
    start, end = head.left_edge.i, head.right_edge.i + 1
    if min(phrase) > head.i:  # "Y, according to X"
        end = min(phrase)
    else:  # "According to X, Y"
        start = max(phrase) + 1
    return _trim(cue.doc[start:end]) if end > start else None


def cut_before(clause: Span, char: int) -> Span | None:
    """The reported words of `clause` before character `char` (where a quotation that ends them
    opens: `said the ministers could meet, once "the conditions have been created."`), without a
    dangling "once" or "saying"; None when the quotation holds the clause's own verb (`said if a bill
    passed, "our one answer would be to hit back"`): the direct statement says it."""
    doc = clause.doc
    end = clause.start
    while end < clause.end and doc[end].idx < char:
        end += 1
    if clause.root.i >= end:
        return None

    cut = end

    def dangling(token: Token) -> bool:  # ", once" (a word of the quoted clause), ", saying:", ", adding,"
        return token.is_punct or token.is_space or token.head.i >= cut or token.tag_ == "VBG"

    while end > clause.start and dangling(doc[end - 1]):
        end -= 1
    last = doc[end - 1] if end > clause.start else None
    if (
        last is not None
        and last.pos_ in ("VERB", "AUX")
        and any(c.i >= cut and c.dep_ in COMPLEMENTS for c in last.children)
    ):
        return None  # `said her plans mean "we would have ..."`: the quotation is the verb's complement
    return _trim(doc[clause.start : end])


# Dependencies of what completes a verb: a reported clause cut before them is no statement.
COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def _opening_and(token: Token) -> bool:
    """A conjunction opening the words that joins them to the sentence before ("But Japanese imports ...",
    "And it was difficult to say ..."), not to a word inside them."""
    return token.pos_ == "CCONJ" and token.head.i > token.i and token.dep_ == "cc" and token.head.left_edge.i == token.i


def _trim(span: Span) -> Span | None:
    """Drop leading "that", punctuation and spaces and trailing punctuation; None when too short."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "mark" or _opening_and(doc[start])
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    words = sum(1 for t in doc[start:end] if t.is_alpha or t.like_num)
    return doc[start:end] if words >= MIN_CLAUSE_WORDS else None


def _noun_phrase(token: Token) -> list[Token]:
    """A noun and its modifiers, nearest first, without prepositional tails."""
    out = [token]
    out.extend(c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod", "appos"))
    return out


def _objects(verb: Token) -> Iterable[Token]:
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            yield child
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj")


def _complements(verb: Token) -> Iterable[Token]:
    """Whose act a praised or criticised object is ("welcomed the shift in U.S. policy", "condemned the
    decision of the Japanese government"): the object's "in"/"of"/"by" complement, unless it names
    several ("praised the work of both X and Y")."""
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "by")):
            yield from (c for c in prep.children if c.dep_ == "pobj" and not any(g.dep_ == "conj" for g in c.children))


def addresser_country(actor: ActorRef | None) -> str | None:
    """The country a speaker's words are said from, for choosing their target: his own; for an
    international organisation the pseudo-code IGO (it has no state of its own, so a state its words
    name may be the one they are aimed at: the IMF "will start disbursing the loan for Argentina")."""
    if actor is None:
        return None
    if actor.kind == "igo" or (actor.kind == "person" and actor.country is None and _igo_title(actor.title)):
        return actor.country or "IGO"  # also an IGO's own officer ("World Bank president Barber Conable")
    return actor.country


def _igo_title(title: str | None) -> bool:
    """Whether a person's title names an international organisation ("World Bank president", "EC
    Commission President", "NATO Secretary-General"): he speaks for it, not for a state."""
    words = (title or "").replace("'s", "").split()
    return any(
        igo_of(" ".join(words[i:j])) is not None
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
    )


def target_country(
    att: Attributor,
    cue: Token | None,
    group: str | None,
    words: Span,
    speaker_country: str | None,
    also: Sequence[Token] = (),
) -> str | None:
    """ISO3 of the party the words are aimed at, never the speaker's own country, in this order:
    1. the object of a targeting cue ("told Japan", "accused Japan", "criticised Washington's ...");
    2. a country the words put under an obligation ("the United States will have to ...",
       "Japan must ...", "America needed to listen");
    3. the object of a targeting verb inside the words ("We told the Americans");
    4. when the speaker's country is known, the one other country the words name (by name,
       demonym, capital or a person of that country): what a statement is about, said by
       someone of another country, is aimed at it ("we will impose taxes on American products"), also as
       the other side of the speaker's own relation ("our alliance with the Philippines", "talks with Japan").
    2 and 4 need the speaker's country (it could be the one named); two or more other countries
    with none singled out by 1-3 give no target. `also` are words
    read with `words` (the subject of a partial quotation: the United States "must stop ...")."""
    if cue is not None and group in TARGETING_GROUPS:
        found = _first_country(att, _objects(cue), speaker_country, group)
        if found:
            return found
    named = named_countries(att, words, speaker_country, also)
    if not named:
        return None
    if speaker_country is not None:  # an unknown speaker's own country could be the one obliged
        for tokens in named.values():
            if any(
                _obliged(t) and not _paired(att, t) and not in_water_name(t) and not _firm_word(att, t) for t in tokens
            ):
                return att.country_of_token(tokens[0])
    for verb in words:
        verb_group = att.cues.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if verb_group in TARGETING_GROUPS:
            found = _first_country(att, _objects(verb), speaker_country, verb_group)
            if not found and verb_group in ("praise", "accuse"):
                found = _first_country(att, _complements(verb), speaker_country, verb_group)
            if found:
                return found
    if speaker_country is None:
        return None
    speaker = {t.i for c in cue.children if c.dep_ in SUBJECT_DEPS for t in c.subtree} if cue is not None else set()
    return _one_other(att, named, speaker, speaker_country, words)


def named_countries(
    att: Attributor, words: Span, speaker_country: str | None, also: Sequence[Token] = ()
) -> dict[str, list[Token]]:
    """The countries other than the speaker's that words name, each with the tokens naming it (a country
    word inside a region's name or a capital written as a place modifier names none)."""
    named: dict[str, list[Token]] = {}
    for token in [*also, *words]:
        iso = att.country_of_token(token)
        if iso and iso != speaker_country and not _part_of_region(att, token) and not _place_modifier(token):
            named.setdefault(iso, []).append(token)
    return named


def _one_other(
    att: Attributor, named: dict[str, list[Token]], speaker: set[int], own: str, words: Span | None = None
) -> str | None:
    """The one other country the words name, unless only as a place or a topic or beside another party
    (`speaker`: the indices of the words naming the speaker, who is no other party; `own`: his country).
    Of several, the one the words are about: the subject of their main clause ("the United States takes
    Canada for granted, though it sells ... to Japan", said by a Canadian)."""
    if att.issuer is not None and len(named) > 1:
        # In a government's release a place named beside the counterpart says where, not whom ("condolences
        # for the downing of the U.S. helicopter in Afghanistan", "support for the envoy's efforts in Yemen").
        parties = {iso: tokens for iso, tokens in named.items() if not all(_where(t) for t in tokens)}
        named = parties or named
    if len(named) > 1 and words is not None:
        subjects = {iso: tokens for iso, tokens in named.items() if any(_main_subject(att, t, words) for t in tokens)}
        named = subjects if len(subjects) == 1 else named
    if len(named) != 1:
        return None
    iso, tokens = next(iter(named.items()))
    if all(_where(t) or _topic(t) or _example(t) or _firm_word(att, t) for t in tokens) or any(
        _paired(att, t, speaker, own) for t in tokens
    ):
        return None
    return iso


def _firm_word(att: Attributor, token: Token) -> bool:
    """Whether a country word only says whose one firm is ("troubled Russian oil firm Yukos", "Brazil's
    Petrobras"): the firm is spoken of, not the state."""
    own = att.actor_of_token(token)
    if own is not None and own[0].kind == "organization" and token.pos_ == "PROPN":
        # the firm's own name ("Petrobras could join", also one holding its country's name as a firm's does:
        # "British Airways", "Japan Airlines Co", round 17c); not a body named by its country ("the Palestinian
        # Authority", "the Tokyo Stock Exchange"), which may stand for it
        words = own[0].name.replace(".", "").split()
        if not any(country_of(w) for w in words):
            return True
        lowered = {w.lower() for w in words}
        return bool(lowered & FIRM_NAME_WORDS) and not lowered & STATE_BODY_WORDS
    if token.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    if token.head.lemma_.lower() in FIRM_HEADS:
        return token.head.tag_ == "NN"  # one firm; "Japanese firms" stand for the country's business
    head = _phrase_head(token)
    if head is token:
        return False
    found = att.actor_of_token(head)
    if found is not None:
        return found[0].kind == "organization"  # (its country is the firm's home: "Brazil's Petrobras")
    return head.ent_type_ == "ORG" and head.pos_ == "PROPN" and att.country_of_token(head) is None


# Nouns of a business: a country word modifying them names a firm's home, not a party.
FIRM_HEADS = frozenset({"firm", "company", "corporation", "conglomerate", "group", "giant", "carrier", "airline"})
# Words of a firm's own name, in a name that also holds a country's ("British Airways", "Air Canada", "Japan
# Airlines", "British Petroleum Co Plc", "Korea Electric Power Corp"): the name is a firm's, which is no party.
FIRM_NAME_WORDS = frozenset(
    {"air", "airways", "airlines", "airline", "aerospace", "petroleum", "oil", "gas", "steel", "motors", "telecom"}
    | {"telecommunications", "railways", "shipbuilding", "electric", "electronics", "shipping", "mining"}
    | {"co", "corp", "corporation", "company", "inc", "ltd", "plc", "gmbh", "llc"}
)
# Words of a state body's name, which may hold a firm's word too ("the Kuwaiti Oil Ministry", "the Royal Canadian
# Air Force"): such a body stands for its state.
STATE_BODY_WORDS = INSTITUTIONS | {"ministry", "agency", "force", "forces", "navy"}


def _main_subject(att: Attributor, token: Token, words: Span) -> bool:
    """Whether a country word is the subject of the main clause of the words ("the United States has tended
    to ...", "the Iranian government has ..."): its noun phrase, or a state institution or people of it, is
    the subject of the verb that heads the words."""
    found = att.actor_of_token(token)
    if found is not None and found[0].kind != "state":
        return False  # a firm or a person of the country ("CSBC has made losses"), not the country
    head = _phrase_head(token)
    same = head is token or att.country_of_token(head) == att.country_of_token(token)  # "the United States"
    voice = head.lemma_.lower() in INSTITUTIONS or head.lemma_.lower() in person_nouns() or head.tag_ == "NNPS"
    if head.dep_ not in SUBJECT_DEPS or not (same or voice):
        return False  # "China's national airline", "China Shipbuilding Corp": a firm of the country, not it
    if any(c.dep_ in ("conj", "appos") for c in head.children) or token.dep_ == "appos":
        return False  # "the group - Britain, Canada, ...": a list, no one country
    verb = head.head
    return not (words.start <= verb.head.i < words.end) or verb.head is verb


def _place_modifier(token: Token) -> bool:
    """A capital written as a modifier of a thing ("the London talks", "the Paris accord", "a Tokyo
    market"), also of a name ("the 1976 Berne Agreement", "the Louvre accord"), or a capital or country naming
    a round of talks ("the Uruguay Round"): where it happened, not whom the words are aimed at."""
    if token.pos_ == "PROPN" and token.lemma_.lower() in AGREEMENT_NOUNS:  # the name's own head word
        return any(c.dep_ == "compound" and mention_kind(c.text) == "capital" for c in token.children)
    if token.lemma_.lower() in ROUND_NOUNS:  # the round's own word, read in its name as the place
        return any(c.dep_ in ("compound", "amod", "nmod") and c.i < token.i for c in token.children)
    head = token.head
    if token.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in ROUND_NOUNS and head.i > token.i:
        return True  # a round of talks named after where it opened, by its country too ("the Uruguay Round")
    if token.dep_ != "compound" or mention_kind(token.text) != "capital":
        return False
    return head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lemma_.lower() in AGREEMENT_NOUNS)


# Nouns of a series of multilateral talks, named after the place they were opened ("the Uruguay Round of
# GATT", "the Tokyo round"): the place named is no party (round 17c).
ROUND_NOUNS = frozenset({"round"})


# Names of agreements and meetings, capitalised in a name ("the Berne Agreement", "the Geneva Convention").
AGREEMENT_NOUNS = frozenset(
    {"agreement", "accord", "accords", "protocol", "convention", "treaty", "declaration", "pact", "summit", "talks"}
    | {"conference", "process", "communique", "charter", "plan", "initiative", "framework", "group", "club"}
)


# Prepositions whose object is where something happens or goes, not whom words are aimed at
# ("security in Iraq", "my visit to the United States", "returned from Washington"); those of
# SPOT_PREPS only ever give a place, even through a possessor ("at the Iraqi prime minister's office").
PLACE_PREPS = frozenset({"in", "to", "from", "into", "within", "across", "throughout"})
SPOT_PREPS = frozenset({"at", "inside", "outside", "near", "via", "through"})


def _phrase_head(token: Token) -> Token:
    """The head noun of the name or noun phrase a word belongs to ("United" -> "States")."""
    while token.dep_ in ("compound", "amod", "det", "poss", "flat") and token.head is not token:
        token = token.head
    return token


# Nouns of a message sent to someone: their "to" names the addressee, not a place ("our message to Japan").
ADDRESS_NOUNS = frozenset(
    {"message", "letter", "warning", "appeal", "plea", "demand", "request", "offer", "ultimatum", "note", "signal"}
)


# Verbs of setting off: their "for" names where one goes ("leaves for Washington").
DEPARTURE_VERBS = frozenset({"leave", "depart", "head", "sail", "fly", "set", "embark", "bound", "departure"})


def _where(token: Token) -> bool:
    """Whether a country word only says where: the object of a place preposition (not the "to" of a
    message: "our central message to Japan"), or a word in the name of a sea ("Persian Gulf oil")."""
    if in_water_name(token):
        return True
    phrase = _phrase_head(token)
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "to" and _addressed(phrase.head.head):
        return False
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "for" and phrase.head.head.lemma_.lower() in DEPARTURE_VERBS:
        return True  # "before he leaves for Washington"
    if phrase.dep_ == "pobj" and phrase.head.lower_ in SPOT_PREPS:
        return True
    head = _name_head(token)
    if head.dep_ == "appos":  # "in Frankfurt, West Germany"
        head = _name_head(head.head)
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS | SPOT_PREPS


def _addressed(word: Token) -> bool:
    """Whether the word a "to" completes makes its object the one addressed: a noun of a message ("our message
    to Japan"), a verb of saying ("suggest to China that ...") or a verb whose object is a message ("gives the
    wrong signals to China", round 15)."""
    lemma = word.lemma_.lower()
    if lemma in ADDRESS_NOUNS:
        return True
    if word.pos_ not in ("VERB", "AUX"):
        return False
    return lemma in SAYING_TO_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ADDRESS_NOUNS for c in word.children
    )


# Verbs of saying whose "to" names the one told ("said as much to Japan", "suggest to China that ...").
SAYING_TO_VERBS = frozenset(
    {"say", "suggest", "explain", "indicate", "signal", "complain", "promise", "pledge", "convey", "express"}
)


def _name_head(token: Token) -> Token:
    """The last word of the name a word belongs to ("United" -> "States"); a possessor or
    modifier stays itself ("Japan's industry": "Japan")."""
    while token.dep_ in ("compound", "flat") and token.head is not token and token.head.i > token.i:
        token = token.head
    return token


# Verbs and nouns of talking about something: their object is the topic, not the party addressed
# ("we discussed Afghanistan", "talks on Cyprus").
TOPIC_WORDS = frozenset(
    {"discuss", "debate", "review", "raise", "examine", "study", "talk", "discussion", "meeting", "negotiation"}
)


def _topic(token: Token) -> bool:
    """Whether a country word is only the topic of talk: the object of "discuss", the object of
    "about"/"on"/"over" after a verb or noun of talking."""
    head = _name_head(token)
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in TOPIC_WORDS
    if head.dep_ == "pobj" and head.head.lower_ in ("about", "on", "over"):
        return head.head.head.lemma_.lower() in TOPIC_WORDS
    return False


def _example(token: Token) -> bool:
    """Whether a country word is only an example or a measure of comparison: the object of "like" or "as"
    ("countries like Argentina", "a country as large as Turkey", "countries such as Zimbabwe"), round 15."""
    head = _name_head(token)
    return head.dep_ == "pobj" and head.head.lower_ in ("like", "as")


def _paired(
    att: Attributor, token: Token, speaker: set[int] | frozenset[int] = frozenset(), own: str | None = None
) -> bool:
    """Whether a country word is coordinated with another party ("Britain and the Soviet Union",
    "she and Soviet Premier Ryzhkov": both sides together, no one aimed at), or is the other side of a
    relation named with its holder ("Britain's relations with the US", "Japan signed a pact with
    France") or with a country's people or firms ("deals with French companies"). The other side of a
    relation held by the speaker or by no one named ("our cooperation with Iraq", "talks with Japan",
    "work with the US") is the one addressed. A conjunct that names no country or person ("Germany in
    particular and most European countries") leaves the country singled out."""
    head = _phrase_head(token)
    if head.dep_ == "pobj" and head.head.lower_ == "with":
        if token.dep_ == "amod" or token.pos_ == "ADJ":
            return True  # "deals with French companies", "contacts with his Chinese counterpart"
        if head.head.head.lemma_.lower() in BORDER_NOUNS:
            return True  # "an area near the border with Morocco": where, not whom
        if _meeting_told(head.head.head):
            return True  # "his talks with U.S. officials were useful", "he talked with X": whom he met
        return any(_names_party(att, t) for t in _relation_holders(head.head.head) if t.i not in speaker)
    pair = _between(head)
    if pair:
        # "talks between Turkey and Greece" said by a Turk: Greece is the other party
        others = [t for t in pair if t.i != head.i]
        return not (own is not None and others and all(_country_words(att, t) == {own} for t in others))
    conjuncts = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    return any(_names_party(att, c) for c in conjuncts)


# Verbs and nouns of meeting: their "with" names whom one met or talked to, a meeting partner that words
# about the meeting report, not aim at ("his talks with U.S. officials had been constructive").
MEETING_WORDS = frozenset(
    {"talk", "talks", "meet", "meeting", "negotiation", "discussion", "consultation", "conversation"}
)


def _meeting_told(word: Token) -> bool:
    """Whether a word a "with" phrase completes is a meeting the words tell of: a verb of meeting ("he talked
    with ..."), or a noun of meeting that is the subject ("his talks with X had been constructive") or the
    occasion ("progress was made in talks with X"). Not talks proposed, looked forward to or judged by their
    outcome ("suggested talks with X", "the outcome of talks with X"): words about them may be aimed at X."""
    if word.lemma_.lower() not in MEETING_WORDS:
        return False
    if word.pos_ == "VERB" or word.dep_ in SUBJECT_DEPS:
        return True
    return word.dep_ == "pobj" and word.head.lower_ == "in"


# Nouns of a frontier: their "with" names a neighbour, not a party addressed.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderline"})


def _between(head: Token) -> list[Token]:
    """The members of "between A and B" that `head` is one of, else []."""
    first = head.head if head.dep_ == "conj" else head
    if first.dep_ != "pobj" or first.head.lower_ != "between":
        return []
    return [first, *(c for c in first.children if c.dep_ == "conj")]


def _country_words(att: Attributor, head: Token) -> set[str]:
    return {iso for t in _noun_phrase(head) for iso in [att.country_of_token(t)] if iso}


def _relation_holders(word: Token) -> list[Token]:
    """Who holds the relation a "with" phrase completes, other than the speaker's own side ("we", "his"):
    the possessor or modifiers of its noun ("France's relations with"), the subject of its verb or of the
    verb whose object it is ("France signed a pact with")."""
    holders = [c for c in word.children if c.dep_ in ("poss", "amod", "compound", "nmod") or c.dep_ in SUBJECT_DEPS]
    if word.dep_ in OBJECT_DEPS:
        holders += [c for c in word.head.children if c.dep_ in SUBJECT_DEPS]
    return [h for h in holders if h.lower_ not in OWN_SIDE]


# Pronouns of the speaker's own side: a relation they hold is the speaker's own.
OWN_SIDE = frozenset({"we", "us", "our", "i", "me", "my", "he", "she", "his", "her", "its", "it", "they", "their"})


def _names_party(att: Attributor, head: Token) -> bool:
    """Whether a noun phrase names a country or a person (its head or a modifier)."""
    return head.pos_ in ("PRON", "PROPN") or any(att.country_of_token(t) for t in _noun_phrase(head))


def _part_of_region(att: Attributor, token: Token) -> bool:
    """A country word inside a larger place name ("Latin America", "Central America"): a
    proper-noun modifier that names no country itself."""
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i and att.country_of_token(c) is None
        for c in token.children
    )


def outside_subject(words: Span) -> list[Token]:
    """The subject, outside a partial quotation, of the predicate it quotes (`said the United
    States "must stop interfering"`: "the United States")."""
    for token in words:
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and not words.start <= child.i < words.end:
                return list(child.subtree)
    return []


def _first_country(att: Attributor, objects: Iterable[Token], speaker_country: str | None, group: str) -> str | None:
    """The first country other than the speaker's that an object noun phrase names. When the
    speaker's country is unknown a person does not stand for his country: "X accused Blair of ..."
    is as likely a compatriot's domestic quarrel as words aimed at Britain."""
    for obj in objects:
        for token in _noun_phrase(obj):
            if token is not obj and group == "address" and not _stands_for_its_country(obj):
                break  # "told a London news conference"; but "criticised the American measures"
            iso = att.country_of_token(token)
            if not iso or iso == speaker_country or _place_modifier(token):
                continue  # (a place naming talks or a pact: "threatens the Uruguay Round", round 17c)
            found = att.actor_of_token(token) if speaker_country is None else None
            if found is None or found[0].kind != "person":
                return iso
    return None


def _stands_for_its_country(noun: Token) -> bool:
    """Whether a noun whose modifier names a country stands for that country's side: a name, a
    state institution ("the Japanese government") or people ("Japanese officials"), not a thing or
    an event ("a London news conference", "the U.S. report")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "PROPN" or lemma in INSTITUTIONS or lemma in person_nouns() or noun.tag_ in ("NNPS", "NNP")


def _obliged(token: Token) -> bool:
    """Whether a country word is (in) the subject of an obligation: "X should/must/ought to",
    "X needs to", "X has to", "X will have to"."""
    token = _phrase_head(token)  # "the United States": from "United" to "States"
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return True
    return verb.lemma_ in ("need", "have") and any(c.dep_ == "xcomp" for c in verb.children)
