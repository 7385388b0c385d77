"""What makes ``marsad`` behave like a command line (used by ``cli.py`` only; no domain logic here):

- global options (--db, --config, --gazetteer) accepted before or after the command name;
- exit statuses 0 ok, 1 some inputs rejected, 2 usage error, 3 internal error;
- value types that name the bad value and the remedy (dates, positive counts, column lists);
- table output that picks the columns that fit the terminal (``--columns`` chooses them);
- an example at the end of every command's --help.
"""
from __future__ import annotations

import calendar
import re
import sys
import traceback

import click

from .errors import EXIT_INTERNAL, EXIT_USAGE, MarsadError

GLOBAL_OPTIONS = ("--db", "--config", "--gazetteer")
GLOBAL_NOTE = ("Global options (before or after the command name): --db URL, --config FILE, --gazetteer PATH.  "
               "Exit status: 0 ok, 1 some inputs rejected, 2 usage error, 3 internal error.")


def hoist_global_options(args: list[str]) -> list[str]:
    """Move the global options (and their values), wherever they are written, to the front, so that
    ``marsad ingest DIR --db URL`` means ``marsad --db URL ingest DIR``. Stops at ``--``."""
    front, rest = [], []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            rest += args[i:]
            break
        if a in GLOBAL_OPTIONS and i + 1 < len(args):
            front += [a, args[i + 1]]
            i += 2
            continue
        if a.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in a:
            front.append(a)
        else:
            rest.append(a)
        i += 1
    return front + rest


def die(e: MarsadError) -> None:
    click.echo(f"Error [{e.code}]: {e.message}", err=True)
    if e.remedy:
        click.echo(f"Remedy: {e.remedy}", err=True)
    sys.exit(EXIT_USAGE)


def die_internal(e: BaseException) -> None:
    click.echo(f"Error [internal]: {type(e).__name__}: {e}", err=True)
    click.echo("Remedy: this is a bug in marsad; please report it with the command and the input "
               "(MARSAD_DEBUG=1 prints the traceback).", err=True)
    import os
    if os.environ.get("MARSAD_DEBUG"):
        traceback.print_exc()
    sys.exit(EXIT_INTERNAL)


def _write_example(ctx, formatter) -> None:
    example = EXAMPLES.get(ctx.command_path.split(" ", 1)[1] if " " in ctx.command_path else "")
    if example:
        with formatter.section("Example"):
            formatter.write_text("\b\n" + example)
    formatter.write_paragraph()
    formatter.write_text(GLOBAL_NOTE)


class MarsadCommand(click.Command):
    """A command whose --help ends with its example and the global options."""

    def format_epilog(self, ctx, formatter):
        super().format_epilog(ctx, formatter)
        _write_example(ctx, formatter)


class MarsadGroup(click.Group):
    command_class = MarsadCommand

    def parse_args(self, ctx, args):
        if ctx.parent is None:
            args = hoist_global_options(list(args))
        return super().parse_args(ctx, args)

    def format_epilog(self, ctx, formatter):
        super().format_epilog(ctx, formatter)
        _write_example(ctx, formatter)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MarsadError as e:
            die(e)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit,
                KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as e:  # a bug: exit 3, not a traceback
            if ctx.parent is not None:
                raise
            die_internal(e)


MarsadGroup.group_class = MarsadGroup


# -- value types ---------------------------------------------------------------------------------------
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class DateParam(click.ParamType):
    """YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real date, as a full ISO date: the first day of the
    period (``end=False``, for --since) or its last day (``end=True``, for --until)."""

    name = "date"

    def __init__(self, *, end: bool = False):
        self.end = end

    def convert(self, value, param, ctx):
        s = str(value).strip()
        m = _DATE.fullmatch(s)
        ok = m is not None
        if ok:
            y, mo, d = int(m.group(1)), int(m.group(2) or (12 if self.end else 1)), m.group(3)
            ok = 1 <= mo <= 12
            if ok:
                last = calendar.monthrange(y, mo)[1]
                day = int(d) if d else (last if self.end else 1)
                ok = 1 <= day <= last
        if not ok:
            self.fail(f"{value!r} is not a date. Write YYYY-MM-DD (or YYYY-MM, YYYY), e.g. 2020-03-01.", param, ctx)
        return f"{y:04d}-{mo:02d}-{day:02d}"


class TimestampParam(click.ParamType):
    """An ISO 8601 date or date and time (UTC unless it says otherwise), as the review log writes times:
    YYYY-MM-DDTHH:MM:SSZ."""

    name = "timestamp"

    def convert(self, value, param, ctx):
        from datetime import datetime, timezone

        try:
            t = datetime.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a timestamp. Write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z], "
                      "e.g. 2026-01-31T12:00Z.", param, ctx)
        if t.tzinfo is None:
            t = t.replace(tzinfo=timezone.utc)
        return t.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


SINCE = DateParam()
UNTIL = DateParam(end=True)
TIMESTAMP = TimestampParam()
POSITIVE = click.IntRange(min=1)
NON_NEGATIVE = click.IntRange(min=0)
FRACTION = click.FloatRange(0.0, 1.0)


