"""Top-1 accuracy of resolve() on a table of real spelling variants (query, expected place, context)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from gazetteer.models import Place
from gazetteer.selectors import resolve

DEFAULT_CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "gazetteer" / "spelling_variants.tsv"


@dataclass
class CaseResult:
    query: str
    expected: str
    got: str | None
    near: str
    within: str
    origin: str

    @property
    def correct(self) -> bool:
        return self.got == self.expected or (self.expected == "none" and self.got is None)


def read_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        rows = [
            r for r in csv.DictReader(fh, delimiter="\t") if r["query"] and not r["query"].startswith("#")
        ]
    return rows


def evaluate(path: Path = DEFAULT_CASES) -> list[CaseResult]:
    """Resolve every case; `expected` is a place uid, or "none" when no confident answer is right."""
    uids = dict(Place.objects.values_list("id", "uid"))
    results = []
    for row in read_cases(path):
        near = tuple(float(v) for v in row["near"].split(",")) if row.get("near") else None
        candidates = resolve(row["query"], near=near, within=row.get("within") or None, limit=1)
        got = None
        if candidates:
            top = candidates[0]
            got = uids.get(top.id) if isinstance(top.id, int) else f"admin:{top.id}"
        results.append(CaseResult(row["query"], row["expected"], got, row.get("near", ""), row.get("within", ""),
                                  row.get("origin", "")))  # fmt: skip
    return results
