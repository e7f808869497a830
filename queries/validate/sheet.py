"""The coding sheet of an audit: one offline HTML page (each record's fields with radio buttons, the
evidence sentence highlighted in its paragraph; judgments saved to a CSV file the coder downloads) and
the same as a CSV for coders who prefer a spreadsheet. Confidence is not shown: coders judge blind."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from queries.validate.records import QUESTIONS, Article, Record

# Columns of a judgments file (the HTML page saves these; the CSV sheet has them first).
JUDGMENT_COLUMNS = ("audit", "item", "kind", "record_id", "field", "value", "verdict", "note", "coder")
CONTEXT_COLUMNS = ("question", "article", "title", "published", "source", "evidence")
PARAGRAPH_MAX = 1500  # characters of context shown around the evidence in a very long paragraph


@dataclass(frozen=True)
class SheetItem:
    position: int
    record: Record
    article: Article | None


def segments(text: str | None, span: tuple[int, int] | None, sentence: str | None) -> list[tuple[str, str]]:
    """The evidence's paragraph as (text, class) pieces: "" for context, "sentence" for the evidence
    sentence, "span" for the record's own words inside it."""
    if not text or span is None or not (0 <= span[0] <= span[1] <= len(text)):
        return [(sentence or "", "sentence")]
    start, end = span
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    lo, hi = max(lo, start - PARAGRAPH_MAX // 2), min(hi, end + PARAGRAPH_MAX // 2)
    para = text[lo:hi]
    s_lo, s_hi = start - lo, end - lo
    sent = (sentence or "").strip()
    at = para.find(sent) if sent else -1
    while at >= 0:  # the occurrence of the sentence that holds the record's words
        if at <= s_lo and s_hi <= at + len(sent):
            s_lo, s_hi = at, at + len(sent)
            break
        at = para.find(sent, at + 1)
    cuts = sorted({0, s_lo, start - lo, end - lo, s_hi, len(para)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a == b:
            continue
        cls = "span" if start - lo <= a and b <= end - lo else "sentence" if s_lo <= a and b <= s_hi else ""
        out.append((para[a:b], cls))
    return out


def rows(audit_id: int, items: list[SheetItem]) -> list[dict[str, Any]]:
    """One row per record and field: what the CSV sheet holds."""
    out = []
    for it in items:
        rec, art = it.record, it.article
        for name, value in rec.fields.items():
            out.append(
                {
                    "audit": audit_id,
                    "item": it.position,
                    "kind": rec.kind,
                    "record_id": rec.id,
                    "field": name,
                    "value": "" if value is None else value,
                    "verdict": "",
                    "note": "",
                    "coder": "",
                    "question": QUESTIONS[name],
                    "article": (art.external_id or art.id) if art else rec.document_id or "",
                    "title": (art.title or "") if art else "",
                    "published": (art.published or "") if art else "",
                    "source": (art.source or "") if art else "",
                    "evidence": rec.sentence or "",
                }
            )
    return out


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_COLUMNS = ("value", *CONTEXT_COLUMNS)  # text from the store and the articles


def guard(cell: object) -> object:
    """A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) with a leading '
    (as exports do): coders open this sheet in a spreadsheet, and its text comes from articles."""
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def to_csv(audit_id: int, items: list[SheetItem]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[*JUDGMENT_COLUMNS, *CONTEXT_COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: guard(v) if k in TEXT_COLUMNS else v for k, v in r.items()} for r in rows(audit_id, items))
    return buf.getvalue()


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("queries.validate", ""),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def to_html(audit: dict[str, Any], items: list[SheetItem]) -> str:
    cards = []
    for it in items:
        rec, art = it.record, it.article
        cards.append(
            {
                "position": it.position,
                "kind": rec.kind,
                "id": rec.id,
                "title": art.title if art else None,
                "published": art.published if art else None,
                "source": art.source if art else None,
                "article": (art.external_id or art.id) if art else rec.document_id,
                "segments": segments(art.text if art else None, rec.evidence, rec.sentence),
                "fields": [(name, value, QUESTIONS[name]) for name, value in rec.fields.items()],
            }
        )
    return _ENV.get_template("sheet.html").render(audit=audit, cards=cards)


def write(out: Path, audit: dict[str, Any], items: list[SheetItem]) -> list[Path]:
    """Write `audit-N.html` and `audit-N.csv` into `out`; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    html, csv_path = out / f"audit-{audit['id']}.html", out / f"audit-{audit['id']}.csv"
    html.write_text(to_html(audit, items), encoding="utf-8")
    csv_path.write_text(to_csv(int(audit["id"]), items), encoding="utf-8")
    return [html, csv_path]
