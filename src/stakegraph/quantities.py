"""Money amounts and percentages in German and English news text.

`find_amounts` reads "1,3 Milliarden Dollar", "$6.6bn", "50 mln dlrs", "Euro 3 Mio." and the like
into a value (scale applied) and an ISO 4217 currency code, with character offsets into the text.
`find_percentages` does the same for "16,8 Prozent", "29.6%", "a 25 pct stake".

What counts as an amount: a number with a currency (before or after it), or a number with a scale
word ("4,7 Millionen"). A bare number ("269 Mitarbeiter", "2024", "20 Prozent") is never one.

Currency choices worth knowing:
  * "francs" with no nationality gives currency None: Reuters writes French, Belgian and Swiss
    francs alike as "francs", so guessing would be wrong as often as right. "Swiss francs",
    "Franken" (German text means the Swiss franc) and "SFr" give CHF; "French francs" FRF.
  * Bare "crowns"/"Kronen"/"kroner" give None for the same reason (SEK, NOK, DKK, CZK...).
  * "¥" gives JPY (the yuan is written "yuan"/"CNY"/"RMB" in news).
  * "$", "Dollar", "dollars", "dlrs" give USD unless a country says otherwise ("Canadian dlrs",
    "HK$", "A$").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "Amount",
    "Percentage",
    "find_amounts",
    "find_percentages",
    "parse_number",
    "COUNT_NOUN_RE",
]


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float
    currency: str | None
    text: str

    def as_qualifier(self) -> dict:
        """The claim qualifier: {"value": 1300000000, "currency": "USD"}; no currency key if unknown."""
        value: int | float = int(self.value) if float(self.value).is_integer() else self.value
        qualifier: dict = {"value": value}
        if self.currency:
            qualifier["currency"] = self.currency
        return qualifier


@dataclass(frozen=True)
class Percentage:
    start: int
    end: int
    value: float
    text: str


# --- Tables -------------------------------------------------------------------------------------

# Symbols, written before or (in German) after the number. Case-sensitive.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "US-$": "USD", "U.S.$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
    "HK$": "HKD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD",
    "S$": "SGD", "R$": "BRL",
}

# Codes, before or after the number. Case-sensitive on purpose: "try", "cad", "sek" are words.
CURRENCY_CODES: dict[str, str] = {
    code: code
    for code in (
        "USD EUR GBP CHF JPY CNY RUB SEK NOK DKK PLN CZK HUF INR BRL CAD AUD HKD SGD KRW "
        "TRY ZAR MXN NZD"
    ).split()
} | {"RMB": "CNY", "DM": "DEM", "SFr": "CHF", "sFr": "CHF", "SFr.": "CHF", "sFr.": "CHF",
     "sfr": "CHF", "sfr.": "CHF"}

# Words that are a currency only with a scale in front: "Euro 3 Mio." is money, but "Euro 2024"
# is a football tournament and "Fr. 20." a Friday.
PREFIX_WORDS_NEEDING_SCALE: dict[str, str] = {"Euro": "EUR", "Fr.": "CHF"}

# Currency words after the number, matched case-insensitively. None = money, currency unknown.
CURRENCY_WORDS: dict[str, str | None] = {
    # US dollar, and the other dollars when the text names the country
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD",
    "us-dollar": "USD", "us-dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollar": "USD", "u.s. dollars": "USD", "u.s. dlrs": "USD", "us dlrs": "USD",
    "canadian dollars": "CAD", "canadian dlrs": "CAD", "kanadische dollar": "CAD",
    "australian dollars": "AUD", "australian dlrs": "AUD", "australische dollar": "AUD",
    "hong kong dollars": "HKD", "hong kong dlrs": "HKD", "hongkong-dollar": "HKD",
    "new zealand dollars": "NZD", "new zealand dlrs": "NZD",
    "singapore dollars": "SGD", "singapore dlrs": "SGD",
    "taiwan dollars": "TWD", "taiwan dlrs": "TWD",
    # euro
    "euro": "EUR", "euros": "EUR",
    # pound sterling ("5 million pounds" is read as money: news rarely weighs things in millions)
    "pfund": "GBP", "pfund sterling": "GBP", "britische pfund": "GBP",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "stg": "GBP",
    # francs: see the module docstring
    "franken": "CHF", "schweizer franken": "CHF", "swiss francs": "CHF", "swiss franc": "CHF",
    "french francs": "FRF", "french franc": "FRF", "französische francs": "FRF",
    "belgian francs": "BEF", "luxembourg francs": "LUF",
    "francs": None, "franc": None,
    # yen, yuan, rouble, rupee
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rubel": "RUB", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
    "rupees": "INR", "rupien": "INR",
    # crowns: bare forms are ambiguous
    "schwedische kronen": "SEK", "swedish crowns": "SEK", "swedish kronor": "SEK", "kronor": "SEK",
    "norwegische kronen": "NOK", "norwegian crowns": "NOK", "norwegian kroner": "NOK",
    "dänische kronen": "DKK", "danish crowns": "DKK", "danish kroner": "DKK",
    "tschechische kronen": "CZK", "czech crowns": "CZK", "korun": "CZK",
    "kronen": None, "crowns": None, "kroner": None,
    # others seen in news, including the pre-euro ones of the Reuters corpus
    "zloty": "PLN", "forint": "HUF", "rand": "ZAR",
    "korean won": "KRW", "south korean won": "KRW",
    "turkish lira": "TRY", "türkische lira": "TRY", "lire": "ITL",
    "marks": "DEM", "d-mark": "DEM", "deutsche mark": "DEM", "deutsche marks": "DEM",
    "guilders": "NLG", "schilling": "ATS",
}

# Scale words after the number, matched case-insensitively.
SCALE_WORDS: dict[str, int] = {
    "tausend": 10**3, "tsd": 10**3, "tsd.": 10**3, "thousand": 10**3,
    "mio": 10**6, "mio.": 10**6, "mill.": 10**6, "million": 10**6, "millionen": 10**6,
    "millions": 10**6, "mln": 10**6, "mn": 10**6,
    "mrd": 10**9, "mrd.": 10**9, "milliarde": 10**9, "milliarden": 10**9, "mia.": 10**9,
    "bn": 10**9, "bln": 10**9, "billion": 10**9, "billions": 10**9,
    "bio.": 10**12, "billionen": 10**12, "trillion": 10**12, "trillions": 10**12,
    "tn": 10**12, "trn": 10**12,
}
# German "Billion" is 10^12 (long scale). A capitalised "Billion" in German text is read that
# way; a lowercase "billion" is English wherever it appears.
_GERMAN_BILLION = 10**12

# Single letters are scales only glued to the number and next to a currency: "$200m", "USD 200m",
# "$6.6b". "200m" alone is a sprint, "Series B" is a funding round.
ATTACHED_LETTERS: dict[str, int] = {"k": 10**3, "m": 10**6, "b": 10**9}
_SCALES_NEEDING_CURRENCY = {"mn"}  # "5 mn" could be minutes

# Nouns that say a number counts things, not money: "50 mln shares", "2 Millionen Menschen".
# dates.py uses it too, so that "seit 2020 Mitarbeiter" is not read as a year.
COUNT_NOUN_RE = re.compile(
    r"(?i:mitarbeiter(?:innen|n)?|beschäftigten?|angestellten?|employees?|workers?|staff|"
    r"people|persons?|personen|menschen|einwohnern?|inhabitants?|residents?|kunden|customers?|"
    r"clients?|nutzern?|users?|subscribers?|abonnenten|aktien|shares|stück|units?|einheiten|"
    r"barrels?|tonnen|tonnes?|tons?|fahrzeugen?|vehicles?|cars?|autos?|jobs?|stellen|"
    r"arbeitsplätzen?|filialen|stores?|branches|standorten?|metern?|metres?|meters?|kilometern?|"
    r"km|punkten?|points?|stimmen|votes?|besuchern?|visitors?|patienten|patients?|wohnungen|"
    r"homes|häusern?|houses|exemplaren?|copies|ounces?|unzen|bushels?|acres?|hektar|hectares?|"
    r"quadratmetern?|square|flugzeugen?|aircraft|planes?|passagieren?|passengers?|downloads?|"
    r"views?|years?|jahren?|times|mal|companies|firms|unternehmen|firmen|banks|banken|"
    r"countries|länder(?:n)?|states|staaten)(?![^\W\d_])"
)


# --- Regular expressions ------------------------------------------------------------------------

def _alternation(words, *, flexible_space: bool = False) -> str:
    """Longest first, so that "US-Dollars" is tried before "US-Dollar" and "Dollar"."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        if flexible_space:
            escaped = escaped.replace(r"\ ", r"\s+")
        parts.append(escaped)
    return "|".join(parts)


