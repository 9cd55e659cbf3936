"""Structure between quantities: conversions, parts and totals, subsets, shares and changes.

Each reader is a pattern over the skeleton (the prose with quantities as placeholders) for one way
news copy states the relation. A reader only records what the words say; whether the numbers agree
is for the checks to decide."""
from __future__ import annotations

import bisect
import itertools
import re

from ..claims import Change, Comparison, Conversion, Quantity, Rate, Share, Split, Subset, Temporal, Total
from .averages import read_averages
from .context import Context
from .lexicon import QUALIFIERS
from .quantities import CURRENCY_CODES, NON_PHYSICAL, NOUN_DOWN, NOUN_UP, SHARES
from .restatement import FRAME_RX
from .skeleton import ANY_Q, APPROX, NOT_Q, Q, Skeleton, add_over

# the hedges that say a figure is near another: "about", "roughly", "nearly" (the lexicon's approx and below)
_ABOUT = frozenset(q for q, kind in QUALIFIERS.items() if kind in ("approx", "below"))
_JOIN = r"\s*(?:to|and|or|-|–|—)\s*"
# one item of a list: a quantity and a few words that are not another quantity or the end of a clause
_ITEM = rf"{ANY_Q}[^,;:.{chr(0xe000)}]{{0,45}}?"
_LIST = rf"(?P<list>{_ITEM}(?:,\s*{_ITEM})*,?\s+and\s+(?:the\s+(?:remaining|other|rest\s+of)\s+)?{_ITEM})"
_CHANGE_VERB = (r"(?:rose|rises|rising|risen|fell|falls|falling|fallen|increased|increases|decreased|decreases|"
                r"climbed|climbs|dropped|drops|declined|declines|jumped|jumps|gained|gains|slipped|slips|grew|grows|"
                r"slid|slides|surged|surges|plunged|plunges|tumbled|tumbles|sank|dipped|dips|soared|soars|"
                r"shrank|shrinks|was\s+up|was\s+down|were\s+up|were\s+down|up|down|"
                r"increasing|decreasing|climbing|dropping|declining|jumping|gaining|growing|surging|sliding|"
                # after "will", "to", "would": "tuition will rise 3 percent, from $5,118 to $5,271"
                r"rise|fall|increase|decrease|climb|drop|decline|jump|gain|grow|surge|slip|plunge|dip|soar|shrink)")
_CHANGE_NOUN = rf"(?:{NOUN_UP}|{NOUN_DOWN}|fall|loss|premium)"

_CONVERSION = re.compile(rf"{Q('a')}(?:{_JOIN}{Q('b')})?\s*\(\s*(?:or\s+)?{Q('c')}(?:{_JOIN}{Q('d')})?\s*\)")  # "(or 380,000 km)"
# 132 degrees Fahrenheit, or 55.6 Celsius; 50 miles, that's 80 kilometres; 100 degrees Fahrenheit = 37.8
# degrees Celsius: a conversion said in words or with an equals sign. The
# other figure must close its clause: "10 miles, or 5 kilometres if you are tired" is a choice.
_CONVERSION_SAID = re.compile(
    rf"{Q('a')}(?:\s+(?:tall|high|long|wide|deep|thick|across|away))?"
    rf"(?:,?\s+(?:or|that['’]s|that\s+is|which\s+is|i\.e\.|equal\s+to|(?:the\s+)?equivalent\s+(?:to|of))"
    rf"\s+(?:{APPROX}\s+)?|\s*=\s*|(?P<bare>,\s+)){Q('c')}(?=\s*(?:[,.;:)]|$))", re.I)
# "Three in four voters, or 75 percent": a share said once as a fraction and once in percent
_FRACTION_SAID = re.compile(rf"{Q('a')}(?:\s+(?:of|the|[\w'’-]+)){{0,4}}?,\s+or\s+(?:{APPROX}\s+)?{Q('c')}", re.I)
# "Half of the 300 members, or 150, voted": a fraction of a whole, and the count it comes to
_FRACTION_OF_WHOLE = re.compile(rf"{Q('percent')}\s+of\s+(?:the|those|these|its|their)\s+(?:[\w-]+['’]s\s+)?{Q('whole')}"
                                rf"(?:\s+[\w'’-]+){{0,3}}?,\s+(?P<or>or\s+)?(?:{APPROX}\s+)?{Q('part')}", re.I)
# "won 52% to 45%, a seven-point margin", "by a 53.2 to 46.3 percent margin. The 6.9-point decision": two shares
# of one vote and the gap said between them, in points
# "won 68.26 percent of the vote, while Lojze Peterle ... took just 31.74 percent", "won 52.14 percent of the vote
# to Kilicdaroglu's 47.86%": two candidates' shares of one vote, which others may share but not exceed
_VOTE_SPLIT = re.compile(
    rf"{Q('a')}\s+of\s+(?:the\s+)?(?:popular\s+|valid\s+|total\s+)?(?:vote|votes|ballots)\b(?:\s+cast)?"
    rf"(?:\s+to\s+(?:[\w'’.-]+\s+){{0,3}}?|,\s+while\s+[^.;{chr(0xe000)}]{{0,70}}?\b(?:took|got|won|received|had|"
    rf"garnered|secured|polled|drew)\s+(?:just\s+|only\s+|about\s+)?){Q('b')}", re.I)
# "beat McCain 53 percent to 46 percent", "a 57-to-42 percent win": two candidates' shares of one vote
# (read from the first share, the verb looked for before it: a pattern that begins with a placeholder is
# sought as fast as a plain string, one that begins with a choice of words is tried at every character)
_SHARES_SET = re.compile(rf"{Q('a')}(?P<join>-to-|\s+to\s+){Q('b')}(?P<won>\s+(?:win|victory|margin|defeat|loss|edge|"
                         rf"lead)\b)?", re.I)
_WON_BEFORE = re.compile(r"\b(?:won|wins|winning|beat|beats|beating|defeated|defeating|led|leads|leading|edged|"
                         r"trounced)\s+(?:(?!from\b)[\w'’.-]+\s+){0,4}?(?:by\s+)?$", re.I)
# "1,202,942 votes (62.5 percent) statewide to 628,834 (32.7 percent)": counts of one vote, each with its share
# (or "received 1,029 votes for 15.36 percent", "3,051 votes, or 52 percent,")
_TALLY = re.compile(rf"{Q('count')}(?:\s+(?:votes|ballots))?\s*\(\s*{Q('percent')}\s*\)"
                    rf"|{Q('count2')}\s+(?:votes|ballots)(?:\s+for|,\s+or|,)\s+{Q('percent2')}")
_TALLY_JOIN = re.compile(rf"^[^.;:{chr(0xe000)}]{{0,60}}$")
_MARGIN = re.compile(
    rf"{Q('a')}\s+to\s+{Q('b')}(?:\s+(?:percent|per\s+cent))?(?:\s+(?:margin|lead|victory|win))?"
    rf"(?:,\s+(?:an?\s+|or\s+|a\s+margin\s+of\s+|a\s+lead\s+of\s+)|[^.;{chr(0xe000)}]{{0,40}}\.\s+(?:The|That|This)\s+)"
    rf"{Q('gap')}(?:[-\s]+(?:percentage[-\s]+)?points?\b)(?:[-\s]+(?:margin|lead|victory|win|gap|decision|edge|advantage)\b)?"
    # "a roughly seven-point Obama advantage (50% to 43%)"
    rf"|{Q('gap2')}[-\s]+points?[-\s]+(?:[A-Z][\w'’-]*\s+)?(?:margin|lead|victory|win|gap|edge|advantage)\s*\(\s*"
    rf"{Q('a2')}\s+to\s+{Q('b2')}(?:\s+(?:percent|per\s+cent))?\s*\)", re.I)
_POLL_REACH = 300
# a poll's last answer: "and 11% were undecided", "with 9% unsure"
_UNDECIDED = re.compile(rf"{Q('last')}\s+(?:were\s+|was\s+|are\s+|remain(?:ed)?\s+|said\s+they\s+were\s+)?"
                        r"(?:undecided|unsure|not\s+sure|had\s+no\s+opinion|(?:didn['’]t|did\s+not|don['’]t)\s+know)", re.I)
# between two answers of one poll: no head-to-head ("48% to 41%"), no share of a part ("15% of them"),
# no second group ("among men")
_NOT_ANSWERS = re.compile(r"^\s*(?:to|-|–)\s|\bof\b|\bamong\b|\bin\s+\d", re.I)
_COLON_TOTAL = re.compile(rf"{Q('total')}{NOT_Q}{{0,80}}?:\s*{_LIST}")
_TOTAL_CUE = re.compile(
    rf"(?:\b(?:for|making|bringing|with|to)\s+|,\s+)(?:a|the)\s+(?:combined\s+|grand\s+)?total(?:\s+[a-z]+){{0,2}}?\s+(?:of|to)\s+"
    rf"{Q('total')}", re.I)
# a toll raised by those found since: "found 20 more bodies, bringing the death toll to 120" after "killed 95"
_TOLL_RAISED = re.compile(
    rf"{Q('more')}(?P<said>\s+(?:more|additional|further|other))?\s+(?:bodies|deaths|"
    rf"people|victims|dead|fatalities)\b[^.;:{chr(0xe000)}]{{0,60}}?,?\s+(?:bringing|raising|taking|pushing|lifting)\s+"
    rf"the\s+(?:overall\s+|total\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims)|number\s+killed)"
    rf"\s+to\s+(?:{APPROX}\s+)?{Q('toll')}", re.I)
_ANOTHER = re.compile(r"\b(?:another|an\s+additional)\s+$", re.I)  # "another 20 bodies": more, said before
_NOT_DEATHS = re.compile(r"\b(?:arrested|injured|wounded|hurt|missing|rescued|evacuated|detained|hospitali[sz]ed)\b", re.I)
_INCLUDING = re.compile(rf"{Q('total')}[^.;:{chr(0xe000)}]{{0,60}}?,?\s+(?:including|among\s+them|of\s+whom|of\s+which)\s+{_LIST}")
_OF_TOTAL = re.compile(rf"Of(?<!\wOf)\s+(?:the\s+)?(?:total\s+of\s+)?{Q('total')}[^.;:{chr(0xe000)}]{{0,60}}?,\s*{_LIST}")
# "All 23 crew members, 17 from the Philippines, four from Ukraine and two from Montenegro", "some 35 warnings
# remained – 18 in southern England, 11 in south-west England and six in Wales" (a total is not itself an
# item: "four from India, eight from Italy and ...")
_SAID = r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:said|says|reported),\s+)?"  # "..., Xinhua said, 96 in Gansu"
_APPOSITIVE_BREAKDOWN = re.compile(
    rf"{Q('total')}(?!\s+(?:from|in|at)\b)(?:\s+[A-Za-z-]+){{1,3}}(?:,|\s+[–—])\s+{_SAID}(?P<list>{ANY_Q}\s+(?:from|in|at)\s+[^,;:.{chr(0xe000)}]{{1,30}}"
    rf"(?:,\s*{ANY_Q}\s+(?:from|in|at)\s+[^,;:.{chr(0xe000)}]{{1,30}})*,?\s+and\s+{ANY_Q}\s+(?:from|in|at)\s+)")
