"""Role and country of a person from the words around each mention: titles, appositions, lists,
counterparts, the clause, the dateline and the known-actors dictionary (used by `etl.nlp.persons`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from etl.nlp.context import COUNTRYLIKE, Context, GazHit
from etl.nlp.gazetteer import CAPITAL, COUNTRY, DEMONYM, IGO, PARTY, PLACE
from etl.nlp.titles import COUNTERPART, HONORIFIC, INTERNATIONAL, TitleEntry

__all__ = [
    "COUNTERPART",
    "starts_inside_title",
    "Mention",
    "PersonCluster",
    "TitleInfo",
    "compound_modifier",
    "counterpart_role",
    "inherit_definite_descriptions",
    "inherit_possessors_country",
    "previous_sentence_title",
    "inherit_list_titles",
    "resolve",
    "title_after_as",
    "title_info",
]

# Prepositions that make a following country a posting or a topic, not an affiliation ("ambassador to Iraq").
POSTING = frozenset("to in on at for over about against toward towards into".split())
# Words that end a title window on the left ("Iran's ambassador to Iraq X and his US counterpart Y").
LEFT_STOP = frozenset(
    "and or with by as said says told than but while when after before that which who whom between among "
    "including like from called named via under met meet meets during".split()
)
DETERMINERS = frozenset(("the", "a", "an"))
POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their"))
POSSESSIVE_MARKS = ("'s", "\u2019s")  # the possessive token, straight and curly
WINDOW = 12
DEPUTY_WORDS = frozenset(("deputy", "vice", "assistant", "junior", "under", "under-secretary"))
LEGISLATURE_WORDS = frozenset(
    "senate congress congressional parliament parliamentary commons bundestag duma knesset diet select".split()
)
# Capitalised words that end organisation names, never person names ("Treasury Secretary Bank ...").
ORG_NOUNS = frozenset(
    "bank corp corporation inc co ltd plc party council ministry committee commission group agency association "
    "union organisation organization fund office department court parliament assembly government executive "
    "officer affairs operations division board trust exchange market nations states federation institute "
    "university company firm league conference movement front chamber confederation authority foundation "
    "society alliance".split()
)
# Roles that belong to a government: the dateline's country is a fair guess when the text names none.
GOVERNMENT_ROLES = frozenset(
    "head_of_state head_of_government foreign_minister minister deputy_minister spokesperson legislator "
    "party_leader".split()
)
# Nouns of a government's own bodies: an officer of one serves a state even when the text names none
# ("Director of the ... Division of the Foreign Ministry").
GOV_BODY_WORDS = frozenset(("ministry", "ministries", "department", "government", "pentagon", "administration"))
# Plural nouns for a state's people in a meeting ("... and the Argentine officials said").
GROUP_NOUNS = frozenset(("officials", "ministers", "delegation", "delegates", "negotiators", "side", "leaders"))
# Words before a title that qualify it and always belong to it.
TITLE_MODIFIERS = frozenset(("shadow", "former", "acting", "interim"))
# Words that make a title one the person no longer holds ("former minister", "ex-president").
FORMER_WORDS = frozenset(("former", "ex", "ex-", "erstwhile", "onetime", "one-time"))
# Offices of a government that a "former" takes away.
OFFICES_OF_STATE = frozenset(
    "head_of_state head_of_government foreign_minister minister deputy_minister ambassador".split()
)
# Letters after a name that make its bearer a member of a parliament ("Frank Field MP").
POST_NOMINAL_MEMBERS = frozenset(("MP", "MEP", "MSP", "AM", "TD"))
# Roles a party title resolves to that are offices of the party ("Lib Dem president" -> party_leader).
PARTY_OFFICES = frozenset(("official", "head_of_state", "head_of_government"))
# Parts of speech and tags that never open a title's text: adverbs and comparatives ("Earlier",
# "Later" are often tagged JJR), conjunctions, prepositions, determiners, punctuation.
TITLE_LEAD_POS = {"ADV", "CCONJ", "SCONJ", "ADP", "PUNCT", "PART", "DET"}
TITLE_LEAD_TAGS = {"RB", "RBR", "RBS", "JJR", "JJS"}


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int
    text: str
    key: tuple[str, ...]


@dataclass(slots=True)
class TitleInfo:
    """What the words around one mention say about the person."""

    role: str | None = None
    country: str | None = None
    text: str | None = None
    org_qualified: bool = False
    possessive: str | None = None
    weak: bool = False  # a generic title ("leader"): a known actor's role beats it
    entry: TitleEntry | None = None  # the title read (its per-country overrides apply once the country is known)
    window_start: int | None = None
    former: bool = False  # the title is one the person held before ("former minister")
    gov_body: bool = False  # the body qualifying the title is a government's ("of the Foreign Ministry")
    igo: bool = False  # an international organisation qualifies the title ("UN Secretary-General")
    possessor: int | None = None  # token of the person whose title it is ("Reagan's chief of staff, X")


@dataclass(slots=True)
class PersonCluster:
    mentions: list[Mention] = field(default_factory=list)
    infos: list[TitleInfo] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    title: str | None = None
    guessed: bool = False  # the country came from no title, affiliation or known actor (the story's, the dateline's)
    near: bool = False  # the guessed country is a state named in the person's own clause or sentence
    stateless: bool = False  # round 20: the known tables list him as an international official that year ("-")

    @property
    def name(self) -> str:
        best = max(self.mentions, key=lambda m: (len(m.key), -m.start))
        return best.text

    @property
    def key(self) -> tuple[str, ...]:
        return max((m.key for m in self.mentions), key=len)


def title_info(doc: Doc, ctx: Context, m: Mention) -> TitleInfo:
    sent = doc[m.start].sent
    info = _left_title(doc, ctx, m, sent)
    if info.role is None or info.country is None:
        right = _apposition(doc, ctx, m, sent)
        right_title = info.role is None and right.role is not None
        info.role = info.role or right.role
        if not info.org_qualified:
            info.country = info.country or right.country
        if right_title:
            # "X, executive vice president with Acme Securities Inc": the body qualifies the title
            info.org_qualified = info.org_qualified or right.org_qualified
            info.igo = info.igo or right.igo
            info.gov_body = info.gov_body or right.gov_body
            info.former = info.former or right.former
            info.possessor = info.possessor if info.possessor is not None else right.possessor
        info.text = info.text or right.text
    if info.former and m.end < len(doc) and doc[m.end].text in POST_NOMINAL_MEMBERS:
        info.role = "legislator"  # "Former health minister X MP" sits in parliament
    if info.country is None and m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
        after = m.end + 2 if doc[m.end + 1].lower_ == "the" else m.end + 1  # "Cameron of the United Kingdom"
        hit = ctx.gaz_at.get(after) or ctx.gaz_at.get(m.end + 1)  # "Rutte of the Netherlands" (one name)
        if hit and (hit.kind in COUNTRYLIKE or hit.kind == "place"):
            info.country = hit.value
    return info


# Prepositions that, ending a title window right before a name, make the name the title's body or seat.
BODY_PREPOSITIONS = frozenset(("for", "of", "at", "with", "from"))

# Ranks a name may carry after its office and a comma ("the Foreign Minister of X, Prince Y", "Iraq's foreign
# minister, Dr. Z"): the office before the comma is the person's.
RANK_WORDS = frozenset(("prince", "princess", "sheikh", "dr", "dr."))


def _left_title(doc: Doc, ctx: Context, m: Mention, sent: Span) -> TitleInfo:
    """The title words right before a name ("Iran's ambassador to Iraq X"), or before a comma that precedes
    it ("The Iranian chief delegate, X"), also past a rank ("..., Prince Y")."""
    info = _left_title_from(doc, ctx, m, sent, m.start - 1)
    if info.role not in (None, "other"):
        return info
    i = m.start - 1
    while i > sent.start and (doc[i].lower_ in RANK_WORDS or ctx.titles_table.is_honorific(doc[i].text)):
        i -= 1
    if i < m.start - 1 and doc[i].text == ",":
        past = _left_title_from(doc, ctx, m, sent, i)
        if past.role:
            return past
    return info


def _left_title_from(doc: Doc, ctx: Context, m: Mention, sent: Span, i: int) -> TitleInfo:
    """The title words before token i + 1 (the name, or a rank before it), or before a comma at i, walking
    left until a word that cannot belong to a title."""
    info = TitleInfo()
    first = sent.start
    if first >= 2 and doc[first - 1].text == "." and _abbreviation_dot(doc, ctx, first - 1):
        first = doc[first - 2].sent.start  # the parser split after "Sens." / "Gen."
    if first >= 3 and doc[first - 1].text == ")" and doc[first - 3].text == "(" and doc[first - 2].text.isupper():
        first = doc[first - 3].sent.start  # the parser split after "Republic of Korea (ROK)"
    if first >= 1 and first - 1 in ctx.title_tokens and doc[first - 1].is_alpha:
        first = doc[first - 1].sent.start  # the parser split between a title and its name ("... Defense | X Y")
    lo = max(first, m.start - WINDOW)
    hi = i + 1
    comma_mode = False
    if i >= lo and doc[i].text == ",":
        comma_mode = True
        hi = i
        i -= 1
    start = _walk_left(doc, ctx, i, lo, info) + 1
    if start >= hi:
        return info
    if doc[hi - 1].lower_ in BODY_PREPOSITIONS and not comma_mode:
        return TitleInfo()  # "a spokesman for X", "the MP for X": X is the body or the seat, not the holder
    if comma_mode and _clause_before_subject(doc, m, start, first):
        return TitleInfo()
    _read_window(doc, ctx, start, hi, info, closest_title=True)
    if comma_mode and info.role is None:
        return TitleInfo()
    if start > first and doc[start].text in POSSESSIVE_MARKS and start - 1 in ctx.person_tokens:
        info.possessor = start - 1  # "President Reagan's chief of staff, X": the president's man
    if info.role is None and info.country is not None:
        # Without a title only a word right before the name is an affiliation ("Iranian Hassan X",
        # "Britain's Y"), not "a Brussels summit Mr Blair".
        hit = next((h for h in ctx.hits_in(start, hi) if h.end in (hi, hi - 1)), None)
        if hit is None or doc[hit.end : hi].text not in ("", "'s", "'"):
            info.country = None
    info.window_start = start
    return info


def _clause_before_subject(doc: Doc, m: Mention, start: int, first: int) -> bool:
    """ "as she starts a new term as Chair, Smith has said": the title before the comma
    ends a clause (it follows a preposition or conjunction) and the name opens the next one as its
    subject, so the title is someone else's."""
    if start <= first:
        return False
    before = doc[start - 1]
    return before.pos_ in ("ADP", "SCONJ") and m.end < len(doc) and doc[m.end].pos_ in ("VERB", "AUX")


def _walk_left(doc: Doc, ctx: Context, i: int, lo: int, info: TitleInfo) -> int:
    """From token i leftwards (not below lo), the last token that is no part of the title window: the window
    is what lies after it. A possessive pronoun closing the window is noted in `info.possessive`."""
    while i >= lo:
        t = doc[i]
        low = t.lower_
        if i in ctx.person_tokens or t.is_space:
            break
        if i in ctx.title_tokens and not ctx.titles_table.is_honorific(t.text) or i in ctx.gaz_tokens:
            i -= 1  # inside a title or a country name every word belongs ("Under-Secretary")
            continue
        if t.text == ")" and i - 2 >= lo and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
            i -= 3  # an acronym in brackets after a name ("Republic of Korea (ROK) First Vice Foreign Minister")
            continue
        if _ends_title_window(doc, ctx, i):
            break
        if low in DETERMINERS:
            if i - 1 >= lo and (doc[i - 1].lower_ in POSTING or doc[i - 1].lower_ == "of"):  # "envoy to the WTO"
                i -= 1
                continue
            i -= 1
            break
        if low in POSSESSIVE_PRONOUNS:
            info.possessive = low
            i -= 1
            break
        i -= 1
    return i


def _ends_title_window(doc: Doc, ctx: Context, i: int) -> bool:
    """Token i (neither a title's nor a country's) cannot belong to a title: a stop word, a number, a
    preposition not between a title and a place, a sentence's full stop, punctuation or a verb."""
    t = doc[i]
    low = t.lower_
    if low in TITLE_MODIFIERS:
        return False  # "Shadow ... secretary" (tagged a verb when it opens the sentence), "former"
    if low in ("and", "&") and _inside_capitalised_title(doc, ctx, i):
        return False  # "Minister of Foreign and European Affairs", "Trade and Industry Secretary"
    if low in ("and", "&") and 0 < i < len(doc) - 1 and {i - 1, i + 1} <= ctx.title_tokens:
        # "World Bank vice president and treasurer X": one window, the state's or organisation's before it too
        # (round 22; a firm's name before it keeps the second title alone, whose country the story gives)
        if any(j in ctx.gaz_tokens for j in range(max(0, i - 5), i - 1)):
            return False
    if low == "and" and _joins_portfolios(doc, ctx, i):
        return False  # "Mexican minister of energy and mines, X": the second portfolio is the title's too
    if low in LEFT_STOP or (t.like_num and not _ordinal_of_title(doc, ctx, i)):
        return True
    if t.pos_ in ("ADP", "SCONJ") and low != "'s" and not _preposition_of_title(doc, ctx, i):
        # a preposition belongs to the title only between it and a place ("ambassador to Iraq"); a
        # subordinating word ends it ("to visit Japan since President X": Japan is no part of his title)
        return True
    if t.text == "." and not _abbreviation_dot(doc, ctx, i):  # "Sens. X" but not "secretary. X"
        return True
    if t.is_punct and t.text not in ("'s", "'", "-", "&", ".") and i not in ctx.title_tokens:
        return True
    return t.pos_ in ("VERB", "AUX") and i not in ctx.title_tokens and i not in ctx.gaz_tokens


def _ordinal_of_title(doc: Doc, ctx: Context, i: int) -> bool:
    """A capitalised ordinal word opening a title ("First Vice Foreign Minister", "Second Deputy Prime
    Minister"), not a number ending the window."""
    t = doc[i]
    return t.is_alpha and t.text[:1].isupper() and i + 1 < len(doc) and i + 1 in ctx.title_tokens


def _inside_capitalised_title(doc: Doc, ctx: Context, i: int) -> bool:
    """The conjunction at i joins two capitalised words of one title, neither a person's name."""
    if i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (
        before.text[:1].isupper()
        and after.text[:1].isupper()
        and i - 1 not in ctx.person_tokens
        and i + 1 not in ctx.person_tokens  # "former Ohio Sen. and Reagan ally X": Reagan is not a senator
        and i + 1 not in ctx.title_tokens  # "Pope and Talbot Inc": "and" before a title joins two things
        and not before.is_sent_start
        and before.pos_ in ("PROPN", "ADJ", "NOUN")
    )


