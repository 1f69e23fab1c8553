"""timed quiz rounds: rounds, their questions, players and answers

Revision ID: 0012_rounds
Revises: 0009_language
Create Date: 2026-12-03 06:46:13.947114
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.models import UTCDateTime

revision: str = '0012_rounds'
down_revision: str | None = '0010_inbox'  # re-chained onto the merged head
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A right answer scores 1 point, or up to 1000 speed points in a round.
OLD_TOTALS = 'points >= 0 AND correct >= 0 AND correct <= answered AND points <= correct'
NEW_TOTALS = OLD_TOTALS + ' * 1000'
SCORES_SQLITE = """CREATE TABLE scores_new (
    scope BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    points INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    current_streak INTEGER NOT NULL,
    best_streak INTEGER NOT NULL,
    reached_at DATETIME NOT NULL,
    PRIMARY KEY (scope, user_id),
    CONSTRAINT score_streak_valid CHECK (current_streak >= 0 AND current_streak <= best_streak),
    CONSTRAINT score_totals_valid CHECK ({totals}),
    FOREIGN KEY(user_id) REFERENCES users (id)
)"""


def _score_totals_rule(totals: str) -> None:
    """Replace the CHECK on a score's points (SQLite cannot alter one: copy the table)."""
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint('score_totals_valid', 'scores', type_='check')
        op.create_check_constraint('score_totals_valid', 'scores', totals)
        return
    # By hand rather than batch mode: Alembic cannot reflect the "points DESC" index.
    op.execute(SCORES_SQLITE.format(totals=totals))
    op.execute('INSERT INTO scores_new SELECT scope, user_id, points, answered, correct,'
               ' current_streak, best_streak, reached_at FROM scores')
    op.execute('DROP TABLE scores')
    op.execute('ALTER TABLE scores_new RENAME TO scores')
    op.execute('CREATE INDEX ix_scores_board ON scores (scope, points DESC, reached_at, user_id)')


def upgrade() -> None:
    """Apply this revision."""
    _score_totals_rule(NEW_TOTALS)
    op.create_table('rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chat_id', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.BigInteger(), nullable=True),
    sa.Column('started_by', sa.BigInteger(), nullable=False),
    sa.Column('set_id', sa.Integer(), nullable=False),
    sa.Column('question_ids', sa.JSON(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('seconds', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('phase', sa.String(length=16), nullable=False),
    sa.Column('next_at', UTCDateTime(), nullable=True),
    sa.Column('stopped', sa.Boolean(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('finished_at', UTCDateTime(), nullable=True),
    sa.CheckConstraint("(phase = 'finished') = (finished_at IS NOT NULL)", name='round_finished_valid'),
    sa.CheckConstraint("phase IN ('waiting', 'asking', 'finished')", name='round_phase_valid'),
    sa.CheckConstraint('position >= -1 AND position < size', name='round_position_valid'),
    sa.CheckConstraint('seconds IS NULL OR seconds BETWEEN 5 AND 600', name='round_seconds_valid'),
    sa.CheckConstraint('size BETWEEN 1 AND 50', name='round_size_valid'),
    sa.ForeignKeyConstraint(['chat_id'], ['chats.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['set_id'], ['question_sets.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.create_index('ix_rounds_due', ['phase', 'next_at'], unique=False)
        batch_op.create_index('ux_rounds_one_per_chat', ['chat_id'], unique=True, sqlite_where=sa.text('finished_at IS NULL'), postgresql_where=sa.text('finished_at IS NULL'))

    op.create_table('round_answers',
    sa.Column('round_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('correct', sa.Boolean(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('answer_ms', sa.BigInteger(), nullable=False),
    sa.Column('answered_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('answer_ms >= 0', name='round_answer_time_valid'),
    sa.CheckConstraint('points BETWEEN 0 AND 1000 AND (points = 0 OR correct)', name='round_answer_points_valid'),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('round_id', 'position', 'user_id')
    )
    op.create_table('round_players',
    sa.Column('round_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Integer(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.Column('answer_ms', sa.BigInteger(), nullable=False),
    sa.Column('joined_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('points >= 0 AND correct >= 0 AND answered >= correct AND answer_ms >= 0', name='round_player_totals_valid'),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('round_id', 'user_id')
    )
    op.create_table('round_questions',
    sa.Column('round_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('delivery_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('poll_id', sa.String(length=64), nullable=True),
    sa.Column('claimed_at', UTCDateTime(), nullable=False),
    sa.Column('sent_at', UTCDateTime(), nullable=True),
    sa.Column('closed_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['delivery_id'], ['deliveries.id'], ),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'position'),
    sa.UniqueConstraint('delivery_id'),
    sa.UniqueConstraint('poll_id')
    )


def downgrade() -> None:
    """Revert this revision."""
    # Round points are taken back off the scores before the old rule returns.
    op.execute('UPDATE scores SET points = correct WHERE points > correct')
    _score_totals_rule(OLD_TOTALS)
    op.drop_table('round_questions')
    op.drop_table('round_players')
    op.drop_table('round_answers')
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_index('ux_rounds_one_per_chat', sqlite_where=sa.text('finished_at IS NULL'), postgresql_where=sa.text('finished_at IS NULL'))
        batch_op.drop_index('ix_rounds_due')

    op.drop_table('rounds')
