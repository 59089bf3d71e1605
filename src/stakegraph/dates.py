"""Dates in German and English news text, as ISO strings at the precision the text states.

"20. November 2024" -> "2024-11-20", "März 2023" -> "2023-03", "Anfang 2023" -> "2023".
Relative expressions ("letztes Jahr", "last month", "gestern", "am Montag", "im März") are
resolved against a reference date, normally the article's publication date; without one they
give nothing.

Choices:
  * A weekday ("Monday", "am Montag") is the most recent such day on or before the reference:
    news reports what happened, and an article published on a Monday saying "am Montag" means
    that day. "last Monday"/"letzten Montag" is strictly before the reference, "next
    Monday"/"kommenden Montag" strictly after.
  * A month without a year ("im März", "in March") takes the reference's year, even when the
    month lies after the reference month (plans: "will close in December"). "last November" is
    the most recent November before the reference month, "next March" the first one after it.
  * Modifiers ("Anfang", "Mitte", "Ende", "early", "mid", "late", seasons) belong to the
    expression's span but do not change its value: "Ende März 2023" -> "2023-03".
  * A leading preposition ("im", "in", "am", "seit", "since") is context, not part of the span:
    the caller can look at it to tell "since" from "until".
  * A bare four-digit number is a year only when 1900-2099, introduced by a word like in/im/seit/
    since/bis/until/von/from/of/Jahr/year, not followed by a counted noun ("seit 2020
    Mitarbeiter"), and not part of an amount or percentage. Alone as the whole text, it is a year.
  * Left out: "11/20/2024" (US and UK order disagree), two-digit years ("20.11.24"), "20.11."
    without a year, quarters as months ("Q3 2023" gives the year only), ranges as ranges.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .quantities import COUNT_NOUN_RE, find_amounts, find_percentages

__all__ = ["parse_date", "find_dates", "MONTHS", "WEEKDAYS"]

# --- Tables -------------------------------------------------------------------------------------

# Full month names, German (with the Austrian Jänner/Feber and the ASCII Maerz) and English.
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "january": 1,
    "februar": 2, "feber": 2, "february": 2,
    "märz": 3, "maerz": 3, "march": 3,
    "april": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6,
    "juli": 7, "july": 7,
    "august": 8,
    "september": 9,
    "oktober": 10, "october": 10,
    "november": 11,
    "dezember": 12, "december": 12,
}
# Abbreviations, with or without a period. Used only next to a day or a year: bare "Jan" is a
# first name far more often than a month.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "jän": 1, "feb": 2, "febr": 2, "mär": 3, "mrz": 3, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11,
    "dez": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
# Only as the head of a full date: "Wed, 20 Nov 2024", "Mi., 20. November 2024".
_WEEKDAY_ABBREVIATIONS = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
                          "Sun"]
_GERMAN_WEEKDAY_ABBREVIATIONS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]

# Relative phrases and their offset from the reference, matched case-insensitively.
# Plural forms ("in den vergangenen Jahren") are deliberately not matched.
_REL_YEAR: list[tuple[str, int]] = [
    (r"(?:letzte[nms]?|vergangene[nms]?|vorige[nms]?)\s+Jahr(?:es|s)?", -1),
    (r"Vorjahr(?:es|s)?", -1),
    (r"last\s+year", -1),
    (r"(?:diese[nms]?|laufende[nms]?)\s+Jahr(?:es|s)?", 0),
    (r"heuer", 0),
    (r"this\s+year", 0),
    (r"(?:the\s+)?current\s+year", 0),
    (r"(?:Anfang|Mitte|Ende|Beginn)\s+des\s+Jahres(?!\s*\d)", 0),
    (r"Jahres(?:ende|beginn|anfang|mitte)", 0),
    (r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+year(?!\s*\d)", 0),
    (r"(?:nächste[nms]?|naechste[nms]?|kommende[nms]?)\s+Jahr(?:es|s)?", 1),
    (r"next\s+year", 1),
    (r"(?:the\s+)?coming\s+year", 1),
]
_REL_MONTH: list[tuple[str, int]] = [
    (r"(?:letzte[nms]?|vergangene[nms]?|vorige[nms]?)\s+Monat(?:es|s)?", -1),
    (r"Vormonat(?:es|s)?", -1),
    (r"last\s+month", -1),
    (r"(?:diese[nms]?|laufende[nms]?)\s+Monat(?:es|s)?", 0),
    (r"this\s+month", 0),
    (r"(?:nächste[nms]?|naechste[nms]?|kommende[nms]?)\s+Monat(?:es|s)?", 1),
    (r"next\s+month", 1),
]
_REL_DAY: list[tuple[str, int]] = [
    (r"vorgestern", -2),
    (r"(?:the\s+)?day\s+before\s+yesterday", -2),
    (r"gestern", -1),
    (r"yesterday", -1),
    (r"heute", 0),
    (r"today", 0),
    (r"(?-i:morgen)", 1),  # lowercase only: "Morgen" is "morning"
    (r"tomorrow", 1),
    (r"übermorgen", 2),
]
# "last November", "letzten Montag", "kommenden März"
_PAST = r"letzte[nms]?|vergangene[nms]?|vorige[nms]?|last"
_FUTURE = r"nächste[nms]?|naechste[nms]?|kommende[nms]?|next"

# Words that make a following bare year a year ("im Jahr 2024", "seit 2020", "Q3 2023").
YEAR_CONTEXT = {
    "in", "im", "seit", "since", "bis", "until", "till", "von", "vom", "from", "of", "ab", "by",
    "to", "zum", "für", "for", "vor", "nach", "before", "after", "during", "während", "zwischen",
    "between", "through", "jahr", "jahre", "jahres", "year", "fiscal", "anfang", "ende", "mitte",
    "early", "late", "mid", "quartal", "quartals", "quarter", "halbjahr", "halbjahres", "half",
    "q1", "q2", "q3", "q4", "h1", "h2",
}
# Words that make a following bare full month name a month ("im März", "since August").
# Deliberately narrower than for years: "von August Oetker" is a name.
MONTH_CONTEXT = {"in", "im", "seit", "since", "bis", "until", "till", "ab", "during", "während"}

# --- Regular expressions ------------------------------------------------------------------------


def _names(words) -> list[str]:
    """Capitalised forms: month and weekday names are matched case-sensitively so that "may",
    "march" and "august" (adjective) stay words."""
    return sorted({w[0].upper() + w[1:] for w in words}, key=len, reverse=True)


def _one_of(patterns: list[tuple[str, int]]) -> str:
    return "|".join(f"(?:{p})" for p, _ in patterns)


_NOT_LETTER = r"(?![^\W\d_])"
_FULL_MONTH = "|".join(_names(MONTHS))
_MONTH = (rf"(?P<month>(?:{_FULL_MONTH}"
          rf"|(?:{'|'.join(_names(MONTH_ABBREVIATIONS))})\.?){_NOT_LETTER})")
_BARE_MONTH = rf"(?P<month>(?:{_FULL_MONTH}){_NOT_LETTER})"
_WEEKDAY_FULL = "|".join(_names(WEEKDAYS))
_WEEKDAY_HEAD = (
    rf"(?:(?:(?:{_WEEKDAY_FULL}|{'|'.join(_WEEKDAY_ABBREVIATIONS)}){_NOT_LETTER}\.?"
    rf"|{'|'.join(re.escape(a) for a in _GERMAN_WEEKDAY_ABBREVIATIONS)}),?\s+"
    r"(?:(?:den|the)\s+)?)?"
)
_DAY = r"(?P<day>[0-3]?\d)"
_ORDINAL = r"(?:st|nd|rd|th)"
_REL_YEAR_ALT = rf"(?i:{_one_of(_REL_YEAR)})"
# A year written out or relative: "2024", "vergangenen Jahres", "des Vorjahres", "of last year".
_YEAR_OR_REL = rf"(?:(?P<year>\d{{4}})(?!\d)|(?:(?:des|of)\s+)?(?P<rely>{_REL_YEAR_ALT})(?!\w))"
# Modifiers inside the span that leave the value alone.
_MODIFIER = (
    r"(?:Anfang|Mitte|Ende|Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter"
    r"|(?i:early|mid|late|earlier|later|spring|summer|autumn|winter)"
    r"|(?i:(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of))"
)
_MODIFIER_SEP = r"(?:\s+(?:(?:des|der|of)\s+(?:the\s+)?)?|-)"

# Each rule: (kind, regex). The kind picks the resolver.
_RULES: list[tuple[str, re.Pattern]] = [
    # "2024-11-20" (also the date part of "2024-11-20T10:00:00Z")
    ("ymd", re.compile(rf"(?<![\w-]){_WEEKDAY_HEAD}(?P<year>\d{{4}})-(?P<mon>\d{{2}})-{_DAY}"
                       r"(?!\d)")),
    # "20.11.2024", "Mittwoch, 20.11.2024"
    ("ymd", re.compile(rf"(?<![\w.,]){_WEEKDAY_HEAD}{_DAY}\.\s?(?P<mon>\d{{1,2}})\.\s?"
                       r"(?P<year>\d{4})(?!\d)")),
    # "20. November 2024", "20. November, 2024", "20 Nov 2024", "20th of November 2024",
    # "Mittwoch, 20. November 2024", "20. November vergangenen Jahres"
    ("ymd", re.compile(rf"(?<![\w.,]){_WEEKDAY_HEAD}{_DAY}(?:\.|{_ORDINAL})?\s+(?:of\s+)?"
                       rf"{_MONTH},?\s+{_YEAR_OR_REL}")),
    # "November 20, 2024", "Nov. 20, 2024", "Wednesday, November 20, 2024"
    ("ymd", re.compile(rf"(?<!\w){_WEEKDAY_HEAD}{_MONTH}\s+{_DAY}{_ORDINAL}?(?!\d),?\s+"
                       rf"{_YEAR_OR_REL}")),
    # "am 20. November", "20 November", "on November 20" (year from the reference)
    ("ymd", re.compile(rf"(?<![\w.,]){_WEEKDAY_HEAD}{_DAY}(?:\.|{_ORDINAL})?\s+(?:of\s+)?"
                       rf"{_MONTH}")),
    ("ymd", re.compile(rf"(?<!\w){_WEEKDAY_HEAD}{_MONTH}\s+{_DAY}{_ORDINAL}?(?!\d)(?![.,]\d)")),
    # "März 2023", "March 1987", "Ende März 2023", "mid-March 2023", "November vergangenen Jahres",
    # "im November des Vorjahres", "March this year"
    ("ym", re.compile(rf"(?<!\w)(?:{_MODIFIER}(?:\s+|-))?{_MONTH},?\s+(?:of\s+)?{_YEAR_OR_REL}")),
    # "last November", "kommenden März" (but not "vergangenen Mai 2023": the year rule has it)
    ("ym_rel", re.compile(rf"(?<!\w)(?P<rel>(?i:{_PAST}|{_FUTURE}|this|diese[nms]?))\s+"
                          rf"{_BARE_MONTH}(?!,?\s*\d)")),
    # "im März", "Ende März", "mid-March" (a bare month needs context or a modifier)
    ("ym_bare", re.compile(rf"(?<!\w)(?P<mod>{_MODIFIER}(?:\s+|-))?{_BARE_MONTH}")),
    # "Anfang 2023", "mid-2022", "Ende vergangenen Jahres", "late last year", "the end of 2023"
    ("y", re.compile(rf"(?<!\w){_MODIFIER}{_MODIFIER_SEP}{_YEAR_OR_REL}")),
    # "letztes Jahr", "im vergangenen Jahr", "heuer", "next year"
    ("y", re.compile(rf"(?<!\w)(?P<rely>{_REL_YEAR_ALT})(?!\w)")),
    # "2023" after a context word; checked in _candidates
    ("y_bare", re.compile(r"(?<![\w.,$€£¥-])(?P<year>(?:19|20)\d\d)(?!\w)(?![.,]\d)")),
    # "letzten Monat", "last month"
    ("m_rel", re.compile(rf"(?<!\w)(?P<relm>(?i:{_one_of(_REL_MONTH)}))(?!\w)")),
    # "gestern", "today"
    ("d_rel", re.compile(rf"(?<!\w)(?P<reld>(?i:{_one_of(_REL_DAY)}))(?!\w)")),
    # "Monday", "am Montag", "Montagabend", "last Monday", "kommenden Freitag"
    ("weekday", re.compile(rf"(?<!\w)(?:(?P<rel>(?i:{_PAST}|{_FUTURE}))\s+)?"
                           rf"(?P<wd>{_WEEKDAY_FULL})"
                           r"(?:abend|morgen|vormittag|nachmittag|mittag|nacht)?(?![^\W\d_])")),
]

_PREVIOUS_WORD_RE = re.compile(r"([^\W_]+)[\s\u00a0]*$")
_COUNTED_AFTER_RE = re.compile(r"[ \u00a0]+(\w+)")
_ISO_MONTH_RE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
_REFERENCE_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)")
_STRIP = " \t\r\n.,;:()[]\"'"


# --- Resolution ---------------------------------------------------------------------------------

def _offset(patterns: list[tuple[str, int]], phrase: str) -> int:
    phrase = phrase.strip()
    for pattern, offset in patterns:
        if re.fullmatch(pattern, phrase, re.IGNORECASE):
            return offset
    raise ValueError(phrase)  # unreachable: the phrase was matched by one of the patterns


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None or not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _reference(reference) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of the reference; month and day None when it is less precise."""
    if reference is None:
        return None
    if isinstance(reference, date):
        return reference.year, reference.month, reference.day
    match = _REFERENCE_RE.match(str(reference))
    if match is None:
        parsed = parse_date(str(reference))  # "20. November 2024" works as a reference too
        return _reference(parsed) if parsed else None
    year, month, day = (int(g) if g else None for g in match.groups())
    return year, month, day


