"""The ledger of work items that makes an ingest resumable.

Every input item (a file, a JSONL line, a feed entry, a WARC record) is a work item keyed by the content
hash of its locator, input id and bytes. A run registers the items it reads, claims them atomically before
it processes them, and marks them done in the same transaction that stores their results (``bulk.write``),
so a killed run, or a worker that died, leaves its items claimed but not done: the next run claims them
again. Nothing done is redone, nothing claimed is lost.

Claims are atomic: ``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL (two drivers sharing one store never
claim the same item), one ``UPDATE`` in a write transaction on SQLite (one writer at a time).
A claim is stale, and may be taken over, when its owner is a process of this host that no longer runs, or
when it is older than the lease (owners on other hosts).
"""
from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta, timezone
from typing import Iterable

from sqlalchemy import select, text, update

from . import schema
from .bulk import insert_ignore_many


def _now() -> datetime:
    return datetime.now(timezone.utc)


def make_owner(start: datetime | None = None) -> str:
    """This process as a claim owner: ``host:pid:start``."""
    return f"{socket.gethostname()}:{os.getpid()}:{(start or _now()).isoformat(timespec='seconds')}"


def owner_alive(owner: str | None) -> bool | None:
    """True/False for an owner of this host (is its process still running?), None for another host's."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_s, _, _ = rest.partition(":")
    if host != socket.gethostname() or not pid_s.isdigit():
        return None
    pid = int(pid_s)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Ledger:
    def __init__(self, engine, owner: str | None = None, *, lease_s: float = 900.0):
        self.engine = engine
        self.owner = owner or make_owner()
        self.lease_s = lease_s

    def register(self, items: Iterable[tuple[str, str]]) -> None:
        """Add (id, locator) work items as pending; known ones are left as they are."""
        rows = {i: {"id": i, "locator": loc, "status": "pending"} for i, loc in items}
        if rows:
            with self.engine.begin() as conn:
                insert_ignore_many(conn, schema.work_items, list(rows.values()))

    def outcomes(self, ids: list[str]) -> dict[str, str]:
        """The recorded outcome of every done item among ``ids``."""
        w = schema.work_items
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                q = select(w.c.id, w.c.outcome).where(w.c.id.in_(ids[i:i + 500]), w.c.status == "done")
                out.update({r.id: r.outcome for r in conn.execute(q)})
        return out

    def _stale_owners(self, conn, ids: list[str]) -> list[str]:
        w = schema.work_items
        owners = {r.owner for r in conn.execute(select(w.c.owner).where(
            w.c.id.in_(ids), w.c.status == "claimed").distinct())}
        cutoff = (_now() - timedelta(seconds=self.lease_s)).isoformat(timespec="seconds")
        stale = []
        for o in owners:
            if o == self.owner:
                continue
            alive = owner_alive(o)
            if alive is False:
                stale.append(o)
            elif alive is None:   # another host: stale once its claims outlive the lease
                if conn.execute(select(w.c.id).where(w.c.owner == o, w.c.claimed_at < cutoff).limit(1)).first():
                    stale.append(o)
        return stale

    def claim(self, ids: list[str]) -> set[str]:
        """Claim the items among ``ids`` that are pending, stale or already ours; -> the ids now ours."""
        if not ids:
            return set()
        now = _now().isoformat(timespec="seconds")
        w = schema.work_items
        with self.engine.begin() as conn:
            stale = self._stale_owners(conn, ids)
            if conn.dialect.name == "postgresql":
                rows = conn.execute(text(
                    "UPDATE work_items SET status = 'claimed', owner = :me, claimed_at = :now "
                    "WHERE id IN (SELECT id FROM work_items WHERE id = ANY(:ids) AND status <> 'done' "
                    "AND (status = 'pending' OR owner = :me OR owner = ANY(:stale)) FOR UPDATE SKIP LOCKED) "
                    "RETURNING id"), {"me": self.owner, "now": now, "ids": list(ids), "stale": stale})
                return {r.id for r in rows}
            cond = (w.c.status == "pending") | (w.c.owner == self.owner)
            if stale:
                cond = cond | w.c.owner.in_(stale)
            conn.execute(update(w).where(w.c.id.in_(ids), w.c.status != "done", cond)
                         .values(status="claimed", owner=self.owner, claimed_at=now))
            return {r.id for r in conn.execute(select(w.c.id).where(
                w.c.id.in_(ids), w.c.status == "claimed", w.c.owner == self.owner))}

    def release(self) -> None:
        """Hand back every item this run claimed and did not finish (an orderly stop)."""
        w = schema.work_items
        with self.engine.begin() as conn:
            conn.execute(update(w).where(w.c.owner == self.owner, w.c.status == "claimed")
                         .values(status="pending", owner=None, claimed_at=None))

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func
        w = schema.work_items
        with self.engine.connect() as conn:
            return {r.status: r.n for r in conn.execute(select(w.c.status, func.count().label("n")).group_by(w.c.status))}

