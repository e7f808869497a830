"""Keep the name forms an article uses for an actor (e.g. "Crocker" beside "Ryan Crocker").

Without this column `actor_alias` could hold only the canonical name of each mention; the aliases
the extraction resolves within an article were lost at load time. Existing rows get NULL (no
aliases known) and the next `refresh --full` fills them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("actor_mention", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "aliases",
                sa.JSON(),
                nullable=True,
                comment="Other name forms of the actor in this article (JSON list), e.g. a surname alone",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("actor_mention", schema=None) as batch_op:
        batch_op.drop_column("aliases")
