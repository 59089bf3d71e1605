"""Language, sentences and mentions: what the later stages read a document through."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import spacy

from ..model import Document
from . import de, en, pretrained
from .language import detect_language
from .lexicon import Lexicon
from .mentions import Mention, MentionFinder
from .sentences import Sentence, split_sentences, tokenize

LEXICONS: dict[str, Lexicon] = {"de": de.LEXICON, "en": en.LEXICON}


@dataclass
class Analysis:
    document: Document
    lang: str
    lexicon: Lexicon
    sentences: list[Sentence]
    mentions: list[Mention]

    def mentions_by_sentence(self) -> dict[int, list[Mention]]:
        """The mentions grouped by sentence index, in order: one pass, not one per sentence."""
        grouped: dict[int, list[Mention]] = {}
        for m in self.mentions:
            grouped.setdefault(m.sentence, []).append(m)
        return grouped


# spaCy's tokenizer remembers how it split the first 10,000 chunks (a word with its punctuation)
# it meets, and splits every later new chunk afresh however often it recurs. News in one language
# has many times as many (70,000 in the 1,028 articles of 10kGNAD's test set), and with room for
# them tokenizing took half the time. An entry costs about 110 bytes: the bound keeps the cache
# under 30 MB however much a process reads.
TOKENIZER_CACHE = 250_000


@functools.cache
def _tokenizer(lang: str):
    # A blank pipeline: spaCy's rule-based tokenizer for the language, no model to download.
    tokenizer = spacy.blank(lang).tokenizer
    tokenizer.max_cache_size = TOKENIZER_CACHE
    return tokenizer


def analyze(document: Document) -> Analysis:
    lang = document.lang if document.lang in LEXICONS else detect_language(document.text)
    lexicon = LEXICONS[lang]
    spans = split_sentences(document.text, lexicon)
    sentences = tokenize(document.text, spans, _tokenizer(lang))
    mentions = MentionFinder(lexicon).find(sentences, pretrained.entities(document.text, lang))
    return Analysis(document, lang, lexicon, sentences, mentions)


__all__ = ["Analysis", "Mention", "Sentence", "analyze", "detect_language", "LEXICONS"]
