"""Meetings reported by several articles become one meeting.

A meeting is held when any of its reports says it was held (an article that announced it and one that
reports it happening are reports of one meeting); otherwise cancelled when one says so, else planned.

Reports of the same parties (same set of countries) dated within a day of the meeting's first
report, with overlapping participants (by surname) and from different articles, form one meeting.
Clusters are computed greedily over the reports sorted by (date, report id): a function of the
set of reports, never of the order articles were loaded in. A change only re-clusters the run of
reports around it (reports whose dates are chained by gaps of at most one day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from etl.ids import digest
from etl.resolve import mention_lookup
from schema.base import width
from schema.models import BilateralIssue, Meeting, MeetingCountry, MeetingParticipant, MeetingReport, Statement
from schema.vocab import DATE_BASES, MEETING_KINDS, MEETING_STATUSES

ROLE_RANK = {"host": 0, "chair": 1, "head_of_delegation": 2, "mediator": 3, "participant": 4}
# A meeting's status over its reports: one report that it was held wins over any plan or cancellation;
# a cancellation is news about a plan and wins over it.
STATUS_RANK = {"held": 0, "cancelled": 1, "planned": 2}
MERGED_FIELDS = ("kind", "label", "location", "location_country", "venue", "duration_minutes", "descriptors")


@dataclass(slots=True)
class Report:
    """One article's report of a meeting, as stored in `meeting_report` (`reported` holds the rest)."""

    id: str
    document_id: str
    reported: dict[str, Any]
    start_char: int = 0
    end_char: int = 0
    sentence: str | None = None
    meeting_id: str | None = None  # the meeting it is attached to in the store, if any

    @property
    def date(self) -> dt.date | None:
        value = self.reported.get("date")
        return dt.date.fromisoformat(value) if value else None

    @property
    def parties(self) -> tuple[str, ...]:
        return tuple(self.reported.get("countries") or ())

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(self.reported.get("surnames") or ())


@dataclass(slots=True)
class _Cluster:
    anchor: Report
    members: list[Report] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)

    def accepts(self, r: Report) -> bool:
        assert r.date is not None and self.anchor.date is not None
        return (
            (r.date - self.anchor.date).days <= 1
            and r.document_id not in self.docs
            and (not self.surnames or not r.surnames or bool(self.surnames & r.surnames))
        )

    def add(self, r: Report) -> None:
        self.members.append(r)
        self.docs.add(r.document_id)
        self.surnames |= r.surnames


def meeting_id_for(anchor_report_id: str) -> str:
    return digest("meeting", anchor_report_id)


def cluster(reports: Iterable[Report]) -> dict[str, list[Report]]:
    """Meeting id -> its reports, for reports of one set of parties (see the module docstring)."""
    out: dict[str, list[Report]] = {}
    clusters: list[_Cluster] = []
    for r in sorted(reports, key=lambda r: (r.date or dt.date.min, r.id)):
        if r.date is None:  # an undated report cannot be matched with confidence: its own meeting
            out[meeting_id_for(r.id)] = [r]
            continue
        for c in clusters:
            if c.accepts(r):
                c.add(r)
                break
        else:
            c = _Cluster(anchor=r)
            c.add(r)
            clusters.append(c)
    for c in clusters:
        out[meeting_id_for(c.anchor.id)] = c.members
    return out


