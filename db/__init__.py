"""Database layer: SQLModel tables, engine, Alembic migrations and data-access functions."""