def _preposition_of_title(doc: Doc, ctx: Context, i: int) -> bool:
    """The preposition at token i belongs to the title window: between a title and a place or a determiner
    ("ambassador to Iraq", "envoy to the WTO"), "of"/"for" between a title and a capitalised word ("director
    general for Europe"), between a body's noun and a place or a determiner ("president of the bank of
    Mexico"), or inside a capitalised title."""
    if i + 1 >= len(doc) or i == 0 or doc[i].pos_ != "ADP":
        return False
    after_place = i + 1 in ctx.gaz_at or doc[i + 1].lower_ in DETERMINERS
    if i - 1 in ctx.title_tokens and after_place:
        return True
    if doc[i].lower_ not in ("of", "for"):
        return False
    if i - 1 in ctx.title_tokens and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN":
        return True
    if i - 1 in ctx.title_tokens and _portfolio_at(doc, ctx, i + 1):
        return True  # "the minister for civil aviation X", "vice-president of finance Y"
    if doc[i].lower_ == "of" and doc[i - 1].lower_ in ORG_NOUNS and after_place:
        return True
    return _title_of_for(doc, ctx, i)


def _portfolio_at(doc: Doc, ctx: Context, i: int) -> bool:
    """A portfolio (portfolios.txt) starts at token i: one word, or its first word with the rest after it; or
    a word and "affairs" ("vice-minister of finance for international affairs X": any field of affairs)."""
    portfolios = ctx.titles_table.portfolios
    for n in (3, 2, 1):
        if i + n <= len(doc) and " ".join(t.lower_ for t in doc[i : i + n]) in portfolios:
            return True
    return (
        i + 1 < len(doc)
        and doc[i + 1].lower_ == "affairs"
        and doc[i].is_alpha
        and doc[i].pos_ in ("ADJ", "NOUN", "PROPN")
        and i not in ctx.person_tokens
    )


def _joins_portfolios(doc: Doc, ctx: Context, i: int) -> bool:
    """The "and" at token i joins a portfolio that ends a title ("minister of energy") to another right after
    it ("and mines")."""
    if i == 0 or i + 1 >= len(doc) or i - 1 not in ctx.title_tokens:
        return False
    return doc[i - 1].lower_ in ctx.titles_table.portfolios and _portfolio_at(doc, ctx, i + 1)


def _title_of_for(doc: Doc, ctx: Context, i: int) -> bool:
    """ "of"/"for" inside a capitalised title ("Undersecretary of State for Economic Affairs",
    "Minister for Overseas Development"): capitalised words on both sides, none opening the sentence
    unless it is a title's ("Undersecretary of State X will visit ..." opening a story)."""
    if doc[i].lower_ not in ("of", "for") or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (
        before.text[:1].isupper()
        and after.text[:1].isupper()
        and (not before.is_sent_start or i - 1 in ctx.title_tokens)
        and before.pos_ in ("PROPN", "NOUN")
        and after.pos_ in ("PROPN", "NOUN", "ADJ")
    )


def _abbreviation_dot(doc: Doc, ctx: Context, i: int) -> bool:
    """The "." at token i closes an abbreviated title ("Sens", "Gen"), not a sentence."""
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and i - 1 in ctx.title_tokens and not prev.whitespace_ and len(prev.text) <= 4


# Words opening the next item of a list or a new clause after a name and a comma: no apposition follows.
APPOSITION_STOPS = frozenset(("and", "or", "but", "nor", "while", "whereas"))


def _apposition(doc: Doc, ctx: Context, m: Mention, sent: Span) -> TitleInfo:
    """A title or affiliation set off by commas after the name ("X, minister-counselor for ...,",
    "Y, from the UK's Amnesty office,")."""
    info = TitleInfo()
    if m.end >= sent.end - 1 or doc[m.end].text != ",":
        return info
    start = m.end + 1
    if doc[start].lower_ in APPOSITION_STOPS:
        return info  # "Ambassador X, and the director-general of a ministry, Y": a list
    j = start
    while j < min(sent.end, start + WINDOW) and doc[j].text not in (",", ";", ".", ")", "(", '"', "--"):
        if doc[j].pos_ in ("VERB", "AUX") and j not in ctx.title_tokens:
            break
        j += 1
    if j == start or doc[start].i in ctx.person_tokens:
        return info
    if j < sent.end and j < start + WINDOW and doc[j].pos_ in ("VERB", "AUX") and doc[j].tag_ not in ("VBN", "VBG"):
        # "Air Bravo, a KLM spokesman said": a new clause, not an apposition ("X, a spokesman for Y quoted
        # in Z": a participle closes the apposition, which stands)
        return info
    served = _served_person(doc, ctx, start, j)
    if served is None and _titled_other(doc, ctx, start, j):
        return info  # "X, South Korean Minister Y and Japanese Minister Z": a list of people, not X's title
    _read_window(doc, ctx, start, j, info, closest_title=False, affiliation_from=True)
    if info.role is None and doc[start].lower_ != "from":
        return TitleInfo()
    info.possessor = served
    return info


def _titled_other(doc: Doc, ctx: Context, start: int, end: int) -> bool:
    """Tokens [start, end) name another person right after a title, not as a possessor ("South Korean Minister
    Y and ...", but not "former Prime Minister Y's husband")."""
    for k in range(start + 1, end):
        if k in ctx.person_tokens and k - 1 not in ctx.person_tokens and _after_title(doc, ctx, k):
            e = k
            while e < len(doc) and e in ctx.person_tokens:
                e += 1
            return not (e < len(doc) and doc[e].text in ("'s", "'", "\u2019s"))
    return False


def _after_title(doc: Doc, ctx: Context, k: int) -> bool:
    """Token k follows a title, directly or past its capitalised portfolio ("Minister of National Defense Y")."""
    i = k - 1
    while i >= 0 and k - i <= 5 and i not in ctx.title_tokens:
        if not (doc[i].text[:1].isupper() or doc[i].lower_ in ("of", "for", "and")):
            return False
        i -= 1
    return i >= 0 and i in ctx.title_tokens


def _served_person(doc: Doc, ctx: Context, start: int, end: int) -> int | None:
    """The token of the person an apposition's title serves ("X, an adviser on trade to President Y,";
    "X, aide to Y"; "X, a spokesman for Commissioner Y"): the name after "to" or "for", past a title
    and "the"."""
    for k in range(start, end - 1):
        if doc[k].lower_ not in ("to", "for"):  # "X, a spokesman for trade commissioner Y": Y's man
            continue
        n = k + 1
        while n < end and (
            doc[n].lower_ == "the"
            or n in ctx.title_tokens
            or n in ctx.gaz_tokens  # "for EU trade commissioner Y"
            or doc[n].lower_ in ctx.titles_table.portfolios
        ):
            n += 1
        if n < end and n in ctx.person_tokens:
            return n
    return None


def _read_window(
    doc: Doc, ctx: Context, start: int, end: int, info: TitleInfo, closest_title: bool, affiliation_from: bool = False
) -> None:
    """Role, country and organisation qualifier from the tokens [start, end)."""
    best = _window_title(doc, ctx, start, end, closest_title)
    limit = best[1] if best and closest_title else end  # left of a name: no country after its title
    aff = _window_affiliation(doc, ctx, start, end, limit, affiliation_from, best is not None)
    info.org_qualified = aff.org
    info.igo = aff.igo
    # (a capitalised "Department" is a government's; "the research department" may be a firm's)
    info.gov_body = (
        any(t.lower_ in GOV_BODY_WORDS and (t.lower_ != "department" or t.text[0].isupper()) for t in doc[start:end])
        or (_central_bank(doc, start, end) and not aff.igo)  # the European Central Bank is no state's
        or _public_office(doc, ctx, start, end)
    )
    if aff.countries:
        info.country = aff.countries[-1].value
    elif best and closest_title:
        info.country = _state_of_title(doc, ctx, best[1], end)
    if best:
        _apply_title(doc, ctx, start, end, best, info, aff)
        info.text = _title_text(doc, ctx, start, end)
        if closest_title and info.country is None:
            info.country = _state_of_body(doc, ctx, best[1], end)


# Nouns after a place's name that make it a region of its state ("the governor of Sao Paulo state X").
REGION_NOUNS = frozenset(("state", "province", "region", "county", "prefecture"))


def _state_of_title(doc: Doc, ctx: Context, te: int, end: int) -> str | None:
    """A state joined to the title by "of" ("the Foreign Minister of the Kingdom of Saudi Arabia, X",
    "President of France X"), or a place of a state ("the governor of Sao Paulo state X", "the Mayor of
    London X"): the holder's, though it follows the title."""
    if te >= end or doc[te].lower_ != "of":
        return None
    at = te + 2 if te + 1 < end and doc[te + 1].lower_ == "the" else te + 1
    hit = ctx.gaz_at.get(at)
    if hit is None:
        return None
    if hit.kind == COUNTRY and hit.end == end:
        return hit.value
    whole = hit.end == end or (hit.end == end - 1 and doc[hit.end].lower_ in REGION_NOUNS)
    return hit.value if hit.kind in (PLACE, CAPITAL) and whole else None


# Words of a national body's name between a title and its state ("president of the central bank of Brazil").
BODY_WORDS = ORG_NOUNS | {"of", "the", "central", "national", "federal", "reserve"}


def _state_of_body(doc: Doc, ctx: Context, te: int, end: int) -> str | None:
    """The state of a national body the title is joined to by "of" ("the president of the bank of Mexico,
    X", "governor of the central bank of Brazil X"): the body, and its officer, are that state's."""
    if te >= end or doc[te].lower_ != "of":
        return None
    hit = ctx.hits_in(te, end)[-1:] or None
    if hit is None or hit[0].kind != COUNTRY or hit[0].end != end or hit[0].start - 1 <= te:
        return None
    between = doc[te : hit[0].start]
    if doc[hit[0].start - 1].lower_ != "of" or not any(t.lower_ in ORG_NOUNS for t in between):
        return None
    return hit[0].value if all(t.lower_ in BODY_WORDS for t in between) else None


# Words before "office", "agency" or "bureau" that make it a state's ("the labour office", "the federal
# statistics office"); a firm's "head office" or "press office" is no government's.
PUBLIC_OFFICE_WORDS = frozenset(("statistics", "statistical", "federal", "national", "cabinet", "labour", "labor"))


def _public_office(doc: Doc, ctx: Context, start: int, end: int) -> bool:
    """The window names a state's office or agency by its portfolio ("labour office chief X", "the national
    statistics agency's head Y")."""
    for i in range(start + 1, end):
        if doc[i].lower_ in ("office", "agency", "bureau"):
            before = doc[i - 1].lower_
            if before in PUBLIC_OFFICE_WORDS or before in ctx.titles_table.portfolios:
                return True
    return False


def _central_bank(doc: Doc, start: int, end: int) -> bool:
    """The window names a central bank ("central bank president X"): a state's own institution, whose
    officers serve the state the story places them in (the dateline's, the sentence's)."""
    return any(doc[i].lower_ == "central" and doc[i + 1].lower_ in ("bank", "banker") for i in range(start, end - 1))


@dataclass(slots=True)
class _Affiliation:
    """What a title window says besides the title: countries, whether an organisation qualifies it, and
    whether the country is only a party's ("Tory foreign affairs spokesman")."""

    countries: list[GazHit]
    org: bool
    party_title: bool
    org_country: str | None = None  # a national body's country ("Bundesbank President X": DEU)
    igo: bool = False  # an international organisation is named in the window ("UN", "World Bank")
    civil: bool = False  # a firm or a non-governmental body qualifies the title ("Gazprom chairman X")
    firm: bool = False  # an ORG entity with no public body's word qualifies it ("Opel chairman X")


# Nouns of an organisation's units named by the state or region they deal with ("the IMF's African department").
UNIT_NOUNS = frozenset("division department desk section unit bureau office programme program directorate".split())


def _igo_unit(doc: Doc, end: int) -> bool:
    """Whether the word after a hit is a unit's noun ("Moroccan [division]")."""
    return end < len(doc) and doc[end].lower_ in UNIT_NOUNS


def _window_title(
    doc: Doc, ctx: Context, start: int, end: int, closest_title: bool
) -> tuple[int, int, TitleEntry] | None:
    """The title of the window: left of a name the one closest to it; right of it (an apposition) the first,
    unless a preposition comes before it ("X, a friend of the party leader": the title is someone else's)."""
    titles = [(ts, te, e) for ts, te, e in ctx.titles_in(start, end) if e.role != HONORIFIC]
    if not titles:
        return None
    if closest_title:
        best = max(titles, key=lambda x: (x[1], x[1] - x[0]))
        if doc[best[0] : best[1]].text.lower() == "minister":
            # "his Chinese counterpart Minister X": the bare "Minister" is a courtesy; the counterpart's office
            best = next((x for x in titles if x[2].role == COUNTERPART), best)
        return _served_title(doc, titles, best) or best
    first_start = min(ts for ts, _, _ in titles)
    if any(t.pos_ == "ADP" for t in doc[start:first_start]):
        return None
    return max((x for x in titles if x[0] == first_start), key=lambda x: x[1] - x[0])


def _served_title(
    doc: Doc, titles: list[tuple[int, int, TitleEntry]], best: tuple[int, int, TitleEntry]
) -> tuple[int, int, TitleEntry] | None:
    """The title before "to (the)" when the closest one is whom the person serves ("Senior Advisor to the
    President X", "Chief of Staff to the Prime Minister Y": an adviser, not a president), or None."""
    i = best[0] - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "to":
        return None
    return next((x for x in titles if x[1] == i), None)


def _window_affiliation(
    doc: Doc, ctx: Context, start: int, end: int, limit: int, affiliation_from: bool, titled: bool
) -> _Affiliation:
    """Countries, parties and organisations named in the window up to `limit`."""
    countries: list[GazHit] = []
    parties: list[GazHit] = []
    org = igo = civil = public = False
    org_country: str | None = None
    hits = ctx.hits_in(start, end)
    igo_before: int | None = None  # where the first organisation of the window ends
    for hit in hits:
        if hit.end > limit:
            continue
        if compound_modifier(ctx, hit):
            continue
        if igo_before is not None and hit.start >= igo_before and _igo_unit(doc, hit.end):
            continue  # "director of the World Bank's Moroccan division": the body's unit, not his state (round 31)
        if hit.kind == "igo" and igo_before is None:
            igo_before = hit.end
        if _affiliated_state(doc, hit, affiliation_from) or (hit.start == start and hit.kind in COUNTRYLIKE):
            # (round 22: a state opening the window is the holder's, whatever word the window follows: "the
            # letter went to U.S. Defense Secretary X" is no envoy's posting to the U.S.)
            countries.append(hit)
        elif hit.kind == PARTY and not all(i in ctx.title_tokens for i in range(hit.start, hit.end)):
            parties.append(hit)  # (not "Labour" of "Economy and Labour Minister": a portfolio of the title)
        elif hit.kind in ("igo", "org"):
            org = True
            igo = igo or hit.kind == "igo"
            listed = ctx.orgs.by_surface.get(hit.text) if hit.kind == "org" else None
            org_country = listed.country if listed and listed.country else org_country
            civil = civil or bool(listed and listed.civil)
            public = public or hit.kind == "igo" or bool(listed and not listed.civil)
    party_title = False
    parties = [h for h in parties if _party_fits(ctx, h)]
    if not countries and parties and (titled or doc[parties[-1].end : end].text in ("", "'s", "'")):
        countries = parties  # "Tory foreign affairs spokesman": the party's country, only with a title
        party_title = True  # and "Conservative leader" leads the party, not the state
    if countries and coordinated_state(doc, ctx, countries[-1]):
        countries = []  # "British and Irish Lions coach X" (round 15): a side or body of both, not his state
    org = org or _org_entity_in(ctx, hits, start, end, limit)
    civil = civil or _civil_noun_in(doc, start, min(end, limit))
    # (a public body listed or an IGO in the window wins: "director of the X Division at the Federal Reserve")
    firm = not public and _firm_entity_in(doc, ctx, hits, start, end, limit)
    return _Affiliation(countries, org, party_title, org_country, igo, civil, firm)


