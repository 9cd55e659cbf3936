"""The two check kinds of the foundation, through the library call, on copy that must fire and
copy that must stay quiet."""
import pytest
from conftest import MOTIVATING, span_text, validate_report

import factlint


def counted(report):
    return [f for f in report.findings if f.severity in ("error", "warning")]


def test_motivating_article_has_exactly_the_coalition_finding():
    text = MOTIVATING.read_text(encoding="utf-8")
    report = factlint.check_text(text, path=str(MOTIVATING))
    validate_report(report.to_json())
    [finding] = counted(report)
    assert finding.rule == "entity-date" and finding.severity == "error"
    assert span_text(text, finding.span.model_dump()) == "since 2003"
    assert "ongoing since 2003" in text[finding.span.start - 20:finding.span.end]
    [related] = finding.related
    assert related.text == "U.S.-led coalition" and span_text(text, related.span.model_dump()) == related.text
    assert "formed in September 2014" in finding.message and "11 years earlier" in finding.message
    assert "(source: https://" in finding.message
    assert span_text(text, finding.fix.span.model_dump()) == "2003" and finding.fix.replacement == "2014"


def test_entity_date_founding_year_that_differs():
    report = factlint.check_text("NATO, founded in 1952, now has 32 members.", date="2024-07-10")
    [f] = report.findings
    assert (f.rule, f.severity, f.text) == ("entity-date", "error", "founded in 1952")
    assert "NATO was founded on April 4, 1949" in f.message and "3 years later" in f.message
    assert f.fix.replacement == "1949"


def test_entity_date_since_later_than_start_is_a_warning():
    [f] = factlint.check_text("The Suez Canal, in operation since 1889, is busy.", date="2024-03-15").findings
    assert f.severity == "warning" and "opened on November 17, 1869" in f.message and "20 years later" in f.message


def test_entity_date_pronoun_link_is_a_warning():
    text = "Passengers went to Eurostar, whose trains have run through the Channel Tunnel since it opened in 1991."
    [f] = factlint.check_text(text, date="2025-11-06").findings
    assert f.severity == "warning" and f.text == "opened in 1991"
    assert f.related[0].text == "Channel Tunnel" and "1994" in f.message


def test_entity_date_possessive_founding():
    text = "It is among the largest crises the United Nations has confronted since its founding in 1948."
    [f] = factlint.check_text(text, date="2024-06-14").findings
    assert f.text == "its founding in 1948" and f.related[0].text == "United Nations"


def test_entity_date_quiet_on_correct_and_coarser_dates():
    quiet = [
        "The Riksbank, the world's oldest central bank, founded in 1668, cut its rate.",
        "The anti-ISIS coalition, in place since 2014, met in Rome.",
        "The Global Coalition to Defeat ISIS, formed in September 2014, met.",
        "UNHCR, created by the U.N. General Assembly in 1950, says the crisis grows.",
        "Councillor Brennan has represented the east side since 2011.",
        "NATO has expanded since 2004.",
        "The U.S.-led coalition has been in Iraq since 2003.",
    ]
    for text in quiet:
        assert factlint.check_text(text, date="2024-11-05").findings == [], text


def test_entity_date_generic_since_before_existence_is_certain():
    [f] = factlint.check_text("The European Space Agency has launched satellites since 1960.", date="2024-01-01").findings
    assert f.severity == "error" and "15 years earlier" in f.message


def test_weekday_date_fires_with_an_explicit_year():
    [f] = factlint.check_text("The match was moved to Wednesday, March 13, 2025.").findings
    assert (f.rule, f.severity, f.text) == ("weekday-date", "error", "Wednesday")
    assert "March 13, 2025 was a Thursday, not a Wednesday" in f.message
    assert f.related[0].text == "Wednesday, March 13, 2025" and f.fix is None


def test_weekday_date_with_inferred_year_is_a_warning():
    [f] = factlint.check_text("The campaign began on Monday, Oct. 8.", date="2024-10-24").findings
    assert f.severity == "warning" and "October 8, 2024 was a Tuesday" in f.message
    assert "taken from the reference date" in f.message


def test_weekday_date_quiet_on_the_right_day_and_on_lone_weekdays():
    for text in ("In a statement dated Monday, Nov. 4, 2024, the command said.",
                 "The strike ends on Saturday. On March 13, talks resume.",
                 "On Nov. 4, 2024, a Monday, it ended."):
        assert factlint.check_text(text, date="2024-11-05").findings == [], text


