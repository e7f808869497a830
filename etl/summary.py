"""What the store holds, in a researcher's terms: meetings, statements and issues by country pair
(`parley refresh --show-found`, `make run`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from schema.models import (
    Actor,
    BilateralIssue,
    Document,
    Meeting,
    MeetingCountry,
    MeetingParticipant,
    MeetingReport,
    Statement,
)
from schema.store import Store, open_store


@dataclass(slots=True)
class MeetingLine:
    id: str
    date: dt.date | None
    kind: str
    location: str | None
    countries: list[str]
    participants: list[str]
    reports: int


@dataclass(slots=True)
class StoreSummary:
    """Counts, the meetings found, and statements and issues per dyad."""

    documents: int = 0
    quarantined: int = 0
    actors: int = 0
    meetings: list[MeetingLine] = field(default_factory=list)
    n_meetings: int = 0
    n_statements: int = 0
    statements_by_speaker_country: dict[str, int] = field(default_factory=dict)
    issues_by_dyad: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "quarantined": self.quarantined,
            "actors": self.actors,
            "meetings": [
                {
                    "id": m.id,
                    "date": m.date.isoformat() if m.date else None,
                    "kind": m.kind,
                    "location": m.location,
                    "countries": m.countries,
                    "participants": m.participants,
                    "reports": m.reports,
                }
                for m in self.meetings
            ],
            "n_meetings": self.n_meetings,
            "n_statements": self.n_statements,
            "statements_by_speaker_country": self.statements_by_speaker_country,
            "issues_by_dyad": self.issues_by_dyad,
        }


def summary(store: Store, max_meetings: int = 50) -> StoreSummary:
    """Summarise the store (reads only; safe while a refresh runs)."""
    out = StoreSummary()
    with open_store(store).connect() as conn:
        counts = dict(conn.execute(select(Document.status, func.count()).group_by(Document.status)).all())
        out.documents, out.quarantined = counts.get("loaded", 0), counts.get("quarantined", 0)
        out.actors = conn.execute(select(func.count()).select_from(Actor)).scalar_one()
        out.n_meetings = conn.execute(select(func.count()).select_from(Meeting)).scalar_one()
        out.n_statements = conn.execute(select(func.count()).select_from(Statement)).scalar_one()
        rows = conn.execute(
            select(Meeting.id, Meeting.date, Meeting.kind, Meeting.location)
            .order_by(Meeting.date.is_(None), Meeting.date, Meeting.id)
            .limit(max_meetings)
        ).all()
        ids = [r.id for r in rows]
        countries: dict[str, list[str]] = defaultdict(list)
        people: dict[str, list[str]] = defaultdict(list)
        reports: dict[str, int] = {}
        if ids:
            for mid, c in conn.execute(
                select(MeetingCountry.meeting_id, MeetingCountry.country)
                .where(MeetingCountry.meeting_id.in_(ids))
                .order_by(MeetingCountry.country)
            ):
                countries[mid].append(c)
            for mid, name in conn.execute(
                select(MeetingParticipant.meeting_id, Actor.name)
                .join(Actor, Actor.id == MeetingParticipant.actor_id)
                .where(MeetingParticipant.meeting_id.in_(ids))
                .order_by(Actor.name)
            ):
                people[mid].append(name)
            reports = dict(
                conn.execute(
                    select(MeetingReport.meeting_id, func.count())
                    .where(MeetingReport.meeting_id.in_(ids))
                    .group_by(MeetingReport.meeting_id)
                ).all()
            )
        out.meetings = [
            MeetingLine(r.id, r.date, r.kind, r.location, countries[r.id], people[r.id], reports.get(r.id, 0))
            for r in rows
        ]
        for country, n in conn.execute(
            select(Actor.country, func.count())
            .select_from(Statement)
            .outerjoin(Actor, Actor.id == Statement.speaker_actor_id)
            .group_by(Actor.country)
            .order_by(Actor.country)
        ):
            out.statements_by_speaker_country[country or "?"] = n
        dyads: dict[str, dict[str, int]] = defaultdict(dict)
        for a, b, issue, n in conn.execute(
            select(BilateralIssue.country_a, BilateralIssue.country_b, BilateralIssue.issue, func.count())
            .group_by(BilateralIssue.country_a, BilateralIssue.country_b, BilateralIssue.issue)
            .order_by(BilateralIssue.country_a, BilateralIssue.country_b, BilateralIssue.issue)
        ):
            dyads[f"{a}-{b}"][issue] = n
        out.issues_by_dyad = dict(dyads)
    return out