def coordinated_state(doc: Doc, ctx: Context, hit: GazHit) -> bool:
    """The state is the second of two different states joined by a bare "and" ("British and Irish Lions
    coach X", the title window starting after "and"): one body of both qualifies the title, so neither is the
    holder's."""
    k = hit.start - 1
    if k < 1 or doc[k].lower_ not in ("and", "&"):
        return False
    first = next((h for h in ctx.hits_in(max(0, k - 4), k) if h.end == k), None)
    return first is not None and first.kind in COUNTRYLIKE and first.value != hit.value


# Common nouns that introduce a firm or a non-governmental body by its trade ("oil industry analysts X",
# "civil rights group Y", "the charity's head"): its chairman or director holds no public office.
CIVIL_NOUNS = frozenset("company firm charity analysts consultancy consultants campaigners".split())
# Nouns that make "group" a campaigning or trade body's ("pressure group"), not a working group of states.
CIVIL_GROUP_MODIFIERS = frozenset("rights pressure campaign campaigning lobby protest industry consumer".split())


# Legal-form words that end a firm's name ("Unisys Corp vice chairman", "Commerzbank AG's vice president").
COMPANY_FORMS = frozenset("corp inc co ag ltd plc llc gmbh nv bv spa holdings".split())


def _civil_group(doc: Doc, i: int) -> bool:
    """The lower-case "group" at i is a campaigning or trade body's: after a word like "pressure", or
    introducing the body's name ("anti-constitution group Vote No"), not a working group of states."""
    if i > 0 and doc[i - 1].lower_ in CIVIL_GROUP_MODIFIERS:
        return True
    return i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i - 1].lower_ != "working"


def _civil_noun_in(doc: Doc, start: int, end: int) -> bool:
    """A lower-case noun in [start, end) names the title's body as a firm or a non-governmental body, or
    a firm's name ends there with its legal form."""
    for t in doc[start:end]:
        if (
            t.lower_.rstrip(".") in COMPANY_FORMS
            and t.text[:1].isupper()
            and t.i > 0
            and doc[t.i - 1].text[:1].isupper()
        ):
            return True
        if not t.text.islower():
            continue
        if t.lemma_ in CIVIL_NOUNS or t.lower_ in CIVIL_NOUNS:
            return True
        if t.lower_ == "group" and _civil_group(doc, t.i):
            return True
    return False


def _affiliated_state(doc: Doc, hit: GazHit, affiliation_from: bool) -> bool:
    """A state's name in a title window that is the holder's: not one after a posting preposition ("envoy
    to Iraq"), unless it is "from" in an apposition or a possessor ("to Turkey's ambassador")."""
    prev = doc[hit.start - 1].lower_ if hit.start > 0 else ""
    return hit.kind in COUNTRYLIKE and (
        prev not in POSTING or (affiliation_from and prev == "from") or _possessive_state(doc, hit)
    )


# Words of a public body's name ("Sugar Regulatory Administration", "Federal Reserve Board", "Central Bank of
# X"): an ORG entity naming none of them, no place and no acronym is, in a title's window, most often a firm
# ("Opel chairman X", "Westinghouse chairman Y", "Swiss Re's deputy head Z").
PUBLIC_BODY_WORDS = frozenset(
    "ministry department agency administration commission authority bureau council committee board federal "
    "reserve central parliament assembly senate congress house court police office service government cabinet "
    "state national royal public people's party army navy force forces".split()
)


def _firm_entity_in(doc: Doc, ctx: Context, hits: list[GazHit], start: int, end: int, limit: int) -> bool:
    """An ORG entity up to `limit` qualifying the title names a firm: capitalised words with no public body's
    word, no place or state in it, not an acronym, not a listed organisation or IGO (those are gazetteer hits)."""
    for s, e in ctx.orgs_in(start, end):
        if e > limit or any(h.start < e and s < h.end for h in hits) or starts_inside_title(ctx, s):
            continue
        words = [t for t in doc[s:e] if t.is_alpha]
        if not words or all(i in ctx.title_tokens for i in range(s, e)) or any(t.text.isupper() for t in words):
            continue
        if any(t.lower_ in PUBLIC_BODY_WORDS or t.lower_ in ORG_NOUNS and t.lower_ not in FIRM_NOUNS for t in words):
            continue
        return True
    return False


# Organisation nouns that a firm's name may end with ("Chase Manhattan Bank", "Nippon Steel Corp").
FIRM_NOUNS = frozenset("bank corp corporation inc co ltd plc company firm group trust exchange market".split())


def _org_entity_in(ctx: Context, hits: list[GazHit], start: int, end: int, limit: int) -> bool:
    """An ORG entity up to `limit` that is no gazetteer hit nor a title's own word qualifies the title."""
    return any(
        e <= limit
        and not any(h.start <= s < h.end for h in hits)
        and not all(i in ctx.title_tokens for i in range(s, e))  # "Finance" of "Finance Secretary"
        and not starts_inside_title(ctx, s)  # "Commerce for Economic Affairs" of "Undersecretary of Commerce ..."
        for s, e in ctx.orgs_in(start, end)
    )


def _possessive_state(doc: Doc, hit: GazHit) -> bool:
    """The state is a possessor ("made clear to Turkey's ambassador X"): the holder's state, though a
    posting preposition ("to", "in") comes before it."""
    return hit.end < len(doc) and doc[hit.end].text in ("'s", "'", "\u2019s")


def starts_inside_title(ctx: Context, i: int) -> bool:
    """Token i lies inside a title that starts before it, or is a portfolio right after a title and "of" or
    "for": an ORG entity beginning there is the title's portfolio ("Undersecretary of Commerce for Economic
    Affairs"), not a body qualifying it."""
    if any(ts < i < te for ts, te, _ in ctx.titles_in(max(0, i - 6), i + 1)):
        return True
    doc = ctx.doc
    return (
        doc is not None
        and i >= 2
        and doc[i].lower_ in ctx.titles_table.portfolios
        and doc[i - 1].lower_ in ("of", "for")
        and i - 2 in ctx.title_tokens
    )


def _party_fits(ctx: Context, hit: GazHit) -> bool:
    """A party word gives its country unless a dateline places the story elsewhere and the text never names
    the party's state ("ATHENS - Conservative opposition leader X" is Greek, not a British Tory)."""
    dateline = ctx.dateline_country
    if dateline is None or dateline == hit.value:
        return True
    return any(h.kind in COUNTRYLIKE and h.value == hit.value for h in ctx.gaz_hits)


def _apply_title(
    doc: Doc,
    ctx: Context,
    start: int,
    end: int,
    best: tuple[int, int, TitleEntry],
    info: TitleInfo,
    aff: _Affiliation,
) -> None:
    """The role the title gives, as qualified by the window's organisation, possessive and country."""
    ts, te, entry = best
    countries, org, party_title = aff.countries, aff.org, aff.party_title
    # "its president", "president and chief operating officer" (lower case, no country): a company's
    # or a body's, not a head of state; news style capitalises a head of state's title.
    lower_title = all(not t.text[:1].isupper() for t in doc[ts:te])
    body = _title_body(doc, start, end, ts, te, party_title)
    org_role = bool(body) or ((org or info.possessive in ("its", "their") or lower_title) and not countries)
    info.entry = entry
    info.role = entry.resolve(org_role, info.country)
    if body not in (None, "party") and info.role == "party_leader":
        info.role = "official"  # the leader of a union or a firm leads no party
    if info.role == "official" and (aff.civil or (aff.firm and not entry.weak)):
        # (not a bare "chief" or "head": "Ofsted chief X", "UN aid chief Y" head public bodies as often)
        info.role = "other"  # "Gazprom chairman", "director of a rights group": no public office
    if body == "party" and info.role in PARTY_OFFICES:
        # "Lib Dem president", "Liberal Democrat chairman", "Labour campaign coordinator": the party's
        # officers lead the party; they hold no office of the state
        info.role = "party_leader"
    info.weak = entry.weak and not (org_role and entry.org_role)  # "Tory leader" is no weak title
    if lower_title and not org and not info.possessive and not party_title and entry.org_role:
        info.weak = True  # "president Reagan" (lower case only): the known head of state stays one
    _qualify_role(doc, start, end, ts, info)
    if org and not countries and aff.org_country:
        info.country = aff.org_country  # a national body's officer ("Bank of Japan Governor X")
    elif org and not countries and entry.org_role:
        info.country = None


def _title_body(doc: Doc, start: int, end: int, ts: int, te: int, party_title: bool) -> str | None:
    """The body whose office the title [ts, te) is, by its noun: "party" for a party's ("Tory leader",
    "the party's president"), another organisation noun for a body named right before the title
    ("French Maize Producers Association president") or after it with "of" ("the leader of Britain's
    biggest union Unison"); None when the title is no body's."""
    j = ts - 1
    while j >= start and doc[j].text in ("'s", "'"):
        j -= 1
    if party_title or (j >= start and doc[j].lower_ == "party"):
        return "party"
    if j >= start and doc[j].lower_ in ORG_NOUNS:
        return doc[j].lower_
    return _body_noun(doc, te, end) if te < end and doc[te].lower_ == "of" else None


def _body_noun(doc: Doc, start: int, end: int) -> str | None:
    """The first organisation noun among tokens [start, end) ("union", "party", "bank"), or None."""
    return next((t.lower_ for t in doc[start:end] if t.lower_ in ORG_NOUNS), None)


def _qualify_role(doc: Doc, start: int, end: int, ts: int, info: TitleInfo) -> None:
    """The words before the title change its role: "former", "deputy", a legislature's name."""
    before = {t.lower_ for t in doc[max(start, ts - 3) : ts]}
    if "shadow" in before:
        info.role = "legislator"  # "Shadow local government secretary": an opposition MP, no minister
        info.weak = False
    elif info.role in OFFICES_OF_STATE and before & FORMER_WORDS:
        # "Former welfare minister Frank Field": no office now (`title_info` reads an "MP" after the name)
        info.role = "other"
        info.former = True
        info.weak = False
    elif info.role in ("minister", "foreign_minister") and before & DEPUTY_WORDS:
        info.role = "deputy_minister"  # "Deputy U.S. Trade Representative", "Deputy Treasury Secretary"
    elif info.role in ("official", "other") and _legislature_window({t.lower_ for t in doc[start:end]}):
        info.role = "legislator"  # "Senate Finance Committee Chairman"


def _legislature_window(words: set[str]) -> bool:
    """A title window naming a legislature, or a committee of the House ("House Ways and Means Committee
    chairman X": round 22; not the White House's)."""
    if words & LEGISLATURE_WORDS:
        return True
    return "house" in words and bool(words & {"committee", "subcommittee"}) and "white" not in words


def _title_text(doc: Doc, ctx: Context, start: int, end: int) -> str:
    """The window's words as the person's title, without trailing honorifics and leading function words."""
    te_text = end
    while te_text > start and ctx.titles_table.is_honorific(doc[te_text - 1].text):
        te_text -= 1
    ts_text = start
    # "Earlier Foreign Secretary X", "Then Prime Minister Y": an adverb or a function word opening
    # the window is the sentence's, not the title's.
    while ts_text < te_text and (doc[ts_text].pos_ in TITLE_LEAD_POS or doc[ts_text].tag_ in TITLE_LEAD_TAGS):
        ts_text += 1
    return doc[ts_text:te_text].text.strip()


def resolve(doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int]) -> None:
    roles = [inf for inf in cluster.infos if inf.role]
    specific = [inf for inf in roles if inf.role != COUNTERPART]
    chosen = specific[0] if specific else (roles[0] if roles else None)
    if chosen and chosen.role == "minister":
        # "Minister of Foreign and European Affairs X ... Foreign Minister X": the specific office
        chosen = next((inf for inf in specific if inf.role == "foreign_minister"), chosen)
    known_country, known_role = ctx.known.lookup(cluster.name, ctx.year)
    peers = [doc[m.start - 1].text for m in cluster.mentions if m.start > 0 and doc[m.start - 1].lower_ in PEERAGE]
    if known_country is None and known_role is None and peers:
        # round 20: the tables list peers as the press names them ("Lord Carrington", NATO's in 1987)
        known_country, known_role = ctx.known.lookup(f"{peers[0]} {cluster.name}", ctx.year)
    holder = ctx.known.titled(cluster.name, chosen.role, ctx.year) if chosen and known_country is None else None
    if holder is not None and known_role is None:
        known_country, known_role = holder.country, holder.role  # round 21: "Foreign Policy Advisor Ushakov"
    if chosen:
        cluster.role = known_role if chosen.weak and known_role else chosen.role
        cluster.title = chosen.text
    cluster.country = _person_country(doc, ctx, cluster, person_windows, known_country)
    cluster.stateless = known_country == INTERNATIONAL and cluster.country is None
    cluster.guessed = (
        not known_country and not any(inf.country for inf in cluster.infos) and _led_group(doc, ctx, cluster) is None
    )
    if not known_country and not any(inf.country for inf in cluster.infos):
        cluster.country = _monarchy(ctx, cluster, cluster.country)
    peer = bool(peers) and not known_country  # a listed peer's row says his country, or none ("-")
    if peer and (cluster.country is None or (cluster.guessed and _described_nationality(doc, ctx, cluster) is None)):
        # "Chairman Lord X" in a story that names only the U.S.; round 18: also over a guess (the story's one
        # state, the dateline's), which a British peerage or knighthood contradicts
        cluster.country = PEERAGE_COUNTRY
    if not cluster.role and known_role:
        cluster.role = known_role
    if not cluster.role and cluster.country is None and _apposed_igo(doc, ctx, cluster):
        cluster.role = "official"  # "X of the IMF", "Y, an economist with the World Bank,": its staff (round 22)
    bare_president = (
        chosen is not None
        and cluster.role == "head_of_state"
        and not known_role
        and (chosen.text or "").lower() == "president"
    )
    if (cluster.role == "official" or bare_president) and chosen and _firm_officer(doc, ctx, cluster):
        # round 18d: "its chairman X", "Y, president and chief operating officer,"; round 22: "President X told
        # a news conference" in a firm's story is the firm's president, no head of state
        cluster.role = "other"
    if chosen and chosen.entry and chosen.entry.by_country and cluster.country:
        # "Chancellor Gordon Brown": the country, known only now, picks the office (GBR: finance minister)
        cluster.role = dict(chosen.entry.by_country).get(cluster.country, cluster.role)