def _fetch_run(
    conn: Connection, parties: tuple[str, ...], lo: dt.date, hi: dt.date, exclude_doc: str | None
) -> tuple[list[Report], dt.date, dt.date]:
    """Stored reports of these parties in the smallest date window holding [lo, hi] whole runs."""
    while True:
        # a report is dated within a day after its meeting's date (the cluster anchor)
        q = (
            select(
                MeetingReport.id,
                MeetingReport.document_id,
                MeetingReport.reported,
                MeetingReport.start_char,
                MeetingReport.end_char,
                MeetingReport.sentence,
                MeetingReport.meeting_id,
            )
            .join(Meeting, Meeting.id == MeetingReport.meeting_id)
            .where(Meeting.date >= lo - dt.timedelta(days=2), Meeting.date <= hi + dt.timedelta(days=1))
        )
        if parties:
            q = q.where(Meeting.id.in_(select(MeetingCountry.meeting_id).where(MeetingCountry.country == parties[0])))
        found = [
            Report(
                id=r.id,
                document_id=r.document_id,
                reported=dict(r.reported or {}),
                start_char=r.start_char,
                end_char=r.end_char,
                sentence=r.sentence,
                meeting_id=r.meeting_id,
            )
            for r in conn.execute(q)
        ]
        found = [r for r in found if r.parties == parties and r.date is not None and r.document_id != exclude_doc]
        dates = {r.date for r in found}
        new_lo, new_hi = lo, hi
        if lo - dt.timedelta(days=1) in dates:
            new_lo = min(d for d in dates if d is not None)
        if hi + dt.timedelta(days=1) in dates:
            new_hi = max(d for d in dates if d is not None)
        if (new_lo, new_hi) == (lo, hi):
            return [r for r in found if r.date is not None and lo <= r.date <= hi], lo, hi
        lo, hi = new_lo, new_hi


def place_reports(
    conn: Connection, document_id: str, new: list[Report], old: list[Report], known_countries: set[str]
) -> dict[str, str]:
    """Insert a document's new meeting reports (its old ones already deleted), re-cluster the runs
    around them and around the old ones, and write the affected meetings. Returns report id ->
    meeting id for the new reports."""
    placed: dict[str, str] = {}
    by_parties: dict[tuple[str, ...], list[Report]] = {}
    for r in new + old:
        by_parties.setdefault(r.parties, [])
    gone = {r.meeting_id for r in old if r.meeting_id}
    for parties in sorted(by_parties):
        mine = [r for r in new if r.parties == parties]
        seeds = [r.date for r in mine + [o for o in old if o.parties == parties] if r.date is not None]
        stored: list[Report] = []
        if seeds:
            stored, _, _ = _fetch_run(conn, parties, min(seeds), max(seeds), document_id)
        gone |= {r.meeting_id for r in stored if r.meeting_id}  # before _write_clusters moves them
        clusters = cluster(stored + mine)
        _write_clusters(conn, clusters, known_countries)
        for mid, members in clusters.items():
            for r in members:
                if r.document_id == document_id:
                    placed[r.id] = mid
    gone -= set(placed.values())
    still = (
        {m for (m,) in conn.execute(select(MeetingReport.meeting_id).where(MeetingReport.meeting_id.in_(sorted(gone))))}
        if gone
        else set()
    )
    if gone - still:
        conn.execute(delete(Meeting).where(Meeting.id.in_(sorted(gone - still))))
    return placed


def _write_clusters(conn: Connection, clusters: dict[str, list[Report]], known: set[str]) -> None:
    """Upsert each meeting and point its reports at it, moving the statements and issues that
    referred to a report's former meeting along with it."""
    existing = {m for (m,) in conn.execute(select(Meeting.id).where(Meeting.id.in_(sorted(clusters))))}
    for mid, members in sorted(clusters.items()):
        values = _meeting_values(members, known)
        if mid in existing:
            conn.execute(update(Meeting).where(Meeting.id == mid).values(**values))
        else:
            conn.execute(insert(Meeting).values(id=mid, **values))
        for r in members:
            if r.meeting_id is None:
                conn.execute(
                    insert(MeetingReport).values(
                        id=r.id,
                        meeting_id=mid,
                        document_id=r.document_id,
                        start_char=r.start_char,
                        end_char=r.end_char,
                        sentence=r.sentence,
                        reported=r.reported,
                    )
                )
                r.meeting_id = mid
            elif r.meeting_id != mid:
                conn.execute(update(MeetingReport).where(MeetingReport.id == r.id).values(meeting_id=mid))
                for table in (Statement, BilateralIssue):
                    conn.execute(
                        update(table)
                        .where(table.document_id == r.document_id, table.meeting_id == r.meeting_id)
                        .values(meeting_id=mid)
                    )
                r.meeting_id = mid
    rebuild_members(conn, clusters, known)


