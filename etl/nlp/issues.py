"""The `parley_issues` component: bilateral issues (gold README codes) and the country pairs they concern.

Issue phrases come from `etl/dictionaries/issue_phrases.tsv`. Each occurrence is tied to the dyad the
sentence ties it to: the two countries it names, or the nearest two in the parse when it names more;
a lone country is paired with the quotation's speaker or target, the meeting reported in the sentence,
or the article's dominant dyad. A country is never paired with itself; one Issue per dyad and code.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from etl.nlp import gazetteer as gz
from etl.nlp import issue_model
from etl.nlp.doc_ext import doc_text, register_extensions
from etl.nlp.meeting_parts import (
    CountryHit,
    DocIndex,
    load_lexicon,
    noun_phrase,
    sentence_and_before,
    with_conjuncts,
)
from etl.records import Evidence, Issue, Meeting

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "68"

ISO3 = re.compile(r"[A-Z]{3}")  # third column: the country whose issue the phrase names
OF_COUNTRY = "country"  # third column: the phrase is an issue only with a country as the object of its preposition
NAMED_PAIR = "pair"  # third column: the phrase is an issue only when its noun is modified by a pair ("Russia-Ukraine")
NOT_AN_ISSUE = "-"  # a phrase that blocks the shorter phrases inside it
OFFICE = "@"  # a head noun that makes the issue word part of an office's name
FOREIGN = "!"  # a word that makes a country's own affair (its election) a matter between two countries
DOMESTIC = "domestic"  # third column: the phrase names a country's own affair unless a FOREIGN word is near
# Prepositions whose country object is where something happens, not a party ("violence in Iraq").
TOPIC_PREPS = {"on", "about", "over", "concerning", "regarding"}
LOCATIVE_PREPS = {"in", "inside", "within", "throughout", "across", "at"}
# Edges that leave a clause: a country across one is further from the issue word than it looks.
# (A to-infinitive complement, "bid to join", binds as tightly as an object: xcomp is not one.)
CLAUSE_EDGES = {"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj"}
CLAUSE_COST = 3
# A dyad dominates an article when its two countries hold this share of all country mentions.
DOMINANT_SHARE = 0.75
# Words that refer back to a pair of countries.
DYAD_WORDS = re.compile(
    r"\b(?:both|the\s+two)\s+(?:[a-z-]+\s+)?(?:countries|nations|sides|governments|states|neighbou?rs|capitals|powers)\b"
    r"|\bbilateral\b|\beach\s+other\b",
    re.I,
)
# Sides of a conflict named without their countries ("urged the parties to respect the cease-fire"): the peace
# is theirs, not that of the leaders who urged it.
OTHER_PARTIES = re.compile(r"\b(?:the|all|both)\s+(?:parties|sides)\b", re.I)
# Words that refer back to the two people of a meeting ("the two leaders discussed ...").
PAIR_OF_PEOPLE = re.compile(
    r"\b(?:both|the\s+two)\s+(?:leaders|ministers|presidents|premiers|prime\s+ministers|foreign\s+ministers|"
    r"delegations|heads\s+of\s+state|men)\b",
    re.I,
)
# Issues that are always between two sides: with no country in reach, "the peace process" is the one of
# the pair just named, or of the article's dyad.
BETWEEN_CODES = frozenset({"peace_process"})
# Nouns whose topic ("talks on trade", "a row over oil rights") is a matter between the parties.
TALK_WORDS = frozenset(
    "talk talks negotiation discussion dialogue dispute row quarrel conflict disagreement deal agreement accord "
    "cooperation co-operation cooperate co-operate relation relations concern commitment importance consultation "
    "consultations coordination".split()
)
# How many paragraphs (this one included) the article's other country must be named in, for a phrase
# with one country near to take the article's dyad.
PARAGRAPHS_BACK = 1
# Verbs whose object is what the parties of talks dealt with ("they discussed security").
# (With the wording of modern readouts: "agreed on the importance of energy security", "reaffirmed their
# commitment to regional security", "underscored the need for a ceasefire".)
DISCUSS_VERBS = frozenset(
    "discuss review address raise exchange negotiate agree reaffirm affirm underscore emphasize emphasise "
    "stress highlight".split()
)
# Prepositions that give examples of an issue ("security issues, including China and North Korea").
EXAMPLE_PREPS = frozenset({"including", "especially", "particularly", "notably"})
# Edges from an issue word up to the list item that holds it ("... and multilateral engagement to tackle the climate
# crisis": crisis, tackle, engagement).
ITEM_DEPS = frozenset({"pobj", "prep", "compound", "amod", "dobj", "acl", "relcl", "xcomp", "pcomp"})
# Tags of verbs that are items of an agenda rather than acts of their subject ("the need to support ..., defend ...",
# "priorities including preventing ... and countering ..."; not "emphasized ..., reaffirmed ... and briefed ...").
NONFINITE_TAGS = frozenset({"VB", "VBG"})
# Dependents of a verb of talks that are items of what was talked about.
OBJECT_DEPS = frozenset({"dobj", "xcomp", "conj"})
# A list of this many items is an enumeration: the modifiers of one item are not another's.
LIST_ITEMS = 3
# Verbs that report talks, beside DISCUSS_VERBS ("they talked about", "spoke regarding", "their discussion
# covered"), and the dependents of such a verb that hold what was talked about.
REPORT_TALK_VERBS = frozenset("talk speak cover confer consult coordinate".split())  # round 30: "coordinated on"
REPORTED_DEPS = frozenset({"dobj", "prep", "xcomp", "ccomp", "advcl"})
# Verbs with which the parties of talks condemn an act of a third country ("The Secretary and the Foreign Minister
# condemned the DPRK's ballistic missile launches"): each party faces the country whose act it is (round 10); the
# act condemned is never an issue between the parties themselves.
CONDEMN_VERBS = frozenset("condemn denounce deplore".split())
# Verbs with which a readout tells what a party said in talks ("The Secretary emphasized ...", "the two leaders
# noted their firm position that ..."), beside those of DISCUSS_VERBS and REPORT_TALK_VERBS.
PARTY_VERBS = (
    DISCUSS_VERBS
    | REPORT_TALK_VERBS
    | frozenset("note reiterate underline express welcome commit brief share voice pledge".split())
    | CONDEMN_VERBS
)
PARTY_PRONOUNS = frozenset({"they", "we"})
PARTIES_PLURAL = re.compile(
    r"the\s+(?:leaders|ministers|presidents|sides|delegations)", re.I
)  # "The leaders discussed"
# Offices a readout names its principal and his counterpart by ("The Secretary", "the Foreign Minister").
PARTY_OFFICES = frozenset("secretary president minister chancellor premier king emir".split())
# A meeting of up to this many states: each of them faces a country they discussed.
MAX_PARTIES = 4
# Releasing people held is detention: the verbs and nouns, and the people they name besides persons by name.
RELEASE_LEMMAS = frozenset({"release", "free"})
HELD_PEOPLE = frozenset("citizen national journalist reporter pastor priest student tourist sailor".split())
DETENTION_CODES = ("detention",)
# Nouns of a pledge to another country's issue ("commitment to Israel's security").
PLEDGE_NOUNS = frozenset({"commitment", "support", "pledge"})
# Countries further than this from the issue word (in parse steps) are not tied to it.
MAX_DISTANCE = 8
# With three or more countries in reach, the second must be about as near as the first.
MAX_GAP = 4
# "war" alone is too often a trade war or a war of words named again; a war whose parties modify it ("the
# Iraq-Iran war", "their war") is fighting between them, and ending it is their peace process.
WAR_LEMMAS = frozenset({"war"})
# Round 22: an invasion one state owns is its war on the other ("Russia's unprovoked invasion of Ukraine").
OWNED_WAR_LEMMAS = frozenset({"war", "invasion", "aggression"})
WAR_CODES = ("security",)
WAR_ENDING_VERBS = frozenset("end stop halt".split())
REFUGEE_CODES = ("refugees_migration",)
# Round 30: the people who flee as refugees ("civilians fleeing the fighting"), beside a people's name ("Ukrainians").
FLEEING_PEOPLE = frozenset(
    "people individual civilian family refugee migrant person resident child woman citizen national thousand hundred "
    "million".split()
)
# Round 30: verbs of a state's backing of an armed group ("Russia-backed separatists", "arming separatists").
BACKING_VERBS = frozenset("back arm supply support fund finance train equip sponsor".split())
# Round 30: a facility named by its kind ("the Grand Ethiopian Renaissance Dam") is one of that kind.
NAMED_FACILITY_HEADS = frozenset({"dam"})
# Round 30: a conflict or war in a country or between two that the talks want ended or resolved ("efforts to end the
# conflict in Yemen", "a peaceful resolution of the conflict in Libya") is also its peace process. Not violence with no
# place or sides ("urged him to end violence" against protesters), nor a crisis, often a political one ("resolving
# the crisis in Burma and restoring it to the path to democracy").
ENDED_CONFLICT_LEMMAS = frozenset("conflict war fighting violence".split())
ENDING_VERBS = frozenset("end stop halt resolve settle".split())
ENDING_NOUNS = frozenset("end ending resolution settlement solution".split())
# Round 18d (issues18d): an armed attack of one state on what another state owns ("the U.S. attack on two Iranian
# oil platforms", "Iraqi warplanes attacked Iran's oilfields", "an Iranian attack on Soviet ships"): security
# between the attacker and the owner of the target. Nouns and verbs of the attack; a subject that is no state itself
# must be armed ("warplanes", "forces"), so that a minister or bankers "attacking" a policy are none; a target that
# is a policy or a word is a verbal attack ("French attacks on American farm policy").
ATTACK_NOUNS = frozenset("attack strike assault".split())
ATTACK_VERBS = frozenset("attack strike bomb".split())
ARMED_NOUNS = frozenset(
    "force forces troop troops army navy military warplane plane jet aircraft gunboat boat warship ship vessel "
    "helicopter gunship bomber fighter missile artillery unit soldier guerrilla commando division brigade battalion "
    "regiment guard guards".split()
)
# Verbs whose subject fends an attack off ("its troops repelled an attack"): the subject is the one attacked.
DEFENCE_VERBS = frozenset("repel repulse foil thwart resist".split())
VERBAL_TARGETS = frozenset(
    "policy policies practice practices law laws plan plans proposal proposals subsidy subsidies stance position "
    "decision decisions claim claims record view views remark remarks statement statements report idea ideas "
    "rule rules tariff tariffs program programme approach attitude move measure measures".split()
)
# Prepositions of a title's portfolio ("Assistant Secretary for international security policy", "Minister
# for Trade"), and the nouns a portfolio is named with besides the issue word.
PORTFOLIO_PREPS = frozenset({"for", "of"})
PORTFOLIO_NOUNS = frozenset({"policy", "affairs", "matters"})
# Nouns whose country adjective names a private body or a currency, not a party ("a Swiss bank account",
# "the Swiss franc", "a French newspaper"): the country is where it is, not who deals with whom. A currency by any
# name (round 15b: "the US currency", "5,000 U.S. Dlrs", "the Thai baht").
CURRENCY_HEADS = frozenset(
    "franc dollar yen mark pound lira peseta currency dlr dlrs baht ringgit rupee rupiah peso yuan renminbi rouble "
    "ruble krona krone guilder schilling escudo drachma shekel rand dinar riyal won".split()
)
# How far after "followed by" (and an article) the next row's country may start ("followed by West Germany").
RANKED_NAME_SPAN = 3
# Words between a country and its own figure in a table told as a sentence ("Chile with about 20 billion", "Japan,
# 9.9 pct"): round 19b.
FIGURE_LEADS = frozenset({",", "with", "around", "about", "some", "nearly", "almost", "over", "roughly"})
PRIVATE_HEADS = CURRENCY_HEADS | frozenset(
    "account company firm newspaper magazine paper television radio broadcaster design model version variant "
    "investor bondholder shareholder".split()  # ("Japanese investors", "U.S. bondholders": round 28)
    + "businessman businesswoman trader dealer banker".split()  # ("told a group of Japanese businessmen": round 32)
)
# Comparison prepositions: the countries of "an embargo like that on Cuba" are
# compared with the party, not facing it.
COMPARISON_PREPS = frozenset({"as", "like", "than"})
COMPARISON_WORDS = frozenset({"same", "similar", "such"})
# Nouns of a firm whose trade an issue word may name ("water firm", "crude company"); not "producer", which is as
# often a state ("non-OPEC oil producers").
FIRM_NOUNS = frozenset("firm company corporation corp giant maker utility monopoly conglomerate".split())
# Nouns that name a firm only when its name follows ("industrial gases group Aga AB", "its oil production unit,
# Yuganskneftegas"; not "the 13-nation oil group", nor one named OPEC): round 15.
NAMED_FIRM_NOUNS = frozenset({"group", "concern", "unit", "subsidiary"})
# Market bodies and people whose line of business an issue word names ("a U.K. trade house", "a trading house",
# "trade sources said", "trade and official sources said", "the Foreign Trade Bank"): traders, not states (round 9).
MARKET_NOUNS = frozenset("house source bank circle".split())
# A line of finance, not one state's investment in another (round 15b): "investment banking", "an investment bank",
# "investment bankers", "an investment trust".
FINANCE_NOUNS = frozenset("bank banking banker house trust".split())
# What is bought that is no state's goods: money, securities, stakes and firms ("purchases of U.S. bonds",
# "the purchase of a 5 pct stake", "its purchase of a Canadian brewer"; round 18c)
NOT_STATE_GOODS = frozenset(
    "bond treasury treasuries security securities share stock stake interest asset dollar currency yen mark note bill"
    " paper equity holding company firm unit subsidiary brewer bank group concern business operation refinery".split()
)
INVESTMENT_LEMMAS = frozenset({"investment"})
# Round 19 (issues19): verbs of a state buying another state's goods (`_bought_from_a_state`)
BUY_LEMMAS = frozenset({"buy", "purchase"})
TRADE_LEMMAS = frozenset({"trade", "trading"})
# A market's session, not trade between states (round 15): "trade" or "trading" qualified by the time or pace of a
# session ("in early Tokyo trade", "electronic trading of shares") or naming a session or place of dealing ("a hectic
# trading week", "a regional rubber trading centre").
SESSION_WORDS = frozenset(
    "early late midday afternoon morning overnight evening electronic hectic brisk thin nervous volatile".split()
)
SESSION_NOUNS = frozenset("week day session hour floor centre center pit".split())
# Securities and money dealt in markets, and a firm's dealing: their "trading" is no trade between states (round 24).
FINANCIAL_GOODS = frozenset(
    "future futures option options contract contracts bond bonds share shares stock stocks security securities "
    "treasury treasuries note notes currency currencies riyal dollar dollars yen mark marks sterling index".split()
)
FIRM_WORDS = frozenset("decision decisions operation operations desk desks firm firms house houses".split())
# Verbs of trading whose subject is the trader (round 14b): when that is one firm ("the carmaker plans to ... export
# it to B") or goods that trade at a price ("the grades were trading above official prices"), the record is a
# company's or a market's business, not trade between two states. Subjects that stand for a state are not goods.
TRADER_VERBS = frozenset({"trade", "export", "import"})
TRADING_STATE_NOUNS = frozenset("country nation state government economy partner side member ally bloc".split())
# Trade words of a flow of goods: when the goods are fuel the matter is energy, not trade.
FLOW_LEMMAS = frozenset({"import", "export", "importer", "exporter"})
TRADE_CODES = ("trade",)
TENSION_LEMMAS = frozenset({"tension"})
ENERGY_CODES = ("energy",)
# Adjectives that open a comparison with what follows "to" ("a loan-for-oil deal, similar to that concluded between
# Rosneft and China's oil company"): the countries after it are compared with the party, not its partners.
LIKENESS_WORDS = frozenset({"similar", "comparable", "identical", "akin"})
# Prepositions of a ranking ("the bank's No. 2 borrower after Pakistan", "the largest exporter behind
# Brazil"): the country ranked beside the party is no partner.
RANKING_PREPS = frozenset({"after", "behind"})
# Verbs whose object is a model the subject copies or refuses to copy ("will not follow Brazil in suspending
# payments on its debt"), and the nouns that carry the model ("follow Brazil's lead", "the example of Mexico"):
# the model is compared, not a party of the issue.
IMITATION_VERBS = frozenset({"follow", "emulate", "imitate", "copy"})
MODEL_NOUNS = frozenset({"lead", "example", "footsteps", "path", "precedent"}) | frozenset(
    "action move step decision policy approach model".split()  # "should copy Brazil's action" (round 32)
)
# Two countries coordinated as the subject of a verb are a dyad when what they do is between them ("India and
# Pakistan signed a trade accord", "... reopened their border"); otherwise they act as one side ("Germany and
# France want the embargo lifted", "The UK and US cannot stop every terror attack"), and each
# faces the country the issue was last tied to in the article, if any.
RECIPROCAL_VERBS = frozenset(
    "agree sign discuss negotiate hold reach resume settle resolve end establish restore break sever normalise "
    "normalize exchange improve expand boost share conclude open reopen begin start have fight clash dispute talk "
    "meet trade cooperate co-operate differ disagree quarrel feud row renew maintain develop strengthen deepen "
    "mend repair initial be remain keep seek set launch argue wrangle spar squabble bicker haggle compete".split()
)
BETWEEN_WORDS = frozenset({"their", "each", "between", "bilateral", "mutual", "joint", "together"})
# Verbs that press their coordinated objects as one side ("persuading Japan and Italy to buy"), and
# prepositions that make a coordinated pair one side ("loans from Saudi Arabia and Kuwait", "sanctions on
# Iran and Syria"); "between" and "by" do not ("the move by India and Pakistan").
PRESSING_VERBS = frozenset("urge press persuade push pressure pressurise pressurize force encourage ask".split())
# Verbs whose coordinated object is two sides of one thing ("a pipeline linking Iran and Pakistan", "the war pitted
# Iran and Iraq against each other") or shares a concern ("the problems facing Canada and the United States"):
# their object stays a dyad. The object of any other verb is one side (round 15: "They named Kuwait and the United
# Arab Emirates among those producing above quota").
LINKING_VERBS = frozenset(
    "link connect join separate divide pit unite reunite reconcile involve bind tie bring span straddle mediate "
    "face confront threaten affect concern worry trouble plague strain sour cloud dominate preoccupy".split()
)
# Heads of the names of creditor groups named after a city ("the Paris Club", "the London Club").
CLUB_NOUNS = frozenset({"club"})
# Words a city names a lenders' rate or money market by ("the London interbank offered rate", "the Vienna Interbank
# Offered Rate", "the Hong Kong interbank market"): the market's, not the state whose city it is (round 17).
RATE_NAME_WORDS = frozenset({"interbank"})
SAME_SIDE_PREPS = frozenset("from to on against with for into toward towards except excluding besides".split())
# Prepositions whose objects, each in an item of its own, are parallel items of one list of quantities ("sales of
# 200,000 t of wheat to Jordan, 300,000 t of meal to Iraq and ... to Algeria", "1.0 mln bpd through the
# Turkish pipeline, 0.1 mln by truck through Jordan and 0.2 mln via the Saudi pipeline"): one side (round 15d). "via"
# names the same role as "through".
PARALLEL_PREPS = frozenset("from to on against with for into through".split())
PREP_ROLE = {"via": "through", "towards": "to", "toward": "to"}
# Words that go on to the next item of a list of quantities ("wheat to A, meal to B and corn to C").
LIST_JOINS = frozenset({",", ";", "and", "while", "whereas"})
# A wire dateline the cleaner left in the text (a region of two words: "TAUPO, New Zealand, May 9 - ").
DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'\- ]{1,40},(?:\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2},)?\s*"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*-\s"
)
# Nouns of a gathering held somewhere ("the December meeting on climate change in Copenhagen").
MEETING_NOUNS = frozenset("meeting conference summit talks session forum".split())
# Nouns that stand for a state as the subject of a sentence ("The Israeli government refuses ...").
STATE_NOUNS = frozenset("government administration authorities authority regime cabinet leadership".split())
# Pronouns that stand for a country named as the subject ("Japan said it would cut its tariffs").
COUNTRY_PRONOUNS = frozenset({"it", "its"})
# Roles of speakers who do not speak for their state ("a UKIP MEP", "the opposition leader").
PARTY_ROLES = frozenset({"party_leader", "legislator", "militant", "other"})
# Nouns two coordinated country words modify as one side ("British and American troops", "US and British
# banks"); not people who meet ("Indian and Pakistani officials").
JOINT_NOUNS = frozenset(
    "troop force soldier army navy warplane jet aircraft warship pressure bank firm company investor creditor "
    "lender donor ally".split()
)
# Round 19 (issues19): nouns naming a political scandal ("the Iran arms scandal", "the Iranian arms affair", "the
# arms-to-Iran scandal"): the words of its name are no issue and its country word no party; the scandal is the
# named state's own affair (a White House in disarray), not a matter the article reports between two states.
SCANDAL_NOUNS = frozenset({"scandal", "affair"})
SCANDAL_NAME_GAP = 5
NAME_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP"})  # the words a scandal's name is made of ("arms-to-Iran")
# Plural nouns whose coordinated national modifiers are two parties, whatever their role ("Canadian and Japanese
# negotiators said ...", "U.S. and Soviet officials", "Indian and Pakistani relations"): people who meet or talk, and
# what is between two (round 17b; other plural nouns take the role of their clause: `_acting_together`).
DYAD_NOUNS = frozenset(
    "official negotiator delegation delegate leader minister diplomat envoy representative spokesman expert "
    "talk negotiation relation tie contact exchange dispute difference border side counterpart".split()
)
# A mission that speaks ("the U.S. Embassy replied that ...") is a speaker, not an issue of diplomatic relations.
MISSION_NOUNS = frozenset({"embassy", "consulate"})
# What a mission writes ("a U.S. Embassy report said", "the embassy's annual farm survey"): the mission as a
# source of figures, no issue of relations (round 19b).
MISSION_PAPERS = frozenset("report survey study estimate forecast statement bulletin".split())
SAYING_VERBS = frozenset("say reply tell state deny announce add report confirm respond comment".split())
# People whose post is in a mission ("a spokesman at the U.S. embassy", "its commercial counsellor in its Washington
# embassy"): the mission is where they work.
MISSION_STAFF = frozenset(
    "spokesman spokeswoman official counsellor counselor diplomat attache officer source staff secretary".split()
)
# Adverbs that make an issue the world's, not one between two states ("defend human rights worldwide").
WORLD_ADVERBS = frozenset({"worldwide", "globally"})
# Verbs of where a country lies ("Germany, which borders Poland"): geography, not a border issue.
GEOGRAPHY_VERBS = frozenset({"border"})
# Round 16 (issues16): a border as the address of a place ("a valley near the Bolivian border", "close to the border
# with Morocco"), unless the sentence tells of force or crossing at it (these words, or any other issue phrase).
BORDER_CODES = ("border",)
BORDER_LEMMAS = frozenset({"border", "frontier"})
NEARNESS_WORDS = frozenset({"close", "next", "near"})
ADJOINING_VERBS = frozenset({"adjoin", "abut", "straddle", "skirt"})
BORDER_EVENT_LEMMAS = frozenset(
    "fight fighting clash attack offensive shell shelling bomb bombing kill raid fire gunfire infiltrate infiltration "
    "incursion troop soldier army guard patrol deploy mass cross crossing smuggle smuggler smuggling refugee militant "
    "rebel guerrilla fence mine checkpoint post closure seal reopen open dispute incident tension".split()
)
# Recognising a state is a diplomatic act; "recognized Chile for its strong institutions" and "recognized the
# establishment of the working group as a step forward" are praise. The objects that make it recognition:
RECOGNISE_LEMMAS = frozenset({"recognise", "recognize"})
RECOGNISED_NOUNS = frozenset("government state country independence sovereignty regime republic authority".split())
PRAISE_PREPS = frozenset({"for", "as"})
# A state's things whose recognition is still a matter of statehood or of its acts abroad ("recognize Israel's right
# to exist", "recognise Morocco's annexation").
RECOGNISED_CLAIMS = frozenset("right annexation claim border borders election victory".split())
# What a state is recognised for when "recognise" praises it ("recognized Kenya's leadership").
PRAISED_NOUNS = frozenset(
    "leadership role effort efforts contribution contributions work commitment progress achievement achievements "
    "partnership support generosity hospitality success".split()
)
# "expelled from the Labour party": a member out of a body, not a diplomat out of a country.
EXPEL_LEMMAS = frozenset({"expel", "expulsion"})
BODY_NOUNS = frozenset("party group union club council committee organisation organization movement".split())
# Verbs of dealing whose place is a venue, not where their subject is ("a loan to be agreed in Washington").
DEALING_VERBS = frozenset(
    "agree sign announce discuss meet say hold conclude approve negotiate reach grant extend arrange".split()
)
# Verbs whose object's place is the venue ("met his counterparts in Luxembourg").
VENUE_VERBS = frozenset("meet visit join receive host see greet".split())
# A neutral noun of `OF_COUNTRY` phrases ("the situation in Ukraine") is a topic, not a concern, unless a word
# qualifies it ("the very dangerous situation in North Korea"); words that only date it do not ("the latest").
NEUTRAL_NOUNS = frozenset({"situation"})
DATING_WORDS = frozenset("latest late current present ongoing recent overall general".split())
DEBUG = bool(os.environ.get("PARLEY_DEBUG_ISSUES"))
# The pairing path that chose the last dyads (a debug output: `IssueFinder.paths` maps each issue to the paths
# that produced it, for measuring each path's precision on gold; docs/coding-rules.md has the table). A context
# variable, not a module global: each thread (and task) running the pipeline keeps its own.
_PATH: ContextVar[str] = ContextVar("parley_issue_path", default="none")


_F = TypeVar("_F", bound=Callable[..., object])


def _producer(fn: _F) -> _F:
    """Record `fn`'s name as the pairing path when it returns dyads."""

    @functools.wraps(fn)
    def wrapped(*args: object, **kwargs: object) -> object:
        out = fn(*args, **kwargs)
        if fn.__name__ in ("_pair_lone", "_pair_unanchored"):
            if out[0]:  # type: ignore[index]
                _PATH.set(f"{fn.__name__}:{out[1]}")  # type: ignore[index]
        elif out:
            _PATH.set(fn.__name__)
        return out

    return wrapped  # type: ignore[return-value]


