"""A learned scorer for the issue stage's records: logistic regression with the rules as features.

The issue stage (`etl.nlp.issues`) makes its records by rule; each record is a *candidate* here, described by
features of how the rules made it (the pairing path of every phrase occurrence that produced it, the issue code)
and of its context (how many sentences support it, how many states the sentence and the document name, whether
its two states meet in the document, the kind of source, negation and modal words...). A weights file
(`etl/models/issue_model.json`, written by `tools/train_issue_model.py`) gives one weight per feature; the
stage keeps a record when the logistic score `1 / (1 + exp(-(bias + sum w_f x_f)))` reaches the file's
threshold. No new runtime dependency: a dot product over a dict. docs/decisions.md ("A learned scorer for
bilateral issues") has the method and the cross-validated figures.

`liberal_pairs` adds candidates the rules do not make (every pair of states named in the phrase's sentence or the
sentence before), for a model that may also raise recall; they carry the feature `liberal`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from etl.nlp.meeting_parts import DocIndex
from schema.errors import ConfigError

MODEL_FILE = Path(__file__).resolve().parent.parent / "models" / "issue_model.json"
FORMAT = 1
# Words that make what a sentence tells hypothetical or denied.
MODAL_WORDS = frozenset("would could might may should if unless whether".split())
NEGATION_WORDS = frozenset("not no never n't nor without".split())
# Sources whose texts are government readouts (U.S. and others), by words of the source's name.
READOUT_SOURCE = re.compile(r"white house|department|ministry|government|office of|embassy|\.gov", re.I)
BROADCASTER_SOURCE = re.compile(r"\bbbc\b", re.I)
Key = tuple[tuple[str, str], str]


@dataclass(slots=True)
class Support:
    """One occurrence of an issue phrase that produced a candidate: the phrase, the rule path that paired it,
    and how many dyads that occurrence produced."""

    span: Span
    path: str
    pairs: int
    domestic: bool = False


@dataclass(slots=True)
class Candidate:
    """A (dyad, code) the stage could record, its supports and features; `rule` when the rules made it."""

    key: Key
    supports: list[Support]
    rule: bool
    features: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class IssueModel:
    """Weights of a logistic scorer; `liberal` says whether it scores the liberal candidates too."""

    weights: dict[str, float]
    bias: float
    threshold: float
    liberal: bool = False

    def score(self, features: dict[str, float]) -> float:
        """The probability that a candidate is a gold issue."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in sorted(features.items()))
        if z < -50:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def keeps(self, features: dict[str, float]) -> bool:
        return self.score(features) >= self.threshold

    def digest(self) -> str:
        """A short hash of what decides (weights, bias, threshold, liberal), not of the file's other keys."""
        text = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:8]

    def to_json(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": FORMAT,
            "bias": self.bias,
            "threshold": self.threshold,
            "liberal": self.liberal,
            "weights": dict(sorted(self.weights.items())),
        }
        out.update(extra or {})
        return out


def read_model(path: Path) -> IssueModel | None:
    """The model of a weights file; None when the file says `"enabled": false` (the rules alone decide)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the issue model ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(f"{path}: not an issue model of format {FORMAT}")
    if not data.get("enabled", True):
        return None
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return IssueModel(weights, float(data["bias"]), float(data["threshold"]), bool(data.get("liberal")))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path}: bad issue model ({exc})") from exc


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_FILE)) -> IssueModel | None:
    """The shipped model (read once)."""
    return read_model(Path(path))


def liberal_pairs(index: DocIndex, span: Span) -> list[tuple[str, str]]:
    """Every pair of states named in the phrase's sentence or the sentence before it."""
    sent = span.sent
    start = sent.start
    if start > 0:
        start = sent.doc[start - 1].sent.start
    isos = sorted(
        {
            hit.iso
            for i in range(start, sent.end)
            for hit in (index.country.get(i), index.second.get(i))
            if hit is not None and hit.iso != "IGO" and hit.source != "org"
        }
    )
    return list(combinations(isos, 2))


def source_kind(doc: Doc) -> str:
    source = str(doc._.parley_source or "")
    if READOUT_SOURCE.search(source):
        return "readout"
    if BROADCASTER_SOURCE.search(source):
        return "broadcaster"
    if doc._.parley_dateline:
        return "wire"
    return "other"


@dataclass(slots=True)
class _DocFacts:
    """What every candidate of one document shares."""

    kind: str
    states: int
    mentions: dict[str, int]
    total: int
    met: set[frozenset[str]]
    codes_of_dyad: dict[tuple[str, str], int]
    dyads_of_code: dict[str, int]
    dominant: tuple[str, str] | None
    sentences: int


