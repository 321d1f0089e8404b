"""CSV and KML exports of control snapshots and changes."""

from __future__ import annotations

import csv
import datetime as dt
import io
from xml.etree import ElementTree as ET

from frontline.map_api.serialisation import safe_url
from frontline.models import Actor


def spreadsheet_safe(value) -> str:
    """Keep names and quotes from being read as formulas when a CSV export is opened in a spreadsheet."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def control_csv(rows, actors: dict[str, Actor]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["place_id", "place_uid", "name_ar", "name_en", "kind", "lat", "lon", "actor_code", "actor_name_en",
         "actor_name_ar", "status", "since", "last_evidence", "contested_by", "claim_count"]
    )  # fmt: skip
    for r in rows:
        writer.writerow(
            [r.place_id, r.place_uid, spreadsheet_safe(r.name_ar), spreadsheet_safe(r.name_en), r.kind,
             round(r.lat, 5), round(r.lon, 5), r.actor_code, spreadsheet_safe(r.actor_name_en),
             spreadsheet_safe(r.actor_name_ar), r.status, r.since.isoformat() if r.since else "",
             r.last_evidence.isoformat(), " ".join(r.contested_actor_codes), r.claim_count]
        )  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode()  # the BOM makes spreadsheets read the Arabic as UTF-8


def changes_csv(rows, actors: dict[str, Actor]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["place_id", "name_ar", "name_en", "from_actor", "from_actor_name", "to_actor", "to_actor_name", "date",
         "sources", "claim_ids"]
    )  # fmt: skip
    for r in rows:
        sources = "; ".join(
            f"{s['name']} <{safe_url(s['url'])}>" if s["url"] else s["name"] for s in r.sources
        )
        writer.writerow(
            [r.place_id, spreadsheet_safe(r.name_ar), spreadsheet_safe(r.name_en), r.from_actor_code or "",
             spreadsheet_safe(actors[r.from_actor_code].name_en if r.from_actor_code else ""), r.to_actor_code,
             spreadsheet_safe(actors[r.to_actor_code].name_en), r.date.isoformat(), spreadsheet_safe(sources),
             " ".join(str(i) for i in r.claim_ids)]
        )  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode()


def kml_color(hex_color: str, alpha: str = "ff") -> str:
    """#rrggbb -> KML's aabbggrr."""
    return alpha + hex_color[5:7] + hex_color[3:5] + hex_color[1:3]


def control_kml(rows, actors: dict[str, Actor], date: dt.date) -> bytes:
    ns = "http://www.opengis.net/kml/2.2"
    ET.register_namespace("", ns)
    kml = ET.Element(f"{{{ns}}}kml")
    doc = ET.SubElement(kml, f"{{{ns}}}Document")
    ET.SubElement(doc, f"{{{ns}}}name").text = f"Frontline control on {date.isoformat()}"
    for code in sorted({r.actor_code for r in rows}):
        style = ET.SubElement(doc, f"{{{ns}}}Style", id=f"actor-{code}")
        icon_style = ET.SubElement(style, f"{{{ns}}}IconStyle")
        ET.SubElement(icon_style, f"{{{ns}}}color").text = kml_color(actors[code].color)
    for r in rows:
        mark = ET.SubElement(doc, f"{{{ns}}}Placemark", id=f"place-{r.place_id}")
        ET.SubElement(mark, f"{{{ns}}}name").text = " / ".join(n for n in (r.name_ar, r.name_en) if n)
        ET.SubElement(mark, f"{{{ns}}}description").text = (
            f"{r.actor_name_en} ({r.actor_name_ar}); {r.status}"
            + (f"; since {r.since.isoformat()}" if r.since else "")
            + f"; latest evidence {r.last_evidence.isoformat()}"
        )
        ET.SubElement(mark, f"{{{ns}}}styleUrl").text = f"#actor-{r.actor_code}"
        data = ET.SubElement(mark, f"{{{ns}}}ExtendedData")
        for name, value in (("actor", r.actor_code), ("status", r.status), ("place_uid", r.place_uid)):
            ET.SubElement(ET.SubElement(data, f"{{{ns}}}Data", name=name), f"{{{ns}}}value").text = value
        pt = ET.SubElement(mark, f"{{{ns}}}Point")
        ET.SubElement(pt, f"{{{ns}}}coordinates").text = f"{round(r.lon, 5)},{round(r.lat, 5)}"
    return ET.tostring(kml, encoding="utf-8", xml_declaration=True)