_SPACE = "[ \u00a0\u202f\u2009]"
# Digits with separators between them; which separator is decimal is decided by parse_number.
# Apostrophe and thin spaces group thousands (Swiss "1'000", typeset "1 000").
_NUMBER = r"\d+(?:[.,'\u2019\u202f\u2009]\d+)*"

_PREFIX = _alternation(list(CURRENCY_SYMBOLS) + list(CURRENCY_CODES)
                       + list(PREFIX_WORDS_NEEDING_SCALE))
_SCALE = _alternation(SCALE_WORDS)
_SUFFIX = (
    rf"(?:(?i:{_alternation(CURRENCY_WORDS, flexible_space=True)})"
    rf"|{_alternation(CURRENCY_CODES)})(?![^\W\d_])"
    rf"|{_alternation(CURRENCY_SYMBOLS)}"
)

_AMOUNT_RE = re.compile(
    rf"""
    (?:(?<!\w)(?P<pre>{_PREFIX}){_SPACE}?      # currency first: "$6.6bn", "CHF 3.5 billion"
      |(?<![\w.,'\u2019$€£¥]))                 # or the number starts a token
    (?P<num>{_NUMBER})(?!\d)(?![.,'\u2019]\d)
    (?:(?P<glued>(?i:{_SCALE}|[kmb]))(?!\w)     # "6.6bn", "200m"
      |(?:{_SPACE}|-)(?P<spaced>(?i:{_SCALE}))(?!\w)  # "1,3 Milliarden", "50-Millionen-Dollar"
      |(?![^\W\d_]))                            # no scale: no letter glued on ("5G", "2020er")
    (?:(?:{_SPACE}?|-)(?P<post>{_SUFFIX}))?
    """,
    re.VERBOSE,
)

