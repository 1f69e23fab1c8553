"""channels and calendar boards

Revision ID: 0013_channels
Revises: 0009_language
Create Date: 2026-12-03 07:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models

revision: str = '0013_channels'
down_revision: str | None = '0012_rounds'  # re-chained onto the merged head
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('period_scores',
    sa.Column('scope', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('starts', sa.Date(), nullable=False),
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('reached_at', db.models.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('points >= 0', name='period_score_points_valid'),
    sa.CheckConstraint("period IN ('day', 'month')", name='period_score_period_valid'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('scope', 'period', 'starts', 'user_id')
    )
    # Autogenerate cannot compare expression indexes on SQLite; written by hand.
    op.create_index(
        'ix_period_scores_board',
        'period_scores',
        ['scope', 'period', 'starts', sa.text('points DESC'), 'reached_at', 'user_id'],
    )
    op.create_table('period_buckets',
    sa.Column('scope', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('starts', sa.Date(), nullable=False),
    sa.Column('points', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('users', sa.Integer(), nullable=False),
    sa.CheckConstraint('users >= 0', name='period_bucket_users_valid'),
    sa.PrimaryKeyConstraint('scope', 'period', 'starts', 'points')
    )
    op.create_table('channel_links',
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('username', sa.String(length=64), nullable=True),
    sa.Column('linked_by', sa.BigInteger(), nullable=False),
    sa.Column('created_at', db.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['chat_id'], ['chats.id'], ),
    sa.PrimaryKeyConstraint('chat_id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('poll_results',
    sa.Column('delivery_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('voter_counts', sa.JSON(), nullable=False),
    sa.Column('total_voters', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.models.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('total_voters >= 0', name='poll_result_total_valid'),
    sa.ForeignKeyConstraint(['delivery_id'], ['deliveries.id'], ),
    sa.PrimaryKeyConstraint('delivery_id')
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('poll_results')
    op.drop_table('channel_links')
    op.drop_table('period_buckets')
    op.drop_index('ix_period_scores_board', table_name='period_scores')
    op.drop_table('period_scores')
