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


@functools.cache
def _tokenizer(lang: str):
    # A blank pipeline: spaCy's rule-based tokenizer for the language, no model to download.
    return spacy.blank(lang).tokenizer


def analyze(document: Document) -> Analysis:
    lang = document.lang if document.lang in LEXICONS else detect_language(document.text)
    lexicon = LEXICONS[lang]
    spans = split_sentences(document.text, lexicon)
    sentences = tokenize(document.text, spans, _tokenizer(lang))
    mentions = MentionFinder(lexicon).find(sentences, pretrained.entities(document.text, lang))
    return Analysis(document, lang, lexicon, sentences, mentions)


__all__ = ["Analysis", "Mention", "Sentence", "analyze", "detect_language", "LEXICONS"]
