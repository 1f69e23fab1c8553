"""daily claim lease

Revision ID: 0004_lease
Revises: 0003_daily
Create Date: 2026-11-28 01:34:39.107651
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.models

revision: str = '0004_lease'
down_revision: str | None = '0003_daily'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('daily_deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_at', db.models.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('daily_deliveries', schema=None) as batch_op:
        batch_op.drop_column('claimed_at')
