"""question flags and paused questions

Revision ID: 0008_flags
Revises: 0005_shown
Create Date: 2026-12-03 04:40:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.models import UTCDateTime

revision: str = '0008_flags'
down_revision: str | None = '0007_article'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMNs (no table copy on SQLite): existing questions are not paused.
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paused_at', UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('flags_reviewed_at', UTCDateTime(), nullable=True))
    op.create_table(
        'flags',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('question_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.BigInteger(), nullable=False),
        sa.Column('delivery_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=16), nullable=False),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "reason IN ('wrong', 'unclear', 'typo', 'other')", name='flag_reason_valid'
        ),
        sa.ForeignKeyConstraint(['delivery_id'], ['deliveries.id']),
        sa.ForeignKeyConstraint(['question_id'], ['questions.id']),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'question_id', name='flag_once_per_player_question'),
    )
    op.create_index('ix_flags_question', 'flags', ['question_id', 'created_at'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ix_flags_question', table_name='flags')
    op.drop_table('flags')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_column('flags_reviewed_at')
        batch_op.drop_column('paused_at')
