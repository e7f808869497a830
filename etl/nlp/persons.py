"""Find the people a document names and cluster their mentions into one person each.

Mentions come from spaCy's PERSON entities (titles and honorifics trimmed), from a title followed by a
proper name that NER missed ("President Reagan"), and from later surname-only mentions of a clustered
name ("Reeker said", which NER may tag ORG). Role and country are read by `etl.nlp.roles`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from etl.nlp.context import Context
from etl.nlp.gazetteer import COUNTRY
from etl.nlp.roles import (
    COUNTERPART,
    DETERMINERS,
    ORG_NOUNS,
    Mention,
    PersonCluster,
    counterpart_role,
    inherit_companions_country,
    inherit_definite_descriptions,
    inherit_list_titles,
    inherit_possessors_country,
    previous_sentence_title,
    resolve,
    title_after_as,
    title_info,
)
from etl.nlp.titles import HONORIFIC, TitleEntry, name_key

# Lower-case words that may stand inside a person's name.
NAME_PARTICLES = frozenset("al el bin ibn bint de del della di da do dos du la le van von der den ter y e".split())
# Words ending a company's name, never a person's ("Citibank NA").
COMPANY_SUFFIXES = frozenset(
    "na inc co corp corporation ltd plc ag sa nv gmbh llc bank bv spa ab brothers bros".split()
    # a bank holding's word and the Finnish forms (round 15d: "Rainier Bancorp said", "Neste Oy")
    + "bancorp bancorporation oy oyj".split()
)
# Words opening a place's name, never a person's ("Wadi Rum", "Mount Kenya", "Lake Tana", "Camp David").
PLACE_HEADS = frozenset("wadi mount mt lake cape gulf fort camp bay river strait jebel jabal".split())
# Plural and collective nouns that end a body's or a group's name, never a person's ("Young People" of a
# minister's portfolio, "Chief Police Officers", "the Fostering Network").
GROUP_HEADS = frozenset(
    "people peoples officers families children women workers members services network society foundation "
    "campaign alliance forum partnership association".split()
)
# Common nouns of ships and publications that a proper name right after them names ("the aircraft carrier
# X", "the tanker Y", "the official newspaper Z"): never a person.
THING_NOUNS = frozenset(
    "carrier ship tanker vessel frigate destroyer submarine warship cruiser freighter newspaper daily weekly "
    "magazine journal newsletter".split()
    # firms introduced by their trade ("electronics chain X", "US carmaker Y", "jeweller Z")
    + "chain retailer carmaker automaker airline carrier insurer jeweller jeweler brewer supermarket "
    "conglomerate manufacturer maker firm company".split()
    # and research firms introduced by their trade ("oil industry analysts X", "consultancy Y"), and any body
    # introduced as a group ("household products group X", "pressure group Y")
    + "analysts consultancy consultants group".split()
    # banks, brokers, publishers and agencies introduced by their trade ("Helsinki bank X", "news agency Y")
    + "bank brokerage publisher agency".split()
    # round 19: stockbrokers and mining firms ("brokers X Y said", "and miner Z W")
    + "broker brokers stockbroker stockbrokers miner".split()
)
# Last words of a place's or a building's name, never of a person's ("Trafalgar Square", "Wilmslow Road"; not
# "Tower", a surname too: Senator John Tower).
PLACE_TAILS = frozenset(
    "square towers street road avenue beach bridge palace castle stadium airport".split()
    # and a sea passage's (round 19: "X Strait reserves", "the Y Straits")
    + "strait straits".split()
    # and a place of worship's (round 27: "Shri X Mandir Temple", once "Shri" became an honorific)
    + "temple mandir mosque church cathedral synagogue shrine".split()
)
# Nouns after which "of" introduces a place's name ("the city of Porto Alegre", "the resort of X", "the district
# of Y").
PLACE_OF = frozenset("city town village port province state island region resort district suburb".split())
# Words opening an airline's or a bank's name, never a person's ("Air Deccan", "Banco Santander").
FIRM_HEADS = frozenset(("air", "banco", "banca", "banque", "grupo"))
# Words that never stand inside a person's name.
CORPORATE = frozenset(
    "inc corp ltd plc llc gmbh".split()
    # and a bank's words in any place of its name (round 15d: "Westdeutsche Landesbank Girozentrale")
    + "bancorp bancorporation landesbank girozentrale".split()
    # the written-out form and the Malaysian private company's words (round 19: "X Incorporated", "Y Sdn Bhd")
    + "incorporated sdn bhd".split()
)
# Reuters' capitalised currency unit after a state's initials ("400 mln N.Z. Dlrs", round 19): money, no name.
MONEY_WORDS = frozenset(("dlrs", "dlr"))


def legal_word(token: Token) -> str:
    """The token lower-cased without its dots, to match a legal form written with them ("S.A.", "N.V.", "Inc.")."""
    return token.lower_.replace(".", "")


# Letters after a name that are no part of it ("Paul Boateng MP", "Jane Doe QC").
POST_NOMINALS = frozenset("MP MPs MEP MSP AM QC KC OBE MBE CBE KBE".split())
# Of those, the ones that follow only a person's name: a lawyer's rank and the honours ("X Y QC", "Z W OBE"),
# never a party's or a constituency's name as "MP" does ("Ealing North MP").
PERSONAL_POST_NOMINALS = frozenset("QC KC OBE MBE CBE KBE".split())
# Labels NER gives a name it does not know, besides none: a person's full name that speaks is often tagged as a
# work, a product, an event or a law ("X Y, from the Z union, told ...", tagged WORK_OF_ART).
UNKNOWN_NAME_LABELS = frozenset(("", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"))
# Verbs of speaking: their subject is a person or a body that speaks ("X said", "X told").
SPEECH_LEMMAS = frozenset(
    "say tell add insist argue claim warn deny admit urge announce declare reply explain stress suggest".split()
)
# Nouns that only a person is ("X, son-in-law of Y", "Z, the country's richest man"): a name NER tagged ORG
# with one of them in apposition is a person's.
PERSON_NOUNS = frozenset(
    "man woman son daughter wife husband widow widower brother sister father mother nephew niece grandson "
    "granddaughter businessman businesswoman tycoon billionaire millionaire magnate oligarch".split()
)
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)


def find_persons(doc: Doc, ctx: Context) -> list[PersonCluster]:
    """Person clusters of a document, in order of first mention, with role and country resolved."""
    mentions = _candidate_mentions(doc, ctx)
    titled = {m.start for m in mentions if m.start - 1 in ctx.title_tokens}
    styled = _styled(doc, mentions)
    clusters = _merge_aliases(doc, ctx, _cluster(mentions, titled, styled, _both_sexes(doc, mentions)))
    _add_surname_mentions(doc, ctx, clusters)
    _add_org_tagged_mentions(doc, ctx, clusters)
    clusters = _split_given_names(clusters, styled[0])
    _add_given_name_mentions(doc, ctx, clusters)
    ctx.person_tokens = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    person_windows: set[int] = set()
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
        cluster.infos = [title_info(doc, ctx, m) for m in cluster.mentions]
        if not any(inf.role or inf.country for inf in cluster.infos):
            # "Pakistan's High Commissioner said ... . Dr X said ...": the title of the sentence before
            cluster.infos[0] = previous_sentence_title(doc, ctx, cluster.mentions[0]) or cluster.infos[0]
        if not any(inf.role or inf.country for inf in cluster.infos):
            # "called X to congratulate him on his appointment as the Iraqi Prime Minister-designate"
            cluster.infos[0] = title_after_as(doc, ctx, cluster.mentions[0]) or cluster.infos[0]
        for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
            if inf.window_start is not None:
                person_windows.update(range(inf.window_start, m.start))
    inherit_list_titles(doc, ctx, clusters)
    for cluster in clusters:
        resolve(doc, ctx, cluster, person_windows)
    inherit_possessors_country(clusters)
    inherit_companions_country(doc, clusters, ctx.dateline_country)
    inherit_definite_descriptions(doc, ctx, clusters)
    for cluster in clusters:
        if cluster.role == COUNTERPART:
            cluster.role = counterpart_role(doc, cluster, clusters)
        if not cluster.role:
            cluster.role = "other"
    ent_votes: dict[str, list[bool]] = {}  # entity text -> is it labelled PERSON, for each occurrence
    for e in doc.ents:
        ent_votes.setdefault(e.text, []).append(e.label_ == "PERSON")
    dropped = [c for c in clusters if _not_a_person(doc, ctx, c, ent_votes)]
    clusters = [c for c in clusters if all(c is not d for d in dropped)]
    _rehome_surnames(dropped, clusters)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _rehome_surnames(dropped: list[PersonCluster], kept: list[PersonCluster]) -> None:
    """Lone surnames that clustered with a name found to be no person's go to the person who bears that
    surname ("analysts Douglas-Westwood ... said John Westwood ... Mr Westwood said": Mr Westwood is John)."""
    for cluster in dropped:
        for n, m in enumerate(cluster.mentions):
            if len(m.key) != 1:
                continue
            bearers = [c for c in kept if len(c.key) > 1 and _surname(c.key) == m.key[0]]
            if len(bearers) == 1:
                pairs = sorted(
                    [*zip(bearers[0].mentions, bearers[0].infos, strict=True), (m, cluster.infos[n])],
                    key=lambda pair: pair[0].start,
                )
                bearers[0].mentions = [pm for pm, _ in pairs]
                bearers[0].infos = [pi for _, pi in pairs]


def _not_a_person(doc: Doc, ctx: Context, cluster: PersonCluster, ent_votes: dict[str, list[bool]]) -> bool:
    """NER noise: with no title and no known bearer, a lone word that is never given a "Mr"/"Ms", or a
    name NER itself labels an organisation more often than a person elsewhere in the document."""
    if all(_names_a_government(doc, m) for m in cluster.mentions):
        return True  # "the Reagan administration", "the Baker debt initiative": the leader's era or plan, known or not
    if ctx.known.lookup(cluster.name)[0]:
        return False
    if _names_a_thing(doc, ctx, cluster):
        return True
    if any(inf.role for inf in cluster.infos):
        return False
    if any(_speaks(doc, m) for m in cluster.mentions) and len(cluster.key) > 1:
        return False  # a full name that says something is a person, however NER labels it elsewhere
    if any(_person_by_grammar(doc, ctx, m) for m in cluster.mentions):
        return False  # "X, the IMF's managing director,": a person, however NER labels the name elsewhere
    if not _honoured(doc, ctx, cluster) and _only_a_place(doc, ctx, cluster):
        return True  # "Canary Wharf", "the Khur Abdullah waterway": NER's PERSON is a place
    if not _honoured(doc, ctx, cluster) and _opens_firm_name(doc, cluster):
        return True  # "its Railway Maintenance Equipment Co unit ... Railway Maintenance had": the firm's short name
    if len(cluster.key) == 1 and _described_lone_speaker(doc, cluster):
        return False  # "the club's midfielder X ... X said:": a person known by one name (round 18d)
    if len(cluster.key) == 1:
        # A person is named in full first; a lone word with no title, no "Mr" and no known bearer is far
        # more often a place or a firm NER mistook ("Powys", "Louvre", "Absa").
        return not any(m.start > 0 and ctx.titles_table.is_honorific(doc[m.start - 1].text) for m in cluster.mentions)
    texts = {m.text for m in cluster.mentions}
    votes = [v for text in texts for v in ent_votes.get(text, ())]
    return bool(votes) and sum(votes) * 2 < len(votes)  # NER calls it an organisation more often


def _names_a_thing(doc: Doc, ctx: Context, cluster: PersonCluster) -> bool:
    """Whatever its title, the name is a firm's, a thing's or a state's by the words around it."""
    if any(_before_company_suffix(doc, m) for m in cluster.mentions):
        return True  # "J.P. Morgan and Co Inc", "Marine Midland Banks Inc <MM>": a firm
    # Reuters marks a company's name or ticker "<...>", never a person's (round 14c): a name followed by the
    # markup ("Atlas Copco <ASTS ST>") is the firm's, and so is one only ever found inside it ("<X, Y and Co>")
    if any(_before_markup(doc, m) for m in cluster.mentions):
        return True
    if all(_inside_markup(doc, m) for m in cluster.mentions):
        return True
    # the first mention of the full name (a surname taken from another name may come earlier: "Miner Highland Gold
    # said ... and miner Barrick Gold", round 19)
    first = min(m.start for m in cluster.mentions if len(m.key) == len(cluster.key))
    if first > 0 and doc[first - 1].lower_ in THING_NOUNS and doc[first - 1].text.islower():
        return True  # "the aircraft carrier Kitty Hawk", "electronics chain Best Buy": a thing's or a firm's name
    if any(_followed_by_which(doc, m) for m in cluster.mentions) and not _honoured(doc, ctx, cluster):
        return True  # "Costco Wholesale, which continued a run of results": "which" is never a person's
    if any(_apposed_firm(doc, m) for m in cluster.mentions) and not any(_speaks(doc, m) for m in cluster.mentions):
        # "X, a corporation of Formosa Plastics", "Y, the largest copper producer": a firm (but "Z, a supply
        # manager with W, a gas brokering firm, said" is a person the parser gave W's apposition)
        return True
    if all(_state_with_noun(doc, ctx, m) for m in cluster.mentions):
        return True  # "U.S. Mission Turkey local staff", "our NATO Ally Turkey": a state and its role
    # "the minister's Kent house": a place naming a thing, whatever title; and a name of two or more words with no
    # title that only ever qualifies a noun ("the X Y estate", "X Y analyst Z said"), a firm's, a project's or a
    # place's (round 19), but not the title a person is given ("named X Y president")
    if not all(_modifies_noun(doc, m) for m in cluster.mentions):
        return False
    if len(cluster.key) == 1:
        return True
    return not any(inf.role for inf in cluster.infos) and not any(_given_title(doc, ctx, m) for m in cluster.mentions)


