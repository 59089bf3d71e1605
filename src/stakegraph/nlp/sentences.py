"""Sentence boundaries that survive abbreviations, initials and German ordinal dates."""
from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import IDX, IS_SPACE, LENGTH

from .lexicon import Lexicon

# A candidate end: ., ! or ? (with closing quotes or brackets), then space, then what may open a
# sentence. Lines are always boundaries: news text puts headlines and paragraphs on lines.
_CANDIDATE = re.compile(r"[.!?]+[\"'»«“”’)\]]*(?=\s+[\"'»«“„‘(\[]?[\w$€£])")
_LINE = re.compile(r"[^\n]+")
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n)(?![ \t]{2,}))+")  # up to a blank or indented line


class Token(NamedTuple):
    text: str
    start: int  # offsets in the document text
    end: int
    i: int  # index in its sentence
    lower: str  # asked for constantly: made once


# A token made without a Python call: a document has thousands of them.
_token = functools.partial(tuple.__new__, Token)
# A token's text and its lowercased text, for loops in C over tokens (map, compress).
token_text, token_lower = operator.attrgetter("text"), operator.attrgetter("lower")


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
    return [part for paragraph in _PARAGRAPH.finditer(text) for part in _headline_apart(text, paragraph)]


def _headline_apart(text: str, paragraph: re.Match) -> list[re.Match]:
    """A paragraph's first line in capitals is a headline ("SALE TILNEY BUYS STAKE IN U.S.
    BROKER"), the wire's sentence of its own: read into the story's first sentence, it made names
    and ties of headline words."""
    first = _LINE.match(text, paragraph.start())
    if first is None or first.end() + 1 >= paragraph.end() or not first.group().isupper():
        return [paragraph]
    return [first, _PARAGRAPH.match(text, first.end() + 1)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_WORD_REVERSED = re.compile(r"[\w.\-]*")  # matched on the text before a period, read backwards
_WORD_AFTER = re.compile(r"\s*[\"'»«“„‘(\[]?([\w$€£][\w.\-]*)")
_DOTTED = re.compile(r"(?:\w\.)+\w?")  # "z.B", "U.S."


def _is_boundary(text: str, dot: int, end: int, lexicon: Lexicon) -> bool:
    if text[dot] != ".":
        return True
    # The word the period is attached to, read backwards from it: a search anchored at the end
    # would try every position of the text before it.
    word = _WORD_REVERSED.match(text[max(0, dot - 100):dot][::-1]).group()[::-1]
    following = _WORD_AFTER.match(text, end)
    next_word = following.group(1) if following else ""
    # "... Corp. The deal", "... Inc. Mr. Grogan replaces": a function word or a title opens a sentence
    starts_clause = (next_word.lower() in lexicon.stop_words or next_word.lower() in lexicon.honorifics) \
        and next_word[:1].isupper()
    if not word:
        return True
    if word.lower().rstrip(".") in lexicon.abbreviations or _DOTTED.fullmatch(word):
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


# No news sentence runs this long; a "sentence" that does is a table, a list or junk, and reading
# it whole would cost time that grows with the square of its length.
MAX_TOKENS = 200


def tokenize(text: str, spans: list[tuple[int, int]], tokenizer) -> list[Sentence]:
    """Tokenize with spaCy's rule-based tokenizer and share the tokens out to the sentences,
    keeping document offsets. A span longer than MAX_TOKENS is cut into pieces, after a comma or
    semicolon where there is one."""
    # One call for the whole text: spaCy splits at whitespace first, and every sentence boundary
    # is whitespace, so the tokens are those of sentence by sentence, at a fraction of the cost.
    # Offsets come out as arrays and tokens are made in C loops (map, zip): a document has
    # thousands of them, and Python-level work per token was half the cost of tokenizing.
    offsets = tokenizer(text).to_array([IDX, LENGTH, IS_SPACE])
    offsets = offsets[offsets[:, 2] == 0]
    starts, ends = offsets[:, 0].tolist(), (offsets[:, 0] + offsets[:, 1]).tolist()
    words = list(map(text.__getitem__, map(slice, starts, ends)))
    lowers = list(map(str.lower, words))
    sentences: list[Sentence] = []
    k = 0
    for start, end in spans:
        k = bisect_left(starts, start, k)
        stop = bisect_left(starts, end, k)
        tokens = list(map(_token, zip(words[k:stop], starts[k:stop], ends[k:stop], range(stop - k), lowers[k:stop])))
        k = stop
        while tokens:
            cut = len(tokens) if len(tokens) <= MAX_TOKENS else _cut(tokens)
            piece, tokens = tokens[:cut], tokens[cut:]
            if piece[0].i:  # a second piece of a cut sentence counts from 0 again
                piece = [token._replace(i=n) for n, token in enumerate(piece)]
            first, last = piece[0].start, piece[-1].end
            sentences.append(Sentence(len(sentences), first, last, text[first:last], piece))
    return sentences


def _cut(tokens: list[Token]) -> int:
    """Where to end a piece of an overlong sentence: after its last comma, semicolon or colon in
    the second half of MAX_TOKENS, else at MAX_TOKENS."""
    for k in range(MAX_TOKENS, MAX_TOKENS // 2, -1):
        if tokens[k - 1].text in (",", ";", ":"):
            return k
    return MAX_TOKENS
