"""daily delivery link index

Revision ID: 0003_daily
Revises: 0002_week
Create Date: 2026-11-28 00:24:51.343482

A correct answer to a daily question looks up its local day by delivery id
(db.play.daily_date_of); without an index that scans every day ever sent. One delivery
carries at most one day, so the index is UNIQUE (NULLs, rows not yet linked, may repeat).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0003_daily'
down_revision: str | None = '0002_week'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_index(
        'ux_daily_deliveries_delivery', 'daily_deliveries', ['delivery_id'], unique=True
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ux_daily_deliveries_delivery', table_name='daily_deliveries')
