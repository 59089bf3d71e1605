"""Plain text and Markdown: the file is the article; a date alone on the first line is its date."""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator

from stakegraph.dates import find_dates
from stakegraph.model import Document
from stakegraph.sources.base import decode, read_bytes

_LEFTOVER = re.compile(r"[\W_]+")


def parse_date(line: str) -> str | None:
    """The ISO date if `line` is nothing but a date (German or English) of at least month
    precision, else None. The date grammar itself is `stakegraph.dates`."""
    if len(line) > 80:  # a date line is short; spare the regexes a megabyte-long first line
        return None
    line = " ".join(unicodedata.normalize("NFC", line).split())  # NFD "März" has no \w "ä"
    found = find_dates(line)
    if len(found) != 1:
        return None
    start, end, iso = found[0]
    if "-" not in iso or _LEFTOVER.sub("", line[:start] + line[end:]):
        return None  # a bare year, or a line with more than a date on it
    return iso


def first_line_date(text: str) -> str | None:
    m = re.search(r"\S[^\n]*", text)
    return parse_date(m.group()) if m else None


def read_text(path: str | os.PathLike, *, max_bytes: int = 20_000_000) -> Iterator[Document]:
    # The text is kept exactly as decoded (date line included): later stages cite offsets in it.
    text = decode(read_bytes(path, max_bytes))
    yield Document(text=text, name=os.path.basename(path), source=str(path),
                   published=first_line_date(text))
