"""office-holder: people named with an office on a date outside their term."""
import pytest

import factlint


def findings(text, date):
    return [f for f in factlint.check_text(text, date=date).findings if f.rule == "office-holder"]


def test_title_before_the_name_out_of_term():
    [f] = findings("U.N. Secretary-General Ban Ki-moon said the talks would go on.", "2024-06-14")
    assert (f.severity, f.text) == ("warning", "U.N. Secretary-General Ban Ki-moon")
    assert "from January 1, 2007 to December 31, 2016" in f.message and "2024-06-14" in f.message
    assert "(source: https://" in f.message


def test_a_past_obligation_is_not_the_past_perfect():
    [f] = findings("U.N. Secretary-General Ban Ki-moon had to leave the talks.", "2024-06-14")
    assert f.text == "U.N. Secretary-General Ban Ki-moon"


def test_title_after_the_name():
    [f] = findings("Jens Stoltenberg, the NATO secretary-general, met the ministers.", "2025-02-01")
    assert f.text == "Jens Stoltenberg, the NATO secretary-general"


def test_two_terms_and_two_offices():
    assert findings("President Donald Trump spoke.", "2019-05-01") == []
    assert findings("President Donald Trump spoke.", "2025-05-01") == []
    [f] = findings("President Donald Trump spoke.", "2022-05-01")
    assert "from January 20, 2017 to January 20, 2021" in f.message
    assert findings("ECB President Christine Lagarde spoke.", "2024-01-01") == []
    [f] = findings("IMF chief Christine Lagarde spoke.", "2024-01-01")
    assert "Managing Director of the International Monetary Fund" in f.message


@pytest.mark.parametrize("text", [
    "Ban Ki-moon, the former U.N. secretary-general, spoke.",
    "Former Secretary-General Ban Ki-moon spoke.",
    "Then-Chancellor Angela Merkel opened the plant.",
    "In 2015, U.N. Secretary-General Ban Ki-moon visited.",
    "Ban Ki-moon visited the site.",
    "U.N. Secretary-General Ban Ki-moon had named her envoy before he left.",   # the past perfect: a time before
    "Ban Ki-moon, the U.N. secretary-general, had long opposed it.",
])
def test_quiet(text):
    assert findings(text, "2024-06-14") == []
