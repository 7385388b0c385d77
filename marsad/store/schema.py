"""Table definitions (SQLAlchemy Core). Portable between SQLite and PostgreSQL.

The tables are created by the numbered migrations in ``migrations.py``, never by ``create_all`` on
their own, so that every store knows which schema version it holds.
"""
from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table,
                        Text)

metadata = MetaData()


def _event_what() -> list[Column]:
    """When, what and who: the columns shared by per-report and fused events."""
    return [
        Column("event_date", String(10), nullable=True),
        Column("time_precision", Integer, nullable=True),
        Column("event_type", String(60), nullable=False),
        Column("sub_event_type", String(60), nullable=False),
        Column("actor1", Text, nullable=True),
        Column("actor2", Text, nullable=True),
    ]


def _event_where_toll() -> list[Column]:
    """Where and how many: the columns shared by per-report and fused events."""
    return [
        Column("country", Text, nullable=True),
        Column("country_code", String(4), nullable=True),
        Column("admin1", Text, nullable=True),
        Column("admin2", Text, nullable=True),
        Column("location", Text, nullable=True),
        Column("latitude", Float, nullable=True),
        Column("longitude", Float, nullable=True),
        Column("geo_precision", Integer, nullable=True),
        Column("fatalities", Integer, nullable=True),
        Column("fatalities_low", Integer, nullable=True),
        Column("fatalities_high", Integer, nullable=True),
        Column("injured", Integer, nullable=True),
    ]


schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("id", String(40), primary_key=True),          # hash of kind + locator
    Column("kind", String(20), nullable=False),          # file | url | feed | warc | jsonl | stdin
    Column("locator", Text, nullable=False),
    Column("first_seen", String(40), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String(40), primary_key=True),          # content hash of the clean text
    Column("source_id", String(40), ForeignKey("sources.id"), nullable=True),
    Column("locator", Text, nullable=True),
    Column("input_id", Text, nullable=True),
    Column("url", Text, nullable=True),
    Column("title", Text, nullable=True),
    Column("author", Text, nullable=True),
    Column("site", Text, nullable=True),
    Column("published", String(40), nullable=True),
    Column("language", String(8), nullable=True),
    Column("text", Text, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("extractor", String(80), nullable=True),
    Column("near_duplicate_of", String(40), nullable=True),
    Column("similarity", Float, nullable=True),
    Column("minhash", LargeBinary, nullable=True),
    Column("extracted", Boolean, nullable=False, default=False),
    Column("ingested_at", String(40), nullable=False),
)
Index("ix_documents_published", documents.c.published)
Index("ix_documents_near_dup", documents.c.near_duplicate_of)

document_links = Table(
    "document_links", metadata,
    Column("id", String(40), primary_key=True),          # hash of locator + input id
    Column("doc_id", String(40), ForeignKey("documents.id"), nullable=False),
    Column("kind", String(20), nullable=False),          # duplicate
    Column("locator", Text, nullable=True),
    Column("input_id", Text, nullable=True),
    Column("url", Text, nullable=True),
    Column("created_at", String(40), nullable=False),
)
Index("ix_links_doc", document_links.c.doc_id)

rejections = Table(
    "rejections", metadata,
    Column("id", String(40), primary_key=True),          # hash of locator + code + input id
    Column("locator", Text, nullable=False),
    Column("input_id", Text, nullable=True),
    Column("code", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)
Index("ix_rejections_code", rejections.c.code)

places = Table(
    "places", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc_id", String(40), ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text, nullable=True),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("country_code", String(4), nullable=True),
    Column("admin1", Text, nullable=True),
    Column("admin2", Text, nullable=True),
    Column("feature_code", String(12), nullable=True),
    Column("geonameid", Integer, nullable=True),
    Column("confidence", Float, nullable=True),
)
Index("ix_places_doc", places.c.doc_id)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),          # content hash of doc + type + evidence
    Column("doc_id", String(40), ForeignKey("documents.id"), nullable=False),
    *_event_what(),
    Column("inter1", Integer, nullable=True),
    Column("inter2", Integer, nullable=True),
    *_event_where_toll(),
    Column("confidence", Float, nullable=True),
    Column("plover_type", String(60), nullable=True),
    Column("cameo_root", String(4), nullable=True),
    Column("data", Text, nullable=False),                # the full event as JSON (evidence, versions, ...)
)
Index("ix_events_doc", events.c.doc_id)
Index("ix_events_date", events.c.event_date)
Index("ix_events_country", events.c.country)