Near = tuple[Token, CountryHit, int, bool]  # a country near an issue word: token, hit, distance, locative


@dataclass(slots=True)
class IssueLexicon:
    """Phrases by first word; each entry (words, codes), longest first."""

    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = field(default_factory=dict)
    offices: set[str] = field(default_factory=set)
    domestic: set[tuple[str, ...]] = field(default_factory=set)  # phrases of a country's own affairs
    # phrases that name whose issue it is without naming the country ("the JCPOA": Iran's)
    implied: dict[tuple[str, ...], str] = field(default_factory=dict)
    # phrases ending in a preposition that are issues only with a country as its object ("the situation in Syria",
    # not "the situation in the eurozone")
    of_country: set[tuple[str, ...]] = field(default_factory=set)
    named_pair: set[tuple[str, ...]] = field(default_factory=set)
    foreign: set[str] = field(default_factory=set)  # lemmas that make such an affair bilateral


def _words(phrase: str) -> tuple[str, ...]:
    # spaCy splits infix hyphens ("cease-fire" -> cease - fire); the dictionary writes them spaced.
    return tuple(w for w in re.split(r"\s+", phrase.lower().replace("-", " - ").strip()) if w)


@lru_cache(maxsize=8)
def load_issue_lexicon(extra_dirs: tuple[str, ...] = ()) -> IssueLexicon:
    """Read `issue_phrases.tsv` (built-in, then the user's directories) once."""
    lex = IssueLexicon()
    for path in gz.dictionary_files("issue_phrases.tsv", [Path(d) for d in extra_dirs]):
        for row in gz.read_tsv(path):
            if len(row) < 2 or not row[0]:
                continue
            codes = tuple(c.strip() for c in row[1].split("|") if c.strip())
            if codes == (OFFICE,):
                lex.offices.add(row[0].lower())
                continue
            if codes == (FOREIGN,):
                lex.foreign.add(row[0].lower())
                continue
            words = _words(row[0])
            lex.by_first.setdefault(words[0], []).append((words, codes))
            third = row[2].strip() if len(row) > 2 else ""
            if third == DOMESTIC:
                lex.domestic.add(words)
            elif third == OF_COUNTRY:
                lex.of_country.add(words)
            elif third == NAMED_PAIR:
                lex.named_pair.add(words)
            elif ISO3.fullmatch(third):
                lex.implied[words] = third
    for entries in lex.by_first.values():
        entries.sort(key=lambda e: -len(e[0]))  # stable: file order kept among equal lengths
    return lex


