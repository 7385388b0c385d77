"""The story index's fast paths give exactly the results of the plain ones."""
from datetime import date, timedelta

from marsad.fuse.stories import IDF, StoryIndex, StoryParams, _dot


def test_dot_is_the_plain_sum_bit_for_bit():
    vec = {"w:a": 0.1, "w:b": 0.7, "e:x": 0.3, "n:4": 0.2}
    centroid = {"w:b": 1.3, "n:4": 0.11, "w:z": 5.0}
    plain = sum(x * centroid.get(t, 0.0) for t, x in vec.items())
    assert _dot(list(vec), list(vec.values()), centroid) == plain
    assert _dot([], [], centroid) == 0


def test_close_before_scans_once_a_day_and_still_closes_old_stories():
    idx = StoryIndex(IDF(), StoryParams(window_days=2))
    d0 = date(2024, 3, 1)
    idx.assign("a", {"w:market": 1.0}, d0)
    idx.assign("b", {"w:flood": 1.0}, d0 + timedelta(days=1))
    assert idx.close_before(d0 + timedelta(days=2)) == []
    assert len(idx.stories) == 2
    # the same day again, or an earlier one, finds nothing new
    assert idx.close_before(d0 + timedelta(days=2)) == []
    assert idx.close_before(d0) == []
    # a later day past the window closes the first story, then the second
    assert len(idx.close_before(d0 + timedelta(days=3))) == 1
    assert set(idx.stories) and all(st.last == d0 + timedelta(days=1) for st in idx.stories.values())
    assert len(idx.close_before(d0 + timedelta(days=4))) == 1
    assert idx.stories == {} and not idx.postings


def test_a_weekday_before_the_first_representable_day_is_no_incident_day():
    """Found by bench/fuzz.py: 'on Sunday' in a report dated 0001-01-01 raised a bare ValueError."""
    from marsad.fuse.stories import incident_days
    from marsad.run.fuse import stories_for_records

    assert incident_days("Shops opened on Sunday in the old town.", date(1, 1, 1)) == {}
    assert incident_days("Shops opened on Monday.", date(1, 1, 1)) == {"d:0001-01-01": 1}
    out = stories_for_records([{"id": 1, "text": "Shops opened on Sunday in the old town.", "published": "0001-01-01"}])
    assert isinstance(out[0], dict) and out[0]["story_id"].startswith("sto_")
