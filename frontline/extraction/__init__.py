"""Arabic report text -> draft control claims, each with its place(s), actor, change, dates and quote.

The reader's first pass for editors: nothing here is saved; drafts go to a human who fixes and keeps
them (as pending claims, through the services). A sentence yields a claim when it names a side (from
the actor lexicon: each side's names as each side writes them), a change (سيطرت/تمكنت من السيطرة على →
captured; استعادت → recaptured; انسحبت → withdrew; لم تحرز أي تقدم / تصدت لمحاولات التقدم → held;
قصف / هجوم without a change → attacked) and places (from `gazetteer.geoparse`). Dates come from the
sentence (أمس، الأسبوعين الماضيين، منذ بداية الشهر الجاري، 12 آب 2019 ...) and the publication date.

The modules: `claims` (the reader, sentence by sentence), `triggers` (the change words), `roles` (whose
change), `targets` (which places), `actors` (the sides' names), `vocabulary` (the word lists), `dates`,
`text_input` (cleaning pasted text) and `drafts` (what is returned).
"""

from frontline.extraction.actors import ActorLexicon, ActorRef, default_actors
from frontline.extraction.claims import extract_claims, read_report
from frontline.extraction.dates import dates_in
from frontline.extraction.drafts import DraftClaim, Reading
from frontline.extraction.text_input import MAX_TEXT, clean_input

__all__ = [
    "MAX_TEXT",
    "ActorLexicon",
    "ActorRef",
    "DraftClaim",
    "Reading",
    "clean_input",
    "dates_in",
    "default_actors",
    "extract_claims",
    "read_report",
]
