"""RSS, Atom and RDF feeds: one article per entry."""
from __future__ import annotations

import os
from collections.abc import Iterator

import feedparser

from stakegraph.model import Document
from stakegraph.sources.base import SourceError, Skipped, check_text, iso_date, lang_code, read_bytes
from stakegraph.sources.html import html_text


def _entry_text(entry) -> str:
    # Feeds often carry a teaser in summary and the article in content: take the longest.
    parts = [*entry.get("content", []), entry.get("summary_detail")]
    parts = [p for p in parts if p and p.get("value")]
    if not parts:
        return ""
    best = max(parts, key=lambda p: len(p["value"]))
    return html_text(best["value"]) if "html" in best.get("type", "html") else best["value"]


def _published(entry) -> str | None:
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    if when:
        return f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}"
    return iso_date(entry.get("published") or entry.get("updated"))


def read_feed(path: str | os.PathLike, *, max_bytes: int = 20_000_000) -> Iterator[Document | Skipped]:
    # Bytes, never a str: feedparser takes a str for a URL or file name and would go fetch it.
    parsed = feedparser.parse(read_bytes(path, max_bytes))
    if not parsed.entries:
        # feedparser is lenient: a merely untidy feed still gives entries, and those we keep.
        if parsed.bozo:
            raise SourceError("malformed feed" if parsed.version else "not a feed")
        raise SourceError("feed has no entries")
    lang = lang_code(parsed.feed.get("language"))
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        title = " ".join(entry.get("title", "").split()) or None
        try:
            # A headline-only entry still says something ("X buys Y"): the title is its text.
            text = check_text(_entry_text(entry) or title or "")
        except SourceError as e:
            yield Skipped(f"{path}#{n}", f"entry {n}: {e.reason}")
            continue
        yield Document(
            text=text,
            name=entry.get("id") or link or f"{os.path.basename(path)}#{n}",
            source=link or f"{path}#{n}",
            title=title,
            published=_published(entry),
            url=link,
            lang=lang_code(entry.get("language")) or lang,
        )