def _person_country(
    doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int], known_country: str | None
) -> str | None:
    """A title's or affiliation's country, else the known actor's, else (unless a body qualifies the title)
    the clause's, and for a government's people the sentence's, the dateline's or the story's state."""
    with_country = [inf for inf in cluster.infos if inf.country]
    org_only = any(inf.org_qualified and not inf.country and not inf.gov_body for inf in cluster.infos if inf.role)
    governing = cluster.role in GOVERNMENT_ROLES or any(inf.gov_body or inf.former for inf in cluster.infos)
    if with_country:
        return with_country[0].country
    if known_country:
        return None if known_country == INTERNATIONAL else known_country
    if any(inf.igo for inf in cluster.infos) or (cluster.role is None and _apposed_igo(doc, ctx, cluster)):
        # "the group's executive secretary X ... GEPLACEA's X", "X, a consultant with the IGO," (round 16): an
        # international organisation's officer by any of his mentions is of no state, whatever the story's or
        # the dateline's
        return None
    described = _described_nationality(doc, ctx, cluster)
    if described is not None:
        return described
    led = _led_group(doc, ctx, cluster)
    if led is not None:
        return led  # "X will lead the French delegation": whatever body his title names
    seat = _apposed_seat(doc, ctx, cluster, titled=cluster.role not in (None, "other"))
    if seat is not None:
        return seat  # "X, economist with F in London, said" (round 14): his employer's seat
    if org_only:
        return _officer_country(ctx, cluster)
    if _community_commissioner(ctx, cluster):
        return None
    analyst = _market_analyst(cluster)
    # (an analyst's clause names what he comments on: "Japanese chip makers will cut output, said analyst X")
    country = None if analyst else _with_office(ctx, cluster, _clause_country(doc, ctx, cluster, person_windows))
    cluster.near = country is not None
    if country is None and governing:
        # A government title with no nationality: a state named earlier in the sentence ("meet officials
        # of the Tokyo Stock Exchange ... and Posts Minister X"), its people later in it ("... and the
        # Argentine officials said"), else the dateline's government (Reuters "TOKYO - ... Foreign
        # Minister Tadashi Kuranari said"), the government that issued the text ("Spokesperson X" in a
        # State Department readout), the story's state, and last the country of the outlet ("Schools
        # Minister X" in a BBC story).
        country = _government_country(doc, ctx, cluster, person_windows)
    elif country is None:
        # any other title in a government's release is that government's ("National Security Advisor X");
        # "X, from a London think tank" in a BBC story is British; a wire story's
        # businessman or farm lobbyist is of the dateline's country when the story is about it
        country = (
            (issuing_government(ctx) if cluster.role else None)
            or _listed_company(ctx, cluster)
            or _described_firm_state(doc, ctx, cluster)  # round 14: before the outlet's guess
            or (_story_firm_state(ctx) if not analyst and _firm_person(doc, ctx, cluster) else None)
            or (None if analyst else home_country(ctx) or local_dateline(ctx))
            or (_sole_state(ctx, cluster) if _body_officer(ctx, cluster) else None)
        )
    return country


# Title words of people who comment on markets for a firm ("analyst X", "Y, an economist at Z"). Round 25 (the
# reviews of 438 unread Reuters stories; the gold's notes: "market analysts" whose firm the text does not place have
# no country): the dateline's state ("TOKYO - ..., said analyst X of a brokerage") or the outlet's is no sign of it.
ANALYST_WORDS = frozenset("analyst analysts economist economists strategist strategists dealer trader broker".split())


def _market_analyst(cluster: PersonCluster) -> bool:
    """The person's only titles are a market commentator's (`ANALYST_WORDS`), none carrying a state."""
    titled = [inf for inf in cluster.infos if inf.text]
    return bool(titled) and all(
        not inf.country and not inf.gov_body and ANALYST_WORDS & set((inf.text or "").lower().split()) for inf in titled
    )


# Round 18d: a firm's officer whose title names no body ("chairman X said", "its president, Y", "the unit's
# vice chairman Z", "W will retire as chairman") in a story whose first sentence is a firm's: a legal form
# after a name ("A Corp", "B SA"), a wire's bracketed firm name or ticker ("<C>"), a firm the list knows, or a
# lower-case firm noun. He holds no public office (gold: `other`), unless his title's window names a state, an
# international organisation, a public body or an acronym ("NYMEX president", "ICCO executive director").
FIRM_LEAD_FORMS = (COMPANY_FORMS - {"holdings"}) | frozenset("sa ab oy limited".split())  # legal forms only
FIRM_LEAD_NOUNS = frozenset("company firm consortium maker manufacturer producer carrier airline".split())
FIRM_TICKER = re.compile(r"<[A-Z]")
# Words of a title's window that name a public body ("the agency's director").
PUBLIC_WINDOW_WORDS = PUBLIC_BODY_WORDS - {"board", "house", "national", "state", "royal", "people's", "service"}


def _firm_officer(doc: Doc, ctx: Context, cluster: PersonCluster) -> bool:
    """The person's official's title is a firm's: no state, IGO, public body or acronym in any of his
    title windows, and the story's first sentence is a firm's (`_firm_story`)."""
    for inf in cluster.infos:
        if inf.country or inf.igo or inf.gov_body or inf.possessor is not None:
            return False
        words = [w.strip(",.'") for w in (inf.text or "").replace("'s", " ").split()]
        if any(w.lower() in PUBLIC_WINDOW_WORDS or (len(w) > 1 and w.isupper()) for w in words):
            return False
    return _firm_story(doc, ctx)


def _firm_person(doc: Doc, ctx: Context, cluster: PersonCluster) -> bool:
    """A firm's officer by a bare title in a firm's story: every title of his is lower-case words naming no body
    ("chairman X", "executive vice president Y", "chief executive Z"; not "union president W", "de Havilland
    president V", an analyst's), and `_firm_officer` holds."""
    if cluster.role not in ("other", "official") or _market_analyst(cluster):
        return False
    titled = [inf.text for inf in cluster.infos if inf.text]
    if not titled or any(w != w.lower() or w in BODY_TITLE_WORDS for t in titled for w in t.split()):
        return False
    return _firm_officer(doc, ctx, cluster)


# Words of a title that name a body other than the story's firm ("union president X", "association chairman Y").
BODY_TITLE_WORDS = frozenset("union association federation council committee party group institute".split())


def _story_firm_state(ctx: Context) -> str | None:
    """The home state of the firm a story is about: the firms and NGOs of `organisations.tsv` its first sentence
    names, when they are all of one state ("BONN - Sony Corp will make more abroad, chairman X told Die
    Welt": X is Sony's, Japanese, not the dateline's; round 25: company officers took the dateline's state)."""
    first = _first_sentence(ctx.doc) if ctx.doc is not None else None
    if first is None:
        return None
    states = set()
    listed: set[int] = set()
    for h in ctx.hits_in(first.start, first.end):
        org = ctx.orgs.by_surface.get(h.text) if h.kind == "org" else None
        if org is not None:
            listed.update(range(h.start, h.end))
        if org is not None and org.civil and not org.press and org.country:
            states.add(org.country)
    # (another organisation the first sentence names, "de Havilland Aircraft of Canada Ltd" beside Boeing: whose
    # officer the person is, the title does not say)
    others = [(s, e) for s, e in ctx.org_ents if first.start <= s < first.end and not set(range(s, e)) & listed]
    return states.pop() if len(states) == 1 and not others else None


def _first_sentence(doc: Doc) -> Span | None:
    """The text's first sentence of four words or more (a lead, not a dateline's fragment)."""
    return next((s for s in doc.sents if sum(t.is_alpha for t in s) >= 4), None)


def _firm_story(doc: Doc, ctx: Context) -> bool:
    """The text's first sentence names a firm (see `_firm_officer`)."""
    first = _first_sentence(doc)
    if first is None:
        return False
    if FIRM_TICKER.search(first.text):
        return True
    for t in first:
        form = t.lower_.rstrip(".") in FIRM_LEAD_FORMS and t.text[:1].isupper()
        if form and t.i > first.start and doc[t.i - 1].text[:1].isupper():
            return True
        if t.text.islower() and t.lower_ in FIRM_LEAD_NOUNS:
            return True
    listed = (ctx.orgs.by_surface.get(h.text) for h in ctx.hits_in(first.start, first.end) if h.kind == "org")
    return any(o is not None and o.civil for o in listed)


# Titles of a body's or a firm's head that the titles table codes "other" ("chief executive").
OFFICER_TITLE_WORDS = ("chief executive", "managing director")


def _body_officer(ctx: Context, cluster: PersonCluster) -> bool:
    """The person holds an office of a body or a firm: an official's title ("Ifo president", "director"), or a
    firm's head's ("chief executive"); not an analyst's, an economist's or a bare name's. Round 17c
    (speakers17c): such officers in a BBC story about one foreign state had no country (gold codes a body's or
    a firm's officer by its home). Not under a wire dateline of another state ("MONTREAL - ... chairman X" of
    a Canadian bank whose name hides its state in a story naming only Brazil)."""
    if ctx.dateline_country is not None:
        return False  # the dateline's state was no story's state (`local_dateline`): the sole one is a topic
    if cluster.role == "official":
        return True
    return any(w in (inf.text or "").lower() for inf in cluster.infos for w in OFFICER_TITLE_WORDS)


# Nouns that make the words between a state's name and a proper name a firm's description ("US operator S",
# "Finnish company F", "Australian winemaker V"; any "...maker"): the name is a firm's.
FIRM_TRADE_NOUNS = frozenset(
    "company companies firm group giant operator bank airline carrier producer manufacturer retailer insurer "
    "conglomerate corporation utility exporter importer supplier chain brewer miner portal publisher broadcaster "
    "provider developer distributor studio subsidiary multinational concern".split()
)
# Nouns by which a text refers back to the one firm it has introduced ("the company's chief executive, X").
FIRM_BACK_NOUNS = frozenset(("company", "firm", "group"))


def _described_firm_state(doc: Doc, ctx: Context, cluster: PersonCluster) -> str | None:
    """The state of the firm whose officer the person is, when the text describes the firm by its state
    ("US phone company Q ... Q chairman X", "Finnish company F ... director of research for F, X", "K of South
    Korea ... chief executive of K, Y"): a firm named in his title or right before his name ("A's Y"), or "the
    company's" officer when every firm the text introduces so is of one state (rounds 11, 13)."""
    firms = firms_by_state(ctx)
    if not firms:
        return None
    states = set(firms.values())
    for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
        words = _words(inf.text or "")
        start = inf.window_start if inf.window_start is not None and inf.role else m.start
        # the firm in the title, or right before the title or the name ("A's Y", "A chairman Y")
        before = {_words_right_before(doc, k) for k in (start, m.start)}
        for firm, iso3 in firms.items():
            if f" {firm} " in words or any(b.endswith(f" {firm} ") for b in before):
                return iso3
            if any(_firm_and_title_word(ctx, b, firm) for b in before):
                return iso3  # "E chief X" when the tagger read no title in "chief" (round 14)
        if len(states) == 1 and _the_firms(doc, max(2, start - 1), m.start):
            return next(iter(states))
    return None


def _firm_and_title_word(ctx: Context, before: str, firm: str) -> bool:
    """The words before a name are the firm's name and one title word ("E chief")."""
    head, _, last = before.strip().rpartition(" ")
    return bool(head) and f" {head} ".endswith(f" {firm} ") and ctx.titles_table.is_title_word(last)


def _words_right_before(doc: Doc, k: int) -> str:
    """The words of up to four tokens right before token k, past a possessive "'s" and up to a punctuation
    mark ("A's Y", "A chairman Y"; not the end of a quotation, "... for A," Y said)."""
    j = k - 1 if k > 0 and doc[k - 1].text in POSSESSIVE_MARKS else k
    i = j
    while i > 0 and j - i < 4 and not doc[i - 1].is_punct:
        i -= 1
    return _words(doc[i:j].text)


def _the_firms(doc: Doc, lo: int, hi: int) -> bool:
    """ "the company's chief executive X": "the <firm noun>'s" opens the title (or the name) between tokens lo
    and hi."""
    return any(
        doc[k].text in POSSESSIVE_MARKS and doc[k - 1].lower_ in FIRM_BACK_NOUNS and doc[k - 2].lower_ == "the"
        for k in range(lo, min(hi, lo + 5))
    )


def firms_by_state(ctx: Context) -> dict[str, str]:
    """Firms the text introduces by their state, as lower-case words -> ISO3: a state's adjective, name or
    possessive, lower-case words ending in a firm noun, then the name ("US operator S", "Ukraine's state-owned
    company N"); or the name, "of" and the state ("K Telecom of South Korea"); or a firm's name opening with its
    city. Read by grammar, not by the entity label the tagger gives the name (it often calls a firm a product or
    a person). Computed once per document."""
    if ctx.firm_states is None:
        ctx.firm_states = _find_firms(ctx.doc, ctx) if ctx.doc is not None else {}
    return ctx.firm_states


def _find_firms(doc: Doc, ctx: Context) -> dict[str, str]:
    found: dict[str, str] = {}
    for h in ctx.gaz_hits:
        if _joint_state(doc, h):
            continue  # "Anglo-Dutch giant U", "German-US car firm D" (round 18): a firm of two states, neither's
        names = _place_named_firm(doc, ctx, h) + _based_firm(doc, ctx, h)
        if h.kind in (DEMONYM, COUNTRY) and not compound_modifier(ctx, h):
            described = _firm_after(doc, ctx, h) or _firm_before_of(doc, ctx, h)
            names += [described] if described else []
            second = _second_firm_after(doc, ctx, h, described) if described else None
            names += [second] if second else []
        apposed = _firm_apposed(doc, ctx, h)
        names += [apposed] if apposed else []
        for name in names:
            found.setdefault(_words(name).strip(), h.value)
    return found


def _joint_state(doc: Doc, hit: GazHit) -> bool:
    """The state's word is joined by a hyphen to another capitalised word ("Anglo-Dutch", "German-US",
    "Turkish-Austrian"): a thing of two states."""
    first, last = doc[hit.start], doc[hit.end - 1]
    if "-" in first.text.strip("-") or "-" in last.text.strip("-"):
        parts = [p for p in (first.text + "-" + last.text).split("-") if p]
        return sum(1 for p in parts if p[:1].isupper()) >= 2
    before = hit.start >= 2 and doc[hit.start - 1].text == "-" and not doc[hit.start - 1].whitespace_
    if before and not doc[hit.start - 2].whitespace_ and doc[hit.start - 2].text[:1].isupper():
        return True
    after = hit.end + 1 < len(doc) and doc[hit.end].text == "-" and not last.whitespace_
    return bool(after and not doc[hit.end].whitespace_ and doc[hit.end + 1].text[:1].isupper())


