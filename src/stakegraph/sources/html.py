"""HTML pages: trafilatura finds the article in the page; lxml is the fallback when it finds none."""
from __future__ import annotations

import os
from collections.abc import Iterator

import lxml.etree
import lxml.html
import trafilatura

from stakegraph.model import Document
from stakegraph.sources.base import SourceError, check_text, decode, iso_date, lang_code, read_bytes

# Elements whose content is code or decoration, never article text. trafilatura keeps
# <noscript> text, so the page is cleaned before it sees it -- all but JSON-LD, which it reads
# for title and date.
_NOT_TEXT = "//style|//noscript|//template|//svg|//math"
_CODE = f"//script[not(contains(@type, 'json'))]|{_NOT_TEXT}"
_ALL_CODE = f"//script|{_NOT_TEXT}"
# Elements that end a line: without a break after them, "<p>A</p><p>B</p>" reads "AB".
_BLOCKS = ("p", "div", "br", "li", "dd", "dt", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "pre", "section", "article", "header", "footer", "table", "ul", "ol")


def parse_html(markup: str) -> lxml.html.HtmlElement | None:
    # Bytes, not str: lxml refuses a str that carries an XML encoding declaration.
    # huge_tree lets deeply nested pages parse beyond libxml2's default depth of 256.
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        return lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (lxml.etree.LxmlError, ValueError):  # "Document is empty" and the like
        return None


def element_text(element: lxml.html.HtmlElement) -> str:
    """Visible text of `element`, one line per block; changes the tree it is given."""
    for el in element.xpath(_ALL_CODE):
        el.drop_tree()
    for el in element.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def html_text(markup: str) -> str:
    """Visible text of an HTML document or fragment ("" if there is none)."""
    root = parse_html(markup)
    if root is None:
        return ""
    body = root.find("body")
    return element_text(body if body is not None else root)


def _trafilatura(root: lxml.html.HtmlElement):
    for el in root.xpath(_CODE):
        el.drop_tree()
    try:
        return trafilatura.bare_extraction(root, with_metadata=True, include_comments=False)
    except Exception:  # noqa: BLE001 - a heuristic extractor; whatever it trips on, lxml gets a go
        return None


def read_html(path: str | os.PathLike, *, max_bytes: int = 20_000_000) -> Iterator[Document]:
    markup = decode(read_bytes(path, max_bytes))
    root = parse_html(markup)
    if root is None:
        raise SourceError("no text in HTML")
    title = " ".join((root.findtext(".//title") or "").split()) or None
    lang = root.get("lang")
    found = _trafilatura(root)  # None when it finds no article; it also alters `root`

    def get(key: str):
        return getattr(found, key, None) or None

    text = get("text") or html_text(markup)
    if not text.strip():
        raise SourceError("no text in HTML")
    yield Document(
        text=check_text(text),
        name=os.path.basename(path),
        source=str(path),
        title=get("title") or title,
        published=iso_date(get("date")),
        url=get("url"),
        lang=lang_code(get("language") or lang),
    )