def _year(match: re.Match, ref) -> int | None:
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if ref is None or not groups.get("rely"):
        return None
    return ref[0] + _offset(_REL_YEAR, groups["rely"])


def _resolve(kind: str, match: re.Match, ref) -> str | None:
    groups = match.groupdict()
    if kind == "ymd":
        year = _year(match, ref) if ("year" in groups or "rely" in groups) else None
        if year is None and "year" not in groups and ref is not None:
            year = ref[0]  # "am 20. November": the reference's year
        month = int(groups["mon"]) if groups.get("mon") else _month_number(groups["month"])
        return _iso(year, month, int(groups["day"]))
    if kind == "ym":
        return _iso(_year(match, ref), _month_number(groups["month"]))
    if kind == "ym_bare":
        return _iso(ref[0], _month_number(groups["month"])) if ref else None
    if kind == "ym_rel":
        if ref is None:
            return None
        month = _month_number(groups["month"])
        rel = groups["rel"].lower()
        if re.fullmatch(_PAST, rel):
            if ref[1] is None:
                return None
            return _iso(ref[0] if month < ref[1] else ref[0] - 1, month)
        if re.fullmatch(_FUTURE, rel):
            if ref[1] is None:
                return None
            return _iso(ref[0] if month > ref[1] else ref[0] + 1, month)
        return _iso(ref[0], month)  # "this March", "diesen März"
    if kind in ("y", "y_bare"):
        return _iso(_year(match, ref))
    if kind == "m_rel":
        if ref is None or ref[1] is None:
            return None
        return _iso(*_shift_month(ref[0], ref[1], _offset(_REL_MONTH, groups["relm"])))
    if kind == "d_rel":
        if ref is None or ref[2] is None:
            return None
        day = date(ref[0], ref[1], ref[2]) + timedelta(days=_offset(_REL_DAY, groups["reld"]))
        return day.isoformat()
    if kind == "weekday":
        if ref is None or ref[2] is None:
            return None
        today = date(ref[0], ref[1], ref[2])
        wanted = WEEKDAYS[groups["wd"].lower()]
        rel = (groups["rel"] or "").lower()
        if rel and re.fullmatch(_PAST, rel):
            back = (today.weekday() - wanted - 1) % 7 + 1  # strictly before
        elif rel:
            back = -((wanted - today.weekday() - 1) % 7 + 1)  # strictly after
        else:
            back = (today.weekday() - wanted) % 7  # on or before
        return (today - timedelta(days=back)).isoformat()
    raise ValueError(kind)


