"""Checking time (extraction, checks and report) on adversarial input, at growing sizes: linear growth
means no pattern backtracks and no step sets every claim against every other.

    python bench/adversarial.py [--max-kb 1024]

Each input repeats one unit (digits, commas, hyphens, spaces, month names, "and", sentences that date
events or restate counts, ...) up to the size, with no paragraph break; the table prints seconds per
size and the ratio of the largest to the smallest time per byte.
"""
from __future__ import annotations

import argparse
import sys
import time

from factlint import packs
from factlint.api import check_text

UNITS = ["1", "1,", "1-", "-", " ", "1.2.", "March ", "and ", "Oct. 2 ", "since ", "about 3 ", "$1 ", "12 km (",
         "the ", "Monday, ", "3 years ", "last ", "<b>", "`", "a third of ", "one in ", "USD1 ", "S&P 500 ",
         "10 p.m. Monday ", "founded in 2014. since 2003 the coalition ", "on Monday, Nov. 4, ",
         "filed suit on March 3. The case was dismissed on March 1. ", "had left port on March 13. It sailed on March 12. ",
         "the 300 workers struck. the 300 workers walked out. ", "the World Health Organization in 1990. ",
         "In 2003 that year ", "net rose a year ago ", "Christmas Day ", "49 Zorro Ranch Road ", "~45g ",
         "in 1990, 69 years after the 1911 ", "rose 5 cents, or 2%, to $2.55, ", "several hundred ", "14-for-30 (46.7%) ",
         "5 people -- 3 women, 2 men, ", "all 55 passengers and 6 crew members and ", "86 people died in Gansu, and another 9 in ",
         "$3.2 trillion, $228 billion (or 8 percent) more than ", "Total 3,366 Not vaccinated: 2,017 (59.9%) ",
         "5 feet 11 inches (1.80 m) 6'7\" ", "2,641,043 (2.6 million) ", "today, Tuesday, ",
         "January nineteen ninety-seven, ", "5 p.m. EST Nov. 9, ", "mid-afternoon yesterday ", "each July, ",
         "a week or so ago, which had been unspecified, ", "the day before last Tuesday's ", "2 days after Jan. 5, ",
         ".001 .", "5 or 6 or ",
         "98 points: 40 in the first half and 48 in the second, ", "150 passengers and 6 crew; all 158 people aboard ",
         "Of the 300 workers, 160, or 50 percent, ", "from 1,200 in 2022 to 1,500 last year, an increase of 20 percent ",
         "Police arrested him on June 3. He was charged on May 30. ", "who turned 60 last month, was born in May 1960. ",
         "The survey of 2,000 adults found 1,200, or 55 percent, ", "Of the 442 respondents, 2 (<1%) were; 36 (8%) ",
         "Of the city's 1.2 million residents, about 40 percent, or 600,000 people, ", "cut rates by 0.5 percentage points to ",
         "has fallen by $32, or 29 percent, since its high of $109.77 ", "fell $1.20, or 5.5%, from $34.30 to $33.10. ",
         "four-, five- and ", "one of the best ", "from about 14-18 mpg to 24 ", "1/16 of a pint, ",
         "grow sales by 35 per cent, Burlington by 2.6%, ", "the year-ago third quarter, the 1988 quarter ",
         "opened in 1937, is now 90 years old, ", "Three in four voters, or 60 percent, ", "330 metres tall, about 1,300 feet, ",
         "Half of the 300 members, or 160, ", "risen 40 cents, or 22 percent, since March, when it cost $3.30, ",
         "48% backed it, 41% opposed it and 15% were undecided, ", "tomorrow, June 14, ", "2 weeks after his arrest on May 10, ",
         "the 2,000 attendees. All 540 workers ", "The death toll rose to 82. Among the dead, 56 were in Garze and 36 in ",
         "jumped 5 percent, rising $3.55 to $90.50, ", "won 52% to 45%, a 9-point margin. The 7.9-point decision ",
         "carrying 144 people. The plane carried 138 passengers and 8 crew members ",
         "19 people competed and 21 finished, ", "33°C (91.4°F), 4°C above the old record of 31°C, ",
         "1,202,942 votes (62.5 percent) to 628,834 (34.7 percent), ", "won 68.26 percent of the vote, while ",
         "8,925,063 of 10,560,963 voters, with turnout at 86.5 percent ", "Eight of the fatalities were in Guizhou and ",
         "rose to 4.3%, up 0.4 points from 4.1% ", "a decline of 1.6 points. ", "Twelve days after launching on Nov. 16, ",
         "Our company is 30 years old. It was founded in 1983. ", "created in 1945, was acquired by Coca-Cola in 1940, ",
         "the week of March 6, ", "For the year, ", "2 hours, 23 minutes 15 seconds (2:25:15) ",
         "a $5 million budget includes $1 million for police, ", "Of the $9 million, $4 million will go to schools, ",
         "Of the $9 million, $4 million will go to schools. ", "Some 120 people were treated, including 135 people, ",
         "95 people dead. Of the reported casualties, 97 dead, ", "killed 40 in April 2010. the deaths of 69 people ",
         "In 2041, the company opened ", "which was founded in 2042, said ", "sitting at $9 million. That's a 3% drop from $8 million. ",
         "5,800 last week, or about 834 per day, ", "was 2,398. That represents a decline of 49 from the 2,448 ",
         "rose to $40 million from $50 million, ", "10,815 cases, less than the record 9,791, ",
         "from November 5, 1972 to January 7, 1972 ", "first 50-point game. He had 118 of those. ",
         "14 were arrested. Among them, 9 were from the city and 7 ", "won 18 of its 30 games, losing 10 and drawing 4, ",
         "He was 17 when he joined the army in 1942; he was born in 1921. ", "marked its centenary last year, ",
         "for 12 years, from 1998 to 2015, ", "The 10-day festival runs from Aug. 4 to Aug. 17, ",
         "Johnson, 45, was elected in 2001 at the age of 29, ", "Paul Allen, 65, said so. Allen joined in 1975 at the age of 32. ",
         "a $4.2 billion budget. The $4.4 billion budget ", "hired in 1946 (56 years ago!) ",
         "$12 million to its 300 employees, an average of $60,000 each, ",
         "a city of 2 million, 400 murders, a rate of 40 per 100,000 residents, ", "last Sunday, May 19, ",
         "John Smith, 45, and the 47-year-old Smith ",
         "Republicans said the Senate voted 62-41, backed by all 50 Democrats and 29 Republicans, one vote short of the 60 needed, ",
         "the Senate and the House voted 5-4 ", "Democrats and Republicans in the Senate Judiciary Committee voted 5-4 and 3 ",
         "at 4 p.m. EDT (2000 GMT), or 1430 GMT ", "killed 95 people, found 20 more bodies, bringing the death toll to 120 ",
         "2,479 votes to Odom's 2,242, a margin of 337 votes, won 57% to 52%, ",
         "MPs voted by 324 votes to 295, a majority of 19, "]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-kb", type=int, default=1024)
    args = ap.parse_args(argv)
    rules = packs.load()
    sizes = [args.max_kb // 8, args.max_kb // 4, args.max_kb // 2, args.max_kb]
    print(f"{'unit':<16}" + "".join(f"{s:>9} KB" for s in sizes) + f"{'growth':>10}")
    worst = 0.0
    for unit in UNITS:
        times = []
        for kb in sizes:
            text = (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]
            start = time.perf_counter()
            check_text(text, date="2024-11-05", path="adversarial.md", rules=rules)
            times.append(time.perf_counter() - start)
        growth = (times[-1] / sizes[-1]) / max(times[0] / sizes[0], 1e-9)
        worst = max(worst, growth)
        print(f"{unit[:14]!r:<16}" + "".join(f"{t:>10.2f}s" for t in times) + f"{growth:>9.1f}x")
    print(f"largest growth of time per byte from {sizes[0]} KB to {sizes[-1]} KB: {worst:.1f}x (1.0x is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
