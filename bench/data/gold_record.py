"""The gold event record of the reports guide (../shared/data/reports/GUIDE.md), in its field order, shared by
the authors' build scripts: optional fields (the *_alt lists, notes) appear only when given."""


def event_record(*, date, etype, sub, country, admin1, location, evidence, sub_alt=None, actor1=None,
                 actor1_alt=None, actor2=None, admin1_alt=None, admin2=None, location_alt=None, lat=None, lon=None,
                 prec=1, fatalities=0, injured=None, fatalities_note=None, note=None) -> dict:
    e = {"event_date": date, "event_type": etype, "sub_event_type": sub}
    if sub_alt:
        e["sub_event_type_alt"] = sub_alt
    e["actor1"] = actor1
    if actor1_alt:
        e["actor1_alt"] = actor1_alt
    e.update({"actor2": actor2, "country": country, "admin1": admin1})
    if admin1_alt:
        e["admin1_alt"] = admin1_alt
    e.update({"admin2": admin2, "location": location})
    if location_alt:
        e["location_alt"] = location_alt
    e.update({"latitude": lat, "longitude": lon, "geo_precision": prec, "fatalities": fatalities, "injured": injured})
    if fatalities_note:
        e["fatalities_note"] = fatalities_note
    if note:
        e["note"] = note
    e["evidence"] = evidence
    return e
