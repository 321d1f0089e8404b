"""Report text as pasted: tags, control characters and boilerplate lines out, length capped."""

from __future__ import annotations

import html
import re
import unicodedata

MAX_TEXT = 200_000  # characters read from one report; longer input is cut (and said so)


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f]")
# Arabic presentation forms (text copied out of PDFs and old pages: "ﺳﻴﻄﺮﺕ ﻗﻮﺍﺕ ﺍﻟﻨﻈﺎﻡ") are letters in their
# contextual shapes; their compatibility mapping gives the letters themselves.
_PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]+")
_BOILERPLATE_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:اقرأ|اقرا|إقرأ)(?:\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد))?|شاهد\s+(?:أيضا|أيضاً|ايضا|ايضاً)"
    r"|للمزيد|تابعونا|اشترك|مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة)\s*[:：\-–]?[^\n]*$"
)


def clean_input(text: str, *, markup: bool = True) -> tuple[str, list[str]]:
    """Strip HTML tags and entities (unless `markup` is False: plain text kept as written), drop control
    characters, cut very long input; say what was done."""
    notes = []
    if markup and "<" in text and re.search(r"</?[a-zA-Z][^>]*>", text):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        notes.append("HTML tags were removed; the text between them was kept.")
    if markup and "&" in text:
        text = html.unescape(text)
    text = _CONTROL_CHARS.sub("", text)  # control characters other than newline and tab
    text = text.replace("\ufffd", " ")
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
        notes.append("Arabic letters written in their presentation forms were read as plain letters.")
    # "اقرأ أيضاً: ..." and the like are other articles' headlines pasted with the page, not this report:
    # blanked with spaces so every offset still points into the text as given.
    text = _BOILERPLATE_LINE.sub(lambda m: " " * len(m.group(0)), text)
    if len(text) > MAX_TEXT:
        notes.append(f"The text is {len(text):,} characters long; only the first {MAX_TEXT:,} were read.")
        text = text[:MAX_TEXT]
    return text, notes