def _given_title(doc: Doc, ctx: Context, m: Mention) -> bool:
    """The word after the mention is a title word not followed by a proper noun ("named X Y president and chief
    operating officer"; but "X Y analyst Z said": the title is Z's)."""
    k = m.end
    if k >= len(doc) or not ctx.titles_table.is_title_word(doc[k].text):
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ != "PROPN"


# Lower-case nouns that a leader's name qualifies to name his government, its time or its policy ("the Reagan
# administration", "the Baker plan", "the Thatcher years"). Round 19: a name found only so is no person the story
# reports acting; the gold leaves him out or makes him optional, and the known-actor list used to keep him.
GOVERNMENT_NOUNS = frozenset(
    "administration administrations government governments cabinet regime presidency era years doctrine plan "
    "initiative proposal proposals policy policies camp aides".split()
)


def _names_a_government(doc: Doc, m: Mention) -> bool:
    """The mention qualifies a lower-case noun of GOVERNMENT_NOUNS right after it ("the Reagan administration",
    "the Baker debt initiative": one lower-case modifier may stand between), the name no subject; "Reagan and
    Nakasone plan to meet" (a verb) is a person's."""
    k = m.end
    if (
        k < len(doc)
        and doc[k].text.islower()
        and doc[k].pos_ in ("NOUN", "ADJ")
        and doc[k].lower_ not in GOVERNMENT_NOUNS
    ):
        k += 1  # "the Baker debt initiative"
    return (
        k < len(doc)
        and doc[k].lower_ in GOVERNMENT_NOUNS
        and doc[k].text.islower()
        and doc[k].pos_ == "NOUN"
        and doc[m.end - 1].dep_ not in ("nsubj", "nsubjpass")
    )


# Nouns that, in apposition to a name, make it a firm's ("X, a corporation of Y", "Z, the unit of W").
FIRM_APPOSITIONS = frozenset(
    "corporation company firm subsidiary unit maker manufacturer producer brand conglomerate retailer".split()
)


def _apposed_firm(doc: Doc, m: Mention) -> bool:
    """The name has an apposition whose noun is a firm's ("Nan Ya Plastics, a corporation of ...")."""
    head = doc[m.start : m.end].root
    return any(c.dep_ == "appos" and c.lower_ in FIRM_APPOSITIONS for c in head.children)


# Capitalised nouns a release puts before a state's name ("our NATO Ally Turkey", "U.S. Mission Germany"):
# the name is the state's, no person's.
STATE_ROLE_NOUNS = frozenset("ally allies partner partners mission embassy consulate team neighbour neighbor".split())


def _state_with_noun(doc: Doc, ctx: Context, m: Mention) -> bool:
    """The mention is such a noun and a state's name ("Ally Turkey", "Mission Germany")."""
    hit = ctx.gaz_at.get(m.start + 1)
    return (
        m.end - m.start >= 2
        and doc[m.start].lower_ in STATE_ROLE_NOUNS
        and hit is not None
        and hit.kind == COUNTRY
        and hit.end == m.end
    )


def _followed_by_which(doc: Doc, m: Mention) -> bool:
    """The mention is followed by ", which" (a relative clause about a thing or a body)."""
    return m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which"


def _before_company_suffix(doc: Doc, m: Mention) -> bool:
    """The mention is followed by a company's suffix or ticker ("X Inc", "X and Co", "X & Co Inc", "X <XYZ>")."""
    i = m.end
    if i < len(doc) and doc[i].lower_ in ("and", "&") and i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") == "co":
        return True
    if i < len(doc) and doc[i].text == "<":
        return True
    if any(EXCHANGE_TICKER.match(doc[k].text) for k in (m.end - 1, i) if m.start <= k < len(doc)):
        return True  # "X NV <XYZ.AS>", its brackets cleaned away and the ticker often taken into the name (round 14)
    return i < len(doc) and doc[i].text[:1].isupper() and legal_word(doc[i]) in COMPANY_SUFFIXES


# How many capitalised words (or "and"/"&" before one) may stand between a firm's short name and its legal form
# ("Railway Maintenance Equipment Co", "Rosenkrantz Lyon and Ross Inc").
FIRM_NAME_GAP = 3


def _opens_firm_name(doc: Doc, cluster: PersonCluster) -> bool:
    """Somewhere in the document, the words of a mention of two or more words open a firm's full name: they are
    followed, through at most FIRM_NAME_GAP capitalised words or "and"/"&", by a company's suffix ("<Teck Hock and
    Co (Pte) Ltd> ... Teck Hock owes", "Rosenkrantz Lyon and Ross Inc"). Round 15d: the firm named again by the
    opening words of its name, which NER takes for a person's."""
    for words in {tuple(t.text for t in doc[m.start : m.end]) for m in cluster.mentions if m.end - m.start >= 2}:
        n = len(words)
        for j in range(len(doc) - n):
            if tuple(t.text for t in doc[j : j + n]) != words:
                continue
            k, gap = j + n, 0
            while k < len(doc) and gap <= FIRM_NAME_GAP:
                tok = doc[k]
                if not tok.text[:1].isupper():
                    if tok.lower_ in ("and", "&") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
                        k, gap = k + 1, gap + 1
                        continue
                    break
                if legal_word(tok) in COMPANY_SUFFIXES or legal_word(tok) in CORPORATE:
                    return True  # (round 19: "X Y Sdn Bhd ... X Y said")
                if not tok.is_alpha:
                    break
                k, gap = k + 1, gap + 1
    return False