# --- Finding ------------------------------------------------------------------------------------

def _has_context(text: str, start: int, words: set[str]) -> bool:
    """Is the word before `start` one of `words` (or a "-jahr" compound: "Geschäftsjahr 2023")?"""
    previous = _PREVIOUS_WORD_RE.search(text, max(0, start - 40), start)
    if previous is None:
        return False
    word = previous.group(1).lower()
    return word in words or (words is YEAR_CONTEXT and word.endswith(("jahr", "jahres")))


def _counts_things(text: str, end: int) -> bool:
    """"2024 Mitarbeiter", "März 20 Mitarbeiter": the number counts, it is no date."""
    following = _COUNTED_AFTER_RE.match(text, end)
    return following is not None and COUNT_NOUN_RE.fullmatch(following.group(1)) is not None


def _find(text: str, reference, whole: bool) -> list[tuple[int, int, str]]:
    ref = _reference(reference)
    whole_text = text.strip(_STRIP)
    # Numbers that are money or percentages are never dates ("in 2024 Euro" is a price).
    taken = [(a.start, a.end) for a in find_amounts(text, "de")]
    taken += [(p.start, p.end) for p in find_percentages(text, "de")]

    candidates: list[tuple[int, int, str, re.Match]] = []
    for kind, regex in _RULES:
        for match in regex.finditer(text):
            start, end = match.span()
            alone = whole and text[start:end] == whole_text
            # (the regex already limits bare years to 1900-2099)
            if kind == "y_bare" and not alone and not _has_context(text, start, YEAR_CONTEXT):
                continue
            if kind == "ym_bare" and not match.group("mod") and not alone and not _has_context(
                    text, start, MONTH_CONTEXT):
                continue
            if text[end - 1].isdigit() and _counts_things(text, end):
                continue
            if any(start < b and a < end for a, b in taken):
                continue
            candidates.append((start, end, kind, match))

    # Longest match wins; among equals the earlier one. The winner is resolved afterwards, so an
    # unresolvable "November vergangenen Jahres" (no reference) does not fall back to "November".
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, str, re.Match]] = []
    for candidate in candidates:
        if all(candidate[1] <= c[0] or c[1] <= candidate[0] for c in chosen):
            chosen.append(candidate)
    found = []
    for start, end, kind, match in sorted(chosen):
        value = _resolve(kind, match, ref)
        if value is not None:
            found.append((start, end, value))
    return found


def find_dates(text: str, reference: str | None = None) -> list[tuple[int, int, str]]:
    """All date expressions in `text` as (start, end, ISO value), in order of appearance.

    `reference` (ISO "2024-11-20", "2024-11" or "2024"; a date object also works) resolves
    relative expressions; those needing more precision than the reference has are left out.
    """
    return _find(text, reference, whole=False)


def parse_date(text: str, reference: str | None = None) -> str | None:
    """One date expression -> "2024-11-20", "2024-11" or "2024"; None if there is none, if the
    text holds several different dates, or if a relative one has no reference to resolve it.

    Surrounding words are tolerated ("im März", "am Montag, 20. November 2024, 14 Uhr").
    """
    stripped = text.strip(_STRIP)
    if _ISO_MONTH_RE.fullmatch(stripped):
        return stripped  # our own month precision, "2024-11", reads back as itself
    values = {value for _, _, value in _find(text, reference, whole=True)}
    return values.pop() if len(values) == 1 else None