# "five people -- three women and two children -- were killed", "12 crew (seven Britons and five Danes)": the
# parts of a count set between dashes or in brackets, each a count and what it counts
# (a rank may stand among an item's words: "15 in the first half and 20 in the second"; only the figure
# leading each item is a part)
_PART = rf"{ANY_Q}(?:\s+(?:[A-Za-z][A-Za-z-]*|{ANY_Q})){{1,4}}"  # a word begins with a letter: "--" closes the list
_PART_LEAD = re.compile(rf"(?:^|,\s*|\band\s+){ANY_Q}")
_BRACKETED_BREAKDOWN = re.compile(
    rf"{Q('total')}(?:\s+[A-Za-z-]+){{1,5}}\s*(?:--|[–—(])\s*(?P<list>{_PART}(?:,\s*{_PART}){{0,12}},?\s+and\s+{_PART})"
    rf"\s*(?:--|[–—)])")
# "At least 95 people have been killed ... 86 people died in Gansu and another nine in Qinghai": a toll's
# parts place by place, the toll itself stated before them
_PLACE_BREAKDOWN = re.compile(
    rf"{Q('a')}(?:\s+[a-z]+){{0,2}}\s+(?:(?P<died>died|were\s+killed)|were\s+injured|were\s+hurt|were\s+wounded)\s+in\s+"
    rf"[^,;.{chr(0xe000)}]{{1,60}}?,?\s+and\s+(?:another|a\s+further)\s+{Q('b')}\s+in\b", re.I)
# "The death toll rose to 82. Among the dead, 46 were in Garze and 36 in Ya'an": a toll said before, broken
# down by place or kind (the parts may leave some out, but not come to more)
_TOLL_BREAKDOWN = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s+(?:the\s+)?(?:overall\s+|total\s+|reported\s+|confirmed\s+)?"
    r"(?:(?P<hurt>injured|wounded)|dead|deaths?(?:\s+toll)?|death\s+toll|toll|fatalities|victims)"
    rf",\s*(?P<list>{NOT_Q}{{0,40}}?{ANY_Q}[^.;]{{0,200}})")
# a team's record: "won 18 of its 30 games, losing 10 and drawing 2" (all three: the games; without the draws,
# some may be left out)
_RECORD = re.compile(rf"\b(?:won|winning)\s+{Q('a')}\s+of\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?{Q('total')}"
                     rf"(?:\s+[\w-]+){{0,2}},?\s+(?:losing|and\s+lost|lost)\s+{Q('b')}"
                     rf"(?:,?\s+and\s+(?P<draws>drawing|drew|tying|tied)\s+{Q('c')})?", re.I)
# "Police said 14 people were arrested. Among them, nine were from the city and five from elsewhere": the
# parts of the count just told (some may be left out, none counted twice: no "of them" within)
_AMONG_THEM = re.compile(rf"\b(?:Among|Of)\s+(?:them|those|these)\s*,\s*{_LIST}")
_NESTED = re.compile(r"\b(?:of\s+(?:them|whom|which)|including)\b", re.I)
# "Floods leave 21 dead and missing ... 15 dead, 6 missing": a toll of the dead and the missing together, and
# the two told apart in the sentence or the two after it
_DEAD_AND_MISSING = re.compile(rf"{Q('total')}\s+(?:people\s+)?(?:dead|killed)\s+(?:and|or)\s+missing\b", re.I)
_DEAD_THEN_MISSING = re.compile(
    rf"{Q('a')}\s+(?:people\s+)?(?:dead|killed|died)\b,?\s+(?:and\s+|with\s+)?(?:another\s+)?{Q('b')}\s+"
    rf"(?:people\s+)?(?:were\s+|are\s+|still\s+)*missing\b", re.I)
# "Eight of the fatalities were in Guizhou and six in Hunan": the toll's parts, the first before it
_OF_THE_TOLL = re.compile(
    rf"{Q('a')}\s+of\s+the\s+(?:(?P<hurt>injured|wounded)|dead|deaths|fatalities|victims)\s+(?:were|was|died)\s+"
    rf"(?P<list>[^.;{chr(0xe000)}]{{1,60}}?{ANY_Q}[^.;]{{0,120}})", re.I)
# "all 55 passengers and six crew members aboard ... have been killed", after "62 People Killed": everyone on
# board, in two parts (the toll may also count people on the ground, unless "all" says the two are everyone)
_PASSENGERS_AND_CREW = re.compile(
    rf"{Q('a')}\s+passengers\s+and\s+{Q('b')}\s+(?:crew(?:\s*members)?|members\s+of\s+(?:the\s+)?crew)\b", re.I)
_ALL = re.compile(r"\ball\s+$", re.I)
_ON_BOARD = re.compile(r"\b(?:aboard|on\s+board|carrying|carried|passengers)\b", re.I)
_REMAINDER = re.compile(
    rf"(?P<list>{ANY_Q}\s+(?:to|for|on)\s+[^,;:.{chr(0xe000)}]{{1,40}}?(?:,\s*{ANY_Q}\s+(?:to|for|on)\s+[^,;:.{chr(0xe000)}]{{1,40}}?)+"
    rf",?\s+and\s+{ANY_Q}\s+(?:to|for|on)\s+(?:everything\s+else|all\s+else|the\s+rest|other\s+\w+))", re.I)
_OF_THEM = re.compile(rf"{Q('part')}\s+of\s+(?:them|those|whom|which|these)\b")
# "16 of his 18 points", "10 of his season-high 47 points", "3 of the company's 12 plants"
_WHOLE_MODIFIER = r"(?:[\w-]+(?:'s|’s|'|’)|\w+-[\w-]+|last|first|top|past|next|remaining|total|combined|estimated|record)"
_OF_THE = re.compile(rf"{Q('part')}\s+(?:of\s+(?:the|those|these|its|their|his|her|our)|out\s+of(?:\s+(?:the|its|their))?)\s+"
                     rf"(?:{_WHOLE_MODIFIER}\s+){{0,2}}{Q('whole')}")  # "Twenty-seven out of 50 states"
# "Of the 59 people injured, 37 remained hospitalized": the whole first
_OF_THE_FIRST = re.compile(rf"[Oo]f(?<!\w[Oo]f)\s+(?:the|those|these|its|their)\s+(?:total\s+of\s+)?{Q('whole')}(?:\s+[\w-]+){{0,4}},\s+{Q('part')}")
# "The firm's 4,500 staff include 3,000 engineers": a part the whole is said to include
_WHOLE_INCLUDES = re.compile(rf"{Q('whole')}(?:\s+[\w'’-]+){{0,3}}?\s+(?:include|includes|included|comprise|comprises|"
                             rf"comprised)\s+(?:{APPROX}\s+)?{Q('part')}", re.I)
# "treated 92 patients, 40 of them children and 52 adults": a total and its parts (which may leave some out)
_OF_THEM_LIST = re.compile(rf"{Q('total')}(?:\s+[\w'’-]+){{0,3}},\s+{Q('a')}\s+of\s+(?:them|whom|which)\s+"
                           rf"[^,;.{chr(0xe000)}]{{1,30}}?\s+and\s+{Q('b')}(?!\s+of\b)")
# "19 people competed and 17 finished", "2,000 applied, and 340 were admitted": of those who began a
# stage, the number who got through it; no more can get through than began
_THROUGH = {"started": "finished completed crossed", "entered": "finished completed crossed",
            "competed": "finished completed crossed", "began": "finished completed crossed",
            "applied": "admitted accepted", "sat": "passed", "tested": "tested"}
_STAGE = re.compile(
    rf"{Q('whole')}(?:\s+[\w'’-]+){{0,2}}?\s+(?:had\s+|have\s+|were\s+)?(?P<first>started|entered|competed|began|applied|"
    rf"sat|tested)\b[^.;:{chr(0xe000)}]{{0,30}}?(?:,\s+|\s+)(?:and\s+|but\s+|while\s+)?(?:only\s+|just\s+)?{Q('part')}"
    rf"(?:\s+(?!(?:that|who|which)\b)[\w'’-]+)??\s+(?:had\s+|have\s+|were\s+)?(?P<then>finished|completed|"
    rf"crossed(?=\s+the\s+finish)|admitted|accepted|passed|tested(?=\s+positive))\b"
    # what was got through is the stage begun, not something else ("started work and 50 completed training")
    rf"(?=\s*[,.;:)]|\s+(?:by|in|within|on|after|before|and|but|while|positive|the\s+(?:race|course|marathon|exam|"
    rf"test|event|finish|line|programme|program|distance)\b))")
# "some 12,211 people have been treated ..., including more than 1,535 people who were hospitalized": one part
# of a count (a list after "including" is a total's parts, read above)
_INCLUDING_ONE = re.compile(rf"{Q('whole')}[^.;:{chr(0xe000)}]{{0,60}}?,\s+including\s+{Q('part')}"
                            rf"(?!(?:\s+[\w'’-]+){{0,4}}?(?:,\s*|\s+and\s+){ANY_Q})")
# "Of the reported casualties, most occurred in Min County, with 92 dead, nearly 900 injured": a place's
# dead and injured, each a part of the toll of its kind told before
_CASUALTIES = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s+(?:the\s+)?(?:reported\s+|total\s+|overall\s+)?casualties\b"
                         rf"(?P<rest>[^.;]{{0,200}})")
_CASUALTY = re.compile(rf"{Q('n')}\s+(?:people\s+)?(?:(?P<dead>dead|killed|died)|injured|wounded|hurt)\b")
# what a count is told of: the words right after it ("95 people dead"), else the last such word before it
_TOLD_AFTER = re.compile(r"(?:\s+(?:people|persons|others|more))?\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
                         r"(?:(?P<dead>dead|killed|died|deaths)|injured|wounded|hurt)\b", re.I)
