"""Bulk writes: one transaction per batch of ingested items.

- PostgreSQL: ``COPY`` of the batch's rows into a temporary staging table per target table, then one
  idempotent ``INSERT ... SELECT ... ON CONFLICT (primary key) DO NOTHING``: a re-sent batch stores nothing
  twice, and the whole batch (documents, links, rejections, extraction rows, near-duplicate bands and the
  ledger's done marks) commits or vanishes together.
- SQLite (WAL): the same rows through batched ``executemany`` of ``INSERT ... ON CONFLICT DO NOTHING``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import Table, bindparam, update
from sqlalchemy.engine import Connection

from . import schema


class _Shape:
    """A table's columns in order, and fast getters: rows travel as tuples in this order (a tuple per row is
    cheaper to build, pickle and hand to the driver's ``executemany`` than a dict)."""

    def __init__(self, table: Table):
        self.table = table
        self.cols = tuple(c.name for c in table.c)
        self.getter = itemgetter(*self.cols) if len(self.cols) > 1 else (lambda r, _c=self.cols[0]: (r[_c],))
        idx = [self.cols.index(c.name) for c in table.primary_key.columns]
        self.pk = itemgetter(*idx) if len(idx) > 1 else itemgetter(idx[0])
        # a column a dict row may leave out: its Python-side scalar default (SQLAlchemy's insert applied it)
        self.defaults = {c.name: c.default.arg for c in table.c
                         if c.default is not None and getattr(c.default, "is_scalar", False)}
        q = _q(table.name)
        self.sqlite_insert = (f"INSERT INTO {q} ({', '.join(_q(c) for c in self.cols)}) VALUES "
                              f"({', '.join('?' for _ in self.cols)}) ON CONFLICT "
                              f"({', '.join(_q(c.name) for c in table.primary_key.columns)}) DO NOTHING")

    def row(self, row: dict) -> tuple:
        """A dict row as a tuple in column order (a left-out column: its default, else None)."""
        try:
            return self.getter(row)
        except KeyError:
            return tuple(row[c] if c in row else self.defaults.get(c) for c in self.cols)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_SHAPES: dict[str, _Shape] = {}


def shape(table: Table | str) -> _Shape:
    """The shape of a table of ``schema`` (by table or name)."""
    name = table if isinstance(table, str) else table.name
    sh = _SHAPES.get(name)
    if sh is None:
        sh = _SHAPES[name] = _Shape(schema.metadata.tables[name])
    return sh


def columns(table: Table | str) -> tuple[str, ...]:
    """The column names of a table, in the order of its row tuples."""
    return shape(table).cols


@dataclass
class Batch:
    """Rows for one transaction, per table, in the order they must be written (foreign keys). A row is a tuple
    in its table's column order (``columns``); ``add`` takes a dict, ``add_row`` a tuple."""

    rows: dict[str, dict] = field(default_factory=dict)   # table name -> primary key -> row tuple
    done: list[dict] = field(default_factory=list)        # ledger marks: id, outcome, doc_id

    ORDER = ("sources", "documents", "document_links", "rejections", "places", "events", "claims", "quotes",
             "minhash_bands")

    def add(self, table: Table, row: dict) -> bool:
        """Queue ``row``; False when a row with the same primary key is already queued (first one wins)."""
        return self.add_row(table.name, shape(table).row(row))

    def add_row(self, name: str, row: tuple) -> bool:
        """Queue a row tuple of table ``name`` (``columns(name)`` order); False when its key is queued."""
        rows = self.rows.get(name)
        if rows is None:
            rows = self.rows[name] = {}
        pk = shape(name).pk(row)
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
        rows = batch.rows.get(name)
        if rows:
            inserted[name] = insert_rows(conn, name, list(rows.values()))
    if batch.done:
        marks = [(d["outcome"], d.get("doc_id"), d["id"]) for d in batch.done]
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("UPDATE work_items SET status = 'done', outcome = ?, doc_id = ?, done_at = ? "
                                 "WHERE id = ?", [(o, d, done_at, i) for o, d, i in marks])
        else:
            w = schema.work_items
            conn.execute(update(w).where(w.c.id == bindparam("b_id")).values(
                status="done", outcome=bindparam("b_outcome"), doc_id=bindparam("b_doc"), done_at=done_at),
                [{"b_id": i, "b_outcome": o, "b_doc": d} for o, d, i in marks])
    return inserted


def insert_ignore_many(conn: Connection, table: Table, rows: list[dict]) -> int:
    """Insert ``rows`` (dicts), skipping those whose primary key exists; -> rows inserted."""
    if not rows:
        return 0
    sh = shape(table)
    return insert_rows(conn, table.name, [sh.row(r) for r in rows])


def insert_rows(conn: Connection, name: str, rows: list[tuple]) -> int:
    """Insert row tuples of table ``name`` (``columns`` order), skipping those whose primary key exists;
    -> rows inserted. SQLite: one ``executemany`` on the driver's cursor (no per-row work in SQLAlchemy);
    PostgreSQL: COPY into a staging table, then ``INSERT ... ON CONFLICT DO NOTHING``."""
    if not rows:
        return 0
    sh = shape(name)
    if conn.dialect.name == "postgresql":
        return _pg_copy_insert(conn, sh, rows)
    # sqlite3 sums the rows each INSERT changed (an ignored conflict changes none) into rowcount
    n = conn.exec_driver_sql(sh.sqlite_insert, rows).rowcount
    return max(n or 0, 0)


def _pg_copy_insert(conn: Connection, sh: _Shape, rows: list[tuple]) -> int:
    table = sh.table
    stage = f"marsad_stage_{table.name}"
    collist = ", ".join(_q(c) for c in sh.cols)
    pk = ", ".join(_q(c.name) for c in table.primary_key.columns)
    # a temporary table lives as long as the connection, and is emptied at every commit
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {_q(stage)} (LIKE {_q(table.name)} INCLUDING DEFAULTS) "
                         "ON COMMIT DELETE ROWS")
    conn.exec_driver_sql(f"TRUNCATE {_q(stage)}")
    raw = conn.connection.driver_connection
    with raw.cursor() as cur:
        with cur.copy(f"COPY {_q(stage)} ({collist}) FROM STDIN") as cp:
            for r in rows:
                cp.write_row(r)
    res = conn.exec_driver_sql(f"INSERT INTO {_q(table.name)} ({collist}) SELECT {collist} FROM {_q(stage)} "
                               f"ON CONFLICT ({pk}) DO NOTHING")
    return max(res.rowcount or 0, 0)
