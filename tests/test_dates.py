from datetime import date

import pytest

from stakegraph.dates import find_dates, parse_date

REF = "2024-11-20"  # a Wednesday


ABSOLUTE = [
    ("20. November 2024", "2024-11-20"),
    ("20. November, 2024", "2024-11-20"),
    ("20.11.2024", "2024-11-20"),
    ("1.3.2023", "2023-03-01"),
    ("2024-11-20", "2024-11-20"),
    ("2024-11-20T10:00:00Z", "2024-11-20"),
    ("November 20, 2024", "2024-11-20"),
    ("Nov. 20, 2024", "2024-11-20"),
    ("Nov 20 2024", "2024-11-20"),
    ("20 November 2024", "2024-11-20"),
    ("20th of November 2024", "2024-11-20"),
    ("Mittwoch, 20. November 2024", "2024-11-20"),
    ("Wednesday, November 20, 2024", "2024-11-20"),
    ("Wed, 20 Nov 2024 10:00:00 +0000", "2024-11-20"),
    ("1. Jänner 2016", "2016-01-01"),
    ("March 1987", "1987-03"),
    ("März 2023", "2023-03"),
    ("Maerz 2021", "2021-03"),
    ("Jänner 2016", "2016-01"),
    ("Feber 2020", "2020-02"),
    ("Sept. 2022", "2022-09"),
    ("Okt 2022", "2022-10"),
    ("Ende März 2023", "2023-03"),
    ("mid-March 2023", "2023-03"),
    ("2023", "2023"),
    ("in 2023", "2023"),
    ("Anfang 2023", "2023"),
    ("early 2023", "2023"),
    ("Mitte 2022", "2022"),
    ("mid-2022", "2022"),
    ("the end of 2023", "2023"),
    ("im Frühjahr 2021", "2021"),
    ("2024-11", "2024-11"),  # month precision reads back as itself
]


@pytest.mark.parametrize("text,expected", ABSOLUTE)
def test_absolute_dates_need_no_reference(text, expected):
    assert parse_date(text) == expected
    assert parse_date(text, REF) == expected


RELATIVE = [
    ("im März", "2024-03"),
    ("in March", "2024-03"),
    ("Ende März", "2024-03"),
    ("am 3. Dezember", "2024-12-03"),
    ("on November 5", "2024-11-05"),
    ("letztes Jahr", "2023"),
    ("vergangenes Jahr", "2023"),
    ("im vergangenen Jahr", "2023"),
    ("im Vorjahr", "2023"),
    ("last year", "2023"),
    ("late last year", "2023"),
    ("Ende vergangenen Jahres", "2023"),
    ("Ende des vergangenen Jahres", "2023"),
    ("this year", "2024"),
    ("earlier this year", "2024"),
    ("dieses Jahr", "2024"),
    ("heuer", "2024"),
    ("Ende des Jahres", "2024"),
    ("next year", "2025"),
    ("nächstes Jahr", "2025"),
    ("im kommenden Jahr", "2025"),
    ("November vergangenen Jahres", "2023-11"),
    ("im November des Vorjahres", "2023-11"),
    ("March this year", "2024-03"),
    ("20. November vergangenen Jahres", "2023-11-20"),
    ("last November", "2023-11"),  # strictly before the reference month
    ("last March", "2024-03"),
    ("kommenden März", "2025-03"),
    ("last month", "2024-10"),
    ("letzten Monat", "2024-10"),
    ("im Vormonat", "2024-10"),
    ("next month", "2024-12"),
    ("yesterday", "2024-11-19"),
    ("gestern", "2024-11-19"),
    ("vorgestern", "2024-11-18"),
    ("today", "2024-11-20"),
    ("heute", "2024-11-20"),
    ("morgen", "2024-11-21"),
    ("Monday", "2024-11-18"),
    ("am Montag", "2024-11-18"),
    ("Montagabend", "2024-11-18"),
    ("am Mittwoch", "2024-11-20"),  # on or before: the reference day itself
    ("on Thursday", "2024-11-14"),
    ("letzten Mittwoch", "2024-11-13"),  # "last" is strictly before
    ("nächsten Mittwoch", "2024-11-27"),
    ("next Friday", "2024-11-22"),
]


