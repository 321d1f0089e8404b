"""Regenerate spelling_variants.tsv from the reader corpus, the sources' own variant lists and report-style
spelling variation of real names. Needs the shipped gazetteer loaded in the development database:

    .venv/bin/python tests/data/gazetteer/make_spelling_variants.py > tests/data/gazetteer/spelling_variants.tsv
"""

import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frontline.settings")
import django  # noqa: E402

django.setup()
from gazetteer.models import Place, PlaceName  # noqa: E402
from gazetteer.normalize import name_key  # noqa: E402

rng = random.Random(2019)
GOV = {"Idleb": "Idlib", "Aleppo": "Aleppo", "Hama": "Hama", "Homs": "Homs", "Lattakia": "Latakia",
       "Rural Damascus": "Rural Damascus", "Damascus": "Damascus", "Dar'a": "Daraa", "Deir-ez-Zor": "Deir ez-Zor",
       "Ar-Raqqa": "Raqqa", "Al-Hasakeh": "Hasakah", "Quneitra": "Quneitra", "As-Sweida": "Sweida",
       "Tartous": "Tartus"}  # fmt: skip
rows = []


def add(query, uid, origin, near="", within=""):
    rows.append((query, uid, near, within, origin))


by_ocha = dict(Place.objects.exclude(ocha_pcode="").values_list("ocha_pcode", "uid"))
corpus = ROOT / "tests" / "data" / "reader_corpus" / "passages.jsonl"
seen = set()
for line in corpus.read_text(encoding="utf-8").splitlines():
    passage = json.loads(line)
    within = GOV.get(passage.get("governorate") or "", "")
    for m in passage["mentions"]:
        place = m.get("place") or {}
        uid = by_ocha.get(place.get("ocha") or "")
        if uid and (m["surface"], uid) not in seen:
            seen.add((m["surface"], uid))
            add(m["surface"], uid, f"report:{passage['id']}", within=within)

# The seed article (an opposition blog, August 2019), located mentions as written.
KS = "35.44309,36.64533"
for surface, uid, near, within in [
    ("خان شيخون", "ocha:C3987", "", ""), ("“الهبيط”", "ocha:C3989", KS, ""), ("ام زيتونة", "ocha:C3988", KS, ""),
    ("تل عاس", "wpm:35.431,36.589", KS, ""), ("“سكيك”", "ocha:C4077", KS, ""), ("عابدين", "ocha:C3990", KS, ""),
    ("كفر عين", "ocha:C3993", KS, ""), ("الصخر", "wpm:35.419,36.5101", "", "شمال حماة"),
    ("تل الصخر", "wpm:35.419,36.5025", "", "شمال حماة"), ("تل ترعي", "wpm:35.437,36.738", KS, ""),
    ("حرش الطويلة", "none", KS, ""),
]:  # fmt: skip
    add(surface, uid, "report:seed-article", near=near, within=within)

unique_keys = {}
for key, pid in PlaceName.objects.values_list("key", "place_id"):
    unique_keys.setdefault(key, set()).add(pid)

ocha_places = list(
    Place.objects.exclude(ocha_pcode="").exclude(name_ar="").select_related("admin1").order_by("uid")
)
rng.shuffle(ocha_places)


def unique(text, place):
    return unique_keys.get(name_key(text), set()) <= {place.id}


# Cross-source variants: a Who's On First / GeoNames / Wikipedia spelling of an OCHA community.
count = 0
for place in ocha_places:
    others = [
        n
        for n in place.names.all()
        if n.source in {"wof", "geonames", "wikipedia"} and n.text != place.name_ar
    ]
    for name in others[:1]:
        if unique(name.text, place) and count < 70:
            add(
                name.text,
                place.uid,
                f"source:{name.source}",
                within=GOV.get(place.admin1.name_en, place.admin1.name_en),
            )
            count += 1

# Report-style variation of real Arabic names.
VARIATIONS = [
    ("hamza dropped", lambda t: t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")),
    ("ta marbuta as ha", lambda t: re.sub("ة\\b", "ه", t)),
    ("conjunction wa", lambda t: "و" + t),
    ("preposition bi", lambda t: "ب" + t),
    ("quoted", lambda t: "“" + t + "”"),
    ("descriptor", lambda t: "قرية " + t),
    ("tatweel", lambda t: t[:2] + "ـ" + t[2:]),
    ("tashkeel", lambda t: t[:1] + "َ" + t[1:]),
    ("split compound", lambda t: re.sub("^(كفر|دير|عين|تل|خربة)(?=\\S)", "\\1 ", t)),
    ("joined compound", lambda t: re.sub("^(كفر|دير|عين) ", "\\1", t)),
]
count = 0
for place in ocha_places[200:]:
    label, fn = VARIATIONS[count % len(VARIATIONS)]
    variant = fn(place.name_ar)
    if variant == place.name_ar or not unique(place.name_ar, place):
        continue
    context = {} if count % 3 == 0 else {"within": GOV.get(place.admin1.name_en, place.admin1.name_en)}
    add(variant, place.uid, f"variation:{label}", **context)
    count += 1
    if count >= 90:
        break

# Latin transliteration variants that appear in English-language reporting.
LATIN = [("sh", "ch"), ("ou", "u"), ("ei", "ay"), ("Al-", "al "), ("Tal ", "Tell "), ("aa", "a"), ("q", "k")]
count = 0
for place in ocha_places[500:]:
    for a, b in LATIN:
        if a in place.name_en:
            variant = place.name_en.replace(a, b, 1)
            if (
                unique(place.name_ar, place)
                and PlaceName.objects.filter(place=place, text=variant).count() == 0
            ):
                add(
                    variant,
                    place.uid,
                    f"latin:{a}->{b}",
                    within=GOV.get(place.admin1.name_en, place.admin1.name_en),
                )
                count += 1
            break
    if count >= 50:
        break

print("query\texpected\tnear\twithin\torigin")
for row in rows:
    print("\t".join(row))
print(f"{len(rows)} cases", file=sys.stderr)
