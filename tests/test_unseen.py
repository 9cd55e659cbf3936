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
    ("age-duration", "2024-06-12", "The bridge, which opened in 1937, is now 90 years old.", "90"),
    ("age-duration", "2024-06-12", "Built in 1937, the bridge is 90 years old.", "90"),
    ("unit-conversion", "2024-06-12", "Three in four voters, or 60 percent, backed the plan.", "60 percent"),
    ("unit-conversion", "2024-06-12", "The tower is 330 metres tall, about 1,300 feet.", "about 1,300 feet"),
    ("percentage", "2024-06-12", "Half of the 300 members, or 160, voted to strike.", "Half"),
    ("percentage", "2024-06-12", "A quarter of its 1,200 employees, or about 400 people, were laid off.", "A quarter"),
    ("percentage", "2024-06-12", "A gallon has risen 40 cents, or 22 percent, since March, when it cost $3.30.",
     "22 percent"),
    ("percentage", "2024-06-12", "The survey found 48% backed the plan, 41% opposed it and 15% were undecided.", "15%"),
    ("relative-date", "2024-06-12", "The company will report earnings tomorrow, June 14.", "tomorrow"),
    ("relative-date", "2024-06-12", "He arrived last week, on Monday, June 10.", "last week"),
    ("relative-date", "2024-06-12", "He arrived yesterday, Monday, June 10, at noon.", "yesterday"),
    ("age-duration", "2024-06-12", "The dam was completed in 1936, 12 years after construction began in 1931.", "12 years"),
    ("age-duration", "2024-06-12", "He was sentenced on May 3, two weeks after his arrest on May 10.", "two weeks"),
    ("restatement", "2024-06-12", "About 1,200 people attended the rally on Saturday. Organisers said the 2,000 "
                                  "attendees were peaceful.", "2,000"),
    ("restatement", "2024-06-12", "The plant, which employs 450 workers, will close. All 540 workers will lose their "
                                  "jobs.", "540"),
    ("order", "2024-06-12", "The treaty was signed in 1999 and ratified in 1997.", "signed in 1999"),
    ("order", "2024-06-12", "The stadium was built in 1960 and demolished in 1950.", "built in 1960"),
    ("sum", "2024-06-12", "The death toll rose from 74 to 82, state media said. Among the dead, 56 were in Garze and "
                          "36 in Ya'an city.", "82"),
    ("sum", "2024-06-12", "The death toll has increased to 118. Of the overall deaths toll, 115 were in Gansu, while "
                          "13 fatalities were recorded in Qinghai.", "118"),
    ("percentage", "2024-06-12", "Shares jumped more than 5 percent, rising $3.55 to $90.50.", "more than 5 percent"),
    ("percentage", "2024-06-12", "The county grew, increasing by 7.9 percent between 2017 and 2018 (from 33,395 to "
                                 "35,350).", "7.9 percent"),
    ("percentage", "2024-06-12", "Smith won 52% to 45%, a 9-point margin.", "9"),
    ("percentage", "2024-06-12", "Walker defeated Barrett by a 53.2 to 46.3 percent margin. The 7.9-point decision "
                                 "was decisive.", "7.9"),
    ("percentage", "2024-06-12", "Polls show a nine-point Obama lead (50% to 43%).", "nine"),
    ("sum", "2024-06-12", "Of the 242 people on board the aircraft (232 passengers and 12 crewmembers), one "
                          "survived.", "242"),
    ("entity-date", "2024-06-12", "FEMA, which was founded in 1989, sent teams to the coast.", "founded in 1989"),
    ("office-holder", "2024-06-12", "Canadian Prime Minister Stephen Harper said so.", "Canadian Prime Minister Stephen Harper"),
    ("entity-date", "2024-06-12", "Since its founding in 1988, Google has grown.", "its founding in 1988"),
    ("sum", "2024-06-12", "The hospital treated 85 patients, 40 of them children and 52 adults.", "85"),
    ("age-duration", "2024-06-12", "The dam was completed in 1985, a decade after work began in 1965.", "a decade"),
    ("age-duration", "2024-06-12", "Jones, who is 45, was born on July 4, 1985.", "45"),
    ("restatement", "2024-06-12", "At least 40 people were killed in the attack. The 35 victims included children.", "35"),
    ("percentage", "2024-06-12", "The company, which has 12,000 employees, will cut 1,500 jobs, or 15% of its "
                                 "workforce.", "15%"),
    ("part-whole", "2024-06-12", "The firm's 4,500 staff include 5,000 engineers.", "5,000"),
    ("order", "2024-06-12", "The ship was launched in 1912 and sank on its maiden voyage in 1911.", "launched in 1912"),
    ("restatement", "2024-06-12", "Rescuers found 12 survivors. Officials later said the 15 survivors were taken to "
                                  "hospital.", "15"),
    ("age-duration", "2024-06-12", "The 30-year-old search giant Google said so.", "30"),
    ("office-holder", "2025-06-12", "Pope Francis met the delegation.", "Pope Francis"),
    ("weekday-date", "2024-06-12", "The summit will be held on Thursday and Saturday, June 13 and 14.", "Saturday"),
    ("percentage", "2024-06-12", "Sales tripled to $90 million from $40 million.", "tripled"),
    ("percentage", "2024-06-12", "Its debt halved to $3 billion from $8 billion.", "halved"),
    ("percentage", "1989-10-30", "Ogden earned $27.1 million, or 67 cents a share, more than twice the $14.5 million, "
                                 "or 34 cents a share, a year earlier.", "more than twice"),
    ("relative-date", "2024-06-12", "The law takes effect on Jan. 1, 2025, three months from now.", "three months from now"),
    ("percentage", "2024-06-12", "The offer of $25 a share represents a 40% premium over Friday's close of $20.", "40%"),
    ("entity-date", "2024-06-12", "Tower Bridge, which opened in 1904, was closed to traffic.", "opened in 1904"),
    ("entity-date", "2024-06-12", "The Tour de France, which began in 1913, ends in Nice on Sunday.", "began in 1913"),
    ("sum", "2024-06-12", "An airliner carrying 144 people crash-landed on Monday. Two people were hurt. It had "
                          "flown from Tehran. The plane carried 138 passengers and eight crew members.", "144"),
    # a toll's parts told of "the fatalities"; a total set after its parts with a comma
    ("sum", "2009-06-10", "A total of 14 people were killed. Eight of the fatalities were in Guizhou and eight in "
                          "Hunan.", "14"),
    ("sum", "2017-07-01", "Twenty-five people were killed and 12 were missing, a total of 39 dead or missing, a "
                          "spokesman said.", "39"),
    # the dead and the missing counted together, then told apart
    ("sum", "2017-11-08", "Floods leave 21 dead and missing. Torrential rains have left 15 dead, 8 missing and 20 "
                          "injured, the committee said.", "21"),
    # an age, and the next sentence says when what has it began
    ("age-duration", "2011-06-17", "Our company is 30 years old today. It was founded in 1983.", "30"),
    # a sentence that opens on its span: from the event it names to the date of its clause
    ("age-duration", "2022-11-26", "Twelve days after launching from the Kennedy Space Center on Nov. 16, NASA's "
                                   "Orion spacecraft on Friday entered a distant orbit.", "Twelve days"),
    # one part after "including"; a place's dead and injured told of "the reported casualties"
    ("part-whole", "2013-04-23", "Some 1,200 people have been treated for injuries, including more than 1,500 people "
                                 "who were hospitalized.", "more than 1,500"),
    ("part-whole", "2013-07-25", "The quake left 95 people dead and about 1,000 injured. Rescuers worked through the "
                                 "night. Of the reported casualties, most occurred in Min County, with 97 dead and "
                                 "nearly 900 injured.", "97"),
    # a budget and what it allocates, in its sentence and those after it that go on allocating
    ("part-whole", "2021-06-14", "The council approved a $4.11 billion budget. That budget includes $5.6 billion for "
                                 "the police department.", "$5.6 billion"),
    ("sum", "2022-06-07", "The council approved the $350 million budget. Nearly half of the spending is for public "
                          "safety, including $185.4 million for police and $159.8 million for fire. Other spending "
                          "includes $37.5 million for Public Works.", "$350 million"),
    ("sum", "2021-04-12", "Of the $109.1 million in the general fund, $88.6 million will go toward public safety, "
                          "while $11.7 million will go toward parks. Another combined $16.8 million will go toward "
                          "administrative costs.", "$109.1 million"),
    # something told as done on a date after the article's own: a mistyped year
    ("after-publication", "2024-06-12", "The charity, which was founded in 2042, said on Monday it would close.", "2042"),
    ("after-publication", "2024-06-12", "In 2041, the company opened a plant in Ohio.", "2041"),
    # a round figure converted as written: the other figure must be its conversion, rounded as conversions are
    ("unit-conversion", "2010-07-12", "Heat records (100 degrees Fahrenheit = 39.8 degrees Celsius) fell.",
     "39.8 degrees Celsius"),
    ("unit-conversion", "2024-06-12", "The trail runs 100 miles (190 km) along the coast.", "190 km"),
    # a count over a period, said again for each day of it; a value and its change said as a noun
    ("unit-conversion", "2021-04-05", "Deaths fell 17% to about 5,800 last week, or about 934 per day.", "about 934"),
    ("unit-conversion", "2024-06-12", "Police made 300 arrests over the past seven days, or 53 a day.", "53"),
    ("sum", "2006-04-20", "Deaths recorded for 2004 were 2,398,343. That represents a decline of 59,945 from the "
                          "2,448,288 recorded in 2003.", "2,448,288"),
    # a day its month does not have
    ("no-such-date", "2020-12-11", "Up until last week, the peak was 2,611 deaths on April 31.", "April 31"),
    ("no-such-date", "2024-06-12", "The rules took effect on Feb. 29, 2023, a spokesman said.", "Feb. 29, 2023"),
    # which way a value went, said in a word, against the figures
    ("direction", "2024-06-12", "Revenue rose to $40 million last year from $50 million in 2022.",
     "$40 million last year from $50 million"),
    ("direction", "2022-12-11", "On Sunday, China reported 10,815 cases, less than the record 9,791.",
     "10,815 cases, less than the record 9,791"),
    ("direction", "2024-06-12", "The jobless rate fell from 4.1% to 4.3% in June.", "4.1% to 4.3%"),
    ("part-whole", "2021-04-05", "Twenty-seven out of 25 states reported increases last week.", "Twenty-seven"),
    # a period that ends before it begins
    ("date-range", "2021-12-03", "The Lakers won 33 games in a row from November 5, 1972 to January 7, 1972.",
     "November 5, 1972 to January 7, 1972"),
    # a strike's count said again two days on: one occasion (two quakes' years are two)
    ("restatement", "2024-05-10", "About 2,300 workers walked off the job on Monday. By Wednesday, the 2,800 striking "
                                  "workers had been joined by nurses.", "2,800"),
    # an anniversary said in one word, reached on the date written after it
    ("age-duration", "2024-05-10", "The bridge, completed in 1932, marked its centenary last year.", "centenary"),
    # the parts of a count just told; a team's record; an age at a dated time against a birth
    ("sum", "2024-05-10", "Police said 14 people were arrested. Among them, nine were from the city and seven were "
                          "from elsewhere.", "14"),
    ("sum", "2024-05-10", "The team won 18 of its 30 games, losing 10 and drawing 4.", "30"),
    ("age-duration", "2024-05-10", "He was 17 when he joined the army in 1942; he was born in 1921.", "17"),
    ("percentage", "2024-05-10", "Last year, 4,200 people visited, up from 3,000 in 2022, an increase of 30 percent.",
     "30 percent"),
    ("age-duration", "2024-05-10", "She has served on the council for 12 years, since her election in 2016.", "12 years"),
    ("percentage", "2024-05-10", "A quarter of the 2,000 employees, about 700 people, will lose their jobs.", "A quarter"),
    ("percentage", "2024-05-10", "The dam is 180 metres tall, twice the height of the 120-metre dam it replaces.", "twice"),
    # a value set against another "compared with", the change named after them
    ("direction", "2007-10-26", "Net income was $26.8 million, compared with $20.9 million a year earlier, a 28 percent "
                                "drop.", "$26.8 million, compared with $20.9 million"),
    ("percentage", "2007-10-26", "Net income was $26.8 million, or 37 cents a share, compared to $20.9 million, or 29 "
                                 "cents a share, last year, a rise of 38 percent.", "38 percent"),
    # counts said again of homes destroyed, people displaced, adults surveyed, a workforce
    ("restatement", "2024-05-10", "The fire destroyed 214 homes in two days. Officials said the 241 destroyed homes "
                                  "would be rebuilt.", "241"),
    ("restatement", "2024-05-10", "Floods have displaced 12,000 people. Aid agencies are caring for the 21,000 "
                                  "displaced people.", "21,000"),
    ("restatement", "2024-05-10", "The survey of 1,200 adults was conducted in May. Of the 1,500 adults surveyed, most "
                                  "backed the plan.", "1,500"),
    ("restatement", "2024-05-10", "The plant employs 450 workers. Its 540 employees will lose their jobs in June.", "540"),
    # a relative date in brackets after the date it restates
    ("relative-date", "2012-07-19", "Bill was hired in 1946 (56 years ago!) by my great grandfather.", "56 years ago"),
    # one person given two ages
    ("restatement", "2024-06-10", "John Smith, 45, was arrested on Monday. Police said the 47-year-old Smith had no "
                                  "record.", "47"),
    ("restatement", "2024-06-10", "Mayor Ann Lee, 52, said the budget was balanced. Lee, who is 55, said so.", "55"),
    # "last" or "next" before a weekday, and the date beside it on the other side of the article's date
    ("relative-date", "2024-05-15", "The race was held last Sunday, May 19, 2024.", "last Sunday"),
    ("relative-date", "2024-05-15", "The race will be held next Sunday, May 12.", "next Sunday"),
    ("relative-date", "2024-05-15", "The race was held last Sunday, April 21.", "last Sunday"),
])
def test_each_check_fires_on_unseen_wording(rule, date, text, flagged):
    findings = [f for f in factlint.check_text(text, date=date).findings if f.severity != "info"]
    assert [(f.rule, f.text) for f in findings] == [(rule, flagged)]


