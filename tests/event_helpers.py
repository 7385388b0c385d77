"""Helpers shared by the event tests on invented full reports: the publication day, a dateline, a body of
sentences that tell no incident (so that a short text is read as a full report), the events of a report as
(sub-event type, date, fatalities) and the casualty mentions of a sentence as (kind, best figure)."""
from __future__ import annotations

from marsad.extract.events import casualties

PUB = "2023-05-10"   # a Wednesday
HEAD = "KIRKUK, Iraq (Wire) - "
BODY = ("The farmers were tending their fields when the gunmen arrived.\n\n"
        "Residents said the gunmen came on motorcycles.\n\n"
        "The governor called for calm.\n\n"
        "Schools in the area were closed.\n\n"
        "The army said it would send more troops.")


def events_of(pipeline, text: str, published: str = PUB) -> list[tuple]:
    out = pipeline.process_record({"text": text, "published": published})["events"]
    return [(e["sub_event_type"], e["event_date"], e["fatalities"]) for e in out]


def tolls(sentence: str) -> list[tuple[str, int]]:
    return [(c.kind, c.quantity.best) for c in casualties(sentence)]
