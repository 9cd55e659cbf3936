"""Copy written for these tests, in wording the development corpus does not use: each check must
fire on its error here, and a set of correct articles (tests/articles/clean/) must stay quiet. Where
the plain reading of round figures is what contradicts ("1,200 people, including 800 ... and 500"),
the finding is a warning."""
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
    ("sum", "2024-05-01", "The company employs 1,200 people, including 800 in Germany and 500 in France.", "1,200"),
    ("percentage", "2024-05-01", "Sales rose 15% to $230 million from $210 million.", "15%"),
    ("age-duration", "2025-05-01", "The bridge, which opened in 1962, is marking its 50th anniversary this year.", "50th"),
    ("relative-date", "2024-01-22", "The storm hit last week, on Jan. 3, flooding 40 homes.", "last week"),
    ("restatement", "2024-05-01", "About 300 workers walked out on Monday. Managers said the strike by 450 workers "
                                  "had halted production.", "450"),
    ("sum", "2024-05-01", "Of the 20 passengers, 12 were British and 10 were French.", "20"),
    ("percentage", "2024-05-01", "Turnout was 61%, with 48,000 of the 90,000 voters casting ballots.", "61%"),
    ("part-whole", "2024-05-01", "The ministry tested 3,200 wells last year. Officials said 3,450 of them were "
                                 "contaminated.", "3,450"),
    ("order", "2024-05-01", "The ferry arrived in Dover on May 2. It had left Calais on May 4 after a delay.",
     "had left Calais on May 4"),
    ("office-holder", "2023-05-01", "German Chancellor Angela Merkel opened the fair.", "German Chancellor Angela Merkel"),
])
def test_each_check_fires_on_unseen_wording(rule, date, text, flagged):
    findings = [f for f in factlint.check_text(text, date=date).findings if f.severity != "info"]
    assert [(f.rule, f.text) for f in findings] == [(rule, flagged)]
