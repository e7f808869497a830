"""The store's tables as SQLAlchemy 2 typed models. Every table and column carries a comment:
the codebook and datapackage.json are generated from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from schema.base import Base, metadata
from schema.vocab import (
    ACTOR_KINDS,
    AUDIT_KINDS,
    AUDIT_VERDICTS,
    CORRECTION_ACTIONS,
    COUNTRY_KINDS,
    DATE_BASES,
    DOCUMENT_STATUSES,
    MEETING_KINDS,
    MEETING_STATUSES,
    PARTICIPANT_ROLES,
    RUN_STATUSES,
    SPEAKER_PATHS,
    TONES,
    check_in,
)

__all__ = [
    "Actor",
    "ActorAlias",
    "ActorMention",
    "Audit",
    "AuditItem",
    "BilateralIssue",
    "Correction",
    "Country",
    "Document",
    "DocumentRef",
    "EtlRun",
    "Issue",
    "Judgment",
    "Meeting",
    "MeetingCountry",
    "MeetingParticipant",
    "MeetingReport",
    "Role",
    "Source",
    "StateCodeRule",
    "Statement",
    "SystemMembership",
    "metadata",
]

ID = String(32)  # content-derived ids: hex digest prefixes, exported as strings
ISO3 = String(3)
TZ_DATETIME = DateTime(timezone=True)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _fk(target: str, ondelete: str | None = None) -> ForeignKey:
    return ForeignKey(target, ondelete=ondelete)


# --- reference tables (seeded by migrations) ---------------------------------------------


class Country(Base):
    __tablename__ = "country"
    __table_args__ = (
        CheckConstraint(check_in("kind", COUNTRY_KINDS), name="kind"),
        {
            "comment": "Reference list of states: current ones, historical ones of the COW and "
            "Gleditsch-Ward lists, and the pseudo-code IGO for an international organisation taking part as a party."
        },
    )

    iso3: Mapped[str] = mapped_column(
        ISO3,
        primary_key=True,
        comment="ISO 3166-1 alpha-3 code; ISO 3166-3 or COW letters for historical states; IGO pseudo-code",
    )
    name: Mapped[str] = mapped_column(String(100), comment="Common English name")
    iso2: Mapped[str | None] = mapped_column(String(2), comment="ISO 3166-1 alpha-2 code, if any")
    cow_code: Mapped[int | None] = mapped_column(Integer, comment="Correlates of War state number (ccode)")
    gw_code: Mapped[int | None] = mapped_column(Integer, comment="Gleditsch-Ward state number")
    kind: Mapped[str] = mapped_column(String(12), comment="state, historical or pseudo")


class Role(Base):
    __tablename__ = "role"
    __table_args__ = {"comment": "Role codes of persons (shared/gold/README.md vocabulary)."}

    code: Mapped[str] = mapped_column(String(32), primary_key=True, comment="Role code, e.g. foreign_minister")
    label: Mapped[str] = mapped_column(String(200), comment="What the code covers")


class Issue(Base):
    __tablename__ = "issue"
    __table_args__ = {"comment": "Issue vocabulary of bilateral issues (shared/gold/README.md)."}

    code: Mapped[str] = mapped_column(String(32), primary_key=True, comment="Issue code, e.g. nuclear_program")
    label: Mapped[str] = mapped_column(String(200), comment="What the code covers")


# --- provenance ---------------------------------------------------------------------------


class Source(Base):
    __tablename__ = "source"
    __table_args__ = {"comment": "An outlet or feed articles come from."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key")
    name: Mapped[str] = mapped_column(String(200), unique=True, comment="Outlet or feed name, e.g. Reuters")
    url: Mapped[str | None] = mapped_column(String(500), comment="Home page of the outlet, if known")


class EtlRun(Base):
    __tablename__ = "etl_run"
    __table_args__ = (
        CheckConstraint(check_in("status", RUN_STATUSES), name="status"),
        {"comment": "One refresh: when it ran, what produced it, and what it counted."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Run number, increasing")
    started_at: Mapped[dt.datetime] = mapped_column(TZ_DATETIME, default=_utcnow, comment="Start (UTC)")
    finished_at: Mapped[dt.datetime | None] = mapped_column(TZ_DATETIME, comment="End (UTC); null while running")
    status: Mapped[str] = mapped_column(
        String(12), default="running", comment="running, succeeded, partial (some quarantined) or failed"
    )
    pipeline_version: Mapped[str | None] = mapped_column(String(200), comment="Extraction pipeline version")
    parley_version: Mapped[str | None] = mapped_column(String(40), comment="parley package version")
    model_name: Mapped[str | None] = mapped_column(String(100), comment="spaCy model name")
    model_version: Mapped[str | None] = mapped_column(String(40), comment="spaCy model version")
    dictionary_hash: Mapped[str | None] = mapped_column(String(64), comment="Hash of the dictionaries used")
    command: Mapped[str | None] = mapped_column(Text, comment="Command line or API call that started the run")
    n_seen: Mapped[int] = mapped_column(Integer, default=0, comment="Documents read from the inputs")
    n_extracted: Mapped[int] = mapped_column(Integer, default=0, comment="Documents extracted in this run")
    n_unchanged: Mapped[int] = mapped_column(Integer, default=0, comment="Documents skipped as unchanged")
    n_quarantined: Mapped[int] = mapped_column(Integer, default=0, comment="Inputs put in quarantine")
    n_records: Mapped[int] = mapped_column(Integer, default=0, comment="Rows written (mentions, meetings, ...)")
    error: Mapped[str | None] = mapped_column(Text, comment="Why the run failed, if it did")


class Document(Base):
    __tablename__ = "document"
    __table_args__ = (
        CheckConstraint(check_in("status", DOCUMENT_STATUSES), name="status"),
        Index("ix_document_published", "published"),
        {"comment": "One article (distinct text), or one unreadable input held in quarantine."},
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, comment="First 32 hex digits of content_hash")
    content_hash: Mapped[str] = mapped_column(
        String(64),
        unique=True,
        comment="sha256 of the normalised text (of the raw bytes for a quarantined input)",
    )
    source_id: Mapped[int | None] = mapped_column(_fk("source.id"), comment="Outlet or feed")
    title: Mapped[str | None] = mapped_column(Text, comment="Headline")
    published: Mapped[dt.date | None] = mapped_column(Date, comment="Publication date, if known")
    url: Mapped[str | None] = mapped_column(Text, comment="Address of the article, if known")
    language: Mapped[str | None] = mapped_column(String(8), comment="Language code; records only for en")
    text: Mapped[str | None] = mapped_column(Text, comment="Article text as read (evidence offsets refer to it)")
    status: Mapped[str] = mapped_column(String(12), comment="loaded or quarantined")
    error: Mapped[str | None] = mapped_column(Text, comment="Why the input is quarantined")
    pipeline_version: Mapped[str | None] = mapped_column(String(200), comment="Pipeline that extracted it")
    run_id: Mapped[int | None] = mapped_column(_fk("etl_run.id"), comment="Run that last extracted it")
    loaded_at: Mapped[dt.datetime | None] = mapped_column(TZ_DATETIME, comment="When it was last loaded (UTC)")
    metadata_note: Mapped[str | None] = mapped_column(
        Text, comment="How title, date, URL and source were chosen among the article's copies, if they differ"
    )


class DocumentRef(Base):
    __tablename__ = "document_ref"
    __table_args__ = (
        UniqueConstraint("origin", "external_id"),
        Index("ix_document_ref_document_id", "document_id"),
        {
            "comment": "Every id under which an article arrived; one text under two ids is extracted once "
            "and linked to both."
        },
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key")
    document_id: Mapped[str] = mapped_column(_fk("document.id", "CASCADE"), comment="The article")
    origin: Mapped[str] = mapped_column(String(500), comment="Where the id is unique: the input file or feed")
    external_id: Mapped[str] = mapped_column(String(500), comment="The article's id in that input")
    path: Mapped[str | None] = mapped_column(Text, comment="File it was read from")
    first_run_id: Mapped[int | None] = mapped_column(_fk("etl_run.id"), comment="Run that first saw it")


# --- actors -------------------------------------------------------------------------------


class Actor(Base):
    __tablename__ = "actor"
    __table_args__ = (
        CheckConstraint(check_in("kind", ACTOR_KINDS), name="kind"),
        UniqueConstraint("key"),
        Index("ix_actor_country", "country"),
        {"comment": "A person, state, organisation, IGO or armed group, resolved across articles."},
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, comment="Stable id derived from the actor's key")
    key: Mapped[str] = mapped_column(String(300), comment="Natural key: kind, normalised name, country")
    name: Mapped[str] = mapped_column(String(300), comment="Canonical name")
    kind: Mapped[str] = mapped_column(String(16), comment="person, state, organization, igo or group")
    country: Mapped[str | None] = mapped_column(_fk("country.iso3"), comment="ISO3 of affiliation")
    role: Mapped[str | None] = mapped_column(_fk("role.code"), comment="Most frequent role code (persons)")


class ActorAlias(Base):
    __tablename__ = "actor_alias"
    __table_args__ = (
        UniqueConstraint("actor_id", "alias"),
        Index("ix_actor_alias_alias", "alias"),
        {"comment": "Every name form seen for an actor."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key")
    actor_id: Mapped[str] = mapped_column(_fk("actor.id", "CASCADE"), comment="The actor")
    alias: Mapped[str] = mapped_column(String(300), comment="A name form as written")


class ActorMention(Base):
    __tablename__ = "actor_mention"
    __table_args__ = (
        Index("ix_actor_mention_actor_id", "actor_id"),
        Index("ix_actor_mention_document_id", "document_id"),
        {"comment": "An actor in a document, with its title, role and country at that time."},
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, comment="Derived from document hash and span")
    document_id: Mapped[str] = mapped_column(_fk("document.id", "CASCADE"), comment="The article")
    actor_id: Mapped[str] = mapped_column(_fk("actor.id"), comment="The actor")
    name: Mapped[str] = mapped_column(String(300), comment="Name as resolved in this article")
    title: Mapped[str | None] = mapped_column(Text, comment="Title text as written")
    role: Mapped[str | None] = mapped_column(_fk("role.code"), comment="Role code at that time")
    country: Mapped[str | None] = mapped_column(_fk("country.iso3"), comment="Country at that time (ISO3)")
    start_char: Mapped[int] = mapped_column(Integer, comment="Start offset of the first mention in the text")
    end_char: Mapped[int] = mapped_column(Integer, comment="End offset of the first mention in the text")
    n_mentions: Mapped[int] = mapped_column(Integer, default=1, comment="Mentions in the article")
    sentence: Mapped[str | None] = mapped_column(Text, comment="Sentence of the first mention")
    aliases: Mapped[list[str] | None] = mapped_column(
        JSON, comment="Other name forms of the actor in this article (JSON list), e.g. a surname alone"
    )


# --- meetings -----------------------------------------------------------------------------


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint(check_in("date_basis", DATE_BASES), name="date_basis"),
        CheckConstraint(check_in("kind", MEETING_KINDS), name="kind"),
        CheckConstraint(check_in("status", MEETING_STATUSES), name="status"),
        Index("ix_meeting_date", "date"),
        {
            "comment": "One real meeting (talks, visit, summit, committee session, phone call), merged over "
            "the articles that report it."
        },
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, comment="Derived from its first report's evidence")
    date: Mapped[dt.date | None] = mapped_column(Date, comment="Date of the meeting")
    date_basis: Mapped[str] = mapped_column(
        String(12), comment="explicit, relative (resolved against publication), publication or unknown"
    )
    kind: Mapped[str] = mapped_column(String(16), comment="talks, meeting, visit, summit, committee, ...")
    status: Mapped[str] = mapped_column(
        String(12),
        server_default="held",
        comment="held (happened or under way), planned (planned, proposed, possible, conditional) or cancelled; "
        "a held report wins over planned or cancelled ones",
    )
    label: Mapped[str | None] = mapped_column(Text, comment="Words that named it")
    location: Mapped[str | None] = mapped_column(String(200), comment="Place name")
    location_country: Mapped[str | None] = mapped_column(_fk("country.iso3"), comment="ISO3 of the place")
    venue: Mapped[list[str] | None] = mapped_column(JSON, comment="Venues named (JSON list)")
    duration_minutes: Mapped[int | None] = mapped_column(Integer, comment="Length in minutes, if stated")
    descriptors: Mapped[list[str] | None] = mapped_column(JSON, comment="How it was characterised (JSON list)")
    host_actor_id: Mapped[str | None] = mapped_column(_fk("actor.id"), comment="Host (actor)")
    chair_actor_id: Mapped[str | None] = mapped_column(_fk("actor.id"), comment="Chair (actor)")


class MeetingCountry(Base):
    __tablename__ = "meeting_country"
    __table_args__ = (
        Index("ix_meeting_country_country", "country"),
        {"comment": "The parties of a meeting: one row per participating state (or IGO)."},
    )

    meeting_id: Mapped[str] = mapped_column(_fk("meeting.id", "CASCADE"), primary_key=True, comment="The meeting")
    country: Mapped[str] = mapped_column(_fk("country.iso3"), primary_key=True, comment="ISO3 of a party")


class MeetingReport(Base):
    __tablename__ = "meeting_report"
    __table_args__ = (
        UniqueConstraint("meeting_id", "document_id"),
        Index("ix_meeting_report_document_id", "document_id"),
        {"comment": "A document reporting a meeting, with its evidence."},
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, comment="Derived from document hash and span")
    meeting_id: Mapped[str] = mapped_column(_fk("meeting.id", "CASCADE"), comment="The meeting")
    document_id: Mapped[str] = mapped_column(_fk("document.id", "CASCADE"), comment="The article")
    start_char: Mapped[int] = mapped_column(Integer, comment="Start offset of the evidence in the text")
    end_char: Mapped[int] = mapped_column(Integer, comment="End offset of the evidence in the text")
    sentence: Mapped[str | None] = mapped_column(Text, comment="Evidence sentence")
    reported: Mapped[dict[str, Any] | None] = mapped_column(
        JSON, comment="The meeting as this article reported it (date, place, parties), before merging"
    )


class MeetingParticipant(Base):
    __tablename__ = "meeting_participant"
    __table_args__ = (
        CheckConstraint(check_in("role", PARTICIPANT_ROLES), name="role"),
        Index("ix_meeting_participant_actor_id", "actor_id"),
        {"comment": "An actor at a meeting (edge list)."},
    )

    meeting_id: Mapped[str] = mapped_column(_fk("meeting.id", "CASCADE"), primary_key=True, comment="The meeting")
    actor_id: Mapped[str] = mapped_column(_fk("actor.id"), primary_key=True, comment="The actor")
    role: Mapped[str] = mapped_column(String(20), comment="host, chair, head_of_delegation, participant, mediator")
    country: Mapped[str | None] = mapped_column(_fk("country.iso3"), comment="Country the actor represented")


# --- statements and issues ----------------------------------------------------------------


class Statement(Base):
    __tablename__ = "statement"
    __table_args__ = (
        CheckConstraint(check_in("tone", TONES), name="tone"),
        CheckConstraint(check_in("speaker_via", SPEAKER_PATHS), name="speaker_via"),
        Index("ix_statement_speaker_actor_id", "speaker_actor_id"),
        Index("ix_statement_document_id", "document_id"),
        {"comment": "A quotation or reported speech, attributed to a resolved speaker."},
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, comment="Derived from document hash and span")
    document_id: Mapped[str] = mapped_column(_fk("document.id", "CASCADE"), comment="The article")
    speaker_actor_id: Mapped[str | None] = mapped_column(_fk("actor.id"), comment="Speaker; null if unresolved")
    quote: Mapped[str] = mapped_column(Text, comment="Words said (quotation marks removed)")
    direct: Mapped[bool] = mapped_column(Boolean, comment="True: quoted words; false: reported speech")
    partial: Mapped[bool] = mapped_column(Boolean, default=False, comment="A few quoted words inside a sentence")
    cue: Mapped[str | None] = mapped_column(String(60), comment="Cue verb lemma (say, tell, according to)")
    target_country: Mapped[str | None] = mapped_column(_fk("country.iso3"), comment="Whom it is aimed at (ISO3)")
    tone: Mapped[str] = mapped_column(String(12), comment="cooperative, neutral or critical")
    meeting_id: Mapped[str | None] = mapped_column(
        _fk("meeting.id", "SET NULL"), comment="Meeting it refers to, if any"
    )
    start_char: Mapped[int] = mapped_column(Integer, comment="Start offset of the words in the text")
    end_char: Mapped[int] = mapped_column(Integer, comment="End offset of the words in the text")
    sentence: Mapped[str | None] = mapped_column(Text, comment="Evidence sentence")
    speaker_via: Mapped[str | None] = mapped_column(
        String(12),
        comment="How the speaker was found: name (named in the sentence), title (a title or office only), "
        "pronoun, or nearby (in another sentence); null when unresolved or loaded before it was recorded",
    )


class BilateralIssue(Base):
    __tablename__ = "bilateral_issue"
    __table_args__ = (
        CheckConstraint("country_a < country_b", name="dyad_order"),
        UniqueConstraint("document_id", "country_a", "country_b", "issue"),
        Index("ix_bilateral_issue_dyad", "country_a", "country_b"),
        {"comment": "A document raising an issue between two countries (dyad ordered a < b)."},
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, comment="Derived from document hash, dyad and issue")
    document_id: Mapped[str] = mapped_column(_fk("document.id", "CASCADE"), comment="The article")
    country_a: Mapped[str] = mapped_column(_fk("country.iso3"), comment="First country of the dyad (ISO3)")
    country_b: Mapped[str] = mapped_column(_fk("country.iso3"), comment="Second country of the dyad (ISO3)")
    issue: Mapped[str] = mapped_column(_fk("issue.code"), comment="Issue code")
    statement_id: Mapped[str | None] = mapped_column(
        _fk("statement.id", "SET NULL"), comment="Statement it came from, if any"
    )
    meeting_id: Mapped[str | None] = mapped_column(
        _fk("meeting.id", "SET NULL"), comment="Meeting it came from, if any"
    )
    phrase: Mapped[str | None] = mapped_column(String(200), comment="Dictionary phrase that matched")
    start_char: Mapped[int] = mapped_column(Integer, comment="Start offset of the evidence in the text")
    end_char: Mapped[int] = mapped_column(Integer, comment="End offset of the evidence in the text")
    sentence: Mapped[str | None] = mapped_column(Text, comment="Evidence sentence")


# --- coders' corrections ------------------------------------------------------------------


class Correction(Base):
    __tablename__ = "correction"
    __table_args__ = (
        CheckConstraint(check_in("action", CORRECTION_ACTIONS), name="action"),
        Index("ix_correction_target", "target_table", "target_id"),
        {"comment": "A coder's decision, re-applied after every load."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Correction number, in order of entry")
    created_at: Mapped[dt.datetime] = mapped_column(TZ_DATETIME, default=_utcnow, comment="When (UTC)")
    author: Mapped[str] = mapped_column(String(100), comment="Who decided")
    note: Mapped[str | None] = mapped_column(Text, comment="Why")
    action: Mapped[str] = mapped_column(String(16), comment="drop, set, merge_actors or rename_actor")
    target_table: Mapped[str] = mapped_column(String(40), comment="Table of the corrected record")
    target_id: Mapped[str] = mapped_column(String(64), comment="Id of the corrected record")
    field: Mapped[str | None] = mapped_column(String(60), comment="Column set by a set correction")
    value: Mapped[Any | None] = mapped_column(JSON, comment="New value (JSON), or the actor merged into")
    active: Mapped[bool] = mapped_column(Boolean, default=True, comment="False once withdrawn")
    last_applied_run_id: Mapped[int | None] = mapped_column(_fk("etl_run.id"), comment="Last run that re-applied it")


# --- state systems (seeded by migration 0005 from the published COW and G&W lists) ------------


class SystemMembership(Base):
    __tablename__ = "system_membership"
    __table_args__ = (
        CheckConstraint("system IN ('cow', 'gw')", name="system"),
        {
            "comment": "Spells of membership in the COW (v2016) and Gleditsch-Ward state systems, "
            "from the published lists."
        },
    )

    system: Mapped[str] = mapped_column(String(3), primary_key=True, comment="State system: cow or gw")
    code: Mapped[int] = mapped_column(
        Integer, primary_key=True, autoincrement=False, comment="State number in that system (ccode or gwcode)"
    )
    start_date: Mapped[dt.date] = mapped_column(Date, primary_key=True, comment="First day of this spell of membership")
    end_date: Mapped[dt.date | None] = mapped_column(
        Date, comment="Last day of the spell; null: a member at the list's last date"
    )
    abbrev: Mapped[str] = mapped_column(String(3), comment="The list's three-letter abbreviation")
    name: Mapped[str] = mapped_column(String(100), comment="The list's state name")
    microstate: Mapped[bool] = mapped_column(
        Boolean, comment="G&W microstate (microstatessystem.dat): not a member of parley's G&W panels"
    )


class StateCodeRule(Base):
    __tablename__ = "state_code_rule"
    __table_args__ = (
        CheckConstraint("system IN ('cow', 'gw')", name="system"),
        Index("ix_state_code_rule_iso3", "iso3", "system"),
        {
            "comment": "Dated state numbers of a country where one cow_code/gw_code in the country table is not "
            "enough (Germany, Yemen, Serbia and Yugoslavia). Where a country has rules for a system, they alone "
            "give its number."
        },
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, comment="Row number")
    iso3: Mapped[str] = mapped_column(ISO3, _fk("country.iso3"), comment="Country (ISO3) the rule is for")
    system: Mapped[str] = mapped_column(String(3), comment="State system: cow or gw")
    code: Mapped[int] = mapped_column(Integer, comment="State number the country has in that system then")
    valid_from: Mapped[dt.date | None] = mapped_column(Date, comment="First day the rule holds; null: from the start")
    valid_to: Mapped[dt.date | None] = mapped_column(Date, comment="Last day the rule holds; null: still")
    note: Mapped[str] = mapped_column(String(200), comment="Why")


# --- audits of precision (parley validate) -------------------------------------------------


class Audit(Base):
    __tablename__ = "audit"
    __table_args__ = {"comment": "A seeded random sample of records drawn for coders to judge against their evidence."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Audit number, in order of sampling")
    created_at: Mapped[dt.datetime] = mapped_column(TZ_DATETIME, default=_utcnow, comment="When it was sampled (UTC)")
    seed: Mapped[int] = mapped_column(Integer, comment="Seed of the random draw (same seed, same store: same sample)")
    n_requested: Mapped[int] = mapped_column(Integer, comment="Records asked for (--n)")
    kinds: Mapped[str] = mapped_column(String(60), comment="Record kinds sampled, separated by ','")
    stratify: Mapped[str | None] = mapped_column(String(12), comment="source, year or kind; null: simple random")
    pipeline_version: Mapped[str | None] = mapped_column(
        String(200), comment="Pipeline version of the store's latest refresh when the sample was drawn"
    )
    parley_version: Mapped[str | None] = mapped_column(String(40), comment="parley package version that drew it")


class AuditItem(Base):
    __tablename__ = "audit_item"
    __table_args__ = (
        CheckConstraint(check_in("record_kind", AUDIT_KINDS), name="record_kind"),
        UniqueConstraint("audit_id", "position"),
        Index("ix_audit_item_record", "record_kind", "record_id"),
        {"comment": "One record of an audit's sample, with its judged fields as they were when sampled."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key")
    audit_id: Mapped[int] = mapped_column(_fk("audit.id", "CASCADE"), comment="The audit")
    position: Mapped[int] = mapped_column(Integer, comment="Item number on the coding sheet (1, 2, ...)")
    record_kind: Mapped[str] = mapped_column(String(12), comment="meeting, statement, issue or actor")
    record_id: Mapped[str] = mapped_column(String(64), comment="Id of the sampled record in its table")
    stratum: Mapped[str | None] = mapped_column(String(200), comment="Stratum it was drawn from, if stratified")
    confidence: Mapped[float | None] = mapped_column(
        Float, comment="The record's confidence (0-1) when sampled (docs/validate.md)"
    )
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, comment="Judged fields and their values when sampled")
    fingerprint: Mapped[str] = mapped_column(
        String(64), comment="sha256 of the judged fields; a sheet whose records changed since is refused"
    )
    document_id: Mapped[str | None] = mapped_column(
        _fk("document.id", "SET NULL"), comment="Article holding the evidence"
    )


class Judgment(Base):
    __tablename__ = "judgment"
    __table_args__ = (
        CheckConstraint(check_in("verdict", AUDIT_VERDICTS), name="verdict"),
        UniqueConstraint("item_id", "coder", "field"),
        {"comment": "A coder's verdict on one field of an audited record."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key")
    item_id: Mapped[int] = mapped_column(_fk("audit_item.id", "CASCADE"), comment="The audited record")
    coder: Mapped[str] = mapped_column(String(100), comment="Who judged")
    field: Mapped[str] = mapped_column(String(40), comment="Field judged, e.g. speaker_country")
    verdict: Mapped[str] = mapped_column(String(12), comment="correct, wrong or cant_tell")
    note: Mapped[str | None] = mapped_column(Text, comment="The coder's note")
    imported_at: Mapped[dt.datetime] = mapped_column(TZ_DATETIME, default=_utcnow, comment="When it was imported (UTC)")
