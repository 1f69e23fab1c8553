"""delivery shown options

Revision ID: 0005_shown
Revises: 0004_lease
Create Date: 2026-12-03 04:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005_shown'
down_revision: str | None = '0004_lease'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMNs (no table copy on SQLite): older deliveries keep NULL and are judged
    # from their option order while their question is unchanged since it was sent.
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shown_options', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('shown_correct', sa.Integer(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_column('shown_correct')
        batch_op.drop_column('shown_options')
