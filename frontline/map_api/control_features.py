"""The control snapshot's features as UTF-8 JSON, written fast with a per-process cache of
place heads."""

from __future__ import annotations

import json

from frontline.map_api.serialisation import COORD_DIGITS
from frontline.selectors import ControlValues

STATUS_CODES = {"verified": "v", "contested": "c", "claimed": "u"}


_encode = json.encoder.encode_basestring  # the C string encoder, non-ASCII kept as is

# Place id -> (the place's attributes from control_values, the start of its feature as UTF-8 JSON): a
# place's geometry and names are the same on every date, so they are written once per process (and
# again only when control_values hands back another dictionary: the place's row changed).
_feature_heads: dict[int, tuple[dict, bytes]] = {}
FEATURE_HEADS_LIMIT = 100_000  # about 40 MB; past it the cache starts again


def feature_head(place: dict) -> str:
    """A place's feature up to its control properties: type, id, geometry, names and kind."""
    return (
        f'{{"type":"Feature","id":{int(place["place_id"])},"geometry":{{"type":"Point","coordinates":'
        f"[{round(place['lon'], COORD_DIGITS)!r},{round(place['lat'], COORD_DIGITS)!r}]}},"
        f'"properties":{{"ar":{_encode(place["name_ar"])},"en":{_encode(place["name_en"])},'
        f'"k":{_encode(place["kind"])},'
    )


def control_features_json(values: ControlValues) -> bytes:
    """The features array as UTF-8 JSON, written directly from control_values (no ControlRows, no dicts).

    Each place's head comes from a per-process cache, each (actor, status) pair's text from a per-call
    table, and the pieces are joined as bytes (no per-feature string mixing ASCII and Arabic, no encoding
    of the whole text at the end): 16 ms for 10,000 features, against 45 ms through ControlRows.
    """
    rows, places, actors = values
    heads = _feature_heads
    if len(heads) > FEATURE_HEADS_LIMIT:
        heads.clear()
    holders: dict[tuple[int, str], bytes] = {}
    parts: list[bytes] = []
    append = parts.append
    for place_id, _version, actor_id, status, since, last, codes, n in rows:
        place = places[place_id]
        entry = heads.get(place_id)
        if entry is None or entry[0] is not place:
            entry = heads[place_id] = (place, ("," + feature_head(place)).encode())
        holder = holders.get((actor_id, status))
        if holder is None:
            code = actors[actor_id]["actor_code"]
            holder = holders[actor_id, status] = (
                f'"a":{_encode(code)},"s":"{STATUS_CODES[status]}","last":"'.encode()
            )
        append(entry[1])
        append(holder)
        if since is None:
            tail = f'{last.isoformat()}","n":{n}'
        else:
            tail = f'{last.isoformat()}","n":{n},"since":"{since.isoformat()}"'
        if status == "contested":
            tail += ',"x":[' + ",".join(map(_encode, codes)) + "]"
        append((tail + "}}").encode())
    if parts:
        parts[0] = parts[0][1:]  # the comma before the first feature
    return b"[" + b"".join(parts) + b"]"
