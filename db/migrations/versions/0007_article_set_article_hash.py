"""set article hash: recognise the same article sent again

Revision ID: 0007_article
Revises: 0004_lease
Create Date: 2026-12-03 04:20:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007_article'
down_revision: str | None = '0005_shown'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('article_hash', sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f('ix_question_sets_article_hash'), ['article_hash'], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_sets_article_hash'))
        batch_op.drop_column('article_hash')
