"""Which of the supported languages a text is written in."""
from __future__ import annotations

import functools

SUPPORTED = ("de", "en")


@functools.cache
def _identifier():
    from py3langid.langid import LanguageIdentifier, MODEL_FILE

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def detect_language(text: str) -> str:
    """"de" or "en": py3langid restricted to the languages stakegraph has lexicons for."""
    if not text.strip():
        return "en"
    lang, _ = _identifier().classify(text[:5000])
    return lang
