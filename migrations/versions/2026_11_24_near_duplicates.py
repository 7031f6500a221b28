"""Near-duplicate lookup: the fingerprint's four 16-bit bands, each indexed.

Revision ID: 20261124_neardup
Revises: 20261124_search
Create Date: 2026-11-24 19:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261124_neardup"
down_revision: str | None = "20261124_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BANDS = ("fingerprint_band0", "fingerprint_band1", "fingerprint_band2", "fingerprint_band3")


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for band in BANDS:
            batch_op.add_column(sa.Column(band, sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_articles_{band}"), [band], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for band in reversed(BANDS):
            batch_op.drop_index(batch_op.f(f"ix_articles_{band}"))
            batch_op.drop_column(band)
