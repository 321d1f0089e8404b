"""AdminLocator: the admin pcodes of a point."""

from __future__ import annotations

from collections import defaultdict

import shapely
from shapely.geometry import Point

from gazetteer.build.admin_areas import Area
from gazetteer.build.constants import ADMIN3_RADIUS_M, GOVERNORATE_SLACK_DEG, NEAREST_DISTRICT_DEG
from gazetteer.build.geometry import GridIndex, distance_m
from gazetteer.importers import PlaceRecord


class AdminLocator:
    """Admin pcodes of a point: district polygon (raw), governorate its parent, subdistrict by the
    nearest OCHA community of the district (denser and truer than subdistrict area centroids)."""

    def __init__(self, areas: dict[str, Area], communities: list[PlaceRecord]):
        self.areas = areas
        self.districts = [a for a in areas.values() if a.level == 2 and a.polygon is not None]
        self.district_tree = shapely.STRtree([a.polygon for a in self.districts])
        self.governorates = [a for a in areas.values() if a.level == 1 and a.polygon is not None]
        self.governorate_tree = shapely.STRtree([a.polygon for a in self.governorates])
        self.communities = GridIndex()
        for record in communities:
            self.communities.add(record)
        self.subdistricts = defaultdict(list)
        for area in areas.values():
            if area.level == 3 and area.centroid:
                self.subdistricts[area.parent].append(area)

    def locate(self, lat: float, lon: float) -> tuple[str | None, str | None, str | None]:
        point = Point(lon, lat)
        hits = self.district_tree.query(point, predicate="intersects")
        if len(hits) == 0:
            nearest = self.district_tree.query_nearest(point, max_distance=NEAREST_DISTRICT_DEG)
            hits = nearest[:1]
        if len(hits) == 0:
            return None, None, None
        district = self.districts[min(hits)]
        return district.parent, district.pcode, self.subdistrict(lat, lon, district.pcode)

    def subdistrict(self, lat: float, lon: float, district: str) -> str | None:
        for _, record in self.communities.near(lat, lon, ADMIN3_RADIUS_M):
            if record.admin2 == district:
                return record.admin3
        candidates = self.subdistricts.get(district, [])
        if not candidates:
            return None
        return min(candidates, key=lambda a: distance_m(lat, lon, *a.centroid)).pcode

    def governorates_near(self, lat: float, lon: float) -> set[str]:
        hits = self.governorate_tree.query(
            Point(lon, lat), predicate="dwithin", distance=GOVERNORATE_SLACK_DEG
        )
        return {self.governorates[i].pcode for i in hits}