_TOLD_BEFORE = re.compile(r"\b(?:(?P<dead>death\s+toll|killed|killing|kills|deaths|dead)|injured|injuring|injuries|"
                          rf"wounded|wounding)\b[^{chr(0xe000)}.;]{{0,30}}$", re.I)
# "about 5,800 last week, or about 834 per day", "1,200 deaths in March, or about 40 a day", "$52,000 last year,
# or $1,000 a week": a count over the period a date or a duration between them names, and again for each day
_PER_TIME = r"(?P<per>hour|day|week|month|year)"
_RATE = re.compile(rf"{Q('total')}(?P<between>[^.;:{chr(0xe000)}]{{1,40}}?),?\s+or\s+(?:{APPROX}\s+)?{Q('rate')}"
                   rf"(?:(?:\s+[a-z]+)?\s+(?:a|an|per|each|every)\s+{_PER_TIME}\b)?", re.I)
_RATE_UNIT = re.compile(r"/(?P<per>hour|day|week|month|year)$")
# A budget and what it allocates: "a $4.11 billion budget ... That budget includes $560 million for the police
# department"; "Of the $109.1 million in the general fund, $58.6 million will go toward public safety, while
# $11.7 million will go toward parks ... Another combined $16.8 million will go toward administrative costs".
# The whole is an amount said to be a budget, or opening a sentence with "Of the"; its parts, the amounts
# said to be for something in that sentence and the few after it that go on allocating.
_BUDGET_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+budget\b", re.I)
_BUDGET_BEFORE = re.compile(r"\bbudget\b[^.;]*?\b(?:of|totall?ing|totals|totall?ed)\s+$", re.I)
_OF_THE_AMOUNT = re.compile(r"(?:^|[.!?]\s+|\n)[\"“]?Of\s+the\s+$")
_EARLIER_BUDGET = re.compile(r"\b(?:last\s+year|previous|prior|a\s+year\s+(?:ago|earlier)|proposed|requested)\b|"
                             r"\bfrom\s+$", re.I)
_ALLOCATED = re.compile(
    r"(?:\s+dollars)?\s+(?:will\s+go\s+|goes\s+|went\s+|is\s+|are\s+|was\s+|were\s+)?(?:for|to|toward|towards)\s+"
    r"(?!(?:a\s+total|total|each|every|fiscal|FY|the\s+(?:year|fiscal)|next|last|this|\S*\d)\b)", re.I)
_ALLOCATED_BEFORE = re.compile(r"\b(?:accounts?\s+for|receives?|received|allocat\w+|earmark\w*)\s+$", re.I)
# a later sentence goes on allocating the same whole when it refers back to it ("That budget includes",
# "Other spending includes", "Another $16.8 million", "also allocated"), not when it names another
# government's ("the state budget includes $50 million for city roads")
_GOES_ON = re.compile(r"\b(?:that|the|this|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:budget|spending|plan|appropriations?|fund)\b|"
                      r"^\W*(?:Other|Another|A\s+further|An\s+additional|The\s+remaining|The\s+rest)\b|"
                      r"\balso\s+(?:allocat|earmark|set\s+aside|budget)", re.I)
_OTHER_GOVERNMENT = re.compile(r"\b(?:state|federal|county|national|provincial|congress\w*)\b", re.I)
_BUDGET_WORDS = 250  # characters before an amount in which its sentence may say it is a budget
_BUDGET_REACH = 3  # sentences after the whole's own in which its parts may be told
_INCLUDE = re.compile(rf"\b(?:the|those|these)\s+(?P<noun>[a-z]+)(?:\s+[a-z]+){{0,4}}?\s+(?:include|includes|included)\s+{Q('part')}")
_SHARE = re.compile(
    rf"{Q('part')}(?:\s+[A-Za-z-]+){{0,3}},?\s+or\s+{Q('percent')}"
    rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){{0,2}}?(?:of\s+)?{Q('whole')})?")
# "41.2%, with 61,120 of the 160,000 registered voters", "66%, i.e. 30,698,210 out of 46,444,321", "66% (30.7
# million of 46.4 million)"; "61,120 of the 160,000 voters, or 38.2%", "20 out of 21 seats (95%)";
# "8,651,723 votes, 85.0 percent, of the 10,179,702 cast"; "went 14-for-30 (46.7 percent)"; "55%, meaning that
# 1,905,960 voters have cast their ballots out of total 3,465,736", "58%: 1,905,960 of 3,465,736"
_OF_WHOLE = r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?"
_SHARE_WITH = re.compile(
    rf"{Q('percent')}[^.;{chr(0xe000)}]{{0,30}}?(?:,?\s+(?:with|i\.e\.,?)\s+|\s*\(\s*){Q('part')}{_OF_WHOLE}{Q('whole')}"
    rf"|{Q('part2')}{_OF_WHOLE}{Q('whole2')}[^.;{chr(0xe000)}]{{0,40}}?(?:,\s+or\s+|\s*\(\s*){Q('percent2')}"
    rf"|{Q('part3')}(?:\s+[A-Za-z-]+){{0,3}},\s+{Q('percent3')},{_OF_WHOLE}{Q('whole3')}"
    rf"|{Q('part4')}-(?:for|of)-{Q('whole4')}\s*\(\s*{Q('percent4')}"
    rf"|{Q('percent5')}(?:,?\s+meaning\s+(?:that\s+)?|:\s+){Q('part5')}(?:(?:\s+[A-Za-z-]+){{0,6}}?\s+out\s+of|\s+of)"
    rf"\s+(?:the\s+|a\s+)?(?:total\s+(?:of\s+)?)?{Q('whole5')}"
    # "8,925,063 of 10,560,963 eligible voters cast their ballots ... with turnout at 84.5 percent"
    rf"|{Q('part6')}{_OF_WHOLE}{Q('whole6')}[^.;{chr(0xe000)}]{{0,80}}?\b(?:turnout|participation)\s+(?:at|of|was|is|"
    rf"stood\s+at|reached|came\s+to)\s+(?:{APPROX}\s+)?{Q('percent6')}")
_SURVEY_OF = re.compile(rf"\b(?:survey|poll|study|sample|census)\s+of\s+(?:{APPROX}\s+)?{Q('whole')}", re.I)
# "37% of 163 respondents": a share of a count, which a whole number of them must give
_OF_COUNT = re.compile(rf"{Q('percent')}\s+of\s+(?:the\s+|its\s+|their\s+)?{Q('whole')}")
# "Past week cases – Total 3,366 / Not vaccinated: 2,017 (59.9%) / Partially vaccinated: 181 (5.4%)": counts
# with their shares in brackets, of the total stated just before them
_TOTAL = re.compile(rf"[Tt]otal(?<!\w[Tt]otal)(?:\s+of)?:?\s+{Q('whole')}")  # the word first: scanned for, not tried
_OF_THE_WHOLE = re.compile(rf"[Oo]f(?<!\w[Oo]f)\s+(?:the|those|these|its|their)\s+(?:[\w-]+['’]s\s+)?{Q('whole')}")
# "Of the city's 1.2 million residents, about 40 percent, or 480,000 people,": the share first, then its count
_SHARE_THEN_PART = re.compile(rf"{Q('percent')},?\s+or\s+(?:{APPROX}\s+)?{Q('part')}")
_COUNT_AND_SHARE = re.compile(rf"{Q('part')}\s*\(\s*{Q('percent')}\s*\)")
_TOTAL_REACH = 400  # characters from a total to the last of its lines
# characters looked back for a total, or across a sentence for what it speaks of: a run-on "sentence" is no
# one sentence, and reading all of it for each of its figures would take time growing with its square
_REACH = 1000
# "61% of possession to Dunmore's 39%": only a measure two sides divide between them with nothing
# left over; "50% to 44%" in a poll leaves the undecided out, so it is no split
_SPLIT = re.compile(rf"{Q('a')}\s+of\s+(?:possession|the\s+ball|territory)\s+to\s+(?:[A-Z][\w.]*(?:'s|’s)\s+)?{Q('b')}(?!\s+of\b)")
# "a close of", "a seasonally adjusted annual rate of": what a level reached or started from is of
_LEVEL_OF = r"(?:an?\s+(?:[\w-]+\s+){0,4}?[a-z]+\s+of\s+)?"
_ASIDE_Q = rf"(?:,\s+or\s+{ANY_Q}[^,.;{chr(0xe000)}]{{0,20}},)?"  # "to $4.37 billion, or $1.02 a share,"
# "from 281.4 million to 308.7 million", "from 282 in 2007 to 234", "from 2007's 282 to 2008's 234"
_YEARS_OWN = r"(?:(?:1[0-9]|20)\d\d['’]s\s+)?"
_FROM_TO = rf"from\s+{_YEARS_OWN}{Q('old')}[^.;,{chr(0xe000)}]{{0,25}}?\s+to\s+{_YEARS_OWN}{Q('new')}"
# what stands before a rate of change: "rose", "fell by"; what was changed and by how much, "cut rates by",
# "raised its key rate by"
_CHANGED_BY = re.compile(rf"\b(?:{_CHANGE_VERB}\s+(?:by\s+)?|(?:cut|cuts|raised|raises|lowered|lowers|reduced|reduces|"
                         rf"trimmed|trims|hiked|hikes|boosted|boosts)\s+(?:[\w'’-]+\s+){{0,4}}?by\s+)$", re.I)
