"""Copy written for these tests, in wording the development corpus does not use: each check must
fire on its error here, and a set of correct articles (tests/articles/clean/) must stay quiet."""
from pathlib import Path

import pytest

import factlint

CLEAN = sorted((Path(__file__).parent / "articles" / "clean").glob("*.md"))


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_correct_articles_stay_quiet(path):
    report = factlint.check_text(path.read_text(encoding="utf-8"), path=str(path))
    assert [f.message for f in report.findings] == []


@pytest.mark.parametrize("rule, date, text, flagged", [
    ("sum", "2023-11-20", "Of the 14 people killed, nine died in Kaman and six in neighbouring districts.", "14"),
    ("percentage", "2022-05-06", "Turnout was 41.2%, with 61,120 of the 160,312 registered voters casting a ballot.", "41.2%"),
    ("percentage", "2022-05-06", "Some 61,120 of the 160,312 voters took part, or 41.2%.", "41.2%"),
    ("unit-conversion", "2023-11-20", "It struck at a depth of 10 km (16 miles).", "16 miles"),
    ("weekday-date", "2022-05-06", "The council will meet on Friday, May 24.", "Friday"),
    ("age-duration", "2022-05-06", "Margaret Oyelaran, 47, who was born in 1970, said so.", "47"),
    ("relative-date", "2024-07-25", "The company will report results next week, on Oct. 24.", "next week"),
    ("order", "2025-03-18", "The plant closed in 1998 after years of losses. It had opened in 2003.", "had opened in 2003"),
    ("entity-date", "2024-01-10", "The World Health Organization, founded in 1950, warned of a new wave.", "founded in 1950"),
    ("part-whole", "2024-02-08", "Of the 1,200 patients enrolled, 1,340 of them received the drug.", "1,340"),
])
def test_each_check_fires_on_unseen_wording(rule, date, text, flagged):
    findings = [f for f in factlint.check_text(text, date=date).findings if f.severity != "info"]
    assert [(f.rule, f.text) for f in findings] == [(rule, flagged)]
