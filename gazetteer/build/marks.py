"""Wikipedia marks: their labels and kinds, attached to existing places or made into new ones."""

from __future__ import annotations

import re

from gazetteer.build.constants import (
    AIRPORT_WORDS,
    CAMP_WORDS,
    DAM_WORDS,
    FEATURE_WORDS,
    MARK_NEAR_M,
    MARK_NEAR_SIMILARITY,
    MARK_RADIUS_M,
    MILITARY_WORDS,
    SETTLEMENT_KINDS,
    SKIPPED_ICONS,
)
from gazetteer.build.geometry import GridIndex
from gazetteer.build.locator import AdminLocator
from gazetteer.build.merging import best_match, in_governorates
from gazetteer.build.names import Keys, keys_of, name_score, similar_keys
from gazetteer.build.places import Place
from gazetteer.build.report import BuildReport
from gazetteer.importers import Mark, Name


def label_of(mark: Mark) -> str:
    """The label, or the wikilink when the module put it in link= instead (Halazun, Tall Ba'at)."""
    if mark.label:
        return mark.label
    return mark.link.rpartition("#")[2].strip() if mark.link else ""


def label_parts(label: str) -> list[str]:
    """The label and the names inside it: "Kobanî (Ayn al-Arab)", "Nabatah Saghirah/Khirbat adh Dhib"."""
    parts = [label]
    for piece in re.split(r"\s*[/()]\s*", label):
        piece = piece.strip(" -,")
        if piece and piece not in parts:
            parts.append(piece)
    return parts


def mark_kind(marks: list[Mark], label: str) -> str:
    """The kind of a new place from its icons and feature words: airport, base, hill, crossing ..."""
    icons, features = {m.icon_type for m in marks}, {m.feature for m in marks}
    if icons & {"air", "heli"} or AIRPORT_WORDS.search(label):
        return "airport"
    if CAMP_WORDS.search(label) and not MILITARY_WORDS.search(label):
        return "camp"  # refugee and IDP camps; army camps are bases
    for feature in ("base", "hill", "crossing"):
        if feature in features:
            return feature
    if "dam" in icons or ("other" in features and DAM_WORDS.search(label)):
        return "dam"
    return "other" if "other" in features else "village"


def place_marks(
    marks: list[Mark], places: list[Place], locator: AdminLocator, report: BuildReport
) -> list[Place]:
    """Every labelled mark onto an existing place of the same name nearby, or into a new place.

    Marks at one lat/lon (as written) are one place, so each mark maps to exactly one uid by that
    id. Returns the places that carry Wikipedia data: the new ones and the existing ones it names."""
    groups: dict[tuple[str, str], list[Mark]] = {}
    for mark in marks:
        groups.setdefault((mark.lat_text, mark.lon_text), []).append(mark)
    index = GridIndex()
    for place in places:
        index.add(place)
    touched: dict[int, Place] = {}
    for (lat_text, lon_text), group in groups.items():
        wpm = f"{lat_text},{lon_text}"
        first = group[0]
        if first.lat is None or first.lon is None:
            report.marks_skipped.append(f"{wpm} {label_of(first)!r} (line {first.line}): invalid coordinates")
            continue
        labelled = [m for m in group if label_of(m) and m.icon_type not in SKIPPED_ICONS]
        if not labelled:
            reason = "inset minimap or map overlay" if group[0].icon_type in SKIPPED_ICONS else "no label"
            report.marks_skipped.extend(f"{wpm} (line {m.line}): {reason}" for m in group)
            continue
        labels = list(dict.fromkeys(label_of(m) for m in labelled))
        parts = [part for label in labels for part in label_parts(label)]
        names = [Name(text, "en", "wikipedia", False) for text in parts]
        keys = keys_of(parts)
        governorates = locator.governorates_near(first.lat, first.lon)
        feature = mark_kind(labelled, labels[0])
        target = attach_target(
            keys, feature, index.near(first.lat, first.lon, MARK_RADIUS_M), governorates, parts, report
        )
        if target is None:
            admin1, admin2, admin3 = locator.locate(first.lat, first.lon)
            target = Place(
                first.lat,
                first.lon,
                [],
                keys,
                governorates,
                admin1,
                admin2,
                admin3,
                country="SY" if admin1 else None,
                kind=feature,
                uid=f"wpm:{wpm}",
            )
            target.wikipedia_names = [Name(n.text, n.lang, n.source, n.text == labels[0]) for n in names]
            target.wpm = [wpm]
            index.add(target)
            report.marks_new += len(group)
        else:
            target.wikipedia_names.extend(names)
            target.keys.latin |= keys.latin
            target.wpm.append(wpm)
            report.marks_attached += len(group)
        touched[id(target)] = target
    return list(touched.values())


def attach_target(
    keys: Keys, feature: str, candidates, governorates: set[str], parts: list[str], report: BuildReport
) -> Place | None:
    """The place a mark names, or None for a new place. A hill or base whose label matches a village
    only once "Tell"/"Jabal"/"base" is removed is that village's hill: a new place."""
    if governorates:  # outside Syria the mark may name a town across the border
        candidates = in_governorates(candidates, governorates)
    target = best_match(candidates, keys)
    if target is not None:
        return target
    if feature in ("hill", "base", "airport"):
        stripped = keys_of(FEATURE_WORDS.sub("", part) for part in parts)
        if any(name_score(stripped, p.keys) for _, p in candidates):
            report.merges["wikipedia hill/base beside its namesake, kept apart"] += 1
        return None
    for distance, place in candidates:
        if distance > MARK_NEAR_M or place.derived_kind() not in SETTLEMENT_KINDS:
            continue
        bare = keys_of(FEATURE_WORDS.sub("", n["text"]) for n in place.names()).latin  # Tall Tulayliyah
        if any(
            similar_keys(a, b, MARK_NEAR_SIMILARITY, contained=True)
            for a in keys.latin
            for b in place.keys.latin | bare
        ):
            report.merges["wikipedia label onto a village of a similar name within 500 m"] += 1
            return place
    return None
