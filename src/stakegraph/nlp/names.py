"""Names that lists already know: given names, read from the name dictionary that ships with the
`gender-guesser` package (Jörg Michael's nam_dict, about 48,000 first names from Europe and
beyond), and the names of countries and territories in English and German, from the Unicode
CLDR data that ships with Babel."""
from __future__ import annotations

import functools
from importlib import resources

from babel import Locale


@functools.cache
def given_names() -> frozenset[str]:
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line[:1] in "#=" or len(line) < 30:
                continue
            name = line[3:29].strip()
            # "+" joins the parts of a compound name: Jean+Pierre is Jean-Pierre or Jean Pierre.
            for variant in {name.replace("+", "-"), name.replace("+", " ")}:
                names.add(variant.casefold())
    return frozenset(names)


def is_given_name(word: str, stop_words: frozenset[str]) -> bool:
    folded = word.casefold()
    return len(word) > 1 and folded in given_names() and folded not in stop_words


# CLDR codes that name no country: the United Nations, the eurozone, pseudo and unknown regions
_NOT_TERRITORIES = frozenset({"UN", "EZ", "QO", "XA", "XB", "ZZ"})


@functools.cache
def country_names(lang: str) -> dict[str, str]:
    """{folded name in `lang`: English name} of every country and territory ("malaysia":
    "Malaysia", "vereinigte staaten": "United States"). Names that are also given names
    ("Jordan", "Chad", "Georgia") are left out: "Jordan Peterson" is no place."""
    english = Locale("en").territories
    found = {}
    for code, name in Locale(lang).territories.items():
        # Two letters are countries and territories; three digits are regions ("Europe").
        if len(code) == 2 and code.isalpha() and code in english and " - " not in name \
                and code not in _NOT_TERRITORIES:
            folded = name.casefold()
            if folded not in given_names():
                found[folded] = english[code]
    return found
