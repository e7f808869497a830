"""Record whether a meeting was held, is planned or was cancelled (issue 12, error class 1).

Planned, proposed, possible, conditional and cancelled meetings used to be dropped at extraction or,
worse, recorded as held. The extraction now reports them with a status; datasets and panels count held
meetings by default and planned ones on request. Existing meetings were all extracted as held, so
they get 'held'; the next `refresh --full` adds the planned and cancelled ones.

Revision ID: 0004
Revises: 0008 (written on 0003; re-chained onto main's head when main was merged in)
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "status",
                sa.String(length=12),
                server_default="held",
                nullable=False,
                comment="held (happened or under way), planned (planned, proposed, possible, conditional) or "
                "cancelled; a held report wins over planned or cancelled ones",
            )
        )
        batch_op.create_check_constraint(op.f("ck_meeting_status"), "status IN ('held', 'planned', 'cancelled')")


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_meeting_status"), type_="check")
        batch_op.drop_column("status")