_PERCENT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER})(?!\d)(?![.,]\d)"
    rf"(?:{_SPACE}|-)?"
    # "%" may carry a German suffix ("25%ige"); the words must end ("Prozentpunkte" is not a %)
    r"(?P<unit>%|(?i:prozentig\w*|prozent|percent|per\s?cent|pct|vh|v\.\s?h\.)(?![^\W\d_]))"
)

# "a quarter stake", "ein Drittel der Anteile": a fraction of a company, where a stake follows
_FRACTIONS = {"quarter": 25.0, "third": 100 / 3, "half": 50.0, "two thirds": 200 / 3, "three quarters": 75.0,
              "viertel": 25.0, "drittel": 100 / 3, "hälfte": 50.0, "zwei drittel": 200 / 3, "drei viertel": 75.0}
_FRACTION_RE = re.compile(
    r"(?i)(?<!\w)(?:(?:a|one|ein|einem|einen|die|der)\s+(?P<fraction>quarter|third|half|viertel|drittel|hälfte)"
    r"|(?P<fraction2>two[- ]thirds|three[- ]quarters|zwei\s+drittel|drei\s+viertel))"
    r"(?=\s+(?:stake|interest|share|holding|of|in|an|am|der|des|von|beteiligt|anteil\w*))"
)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+(\w+)")


# --- Numbers ------------------------------------------------------------------------------------

def parse_number(token: str, lang: str = "en", prefer_decimal: bool = False) -> Decimal | None:
    """Read a written number by the separator rules of `lang` ("de" or "en").

    Both "." and "," present: the last one is the decimal mark ("1.300.000,50", "1,300,000.50").
    One kind repeated: thousands ("1.300.000"). A single separator followed by exactly three
    digits is a thousands separator in either language ("175,691 dlrs", "500.000 Euro"), except
    with `prefer_decimal` (a scale word or % follows) and the separator is the language's own
    decimal mark: "1,250 Milliarden" (de) and "1.250 billion" (en) are 1.25. Any other single
    separator is decimal, whichever character it is, so "$6.6bn" in German text is still 6.6.
    Returns None for things that are not one number ("20.11.2024").
    """
    decimal_mark = "," if (lang or "en").lower().startswith("de") else "."
    groups = re.split(r"[^\d]", token)
    separators = [c for c in token if not c.isdigit()]
    if not groups or not all(groups):
        return None
    if not separators:
        return Decimal(token)

    def grouped(parts: list[str]) -> bool:
        return 1 <= len(parts[0]) <= 3 and not parts[0].startswith("0") and all(
            len(p) == 3 for p in parts[1:])

    last = separators[-1]
    if len(set(separators)) > 1:
        # The last separator is the decimal mark; the rest must be one thousands separator.
        if last not in ".," or separators.count(last) != 1 or len(set(separators[:-1])) != 1:
            return None
        if not grouped(groups[:-1]):
            return None
        return Decimal("".join(groups[:-1]) + "." + groups[-1])
    if len(separators) > 1 or last not in ".,":
        return Decimal("".join(groups)) if grouped(groups) else None
    integer, fraction = groups
    if grouped(groups) and not (prefer_decimal and last == decimal_mark):
        return Decimal(integer + fraction)
    return Decimal(integer + "." + fraction)


