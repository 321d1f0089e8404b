"""The date range a sentence gives (أمس، الأسبوعين الماضيين، 12 آب 2019 ...), from the publication date."""

from __future__ import annotations

import datetime as dt
import re

from gazetteer.normalize import normalize_digits, normalize_text

MONTHS = {
    # Syriac (Levantine) and Egyptian/Gulf month names, normalised.
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "اغسطس": 8,
    "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
# Normalised (the final hamza is dropped: الأربعاء -> الاربعا), as the sentence is read normalised.
WEEKDAYS = {
    normalize_text(w): n
    for w, n in {
        "الاثنين": 0,
        "الثلاثاء": 1,
        "الاربعاء": 2,
        "الخميس": 3,
        "الجمعه": 4,
        "السبت": 5,
        "الاحد": 6,
    }.items()
}
_WEEKDAY_RE = "|".join(WEEKDAYS)
_WEEKDAY_BARE_RE = "|".join(w[2:] for w in WEEKDAYS)
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
EXPLICIT_DATE = re.compile(
    rf"\b(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({_MONTH_RE})(?:\s*/\s*(?:{_MONTH_RE}))?(?:\s+(?:عام\s+|سنه\s+)?(\d{{4}}))?"
)
ISO_DATE = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")  # (and "2016/02/05", "2016.02.05")
SLASH_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")  # (and "5-2-2016", "5.2.2016")
# Ordinal days: "في الخامس من آب", "الحادي والعشرين من أيلول" (normalised).
_UNITS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
          "التاسع": 9}  # fmt: skip
ORDINAL_DAYS = dict(_UNITS) | {"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي عشر": 11}
ORDINAL_DAYS |= {f"{w} عشر": n + 10 for w, n in _UNITS.items() if n > 1}
ORDINAL_DAYS |= {f"{w} والعشرين": n + 20 for w, n in _UNITS.items() if n > 1} | {"الحادي والعشرين": 21}
ORDINAL_DAYS |= {"الحادي والثلاثين": 31}
_ORDINAL_RE = "|".join(sorted((re.escape(w) for w in ORDINAL_DAYS), key=len, reverse=True))
ORDINAL_DATE = re.compile(
    rf"\b({_ORDINAL_RE})\s+من\s+(?:شهر\s+)?({_MONTH_RE})(?:\s*/\s*(?:{_MONTH_RE}))?(?:\s+(?:عام\s+|سنه\s+)?(\d{{4}}))?"
)
# The words that narrow a month or a year ("أواخر تشرين الثاني", "مطلع العام"), and "last" of one ("الشهر الماضي").
EARLY_WORDS = ("مطلع", "بدايه", "اوايل")
LATE_WORDS = ("اواخر", "نهايه")
_PART_RE = "|".join(EARLY_WORDS + LATE_WORDS + ("منتصف",))
PAST_WORDS = ("الماضي", "الفايت", "المنصرم")
_WHICH_RE = "|".join(PAST_WORDS + ("الجاري", "الحالي"))
# A month with no day ("في تموز الماضي", "خلال شهر آب", "أواخر تشرين الثاني 2017"): after a preposition or شهر, as
# "اب" and "مارس" are also words.
MONTH_ONLY = re.compile(
    rf"\b(في|خلال|منذ|{_PART_RE}|شهر)\s+(?:شهر\s+)?({_MONTH_RE})"
    rf"(?:\s*/\s*(?:{_MONTH_RE}))?(?:\s+(?:من\s+)?(?:عام\s+|العام\s+)?(\d{{4}}))?"
)
# A year alone ("في 2015", "عام 2015", "أواخر العام 2017", "منذ عام 2012").
YEAR_ONLY = re.compile(rf"\b(في|خلال|منذ|{_PART_RE}|عام|العام)\s+(?:عام\s+|العام\s+)?(\d{{4}})\b")
RELATIVE_MONTH_DATE = re.compile(
    rf"\b(\d{{1,2}}|{_ORDINAL_RE})\s+(?:من\s+)?(?:هذا\s+الشهر|الشهر\s+({_WHICH_RE}))"
)
RELATIVE_PERIOD = re.compile(rf"\b(?:({_PART_RE})\s+)?(العام|الشهر)\s+({_WHICH_RE})")
AGO = re.compile(
    r"\bقبل\s+(?:نحو\s+|حوالي\s+)?(\d{1,2}|يومين|اسبوع|اسبوعين|شهر|شهرين|ثلاثه|اربعه|خمسه)(?:\s+(ايام|يوما|اسابيع|اشهر))?\b"
)
NUM_WORDS = {"يومين": 2, "اليومين": 2, "الثلاثه": 3, "ثلاثه": 3, "الاربعه": 4, "اربعه": 4, "الخمسه": 5,
             "السته": 6, "سته": 6, "السبعه": 7, "سبعه": 7, "العشره": 10}  # fmt: skip


