"""Event codes: how parley's meetings and statements map to CAMEO, Goldstein and PLOVER.

The table below is data, registered in DuckDB as `event_code` so that `queries/sql/events.sql`
joins it. Sources:

- CAMEO: Schrodt, P. A. (2012), *CAMEO Conflict and Mediation Event Observations Event and Actor
  Codebook*, version 1.1b3, Pennsylvania State University: codes 010, 041-044, 050, 111 and their
  labels (chapter 2, "Event codes").
- Goldstein values: Goldstein, J. S. (1992), "A Conflict-Cooperation Scale for WEIS Events Data",
  *Journal of Conflict Resolution* 36(2), as adapted to CAMEO and distributed with GDELT 1.0/2.0
  (`CAMEO.goldsteinscale.txt`). Checked on 2026-11-29 against a public copy of that file:
  010 0.0, 040 1.0, 041 1.0, 042 1.9, 044 2.5, 050 3.5, 111 -2.0.
- PLOVER: Halterman, A. et al. (2023), *PLOVER and POLECAT: A New Political Event Ontology and
  Dataset*; event types and modes of the PLOVER 2023 specification.

parley extracts two kinds of interaction, so only a few codes occur:

- a meeting between delegations of two countries is CAMEO 04 "Consult" (PLOVER CONSULT), refined by
  its kind and place: a phone call is 041, a visit to the host's country 042 (directed from visitor
  to host), talks held in neither country of the pair 044, others 040;
- a statement by a speaker of one country aimed at another country is coded by its tone: cooperative
  -> 050 "Engage in diplomatic cooperation" (PLOVER SUPPORT, which PLOVER defines as verbal,
  non-material cooperation), neutral -> 010 "Make statement" (PLOVER has no event type for public
  statements, so its PLOVER fields are null), critical -> 111 "Criticize or denounce" (PLOVER ACCUSE,
  mode disapprove).

Changing a row changes the `events` dataset: say so in the release notes and bump the version.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields

import pyarrow as pa


@dataclass(frozen=True)
class EventCode:
    """One row of the `event_code` table."""

    event_key: str  # parley's own key, computed in events.sql
    cameo_code: str  # a string: CAMEO codes have leading zeros ("040")
    cameo_label: str
    goldstein: float
    quad_class: int  # GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
    plover_type: str | None
    plover_mode: str | None


EVENT_CODES: tuple[EventCode, ...] = (
    # meetings (CAMEO 04 Consult; PLOVER CONSULT)
    EventCode("meeting", "040", "Consult, not specified below", 1.0, 1, "CONSULT", None),
    EventCode("meeting_multilateral", "040", "Consult, not specified below", 1.0, 1, "CONSULT", "multilateral"),
    EventCode("phone_call", "041", "Discuss by telephone", 1.0, 1, "CONSULT", "phone"),
    EventCode("visit", "042", "Make a visit", 1.9, 1, "CONSULT", "visit"),
    EventCode("third_location", "044", 'Meet at a "third" location', 2.5, 1, "CONSULT", "third-party"),
    # statements, by tone
    EventCode(
        "statement_cooperative", "050", "Engage in diplomatic cooperation, not specified below", 3.5, 1, "SUPPORT", None
    ),
    EventCode("statement_neutral", "010", "Make statement, not specified below", 0.0, 1, None, None),
    EventCode("statement_critical", "111", "Criticize or denounce", -2.0, 3, "ACCUSE", "disapprove"),
)


def event_code_table() -> pa.Table:
    """The mapping as an Arrow table (registered in DuckDB as `event_code`)."""
    names = [f.name for f in fields(EventCode)]
    columns = list(zip(*(astuple(code) for code in EVENT_CODES), strict=True))
    types = [pa.string(), pa.string(), pa.string(), pa.float64(), pa.int32(), pa.string(), pa.string()]
    return pa.table([pa.array(col, type=t) for col, t in zip(columns, types, strict=True)], names=names)