@pytest.mark.parametrize("text,expected", RELATIVE)
def test_relative_dates(text, expected):
    assert parse_date(text, REF) == expected


@pytest.mark.parametrize("text", [t for t, _ in RELATIVE])
def test_relative_dates_without_reference_give_none(text):
    assert parse_date(text) is None
    assert find_dates(text) == []


@pytest.mark.parametrize("text,reference,expected", [
    ("last year", "2024", "2023"),
    ("im März", "2024", "2024-03"),
    ("yesterday", "2024-11", None),  # the reference is not precise enough
    ("last month", "2024", None),
    ("gestern", "2024-03-01", "2024-02-29"),
    ("last month", "2024-01-15", "2023-12"),
    ("yesterday", "2024-11-20T08:30:00+01:00", "2024-11-19"),
    ("yesterday", "20. November 2024", "2024-11-19"),
    ("Montag", "2024-11-18", "2024-11-18"),  # a Monday reference: that very day
])
def test_reference_forms(text, reference, expected):
    assert parse_date(text, reference) == expected


def test_reference_as_date_object():
    assert parse_date("gestern", date(2024, 11, 20)) == "2024-11-19"


@pytest.mark.parametrize("text", [
    "2024 Mitarbeiter",
    "Windows 10",
    "20 Prozent",
    "nonsense",
    "31. Februar 2024",
    "1850",  # bare years are 1900-2099
    "Theresa May",
    "20.11.2024 und 21.11.2024",  # two different dates: not one expression
    "",
])
def test_parse_date_none(text):
    assert parse_date(text, REF) is None


SENTENCES = [
    ("Die Übernahme wurde am 20. November 2024 bekanntgegeben.",
     [("20. November 2024", "2024-11-20")]),
    ("Im Jahr 2024 kaufte Siemens 20 Prozent.", [("2024", "2024")]),
    ("Seit 2020 ist er Chef von Siemens.", [("2020", "2020")]),
    ("von 2020 bis 2023", [("2020", "2020"), ("2023", "2023")]),
    ("Im Geschäftsjahr 2023 stieg der Umsatz.", [("2023", "2023")]),
    ("The deal, announced in March, closed on Monday.",
     [("March", "2024-03"), ("Monday", "2024-11-18")]),
    ("Anfang 2023 stieg BlackRock ein.", [("Anfang 2023", "2023")]),
    ("Die Firma wurde im vergangenen Jahr gegründet.", [("vergangenen Jahr", "2023")]),
    ("Die Firma wurde im November vergangenen Jahres gegründet.",
     [("November vergangenen Jahres", "2023-11")]),
    ("im März 20 Prozent", [("März", "2024-03")]),  # "März 20" is not a day: 20 is a percentage
    ("He said on Wednesday, November 20, 2024 that", [("Wednesday, November 20, 2024",
                                                       "2024-11-20")]),
    ("Heute Morgen teilte Siemens mit", [("Heute", "2024-11-20")]),
]


@pytest.mark.parametrize("sentence,expected", SENTENCES)
def test_find_dates_in_sentences(sentence, expected):
    found = find_dates(sentence, REF)
    assert [(sentence[s:e], value) for s, e, value in found] == expected


def test_longest_match_wins():
    # "20. November 2024" also contains "20. November", "November 2024" and "2024"
    assert find_dates("am 20. November 2024", REF) == [(3, 20, "2024-11-20")]


def test_unresolvable_winner_does_not_fall_back_to_a_part():
    # without a reference "November vergangenen Jahres" is unknown, not "November" of some year
    assert find_dates("im November vergangenen Jahres") == []


@pytest.mark.parametrize("sentence", [
    "Das Unternehmen hat 2024 Mitarbeiter.",
    "seit 2024 Mitarbeiter",
    "Windows 10",
    "Sie kostet 2024 Euro.",
    "in 2024 Euro",
    "The 2024 election",
    "Theresa May said",
    "Die Stiftung von August Oetker",
    "Prices may rise in march",
    "In den vergangenen Jahren stieg der Umsatz.",
    "in 1850",
    "Airbus A320",
    "er gab 20 Prozent ab",
])
def test_not_dates(sentence):
    assert find_dates(sentence, REF) == []
