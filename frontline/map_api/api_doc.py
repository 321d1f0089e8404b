"""The API's description for the OpenAPI schema, with the compact property names of its features."""

API_DOC = """The map's read-only API: control snapshots, changes between dates, place histories, exports, outlines.

Views parse and validate the query string, call the selectors and serialise. Every client error is an
HTTP 400 (or 404) with a JSON `detail`; past dates are cacheable (ETag + Cache-Control).

Control and change responses are GeoJSON FeatureCollections with compact properties, because the map
loads ten thousand of them per date:

    ar, en   Arabic and English names          k      place kind
    a        actor code in control (or "to")   f      actor code before ("from"), null if none
    s        status: v verified, c contested, u unreviewed (claimed only)
    since    date of the capture that decided, when known
    last     date of the latest evidence        n      number of claims counted
    x        actor codes contesting the place (only when contested)

Actor names and colours sit once in the collection's `actors` member.
"""
