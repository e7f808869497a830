"""Record how an article's metadata was chosen among its copies (issue 14, item 1).

The same text can arrive under several ids (a wire story and its copies); the title, date, URL and
source are merged across them (the earliest date, the non-empty values), independent of load order,
and `document.metadata_note` says which copy gave what when the copies disagree. Existing rows get
NULL (one copy, or chosen before this revision).

Revision ID: 0008
Revises: 0005 (written against 0003; re-chained after merging main, which added 0005)
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "metadata_note",
                sa.Text(),
                nullable=True,
                comment="How title, date, URL and source were chosen among the article's copies, if they differ",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("metadata_note")