@pytest.mark.parametrize("text", [
    "The bridge, which opened in 1937, is now 87 years old and carries 112,000 vehicles a day.",
    "The school opened in 1990; its oldest teacher is 64 years old.",       # the age of someone else
    "Founded in 2001, the charity now helps children as young as 5 years old.",
    "The museum opened in 1990 and hired a curator who is 45 years old.",
    "The museum, which opened in 1990, honours a 90-year-old veteran.",      # the age of what a verb acts on
    "The law, signed in 2010, covers workers 65 years old and over.",
    "Nearly half of the 2,000 respondents, or 940, said they would vote.",   # a fraction in words is round
    "Two-thirds of the 90 senators, or 60, backed the bill.",
    "Three in four voters, or about 75 percent, backed the plan. One in three adults, or 33%, had symptoms.",
    "The peak is 8,849 metres high, about 29,032 feet. He lost 20 pounds, about 9 kg.",
    "It flew 300 miles, about 50 miles more than planned. It ran 10 km, about 3 km of it uphill.",
    "The stock has fallen $12, or 40 percent, since June, when it traded at $30.",
    "The survey found 48% backed the plan, 41% opposed it and 9% were undecided.",   # some gave no answer
    "Biden led 48% to 41% among women and 45% to 44% among men, with 9% undecided.",  # two groups polled
    "Of those polled, 60% backed it, 45% of them strongly, and 30% were unsure.",
    "The company will report earnings tomorrow, June 13. The verdict came yesterday, June 11.",
    "Last week, June 3 was a holiday.",                                 # a clause's subject, not a date beside it
    "The dam was completed in 1936, five years after construction began in 1931.",
    "Two weeks after his arrest on May 10, he was sentenced on May 24.",
    "Our company is 43 years old. It was founded in 1981. Its founder is 80 years old.",
    "Floods leave 21 dead and missing. Torrential rains have left 15 dead, 6 missing and 20 injured.",
    "The storm left 30 people dead or missing. In the north, 12 died and 3 are still missing.",  # one place
    "At least 14 people were killed. Eight of the fatalities were in Guizhou and eight in Hunan.",  # at least
    "Twenty-five people were killed and 12 were missing, a total of 37 dead or missing.",
    "The company cut 300 jobs in March, a total of 5% of its staff.",
    "Two weeks after his arrest on May 10, police said on Tuesday that he had fled.",  # the date of the telling
    "The results came on Nov. 20, two weeks after the vote, on Nov. 6.",  # the date of what came after
    "The company employs 5,000 workers worldwide. The 300 workers employed in Ohio will stay.",  # not all of them
    "About 1,200 people attended the rally. The 300 people who attended the second rally left early.",
    "The treaty was signed in 1997 and ratified in 1999.",
    "The death toll rose from 74 to 82. Among the dead, 46 were in Garze and 36 in Ya'an city.",
    "At least 95 people were killed. Among the dead, 50 were in Gansu and 20 in Qinghai.",  # some may be elsewhere
    "Shares jumped more than 4 percent, rising $3.55 to $90.50.",
    "The county grew, increasing by 5.9 percent between 2017 and 2018 (from 33,395 to 35,350).",
    "Smith won 52% to 45%, a seven-point victory. Smith leads 48% to 41%, a margin of 7 points.",
    "FEMA, which was founded in 1979, sent teams. Tower Bridge, which opened in 1894, was closed.",
    "Prime Minister Justin Trudeau met Vice President Kamala Harris and Pope Francis.",
    "Since its founding in 1998, Google has grown. The 26-year-old search giant Google said so.",
    "The hospital treated 120 patients, 40 of them children and 52 adults.",   # some may be neither
    "The dam was completed in 1985, a decade after work began in 1975. Jones, who is 38, was born on July 4, 1985.",
    "He earns $62,400 a year. The province will return to balance in 2026, a year later than planned.",
    "At least 40 people were killed in the attack. The 42 victims included children.",   # at least 40
    "Fraudsters stole from 300 people. The 250 victims were elderly.",
    "The company, which has 12,000 employees, will cut 1,500 jobs, or 12.5% of its workforce.",
    "The company employed 10,000 people in 2019. It will cut 400 jobs, or 5% of its staff.",  # another year's staff
    "About 1,300 buildings were damaged, 210 of them severely, and some 4,500 people spent the night in tents.",
    "The firm's 4,500 staff include 3,000 engineers. The ship was launched in 1911 and sank in 1912.",
    "Rescuers found 12 survivors at the first site. The 3 survivors at the second site were flown out.",
    "A 30-year-old Google engineer said so. The 30-year-old NATO official agreed.",   # the age of a person
    "Mark Carney, the former Bank of England governor, spoke. Francis said the plan would work.",
    "The summit will be held on Thursday and Friday, June 13 and 14.",   # each weekday with its date in turn
    "Sales tripled to $90 million from $30 million. Its debt halved to $4 billion from $8 billion.",
    "Ogden earned $27.1 million, or 67 cents a share, more than twice the $13.5 million, or 34 cents a share.",
    "He scored twice. It trades at 6.5 times earnings. Profits more than doubled.",
    "On June 13 and 14 people died.",                                     # 14 people, not June 14
    "The law takes effect on Sept. 12, three months from now.",
    "The offer of $25 a share represents a 25% premium over Friday's close of $20.",
    "The Tour de France, which began in 1903, ends on Sunday. Heathrow, which opened in 1946, is busy.",
    "Walker defeated Barrett by a 53.2 to 46.3 percent margin. The 6.9-point decision was decisive.",
    "Of the 242 people on board the aircraft (230 passengers and 12 crewmembers), one survived.",
    "Some 1,200 people were treated, including 300 who were hospitalized.",
    "The company lost $5 million in the quarter, including a $7 million charge.",     # money: a net figure
    "The quake killed 95 people and injured 1,000. Of the reported casualties, most occurred in Min County, with "
    "92 dead and nearly 900 injured.",
    "The council approved a $4.11 billion budget. That budget includes $560 million for the police department. "
    "Schools received a $57 million increase.",
    "Of the $109.1 million in the general fund, $58.6 million will go toward public safety, while $11.7 million will "
    "go toward parks. Another combined $16.8 million will go toward administrative costs.",
    "The city adopted a $300 million budget. Last year's budget was $280 million. It included $200 million for "
    "schools and $90 million for roads.",
    "The city adopted a $30 million budget, or $1,200 for each resident. The state budget includes $50 million for "
    "city roads.",
    "The proposed $20 million budget was cut. The final budget of $18 million includes $12 million for police and "
    "$5 million for parks.",
    "Deaths fell 17% to about 5,800 last week, or about 834 per day. He earned $52,000 last year, or $1,000 a week.",
    "The country recorded 2,626,418 deaths in 2016, or about 7,176 a day. There have been 1,200 deaths this year, "
    "or 60 a day.",   # 2016 had 366 days; this year is not over
    "Deaths recorded for 2004 were 2,398,343, a decline of 49,945 from the 2,448,288 recorded in 2003.",
    "Up until last week, the peak was 2,611 deaths on April 30. The rules took effect on Feb. 29, 2024.",
    "Sales rose to $50 million from $40 million, while profit fell to $3 million from $5 million.",
    "It earned $422.5 million, or $6.44 a share, up 8.9% from $387.8 million. Copper rose to $9,480 a tonne from $9,368.",
    "The agency issued 61 flood warnings and 112 flood alerts, down from a peak of 74 warnings on Sunday.",
    "On Sunday, China reported 10,815 cases, less than the record 39,791.",
    "The Lakers won 33 games in a row from November 5, 1971 to January 7, 1972. The strike lasted from Nov. 5 to "
    "Jan. 7.",
    "That was Curry's first 50-point game. Wilt Chamberlain had 118 of those.",   # games, not points
    # conversions rounded to a last digit or to a five
    "The bear weighed 500 pounds (225 kilograms). The border is 700 kilometers (450 miles) away.",
    "It was minus 4°C (25°F). It ran 100 miles (160 km), or 160 km (100 miles). It lay 625 miles (1010 km) off.",
    # plans, conditions and rules for years to come are no deeds done
    "The museum, which will be opened in 2031, is new. Cars sold in 2035 must be electric.",
    "In 2030, the city will host the games. The company said it expected to finish the plant in 2027.",
    "If the plant opened in 2030, it would employ 500. In fiscal 2025, the company earned $10 million in its first "
    "quarter.",
    # two quakes' tolls: each its own year; "the deaths of" tells a toll, it does not refer back to one
    "A 7.1-magnitude earthquake struck in April 2010, killing nearly 3,000 people. An 8.0-magnitude earthquake "
    "in May 2008 resulted in the deaths of more than 69,000 people.",
    "Floods killed 40 people. Landslides caused the deaths of 12 people.",
    "The company employs 5,000 workers worldwide. Its 300 employees in Ohio will lose their jobs.",
    "The fire destroyed 214 homes. The 80 damaged homes in the north will be repaired first.",
    "The fire destroyed 214 homes. The 80 destroyed homes in the north will be rebuilt first.",
    "Net income was $26.8 million, compared with $20.9 million a year earlier, an increase of 28 percent.",
    "Last year, 4,200 people visited, up from 3,000 in 2022, an increase of 40 percent. She has served on the council "
    "for 8 years, since her election in 2016.",
    "A quarter of the 2,000 employees, about 500 people, will lose their jobs. Half of the 300 members, 150 of them "
    "women, voted. The dam is 240 metres tall, twice the height of the 120-metre dam it replaces.",
    "Police said 14 people were arrested. Among them, nine were from the city, seven of them women.",
    "The team won 18 of its 30 games, losing 10. They won 7 of their 12 matches, lost 3 and drew 2.",
    "She was 30 when she won the title in 1990. She was born in 1960. He was 5 when his family moved in 1950.",
    "The bridge, completed in 1923, marked its centenary last year. The university, founded in 1824, celebrates "
    "its bicentenary this year.",
    "A quake struck in April 2010, killing nearly 3,000 people. In May 2008, the 69,000 victims were buried.",
    # a list of crashes: every toll is of its own
    "3 May 2006: All eight crew members and 105 passengers were killed.\n10 December 2005: All seven crew members "
    "and 103 of the 107 passengers were killed.\n18 June 1972: All 118 persons on board were killed.\n3 March "
    "1974: The DC-10 came down, killing all 346 people on board.",
    "Bill was hired in 1946 (78 years ago!) by my great grandfather.",
    "It opened in March 2010 (a year later, it closed).",
    "John Smith, 45, was arrested on Monday. Police said the 45-year-old Smith had no record.",
    "John Smith, 45, was arrested on Monday. His brother, 47, was not.",
    "John Smith, 45, and his son, Mark Smith, 20, were arrested. Smith, 20, had no record.",  # which Smith?
    "John Smith, 45, was arrested. In 1990, Smith, 11, moved here.",         # an age in 1990
    "Woods, 68, finished ahead of Mickelson. On Sunday Woods, 70, faded.",   # scores, not ages
])
def test_the_same_wordings_stay_quiet_when_right(text):
    assert [f.message for f in factlint.check_text(text, date="2024-06-12").findings] == []