# Last words of a market's or firm's name that opens with its city ("the Lahore Stock Exchange", "the Tokyo
# Stock Exchange", "a Frankfurt bank" is not one: the name must be capitalised throughout).
PLACE_FIRM_NOUNS = frozenset(("exchange", "bourse", "bank", "corporation", "company", "airlines", "airways"))


def _place_named_firm(doc: Doc, ctx: Context, hit: GazHit) -> list[str]:
    """A firm's or market's name opening with a city or capital ("the Lahore Stock Exchange (LHSE)"), and its
    acronym in brackets right after it: the names of a body that sits in the city's state."""
    if hit.kind not in (CAPITAL, PLACE):
        return []
    if hit.start > 0 and doc[hit.start - 1].text[:1].isupper() and doc[hit.start - 1].lower_ not in DETERMINERS:
        return []  # the city is inside a longer name
    end = hit.end
    while end < len(doc) and end - hit.end < 4 and doc[end].text[:1].isupper() and end not in ctx.gaz_tokens:
        end += 1
    if end == hit.end or doc[end - 1].lower_ not in PLACE_FIRM_NOUNS:
        return []
    names = [doc[hit.start : end].text]
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text.isupper():
        names.append(doc[end + 1].text)
    return names


# Prepositions that tie a person's apposition to his employer ("economist with F", "an analyst at G").
SEAT_PREPOSITIONS = frozenset(("with", "at", "of", "for"))
# Words of a body abroad whose seat is no state of its people ("a counsellor at the Embassy in W").
FOREIGN_POST_WORDS = frozenset(("embassy", "mission", "consulate", "delegation", "legation", "office"))


def _apposed_seat(doc: Doc, ctx: Context, cluster: PersonCluster, titled: bool = False) -> str | None:
    """The state of the city his employer sits in, as an apposition right after the person's name gives it
    (round 14): "X, economist with F in London, said", "Y, an analyst at G in Calgary": a comma, a few
    lower-case words (no verb), "with"/"at"/"of"/"for", a capitalised name naming no place, state or
    international body, then "in" and a place. Read before the clause's, dateline's or outlet's guess, which
    the employer's seat contradicts (a Bonn story quoting a London economist); a body abroad ("the Embassy in
    W") is excluded. Round 27: an official's apposition may be his title instead ("General X, Vice Chairman of the
    Central Military Commission in Beijing, China": the body's seat is his state, as a readout tells no other)."""
    for m in cluster.mentions:
        found = _seat_after(doc, ctx, m.end, titled)
        if found is not None:
            return found
    return None


# Prepositions that tie a name to the body he serves, right after it ("X of the IMF", "Y at the World Bank").
IGO_MEMBER_PREPS = frozenset({"of", "at", "with"})


def _apposed_igo(doc: Doc, ctx: Context, cluster: PersonCluster) -> bool:
    """An apposition right after one of the person's names makes him an international organisation's man
    (round 16): "X, a consultant with the G (GG), told ...": a comma, a few lower-case words (no verb),
    "with"/"at"/"of"/"for", "the" and the organisation's listed name (`igos.tsv`). Read only for a person
    with no title ("Belgian Foreign Minister X, current president of the EC Council" is Belgian)."""
    for m in cluster.mentions:
        if m.end + 1 < len(doc) and doc[m.end].lower_ in IGO_MEMBER_PREPS:
            # "said Morris Goldstein of the International Monetary Fund" (round 22)
            after = ctx.gaz_at.get(m.end + 1 + (doc[m.end + 1].lower_ == "the"))
            if after is not None and after.kind == IGO:
                return True
        if m.end >= len(doc) or doc[m.end].text != ",":
            continue
        j = _past_apposed_noun(doc, m.end + 1, doc[m.end].sent.end)
        hit = ctx.gaz_at.get(j) if j is not None else None
        if hit is not None and hit.kind == IGO:
            return True
    return False


