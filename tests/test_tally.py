"""tally: vote tallies no vote of their body could give, read with the seats of the reference facts."""
import pytest

import factlint
from factlint.api import extract_text

US = "Republicans and Democrats sparred for weeks. "  # copy about American politics names its parties


def tally_findings(text, date="2021-03-05"):
    return [f for f in factlint.check_text(text, date=date).findings if f.rule == "tally"]


def tallies(text, date="2021-03-05"):
    return [c for c in extract_text(text, date=date).claims if c.kind == "tally"]


@pytest.mark.parametrize("text, claim, body", [
    (US + "The Senate voted 62-41 to confirm the nominee.", "62-41", "us-senate"),
    (US + "By a vote of 61 to 39, the Senate voted to end debate.", "61 to 39", "us-senate"),
    (US + "The bill, passed by the Senate 59-38, had long seemed certain to die in the House.", "59-38", "us-senate"),
    (US + "The House passed the Senate bill 230-201 on Friday.", "230-201", "us-house"),
    ("The U.S. Senate passed the measure by 52 votes to 48.", "52 votes to 48", "us-senate"),
    ("The U.S. Supreme Court ruled 6-3 that the law stands.", "6-3", "us-supreme-court"),
])
def test_a_tally_is_read_with_the_body_that_cast_it(text, claim, body):
    [tally] = tallies(text)
    assert (tally.text, tally.body) == (claim, body)
    assert text[tally.body_span.start:tally.body_span.end] == tally.body_text


@pytest.mark.parametrize("text, body", [
    (US + "The Senate Judiciary Committee voted 12-10 to advance the nomination.", None),   # a committee of it
    (US + "Senate Democrats voted 48-0 to keep their leader.", None),                        # a caucus of it
    (US + "The $871 billion Senate bill, passed by a 60 to 39 tally, goes to the House.", None),
    (US + "Like the Senate, the Assembly voted 80-61 for the budget.", None),                # another voter between
    ("The Senate voted 156-140 to approve the reform.", None),                               # not American copy
])
def test_a_body_named_as_part_of_something_did_not_cast_the_vote(text, body):
    [tally] = tallies(text)
    assert tally.body == body


@pytest.mark.parametrize("text", [
    "The Lakers beat the Celtics 112-98 on Friday.",
    "Smith was voted MVP after the 3-1 win.",
    "The daily polls report vote percentages like 48-45 or 49-47.",
    "The vote is set for 2-3 p.m. on Friday.",
])
def test_scores_polls_and_times_are_no_tallies(text):
    assert tallies(text) == []


@pytest.mark.parametrize("text, claim, why", [
    (US + "The Senate voted 62-41 to confirm the nominee.", "62-41",
     "62 + 41 = 103 votes, but the United States Senate has 100 seats"),
    (US + "The Senate voted 52-49, with the vice-president breaking the tie.", "52-49", "101 votes"),
    (US + "The House voted 437-0 to rename the post office.", "437-0", "House of Representatives has 435 seats"),
    ("The U.S. Supreme Court ruled 6-4 that the law was unconstitutional.", "6-4", "has 9 seats"),
    (US + "The House passed the bill 212-220 on Friday.", "212-220",
     "it is said to have passed, with fewer votes for (212) than against (220)"),
    ("The upper chamber voted 69-30 to pass the measure, which was supported by all 50 Democrats and 29 Republicans.",
     "69-30", "all 50 Democrats and 29 Republicans voted for it, 79 votes, more than either side has"),
    ("In a vote of 48-52, 3 Republicans joined all 51 Democrats in opposition.", "48-52",
     "3 Republicans and all 51 Democrats voted against it, 54 votes"),
    ("The vote was 52-48. Forty-nine Democrats and 5 independents supported it.", "52-48", "54 votes"),
    # the votes needed, told with the tally, that neither figure gives
    ("The motion failed 58-40, one vote short of the 60 needed to advance it.", "58-40",
     "'one vote short of the 60 needed' is 59 votes, but the tally gives 58 and 40"),
    ("The Senate voted 58-42, clearing the 60-vote threshold.", "58-42",
     "'clearing the 60-vote threshold', but neither 58 nor 42 reaches 60"),
    ("The House voted 221-210, two more than the 218 required.", "221-210", "is 220 votes"),
    # the majority told with it is the difference of its figures
    ("MPs backed the bill by 324 votes to 295, a majority of 19.", "a majority of 19",
     "'a majority of 19': the tally 324 votes to 295 gives a majority of 29, not 19"),
    ("Lawmakers voted 358 to 234, handing Johnson a decisive 142-vote majority.", "a decisive 142-vote majority",
     "gives a majority of 124, not 142"),
])
def test_a_tally_no_vote_could_give_fires(text, claim, why):
    [f] = tally_findings(text)
    assert (f.text, f.severity) == (claim, "error")
    assert text[f.span.start:f.span.end] == claim
    assert why in f.message


def test_the_votes_needed_are_read_with_the_tally():
    [tally] = tallies("The motion failed 58-40, two votes short of the 60 needed to advance it.")
    told = tally.threshold
    assert (told.text, told.needed, told.reached, told.by) == ("two votes short of the 60 needed", 60, False, 2)


def test_the_seats_are_those_of_the_article_date():
    text = "The U.S. Senate voted 50-48 to end debate."
    assert [f.text for f in tally_findings(text, date="1955-06-01")] == ["50-48"]   # 96 senators then
    assert tally_findings(text, date="1965-06-01") == []
    [f] = tally_findings(text, date="1955-06-01")
    assert "has 96 seats" in f.message and f.related[0].text == "U.S. Senate"


@pytest.mark.parametrize("text", [
    US + "The Senate voted 52-48 to confirm the nominee.",
    US + "The Senate voted 51-50, with the vice-president breaking the tie.",
    US + "The House passed the bill 244-188 and sent it to the Senate.",
    US + "The Senate rejected the amendment 53-45.",                  # the votes against first, as AP writes it
    US + "The Texas House voted 90-55 and the state Senate 19-12.",    # a state's chambers are smaller still
    "The Italian Senate voted 156-140 to approve the reform.",
    "The upper chamber voted 69-30 to pass the measure, which was supported by all 50 Democrats and 19 Republicans.",
    "The Senate voted 52-48, with all but 3 Republicans opposed.",
    "The vote was 52-48. Forty-nine Democrats and 2 independents supported it, while 48 Republicans opposed it.",
    "The Lakers beat the Celtics 112-98 on Friday.",
    "The motion failed 58-40, two votes short of the 60 needed to advance it.",
    "The motion failed 40-59, a single vote short of the 60 needed.",        # either figure may be the votes for
    "The Senate voted 62-38, clearing the 60-vote threshold.",
    "The House voted 220-210, two more than the 218 required.",
    "The Senate voted 55-45, short of the 60 votes needed.",
    "MPs backed the bill by 324 votes to 295, a government majority of just 29.",
    "Lawmakers voted 358 to 234 in favour of the agreement, handing Johnson a decisive 124-vote majority.",
    "The Senate voted 55-45, short of a 60-vote majority.",                   # the votes needed, not its difference
])
def test_a_tally_a_vote_could_give_is_quiet(text):
    assert tally_findings(text) == []