class IssueFinder:
    """Pipeline component: set `doc._.parley_issues`."""

    def __init__(self, dictionaries: list[str], model: str | None = None) -> None:
        self.lex = load_issue_lexicon(tuple(dictionaries))
        self.meeting_lex = load_lexicon(tuple(dictionaries))
        # debug output: the pairing paths that produced each issue of the last doc
        self.paths: dict[tuple[tuple[str, str], str], list[str]] = {}
        # The learned scorer that keeps or drops the rules' records (None: the rules alone decide); `record`
        # (training, tools/train_issue_model.py) keeps the last doc's candidates and features in `candidates`,
        # with the liberal ones when `liberal` is set.
        self.model = issue_model.load_model(model) if model else issue_model.load_model()
        self.record = False
        self.liberal = bool(self.model and self.model.liberal)
        self.candidates: list[issue_model.Candidate] = []

    @property
    def learned_digest(self) -> str | None:
        """The digest of the learned weights in use (None: the rules alone decide), for the pipeline version."""
        return self.model.digest() if self.model is not None else None

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        doc._.parley_issues = []
        if not len(doc):
            return doc
        index = DocIndex.for_doc(doc, self.meeting_lex)
        # Every mention of every meeting, by start: an issue looks up the meetings of its own sentence. (Not a
        # session of an organisation's members, "a meeting of EC farm ministers": its members are not two sides
        # of what it discussed; round 23.)
        councils = self.meeting_lex.councils
        self._meeting_mentions = sorted(
            (
                (ev.start, ev.end, meeting)
                for meeting in doc._.parley_meetings or ()
                if meeting.host not in councils and not _organisation_session(meeting)
                for ev in meeting.mentions or [meeting.evidence]
                # (a trip the parties discussed is their topic, not the talks "they" refer to; round 25)
                if not _discussed_meeting(doc, ev.start, ev.end)
            ),
            key=_first,
        )
        dyad = _dominant_dyad(doc, index)
        found: dict[tuple[tuple[str, str], str], Issue] = {}
        supports: dict[tuple[tuple[str, str], str], list[issue_model.Support]] = {}
        liberal: dict[tuple[tuple[str, str], str], list[issue_model.Support]] = {}
        self.paths = {}
        for span, codes, domestic in self._matches(doc, index):
            path = self._paths_of(doc, index, span, dyad, codes, domestic)
            for pair in path:
                for code in codes:
                    key = (pair, code)
                    self.paths.setdefault(key, []).append(path[pair])
                    supports.setdefault(key, []).append(issue_model.Support(span, path[pair], len(path), domestic))
                    if key not in found:
                        found[key] = _issue(span, pair, code)
            if self.liberal:
                for pair in issue_model.liberal_pairs(index, span):
                    for code in codes:
                        liberal.setdefault((pair, code), []).append(issue_model.Support(span, "liberal", 0, domestic))
        doc._.parley_issues = self._scored(doc, index, dyad, found, supports, liberal)
        return doc

    def _paths_of(
        self,
        doc: Doc,
        index: DocIndex,
        span: Span,
        dyad: tuple[str, str] | None,
        codes: tuple[str, ...],
        domestic: bool,
    ) -> dict[tuple[str, str], str]:
        """The dyads one phrase occurrence concerns, each with the pairing path that chose it (none for a
        country's own affair)."""
        _PATH.set("none")
        pairs, basis = self._pairs(doc, index, span, dyad, codes)
        ranked = _ranked_items(index, span.sent)
        pairs = [p for p in pairs if not set(p) <= ranked]  # "A and B, followed by C": one table, no dyad
        pairs = [p for p in pairs if not any(set(p) <= g for g in _coordinated_agents(index, span.sent))]
        path = {p: _PATH.get() for p in pairs}
        if DEBUG:
            print("PAIRS", span.text, pairs, basis, dyad)
        # (not a war whose two sides its own words name: "Russia's war in Ukraine, the United States and India's
        # cooperation ..." lists agenda items after it, not states facing Russia; round 23)
        for p in () if span.start in self._sides else _list_facing_owner(index, span):
            path.setdefault(p, "_list_facing_owner")
        for p in _committed_to(index, span, self._meeting_mentions):
            path.setdefault(p, "_committed_to")
        for p in _shared_aim(index, span, self._meeting_mentions, self._implied.get(span.start)):
            path.setdefault(p, "_shared_aim")
        if basis in PARTY_BASES and not doc._.parley_dateline:  # (a wire story tells one side's talks)
            for p in _each_party_faces(index, span, list(path), self._meeting_mentions):
                path.setdefault(p, "_each_party_faces")
        if domestic and not (basis in NAMED_BASES and self._foreign_cue(span)) and not _third_state_affair(doc, path):
            return {}  # "Bush's re-election", "an election campaign": a country's own affair
        if span.root.lower_ == "integrity" and path:
            return _integrity_pairs(index, span, path, _states_before(span, self._meeting_mentions))
        return path

    def _scored(
        self,
        doc: Doc,
        index: DocIndex,
        dyad: tuple[str, str] | None,
        found: dict[tuple[tuple[str, str], str], Issue],
        supports: dict[tuple[tuple[str, str], str], list[issue_model.Support]],
        liberal: dict[tuple[tuple[str, str], str], list[issue_model.Support]],
    ) -> list[Issue]:
        """The rules' records the model keeps (all of them without a model), then the liberal candidates it keeps."""
        if self.model is None and not self.record:
            return list(found.values())
        cands = [issue_model.Candidate(k, supports[k], True) for k in found]
        cands += [issue_model.Candidate(k, v, False) for k, v in liberal.items() if k not in found]
        issue_model.describe(doc, index, cands, dyad)
        self.candidates = cands if self.record else []
        if self.model is None:
            return list(found.values())
        kept = []
        for cand in cands:
            if not self.model.keeps(cand.features):
                continue
            first = min(cand.supports, key=lambda s: s.span.start)
            kept.append(found.get(cand.key) or _issue(first.span, *cand.key))
        return kept

    def _foreign_cue(self, span: Span) -> bool:
        """A word of foreign involvement ("interference", "observers", "recognise") in the sentence."""
        return any(t.lemma_.lower() in self.lex.foreign or t.lower_ in self.lex.foreign for t in span.sent)

    # -- phrase matching --------------------------------------------------------------------------
    def _matches(self, doc: Doc, index: DocIndex) -> list[tuple[Span, tuple[str, ...], bool]]:
        """Issue phrases of the doc, longest first, with their codes and whether they name a domestic affair."""
        out: list[tuple[Span, tuple[str, ...], bool]] = []
        self._implied: dict[int, str] = {}  # phrase start -> the country whose issue the phrase names
        self._sides: dict[int, tuple[str, str]] = {}  # phrase start -> the two sides of a war one of them owns
        self._objects: dict[int, set[str]] = {}  # phrase start -> the countries of "the situation in X"
        lemmas = [t.lemma_.lower() for t in doc]
        lowers = [t.lower_ for t in doc]
        # Newswire capitals ("U.S. Raids") are tagged as names, whose lemma keeps the plural.
        singular = [_singular(t) if t.pos_ == "PROPN" else lemmas[t.i] for t in doc]
        i = 0
        while i < len(doc):
            hit, length = self._phrase_at(doc, i, (singular, lemmas, lowers))
            if hit is None:
                war = self._war_at(doc[i], index) or self._people_fleeing(doc[i], index)
                if war:
                    out.append((doc[i : i + 1], war, False))
                sale = (
                    None
                    if war
                    else self._sale_to_a_state(doc[i], index)
                    or self._purchase_from_a_state(doc[i], index)
                    or self._bought_from_a_state(doc[i], index)
                )
                if sale:
                    out.append((doc[i : i + 1], sale, False))
                i += 1
                continue
            span = doc[i : i + length]
            i += length
            if not self._kept(span, hit, index):
                continue
            codes = ENERGY_CODES if hit[1] == TRADE_CODES and self._energy_flow(span) else hit[1]
            if codes == ENERGY_CODES and _attacked_facility(span):
                codes = WAR_CODES  # round 29: "destroying an Iranian oil platform" is an attack, not an energy matter
            if codes == WAR_CODES and (len(span) > 1 or span.start in self._sides) and _ended_conflict(span):
                codes = (*codes, "peace_process")
            if codes == TRADE_CODES and _in_retaliation(span):
                codes = (*codes, "sanctions")  # round 31: "tariffs on Japanese goods in retaliation for ..."
            sides = _owned_war(span[0], index) if span[0].lemma_.lower() in OWNED_WAR_LEMMAS else None
            if sides:  # round 22: "Russia's invasion of Ukraine", "Putin's war on Ukraine": fighting between the two
                self._sides[span.start] = sides
                codes = tuple(dict.fromkeys((*codes, *WAR_CODES)))
            else:  # round 30: a group one state backs, one state's troops in another: the two, with the phrase's codes
                sides = _backed_group_sides(span[-1], index) if "armed_groups" in codes else None
                sides = sides or (_troops_in_a_state(span[-1], index) if "military_presence" in codes else None)
                if sides:
                    self._sides[span.start] = sides
            out.append((span, codes, hit[0] in self.lex.domestic))
            if hit[0] in self.lex.implied:
                self._implied[span.start] = self.lex.implied[hit[0]]
        return [m for m in out if not _border_as_address(m[0], m[1], out)]

    def _phrase_at(
        self, doc: Doc, i: int, seqs: tuple[list[str], ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]] | None, int]:
        """The longest phrase starting at token `i` (as singular, lemma or lower-case words) and how many tokens it
        covers; else a two-word phrase split by coordination, covering the adjective alone."""
        hit = None
        for seq in seqs:
            for words, codes in self.lex.by_first.get(seq[i], ()):
                n = len(words)
                # Longest match; of two equally long entries the later one (a user's line) wins.
                if tuple(seq[i : i + n]) == words and (hit is None or n >= len(hit[0])):
                    hit = (words, codes)
        if hit is not None:
            return hit, len(hit[0])
        split = self._split_phrase(doc[i])  # "commercial and people-to-people ties": the phrase "commercial ties"
        return split, 1

    def _war_at(self, tok: Token, index: DocIndex) -> tuple[str, ...]:
        """The codes of a war between two named sides, of people released, or of a war one side owns (its sides
        kept for the dyad)."""
        war = self._war_between(tok, index) or _release_of_people(tok, index)
        sides = None if war else _owned_war(tok, index) or _attack_between(tok, index)
        if sides:
            self._sides[tok.i] = sides
            war = WAR_CODES
        return war

    def _people_fleeing(self, tok: Token, index: DocIndex) -> tuple[str, ...]:
        """People described as fleeing ("Venezuelans fleeing this man-made crisis", "individuals fleeing Russian
        aggression in neighboring Ukraine", round 30): refugees, though the word "refugee" is not written. They come
        from the state their name or its adjective gives ("Ukrainians"), else the one they flee or flee in; they go
        to the state that owns the welcome ("Moldova's generosity in welcoming ..."), else to the one other state the
        sentence names, else to the parties of the talks.
        """
        if tok.lower_ != "fleeing" or tok.dep_ not in ("acl", "advcl") or tok.i == 0:
            return ()
        before = tok.doc[tok.i - 1]  # the people just before, where the parser hangs the clause higher up
        people = before if before.pos_ in ("NOUN", "PROPN") else tok.head
        if tok.dep_ == "advcl" and people is not before:
            return ()
        if _state_of(people, index) is None and people.lemma_.lower() not in FLEEING_PEOPLE:
            return ()  # "arrested two men fleeing the scene": no refugees
        origin = _state_of(people, index) or next(
            (s for m in people.children if m.dep_ in ("amod", "compound") and (s := _state_of(m, index))), None
        )
        if origin is None:
            fled = [c for c in tok.children if c.dep_ == "dobj"]
            places = {_state_of(f, index) for f in fled} - {None}
            places |= {
                iso
                for f in fled
                for c in f.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for iso in _country_objects(c, index)
            }
            places |= {
                iso
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("from", "in")
                for iso in _country_objects(c, index)
            }
            origin = next(iter(places)) if len(places) == 1 else None
        if origin is None:
            return REFUGEE_CODES
        host = next(
            (
                _state_of(c, index)
                for a in list(people.ancestors)[:6]
                for c in a.children
                if c.dep_ == "poss" and _state_of(c, index) not in (None, origin)
            ),
            None,
        )
        if host is None:  # "thanked Romania for its help to Ukrainians fleeing ...": the one other state named
            fleeing = {t.i for t in tok.subtree}
            others = {_state_of(t, index) for t in tok.sent if t.i not in fleeing} - {None, origin}
            host = next(iter(others)) if len(others) == 1 else None
        if host is not None:
            self._sides[tok.i] = _pair(host, origin)
        else:
            self._objects[tok.i] = {origin}
        return REFUGEE_CODES

    def _kept(self, span: Span, hit: tuple[tuple[str, ...], tuple[str, ...]], index: DocIndex) -> bool:
        """A matched phrase that is an issue here: not a blocking entry, a name, an office, geography, a praise,
        a firm's trade, nor (for phrases marked `country`) without a country as its object."""
        if hit[1] == (NOT_AN_ISSUE,) or self._blocked(span, index) or _geography(span) or _not_between_two(span):
            return False
        if _praise_not_recognition(span, index) or _sector_of_a_firm(span, index) or _no_state_trading(span, index):
            return False
        if _help_with_an_inquiry(span):
            return False
        # (a spy scandal is an espionage matter, whatever its name: "a sex-and-spy scandal at the embassy"; round 31)
        if _market_session(span) or (_in_scandal_name(span[-1]) and hit[1] != ("cyber_espionage",)):
            return False
        if self._tension_over_trade(span):
            return False
        if _threatened_territory(span) or _hostages_of_no_state(span, index):
            return False
        if hit[0] in self.lex.named_pair:
            pair = _modifier_pair(span[-1], index)
            if pair is None:
                return False
            self._sides[span.start] = pair  # "the Russia-Ukraine conflict": the pair's own (round 26)
        if hit[0] in self.lex.of_country:
            objects = _country_objects(span[-1], index)
            if not objects or _plain_topic(span):
                return False
            if span[-1].lower_ == "between" and len(objects) < 2:
                return False  # direct talks between a bloc (the EC) and one state: one state is no pair of sides
            self._objects[span.start] = objects
        return True

    def _goods_kind(self, tok: Token) -> str | None:
        """What the goods word `tok` of a sale or purchase is: "energy" (fuel: the record is `energy`), "issue"
        (goods that are an issue themselves, "arms": they make their own record, not trade), or None."""
        codes = self._codes_ending_at(tok)
        if codes == ENERGY_CODES:
            return "energy"
        if codes and codes != (NOT_AN_ISSUE,) and codes != TRADE_CODES:
            return "issue"
        return None

    def _sale_to_a_state(self, tok: Token, index: DocIndex) -> tuple[str, ...]:
        """A sale of goods to a state ("the sale of 7,000 tonnes of durum to Iraq", "sales of barley to
        Cyprus": round 18b): trade between the buyer, the object of "to" in the noun's own phrase, and the seller the
        buyer is paired with as a lone country (the other country near, the speaker, the article's pair). Fuel sold is
        `energy`; goods that are themselves an issue ("the sale of arms to Iran") make their own record; a firm, a
        city or a market is no state ("the sale of its unit to a Canadian group", "the sale ... to the home market").
        """
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != "sale" or not _sale_span_kept(tok, index):
            return ()
        buyers: set[str] = set()
        goods = False
        energy = False
        todo = [c for c in tok.children]
        seen = 0
        while todo and seen < 40:
            cur = todo.pop()
            seen += 1
            if cur.dep_ == "prep" and cur.lower_ == "to":
                buyers |= _country_objects(cur, index)
                continue
            if not _names_goods(cur):
                continue
            kind = self._goods_kind(cur)
            energy |= kind == "energy"
            goods |= kind == "issue"  # "the sale of arms to Iran": the arms are the issue
            todo += list(cur.children)
        if len(buyers) != 1 or goods:
            return ()
        self._objects[tok.i] = buyers
        return ENERGY_CODES if energy else TRADE_CODES

    def _goods_sellers(self, todo: list[Token], index: DocIndex) -> tuple[set[str], bool, bool] | None:
        """Walk the goods bought (`_purchase_from_a_state`, `_bought_from_a_state`): the states that name them
        ("Canadian barley"), whether they are fuel (`energy`) and whether they are an issue themselves ("purchases of
        arms from X": the arms make their own record); None when money, securities or a firm are bought."""
        sellers: set[str] = set()
        goods = False
        energy = False
        seen = 0
        while todo and seen < 40:
            cur = todo.pop()
            seen += 1
            if cur.lemma_.lower() in NOT_STATE_GOODS or cur.lower_ in NOT_STATE_GOODS or cur.i in index.company_tokens:
                return None
            seller = _state_of(cur, index)
            if seller is not None:
                sellers.add(seller)
                continue
            kind = self._goods_kind(cur)
            energy |= kind == "energy"
            goods |= kind == "issue"
            todo += [c for c in cur.children if _names_goods(c) or c.dep_ == "npadvmod"]
        return sellers, energy, goods

    def _purchase_from_a_state(self, tok: Token, index: DocIndex) -> tuple[str, ...]:
        """A purchase of a state's goods ("Korean purchases of Canadian barley", "its purchase of U.S. machine
        tools", "purchases of rice from Thailand": round 18c): trade between the seller, the one state that names the
        goods bought or is the object of "from" in the noun's own phrase, and the buyer it is paired with as a lone
        country (the other country near: the owner, "by" the buyer, the subject). Fuel bought is `energy`; goods
        that are an issue themselves ("purchases of U.S. arms") make their own record; money, shares and firms bought
        ("purchases of U.S. bonds", "the purchase of a Canadian brewer") are no goods of a state."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != "purchase" or not _sale_span_kept(tok, index):
            return ()
        subj = _clause_subject(tok.head) if tok.dep_ == "dobj" else None
        if subj is not None and (
            subj.lemma_.lower() in FIRM_NOUNS or subj.i in index.company_tokens or subj.ent_type_ == "ORG"
        ):
            return ()  # "the U.S. group suspended purchases of Algerian gas": a firm's purchase, no state's
        sellers: set[str] = set()
        todo: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                sellers |= _country_objects(c, index)
            elif c.dep_ == "prep" and c.lower_ == "of":
                todo += [o for o in c.children if o.dep_ == "pobj"]
        walked = self._goods_sellers(todo, index)
        if walked is None:
            return ()
        more, energy, goods = walked
        sellers |= more
        if len(sellers) != 1 or goods:
            return ()
        self._objects[tok.i] = sellers
        return ENERGY_CODES if energy else TRADE_CODES

    def _bought_from_a_state(self, tok: Token, index: DocIndex) -> tuple[str, ...]:
        """A state that buys another state's goods, told with the verb (round 19: "Japan bought 4,000 tonnes of
        Canadian rapeseed", "Egypt bought wheat from France"): trade between the buyer, the subject named as a
        state, and the seller, the one state that names the goods in the object or is the object of "from", as the
        noun "purchase" is (`_purchase_from_a_state`). A subject that is a firm, a person or a nationality's traders
        ("Japanese crushers bought") is no state's buying; fuel bought is `energy`; goods that are an issue
        themselves, money, securities and firms bought are none."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in BUY_LEMMAS:
            return ()
        # the subject that names a state (a wire dateline's city may be parsed as a second subject)
        buyers = [index.country.get(c.i) for c in tok.children if c.dep_ == "nsubj" and c.i not in index.company_tokens]
        buyer = next((b for b in buyers if b is not None and b.source == "state" and b.iso != "IGO"), None)
        if buyer is None:
            return ()
        sellers: set[str] = set()
        todo: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                sellers |= _country_objects(c, index)
            elif c.dep_ == "dobj":
                todo.append(c)
        walked = self._goods_sellers(todo, index)
        if walked is None:
            return ()
        more, energy, goods = walked
        sellers |= more
        sellers.discard(buyer.iso)
        if len(sellers) != 1 or goods:
            return ()
        self._objects[tok.i] = sellers
        return ENERGY_CODES if energy else TRADE_CODES

    def _tension_over_trade(self, span: Span) -> bool:
        """ "tension over the chip trade", "tensions about tariffs" (any of TOPIC_PREPS): a trade quarrel, not a
        security issue (the trade phrase inside makes its own record); "trade tension" is a phrase of its own."""
        root = span.root
        if len(span) != 1 or root.lemma_.lower() not in TENSION_LEMMAS:
            return False
        objects = [o for p in root.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS for o in p.children]
        return any(TRADE_CODES[0] in self._codes_ending_at(t) for o in objects for t in o.subtree)

    def _energy_flow(self, span: Span) -> bool:
        """A trade word of flows whose goods are fuel ("a deal to import gas from Qatar",
        "a leading oil exporter", "Chile imports most of its oil"): the matter between the
        two is energy, which the gold codes alone."""
        root = span.root
        if len(span) != 1 or root.lemma_.lower() not in FLOW_LEMMAS:
            return False
        todo = [c for c in root.children if _names_goods(c)]
        while todo:
            tok = todo.pop()
            if self._codes_ending_at(tok) == ENERGY_CODES:
                return True
            todo += [c for c in tok.children if _names_goods(c)]
        return False

    def _split_phrase(self, adj: Token) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """A two-word phrase of an adjective and its noun that coordination splits ("commercial and people-to-people
        ties", "economic and commercial relationship", "chemical and biological weapons"): the adjective, not next
        to its noun, modifies it (itself, or as the conjunct of the adjective that does), or has it as a conjunct."""
        top = adj
        while top.dep_ == "conj" and top.head != top and top.head.pos_ == "ADJ":
            top = top.head
        noun = top.head if top.dep_ == "amod" else None
        if noun is None:  # the parser often makes the noun a conjunct of the adjective ("commercial [and ...] ties")
            noun = next((c for c in adj.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > adj.i), None)
        if adj.pos_ != "ADJ" or noun is None or noun.i <= adj.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        if not any(t.lower_ in ("and", "or", ",") for t in adj.doc[adj.i + 1 : noun.i]):
            return None  # not split by coordination ("regional security cooperation" is matched as written)
        for words in ((adj.lemma_.lower(), noun.lemma_.lower()), (adj.lower_, noun.lower_)):
            codes = next((c for w, c in self.lex.by_first.get(words[0], ()) if w == words), None)
            if codes is not None and codes != (NOT_AN_ISSUE,):
                return words, codes
        return None

    def _codes_ending_at(self, tok: Token) -> tuple[str, ...]:
        """The codes of the longest phrase that ends with `tok` ("vegetable oil": trade, not the energy of "oil")."""
        doc = tok.doc
        for n in (3, 2, 1):
            if tok.i - n + 1 < 0:
                continue
            words = tuple(t.lemma_.lower() for t in doc[tok.i - n + 1 : tok.i + 1])
            lowers = tuple(t.lower_ for t in doc[tok.i - n + 1 : tok.i + 1])
            for seq in (words, lowers):
                codes = next((c for w, c in self.lex.by_first.get(seq[0], ()) if w == seq), None)
                if codes is not None:
                    return codes
        return ()

    @staticmethod
    def _war_between(tok: Token, index: DocIndex) -> tuple[str, ...]:
        """A war whose sides modify it ("the Iraq-Iran war", "their war"): security between them, and
        the peace process when it is being ended ("trying to end the Iraq-Iran war")."""
        if tok.lemma_.lower() not in WAR_LEMMAS or tok.pos_ != "NOUN":
            return ()
        mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod") for m in c.subtree]
        named = {index.country[c.i].iso for c in mods if c.i in index.country}
        named |= {index.second[c.i].iso for c in mods if c.i in index.second}
        if len(named - {"IGO"}) < 2 and not any(c.lower_ == "their" for c in mods):
            return ()
        if tok.head.lemma_.lower() in WAR_ENDING_VERBS and tok.dep_ == "dobj":
            return (*WAR_CODES, "peace_process")
        ending = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
        if ending is not None and ending.pos_ == "NOUN" and ending.lemma_.lower() in WAR_ENDING_VERBS:
            return (*WAR_CODES, "peace_process")  # "a lasting end to the Russia-Ukraine war"
        return WAR_CODES

    def _blocked(self, span: Span, index: DocIndex) -> bool:
        """Issue words inside a name ("World Trade Organisation", "US embassy" as an organisation) or
        an office ("Foreign Trade Minister", "national security advisor") are not issues."""
        if _expelled_from_a_body(span):
            return True
        # "defeat ISIL": a group's whole name is the phrase itself, not an issue word inside a name
        tokens = () if _whole_mention_of_a_group(span, index) else span
        for tok in tokens:
            if _after_a_country_in_capitals(tok, span, index) or _is_the_name(tok, span):
                continue
            if _head_of_a_facility_name(tok):
                continue
            if tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "FAC"):
                return True
            actor = index.actor_of.get(tok.i)
            if actor is not None and actor.kind in ("organization", "igo", "person", "group"):
                return True
        last = span[-1]
        head = last
        while head.dep_ in ("compound", "amod", "nmod") and head.head != head:
            head = head.head
            if self._office(head):
                return True
        return self._portfolio(head, last)

    def _office(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.lex.offices or tok.lower_ in self.lex.offices

    def _portfolio(self, head: Token, word: Token) -> bool:
        """The issue word names the portfolio of a title ("Deputy Secretary for international
        security policy", "Minister for Trade"): the object of "for"/"of" after a capitalised office
        noun. (Not "the envoy for the peace process", a lower-case office.)"""
        if head.dep_ != "pobj" or head.head.lower_ not in PORTFOLIO_PREPS:
            return False
        if head.i != word.i and head.lemma_.lower() not in PORTFOLIO_NOUNS:
            return False
        office = head.head.head
        return self._office(office) and office.text[:1].isupper()

    # -- dyads ------------------------------------------------------------------------------------
    def _pairs(
        self, doc: Doc, index: DocIndex, span: Span, dyad: tuple[str, str] | None, codes: tuple[str, ...] = ()
    ) -> tuple[list[tuple[str, str]], str]:
        """The dyads an issue phrase concerns, and on what basis they were chosen (`NAMED_BASES`: the
        sentence names both countries near the phrase; otherwise context supplied one or both)."""
        if span.start in self._sides:  # "support to Ukraine as it fights back against Russia's brutal war"
            _PATH.set("owned_war")
            return [self._sides[span.start]], "near"
        # (a word of the war's own phrase, "its war of aggression in Ukraine", is that war's; round 24)
        war = next((a for a in list(span.root.ancestors)[:3] if a.i in self._sides and a.pos_ == "NOUN"), None)
        if war is not None and span.root.sent == war.sent:
            _PATH.set("owned_war")
            return [self._sides[war.i]], "near"
        sided = self._sided_in_sentence(span) if BETWEEN_CODES & set(codes) else None
        if sided is not None:  # "violations of the ceasefire by Russia-backed separatists near Donetsk" (round 30)
            _PATH.set("sided_peace")
            return [sided], "near"
        if "sanctions" in codes and not doc._.parley_dateline:
            imposed = _costs_imposed_by_the_parties(index, span, self._meeting_mentions)
            if imposed:
                _PATH.set("_costs_imposed_by_the_parties")
                return imposed, "meeting"
        sent = span.sent
        # (a place inside the phrase names it, not a party: "the Minsk agreements"; round 26)
        in_sentence = [n for n in _sentence_countries(index, sent) if not _place_in_phrase(n[0], n[1], span)]
        near = _near_countries(span.root, in_sentence)
        implied = self._implied.get(span.start)
        if implied and implied not in {n[1].iso for n in near}:  # "the denuclearization of the Korean Peninsula"
            near.append((span.root, CountryHit(implied, "state"), 0, False))
        of_object = self._object_pairs(doc, index, span, dyad, codes)
        if of_object:
            return of_object
        if span.start in self._objects and span.root.lower_ in OBJECT_ONLY_HEADS:
            return [], "none"  # "ASEAN matters, the crisis in Burma" at the end of a list: not the war named before it
        isos = {n[1].iso for n in near}
        if DEBUG:
            print("ISSUE", span.text, [(t.text, h.iso, d, loc) for t, h, d, loc in near])
        if len(isos) == 2:
            _PATH.set("two_near")
            return self._two_near(index, span, in_sentence, near, isos, codes)
        if len(isos) > 2:
            # "dialogue between Iraq and Turkey to resolve concerns about Turkish troops in northern Iraq"
            _PATH.set("many_near")
            owned = _owner_and_place(span.root, in_sentence)
            return ([owned], "near") if owned else self._many_near(index, span, near, codes, dyad)
        # The statement's target country is not used: whom words are aimed at is rarely the other
        # side of the issue they mention ("Machimura told the British minister ... the embargo").
        meeting = _meeting_countries(doc, span, self._meeting_mentions)
        between = bool(BETWEEN_CODES & set(codes))
        if len(isos) == 1:
            _PATH.set("lone")
            return self._lone_pairs(index, span, near, meeting, dyad, between, codes)
        _PATH.set("unanchored")
        return self._unanchored_pairs(index, span, in_sentence, meeting, dyad, between, codes)

    def _sided_in_sentence(self, span: Span) -> tuple[str, str] | None:
        """The one pair of sides a phrase of the sentence names (an owned war, a backed group, troops in a state): the
        sides of a peace in that sentence, rather than the talker and the one state named near it."""
        sent = span.sent
        pairs = {pair for start, pair in self._sides.items() if sent.start <= start < sent.end and start != span.start}
        return next(iter(pairs)) if len(pairs) == 1 else None

    def _lone_pairs(
        self,
        index: DocIndex,
        span: Span,
        near: list[Near],
        meeting: list[str] | None,
        dyad: tuple[str, str] | None,
        between: bool,
        codes: tuple[str, ...] = (),
    ) -> tuple[list[tuple[str, str]], str]:
        """One country near the phrase: the state of the crisis the talks were about when a third state acts in it,
        else `_pair_lone`'s partner, each party of the talks, the parties who tell of it, or the subject it faces; a
        peace located in that country alone is not the talks' parties'."""
        only = next(iter({n[1].iso for n in near}))
        crisis = _acting_in_the_crisis(index, span, only, codes, self._meeting_mentions) or _crisis_and_other_side(
            index, span, only, codes, self._meeting_mentions
        )
        if crisis:
            return crisis, "crisis"
        pairs, basis = _pair_lone(index, span, only, _speaker_country(index, span), meeting, dyad, between)
        if not pairs and between and all(n[3] for n in near):
            return [], "none"  # "discussed ceasefire efforts in Gaza": the peace is between sides there, not theirs
        if not pairs:
            pairs = (
                _lone_in_talks(span, only, self._meeting_mentions)
                or _told_by_the_parties(index, span, [n[:2] + (n[3],) for n in near], self._meeting_mentions, dyad)
                or _facing_the_subject(index, span, only)
            )
        return pairs, basis if not pairs or basis != "none" else "meeting"

    def _unanchored_pairs(
        self,
        index: DocIndex,
        span: Span,
        in_sentence: list[tuple[Token, CountryHit, bool]],
        meeting: list[str] | None,
        dyad: tuple[str, str] | None,
        between: bool,
        codes: tuple[str, ...] = (),
    ) -> tuple[list[tuple[str, str]], str]:
        """No country near the phrase: a place the parties talked about, the pair context gives, a hyphenated pair,
        or the parties who tell of it; none for a peace between other parties or located elsewhere."""
        if between and OTHER_PARTIES.search(span.sent.text):
            return [], "none"  # "Both leaders urged the parties to keep respecting the cease-fire": not theirs
        if between and _located_elsewhere(span, in_sentence, meeting):
            return [], "none"  # "reviewed talks to secure an immediate ceasefire in Gaza": the sides' peace, not theirs
        crisis = _unnamed_in_the_crisis(index, span, in_sentence, codes, self._meeting_mentions)
        if crisis:
            return crisis, "crisis"
        place = _place_talked_about(span, in_sentence, self._meeting_mentions)
        if place:  # "emphasized the importance of humanitarian aid reaching those in need in Gaza"
            pairs = _lone_in_talks(span, place, self._meeting_mentions)
            if pairs:
                return pairs, "meeting"
        pairs, basis = _pair_unanchored(index, span, meeting, dyad, between, self._meeting_mentions)
        if not pairs:
            pairs = _hyphenated_pair(index, span.sent) or _told_by_the_parties(
                index, span, in_sentence, self._meeting_mentions, dyad
            )
            basis = "meeting" if pairs else basis
        return pairs, basis

    def _object_pairs(
        self, doc: Doc, index: DocIndex, span: Span, dyad: tuple[str, str] | None, codes: tuple[str, ...] = ()
    ) -> tuple[list[tuple[str, str]], str] | None:
        """The one state a phrase of `OF_COUNTRY` takes as its object ("the situation in Ukraine, where separatists
        backed by Moscow ...": Ukraine's), paired with each party of the talks, or as a lone country is."""
        objects = self._objects.get(span.start, set())
        if len(objects) != 1:
            return None
        only = next(iter(objects))
        sides = _crisis_and_other_side(index, span, only, codes, self._meeting_mentions)
        if sides:  # "the conflict in Gaza in the wake of Hamas's attack in Israel" (round 27)
            _PATH.set("object:_crisis_and_other_side")
            return sides, "crisis"
        pairs = _lone_in_talks(span, only, self._meeting_mentions)  # each party of the call faces it
        if pairs:
            _PATH.set("object:_lone_in_talks")
            return pairs, "meeting"
        meeting = _meeting_countries(doc, span, self._meeting_mentions)
        pairs, basis = _pair_lone(index, span, only, _speaker_country(index, span), meeting, dyad)
        if pairs:
            _PATH.set("object:" + _PATH.get())
        return (pairs, basis) if pairs else None

    def _two_near(
        self,
        index: DocIndex,
        span: Span,
        in_sentence: list[tuple[Token, CountryHit, bool]],
        near: list[Near],
        isos: set[str],
        codes: tuple[str, ...],
    ) -> tuple[list[tuple[str, str]], str]:
        """Two countries near the phrase: their dyad, unless they act as one side, talk about a place, or are
        examples of what the parties of a meeting discussed."""
        if _parallel_owners(near) or _parallel_clauses(near):
            # "Russia's destabilizing activity and Iran's malign behavior", "that Iran never ..., and that North
            # Korea ...": each its own
            _PATH.set("two_near_parallel")
            pairs = [p for n in near for p in _lone_in_talks(span, n[1].iso, self._meeting_mentions)]
            return sorted(set(pairs)), "meeting"
        peoples = _two_peoples(near, codes)
        if peoples is not None:
            # "peace and security for Israelis and Palestinians alike": the two peoples are the sides (round 25)
            _PATH.set("two_near_peoples")
            return [peoples], "near"
        if _one_side(near) or _parallel_side(near):
            # The place the sentence names ("British and American troops in Iraq"); not the country the issue was
            # last tied to in the article ("trade deals with Canada and Japan", "quotas on oranges from Israel and
            # South Africa"): on the per-path count it made 6 false records and no right one.
            faced = _place_of_issue(in_sentence, span.root, isos)
            _PATH.set("two_near_one_side")
            return ([_pair(iso, faced) for iso in sorted(isos)] if faced else []), "near"
        place = _place_of_issue(in_sentence, span.root, isos) if _in_talks(span) else None
        if place:  # "Obama spoke to Erdogan about the situation in Syria": each faces the place
            _PATH.set("two_near_place")
            return [_pair(iso, place) for iso in sorted(isos)], "near"
        if _coordinated_places(near) and not BETWEEN_CODES & set(codes):
            # "the anti-terrorism actions in A and B": two places of one act, no dyad; each faces the talks' parties
            # (round 14)
            _PATH.set("two_near_places")
            pairs = [p for n in near for p in _lone_in_talks(span, n[1].iso, self._meeting_mentions)]
            return sorted(set(pairs)), "meeting"
        examples = _examples(near)
        states = _meeting_states(span, self._meeting_mentions) if examples else []
        if states and not isos & set(states) and _in_talks(span):
            # "They discussed regional security issues, including China and North Korea": examples, no dyad
            _PATH.set("two_near_examples")
            return sorted({_pair(a, b) for a in isos for b in states}), "meeting"
        if examples and not _class_between(near):
            # "accuse countries such as A and B of abuses", "credits for indebted countries, such as A and B":
            # members of one class, on one side of what is said of it, no dyad (round 14)
            _PATH.set("two_near_examples")
            return [], "near"
        return [_pair(*isos)], "near"

    def _many_near(
        self, index: DocIndex, span: Span, near: list[Near], codes: tuple[str, ...], dyad: tuple[str, str] | None
    ) -> tuple[list[tuple[str, str]], str]:
        """Three or more countries near the phrase: the pair named as sides of a peace, the coordinated pair,
        the nearest pair, or each party of the meeting (reported in the sentence, or whose parties the sentence
        tells of: "The Prime Minister and the President noted the progress on dismantling Syria's chemical
        weapons program, ... including by the United States and United Kingdom") facing the nearest country."""
        if BETWEEN_CODES & set(codes):  # the peace is between the two sides named as a pair, not the mediator's
            sides = _named_pair(near)
            if sides:
                return [sides], "near"
        pressed = _pressing_pair(span.root, near)
        if pressed:  # "It asked France to stop selling weapons to Iraq": the asker and the asked, the asked and Iraq
            asker, asked = pressed
            third = [n for n in near if n[1].iso not in {asker, *asked, "IGO"}]
            nearest = min(third, key=lambda n: n[2])[1].iso if third else None
            pairs = sorted({_pair(asker, a) for a in asked} | {_pair(a, nearest) for a in asked if nearest})
            return pairs, "near"
        parallel = _parallel_side(near)
        if parallel:  # "wheat to Jordan, 300,000 tonnes of meal to Iraq and ...": each faces the seller
            _PATH.set("many_near_parallel")
            rest = [n for n in near if n[1].iso not in parallel]
            faced = min(rest, key=lambda n: n[2])[1].iso if rest else None
            return ([_pair(iso, faced) for iso in sorted(parallel)] if faced else []), "near"
        pairs = _event_of_pair(index, span.root) or _sides(span.root, near) or _nearest_pairs(near)
        examples = _example_pairs(near)
        pairs = [p for p in pairs if p not in examples]
        pairs = pairs or _facing_the_parties(index, span, near, self._meeting_mentions)
        if not pairs:
            tok, hit, _d, loc = min(near, key=lambda n: n[2])
            pairs = _told_by_the_parties(index, span, [(tok, hit, loc)], self._meeting_mentions, dyad)
        return pairs, "near"


# Round 29: an oil installation that is the target of an attack ("destroying an Iranian oil platform", "U.S. attacks on
# its Gulf oil platforms") is the place of the violence, security and not an energy matter (the tunable 20881 codes
# security only, 20891 energy optional; three stories of round 29's issue review).
FACILITY_LEMMAS = frozenset("platform rig field installation terminal refinery camp facility well".split())
ATTACK_LEMMAS = frozenset(
    "attack strike raid shelling bombing assault destroy hit shell bomb damage target fire".split()
)


def _backed_group_sides(group: Token, index: DocIndex) -> tuple[str, str] | None:
    """An armed group one state backs and that fights in or against another (round 30): "Russia-backed separatists
    near Donetsk", "separatists backed by Russia in eastern Ukraine", "Russia is arming separatists who ... against
    Ukrainian forces": the backer and that state. None unless both are named, once each."""
    if group.pos_ not in ("NOUN", "PROPN"):
        return None
    named: list[Token] = []  # the tokens that may name the backer
    for c in group.children:
        if c.dep_ in ("amod", "acl") and c.lemma_.lower() in BACKING_VERBS:
            named += [t for t in c.subtree if t.i < group.i or t.head.dep_ == "agent"]
    verb = group.head if group.dep_ == "dobj" else None
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in BACKING_VERBS:
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        named += [c for c in verb.children if c.dep_ == "nsubj"]
    backers = {iso for iso in (_state_of(t, index) for t in named) if iso is not None}
    if len(backers) != 1:
        return None
    backer = next(iter(backers))
    places: set[str] = set()
    for t in group.subtree:
        hit = index.country.get(t.i)
        if hit is not None and hit.source in ("state", "demonym", "place") and hit.iso not in ("IGO", backer):
            places.add(hit.iso)
    return _pair(backer, next(iter(places))) if len(places) == 1 else None


def _troops_in_a_state(troops: Token, index: DocIndex) -> tuple[str, str] | None:
    """One state's troops (or base, presence) in another, told in the noun's own phrase ("Kenyan troops in Somalia",
    "the sacrifices of Kenyan troops in Somalia", "Kenyan troops' sacrifices in Somalia"; round 30): the owner and the
    state they are in, whoever else the sentence names (the talkers of a readout)."""
    if troops.pos_ not in ("NOUN", "PROPN"):
        return None
    mods = [c for c in troops.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    mods += [g for m in mods for g in m.children if g.dep_ == "conj"]  # "Spanish and Italian troops": one side
    owners = {iso for iso in (_state_of(m, index) for m in mods) if iso is not None}
    holders = [troops]
    if troops.dep_ == "poss":
        holders.append(troops.head)  # "Kenyan troops' sacrifices in Somalia"
    elif troops.dep_ == "pobj" and troops.head.lower_ == "of":
        holders.append(troops.head.head)  # "the sacrifices of Kenyan troops in Somalia"
    places = {
        iso
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for iso in _country_objects(c, index)
    }
    if len(owners) != 1 or len(places) != 1 or owners == places:
        return None
    return _pair(next(iter(owners)), next(iter(places)))


# Trade measures that, imposed "in retaliation", are sanctions (as "retaliatory tariffs" are: issue_phrases.tsv).
RETALIATION_MEASURES = frozenset("tariff duty levy surcharge".split())


def _in_retaliation(span: Span) -> bool:
    """ "announced tariffs on Japanese electronic goods in retaliation for Tokyo's breach of the pact": a tariff
    whose own phrase or clause says it retaliates (round 31)."""
    head = span[-1]
    if head.lemma_.lower() not in RETALIATION_MEASURES:
        return False
    scopes = [head, *(a for a in list(head.ancestors)[:2] if a.pos_ in ("VERB", "NOUN"))]
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() == "retaliation" for o in c.children)
        for h in scopes
        for c in h.children
    )


def _ended_conflict(span: Span) -> bool:
    """A conflict or war being ended or resolved: the object of "end"/"resolve" ("to end the conflict in
    Sudan") or of "of"/"to" after "resolution"/"end" ("a peaceful resolution of the conflict in Libya")."""
    tok = span[0]
    if tok.lemma_.lower() not in ENDED_CONFLICT_LEMMAS or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in ENDING_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to"):
        noun = tok.head.head
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in ENDING_NOUNS
    return False


