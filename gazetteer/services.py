"""Writes to the gazetteer: loading data files, adding names and places, merging duplicates."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.gis.geos import GEOSGeometry, MultiPolygon, Point
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from gazetteer.load_formats import (
    AdminInput,
    LoadError,
    NameInput,
    PlaceInput,
    read_admin_geojson,
    read_places,
)
from gazetteer.models import AdminArea, DatasetLoad, Place, PlaceName
from gazetteer.normalize import name_key, script_of
from gazetteer.selectors import clear_caches
from gazetteer.transliterate import latin_key

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED_FILES = ("admin_areas.geojson.gz", "places.jsonl.gz", "places-wikipedia.jsonl.gz", "aliases.tsv")
LOADER_VERSION = "2"  # bump when loading derives something new, so shipped files load again
KIND_WEIGHT = {"city": 0.5, "town": 0.35, "village": 0.2, "hill": 0.15, "base": 0.15, "airport": 0.2}


@dataclass
class LoadResult:
    path: str
    skipped: bool = False
    counts: dict = field(default_factory=dict)

    def __str__(self):
        if self.skipped:
            return f"{self.path}: already loaded (unchanged), nothing to do"
        return f"{self.path}: " + ", ".join(f"{k} {v}" for k, v in self.counts.items())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def name_keys(text: str) -> tuple[str, str]:
    """The exact key and the transliteration key stored beside a name."""
    return name_key(text)[:200], latin_key(text)[:200]


def importance_of(*, kind: str, population: int | None, sources: int) -> float:
    """Rough prominence used to break ties between homonyms: bigger, better-attested places first."""
    pop = math.log10(population + 1) / 7 if population else 0.0
    return round(min(1.0, pop + KIND_WEIGHT.get(kind, 0.1) + 0.05 * sources), 4)


def gazetteer_load(paths: list[Path] | None = None, *, force: bool = False) -> list[LoadResult]:
    """Load the shipped gazetteer (default) or the given files; unchanged files are skipped."""
    paths = paths or [DATA_DIR / name for name in SHIPPED_FILES if (DATA_DIR / name).exists()]
    results = []
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise LoadError(path, None, "no such file")
        checksum = f"{LOADER_VERSION}:{_sha256(path)}"[:64]
        dataset = path.name
        if not force and DatasetLoad.objects.filter(name=dataset, sha256=checksum).exists():
            results.append(LoadResult(str(path), skipped=True))
            continue
        if "admin" in path.name and (path.name.endswith((".geojson", ".geojson.gz", ".json"))):
            records = list(read_admin_geojson(path))
            with transaction.atomic():
                counts = _load_admin_areas(records)
                DatasetLoad.objects.update_or_create(
                    name=dataset, defaults={"sha256": checksum, "counts": counts}
                )
        else:
            records = read_places(path)
            with transaction.atomic():
                counts = _load_places(records, path)
                DatasetLoad.objects.update_or_create(
                    name=dataset, defaults={"sha256": checksum, "counts": counts}
                )
        results.append(LoadResult(str(path), counts=counts))
    if any(not r.skipped for r in results):
        _analyze()
    clear_caches()
    return results


def _analyze() -> None:
    """Fresh planner statistics after a bulk load, so lookups use the name indexes from the first query."""
    with connection.cursor() as cursor:
        for model in (AdminArea, Place, PlaceName):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def _multipolygon(geometry: dict | None):
    if not geometry or geometry["type"] == "Point":
        return None
    geom = GEOSGeometry(json.dumps(geometry), srid=4326)
    if geom.geom_type == "Polygon":
        geom = MultiPolygon(geom, srid=4326)
    if not geom.valid:
        geom = geom.buffer(0)
        if geom.geom_type == "Polygon":
            geom = MultiPolygon(geom, srid=4326)
    return geom


def _admin_keys(record: AdminInput) -> list[str]:
    keys = set()
    for text in [record.name_ar, record.name_en, *(a["text"] for a in record.aliases)]:
        if text:
            exact, latin = name_keys(text)
            keys.update(k for k in (exact, f"~{latin}") if k.strip("~"))
    return sorted(keys)


def _load_admin_areas(records: list[AdminInput]) -> dict:
    existing = {a.pcode: a for a in AdminArea.objects.all()}
    created = updated = 0
    for record in sorted(records, key=lambda r: r.level):
        area = existing.get(record.pcode) or AdminArea(pcode=record.pcode)
        created += area.pk is None
        updated += area.pk is not None
        area.level = record.level
        area.name_ar, area.name_en = record.name_ar, record.name_en
        area.parent = existing.get(record.parent) if record.parent else None
        area.aliases = record.aliases
        area.keys = _admin_keys(record)
        area.external_ids = record.ids
        area.population = record.population if isinstance(record.population, int) else None
        area.geom = _multipolygon(record.geometry)
        if record.geometry and record.geometry["type"] == "Point":
            area.centroid = Point(*record.geometry["coordinates"][:2], srid=4326)
        elif area.geom is not None:
            area.centroid = area.geom.point_on_surface
        area.save()
        existing[record.pcode] = area
    return {"admin areas created": created, "updated": updated}


PLACE_FIELDS = [
    "name_ar", "name_en", "kind", "point", "admin1", "admin2", "admin3", "country", "population",
    "ocha_pcode", "geonames_id", "wof_id", "wikidata_id", "external_ids", "sources", "importance",
]  # fmt: skip


def _load_places(records: list[PlaceInput], path: Path) -> dict:
    areas = dict(AdminArea.objects.values_list("pcode", "id"))
    area_by_name = {}
    for area in AdminArea.objects.filter(level__in=[1, 2]).only("id", "name_en", "name_ar", "keys"):
        for key in [name_key(area.name_en), name_key(area.name_ar), *area.keys]:
            area_by_name.setdefault(key, area.id)
    full = [r for r in records if not r.names_only]
    partial = [r for r in records if r.names_only]
    known = set(Place.objects.filter(uid__in=[r.uid for r in partial]).values_list("uid", flat=True))
    known.update(r.uid for r in full)
    missing = [r.uid for r in partial if r.uid not in known]
    if missing:
        raise LoadError(
            path, None, f"names for unknown place(s) {', '.join(missing[:5])}: load their file first"
        )
    places = []
    for r in full:
        admin1 = areas.get(r.admin1) if r.admin1 else None
        if admin1 is None and r.admin_name:
            admin1 = area_by_name.get(name_key(r.admin_name))
        ids = {k: v for k, v in (r.ids or {}).items() if k not in {"ocha", "geonames", "wof", "wikidata"}}
        places.append(
            Place(
                uid=r.uid[:64], name_ar=r.name_ar, name_en=r.name_en, kind=r.kind,
                point=Point(r.lon, r.lat, srid=4326), admin1_id=admin1,
                admin2_id=areas.get(r.admin2) if r.admin2 else None,
                admin3_id=areas.get(r.admin3) if r.admin3 else None,
                country=r.country, population=r.population,
                ocha_pcode=str(r.ids.get("ocha") or "")[:16], geonames_id=str(r.ids.get("geonames") or "")[:16],
                wof_id=str(r.ids.get("wof") or "")[:20], wikidata_id=str(r.ids.get("wikidata") or "")[:16],
                external_ids=ids, sources=r.sources,
                importance=importance_of(kind=r.kind, population=r.population, sources=len(r.sources)),
            )
        )  # fmt: skip
    Place.objects.bulk_create(
        places, batch_size=2000, update_conflicts=True, unique_fields=["uid"], update_fields=PLACE_FIELDS
    )
    uid_to_id = dict(Place.objects.filter(uid__in=[r.uid for r in records]).values_list("uid", "id"))
    # Names-only lines add names and extra ids (e.g. Wikipedia map marks) to places of another file.
    for r in partial:
        if r.ids:
            place = Place.objects.get(id=uid_to_id[r.uid])
            merged = dict(place.external_ids)
            for k, v in r.ids.items():
                values = v if isinstance(v, list) else [v]
                merged[k] = sorted(set(merged.get(k, [])) | set(values)) if isinstance(v, list) else v
            if merged != place.external_ids:
                Place.objects.filter(id=place.id).update(external_ids=merged)
    area_names = {
        pcode: name_ar.replace(SUBDISTRICT_CENTRE, "").strip()
        for pcode, name_ar in AdminArea.objects.filter(level__in=[2, 3]).values_list("pcode", "name_ar")
    }
    names = []
    for r in records:
        place_id = uid_to_id[r.uid]
        texts = list(r.names)
        if not r.names_only:
            texts += [n for n in (_preferred(r.name_ar, "ar"), _preferred(r.name_en, "en")) if n]
            texts += _without_area_suffix(r, area_names)
        seen = set()
        for n in texts:
            if (n.text, n.lang) in seen:
                continue
            seen.add((n.text, n.lang))
            key, lkey = name_keys(n.text)
            if not key and not lkey:
                continue
            names.append(PlaceName(place_id=place_id, text=n.text, lang=n.lang, key=key, latin_key=lkey,
                                   source=n.source, preferred=n.preferred))  # fmt: skip
    before = PlaceName.objects.count()
    PlaceName.objects.bulk_create(names, batch_size=5000, ignore_conflicts=True)
    added = PlaceName.objects.count() - before
    places_assign_admin_areas()
    return {"places upserted": len(full), "places given names": len(partial), "names added": added}


SUBDISTRICT_CENTRE = "\u0645\u0631\u0643\u0632 "  # "markaz ", the centre subdistrict's prefix


def _without_area_suffix(record: PlaceInput, area_names: dict[str, str]) -> list:
    """OCHA writes some villages with their district: "البيرة الباب" is al-Bira of al-Bab district.
    Reports write the bare name, so it is derived as a further name (the original stays as written)."""
    out = []
    for code in (record.admin2, record.admin3):
        area = area_names.get(code or "")
        text = record.name_ar
        if area and text.endswith(area) and len(text) > len(area) + 2:
            bare = text[: -len(area)].rstrip(" -_\u2013")
            if len(bare) >= 2:
                out.append(NameInput(bare, "ar", "derived"))
    return out


def _preferred(text: str, lang: str):
    return NameInput(text, lang, "file", True) if text else None


def places_assign_admin_areas() -> None:
    """Places without a governorate or district get the polygon they fall in."""
    table, area = Place._meta.db_table, AdminArea._meta.db_table
    with connection.cursor() as cursor:
        for level, column in ((1, "admin1_id"), (2, "admin2_id")):
            cursor.execute(
                f"UPDATE {table} p SET {column} = a.id FROM {area} a "  # noqa: S608 - identifiers are ours
                f"WHERE p.{column} IS NULL AND a.level = %s AND a.geom IS NOT NULL "
                f"AND ST_Intersects(a.geom, p.point)",
                [level],
            )


@transaction.atomic
def place_add_name(*, place: Place, text: str, lang: str = "ar", source: str = "editor", preferred=False):
    """Add an alias (e.g. الكبينة for Kabani); the text is stored exactly as given."""
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "A name cannot be empty."})
    if len(text) > 200:
        raise ValidationError({"text": "A name cannot be longer than 200 characters."})
    if lang == "auto":
        lang = "ar" if script_of(text) in {"ar", "mixed"} else "und"
    key, lkey = name_keys(text)
    name, _ = PlaceName.objects.get_or_create(
        place=place, text=text, lang=lang,
        defaults={"key": key, "latin_key": lkey, "source": source, "preferred": preferred},
    )  # fmt: skip
    transaction.on_commit(clear_caches)
    return name


@transaction.atomic
def place_create(*, name_ar: str = "", name_en: str = "", kind: str, lat: float, lon: float,
                 source: str = "editor", confirmed: bool = True, uid: str | None = None) -> Place:  # fmt: skip
    """A place no source has (a front-line hill, woods…), placed by an editor on the map."""
    if not (name_ar or name_en).strip():
        raise ValidationError({"name_ar": "A place needs an Arabic or an English name."})
    place = Place(
        uid=uid or f"{source}:{lat:.5f},{lon:.5f}", name_ar=name_ar.strip(), name_en=name_en.strip(), kind=kind,
        point=Point(lon, lat, srid=4326), sources=[source], confirmed=confirmed,
        importance=importance_of(kind=kind, population=None, sources=1),
    )  # fmt: skip
    place.full_clean()
    place.save()
    for text, lang in ((place.name_ar, "ar"), (place.name_en, "en")):
        if text:
            place_add_name(place=place, text=text, lang=lang, source=source, preferred=True)
    places_assign_admin_areas()
    place.refresh_from_db()
    return place


@transaction.atomic
def place_merge(*, survivor: Place, loser: Place) -> Place:
    """Fold a duplicate into the survivor: names, ids and every reference move; the loser is kept as a pointer."""
    if survivor.pk == loser.pk:
        raise ValidationError("A place cannot be merged into itself.")
    if loser.merged_into_id:
        raise ValidationError(f"{loser} was already merged into another place.")
    survivor = Place.objects.select_for_update().get(pk=survivor.pk)
    loser = Place.objects.select_for_update().get(pk=loser.pk)
    for name in loser.names.all():
        place_add_name(place=survivor, text=name.text, lang=name.lang, source=name.source)
    for field_name in ("ocha_pcode", "geonames_id", "wof_id", "wikidata_id", "name_ar", "name_en"):
        if not getattr(survivor, field_name) and getattr(loser, field_name):
            setattr(survivor, field_name, getattr(loser, field_name))
    ids = dict(loser.external_ids)
    ids.update(survivor.external_ids)
    ids.setdefault("merged_uids", [])
    ids["merged_uids"] = sorted(
        set(ids["merged_uids"]) | {loser.uid} | set(loser.external_ids.get("merged_uids", []))
    )
    survivor.external_ids = ids
    survivor.sources = sorted(set(survivor.sources) | set(loser.sources))
    survivor._change_reason = f"merged {loser.uid} into this place"
    survivor.save()
    # Everything that points at the loser (claims, geocoder answers…) now points at the survivor.
    for rel in Place._meta.related_objects:
        if rel.one_to_many and rel.related_model not in (PlaceName,) and rel.field.name != "merged_into":
            if rel.related_model._meta.label.startswith("gazetteer.Historical"):
                continue
            rel.related_model._base_manager.filter(**{rel.field.name: loser}).update(
                **{rel.field.name: survivor}
            )
    loser.merged_into = survivor
    loser._change_reason = f"merged into {survivor.uid}"
    loser.save()
    loser.names.all().delete()
    transaction.on_commit(clear_caches)
    return survivor
