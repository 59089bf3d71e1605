from decimal import Decimal

import pytest

from stakegraph.quantities import Amount, find_amounts, find_percentages, parse_number


def only_amount(text: str, lang: str) -> Amount:
    found = find_amounts(text, lang)
    assert len(found) == 1, found
    amount = found[0]
    assert text[amount.start:amount.end] == amount.text
    return amount


GERMAN = [
    ("1,3 Milliarden Dollar", 1_300_000_000, "USD"),
    ("157 Milliarden Dollar", 157_000_000_000, "USD"),
    ("2,5 Mio. Euro", 2_500_000, "EUR"),
    ("4,7 Millionen Euro", 4_700_000, "EUR"),
    ("12,4 Milliarden US-Dollar", 12_400_000_000, "USD"),
    ("3 Mrd. Euro", 3_000_000_000, "EUR"),
    ("500.000 Euro", 500_000, "EUR"),
    ("1,5 Mrd. Franken", 1_500_000_000, "CHF"),
    ("800 Millionen Pfund", 800_000_000, "GBP"),
    ("Euro 3 Mio.", 3_000_000, "EUR"),
    ("3,5 Mio. €", 3_500_000, "EUR"),
    ("20 Mrd. Yen", 20_000_000_000, "JPY"),
    ("10 Milliarden Rubel", 10_000_000_000, "RUB"),
    ("1.300.000,50 Euro", 1_300_000.5, "EUR"),
    ("1,250 Milliarden Euro", 1_250_000_000, "EUR"),  # scale: "," is the German decimal mark
    ("1.300 Milliarden Euro", 1_300_000_000_000, "EUR"),  # "." groups thousands in German
    ("1 Billion Euro", 10**12, "EUR"),  # German Billion is 10^12
    ("1,3 Billionen Euro", 1_300_000_000_000, "EUR"),
    ("50-Millionen-Dollar", 50_000_000, "USD"),
    ("5 Mrd. schwedische Kronen", 5_000_000_000, "SEK"),
    ("$6.6bn", 6_600_000_000, "USD"),  # English notation inside German text
]

ENGLISH = [
    ("$6.6bn", 6_600_000_000, "USD"),
    ("$6.6 billion", 6_600_000_000, "USD"),
    ("£1.2bn", 1_200_000_000, "GBP"),
    ("€2.5 million", 2_500_000, "EUR"),
    ("US$ 40 million", 40_000_000, "USD"),
    ("50 mln dlrs", 50_000_000, "USD"),
    ("175,691 dlrs", 175_691, "USD"),
    ("9.4bn dollars", 9_400_000_000, "USD"),
    ("$45 mln", 45_000_000, "USD"),
    ("1.2 billion euros", 1_200_000_000, "EUR"),
    ("5 million pounds", 5_000_000, "GBP"),
    ("CHF 3.5 billion", 3_500_000_000, "CHF"),
    ("USD 200m", 200_000_000, "USD"),
    ("$1.3 trillion", 1_300_000_000_000, "USD"),
    ("$1.3 Billion", 1_300_000_000, "USD"),  # capitalised headline style is still English
    ("1.250 billion dlrs", 1_250_000_000, "USD"),
    ("$500k", 500_000, "USD"),
    ("$200M", 200_000_000, "USD"),
    ("EUR 500", 500, "EUR"),
    ("500 USD", 500, "USD"),
    ("300 mln stg", 300_000_000, "GBP"),
    ("4 billion yen", 4_000_000_000, "JPY"),
    ("2 billion yuan", 2_000_000_000, "CNY"),
    ("5 billion roubles", 5_000_000_000, "RUB"),
    ("12 mln Canadian dlrs", 12_000_000, "CAD"),
    ("HK$ 3 billion", 3_000_000_000, "HKD"),
    ("1.5 billion Swiss francs", 1_500_000_000, "CHF"),
    ("5 mln French francs", 5_000_000, "FRF"),
    ("20 mln francs", 20_000_000, None),  # French, Belgian or Swiss: not guessed
    ("a 50-million-dollar deal", 50_000_000, "USD"),
]


@pytest.mark.parametrize("text,value,currency", GERMAN)
def test_german_amounts(text, value, currency):
    amount = only_amount(text, "de")
    assert amount.text == text.removeprefix("a ").removesuffix(" deal")
    assert amount.value == value
    assert amount.currency == currency


@pytest.mark.parametrize("text,value,currency", ENGLISH)
def test_english_amounts(text, value, currency):
    amount = only_amount(text, "en")
    assert amount.text == text.removeprefix("a ").removesuffix(" deal")
    assert amount.value == value
    assert amount.currency == currency


@pytest.mark.parametrize("sentence,lang,span,value,currency", [
    ("Die Bank gab einen Kredit über 4,7 Millionen an das Start-up.", "de", "4,7 Millionen",
     4_700_000, None),
    ("Mistral AI sammelte 600 Millionen Euro ein.", "de", "600 Millionen Euro", 600_000_000, "EUR"),
    ("Microsoft said it would invest $10bn in OpenAI.", "en", "$10bn", 10_000_000_000, "USD"),
    ("It raised $20 million in a Series B round.", "en", "$20 million", 20_000_000, "USD"),
    ("Die Firma sammelte in einer Series B 30 Mio. Euro ein.", "de", "30 Mio. Euro", 30_000_000,
     "EUR"),
    ("eine 50-Millionen-Dollar-Finanzierungsrunde", "de", "50-Millionen-Dollar", 50_000_000,
     "USD"),
    ("The company had 3,500 employees and paid 12 mln dlrs.", "en", "12 mln dlrs", 12_000_000,
     "USD"),
])
def test_amounts_in_sentences(sentence, lang, span, value, currency):
    amount = only_amount(sentence, lang)
    assert amount.text == span
    assert sentence.index(span) == amount.start
    assert (amount.value, amount.currency) == (value, currency)


