"""Audits of precision (`parley validate`) and how a statement's speaker was found.

Three tables hold an audit: the sample drawn (`audit`), its records with their judged fields as they
were when sampled and a fingerprint of them (`audit_item`), and the coders' verdicts (`judgment`).
`statement.speaker_via` records whether the speaker was named, found by title, by pronoun or in
another sentence; it feeds the statements' confidence. Existing statements get NULL, which the
confidence treats as unknown; `parley refresh --full` fills it.

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SPEAKER_VIA_CHECK = "speaker_via IN ('name', 'title', 'pronoun', 'nearby')"


def upgrade() -> None:
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "speaker_via",
                sa.String(length=12),
                nullable=True,
                comment="How the speaker was found: name (named in the sentence), title (a title or office only), "
                "pronoun, or nearby (in another sentence); null when unresolved or loaded before it was recorded",
            )
        )
        batch_op.create_check_constraint(op.f("ck_statement_speaker_via"), SPEAKER_VIA_CHECK)
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False, comment="Audit number, in order of sampling"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, comment="When it was sampled (UTC)"),
        sa.Column(
            "seed", sa.Integer(), nullable=False, comment="Seed of the random draw (same seed, same store: same sample)"
        ),
        sa.Column("n_requested", sa.Integer(), nullable=False, comment="Records asked for (--n)"),
        sa.Column("kinds", sa.String(length=60), nullable=False, comment="Record kinds sampled, separated by ','"),
        sa.Column("stratify", sa.String(length=12), nullable=True, comment="source, year or kind; null: simple random"),
        sa.Column(
            "pipeline_version",
            sa.String(length=200),
            nullable=True,
            comment="Pipeline version of the store's latest refresh when the sample was drawn",
        ),
        sa.Column("parley_version", sa.String(length=40), nullable=True, comment="parley package version that drew it"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
        comment="A seeded random sample of records drawn for coders to judge against their evidence.",
    )
    op.create_table(
        "audit_item",
        sa.Column("id", sa.Integer(), nullable=False, comment="Surrogate key"),
        sa.Column("audit_id", sa.Integer(), nullable=False, comment="The audit"),
        sa.Column("position", sa.Integer(), nullable=False, comment="Item number on the coding sheet (1, 2, ...)"),
        sa.Column("record_kind", sa.String(length=12), nullable=False, comment="meeting, statement, issue or actor"),
        sa.Column("record_id", sa.String(length=64), nullable=False, comment="Id of the sampled record in its table"),
        sa.Column("stratum", sa.String(length=200), nullable=True, comment="Stratum it was drawn from, if stratified"),
        sa.Column(
            "confidence",
            sa.Float(),
            nullable=True,
            comment="The record's confidence (0-1) when sampled (docs/validate.md)",
        ),
        sa.Column("fields", sa.JSON(), nullable=False, comment="Judged fields and their values when sampled"),
        sa.Column(
            "fingerprint",
            sa.String(length=64),
            nullable=False,
            comment="sha256 of the judged fields; a sheet whose records changed since is refused",
        ),
        sa.Column("document_id", sa.String(length=32), nullable=True, comment="Article holding the evidence"),
        sa.CheckConstraint(
            "record_kind IN ('meeting', 'statement', 'issue', 'actor')", name=op.f("ck_audit_item_record_kind")
        ),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_audit_item_audit_id_audit"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_audit_item_document_id_document"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_item")),
        sa.UniqueConstraint("audit_id", "position", name=op.f("uq_audit_item_audit_id_position")),
        comment="One record of an audit's sample, with its judged fields as they were when sampled.",
    )
    op.create_index("ix_audit_item_record", "audit_item", ["record_kind", "record_id"], unique=False)
    op.create_table(
        "judgment",
        sa.Column("id", sa.Integer(), nullable=False, comment="Surrogate key"),
        sa.Column("item_id", sa.Integer(), nullable=False, comment="The audited record"),
        sa.Column("coder", sa.String(length=100), nullable=False, comment="Who judged"),
        sa.Column("field", sa.String(length=40), nullable=False, comment="Field judged, e.g. speaker_country"),
        sa.Column("verdict", sa.String(length=12), nullable=False, comment="correct, wrong or cant_tell"),
        sa.Column("note", sa.Text(), nullable=True, comment="The coder's note"),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False, comment="When it was imported (UTC)"),
        sa.CheckConstraint("verdict IN ('correct', 'wrong', 'cant_tell')", name=op.f("ck_judgment_verdict")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["audit_item.id"], name=op.f("fk_judgment_item_id_audit_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judgment")),
        sa.UniqueConstraint("item_id", "coder", "field", name=op.f("uq_judgment_item_id_coder_field")),
        comment="A coder's verdict on one field of an audited record.",
    )


def downgrade() -> None:
    op.drop_table("judgment")
    op.drop_index("ix_audit_item_record", table_name="audit_item")
    op.drop_table("audit_item")
    op.drop_table("audit")
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_statement_speaker_via"), type_="check")
        batch_op.drop_column("speaker_via")
