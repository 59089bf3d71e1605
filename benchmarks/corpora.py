"""The real news corpora in ../shared/data that the speed benchmarks read: 10kGNAD (German, Der
Standard), the BBC News data set (English, business and tech) and Reuters-21578 (English). Each
reader yields Documents; nothing is copied into the project."""
from __future__ import annotations

import csv
import html
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from stakegraph.model import Document

csv.field_size_limit(sys.maxsize)


def tenkgnad(data: Path) -> Iterator[Document]:
    with open(data / "10kgnad" / "test.csv", encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if len(row) == 2 and row[1].strip():
                yield Document(text=row[1], name=f"10kgnad-{n}", lang="de")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def bbc(data: Path) -> Iterator[Document]:
    for topic in ("business", "tech"):
        for path in sorted((data / "bbc-news" / topic).glob("*.txt")):
            title, _, body = _decode(path.read_bytes()).partition("\n")
            yield Document(text=f"{title}\n{body}", name=f"bbc-{topic}-{path.stem}",
                           title=title.strip(), lang="en")


_REUTERS = re.compile(r"<REUTERS.*?</REUTERS>", re.S)


def _tag(block: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return html.unescape(found.group(1)).strip() if found else ""


def reuters(data: Path) -> Iterator[Document]:
    for path in sorted((data / "reuters21578").glob("reut2-*.sgm")):
        for n, block in enumerate(_REUTERS.findall(path.read_bytes().decode("latin-1"))):
            body = _tag(block, "BODY").removesuffix("Reuter").strip()
            if body:
                title = _tag(block, "TITLE")
                yield Document(text=f"{title}\n{body}", name=f"reuters-{path.stem}-{n}",
                               title=title or None, lang="en")


CORPORA = {"10kgnad": tenkgnad, "bbc": bbc, "reuters": reuters}
