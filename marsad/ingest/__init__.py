"""Ingest: sources (files, JSONL, feeds, WARC, HTTP when asked) and clean (boilerplate, metadata, language)."""
