"""The batch contract shared by every analysis command (clean, geoparse, extract, stories).

- JSON Lines in (a file or stdin), JSON Lines out: exactly one output object per input line, in input
  order, echoing "id".
- A line that cannot be processed yields {"id": ..., "error": {"code", "message"}} and processing goes on.
- The exit code is 0 unless every line failed. Progress goes to stderr, and only when it is a terminal.
"""
from __future__ import annotations

import json
import sys
from itertools import islice
from dataclasses import dataclass
from typing import IO, Callable, Iterable, Iterator

from ..errors import ErrorInfo, InputError

Processor = Callable[[dict], dict]


@dataclass
class BatchResult:
    lines: int = 0
    ok: int = 0
    failed: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.lines and self.ok == 0 else 0


def parse_line(line: str, n: int) -> tuple[dict | None, dict | None]:
    """-> (record, error_line). A record must be a JSON object."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return None, {"id": None, "error": {"code": "malformed_json", "message": f"line {n}: {e.msg} at column {e.colno}"}}
    if not isinstance(rec, dict):
        return None, {"id": None, "error": {"code": "malformed_json", "message": f"line {n}: expected a JSON object"}}
    return rec, None


def process_one(rec: dict, fn: Processor) -> dict:
    """Run ``fn`` on one record; any exception becomes an error line."""
    rid = rec.get("id")
    try:
        out = fn(rec)
    except Exception as e:  # one bad line never kills the batch
        return {"id": rid, "error": ErrorInfo.from_exc(e).as_json()}
    return {"id": rid, **{k: v for k, v in out.items() if k != "id"}}


def iter_lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(stream, 1):
        if line.strip():
            yield n, line


def run_batch(stream: IO[str], out: IO[str], fn: Processor, *, progress: bool | None = None,
              label: str = "processing", mapper: Callable[[Iterable[dict]], Iterable[dict]] | None = None) -> BatchResult:
    """Apply ``fn`` to each line. ``mapper`` (e.g. a process pool's ordered imap) may replace the plain loop;
    it receives records and must return output dicts in the same order."""
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
            yield parse_line(line, n)

    def outputs() -> Iterator[dict]:
        pending = records()
        if mapper is None:
            for rec, err in pending:
                yield err if err is not None else process_one(rec, fn)
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
