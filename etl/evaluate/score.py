"""Score one document's prediction against its gold annotation, category by category.

Both sides are dicts in the gold shape (`Extraction.to_json()` or a gold file). The rules
are those of `shared/gold/README.md`; where the README leaves a choice open, the choice
is written next to the code that makes it (and summarised in `etl/evaluate/__init__.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from etl.evaluate.metrics import CategoryScore, Counts, DocScore, Miss, Tally
from etl.evaluate.names import AliasBook, jaccard, name_match, names_match, text_tokens, texts_match
from etl.evaluate.pairing import Item, Pairing, Score, greedy_pair, is_optional
from etl.records import parse_date
from schema.errors import SourceError


@dataclass(frozen=True, slots=True)
class Sides:
    """The alias books of both sides, to match names that refer to actors."""

    gold: AliasBook
    pred: AliasBook

    def match(self, gold_name: str | None, pred_name: str | None) -> bool:
        """Names match; two missing names agree too (e.g. an unattributed statement, no host)."""
        if not gold_name and not pred_name:
            return True
        return names_match(gold_name, pred_name, self.gold, self.pred) > 0


def score_document(gold: dict[str, Any], pred: dict[str, Any], text: str = "") -> DocScore:
    """Score `pred` against `gold` for one document; `text` resolves `quote_span`s."""
    doc_id = str((gold.get("document") or {}).get("id", ""))
    sides = Sides(AliasBook(_items(gold, "actors")), AliasBook(_items(pred, "actors")))
    out = DocScore(doc_id)
    score_persons(gold, pred, out)
    score_statements(gold, pred, text, sides, out)
    score_meetings(gold, pred, sides, out)
    score_issues(gold, pred, out)
    return out


def _items(data: dict[str, Any], key: str) -> list[Item]:
    return [x for x in data.get(key) or [] if isinstance(x, dict)]


def _wrong(out: DocScore, category: str, attribute: str, pred: object, gold: object, label: str) -> None:
    """Note a matched item with a wrong attribute, for `--details`."""
    out.misses.append(Miss(category, "wrong", f"{attribute} {pred!r}, gold {gold!r}: {label}"))


# --- persons and leaks ---------------------------------------------------------------------------


def forbidden_names(gold: dict[str, Any]) -> list[str]:
    """`must_not_extract` actor names (the block is an object with `actors`, or a bare list)."""
    block = gold.get("must_not_extract") or {}
    names = block.get("actors", []) if isinstance(block, dict) else block
    return [str(n) for n in names]


def score_persons(gold: dict[str, Any], pred: dict[str, Any], out: DocScore) -> None:
    """Persons pair on names; a predicted actor of any kind matching a forbidden name is a leak,
    counted once as a false person (and not paired, even if a gold person has the same name)."""
    forbidden = forbidden_names(gold)
    leaked: list[Item] = []
    pred_persons: list[Item] = []
    for actor in _items(pred, "actors"):
        aliases = actor.get("aliases") or []
        if any(name_match(f, actor.get("name"), (), aliases) for f in forbidden):
            leaked.append(actor)
        elif actor.get("kind") == "person":
            pred_persons.append(actor)
    gold_persons = [a for a in _items(gold, "actors") if a.get("kind") == "person"]

    def score(g: Item, p: Item) -> Score | None:
        strength = name_match(g.get("name"), p.get("name"), g.get("aliases") or [], p.get("aliases") or [])
        if not strength:
            return None
        return (strength, float(_same_code(g.get("country"), p.get("country"))), float(_role_ok(g, p)))

    pairing = greedy_pair(gold_persons, pred_persons, score)
    cat = out.categories["persons"]
    cat.counts += Counts(len(pairing.pairs), len(pairing.spurious) + len(leaked), len(pairing.missed))
    country, role = cat.ratio("country_accuracy"), cat.ratio("role_accuracy")
    for gi, pi in pairing.pairs:
        g, p = gold_persons[gi], pred_persons[pi]
        country.add(_same_code(g.get("country"), p.get("country")))
        role.add(_role_ok(g, p))
        if not _same_code(g.get("country"), p.get("country")):
            _wrong(out, "persons", "country", p.get("country"), g.get("country"), str(g.get("name")))
        if not _role_ok(g, p):
            _wrong(out, "persons", "role", p.get("role"), g.get("role"), str(g.get("name")))
    out.misses += [Miss("persons", "missed", str(gold_persons[gi].get("name"))) for gi in pairing.missed]
    out.misses += [Miss("persons", "spurious", str(pred_persons[pi].get("name"))) for pi in pairing.spurious]
    out.misses += [Miss("persons", "leak", str(a.get("name"))) for a in leaked]
    out.leaks += len(leaked)


def _same_code(a: object, b: object) -> bool:
    """ISO codes compare case-insensitively; two nulls agree (an actor with no country)."""
    return (str(a).upper() if a else None) == (str(b).upper() if b else None)


def _role_ok(g: Item, p: Item) -> bool:
    """Role accuracy: some predicted role code is among the gold's accepted codes.

    The gold lists every acceptable code, the prediction may list several; one shared
    code is enough. A gold person without roles wants none predicted.
    """
    gold_roles, pred_roles = set(g.get("role") or []), set(p.get("role") or [])
    return bool(gold_roles & pred_roles) if gold_roles else not pred_roles


# --- statements ------------------------------------------------------------------------------------


def quote_text(item: Item, text: str, where: str = "") -> str:
    """The statement's words: `quote`, or `quote_span` [start, end] resolved against `text`."""
    quote = item.get("quote")
    if isinstance(quote, str):
        return quote
    span = item.get("quote_span")
    if span is None:
        return ""
    if not (isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        raise SourceError(f"{where}: quote_span must be [start, end], got {span!r}")
    start, end = span
    if not 0 <= start < end <= len(text):
        raise SourceError(f"{where}: quote_span {span} is outside the text ({len(text)} characters)")
    return text[start:end]


def score_statements(gold: dict[str, Any], pred: dict[str, Any], text: str, sides: Sides, out: DocScore) -> None:
    """One pairing on text match for all statements; the categories read it differently.

    `statement_texts` counts text matches alone. `statements` (the headline) counts a
    pair when both are direct and the speakers match; its false positives are predicted
    direct statements outside such pairs, its false negatives the gold direct ones.
    `speaker_accuracy` is over all text matches; `indirect_recall` is the share of gold
    reported-speech statements matched by a predicted reported-speech statement.
    """
    doc_id = str((gold.get("document") or {}).get("id", ""))
    # Copies that carry their token sets, so that each quote is normalised once.
    gold_st = [
        dict(s, _tokens=text_tokens(quote_text(s, text, f"{doc_id}: gold statement {i}")))
        for i, s in enumerate(_items(gold, "statements"))
    ]
    pred_st = [
        dict(s, _tokens=text_tokens(quote_text(s, text, f"{doc_id}: predicted statement {i}")))
        for i, s in enumerate(_items(pred, "statements"))
    ]

    def score(g: Item, p: Item) -> Score | None:
        gt, pt = g["_tokens"], p["_tokens"]
        if not texts_match(gt, pt):
            return None
        # Prefer the pair that is also right on speaker and direct/indirect, then the closer text.
        agree = int(_direct(g) == _direct(p)) + int(sides.match(g.get("speaker"), p.get("speaker")))
        return (float(agree), jaccard(gt, pt))

    pairing = greedy_pair(gold_st, pred_st, score)
    out.categories["statement_texts"].counts += Counts(len(pairing.pairs), len(pairing.spurious), len(pairing.missed))

    cat = out.categories["statements"]
    speaker, indirect = cat.ratio("speaker_accuracy"), cat.ratio("indirect_recall")
    tp = 0
    for gi, pi in pairing.pairs:
        g, p = gold_st[gi], pred_st[pi]
        same_speaker = sides.match(g.get("speaker"), p.get("speaker"))
        speaker.add(same_speaker)
        _speaker_country(g, p, sides, cat, out, text)
        _target(g, p, cat, out, text)
        tp += _direct(g) and _direct(p) and same_speaker
        if not same_speaker:
            _wrong(out, "statements", "speaker", p.get("speaker"), g.get("speaker"), _quote_label(g, text))
        if _direct(g) != _direct(p):
            _wrong(out, "statements", "direct", _direct(p), _direct(g), _quote_label(g, text))
    for gi, g in enumerate(gold_st):
        if not is_optional(g) and not _direct(g):
            indirect.add(any(pgi == gi and not _direct(pred_st[pi]) for pgi, pi in pairing.pairs))
    ignored_pred = {pi for _, pi in pairing.ignored}
    paired_pred = {pi for _, pi in pairing.pairs}
    pred_direct = sum(
        1
        for pi, p in enumerate(pred_st)
        if _direct(p) and pi not in ignored_pred and (pi in paired_pred or not is_optional(p))
    )
    gold_direct = sum(1 for g in gold_st if _direct(g) and not is_optional(g))
    cat.counts += Counts(tp, pred_direct - tp, gold_direct - tp)
    out.misses += [Miss("statements", "missed", _quote_label(gold_st[gi], text)) for gi in pairing.missed]
    out.misses += [Miss("statements", "spurious", _quote_label(pred_st[pi], text)) for pi in pairing.spurious]


def _speaker_country(g: Item, p: Item, sides: Sides, cat: CategoryScore, out: DocScore, text: str) -> None:
    """Speaker country accuracy, over text matches whose gold speaker is a listed actor: the country of
    the predicted speaker (from the prediction's actors) is the gold speaker's (two missing agree)."""
    if not sides.gold.knows(g.get("speaker")):
        return
    want, got = sides.gold.country(g.get("speaker")), sides.pred.country(p.get("speaker"))
    cat.ratio("speaker_country_accuracy").add(want == got)
    if want != got:
        _wrong(out, "statements", "speaker country", got, want, _quote_label(g, text))


def _target(g: Item, p: Item, cat: CategoryScore, out: DocScore, text: str) -> None:
    """Target accuracy, over text matches where either side names a target country (most statements
    have none, and two missing targets would swamp the figure)."""
    want, got = g.get("target_country"), p.get("target_country")
    if not want and not got:
        return
    ok = _same_code(want, got)
    cat.ratio("target_accuracy").add(ok)
    if not ok:
        _wrong(out, "statements", "target", got, want, _quote_label(g, text))


def _direct(item: Item) -> bool:
    return bool(item.get("direct"))


def _quote_label(item: Item, text: str) -> str:
    try:
        words = quote_text(item, text)
    except SourceError:
        words = "?"
    words = words if len(words) <= 90 else words[:87] + "..."
    kind = "direct" if _direct(item) else "indirect"
    return f"{item.get('speaker')} ({kind}): {words}"


# --- meetings --------------------------------------------------------------------------------------


def held(meeting: Item) -> bool:
    """Whether a meeting is held: a `status` of "held" or none (the gold lists held meetings only,
    unless it marks a planned or cancelled one with its `status`)."""
    return str(meeting.get("status") or "held").lower() == "held"


def score_meetings(gold: dict[str, Any], pred: dict[str, Any], sides: Sides, out: DocScore) -> None:
    """Meetings pair when the country sets overlap (Jaccard >= 0.5) and the dates agree. Only held
    meetings count; planned and cancelled ones on either side serve the status errors."""
    gold_all, pred_all = _items(gold, "meetings"), _items(pred, "meetings")
    gold_m, pred_m = [g for g in gold_all if held(g)], [p for p in pred_all if held(p)]

    def score(g: Item, p: Item) -> Score | None:
        overlap = jaccard(_codes(g.get("countries")), _codes(p.get("countries")))
        if overlap < 0.5 or not dates_agree(g.get("date"), p.get("date")):
            return None
        matched = _participants_matched(g, p, sides)
        f1 = Counts(matched, _n(p) - matched, _n(g) - matched).f1
        return (overlap + f1, float(_date(g.get("date")) == _date(p.get("date"))))

    pairing = greedy_pair(gold_m, pred_m, score)
    cat = out.categories["meetings"]
    cat.counts += Counts(len(pairing.pairs), len(pairing.spurious), len(pairing.missed))
    _meeting_errors(gold_all, pred_all, gold_m, pred_m, pairing, score, out)
    for gi, pi in pairing.pairs:
        g, p = gold_m[gi], pred_m[pi]
        matched = _participants_matched(g, p, sides)
        cat.ratios["participant_precision"] = cat.ratio("participant_precision") + Tally(matched, _n(p))
        cat.ratios["participant_recall"] = cat.ratio("participant_recall") + Tally(matched, _n(g))
        checks = {
            "date": _date(g.get("date")) == _date(p.get("date")),
            "location": _location_ok(g, p),
            "host": sides.match(g.get("host"), p.get("host")),
        }
        for name, ok in checks.items():
            cat.ratio(f"{name}_accuracy").add(ok)
            if not ok:
                _wrong(out, "meetings", name, _meeting_attr(p, name), _meeting_attr(g, name), _meeting_label(g))
    out.misses += [Miss("meetings", "missed", _meeting_label(gold_m[gi])) for gi in pairing.missed]
    out.misses += [Miss("meetings", "spurious", _meeting_label(pred_m[pi])) for pi in pairing.spurious]


def _meeting_errors(
    gold_all: list[Item],
    pred_all: list[Item],
    gold_m: list[Item],
    pred_m: list[Item],
    pairing: Pairing,
    score: Callable[[Item, Item], Score | None],
    out: DocScore,
) -> None:
    """The meetings' classes of error, each also listed for `--details`:
    - `planned_as_held`: a spurious held prediction pairing with a meeting the gold marks planned or
      cancelled;
    - `held_as_planned`: a missed gold meeting pairing with a prediction marked planned or cancelled;
    - `duplicates`: another spurious held prediction that would pair with a gold meeting already
      matched (one meeting recorded twice)."""
    cat = out.categories["meetings"]
    spurious = [pred_m[pi] for pi in pairing.spurious]
    gold_other = [g for g in gold_all if not held(g)]
    not_held = greedy_pair(gold_other, spurious, score)
    for gi, si in not_held.pairs:
        cat.error("planned_as_held")
        status = gold_other[gi].get("status")
        out.misses.append(Miss("meetings", "status", f"held, gold {status}: {_meeting_label(spurious[si])}"))
    explained = {si for _, si in not_held.pairs}
    missed = [gold_m[gi] for gi in pairing.missed]
    as_planned = greedy_pair(missed, [p for p in pred_all if not held(p)], score)
    for mi, _pi in as_planned.pairs:
        cat.error("held_as_planned")
        out.misses.append(Miss("meetings", "status", f"predicted not held: {_meeting_label(missed[mi])}"))
    matched = [gold_m[gi] for gi, _ in pairing.pairs] + [gold_m[gi] for gi, _ in pairing.ignored]
    for si, p in enumerate(spurious):
        if si not in explained and any(score(g, p) is not None for g in matched):
            cat.error("duplicates")
            out.misses.append(Miss("meetings", "duplicate", _meeting_label(p)))


def dates_agree(gold_date: object, pred_date: object) -> bool:
    """Within one day. A gold meeting without a date (the coder could not date it) accepts any
    predicted date; a dated gold meeting is not matched by an undated prediction."""
    g = _date(gold_date)
    if g is None:
        return True
    p = _date(pred_date)
    return p is not None and abs((g - p).days) <= 1


def _date(value: object) -> dt.date | None:
    # A malformed predicted date is no date rather than a crash of the whole evaluation.
    try:
        return parse_date(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _codes(values: object) -> set[str]:
    return {str(v).upper() for v in values or []} if isinstance(values, list | tuple) else set()


def _n(meeting: Item) -> int:
    return len(meeting.get("participants") or [])


def _participants_matched(g: Item, p: Item, sides: Sides) -> int:
    """How many participants pair one-to-one by name (each side's aliases count)."""
    gold_p = [{"name": n} for n in g.get("participants") or []]
    pred_p = [{"name": n} for n in p.get("participants") or []]

    def score(a: Item, b: Item) -> Score | None:
        strength = names_match(a["name"], b["name"], sides.gold, sides.pred)
        return (float(strength),) if strength else None

    return len(greedy_pair(gold_p, pred_p, score).pairs)


def _location_ok(g: Item, p: Item) -> bool:
    """Right when the place names match or the countries are the same; a gold meeting with no
    location at all wants none predicted."""
    g_name, g_country = g.get("location"), g.get("location_country")
    p_name, p_country = p.get("location"), p.get("location_country")
    if not g_name and not g_country:
        return not p_name and not p_country
    return bool(name_match(g_name, p_name)) or (bool(g_country) and _same_code(g_country, p_country))


def _meeting_attr(m: Item, name: str) -> object:
    if name == "location":
        return f"{m.get('location')}/{m.get('location_country')}"
    return m.get(name)


def _meeting_label(m: Item) -> str:
    countries = "-".join(sorted(_codes(m.get("countries"))))
    people = ", ".join(str(x) for x in m.get("participants") or [])
    return f"{countries} {m.get('date')} ({people})"


# --- issues ----------------------------------------------------------------------------------------


def score_issues(gold: dict[str, Any], pred: dict[str, Any], out: DocScore) -> None:
    """Issues pair on the same unordered dyad and the same issue code."""
    gold_i, pred_i = _items(gold, "issues"), _items(pred, "issues")

    def score(g: Item, p: Item) -> Score | None:
        return (1.0,) if issue_key(g) == issue_key(p) else None

    pairing = greedy_pair(gold_i, pred_i, score)
    out.categories["issues"].counts += Counts(len(pairing.pairs), len(pairing.spurious), len(pairing.missed))
    out.misses += [Miss("issues", "missed", _issue_label(gold_i[gi])) for gi in pairing.missed]
    out.misses += [Miss("issues", "spurious", _issue_label(pred_i[pi])) for pi in pairing.spurious]


def issue_key(item: Item) -> tuple[frozenset[str], str]:
    """What pairs an issue with another: its unordered dyad and its code (also the training labels' key)."""
    return frozenset(_codes(item.get("countries"))), str(item.get("issue") or "").strip().lower()


def _issue_label(item: Item) -> str:
    dyad, code = issue_key(item)
    return f"{'-'.join(sorted(dyad))} {code}"
