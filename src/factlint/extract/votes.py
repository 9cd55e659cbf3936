"""Vote tallies: "The Senate voted 62-41", "passed by the House 244-188", "by a vote of 61 to 36", "a 5-4
decision". News mostly writes the votes for first (AP writes the larger first after "rejected", so the check
weighs both orders). A tally is read where a word of voting stands beside it, or
where the sentence names a body that votes (the reference facts' `bodies:`); the nearest such body before
it, or one after it that is said to vote ("By a vote of 61 to 36, the Senate voted"), is the body that voted.
A score ("won 3-1") is neither, and stays unread."""
from __future__ import annotations

import bisect
import re

from ..claims import Majority, Tally, Threshold, VoteGroup
from ..facts import FactBase
from .context import DIGITS, Context
from .lexicon import NOT_NAMES, NUMBER_WORDS, words_value

_TALLY = re.compile(
    r"(?<![\d.,$£€])(?P<yeas>\d{1,3})(?:-to-|\s?[-–—]\s?|\s+(?P<votes>votes?\s+)?to\s+)(?P<nays>\d{1,3})"
    # not a share, a time, a range of amounts or a part of a longer figure
    r"(?![\d%]|[.,]\d|\s*(?:percent|per\s*cent|percentage|points?|per\b|[ap]\.?m\b|o['’]clock|hours?|minutes?|"
    r"days?|weeks?|months?|years?|times|million|billion|thousand|hundred|win|loss|victory|defeat|lead|game|score)\b)",
    re.I)
_VOTING = re.compile(r"\b(?:vot(?:e|es|ed|ing)|tally|ballots?)\b", re.I)
_POLLED = re.compile(r"\b(?:polls?|polling|surveys?|percent(?:ages?)?)\b", re.I)  # "a poll gives him 48-45"
# after the tally: "a 60-39 party-line vote", "a 5-4 decision" (a decision or a margin only with a body)
_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:(?P<voting>votes?|tally|ballot)|decision|ruling|margin|majority|verdict)\b",
                    re.I)
_REACH = 100  # characters before a tally where its verb is looked for
_BODY_REACH = 240  # characters before a tally where the body that voted may be named
_PASSED = re.compile(r"\b(?P<passed>passed|approved|adopted|confirmed|ratified|cleared)\b|"
                     r"\b(?:failed|rejected|defeated|blocked|killed|voted\s+down|sank|struck\s+down)\b", re.I)
# what a body does by a tally besides voting: "The Supreme Court ruled 6-3", "the court split 5-4"
_DECIDED = re.compile(r"\b(?:ruled|sided|split|decided|upheld|overturned|overrode|sustained)\b", re.I)
_NOT = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:been|be|have|has|yet)\s+)?$", re.I)
# a name followed by these is a part of the body, or something of it, not the body voting: "the Senate
# Judiciary Committee", "Senate Democrats", "the Senate bill", "the House of Commons", "the Senate's panel"
_PART_OF_IT = frozenset("""bill bills version versions measure plan plans leader leaders leadership committee
    committees panel panels subcommittee seat seats race races candidate candidates hearing hearings aide aides
    staff staffer staffers majority minority caucus member members colleagues counterpart counterparts ethics
    intelligence budget appropriations judiciary finance rules of chamber's""".split())
_NEXT_WORD = re.compile(r"\s*(?:(?P<possessive>['’]s?\b)|(?P<word>[A-Za-z'’]+))")
# another body named between a body and the tally votes instead of it: "Like the Senate, the Assembly voted"
_OTHER_VOTERS = re.compile(r"\b(?:assembly|parliament|commons|lords|council|legislature|committee|panel|board|"
                           r"jury|delegates|shareholders|voters|caucus|conference|convention|congress|lawmakers\s+in)\b",
                           re.I)
_SAID_TO_VOTE = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:voted|passed|approved|confirmed|rejected|adopted|ruled|"
                           r"decided|agreed|sided)\b")
_NAMED_BEFORE = re.compile(r"\bWhite\s+$")  # the White House votes on nothing


# members of a party said to have voted one way, after the tally: "supported by all 50 Democrats and 19
# Republicans", "with 3 Republicans joining 46 Democrats in opposition"
_GROUP = re.compile(rf"(?<![\w-])(?<!but\s)(?<!except\s)(?:[Aa]ll\s+)?(?P<count>\d{{1,3}}|(?i:{NUMBER_WORDS}))\s+"
                    r"(?:(?:House|Senate)\s+)?(?:Democrats|Republicans|[Ii]ndependents)\b")
