"""admin jobs: imports and broadcasts recorded so a restart resumes them

Revision ID: 0006_jobs
Revises: 0004_lease
Create Date: 2026-12-03 04:18:01.224318
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.models

revision: str = '0006_jobs'
down_revision: str | None = '0008_flags'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('admin_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('admin_id', sa.BigInteger(), nullable=False),
    sa.Column('chat_id', sa.BigInteger(), nullable=False),
    sa.Column('status_message_id', sa.BigInteger(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_at', db.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', db.models.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('import', 'broadcast')", name='admin_job_kind_valid'),
    sa.CheckConstraint("state IN ('running', 'done', 'interrupted')", name='admin_job_state_valid'),
    sa.CheckConstraint('progress >= 0 AND progress <= total', name='admin_job_progress_valid'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('admin_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_admin_jobs_state', ['state'], unique=False)

    op.create_table('broadcast_recipients',
    sa.Column('job_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('result', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.CheckConstraint("result IS NULL OR result IN ('sent', 'blocked', 'failed')", name='broadcast_result_valid'),
    sa.ForeignKeyConstraint(['job_id'], ['admin_jobs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('job_id', 'chat_id')
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('broadcast_recipients')
    with op.batch_alter_table('admin_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_admin_jobs_state')
    op.drop_table('admin_jobs')
