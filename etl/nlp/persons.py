"""Find the people a document names, cluster their mentions, and read role and country from titles.

Mentions come from spaCy's PERSON entities (titles and honorifics trimmed), from a title followed by a
proper name that NER missed ("President Reagan"), and from later surname-only mentions of a clustered
name ("Reeker said", which NER may tag ORG). Role and country come from the title to the left of a name
("Iran's ambassador to Iraq X", "his US counterpart Y"), an apposition ("X, minister-counselor for ..."),
"X of New York", then the clause, then the known-actors dictionary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from etl.nlp.context import COUNTRYLIKE, Context, GazHit
from etl.nlp.gazetteer import PARTY
from etl.nlp.titles import COUNTERPART, HONORIFIC, INTERNATIONAL, TitleEntry, name_key

# Prepositions that make a following country a posting or a topic, not an affiliation ("ambassador to Iraq").
POSTING = frozenset("to in on at for over about against toward towards into".split())
# Words that end a title window on the left ("Iran's ambassador to Iraq X and his US counterpart Y").
LEFT_STOP = frozenset(
    "and or with by as said says told than but while when after before that which who whom between among "
    "including like from called named via under met meet meets during".split()
)
DETERMINERS = frozenset(("the", "a", "an"))
POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their"))
WINDOW = 12
COMPANY_SUFFIXES = frozenset("na inc co corp ltd plc ag sa nv gmbh llc bank bv spa ab".split())
DEPUTY_WORDS = frozenset(("deputy", "vice", "assistant", "junior", "under", "under-secretary"))
LEGISLATURE_WORDS = frozenset(
    "senate congress congressional parliament parliamentary commons bundestag duma knesset diet".split()
)
# Capitalised words that end organisation names, never person names ("Treasury Secretary Bank ...").
ORG_NOUNS = frozenset(
    "bank corp corporation inc co ltd plc party council ministry committee commission group agency association "
    "union organisation organization fund office department court parliament assembly government executive "
    "officer affairs operations division board trust exchange market nations states federation institute "
    "university company firm league conference movement front".split()
)
# Roles that belong to a government: the dateline's country is a fair guess when the text names none.
GOVERNMENT_ROLES = frozenset(
    "head_of_state head_of_government foreign_minister minister deputy_minister spokesperson".split()
)
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)


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


@dataclass(slots=True)
class PersonCluster:
    mentions: list[Mention] = field(default_factory=list)
    infos: list[TitleInfo] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    title: str | None = None

    @property
    def name(self) -> str:
        best = max(self.mentions, key=lambda m: (len(m.key), -m.start))
        return best.text

    @property
    def key(self) -> tuple[str, ...]:
        return max((m.key for m in self.mentions), key=len)


def find_persons(doc: Doc, ctx: Context) -> list[PersonCluster]:
    """Person clusters of a document, in order of first mention, with role and country resolved."""
    mentions = _candidate_mentions(doc, ctx)
    titled = {m.start for m in mentions if m.start - 1 in ctx.title_tokens}
    clusters = _cluster(mentions, titled)
    _add_surname_mentions(doc, ctx, clusters)
    ctx.person_tokens = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    person_windows: set[int] = set()
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
        cluster.infos = [_title_info(doc, ctx, m) for m in cluster.mentions]
        for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
            if inf.window_start is not None:
                person_windows.update(range(inf.window_start, m.start))
    _inherit_list_titles(doc, ctx, clusters)
    for cluster in clusters:
        _resolve(doc, ctx, cluster, person_windows)
    for cluster in clusters:
        if cluster.role == COUNTERPART:
            cluster.role = _counterpart_role(doc, cluster, clusters)
        if not cluster.role:
            cluster.role = "other"
    clusters = [c for c in clusters if not _not_a_person(doc, ctx, c)]
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _not_a_person(doc: Doc, ctx: Context, cluster: PersonCluster) -> bool:
    """A lone word NER called a person once but something else elsewhere ("Euronext", "Goldman"),
    with no title and no known bearer."""
    if any(inf.role for inf in cluster.infos) or ctx.known.lookup(cluster.name)[0]:
        return False
    if len(cluster.key) == 1:
        # A person is named in full first; a lone word with no title, no "Mr" and no known bearer is far
        # more often a place or a firm NER mistook ("Powys", "Louvre", "Absa").
        return not any(m.start > 0 and ctx.titles_table.is_honorific(doc[m.start - 1].text) for m in cluster.mentions)
    texts = {m.text for m in cluster.mentions}
    votes = [e.label_ == "PERSON" for e in doc.ents if e.text in texts]
    return bool(votes) and sum(votes) * 2 < len(votes)  # NER calls it an organisation more often


# ---------------------------------------------------------------------------------------------- mentions


def _candidate_mentions(doc: Doc, ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        m = _trim(doc, ent.start, ent.end, ctx)
        if m:
            out.append(m)
            taken.update(range(m.start, m.end))
    ent_tokens = {
        i for ent in doc.ents if ent.label_ in ("GPE", "NORP", "LOC", "FAC") for i in range(ent.start, ent.end)
    }
    org_tokens = {i for ent in doc.ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
    for ts, te, entry in ctx.titles:
        if entry.role == HONORIFIC and not (te < len(doc) and doc[te].text[:1].isupper()):
            continue
        if ts in org_tokens:
            continue  # "General Motors", "General Agreement on Tariffs": the title word starts a name
        if te + 1 < len(doc) and doc[te].lower_ in ("to", "in") and te + 1 in ctx.gaz_at:
            te = ctx.gaz_at[te + 1].end  # "ambassador to Iraq Karim Zand" (NER often calls it ORG)
        j = te
        while j < len(doc) and j - te < 4 and _name_token(doc, j, ctx) and j not in taken:
            j += 1
        if j > te and not any(i in ent_tokens for i in range(te, j)):
            m = _trim(doc, te, j, ctx)
            # NER missed it: trust a lone word only for a known bearer ("General Agreeement" is no one)
            if m and len(m.key) == 1 and ctx.known.lookup(m.text) == (None, None):
                continue
            if m and not any(i in taken for i in range(m.start, m.end)):
                out.append(m)
                taken.update(range(m.start, m.end))
    return out


def _name_token(doc: Doc, i: int, ctx: Context) -> bool:
    t = doc[i]
    text = t.text
    if not text[:1].isupper() or t.like_num or t.is_punct or i in ctx.gaz_tokens:
        return False
    if ctx.titles_table.is_title_word(text) or text.lower() in MONTHS_DAYS or text.lower() in ORG_NOUNS:
        return False
    return t.pos_ == "PROPN" or t.tag_ == "NNP"


def _trim(doc: Doc, start: int, end: int, ctx: Context) -> Mention | None:
    """The name inside [start, end): titles, honorifics, determiners and possessives stripped; or None."""
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or doc[start].is_punct
        or ctx.titles_table.is_title_word(doc[start].text)
        or (doc[start].lower_.rstrip(".") + "." in ctx.titles_table.entries)
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in ("'s", "'", "’s")):
        end -= 1
    if start >= end or end - start > 6:
        return None
    span = doc[start:end]
    text = span.text
    if any(c.isdigit() for c in text) or not any(t.text[:1].isupper() for t in span):
        return None
    if span[-1].text.lower().rstrip(".") in COMPANY_SUFFIXES:
        return None
    if ctx.gaz.lookup(text) or text in ctx.orgs.by_surface or text.lower() in MONTHS_DAYS:
        return None
    if all(ctx.titles_table.is_title_word(t.text) or not t.is_alpha for t in span):
        return None
    key = name_key(text)
    key = tuple(k for k in key if not ctx.titles_table.is_honorific(k))
    if not key:
        return None
    return Mention(start, end, text, key)


def _matches(mention: Mention, cluster_key: Sequence[str]) -> bool:
    """Gold's rule: equal, or a subset ending in the same token; a lone token may also be a family name
    written first ("Lho" for "Lho Shin-yong")."""
    if tuple(mention.key) == tuple(cluster_key):
        return True
    if set(mention.key) <= set(cluster_key) and mention.key[-1] == cluster_key[-1]:
        return True
    return (
        len(mention.key) == 1
        and len(cluster_key) > 1
        and mention.key[0] == cluster_key[0]
        and (len(mention.key[0]) > 2)
    )


def _cluster(mentions: list[Mention], titled: set[int]) -> list[PersonCluster]:
    """Group mentions of one person. `titled` holds the starts of mentions right after a title: such a
    lone surname before any full mention of a cluster is someone else ("President Reagan ... Nancy
    Reagan"), since news writing names a person in full first."""
    clusters: list[PersonCluster] = []
    for m in sorted(mentions, key=lambda m: (-len(m.key), m.start)):
        candidates = [c for c in clusters if _matches(m, c.key)]
        exact = [c for c in candidates if tuple(c.key) == tuple(m.key)]
        if exact:
            candidates = exact
        elif len(m.key) == 1 and m.start in titled:
            candidates = [c for c in candidates if min(x.start for x in c.mentions) < m.start]
        if candidates:
            # Two people share a surname: the one mentioned last before this mention.
            best = max(candidates, key=lambda c: max((x.start for x in c.mentions if x.start < m.start), default=-1))
            best.mentions.append(m)
        else:
            clusters.append(PersonCluster(mentions=[m]))
    return clusters


def _add_surname_mentions(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> None:
    """Later lone surnames NER missed or mislabelled ("Reeker said", ORG "Nakasone")."""
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    by_last: dict[str, list[PersonCluster]] = {}
    for c in clusters:
        if len(c.key) > 1:
            by_last.setdefault(c.key[-1], []).append(c)
    if not by_last:
        return
    for t in doc:
        if t.i in taken or not t.text[:1].isupper() or t.i in ctx.gaz_tokens or t.is_sent_start and t.pos_ != "PROPN":
            continue
        if t.ent_type_ not in ("", "ORG", "PERSON", "NORP", "GPE") or (t.ent_type_ and not _lone(t)):
            continue
        key = name_key(t.text)
        if len(key) == 1 and key[0] in by_last:
            cands = by_last[key[0]]
            best = max(cands, key=lambda c: max((x.start for x in c.mentions if x.start < t.i), default=-1))
            best.mentions.append(Mention(t.i, t.i + 1, t.text, key))


def _lone(token) -> bool:  # type: ignore[no-untyped-def]
    """The token is a whole entity by itself, or the entity is "Mr X's Y" (a name inside an ORG)."""
    if token.ent_iob_ in ("", "O"):
        return True
    lone = token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    return lone or (token.i > 0 and token.nbor(-1).lower_.rstrip(".") in ("mr", "mrs", "ms", "dr"))


# ---------------------------------------------------------------------------------------------- titles


def _title_info(doc: Doc, ctx: Context, m: Mention) -> TitleInfo:
    sent = doc[m.start].sent
    info = _left_title(doc, ctx, m, sent)
    if info.role is None or info.country is None:
        right = _apposition(doc, ctx, m, sent)
        info.role = info.role or right.role
        if not info.org_qualified:
            info.country = info.country or right.country
        info.text = info.text or right.text
    if info.country is None and m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
        hit = ctx.gaz_at.get(m.end + 1)
        if hit and (hit.kind in COUNTRYLIKE or hit.kind == "place"):
            info.country = hit.value
    return info


def _left_title(doc: Doc, ctx: Context, m: Mention, sent: Span) -> TitleInfo:
    info = TitleInfo()
    first = sent.start
    if first >= 2 and doc[first - 1].text == "." and first - 2 in ctx.title_tokens:
        first = doc[first - 2].sent.start  # the parser split after "Sens." / "Gen."
    lo = max(first, m.start - WINDOW)
    hi = m.start
    i = m.start - 1
    comma_mode = False
    if i >= lo and doc[i].text == ",":
        comma_mode = True
        hi = i
        i -= 1
    while i >= lo:
        t = doc[i]
        low = t.lower_
        if i in ctx.person_tokens or t.is_space:
            break
        if i in ctx.title_tokens and not ctx.titles_table.is_honorific(t.text) or i in ctx.gaz_tokens:
            i -= 1  # inside a title or a country name every word belongs ("Under-Secretary")
            continue
        if low in LEFT_STOP or t.like_num:
            break
        if t.pos_ == "ADP" and low != "'s" and i - 1 not in ctx.title_tokens:
            break  # a preposition belongs to the title only right after it ("ambassador to Iraq")
        if t.text == "." and not (i - 1 in ctx.title_tokens and i - 1 >= lo):  # "Sens. X" but not ". X"
            break
        if t.is_punct and t.text not in ("'s", "'", "-", "&", ".") and i not in ctx.title_tokens:
            break
        if t.pos_ in ("VERB", "AUX") and i not in ctx.title_tokens and i not in ctx.gaz_tokens:
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
    start = i + 1
    if start >= hi:
        return info
    _read_window(doc, ctx, start, hi, info, closest_title=True)
    if comma_mode and info.role is None:
        return TitleInfo()
    if info.role is None and info.country is not None:
        # Without a title only a word right before the name is an affiliation ("Iranian Hassan X",
        # "Britain's Y"), not "a Brussels summit Mr Blair".
        hit = next((h for h in ctx.hits_in(start, hi) if h.end in (hi, hi - 1)), None)
        if hit is None or doc[hit.end : hi].text not in ("", "'s", "'"):
            info.country = None
    info.window_start = start
    return info


def _apposition(doc: Doc, ctx: Context, m: Mention, sent: Span) -> TitleInfo:
    info = TitleInfo()
    if m.end >= sent.end - 1 or doc[m.end].text != ",":
        return info
    start = m.end + 1
    j = start
    while j < min(sent.end, start + WINDOW) and doc[j].text not in (",", ";", ".", ")", "(", '"', "--"):
        if doc[j].pos_ in ("VERB", "AUX") and j not in ctx.title_tokens:
            break
        j += 1
    if j == start or doc[start].i in ctx.person_tokens:
        return info
    if j < sent.end and j < start + WINDOW and doc[j].pos_ in ("VERB", "AUX"):
        return info  # "Air Atlanta, a KLM spokeswoman said": a new clause, not an apposition
    _read_window(doc, ctx, start, j, info, closest_title=False, affiliation_from=True)
    if info.role is None and doc[start].lower_ != "from":
        return TitleInfo()
    return info


def _read_window(
    doc: Doc, ctx: Context, start: int, end: int, info: TitleInfo, closest_title: bool, affiliation_from: bool = False
) -> None:
    """Role, country and organisation qualifier from the tokens [start, end)."""
    titles = [(ts, te, e) for ts, te, e in ctx.titles_in(start, end) if e.role != HONORIFIC]
    best: tuple[int, int, TitleEntry] | None = None
    if titles:
        if closest_title:
            best = max(titles, key=lambda x: (x[1], x[1] - x[0]))
        else:
            first_start = min(ts for ts, _, _ in titles)
            best = max((x for x in titles if x[0] == first_start), key=lambda x: x[1] - x[0])
    limit = best[1] if best and closest_title else end  # left of a name: no country after its title
    countries: list[GazHit] = []
    parties: list[GazHit] = []
    org = False
    hits = ctx.hits_in(start, end)
    for hit in hits:
        if hit.end > limit:
            continue
        prev = doc[hit.start - 1].lower_ if hit.start > 0 else ""
        if hit.kind in COUNTRYLIKE and (prev not in POSTING or (affiliation_from and prev == "from")):
            countries.append(hit)
        elif hit.kind == PARTY:
            parties.append(hit)
        elif hit.kind in ("igo", "org"):
            org = True
    if not countries and parties and (best or parties[-1].end == end):
        countries = parties  # "Tory foreign affairs spokesman": the party's country, only with a title
    if any(
        e <= limit
        and not any(h.start <= s < h.end for h in hits)
        and not all(i in ctx.title_tokens for i in range(s, e))  # "Finance" of "Finance Secretary"
        for s, e in ctx.orgs_in(start, end)
    ):
        org = True
    info.org_qualified = org
    if countries:
        info.country = countries[-1].value
    if best:
        ts, te, entry = best
        # "its president" is a company's or a body's, not a head of state (unless a country is named)
        # "its president", "president and chief operating officer" (lower case, no country): a company's
        # or a body's, not a head of state; news style capitalises a head of state's title.
        lower_title = all(not t.text[:1].isupper() for t in doc[ts:te])
        org_role = (org or info.possessive in ("its", "their") or lower_title) and not countries
        # "French Maize Producers Association president", "the party's president": the body's, always
        j = ts - 1
        while j >= start and doc[j].text in ("'s", "'"):
            j -= 1
        if j >= start and doc[j].lower_ in ORG_NOUNS:
            org_role = True
        info.entry = entry
        info.role = entry.resolve(org_role, info.country)
        info.weak = entry.weak
        before = {t.lower_ for t in doc[max(start, ts - 3) : ts]}
        if info.role in ("minister", "foreign_minister") and before & DEPUTY_WORDS:
            info.role = "deputy_minister"  # "Deputy U.S. Trade Representative", "Deputy Treasury Secretary"
        elif info.role in ("official", "other") and {t.lower_ for t in doc[start:end]} & LEGISLATURE_WORDS:
            info.role = "legislator"  # "Senate Finance Committee Chairman"
        if org and not countries and entry.org_role:
            info.country = None
        te_text = end
        while te_text > start and ctx.titles_table.is_honorific(doc[te_text - 1].text):
            te_text -= 1
        info.text = doc[start:te_text].text.strip()


def _resolve(doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int]) -> None:
    roles = [inf for inf in cluster.infos if inf.role]
    specific = [inf for inf in roles if inf.role != COUNTERPART]
    chosen = specific[0] if specific else (roles[0] if roles else None)
    known_country, known_role = ctx.known.lookup(cluster.name)
    if chosen:
        cluster.role = known_role if chosen.weak and known_role else chosen.role
        cluster.title = chosen.text
    with_country = [inf for inf in cluster.infos if inf.country]
    org_only = any(inf.org_qualified and not inf.country for inf in cluster.infos if inf.role)
    if with_country:
        cluster.country = with_country[0].country
    elif known_country:
        cluster.country = None if known_country == INTERNATIONAL else known_country
    elif not org_only:
        cluster.country = _clause_country(doc, ctx, cluster, person_windows)
        if cluster.country is None and cluster.role in GOVERNMENT_ROLES:
            # A government title with no nationality: a state named earlier in the sentence ("meet officials
            # of the Tokyo Stock Exchange ... and Posts Minister X"), else the dateline's government
            # (Reuters "TOKYO - ... Foreign Minister Tadashi Kuranari said").
            cluster.country = _sentence_country(doc, ctx, cluster, person_windows) or ctx.dateline_country
    if not cluster.role and known_role:
        cluster.role = known_role
    if chosen and chosen.entry and chosen.entry.by_country and cluster.country:
        # "Chancellor Gordon Brown": the country, known only now, picks the office (GBR: finance minister)
        cluster.role = dict(chosen.entry.by_country).get(cluster.country, cluster.role)


def _clause_country(doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int]) -> str | None:
    """The nearest affiliation-like country before the first titled mention in its sentence
    ("The US team was headed by X"; "the Iranian delegation by its point man Y")."""
    for m, inf in zip(cluster.mentions, cluster.infos, strict=True):
        if not inf.role and not inf.possessive:
            continue
        sent = doc[m.start].sent
        reach = m.start - (WINDOW + 4 if inf.possessive else WINDOW)
        for hit in reversed(ctx.hits_in(max(sent.start, reach), m.start)):
            prev = doc[hit.start - 1].lower_ if hit.start > 0 else ""
            if hit.kind in COUNTRYLIKE and prev not in POSTING and hit.start not in person_windows:
                return hit.value
    return None


def _sentence_country(doc: Doc, ctx: Context, cluster: PersonCluster, person_windows: set[int]) -> str | None:
    """The one state named before the first titled mention in its sentence (None when several are)."""
    m, _ = next(
        ((m, i) for m, i in zip(cluster.mentions, cluster.infos, strict=True) if i.role), (cluster.mentions[0], None)
    )
    sent = doc[m.start].sent
    found = {
        h.value for h in ctx.hits_in(sent.start, m.start) if h.kind in COUNTRYLIKE and h.start not in person_windows
    }
    found |= {h.value for h in ctx.gaz_hits if sent.start <= h.start < m.start and h.kind == "capital"}
    return found.pop() if len(found) == 1 else None


def _counterpart_role(doc: Doc, cluster: PersonCluster, clusters: list[PersonCluster]) -> str:
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


def _inherit_list_titles(doc: Doc, ctx: Context, clusters: list[PersonCluster]) -> None:
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
