"""Property tests (hypothesis): whatever the text, extraction keeps its promises."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint import claimfile, document, schemas
from factlint.extract import extract
from factlint.api import check_text
from factlint.packs import load

PACKS = load()
FACTS = PACKS.facts
NEWSY = st.sampled_from([
    "since 2003", "founded in 1998", "Monday, Nov. 4, 2024", "about 2,500", "12,500 hectares (5,060 acres)",
    "$4.2 billion", "38.7%", "last week", "three years ago", "the third quarter", "Oct. 22", "mid-2023",
    "the 1990s", "more than 30", "a dozen", "21,300 of them", "rose 12% to $4.37 billion from $3.90 billion",
    "the U.S.-led coalition", "ISIS", "NATO", "about a third", "a third of", "one in five", "USD1,700", "S&P 500",
    "10 p.m. Monday", "the 2024-25 season", "won 2-0", "40C (104F)", "Christmas Day", "that year", "the following year",
    "the 20th century", "the '80s", "49 Zorro Ranch Road", "~45g", "HK $5", "1,200€", "118.5p", "the 1987 crash", "<!-- factlint-disable sum -->", "`code 12`", "https://x.org/2019",
    "\n\n", ", ", ". ", " and ", "-", "“", "”", "é", "😀", "\r\n", "\t", "    ", "```\n", "---\n",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=40).map("".join))


def _extract(text, kind="markdown"):
    try:
        doc = document.from_text(text, path="p.md", kind=kind)
    except document.UserError:
        return None, None
    return doc, extract(doc, FACTS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["markdown", "html", "text"]), st.sampled_from([None, "2024-11-05"]))
def test_spans_match_their_text_and_lie_in_prose(text, kind, date):
    if date:
        text = f"---\ndate: {date}\n---\n" + text if kind == "markdown" else text
    doc, claims = _extract(text, kind)
    if claims is None:
        return
    for claim in claims.claims + claims.unread:
        assert text[claim.span.start:claim.span.end] == claim.text
        assert doc.lines.span(claim.span.start, claim.span.end) == claim.span
        if claim.text.strip():
            first = claim.span.start + len(claim.text) - len(claim.text.lstrip())
            assert doc.prose[first] == text[first], "a claim begins outside the prose"


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_claim_sets_round_trip_and_validate(text):
    _, claims = _extract(text)
    if claims is None:
        return
    dumped = claimfile.write(claims)
    assert not list(schemas.validator("claims").iter_errors(json.loads(dumped)))
    assert claimfile.ClaimSet.model_validate_json(dumped) == claims


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=300), st.sampled_from(["markdown", "html", "text"]))
def test_arbitrary_unicode_never_raises(text, kind):
    _extract(text, kind)


def test_every_number_in_the_prose_is_read_or_unread_with_a_reason():
    text = "The F-16 and Q7 met at 10:30 on March 3, 2024; the score was 3-1 and 412 fans came. No. 5 won."
    _, claims = _extract(text)
    covered = [(c.span.start, c.span.end) for c in claims.claims + claims.unread]
    for i, ch in enumerate(text):
        if ch.isdigit():
            assert any(s <= i < e for s, e in covered), f"digit at {i} unaccounted for"
    reasons = {u.text: u.reason for u in claims.unread}
    assert reasons["16"].startswith("part of a name") and reasons["7"].startswith("part of a name")


def test_adversarial_inputs_complete():
    # no timing assertion (bench/adversarial.py measures the growth); a pattern that backtracks
    # catastrophically, or a step that sets every claim against every other, would not finish these
    for unit in ("1,", "1-", "9", "March ", "and ", " ", "-", "1.2.", "since ", "Oct. 2 ", "3 years ", "$1 ",
                 "about 3 ", "12 km (", "NATO, the 3-year-old ", "a third of ", "one in ", "USD1 ", "S&P 500 ",
                 "10 p.m. Monday ", "filed suit on March 3. The case was dismissed on March 1. ",
                 "In 2003 that year ", "net rose a year ago ", "Christmas Day ", "on Monday, Nov. 4, "):
        text = unit * (60_000 // len(unit))
        check_text(text, date="2024-11-05", kind="text", rules=PACKS)