# Each way of stating a change, with what must stand just before the match, if anything: "rose" is
# checked once a rate, a new and an old value are found, as a verb tried at every character costs more
# than all the rest of reading structure.
_CHANGES = [
    # rose 12% to $4.37 billion from $3.90 billion; rose 53 percent, to $3.42 billion from $2.24 billion;
    # rose 6.3% to $84.15 in after-hours trading, from a close of $79.16;
    # rose 12% to $4.37 billion, or $1.02 a share, from $3.90 billion (the figure per share is an aside);
    # fell 25.3 percent to a seasonally adjusted annual rate of 4.16 million from a rate of 5.57 million
    (re.compile(rf"{Q('rate')},?\s+to\s+{_LEVEL_OF}{Q('new')}(?:,\s+or\s+{ANY_Q}[^,.;{chr(0xe000)}]{{0,20}},)?"
                rf"[^.;{chr(0xe000)}]{{0,60}}?\bfrom\s+{_LEVEL_OF}{Q('old')}", re.I),
     _CHANGED_BY),
    # 1.12 million tonnes last year, up 7% from 1.05 million tonnes; earned $422.5 million, or $6.44 a share,
    # up 8.9% from $387.8 million (the figure per share is an aside); $263,800, up 6.5 percent from June 2016
    # ($247,600)
    (re.compile(rf"{Q('new')}(?:,\s+or\s+{ANY_Q}[^,.;{chr(0xe000)}]{{0,20}}(?=,))?[^.;{chr(0xe000)}]{{0,60}}?,\s+(?:up|down)\s+(?:by\s+)?{Q('rate')}\s+from\s+(?:[\w']+\s+){{0,3}}?\(?{Q('old')}", re.I), None),
    # 240 people ..., up from 150 the week before, a 60% increase
    # "$26.8 million, or 37 cents a share, compared to $20.9 million, or 29 cents a share, last year, a rise of 28 percent"
    (re.compile(rf"{Q('new')}{_ASIDE_Q}[^.;{chr(0xe000)}]{{0,60}}?,?\s+compared\s+(?:to|with)\s+{Q('old')}"
                rf"(?:,\s+or\s+{ANY_Q}[^,.;{chr(0xe000)}]{{0,30}}(?=,))?[^.;{chr(0xe000)}]{{0,40}}?,\s+an?\s+"
                rf"(?:{Q('rate')}\s+{_CHANGE_NOUN}|{_CHANGE_NOUN}\s+of\s+{Q('rate2')})", re.I), None),
    # (or "..., an increase of 30 percent")
    (re.compile(rf"{Q('new')}[^.;{chr(0xe000)}]{{0,60}}?,?\s+(?:up|down)\s+from\s+{Q('old')}[^.;{chr(0xe000)}]{{0,40}}?,\s+an?\s+"
                rf"(?:{Q('rate')}\s+{_CHANGE_NOUN}|{_CHANGE_NOUN}\s+of\s+{Q('rate2')})", re.I), None),
    # increased by 9.7 percent, from 281.4 million to 308.7 million; dropped 17 percent, from 282 in 2007 to 234;
    # increasing by 5.9 percent between 2017 and 2018 (from 33,395 to 35,350)
    (re.compile(rf"{Q('rate')}(?:,?\s+|[^.;(){chr(0xe000)}]{{0,40}}?\(\s*){_FROM_TO}", re.I), _CHANGED_BY),
    # 308.7 million people, a 9.7 percent increase from the Census 2000 population of 281.4 million; $582.7
    # (or "The offer of $25 a share represents a 25% premium over Friday's close of $20")
    # billion, about a 1 percent increase over the $580.3 billion budget; $196 for each share of LinkedIn Corp., a
    # 50 per cent premium over the stock's closing price of $131.08
    # "is still sitting at $109.1 million. That's a 1.1% decrease from the $110.2 million" (the next sentence
    # begins by pointing back at the value)
    (re.compile(rf"{Q('new')}[^.;{chr(0xe000)}]{{0,60}}?(?:,\s+|\s+(?:represents|representing|is|was|marks|marking|"
                rf"amounts\s+to|amounting\s+to)\s+|\.\s+(?:That|This|It)(?:['’]s|\s+(?:is|was|represents|marks)))\s*"
                rf"(?:{APPROX}\s+)?an?\s+{Q('rate')}\s+{_CHANGE_NOUN}"
                rf"\s+(?:from|over|on|to)\s+(?:(?:[\w'’-]+\s+|{ANY_Q}\s+){{0,4}}?of\s+|(?:the|an?)\s+)?{Q('old')}", re.I), None),
    # a 17 percent cut in spending on human exploration, from $4 billion to $3.3 billion; a 17 percent dip, from
    # 2007's 282 to 2008's 234
    (re.compile(rf"{Q('rate')}\s+{_CHANGE_NOUN}\b[^.;{chr(0xe000)}]{{0,40}}?,?\s+{_FROM_TO}", re.I),
     re.compile(r"\ban?\s+$", re.I)),
    # a 9 percent rise to $515 billion from $480 billion
    (re.compile(rf"{Q('rate')}\s+{_CHANGE_NOUN},?\s+to\s+{Q('new')}[^.;{chr(0xe000)}]{{0,60}}?\bfrom\s+{Q('old')}", re.I),
     re.compile(r"\ban?\s+$", re.I)),
    # slowed to 2.9% in August from 3.2% in July, a fall of 0.3 percentage points; edged down to 8.5% from an
    # upwardly revised 8.7% in November, a drop of 0.3 points
    (re.compile(rf"{Q('new')}[^.;{chr(0xe000)}]{{0,40}}?\bfrom\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?)?{Q('old')}"
                rf"[^.;{chr(0xe000)}]{{0,40}}?,\s+an?\s+{_CHANGE_NOUN}\s+of\s+(?:{APPROX}\s+)?{Q('rate')}", re.I),
     re.compile(r"\bto\s+$", re.I)),
    # fell $1.20, or 3.5%, from $34.30 to $33.10: the amount, its rate, and both values
    (re.compile(rf"{ANY_Q}(?:\s+[a-z-]+){{0,2}},\s+or\s+{Q('rate')},?\s+{_FROM_TO}", re.I), None),
    # from 150 to 240, a rise of 60%; from $20 million in 2022 to $25 million last year, an increase of 25 percent
    (re.compile(rf"{Q('old')}[^.;,{chr(0xe000)}]{{0,25}}?\s+to\s+{Q('new')}[^.;{chr(0xe000)}]{{0,40}}?,\s+an?\s+(?:{_CHANGE_NOUN}\s+of\s+{Q('rate')}|{Q('rate2')}\s+{_CHANGE_NOUN})", re.I),
     re.compile(r"\bfrom\s+$", re.I)),
]

# Which way a value went, in words, and the two values: "rose 12% to $4.37 billion from $3.90 billion", "fell from
# 282 to 234", "closed at 2,082.1, down 47.3 from 2,129.4", "10,815 cases, less than the record 39,791"
_UP_WORDS = r"rose|rises|risen|rising|increased|increases|increasing|climbed|climbing|jumped|gained|grew|grown|" \
            r"surged|soared|rebounded|advanced|up|more|higher|greater"
_DOWN_WORDS_RX = r"fell|falls|fallen|falling|decreased|decreases|decreasing|dropped|dropping|declined|declining|" \
                 r"slipped|slid|plunged|tumbled|sank|dipped|shrank|eased|down|less|fewer|lower|smaller"
_WAY = rf"(?P<way>{_UP_WORDS}|{_DOWN_WORDS_RX})"
# Each wording as a pattern that begins at a figure (a placeholder: found without trying every character) and,
# for the first two, the words that must stand before it, the way among them
_WAYS = (
    (re.compile(rf"{Q('new')}{_ASIDE_Q}[^.;{chr(0xe000)}]{{0,60}}?\bfrom\s+{_LEVEL_OF}{Q('old')}", re.I),
     re.compile(rf"\b{_WAY}(?:\s+(?:by\s+)?{ANY_Q}{_ASIDE_Q})?,?\s+to\s+{_LEVEL_OF}$", re.I)),
    (re.compile(rf"{Q('old')}[^.;,{chr(0xe000)}]{{0,25}}?\s+to\s+{_YEARS_OWN}{Q('new')}", re.I),
     re.compile(rf"\b{_WAY}(?:\s+(?:by\s+)?{ANY_Q}(?:,\s+or\s+{ANY_Q})?,?)?\s+from\s+{_YEARS_OWN}$", re.I)),
    # (the figure per share an aside: "earned $422.5 million, or $6.44 a share, up 8.9% from $387.8 million")
    (re.compile(rf"{Q('new')}(?:,\s+or\s+{ANY_Q}[^,.;{chr(0xe000)}]{{0,20}}(?=,))?[^.;{chr(0xe000)}]{{0,60}}?,\s+"
                rf"(?P<way>up|down)\s+(?:by\s+)?(?:{ANY_Q}\s+)?from\s+(?:[\w'’]+\s+){{0,3}}?{Q('old')}", re.I), None),
    # "$26.8 million ... compared to $20.9 million ..., a drop of 28 percent": the way in the change's noun
    (re.compile(rf"{Q('new')}{_ASIDE_Q}[^.;{chr(0xe000)}]{{0,60}}?,?\s+compared\s+(?:to|with)\s+{Q('old')}"
                rf"(?:,\s+or\s+{ANY_Q}[^,.;{chr(0xe000)}]{{0,30}}(?=,))?[^.;{chr(0xe000)}]{{0,40}}?,\s+an?\s+"
                rf"(?:{ANY_Q}\s+)?(?P<way>{NOUN_UP}|{NOUN_DOWN}|fall)\b", re.I), None),
    # "less than the record 39,791": a word between, as "less than 40" is a hedge read with its figure
    (re.compile(rf"{Q('new')}(?:\s+[\w'’-]+){{0,3}},\s+(?P<way>more|less|fewer|higher|lower|greater|smaller)\s+than\s+"
                rf"(?:the|its|their|a|an|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?{Q('old')}", re.I), None),
)
_WAY_BEFORE = 100  # characters before a figure in which the way and its "to" or "from" are looked for
_WAY_NEEDS = ("from", " to ", "from", "compared", "than")  # a word each wording holds, so most are not tried


def _alike(new: Quantity, old: Quantity, loose: bool) -> bool:
    """Two values one can be more or less than the other: the same unit (loose: a price per unit set against
    its bare figure, "rose to $9,480 a tonne from $9,368"), no rank, and no two counted nouns apart ("112
    flood alerts, down from a peak of 74 warnings")."""
    units = _base(new.unit) == _base(old.unit) if loose else new.unit == old.unit
    nouns = not (new.noun and old.noun) or _head(new) == _head(old)
    return units and nouns and not new.ordinal and not old.ordinal


def _comparisons(ctx: Context, sk: Skeleton) -> None:
    seen: set[tuple[str, str]] = set()
    for i, (pattern, before) in enumerate(_WAYS):
        for m in sk.find(pattern, _WAY_NEEDS[i]):
            said = before.search(sk.text, max(0, m.start() - _WAY_BEFORE), m.start()) if before else m
            if said is None:
                continue
            new, old = sk.at(m, "new"), sk.at(m, "old")
            if (new.id, old.id) in seen or not _alike(new, old, loose=i < 2):
                continue
            seen.add((new.id, old.id))
            way = " ".join(said.group("way").lower().split())
            relation = "less" if re.fullmatch(_DOWN_WORDS_RX, way) or way in _DOWN_WORDS else "more"
            add_over(ctx, Comparison, [new, old], first=new.id, second=old.id, relation=relation,
                 word=" ".join(said.group("way").split()) + (" than" if i == len(_WAYS) - 1 else ""))