def _meeting_values(members: list[Report], known: set[str]) -> dict[str, Any]:
    anchor = members[0].reported
    values: dict[str, Any] = {"date": members[0].date}
    basis = anchor.get("date_basis") or "unknown"
    values["date_basis"] = basis if values["date"] and basis in DATE_BASES else "unknown"
    for name in MERGED_FIELDS:
        values[name] = next((r.reported.get(name) for r in members if r.reported.get(name)), None)
    if values["kind"] not in MEETING_KINDS:
        values["kind"] = "meeting"
    values["status"] = meeting_status(members)
    if values["location_country"] not in known:
        values["location_country"] = None
    values["location"] = (values["location"] or None) and str(values["location"])[: width(Meeting.location)]
    return values


def meeting_status(members: list[Report]) -> str:
    """The status of a meeting from its reports (`STATUS_RANK`); a report from before statuses were
    recorded is of a held meeting (only those were extracted)."""
    statuses = [r.reported.get("status") or "held" for r in members]
    return min((s for s in statuses if s in MEETING_STATUSES), key=STATUS_RANK.__getitem__, default="held")


def rebuild_members(conn: Connection, clusters: dict[str, list[Report]], known: set[str]) -> None:
    """Parties, participants, host and chair of each meeting, from its reports' names resolved
    through each article's actor mentions."""
    ids = sorted(clusters)
    if not ids:
        return
    conn.execute(delete(MeetingCountry).where(MeetingCountry.meeting_id.in_(ids)))
    conn.execute(delete(MeetingParticipant).where(MeetingParticipant.meeting_id.in_(ids)))
    lookup = mention_lookup(conn, {r.document_id for rs in clusters.values() for r in rs})
    country_rows: list[dict[str, Any]] = []
    part_rows: list[dict[str, Any]] = []
    for mid in ids:
        members = clusters[mid]
        for c in sorted({c for c in members[0].parties if c in known}):
            country_rows.append({"meeting_id": mid, "country": c})
        people: dict[str, dict[str, Any]] = {}
        host = chair = None
        for r in members:
            rep = r.reported
            for role, names in (
                ("host", [rep.get("host")]),
                ("chair", [rep.get("chair")]),
                ("participant", rep.get("participants") or []),
            ):
                for name in names:
                    hit = lookup.get((r.document_id, name)) if name else None
                    if hit is None:
                        continue
                    aid, country = hit
                    if role == "host" and host is None:
                        host = aid
                    if role == "chair" and chair is None:
                        chair = aid
                    prev = people.get(aid)
                    if prev is None or ROLE_RANK[role] < ROLE_RANK[prev["role"]]:
                        people[aid] = {
                            "meeting_id": mid,
                            "actor_id": aid,
                            "role": role,
                            "country": country if country in known else None,
                        }
        part_rows.extend(people[a] for a in sorted(people))
        conn.execute(update(Meeting).where(Meeting.id == mid).values(host_actor_id=host, chair_actor_id=chair))
    if country_rows:
        conn.execute(insert(MeetingCountry), country_rows)
    if part_rows:
        conn.execute(insert(MeetingParticipant), part_rows)


def rebuild_meetings(conn: Connection, meeting_ids: Iterable[str], known: set[str]) -> None:
    """Recompute participants of these meetings after their articles' actors were re-resolved."""
    ids = sorted(set(meeting_ids))
    if not ids:
        return
    clusters: dict[str, list[Report]] = {}
    for r in conn.execute(
        select(MeetingReport.id, MeetingReport.document_id, MeetingReport.reported, MeetingReport.meeting_id).where(
            MeetingReport.meeting_id.in_(ids)
        )
    ):
        clusters.setdefault(r.meeting_id, []).append(
            Report(id=r.id, document_id=r.document_id, reported=dict(r.reported or {}), meeting_id=r.meeting_id)
        )
    for members in clusters.values():
        members.sort(key=lambda r: (r.date or dt.date.min, r.id))
    rebuild_members(conn, clusters, known)