def test_several_amounts_keep_order_and_offsets():
    text = "Siemens zahlt 1,3 Milliarden Dollar und 2,5 Mio. Euro."
    found = find_amounts(text, "de")
    assert [(a.text, a.value, a.currency) for a in found] == [
        ("1,3 Milliarden Dollar", 1_300_000_000, "USD"),
        ("2,5 Mio. Euro", 2_500_000, "EUR"),
    ]
    assert all(text[a.start:a.end] == a.text for a in found)


@pytest.mark.parametrize("text,lang", [
    ("Series B", "en"),
    ("a Series B round", "en"),
    ("269 Mitarbeitern", "de"),
    ("Das Unternehmen hat 269 Mitarbeitern gekündigt.", "de"),
    ("20 Prozent", "de"),
    ("2024", "de"),
    ("im Jahr 2024", "de"),
    ("Windows 10", "en"),
    ("2 Millionen Menschen", "de"),  # a scale without currency that counts people
    ("5 Mio. Nutzer", "de"),
    ("rund 4,7 Millionen Aktionäre", "de"),  # any capitalised noun says what is counted
    ("20 million Americans", "en"),
    ("50 mln shares", "en"),
    ("1.5 million barrels", "en"),
    ("a 200m race", "en"),  # single-letter scale needs a currency
    ("Euro 2024", "de"),  # the tournament, not a price
    ("2024 Euro-Anleihen", "de"),
    ("500-Euro-Scheine", "de"),
    ("COVID19 Euro", "en"),  # no number inside a word
    ("A380 Dollar", "en"),
    ("20.11.2024", "de"),
])
def test_not_amounts(text, lang):
    assert find_amounts(text, lang) == []


@pytest.mark.parametrize("value,currency,expected", [
    (1_300_000_000.0, "USD", {"value": 1_300_000_000, "currency": "USD"}),
    (1_300_000.5, "EUR", {"value": 1_300_000.5, "currency": "EUR"}),
    (4_700_000.0, None, {"value": 4_700_000}),
])
def test_as_qualifier(value, currency, expected):
    qualifier = Amount(0, 1, value, currency, "x").as_qualifier()
    assert qualifier == expected
    assert type(qualifier["value"]) is type(expected["value"])


def test_as_qualifier_from_text():
    assert only_amount("$6.6bn", "en").as_qualifier() == {"value": 6_600_000_000,
                                                          "currency": "USD"}


@pytest.mark.parametrize("token,lang,prefer_decimal,expected", [
    ("1,3", "de", False, "1.3"),
    ("1.3", "en", False, "1.3"),
    ("6.6", "de", False, "6.6"),  # robust: one separator, not three digits -> decimal
    ("175,691", "en", False, "175691"),
    ("175,691", "de", False, "175691"),
    ("500.000", "de", False, "500000"),
    ("500.000", "en", False, "500000"),
    ("1,250", "de", True, "1.250"),
    ("1.250", "en", True, "1.250"),
    ("1.250", "de", True, "1250"),
    ("1.300.000,50", "de", False, "1300000.50"),
    ("1,300,000.50", "en", False, "1300000.50"),
    ("1'000'000", "de", False, "1000000"),
    ("0,500", "de", False, "0.500"),
    ("20.11.2024", "de", False, None),
    ("1.2.3", "en", False, None),
])
def test_parse_number(token, lang, prefer_decimal, expected):
    result = parse_number(token, lang, prefer_decimal)
    assert result == (Decimal(expected) if expected is not None else None)


PERCENTAGES = [
    ("16,8 Prozent", "de", "16,8 Prozent", 16.8),
    ("16.8 %", "en", "16.8 %", 16.8),
    ("29.6%", "en", "29.6%", 29.6),
    ("29.6%", "de", "29.6%", 29.6),
    ("29.6 pct", "en", "29.6 pct", 29.6),
    ("25 per cent", "en", "25 per cent", 25.0),
    ("25 percent", "en", "25 percent", 25.0),
    ("bought a 25 pct stake in", "en", "25 pct", 25.0),
    ("rund 38 Prozent der Anteile", "de", "38 Prozent", 38.0),
    ("eine 25-prozentige Beteiligung", "de", "25-prozentige", 25.0),
    ("eine 25%ige Tochter", "de", "25%", 25.0),
    ("1.000 Prozent", "de", "1.000 Prozent", 1000.0),
]


@pytest.mark.parametrize("text,lang,span,value", PERCENTAGES)
def test_percentages(text, lang, span, value):
    found = find_percentages(text, lang)
    assert len(found) == 1, found
    pct = found[0]
    assert (pct.text, pct.value) == (span, value)
    assert text[pct.start:pct.end] == span


@pytest.mark.parametrize("text", [
    "um 3 Prozentpunkte",
    "3 percentage points",
    "269 Mitarbeiter",
    "Windows 10",
    "1,3 Milliarden Dollar",
    "v10%",
])
def test_not_percentages(text):
    assert find_percentages(text, "de") == []