@pytest.mark.parametrize("text, flagged", [
    ("The museum opened on Nov. 5, 1923, and marks its 100th anniversary this winter.", []),
    ("The museum opened on Nov. 5, 1923, and marks its 90th anniversary this winter.", ["90th"]),
    # both ends read from the article's date: no span of 100 years between them
    ("The museum opened on Nov. 5, 1923. Admission would be free for the winter, and it is still free today, "
     "100 years later.", []),
])
def test_an_anniversary_reached_in_a_season(text, flagged):
    assert [f.text for f in factlint.check_text(text, date="2023-11-05").findings] == flagged


def test_a_change_in_points_said_in_percent_is_a_warning_that_names_both():
    [f] = factlint.check_text("McCain has gone from 38% to 44%, a gain of 6%.", date="2008-10-28").findings
    assert (f.rule, f.severity, f.text) == ("percentage", "warning", "6%")
    assert f.message == "'6%': from 38% to 44% is 6 percentage points (15.8%), not 6%"
    [f] = factlint.check_text("McCain has gone from 38% to 44%, a gain of 9%.", date="2008-10-28").findings
    assert (f.severity, f.message) == ("error", "'9%': from 38% to 44% is 15.8%, not 9%")


@pytest.mark.parametrize("text", [
    "The race was held last Sunday, May 12.",
    "The race was held last Sunday, May 5.",       # the Sunday before last: still within reach of "last"
    "The race will be held next Sunday, May 19.",
    "On Sunday, May 19, the race will be held.",
])
def test_last_or_next_weekday_beside_its_date_is_quiet(text):
    assert factlint.check_text(text, date="2024-05-15").findings == []