# a multiple said in a word: "tripled to $90 million from $40 million", "doubled from 500 to 1,000", "received
# 1,200 complaints last year, double the 500 it received in 2022"
_MULTIPLES = (re.compile(rf"{Q('rate')},?\s+to\s+{_LEVEL_OF}{Q('new')}[^.;{chr(0xe000)}]{{0,60}}?\bfrom\s+{_LEVEL_OF}{Q('old')}", re.I),
              re.compile(rf"{Q('rate')},?\s+{_FROM_TO}", re.I),
              # "net income of $27.1 million, or 67 cents a share, more than twice the $13.5 million": the aside skipped
              # "180 metres tall, twice the height of the 120-metre dam it replaces"
              re.compile(rf"{Q('new')}(?:,\s+or\s+{ANY_Q}[^,.;{chr(0xe000)}]{{0,20}})?[^.;{chr(0xe000)}]{{0,60}}?,\s+{Q('rate')}\s+"
                         rf"(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:of\s+(?:the|its|their)\s+)?{Q('old')}",
                         re.I))

# rose $1.20, or 3.5%, to $35.50; the Dow fell 120.5 points, or 0.4%, to 30,123.4; fell 3.5%, or $1.20, to close
# at $33.10: the amount, the rate and the value reached (the first carries the direction its verb gave it)
_REACHED = r",\s+(?:to|at|to\s+(?:close|end|finish|settle)\s+at)\s+"
# (and a $35 billion increase to $515 billion, about 7 percent)
_AMOUNT_CHANGES = (re.compile(rf"{Q('amount')}(?:\s+[a-z-]+){{0,2}},\s+or\s+{Q('rate')}{_REACHED}{Q('new')}"),
                   re.compile(rf"{Q('rate')},\s+or\s+{Q('amount')}(?:\s+[a-z-]+){{0,2}}{_REACHED}{Q('new')}"),
                   re.compile(rf"{Q('amount')}\s+{_CHANGE_NOUN},?\s+to\s+{Q('new')},\s+(?:or\s+)?(?:{APPROX}\s+)?{Q('rate')}",
                              re.I),
                   # the Dow fell 251 points to close at 12,574, a drop of 2 percent; the Nasdaq finished down 71 points
                   # at 2,859, down 2.4 percent
                   re.compile(rf"{Q('amount')}(?:\s+[a-z-]+){{0,2}}\s+(?:to\s+(?:close\s+at\s+)?|at\s+){Q('new')},\s+"
                              rf"(?:an?\s+{_CHANGE_NOUN}\s+of|down|up)\s+(?:{APPROX}\s+)?{Q('rate')}"
                              # "down 4.5% from the previous Friday": a change over another span, not the day's
                              rf"(?!\s+(?:from|since|over|compared|on\s+the|for\s+the|this|last|in\s+the\s+past)\b)", re.I),
                   # jumped more than 4 percent following the report, rising $3.55 to $90.50
                   re.compile(rf"{Q('rate')}[^.;{chr(0xe000)}]{{0,40}}?,\s+(?:rising|falling|gaining|losing|climbing|dropping|"
                              rf"sliding|up|down)\s+(?:by\s+)?{Q('amount')}\s+(?:to\s+(?:close\s+at\s+)?|at\s+){Q('new')}", re.I),
                   # revenues were $3.2 trillion, $228 billion (or almost 8 percent) more than receipts in 2014; spending
                   # was $3.7 trillion in 2015—$184 billion (or about 5 percent) more than outlays in 2014
                   re.compile(rf"{Q('new')}(?:\s+in\s+\w+)?\s*(?:[—–,]|\s--?)\s*{Q('amount')}\s*(?:\(|,)\s*or\s+{Q('rate')}\s*[),]?"
                              rf"\s+(?:more|less|higher|lower)\s+than\b", re.I))


# "has fallen by $32, or 29 percent, since its high of $109.77", "fell $1.20, or 3.5%, from $34.30": the amount, the
# rate and the value before (not "from $34.30 to $33.10", a value reached as well)
# "has risen 40 cents, or 12 percent, since March, when a gallon cost $3.30": the value before, said of the time
_AMOUNT_SINCE = re.compile(rf"{Q('amount')}(?:\s+[a-z-]+){{0,2}},\s+or\s+{Q('rate')},?\s+(?:since|from)\s+"
                           rf"(?:[\w.' ]{{1,30}},\s+when\s+(?:[\w'’-]+\s+){{1,4}}?(?:cost|was|were|stood\s+at|traded\s+at|"
                           rf"sold\s+for|averaged)\s+|(?:(?:its|the|their|a)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:of\s+)?)"
                           rf"{Q('old')}(?!\s*(?:to|-|–)\s)", re.I)


def read_structure(ctx: Context) -> None:
    # ranks are no part, total, share or change of anything: left as words, so that "40 in the first half
    # and 48 in the second" reads as a list of two items
    quantities = sorted((c for c in ctx.claims if isinstance(c, Quantity) and not c.ordinal), key=lambda q: q.span.start)
    if len(quantities) < 2:
        return
    sk = Skeleton(ctx.prose, quantities)
    units = {q.unit for q in quantities}
    if units - NON_PHYSICAL - {None}:
        _conversions(ctx, sk)
    if ctx.temporals:
        _rates(ctx, sk)
    read_averages(ctx, sk)
    _totals(ctx, sk)
    _subsets(ctx, sk)
    if units & CURRENCY_CODES:
        _budgets(ctx, sk)
    if "fraction" in units:
        _fractions(ctx, sk, units)
    _comparisons(ctx, sk)
    if units & {"percent", "percentage point"}:  # shares and changes are stated in percent
        _shares(ctx, sk)
        _changes(ctx, sk)
    if "times" in units:
        _multiples(ctx, sk)


def _counts_alike(a: Quantity, b: Quantity) -> bool:
    """Two quantities that can be added or compared: the same unit, neither a rank nor a share."""
    return a.unit == b.unit and not a.ordinal and not b.ordinal and a.unit not in SHARES


def _unit_left_out(part: Quantity, whole: Quantity) -> bool:
    """"280 million of the 1.5 billion shekels": a part with nothing after it is in the whole's unit."""
    return (part.unit is None and not part.noun and not part.ordinal and not whole.ordinal
            and whole.unit not in SHARES)


def _conversions(ctx: Context, sk: Skeleton) -> None:
    for m in _CONVERSION_SAID.finditer(sk.text):
        source, target = sk.at(m, "a"), sk.at(m, "c")
        if m.group("bare") and target.qualifier not in _ABOUT:
            continue  # after a bare comma, only a hedged figure is the same one again: "330 metres tall, about 1,083 feet"
        # two figures in the same unit are two values, not one value said twice ("5 miles, or 10 miles")
        if source.unit != target.unit and all(q.unit and q.unit not in NON_PHYSICAL for q in (source, target)):
            add_over(ctx, Conversion, [source, target], source=[source.id], target=[target.id])
    for m in _CONVERSION.finditer(sk.text):
        source = [q for q in (sk.at(m, "a"), sk.at(m, "b")) if q]
        target = [q for q in (sk.at(m, "c"), sk.at(m, "d")) if q]
        if len(target) == 1 and len(source) == 2:
            source = source[1:]
        if len(source) != len(target) or not all(q.unit and q.unit not in NON_PHYSICAL for q in source + target):
            continue
        add_over(ctx, Conversion, source + target, source=[q.id for q in source], target=[q.id for q in target])


def _fractions(ctx: Context, sk: Skeleton, units: set) -> None:
    """"Three in four voters, or 75 percent": the percent converts the fraction, as a unit converts;
    "half of the 300 members, or 150": the fraction is the share of the whole the count is."""
    if "percent" in units:
        for m in sk.find(_FRACTION_SAID, "or"):
            source, target = sk.at(m, "a"), sk.at(m, "c")
            if source.unit == "fraction" and target.unit == "percent" and not target.change:
                add_over(ctx, Conversion, [source, target], source=[source.id], target=[target.id])
    for m in sk.find(_FRACTION_OF_WHOLE, " of "):
        share, whole, part = sk.at(m, "percent"), sk.at(m, "whole"), sk.at(m, "part")
        if not m.group("or") and part.qualifier not in _ABOUT:
            continue  # without "or", only a hedged count says the share again: "A quarter of the 2,000 staff, about 500"
        if share.unit == "fraction" and (_counts_alike(part, whole) or _unit_left_out(part, whole)):
            add_over(ctx, Share, [share, whole, part], part=part.id, percent=share.id, whole=whole.id)


# "33°C, 2°C above the old record of 31°C", "closed at 2,082.1, down 47.3 from 2,129.4", "rose to 3.7 percent,
# increasing by 0.3 percentage points compared to April's rate of 3.4 percent": a value, the difference and
# the value it is the difference from, which add up one way or the other
_DIFFERENCE = re.compile(
    rf"{Q('a')}(?:\s*\({ANY_Q}\))?(?:\s+[\w'’-]+){{0,3}}(?:,\s+|\.\s+(?:That|This|It)(?:['’]s|\s+(?:is|was|represents|marks))\s+)"
    rf"(?:(?:{APPROX})\s+)?(?:{Q('d')}\s+(?P<dir>above|below|higher\s+than|lower\s+than|warmer\s+than|"
    rf"colder\s+than|more\s+than|less\s+than|fewer\s+than)|(?P<dir2>up|down|(?:increasing|rising|climbing|gaining|"
    rf"falling|dropping|decreasing|declining)\s+by)\s+{Q('d2')}(?:\s+points?)?\s+(?:from|compared\s+(?:to|with)|over)"
    # "was 2,398,343. That represents a decline of 49,945 from the 2,448,288 recorded in 2003"
    rf"|an?\s+(?P<dir3>{NOUN_UP}|{NOUN_DOWN}|fall)\s+of\s+(?:{APPROX}\s+)?{Q('d3')}\s+(?:from|compared\s+(?:to|with)|over))"
    rf"\s+(?:[\w'’-]+\s+){{0,4}}?(?:of\s+)?{Q('b')}", re.I)
_DIFFERENCE_NOUNS = (*NOUN_UP.split("|"), *NOUN_DOWN.split("|"), "fall")
# two counts of one vote and the margin between them: "2,479 votes to Odom's 2,242, a margin of 237 votes";
# "won by 237 votes, 2,479 to 2,242"
_MARGIN_AFTER = re.compile(
    rf"{Q('a')}(?:\s+(?:votes|ballots))?\s+to\s+(?:[\w'’.-]+\s+){{0,3}}?{Q('b')}(?:\s+(?:votes|ballots))?,\s+"
    rf"an?\s+(?:margin|difference|gap|lead)\s+of\s+(?:just\s+|only\s+)?{Q('gap')}", re.I)