def parse_columns(value: str | None) -> list[str] | None:
    if value is None:
        return None
    cols = [c.strip() for c in value.split(",") if c.strip()]
    if not cols:
        raise click.BadParameter(f"{value!r} names no column; give a comma-separated list, e.g. event_date,country",
                                 param_hint="--columns")
    return cols


columns_option = click.option(
    "--columns", metavar="A,B,...", callback=lambda ctx, p, v: parse_columns(v),
    help="The columns to show (table and csv), comma-separated. Default: those that fit the terminal.")


# -- table output ----------------------------------------------------------------------------------------
_CELL_MAX = 16   # a column is sized to its longest value up to this many characters (rich wraps the rest)


def choose_columns(rows: list[dict], columns: list[str], chosen: list[str] | None, width: int,
                   known: list[str] | None = None) -> tuple[list[str], list[str]]:
    """-> (columns to show, columns left out). ``chosen`` (from --columns) must name known columns; otherwise
    the columns are kept in order of importance while the table (rich's borders and padding) fits ``width``."""
    known = known or columns
    if chosen is not None:
        bad = [c for c in chosen if c not in known and not any(c in r for r in rows)]
        if bad:
            raise click.BadParameter(f"unknown column {', '.join(map(repr, bad))}; the columns are: "
                                     f"{', '.join(known)}", param_hint="--columns")
        return chosen, []
    shown, used = [], 1
    for c in columns:
        w = max([len(c)] + [min(_CELL_MAX, len(str(r.get(c)))) for r in rows if r.get(c) is not None])
        if shown and used + w + 3 > width:
            continue
        shown.append(c)
        used += w + 3
    return shown, [c for c in columns if c not in shown]


# -- examples shown by --help (every command has one; tests/test_harden_cli.py checks it) ------------------
EXAMPLES: dict[str, str] = {
    "": "marsad ingest reports/ --db sqlite:///events.sqlite && marsad events --format csv",
    "ingest": "marsad ingest reports/ feed.xml crawl.warc.gz --db postgresql://me@localhost/marsad",
    "clean": "marsad clean --input pages.jsonl > clean.jsonl",
    "status": "marsad status --format json",
    "rejections": "marsad rejections --reason undecodable --limit 20",
    "demo": "marsad demo --keep",
    "geoparse": "echo '{\"id\": 1, \"text\": \"A bomb exploded in Ramadi.\"}' | marsad geoparse --input -",
    "gazetteer": "marsad gazetteer info",
    "gazetteer build": "marsad gazetteer build --json",
    "gazetteer import": "marsad gazetteer import IQ.txt alternateNamesV2.txt admin1CodesASCII.txt admin2Codes.txt",
    "gazetteer add": "marsad gazetteer add my-places.csv",
    "gazetteer info": "marsad gazetteer info --json",
    "extract": "marsad extract --input docs.jsonl --workers 2 --no-quotes --no-claims > events.jsonl",
    "events": "marsad events --country Iraq --since 2020-01 --until 2020-03 --columns event_date,location,fatalities",
    "export": "marsad export --format acled-csv --since 2020 --output events.csv",
    "stories": "marsad stories --input docs.jsonl --threshold 0.3",
    "fuse": "marsad fuse --window-days 3",
    "decide": "marsad decide merge evt_1a2b3c4d5e6f7a8b evt_8b7a6f5e4d3c2b1a --reason 'same convoy' --by amal",
    "review": "marsad review queue --limit 20",
    "review queue": "marsad review queue --format json",
    "review confirm": "marsad review confirm fev_1a2b3c4d5e6f7a8b --reason 'checked the wire copy'",
    "review edit": "marsad review edit fev_1a2b3c4d5e6f7a8b fatalities=4 --reason 'later report'",
    "review reject": "marsad review reject fev_1a2b3c4d5e6f7a8b --reason 'an anniversary, not an attack'",
    "review merge": "marsad review merge fev_1a2b3c4d5e6f7a8b fev_8b7a6f5e4d3c2b1a --reason 'same convoy'",
    "review split": "marsad review split fev_1a2b3c4d5e6f7a8b evt_8b7a6f5e4d3c2b1a --reason 'two convoys'",
    "review log": "marsad review log --since 2026-01-31T00:00:00Z --format json",
    "review history": "marsad review history fev_1a2b3c4d5e6f7a8b",
    "drivers": "marsad drivers --region Anbar --since 2020 --per quarter --format table",
    "actors": "marsad actors --new --period 2020Q1 --country Iraq",
    "brief": "marsad brief --region Anbar --period 2020Q1 --output brief/",
    "calibrate": "marsad calibrate --pred pred.jsonl --gold gold.jsonl --output calibration.json",
    "hotspots": "marsad hotspots --compare 2020Q1 2020Q2 --country Iraq --grid h3:5",
    "serve": "marsad serve --port 8000 --db sqlite:///events.sqlite   # then open http://127.0.0.1:8000/",
    "trends": "marsad trends --by month --level admin1 --compare 2020Q1 2020Q2 --country Iraq",
}