# Every pattern dates_in tries needs one of these (a figure, a month after a space, a time word): a sentence with
# none of them states no date, and the patterns are not run on it (most sentences).
_DATE_CUES = re.compile(
    rf"\d|\s(?:{_MONTH_RE})|الشهر|العام|الفتره|الاسبوع|ايام|ساعات|امس|قبل|ليله|اليوم|{_WEEKDAY_BARE_RE}"
)
_JOINED_TIME = re.compile(r"(?<!\S)[وف](?=(?:امس|اليوم|ليله|صباح|مسا|فجر|ظهر|عصر|منتصف)(?!\S))")


def dates_in(
    sentence: str, published: dt.date, previous: tuple[dt.date, dt.date] | None, normalized: str | None = None
) -> tuple[dt.date, dt.date] | None:
    """The date range a sentence states, or None when it states none. `normalized`: the sentence's
    words already normalised and joined by spaces (the reader has them), else it is normalised here."""
    raw = normalize_digits(sentence)
    s = normalized if normalized is not None else normalize_text(sentence)
    if not _DATE_CUES.search(s) and not _DATE_CUES.search(raw):
        return None
    # "وأمس أكملت قوات الأسد انسحابها", "واليوم سيطرت": a time word with its و is the time word.
    s = _JOINED_TIME.sub("", s)
    for m in ISO_DATE.finditer(raw):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d, d
    for m in SLASH_DATE.finditer(raw):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            return d, d
    for pattern in (EXPLICIT_DATE, ORDINAL_DATE):  # "12 آب 2019", "الخامس من آب"
        for m in pattern.finditer(s):
            d = _day_of_month(_day(m.group(1)), MONTHS[m.group(2)], m.group(3), published)
            if d:
                return d, d
    m = RELATIVE_MONTH_DATE.search(s)
    if m:
        # "في 22 الشهر الماضي", "في الثاني من الشهر الجاري", "في الأول من هذا الشهر": a day of this or last month.
        day = _day(m.group(1))
        this_month = published.replace(day=1)
        month_start = (
            (this_month - dt.timedelta(days=1)).replace(day=1) if m.group(2) in PAST_WORDS else this_month
        )
        d = _safe_date(month_start.year, month_start.month, day)
        if d and d <= published:
            return d, d
    if "الفتره انفه الذكر" in s or "الفتره نفسها" in s or "ذات الفتره" in s or "الفتره المذكوره" in s:
        return previous
    if re.search(r"الاسبوعين الماضيين|الاسبوعين الاخيرين", s):
        return published - dt.timedelta(days=14), published
    if re.search(r"منذ (?:بدايه|مطلع) الشهر (?:الجاري|الحالي)", s):
        return published.replace(day=1), published
    if re.search(r"الاسبوع الماضي|الاسبوع المنصرم", s):
        return published - dt.timedelta(days=7), published - dt.timedelta(days=1)
    m = re.search(
        r"(?:خلال|في) (?:ال)?(\S+) (?:ال)?(?:ايام|ساعات) (?:ال)?(?:ماضيه|فايته|اخيره|الماضيه)", s
    ) or re.search(r"(?:خلال|في) (?:ال)?(?:ايام|ساعات) (?:ال)?(\S+) (?:ال)?(?:ماضيه|فايته|اخيره)", s)
    if m and m.group(1) in NUM_WORDS:
        return published - dt.timedelta(days=NUM_WORDS[m.group(1)]), published
    if re.search(r"(?:خلال )?الساعات (?:ال)?(?:ماضيه|اخيره)", s):
        return published - dt.timedelta(days=1), published
    if "اول امس" in s or "قبل امس" in s or "امس الاول" in s:
        return published - dt.timedelta(days=2), published - dt.timedelta(days=2)
    ago = _days_ago(s, published)
    if ago:
        return ago
    if re.search(r"الليله الماضيه|ليله امس|منتصف ليله", s):
        return published - dt.timedelta(days=1), published
    if re.search(r"\bامس\b", s):
        return published - dt.timedelta(days=1), published - dt.timedelta(days=1)
    m = re.search(
        rf"\b(?:اليوم|صباح|مسا|ظهر|فجر|يوم)\s+(?:ال)?(?:يوم\s+)?({_WEEKDAY_RE}|{_WEEKDAY_BARE_RE})\b",
        s,
    )
    if m or re.search(rf"\b({_WEEKDAY_RE})\b", s):
        word = m.group(1) if m else re.search(rf"\b({_WEEKDAY_RE})\b", s).group(1)
        word = word if word.startswith("ال") else "ال" + word
        target = WEEKDAYS[word]
        back = (published.weekday() - target) % 7
        d = published - dt.timedelta(days=back)
        return d, d
    if re.search(r"\bاليوم\b", s):
        return published, published
    m = MONTH_ONLY.search(s)
    if m:
        return _month_range(m.group(1), MONTHS[m.group(2)], m.group(3), published)
    m = YEAR_ONLY.search(s)
    if m and 2000 <= int(m.group(2)) <= published.year:
        return _year_range(m.group(1), int(m.group(2)), published)
    m = RELATIVE_PERIOD.search(s)
    if m:
        # "مطلع العام الحالي", "العام الماضي", "الشهر الماضي": the period named from the publication date.
        lead, period, which = m.group(1) or "", m.group(2), m.group(3)
        last = which in PAST_WORDS
        if period == "العام":
            return _year_range(lead, published.year - last, published)
        month = (published.replace(day=1) - dt.timedelta(days=1)) if last else published
        return _month_range(lead, month.month, str(month.year), published)
    return None