claims = Table(
    "claims", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc_id", String(40), ForeignKey("documents.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("claimant", Text, nullable=True),
    Column("driver", String(60), nullable=True),
    Column("data", Text, nullable=False),
)
Index("ix_claims_doc", claims.c.doc_id)

quotes = Table(
    "quotes", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc_id", String(40), ForeignKey("documents.id"), nullable=False),
    Column("speaker", Text, nullable=True),
    Column("anonymity", String(30), nullable=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("data", Text, nullable=False),
)
Index("ix_quotes_doc", quotes.c.doc_id)

# -- fusion (migration 3): stories, fused events, their sources, and the merge audit ---------------
stories = Table(
    "stories", metadata,
    Column("id", String(40), primary_key=True),          # hash of the story's first document
    Column("first_published", String(40), nullable=True),
    Column("last_published", String(40), nullable=True),
    Column("n_docs", Integer, nullable=False),
    Column("version", String(40), nullable=True),
    Column("updated_at", String(40), nullable=False),
)
Index("ix_stories_last", stories.c.last_published)

story_members = Table(
    "story_members", metadata,
    Column("doc_id", String(40), primary_key=True),      # a document belongs to one story
    Column("story_id", String(40), nullable=False),
    Column("similarity", Float, nullable=True),
    Column("assigned_by", String(20), nullable=False),   # auto | manual (manual assignments are kept on re-runs)
    Column("assigned_at", String(40), nullable=False),
)
Index("ix_story_members_story", story_members.c.story_id)

fused_events = Table(
    "fused_events", metadata,
    Column("id", String(40), primary_key=True),          # hash of the first member event (date, id order)
    *_event_what(),
    *_event_where_toll(),
    Column("number_of_sources", Integer, nullable=False),
    Column("data", Text, nullable=False),                # the full fused event as JSON (sources, merges, ...)
)
Index("ix_fused_events_date", fused_events.c.event_date)
Index("ix_fused_events_country", fused_events.c.country)

fused_event_sources = Table(
    "fused_event_sources", metadata,
    Column("id", String(40), primary_key=True),          # hash of fused id + event id
    Column("fused_id", String(40), nullable=False),
    Column("event_id", String(40), nullable=False),      # the per-report event (events.id)
    Column("doc_id", String(40), nullable=False),
    Column("data", Text, nullable=False),                # what this source said, with its evidence spans
)
Index("ix_fused_sources_fused", fused_event_sources.c.fused_id)
Index("ix_fused_sources_event", fused_event_sources.c.event_id)

merge_decisions = Table(
    "merge_decisions", metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(20), nullable=False),          # auto | merge | split (merge/split are analysts')
    Column("event_a", String(40), nullable=False),
    Column("event_b", String(40), nullable=False),
    Column("fused_id", String(40), nullable=True),
    Column("score", Float, nullable=True),
    Column("reason", Text, nullable=True),
    Column("decided_by", Text, nullable=True),           # "marsad fuse <version>" or the analyst
    Column("created_at", String(40), nullable=False),
)
Index("ix_merge_decisions_kind", merge_decisions.c.kind)
Index("ix_merge_decisions_a", merge_decisions.c.event_a)

