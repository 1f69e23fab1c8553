"""user and chat interface language

Revision ID: 0009_language
Revises: 0006_jobs
Create Date: 2026-12-03 05:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009_language'
down_revision: str | None = '0006_jobs'  # re-chained onto the merged head (was 0005_shown)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The interface languages the bot ships catalogs for (bot/locale); NULL: not chosen yet.
LANGUAGES = "language IS NULL OR language IN ('en', 'ru', 'zh_Hans')"


def upgrade() -> None:
    """Apply this revision."""
    # Column-level CHECKs keep these plain ADD COLUMNs on SQLite (no table copy).
    for table in ('users', 'chats'):
        op.add_column(
            table,
            sa.Column(
                'language',
                sa.String(length=8),
                sa.CheckConstraint(LANGUAGES, name=f'{table[:-1]}_language_valid'),
                nullable=True,
            ),
        )


def downgrade() -> None:
    """Revert this revision."""
    for table in ('chats', 'users'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('language')