_GROUP_JOIN = re.compile(r"(?:\s*,\s*|\s+)(?:and|joining|joined(?:\s+by)?|along\s+with)?\s*$")
_FOR = re.compile(r"\b(?:support(?:ed|ing)?|back(?:ed|ing)|voted\s+(?:for|in\s+favou?r|yes)|in\s+favou?r|"
                  r"(?:the\s+)?yeas)\b", re.I)
_AGAINST = re.compile(r"\b(?:opposed|opposing|voted\s+(?:against|no)|against|in\s+opposition|(?:the\s+)?nays)\b",
                      re.I)
_BREAK = re.compile(r"[;:.!?](?:\s|$)")
_GROUP_REACH = 300  # characters after a tally where its groups may be told
# the votes needed, told after the tally: "two votes short of the 60 needed", "clearing the 60-vote threshold",
# "one more than the 218 required"
_NEED = (r"(?:the\s+)?(?P<needed>\d{1,3})(?:-vote\s+(?:threshold|hurdle|supermajority|majority|mark|bar)\b|"
         r"\s+(?:votes?\s+)?(?:needed|required|necessary)\b)")
_THRESHOLD = re.compile(
    rf"(?:(?P<by>\d{{1,3}}|a\s+single|(?i:{NUMBER_WORDS}))\s+(?:votes?\s+)?(?P<short>short\s+of|shy\s+of)\s+"
    rf"|(?P<by2>\d{{1,3}}|a\s+single|(?i:{NUMBER_WORDS}))\s+(?:votes?\s+)?(?:more\s+than|over|above)\s+"
    rf"|(?P<short2>short\s+of|shy\s+of)\s+"
    rf"|(?:clearing|cleared|surpassing|surpassed|exceeding|exceeded|topping|topped|reaching|reached|meeting|met)\s+)"
    rf"{_NEED}", re.I)
_THRESHOLD_REACH = 160  # characters after a tally, in its sentence, where the votes needed may be told
# the difference of the figures: "voted 358 to 234, a majority of 124", "handing Johnson a 124-vote majority"
_MAJORITY = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}?(?:(?:majority|margin)\s+of\s+(?:just\s+|only\s+)?"
                       r"(?P<votes>\d{1,3})(?!\d|[.,]\d|\s*(?:%|percent|per\s*cent|points?\b))|(?P<votes2>\d{1,3})-vote\s+"
                       r"(?:majority|margin))", re.I)
# what a number of votes after these is: the votes needed, not the tally's difference ("short of a 60-vote majority")
_NEEDED_BEFORE = re.compile(r"\b(?:short|shy|need|needs|needed|needing|require|requires|required|requiring|clear|"
                            r"clearing|cleared|reach|reaching|reached|than|of|for)\s+$", re.I)
_MAJORITY_REACH = 80  # characters after a tally, in its sentence, where its majority may be told


def read_votes(ctx: Context, facts: FactBase) -> None:
    prose = ctx.prose
    bodies = starts = None  # the bodies named in the prose: looked for only once a tally is found
    end = 0  # where the last tally ended: a tally's words are looked for after it
    for m in ctx.at_words(_TALLY, DIGITS):
        yeas, nays = int(m.group("yeas")), int(m.group("nays"))
        before = prose[max(ctx.sentence_start(m.start()), end, m.start() - _REACH):m.start()]
        if yeas + nays == 0 or not ctx.free(m.start(), m.end()) or _POLLED.search(before):
            continue
        if bodies is None:
            bodies = _bodies(ctx, facts)
            starts = [b[0] for b in bodies]
        body = _body(ctx, bodies, starts, m.start(), m.end())
        after = _AFTER.match(prose, m.end())
        threshold = _threshold(ctx, m.end())
        voting = m.group("votes") or _VOTING.search(before) or after and after.group("voting") or threshold
        if not voting and (body is None or not (after or _PASSED.search(before) or _DECIDED.search(before))):
            continue  # a score, or figures set against each other
        verb = None
        for verb in _PASSED.finditer(before):
            pass  # the last verb before the tally is the one it goes with
        passed = bool(verb and verb.group("passed") and not _NOT.search(before, 0, verb.start()))
        ctx.add(Tally, m.start(), m.end(), yeas=yeas, nays=nays, body=body[2] if body else None,
                body_span=ctx.span(body[0], body[1]) if body else None,
                body_text=ctx.text(body[0], body[1]) if body else None, passed=passed,
                groups=_groups(ctx, m.end()), threshold=threshold, majority=_majority(ctx, m.end()))
        end = m.end()