def _doc_facts(doc: Doc, index: DocIndex, cands: list[Candidate], dominant: tuple[str, str] | None) -> _DocFacts:
    mentions: dict[str, int] = {}
    for hit in index.country.values():
        if hit.iso != "IGO":
            mentions[hit.iso] = mentions.get(hit.iso, 0) + 1
    met = set()
    for meeting in doc._.parley_meetings or ():
        states = sorted(c for c in meeting.countries if c != "IGO")
        met |= {frozenset(p) for p in combinations(states, 2)}
    codes_of_dyad: dict[tuple[str, str], int] = {}
    dyads_of_code: dict[str, int] = {}
    for c in cands:
        codes_of_dyad[c.key[0]] = codes_of_dyad.get(c.key[0], 0) + 1
        dyads_of_code[c.key[1]] = dyads_of_code.get(c.key[1], 0) + 1
    return _DocFacts(
        kind=source_kind(doc),
        states=len(mentions),
        mentions=mentions,
        total=sum(mentions.values()) or 1,
        met=met,
        codes_of_dyad=codes_of_dyad,
        dyads_of_code=dyads_of_code,
        dominant=dominant,
        sentences=max(1, sum(1 for _ in doc.sents)),
    )


def _sentence_facts(index: DocIndex, span: Span, dyad: tuple[str, str]) -> dict[str, float]:
    """Features of the sentence of one support: states named, the dyad's states in it, nearest token gap."""
    sent = span.sent
    isos: set[str] = set()
    gaps: dict[str, int] = {}
    for i in range(sent.start, sent.end):
        for hit in (index.country.get(i), index.second.get(i)):
            if hit is None or hit.iso == "IGO":
                continue
            isos.add(hit.iso)
            gap = 0 if span.start <= i < span.end else min(abs(i - span.start), abs(i - (span.end - 1)))
            gaps[hit.iso] = min(gaps.get(hit.iso, gap), gap)
    lemmas = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    named = sum(1 for iso in dyad if iso in isos)
    gap = min((gaps[iso] for iso in dyad if iso in gaps), default=40)
    return {
        "sent_states": float(min(len(isos), 6)),
        "sent_named_both": float(named == 2),
        "sent_named_one": float(named == 1),
        "sent_named_none": float(named == 0),
        "sent_gap": min(gap, 40) / 10.0,
        "sent_modal": float(bool(lemmas & MODAL_WORDS)),
        "sent_negation": float(bool(lemmas & NEGATION_WORDS)),
        "sent_quoted": float(any(t.is_quote for t in sent)),
    }


def _features(cand: Candidate, facts: _DocFacts, index: DocIndex) -> dict[str, float]:
    dyad, code = cand.key
    first = min(cand.supports, key=lambda s: s.span.start)
    feats: dict[str, float] = {f"code={code}": 1.0, f"source={facts.kind}": 1.0}
    for s in cand.supports:
        feats[f"path={s.path.split(':')[0]}"] = 1.0
        if ":" in s.path:
            feats[f"path={s.path}"] = 1.0
    feats["liberal"] = float(not cand.rule)
    feats["supports"] = math.log1p(len(cand.supports))
    feats["sentences"] = math.log1p(len({s.span.sent.start for s in cand.supports}))
    feats["one_dyad_occurrence"] = float(any(s.pairs == 1 for s in cand.supports))
    feats["domestic"] = float(all(s.domestic for s in cand.supports))
    feats["doc_states"] = math.log1p(facts.states)
    share = (facts.mentions.get(dyad[0], 0) + facts.mentions.get(dyad[1], 0)) / facts.total
    feats["dyad_share"] = share
    feats["min_state_share"] = min(facts.mentions.get(dyad[0], 0), facts.mentions.get(dyad[1], 0)) / facts.total
    feats["dominant"] = float(facts.dominant == dyad)
    feats["met"] = float(frozenset(dyad) in facts.met)
    feats["dyad_codes"] = math.log1p(facts.codes_of_dyad.get(dyad, 0))
    feats["code_dyads"] = math.log1p(facts.dyads_of_code.get(code, 0))
    feats["position"] = first.span.sent.start / max(1, len(first.span.doc))
    for name, value in _sentence_facts(index, first.span, dyad).items():
        feats[name] = value
    return {k: v for k, v in feats.items() if v}


def describe(doc: Doc, index: DocIndex, cands: list[Candidate], dominant: tuple[str, str] | None) -> list[Candidate]:
    """Fill every candidate's features (in place) and return the list."""
    if not cands:
        return cands
    facts = _doc_facts(doc, index, cands, dominant)
    for cand in cands:
        cand.features = _features(cand, facts, index)
    return cands