def _seat_after(doc: Doc, ctx: Context, end: int, titled: bool = False) -> str | None:
    """The state of the place after "in" that closes an employer's name in the apposition at token `end`."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = doc[end].sent.end
    j = _past_apposed_title(doc, ctx, end + 1, sent_end) if titled else _past_apposed_noun(doc, end + 1, sent_end)
    k = _past_employer_name(doc, ctx, j, sent_end) if j is not None else None
    if k is None:
        return None
    hit = ctx.gaz_at.get(k + 1)
    if hit is None or hit.kind not in (CAPITAL, PLACE, COUNTRY):
        return None
    return hit.value


def _past_apposed_noun(doc: Doc, k: int, sent_end: int) -> int | None:
    """The token after "a"/"the", a few lower-case words (no verb) and "with"/"at"/"of"/"for", or None."""
    if k < sent_end and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    j = k
    while j < sent_end and j - k < 5 and (doc[j].text.islower() or doc[j].text == "-"):
        if doc[j].lower_ in SEAT_PREPOSITIONS or doc[j].pos_ in ("VERB", "AUX"):
            break
        j += 1
    if j == k or j >= sent_end or doc[j].lower_ not in SEAT_PREPOSITIONS:
        return None
    j += 1
    return j + 1 if j < sent_end and doc[j].lower_ == "the" else j


# Words that rank a title ("Vice Chairman", "Deputy Director", "First Secretary").
TITLE_RANKS = frozenset(("vice", "deputy", "first", "senior", "chief", "acting", "executive", "assistant"))


def _past_apposed_title(doc: Doc, ctx: Context, k: int, sent_end: int) -> int | None:
    """The token after a title ("Vice Chairman", "the deputy head") and "of"/"at" and "the", or None."""
    if k < sent_end and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    j = k
    while j < sent_end and j - k < 4 and (ctx.titles_table.is_title_word(doc[j].text) or doc[j].lower_ in TITLE_RANKS):
        j += 1
    if j == k or j >= sent_end or doc[j].lower_ not in ("of", "at"):
        return None
    j += 1
    return j + 1 if j < sent_end and doc[j].lower_ == "the" else j


def _past_employer_name(doc: Doc, ctx: Context, j: int, sent_end: int) -> int | None:
    """The index of the "in" after a capitalised name from token j that names no state, state's word or
    international body and no body abroad, or None."""
    kinds = {i: h.kind for h in ctx.gaz_hits for i in range(h.start, h.end)}
    name_start = j
    while j < sent_end and j - name_start < 8 and doc[j].lower_ != "in":
        t = doc[j]
        if not (t.text[:1].isupper() or t.lower_ in ("and", "&", "of", ".", "-")) or t.lower_ in FOREIGN_POST_WORDS:
            return None
        if kinds.get(j, PLACE) not in (CAPITAL, PLACE):
            return None  # a name holding a state's word or an international body ("Swiss Re", "the IMF")
        j += 1
    if j == name_start or j + 1 >= sent_end or doc[j].lower_ != "in":
        return None
    return j


def _based_firm(doc: Doc, ctx: Context, hit: GazHit) -> list[str]:
    """The firm a city's, capital's or state's name describes as its seat (round 14): "<place>-based" and the
    name right after it ("Paris-based E", "a London-based bank, L"; lower-case words between must end in a
    firm noun). A seat is no nationality of a person, but it is the state of the firm whose officer he is."""
    if hit.kind not in (CAPITAL, PLACE, COUNTRY):
        return []
    k = hit.end
    if k + 1 >= len(doc) or doc[k].text != "-" or doc[k + 1].lower_ != "based" or doc[k].whitespace_:
        return []
    k += 2
    j = k
    while j < len(doc) and j - k < 3 and doc[j].text.islower() and j not in ctx.title_tokens:
        j += 1
    if j > k and doc[j - 1].lower_ not in FIRM_TRADE_NOUNS and not doc[j - 1].lower_.endswith("maker"):
        return []
    if j < len(doc) and doc[j].text == "," and j > k:
        j += 1  # "a London-based bank, L"
    if j >= len(doc):
        return []
    name = _capitalised_run(doc, ctx, j, 1)
    return [name] if name else []


def _firm_after(doc: Doc, ctx: Context, hit: GazHit) -> str | None:
    """The name after "<state> <lower-case words ending in a firm noun>", or None."""
    k = hit.end
    if hit.kind == COUNTRY and k < len(doc) and doc[k].text in POSSESSIVE_MARKS:
        k += 1
    j = _past_firm_noun(doc, ctx, k)
    if j is None or j >= len(doc):
        return None
    return _capitalised_run(doc, ctx, j, 1)


# Plural firm nouns before two names joined by "and" ("US car firms G (GG) and F"): both are the state's.
PLURAL_FIRM_NOUNS = frozenset(("firms", "companies", "groups", "giants", "banks", "airlines", "carriers"))


def _second_firm_after(doc: Doc, ctx: Context, hit: GazHit, first: str) -> str | None:
    """The second of two names joined by "and" after "<state> <lower-case words ending in a plural firm noun>"
    (round 18), a bracketed acronym after the first passed over."""
    k = hit.end + 1 if hit.kind == COUNTRY and hit.end < len(doc) and doc[hit.end].text in POSSESSIVE_MARKS else hit.end
    j = _past_firm_noun(doc, ctx, k)
    if j is None or doc[j - 1].lower_ not in PLURAL_FIRM_NOUNS and not doc[j - 1].lower_.endswith("makers"):
        return None
    j += len(first.split())
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3
    if j + 1 >= len(doc) or doc[j].lower_ not in ("and", "&"):
        return None
    return _capitalised_run(doc, ctx, j + 1, 1)


def _past_firm_noun(doc: Doc, ctx: Context, k: int) -> int | None:
    """The token after lower-case words from token k that end in a firm noun, or None."""
    j = k
    while j < len(doc) and j - k < 4 and (doc[j].text.islower() or doc[j].text == "-") and j not in ctx.title_tokens:
        j += 1
    if j == k:
        return None
    noun = doc[j - 1].lower_
    if noun not in FIRM_TRADE_NOUNS and noun not in PLURAL_FIRM_NOUNS and not noun.endswith(("maker", "makers")):
        return None
    return j


def _firm_apposed(doc: Doc, ctx: Context, hit: GazHit) -> str | None:
    """The name before an apposition describing a firm by its state or seat (round 18): "P, the Italian dairy
    company,", "M - the Kenyan firm which ...", "I (Asia) Ltd, a Singapore-based trading firm,":
    the proper name (a legal form and a bracket after it passed over), a comma or a dash, "the"/"a"/"an", the
    state's adjective or "<place>-based" and lower-case words ending in a firm noun, then the apposition's end
    (a punctuation mark, "which", "that", "with" or the sentence's end)."""
    if hit.start < 3 or doc[hit.start - 1].lower_ not in ("the", "a", "an"):
        return None
    if doc[hit.start - 2].text not in (",", "-", "\u2013", "\u2014"):
        return None
    if hit.kind == DEMONYM:
        j = _past_first_firm_noun(doc, ctx, hit.end)
    elif hit.kind in (CAPITAL, PLACE, COUNTRY) and _based_at(doc, hit.end):
        j = _past_first_firm_noun(doc, ctx, hit.end + 2)
    else:
        return None
    if j is None or (j < len(doc) and not _apposition_end(doc[j])):
        return None
    k = hit.start - 3
    if k > 0 and doc[k].lower_.rstrip(".") in COMPANY_FORMS:
        k -= 1  # "X Ltd, a ...": the name before the legal form
    if k > 1 and doc[k].text == ")":
        k = next((i - 1 for i in range(k - 1, max(0, k - 5), -1) if doc[i].text == "("), k)
    return _capitalised_run(doc, ctx, k, -1, propn=True) if k >= 0 else None


def _past_first_firm_noun(doc: Doc, ctx: Context, k: int) -> int | None:
    """The token after the first firm noun among up to four lower-case words from token k, or None."""
    for j in range(k, min(len(doc), k + 4)):
        t = doc[j]
        if not (t.text.islower() or t.text == "-") or j in ctx.title_tokens:
            return None
        if t.lower_ in FIRM_TRADE_NOUNS or t.lower_.endswith("maker"):
            return j + 1
    return None


def _apposition_end(token: Token) -> bool:
    """The token closes an apposition: a punctuation mark (no possessive), a relative or a participle ("a
    Singapore-based trading firm acting for two funds")."""
    if token.text in POSSESSIVE_MARKS:
        return False
    return token.is_punct or token.lower_ in APPOSITION_ENDS or token.tag_ in ("VBG", "VBN")


def _based_at(doc: Doc, k: int) -> bool:
    """Tokens k, k+1 are "-based" written onto the word before ("Paris-based")."""
    return k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ == "based" and not doc[k - 1].whitespace_


# Words that may close an apposition describing a firm ("M, the South African firm which ...").
APPOSITION_ENDS = frozenset(("which", "that", "with", "whose", "and"))


def _firm_before_of(doc: Doc, ctx: Context, hit: GazHit) -> str | None:
    """The proper name before "of <state>" ("K Telecom of South Korea"), none of it a person, title or place."""
    k = hit.start - 1
    if hit.kind == COUNTRY and k > 1 and doc[k].lower_ == "the":
        k -= 1  # "G of the US" (round 18)
    if hit.kind != COUNTRY or k < 1 or doc[k].lower_ != "of":
        return None
    return _capitalised_run(doc, ctx, k - 1, -1, propn=True)


def _capitalised_run(doc: Doc, ctx: Context, i: int, step: int, propn: bool = False) -> str | None:
    """The text of up to five capitalised tokens from token i onwards (step 1, up to a title or place)
    or backwards (step -1, none of them a title's, person's or place's) in its sentence; None when there is
    none or it is only a common noun of organisations ("Bank")."""
    sent = doc[i].sent
    taken: list[int] = []
    while sent.start <= i < sent.end and len(taken) < 5:
        t = doc[i]
        if not t.text[:1].isupper() or (propn and t.pos_ != "PROPN"):
            break
        if i in ctx.title_tokens and _opens_firm_name(doc, i):
            pass  # "General Motors", "General Electric" (round 18): a title's word opening a firm's name
        elif i in ctx.title_tokens or i in ctx.gaz_tokens or (step < 0 and i in ctx.person_tokens):
            if step < 0:
                return None
            break  # the tagger often takes a firm's name for a person's ("US operator S"): read on
        taken.append(i)
        i += step
    if not taken:
        return None
    text = doc[min(taken) : max(taken) + 1].text
    low = text.lower()
    return None if low in ORG_NOUNS or low in FIRM_TRADE_NOUNS else text


def _opens_firm_name(doc: Doc, i: int) -> bool:
    """Token i opens an ORG entity of two or more words whose last word is no title's ("General Motors")."""
    t = doc[i]
    return t.ent_iob_ == "B" and t.ent_type_ == "ORG" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"


# Articles that open an apposition describing a person ("X, an Iraqi Kurd living in ...").
_APPOSITION_ARTICLES = frozenset(("a", "an"))


def _described_nationality(doc: Doc, ctx: Context, cluster: PersonCluster) -> str | None:
    """A state's adjective in a noun phrase that describes the person and is no title (round 11): right
    before the name with only common nouns between ("Australian billionaire X", "Iraqi civilian X"), or in an
    indefinite apposition after it ("X, an Iraqi Kurd living in ..."). Only when the person has no title's
    or affiliation's country and is no known actor; a hyphenated modifier ("Madrid-style") is no
    nationality."""
    for m in cluster.mentions:
        found = _nationality_before(doc, ctx, m.start) or _nationality_apposed(doc, ctx, m.end)
        if found is not None:
            return found
    return None


def _nationality_before(doc: Doc, ctx: Context, start: int) -> str | None:
    """ "Australian billionaire X": a demonym, then one or two lower-case common nouns, then the name; or such
    a phrase opening a chain of appositions before the name ("his Mexican counterpart, minister of mines, X")."""
    found = _demonym_nouns_ending_at(doc, ctx, start)
    if found is not None or start == 0 or doc[start - 1].text != ",":
        return found
    name = doc[start]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Carlos" -> "Rivas" of "Carlos Mendoza Rivas"
    if name.dep_ != "appos":
        return None  # "... pending a Mexican package, X said": the comma closes a clause, no apposition
    sent_start = doc[start].sent.start
    end = start - 1  # the comma closing the apposition nearest the name
    for i in range(start - 2, max(sent_start, start - 16) - 1, -1):
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (";", ":", "(", ")"):
            return None
        if doc[i].text == ",":
            end = i
            continue
        found = _demonym_nouns_ending_at(doc, ctx, end) if i == end - 1 else None
        if found is not None:
            return found
    return None


def _demonym_nouns_ending_at(doc: Doc, ctx: Context, end: int) -> str | None:
    """The state of a demonym followed by one or two lower-case common nouns that end at token `end`."""
    i = end - 1
    while i >= 0 and end - i <= 2 and doc[i].pos_ == "NOUN" and doc[i].text.islower():
        i -= 1
    if i == end - 1 or i < 0:
        return None
    return _demonym_ending_at(ctx, i + 1) or _abbreviated_state_ending_at(ctx, i + 1)


def _abbreviated_state_ending_at(ctx: Context, end: int) -> str | None:
    """A state's initials used as an adjective before lower-case nouns ("UK entrepreneur X", "US investor Y":
    round 17), as a demonym is; not a state's full name ("Britain's"), which is a possessor or a subject."""
    hits = [h for h in ctx.hits_in(max(0, end - 1), end) if h.end == end]
    if not hits or hits[-1].kind != COUNTRY or compound_modifier(ctx, hits[-1]):
        return None
    letters = hits[-1].text.replace(".", "")
    return hits[-1].value if 2 <= len(letters) <= 3 and letters.isupper() else None


def _nationality_apposed(doc: Doc, ctx: Context, end: int) -> str | None:
    """ "X, an Iraqi Kurd living in ...": a comma, "a"/"an", a demonym, then a noun."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _APPOSITION_ARTICLES:
        return None
    hits = [h for h in ctx.hits_in(end + 2, end + 6) if h.start == end + 2]
    if not hits or hits[0].end >= len(doc) or doc[hits[0].end].pos_ not in ("NOUN", "PROPN"):
        return None
    return _demonym_value(ctx, hits[0])


def _demonym_ending_at(ctx: Context, end: int) -> str | None:
    hits = [h for h in ctx.hits_in(max(0, end - 4), end) if h.end == end]
    return _demonym_value(ctx, hits[-1]) if hits else None


def _demonym_value(ctx: Context, hit: GazHit) -> str | None:
    return hit.value if hit.kind == DEMONYM and not compound_modifier(ctx, hit) else None


# The European bodies whose commissioners a story names bare ("farm commissioner X" in a story about the EC).
COMMISSION_BODIES = frozenset(("European Community", "European Union", "European Commission"))


def _community_commissioner(ctx: Context, cluster: PersonCluster) -> bool:
    """A bare commissioner ("farm commissioner X", "the trade commissioner") in a story naming the European
    Community, Union or Commission is one of its commissioners: of no state, whatever the dateline."""
    titles = [inf.text.lower() for inf in cluster.infos if inf.role and inf.text]
    if not titles or not all(t.endswith("commissioner") and "high commissioner" not in t for t in titles):
        return False
    return any(h.kind == IGO and h.value in COMMISSION_BODIES for h in ctx.gaz_hits)


def _officer_country(ctx: Context, cluster: PersonCluster) -> str | None:
    """An officer of an organisation: of the publisher's own country in a story about it, never of an
    international organisation's ("UN Secretary-General X"); the publisher's own staff are of its country
    ("BBC political correspondent X")."""
    if any(inf.igo for inf in cluster.infos):
        return None
    if _publishers_own(ctx, cluster):
        return ctx.publisher.country if ctx.publisher else None
    # the firm's state the text gives (a ticker's exchange, its introduction) before the outlet's guess
    # (round 14: "Paris-based E ... E chief X" in a BBC story is French)
    placed = (
        _body_seat(ctx, cluster)
        or _listed_company(ctx, cluster)
        or (_described_firm_state(ctx.doc, ctx, cluster) if ctx.doc is not None else None)
        or (_story_firm_state(ctx) if ctx.doc is not None and _firm_person(ctx.doc, ctx, cluster) else None)
    )
    if placed or _market_analyst(cluster):
        return placed  # an analyst's firm the text does not place is of no state (round 25)
    return home_country(ctx, about_it=True) or local_dateline(ctx, about_it=True) or _sole_state(ctx, cluster)


# Words of a body of many states or of none in an officer's title ("International", "World", "European"):
# such a body's officer takes no state from the story.
INTERNATIONAL_WORDS = frozenset(
    "international world global european europe euro commonwealth atlantic asian african arab islamic "
    "opec united nations un".split()
)


def _sole_state(ctx: Context, cluster: PersonCluster) -> str | None:
    """The one state a story names, for an officer of a body the text gives no state (round 17: "Transportation
    Secretary X" in a BBC story that names the U.S. thirteen times and no other state had none, for the outlet's
    and the dateline's guesses need the outlet's or the dateline's state). Not for a body of many states or of
    none: a listed body without a state ("Amnesty", "Oxfam") or one of `INTERNATIONAL_WORDS`; and only a state the
    text names twice outside quotations."""
    state = sole_told_state(ctx)
    if state is None:
        return None
    for inf in cluster.infos:
        text = inf.text or ""
        words = {w.strip(".,'").lower() for w in text.replace("'s", " ").split()}
        if words & INTERNATIONAL_WORDS:
            return None
        if any(org.country is None and f" {form} " in f" {text} " for form, org in ctx.orgs.by_surface.items()):
            return None
    return state


def sole_told_state(ctx: Context) -> str | None:
    """The one state the story names, when it names it twice outside quotations ('"... for Japanese banks," said
    X': the speaker's own words name the state, once), else None."""
    counts = state_counts(ctx)
    doc = ctx.doc
    if len(counts) != 1 or doc is None:
        return None
    state = next(iter(counts))
    told = [h for h in ctx.gaz_hits if h.value == state and not _quoted(doc, doc[h.start].sent.start, h.start)]
    return state if len(told) >= 2 else None


def _body_seat(ctx: Context, cluster: PersonCluster) -> str | None:
    """The state of the place a body's title ends with ("president of the X Association in
    Washington"): where the body sits, and its officer belongs."""
    for inf in cluster.infos:
        words = (inf.text or "").split()
        if len(words) < 3 or "in" not in words[-4:-1]:
            continue
        place = " ".join(words[len(words) - words[::-1].index("in") :])
        found = ctx.gaz.country_of(place, places=True)
        if found:
            return found
    return None


# An exchange ticker ("SNE.T", "HOFZ.Z"; cleaning drops Reuters' angle brackets). Not a firm's or person's
# initials ("E.F. Hutton", "R.J. Reynolds"): one letter, a dot, letters and a dot are no ticker, though "F"
# and "J" are exchanges (round 15: "E.F. Hutton analyst X" was read as listed in Frankfurt, DEU).
_SYMBOL = r"\b(?![A-Z]\.[A-Z]{1,3}\.)[A-Z0-9&]{1,8}\.([A-Z]{1,3})\b"
_TICKER = re.compile(r"<?" + _SYMBOL + r">?")


def _listed_company(ctx: Context, cluster: PersonCluster) -> str | None:
    """The exchange's country of the company whose officer the person is: a ticker in his title ("Sony Corp
    <SNE.T> chairman X": JPN) or after a capitalised word before his titled name that the text prints with a
    ticker elsewhere ("Mannesmann AG <MMWG.F> ... Mannesmann managing board chairman X": DEU)."""
    doc = ctx.doc
    exchanges = ctx.gaz.exchanges
    if doc is None or not exchanges:
        return None
    for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
        if not (inf.text and inf.role):
            continue
        found = _TICKER.search(inf.text)
        if found and found.group(1) in exchanges:
            return exchanges[found.group(1)]
        sent_start = doc[m.start].sent.start
        for t in doc[max(sent_start, m.start - 8) : m.start]:
            if not (t.text[:1].isupper() and t.is_alpha) or t.i in ctx.title_tokens or t.i in ctx.gaz_tokens:
                continue
            later = re.search(re.escape(t.text) + r"(?:\s+[A-Z][\w&]*){0,3}\s+<?" + _SYMBOL, doc.text)
            if later and later.group(1) in exchanges:
                return exchanges[later.group(1)]
    return None


def _government_country(doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int]) -> str | None:
    """A government title's country by the chain of `_person_country` (sentence, group, dateline, issuer,
    story, outlet); the outlet's last only when its state has such an office."""
    near = _with_office(ctx, cluster, _sentence_country(doc, ctx, cluster, person_windows)) or _with_office(
        ctx, cluster, _group_after(doc, ctx, cluster)
    )
    cluster.near = near is not None
    steps: tuple[Callable[[], str | None], ...] = (
        lambda: near,
        lambda: _with_office(ctx, cluster, _reported_subject_state(doc, ctx, cluster)),
        # "WASHINGTON - ... as Prime Minister X said Greece was prepared": no American, the U.S. has no
        # prime minister (absent_titles.tsv), whatever the dateline or a capital in the sentence say
        lambda: _with_office(ctx, cluster, local_dateline(ctx)),
        lambda: _release_country(ctx, cluster),
        lambda: _main_country_with_office(ctx, cluster),
        # "WASHINGTON - Deputy trade representative X met Argentine ministers"
        lambda: _with_office(ctx, cluster, ctx.dateline_country),
        lambda: home_country(ctx, governing=True) if not _publisher_lacks_title(ctx, cluster) else None,
        lambda: _outlet_for_absent_title(ctx, cluster),
    )
    return next((found for found in (step() for step in steps) if found), None)


# Words that attribute a whole clause to the person named after them ("..., according to tourism minister X").
ACCORDING_WORDS = frozenset(("according",))
REPORT_LEMMAS = frozenset(("say", "tell", "add", "announce", "estimate", "predict", "warn", "explain"))


def _subject_or_its_owner(root: Token) -> bool:
    """A clause's subject, or the state owning it ("Argentina's new financing package should be completed
    quickly, said X, undersecretary ...": round 22, where the New York dateline made him American)."""
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    return root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass")


def _reported_subject_state(doc: Doc, ctx: Context, cluster: PersonCluster) -> str | None:
    """The state that is the subject of what a government's person reports, when it is the only state of the
    sentence, the story names it twice and no state more often, nor the dateline's as often: "Thailand may lose
    30bn in tourism earnings, according to tourism minister X", "THE HAGUE - Trade Minister Y said Indonesia
    will ..." (round 17c: such ministers had no country, or the dateline's, in stories naming neighbours too).
    Only a state's name or capital as the subject of the reported clause, outside quotation marks."""
    counts = state_counts(ctx)
    if not counts:
        return None
    top = max(counts.values())
    for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
        if not inf.role:
            continue
        head = doc[m.start : m.end].root
        verb = _reporting_head(head)
        if verb is None:
            continue
        sent = doc[m.start].sent
        states = {h.value for h in ctx.hits_in(sent.start, sent.end) if h.kind in COUNTRYLIKE}
        for hit in ctx.hits_in(sent.start, sent.end):
            root = doc[hit.start : hit.end].root
            if (
                hit.kind in (COUNTRY, CAPITAL)
                and not m.start <= hit.start < m.end
                and _subject_or_its_owner(root)
                and states == {hit.value}
                and counts.get(hit.value, 0) >= 2
                and counts.get(hit.value, 0) == top
                and counts.get(hit.value, 0) > counts.get(ctx.dateline_country or "", 0)
                and not _quoted(doc, sent.start, hit.start)
                and _reports(root.head if root.dep_ != "poss" else root.head.head, verb)
            ):
                return hit.value
        return None
    return None


def _reporting_head(name: Token) -> Token | None:
    """The verb whose clause the person reports: "X said" (the name, or the title it is apposed to, the
    subject of a reporting verb), or the clause "according to X" hangs from."""
    node = name
    while node.dep_ in ("compound", "appos", "flat") and node.head != node:
        node = node.head
    if node.dep_ == "nsubj" and node.head.lemma_ in REPORT_LEMMAS:
        return node.head
    to = node.head
    if node.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ in ACCORDING_WORDS:
        return to.head.head
    return None


def _reports(verb: Token, reporting: Token) -> bool:
    """`verb` is the reported clause of `reporting` (its complement) or the clause "according to" hangs from."""
    if verb == reporting:
        return True
    return verb.dep_ in ("ccomp", "parataxis") and verb.head == reporting


def _outlet_for_absent_title(ctx: Context, cluster: PersonCluster) -> str | None:
    """The outlet's state for a title the story's main state has no office of ("X, the Manchester Central MP"
    in a BBC story about an American bidder: the U.S. has no MPs, absent_titles.tsv), when the outlet's state
    has it. Round 17c (speakers17c): such an MP had the American bidder's country."""
    pub = ctx.publisher
    main = _dominant(state_counts(ctx))
    if pub is None or main is None or main == pub.country:
        return None
    return pub.country if _lacks_title(ctx, main, cluster) and not _lacks_title(ctx, pub.country, cluster) else None


def _with_office(ctx: Context, cluster: PersonCluster, iso3: str | None) -> str | None:
    """The state, unless its government has no office of the person's title (absent_titles.tsv)."""
    return None if iso3 is None or _lacks_title(ctx, iso3, cluster) else iso3


def _main_country_with_office(ctx: Context, cluster: PersonCluster) -> str | None:
    """The story's state, unless its government has no office of the person's title ("Environment
    Secretary X" in a BBC story about the U.S. is no American: absent_titles.tsv); then the state that
    dominates the others, which have such an office ("Prime Minister X" in a story naming the U.S. three
    times, Greece twice and Turkey once is Greek)."""
    return _dominant({k: n for k, n in state_counts(ctx).items() if not _lacks_title(ctx, k, cluster)})


# Ranks of the peerage and knighthood: a "Lord X", "Baroness Y" or "Sir Z" with no other evidence is
# British (the House of Lords; a foreign honorary knight does not use "Sir").
PEERAGE = frozenset(("lord", "baroness", "sir", "dame"))
PEERAGE_COUNTRY = "GBR"

# Words of a monarch's or a royal's title ("King", "Crown Prince", "His Majesty", "Emir").
ROYAL_WORDS = frozenset(("king", "queen", "emir", "amir", "sultan", "prince", "princess", "majesty", "monarch"))


def _monarchy(ctx: Context, cluster: PersonCluster, country: str | None) -> str | None:
    """A monarch or a royal whose country came from no explicit evidence (the story's state, the issuer of
    a release) is of a monarchy: the one the story names most when `country` is a republic ("The President
    welcomed His Majesty King X ... Saudi Arabia" in a White House text is no American)."""
    monarchies = ctx.gaz.monarchies
    if (country is not None and country in monarchies) or not monarchies:
        return country
    royal = any(inf.text and ROYAL_WORDS & set(inf.text.lower().split()) for inf in cluster.infos)
    if not royal:
        return country
    counts = {k: n for k, n in state_counts(ctx).items() if k in monarchies}
    return max(counts, key=lambda k: counts[k]) if counts else country


def _publishers_own(ctx: Context, cluster: PersonCluster) -> bool:
    """A title of the person names the publisher itself ("BBC political correspondent X" in a BBC story)."""
    pub = ctx.publisher
    if pub is None or not pub.phrase:
        return False
    words = pub.phrase.split()
    return any(inf.text and _contains(inf.text.casefold().split(), words) for inf in cluster.infos if inf.org_qualified)


def _contains(seq: list[str], part: list[str]) -> bool:
    return any(seq[i : i + len(part)] == part for i in range(len(seq) - len(part) + 1))


def local_dateline(ctx: Context, about_it: bool = False) -> str | None:
    """The dateline's country when the story concerns it: its text names that state, or names no state at
    all. A wire desk's dateline ("LONDON - Libyan leader X said ... fighting the forces of President Y") is
    where the story was filed, not where its people belong, when the text is about other states. With
    `about_it` (a body's officer: "AFBF president X") the text must name that state and no other more often."""
    dateline = ctx.dateline_country
    if dateline is None:
        return None
    counts = state_counts(ctx)
    own = counts.get(dateline, 0)
    if about_it:
        # a story that names no state at all is the dateline's own ("DETROIT - ..., X, analyst with Y, said")
        return dateline if not counts or (own > 0 and all(n <= own for n in counts.values())) else None
    if own and ctx.doc is not None:
        # Round 19: "NAIROBI - Uganda will ... , Trade Minister X said ... goods from neighbours such as Kenya,
        # Tanzania and Rwanda": a state named only in a list of states is a topic, no sign that the story is the
        # dateline's (X was Kenyan, and his talks with the IMF a Kenya-IMF meeting)
        own -= sum(1 for h in ctx.gaz_hits if h.value == dateline and _counted(ctx, h) and _listed(ctx.doc, ctx, h))
    return dateline if not counts or own > 0 else None


def _counted(ctx: Context, hit: GazHit) -> bool:
    """The hit is one `state_counts` counts."""
    return (
        (hit.kind in COUNTRYLIKE or hit.kind == PARTY)
        and not compound_modifier(ctx, hit)
        and not _capital_in_name(ctx, hit)
    )


def _listed(doc: Doc, ctx: Context, hit: GazHit) -> bool:
    """The state is one of a list of three or more states joined by commas and "and" or "or" ("imports from
    Kenya, Tanzania and Rwanda"), not one of a pair ("Egypt and Israel signed": a party) nor a possessor set
    off by a comma ("The U.S., Japan's main partner, ...": an apposition)."""
    if hit.end < len(doc) and doc[hit.end].lower_ in ("'s", "'"):
        return False
    states = {h.start: h for h in ctx.gaz_hits if h.kind in COUNTRYLIKE}
    by_end = {h.end: h for h in states.values()}
    count = 1
    left: GazHit | None = hit
    while left is not None and left.start >= 2 and doc[left.start - 1].lower_ in LIST_JOINTS:
        left = by_end.get(left.start - 1)
        count += left is not None
    right: GazHit | None = hit
    while right is not None and right.end + 1 < len(doc) and doc[right.end].lower_ in LIST_JOINTS:
        right = states.get(right.end + 1)
        count += right is not None
    return count >= 3


LIST_JOINTS = frozenset((",", "and", "or"))


# Roles of the leaders a government's release talks to: bare, they are the other state's more often than
# the issuer's, whose own head and foreign minister are named ("President Obama", "Secretary Blinken": known
# actors) or unnamed ("The President", "The Secretary").
LEADER_ROLES = frozenset(("head_of_state", "head_of_government", "foreign_minister"))


def _release_country(ctx: Context, cluster: PersonCluster) -> str | None:
    """In a government's release, a bare title is the issuing government's ("Spokesperson X"), except a
    head of state or government or a foreign minister when the release is about another state ("The
    President called Prime Minister-designate X ... Iraq ... Iraqi"): that state's."""
    issuer = issuing_government(ctx)
    if issuer is None or (cluster.role not in LEADER_ROLES and not _lacks_title(ctx, issuer, cluster)):
        return issuer  # ("former Premier X" in a State Department text is no American: as a leader's, below)
    # by the states' names and adjectives: a capital is where talks or a summit take place ("Prime Minister
    # X talked with President Y about the London Summit" in a Canadian release is about no British state)
    counts: dict[str, int] = {}
    for h in ctx.gaz_hits:
        if h.kind in (COUNTRY, DEMONYM) and not compound_modifier(ctx, h):
            counts[h.value] = counts.get(h.value, 0) + 1
    if _lacks_title(ctx, issuer, cluster):
        # "Prime Minister X" in a White House release: never the issuer's; the state that dominates the
        # paragraph naming him (named at least twice and more than any other; capitals count), if it has
        # such an office, else none
        para = {k: n for k, n in _paragraph_counts(ctx, cluster).items() if k != issuer}
        ranked = sorted(para.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return None if _lacks_title(ctx, ranked[0][0], cluster) else ranked[0][0]
    main = _dominant(counts)
    return main if main is not None and main != issuer and not _lacks_title(ctx, main, cluster) else issuer


def _publisher_lacks_title(ctx: Context, cluster: PersonCluster) -> bool:
    """The publisher's state has no office of the person's title ("Foreign Secretary X" in a State
    Department text is no American)."""
    return ctx.publisher is not None and _lacks_title(ctx, ctx.publisher.country, cluster)


def _paragraph_counts(ctx: Context, cluster: PersonCluster) -> dict[str, int]:
    """How often the paragraph of the person's first mention names each state (names, adjectives,
    capitals)."""
    doc = ctx.doc
    if doc is None:
        return {}
    first = doc[cluster.mentions[0].start].idx
    text = doc.text
    lo = text.rfind("\n\n", 0, first)
    hi = text.find("\n\n", first)
    lo, hi = (0 if lo < 0 else lo), (len(text) if hi < 0 else hi)
    counts: dict[str, int] = {}
    for h in ctx.gaz_hits:
        if lo <= h.start_char < hi and h.kind in COUNTRYLIKE and not compound_modifier(ctx, h):
            counts[h.value] = counts.get(h.value, 0) + 1
    return counts


def _lacks_title(ctx: Context, iso3: str, cluster: PersonCluster) -> bool:
    """The state's government has no office of the person's title (absent_titles.tsv: the U.S. has no
    prime minister)."""
    absent = ctx.gaz.absent_titles.get(iso3)
    if not absent:
        return False
    # whole words: "culture secretary" is no part of "Agriculture Secretary X"
    titles = [_words(inf.text) for inf in cluster.infos if inf.text and inf.role]
    return any(_words(a) in t for a in absent for t in titles)


def _words(text: str) -> str:
    """The text's words, lower case, each between spaces ("Prime Minister-designate" -> " prime minister
    designate "), for whole-word matching."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def issuing_government(ctx: Context) -> str | None:
    """The country of the government whose own release the document is (a White House readout), or None."""
    pub = ctx.publisher
    return pub.country if pub is not None and pub.kind == "government" else None


def home_country(ctx: Context, about_it: bool = False, governing: bool = False) -> str | None:
    """The publisher's country when the story concerns it: a national outlet (or government) names its own
    people without a nationality and foreign ones with one, so a person with no country evidence is of the
    publisher's country when the story names no state at all (a domestic story), or when at least a third
    of its state mentions are of that country (a BBC story about Roma turned away at Prague airport still
    names British judges and campaigners bare); not when it names others far more often (a BBC business
    story about a French or American firm). With `about_it` (for a body's officer, who is first of all his
    body's: "Oxfam adviser X" at a G7 meeting) no state may be named more often than the publisher's own."""
    pub = ctx.publisher
    if pub is None:
        return None
    counts = state_counts(ctx)
    own = counts.get(pub.country, 0)
    if not counts:
        # a story naming no state at all is a domestic one ("the hunting ban", "Unison") for a government's
        # people ("Schools Minister X") and, for others, when it names a place of the outlet's country
        # ("England", "Yorkshire"); one naming no place at all may be about a foreign firm ("eBay chief
        # executive X", "Ryanair's deputy chief executive Y"): no country
        home = governing or any(h.kind == PLACE and h.value == pub.country for h in ctx.gaz_hits)
        return pub.country if home else None
    if about_it:
        return pub.country if all(n <= own for n in counts.values()) else None
    return pub.country if own * 3 >= sum(counts.values()) else None


def _group_after(doc: Doc, ctx: Context, cluster: PersonCluster) -> str | None:
    """ "Agriculture minister X and Economy minister Y ... and the Argentine officials said": the one state
    whose people ("the Argentine officials") the sentence of the first titled mention names after it."""
    m = next((m for m, inf in zip(cluster.mentions, cluster.infos, strict=True) if inf.role), cluster.mentions[0])
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[m.start : m.end]):
        return None  # "X met ... and the Argentine officials said": the people X met, not X's
    sent = doc[m.start].sent
    found = {
        h.value
        for h in ctx.hits_in(m.end, sent.end)
        if h.kind in COUNTRYLIKE
        and h.end < sent.end
        and doc[h.end].lower_ in GROUP_NOUNS
        and _group_determiner(doc, h.start)
    }
    return found.pop() if len(found) == 1 else None


def _group_determiner(doc: Doc, i: int) -> bool:
    """The state's word at token i opens a group of its people: "the" or "other" before it, past adjectives
    ("and the Argentine officials", "and other senior Japanese officials")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and doc[j].pos_ == "ADJ" and doc[j].lower_ != "other":
        j -= 1
    return j >= 0 and doc[j].lower_ in ("the", "other")


# Verbs by which a person leads a state's group, and the groups ("X will lead the French delegation").
LEAD_LEMMAS = frozenset(("lead", "head", "chair"))
LED_GROUPS = GROUP_NOUNS | {"team", "mission"}


def _led_group(doc: Doc, ctx: Context, cluster: PersonCluster) -> str | None:
    """The state of the group the person leads as the subject of "lead", "head" or "chair" ("X will lead the
    French delegation", "Y headed the Soviet team")."""
    for m in cluster.mentions:
        for t in doc[m.start : m.end]:
            if t.dep_ != "nsubj" or t.head.lemma_ not in LEAD_LEMMAS or m.start <= t.head.i < m.end:
                continue
            for obj in t.head.children:
                if obj.dep_ != "dobj" or obj.lower_ not in LED_GROUPS:
                    continue
                found = {h.value for h in ctx.hits_in(obj.left_edge.i, obj.i) if h.kind in COUNTRYLIKE}
                if len(found) == 1:
                    return found.pop()
    return None


def _clause_country(doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int]) -> str | None:
    """The nearest affiliation-like country before the first titled mention in its sentence
    ("The US team was headed by X"; "the Iranian delegation by its point man Y")."""
    for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
        if not inf.role and not inf.possessive:
            continue
        sent = doc[m.start].sent
        # "its"/"their" points back to the clause's subject however long the clause ("The Soviet Union
        # supports ... and does not support ..., its ambassador to Kuwait, X, told ...")
        reach = (
            sent.start if inf.possessive in ("its", "their") else m.start - (WINDOW + 4 if inf.possessive else WINDOW)
        )
        for hit in reversed(ctx.hits_in(max(sent.start, reach), m.start)):
            prev = doc[hit.start - 1].lower_ if hit.start > 0 else ""
            if (
                hit.kind in COUNTRYLIKE
                and prev not in POSTING
                and hit.start not in person_windows
                and not compound_modifier(ctx, hit)
                and not _quoted(doc, sent.start, hit.start)
                and not _in_state_list(doc, ctx, hit)
                and not _clause_object(doc, hit)
            ):
                return hit.value
    return None


def _clause_object(doc: Doc, hit: GazHit) -> bool:
    """The state is what the clause acts on, not the person's affiliation: a verb's direct object ("X will
    not follow Brazil ..., Prime Minister Y said") or the object of a place's preposition with words between
    ("in Tokyo Japan, National Security Advisor Z met"). The next evidence (a state before it in the clause,
    the dateline, the story's state) decides."""
    root = doc[hit.start : hit.end].root
    if root.dep_ == "dobj":
        return True
    return root.dep_ == "pobj" and root.head.lower_ in POSTING and root.head.i < hit.start - 1


def _in_state_list(doc: Doc, ctx: Context, hit: GazHit) -> bool:
    """The state is one of a list joined by "and", "or" or a comma ("the Romanian and Bulgarian visas
    scandal ... immigration minister X"): a list of states is a topic, no one person's affiliation."""
    before = (
        hit.start - 2 >= 0 and doc[hit.start - 1].lower_ in ("and", "or", ",") and (hit.start - 2) in ctx.gaz_tokens
    )
    after = hit.end + 1 < len(doc) and doc[hit.end].lower_ in ("and", "or", ",") and (hit.end + 1) in ctx.gaz_at
    return bool(before or after)


def state_counts(ctx: Context) -> dict[str, int]:
    """How often the document names each state (countries, demonyms, capitals and parties), counted once
    per document."""
    if ctx.state_counts is None:
        counts: dict[str, int] = {}
        for h in ctx.gaz_hits:
            # A party votes for its country ("UKIP", "the Tories": British politics however often a story
            # about them names Germany); "German-bashing", "Madrid-style" are no state of the story.
            if _counted(ctx, h):
                counts[h.value] = counts.get(h.value, 0) + 1
        ctx.state_counts = counts
    return ctx.state_counts


# Capitalised words after a state's adjective that make a sea's name ("Indian Ocean", "Arabian Sea").
SEA_NAMES = frozenset(("Ocean", "Sea", "Gulf", "Peninsula"))


def _capital_in_name(ctx: Context, hit: GazHit) -> bool:
    """A capital opening the name of a body or an event ("the Paris Club", "the Washington Post", "the London
    Summit"), or a state's adjective naming a sea ("the Indian Ocean"): the name's, not the state's."""
    doc = ctx.doc
    if doc is None or hit.end >= len(doc):
        return False
    after = doc[hit.end]
    if hit.kind == DEMONYM and after.text in SEA_NAMES:
        return True  # "the Indian Ocean", "the Arabian Sea": a sea's name
    return hit.kind == CAPITAL and (
        after.text[:1].isupper()
        and after.ent_iob_ == "I"
        and after.ent_type_ in ("ORG", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT")
        and hit.end not in ctx.gaz_tokens
    )


def main_country(ctx: Context) -> str | None:
    """The state the document is about, when one clearly dominates its state mentions (BBC stories
    about British politics name "Home Secretary Charles Clarke" without saying British)."""
    return _dominant(state_counts(ctx))


def _dominant(counts: dict[str, int]) -> str | None:
    """The state named at least twice and in more than half of the mentions counted, or None."""
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 2 and counts[best] * 2 > sum(counts.values()) else None


QUOTE_MARKS = frozenset(('"', "``", "''", "\u201c", "\u201d"))


def _quoted(doc: Doc, start: int, i: int) -> bool:
    """Token i is inside a quotation opened after token `start`: the speaker's words name the country,
    not his affiliation ("... issuing Japanese banks," said X)."""
    return sum(1 for t in doc[start:i] if t.text in QUOTE_MARKS) % 2 == 1


def compound_modifier(ctx: Context, hit: GazHit) -> bool:
    """The place is part of a hyphenated modifier ("Madrid-style bombing", "US-led coalition",
    "German-bashing", "pro-Iraq war"): it describes something else, never a person's affiliation."""
    doc = ctx.doc
    if doc is None:
        return False
    last = doc[hit.end - 1]
    if last.text != hit.text and last.text.startswith(hit.text + "-"):
        return True  # one token: "U.S.-led"
    first = doc[hit.start]
    if first.text != hit.text and first.text.endswith("-" + hit.text) and first.text[:1].islower():
        return True  # one token: "pro-Iraq", "anti-American"
    if hit.start >= 2 and doc[hit.start - 1].text == "-" and not doc[hit.start - 1].whitespace_:
        if doc[hit.start - 2].text[:1].islower() and not doc[hit.start - 2].whitespace_:
            return True  # "pro - Iraq war Labour MP X": a stance, not an affiliation
    return (
        hit.end < len(doc) - 1
        and doc[hit.end].text == "-"
        and not last.whitespace_
        and not doc[hit.end].whitespace_
        and doc[hit.end + 1].text[:1].islower()
    )


def _sentence_country(doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int]) -> str | None:
    """The one capital named before the first titled mention in its sentence ("officials of the Tokyo Stock
    Exchange ... and Posts Minister X"). Country names are left out: they are often topics ("the Iraq war")."""
    m, _ = next(
        ((m, i) for m, i in zip(cluster.mentions, cluster.infos, strict=True) if i.role), (cluster.mentions[0], None)
    )
    sent = doc[m.start].sent
    found = {
        h.value
        for h in ctx.gaz_hits
        if sent.start <= h.start < m.start
        and h.kind == "capital"
        and h.start not in person_windows
        and not compound_modifier(ctx, h)  # "Moscow-backed candidate and Prime Minister X" is no Russian
    }
    home = ctx.dateline_country
    if home is not None and found and home not in found:
        # Round 25: "ATHENS - Greece and the Soviet Union agreed in Moscow on ..., government
        # spokesman X said": where the deal was made is no sign against the dateline's state named beside it
        if any(h.value == home and h.kind in (COUNTRY, DEMONYM) for h in ctx.hits_in(sent.start, m.start)):
            return None
    return found.pop() if len(found) == 1 else None


def previous_sentence_title(doc: Doc, ctx: Context, m: Mention) -> TitleInfo | None:
    """The title of an unnamed subject of the sentence before, for a person named (for the first time) as
    the subject opening the next one: "Ghana's envoy to Britain said ... . Dr X said ..."
    is X's title. Only a title that carries a state's name, and that no name follows, counts."""
    sent = doc[m.start].sent
    lead = doc[sent.start : m.start]
    if sent.start == 0 or any(not ctx.titles_table.is_honorific(t.text) for t in lead):
        return None
    if ctx.known.lookup(m.text, ctx.year)[0]:
        return None  # a known actor is who the table says, not the holder of a title named just before
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[m.start : m.end]):
        return None
    prev = doc[sent.start - 1].sent
    for ts, te, entry in reversed(ctx.titles_in(prev.start, prev.end)):
        if entry.role in (HONORIFIC, COUNTERPART) or doc[te - 1].dep_ not in ("nsubj", "nsubjpass"):
            continue
        if te < prev.end and (te in ctx.person_tokens or doc[te].pos_ == "PROPN"):
            continue  # "Foreign Secretary Jack Straw said": the title is his
        info = TitleInfo()
        start = _walk_left(doc, ctx, ts - 1, prev.start, info) + 1
        _read_window(doc, ctx, start, te, info, closest_title=True)
        # a state's title ("Pakistan's High Commissioner"), not a party's ("The Tory leader said ...":
        # the next sentence's "Tony Blair has also said" is not he)
        named_state = any(h.kind in COUNTRYLIKE for h in ctx.hits_in(start, te))
        return info if info.role and info.country and named_state else None
    return None


def title_after_as(doc: Doc, ctx: Context, m: Mention) -> TitleInfo | None:
    """The title given later in the mention's sentence after "as", with no other person between ("called X
    to congratulate him on his appointment as the Iraqi Prime Minister-designate", "X was sworn in as
    president"), for a person no title names; None when there is none."""
    sent = doc[m.start].sent
    for k in range(m.end, sent.end - 1):
        if k in ctx.person_tokens:
            return None  # a title after another person's name is his
        if doc[k].lower_ != "as":
            continue
        titles = [x for x in ctx.titles_in(k + 1, min(sent.end, k + 7)) if x[2].role not in (HONORIFIC, COUNTERPART)]
        if not titles:
            continue
        ts, te, _ = titles[0]
        if te in ctx.person_tokens or any(doc[i].pos_ in ("VERB", "AUX") for i in range(k + 1, ts)):
            return None
        info = TitleInfo()
        _read_window(doc, ctx, k + 1, te, info, closest_title=True)
        return info if info.role else None
    return None


def inherit_possessors_country(clusters: list[PersonCluster]) -> None:
    """A person with no country, or a guessed one, whose title is another person's ("Reagan's National
    Security Adviser, X"; "Y, an adviser to President Z") serves that person: he takes that person's
    country."""
    by_token = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for cluster in clusters:
        if cluster.country and not cluster.guessed:
            continue
        for inf in cluster.infos:
            owner = by_token.get(inf.possessor) if inf.possessor is not None else None
            if owner is not None and owner is not cluster and owner.country:
                cluster.country = owner.country
                break


def inherit_companions_country(doc: Doc, clusters: list[PersonCluster], dateline: str | None = None) -> None:
    """A person with no country, or a guessed one, who accompanies another ("X, accompanied by central bank
    president Y,") or is joined to him by "and" under another office ("Finance Minister A and Central Bank
    Governor B", round 12): one of his delegation, of his state when that state is no guess."""
    by_token = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    titled = {
        inf.window_start: (c, inf)
        for c in clusters
        for m, inf in zip(c.mentions, c.infos, strict=True)
        if inf.role and inf.window_start is not None
    }
    for cluster in clusters:
        if cluster.country and not cluster.guessed:
            continue
        # only a country the text gave no reason for: none, or the dateline's (a desk's city, not his state)
        placed = cluster.country is None or cluster.country == dateline
        for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
            leader = _accompanied_by(doc, by_token, m, inf)
            if leader is not None and leader.guessed:
                leader = None
            if leader is None and placed and not inf.igo and not _officer_of_a_named_body(doc, m, inf):
                # a colleague's state from their shared sentence holds for both ("the Nigerian team, headed
                # by Finance Minister A and Central Bank Governor B"); not for the officer of a body of its own
                # ("signed by Finance Minister A and the X Agency's chief executive B": the other side)
                colleague = _coordinated_colleague(doc, by_token, titled, m, inf)
                leader = colleague if colleague is not None and (colleague.near or not colleague.guessed) else None
            if leader is not None and leader is not cluster and leader.country:
                cluster.country = leader.country
                cluster.guessed = False
                break


def _officer_of_a_named_body(doc: Doc, m: Mention, inf: TitleInfo) -> bool:
    """The title names a body of its own by a possessive name ("the Export Insurance Office's chief executive B"):
    its officer may be the other side. (Not every organisation's: "National Bank President B" beside his
    country's ministers is of their delegation.)"""
    start = inf.window_start if inf.window_start is not None else m.start
    return any(
        t.text in POSSESSIVE_MARKS and t.i > start and doc[t.i - 1].text[:1].isupper() for t in doc[start : m.start]
    )


def _accompanied_by(doc: Doc, by_token: dict[int, PersonCluster], m: Mention, inf: TitleInfo) -> PersonCluster | None:
    """The person whom the mention accompanies ("X, accompanied by central bank president Y,"), or None."""
    start = inf.window_start if inf.window_start is not None else m.start
    k = start - 2
    if k < 2 or doc[k].lower_ != "accompanied" or doc[k + 1].lower_ != "by" or doc[k - 1].text != ",":
        return None
    return by_token.get(k - 2)


def _coordinated_colleague(
    doc: Doc,
    by_token: dict[int, PersonCluster],
    titled: dict[int, tuple[PersonCluster, TitleInfo]],
    m: Mention,
    inf: TitleInfo,
) -> PersonCluster | None:
    """The titled person joined to this titled mention by a bare "and", in either order ("Finance Minister A
    and Central Bank Governor B"), when the two hold different offices (counterparts hold the same one) and no
    "between" opens the pair ("talks between Trade Minister A and Foreign Secretary B": two sides)."""
    if not inf.role or inf.window_start is None or not inf.text:
        return None
    other: tuple[PersonCluster, TitleInfo] | None = None
    first = inf.window_start
    if first >= 2 and doc[first - 1].lower_ == "and" and (first - 2) in by_token:
        before = by_token[first - 2]
        other = next(
            (
                (before, oi)
                for om, oi in zip(before.mentions, before.infos, strict=True)
                if om.end == first - 1 and oi.role and oi.window_start is not None
            ),
            None,
        )
        if other is not None:
            first = other[1].window_start or first
    elif m.end < len(doc) and doc[m.end].lower_ == "and":
        other = titled.get(m.end + 1)
        first = inf.window_start
    if other is None or not other[1].text or other[1].text.casefold() == inf.text.casefold():
        return None
    sent = doc[first].sent
    if any(t.lower_ == "between" for t in doc[sent.start : first]):
        return None
    return other[0]


def inherit_definite_descriptions(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> None:
    """A person with no country, or a guessed one, takes the state of a later description of him by his own
    title with no name after it ("Archbishop X ... The South African archbishop said", "Foreign Secretary
    Y ... the British foreign secretary"): the one person of that title named last before it."""
    found: dict[int, set[str]] = {}
    for ts, te, entry in ctx.titles:
        state = _described_state(doc, ctx, ts, te)
        if state is None:
            continue
        holders = [
            (m.start, n)
            for n, c in enumerate(clusters)
            for m, inf in zip(c.mentions, c.infos, strict=True)
            if inf.entry is entry and m.start < ts
        ]
        if holders:
            found.setdefault(max(holders)[1], set()).add(state)
    for n, states in found.items():
        cluster = clusters[n]
        if len(states) == 1 and (cluster.country is None or cluster.guessed):
            cluster.country = states.pop()
            cluster.guessed = False


def _described_state(doc: Doc, ctx: Context, ts: int, te: int) -> str | None:
    """The state of a definite description "the <state word> <title>" at title [ts, te), the subject of its
    clause with no name after it, or None."""
    if ts == 0 or te in ctx.person_tokens or (te < len(doc) and doc[te].pos_ == "PROPN"):
        return None
    if doc[te - 1].dep_ not in ("nsubj", "nsubjpass"):
        return None  # "X met the Iranian foreign minister": someone else; "the Iranian minister said": he
    end = ts - 1 if doc[ts - 1].text in ("'s", "'", "’s") else ts
    hit = next((h for h in ctx.hits_in(max(0, end - 4), end) if h.end == end), None)
    if hit is None or hit.kind not in COUNTRYLIKE or hit.start == 0 or compound_modifier(ctx, hit):
        return None
    return hit.value if doc[hit.start - 1].lower_ == "the" and end == ts else None


def counterpart_role(doc: Doc, cluster: PersonCluster, clusters: list[PersonCluster]) -> str:
    """ "his US counterpart Y": Y holds the office of the person mentioned just before."""
    m = next(m for m, inf in zip(cluster.mentions, cluster.infos, strict=True) if inf.role == COUNTERPART)
    sent = doc[m.start].sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    best: tuple[int, PersonCluster] | None = None
    for other in clusters:
        if other is cluster or not other.role or other.role == COUNTERPART:
            continue
        for om in other.mentions:
            if floor <= om.start < m.start and (best is None or om.start > best[0]):
                best = (om.start, other)
    return best[1].role if best and best[1].role else "other"


def inherit_list_titles(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> None:
    """A plural title covers a list: "Sens. A of New York, B of Connecticut and C" -> B and C too."""
    flat = sorted(
        ((m, inf) for c in clusters for m, inf in zip(c.mentions, c.infos, strict=True)), key=lambda x: x[0].start
    )
    for (prev, prev_inf), (m, inf) in zip(flat, flat[1:], strict=False):
        if inf.role or not prev_inf.role or not prev_inf.text:
            continue
        head = prev_inf.text.rstrip(".").split()[-1].lower() if prev_inf.text.split() else ""
        if not head.endswith("s") or head.endswith("ss"):
            continue
        gap = doc[prev.end : m.start]
        i = 0
        if len(gap) >= 2 and gap[0].lower_ == "of" and (prev.end + 1) in ctx.gaz_at:
            i = ctx.gaz_at[prev.end + 1].end - prev.end
        rest = [t.text for t in gap[i:]]
        if rest and all(x in (",", "and") for x in rest):
            inf.role = prev_inf.role
            inf.text = prev_inf.text
            inf.country = inf.country or prev_inf.country