# --- Amounts ------------------------------------------------------------------------------------

def _suffix_currency(word: str) -> tuple[bool, str | None]:
    """(is it a currency, ISO code or None) for a currency written after the number."""
    if word in CURRENCY_SYMBOLS:
        return True, CURRENCY_SYMBOLS[word]
    if word in CURRENCY_CODES:
        return True, CURRENCY_CODES[word]
    key = re.sub(r"\s+", " ", word.lower())
    if key in CURRENCY_WORDS:
        return True, CURRENCY_WORDS[key]
    return False, None


def _amount(match: re.Match, text: str, lang: str) -> Amount | None:
    pre, post = match.group("pre"), match.group("post")
    glued, spaced = match.group("glued"), match.group("spaced")
    scale_text = glued or spaced

    has_currency, currency = False, None
    if pre:
        if pre in PREFIX_WORDS_NEEDING_SCALE:
            if not scale_text:
                return None
            has_currency, currency = True, PREFIX_WORDS_NEEDING_SCALE[pre]
        else:
            has_currency, currency = True, CURRENCY_SYMBOLS.get(pre) or CURRENCY_CODES[pre]

    end = match.end()  # after the suffix currency if any, else after scale or number
    if post:
        is_currency, post_currency = _suffix_currency(post)
        # "2024 Euro-Anleihen", "500-Euro-Schein": a currency word in a hyphenated compound is
        # trusted only when a scale already makes the number an amount ("50-Millionen-Dollar-").
        hyphenated = text[match.start("post") - 1] == "-" or re.fullmatch(
            r"-[^\W\d_]", text[match.end("post"):match.end("post") + 2])
        if hyphenated and not scale_text and not pre:
            return None
        if not pre:
            has_currency, currency = is_currency, post_currency

    factor = 1
    if scale_text:
        key = scale_text.lower()
        if key in ATTACHED_LETTERS and key not in SCALE_WORDS:
            if not glued or not has_currency:
                return None
            factor = ATTACHED_LETTERS[key]
        else:
            if key in _SCALES_NEEDING_CURRENCY and not has_currency:
                return None
            factor = SCALE_WORDS[key]
            if key == "billion" and scale_text[0] == "B" and lang.lower().startswith("de"):
                factor = _GERMAN_BILLION

    if not has_currency:
        if not scale_text:
            return None  # a bare number is never an amount
        # A scale without currency is money only if nothing says what is being counted:
        # "4,7 Millionen Menschen" / "50 mln shares" are not.
        following = _NEXT_WORD_RE.match(text, end)
        if following and (COUNT_NOUN_RE.fullmatch(following.group(1))
                          or following.group(1)[0].isupper()):
            return None

    number = parse_number(match.group("num"), lang, prefer_decimal=bool(scale_text))
    if number is None:
        return None
    start = match.start()
    return Amount(start, end, float(number * factor), currency, text[start:end])


def find_amounts(text: str, lang: str = "en") -> list[Amount]:
    """All money amounts in `text`, in order, with offsets: text[a.start:a.end] == a.text."""
    lang = lang or "en"
    found: list[Amount] = []
    pos = 0
    while (match := _AMOUNT_RE.search(text, pos)) is not None:
        amount = _amount(match, text, lang)
        if amount is None:
            pos = match.start() + 1  # a rejected reading may hide a shorter good one
            continue
        found.append(amount)
        pos = amount.end
    return found


# --- Percentages --------------------------------------------------------------------------------

def find_percentages(text: str, lang: str = "en") -> list[Percentage]:
    """All percentages ("16,8 Prozent", "29.6%", "25 per cent", "25-prozentige") with offsets.

    Percentage points ("3 Prozentpunkte", "3 percentage points") are not percentages.
    """
    found: list[Percentage] = []
    for match in _PERCENT_RE.finditer(text):
        number = parse_number(match.group("num"), lang or "en", prefer_decimal=True)
        if number is None:
            continue
        found.append(Percentage(match.start(), match.end(), float(number), match.group()))
    for match in _FRACTION_RE.finditer(text):
        fraction = match.group("fraction") or match.group("fraction2")
        value = _FRACTIONS[" ".join(fraction.lower().replace("-", " ").split())]
        found.append(Percentage(match.start(), match.end(), value, match.group()))
    return sorted(found, key=lambda p: p.start)