_MARGIN_FIRST = re.compile(rf"{Q('gap')}\s+votes?,\s+{Q('a')}\s+to\s+{Q('b')}", re.I)  # "by 237 votes, 2,479 to 2,242"
_MARGIN_BEFORE = re.compile(rf"\b(?:won|wins|beat|beats|defeated|leads?|led|lost|loses|trailed|trails|ahead)\b"
                            rf"[^.;{chr(0xe000)}]{{0,40}}?\s+by\s+(?:just\s+|only\s+)?$", re.I)
_DOWN_WORDS = ("below", "lower", "colder", "less", "fewer", "down", "falling", "dropping", "decreasing", "declining",
               "fall", *NOUN_DOWN.split("|"))


def _totals(ctx: Context, sk: Skeleton) -> None:
    seen: set[str] = set()

    def record(total: Quantity | None, parts: list[Quantity], complete: bool, levels: bool = False) -> None:
        # levels: a rate and the rate it differs from, and the gap in points, add up as shares of parts do not
        parts = [p for p in parts if total is not None and p is not total and (
            _counts_alike(p, total) or levels and total.unit == "percent" and p.unit in ("percent", "percentage point"))]
        if total is None or len(parts) < 2 or total.id in seen:
            return
        seen.add(total.id)
        add_over(ctx, Total, [total, *parts], parts=[p.id for p in parts], total=total.id, complete=complete)

    for m in sk.find(_COLON_TOTAL, ":"):
        record(sk.at(m, "total"), sk.all_in(m.group("list")), True)
    for m in _APPOSITIVE_BREAKDOWN.finditer(sk.text):
        record(sk.at(m, "total"), sk.all_in(m.group("list")), True)
    for m in _BRACKETED_BREAKDOWN.finditer(sk.text):
        record(sk.at(m, "total"), sk.all_in("".join(_PART_LEAD.findall(m.group("list")))), True)
    for m in _OF_TOTAL.finditer(sk.text):
        rest = re.search(r"\b(?:remaining|rest|other)\b", m.group("list"), re.I)
        record(sk.at(m, "total"), sk.all_in(m.group("list")), bool(rest))
    for m in sk.find(_INCLUDING, "including", "among", "whom", "which"):
        rest = re.search(r"\b(?:remaining|rest)\b", m.group("list"), re.I)
        record(sk.at(m, "total"), sk.all_in(m.group("list")), bool(rest))
    bounds = sk.sentences
    for m in sk.find(_TOTAL_CUE, "total"):
        before = sk.text[max(bounds[sk.sentence(m.start())][0], m.start() - _REACH):m.start()]
        parts = [q for q in sk.all_in(before) if not _is_baseline(sk, q)]
        record(sk.at(m, "total"), parts, True)
    for m in sk.find(_TOLL_RAISED, "toll", "number of", "number killed"):
        more, toll = sk.at(m, "more"), sk.at(m, "toll")
        said_more = m.group("said") or _ANOTHER.search(sk.text, max(0, m.start() - 20), m.start())
        # the toll told in this sentence or the one before: further back, an update between may be left untold
        before = _toll_before(sk, m.start(), dead=True, back=1) if said_more and not _NOT_DEATHS.search(m.group()) else None
        if before is not None and before.value < toll.value:
            record(toll, [before, more], True)  # the toll told before and those found since
    for m in sk.find(_REMAINDER, "else", "rest", "other"):
        parts = sk.all_in(m.group("list"))
        record(_preceding_total(sk, bounds, m.start(), parts), parts, True)
    for m in sk.find(_PASSENGERS_AND_CREW, "crew"):
        parts = [sk.at(m, "a"), sk.at(m, "b")]
        killed = FRAME_RX["deaths"].search(sk.text, *_around(sk, bounds, m.start()))
        # those aboard may have been counted a few sentences before: "carrying 144 people crash-landed ..."
        toll = (_preceding_total(sk, bounds, m.start(), parts, FRAME_RX["deaths"]) if killed
                else _preceding_total(sk, bounds, m.start(), parts, _ON_BOARD, back=4))
        if toll is None and (everyone := _all_after(sk, bounds, m.end(), parts)):
            record(everyone, parts, True)  # "carrying 150 passengers and six crew ...; all 158 people aboard"
        else:
            record(toll, parts, bool(_ALL.search(sk.text, max(0, m.start() - 5), m.start())))
    for m in sk.find(_OF_THEM_LIST, "of them", "of whom", "of which"):
        total, parts = sk.at(m, "total"), [sk.at(m, "a"), sk.at(m, "b")]
        if all(p.value <= total.value for p in parts):  # a part bigger than the whole is of something else
            record(total, parts, False)
    for m in sk.find(_RECORD, "won", "winning"):
        record(sk.at(m, "total"), [q for q in (sk.at(m, "a"), sk.at(m, "b"), sk.at(m, "c")) if q], bool(m.group("draws")))
    for m in sk.find(_AMONG_THEM, "among them", "among those", "among these", "of them,", "of those,", "of these,"):
        parts = sk.all_in(m.group("list"))
        if not _NESTED.search(m.group("list")):
            record(_preceding_total(sk, bounds, m.start(), parts), parts, False)
    for m in sk.find(_TOLL_BREAKDOWN, "dead", "death", "toll", "fatalities", "victims", "injured", "wounded"):
        parts = sk.all_in(m.group("list"))
        if len(parts) >= 2:
            toll = _preceding_total(sk, bounds, m.start(), parts, FRAME_RX["injuries" if m.group("hurt") else "deaths"])
            record(toll, parts, False)
    for m in sk.find(_DIFFERENCE, "above", "below", "than", "up", "down", " by ", *_DIFFERENCE_NOUNS):
        value, gap, base = sk.at(m, "a"), sk.at(m, "d") or sk.at(m, "d2") or sk.at(m, "d3"), sk.at(m, "b")
        if _points_of_percents(gap, value, base):
            gap = _in_points(ctx, gap)  # "rose to 4.3%, up 0.4 points from 4.1%"
        if (m.group("dir") or m.group("dir2") or m.group("dir3")).split()[0].lower() in _DOWN_WORDS:
            record(base, [value, gap], True, levels=True)  # the value is the base less the gap
        else:
            record(value, [base, gap], True, levels=True)
    margins = [*sk.find(_MARGIN_AFTER, "margin", "difference", "gap", "lead"), *(
        m for m in sk.find(_MARGIN_FIRST, " by ") if _MARGIN_BEFORE.search(sk.text, max(0, m.start() - 60), m.start()))]
    for m in margins:
        a, b, gap = sk.at(m, "a"), sk.at(m, "b"), sk.at(m, "gap")
        if all(q.unit is None and (q.noun or "votes") in ("votes", "ballots") for q in (a, b, gap)):
            record(max(a, b, key=lambda q: q.value), [min(a, b, key=lambda q: q.value), gap], True)
    for m in sk.find(_DEAD_AND_MISSING, "missing"):
        told = _DEAD_THEN_MISSING.search(sk.text, m.end(), sk.sentences[min(len(bounds) - 1, sk.sentence(m.end()) + 2)][1])
        if told:  # the two told apart may be of one place only ("In the north, 12 died"): they may not pass it
            record(sk.at(m, "total"), [sk.at(told, "a"), sk.at(told, "b")], False)
    for m in sk.find(_OF_THE_TOLL, "dead", "death", "fatalities", "victims", "injured", "wounded"):
        parts = [sk.at(m, "a"), *sk.all_in(m.group("list"))]
        toll = _preceding_total(sk, bounds, m.start(), parts, FRAME_RX["injuries" if m.group("hurt") else "deaths"])
        record(toll, parts, False)
    for m in sk.find(_PLACE_BREAKDOWN, "another", "further"):
        parts = [sk.at(m, "a"), sk.at(m, "b")]
        toll = _preceding_total(sk, bounds, m.start(), parts, FRAME_RX["deaths" if m.group("died") else "injuries"])
        record(toll, parts, False)  # other places may follow: the parts may not pass the toll, nothing more


def _rates(ctx: Context, sk: Skeleton) -> None:
    starts = [t.span.start for t in ctx.temporals]
    for m in sk.find(_RATE, " or "):
        total, rate = sk.at(m, "total"), sk.at(m, "rate")
        per = m.group("per") or ((unit := _RATE_UNIT.search(rate.unit or "")) and unit.group("per"))
        unit = f"{total.unit}/{per}" if total.unit and not m.group("per") else total.unit
        if not per or rate.unit != unit or total.ordinal or rate.ordinal or total.unit in SHARES:
            continue
        # the period: the one date or duration written between the count and its rate
        i = bisect.bisect_left(starts, total.span.end)
        periods = [t for t in ctx.temporals[i:i + 2] if t.span.end <= rate.span.start and isinstance(t, Temporal)
                   and t.type in ("DATE", "DURATION")]
        if len(periods) == 1:
            add_over(ctx, Rate, [total, rate], total=total.id, period=periods[0].id, rate=rate.id, per=per.lower())


_HYPHENED = re.compile(r"-[A-Za-z]")


def _modifier(sk: Skeleton, q: Quantity) -> bool:
    """A figure hyphened to its noun ("his first 50-point game") describes a thing, and counts nothing that
    "of those" could be some of: "Wilt Chamberlain had 118 of those" are games."""
    return bool(_HYPHENED.match(sk.text, sk.text.index("\ue001", sk.starts[q.id]) + 1))


def _budgets(ctx: Context, sk: Skeleton) -> None:
    money = [q for q in sk.quantities if q.unit in CURRENCY_CODES]
    # wholes and parts read already, by the readers of lists: not read twice
    taken = {i for c in ctx.claims if isinstance(c, Total) for i in (c.total, *c.parts)}
    for i, whole in enumerate(money):
        if whole.id in taken or not _is_budget(sk, whole):
            continue
        parts = [p for p in _allocations(sk, whole, money, i + 1) if p.id not in taken]
        taken.update(p.id for p in parts)
        if len(parts) == 1:
            add_over(ctx, Subset, [parts[0], whole], part=parts[0].id, whole=whole.id)
        elif parts:  # others may go unnamed: the parts may not pass the whole, nothing more
            add_over(ctx, Total, [whole, *parts], parts=[p.id for p in parts], total=whole.id, complete=False)


