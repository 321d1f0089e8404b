"""BuildReport: what a build read, merged and wrote."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class BuildReport:
    """What a build read, merged and wrote."""

    records_read: Counter = field(default_factory=Counter)
    admin_areas: Counter = field(default_factory=Counter)
    places_written: int = 0
    places_by_source: Counter = field(default_factory=Counter)
    neighbour_places: int = 0
    merges: Counter = field(default_factory=Counter)
    names_written: int = 0
    marks_attached: int = 0
    marks_new: int = 0
    marks_skipped: list[str] = field(default_factory=list)
    wikipedia_places: int = 0
    file_sizes: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [
            f"read: {dict(self.records_read)}",
            f"admin areas: {dict(sorted(self.admin_areas.items()))}",
            f"places written: {self.places_written} (sources: {dict(self.places_by_source)}; "
            f"{self.neighbour_places} in neighbour countries)",
            f"merges: {dict(self.merges)}",
            f"names written: {self.names_written}",
            f"wikipedia marks: {self.marks_attached} attached, {self.marks_new} in new places "
            f"({self.wikipedia_places} places), {len(self.marks_skipped)} skipped",
        ]
        lines += [f"  skipped {reason}" for reason in self.marks_skipped]
        lines += [f"file {name}: {size:,} bytes" for name, size in self.file_sizes.items()]
        lines += [f"note: {note}" for note in self.notes]
        lines.append(f"took {self.seconds:.1f} s")
        return "\n".join(lines)

    __str__ = summary
