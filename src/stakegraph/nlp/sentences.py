"""Sentence boundaries that survive abbreviations, initials and German ordinal dates."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon

# A candidate end: ., ! or ? (with closing quotes or brackets), then space, then what may open a
# sentence. Lines are always boundaries: news text puts headlines and paragraphs on lines.
_CANDIDATE = re.compile(r"[.!?]+[\"'»«“”’)\]]*(?=\s+[\"'»«“„‘(\[]?[\w$€£])")
_LINE = re.compile(r"[^\n]+")
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n)(?![ \t]{2,}))+")  # up to a blank or indented line


@dataclass
class Token:
    text: str
    start: int  # offsets in the document text
    end: int
    i: int  # index in its sentence

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


def split_sentences(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`."""
    spans: list[tuple[int, int]] = []
    for line in _lines(text):
        begin = line.start()
        for match in _CANDIDATE.finditer(line.group()):
            end = line.start() + match.end()
            if _is_boundary(text, line.start() + match.start(), end, lexicon):
                spans.append((begin, end))
                begin = end
        spans.append((begin, line.end()))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _lines(text: str):
    """Lines, or whole paragraphs where the text is hard-wrapped (wire copy breaks lines at a fixed
    width, in mid-sentence): there a single line break is a space, not a boundary."""
    lines = list(_LINE.finditer(text))
    long_lines = [m for m in lines if len(m.group()) > 40]
    unfinished = [m for m in long_lines if not m.group().rstrip().endswith((".", "!", "?", ":", '"', "”", "«", "»"))]
    if len(long_lines) < 4 or len(unfinished) < 0.5 * len(long_lines) or \
            max(len(m.group()) for m in long_lines) > 120:
        return lines
    return list(_PARAGRAPH.finditer(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_boundary(text: str, dot: int, end: int, lexicon: Lexicon) -> bool:
    if text[dot] != ".":
        return True
    word = re.search(r"[\w.\-]*$", text[:dot]).group()  # the word the period is attached to
    following = re.match(r"\s*[\"'»«“„‘(\[]?([\w$€£][\w.\-]*)", text[end:])
    next_word = following.group(1) if following else ""
    starts_clause = next_word.lower() in lexicon.stop_words and next_word[:1].isupper()
    if not word:
        return True
    if word.lower().rstrip(".") in lexicon.abbreviations or re.fullmatch(r"(?:\w\.)+\w?", word):
        # "Dr. Müller", "z.B. die", "U.S. officials": the period belongs to the word, unless a
        # sentence plainly starts after it ("... Corp. The deal").
        return starts_clause and word.lower().rstrip(".") in {"inc", "corp", "co", "ltd", "etc", "u.s"}
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Thomas Clark"
    if word.isdigit() and len(word) <= 2:
        # German ordinals: "20. November", "am 3. März", "der 2. Platz".
        if next_word.lower() in lexicon.months or next_word[:1].islower():
            return False
        return lexicon.lang != "de" or starts_clause
    return True


def tokenize(text: str, spans: list[tuple[int, int]], tokenizer) -> list[Sentence]:
    """Tokenize each sentence with spaCy's rule-based tokenizer, keeping document offsets."""
    sentences = []
    for index, (start, end) in enumerate(spans):
        piece = text[start:end]
        tokens = [Token(t.text, start + t.idx, start + t.idx + len(t.text), n)
                  for n, t in enumerate(t for t in tokenizer(piece) if not t.is_space)]
        for n, token in enumerate(tokens):
            token.i = n
        sentences.append(Sentence(index, start, end, piece, tokens))
    return sentences
