"""Which of the supported languages a text is written in."""
from __future__ import annotations

import functools
import re

SUPPORTED = ("de", "en")

# Words frequent in one language and absent from the other ("an", "will", "was", "also" are in both).
_FUNCTION_WORDS = {
    "de": frozenset("der die das und ist nicht mit von den dem des ein eine einen einem einer sich auf für zu "
                    "im auch wird werden wurde hat haben nach bei aus wie oder dass noch nur über sie er".split()),
    "en": frozenset("the and of to is that with for from by were are this have has which their its it be been "
                    "not but or would said he she they".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _identifier():
    from py3langid.langid import LanguageIdentifier, MODEL_FILE

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def detect_language(text: str) -> str:
    """"de" or "en". News text gives itself away by its function words; only where they do not
    (a headline, a list of names) is py3langid asked, restricted to the languages stakegraph has
    lexicons for. Its model costs each process some 80 MB, so it is loaded only then."""
    if not text.strip():
        return "en"
    sample = text[:5000]
    counts = {lang: 0 for lang in SUPPORTED}
    for word in _WORD.findall(sample.lower()):
        for lang, words in _FUNCTION_WORDS.items():
            if word in words:
                counts[lang] += 1
    de, en = counts["de"], counts["en"]
    if de >= 3 and de >= 2 * en:
        return "de"
    if en >= 3 and en >= 2 * de:
        return "en"
    lang, _ = _identifier().classify(sample)
    return lang