def _bodies(ctx: Context, facts: FactBase) -> list[tuple[int, int, str]]:
    """Each body named as the one that votes, not as a part or a thing of it, where the article is about it."""
    if not facts.bodies:
        return []
    prose = ctx.prose
    found = []
    for start, end, body_id in facts.body_matcher.find_in_context(prose, ctx.name_tokens):
        if _NAMED_BEFORE.search(prose, max(0, start - 8), start):
            continue
        following = _NEXT_WORD.match(prose, end)
        word = following and following.group("word")
        if following and (following.group("possessive") or word.lower() in _PART_OF_IT
                          or word[0].isupper() and word not in NOT_NAMES):
            continue
        found.append((start, end, body_id))
    return found


def _body(ctx: Context, bodies: list[tuple[int, int, str]], starts: list[int], start: int,
          end: int) -> tuple[int, int, str] | None:
    """The body that cast the tally at start:end: the nearest named before it in its sentence, unless another
    voter stands between; else the first named after it that is said to vote. Looked up, not searched for."""
    i = bisect.bisect_left(starts, start)
    if i > 0 and bodies[i - 1][0] >= max(ctx.sentence_start(start), start - _BODY_REACH):
        nearest = bodies[i - 1]
        return None if _OTHER_VOTERS.search(ctx.prose, nearest[1], start) else nearest
    after = bodies[i] if i < len(bodies) and end <= bodies[i][0] < ctx.sentence_end(start) else None
    return after if after and _SAID_TO_VOTE.match(ctx.prose, after[1]) else None


def _groups(ctx: Context, at: int) -> list[VoteGroup]:
    """The first run of party members told after the tally at `at`, in its sentence or the next, with the
    side a word of that clause gives them: "which was supported by all 50 Democrats and 19 Republicans"."""
    prose = ctx.prose
    k = ctx.sentence_end(at)
    stop = min(ctx.sentence_end(k) if k < len(prose) else k, at + _GROUP_REACH)
    run: list[re.Match[str]] = []
    for m in _GROUP.finditer(prose, at, stop):
        if run and not _GROUP_JOIN.fullmatch(prose, run[-1].end(), m.start()):
            break
        run.append(m)
    if not run:
        return []
    # the words of the groups' clause: from the last break before them to the first after them
    near = _BREAK.split(prose[max(at, run[0].start() - 60):run[0].start()])[-1] + " "
    near += _BREAK.split(prose[run[-1].end():stop], maxsplit=1)[0]
    sides = {"for" if _FOR.search(near) else None, "against" if _AGAINST.search(near) else None} - {None}
    if len(sides) != 1:
        return []
    side = sides.pop()
    out = []
    for m in run:
        raw = m.group("count")
        count = int(raw) if raw.isdigit() else words_value(raw)
        if count is not None:
            out.append(VoteGroup(span=ctx.span(m.start(), m.end()), text=ctx.text(m.start(), m.end()),
                                 count=int(count), side=side))
    return out



def _threshold(ctx: Context, at: int) -> Threshold | None:
    """The votes needed, told after the tally at `at` in its sentence."""
    stop = min(ctx.sentence_end(at), at + _THRESHOLD_REACH)
    m = _THRESHOLD.search(ctx.prose, at, stop)
    if m is None:
        return None
    raw = m.group("by") or m.group("by2")
    by = None if raw is None else 1 if raw.lower() == "a single" else int(raw) if raw.isdigit() else words_value(raw)
    return Threshold(span=ctx.span(m.start(), m.end()), text=ctx.text(m.start(), m.end()), needed=int(m.group("needed")),
                     reached=not (m.group("short") or m.group("short2")), by=None if by is None else int(by))


def _majority(ctx: Context, at: int) -> Majority | None:
    """The difference of the tally's figures, told just after the tally at `at` in its sentence."""
    m = _MAJORITY.search(ctx.prose, at, min(ctx.sentence_end(at), at + _MAJORITY_REACH))
    if m is None or _NEEDED_BEFORE.search(ctx.prose, max(at, m.start() - 20), m.start()):
        return None
    return Majority(span=ctx.span(m.start(), m.end()), text=ctx.text(m.start(), m.end()),
                    votes=int(m.group("votes") or m.group("votes2")))
