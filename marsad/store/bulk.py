"""Bulk writes: one transaction per batch of ingested items.

- PostgreSQL: ``COPY`` of the batch's rows into a temporary staging table per target table, then one
  idempotent ``INSERT ... SELECT ... ON CONFLICT (primary key) DO NOTHING``: a re-sent batch stores nothing
  twice, and the whole batch (documents, links, rejections, extraction rows, near-duplicate bands and the
  ledger's done marks) commits or vanishes together.
- SQLite (WAL): the same rows through batched ``executemany`` of ``INSERT ... ON CONFLICT DO NOTHING``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table, bindparam, update
from sqlalchemy.engine import Connection

from . import schema


@dataclass
class Batch:
    """Rows for one transaction, per table, in the order they must be written (foreign keys)."""

    rows: dict[str, dict[tuple, dict]] = field(default_factory=dict)   # table -> primary key -> row
    done: list[dict] = field(default_factory=list)                      # ledger marks: id, outcome, doc_id

    ORDER = ("sources", "documents", "document_links", "rejections", "places", "events", "claims", "quotes",
             "minhash_bands")

    def add(self, table: Table, row: dict) -> bool:
        """Queue ``row``; False when a row with the same primary key is already queued (first one wins)."""
        pk = tuple(row[c.name] for c in table.primary_key.columns)
        rows = self.rows.setdefault(table.name, {})
        if pk in rows:
            return False
        rows[pk] = row
        return True

    def __len__(self) -> int:
        return sum(len(r) for r in self.rows.values()) + len(self.done)


def write(conn: Connection, batch: Batch, *, done_at: str) -> dict[str, int]:
    """Write ``batch`` inside the caller's transaction; returns the rows inserted per table. Only new
    documents carry extraction rows (the writer decides), so nothing is replaced here."""
    inserted = {}
    for name in Batch.ORDER:
        rows = list(batch.rows.get(name, {}).values())
        if rows:
            inserted[name] = insert_ignore_many(conn, schema.metadata.tables[name], rows)
    if batch.done:
        w = schema.work_items
        conn.execute(update(w).where(w.c.id == bindparam("b_id")).values(
            status="done", outcome=bindparam("b_outcome"), doc_id=bindparam("b_doc"), done_at=done_at),
            [{"b_id": d["id"], "b_outcome": d["outcome"], "b_doc": d.get("doc_id")} for d in batch.done])
    return inserted


def insert_ignore_many(conn: Connection, table: Table, rows: list[dict]) -> int:
    """Insert ``rows`` (dicts with the same keys), skipping those whose primary key exists; -> rows inserted."""
    if not rows:
        return 0
    if conn.dialect.name == "postgresql":
        return _pg_copy_insert(conn, table, rows)
    from sqlalchemy.dialects.sqlite import insert

    cols = list(rows[0].keys())
    stmt = insert(table).values({c: bindparam(c) for c in cols}).on_conflict_do_nothing(
        index_elements=[c.name for c in table.primary_key.columns])
    before = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
    conn.execute(stmt, [{c: r.get(c) for c in cols} for r in rows])
    return conn.exec_driver_sql("SELECT total_changes()").scalar_one() - before


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _pg_copy_insert(conn: Connection, table: Table, rows: list[dict]) -> int:
    cols = list(rows[0].keys())
    stage = f"marsad_stage_{table.name}"
    collist = ", ".join(_q(c) for c in cols)
    pk = ", ".join(_q(c.name) for c in table.primary_key.columns)
    # a temporary table lives as long as the connection, and is emptied at every commit
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {_q(stage)} (LIKE {_q(table.name)} INCLUDING DEFAULTS) "
                         "ON COMMIT DELETE ROWS")
    conn.exec_driver_sql(f"TRUNCATE {_q(stage)}")
    raw = conn.connection.driver_connection
    with raw.cursor() as cur:
        with cur.copy(f"COPY {_q(stage)} ({collist}) FROM STDIN") as cp:
            for r in rows:
                cp.write_row([r.get(c) for c in cols])
    res = conn.exec_driver_sql(f"INSERT INTO {_q(table.name)} ({collist}) SELECT {collist} FROM {_q(stage)} "
                               f"ON CONFLICT ({pk}) DO NOTHING")
    return max(res.rowcount or 0, 0)
