"""marsad (مرصد, "observatory"): news reports of political violence -> a trustworthy event dataset.

The package is laid out in flow order: ingest -> annotate -> extract -> geocode -> fuse -> store ->
analyze -> serve, with ``run`` composing the stages. ``model`` holds the frozen dataclasses passed
between stages, ``errors`` the one exception tree, ``config`` the layered configuration.
"""

__version__ = "0.1.0"