def _is_budget(sk: Skeleton, q: Quantity) -> bool:
    """A whole to be allocated: "$4.11 billion budget", "a budget of $17 million", "Of the $109.1 million,";
    not last year's or the one proposed."""
    where = sk.starts[q.id]
    end = sk.text.index("\ue001", where) + 1
    sentence = sk.sentences[sk.sentence(where)]
    before = sk.text[max(sentence[0], where - _BUDGET_WORDS):where]
    if _EARLIER_BUDGET.search(before) or _EARLIER_BUDGET.search(sk.text, end, min(sentence[1], end + 40)):
        return False
    return bool(_BUDGET_AFTER.match(sk.text, end) or _BUDGET_BEFORE.search(before)
                or _OF_THE_AMOUNT.search(sk.text, max(0, where - 10), where))


def _allocations(sk: Skeleton, whole: Quantity, money: list[Quantity], after: int) -> list[Quantity]:
    """The amounts said to be for something among money[after:], after the whole, in its sentence and in those
    after it that go on allocating, up to the next budget (so each amount is looked at for one whole)."""
    first = sk.sentence(sk.starts[whole.id])
    last = min(len(sk.sentences) - 1, first + _BUDGET_REACH)
    parts = []
    goes_on: dict[int, bool] = {}  # by sentence: read once however many amounts it holds
    for q in itertools.islice(money, after, None):
        where = sk.starts[q.id]
        if q.unit != whole.unit or q.ordinal:
            continue
        at = sk.sentence(where)
        if at > last:
            break
        start, end = sk.sentences[at]
        if _is_budget(sk, q):
            break  # another budget: what follows is its
        if at > first and at not in goes_on:
            sentence = sk.text[start:end]
            goes_on[at] = bool(_GOES_ON.search(sentence)) and not _OTHER_GOVERNMENT.search(sentence)
        if at > first and not goes_on[at]:
            continue
        close = sk.text.index("\ue001", where) + 1
        if _ALLOCATED.match(sk.text, close) or _ALLOCATED_BEFORE.search(sk.text, max(start, where - 30), where):
            parts.append(q)
    return parts


def _is_baseline(sk: Skeleton, q: Quantity) -> bool:
    """A 'from' value is where a change started, not a part of anything."""
    at = sk.starts[q.id]
    before = sk.text[max(0, at - 25):at]
    return bool(re.search(r"\bfrom\s+(?:[\w']+\s+){0,2}$", before))


def _preceding_total(sk: Skeleton, bounds, at: int, parts: list[Quantity],
                     about: re.Pattern[str] | None = None, back: int = 2) -> Quantity | None:
    """The whole a list divides: the nearest earlier quantity of the same unit, within the sentence or
    the `back` before it, larger than every part and not a 'from' baseline; with `about`, one whose
    sentence says what the parts are of ("killed", "injured")."""
    biggest = max(p.value for p in parts)
    for q in reversed(sk.all_in(_window(sk, at, back))):
        if _counts_alike(q, parts[0]) and q.value > biggest and not _is_baseline(sk, q) and (
                about is None or about.search(sk.text, *_around(sk, bounds, sk.starts[q.id]))):
            return q
    return None


def _all_after(sk: Skeleton, bounds, at: int, parts: list[Quantity]) -> Quantity | None:
    """The count after `at`, in its sentence or the next, that "all" says is everyone aboard or killed,
    whom the parts divide ("all 158 people aboard", not "all 200 residents were evacuated")."""
    end = min(bounds[min(len(bounds) - 1, sk.sentence(at) + 1)][1], at + _REACH)
    biggest = max(p.value for p in parts)
    for q in sk.all_in(sk.text[at:end]):
        start = sk.starts[q.id]
        if (_counts_alike(q, parts[0]) and q.value > biggest and _ALL.search(sk.text, max(0, start - 5), start)
                and (_ON_BOARD.search(sk.text, start, start + 40) or FRAME_RX["deaths"].search(sk.text, *_around(sk, bounds, start)))):
            return q
    return None


def _around(sk: Skeleton, bounds, at: int) -> tuple[int, int]:
    """The sentence `at` falls in, no more than _REACH characters either side of it."""
    start, end = bounds[sk.sentence(at)]
    return max(start, at - _REACH), min(end, at + _REACH)


def _subsets(ctx: Context, sk: Skeleton) -> None:
    bounds = sk.sentences
    seen: set[str] = set()  # "Of the 1,200 patients, 1,340 of them": one part, read either way
    for m in (*_OF_THE.finditer(sk.text), *sk.find(_OF_THE_FIRST, "of the", "of those", "of these", "of its", "of their")):
        part, whole = sk.at(m, "part"), sk.at(m, "whole")
        if part.id not in seen and (_counts_alike(part, whole) or _unit_left_out(part, whole)):
            seen.add(part.id)
            add_over(ctx, Subset, [part, whole], part=part.id, whole=whole.id)
    for m in _OF_THEM.finditer(sk.text):
        part = sk.at(m, "part")
        if part.id in seen:
            continue
        window = sk.text[max(bounds[max(0, sk.sentence(m.start()) - 1)][0], m.start() - _REACH):m.start()]
        whole = next((q for q in reversed(sk.all_in(window))
                      if q is not part and _counts_alike(q, part) and not _modifier(sk, q)), None)
        if whole is not None:
            add_over(ctx, Subset, [part, whole], part=part.id, whole=whole.id)
    for m in sk.find(_WHOLE_INCLUDES, "includ", "compris"):
        part, whole = sk.at(m, "part"), sk.at(m, "whole")
        if part.id not in seen and _counts_alike(part, whole):
            seen.add(part.id)
            add_over(ctx, Subset, [part, whole], part=part.id, whole=whole.id)
    for m in sk.find(_STAGE, "finish", "complet", "admitted", "accepted", "passed", "positive"):
        part, whole = sk.at(m, "part"), sk.at(m, "whole")
        if part.id not in seen and m.group("then") in _THROUGH[m.group("first")].split() and (
                _counts_alike(part, whole) or _unit_left_out(part, whole)):
            seen.add(part.id)
            add_over(ctx, Subset, [part, whole], part=part.id, whole=whole.id)
    for m in sk.find(_INCLUDING_ONE, "including"):
        part, whole = sk.at(m, "part"), sk.at(m, "whole")
        # counts only: money "including" a gain may pass a net figure ("earned $5 million, including a $7
        # million gain")
        if part.id not in seen and part.unit is None and _counts_alike(part, whole) and _same_count(part, whole):
            seen.add(part.id)
            add_over(ctx, Subset, [part, whole], part=part.id, whole=whole.id)
    for m in sk.find(_CASUALTIES, "casualties"):
        for told in _CASUALTY.finditer(m.group("rest")):
            part = sk.quantities[int(told.group("n"))]
            toll = _toll_before(sk, m.start(), bool(told.group("dead")))
            if toll is not None and part.unit is None:
                add_over(ctx, Subset, [part, toll], part=part.id, whole=toll.id)
    for m in sk.find(_INCLUDE, "includ"):
        part, noun = sk.at(m, "part"), m.group("noun").lower()
        earlier = sk.all_in(sk.text[max(0, m.start() - 1500):m.start()])
        whole = next((q for q in reversed(earlier) if _head(q) == noun and _counts_alike(q, part)), None)
        if whole is not None:
            add_over(ctx, Subset, [part, whole], part=part.id, whole=whole.id)


def _base(unit: str | None) -> str | None:
    """"USD/tonne" and "USD" are prices in one currency: "rose to $9,480 a tonne from $9,368"."""
    return unit.split("/")[0] if unit else unit


# the groups of people any group of people may be some of: "7,442 adults, including 5,655 likely voters"
_PEOPLE = frozenset("people persons residents patients victims civilians adults respondents voters workers employees "
                    "staff students children members passengers participants volunteers soldiers troops".split())


def _same_count(part: Quantity, whole: Quantity) -> bool:
    """A part counts what its whole counts: nothing said, the same noun, or some of the people counted."""
    return part.noun is None or _head(part) == _head(whole) or _head(whole) in _PEOPLE


def _toll_before(sk: Skeleton, at: int, dead: bool, back: int = 6) -> Quantity | None:
    """The nearest count before `at`, within `back` sentences, told of the dead (or the injured): "left 95
    people dead", "the death toll rose to 95", "injuring 30 others"."""
    for q in reversed(sk.all_in(_window(sk, at, back))):
        if q.unit is not None or q.ordinal:
            continue
        where = sk.starts[q.id]
        end = sk.text.index("\ue001", where) + 1
        told = _TOLD_AFTER.match(sk.text, end) or _TOLD_BEFORE.search(sk.text, max(0, where - 40), where)
        if told and bool(told.group("dead")) == dead:
            return q
    return None


def _head(q: Quantity) -> str | None:
    return q.noun.split()[-1].lower() if q.noun else None