def _attacked_facility(span: Span) -> bool:
    """The energy word names an installation (through its compounds) that an attack is aimed at: the object of an
    attacking verb, or of "on"/"against"/"at" after an attack noun or verb (or after the verb whose object the attack
    noun is, where the parser hangs the preposition there: "called the U.S. attacks on two of its oil platforms")."""
    head = span.root
    while head.dep_ in ("compound", "amod", "nmod") and head.head != head:
        head = head.head
    if head.lemma_.lower() not in FACILITY_LEMMAS:
        return False
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":  # "two of its Gulf oil platforms"
        head = head.head.head
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in ("on", "against", "at"):
        governor = governor.head
    elif head.dep_ not in ("dobj", "nsubjpass"):
        return False
    objects = [c for c in governor.children if c.dep_ == "dobj"] if governor.pos_ == "VERB" else []
    # (a wire's capital after "U.S.", "the U.S. Attacks on ...", is tagged a proper noun and keeps its plural)
    return any(
        t.lemma_.lower() in ATTACK_LEMMAS or (t.pos_ == "PROPN" and _singular(t) in ATTACK_LEMMAS)
        for t in (governor, *objects)
    )


def _plain_topic(span: Span) -> bool:
    """A neutral noun named only as a topic ("spoke ... to consult about the situation in eastern Ukraine", "discussed
    the latest situation in Afghanistan"): no concern is said, so no issue; one a word qualifies stays ("resolve the
    very dangerous situation in North Korea", "the humanitarian situation")."""
    noun = span[0]
    if noun.lemma_.lower() not in NEUTRAL_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "advmod") and c.i < noun.i]
    if not all(m.lemma_.lower() in DATING_WORDS for m in mods):
        return False
    # a clause that tells what goes on there qualifies it too ("the situation in Libya, where militias fight")
    places = [o for c in span[-1].children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    return not any(c.dep_ in ("relcl", "acl") for t in (noun, *places) for c in t.children)


def _sale_span_kept(tok: Token, index: DocIndex) -> bool:
    """A "sale" that may be one between states: not inside a name, not one of shares or a firm's assets ("the sale of
    the unit"), not one whose owner is a firm ("the Continental Grain Co sale of wheat")."""
    if tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "FAC"):
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod") and (
            c.lemma_.lower() in FIRM_NOUNS or c.i in index.company_tokens or c.ent_type_ == "ORG"
        ):
            return False
    return True


def _names_goods(tok: Token) -> bool:
    """An edge that stays in what is imported or exported: its object, modifiers and "of" ("millions of tonnes of
    gas"), not "in exchange for oil" nor "from Iran"."""
    if tok.dep_ == "prep":
        return tok.lower_ == "of"
    return tok.dep_ in ("dobj", "pobj", "compound", "amod", "nmod", "nummod", "quantmod", "conj")


def _sector_of_a_firm(span: Span, index: DocIndex) -> bool:
    """The issue word names the trade of a firm it modifies ("water firm Aguas Argentinas", "Chinese crude company
    China National Petroleum", "an oil exploration firm", "Russian gas monopoly Gazprom", "Russian oil and gas company
    Yukos", "gases group Aga AB"): a business, not a matter between states."""
    head = span.root
    # a coordinated sector is one too ("Russian oil and gas company Yukos": round 15)
    while head.dep_ in ("compound", "amod", "nmod", "conj") and head.head != head:
        head = head.head
        if head.lemma_.lower() in FIRM_NOUNS or _market_body(span, head) or _named_firm(head, index):
            return True
        if span.root.lemma_.lower() in INVESTMENT_LEMMAS and head.lemma_.lower() in FINANCE_NOUNS:
            return True  # "investment banking", "an investment bank": a line of finance (round 15b)
    if span.root.pos_ == "VERB" and any(  # "a U.S. house traded 25,000 tonnes": a firm's deal (round 9)
        c.dep_ == "nsubj" and c.lemma_.lower() in FIRM_NOUNS | MARKET_NOUNS for c in span.root.children
    ):
        return True
    return _coordinated_with_sources(span)


def _named_firm(noun: Token, index: DocIndex) -> bool:
    """A group or concern named by the proper name it qualifies ("French industrial gas group Duffour et Igon",
    "Swedish industrial gases group Aga AB"): a firm (round 15)."""
    if noun.lemma_.lower() not in NAMED_FIRM_NOUNS:
        return False
    names = [noun.head] if noun.dep_ == "compound" else []
    names += [c for c in noun.children if c.dep_ == "appos"]
    # not an international body ("the 13-nation oil group OPEC") nor a state
    return any(n.pos_ == "PROPN" and _business_name(n, index) for n in names)


def _business_name(tok: Token, index: DocIndex) -> bool:
    actor = index.actor_of.get(tok.i)
    return actor is None or actor.kind == "organization"


def _no_state_trading(span: Span, index: DocIndex) -> bool:
    """A verb of trading whose trader is no state (round 14b): one firm ("X Corp plans to build the car in A and
    export it to B", through the conjunct and the verb of intent) or goods trading on a market ("the grades were
    trading above their official prices", "the shares traded lower"). Trade between states needs the states as
    the trading parties."""
    root = span.root
    verb: Token | None = root
    if len(span) == 1 and root.pos_ == "NOUN" and root.lemma_.lower() in FLOW_LEMMAS:
        verb = _verb_of_a_flow(root, index)  # "the company plans to use A as a base for exports" (round 15b)
    elif len(span) != 1 or root.pos_ != "VERB" or root.lemma_.lower() not in TRADER_VERBS:
        return False
    if verb is None:
        return False
    subj = _clause_subject(verb)
    if subj is None:
        return False
    if subj.lemma_.lower() in FIRM_NOUNS or subj.i in index.company_tokens:
        return True
    if subj.ent_type_ == "ORG" and index.lex.has("company_suffix", subj.lower_.rstrip(".")):
        return True
    goods = subj.pos_ == "NOUN" and subj.i not in index.country and subj.i not in index.actor_of
    return root.lemma_.lower() == "trade" and goods and subj.lemma_.lower() not in TRADING_STATE_NOUNS


def _verb_of_a_flow(noun: Token, index: DocIndex) -> Token | None:
    """The verb whose trader trades the exports or imports `noun` names without an owner of its own ("the firm
    plans to use India as its base for exports": "use", whose subject is the company's plan; round 15b): the verb the
    noun hangs from through objects and prepositions. None when a country or actor owns the flow ("Japan's exports",
    "its exports", "Spanish exports") or no verb holds it."""
    if any(
        c.dep_ in ("poss", "amod", "compound", "nmod")
        and (c.i in index.country or c.i in index.actor_of or c.pos_ == "PRON")
        for c in noun.children
    ):
        return None
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "dobj") or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None


def _organisation_session(meeting: Meeting) -> bool:
    """A session an organisation hosts for states of its own ("the ICO executive board's session", Brazilian and
    Guatemalan delegates quoted): its states are members at one table, not two sides of what it discussed (round
    24, as round 23 for the EC's council sessions)."""
    states = [c for c in meeting.countries if c != "IGO"]
    return "IGO" in meeting.countries and len(states) >= 2 and gz.mention_kind(meeting.host or "") == "igo"


def _market_session(span: Span) -> bool:
    """ "Trade" or "trading" as a market's session or place of dealing (round 15: "fell in early Tokyo trade", "a
    fairly hectic trading week in raw sugar", "electronic trading of shares", "a major regional rubber trading
    centre"): a market's business, not trade between states."""
    root = span.root
    if len(span) != 1 or root.lower_ not in TRADE_LEMMAS:
        return False
    # (round 24: dealing in paper, "U.S. Treasury trading", "trading futures or options contracts", "riyal
    # trading", "trading decisions": a market's or a firm's business)
    if any(c.dep_ in ("compound", "dobj", "amod", "nmod") and _paper(c) for c in root.children):
        return True
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in FINANCIAL_GOODS | FIRM_WORDS:
        return True
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in SESSION_WORDS for c in root.children):
        return True
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in SESSION_NOUNS


def _paper(tok: Token) -> bool:
    """A word of securities or money dealt in a market ("futures", "options contracts", "Treasury", "riyal")."""
    return any(t.lemma_.lower() in FINANCIAL_GOODS or t.lower_ in FINANCIAL_GOODS for t in [tok, *tok.conjuncts])


def _clause_subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb it is a conjunct of or completes ("plans to shift ... and export":
    the subject of "plans"); the object of that verb when it has one ("asked Japan to export": Japan)."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if tok.dep_ == "xcomp":
            obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if tok.dep_ not in ("conj", "xcomp") or tok.head == tok:
            return None
        tok = tok.head
    return None


def _market_body(span: Span, head: Token) -> bool:
    """A trading house, the market's sources, a trade bank: not "creditor banks", which lend to states."""
    lemma = head.lemma_.lower()
    return lemma in MARKET_NOUNS and (lemma != "bank" or span.root.lemma_.lower() in TRADE_LEMMAS)