def _source_span(doc: Doc, m: Mention) -> tuple[str, int, int] | None:
    """The source text the Doc came from (`parley_cleaned`) and the mention's span in it, if known."""
    cleaned = doc._.parley_cleaned if Doc.has_extension("parley_cleaned") else None
    if cleaned is None:
        return None
    s, e = cleaned.span_to_source(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
    return cleaned.source, s, e


def _before_markup(doc: Doc, m: Mention) -> bool:
    """In the source text, Reuters' company markup "<...>" follows the mention or is taken into it ("Atlas
    Copco <ASTS ST>", "Stora Koppabergs <SKPS ST"): cleaning drops the brackets, the source keeps them."""
    found = _source_span(doc, m)
    if found is None:
        return False
    src, s, e = found
    return "<" in src[s:e] or src[e : e + 2].lstrip().startswith("<")


def _inside_markup(doc: Doc, m: Mention) -> bool:
    """In the source text, the mention lies inside Reuters' company markup ("<X, Y and Co>", "<XYZ ST>")."""
    found = _source_span(doc, m)
    if found is None:
        return False
    src, s, e = found
    line_start = src.rfind("\n", 0, s) + 1
    if src.rfind("<", line_start, s) <= src.rfind(">", line_start, s):
        return False  # no markup opened before the mention on its line
    close, reopen, line_end = src.find(">", e), src.find("<", e), src.find("\n", e)
    return close != -1 and (reopen == -1 or close < reopen) and (line_end == -1 or close < line_end)


# A listed company's ticker with its exchange's suffix ("WESS.AS", "CAWL.L", "AA.S"), as Reuters prints it after
# the company's name (in angle brackets, which cleaning removes): no person's name is followed by one.
EXCHANGE_TICKER = re.compile(r"^[A-Z0-9&]{1,8}\.[A-Z]{1,3}$")


def _modifies_noun(doc: Doc, m: Mention) -> bool:
    """The one-word mention qualifies the lower-case common noun right after it ("Kent house", "Essex
    farm"), as a place or a firm does; a person's name stands alone or before "'s"."""
    after = doc[m.end] if m.end < len(doc) else None
    return (
        after is not None
        and after.pos_ == "NOUN"
        and after.text.islower()
        and doc[m.end - 1].dep_ in ("compound", "amod", "nmod")
        and doc[m.end - 1].head.i == after.i
    )


# Prepositions of place: a name only ever found after one of them ("in Canary Wharf", "between Kuwait and
# Khor Fakkan") is a place ("to" and "from" are left out: "a letter to X" names a person).
PLACE_PREPOSITIONS = frozenset("in at near into across between outside inside around".split())
# Nouns of places and goods that a name before them qualifies ("the Khur Abdullah waterway", "Upper Zakum
# crude"): the name is a place's or a product's, not a person's.
PLACE_NOUNS = frozenset(
    "waterway strait river bay island islands peninsula province region airport port harbour harbor valley "
    "desert coast field fields oilfield crude blend pipeline canal district".split()
)


def _only_a_place(doc: Doc, ctx: Context, cluster: PersonCluster) -> bool:
    """Every mention of the name stands where a place does: after a preposition of place (or joined by
    "and" to a place after one), or before a noun of places ("waterway", "crude"); never with "'s"."""
    for m in cluster.mentions:
        after = doc[m.end] if m.end < len(doc) else None
        if after is not None and after.text in ("'s", "'", "\u2019s"):
            return False
        if after is not None and after.lower_ in PLACE_NOUNS and after.text.islower():
            continue
        i = m.start - 1
        if i >= 1 and doc[i].lower_ in ("and", "or") and (i - 1) in ctx.gaz_tokens:
            hit_start = next((h.start for h in ctx.gaz_hits if h.start <= i - 1 < h.end), i - 1)
            i = hit_start - 1  # "between Kuwait and Khor Fakkan": the place's preposition
        while i >= 0 and doc[i].lower_ in ("the", "a"):
            i -= 1
        if i < 0 or doc[i].lower_ not in PLACE_PREPOSITIONS:
            return False
    return True


def _speaks(doc: Doc, m: Mention) -> bool:
    """The mention is the subject of a speech verb ("X said", "X told reporters")."""
    for t in doc[m.start : m.end]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in SPEECH_LEMMAS and not m.start <= t.head.i < m.end:
            return True
    return False


# ---------------------------------------------------------------------------------------------- mentions


def _candidate_mentions(doc: Doc, ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    taken: set[int] = set()
    person_texts = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    for ent in _joined_person_entities(doc):
        m = _trim(doc, ent.start, ent.end, ctx)
        if m:
            m = _with_given_name(doc, ctx, _across_bracket(doc, ctx, _past_particle(doc, ctx, m)))
            m = _with_syllable(doc, ctx, _past_split_entity(doc, ctx, m, ent.end))
            m = _with_second_surname(doc, ctx, m, person_texts)
            out.append(m)
            taken.update(range(m.start, m.end))
    for ent in doc.ents:
        m = _name_ending_body(doc, ctx, ent) if ent.label_ == "ORG" else None
        if m and not any(i in taken for i in range(m.start, m.end)):
            out.append(m)
            taken.update(range(m.start, m.end))
    ent_tokens = {
        i for ent in doc.ents if ent.label_ in ("GPE", "NORP", "LOC", "FAC") for i in range(ent.start, ent.end)
    }
    org_tokens = {i for ent in doc.ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
    org_starts = {ent.start for ent in doc.ents if ent.label_ == "ORG"}
    for ts, te, entry in ctx.titles:
        m = _titled_mention(doc, ctx, ts, te, entry, taken, ent_tokens, org_tokens, org_starts)
        if m:
            m = _with_syllable(doc, ctx, _across_bracket(doc, ctx, m))
        if m and not any(i in taken for i in range(m.start, m.end)):
            out.append(m)
            taken.update(range(m.start, m.end))
    _add_org_tagged_persons(doc, ctx, out, taken)
    _add_place_tagged_persons(doc, ctx, out, taken)
    _add_month_surnamed_persons(doc, ctx, out, taken)
    _add_speaking_names(doc, ctx, out, taken)
    _add_described_lone_names(doc, ctx, out, taken)
    return out


def _add_speaking_names(doc: Doc, ctx: Context, out: list[Mention], taken: set[int]) -> None:
    """A full name NER missed or typed as a work, a product or an event that is the subject of a speech verb
    ("..., said A B at the bank.", "C D, from the E union, told ...", "F O' G, editor of H, said"): a name that
    speaks is a person's (round 14b), when the name also has what a person's has and a firm's not: an apposition
    of his occupation ("editor of ...") or the body he speaks for after "of", "at", "from" or "with" ("A B at the
    C bank"). Places, listed bodies and firms' words never pass `_person_shaped`."""
    for t in doc:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.lemma_ not in SPEECH_LEMMAS or t.i in taken:
            continue
        if t.pos_ != "PROPN" or t.ent_type_ not in UNKNOWN_NAME_LABELS or not t.text[:1].isupper():
            continue
        if t.head.tag_ == "VBP" or any(_thing_apposition(ctx, c) for c in t.children):
            continue  # "X Action, representing 80 families, say": a plural, a group; "Y, a trade journal, said"
        if not any(_affiliation(ctx, c) for c in t.children):
            continue  # "X Nederland said", "Y International said": a firm speaks as often as a person
        start = _name_run_start(doc, ctx, t.i)
        if start == t.i or any(i in taken for i in range(start, t.i + 1)):
            continue
        m = _trim(doc, start, t.i + 1, ctx)
        if not m or m.end != t.i + 1 or m.end - m.start < 2 or not _person_shaped(doc, ctx, m):
            continue
        words = doc[m.start : m.end]
        if any(w.i in ctx.title_tokens or w.tag_ == "NNPS" or _plural_title(ctx, w) for w in words):
            continue  # "Foreign Ministers of the group said": a title in the plural, no name
        out.append(m)
        taken.update(range(m.start, m.end))


def _plural_title(ctx: Context, token: Token) -> bool:
    """The word is a title in the plural ("Ministers", "Secretaries")."""
    text = token.text
    return text.endswith("s") and any(ctx.titles_table.is_title_word(x) for x in (text[:-1], text[:-3] + "y"))


# Prepositions joining a person's name to the body he works for ("X of Y Securities", "Z at W Bank").
AFFILIATION_PREPOSITIONS = frozenset(("of", "at", "from", "with"))


def _affiliation(ctx: Context, child: Token) -> bool:
    """The token, a dependent of a name, ties it to a person's occupation or body: an apposition headed by a
    common noun that is no body's or thing's ("editor", "economist"), or "of"/"at"/"from"/"with" and a
    capitalised name that is no place ("of Harwell Studies", not "of Canada")."""
    if child.dep_ == "appos":
        return child.pos_ == "NOUN" and not _thing_apposition(ctx, child)
    if child.dep_ != "prep" or child.lower_ not in AFFILIATION_PREPOSITIONS:
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    words = [w for o in objects for w in o.subtree if w.i <= o.i]  # the object's name: "from the X farmers' union"
    return any(w.text[:1].isupper() and w.is_alpha and w.i not in ctx.gaz_tokens for w in words)


def _thing_apposition(ctx: Context, child: Token) -> bool:
    """The token is an apposition headed by a noun of bodies, firms or publications ("a trade journal", "the
    group", "the company"), which no person is."""
    if child.dep_ != "appos":
        return False
    nouns = [child, *(c for c in child.children if c.dep_ == "conj")]  # "a currency and metals firm"
    return any(n.lower_ in THING_NOUNS or n.lower_ in FIRM_APPOSITIONS or n.lower_ in ORG_NOUNS for n in nouns)


def _name_run_start(doc: Doc, ctx: Context, i: int) -> int:
    """The first token of the run of name words ending at token i: capitalised proper nouns, a hyphen inside a
    name ("Jean-Michel") and the "O'" of "O' Neill", all of them untagged or of one unknown-name entity."""
    start = i
    while start > 0 and i - start < 5:
        k = start - 1
        if doc[k].ent_type_ not in UNKNOWN_NAME_LABELS or (doc[k].ent_type_ and doc[k + 1].ent_iob_ != "I"):
            break  # another entity's word, or the end of one the name does not go on from
        quote_mark = doc[k].text in ("'", "\u2019") and k > 0 and _apostrophe_particle(doc, k - 1)
        if not (_name_hyphen(doc, k) or _apostrophe_particle(doc, k) or quote_mark or _name_token(doc, k, ctx)):
            break
        start = k
    return start


def _apostrophe_particle(doc: Doc, i: int) -> bool:
    """Token i is the "O" or "D" of a name written "O' Neill" or "D' Souza" (the tokenizer splits the
    apostrophe off): the particle, no space, the apostrophe, then a capitalised word."""
    return (
        doc[i].text in ("O", "D")
        and i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text in ("'", "\u2019")
        and doc[i + 2].text[:1].isupper()
    )


def _add_place_tagged_persons(doc: Doc, ctx: Context, out: list[Mention], taken: set[int]) -> None:
    """A full name NER tagged as a place ("his counterpart A B", FAC) whose surname alone it tags PERSON
    elsewhere in the text ("B said"): the weight of the name's other mentions makes it a person's."""
    lone_persons = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    for ent in doc.ents:
        if ent.label_ not in MISTYPED_NAME_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if ent[-1].text not in lone_persons or len(ent) < 2:
            continue
        m = _trim(doc, ent.start, ent.end, ctx)
        if m and m.end - m.start >= 2 and _person_shaped(doc, ctx, m):
            out.append(m)
            taken.update(range(m.start, m.end))


def _add_org_tagged_persons(doc: Doc, ctx: Context, out: list[Mention], taken: set[int]) -> None:
    """Names NER tagged ORG that the sentence's grammar makes persons' ("X, the IMF's managing director,"), that
    a personal post-nominal follows ("X Y QC"), or whose surname NER tags PERSON when it stands alone elsewhere
    in the text ("A B of C Securities said ... B said": the weight of the name's other mentions; round 14b). An ORG
    that runs over a lower-case verb is two phrases glued: the words before the verb are a person's when they are
    the surname of a person named in full elsewhere (round 30)."""
    lone_persons = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        verb = next((t.i for t in ent[1:] if t.is_lower and t.pos_ == "VERB"), None)
        if verb is not None:  # round 30: "[Nakasone told Trade and Industry] Minister X", one ORG across the verb
            m = _trim(doc, ent.start, verb, ctx)
            if m and m.end == verb and doc[m.end - 1].text in surnames | lone_persons:
                out.append(m)
                taken.update(range(m.start, m.end))
            continue
        m = _trim(doc, ent.start, ent.end, ctx)
        if not m or not _person_shaped(doc, ctx, m):
            continue
        honours = m.end < len(doc) and doc[m.end].text in PERSONAL_POST_NOMINALS
        titled = m.start > ent.start and _after_portfolio_title(doc, ctx, m.start)
        if honours or titled or doc[m.end - 1].text in lone_persons or _person_by_grammar(doc, ctx, m):
            out.append(m)
            taken.update(range(m.start, m.end))
        elif _described_person(doc, m) and _surname_speaks(doc, m):
            out.append(m)
            taken.update(range(m.start, m.end))


# Lower-case nouns of what a person is, written right before his full name ("Newcastle boss A B", "rock singer C
# D"): with the surname speaking alone elsewhere, a name NER tagged ORG is a person's (round 18c).
DESCRIBING_NOUNS = frozenset(
    "boss manager coach skipper captain striker midfielder winger defender goalkeeper keeper player star singer "
    "rapper actor actress comedian musician guitarist drummer presenter champion novelist writer artist lawyer "
    "attorney solicitor barrister".split()
)


def _described_person(doc: Doc, m: Mention) -> bool:
    """The name of two proper nouns follows a lower-case noun of what a person is ("club boss A B")."""
    before = doc[m.start - 1] if m.start > 0 else None
    return (
        before is not None
        and m.end - m.start == 2
        and before.text.islower()
        and before.lower_ in DESCRIBING_NOUNS
        and before.pos_ == "NOUN"
    )


def _add_described_lone_names(doc: Doc, ctx: Context, out: list[Mention], taken: set[int]) -> None:
    """A one-word name right after a lower-case noun of what a person is ("the club's Brazilian midfielder X",
    "Y star Z", NER: nothing or an organisation ending in it) that speaks alone somewhere in the text ("X said:",
    "Z added"): a person known by one name (round 18d). Before, it was no one, or an organisation, and every
    quotation it cued was lost. Not a word of another candidate's name (the surname machinery has it), a place,
    a listed body, a title, or a word with another proper noun after it ("singer A B" is a full name)."""
    known = {w for m in out for w in m.key}
    for t in doc[1:]:
        if t.i in taken or t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper():
            continue
        if not _after_describing_noun(doc, t.i):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text[:1].isupper()) and nxt.is_alpha:
            continue  # "singer A B": a full name, another rule's
        label_ok = t.ent_type_ in UNKNOWN_NAME_LABELS or (
            t.ent_type_ == "ORG" and t.ent_iob_ != "B" and nxt is not None and nxt.ent_iob_ != "I"
        )
        if not label_ok or t.lower_ in known:
            continue
        m = _trim(doc, t.i, t.i + 1, ctx)
        if m is None or m.start != t.i or _opens_firm_run(doc, t.i) or not _lone_name_speaks(doc, t.text):
            continue
        out.append(m)
        taken.add(t.i)
        known.update(m.key)


def _described_lone_speaker(doc: Doc, cluster: PersonCluster) -> bool:
    """A one-word name, once written right after a lower-case noun of what a person is ("striker X"), that is
    somewhere the subject of a speech verb ("X said")."""
    if any(_opens_firm_run(doc, m.start) for m in cluster.mentions):
        return False  # "said lead manager X, Y and Co Inc": a firm's first word
    return any(_after_describing_noun(doc, m.start) for m in cluster.mentions) and any(
        _lone_name_speaks(doc, m.text) for m in cluster.mentions
    )


def _opens_firm_run(doc: Doc, i: int) -> bool:
    """Token i opens a run of capitalised words, commas, "and" and "&" that ends in a company's suffix ("X, Y
    and Co Inc")."""
    for k in range(i + 1, min(i + 8, len(doc))):
        word = doc[k]
        if legal_word(word) in COMPANY_SUFFIXES:
            return True
        if not (word.text in (",", "&", "and") or word.text[:1].isupper()):
            return False
    return False


def _after_describing_noun(doc: Doc, i: int) -> bool:
    """Token i follows a lower-case noun of what a person is ("midfielder", "singer", "lawyer")."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and before.text.islower() and before.lower_ in DESCRIBING_NOUNS and before.pos_ == "NOUN"


def _lone_name_speaks(doc: Doc, word: str) -> bool:
    """The word, not after another capitalised word, is somewhere the subject of a speech verb ("X said")."""
    return any(
        t.text == word
        and t.dep_ == "nsubj"
        and t.head.lemma_ in SPEECH_LEMMAS
        and (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].lower_ in DESCRIBING_NOUNS)
        for t in doc
    )


def _surname_speaks(doc: Doc, m: Mention) -> bool:
    """The name's last word alone, elsewhere in the text, is the subject of a speech verb ("..., said B")."""
    surname = doc[m.end - 1].text
    return any(
        t.text == surname
        and not m.start <= t.i < m.end
        and t.dep_ == "nsubj"
        and t.head.lemma_ in SPEECH_LEMMAS
        and (t.i == 0 or not doc[t.i - 1].text[:1].isupper())
        for t in doc
    )


# Months that are also surnames ("Theresa May", "Brian May"); NER reads them as a date or not at all.
MONTHS = frozenset("january february march april may june july august september october november december".split())


def _add_month_surnamed_persons(doc: Doc, ctx: Context, out: list[Mention], taken: set[int]) -> None:
    """A given name and a month for surname that NER tags DATE or nothing ("Theresa May, shadow secretary
    for the family, told ..."): a person when the pair speaks or has a title or person noun in apposition."""
    for t in doc[1:]:
        given = doc[t.i - 1]
        if t.lower_ not in MONTHS or not t.text[:1].isupper() or {t.i, given.i} & taken:
            continue
        if t.ent_type_ not in ("", "DATE") or given.ent_type_ not in ("", "DATE"):
            continue
        if not (given.pos_ == "PROPN" and given.dep_ == "compound" and given.head.i == t.i):
            continue
        if not (given.is_alpha and given.text[:1].isupper() and not given.is_upper) or given.lower_ in MONTHS_DAYS:
            continue
        if given.i in ctx.title_tokens or given.i in ctx.gaz_tokens:
            continue
        m = _trim(doc, given.i, t.i + 1, ctx)
        if m and m.start == given.i and (_speaks(doc, m) or _person_by_grammar(doc, ctx, m)):
            out.append(m)
            taken.update(range(m.start, m.end))


def _joined_person_entities(doc: Doc) -> list[Span]:
    """PERSON entities, two that touch with only a space between joined into one: NER splits a long name
    after an honorific or an apostrophe ("Hojatoleslam Akbar" + "Hashemi Rafsanjani", "Mohammed Shia'" +
    "al-Sudani"); two people's names are never written side by side without a comma or a word between."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        prev = out[-1] if out else None
        if prev is not None and not doc[ent.start].is_sent_start and _touching(doc, prev.end, ent.start):
            out[-1] = doc[prev.start : ent.end]
        else:
            out.append(ent)
    return out


def _touching(doc: Doc, end: int, start: int) -> bool:
    """Entities ending at `end` and starting at `start` touch: one space between them, or an apostrophe that
    closes the first word ("Tala' Khalil al-Douri", the apostrophe left out of both entities)."""
    if start == end + 1 and doc[end].text in ("'", "’") and not doc[end - 1].whitespace_:
        end += 1
    last = doc[end - 1]
    if last.text in ("'", "\u2019") and end >= 2 and doc[end - 2].lower_.endswith("s"):
        return False  # "Elders' O'Neill said": a possessive, the firm's man, not a name's apostrophe
    return start == end and last.whitespace_ == " " and (last.is_alpha or last.text in ("'", "’"))


def _person_shaped(doc: Doc, ctx: Context, m: Mention) -> bool:
    """Two or three capitalised proper nouns (and name particles) naming no place, body or firm."""
    if not 2 <= len(m.key) <= 4:
        return False
    for t in doc[m.start : m.end]:
        if t.lower_ in NAME_PARTICLES and t.text.islower():
            continue
        if t.i == m.start and _INITIALS.match(t.text):
            continue  # "G.I. X, Deputy Trade Minister at the embassy, told ..." (round 11)
        if _name_hyphen(doc, t.i) or _apostrophe_particle(doc, t.i) or (t.i > 0 and _apostrophe_particle(doc, t.i - 1)):
            continue  # "Jean-Maxime", "O' Neill" (round 14b)
        after_hyphen = t.i > 0 and _name_hyphen(doc, t.i - 1)  # "Maxime" of "Jean-Maxime", which may be tagged NOUN
        if not (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and (t.pos_ == "PROPN" or after_hyphen)):
            return False
        if t.i in ctx.gaz_tokens or t.lower_ in ORG_NOUNS or t.lower_ in COMPANY_SUFFIXES:
            return False
    return True


def _person_by_grammar(doc: Doc, ctx: Context, m: Mention) -> bool:
    """The sentence's grammar makes the name a person's whatever NER says: an apposition that is a title or
    a noun only a person is ("X, the IMF's managing director,", "Y, son-in-law of Z"), or a conjunct of a
    person's name under one plural title ("Prime Ministers A of China and B of Portugal")."""
    head = doc[m.start : m.end].root
    if any(_person_apposition(ctx, child) for child in head.children):
        return True
    if head.dep_ == "appos" and _person_word(ctx, head.head):
        return True  # "the deputy planning minister, X, who said" (round 11): the name apposed to a title
    return _conjunct_under_plural_title(doc, ctx, m, head)


def _person_apposition(ctx: Context, child: Token) -> bool:
    """The token is an apposition that only a person can be: a title or a noun like "son", "tycoon"."""
    return child.dep_ == "appos" and _person_word(ctx, child)


def _person_word(ctx: Context, token: Token) -> bool:
    """A title's word or a noun only a person is ("minister", "son", "tycoon"), no gazetteer place."""
    return (
        token.lower_ in PERSON_NOUNS or ctx.titles_table.is_title_word(token.text)
    ) and token.i not in ctx.gaz_tokens


# A name's leading initials ("G.I.", "J."), which `_person_shaped` accepts before the surname.
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _conjunct_under_plural_title(doc: Doc, ctx: Context, m: Mention, head: Token) -> bool:
    """The name is a conjunct of a PERSON entity, the pair under one plural title ("Prime Ministers A of
    China and B of Portugal")."""
    conjuncts = [head.head] if head.dep_ == "conj" else []
    conjuncts += [c for c in head.children if c.dep_ == "conj"]
    for other in conjuncts:
        if other.ent_type_ != "PERSON":
            continue
        first = min(m.start, other.i)
        while first > 0 and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        before = doc[first - 1] if first > 0 else None
        if before is not None and before.lower_.endswith("s") and ctx.titles_table.is_title_word(before.lower_[:-1]):
            return True
    return False


# Last words of a legislature's or a body's name after which NER runs on into its head's name
# ("Speaker of the Council of Representatives X Y").
BODY_TAILS = frozenset(("representatives", "deputies", "commons", "lords", "staff", "parliament", "assembly"))


def _name_ending_body(doc: Doc, ctx: Context, ent: Span) -> Mention | None:
    """A person's name NER put at the end of the body his title names ("Speaker of the Council of
    Representatives Mohammed al-Halbusi" as one ORG): the name after the body's last word, when a title
    stands just before the body."""
    if not any(i in ctx.title_tokens for i in range(max(0, ent.start - 3), ent.start)):
        return None
    for k in range(ent.start + 2, ent.end - 1):
        tail = doc[k - 1].lower_
        if not (doc[k - 1].text[:1].isupper() and (tail in ORG_NOUNS or tail in BODY_TAILS)):
            continue
        words = [t for t in doc[k : ent.end] if t.text != "-" and t.lower_ not in NAME_PARTICLES]
        if 2 <= len(words) <= 4 and all(_name_token(doc, t.i, ctx) for t in words):
            return _trim(doc, k, ent.end, ctx)
    return None


def _past_particle(doc: Doc, ctx: Context, m: Mention) -> Mention:
    """A name NER ends at a particle ("Jean-Yves Le" of "Jean-Yves Le Drian", "Abu Bakr al" ...): the
    capitalised word right after the particle is the surname and belongs to it."""
    last, i = doc[m.end - 1], m.end
    if m.end - m.start < 2 or last.lower_ not in NAME_PARTICLES or last.whitespace_ == "" or i >= len(doc):
        return m
    # a place's name after a lower-case particle is the surname ("Miguel de la Madrid")
    place_surname = i in ctx.gaz_tokens and last.text.islower() and doc[i].text[:1].isupper() and doc[i].is_alpha
    if not (_name_token(doc, i, ctx) or place_surname) or i in ctx.title_tokens:
        return m
    text = doc[m.start : i + 1].text
    key = tuple(k for k in name_key(text) if not ctx.titles_table.is_honorific(k))
    return Mention(m.start, i + 1, text, key)


def _past_split_entity(doc: Doc, ctx: Context, m: Mention, ent_end: int) -> Mention:
    """A long name NER splits in two, its last word a one-word ORG ("Bilawal Bhutto" + "Zardari"): a
    capitalised proper noun right after the full name, naming no place, body or title, ends it."""
    i = m.end
    if m.end != ent_end or m.end - m.start < 2 or i >= len(doc) or not doc[i - 1].whitespace_:
        return m
    t = doc[i]
    lone_org = t.ent_type_ == "ORG" and t.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    if not lone_org or t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper():
        return m
    if i in ctx.gaz_tokens or i in ctx.title_tokens or t.lower_ in ORG_NOUNS or t.lower_ in COMPANY_SUFFIXES:
        return m
    text = doc[m.start : i + 1].text
    key = tuple(k for k in name_key(text) if not ctx.titles_table.is_honorific(k))
    return Mention(m.start, i + 1, text, key)


def _with_second_surname(doc: Doc, ctx: Context, m: Mention, person_texts: set[str]) -> Mention:
    """A name NER ends before a second surname ("Fernando Santos" of "Fernando Santos Alvite", later called
    "Santos Alvite"): the untagged capitalised word after it belongs to it when the document names the
    person by the last two words elsewhere."""
    i = m.end
    if m.end - m.start < 2 or i >= len(doc) or not doc[i - 1].whitespace_:
        return m
    t = doc[i]
    if t.ent_iob_ != "O" or t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper():
        return m
    if i in ctx.gaz_tokens or i in ctx.title_tokens or f"{doc[i - 1].text} {t.text}" not in person_texts:
        return m
    text = doc[m.start : i + 1].text
    key = tuple(k for k in name_key(text) if not ctx.titles_table.is_honorific(k))
    return Mention(m.start, i + 1, text, key)


# Lower-case words after a hyphen that make a name a modifier, not a longer name ("Bush-led", "Blair-era").
HYPHEN_MODIFIERS = frozenset("led era run type like born made style backed based".split())


def _with_syllable(doc: Doc, ctx: Context, m: Mention) -> Mention:
    """A name NER ends before a hyphen and a lower-case syllable ("Moon Jae" of "Moon Jae-in", "Lho Shin"
    of "Lho Shin-yong": Korean given names): the syllable belongs to it."""
    i = m.end
    if m.end - m.start < 2 or i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return m
    syllable = doc[i + 1]
    if not (syllable.is_alpha and syllable.text.islower() and len(syllable.text) <= 4) or i + 1 in ctx.gaz_tokens:
        return m
    if syllable.lower_ in HYPHEN_MODIFIERS or not doc[i - 1].text[:1].isupper():
        return m
    text = doc[m.start : i + 2].text
    key = tuple(k for k in name_key(text) if not ctx.titles_table.is_honorific(k))
    return Mention(m.start, i + 2, text, key)


def _with_given_name(doc: Doc, ctx: Context, m: Mention) -> Mention:
    """A name NER starts at a middle initial ("J. Blinken" of "Antony J. Blinken"): the given name
    before the initial belongs to it."""
    first = doc[m.start]
    if not (len(first.text) == 2 and first.text[0].isupper() and first.text[1] == "."):
        return m
    i = m.start - 1
    if i < 0 or not _name_token(doc, i, ctx) or i in ctx.title_tokens:
        return m
    text = doc[i].text + " " + m.text
    key = tuple(k for k in name_key(text) if not ctx.titles_table.is_honorific(k))
    return Mention(i, m.end, text, key)


def _across_bracket(doc: Doc, ctx: Context, m: Mention) -> Mention:
    """A name a reporter's bracket cuts in two ("(Prime Minister Yasuhiro) Nakasone", Reuters quoting):
    the given name inside the bracket and the surname right after it are one mention."""
    i = m.end
    if i + 1 >= len(doc) or doc[i].text != ")" or not any(t.text == "(" for t in doc[max(0, m.start - 6) : m.start]):
        return m
    j = i + 1
    while j < len(doc) and j - i <= 2 and _name_token(doc, j, ctx):
        j += 1
    if j == i + 1:
        return m
    text = m.text + " " + doc[i + 1 : j].text
    key = tuple(k for k in name_key(text) if not ctx.titles_table.is_honorific(k))
    return Mention(m.start, j, text, key)


def _titled_mention(
    doc: Doc,
    ctx: Context,
    ts: int,
    te: int,
    entry: TitleEntry,
    taken: set[int],
    ent_tokens: set[int],
    org_tokens: set[int],
    org_starts: set[int],
) -> Mention | None:
    """The proper name right after a title that NER missed ("President Reagan"), or None."""
    if entry.role == HONORIFIC and not (te < len(doc) and doc[te].text[:1].isupper()):
        return None
    if (
        ts in org_tokens
        and te in org_tokens
        and not (
            ts in org_starts and te + 1 < len(doc) and _name_token(doc, te + 1, ctx) and not doc[te + 1].text.isupper()
        )
    ):
        # "General Motors", "General Agreement on Tariffs": the title word starts a name ("Spokesperson Ned
        # Price", an ORG opening with the title and going on with a full name, is a person; "General Electric
        # GE", a firm and its ticker, is not)
        return None
    # (an ORG that ends with the title, "Brazilian Central Banker" X, leaves the name after it a name)
    if te + 1 < len(doc) and doc[te].lower_ in ("to", "in") and te + 1 in ctx.gaz_at:
        te = ctx.gaz_at[te + 1].end  # "ambassador to Iraq Karim Zand" (NER often calls it ORG)
    j = te
    while j < len(doc) and j - te < 4 and _name_token(doc, j, ctx) and j not in taken:
        j += 1
    if j == te or (any(i in ent_tokens for i in range(te, j)) and not _mistyped_name(doc, te, j)):
        return None
    m = _trim(doc, te, j, ctx)
    # NER missed it: trust a lone word only for a known bearer ("General Agreeement" is no one) or after
    # "Mr"/"Mrs" ("Mr Kilroy-Silk", which NER tags ORG in every sentence of an article about him)
    if m and len(m.key) == 1 and entry.role != HONORIFIC and ctx.known.lookup(m.text) == (None, None):
        return None
    return m


# NER labels that a titled name may wrongly carry ("President Thabo Mbeki" tagged GPE, "counterpart Ignaz
# Kiechle" FAC); NORP ("Iranian") never stands for a name.
MISTYPED_NAME_LABELS = frozenset(("GPE", "LOC", "FAC"))


def _mistyped_name(doc: Doc, start: int, end: int) -> bool:
    """The proper nouns [start, end) right after a title are a name that NER typed as a place: two or more
    words, every entity among them a place-like one wholly inside the span. (Gazetteer places never reach
    here: `_name_token` stops at them.)"""
    if end - start < 2:
        return False
    if any(doc[i].ent_type_ and doc[i].ent_type_ not in MISTYPED_NAME_LABELS for i in range(start, end)):
        return False
    if doc[start].ent_iob_ == "I":
        return False  # the place began before the title ended
    return not (end < len(doc) and doc[end].ent_iob_ == "I")  # nor does it go on past the name


def _name_token(doc: Doc, i: int, ctx: Context) -> bool:
    t = doc[i]
    text = t.text
    if _name_hyphen(doc, i):
        return True  # "Kilroy-Silk", "Amir-Abdollahian": the tokenizer splits the hyphen off
    if not text[:1].isupper() or t.like_num or t.is_punct or i in ctx.gaz_tokens:
        return False
    if ctx.titles_table.is_title_word(text) or text.lower() in MONTHS_DAYS or text.lower() in ORG_NOUNS:
        return False
    return t.pos_ == "PROPN" or t.tag_ == "NNP"


def _name_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen joining two capitalised parts of one name, with no space around it."""
    t = doc[i]
    return (
        t.text == "-"
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not t.whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def _lead_word(doc: Doc, ctx: Context, i: int) -> bool:
    """Token i opens a span without being part of the name: a determiner, punctuation, a bracket, a title
    or honorific (also "Gen" of "Gen."), or an affiliation ("Tory Neil Hamilton", "Iranian Hassan X")."""
    t = doc[i]
    return (
        t.lower_ in DETERMINERS
        or t.is_punct
        or t.text in ("<", ">")
        or ctx.titles_table.is_title_word(t.text)
        or (t.lower_.rstrip(".") + "." in ctx.titles_table.entries)
        or i in ctx.gaz_tokens
        or i in ctx.title_tokens  # "Crown" of "Crown Prince Abdullah"
    )


def _joined_portfolio(doc: Doc, ctx: Context, i: int, end: int) -> bool:
    """Token i is a capitalised portfolio joined to a title before it, not a name ("Minister of Mines and
    Energy Subroto", "Secretary for Trade and Industry X"): a name follows it."""
    if i == 0 or i + 1 >= end or not doc[i].text[:1].isupper() or doc[i].lower_ not in ctx.titles_table.portfolios:
        return False
    before = doc[i - 1].lower_
    return (
        before in ("and", "&", "of", "for") and i >= 2 and (i - 2 in ctx.title_tokens or doc[i - 2].text[:1].isupper())
    )


def _portfolio_run(doc: Doc, ctx: Context, i: int, end: int) -> int:
    """The length of a capitalised portfolio of several words joined to a title before it, a name following it
    ("Minister of International Trade and Industry Hajime Tamura", which the model tags as one organisation; round
    28): the longest run of portfolios of `portfolios.txt` joined by "and", else 0."""
    if (
        i < 2
        or doc[i - 1].lower_ not in ("of", "for")
        or not (i - 2 in ctx.title_tokens or doc[i - 2].text[:1].isupper())
    ):
        return 0
    portfolios = ctx.titles_table.portfolios
    k, best = i, 0
    while k < end - 1:
        step = next(
            (
                n
                for n in (4, 3, 2, 1)
                if k + n < end
                and all(t.text[:1].isupper() for t in doc[k : k + n])
                and " ".join(t.lower_ for t in doc[k : k + n]) in portfolios
            ),
            0,
        )
        if not step:
            break
        k += step
        best = k - i
        if k < end - 1 and doc[k].lower_ in ("and", "&"):
            k += 1
        else:
            break
    return best if best > 1 else 0


@functools.cache
def _portfolio_words(portfolios: frozenset[str]) -> frozenset[str]:
    """The words of the portfolios ("trade and industry": "trade", "and", "industry"), built once per table."""
    return frozenset(w for p in portfolios for w in p.split())


def _after_portfolio_title(doc: Doc, ctx: Context, start: int) -> bool:
    """The name at `start` follows a title with its portfolio, which the model tagged as one organisation with it
    ("Minister of International Trade and Industry Hajime Tamura"; round 28): a person's title."""
    k = start - 1
    words = _portfolio_words(ctx.titles_table.portfolios)
    while k > 0 and (doc[k].lower_ in ("and", "&") or (doc[k].text[:1].isupper() and doc[k].lower_ in words)):
        k -= 1
    return k < start - 1 and k >= 1 and doc[k].lower_ in ("of", "for") and k - 1 in ctx.title_tokens


def _trail_word(doc: Doc, i: int) -> bool:
    """Token i closes a span without being part of the name: punctuation, a possessive, post-nominal letters."""
    t = doc[i]
    return t.is_punct or t.text in ("'s", "'", "’s", "<", ">") or t.text in POST_NOMINALS


def _trim(doc: Doc, start: int, end: int, ctx: Context) -> Mention | None:
    """The name inside [start, end): titles, honorifics, determiners and possessives stripped; or None."""
    inner = [k for k in range(start + 1, end - 1) if k in ctx.title_tokens and doc[k + 1].text[:1].isupper()]
    if inner:
        start = inner[-1] + 1  # "Marine Cpl Arnold Bracy": the words before a title are not the name
    while start < end:
        run = _portfolio_run(doc, ctx, start, end)
        if not (run or _lead_word(doc, ctx, start) or _joined_portfolio(doc, ctx, start, end)):
            break
        start += run or 1
    dash = next(
        (k for k in range(start + 1, end) if doc[k].text in ("-", "--", "\u2013") and doc[k - 1].whitespace_), None
    )
    if dash is not None:
        end = dash  # "X - son of the late Y -": a spaced dash ends the name
    place_of = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "of" and k + 1 in ctx.gaz_tokens), None)
    if place_of is not None and any(k in ctx.title_tokens for k in range(max(0, start - 3), start)):
        end = place_of  # "Prime Minister Frederiksen of Denmark" tagged as one name: his state is no part of it
    while end > start and _trail_word(doc, end - 1):
        end -= 1
    # (hyphens and particles do not count: "Ali al-Khalifa al-Sabah" is seven tokens and three words, "Khalid bin
    # Salman bin Abdulaziz Al-Saud" eight and four; round 27)
    if start >= end or sum(1 for t in doc[start:end] if t.text != "-" and t.lower_ not in NAME_PARTICLES) > 6:
        return None
    span = doc[start:end]
    if not _name_like(ctx, span):
        return None
    key = name_key(span.text)
    key = tuple(k for k in key if not ctx.titles_table.is_honorific(k))
    if not key:
        return None
    return Mention(start, end, span.text, key)


def _name_like(ctx: Context, span: Span) -> bool:
    """The span can be a person's name: capitalised, no digits, no company suffix, no lower-case word but
    particles, not a place, listed organisation, month or bare title."""
    text = span.text
    if any(c.isdigit() for c in text) or not any(t.text[:1].isupper() for t in span):
        return False
    if legal_word(span[-1]) in COMPANY_SUFFIXES or any(legal_word(t) in CORPORATE for t in span):
        return False  # "Citibank NA", "Pope and Talbot Inc POP", "Coudert Brothers"
    if any(t.lower_ in MONEY_WORDS for t in span):
        return False  # "300 mln N.Z. Dlrs"
    if len(span) > 1 and span[0].lower_.rstrip(".") in PLACE_HEADS:
        return False  # "Wadi Rum", "Mount Kenya": a place
    if len(span) > 1 and (span[0].lower_ in THING_NOUNS or span[0].lower_ in FIRM_HEADS):
        return False  # "Jeweller Zale" opening a sentence, "Air Deccan": a firm
    if span[-1].lower_ in GROUP_HEADS:
        return False  # "Young People", "Police Officers": a group or a body
    if len(span) > 1 and span[-1].lower_ in PLACE_TAILS:
        return False  # "Trafalgar Square", "Wilmslow Road": a place or a building
    if span.start >= 2 and _word_before(span, 1) == "of" and _word_before(span, 2) in PLACE_OF:
        return False  # "the city of Porto Alegre": a place
    if any(
        t.text.islower() and t.lower_ not in NAME_PARTICLES and not (t.i > 0 and t.nbor(-1).text == "-") for t in span
    ):
        return False  # "ofNew Labour": a tokenizer accident, not a name
    if ctx.gaz.lookup(text) or text in ctx.orgs.by_surface or text.lower() in MONTHS_DAYS:
        return False
    return not all(ctx.titles_table.is_title_word(t.text) or not t.is_alpha for t in span)


def _word_before(span: Span, n: int) -> str:
    """The lower-case word n tokens before the span."""
    return span.doc[span.start - n].lower_


# What may follow a surname in a full name ("Louis Gerstner Jr."): the surname is the word before it.
NAME_SUFFIXES = frozenset(("jr", "sr"))


def _surname(key: Sequence[str]) -> str:
    """The last word of a name key that is no "Jr"/"Sr" ("gerstner" of "louis gerstner jr")."""
    return key[-2] if len(key) > 2 and key[-1] in NAME_SUFFIXES else key[-1]


def _matches(mention: Mention, cluster_key: Sequence[str]) -> bool:
    """Gold's rule: equal, or a subset ending in the same token; a lone token may also be a family name
    written first ("Lho" for "Lho Shin-yong"). A name ending in "Jr"/"Sr" ends, for this, in the word before
    it: "Gerstner" is "Louis Gerstner Jr." (round 15b)."""
    if tuple(mention.key) == tuple(cluster_key):
        return True
    if mention.key[-1] not in NAME_SUFFIXES and cluster_key[-1] in NAME_SUFFIXES and len(cluster_key) > 2:
        cluster_key = cluster_key[:-1]
    if set(mention.key) <= set(cluster_key) and mention.key[-1] == cluster_key[-1]:
        return True
    return (
        len(mention.key) == 1
        and len(cluster_key) > 1
        and mention.key[0] == cluster_key[0]
        # (a family name of two letters is one too: "President Xi" for "Xi Jinping", round 26; a particle is not)
        and (len(mention.key[0]) > 2 or (len(mention.key[0]) == 2 and mention.key[0] not in SHORT_PARTICLES))
    )


# Two-letter words that open names without being family names ("al-Assad", "De Klerk", "Le Pen", "Da Silva").
SHORT_PARTICLES = frozenset("al el ul ud de da di du do la le lo af av op".split())


# A knight or dame is "Sir Ian" or "Sir Ian Blair", never "Mr Blair" (British usage).
KNIGHTHOODS = frozenset(("sir", "dame"))
PLAIN_HONORIFICS = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"))


def _after(doc: Doc, m: Mention, words: frozenset[str]) -> bool:
    return m.start > 0 and doc[m.start - 1].lower_ in words


def _styled(doc: Doc, mentions: list[Mention]) -> tuple[set[int], set[int]]:
    """Starts of the mentions after "Sir"/"Dame", and of those after "Mr"/"Mrs"/"Ms"."""
    return (
        {m.start for m in mentions if _after(doc, m, KNIGHTHOODS)},
        {m.start for m in mentions if _after(doc, m, PLAIN_HONORIFICS)},
    )


def _cluster(
    mentions: list[Mention],
    titled: set[int],
    styled: tuple[set[int], set[int]] = (set(), set()),
    both_sexes: frozenset[str] = frozenset(),
) -> list[PersonCluster]:
    """Group mentions of one person. `titled` holds the starts of mentions right after a title: such a
    lone surname before any full mention of a cluster is someone else ("President Reagan ... Nancy
    Reagan"), since news writing names a person in full first. But a "Mr"/"Mrs"/"Ms" surname before the
    full name is that person when the text names one person of that surname and styles it with no
    honorific of the other sex (`both_sexes`: "Mr Reagan ... Mrs Reagan"): the BBC calls a known man "Mr
    Blair" before it writes "Tony Blair" (round 15). `styled` holds the starts of mentions after
    "Sir"/"Dame" and after "Mr"/"Mrs"/"Ms": a "Mr Blair" is not the knight "Sir Ian Blair" when another
    Blair is named ("Tony Blair")."""
    knighted, mistered = styled
    clusters: list[PersonCluster] = []
    # Clusters by last and by first name token: a mention can only match a cluster sharing one of them,
    # so it is compared with those, not with every cluster of a long text.
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for m in sorted(mentions, key=lambda m: (-len(m.key), m.start)):
        near = by_last.get(m.key[-1], []) + (by_first.get(m.key[0], []) if len(m.key) == 1 else [])
        candidates = [clusters[n] for n in sorted(set(near)) if _matches(m, clusters[n].key)]
        exact = [c for c in candidates if tuple(c.key) == tuple(m.key)]
        if exact:
            candidates = exact
        elif len(m.key) == 1 and m.start in titled and not _named_later(m, candidates, mistered, knighted, both_sexes):
            candidates = [c for c in candidates if min(x.start for x in c.mentions) < m.start]
        if len(candidates) > 1 and m.start in mistered:
            plain = [c for c in candidates if not any(x.start in knighted for x in c.mentions)]
            candidates = plain or candidates
        if candidates:
            # Two people share a surname: the one mentioned last before this mention.
            best = max(candidates, key=lambda c: max((x.start for x in c.mentions if x.start < m.start), default=-1))
            best.mentions.append(m)
        else:
            by_last.setdefault(m.key[-1], []).append(len(clusters))
            if _surname(m.key) != m.key[-1]:
                by_last.setdefault(_surname(m.key), []).append(len(clusters))
            by_first.setdefault(m.key[0], []).append(len(clusters))
            clusters.append(PersonCluster(mentions=[m]))
    return clusters


def _named_later(
    m: Mention, candidates: list[PersonCluster], mistered: set[int], knighted: set[int], both_sexes: frozenset[str]
) -> bool:
    """A "Mr X" before the one full name ending in X ("Mr Blair ... Tony Blair"), whose surname the text never
    styles with honorifics of both sexes, and the full name is no knight's or dame's."""
    if m.start not in mistered or m.key[0] in both_sexes or len(candidates) != 1:
        return False
    (c,) = candidates
    return len(c.key) > 1 and _surname(c.key) == m.key[0] and not any(x.start in knighted for x in c.mentions)


def _both_sexes(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """Lone surnames the text gives both "Mr" and "Mrs"/"Ms"/"Miss" (a couple, two relatives)."""
    sexes: dict[str, set[bool]] = {}
    for m in mentions:
        if len(m.key) == 1 and _after(doc, m, PLAIN_HONORIFICS):
            sexes.setdefault(m.key[0], set()).add(doc[m.start - 1].lower_.rstrip(".") == "mr")
    return frozenset(k for k, v in sexes.items() if len(v) > 1)


# Words that introduce another name of the person just named ("X, also known as Y").
ALIAS_CUES = (("also", "known", "as"), ("better", "known", "as"), ("known", "as"), ("alias",), ("aka",))


def _merge_aliases(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> list[PersonCluster]:
    """One person under two names: a name introduced as another's alias, or two names the known-actors
    table gives for one person."""
    out: list[PersonCluster] = []
    by_known: dict[str, PersonCluster] = {}
    starts = sorted(((m.start, m.end, c) for c in clusters for m in c.mentions), key=lambda x: x[0])
    alias_of: dict[int, PersonCluster] = {}
    for (_, prev_end, prev), (start, _, c) in zip(starts, starts[1:], strict=False):
        gap = tuple(t.lower_ for t in doc[prev_end:start] if t.text not in (",", "(", '"'))
        if c is not prev and gap in ALIAS_CUES and doc[prev_end - 1].sent == doc[start].sent:
            alias_of[id(c)] = prev
    for c in sorted(clusters, key=lambda c: min(m.start for m in c.mentions)):
        known = ctx.known.get(" ".join(c.key))
        target = alias_of.get(id(c)) or (by_known.get(known.name) if known else None)
        if target is not None and target is not c and any(target is o for o in out):
            target.mentions.extend(c.mentions)
            continue
        out.append(c)
        if known:
            by_known.setdefault(known.name, c)
    return out


# Labels NER may give a lone surname of a person the text named in full ("McIvor said", PRODUCT; "Gros said",
# EVENT: round 14b), besides none.
OTHER_SURNAME_LABELS = frozenset(("ORG", "PERSON", "NORP", "GPE")) | UNKNOWN_NAME_LABELS


def _add_surname_mentions(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> None:
    """Later lone surnames NER missed or mislabelled ("Reeker said", ORG "Nakasone")."""
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    by_last: dict[str, list[PersonCluster]] = {}
    for c in clusters:
        if len(c.key) > 1:
            by_last.setdefault(_surname(c.key), []).append(c)
    # a person named by one word only, after a title ("President Buhari" later), is the person of that word after a
    # title anywhere ("called Nigerian President Buhari" first, the tagger's GPE; round 25)
    titled_only = {c.key[0]: c for c in clusters if len(c.key) == 1}
    if not by_last and not titled_only:
        return
    for t in doc:
        if t.i in taken or not t.text[:1].isupper() or t.i in ctx.gaz_tokens:
            continue
        lone_key = name_key(t.text)
        if (
            len(lone_key) == 1
            and lone_key[0] in titled_only
            and t.i > 0
            and t.i - 1 in ctx.title_tokens
            and t.ent_type_ in OTHER_SURNAME_LABELS
            and (not t.ent_type_ or _lone(t))
        ):
            titled_only[lone_key[0]].mentions.append(Mention(t.i, t.i + 1, t.text, lone_key))
            taken.add(t.i)
            continue
        if t.is_sent_start and t.pos_ != "PROPN" and not _speaking_word(t):
            continue  # a capitalised common word opening a sentence; but "X told the paper:" speaks (round 18c)
        if t.ent_type_ not in OTHER_SURNAME_LABELS or (t.ent_type_ and not _lone(t)):
            continue
        key = name_key(t.text)
        if len(key) == 1 and key[0] in by_last:
            cands = by_last[key[0]]
            best = max(cands, key=lambda c: max((x.start for x in c.mentions if x.start < t.i), default=-1))
            best.mentions.append(Mention(t.i, t.i + 1, t.text, key))


def _speaking_word(token: Token) -> bool:
    """A lone capitalised word opening its sentence as the subject of a speech verb ("X told the paper: ...",
    "X said"), which the tagger read as a plural common noun ("Pires", "Banks"): round 18c (quotes18c)."""
    return (
        token.dep_ == "nsubj"
        and token.head.lemma_ in SPEECH_LEMMAS
        and token.is_alpha
        and not token.is_upper
        and token.i + 1 < len(token.doc)
        and not token.nbor().text[:1].isupper()
    )


def _honoured(doc: Doc, ctx: Context, cluster: PersonCluster) -> bool:
    """Some mention of the cluster follows "Mr", "Mrs", "Ms", "Dr" or another honorific."""
    return any(m.start > 0 and ctx.titles_table.is_honorific(doc[m.start - 1].text) for m in cluster.mentions)


def _split_given_names(clusters: list[PersonCluster], knighted: set[int]) -> list[PersonCluster]:
    """A lone word matching a person's first name is someone else when the article calls that person by
    the last one ("Howard Flight ... Mr Flight ... Mr Howard": Mr Howard is another man); not after "Sir"
    or "Dame", which go with the given name ("Sir Edward Heath ... Mr Heath ... Sir Edward")."""
    out: list[PersonCluster] = []
    for c in clusters:
        out.append(c)
        if len(c.key) < 2:
            continue
        lone = [m for m in c.mentions if len(m.key) == 1]
        first = [m for m in lone if m.key[0] == c.key[0] and m.key[0] != c.key[-1] and m.start not in knighted]
        if not first or not any(m.key[0] == c.key[-1] for m in lone):
            continue
        c.mentions = [m for m in c.mentions if all(m is not f for f in first)]
        out.append(PersonCluster(mentions=first))
    return out


def _add_org_tagged_mentions(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> None:
    """Names NER tagged ORG that name a person of the document ("Kilroy-Silk" for "Robert Kilroy-Silk")."""
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    by_last: dict[str, list[PersonCluster]] = {}
    for c in clusters:
        if len(c.key) > 1 or _honoured(doc, ctx, c):
            # a lone name counts when "Mr" gave it: "Mr Cable" is the person NER called ORG "Vincent Cable"
            by_last.setdefault(c.key[-1], []).append(c)
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        m = _trim(doc, ent.start, ent.end, ctx)
        if m is None or not 2 <= len(m.key) <= 3 or m.key[-1] not in by_last:
            continue
        if not all(t.pos_ == "PROPN" for t in doc[m.start : m.end] if t.is_alpha):
            continue
        cands = [c for c in by_last[m.key[-1]] if _matches(m, c.key) or _matches(Mention(0, 0, "", c.key), m.key)]
        if cands:
            best = max(cands, key=lambda c: max((x.start for x in c.mentions if x.start < m.start), default=-1))
            best.mentions.append(m)
            taken.update(range(m.start, m.end))


# Labels NER may give a lone given name that a text calls a person by ("Tesfay Dinka ... Tesfay said", ORG; round
# 25: "Dharyono Kertosastro ... Dharyono said", GPE, a place no table lists).
GIVEN_NAME_LABELS = frozenset(("ORG", "GPE")) | (UNKNOWN_NAME_LABELS - {""})


def _add_given_name_mentions(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> None:
    """A later lone given name NER tagged ORG (or a product, event, work or law) is the person of that given
    name when the text calls one person by it ("Finance Minister Tesfay Dinka said ... Tesfay said", "Waree
    Havanonda ... Waree said": many Ethiopian, Thai and Filipino names; round 15c). Untagged names are left
    to the tagger (PERSON ones cluster already). Guards: one person of the text bears the given name and no
    one the surname; the word opens no other capitalised name outside the persons' ("Suburban" of "Suburban
    Bank", "Morgan" of "Morgan Guaranty"), is no place of the gazetteer and no listed organisation, comes
    after the full name, and follows neither an honorific nor a title ("Mr Howard" after "Howard Flight" is
    another man)."""
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    by_first: dict[str, list[PersonCluster]] = {}
    surnames = {c.key[-1] for c in clusters} | {_surname(c.key) for c in clusters}
    for c in clusters:
        if len(c.key) > 1 and len(c.key[0]) > 2 and c.key[0] not in surnames:
            by_first.setdefault(c.key[0], []).append(c)
    if not by_first:
        return
    # words that open another capitalised name outside the persons' ("Suburban Bank", "Morgan Guaranty")
    longer = {
        t.lower_
        for t in doc[:-1]
        if t.i not in taken and t.text[:1].isupper() and t.nbor().is_alpha and t.nbor().text[:1].isupper()
    }
    for ent in doc.ents:
        if ent.label_ not in GIVEN_NAME_LABELS or len(ent) != 1 or ent.start in taken:
            continue
        t = ent[0]
        if not t.is_alpha or not t.text[:1].isupper() or t.is_upper or t.i in ctx.gaz_tokens or t.i in ctx.title_tokens:
            continue
        key = name_key(t.text)
        cands = by_first.get(key[0], []) if len(key) == 1 else []
        if len(cands) != 1 or t.lower_ in longer or t.text in ctx.orgs.by_surface:
            continue
        if t.i > 0 and (ctx.titles_table.is_honorific(t.nbor(-1).text) or t.i - 1 in ctx.title_tokens):
            continue
        c = cands[0]
        if min(m.start for m in c.mentions) > t.i:
            continue  # news writing names a person in full first
        c.mentions.append(Mention(t.i, t.i + 1, t.text, key))
        taken.add(t.i)


def _lone(token: Token) -> bool:
    """The token is a whole entity by itself, or the entity is "Mr X's Y" (a name inside an ORG)."""
    if token.ent_iob_ in ("", "O"):
        return True
    lone = token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    return lone or (token.i > 0 and token.nbor(-1).lower_.rstrip(".") in ("mr", "mrs", "ms", "dr"))
