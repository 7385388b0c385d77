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
    """A run of this process as a claim owner: ``host:pid:start:nonce`` (two runs of one process differ)."""
    import uuid
    return f"{socket.gethostname()}:{os.getpid()}:{(start or _now()).isoformat(timespec='seconds')}:{uuid.uuid4().hex[:8]}"


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

    def _owners(self, conn, ids: list[str]) -> tuple[list[str], list[str]]:
        """(dead, alive) among the other owners of these items that run on this host."""
        w = schema.work_items
        owners = {r.owner for r in conn.execute(select(w.c.owner).where(
            w.c.id.in_(ids), w.c.status == "claimed").distinct())}
        dead, alive = [], []
        for o in sorted(o for o in owners if o and o != self.owner):
            state = owner_alive(o)
            if state is False:
                dead.append(o)
            elif state is True:
                alive.append(o)
        return dead, alive

    def claim(self, ids: list[str]) -> set[str]:
        """Claim the items among ``ids`` that are pending, already ours, or held by a stale claim (its process
        on this host is dead, or the claim is older than the lease and not held by a live process of this
        host); -> the ids now ours."""
        if not ids:
            return set()
        now = _now()
        cutoff = (now - timedelta(seconds=self.lease_s)).isoformat(timespec="seconds")
        now_s = now.isoformat(timespec="seconds")
        w = schema.work_items
        with self.engine.begin() as conn:
            dead, alive = self._owners(conn, ids)
            if conn.dialect.name == "postgresql":
                rows = conn.execute(text(
                    "UPDATE work_items SET status = 'claimed', owner = :me, claimed_at = :now "
                    "WHERE id IN (SELECT id FROM work_items WHERE id = ANY(:ids) AND status <> 'done' "
                    "AND (status = 'pending' OR owner = :me OR owner = ANY(:dead) "
                    "OR (claimed_at < :cutoff AND NOT (owner = ANY(:alive)))) FOR UPDATE SKIP LOCKED) "
                    "RETURNING id"), {"me": self.owner, "now": now_s, "ids": list(ids), "dead": dead,
                                      "alive": alive, "cutoff": cutoff})
                return {r.id for r in rows}
            old = w.c.claimed_at < cutoff
            if alive:
                old = old & w.c.owner.not_in(alive)
            cond = (w.c.status == "pending") | (w.c.owner == self.owner) | old
            if dead:
                cond = cond | w.c.owner.in_(dead)
            conn.execute(update(w).where(w.c.id.in_(ids), w.c.status != "done", cond)
                         .values(status="claimed", owner=self.owner, claimed_at=now_s))
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