def _shares(ctx: Context, sk: Skeleton) -> None:
    bases: dict[str | None, Quantity] = {}
    by_id = {q.id: q for q in sk.quantities}
    # "Of the 300 workers, 160, or 53 percent,": the share is of the whole the part was said to be of
    of_whole = {c.part: by_id[c.whole] for c in ctx.claims if isinstance(c, Subset) and c.whole in by_id}
    for m in sk.find(_SHARE, "or"):
        part, percent, whole = sk.at(m, "part"), sk.at(m, "percent"), sk.at(m, "whole")
        if percent.unit != "percent" or part.unit in ("percent", "percentage point") or part.ordinal:
            continue
        if whole is not None:
            bases[_head(part)] = whole
        elif part.id in of_whole:
            whole = of_whole[part.id]
        elif surveyed := _whole_named_before(sk, _SURVEY_OF, m.start()):
            whole = surveyed  # "A survey of 2,000 adults found 1,200, or 60 percent, ..."
        elif (_WORKFORCE_AFTER.match(sk.text, m.end()) and (staff := _workforce_before(sk, m.start()))
              and not _dated(ctx, staff)):  # not "employed 10,000 in 2019": the workforce of another time
            whole = staff  # "which has 12,000 employees, will cut 1,500 jobs, or 12.5% of its workforce"
        elif not _dated(ctx, part):
            whole = bases.get(_head(part))
        if whole is not None and _counts_alike(part, whole):
            add_over(ctx, Share, [part, percent, whole], part=part.id, percent=percent.id, whole=whole.id)
    for m in _OF_COUNT.finditer(sk.text):
        percent, whole = sk.at(m, "percent"), sk.at(m, "whole")
        if percent.unit == "percent" and whole.unit is None and not whole.ordinal and whole.low == whole.high:
            add_over(ctx, Share, [percent, whole], percent=percent.id, whole=whole.id)
    totals = [(m.end(), sk.at(m, "whole")) for m in sk.find(_TOTAL, "total")]
    ends = [end for end, _ in totals]
    for m in _COUNT_AND_SHARE.finditer(sk.text):
        i = bisect.bisect_right(ends, m.start()) - 1  # the last total before it
        whole = totals[i][1] if i >= 0 and ends[i] >= m.start() - _TOTAL_REACH else _whole_named_before(sk, _OF_THE_WHOLE, m.start())
        part, percent = sk.at(m, "part"), sk.at(m, "percent")
        if whole is not None and percent.unit == "percent" and not percent.change and _counts_alike(part, whole):
            add_over(ctx, Share, [part, percent, whole], part=part.id, percent=percent.id, whole=whole.id)
    for m in sk.find(_SHARE_THEN_PART, "or"):
        percent, part = sk.at(m, "percent"), sk.at(m, "part")
        whole = _whole_named_before(sk, _OF_THE_WHOLE, m.start())
        if (whole is not None and percent.unit == "percent" and not percent.change
                and (_counts_alike(part, whole) or _unit_left_out(part, whole))):
            add_over(ctx, Share, [part, percent, whole], part=part.id, percent=percent.id, whole=whole.id)
    for m in sk.find(_SPLIT, "possession", "ball", "territory"):
        a, b = sk.at(m, "a"), sk.at(m, "b")
        if a.unit == b.unit == "percent" and not a.change and not b.change:
            add_over(ctx, Split, [a, b], percents=[a.id, b.id])
    for m in sk.find(_MARGIN, "point"):
        a, b, gap = (sk.at(m, name) or sk.at(m, name + "2") for name in ("a", "b", "gap"))
        if a.unit == b.unit == "percent" and gap.unit in (None, "percentage point") and not a.change and not b.change:
            add_over(ctx, Split, [a, b, gap], percents=[a.id, b.id], exhaustive=False, gap=gap.id)
    won = (m for m in sk.find(_SHARES_SET, "to") if m.group("won") or m.group("join").strip() == "to"
           and _WON_BEFORE.search(sk.text, max(0, m.start() - 80), m.start()))
    for m in [*sk.find(_VOTE_SPLIT, "vote", "ballots"), *won]:
        a, b = sk.at(m, "a"), sk.at(m, "b")
        if a.unit == b.unit == "percent" and not a.change and not b.change:
            add_over(ctx, Split, [a, b], percents=[a.id, b.id], exhaustive=False)
    _tallies(ctx, sk)
    for m in sk.find(_UNDECIDED, "undecided", "unsure", "not sure", "no opinion", "know"):
        poll = _poll(sk, m)
        if poll:
            add_over(ctx, Split, poll, percents=[q.id for q in poll], exhaustive=False)
    for m in _SHARE_WITH.finditer(sk.text):
        part, percent, whole = (next(q for n in ("", "2", "3", "4", "5", "6") if (q := sk.at(m, name + n)))
                                for name in ("part", "percent", "whole"))
        # a rate of change is no share ("Prices rose 5%: 3 of 10 items cost more")
        if percent.unit == "percent" and not percent.change and _counts_alike(part, whole):
            add_over(ctx, Share, [part, percent, whole], part=part.id, percent=percent.id, whole=whole.id)


def _tallies(ctx: Context, sk: Skeleton) -> None:
    """Counts of votes each with its share in brackets, one after another in a sentence: of one vote, so
    each count and its share imply the same whole, and the shares come to no more than all of it."""
    runs: list[list[tuple[Quantity, Quantity, int, int]]] = []
    for m in sk.find(_TALLY, "vote", "ballot"):
        count, percent = sk.at(m, "count") or sk.at(m, "count2"), sk.at(m, "percent") or sk.at(m, "percent2")
        if percent.unit != "percent" or percent.change or count.unit is not None or count.ordinal:
            continue
        last = runs[-1][-1] if runs else None
        if last and sk.sentence(last[3]) == sk.sentence(m.start()) and _TALLY_JOIN.match(sk.text[last[3]:m.start()]):
            runs[-1].append((count, percent, m.start(), m.end()))
        elif _head(count) in ("votes", "ballots"):  # a run begins with what is counted
            runs.append([(count, percent, m.start(), m.end())])
    for run in runs:
        if len(run) >= 2:
            add_over(ctx, Split, [q for count, percent, _, _ in run for q in (count, percent)],
                 percents=[percent.id for _, percent, _, _ in run], exhaustive=False,
                 parts=[count.id for count, _, _, _ in run])


def _poll(sk: Skeleton, m: re.Match[str]) -> list[Quantity] | None:
    """The answers of a poll its sentence lists, ending with those who gave none: three or four shares
    in percent, not set against each other ("48% to 41%") nor of a part ("15% of them")."""
    # the answers listed within a few hundred characters: a run-on "sentence" is read no further back
    placed = sk.placed(max(sk.sentences[sk.sentence(m.start())][0], m.start() - _POLL_REACH), m.end())
    shares = [q for q, _, _ in placed]
    if not 3 <= len(shares) <= 4 or any(q.unit != "percent" or q.change for q in shares):
        return None
    between = [sk.text[a_end:b_start] for (_, _, a_end), (_, b_start, _) in zip(placed, placed[1:])]
    if any(_NOT_ANSWERS.search(gap) or len(gap) > 80 for gap in between):
        return None
    return shares


_WORKFORCE_AFTER = re.compile(r"\s+of\s+(?:its|their|the\s+(?:company|firm|group|bank)['’]s)\s+(?:global\s+|total\s+)?"
                              r"(?:workforce|staff|employees|workers)\b", re.I)
_STAFF = frozenset(["employees", "workers", "staff", "people", "jobs"])


def _workforce_before(sk: Skeleton, at: int) -> Quantity | None:
    """The workforce counted before `at`, in its sentence or the two before: the nearest count of employees."""
    return next((q for q in reversed(sk.all_in(_window(sk, at, 2))) if q.unit is None and _head(q) in _STAFF), None)


def _window(sk: Skeleton, at: int, back: int) -> str:
    """The skeleton from the start of the sentence `back` sentences before `at` (no more than _REACH
    characters) up to `at`: where a whole said before a part is looked for."""
    return sk.text[max(sk.sentences[max(0, sk.sentence(at) - back)][0], at - _REACH):at]


def _whole_named_before(sk: Skeleton, pattern: re.Pattern[str], at: int) -> Quantity | None:
    """The whole the last match of `pattern` names earlier in the sentence of `at`: "Of the 442
    respondents, 2 (<1%) were ...", "The survey of 2,000 adults found ..."."""
    start = max(sk.sentences[sk.sentence(at)][0], at - _TOTAL_REACH)
    found = list(pattern.finditer(sk.text, start, at))
    return sk.at(found[-1], "whole") if found else None


def _dated(ctx: Context, q: Quantity) -> bool:
    """Whether the sentence of `q` names a date of its own: "had cut 600 jobs, or 6%, in January" is a
    share of the workforce then, not of the one given for today."""
    start = ctx.sentence_start(q.span.start)
    return any(t.type == "DATE" for t in ctx.dates_before(start, ctx.sentence_end(q.span.start)))


def _preceded(pattern: re.Pattern[str], before: re.Pattern[str] | None, text: str):
    """The matches of `pattern`, left to right and apart, that `before` matches just in front of; a
    match without it does not hide a later one that overlaps it."""
    pos = 0
    while m := pattern.search(text, pos):
        if before is None or before.search(text, max(0, m.start() - 40), m.start()):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _multiples(ctx: Context, sk: Skeleton) -> None:
    seen: set[str] = set()
    for pattern in _MULTIPLES:
        for m in pattern.finditer(sk.text):
            rate, new, old = sk.at(m, "rate"), sk.at(m, "new"), sk.at(m, "old")
            if (rate.unit == "times" and rate.id not in seen and new.unit == old.unit
                    and new.unit not in SHARES and not new.ordinal and not old.ordinal):
                seen.add(rate.id)
                add_over(ctx, Change, [rate, new, old], rate=rate.id, new=new.id, old=old.id)


def _changes(ctx: Context, sk: Skeleton) -> None:
    seen: set[str] = set()
    for pattern, before in _CHANGES:
        for m in _preceded(pattern, before, sk.text):
            rate = sk.at(m, "rate") or (sk.at(m, "rate2") if "rate2" in m.groupdict() else None)
            new, old = sk.at(m, "new"), sk.at(m, "old")
            if rate is not None and _points_of_percents(rate, new, old):
                rate = _in_points(ctx, rate)
            if rate is None or rate.unit not in ("percent", "percentage point") or rate.id in seen:
                continue
            if _base(new.unit) != _base(old.unit) or new.ordinal or old.ordinal:
                continue
            seen.add(rate.id)
            add_over(ctx, Change, [rate, new, old], rate=rate.id, new=new.id, old=old.id)
    for m in sk.find(_AMOUNT_SINCE, "since", "from"):
        amount, rate, old = sk.at(m, "amount"), sk.at(m, "rate"), sk.at(m, "old")
        if _amount_and_rate(amount, rate, old, seen):
            seen.add(rate.id)
            add_over(ctx, Change, [amount, rate, old], rate=rate.id, old=old.id, amount=amount.id)
    for pattern in _AMOUNT_CHANGES:
        for m in sk.find(pattern, "or", " to ", " at "):
            amount, rate, new = sk.at(m, "amount"), sk.at(m, "rate"), sk.at(m, "new")
            if _amount_and_rate(amount, rate, new, seen):
                seen.add(rate.id)
                add_over(ctx, Change, [amount, rate, new], rate=rate.id, new=new.id, amount=amount.id)


def _points_of_percents(rate: Quantity, new: Quantity, old: Quantity) -> bool:
    """"fell to 8.4% from 10.2%, a decline of 1.6 points": points between two rates are percentage points."""
    return rate.unit is None and _head(rate) == "points" and new.unit == old.unit == "percent"


def _in_points(ctx: Context, rate: Quantity) -> Quantity:
    """The count of points read again as percentage points, in its place among the claims and under its id."""
    return ctx.update(rate, unit="percentage point", noun=None)


def _amount_and_rate(amount: Quantity, rate: Quantity, value: Quantity, seen: set[str]) -> bool:
    """An amount of change and its rate beside the value before or reached: a rate in percent not read
    already, a direction said ("fell"), the amount in the value's unit, no rank."""
    return (rate.unit == "percent" and rate.id not in seen and bool(amount.change or rate.change) and not value.change
            and _base(amount.unit) == _base(value.unit) and amount.unit not in SHARES
            and not amount.ordinal and not value.ordinal)