# -- scale (migration 4): the ledger of work items, the persistent near-duplicate index, store facts ------
work_items = Table(
    "work_items", metadata,
    Column("id", String(40), primary_key=True),          # content hash of the input item (locator, id, bytes)
    Column("locator", Text, nullable=False),
    Column("status", String(20), nullable=False),        # pending | claimed | done
    Column("owner", String(200), nullable=True),         # the run that claimed it: host:pid:start:nonce
    Column("claimed_at", String(40), nullable=True),
    Column("outcome", String(40), nullable=True),        # stored | unchanged | duplicate | near_duplicate | rejected:<code>
    Column("doc_id", String(40), nullable=True),
    Column("done_at", String(40), nullable=True),
)
Index("ix_work_items_status", work_items.c.status)

minhash_bands = Table(
    "minhash_bands", metadata,
    Column("band_key", BigInteger, primary_key=True),    # hash of (band number, the band's MinHash values)
    Column("doc_id", String(40), primary_key=True),
)
Index("ix_minhash_bands_doc", minhash_bands.c.doc_id)

store_meta = Table(
    "store_meta", metadata,
    Column("key", String(80), primary_key=True),         # e.g. near_dup_bands: the LSH parameters of minhash_bands
    Column("value", Text, nullable=False),
)

# -- review (migration 5): the machine's fused events, the review log and state, the published table's changes --
machine_events = Table(
    "machine_events", metadata,
    Column("id", String(40), primary_key=True),          # the fused event's id, as fusion made it
    Column("event_date", String(10), nullable=True),
    Column("data", Text, nullable=False),                # the fused event as fusion said it (fused_events: as published)
)
Index("ix_machine_events_date", machine_events.c.event_date)

review_log = Table(
    "review_log", metadata,                              # append-only: rows are never updated or deleted
    Column("id", String(40), primary_key=True),          # content hash of the entry
    Column("at", String(40), nullable=False),            # when, as the face (CLI, API) that recorded it says
    Column("reviewer", Text, nullable=False),
    Column("action", String(20), nullable=False),        # confirm | edit | reject | merge | split
    Column("target", String(40), nullable=True),         # the fused event's id when decided
    Column("anchors", Text, nullable=False),             # JSON: its per-report event ids (the stable keys)
    Column("with_anchors", Text, nullable=False),        # JSON: a merge's other events, a split's taken-out events
    Column("fields_before", Text, nullable=True),        # JSON
    Column("fields_after", Text, nullable=True),         # JSON
    Column("machine", Text, nullable=True),              # JSON: the machine output under the decision
    Column("reason", Text, nullable=True),
)
Index("ix_review_log_at", review_log.c.at)
Index("ix_review_log_target", review_log.c.target)

review_state = Table(
    "review_state", metadata,                            # one row per machine event, rebuilt with the published table
    Column("event_id", String(40), primary_key=True),
    Column("status", String(20), nullable=True),         # null (unreviewed) | confirmed | edited | rejected | merged | split
    Column("reviewer", Text, nullable=True),
    Column("at", String(40), nullable=True),
    Column("entry_id", String(40), nullable=True),
    Column("pinned", Text, nullable=True),               # JSON: the fields an edit pins
    Column("queued", Text, nullable=True),               # JSON: entries queued again (machine output changed)
    Column("tier", Integer, nullable=True),              # place in the review queue (null: needs no review)
    Column("confidence", Float, nullable=True),
    Column("n_disagreements", Integer, nullable=False),
    Column("notes", Text, nullable=True),
    Column("published", Boolean, nullable=False),        # false: rejected (hidden from counts and exports)
)
Index("ix_review_state_tier", review_state.c.tier)

event_changes = Table(
    "event_changes", metadata,                           # the published table's changes, for living exports
    Column("id", String(40), primary_key=True),
    Column("event_id", String(40), nullable=False),
    Column("change", String(20), nullable=False),        # created | updated | deleted
    Column("at", String(40), nullable=False),
    Column("digest", String(40), nullable=True),         # content hash of the published row (null: deleted)
)
Index("ix_event_changes_at", event_changes.c.at)
Index("ix_event_changes_event", event_changes.c.event_id)
