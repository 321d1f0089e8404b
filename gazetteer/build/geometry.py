"""Geometry helpers: distances in metres, a grid index of points, rounded coordinates."""

from __future__ import annotations

import math
from collections import defaultdict

from gazetteer.build.constants import GEOMETRY_DECIMALS


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in metres, exact enough at the scale of a village."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6_371_000 * math.hypot(x, math.radians(lat2 - lat1))


class GridIndex:
    """Objects with ``lat``/``lon`` bucketed in square cells; ``near`` scans only the cells in reach."""

    def __init__(self, cell_deg: float = 0.02):
        self.cell = cell_deg
        self.cells: dict[tuple[int, int], list] = defaultdict(list)

    def add(self, item) -> None:
        self.cells[(int(item.lat // self.cell), int(item.lon // self.cell))].append(item)

    def near(self, lat: float, lon: float, radius_m: float) -> list[tuple[float, object]]:
        """(distance, item) within ``radius_m``, nearest first."""
        reach_lat = radius_m / 111_000
        reach_lon = reach_lat / max(math.cos(math.radians(lat)), 0.1)
        found = []
        for i in range(int((lat - reach_lat) // self.cell), int((lat + reach_lat) // self.cell) + 1):
            for j in range(int((lon - reach_lon) // self.cell), int((lon + reach_lon) // self.cell) + 1):
                for item in self.cells.get((i, j), ()):
                    distance = distance_m(lat, lon, item.lat, item.lon)
                    if distance <= radius_m:
                        found.append((distance, item))
        found.sort(key=lambda pair: pair[0])
        return found


def rounded(coordinates, decimals: int = GEOMETRY_DECIMALS):
    if isinstance(coordinates, (int, float)):
        return round(coordinates, decimals)
    return [rounded(c, decimals) for c in coordinates]
