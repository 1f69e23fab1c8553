"""The PostgreSQL fast path of tests/conftest.py migrates again after any schema change.

Emptying the tables is only the migrated database when the schema is still the migrated one;
a change that keeps every table (a column dropped and added again lands at another place)
must make the next test migrate, or it would run on a schema no migration gives.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from tests.conftest import _migrated_postgres, _postgres_state, _PostgresHead

# A column of a table that no constraint, index, view or rule names and that is not the
# table's last: dropping and adding it again changes nothing but its place.
_LOOSE_COLUMN = """
SELECT c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull,
    pg_get_expr(d.adbin, d.adrelid)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
    AND NOT a.attisdropped AND a.attidentity = '' AND a.attgenerated = ''
    AND a.attnum < (SELECT max(attnum) FROM pg_attribute WHERE attrelid = c.oid)
    AND NOT EXISTS (
        SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND a.attnum = ANY(k.conkey))
    AND NOT EXISTS (
        SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND (a.attnum = ANY(i.indkey::int2[])
            OR i.indexprs IS NOT NULL OR i.indpred IS NOT NULL))
    AND NOT EXISTS (
        SELECT 1 FROM pg_depend p WHERE p.refobjid = c.oid AND p.refobjsubid = a.attnum
            AND p.classid = 'pg_rewrite'::regclass)
ORDER BY c.relname, a.attnum LIMIT 1
"""


def _place(engine: Engine, table: str, column: str) -> int:
    """Return a column's number in its table (pg_attribute.attnum)."""
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT attnum FROM pg_attribute WHERE attrelid = %(table)s::regclass "
            "AND attname = %(column)s AND NOT attisdropped",
            {"table": f'"{table}"', "column": column},
        ).scalar_one()
    return int(found)


def test_a_column_dropped_and_added_again_makes_the_next_engine_test_migrate(
    engine: Engine, postgres_url: str | None, postgres_head: _PostgresHead | None
) -> None:
    if postgres_url is None or postgres_head is None:
        pytest.skip("the fast path (emptying a migrated schema) is PostgreSQL's")
    with engine.begin() as connection:
        table, column, place, kind, not_null, default = connection.exec_driver_sql(
            _LOOSE_COLUMN
        ).one()
        connection.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        connection.exec_driver_sql(
            f'ALTER TABLE "{table}" ADD COLUMN "{column}" {kind}'
            + (f" DEFAULT {default}" if default is not None else "")
            + (" NOT NULL" if not_null else "")
        )
    _, tables, _ = _postgres_state(engine)
    assert tables == sorted([*postgres_head.tables, "alembic_version"])  # every table kept
    assert _place(engine, table, column) > place
    following = _migrated_postgres(postgres_url, postgres_head)  # the next engine test's
    try:
        assert _place(following, table, column) == place  # migrated afresh, not only emptied
    finally:
        following.dispose()
