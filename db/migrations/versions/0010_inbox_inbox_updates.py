"""inbox of raw updates, acknowledged to Telegram once stored

Revision ID: 0010_inbox
Revises: 0009_language
Create Date: 2026-12-03 07:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.models import UTCDateTime

revision: str = '0010_inbox'
down_revision: str | None = '0009_language'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'inbox_updates',
        sa.Column('update_id', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.Column('owner', sa.BigInteger(), nullable=False),
        sa.Column('received_at', UTCDateTime(), nullable=False),
        sa.Column('done_at', UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('update_id'),
    )
    op.create_index('ix_inbox_updates_done_at', 'inbox_updates', ['done_at'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ix_inbox_updates_done_at', table_name='inbox_updates')
    op.drop_table('inbox_updates')
