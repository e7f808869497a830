"""`parley validate import`: read a coder's judgments (the CSV the HTML sheet saves, the CSV sheet filled
in a spreadsheet, or JSON) into the store, refusing a sheet whose records changed since sampling."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.engine import URL

from queries.validate.errors import ValidateError
from queries.validate.records import FIELDS, Record, records
from schema.models import Audit, AuditItem, Judgment
from schema.store import open_store, writing

VERDICTS = {
    "correct": "correct",
    "c": "correct",
    "yes": "correct",
    "y": "correct",
    "1": "correct",
    "wrong": "wrong",
    "w": "wrong",
    "no": "wrong",
    "n": "wrong",
    "0": "wrong",
    "cant_tell": "cant_tell",
    "can't tell": "cant_tell",
    "cant tell": "cant_tell",
    "unsure": "cant_tell",
    "?": "cant_tell",
}
REQUIRED = ("audit", "item", "field", "verdict")
SHOWN = 5  # changed records named in the refusal


@dataclass(frozen=True)
class ImportResult:
    audit_id: int
    coder: str
    judgments: int
    records: int
    replaced: int  # judgments of this coder that were already in the store and are now replaced


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a judgments file: CSV with a header, or JSON (a list of rows, or {"rows": [...]})."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidateError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ValidateError(f"{path} is not UTF-8 text; save the sheet as CSV UTF-8") from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidateError(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
        rows = data.get("rows") if isinstance(data, dict) else data
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValidateError(f"{path}: expected a list of judgment rows")
        return [{str(k): "" if v is None else str(v) for k, v in r.items()} for r in rows]
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ValidateError(f"{path} is not a judgments sheet: no column {', '.join(missing)}")
    return [dict(r) for r in reader]


def _parse(path: Path, rows: list[dict[str, Any]], coder: str | None) -> tuple[int, str, dict[tuple[int, str], Any]]:
    """(audit id, coder, {(item, field): (verdict, note, record_id)}) of the judged rows."""
    audits: set[int] = set()
    coders: set[str] = set()
    out: dict[tuple[int, str], Any] = {}
    for line, r in enumerate(rows, 2):
        raw = (r.get("verdict") or "").strip().lower()
        if not raw:
            continue
        verdict = VERDICTS.get(raw)
        if verdict is None:
            raise ValidateError(f"{path} row {line}: verdict {raw!r} is not correct, wrong or cant_tell")
        try:
            audits.add(int(r["audit"]))
            item = int(r["item"])
        except (KeyError, TypeError, ValueError):
            raise ValidateError(f"{path} row {line}: audit and item must be numbers") from None
        if r.get("coder", "").strip():
            coders.add(r["coder"].strip())
        out[(item, str(r.get("field", "")).strip())] = (
            verdict,
            (r.get("note") or "").strip() or None,
            r.get("record_id"),
        )
    if not out:
        raise ValidateError(f"{path} holds no judgments (every verdict is empty)")
    if len(audits) > 1:
        raise ValidateError(f"{path} mixes audits {', '.join(map(str, sorted(audits)))}; import one audit per file")
    name = (coder or "").strip() or (coders.pop() if len(coders) == 1 else "")
    if not name:
        raise ValidateError(f"who judged {path}? give --coder NAME")
    return audits.pop(), name[:100], out


def _describe(item: Any, now: Record | None) -> str:
    where = f"item {item.position}: {item.record_kind} {item.record_id}"
    if now is None:
        return f"{where} is no longer in the store"
    diffs = [
        f"{k} {item.fields.get(k)!r} -> {now.fields.get(k)!r}"
        for k in FIELDS[item.record_kind]
        if item.fields.get(k) != now.fields.get(k)
    ]
    return f"{where} ({'; '.join(diffs) or 'changed'})"


def _check(path: Path, audit_id: int, items: dict[int, Any], judged: dict[tuple[int, str], Any]) -> list[Any]:
    """The audit items judged, after checking that each row names an item, field and record of the audit."""
    for item_no, field in judged:
        it = items.get(item_no)
        if it is None:
            raise ValidateError(f"{path}: audit {audit_id} has no item {item_no}")
        if field not in FIELDS[it.record_kind]:
            raise ValidateError(f"{path}: item {item_no} is a {it.record_kind}, which has no field {field!r}")
        rid = judged[(item_no, field)][2]
        if rid and rid != it.record_id:
            raise ValidateError(f"{path}: item {item_no} is record {it.record_id}, not {rid}; is this the right sheet?")
    return [items[p] for p in sorted({p for p, _ in judged})]


def _refuse_changed(path: Path, audit_id: int, touched: list[Any], url: str | URL | None, engine: Engine) -> None:
    """Refuse the sheet, naming the records, if a judged record changed since sampling or is gone."""
    current = {(r.kind, r.id): r for r in records(url, engine, sorted({i.record_kind for i in touched}))}
    changed = [
        (i, now)
        for i in touched
        if (now := current.get((i.record_kind, i.record_id))) is None or now.fingerprint != i.fingerprint
    ]
    if changed:
        named = ", ".join(_describe(i, now) for i, now in changed[:SHOWN])
        more = f" and {len(changed) - SHOWN} more" if len(changed) > SHOWN else ""
        raise ValidateError(
            f"{path} refused: {len(changed)} of {len(touched)} judged records changed since audit {audit_id} "
            f"was sampled: {named}{more}. Draw a new sample (parley validate sample) to judge them as they are now."
        )


def import_judgments(path: str | Path, coder: str | None = None, url: str | URL | None = None) -> ImportResult:
    """Read the judgments in `path` into the store as `coder`'s (else the file's coder column). The
    whole sheet is refused, naming the records, if any judged record changed since it was sampled or
    is gone; a coder importing the same audit again replaces their earlier judgments."""
    path = Path(path)
    audit_id, name, judged = _parse(path, read_rows(path), coder)
    engine = open_store(url)  # never a new empty store at a mistyped path; at the code's revision
    with engine.connect() as conn:
        if conn.execute(select(Audit.id).where(Audit.id == audit_id)).first() is None:
            raise ValidateError(f"{path}: no audit {audit_id} in this store (was it sampled from another one?)")
        items = {i.position: i for i in conn.execute(select(AuditItem).where(AuditItem.audit_id == audit_id))}
    touched = _check(path, audit_id, items, judged)
    _refuse_changed(path, audit_id, touched, url, engine)
    ids = [i.id for i in touched]
    with writing(engine) as conn:
        replaced = conn.execute(delete(Judgment).where(Judgment.item_id.in_(ids), Judgment.coder == name)).rowcount
        conn.execute(
            insert(Judgment),
            [
                {"item_id": items[p].id, "coder": name, "field": f, "verdict": v[0], "note": v[1]}
                for (p, f), v in sorted(judged.items())
            ],
        )
    return ImportResult(audit_id, name, len(judged), len(touched), max(replaced or 0, 0))
