"""The batch contract shared by every analysis command (clean, geoparse, extract, stories).

- JSON Lines in (a file or stdin), JSON Lines out: exactly one output object per input line, in input
  order, echoing "id".
- A line that cannot be processed yields {"id": ..., "error": {"code", "message"}} and processing goes on.
- The exit code is 0 unless every line failed. Progress goes to stderr, and only when it is a terminal.
- Lines are read as bytes: a line that is not UTF-8 is an `undecodable` error line (never replacement
  characters), a line over ``max_line_bytes`` a `line_too_long` one, and a record that runs past the
  per-document ``timeout`` a `timeout` one.
- ``pool_map`` spreads records over worker processes; a worker that dies (kill -9, out of memory) fails
  the records it held, which are retried once each, alone; one that kills its worker again is
  `worker_died`. The run never hangs.
"""
from __future__ import annotations

import json
import sys
from itertools import islice
from dataclasses import dataclass
from typing import IO, Callable, Iterable, Iterator

from ..errors import REASONS, ErrorInfo, InputError

Processor = Callable[[dict], dict]


@dataclass
class BatchResult:
    lines: int = 0
    ok: int = 0
    failed: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.lines and self.ok == 0 else 0


def _error_line(code: str, message: str, rid=None) -> dict:
    return {"id": rid, "error": {"code": code, "message": message, "remedy": REASONS[code][1]}}


def parse_line(line: str | bytes, n: int, *, max_line_bytes: int | None = None) -> tuple[dict | None, dict | None]:
    """-> (record, error_line). A record must be a JSON object; bytes must be UTF-8."""
    if max_line_bytes is not None and len(line) > max_line_bytes:
        return None, _error_line("line_too_long", f"line {n}: {len(line):,} bytes, over the limit of {max_line_bytes:,}")
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as e:
            return None, _error_line("undecodable", f"line {n}: not UTF-8 (byte {e.start + 1}: {e.reason})")
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return None, {"id": None, "error": {"code": "malformed_json", "message": f"line {n}: {e.msg} at column {e.colno}"}}
    except RecursionError:
        return None, _error_line("malformed_json", f"line {n}: JSON nested too deeply")
    if not isinstance(rec, dict):
        return None, {"id": None, "error": {"code": "malformed_json", "message": f"line {n}: expected a JSON object"}}
    return rec, None


def process_one(rec: dict, fn: Processor, *, timeout: float | None = None) -> dict:
    """Run ``fn`` on one record (within ``timeout`` seconds, when given); any exception becomes an error line."""
    rid = rec.get("id")
    try:
        with deadline(timeout):
            out = fn(rec)
    except Exception as e:  # one bad line never kills the batch
        return {"id": rid, "error": ErrorInfo.from_exc(e).as_json()}
    return {"id": rid, **{k: v for k, v in out.items() if k != "id"}}


class deadline:
    """``with deadline(seconds):`` raises InputError(timeout) in the block once the time is spent (SIGALRM;
    only in the main thread of a Unix process, else no limit). No wall-clock reading: the kernel's timer."""

    def __init__(self, seconds: float | None):
        import signal
        import threading

        self.seconds = seconds
        self.armed = bool(seconds) and hasattr(signal, "setitimer") and \
            threading.current_thread() is threading.main_thread()

    def _fire(self, signum, frame):
        raise InputError(f"processing took longer than {self.seconds:g} s", code="timeout",
                         remedy=REASONS["timeout"][1])

    def __enter__(self):
        if self.armed:
            import signal
            self._old = signal.signal(signal.SIGALRM, self._fire)
            # and again every half second until the block ends: a raise that lands where Python ignores it
            # (a __del__, a gc callback) is followed by another
            signal.setitimer(signal.ITIMER_REAL, self.seconds, 0.5)
        return self

    def __exit__(self, *exc):
        if self.armed:
            import signal
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)
        return False


def iter_lines(stream: IO) -> Iterator[tuple[int, str | bytes]]:
    for n, line in enumerate(stream, 1):
        if line.strip():
            yield n, line


