"""time-zone: a time of day said again in another zone, and the 24-hour times of wire copy ("2000 GMT") read
as times, never as years."""
import datetime as dt

import pytest

import factlint
from factlint.api import extract_text
from factlint.zones import utc_offset


def zone_findings(text, date):
    return [f for f in factlint.check_text(text, date=date).findings if f.rule == "time-zone"]


@pytest.mark.parametrize("text, claim, value, zone", [
    ("The market closed at 4 p.m. EDT (2000 GMT) on Friday.", "2000 GMT", "1999-06-04T20:00", "GMT"),
    ("The blast came at 1430 GMT.", "1430 GMT", "1999-06-04T14:30", "GMT"),
    ("Curfew began at 2000 local time.", "2000", "1999-06-04T20:00", None),
    ("Trading opens at 9:30 a.m. ET.", "9:30 a.m. ET", "1999-06-04T09:30", "ET"),
])
def test_a_time_on_the_24_hour_clock_is_a_time_not_a_year(text, claim, value, zone):
    claims = extract_text(text, date="1999-06-04").claims
    [time] = [c for c in claims if c.kind == "temporal" and c.type == "TIME" and c.text == claim]
    assert (time.text, time.value, time.zone) == (claim, value, zone)
    assert not any(c.kind == "temporal" and c.type == "DATE" and c.value[:4] in ("2000", "1430") for c in claims)
    assert not any(c.kind == "quantity" for c in claims)
    assert factlint.check_text(text, date="1999-06-04").findings == []  # no "2000" after the article's date


@pytest.mark.parametrize("text, date, claim, message", [
    ("Trading opens at 9:30 a.m. ET (1330 GMT).", "2021-01-05", "1330 GMT", "'1330 GMT': 9:30 a.m. ET is 1430 GMT"),
    ("Trading opens at 9:30 a.m. ET (1430 GMT).", "2021-07-05", "1430 GMT", "9:30 a.m. ET is 1330 GMT"),
    ("The launch is set for 12:01 a.m. EST (0601 GMT).", "2021-07-05", "0601 GMT", "12:01 a.m. EST is 0501 GMT"),
    ("The summit opens at 3 p.m. CET (1500 GMT).", "2021-07-05", "1500 GMT", "3 p.m. CET is 1400 GMT"),
    ("The vote closes at 2000 GMT, or 4 p.m. EST.", "2021-01-05", "4 p.m. EST", "2000 GMT is 3:00 p.m. EST"),
    ("Polls close at 8 p.m. PT (0300 GMT Wednesday).", "2021-11-09", "0300 GMT Wednesday", "is 0400 GMT"),  # PST by then
])
def test_a_time_the_zones_do_not_give_fires(text, date, claim, message):
    [f] = zone_findings(text, date)
    assert (f.text, f.severity) == (claim, "error") and text[f.span.start:f.span.end] == claim
    assert message in f.message


@pytest.mark.parametrize("text, date", [
    ("Trading opens at 9:30 a.m. ET (1430 GMT).", "2021-01-05"),
    ("Trading opens at 9:30 a.m. ET (1330 GMT).", "2021-07-05"),
    ("Polls close at 8 p.m. EDT (0000 GMT Wednesday).", "2020-11-03"),      # across midnight
    ("Polls close at 8 p.m. PT (0300 GMT Wednesday).", "2021-11-02"),       # still PDT: DST ends Nov. 7
    ("The talks resume at 10 a.m. local time (0800 GMT).", "2021-07-05"),   # no zone to convert from
    ("The quake struck at 3 p.m. CST (0700 GMT).", "2021-07-05"),           # China's or America's: left alone
    ("Trading opens at 9:30 a.m. ET (1330 GMT).", "1980-07-05"),            # before the rules of 1987
    ("He landed at 10am BST (0900 GMT) and left at 1500 GMT.", "2021-07-05"),
])
def test_a_time_the_zones_give_is_quiet(text, date):
    assert zone_findings(text, date) == []


@pytest.mark.parametrize("day, offset", [
    ("2021-03-13", -300), ("2021-03-14", -240), ("2021-11-06", -240), ("2021-11-07", -300),   # since 2007
    ("2005-04-02", -300), ("2005-04-03", -240), ("2005-10-29", -240), ("2005-10-30", -300),   # 1987 to 2006
])
def test_eastern_time_follows_the_daylight_saving_rules_of_its_year(day, offset):
    assert utc_offset("ET", day) == offset
    assert utc_offset("EDT", day) == -240 and utc_offset("ET", "XXXX-XX-XX") is None
    assert dt.date.fromisoformat(day)  # the days above are real days


@pytest.mark.parametrize("change", ["zone", "target"])
def test_a_claim_file_that_pairs_times_with_no_known_zone_or_no_clock_is_left_alone(run, tmp_path, change):
    import json

    article = tmp_path / "a.md"
    article.write_text("---\ndate: 2021-06-04\n---\nThe market closed at 4 p.m. EDT (2100 GMT) on June 4, 2021.\n")
    out = tmp_path / "c.json"
    run("extract", article, "-o", out)
    assert run("check", "--claims", out).code == 1            # as extracted: 4 p.m. EDT is 2000 GMT
    data = json.loads(out.read_text())
    date = next(c for c in data["claims"] if c["kind"] == "temporal" and c["type"] == "DATE")
    for claim in data["claims"]:
        if change == "zone" and claim["kind"] == "temporal" and claim["text"] == "2100 GMT":
            claim["zone"] = "XYZ"                               # a zone no table knows
        if change == "target" and claim["kind"] == "time-conversion":
            claim["target"] = date["id"]                        # a date, with no time of day
    out.write_text(json.dumps(data))
    result = run("check", "--claims", out)
    assert result.code == 0 and "Traceback" not in result.err
