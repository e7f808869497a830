"""Speech cues from `etl/dictionaries/cue_verbs.tsv`, and the reader for parley's TSV dictionaries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

DICTIONARY_DIR = Path(__file__).resolve().parent.parent / "dictionaries"
CUE_GROUPS = ("report", "address", "accuse", "praise", "describe", "source")
# Lines of `cue_verbs.tsv` that are no cues of their own: verbs and nouns that together state a stance.
STANCE_GROUPS = frozenset({"stance_verb", "stance_noun"})
# Lines of `cue_verbs.tsv` for verbs that attribute a quotation only when they follow it with their subject
# (`"...," X joked`, `"...," observed Mr Y`); as cues anywhere they would make reported speech of "agreed to
# pay" or "continued to rise" (round 18b).
AFTER_QUOTE_GROUP = "after_quote"
# Groups whose grammatical object is the party the words are aimed at (the target).
TARGETING_GROUPS = frozenset({"address", "accuse", "praise"})
# The cue's own tone: accusing is critical, praising cooperative, whatever the words.
GROUP_TONE = {"accuse": -2.0, "praise": 2.0}


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a TSV file with `#` comment lines and blank lines skipped, cells stripped."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield [cell.strip() for cell in line.rstrip("\n").split("\t")]


def dictionary_paths(name: str, extra_dirs: Iterable[str | Path] = ()) -> list[Path]:
    """The shipped dictionary `name`, then the same file in each of a user's directories that has it."""
    paths = [DICTIONARY_DIR / name]
    for directory in extra_dirs:
        extra = Path(directory) / name
        if extra.is_file():
            paths.append(extra)
    return paths


# Verbs whose "for" phrase is what the speaker asks ("called for the release of ...").
CALL_FOR_VERBS = frozenset({"call"})
# Nouns of plans and texts, which "call for" what they provide, not as a speaker.
PLAN_NOUNS = frozenset(
    {"plan", "program", "programme", "project", "proposal", "agreement", "accord", "budget", "law", "bill", "treaty"}
    | {"deal", "scheme", "strategy", "package", "pact", "contract", "draft", "measure", "legislation", "initiative"}
)


def _plan_noun(subject: Token) -> bool:
    """Whether a subject is a plan or text ("the program", "the U.N. Program of Action")."""
    return subject.lemma_.lower() in PLAN_NOUNS


@dataclass(slots=True)
class CueLexicon:
    """Cue verb lemmas and prepositional cues ("according to"), each with its group."""

    verbs: dict[str, str] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)  # first words of `phrases`, for a cheap test
    # Cue verbs whose noun-phrase object is itself what was said ("reaffirmed the commitment to ...").
    object_verbs: set[str] = field(default_factory=set)
    # Verbs that state a stance only through a stance noun ("expressed concern", "raised concerns"),
    # cues for nothing else, and those nouns.
    stance_verbs: set[str] = field(default_factory=set)
    stance_nouns: set[str] = field(default_factory=set)
    # Verbs that are cues only right after a quotation that runs on into them (`AFTER_QUOTE_GROUP`).
    after_quote: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, paths: Iterable[Path]) -> CueLexicon:
        """Read `cue_verbs.tsv` files; later files override earlier entries."""
        lexicon = cls()
        for path in paths:
            for row in read_tsv(path):
                if len(row) >= 2 and row[1] in STANCE_GROUPS:
                    (lexicon.stance_verbs if row[1] == "stance_verb" else lexicon.stance_nouns).add(row[0].lower())
                    continue
                if len(row) >= 2 and row[1] == AFTER_QUOTE_GROUP:
                    lexicon.after_quote.add(row[0].lower())
                    continue
                if len(row) < 2 or row[1] not in CUE_GROUPS:
                    continue
                words = tuple(row[0].lower().split())
                if len(words) == 1:
                    lexicon.verbs[words[0]] = row[1]
                    if len(row) >= 3 and row[2] == "object":
                        lexicon.object_verbs.add(words[0])
                elif words:
                    lexicon.phrases[words] = row[1]
                    lexicon.first_words.add(words[0])
        return lexicon

    def candidates(self, doc: Doc) -> list[int]:
        """Indices of the tokens that may be cues, found on the Doc's arrays so that no
        Token object is made for the others (confirm each with `group`)."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        verb_lemmas = {strings[w] for w in self.verbs}
        first = {strings[w] for w in self.first_words}
        verb = doc.vocab.strings["VERB"]
        cols = doc.to_array([POS, LEMMA, LOWER])
        return [
            i
            for i, (pos, lemma, lower) in enumerate(cols.tolist())
            if (pos == verb and lemma in verb_lemmas) or lower in first
        ]

    def stance_candidates(self, doc: Doc) -> list[int]:
        """Indices of the verbs that state a stance with a stance noun ("expressed concern")."""
        if not self.stance_verbs or not len(doc):
            return []
        strings = doc.vocab.strings
        lemmas = {strings[w] for w in self.stance_verbs}
        verb = strings["VERB"]
        cols = doc.to_array([POS, LEMMA]).tolist()
        return [i for i, (pos, lemma) in enumerate(cols) if pos == verb and lemma in lemmas]

    def stance_object(self, token: Token) -> Token | None:
        """The object of a cue that is itself what was said: any object of an object verb
        ("reaffirmed the commitment"), a stance noun for a stance verb ("expressed concern"); else None."""
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in CALL_FOR_VERBS:
            # "called for the prisoners to be freed": what one calls for is what one says; what a plan
            # "calls for" it provides ("the U.N. program calls for N billion dlrs of spending")
            if any(c.dep_ == "nsubj" and _plan_noun(c) for c in token.children):
                return None
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            if prep is not None:
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
            # "called for the results to be published": a clause marked "for"
            return next(
                (
                    c
                    for c in token.children
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                ),
                None,
            )
        if token.pos_ != "VERB" or not (lemma in self.object_verbs or lemma in self.stance_verbs):
            return None
        obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or (lemma in self.stance_verbs and obj.lemma_.lower() not in self.stance_nouns):
            return None
        return obj

    def after_quote_verb(self, token: Token) -> bool:
        """Whether a token is a verb that is a cue only right after a quotation ("joked", "observed")."""
        return token.pos_ == "VERB" and token.lemma_.lower() in self.after_quote

    def group(self, token: Token) -> str | None:
        """The cue group of a token that is a speech cue here, else None.

        A verb cue must be tagged as a verb ("the talks" is not "talk"); a phrase cue is
        matched at its first word ("according" of "according to")."""
        if token.pos_ == "VERB":
            group = self.verbs.get(token.lemma_.lower())
            if group:
                return group
        lower = token.lower_
        if lower not in self.first_words:
            return None
        for words, group in self.phrases.items():
            if words[0] == lower and token.i + len(words) <= len(token.doc):
                if all(token.doc[token.i + k].lower_ == w for k, w in enumerate(words)):
                    return group
        return None