def run_batch(stream: IO, out: IO[str], fn: Processor, *, progress: bool | None = None,
              label: str = "processing", mapper: Callable[[Iterable[dict]], Iterable[dict]] | None = None,
              max_line_bytes: int | None = None, timeout: float | None = None) -> BatchResult:
    """Apply ``fn`` to each line of ``stream`` (text or bytes). ``mapper`` (e.g. ``pool_map``) may replace the
    plain loop; it receives records and must return output dicts in the same order. ``max_line_bytes`` and
    ``timeout`` (seconds per record, plain loop only) are the configured limits."""
    result = BatchResult()
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, MofNCompleteColumn
        from rich.console import Console

        bar = Progress(SpinnerColumn(), TextColumn(f"[bold]{label}"), MofNCompleteColumn(), TimeElapsedColumn(),
                       console=Console(stderr=True), transient=True)
        bar.start()
        task = bar.add_task(label, total=None)

    def records() -> Iterator[tuple[dict | None, dict | None]]:
        for n, line in iter_lines(stream):
            yield parse_line(line, n, max_line_bytes=max_line_bytes)

    def outputs() -> Iterator[dict]:
        pending = records()
        if mapper is None:
            for rec, err in pending:
                yield err if err is not None else process_one(rec, fn, timeout=timeout)
            return
        # in chunks, keeping malformed lines in place while the good ones go through the mapper
        while True:
            buf = list(islice(pending, 512))
            if not buf:
                return
            good = iter(mapper([rec for rec, err in buf if err is None]))
            for rec, err in buf:
                yield err if err is not None else next(good)

    try:
        for o in outputs():
            result.lines += 1
            if "error" in o:
                result.failed += 1
            else:
                result.ok += 1
            out.write(json.dumps(o, ensure_ascii=False) + "\n")
            if bar is not None:
                bar.update(task, advance=1)
        out.flush()
    finally:
        if bar is not None:
            bar.stop()
    return result


def require_text(rec: dict, field: str = "text") -> str:
    v = rec.get(field)
    if not isinstance(v, str):
        raise InputError(f'the line needs a "{field}" string field', code="missing_field")
    return v


# -- worker processes that may die --------------------------------------------------------------------------
class pool_map:
    """``mapper`` for ``run_batch``: ``init(*initargs)`` runs once in each of ``workers`` forked processes,
    then ``work(rec)`` (which must return an output dict, as ``process_one`` does) runs there on each record.

    A worker that dies (SIGKILL, the OOM killer) breaks the pool: every record it had not answered is
    retried once, alone, in a fresh one-worker pool; a record that kills that worker too becomes a
    `worker_died` error line. Input order is kept and nothing hangs."""

    def __init__(self, workers: int, init: Callable, initargs: tuple, work: Callable[[dict], dict]):
        self.workers, self.init, self.initargs, self.work = workers, init, initargs, work
        self._ex = None
        self.retried = 0
        self.died = 0

    def _executor(self, n: int):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(n, mp_context=mp.get_context("fork"), initializer=self.init,
                                   initargs=self.initargs)

    def __call__(self, recs: Iterable[dict]) -> list[dict]:
        from concurrent.futures.process import BrokenProcessPool

        recs = list(recs)
        if self._ex is None:
            self._ex = self._executor(self.workers)
        futures = [self._ex.submit(self.work, r) for r in recs]
        out: list[dict | None] = []
        broken = False
        for f in futures:
            try:
                out.append(f.result())
            except BrokenProcessPool:
                broken = True
                out.append(None)
        if broken:
            self._ex.shutdown(wait=False, cancel_futures=True)
            self._ex = None
            for i, r in enumerate(recs):
                if out[i] is None:
                    out[i] = self._alone(r)
        return out  # type: ignore[return-value]

    def _alone(self, rec: dict) -> dict:
        from concurrent.futures.process import BrokenProcessPool

        self.retried += 1
        ex = self._executor(1)
        try:
            return ex.submit(self.work, rec).result()
        except BrokenProcessPool:
            self.died += 1
            return _error_line("worker_died", "the worker process died twice on this record (killed, or out of "
                               "memory)", rec.get("id"))
        finally:
            ex.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._ex is not None:
            self._ex.shutdown(wait=True, cancel_futures=True)
            self._ex = None