def _day(text: str) -> int:
    """A day of the month written in figures or as an ordinal word (الخامس، الحادي والعشرين)."""
    return int(text) if text.isdigit() else ORDINAL_DAYS[text]


def _day_of_month(day: int, month: int, year: str | None, published: dt.date) -> dt.date | None:
    """The date of a day and month; with no year, the last such day up to publication."""
    d = _safe_date(int(year) if year else published.year, month, day)
    if d and not year and d > published:
        d = _safe_date(published.year - 1, month, day)
    return d


def _days_ago(s: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """ "قبل يومين", "قبل 3 أيام", "قبل أسبوعين", "قبل شهر من اليوم": that many days before publication."""
    m = AGO.search(s)
    if not m:
        return None
    n = NUM_WORDS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
    unit = m.group(2) or ""
    days = {"اسبوع": 7, "اسبوعين": 14, "شهر": 30, "شهرين": 60}.get(m.group(1))
    if days is None and n is not None:
        days = n * (7 if unit == "اسابيع" else 30 if unit == "اشهر" else 1)
    if days is None or days > 400:
        return None
    d = published - dt.timedelta(days=days)
    slack = dt.timedelta(days=0 if days < 7 else 3)
    return d - slack, min(published, d + slack)


def _month_range(lead: str, month: int, year: str | None, published: dt.date) -> tuple[dt.date, dt.date]:
    """A month's days (the last such month up to publication when no year is given), narrowed by its lead word."""
    y = int(year) if year else (published.year if month <= published.month else published.year - 1)
    first = dt.date(y, month, 1)
    last = (dt.date(y + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
    if lead in EARLY_WORDS:
        last = first + dt.timedelta(days=9)
    elif lead in LATE_WORDS:
        first = last - dt.timedelta(days=9)
    elif lead == "منتصف":
        first, last = first + dt.timedelta(days=9), first + dt.timedelta(days=20)
    elif lead == "منذ":
        last = published
    if first > published:
        return first, last  # ("أواخر الشهر الجاري" written before it: the days named, to come)
    return first, min(last, published)


def _year_range(lead: str, year: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """A year's days, narrowed by its lead word (أواخر: its last quarter; مطلع: its first; منذ: to publication)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if lead in EARLY_WORDS:
        last = dt.date(year, 3, 31)
    elif lead in LATE_WORDS:
        first = dt.date(year, 10, 1)
    elif lead == "منتصف":
        first, last = dt.date(year, 5, 1), dt.date(year, 8, 31)
    elif lead == "منذ":
        last = published
    return first, min(last, published)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