@pytest.mark.parametrize("text, message", [
    ("NASA said today, Wednesday, that the capsule had arrived.",
     "'Wednesday': November 29, 2022 was a Tuesday, not a Wednesday ('today' counted from the reference date)"),
    ("The capsule left yesterday (Tuesday).", "'Tuesday': November 28, 2022 was a Monday, not a Tuesday"),
    ("It lands tomorrow, Thursday.", "'Thursday': November 30, 2022 was a Wednesday, not a Thursday"),
])
def test_weekday_date_beside_today_yesterday_or_tomorrow(text, message):
    [f] = factlint.check_text(text, date="2022-11-29").findings
    assert (f.rule, f.severity) == ("weekday-date", "warning") and f.message.startswith(message)


def test_weekday_date_beside_today_quiet():
    for text in ("NASA said today, Tuesday, that the capsule had arrived.", "It left yesterday (Monday).",
                 "It lands tomorrow, Wednesday.", "The vote is today. Tuesday's count follows.",
                 "Today, Wednesday's vote was postponed."):   # another day's vote
        assert factlint.check_text(text, date="2022-11-29").findings == [], text


def test_weekday_date_reads_a_holiday_as_its_day():
    [f] = factlint.check_text("On Christmas Day, a Tuesday, the mayor spoke.", date="2024-01-03").findings
    assert (f.rule, f.severity, f.text) == ("weekday-date", "warning", "Tuesday")
    assert "December 25, 2023 was a Monday" in f.message
    assert factlint.check_text("On Christmas Day, a Monday, the mayor spoke.", date="2024-01-03").findings == []


def test_entity_date_on_a_date_reckoned_back_is_a_warning_that_names_the_year():
    text = "In 2003 rebels gathered. The coalition against ISIS has struck since that year."
    [f] = factlint.check_text(text, date="2024-01-03").findings
    assert (f.rule, f.severity, f.text) == ("entity-date", "warning", "since that year")
    assert "that year (2003) is 11 years earlier" in f.message and f.fix is None
    assert factlint.check_text("In 2014 rebels gathered. The coalition against ISIS has struck since that year.",
                               date="2024-01-03").findings == []


@pytest.mark.parametrize("text, right, wrong, date, message", [
    # past a figure per share before the rate
    ("For the year, the company earned $422.5 million, or $6.44 a share, up {}% from $387.8 million, or $5.63 a "
     "share.", "8.9", "18.9", "1989-11-02", "from $387.8 million to $422.5 million is 8.9%"),
    # a comma before "to"
    ("Revenue in the quarter rose {} percent, to $3.42 billion from $2.24 billion a year earlier.", "53", "63",
     "2009-06-19", "is 52.7%"),
    # a share given after "i.e." or in brackets
    ("National turnout was {}%, i.e. 30,698,210 out of 46,444,321.", "66", "61", "2015-05-12",
     "30,698,210 of 46,444,321 is 66.1%"),
    ("Turnout was {}% (30,698,210 of 46,444,321 voters).", "66", "61", "2015-05-12", "30,698,210 of 46,444,321 is 66.1%"),
    # a share set between commas before its whole
    ("Bouteflika won 8,651,723 votes, {} percent, of the 10,179,702 cast.", "85.0", "82.0", "2004-04-10",
     "8,651,723 of 10,179,702 is 85.0%"),
    # shots made for shots taken
    ("The Thunder went 14-for-30 ({} percent) from distance.", "46.7", "56.7", "2019-11-10", "14 of 30 is 46.7%"),
    # the share, then what it means: "meaning that ... out of", or after a colon
    ("Voter turnout was {}% meaning that 1,905,960 voters have cast their ballots out of total 3,465,736.", "55",
     "58", "2012-10-02", "1,905,960 of 3,465,736 is 55.0%"),
    ("Turnout was {}%: 1,905,960 of 3,465,736 registered voters cast ballots.", "55", "58", "2012-10-02",
     "1,905,960 of 3,465,736 is 55.0%"),
])
def test_percentage_quiet_on_the_right_figure_and_fires_on_a_wrong_one(text, right, wrong, date, message):
    assert factlint.check_text(text.format(right), date=date).findings == []
    [f] = factlint.check_text(text.format(wrong), date=date).findings
    stated = text.format(wrong)[f.span.start:f.span.end]
    assert (f.rule, f.text) == ("percentage", stated) and stated.startswith(wrong) and message in f.message


def test_a_rate_of_change_before_a_colon_is_no_share():
    assert factlint.check_text("Prices rose 5%: 3 of 10 items cost more.", date="2024-01-03").findings == []


def test_no_reference_date_is_one_info_note():
    report = factlint.check_text("It closed yesterday and on Oct. 22 reopened, on Monday.")
    [f] = report.findings
    assert (f.rule, f.severity, f.text) == ("no-reference-date", "info", "yesterday")
    assert f.message.startswith("3 relative date(s)")
    assert [r.text for r in f.related] == ["Oct. 22", "Monday"]
    assert factlint.check_text("It closed yesterday.", date="2024-05-02").findings == []
