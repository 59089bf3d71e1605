"""Plain text and Markdown: the file is the article; a date alone on the first line is its date."""
from __future__ import annotations

import datetime
import os
import re
import unicodedata
from collections.abc import Iterator

from stakegraph.model import Document
from stakegraph.sources.base import decode, read_bytes

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january januar jänner jaenner janner jan jän jaen",
            "february februar feber feb",
            "march märz maerz marz mar mär mrz",
            "april apr",
            "may mai",
            "june juni jun",
            "july juli jul",
            "august aug",
            "september sep sept",
            "october oktober oct okt",
            "november nov",
            "december dezember dec dez",
        ],
        start=1,
    )
    for name in names.split()
}
_WEEKDAYS = set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
    "sat sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr "
    "sa so".split()
)

# Each pattern names its year, month (digits or a word) and maybe day.
_PATTERNS = [
    re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})"),  # 2024-11-20
    re.compile(r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})"),  # 20.11.2024
    re.compile(r"(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})"),  # 20. Nov 2024
    re.compile(  # November 20, 2024 / Nov. 20th 2024
        r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(?P<year>\d{4})"
    ),
    re.compile(r"(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})"),  # November 2024
]


def parse_date(line: str) -> str | None:
    """The ISO date if `line` is nothing but a date (German or English), else None."""
    if len(line) > 80:  # a date line is short; spare the regexes a megabyte-long first line
        return None
    line = " ".join(unicodedata.normalize("NFC", line).split())  # NFD "März" has no \w "ä"
    # "Mittwoch, 20. November 2024": a leading weekday says nothing the date does not.
    head, _, rest = line.partition(",")
    if rest and head.strip().rstrip(".").casefold() in _WEEKDAYS:
        line = rest.strip()
    for pattern in _PATTERNS:
        m = pattern.fullmatch(line)
        if not m:
            continue
        parts = m.groupdict()
        month = parts["month"]
        month = int(month) if month.isdigit() else _MONTHS.get(month.casefold())
        if month is None:
            continue
        day = parts.get("day")
        try:
            datetime.date(int(parts["year"]), month, int(day or 1))
        except ValueError:
            return None
        iso = f"{parts['year']}-{month:02d}"
        return f"{iso}-{int(day):02d}" if day else iso
    return None


def first_line_date(text: str) -> str | None:
    m = re.search(r"\S[^\n]*", text)
    return parse_date(m.group()) if m else None


def read_text(path: str | os.PathLike, *, max_bytes: int = 20_000_000) -> Iterator[Document]:
    # The text is kept exactly as decoded (date line included): later stages cite offsets in it.
    text = decode(read_bytes(path, max_bytes))
    yield Document(text=text, name=os.path.basename(path), source=str(path),
                   published=first_line_date(text))
