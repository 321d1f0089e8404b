"""Place: one merged place, with the records of every source that describes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer.build.constants import CITY_CODES, FEATURE_KINDS, POINT_DECIMALS, SOURCE_ORDER, TOWN_CODES
from gazetteer.build.geometry import distance_m
from gazetteer.build.names import Keys, merged_names
from gazetteer.importers import Name, PlaceRecord


@dataclass
class Place:
    """One merged place: the records of every source that describes it, plus the names that only
    OpenSyria (subdistrict names) or Wikipedia (map labels, kept apart for its licence) give it."""

    lat: float
    lon: float
    records: list[PlaceRecord]
    keys: Keys
    governorates: set[str]
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = "SY"
    kind: str | None = None  # set for Wikipedia-only places; derived from the records otherwise
    extra_names: list[Name] = field(default_factory=list)
    wikipedia_names: list[Name] = field(default_factory=list)
    wpm: list[str] = field(default_factory=list)
    uid: str = ""

    def absorb(self, records: list[PlaceRecord], keys: Keys) -> None:
        self.records.extend(records)
        self.keys.arabic |= keys.arabic
        self.keys.latin |= keys.latin

    def ordered_records(self) -> list[PlaceRecord]:
        """By source priority, then the record nearest the place's point."""
        return sorted(
            self.records,
            key=lambda r: (
                SOURCE_ORDER.index(r.source),
                distance_m(self.lat, self.lon, r.lat, r.lon),
                r.source_id,
            ),
        )

    def best(self, attribute: str, sources: tuple[str, ...] = SOURCE_ORDER):
        """The value of the first source in ``sources`` that has one (nearest record first)."""
        records = [r for r in self.ordered_records() if r.source in sources and getattr(r, attribute)]
        records.sort(key=lambda r: sources.index(r.source))  # stable: nearest first within a source
        return getattr(records[0], attribute) if records else None

    def ids(self) -> dict:
        if not self.records:
            return {"wpm": self.wpm}
        ids = {}
        for record in self.ordered_records():
            for key in ID_KEYS:
                if record.ids.get(key) and key not in ids:
                    ids[key] = record.ids[key]
        return {key: ids[key] for key in ID_KEYS if key in ids}

    def make_uid(self) -> str:
        ids = self.ids()
        for key, prefix in (("ocha", "ocha"), ("geonames", "gn"), ("wof", "wof")):
            if key in ids:
                return f"{prefix}:{ids[key]}"
        return f"wpm:{self.wpm[0]}"

    def derived_kind(self) -> str:
        if self.kind:
            return self.kind
        codes = {r.feature_code for r in self.records if r.feature_code}
        capitals = {r.capital_level for r in self.records if r.capital_level is not None}
        population = max((r.population or 0 for r in self.records), default=0)
        community = any(r.source == "ocha" and r.feature_code is None for r in self.records)
        if codes == {"PPLX"} and not community:
            return "neighbourhood"
        if self.country != "SY":
            return "city" if population >= 100_000 else "town"
        if codes & CITY_CODES or capitals & {0, 1} or population >= 100_000:
            return "city"
        if codes & TOWN_CODES or capitals & {2, 3} or population > 20_000:
            return "town"
        if not community:
            for code in sorted(codes):
                if code in FEATURE_KINDS:
                    return FEATURE_KINDS[code]
        return "village"

    def names(self) -> list[dict]:
        """The names of the main file: every source but Wikipedia."""
        return merged_names([n for r in self.ordered_records() for n in r.names] + self.extra_names)

    def line(self) -> dict:
        """The full line: for places.jsonl, or for a Wikipedia-only place of places-wikipedia.jsonl."""
        populations = [r.population for r in self.records if r.population]
        return {
            "uid": self.uid,
            "name_ar": self.best("name_ar"),
            "name_en": self.best("name_en", NAME_EN_ORDER) if self.records else self.wikipedia_names[0].text,
            "kind": self.derived_kind(),
            "country": self.country,
            "lat": round(self.lat, POINT_DECIMALS),
            "lon": round(self.lon, POINT_DECIMALS),
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "population": max(populations) if populations else None,
            "ids": self.ids(),
            "names": self.names() if self.records else merged_names(self.wikipedia_names),
            "sources": sorted({r.source for r in self.records}, key=SOURCE_ORDER.index) or ["wikipedia"],
        }

    def wikipedia_line(self) -> dict:
        """A Wikipedia-only place in full; for an existing place, its labels and mark ids. Labels the
        main file already has are repeated: this file must say what Wikipedia calls the place."""
        if not self.records:
            return self.line()
        return {"uid": self.uid, "names": merged_names(self.wikipedia_names), "ids": {"wpm": self.wpm}}


ID_KEYS = ("ocha", "geonames", "wof", "wikidata")
NAME_EN_ORDER = ("ocha", "geonames", "wof", "opensyria")