def _coordinated_with_sources(span: Span) -> bool:
    """The issue word is the first of two coordinated modifiers of "sources" ("trade and Egyptian official sources
    said"): the parser hangs it elsewhere, but it names the sources' line of business (round 9)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "and":
        return False
    for tok in doc[span.end + 1 : span.end + 5]:
        if tok.lemma_.lower() == "source" and tok.pos_ == "NOUN":
            return True
        if tok.pos_ not in ("ADJ", "PROPN", "NOUN", "DET"):
            return False
    return False


@_producer
def _pressing_pair(root: Token, near: list[Near]) -> tuple[str, set[str]] | None:
    """The country that asks, urges or presses (the subject of a pressing verb) and those it presses (the verb's
    object and its conjuncts), when the phrase is in what they are pressed to do ("Iran asked France to rein in the
    dissidents and end arms sales to Iraq"): the matter is between the asker and the asked."""
    verb = next((a for a in root.ancestors if a.lemma_.lower() in PRESSING_VERBS and a.pos_ == "VERB"), None)
    if verb is None:
        return None
    inside = any(c.dep_ in ("xcomp", "ccomp") and root.i in {t.i for t in c.subtree} for c in verb.children)
    asker = next((n[1].iso for n in near if n[0].head.i == verb.i and n[0].dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    group = {obj.i, *(c.i for c in _conj_chain(obj))} if obj is not None else set()
    asked = {n[1].iso for n in near if n[0].i in group} - {asker, "IGO"}
    if not inside or asker is None or asker == "IGO" or not asked:
        return None
    return asker, asked


def _parallel_owners(near: list[Near]) -> bool:
    """The two countries own two coordinated things each ("the threat posed by Russia's dangerous activity and
    Iran's malign behavior", "China's exports and Japan's imports"): a list of two owners, not a dyad."""
    owners = [(tok, tok.head) for tok, _hit, _d, _loc in near if tok.dep_ == "poss"]
    if len(owners) != len(near) or len({o[0].i for o in owners}) < 2:
        return False
    heads = {o[1].i for o in owners}
    if len(heads) != 2:
        return False
    a, b = sorted(heads)
    return b in {c.i for c in _conj_chain(near[0][0].doc[a])}


def _parallel_clauses(near: list[Near]) -> bool:
    """The two countries are the subjects of two coordinated "that" clauses ("ensuring that Iran never acquires a
    nuclear weapon, and that North Korea commits to verifiable denuclearization"): each its own matter, not a dyad
    (round 21). Clauses without "that" may tell two sides acting on each other ("Japan raised tariffs and China
    protested") and stay a dyad."""
    verbs = []
    for tok, _hit, _d, _loc in near:
        head = tok.head if tok.dep_ == "nsubj" else tok.head.head if tok.dep_ == "compound" else None
        if (
            head is None
            or head.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
        ):
            return False
        verbs.append(head)
    if len({v.i for v in verbs}) != 2:
        return False
    a, b = sorted(verbs, key=lambda v: v.i)
    return b.i in {c.i for c in _conj_chain(a)}


def _conj_chain(tok: Token) -> list[Token]:
    """The conjuncts that follow `tok` ("A, B and C": B and C for A)."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo += [c for c in cur.children if c.dep_ == "conj"]
    return out


@_producer
def _event_of_pair(index: DocIndex, root: Token) -> list[tuple[str, str]]:
    """The pair named in a hyphenated compound of the talks, war or deal the phrase belongs to ("the prisoner exchange
    agreement reached during the Ukraine-Russia talks", "the Iran-Iraq war's ceasefire"): theirs, not that of
    the other countries the sentence names (the mediator who welcomed it). The event is the phrase's own noun, a
    noun it modifies, or the object of a preposition hanging from one of those or from a verb that modifies it."""
    nouns = [root]
    cur = root
    while cur.dep_ in ("compound", "amod", "nmod") and cur.head != cur:
        cur = cur.head
        nouns.append(cur)
    for noun in list(nouns):
        for child in noun.children:
            verbs = [child] if child.dep_ == "acl" else []
            preps = [child] if child.dep_ == "prep" else []
            preps += [c for v in verbs for c in v.children if c.dep_ == "prep"]
            nouns += [c for p in preps for c in p.children if c.dep_ == "pobj"]
    pairs = {pair for noun in nouns if (pair := _hyphen_compound(index, noun))}
    return sorted(pairs) if len(pairs) == 1 else []


def _hyphen_compound(index: DocIndex, noun: Token) -> tuple[str, str] | None:
    """The two countries of "Ukraine-Russia" (three tokens, or one) modifying `noun`."""
    doc = noun.doc
    for tok in doc[noun.left_edge.i : noun.i]:
        if tok.i in index.second and tok.i in index.country:
            a, b = index.country[tok.i].iso, index.second[tok.i].iso
        elif tok.text == "-" and 0 < tok.i and tok.i - 1 in index.country and tok.i + 1 in index.country:
            a, b = index.country[tok.i - 1].iso, index.country[tok.i + 1].iso
        else:
            continue
        if a != b and "IGO" not in (a, b):
            return _pair(a, b)
    return None


# Bases of a dyad that name both countries near the phrase.
NAMED_BASES = frozenset({"near"})
# Bases of a dyad whose third country the other party of a call faces too: named near, or the article's dyad.
PARTY_BASES = frozenset({"near", "dominant"})


def _owned_war(tok: Token, index: DocIndex) -> tuple[str, str] | None:
    """A war one state owns ("Russia's brutal war", "the Russian war") in a sentence that names one other state ("the
    need to support Ukraine and respond to Russia's brutal war of choice"): fighting between the two. (With no other
    state, or several, the war's other side is not told; a place named is where people are, "officials in Paris".)"""
    if tok.lemma_.lower() not in OWNED_WAR_LEMMAS or tok.pos_ != "NOUN":
        return None
    owners = {
        index.country[c.i].iso
        for c in tok.children
        if c.dep_ in ("poss", "amod", "compound")
        and c.i in index.country
        and (index.country[c.i].source in ("state", "demonym") or _leader_owner(c, index))
    }
    if not owners and any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children):
        owners = _its_state(tok, index)  # "holding the Kremlin accountable for its war of aggression" (round 24)
    if len(owners - {"IGO"}) != 1:
        return None
    owner = next(iter(owners))
    # (round 23: "Russia's illegal war in Ukraine": the country the war is fought in is its other side, whatever
    # other states the sentence names: "... war in Ukraine, the United States and India's cooperation"; round 24:
    # also through its "of" ("its war of aggression in Ukraine") and "against" ("its war against Russia"))
    of_objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    heads = [tok, *of_objects]
    # (round 29: the verb's own "in" when the war is its object, "fleeing Russian aggression in neighboring Ukraine")
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        heads.append(tok.head)
    fought_in = [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "against")
        for g in c.children
    ]
    if tok.lemma_.lower() == "invasion":
        fought_in += of_objects  # round 29: "Russia's unprovoked full-scale invasion of Ukraine"
    others = {index.country[g.i].iso for g in fought_in if g.i in index.country} - {owner, "IGO"}
    if not others:
        others = _defending_against(tok, index) - {owner, "IGO"}
    if not others:  # "discussed the situation in Ukraine and Russia's unprovoked war": the crisis's place (round 26)
        others = {h.iso for t, h, loc in _sentence_countries(index, tok.sent) if loc and _crisis_place(t)} - {owner}
    if not others:
        named = [(t, h) for t, h, loc in _sentence_countries(index, tok.sent) if not loc and h.iso != owner]
        others = {h.iso for _t, h in named}
        if len(others) > 1:  # round 29: those who talk of the war are not its side ("Blinken ... its brutal war")
            others = {h.iso for _t, h in named if h.source != "person"} or others
    return _pair(owner, next(iter(others))) if len(others) == 1 else None


def _defending_against(tok: Token, index: DocIndex) -> set[str]:
    """Round 29: the state a war is fought against, when the war is the object of "against": the object of the
    verb ("supporting Ukraine against Russia's invasion"), the "for" of the noun ("support for Ukraine against
    ..."), or the subject of the verb or of the verb it completes, an "it" being the last state named before it
    ("support for Ukraine as it fights against Russian aggression", "the support it needs to defend against")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "against":
        return set()
    head = prep.head
    if head.pos_ == "NOUN":
        beneficiary = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        return _country_objects(beneficiary, index) if beneficiary is not None else set()
    if head.pos_ != "VERB":
        return set()
    for verb in [head, *([head.head] if head.dep_ == "xcomp" else [])]:
        for c in verb.children:
            if c.dep_ == "dobj" and c.i in index.country and index.country[c.i].source == "state":
                return {index.country[c.i].iso}
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.lower_ == "it":
            return _its_state(subj, index)
        hit = _country_of(index, subj)
        return {hit.iso} if hit is not None else set()
    return set()


CRISIS_NOUNS = frozenset("situation crisis war conflict fighting violence".split())


def _crisis_place(tok: Token) -> bool:
    """A place named as where a crisis is ("the situation in Ukraine"), not where people are ("officials in Paris")."""
    noun = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and (noun.lemma_.lower() in CRISIS_NOUNS or noun.lower_ == "developments")
    )


def _its_state(tok: Token, index: DocIndex) -> set[str]:
    """The state an "its" before a war stands for: the last state (or capital standing for one) named before it in
    its sentence ("the Kremlin ... its war", "supporting Ukraine to ensure it emerges from its war"). Not
    `_its_country`, which prefers the subject of the clause: the subject of "emerges" is an "it" that resolves
    elsewhere, and a war's owner is the state named last (a readout of round 24 tells it so). Round 29: in a
    clause completing a noun a state owns, that state ("Russia's decision to introduce North Korean troops into its
    war")."""
    controller = _controlling_owner(tok, index)
    if controller is not None:
        return {controller}
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        state = _state_of(tok.doc[i], index)
        if state is not None:
            return {state}
    return set()


def _controlling_owner(tok: Token, index: DocIndex) -> str | None:
    """The state owning the noun whose clause (with no subject of its own) holds `tok`: "Russia's decision to
    introduce ... into its war" (the decider does what the clause says)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "acl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    return _state_of(owner, index) if owner is not None else None


def _leader_owner(tok: Token, index: DocIndex) -> bool:
    """Round 22: a head of state or government whose war it is ("Putin's brutal war") stands for his state."""
    hit = index.country[tok.i]
    if tok.dep_ != "poss" or hit.source != "person" or hit.actor is None:
        return False
    return bool({"head_of_state", "head_of_government"} & set(hit.actor.role))


def _attack_between(tok: Token, index: DocIndex) -> tuple[str, str] | None:
    """Round 18d (issues18d): an armed attack of one state on what another owns ("the U.S. attack on two Iranian oil
    platforms", "Iraqi warplanes attacked Iran's oilfields", "an Iranian attack on Soviet ships", "a raid on Iranian
    targets by American forces"): the attacker (the noun's owner or "by" object, the verb's subject) and the state
    that owns the target (the noun's "on"/"against" object, the verb's object), when they are two states."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and (lemma in ATTACK_NOUNS or tok.lower_.rstrip("s") in ATTACK_NOUNS):
        attackers = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        attackers += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
        targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children]
        # "an attack on three depots by Turkish forces": the parser often hangs the agent on the target
        attackers += [
            g for t in targets for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
        ]
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else None
        if verb is not None:  # "Kuwait, whose shipping has come under attack by Iran": the subject is attacked
            targets += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            attackers += [
                g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children
            ]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEFENCE_VERBS:
            # "Iraq said its troops repelled an attack by Iranian divisions": the armed subject is attacked
            defenders = [c for c in tok.head.children if c.dep_ == "nsubj"]
            targets += [d for d in defenders if _attacker_state(index, d) is not None]
            attackers += [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    elif tok.pos_ == "VERB" and lemma in ATTACK_VERBS:
        attackers = [c for c in tok.children if c.dep_ == "nsubj"]
        attackers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(a.i in index.country for a in attackers):
            # a state named alone that attacks a thing a nationality names is a team in sport ("Ireland attacked the
            # French line"): the target must be a state or what a state's possessive names ("Iran's island")
            targets = [t for t in targets if t.i in index.country or any(c.dep_ == "poss" for c in t.children)]
    else:
        return None
    attacker = next((h for h in map(lambda a: _attacker_state(index, a), attackers) if h), None)
    targets += [c for t in targets for c in t.conjuncts]
    owners = {
        h.iso
        for t in targets
        if t.lemma_.lower() not in VERBAL_TARGETS and t.lower_ not in VERBAL_TARGETS
        for h in [_target_state(index, t)]
        if h is not None
    }
    if attacker is None or len(owners - {"IGO"}) != 1:
        return None
    owner = next(iter(owners))
    return _pair(attacker.iso, owner) if owner not in (attacker.iso, "IGO") and attacker.iso != "IGO" else None


def _attacker_state(index: DocIndex, tok: Token) -> CountryHit | None:
    """The state that attacks: a state named ("Iraq", "its"), or the state of an armed noun ("Iraqi warplanes",
    "planes from Afghanistan", "American forces")."""
    hit = index.country.get(tok.i)
    if hit is not None and hit.source in ("state", "demonym"):
        return hit
    if tok.pos_ == "PRON" and tok.lower_ in COUNTRY_PRONOUNS:
        sent = tok.sent
        return _its_country(index, sent, tok) if tok.lower_ == "its" else _it_country(index, sent, tok)
    if tok.lemma_.lower() not in ARMED_NOUNS and tok.lower_ not in ARMED_NOUNS:
        return None
    for mod in tok.children:
        if mod.dep_ == "poss" and mod.lower_ == "its":
            return _its_country(index, tok.sent, mod)
    hit = _country_of(index, tok)
    if hit is not None:
        return hit
    # "planes from Afghanistan", "three divisions of Iranian Revolutionary Guards"
    frm = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children]
    return next((h for h in (_country_of(index, g) for g in frm) if h is not None), None)


def _target_state(index: DocIndex, tok: Token) -> CountryHit | None:
    """The state an attack's target names itself or through its modifier ("Iran's oilfields", "Soviet ships"), or
    the state a defender stands for ("its troops"), or the state "whose" goods were attacked."""
    if tok.pos_ == "PRON":
        return _attacker_state(index, tok) if tok.lower_ in COUNTRY_PRONOUNS else None
    its = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if its is not None:
        return _its_country(index, tok.sent, its)
    hit = _country_of(index, tok)
    if hit is None and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        verb = tok.head
        while verb.dep_ not in ("relcl", "ROOT") and verb.head != verb:
            verb = verb.head
        hit = _country_of(index, verb.head) if verb.dep_ == "relcl" else None
    return hit


@_producer
def _owner_and_place(root: Token, in_sentence: list[tuple[Token, CountryHit, bool]]) -> tuple[str, str] | None:
    """The one state whose modifier the issue word carries ("Turkish troop deployments", "Iran's missiles") and the one
    other state where the issue is ("in northern Iraq"): their dyad, however many other countries the sentence names."""
    heads = [root]
    while heads[-1].dep_ in ("compound", "amod", "nmod") and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)
    ids = {h.i for h in heads}
    owners = {
        hit.iso
        for tok, hit, loc in in_sentence
        if not loc and tok.head.i in ids and tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.i not in ids
    }
    places = {
        hit.iso
        for tok, hit, loc in in_sentence
        if loc and _where_the_issue_is(tok, root) and not _meeting_city(tok) and not _address(tok)
    }
    places -= owners
    if len(owners) != 1 or len(places) != 1:
        return None
    return _pair(next(iter(owners)), next(iter(places)))


def _not_between_two(span: Span) -> bool:
    """A mission speaking ("the U.S. Embassy replied that ...", "an embassy report said") or where staff work ("a
    spokesman at the embassy"), or an issue of the whole world ("defend human rights worldwide"): no matter between
    two states."""
    root = span.root
    if root.lemma_.lower() in MISSION_NOUNS and (
        (root.dep_ == "nsubj" and root.head.lemma_.lower() in SAYING_VERBS)
        or (root.dep_ == "pobj" and root.head.lower_ in ("at", "in") and root.head.head.lemma_.lower() in MISSION_STAFF)
        or (root.dep_ in ("compound", "poss") and root.head.lemma_.lower() in MISSION_PAPERS)
    ):
        return True
    holders = [root, root.head] if root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else [root]
    return any(c.dep_ == "advmod" and c.lower_ in WORLD_ADVERBS for h in holders for c in h.children)


def _border_as_address(span: Span, codes: tuple[str, ...], found: list[tuple[Span, tuple[str, ...], bool]]) -> bool:
    """Round 16 (issues16): "ore found in a valley near the Bolivian border", "a town near the Belgian border", "the
    region close to the border with Morocco": a border that only says where a place lies, in a sentence that tells
    of nothing done at it (no other issue phrase, no word of force or crossing), is an address, not a border issue.
    "Warplanes bombed a village near the border", "troops massed near the frontier" stay."""
    if codes != BORDER_CODES or len(span) != 1 or span[0].lemma_.lower() not in BORDER_LEMMAS:
        return False
    tok = span[0]
    prep = tok.head
    if tok.dep_ == "dobj" and prep.lemma_.lower() in ADJOINING_VERBS:
        # round 29: what lies beside a border is told of a place, whatever else the sentence tells ("the Tibesti region,
        # which adjoins Libya's southern border")
        return True
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if not (prep.lower_ == "near" or (prep.lower_ == "to" and prep.head.lower_ in NEARNESS_WORDS)):
        return False
    sent = tok.sent
    if any(other.start != span.start and sent.start <= other.start < sent.end for other, _, _ in found):
        return False
    return not any(t.lemma_.lower() in BORDER_EVENT_LEMMAS or t.lower_ in BORDER_EVENT_LEMMAS for t in sent)


def _geography(span: Span) -> bool:
    """ "Russia, which borders Ukraine": a verb of where a country lies, not a matter between the two."""
    return len(span) == 1 and span[0].pos_ == "VERB" and span[0].lemma_.lower() in GEOGRAPHY_VERBS


def _owned_quality(obj: Token, index: DocIndex) -> bool:
    """A state's thing other than its statehood or its government ("Chile's capacity", "China's zone"), owned by a
    possessive state word: what a recogniser acknowledges in it, not the state it recognises."""
    lemma = obj.lemma_.lower()
    if obj.i in index.country or lemma in RECOGNISED_NOUNS or lemma in RECOGNISED_CLAIMS:
        return False
    return any(c.dep_ == "poss" and c.i in index.country for c in obj.children)


def _praise_not_recognition(span: Span, index: DocIndex) -> bool:
    """ "recognise" said of no state ("recognized the establishment of the working group as a productive step",
    "recognise the steps Ukraine was taking") or with what it is praised for ("recognized Chile for its strong
    institutions"): praise or acknowledgement, not diplomatic recognition ("refused to recognise Cyprus")."""
    root = span.root
    if root.lemma_.lower() not in RECOGNISE_LEMMAS or root.pos_ != "VERB" or root.dep_ == "amod":
        return False
    if any(c.dep_ == "prep" and c.lower_ in PRAISE_PREPS for c in root.children):
        return True
    objs = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    if objs and all(o.lemma_.lower() in PRAISED_NOUNS for o in objs):
        return True  # "recognized Kenya's leadership in ...", "recognize Egypt's role" (round 25): praise of a state
    if objs and all(_owned_quality(o, index) for o in objs):
        return True  # "recognized Chile's capacity", "does not recognize China's air defense zone" (round 26)
    return not any(
        o.i in index.country or o.lemma_.lower() in RECOGNISED_NOUNS or any(c.i in index.country for c in o.children)
        for o in objs
    )


# Words of help and of the inquiries it may serve ("provide assistance to Turkish authorities conducting this
# investigation": police and judicial help, no aid; round 25).
HELP_WORDS = frozenset(("assistance", "assist", "help", "support"))
INQUIRY_WORDS = frozenset(("investigation", "inquiry", "probe", "investigator"))


# Codes of a good two peoples share, for which "for A and B" names them as its two sides.
PEOPLES_CODES = frozenset(("security", "peace_process"))


def _two_peoples(near: list[Near], codes: tuple[str, ...]) -> tuple[str, str] | None:
    """Two states' peoples, plural nouns coordinated after "for" ("security, dignity and prosperity for Israelis and
    Palestinians"), of a security or peace phrase: their dyad, not one side's."""
    if not PEOPLES_CODES & set(codes) or len(near) != 2:
        return None
    (a, ha, *_), (b, hb, *_) = near
    first, second = (a, b) if a.i < b.i else (b, a)
    if ha.iso == hb.iso or first.tag_ not in ("NNPS", "NNS") or second.tag_ not in ("NNPS", "NNS"):
        return None
    if second.dep_ != "conj" or second.head != first or first.dep_ != "pobj" or first.head.lower_ != "for":
        return None
    return _pair(ha.iso, hb.iso)


def _help_with_an_inquiry(span: Span) -> bool:
    """The help the phrase names serves an investigation: an inquiry word in its own phrase."""
    root = span.root
    return root.lemma_.lower() in HELP_WORDS and any(t.lemma_.lower() in INQUIRY_WORDS for t in root.subtree)


def _release_of_people(tok: Token, index: DocIndex) -> tuple[str, ...]:
    """Releasing or freeing people held ("Russia should release American citizens X and Y", "the importance of
    Turkey releasing Pastor X", "the release of the journalist"): `detention`. (Not "released a report".)"""
    if tok.lemma_.lower() not in RELEASE_LEMMAS:
        return ()
    if tok.pos_ == "VERB":
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    elif tok.pos_ == "NOUN":
        held = [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
    else:
        return ()
    for noun in held:
        for t in [noun, *(c for c in noun.children if c.dep_ in ("compound", "appos", "conj"))]:
            actor = index.actor_of.get(t.i)
            if t.lemma_.lower() in HELD_PEOPLE or (actor is not None and actor.kind == "person"):
                return DETENTION_CODES
    return ()


def _state_of(tok: Token, index: DocIndex) -> str | None:
    """The state a token names, by its name or adjective ("Moldova", "Ukrainians"); None for anything else."""
    hit = index.country.get(tok.i)
    return hit.iso if hit is not None and hit.source in ("state", "demonym") and hit.iso != "IGO" else None


def _country_objects(prep: Token, index: DocIndex) -> set[str]:
    """The states that are the object of the preposition (or coordinated with it): "in Syria", "between Armenia
    and Azerbaijan", "in northern Iraq"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    hits = [index.country[o.i] for o in objs if o.i in index.country]
    return {h.iso for h in hits if h.source in ("state", "demonym") and h.iso != "IGO"}


def _is_the_name(tok: Token, span: Span) -> bool:
    """The phrase is a name in its own right ("ISIS", "al-Qaeda"), not a word inside a longer name; a long name the
    tagger cuts ("[the Islamic State of Iraq] and the [Levant]") is one when the phrase holds the whole entity."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    # (round 23: also a phrase of two words that holds a whole name, "joining NATO")
    return (ent.start == span.start and ent.end == span.end) or (
        len(span) >= 2 and span.start <= start and ent.end <= span.end
    )


def _head_of_a_facility_name(tok: Token) -> bool:
    """The issue word is the head of a facility's name, which names one of its kind ("the Grand Ethiopian Renaissance
    Dam" is a dam, round 30): unlike a word inside an organisation's name ("the World Trade Organisation")."""
    if tok.lemma_.lower() not in NAMED_FACILITY_HEADS:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.end == tok.i + 1 and ent.label_ in ("ORG", "FAC")


def _whole_mention_of_a_group(span: Span, index: DocIndex) -> bool:
    """The phrase is an armed group's whole name ("defeat ISIL") that the tagger left without an entity but the
    actor stage knows from organisations.tsv: the name itself, not an issue word inside a longer name."""
    doc = span.doc
    actor = index.actor_of.get(span.start)
    if actor is None or actor.kind != "group" or any(index.actor_of.get(t.i) is not actor for t in span):
        return False
    before = index.actor_of.get(span.start - 1) if span.start > 0 else None
    after = index.actor_of.get(span.end) if span.end < len(doc) else None
    return before is not actor and after is not actor


def _singular(tok: Token) -> str:
    word = tok.lower_
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _expelled_from_a_body(span: Span) -> bool:
    """ "expelled from the Labour party": a member put out of a party or a body, not a diplomat out of a
    country."""
    root = span.root
    if root.lemma_.lower() not in EXPEL_LEMMAS:
        return False
    objs = [o for p in root.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
    return any(o.ent_type_ == "ORG" or o.lemma_.lower() in BODY_NOUNS for o in objs if o.dep_ == "pobj")


def _after_a_country_in_capitals(tok: Token, span: Span, index: DocIndex) -> bool:
    """Newswire capitals after a country ("U.S. Raids", "U.S. Arms"): the tagger reads a name, but the
    name is only the country and the issue word that closes it, also when the phrase runs on past the name
    ("U.S. Arms sales": the name closes at "Arms", the phrase at "sales"; round 18)."""
    if tok.ent_type_ != "ORG":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or not span.start < ent.end <= span.end:
        return False
    before = [t for t in ent if t.i < span.start]
    return any(t.i in index.country for t in before) and all(
        t.i in index.country or t.is_punct or t.pos_ == "DET" for t in before
    )


# What one side does to others, whose doers coordinated stand together ("threats posed by A and B").
SIDE_ACTS = frozenset(
    "pose threat threaten attack strike aggression provocation violence interference pressure support backing "
    "aid assistance help launch test".split()
)


def _coordinated_agents(index: DocIndex, sent: Span) -> list[set[str]]:
    """The states coordinated as the doers or sources of something ("the threats posed by Iran and the DPRK",
    "attacks by A and B", "support from A and B"): one side of what they do, never a dyad with each other (round
    24: the readouts review found "threats posed by Iran and the DPRK" paired as IRN-PRK)."""
    groups = []
    for prep in sent:
        if not (prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in ("by", "from"))):
            continue
        if prep.head.lemma_.lower() not in SIDE_ACTS:
            continue  # "a choice made by A and B to reopen a crossing": a joint act of the two, a dyad
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            heads = with_conjuncts(obj)
            isos = {index.country[t.i].iso for h in heads for t in noun_phrase(h) if t.i in index.country}
            if len(isos - {"IGO"}) >= 2:
                groups.append(isos - {"IGO"})
    return groups


def _ranked_items(index: DocIndex, sent: Span) -> set[str]:
    """The countries of a table of figures told in a sentence: the rows of one count, on one side of what it counts,
    never a dyad with each other (round 19b). Two shapes: a ranking with "followed by" ("the biggest debtors are A
    and B, followed by C and D"; "the main buyer was A, followed by B and C"): every country after "followed by" up
    to a semicolon or the sentence's end, and the last country before it that is no preposition's object or owner
    ("the main supplier of aid to A, followed by B": A is whom the table is about), with those coordinated with it;
    and rows that each carry their own figure ("C with 49 billion, D with 33 billion", "to A rose to 20,000 tonnes,
    B 6,000 and C 4,000"), two or more of them, with the countries coordinated with them. None when no country
    follows "followed by"."""
    doc = sent.doc
    hits = [(t, h) for t, h, _loc in _sentence_countries(index, sent)]
    items: set[str] = set()
    for tok in sent:
        if tok.lower_ != "followed" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "by":
            continue
        first = tok.i + 2
        while first < sent.end and doc[first].lower_ in ("the", "a", "an"):
            first += 1
        if not any(first <= t.i < first + RANKED_NAME_SPAN for t, _h in hits):
            continue  # "tariffs on A, followed by new quotas on B": a second act, no ranking
        end = next((t.i for t in doc[tok.i + 2 : sent.end] if t.text == ";"), sent.end)
        after = {h.iso for t, h in hits if tok.i + 1 < t.i < end}
        before = [
            t
            for t, _h in hits
            if t.i < tok.i and not any(w.text == ";" for w in doc[t.i : tok.i]) and not _object_or_owner(t)
        ]
        if not after or not before:
            continue
        last = max(before, key=lambda t: t.i)
        group = _coordinated(last) | {last.i}
        items |= after | {h.iso for t, h in hits if t.i in group}
    rows = [t for t, _h in hits if _with_its_figure(t)]
    if len({h.iso for t, h in hits if t in rows}) >= 2:
        group = set().union(*(_coordinated(t) | {t.i} for t in rows))
        # The first row told as a clause ("Exports to A rose to 20,000 tonnes, B 6,000 and C 4,000"): the last
        # preposition's object before the rows, with a figure between it and them.
        first = min(t.i for t in rows)
        heads = [t for t, _h in hits if t.i < first and t.dep_ == "pobj" and t.i not in group]
        if heads:
            head = max(heads, key=lambda t: t.i)
            if any(w.like_num or w.tag_ == "CD" for w in doc[head.i + 1 : first]):
                group.add(head.i)
        items |= {h.iso for t, h in hits if t.i in group}
    return items


def _object_or_owner(tok: Token) -> bool:
    """The country word, or the noun it names (through compounds and coordination), is a preposition's object or
    a possessive ("aid to Japan", "Japan's imports")."""
    while tok.dep_ in ("compound", "amod", "conj", "appos") and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("pobj", "poss")


def _with_its_figure(tok: Token) -> bool:
    """A country word followed at once by its own figure, as a row of a table is ("Austria 6,048", "Japan, 9.9
    pct", "Chile with 20 billion dlrs", "Peru with about 12 billion")."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 3 and doc[j].lower_ in FIGURE_LEADS:
        j += 1
    return j < len(doc) and (doc[j].like_num or doc[j].tag_ == "CD") and not doc[j].ent_type_ == "DATE"


def _one_side(near: list[Near]) -> bool:
    """The two countries near the phrase are coordinated as the subject of a verb that is not between them
    ("Germany and France called for ...", "Chancellor Schroeder and President Chirac urged ..."), as the object of a
    verb that presses them ("pressing Japan and Italy to buy more imports") or of any verb that does not put them on
    two sides (round 15: "named Kuwait and the UAE among those producing above quota"), after a
    preposition that makes them one side of what is done ("loans from Saudi Arabia and Kuwait"), or as its agent
    ("imports by Japan and Korea")."""
    toks = {h.iso: t for t, h, _d, _l in near}
    first = min(toks.values(), key=lambda t: t.i)
    group = _coordinated(first)
    if not all(t.i in group for t in toks.values()):
        return False
    return _acting_together(first.doc[min(group)])


def _parallel_prep(tok: Token) -> Token | None:
    """The preposition whose object `tok` is, or modifies ("to Jordan", "through the Turkish pipeline"), through a
    coordination or an apposition; None if there is none. A hyphenated modifier names a backer or leader ("to
    U.S.-backed rebels"), not the object."""
    if tok.dep_ in ("amod", "compound", "poss", "nmod") and "-" in tok.text:
        return None
    for _ in range(2):
        if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head != tok:
            tok = tok.head
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":
        prep = tok.head
        return prep if PREP_ROLE.get(prep.lower_, prep.lower_) in PARALLEL_PREPS else None
    return None


def _quantity_items(pa: Token, pb: Token) -> bool:
    """Between the two prepositions a list goes on to an item of its own: a coordinator or a comma and a quantity
    ("to Jordan, 300,000 tonnes of soybean meal to Iraq", "to Indonesia and 5,000 head to Turkey", "credits to Brazil
    and 73 mln of credits to Ecuador"). Not one phrase inside another ("concessions to the U.S. in the dispute over
    grain sales to Spain") nor a route ("sent to Pakistan and then on to Iran")."""
    first, last = sorted((pa.i, pb.i))
    between = pa.doc[first + 1 : last]
    joined = any(t.lower_ in LIST_JOINS for t in between)
    return joined and any(t.like_num or t.tag_ == "CD" for t in between)


def _parallel_side(near: list[Near]) -> set[str]:
    """The countries near the phrase that are objects of one preposition repeated in parallel items of a list
    ("sales of 200,000 t of wheat to Jordan, 300,000 t of soybean meal to Iraq and 100,000 t
    of corn to Algeria"; "whites from Cuba ... and whites from Thailand"): one side, as a coordination after the
    preposition is ("loans from Saudi Arabia and Kuwait"); two or more of them, else none (round 15d). Not two
    prepositions one inside the other's phrase, nor two countries of one coordination (the rules of coordination
    decide those), nor a country that is also the object of a preposition of another role."""
    preps = [(n, _parallel_prep(n[0])) for n in near]
    side: set[str] = set()
    for (a, pa), (b, pb) in combinations(preps, 2):
        if pa is None or pb is None or pa.i == pb.i or a[1].iso == b[1].iso:
            continue
        if PREP_ROLE.get(pa.lower_, pa.lower_) != PREP_ROLE.get(pb.lower_, pb.lower_):
            continue
        if pa in pb.ancestors or pb in pa.ancestors or b[0].i in _coordinated(a[0]):
            continue
        if not _quantity_items(pa, pb):
            continue
        side |= {a[1].iso, b[1].iso}
    roles: dict[str, set[str]] = {}
    for n, prep in preps:
        if prep is not None:
            roles.setdefault(n[1].iso, set()).add(PREP_ROLE.get(prep.lower_, prep.lower_))
    if any(len(roles[iso]) > 1 for iso in side):
        return set()  # "exports from the U.S. to Japan ... imports from Japan": Japan is on both sides
    return side if len(side) >= 2 else set()


def _examples(near: list[Near]) -> bool:
    """The countries near the phrase are examples of it, coordinated after "including" or "such as"
    ("regional security issues, including China and North Korea")."""
    first = min((t for t, _h, _d, _l in near), key=lambda t: t.i)
    group = _coordinated(first)
    if not all(t.i in group for t, _h, _d, _l in near):
        return False
    top = first.doc[min(group)]
    while top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head
    prep = top.head
    return top.dep_ == "pobj" and (
        prep.lower_ in EXAMPLE_PREPS
        or (prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such")
        or (prep.lower_ == "like" and _class_noun(prep.head))
    )


def _class_noun(noun: Token) -> bool:
    """A plural noun or "others" that "like" gives examples of ("rich surplus nations like A and B", "Others, like A
    and B, are swapping debt for equity"; round 32), not a verb or a single thing compared ("looks like", "an embargo
    like that on Cuba")."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ == "others"


def _coordinated_places(near: list[Near]) -> bool:
    """The two countries near the phrase are one coordination after a locative preposition ("actions in A and B",
    "troops stationed in A and in B"): places where one thing happens, not two sides of it."""
    first = min((t for t, _h, _d, _l in near), key=lambda t: t.i)
    group = _coordinated(first)
    if len(group) != 2 or not all(t.i in group for t, _h, _d, _l in near):
        return False
    return _locative(first.doc[min(group)])


def _class_between(near: list[Near]) -> bool:
    """The class two coordinated examples belong to stands between them ("tension between neighbours such as A and
    B", "disputes between countries, including A and B"): they are the two sides after all."""
    first = min((t for t, _h, _d, _l in near), key=lambda t: t.i)
    top = first.doc[min(_coordinated(first))]
    while top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head
    noun = top.head.head  # the class noun "such as" or "including" hangs from
    if noun.lower_ == "such":  # "such as": "as" may hang from "such", which hangs from the noun
        noun = noun.head
    return any(t.lower_ in BETWEEN_WORDS for t in (noun, noun.head, *noun.children) if t.i < first.i)


def _between_them(verb: Token) -> bool:
    """Words that make what a coordinated pair does a matter between them ("their border", "each other"); not "their"
    of a flow of goods, which is each one's own ("A and B could increase their wheat exports": round 15b)."""
    return any(
        t.lower_ in BETWEEN_WORDS and not (t.lower_ == "their" and t.head.lemma_.lower() in FLOW_LEMMAS)
        for t in verb.subtree
    )


def _place_of_issue(in_sentence: list[tuple[Token, CountryHit, bool]], root: Token, isos: set[str]) -> str | None:
    """The country where the issue is ("US and British troops in Iraq"), other than `isos`."""
    places = {h.iso for t, h, loc in in_sentence if loc and _where_the_issue_is(t, root)} - isos
    return next(iter(places)) if len(places) == 1 else None


def _acting_together(top: Token) -> bool:
    """The coordination whose first member is `top` stands as one side: subject of a verb of one side,
    object of a pressing verb, or object (directly or through an apposition: "loans from its allies,
    particularly Saudi Arabia and Kuwait") of a preposition of one side."""
    while top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head
    if top.dep_ == "poss" and any(c.dep_ == "case" for c in top.children):
        # round 29: "Uganda's and Mozambique's government debts", each its own (the Paris Club their creditor); not
        # what is between them ("India's and Pakistan's border dispute")
        return top.head.lemma_.lower() not in DYAD_NOUNS
    if top.dep_ in ("amod", "compound", "nmod"):  # "British and American troops", "French and German pressure"
        noun = top.head
        if noun.lemma_.lower() in JOINT_NOUNS:
            return True
        # round 17b: the modifiers of any other plural noun of a role ("West German and Japanese exporters" hurt by
        # the dollar, "French and Italian suppliers won the contract") are one side when the noun is: a role its
        # subject, object or preposition gives one side. Not people who meet or talk (`DYAD_NOUNS`), nor a noun
        # with an owner, who may be the other side ("supply its U.S. and Canadian customers", said a Canadian firm).
        return (
            noun.tag_ in ("NNS", "NNPS")
            and noun.lemma_.lower() not in DYAD_NOUNS
            and noun.dep_ not in ("amod", "compound", "nmod", "conj", "appos")
            and not any(c.dep_ == "poss" for c in noun.children)
            and _acting_together(noun)
        )
    verb = top.head.lemma_.lower()
    if top.dep_ in ("nsubj", "nsubjpass"):
        return verb not in RECIPROCAL_VERBS and not _between_them(top.head)
    if top.dep_ == "dobj":
        return verb in PRESSING_VERBS or _objects_of_one_side(top.head)
    if top.dep_ == "pobj" and top.head.lower_ == "by":
        # the agent of a passive verb or of an act ("greater beef imports by A and B") acts as its subject would
        # (round 14b): one side, unless the act, or what it is to do, is between them ("the accord was signed by A
        # and B", "the decision by A and B to open a bus link")
        act = top.head.head
        acts = [act, *(c for c in act.children if c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX"))]
        return not any(a.lemma_.lower() in RECIPROCAL_VERBS for a in acts) and not _between_them(act)
    return top.dep_ == "pobj" and top.head.lower_ in SAME_SIDE_PREPS


def _objects_of_one_side(verb: Token) -> bool:
    """The coordinated object of `verb` is one side of what is said (round 15: "They named Kuwait and the United
    Arab Emirates among those producing above quota", "the tariffs hurt A and B"), unless the verb, or what the
    object is to do, links them, names a concern both share, or is between them ("the pipeline linking A and B",
    "the problems facing A and B", "helped A and B settle the border dispute", "their", "each other", "the
    bilateral issues facing A and B"), or the clause names talks or a dispute their matter may be ("blamed A and B
    for the collapse of the trade talks")."""
    acts = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"))]
    if any(a.lemma_.lower() in RECIPROCAL_VERBS or a.lemma_.lower() in LINKING_VERBS for a in acts):
        return False
    if verb.dep_ in ("acl", "relcl") and any(t.lower_ in BETWEEN_WORDS for t in verb.head.children):
        return False  # "the bilateral issues facing Ottawa and Washington"
    return not _between_them(verb) and not any(t.lemma_.lower() in TALK_WORDS for t in verb.subtree)


def _near_countries(root: Token, in_sentence: list[tuple[Token, CountryHit, bool]]) -> list[Near]:
    """The sentence's countries within MAX_DISTANCE parse steps of the issue word; a place where things
    happen ("violence in Iraq", "troops in Iraq") only when no pair of other countries is named, and
    only when the place is where the issue itself is (not "a loan agreed in Washington")."""
    # "discussed Algeria, terrorism and ...": the topics listed beside it (conjuncts, or
    # an apposition the parser makes of a list item) are not its parties
    listed_with = _listed_beside(root)
    in_sentence = [m for m in in_sentence if m[0].i not in listed_with and not _in_another_verb_item(root, m[0])]
    dist = {tok.i: _distance(root, tok) for tok, _hit, _loc in in_sentence}
    for tok, _hit, _loc in in_sentence:  # "by India and Pakistan", "to Iran and to Iraq": conjuncts are as near
        group = [i for i in _coordinated(tok) | {tok.i} if i in dist]
        nearest = min(dist[i] for i in group)
        for i in group:
            dist[i] = nearest
    near = [(tok, hit, dist[tok.i], loc) for tok, hit, loc in in_sentence if dist[tok.i] <= MAX_DISTANCE]
    actors = [n for n in near if not n[3]]
    if len({n[1].iso for n in actors}) >= 2:
        return actors
    return [n for n in near if not n[3] or (_where_the_issue_is(n[0], root) and not _meeting_city(n[0]))]


def _listed_beside(root: Token) -> set[int]:
    """Tokens of the items listed beside the one holding the issue word ("talked about Algeria, the fight
    against terrorism and fishing": Algeria and fishing), the item's own words left out. In a list of three or
    more, the other items' modifiers too ("cooperation on regional peace, counterterrorism, Afghan stability,
    support for Ukraine, and democratic principles": not Afghanistan's nor Ukraine's counterterrorism)."""
    item = root
    for _ in range(5):
        if item.dep_ in ("conj", "appos") or item.head == item:
            break
        if item.dep_ not in ITEM_DEPS:
            return set()
        item = item.head
    if _clause(item):
        return set()  # "Japan raised tariffs and China protested": clauses, not a list
    group = _coordinated(item)
    top = item.doc[min(group)]
    if top.dep_ == "pobj" and top.head.lower_ == "of":
        # "Afghanistan, the People's Republic of China, Iran, and ...": the parser hangs the items after a name
        # with "of" on the name's last word, and the name on the item before (as a conjunct or an apposition)
        name = top.head.head
        members = _coordinated(name) | ({name.i} | _coordinated(name.head) if name.dep_ == "appos" else set())
        group |= members if len(members) > 1 else set()
    if item.dep_ == "appos":  # a list item the parser hangs as an apposition, in a list of three or more
        siblings = sum(c.dep_ == "appos" for c in item.head.children)
        listed = len(_coordinated(item.head)) >= 2 or len(group) >= 2 or siblings >= 2
        group = _coordinated(item.head) | group | {item.head.i} if listed else set()
    if len(group) <= 1:
        return set()
    top = item.doc[min(group)]
    if top.dep_ == "appos" and top.head.pos_ == "PROPN" and item.dep_ == "conj":
        # "the denuclearization of North Korea, the importance of ..., and a cessation of hostilities in Yemen": the
        # parser hangs the second item on the first one's last word, a name, and the third on the second; the
        # name is in the item before
        group |= {top.head.i}
    if len(group) < LIST_ITEMS:  # "concerns over Iran's program and rights violations": one pair, often misparsed
        return group - {t.i for t in item.subtree}
    own = _item_words(item, False, False)
    first, last = min(group), max(group)
    return {i for s in sorted(group - own) for i in _item_words(root.doc[s], s == first, s == last)} - own


def _clause(item: Token) -> bool:
    """The item is a verb coordinated with a verb (or none): a clause of the sentence, not an item of a list
    ("... Iran, and multilateral engagement to tackle the climate crisis" is one: a noun's verb)."""
    top = item
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    return item.pos_ in ("VERB", "AUX") and top.pos_ in ("VERB", "AUX")


def _branches(a: Token, b: Token) -> tuple[Token, Token] | None:
    """The children of the lowest common ancestor of `a` and `b` that lead down to each (None when one is the
    ancestor of the other)."""
    up_b = {b.i, *(t.i for t in b.ancestors)}
    common = next((t for t in (a, *a.ancestors) if t.i in up_b), None)
    if common is None or common.i in (a.i, b.i):
        return None

    def below(tok: Token) -> Token:
        while tok.head.i != common.i:
            tok = tok.head
        return tok

    return below(a), below(b)


def _in_another_verb_item(root: Token, tok: Token) -> bool:
    """`tok` and the issue word are in two coordinated non-finite verb phrases that share one subject, as items of an
    agenda ("the need to support Ukraine ..., defend human rights worldwide", "preventing Iran from obtaining a nuclear
    weapon and countering China's influence"): the country of one item is no party to the other's issue. (Not
    clauses with subjects of their own, "Japan raised tariffs and China protested", nor the shared subject.)"""
    branches = _branches(root, tok)
    if branches is None:
        return False
    for mine, other in (branches, branches[::-1]):
        if (
            mine.dep_ == "conj"
            and mine.tag_ in NONFINITE_TAGS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in mine.children)
            and other.dep_ not in ("nsubj", "nsubjpass")
        ):
            return True
    return False


def _same_item(root: Token, tok: Token) -> bool:
    """The place `tok` hangs in the same part of what the sentence's verb reports as the issue word ("discussed
    the delivery of humanitarian assistance into Gaza"), not in another item of it ("discussed counterterrorism,
    maritime security, the urgent need to restore the elected government in Burma")."""
    verb = root.sent.root

    def branch(t: Token) -> Token | None:
        while t.head != t and t.head.i != verb.i:
            t = t.head
        return t if t.head.i == verb.i and t.i != verb.i else None

    mine, theirs = branch(root), branch(tok)
    if mine is None or theirs is None or mine.i == theirs.i:
        return True
    # (two objects of the verb are two items; an adverbial clause tells more of the same one: "discussed the
    # situation in Gaza, agreeing that Israel has the right to defend itself from terror attacks")
    return not (mine.dep_ in OBJECT_DEPS and theirs.dep_ in OBJECT_DEPS)


def _item_words(item: Token, first: bool, last: bool) -> set[int]:
    """The words of one item of a list: its head and its modifiers ("Afghan stability", "support for Ukraine"),
    not the items coordinated with it. What precedes the first item's head and follows the last one's is left
    out: it is as often said of the whole list ("Iran's nuclear program and human rights violations", "trade
    and investment with Japan")."""
    out = {item.i}
    for child in item.children:
        if child.dep_ in ("conj", "cc", "punct") or (child.i < item.i and first) or (child.i > item.i and last):
            continue
        out |= {t.i for t in child.subtree}
    return out


def _where_the_issue_is(tok: Token, root: Token) -> bool:
    """A place that is where the issue is: its preposition hangs from the issue word or the noun it
    modifies ("troops in Iraq", "human rights conditions in China", "detained in Zambia") or the verb it
    is the object of ("holding hostages in Lebanon"), not from another verb ("a loan agreed in Washington"). A later
    place of a coordination goes with the first ("troops in A and B")."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    owner = tok.head.head
    heads = {root.i} | ({root.head.i} if root.dep_ == "dobj" else set())
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() not in DEALING_VERBS:
        heads.add(root.head.i)  # "peacekeepers were killed in Ivory Coast", not "a loan agreed in Washington"
    cur = root
    while cur.dep_ in ("compound", "amod", "nmod") and cur.head != cur:
        cur = cur.head
        heads.add(cur.i)
    if owner.dep_ == "acl" and owner.head.i in heads and owner.lemma_.lower() not in DEALING_VERBS:
        return True  # "troops stationed in Mali": the participle places the issue word (round 14b)
    return owner.i in heads


def _in_paragraph(index: DocIndex, span: Span, iso: str) -> bool:
    """`iso` is named in the paragraph of the phrase, up to it: a country the article is about, but not
    in this part of it (a line on UK immigration controls and the EU in a story that is
    mostly about China), is no party to the issue. A wire story's paragraph of one sentence is read to its end
    ("tariffs on Japanese chips ..., after hearings in Washington")."""
    doc = span.doc
    i = span.start
    breaks = 0
    while i > 0:
        if doc[i - 1].is_space and doc[i - 1].text.count("\n") >= 2:
            breaks += 1
            if breaks == PARAGRAPHS_BACK:
                break
        i -= 1
    newswire = bool(doc._.parley_dateline)  # datelined wire copy: paragraphs of one sentence
    end = span.sent.end if newswire and i >= span.sent.start else span.end
    dateline = _dateline_end(doc)
    # a country named only as a currency's ("the US currency", "5,000 U.S. Dlrs") is not named as a state (round 15b),
    # nor one named only as a model to follow ("Africa may have to follow Brazil in halting payments": round 32)
    return any(
        hit.iso == iso and t.idx >= dateline and not _private(t, CURRENCY_HEADS) and not _imitated(t)
        for t, hit in index.hits(doc[i:end])
    )


@_producer
def _pair_lone(
    index: DocIndex,
    span: Span,
    only: str,
    speaker: str | None,
    meeting: list[str] | None,
    dyad: tuple[str, str] | None,
    between: bool = False,
) -> tuple[list[tuple[str, str]], str]:
    """One country near the phrase: its partner is the speaker's country, the meeting's other party, or the
    article's dyad when its other country is named in the same paragraph. (Not the other country the
    sentence names: it is as often the one told about the issue or a topic listed beside it, "Iraq and
    immigration are to be discussed".)"""
    if between:  # the peace a speaker or mediator calls for is between the two sides named with it
        others = {h.iso for _t, h, loc in _sentence_countries(index, span.sent) if not loc} - {only}
        if len(others) == 2:  # "concern over Israeli-Palestinian tensions, ... commitment to a two-state solution"
            return [_pair(*others)], "near"
        if dyad and only in dyad:
            return [dyad], "dominant"
    if speaker and speaker != only:
        return [_pair(only, speaker)], "speaker"
    if meeting and only in meeting and len(meeting) == 2:
        return [_pair(*meeting)], "meeting"
    if dyad and only in dyad and _in_paragraph(index, span, next(c for c in dyad if c != only)):
        return [dyad], "dominant"
    return [], "none"


# Round 27's phrases of a country's crisis or stability ("the crisis in Ethiopia"): that country's, with the parties of
# the talks or the speaker, and no other pairing.
OBJECT_ONLY_HEADS = frozenset({"crisis", "stability"})
# Codes of a third state's acts in a crisis (round 27), and words that point back to a crisis already named.
CONFLICT_CODES = frozenset({"security", "weapons", "border", "military_presence", "armed_groups", "peace_process"})
CRISIS_ANAPHORS = frozenset(
    "separatist ceasefire cease-fire border conflict crisis violence fighting fighter hostility de-escalation".split()
)


def _talks_over_a_conflict(span: Span, codes: tuple[str, ...], mentions: list[tuple[int, int, Meeting]]) -> list[str]:
    """The states of the talks a phrase of a conflict code (`CONFLICT_CODES`) follows, when they are two or more; else
    none (round 27's crisis rules read only such phrases)."""
    if not CONFLICT_CODES & set(codes):
        return []
    states = _meeting_states(span, mentions)
    return states if len(states) >= 2 else []


@_producer
def _acting_in_the_crisis(
    index: DocIndex, span: Span, only: str, codes: tuple[str, ...], mentions: list[tuple[int, int, Meeting]]
) -> list[tuple[str, str]]:
    """Round 27: a third state alone in a sentence that points back to the crisis a call or meeting was about
    ("spoke today with President Hollande to consult about the situation in eastern Ukraine ... Russia has a
    responsibility to cease ... the transit of weapons and fighters across the border"): its other side is the
    crisis's state, not each party of the talks (the gold's RUS-UKR; the parties' dyads with Russia are optional at
    most). The crisis's state may be a party ("spoke with Ukrainian President Poroshenko about ... the situation in
    eastern Ukraine ... stressed Russia's obligations to support a mutual ceasefire"): then that party alone."""
    states = _talks_over_a_conflict(span, codes, mentions)
    if not states or only in states:
        return []
    if not any(t.lemma_.lower() in CRISIS_ANAPHORS for t in span.sent):
        return []
    places = _crisis_places(index, span, mentions) - {only, "IGO"}
    return [_pair(only, next(iter(places)))] if len(places) == 1 else []


@_producer
def _crisis_and_other_side(
    index: DocIndex, span: Span, only: str, codes: tuple[str, ...], mentions: list[tuple[int, int, Meeting]]
) -> list[tuple[str, str]]:
    """Round 27: a crisis in a third state, in a sentence that names one other state, no party either ("efforts to
    prevent an expansion of the conflict in Gaza in the wake of Hamas's abhorrent attack in Israel"): the two are
    its sides (the tunable le-drian readout's ISR-PSE security; the parties' dyads with them are optional)."""
    states = _talks_over_a_conflict(span, codes, mentions)
    if not states or only in states:
        return []
    in_sentence = _sentence_countries(index, span.sent)
    if not any(h.iso == only and loc and _crisis_place(t) for t, h, loc in in_sentence):
        return []
    others = {h.iso for _t, h, _loc in in_sentence} - {"IGO"}
    if len(others) != 2 or others & set(states):
        return []
    return [_pair(*others)]


def _costs_imposed_by_the_parties(
    index: DocIndex, span: Span, mentions: list[tuple[int, int, Meeting]]
) -> list[tuple[str, str]]:
    """Round 27: sanctions "on"/"against" a state in a readout of talks ("their continued commitment to support
    Ukraine, impose costs on Russia, and reinforce NATO's Eastern Flank"; "standing with the United States ... to
    impose costs on Russia for its unprovoked war on Ukraine"): the target and each party of the talks, who impose
    them (the tunable hollande readout's RUS-USA), not the war's victim named beside it."""
    states = _meeting_states(span, mentions)
    if len(states) < 2:
        return []
    heads = [span.root, *(t for t in span if t.pos_ in ("VERB", "NOUN"))]
    heads += [span.root.head] if span.root.dep_ in ("dobj", "pobj") else []
    targets = {
        index.country[g.i].iso
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children
        if g.dep_ == "pobj" and g.i in index.country and index.country[g.i].source in ("state", "demonym")
    } - {"IGO"}
    if len(targets) != 1 or targets & set(states):
        return []
    target = next(iter(targets))
    return [_pair(target, s) for s in states]


def _crisis_places(index: DocIndex, span: Span, mentions: list[tuple[int, int, Meeting]]) -> set[str]:
    """The states whose crisis ("the situation in V", "the crisis in V") the sentences reporting talks before the
    phrase, or the phrase's own sentence, name."""
    doc = span.doc
    sents = [span.sent]
    for start, end, _m in mentions:
        if start >= span.start_char:
            break
        told = doc.char_span(start, end, alignment_mode="expand")
        if told is not None:
            sents.append(told.sent)
    return {index.country[t.i].iso for sent in sents for t in sent if t.i in index.country and _crisis_place(t)}


@_producer
def _unnamed_in_the_crisis(
    index: DocIndex,
    span: Span,
    in_sentence: list[tuple[Token, CountryHit, bool]],
    codes: tuple[str, ...],
    mentions: list[tuple[int, int, Meeting]],
) -> list[tuple[str, str]]:
    """Round 27: no state near the phrase, in a sentence that names a crisis's state and one other state, neither a
    party of the talks ("The two leaders also discussed the crisis in Ukraine, and the Vice President underscored the
    need to impose costs on Russia if it ... failed to support a ceasefire, ... and a halt to the transfer of heavy
    weapons to the separatists"): the two, not the parties of the call."""
    states = _talks_over_a_conflict(span, codes, mentions)
    if not states or not any(t.lemma_.lower() in CRISIS_ANAPHORS for t in span.sent):
        return []
    crisis = {h.iso for t, h, loc in in_sentence if loc and _crisis_place(t)} - {"IGO"} - set(states)
    others = {h.iso for t, h, _loc in in_sentence if h.source in ("state", "demonym")} - crisis - {"IGO"}
    if len(crisis) != 1 or len(others) != 1 or others & set(states):
        return []
    return [_pair(next(iter(crisis)), next(iter(others)))]


def _third_state_affair(doc: Doc, path: dict[tuple[str, str], str]) -> bool:
    """Round 27: a third state's own affair the parties of a readout's talks discussed ("The two leaders underscored
    ... support of competitive and inclusive elections in Venezuela"): the gold pairs it with each party (the
    videgaray and duque readouts' USA-VEN and MEX-VEN elections_governance), as a joint concern about a third
    state. Only each party's pair with one and the same state, chosen from the talks (`_lone_in_talks`), and not
    in a wire story, which tells one side's view of another state's politics."""
    if doc._.parley_dateline or len(path) < 2 or any(p != "_lone_in_talks" for p in path.values()):
        return False
    common = set.intersection(*(set(pair) for pair in path))
    return len(common) == 1


@_producer
def _pair_unanchored(
    index: DocIndex,
    span: Span,
    meeting: list[str] | None,
    dyad: tuple[str, str] | None,
    between: bool = False,
    meetings: list[tuple[int, int, Meeting]] | None = None,
) -> tuple[list[tuple[str, str]], str]:
    """No country near the phrase: a meeting whose topic it is, or words that point back to a pair
    ("both countries", "the two sides", "bilateral", the topic of talks or a dispute) and the pair named
    just before. The article's dyad alone is too weak a guess ("better peace, disarmament and world
    economies"), except for an issue that is always between two sides, named as one known already
    (`BETWEEN_CODES`: "the peace process", not "a peace conference"). Two countries named far from the
    phrase are not taken either: "Bolton is seeing British officials to argue for the
    embargo" (on China) to stay."""
    if meeting and len(meeting) == 2:
        return [_pair(*meeting)], "meeting"
    known = between and any(t.lower_ == "the" or t.dep_ == "poss" for t in span.root.children)
    topic = _topic_of_talks(span)
    if topic:
        last = _last_meeting(span, meetings or [])
        if last:
            return [last], "meeting"
    if PAIR_OF_PEOPLE.search(span.sent.text):  # "the two leaders talked about ...": the pair who met
        met = _last_meeting(span, meetings or [], sentences=None)
        if met:
            return [met], "meeting"
    # (round 29: "They also talked about ... climate change", in the topic of their talks, in a sentence that names no
    # state: the pair who met; not for a peace between sides, "They agreed on the need for a ceasefire", nor what is in
    # a place the sentence names, "a cessation of hostilities in Yemen")
    if not between and (topic or _reported_talks(span)) and not _sentence_countries(index, span.sent):
        met = _pair_referred_to(span, meetings or [])
        if met:
            return [met], "meeting"
    if known or topic or DYAD_WORDS.search(span.sent.text):
        previous = _previous_dyad(index, span.sent) or dyad
        if previous:
            return [previous], "previous"
    return [], "none"


def _last_meeting(
    span: Span, mentions: list[tuple[int, int, Meeting]], sentences: int | None = 3
) -> tuple[str, str] | None:
    """The two states of the last meeting reported before the phrase (within three sentences, or anywhere
    before with `sentences=None`), if two; of the last held one if any (round 29: "They also discussed ..." after
    "will send a representative to the talks in Astana" are those who met, not the talks to come)."""
    lo = _sentences_back(span, sentences) if sentences is not None else 0
    before = [m for s, _e, m in mentions if lo <= s < span.start_char]
    before = [m for m in before if m.status == "held"] or before
    if not before:
        return None
    states = sorted({c for c in before[-1].countries if c != "IGO"})
    return (states[0], states[1]) if len(states) == 2 else None


@_producer
def _lone_in_talks(span: Span, only: str, mentions: list[tuple[int, int, Meeting]]) -> list[tuple[str, str]]:
    """One country in what the parties of a meeting discussed ("They also discussed mutual concerns over
    Iran's nuclear program", "the Secretary and the UN Secretary-General discussed Yemen"): each state of
    the meeting faces it; "the two leaders talked about ..." refers to the last meeting of the article."""
    if _in_talks(span):
        states = _meeting_states(span, mentions) or _parties_referred_to(span, mentions)
        if states and only not in states:
            return [_pair(only, s) for s in states]
        if len(states) == 2 and only in states:  # "stressed the importance of Turkey releasing X": between them
            return [_pair(*states)]
    if PAIR_OF_PEOPLE.search(span.sent.text):
        met = _last_meeting(span, mentions, sentences=None)
        if met and only in met:
            return [met]
    return []


@_producer
def _each_party_faces(
    index: DocIndex, span: Span, pairs: list[tuple[str, str]], mentions: list[tuple[int, int, Meeting]]
) -> list[tuple[str, str]]:
    """A third country that one party of a call or meeting faces, in what the parties discussed or in the
    sentence reporting the meeting ("the President spoke with President Xi to coordinate their response to
    North Korea's nuclear test"): the other party faces it too."""
    states = _meeting_states(span, mentions)
    if len(states) < 2 or not pairs:
        return []
    sent = span.sent
    here = any(sent.start_char <= s < sent.end_char for s, _e, _m in mentions)
    if not here and not _in_talks(span):
        return []
    out: list[tuple[str, str]] = []
    for a, b in pairs:
        if (a in states) == (b in states) or (a if a in states else b) in _named_as_state(index, sent):
            continue  # "commitment to Israel's security following Iran's missile attack": Israel's own issue
        third = b if a in states else a
        out += [_pair(s, third) for s in states]
    return out


@_producer
def _facing_the_subject(index: DocIndex, span: Span, only: str) -> list[tuple[str, str]]:
    """One country near the phrase, in what the state that is the sentence's subject says or does about it ("Greece
    rejects Turkey's denials that it took part in the attack"): the two."""
    subj = next((c for c in span.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or span.root.i in {t.i for t in subj.subtree}:
        return []
    if any(c.dep_ == "conj" for c in subj.children):
        # "Egypt, Japan and Iraq were the major buyers, while sales to China fell": a list, no one state; but two
        # states who say or do what holds the phrase face it each ("The United States and Britain said they would
        # veto sanctions against South Africa", round 30)
        return _coordinated_subject_facing(index, span, subj, only)
    hit = index.country.get(subj.i) if subj.lemma_.lower() not in STATE_NOUNS else _country_of(index, subj)
    if hit is None or hit.source not in ("state", "demonym") or hit.iso in (only, "IGO"):
        return []  # (not "Australian currency markets" reacting to news)
    return [_pair(only, hit.iso)]


def _coordinated_subject_facing(index: DocIndex, span: Span, subj: Token, only: str) -> list[tuple[str, str]]:
    """Two states coordinated as the sentence's subject, when the phrase is in the clause of what they say or do
    (the root's `ccomp`, `xcomp` or object), each with the one country near the phrase."""
    members = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    states = {_state_of(m, index) for m in members}
    if len(members) != 2 or None in states or only in states or len(states) != 2:
        return []
    tok = span.root
    while tok.head.i != span.sent.root.i and tok.head != tok:
        tok = tok.head
    if tok.dep_ not in ("ccomp", "xcomp", "dobj"):
        return []
    return sorted(_pair(only, iso) for iso in states if iso is not None)


def _place_in_phrase(tok: Token, hit: CountryHit, span: Span) -> bool:
    """A city's name that is a word of the issue phrase itself ("the Minsk agreements")."""
    return hit.source == "place" and span.start <= tok.i < span.end


def _modifier_pair(tok: Token, index: DocIndex) -> tuple[str, str] | None:
    """The two states one hyphenated modifier of a noun names ("the Russia-Ukraine conflict"), if any."""
    doc = tok.doc
    for c in (c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i in index.country):
        if c.i in index.second:  # one token ("U.S.-Soviet")
            a, b = index.country[c.i].iso, index.second[c.i].iso
        else:  # "Russia - Ukraine": the first a modifier of the second, joined by the hyphen
            first = next(
                (d for d in c.children if d.i in index.country and d.i + 2 == c.i and doc[d.i + 1].text == "-"), None
            )
            if first is None:
                continue
            a, b = index.country[first.i].iso, index.country[c.i].iso
        if a != b and "IGO" not in (a, b):
            return _pair(a, b)
    return None


@_producer
def _hyphenated_pair(index: DocIndex, sent: Span) -> list[tuple[str, str]]:
    """The pair a sentence names in one hyphenated word and no other country ("the importance of the U.S.-Pakistan
    relationship and ... cooperation on issues of mutual concern, such as energy, trade ..."): the issues the
    sentence lists are theirs."""
    pairs = {
        _pair(index.country[t.i].iso, index.second[t.i].iso)
        for t in sent
        if t.i in index.second and t.i in index.country
    }
    named = {h.iso for _t, h, _loc in _sentence_countries(index, sent)}
    if len(pairs) != 1:
        return []
    pair = next(iter(pairs))
    return [pair] if named <= set(pair) and "IGO" not in pair else []


@_producer
def _told_by_the_parties(
    index: DocIndex,
    span: Span,
    in_sentence: list[tuple[Token, CountryHit, bool]],
    mentions: list[tuple[int, int, Meeting]],
    dyad: tuple[str, str] | None,
) -> list[tuple[str, str]]:
    """No country near the phrase, in what the parties of the article's meeting (or its two countries) said they
    discussed, stressed or agreed, as readouts tell it ("The Secretary also emphasized our continued commitment to
    ... the enduring defeat of ISIS", "President Trump and President Erdogan also discussed the counter-ISIS
    campaign"): the phrase is between the parties; with one other country named in the sentence ("noted their
    firm position that any dialogue with North Korea must ... denuclearization"), each party faces it."""
    verb = _party_verb(span)
    if verb is None:
        return []
    states = _states_before(span, mentions) or (list(dyad) if dyad else [])
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if len(states) < 2 or subj is None or not _refers_to_parties(index, subj, states):
        return []
    listed = _listed_beside(span.root)
    # (a place named is where the issue is, "the release of hostages together with a ceasefire in Gaza", unless it
    # is where the talks were held, or is in another item of what they discussed)
    others = {
        h.iso
        for t, h, loc in in_sentence
        if t.i not in listed
        and not (loc and (_address(t) or _venue(t.head.head) or _meeting_city(t) or not _same_item(span.root, t)))
    }
    others -= set(states)
    if len(others) == 1:
        third = next(iter(others))
        return sorted(_pair(third, s) for s in states)
    if verb.lemma_.lower() in CONDEMN_VERBS:
        return []  # "The leaders condemned the use of chemical weapons": no act of theirs against each other
    return [_pair(*states)] if not others and len(states) == 2 else []


def _party_verb(span: Span) -> Token | None:
    """The verb of the sentence (its root, or a verb coordinated with it: "They conferred about ... and agreed
    that ...") that reports what its subject discussed or stressed, with the phrase in what it reports."""
    root = span.sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in PARTY_VERBS:
            continue
        # (a noun coordinated with the verb is an object the parser cut off: "discussed the set of ..., and the
        # status of efforts toward ... the JCPOA")
        held = [c for c in verb.children if c.dep_ in REPORTED_DEPS or (c.dep_ == "conj" and c.pos_ == "NOUN")]
        if any(span.root.i in {t.i for t in c.subtree} for c in held):
            return root if verb is not root and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in PARTY_VERBS:
        # (round 23: a list the parser cut into a verb of its own, "They spoke about efforts to expand defense
        # cooperation, promote food, energy and health security ...": "promote" hangs on "spoke", with no subject)
        for c in root.children:
            if (
                c.dep_ == "conj"
                and c.tag_ == "VB"  # (an infinitive's, not "disrupting, dismantling and defeating X")
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and span.root.i in {t.i for t in c.subtree}
            ):
                return root
    return None


def _states_before(span: Span, mentions: list[tuple[int, int, Meeting]]) -> list[str]:
    """The states (two to MAX_PARTIES) of the last meeting reported before the phrase's sentence ends (held if any);
    none when an international organisation took part (its members met it, not each other)."""
    before = [m for s, _e, m in mentions if s < span.sent.end_char]
    held = [m for m in before if m.status == "held"]
    before = held or before  # they who discussed are those who met, not those of talks still to come
    if not before or "IGO" in before[-1].countries:
        return []
    states = sorted(set(before[-1].countries))
    return states if 2 <= len(states) <= MAX_PARTIES else []


def _refers_to_parties(index: DocIndex, subj: Token, states: list[str]) -> bool:
    """The subject is the parties ("They", "The two leaders", "The Secretary and the Foreign Minister", "President
    Trump and President Erdogan") or one of them named by his office alone, as readouts name their principal ("The
    Secretary", "The President"). (Not one person named: what "Baker noted" in a wire story is his own view.)"""
    words = subj.doc[subj.left_edge.i : subj.right_edge.i + 1].text
    # ("The two reiterated ...", "Both agreed ...": the pair without its noun, as readouts write it; round 21)
    if words.lower() in ("the two", "both"):
        return True
    if subj.lower_ in PARTY_PRONOUNS or PAIR_OF_PEOPLE.fullmatch(words) or PARTIES_PLURAL.fullmatch(words):
        return True
    members = [subj, *(t for t in subj.subtree if t.dep_ == "conj")]
    for tok in members:
        hit = index.country.get(tok.i)
        if hit is not None:
            if hit.iso not in states or len(members) == 1:
                return False
            continue
        titled = tok.text[:1].isupper() or any(c.lower_ == "the" for c in tok.children)  # "the minister"
        # (an office in the plural is the other parties: "The Secretary and Foreign Ministers condemned ...";
        # round 14)
        if not (titled and (tok.lemma_.lower() in PARTY_OFFICES or _singular(tok) in PARTY_OFFICES)):
            return False
    return True


def _parties_referred_to(span: Span, mentions: list[tuple[int, int, Meeting]]) -> list[str]:
    """ "They" or "the two leaders" as the subject of the sentence's verb of talks, further from the meeting than
    three sentences ("They also discussed at length working together ..."): the states of the last meeting
    before."""
    met = _pair_referred_to(span, mentions)
    return list(met) if met else []


def _pair_referred_to(span: Span, mentions: list[tuple[int, int, Meeting]]) -> tuple[str, str] | None:
    root = span.sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    words = root.doc[subj.left_edge.i : subj.right_edge.i + 1].text if subj is not None else ""
    if subj is None or (subj.lower_ != "they" and not PAIR_OF_PEOPLE.fullmatch(words)):
        return None  # "They ...", "The two leaders ...", "Both presidents ..."
    return _last_meeting(span, mentions, sentences=None)


def _located_elsewhere(
    span: Span, in_sentence: list[tuple[Token, CountryHit, bool]], meeting: list[str] | None
) -> bool:
    """The sentence places the issue in a country that is not a party of the meeting it tells of ("efforts toward an
    immediate ceasefire in the Gaza Strip"): not a venue ("talks in Geneva, Switzerland"), not a meeting's city."""
    return any(
        loc and h.iso not in (meeting or []) and not _address(t) and not _meeting_city(t) and _same_item(span.root, t)
        for t, h, loc in in_sentence
    )


def _place_talked_about(
    span: Span, in_sentence: list[tuple[Token, CountryHit, bool]], mentions: list[tuple[int, int, Meeting]]
) -> str | None:
    """The one country a sentence of what the parties discussed names only as a place ("aid reaching those in
    need in Gaza"), when no country is near the phrase and the sentence names no other country but the parties;
    not in the sentence reporting the meeting, whose place is its venue ("met in Berlin with ...")."""
    places = {
        h.iso
        for t, h, loc in in_sentence
        if loc and not _address(t) and not _meeting_city(t) and _same_item(span.root, t)
    }
    if len(places) != 1 or not _in_talks(span):
        return None
    if not {h.iso for _t, h, _l in in_sentence} - places <= set(_meeting_states(span, mentions)):
        return None  # another country is named, not a party
    sent = span.sent
    if any(sent.start_char <= s < sent.end_char for s, _e, _m in mentions):
        return None
    return next(iter(places))


@_producer
def _facing_the_parties(
    index: DocIndex, span: Span, near: list[Near], mentions: list[tuple[int, int, Meeting]]
) -> list[tuple[str, str]]:
    """The sentence reports a call or meeting and an issue of a third country nearer than its parties ("President
    Obama spoke with President Park of South Korea to respond to Iran's missile launch"): each party faces it."""
    sent = span.sent
    here = [m for s, _e, m in mentions if sent.start_char <= s < sent.end_char]
    if not here:
        return []
    states = {c for c in here[-1].countries if c != "IGO"}
    nearest = min(near, key=lambda n: n[2])[1].iso
    isos = {n[1].iso for n in near}
    if nearest in states or len(states) < 2 or not isos - {nearest} <= states:
        return []
    if states & _named_as_state(index, sent):  # "France's concern that the US ... in an accord with Moscow"
        return []
    return sorted(_pair(nearest, s) for s in states)


def _names_a_person(index: DocIndex, tok: Token) -> bool:
    """The token, or the name its title words lead to ("Foreign Minister Cavusoglu"), is a person's."""
    for _ in range(4):
        actor = index.actor_of.get(tok.i)
        if actor is not None and actor.kind == "person":
            return True
        if tok.dep_ != "compound" or tok.head == tok:
            return False
        tok = tok.head
    return False


def _named_as_state(index: DocIndex, sent: Span) -> set[str]:
    """Countries the sentence names as states acting or owning an issue ("Israel's security", "U.S. naval
    forces"), not only as the country of a person ("President Xi of China", "the Kuwaiti undersecretary",
    "Turkey's Foreign Minister")."""
    out: set[str] = set()
    for tok, hit in index.hits(sent):
        if hit.source not in ("state", "demonym") or hit.iso == "IGO":
            continue
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
        if tok.dep_ in ("amod", "compound", "poss", "pobj") and _names_a_person(index, head):
            continue  # "Turkey's Foreign Minister Cavusoglu"
        out.add(hit.iso)
    return out


def _meeting_states(span: Span, mentions: list[tuple[int, int, Meeting]]) -> list[str]:
    """The states (one or two) of the last meeting reported before the phrase, within three sentences (held if
    any, as in `_last_meeting`)."""
    lo = _sentences_back(span, 3)
    before = [m for s, _e, m in mentions if lo <= s < span.start_char]
    before = [m for m in before if m.status == "held"] or before
    if not before:
        return []
    states = sorted({c for c in before[-1].countries if c != "IGO"})
    return states if 1 <= len(states) <= MAX_PARTIES else []


def _discussed_meeting(doc: Doc, start: int, end: int) -> bool:
    """The meeting word is what other parties discussed ("The leaders discussed the Chancellor's recent trip to
    China"): a topic of the talks reported, not the talks whose parties "they" are (round 25: the trip's states took
    the issues of the sentences after it)."""
    trig = doc.char_span(start, end, alignment_mode="expand")
    if trig is None:
        return False
    root = trig.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in DISCUSS_VERBS


def _sentences_back(span: Span, n: int) -> int:
    """The character offset where the sentence `n` sentences before the phrase's one starts."""
    start = span.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = span.doc[start - 1].sent.start
    return span.doc[start].idx


def _topic_of_talks(span: Span) -> bool:
    """The phrase is what talks or a dispute are about: "talks on trade", "their row over oil rights", or
    what officials discussed ("the ministers discussed ways to cooperate on energy")."""
    # (round 29: an item of a list and its example word stand under the noun of the list, "cooperation on key
    # global challenges, including climate change", as in `_discussed`)
    path = [a for a in span.root.ancestors if not _example_step(a)][:3]
    for i, a in enumerate(path[:-1]):
        if a.dep_ == "prep" and a.lower_ in TOPIC_PREPS and path[i + 1].lemma_.lower() in TALK_WORDS:
            return True
    return _discussed(span)


def _example_step(tok: Token) -> bool:
    """A step up from a list item that leaves it under the same noun: an example word ("including")."""
    return tok.dep_ == "prep" and tok.lower_ in EXAMPLE_PREPS


def _in_talks(span: Span) -> bool:
    """The phrase is the topic of talks, or in what a sentence reports its subject talked about or agreed."""
    return _topic_of_talks(span) or _reported_talks(span)


def _reported_talks(span: Span) -> bool:
    """The sentence reports what its subject talked about and the phrase is in what they discussed or agreed
    ("They also talked about efforts to achieve a return to the nuclear deal with Iran", "They agreed that
    North Korea's planned missile test would ..."), not in the subject."""
    root = span.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in DISCUSS_VERBS | REPORT_TALK_VERBS:
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or span.root.i in {t.i for t in subj.subtree}:
        return False
    return any(c.dep_ in REPORTED_DEPS and span.root.i in {t.i for t in c.subtree} for c in root.children)


def _discussed(span: Span) -> bool:
    """The phrase is in the object of a verb of discussion ("discussed the denuclearization", "reviewed
    ways to cooperate on energy"), within four steps of it (or of the noun it modifies: "the importance of
    energy security") and in the same clause. An item of a list and the example word before it count as
    the noun they stand under ("to discuss issues of interest including trade, security and ...")."""
    tok = span.root
    while tok.dep_ in ("compound", "amod") and tok.head != tok:
        tok = tok.head
    steps = 0
    while steps < 4:
        if tok.head == tok or tok.dep_ in CLAUSE_EDGES:
            return False
        free = tok.dep_ == "conj" or _example_step(tok)
        steps += 0 if free else 1
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in DISCUSS_VERBS:
            return True
    return False


@_producer
def _sides(root: Token, near: list[Near]) -> list[tuple[str, str]]:
    """Three or more countries near the phrase, two of them coordinated ("India and Pakistan"): the pair
    is a dyad unless it acts together on a third ("Britain and France criticised China"): then each of
    the two faces the third."""
    for tok, _hit, _d, _loc in near:
        group = _coordinated(tok)
        members = {h.iso for t, h, _dd, _ll in near if t.i in group}
        if len(group) != 2 or len(members) != 2:
            continue
        others = {h.iso for t, h, _dd, _ll in near if t.i not in group} - members
        nearest = min(d for _t, _h, d, _l in near)
        if min(d for t, _h, d, _l in near if t.i in group) > nearest:
            continue  # "China and India's growth, the US trade deficit": the US is nearer
        top = min(group)
        head = tok.doc[top]
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        together = _acting_together(head) or _cogivers(head, root)
        if len(others) == 1 and (
            together or head.dep_ in ("nsubj", "nsubjpass") or _argument_of_governor(root, near, group)
        ):
            third = next(iter(others))
            return sorted({_pair(m, third) for m in members})
        return [] if together else [_pair(*members)]
    return []


# Round 29: nouns of something given or sold whose coordinated owners give it together ("coordination of U.S. and
# Russian humanitarian assistance and other support to Kyrgyzstan": each gives to Kyrgyzstan; the tunable 2010 lavrov
# readout codes KGZ-RUS and KGZ-USA aid).
GIVING_LEMMAS = frozenset({"aid", "assistance", "support", "help", "loan", "credit", "investment", "sale", "export"})


def _cogivers(head: Token, root: Token) -> bool:
    """The first of two coordinated states modifies the issue noun itself, a noun of something given or sold: they
    give it together, and face the one who gets it."""
    return head.dep_ in ("amod", "compound", "nmod") and head.head == root and root.lemma_.lower() in GIVING_LEMMAS


def _example_pairs(near: list[Near]) -> set[tuple[str, str]]:
    """Pairs of countries coordinated as examples of one class ("steel imported from countries such as A and B",
    "the group, which includes A and B"): members of a class, not two sides of an issue."""
    out: set[tuple[str, str]] = set()
    for tok, hit, _d, _l in near:
        group = _coordinated(tok)
        if len(group) < 2 or not _example_group(tok.doc[min(group)]):
            continue
        out |= {_pair(hit.iso, h.iso) for t, h, _dd, _ll in near if t.i in group and h.iso != hit.iso}
    return out


def _example_group(top: Token) -> bool:
    """The coordination headed by `top` gives examples of a class ("steel imported from countries such as A and B",
    "the group, which includes A and B"): members of one class, not two sides."""
    while top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head
    prep = top.head
    if top.dep_ == "dobj":
        return prep.lemma_.lower() == "include"
    return top.dep_ == "pobj" and (
        prep.lower_ in EXAMPLE_PREPS or (prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such")
    )


@_producer
def _named_pair(near: list[Near]) -> tuple[str, str] | None:
    """Two countries named as a pair: one hyphenated word ("Israeli-Palestinian") or a coordination of two
    ("Israel and the West Bank"), whatever their distance."""
    by_token: dict[int, set[str]] = {}
    for tok, hit, _d, _l in near:
        by_token.setdefault(tok.i, set()).add(hit.iso)
    for isos in by_token.values():
        if len(isos) == 2:
            return _pair(*isos)
    for tok, _hit, _d, _l in near:
        group = _coordinated(tok)
        members = {iso for i in group for iso in by_token.get(i, ())}
        if len(group) == 2 and len(members) == 2:
            return _pair(*members)
    return None


def _previous_dyad(index: DocIndex, sent: Span) -> tuple[str, str] | None:
    """The pair named in the nearest of the three sentences before: the two countries of a sentence that
    names two, or two coordinated ones ("progress between Israelis and Palestinians") of one naming more."""
    doc = sent.doc
    start = sent.start
    for _ in range(3):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        # not the venue of what was done ("met his counterparts in Luxembourg"); "Amritsar in India" is India's
        named = [n for n in _sentence_countries(index, prev) if not (n[2] and _venue(n[0].head.head))]
        isos = {h.iso for _, h, _loc in named}
        if len(isos) == 2:
            return _pair(*isos)
        for tok, _hit, _loc in named:
            group = _coordinated(tok)
            members = {h.iso for t, h, _l in named if t.i in group}
            if len(group) == 2 and len(members) == 2:
                return _pair(*members)
        start = prev.start
    return None


def _venue(owner: Token) -> bool:
    """The place a locative names is where something was done ("talks were held in Geneva", "met his
    counterparts in Luxembourg"), not a party to it."""
    if owner.pos_ in ("VERB", "AUX"):
        return True
    return owner.dep_ in ("dobj", "pobj") and owner.head.lemma_.lower() in VENUE_VERBS


def _hostages_of_no_state(span: Span, index: DocIndex) -> bool:
    """ "a peaceful resolution to the conflict, including the release of all hostages", "talks to secure the release
    of hostages": hostages whose words name no state (no "American hostages", "hostages held in Lebanon") are no
    detention between the states of the sentence (round 23: the readouts review found three such false dyads, and
    the tunable gold codes none of them)."""
    root = span.root
    if root.lemma_.lower() != "hostage" or len(span) != 1:
        return False
    return not any(t.i in index.country for t in root.subtree)


def _threatened_territory(span: Span) -> bool:
    """ "the DPRK's threats to United States and Japanese territory": a threat of attack on a state's soil (its
    security), not a dispute over who owns it (round 23)."""
    root = span.root
    if root.lemma_.lower() != "territory" or len(span) != 1:
        return False
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "threats to United States and Japanese territory"
    if root.dep_ == "dobj" and root.head.lemma_.lower() in DEFEND_VERBS:
        return True  # "Ukraine's right to defend its territory and people"
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("to", "against", "on") and prep.head.lemma_.lower() in THREAT_NOUNS


THREAT_NOUNS = frozenset({"threat", "attack", "strike", "missile", "launch"})
DEFEND_VERBS = frozenset({"defend", "protect"})


def _integrity_pairs(
    index: DocIndex, span: Span, path: dict[tuple[str, str], str], parties: list[str]
) -> dict[tuple[str, str], str]:
    """Round 23: "support for Ukraine's sovereignty and territorial integrity" is no dispute between Ukraine and the
    party that supports it: the dispute is with the state this sentence or the one before names as threatening it
    ("Russia's aggression"), when there is one such state; the supporter's pair goes (the readouts review found it
    wrong twice; the tunable gold makes it optional at most)."""
    owner = _integrity_owner(index, span)
    if owner is None:
        return path
    named = {
        hit.iso
        for _tok, hit in index.hits(sentence_and_before(span[0]))
        if hit.source in ("state", "demonym") and hit.iso != "IGO"
    }
    others = named - {owner} - set(parties)
    if len(others) == 1:
        return {_pair(owner, next(iter(others))): "_integrity_pairs"}
    return {p: how for p, how in path.items() if not (owner in p and set(p) - {owner} <= set(parties))}


def _integrity_owner(index: DocIndex, span: Span) -> str | None:
    """The state whose territorial integrity it is: the possessor of the phrase or of the noun it is coordinated
    with ("Ukraine's sovereignty, territorial integrity"), a pronoun read as the nearest state before it."""
    heads = [span.root, span.root.head] if span.root.dep_ == "conj" else [span.root]
    for head in heads:
        for c in head.children:
            if c.dep_ != "poss":
                continue
            state = _state_of(c, index)
            if state is not None:
                return state
            if c.lower_ == "its":
                before = [h.iso for t, h in index.hits(span.doc[span.sent.start : c.i]) if h.iso != "IGO"]
                return before[-1] if before else None
    return None


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _sentence_countries(index: DocIndex, sent: Span) -> list[tuple[Token, CountryHit, bool]]:
    """The countries a sentence names as actors (states, persons' and bodies' countries, demonyms),
    each with whether it is only a place ("in Iraq"); not organisations of states or long lists."""
    named, listed = _named_countries(index, sent)
    return [m for m in named if m[0].i not in listed]


def _named_countries(index: DocIndex, sent: Span) -> tuple[list[tuple[Token, CountryHit, bool]], set[int]]:
    """The countries a sentence names as actors, and the tokens of those in lists of three or more."""
    out: list[tuple[Token, CountryHit, bool]] = []
    dateline = _dateline_end(sent.doc) if sent.start == 0 else 0
    for tok, hit in index.hits(sent) + _pronoun_hits(index, sent):
        if hit.iso == "IGO" or hit.source == "place" or tok.idx < dateline:
            continue
        locative = _locative(tok) and hit.source == "state"
        if tok.dep_ not in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for a in (tok, tok.head) for c in a.children):
            continue  # "embargoes applied to China but not to North Korea" (not the subject of a negated verb)
        if _private(tok) or _compared(tok) or _party_figure(index, tok, hit) or _based_in(tok) or gz.in_water_name(tok):
            continue
        if _in_club_name(tok) or _in_rate_name(tok) or _in_scandal_name(tok):
            continue
        out.append((tok, hit, locative))
    # "Brazil, China, India and Russia": a list of three or more is no dyad.
    listed: set[int] = set()
    for tok, _hit, _loc in out:
        group = _list_group(tok)
        # "China, Burma and Zimbabwe", "the US, Europe and Japan": three items, two of them countries.
        if len(group) >= 3 and len({h.iso for t, h, _ in out if t.i in group}) >= 2:
            listed |= group
    return out, listed


def _list_group(tok: Token) -> set[int]:
    """The items of the list `tok` is in: its coordination, also when the parser cut a subject list with a serial
    comma ("The United States, Japan, and the Republic of Korea condemn ...") into an apposition of the first item
    holding the others' coordination (round 14)."""
    group = _coordinated(tok)
    top = tok.doc[min(group)]
    if top.dep_ == "appos" and any(c.dep_ == "conj" for c in top.children):
        top = top.head
    if top.dep_ not in ("nsubj", "nsubjpass"):  # (only the subject: a list of places keeps its parse)
        return group
    group |= _coordinated(top) | {top.i}
    for i in list(group):
        for c in tok.doc[i].children:
            if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
                group |= _coordinated(c)
    return group


def _in_club_name(tok: Token) -> bool:
    """A city that names a group of creditors ("the Paris Club", "the London club of commercial banks"): the
    group of lenders, not the state whose capital it is."""
    return tok.dep_ == "compound" and tok.head.lower_ in CLUB_NOUNS and tok.i + 1 == tok.head.i


def _in_rate_name(tok: Token) -> bool:
    """A city that names an interbank rate or market ("pay the London interbank offered rate plus a margin", "the
    Hong Kong interbank rate"): a price of money lent between banks, not a party to a state's debt (round 17)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in RATE_NAME_WORDS


def _locative(tok: Token) -> bool:
    """The country is where something is ("in Iraq"), also when it follows the town it is in ("begun at Punta del
    Este, Uruguay", "talks in Geneva, Switzerland"): an apposition of a locative preposition's object. Each place of
    a coordination is one ("troops in A and B": B too, round 14b)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _meeting_city(tok: Token) -> bool:
    """A capital named as the place of a meeting, conference or summit it hangs from ("preparations for the December
    meeting on climate change in Copenhagen"), or of a world-wide agreement ("a global climate agreement in Paris in
    December", round 32): where it is held, not where the issue is."""
    if gz.mention_kind(tok.text) != "capital":
        return False
    return any(
        a.lemma_.lower() in MEETING_NOUNS or a.lower_ in MEETING_NOUNS or _world_agreement(a)
        for a in list(tok.ancestors)[:5]
    )


# Round 32: an agreement of all states, whose city is where it is made ("an ambitious global climate agreement in
# Paris"), not one between the city's state and another ("an agreement in Moscow settling Egypt's debt").
WORLD_AGREEMENT_NOUNS = frozenset({"agreement", "accord", "treaty", "pact", "deal"})
WORLD_WORDS = frozenset({"global", "international", "multilateral", "world", "worldwide", "universal", "climate"})


def _world_agreement(noun: Token) -> bool:
    """An agreement noun that a world-wide modifier or the climate qualifies."""
    return noun.lemma_.lower() in WORLD_AGREEMENT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in WORLD_WORDS for c in noun.children
    )


def _address(tok: Token) -> bool:
    """A country named after a town, as its address ("launched at Cartagena, Colombia"): where something
    happened, not what it was about."""
    return tok.dep_ == "appos" and _locative(tok)


@_producer
def _list_facing_owner(index: DocIndex, span: Span) -> list[tuple[str, str]]:
    """A list of countries acting on the issue of the one country that owns it ("Canada let Spain,
    Italy and Greece lead the efforts on the Iranian nuclear programme"): each
    listed country faces the owner (a list alone stays no dyad)."""
    root = span.root
    named, listed = _named_countries(index, span.sent)
    owners = _act_owners(index, root) or _with_counterpart(index, root) or _verb_subject(index, root, listed)
    if len(owners) != 1:
        return []
    owner = next(iter(owners))
    # (a list is as near as its nearest item: "The United States, Japan, and the ROK stand together in opposition to
    # the DPRK's development of weapons")
    members = {
        h.iso
        for t, h, _loc in named
        if t.i in listed and min(_distance(root, t.doc[i]) for i in _list_group(t) | {t.i}) <= MAX_DISTANCE
    }
    return sorted(_pair(m, owner) for m in members - {owner})


def _verb_subject(index: DocIndex, root: Token, listed: set[int]) -> set[str]:
    """Round 29: the state that is the subject of an issue verb, outside the list ("The USSR has bought grain
    mostly from Canada, the EC, Australia and Argentina": each seller faces the buyer)."""
    if root.pos_ != "VERB":
        return set()
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i in listed:
        return set()
    hit = _country_of(index, subj)
    return {hit.iso} if hit is not None else set()


def _with_counterpart(index: DocIndex, root: Token) -> set[str]:
    """The state of an issue noun's own "with" ("Japan, South Korea and Taiwan run large trade surpluses with the
    United States"; round 28): each state of a list faces it, as each faces an owner."""
    nouns = [root] + ([root.head] if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" else [])
    if nouns[-1].dep_ == "dobj":
        nouns.append(nouns[-1].head)  # (the parser hangs the "with" on the verb: "run surpluses with X")
    objs = [o for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
    # (one state, not the list itself: "EC trade agreements with Tunisia, Egypt, ... and Jordan", "its borders with
    # West Germany, France and Italy")
    return {
        index.country[o.i].iso
        for o in objs
        if o.dep_ == "pobj"
        and o.i in index.country
        and index.country[o.i].source in ("state", "demonym")
        and not any(c.dep_ == "conj" for c in o.children)
    }


def _act_owners(index: DocIndex, root: Token) -> set[str]:
    """The states that own the issue word's act: modifying the word, or the noun it qualifies ("North Korean missile
    tests", "the DPRK's ballistic missile launches") or is the of-object of ("the DPRK's development of weapons"),
    or that noun's agent ("the launch of a missile by North Korea"); round 14."""
    nouns = [root]
    if root.dep_ in ("compound", "amod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i:
        nouns.append(root.head)
    last = nouns[-1]
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.pos_ == "NOUN":
        nouns.append(last.head.head)
    owners: list[Token] = [
        c for noun in nouns for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c not in nouns
    ]
    owners += _agents(nouns)
    return {
        index.country[c.i].iso
        for c in owners
        if c.i in index.country and index.country[c.i].source in ("state", "demonym")
    }


def _agents(nouns: list[Token]) -> list[Token]:
    """The by-agents of the nouns and their modifiers ("by North Korea", "by the North Korean regime")."""
    agents = [c for noun in nouns for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for c in p.children]
    agents = [a for a in agents if a.dep_ == "pobj"]
    return agents + [m for a in agents for m in a.children if m.dep_ in ("amod", "compound")]


@_producer
def _committed_to(index: DocIndex, span: Span, mentions: list[tuple[int, int, Meeting]]) -> list[tuple[str, str]]:
    """A country's issue another pledges to ("President Biden reaffirmed his commitment to Israel's security",
    "reiterated support for Ukraine's security"): the owner and the subject's country; a subject without one
    ("The President") after a call of two with the owner is the other party."""
    root = span.root
    owner = next((index.country[c.i] for c in root.children if c.dep_ == "poss" and c.i in index.country), None)
    prep = root.head
    if owner is None or owner.iso == "IGO" or root.dep_ != "pobj" or prep.lower_ not in ("to", "for"):
        return []
    pledge = prep.head
    if pledge.lemma_.lower() not in PLEDGE_NOUNS:
        return []
    verb = pledge.head if pledge.dep_ == "dobj" else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None:
        return []
    actor = index.actor_of.get(subj.i)
    country = actor.country if actor is not None and actor.kind == "person" else None
    hit = _country_of(index, subj)
    country = country or (hit.iso if hit is not None else None)
    states = _meeting_states(span, mentions)
    if country is None and len(states) == 2 and owner.iso in states:
        country = next(s for s in states if s != owner.iso)
    return [_pair(owner.iso, country)] if country and country not in (owner.iso, "IGO") else []


# Round 29: adjectives that make an aim or a worry the parties' own together ("the shared goal of ... denuclearization
# of North Korea": the tunable motegi readout codes JPN-PRK and PRK-USA), and the nouns they qualify.
SHARED_WORDS = frozenset({"shared", "common", "mutual", "joint"})
AIM_NOUNS = frozenset("goal aim objective commitment concern interest priority vision".split())


def _shared_aim(
    index: DocIndex, span: Span, mentions: list[tuple[int, int, Meeting]], implied: str | None
) -> list[tuple[str, str]]:
    """An issue of one state in the "of"/"to"/"about" of an aim or concern the parties share ("reiterated the shared
    goal of the denuclearization of North Korea"): each of the two states of the last meeting faces that state."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "to", "about", "over", "for"):
        return []
    aim = prep.head
    if aim.lemma_.lower() not in AIM_NOUNS or not any(c.lower_ in SHARED_WORDS for c in aim.children):
        return []
    owners = {
        index.country[c.i].iso
        for c in root.children
        if c.dep_ == "poss" and c.i in index.country and index.country[c.i].source in ("state", "demonym")
    }
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owners |= _country_objects(of, index) if of is not None else set()
    owners |= {implied} if implied else set()
    parties = _states_before(span, mentions)
    if len(owners - {"IGO"}) != 1 or len(parties) != 2:
        return []
    owner = next(iter(owners - {"IGO"}))
    return [] if owner in parties else [_pair(owner, p) for p in parties]


def _dateline_end(doc: Doc) -> int:
    """Where a wire dateline left in the text ends ("TAUPO, New Zealand, May 9 - "): the place the
    story was filed from is no party."""
    m = DATELINE.match(doc_text(doc))
    return m.end() if m else 0


def _pronoun_hits(index: DocIndex, sent: Span) -> list[tuple[Token, CountryHit]]:
    """ "it" and "its" standing for a country: "its" for the nearest country named before it in the
    sentence ("China could use them to threaten its rival Taiwan"); "it" for the country whose words
    it opens ("The U.S. said it will stop Iran ...", "Syria's denials that it
    took part"), or, opening a sentence, for
    the country the sentence before is about ("It keeps no diplomatic relations with Portugal")."""
    out: list[tuple[Token, CountryHit]] = []
    for tok in sent:
        if tok.pos_ != "PRON" or tok.lower_ not in COUNTRY_PRONOUNS:
            continue
        hit = _its_country(index, sent, tok) if tok.lower_ == "its" else _it_country(index, sent, tok)
        if hit is not None and hit.iso != "IGO":
            out.append((tok, hit))
    return out


def _it_country(index: DocIndex, sent: Span, tok: Token) -> CountryHit | None:
    if tok.dep_ == "nsubj" and tok.head == sent.root and sent.start > 0:
        return _subject_country(index, sent.doc[sent.start - 1].sent)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ccomp", "acl"):
        # "Iran said it would ...", "Syria's denials that it took part"
        owner = tok.head.head
        speaker = next((c for c in owner.children if c.dep_ in ("nsubj", "poss")), None)
        return _country_of(index, speaker) if speaker is not None else None
    return None


def _its_country(index: DocIndex, sent: Span, tok: Token) -> CountryHit | None:
    """The subject of the clause "its" is in ("The U.S. ... offered its warships"), or else the nearest
    country named before it ("China could use them to threaten its rival Taiwan")."""
    for verb in tok.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        top = verb
        subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subj is None and top.dep_ == "conj" and top.head != top:  # a conjunct with no subject of its own
            top = top.head
            subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.lower_ == "it":
            return _it_country(index, sent, subj)
        hit = _country_of(index, subj)
        if hit is not None:
            return hit
        break
    before = [h for t, h in index.hits(sent.doc[sent.start : tok.i]) if h.source in ("state", "demonym")]
    return before[-1] if before else None


def _subject_country(index: DocIndex, sent: Span) -> CountryHit | None:
    """The state that is the subject of the sentence's main verb ("Taiwan's government claims ...")."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _country_of(index, subj) if subj is not None else None


def _country_of(index: DocIndex, subj: Token) -> CountryHit | None:
    """The state a subject names itself or through its modifier ("Taiwan's government")."""
    for tok in [subj, *(c for c in subj.children if c.dep_ in ("poss", "compound", "amod"))]:
        hit = index.country.get(tok.i)
        if hit is not None and hit.source in ("state", "demonym") and hit.iso != "IGO":
            return hit
    return None


def _party_figure(index: DocIndex, tok: Token, hit: CountryHit) -> bool:
    """A person who speaks for a party, not for the state ("a UKIP MEP", "the Tory leader"), or the
    country word of his title ("British MEP John Smith")."""
    actor = hit.actor if hit.source == "person" else None
    if actor is None and tok.dep_ in ("amod", "compound", "nmod"):
        head = tok.head
        while head.dep_ in ("compound", "amod") and head.head != head and head.i not in index.actor_of:
            head = head.head
        actor = index.actor_of.get(head.i)
    return actor is not None and actor.kind == "person" and bool(actor.role) and set(actor.role) <= PARTY_ROLES


def _in_scandal_name(tok: Token) -> bool:
    """`tok` is a word of the name of a scandal, before its head noun in one noun phrase ("the Iran arms scandal",
    "the Iranian arms affair", "the arms-to-Iran scandal"): no issue and no party (round 19). Singular "affair"
    only: "Iranian affairs" are a country's matters ("interference in Iranian internal affairs")."""
    doc = tok.doc
    for noun in doc[tok.i + 1 : min(len(doc), tok.i + 1 + SCANDAL_NAME_GAP)]:
        if noun.lower_ in SCANDAL_NOUNS and noun.pos_ == "NOUN":
            between = doc[tok.i + 1 : noun.i]
            return tok in noun.subtree and all(t.pos_ in NAME_POS or t.text == "-" for t in between)
        if noun.pos_ not in NAME_POS and noun.text != "-":
            return False
    return False


def _private(tok: Token, heads: frozenset[str] = PRIVATE_HEADS) -> bool:
    """A country word modifying a private body or a currency ("a Swiss bank account", "the Swiss franc")."""
    head = tok
    while head.dep_ in ("amod", "compound", "nmod") and head.head != head:
        head = head.head
    return head is not tok and (head.lemma_.lower() in heads or _commercial_banks(head))


# Round 29: a state's commercial banks ("three leading U.S. banks put their Brazilian loans on non-accrual") are firms;
# not its central, state or development banks.
PUBLIC_BANK_WORDS = frozenset("central state national development reserve federal export import".split())


def _commercial_banks(noun: Token) -> bool:
    """A plural "banks" none of whose modifiers makes them public."""
    return noun.lower_ == "banks" and not any(c.lower_ in PUBLIC_BANK_WORDS for c in noun.children)


def _based_in(tok: Token) -> bool:
    """A country where something is based ("British-based U.S. planes", "a London-based agency"): a place, not a
    party."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based"


def _compared(tok: Token) -> bool:
    """A country the party is compared with ("an embargo like that on Cuba"), ranked beside ("the
    second-biggest borrower after Pakistan") or named after "similar to" ("a deal similar to one between a
    firm and China's oil company")."""
    if _after_likeness(tok) or _imitated(tok):
        return True
    cur = tok
    for _ in range(4):
        if cur.head == cur:
            return False
        cur = cur.head
        if (
            cur.dep_ == "prep"
            and cur.lower_ in COMPARISON_PREPS
            and any(c.lower_ in COMPARISON_WORDS - {"such"} for c in cur.head.children)
        ):
            return True
        if cur.dep_ == "prep" and cur.lower_ in RANKING_PREPS and _ranked(cur.head):
            return True
        if cur.dep_ == "prep" and _comparing(cur):
            return True
        if cur.dep_ == "prep" and cur.lower_ == "behind" and cur.head.lemma_.lower() in LAGGING_VERBS:
            return True  # "Taiwan's output lagged far behind Japan and South Korea" (round 28)
    return False


# Verbs of ranking behind another ("lagged far behind Japan", "trails behind", "fell behind", "ranks behind").
LAGGING_VERBS = frozenset({"lag", "trail", "fall", "rank", "come", "stay", "remain"})


def _comparing(prep: Token) -> bool:
    """ "than" after a comparative ("more competitive than the U.S.", "smaller than imports into Spain") or "with" /
    "to" after the participle "compared" ("overpriced compared with crudes from Norway"): what follows is compared
    with the party, not its partner (round 15b)."""
    head = prep.head
    if prep.lower_ == "than":
        return head.tag_ in ("JJR", "RBR") or any(c.lower_ in ("more", "less") for c in head.children)
    return (
        prep.lower_ in ("with", "to")
        and head.lower_ == "compared"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def _imitated(tok: Token) -> bool:
    """The country is the model a verb of imitation takes ("did not want to follow Brazil in suspending payments",
    "follow Brazil's lead", "emulate the example of Mexico"), directly or through a noun of `MODEL_NOUNS`."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of":
        cur = cur.head.head
    elif cur.dep_ == "poss":
        cur = cur.head
    if cur is not tok and cur.lemma_.lower() not in MODEL_NOUNS:
        return False
    return cur.dep_ == "dobj" and cur.head.lemma_.lower() in IMITATION_VERBS


def _ranked(noun: Token) -> bool:
    """A noun with a superlative or ordinal modifier ("the second-biggest borrower", "the largest exporter")."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "advmod", "compound")]
    mods += [g for c in mods for g in c.children if g.dep_ == "advmod"]
    return any(m.tag_ in ("JJS", "RBS") or m.ent_type_ == "ORDINAL" for m in mods)


def _after_likeness(tok: Token) -> bool:
    """The country comes after "similar to" (or "comparable to") in its clause: the parse often hangs what follows
    from the wrong word, so the order of the words decides."""
    sent = tok.sent
    for t in tok.doc[sent.start : tok.i]:
        nxt = tok.doc[t.i + 1] if t.i + 1 < len(tok.doc) else None
        if t.lower_ in LIKENESS_WORDS and nxt is not None and nxt.lower_ == "to":
            between = tok.doc[t.i : tok.i]
            return not any(w.text in (";", ":") for w in between)
    return False


def _coordinated(tok: Token) -> set[int]:
    """Token indices coordinated with `tok`: its conjunct chain, and the objects of coordinated
    prepositions ("to Cuba, Laos and Sudan but not to Chile")."""
    top = tok
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    group = {top.i} | {t.i for t in top.subtree if t.dep_ == "conj" and _conj_of(t, top)}
    prep = top.head if top.dep_ == "pobj" else None
    if prep is not None:
        for other in prep.subtree:
            if other.dep_ == "conj" and other.pos_ == "ADP" and _conj_of(other, prep):
                group |= {p.i for p in other.children if p.dep_ == "pobj"}
    return group


def _conj_of(tok: Token, top: Token) -> bool:
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    return cur == top


def _distance(a: Token, b: Token) -> int:
    """Path length between two tokens in the parse, a clause boundary counting CLAUSE_COST."""
    up_a = _chain(a)
    up_b = _chain(b)
    best = None
    for tok_i, cost_a in up_a.items():
        if tok_i in up_b:
            total = cost_a + up_b[tok_i]
            best = total if best is None else min(best, total)
    return best if best is not None else 99


def _chain(tok: Token) -> dict[int, int]:
    out = {tok.i: 0}
    cost = 0
    cur = tok
    while cur.head != cur:
        cost += CLAUSE_COST if cur.dep_ in CLAUSE_EDGES else 1
        cur = cur.head
        out[cur.i] = cost
    return out


def _argument_of_governor(root: Token, near: list[Near], group: set[int]) -> bool:
    """A country outside the coordinated pair is the subject or object of the verb that governs the issue
    word ("Turkey exported sugar to Iran and to Iraq"): it faces each of the two. (Not one that only
    reacts to what the pair did: "Britain praised the choice India and Pakistan made to ...".)"""
    verb = (
        root if root.pos_ in ("VERB", "AUX") else next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    )
    if verb is None:
        return False
    args = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    args |= {t.i for a in list(args) for t in root.doc[a].subtree}
    return any(t.i in args and t.i not in group for t, _h, _d, _l in near)


@_producer
def _nearest_pairs(near: list[Near]) -> list[tuple[str, str]]:
    """With three or more countries near the issue word: the nearest one paired with the nearest
    other one (ties kept)."""
    best: dict[str, int] = {}
    for _tok, hit, d, _loc in near:
        best[hit.iso] = min(d, best.get(hit.iso, 99))
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    first, d1 = ranked[0]
    firsts = [iso for iso, d in ranked if d == d1]
    if len(firsts) > 1:
        return [_pair(a, b) for a, b in combinations(sorted(firsts), 2)]
    d2 = ranked[1][1]
    if d2 - d1 > MAX_GAP:
        return []  # the issue belongs to the nearest country alone ("the US trade deficit")
    return [_pair(first, iso) for iso, d in ranked[1:] if d == d2]


def _speaker_country(index: DocIndex, span: Span) -> str | None:
    """Country of the speaker of the statement whose words hold the span."""
    for st in index.recent_statements(span[0], inclusive=True):
        ev = st.evidence
        if span.end_char <= ev.end:
            actor = index.by_name.get(st.speaker)
            if actor is None or (actor.role and set(actor.role) <= PARTY_ROLES):
                return None  # an opposition or party figure does not speak for his state
            if actor.kind == "organization" and _a_firm(index, st.speaker):
                return None  # a firm speaks for itself, not for the state of its seat (round 19b)
            return actor.country
    return None


def _a_firm(index: DocIndex, name: str) -> bool:
    """The organisation named is a company: its name ends in a company suffix ("Delta Pumps Inc", "Norvale Corp"), or
    it is the short name of an actor whose name does ("Delta Pumps" beside "Delta Pumps Inc"), or a newspaper of
    `organisations.tsv` (sector "press"; round 25: "the South China Morning Post said" is no Hong Kong party)."""
    if name.lower() in index.lex.press:
        return True
    words = name.lower().replace(",", " ").split()
    for other in index.by_name:
        full = other.lower().replace(",", " ").split()
        if full[: len(words)] == words and full and index.lex.has("company_suffix", full[-1].rstrip(".")):
            return True
    return False


def _meeting_countries(doc: Doc, span: Span, mentions: list[tuple[int, int, Meeting]]) -> list[str] | None:
    """The states of a meeting the issue is the topic of: "talks on trade", "discussions about
    security" (the phrase hangs from the meeting word through a topic preposition). `mentions` are the
    meetings' mentions (start, end, meeting) sorted by start."""
    path = list(span.root.ancestors)[:3]
    if not any(a.dep_ == "prep" and a.lower_ in TOPIC_PREPS for a in path):
        return None
    near = {a.i for a in path}
    sent = span.sent
    lo = bisect.bisect_left(mentions, sent.start_char, key=_first)
    hi = bisect.bisect_left(mentions, sent.end_char, lo=lo, key=_first)
    for start, end, meeting in mentions[lo:hi]:
        trig = doc.char_span(start, end, alignment_mode="expand")
        if trig is not None and trig.root.i in near:
            return [c for c in meeting.countries if c != "IGO"]
    return None


def _issue(span: Span, pair: tuple[str, str], code: str) -> Issue:
    """The record of an issue whose evidence is the phrase in its sentence."""
    sent = span.sent
    ev = Evidence(span.start_char, span.end_char, sent.text, sent.start_char, sent.end_char)
    return Issue(countries=pair, issue=code, evidence=ev, phrase=span.text)


def _first(row: tuple) -> int:
    return row[0]


def _dominant_dyad(doc: Doc, index: DocIndex) -> tuple[str, str] | None:
    """The two countries an article is about, when they hold most of its country mentions."""
    counts: Counter[str] = Counter()
    previous = None
    dateline = _dateline_end(doc)
    for i in sorted(index.country):  # one count per run of tokens of one mention (no Token objects)
        if doc[i].idx < dateline:
            continue
        hit = index.country[i]
        same = (
            previous is not None
            and previous[0] == i - 1
            and (previous[1] is hit or (hit.actor is not None and previous[1].actor is hit.actor))
        )
        previous = (i, hit)
        if gz.in_water_name(doc[i]):
            continue  # "the Gulf of Mexico's offshore waters": a sea, not the state (round 28)
        if not same and hit.iso != "IGO" and hit.source != "place":
            counts[hit.iso] += 1
        second = index.second.get(i)
        if second is not None and not same:
            counts[second.iso] += 1
    if len(counts) < 2:
        return None
    ranked = counts.most_common(3)
    (a, na), (b, nb) = ranked[:2]
    if nb < 2 or (na + nb) / sum(counts.values()) < DOMINANT_SHARE:
        return None
    if len(ranked) == 3 and ranked[2][1] == nb:
        return None  # the second state ties with a third: which one the article pairs with the first is unknown
    return _pair(a, b)


@Language.factory(
    "parley_issues",
    assigns=["doc._.parley_issues"],
    default_config={"version": VERSION, "dictionaries": []},
)
def make_issues(nlp: Language, name: str, version: str, dictionaries: list[str]) -> IssueFinder:
    """Factory of the `parley_issues` component; `dictionaries` lists user dictionary directories."""
    return IssueFinder(dictionaries)
