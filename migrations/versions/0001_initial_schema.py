"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-29

Written by autogenerate from schema/models.py and reviewed by hand: table and column comments,
constraint names from the naming convention (identical on SQLite and PostgreSQL), indexes for the
query paths. Batch mode is used on SQLite only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "country",
        sa.Column(
            "iso3",
            sa.String(length=3),
            nullable=False,
            comment="ISO 3166-1 alpha-3 code; ISO 3166-3 or COW letters for historical states; IGO pseudo-code",
        ),
        sa.Column("name", sa.String(length=100), nullable=False, comment="Common English name"),
        sa.Column("iso2", sa.String(length=2), nullable=True, comment="ISO 3166-1 alpha-2 code, if any"),
        sa.Column("cow_code", sa.Integer(), nullable=True, comment="Correlates of War state number (ccode)"),
        sa.Column("gw_code", sa.Integer(), nullable=True, comment="Gleditsch-Ward state number"),
        sa.Column("kind", sa.String(length=12), nullable=False, comment="state, historical or pseudo"),
        sa.CheckConstraint("kind IN ('state', 'historical', 'pseudo')", name=op.f("ck_country_kind")),
        sa.PrimaryKeyConstraint("iso3", name=op.f("pk_country")),
        comment="Reference list of states: current ones, historical ones of the COW and Gleditsch-Ward lists, and the pseudo-code IGO for an international organisation taking part as a party.",
    )
    op.create_table(
        "etl_run",
        sa.Column("id", sa.Integer(), nullable=False, comment="Run number, increasing"),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False, comment="Start (UTC)"),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True, comment="End (UTC); null while running"),
        sa.Column(
            "status",
            sa.String(length=12),
            nullable=False,
            comment="running, succeeded, partial (some quarantined) or failed",
        ),
        sa.Column("pipeline_version", sa.String(length=200), nullable=True, comment="Extraction pipeline version"),
        sa.Column("parley_version", sa.String(length=40), nullable=True, comment="parley package version"),
        sa.Column("model_name", sa.String(length=100), nullable=True, comment="spaCy model name"),
        sa.Column("model_version", sa.String(length=40), nullable=True, comment="spaCy model version"),
        sa.Column("dictionary_hash", sa.String(length=64), nullable=True, comment="Hash of the dictionaries used"),
        sa.Column("command", sa.Text(), nullable=True, comment="Command line or API call that started the run"),
        sa.Column("n_seen", sa.Integer(), nullable=False, comment="Documents read from the inputs"),
        sa.Column("n_extracted", sa.Integer(), nullable=False, comment="Documents extracted in this run"),
        sa.Column("n_unchanged", sa.Integer(), nullable=False, comment="Documents skipped as unchanged"),
        sa.Column("n_quarantined", sa.Integer(), nullable=False, comment="Inputs put in quarantine"),
        sa.Column("n_records", sa.Integer(), nullable=False, comment="Rows written (mentions, meetings, ...)"),
        sa.Column("error", sa.Text(), nullable=True, comment="Why the run failed, if it did"),
        sa.CheckConstraint("status IN ('running', 'succeeded', 'partial', 'failed')", name=op.f("ck_etl_run_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_etl_run")),
        comment="One refresh: when it ran, what produced it, and what it counted.",
    )
    op.create_table(
        "issue",
        sa.Column("code", sa.String(length=32), nullable=False, comment="Issue code, e.g. nuclear_program"),
        sa.Column("label", sa.String(length=200), nullable=False, comment="What the code covers"),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_issue")),
        comment="Issue vocabulary of bilateral issues (shared/gold/README.md).",
    )
    op.create_table(
        "role",
        sa.Column("code", sa.String(length=32), nullable=False, comment="Role code, e.g. foreign_minister"),
        sa.Column("label", sa.String(length=200), nullable=False, comment="What the code covers"),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_role")),
        comment="Role codes of persons (shared/gold/README.md vocabulary).",
    )
    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False, comment="Surrogate key"),
        sa.Column("name", sa.String(length=200), nullable=False, comment="Outlet or feed name, e.g. Reuters"),
        sa.Column("url", sa.String(length=500), nullable=True, comment="Home page of the outlet, if known"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
        sa.UniqueConstraint("name", name=op.f("uq_source_name")),
        comment="An outlet or feed articles come from.",
    )
    op.create_table(
        "actor",
        sa.Column("id", sa.String(length=32), nullable=False, comment="Stable id derived from the actor's key"),
        sa.Column(
            "key",
            sa.String(length=300),
            nullable=False,
            comment="Natural key: kind, normalised name, country",
        ),
        sa.Column("name", sa.String(length=300), nullable=False, comment="Canonical name"),
        sa.Column("kind", sa.String(length=16), nullable=False, comment="person, state, organization, igo or group"),
        sa.Column("country", sa.String(length=3), nullable=True, comment="ISO3 of affiliation"),
        sa.Column("role", sa.String(length=32), nullable=True, comment="Most frequent role code (persons)"),
        sa.CheckConstraint("kind IN ('person', 'state', 'organization', 'igo', 'group')", name=op.f("ck_actor_kind")),
        sa.ForeignKeyConstraint(["country"], ["country.iso3"], name=op.f("fk_actor_country_country")),
        sa.ForeignKeyConstraint(["role"], ["role.code"], name=op.f("fk_actor_role_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor")),
        sa.UniqueConstraint("key", name=op.f("uq_actor_key")),
        comment="A person, state, organisation, IGO or armed group, resolved across articles.",
    )
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.create_index("ix_actor_country", ["country"], unique=False)

    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False, comment="Correction number, in order of entry"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, comment="When (UTC)"),
        sa.Column("author", sa.String(length=100), nullable=False, comment="Who decided"),
        sa.Column("note", sa.Text(), nullable=True, comment="Why"),
        sa.Column("action", sa.String(length=16), nullable=False, comment="drop, set, merge_actors or rename_actor"),
        sa.Column("target_table", sa.String(length=40), nullable=False, comment="Table of the corrected record"),
        sa.Column("target_id", sa.String(length=64), nullable=False, comment="Id of the corrected record"),
        sa.Column("field", sa.String(length=60), nullable=True, comment="Column set by a set correction"),
        sa.Column("value", sa.JSON(), nullable=True, comment="New value (JSON), or the actor merged into"),
        sa.Column("active", sa.Boolean(), nullable=False, comment="False once withdrawn"),
        sa.Column("last_applied_run_id", sa.Integer(), nullable=True, comment="Last run that re-applied it"),
        sa.CheckConstraint(
            "action IN ('drop', 'set', 'merge_actors', 'rename_actor')", name=op.f("ck_correction_action")
        ),
        sa.ForeignKeyConstraint(
            ["last_applied_run_id"], ["etl_run.id"], name=op.f("fk_correction_last_applied_run_id_etl_run")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction")),
        comment="A coder's decision, re-applied after every load.",
    )
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.create_index("ix_correction_target", ["target_table", "target_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.String(length=32), nullable=False, comment="First 32 hex digits of content_hash"),
        sa.Column(
            "content_hash",
            sa.String(length=64),
            nullable=False,
            comment="sha256 of the normalised text (of the raw bytes for a quarantined input)",
        ),
        sa.Column("source_id", sa.Integer(), nullable=True, comment="Outlet or feed"),
        sa.Column("title", sa.Text(), nullable=True, comment="Headline"),
        sa.Column("published", sa.Date(), nullable=True, comment="Publication date, if known"),
        sa.Column("url", sa.Text(), nullable=True, comment="Address of the article, if known"),
        sa.Column("language", sa.String(length=8), nullable=True, comment="Language code; records only for en"),
        sa.Column("text", sa.Text(), nullable=True, comment="Article text as read (evidence offsets refer to it)"),
        sa.Column("status", sa.String(length=12), nullable=False, comment="loaded or quarantined"),
        sa.Column("error", sa.Text(), nullable=True, comment="Why the input is quarantined"),
        sa.Column("pipeline_version", sa.String(length=200), nullable=True, comment="Pipeline that extracted it"),
        sa.Column("run_id", sa.Integer(), nullable=True, comment="Run that last extracted it"),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=True, comment="When it was last loaded (UTC)"),
        sa.CheckConstraint("status IN ('loaded', 'quarantined')", name=op.f("ck_document_status")),
        sa.ForeignKeyConstraint(["run_id"], ["etl_run.id"], name=op.f("fk_document_run_id_etl_run")),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], name=op.f("fk_document_source_id_source")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_document_content_hash")),
        comment="One article (distinct text), or one unreadable input held in quarantine.",
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index("ix_document_published", ["published"], unique=False)

    op.create_table(
        "actor_alias",
        sa.Column("id", sa.Integer(), nullable=False, comment="Surrogate key"),
        sa.Column("actor_id", sa.String(length=32), nullable=False, comment="The actor"),
        sa.Column("alias", sa.String(length=300), nullable=False, comment="A name form as written"),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_actor_alias_actor_id_actor"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_alias")),
        sa.UniqueConstraint("actor_id", "alias", name=op.f("uq_actor_alias_actor_id_alias")),
        comment="Every name form seen for an actor.",
    )
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.create_index("ix_actor_alias_alias", ["alias"], unique=False)

    op.create_table(
        "actor_mention",
        sa.Column("id", sa.String(length=32), nullable=False, comment="Derived from document hash and span"),
        sa.Column("document_id", sa.String(length=32), nullable=False, comment="The article"),
        sa.Column("actor_id", sa.String(length=32), nullable=False, comment="The actor"),
        sa.Column("name", sa.String(length=300), nullable=False, comment="Name as resolved in this article"),
        sa.Column("title", sa.Text(), nullable=True, comment="Title text as written"),
        sa.Column("role", sa.String(length=32), nullable=True, comment="Role code at that time"),
        sa.Column("country", sa.String(length=3), nullable=True, comment="Country at that time (ISO3)"),
        sa.Column(
            "start_char",
            sa.Integer(),
            nullable=False,
            comment="Start offset of the first mention in the text",
        ),
        sa.Column("end_char", sa.Integer(), nullable=False, comment="End offset of the first mention in the text"),
        sa.Column("n_mentions", sa.Integer(), nullable=False, comment="Mentions in the article"),
        sa.Column("sentence", sa.Text(), nullable=True, comment="Sentence of the first mention"),
        sa.ForeignKeyConstraint(["actor_id"], ["actor.id"], name=op.f("fk_actor_mention_actor_id_actor")),
        sa.ForeignKeyConstraint(["country"], ["country.iso3"], name=op.f("fk_actor_mention_country_country")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_actor_mention_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["role"], ["role.code"], name=op.f("fk_actor_mention_role_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_mention")),
        comment="An actor in a document, with its title, role and country at that time.",
    )
    with op.batch_alter_table("actor_mention", schema=None) as batch_op:
        batch_op.create_index("ix_actor_mention_actor_id", ["actor_id"], unique=False)
        batch_op.create_index("ix_actor_mention_document_id", ["document_id"], unique=False)

    op.create_table(
        "document_ref",
        sa.Column("id", sa.Integer(), nullable=False, comment="Surrogate key"),
        sa.Column("document_id", sa.String(length=32), nullable=False, comment="The article"),
        sa.Column(
            "origin",
            sa.String(length=500),
            nullable=False,
            comment="Where the id is unique: the input file or feed",
        ),
        sa.Column("external_id", sa.String(length=500), nullable=False, comment="The article's id in that input"),
        sa.Column("path", sa.Text(), nullable=True, comment="File it was read from"),
        sa.Column("first_run_id", sa.Integer(), nullable=True, comment="Run that first saw it"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_ref_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["first_run_id"], ["etl_run.id"], name=op.f("fk_document_ref_first_run_id_etl_run")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_ref")),
        sa.UniqueConstraint("origin", "external_id", name=op.f("uq_document_ref_origin_external_id")),
        comment="Every id under which an article arrived; one text under two ids is extracted once and linked to both.",
    )
    with op.batch_alter_table("document_ref", schema=None) as batch_op:
        batch_op.create_index("ix_document_ref_document_id", ["document_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.String(length=32), nullable=False, comment="Derived from its first report's evidence"),
        sa.Column("date", sa.Date(), nullable=True, comment="Date of the meeting"),
        sa.Column(
            "date_basis",
            sa.String(length=12),
            nullable=False,
            comment="explicit, relative (resolved against publication), publication or unknown",
        ),
        sa.Column(
            "kind",
            sa.String(length=16),
            nullable=False,
            comment="talks, meeting, visit, summit, committee, ...",
        ),
        sa.Column("label", sa.Text(), nullable=True, comment="Words that named it"),
        sa.Column("location", sa.String(length=200), nullable=True, comment="Place name"),
        sa.Column("location_country", sa.String(length=3), nullable=True, comment="ISO3 of the place"),
        sa.Column("venue", sa.JSON(), nullable=True, comment="Venues named (JSON list)"),
        sa.Column("duration_minutes", sa.Integer(), nullable=True, comment="Length in minutes, if stated"),
        sa.Column("descriptors", sa.JSON(), nullable=True, comment="How it was characterised (JSON list)"),
        sa.Column("host_actor_id", sa.String(length=32), nullable=True, comment="Host (actor)"),
        sa.Column("chair_actor_id", sa.String(length=32), nullable=True, comment="Chair (actor)"),
        sa.CheckConstraint(
            "date_basis IN ('explicit', 'relative', 'publication', 'unknown')",
            name=op.f("ck_meeting_date_basis"),
        ),
        sa.CheckConstraint(
            "kind IN ('talks', 'meeting', 'visit', 'summit', 'committee', 'phone_call', 'conference')",
            name=op.f("ck_meeting_kind"),
        ),
        sa.ForeignKeyConstraint(["chair_actor_id"], ["actor.id"], name=op.f("fk_meeting_chair_actor_id_actor")),
        sa.ForeignKeyConstraint(["host_actor_id"], ["actor.id"], name=op.f("fk_meeting_host_actor_id_actor")),
        sa.ForeignKeyConstraint(
            ["location_country"], ["country.iso3"], name=op.f("fk_meeting_location_country_country")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        comment="One real meeting (talks, visit, summit, committee session, phone call), merged over the articles that report it.",
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_date", ["date"], unique=False)

    op.create_table(
        "meeting_country",
        sa.Column("meeting_id", sa.String(length=32), nullable=False, comment="The meeting"),
        sa.Column("country", sa.String(length=3), nullable=False, comment="ISO3 of a party"),
        sa.ForeignKeyConstraint(["country"], ["country.iso3"], name=op.f("fk_meeting_country_country_country")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_country_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "country", name=op.f("pk_meeting_country")),
        comment="The parties of a meeting: one row per participating state (or IGO).",
    )
    with op.batch_alter_table("meeting_country", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_country_country", ["country"], unique=False)

    op.create_table(
        "meeting_participant",
        sa.Column("meeting_id", sa.String(length=32), nullable=False, comment="The meeting"),
        sa.Column("actor_id", sa.String(length=32), nullable=False, comment="The actor"),
        sa.Column(
            "role",
            sa.String(length=20),
            nullable=False,
            comment="host, chair, head_of_delegation, participant, mediator",
        ),
        sa.Column("country", sa.String(length=3), nullable=True, comment="Country the actor represented"),
        sa.CheckConstraint(
            "role IN ('host', 'chair', 'head_of_delegation', 'participant', 'mediator')",
            name=op.f("ck_meeting_participant_role"),
        ),
        sa.ForeignKeyConstraint(["actor_id"], ["actor.id"], name=op.f("fk_meeting_participant_actor_id_actor")),
        sa.ForeignKeyConstraint(["country"], ["country.iso3"], name=op.f("fk_meeting_participant_country_country")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_participant_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "actor_id", name=op.f("pk_meeting_participant")),
        comment="An actor at a meeting (edge list).",
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_participant_actor_id", ["actor_id"], unique=False)

    op.create_table(
        "meeting_report",
        sa.Column("id", sa.String(length=32), nullable=False, comment="Derived from document hash and span"),
        sa.Column("meeting_id", sa.String(length=32), nullable=False, comment="The meeting"),
        sa.Column("document_id", sa.String(length=32), nullable=False, comment="The article"),
        sa.Column("start_char", sa.Integer(), nullable=False, comment="Start offset of the evidence in the text"),
        sa.Column("end_char", sa.Integer(), nullable=False, comment="End offset of the evidence in the text"),
        sa.Column("sentence", sa.Text(), nullable=True, comment="Evidence sentence"),
        sa.Column(
            "reported",
            sa.JSON(),
            nullable=True,
            comment="The meeting as this article reported it (date, place, parties), before merging",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_meeting_report_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_report_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_report")),
        sa.UniqueConstraint("meeting_id", "document_id", name=op.f("uq_meeting_report_meeting_id_document_id")),
        comment="A document reporting a meeting, with its evidence.",
    )
    with op.batch_alter_table("meeting_report", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_report_document_id", ["document_id"], unique=False)

    op.create_table(
        "statement",
        sa.Column("id", sa.String(length=32), nullable=False, comment="Derived from document hash and span"),
        sa.Column("document_id", sa.String(length=32), nullable=False, comment="The article"),
        sa.Column("speaker_actor_id", sa.String(length=32), nullable=True, comment="Speaker; null if unresolved"),
        sa.Column("quote", sa.Text(), nullable=False, comment="Words said (quotation marks removed)"),
        sa.Column("direct", sa.Boolean(), nullable=False, comment="True: quoted words; false: reported speech"),
        sa.Column("partial", sa.Boolean(), nullable=False, comment="A few quoted words inside a sentence"),
        sa.Column("cue", sa.String(length=60), nullable=True, comment="Cue verb lemma (say, tell, according to)"),
        sa.Column("target_country", sa.String(length=3), nullable=True, comment="Whom it is aimed at (ISO3)"),
        sa.Column("tone", sa.String(length=12), nullable=False, comment="cooperative, neutral or critical"),
        sa.Column("meeting_id", sa.String(length=32), nullable=True, comment="Meeting it refers to, if any"),
        sa.Column("start_char", sa.Integer(), nullable=False, comment="Start offset of the words in the text"),
        sa.Column("end_char", sa.Integer(), nullable=False, comment="End offset of the words in the text"),
        sa.Column("sentence", sa.Text(), nullable=True, comment="Evidence sentence"),
        sa.CheckConstraint("tone IN ('cooperative', 'neutral', 'critical')", name=op.f("ck_statement_tone")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_statement_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_statement_meeting_id_meeting"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["speaker_actor_id"], ["actor.id"], name=op.f("fk_statement_speaker_actor_id_actor")),
        sa.ForeignKeyConstraint(["target_country"], ["country.iso3"], name=op.f("fk_statement_target_country_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement")),
        comment="A quotation or reported speech, attributed to a resolved speaker.",
    )
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.create_index("ix_statement_document_id", ["document_id"], unique=False)
        batch_op.create_index("ix_statement_speaker_actor_id", ["speaker_actor_id"], unique=False)

    op.create_table(
        "bilateral_issue",
        sa.Column("id", sa.String(length=32), nullable=False, comment="Derived from document hash, dyad and issue"),
        sa.Column("document_id", sa.String(length=32), nullable=False, comment="The article"),
        sa.Column("country_a", sa.String(length=3), nullable=False, comment="First country of the dyad (ISO3)"),
        sa.Column("country_b", sa.String(length=3), nullable=False, comment="Second country of the dyad (ISO3)"),
        sa.Column("issue", sa.String(length=32), nullable=False, comment="Issue code"),
        sa.Column("statement_id", sa.String(length=32), nullable=True, comment="Statement it came from, if any"),
        sa.Column("meeting_id", sa.String(length=32), nullable=True, comment="Meeting it came from, if any"),
        sa.Column("phrase", sa.String(length=200), nullable=True, comment="Dictionary phrase that matched"),
        sa.Column("start_char", sa.Integer(), nullable=False, comment="Start offset of the evidence in the text"),
        sa.Column("end_char", sa.Integer(), nullable=False, comment="End offset of the evidence in the text"),
        sa.Column("sentence", sa.Text(), nullable=True, comment="Evidence sentence"),
        sa.CheckConstraint("country_a < country_b", name=op.f("ck_bilateral_issue_dyad_order")),
        sa.ForeignKeyConstraint(["country_a"], ["country.iso3"], name=op.f("fk_bilateral_issue_country_a_country")),
        sa.ForeignKeyConstraint(["country_b"], ["country.iso3"], name=op.f("fk_bilateral_issue_country_b_country")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_bilateral_issue_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["issue"], ["issue.code"], name=op.f("fk_bilateral_issue_issue_issue")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_bilateral_issue_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statement.id"],
            name=op.f("fk_bilateral_issue_statement_id_statement"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bilateral_issue")),
        sa.UniqueConstraint(
            "document_id",
            "country_a",
            "country_b",
            "issue",
            name=op.f("uq_bilateral_issue_document_id_country_a_country_b_issue"),
        ),
        comment="A document raising an issue between two countries (dyad ordered a < b).",
    )
    with op.batch_alter_table("bilateral_issue", schema=None) as batch_op:
        batch_op.create_index("ix_bilateral_issue_dyad", ["country_a", "country_b"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("bilateral_issue", schema=None) as batch_op:
        batch_op.drop_index("ix_bilateral_issue_dyad")

    op.drop_table("bilateral_issue")
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_index("ix_statement_speaker_actor_id")
        batch_op.drop_index("ix_statement_document_id")

    op.drop_table("statement")
    with op.batch_alter_table("meeting_report", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_report_document_id")

    op.drop_table("meeting_report")
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_participant_actor_id")

    op.drop_table("meeting_participant")
    with op.batch_alter_table("meeting_country", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_country_country")

    op.drop_table("meeting_country")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_date")

    op.drop_table("meeting")
    with op.batch_alter_table("document_ref", schema=None) as batch_op:
        batch_op.drop_index("ix_document_ref_document_id")

    op.drop_table("document_ref")
    with op.batch_alter_table("actor_mention", schema=None) as batch_op:
        batch_op.drop_index("ix_actor_mention_document_id")
        batch_op.drop_index("ix_actor_mention_actor_id")

    op.drop_table("actor_mention")
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.drop_index("ix_actor_alias_alias")

    op.drop_table("actor_alias")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_published")

    op.drop_table("document")
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.drop_index("ix_correction_target")

    op.drop_table("correction")
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.drop_index("ix_actor_country")

    op.drop_table("actor")
    op.drop_table("source")
    op.drop_table("role")
    op.drop_table("issue")
    op.drop_table("etl_run")
    op.drop_table("country")
