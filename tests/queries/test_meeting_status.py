"""Meeting status in the datasets (issue 12, class 1): the meetings dataset lists every meeting with
its status; events, dyad_month, meeting_participants and actor_network count held meetings only, and
planned ones too with `include_planned` (cancelled ones never). Counts are reckoned independently from
the rows inserted, on both backends."""

from __future__ import annotations

import itertools
from collections import Counter

from sqlalchemy import update

from queries.datasets import dataset
from schema.models import Meeting
from schema.store import get_engine, writing


def _mark(url: str, ids: list[str]) -> dict[str, str]:
    """Every third meeting planned, every third (offset one) cancelled; returns id -> status."""
    status = {mid: ("held", "planned", "cancelled")[i % 3] for i, mid in enumerate(sorted(ids))}
    with writing(get_engine(url)) as conn:
        for wanted in ("planned", "cancelled"):
            chosen = sorted(m for m, s in status.items() if s == wanted)
            conn.execute(update(Meeting).where(Meeting.id.in_(chosen)).values(status=wanted))
    return status


def test_datasets_count_held_meetings_and_planned_ones_on_request(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    status = _mark(url, rows["meeting"].column("id").to_pylist())
    parties: dict[str, list[str]] = {}
    for r in rows["meeting_country"].to_pylist():
        parties.setdefault(r["meeting_id"], []).append(r["country"])
    attended: dict[str, set[str]] = {}
    for r in rows["meeting_participant"].to_pylist():
        attended.setdefault(r["meeting_id"], set()).add(r["actor_id"])

    def pairs(kept: set[str]) -> int:
        return sum(len(list(itertools.combinations(p, 2))) for m, p in parties.items() if m in kept)

    held = {m for m, s in status.items() if s == "held"}
    planned = held | {m for m, s in status.items() if s == "planned"}
    assert held and planned != held and len(planned) < len(status)

    meetings = dataset("meetings", url=url)
    assert dict(zip(meetings["meeting_id"].to_list(), meetings["status"].to_list(), strict=True)) == status

    for include, kept in ((False, held), (True, planned)):
        events = dataset("events", url=url, include_planned=include)
        assert Counter(events["record_type"].to_list())["meeting"] == pairs(kept)
        assert set(events.filter(events["record_type"] == "meeting")["record_id"].to_list()) <= kept
        panel = dataset("dyad_month", url=url, include_planned=include)
        assert panel["meetings"].sum() <= pairs(kept)  # undated meetings and IGO dyads are left out
        edges = dataset("meeting_participants", url=url, include_planned=include)
        assert set(edges["meeting_id"].to_list()) == {m for m in attended if m in kept}
        want = Counter(
            pair for m, people in attended.items() if m in kept for pair in itertools.combinations(sorted(people), 2)
        )
        net = dataset("actor_network", url=url, include_planned=include)
        assert {(r["actor_a"], r["actor_b"]): r["meetings"] for r in net.iter_rows(named=True)} == dict(want)
    assert (
        dataset("dyad_month", url=url)["meetings"].sum()
        < dataset("dyad_month", url=url, include_planned=True)["meetings"].sum()
    )
