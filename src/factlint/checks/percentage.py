"""percentage: a share or a rate of change that its own figures do not give, beyond rounding."""
from __future__ import annotations

import math

from ..claims import ClaimSet, Quantity
from ..facts import FactBase
from . import Hit, NoParameters, kind
from .arithmetic import Interval, absolute_change, approximate, number, ratio, relative_change, written_decimals

def _grim(percent, whole):
    """"37% of 163": some whole number of the 163 must make 37% once rounded as written (GRIM)."""
    stated, n = Interval.of(percent), whole.value
    if n <= 0 or n > 100_000 or not math.isfinite(stated.hi):
        return
    low, high = math.ceil(stated.lo * n / 100 - 1e-9), math.floor(stated.hi * n / 100 + 1e-9)
    if low <= high:
        return
    nearest = round(percent.value * n / 100)
    yield Hit(span=percent.span, text=percent.text,
              fields={"computed": f"{100 * nearest / n:.1f}% ({nearest} of {number(n, whole)})", "stated": percent.text,
                      "figures": f"the nearest a whole number of {number(n, whole)} gives"},
              related=[(whole.span, whole.text)], certain=not approximate(percent, whole))


@kind("percentage", fields=("computed", "stated", "figures"), consumes=("share", "change", "split"))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """'151,330 votes, or 38.7%' of 412,806 (36.7%), 'fell 18% to $310 million from $342 million'
    (9.4%): the percentage is outside what any rounding of the figures gives."""
    by_id = claims.by_id()
    for share in claims.of_kind("share"):
        percent, whole = by_id[share.percent], by_id[share.whole]
        if share.part is None:
            yield from _grim(percent, whole)
            continue
        part = by_id[share.part]
        verdicts = [_off(ratio(read(part), read(whole)), _in_percent(read(percent), percent))
                    for read in (Interval.of, Interval.plain)]
        if not any(verdicts):
            continue
        value = 100 * part.value / whole.value
        yield Hit(span=percent.span, text=percent.text,
                  fields={"computed": f"{value:.1f}%", "stated": percent.text,
                          "figures": f"{number(part.value, part)} of {number(whole.value, whole)}"},
                  related=[(part.span, part.text), (whole.span, whole.text)],
                  certain=verdicts[0] and not approximate(part, percent, whole))
    for split in claims.of_kind("split"):
        shares = [by_id[p] for p in split.percents]
        if split.gap:
            yield from _gap(shares, by_id[split.gap])
        if split.parts and (hit := _tally([by_id[p] for p in split.parts], shares)):
            yield hit  # the share off its count says more than the sum it also throws off
            continue
        total = sum((Interval.of(q) for q in shares), Interval(0.0, 0.0))
        if total.overlaps(Interval(100.0, 100.0)) or not split.exhaustive and total.lo <= 100:
            continue  # a poll's answers may leave some out, but never come to more than everyone
        added = sum(q.value for q in shares)
        yield Hit(span=shares[-1].span, text=shares[-1].text,
                  fields={"computed": f"{'' if split.exhaustive else 'at most '}{100 - sum(q.value for q in shares[:-1]):g}%",
                          "stated": shares[-1].text,
                          "figures": f"the rest of one whole ({' + '.join(q.text for q in shares)} = {added:g}%)"},
                  related=[(q.span, q.text) for q in shares[:-1]], certain=not approximate(*shares))
    for change in claims.of_kind("change"):
        if change.amount and change.new:
            yield from _amount_change(by_id[change.rate], by_id[change.new], by_id[change.amount])
            continue
        if change.amount:
            yield from _amount_from(by_id[change.rate], by_id[change.old], by_id[change.amount])
            continue
        rate, new, old = by_id[change.rate], by_id[change.new], by_id[change.old]
        if rate.unit == "times":
            yield from _multiple(rate, new, old)
            continue
        points = rate.unit == "percentage point"
        change_of = absolute_change if points else relative_change
        verdicts = [_off(change_of(read(new), read(old)), read(rate)) for read in (Interval.of, Interval.plain)]
        if not any(verdicts):
            continue
        points_shown = f"{abs(new.value - old.value):.2f}".rstrip("0").rstrip(".") + " percentage points"
        if points:
            shown = points_shown
        else:
            shown = f"{100 * abs(new.value - old.value) / old.value if old.value else 0.0:.1f}%"
        # "from 38% to 44%, a gain of 6%": the points said in percent, the sense plain; told, but as a warning
        in_points = (not points and new.unit == old.unit == "percent"
                     and not _off(absolute_change(Interval.of(new), Interval.of(old)), Interval.of(rate)))
        yield Hit(span=rate.span, text=rate.text,
                  fields={"computed": f"{points_shown} ({shown})" if in_points else shown, "stated": rate.text,
                          "figures": f"from {number(old.value, old)} to {number(new.value, new)}"},
                  related=[(new.span, new.text), (old.span, old.text)],
                  certain=verdicts[0] and not approximate(rate, new, old) and not in_points)


def _multiple(rate: Quantity, new: Quantity, old: Quantity):
    """"tripled to $90 million from $40 million": the value reached over the value before, beyond their rounding."""
    verdicts = [_off(_quotient(read(new), read(old)), Interval.of(rate)) for read in (Interval.of, Interval.plain)]
    if not any(verdicts) or not old.value:
        return
    yield Hit(span=rate.span, text=rate.text,
              fields={"computed": f"{new.value / old.value:.2f}".rstrip("0").rstrip(".") + " times", "stated": rate.text,
                      "figures": f"from {number(old.value, old)} to {number(new.value, new)}"},
              related=[(new.span, new.text), (old.span, old.text)],
              certain=verdicts[0] and not approximate(rate, new, old))


def _quotient(new: Interval, old: Interval) -> Interval | None:
    return Interval(new.lo / old.hi, new.hi / old.lo) if old.lo > 0 else None


def _base(count: Interval, share: Interval) -> Interval | None:
    """The whole a count is the share (in percent) of."""
    return ratio(count, share) if share.lo > 0 else None


def _tally(counts: list[Quantity], shares: list[Quantity]) -> Hit | None:
    """"1,202,942 votes (62.5 percent) to 628,834 (32.7 percent)": each count and its share imply one whole
    (a single vote); a share whose count implies another whole than the first's, beyond every rounding, is off."""
    first_count, first_share = counts[0], shares[0]
    for count, share in zip(counts[1:], shares[1:]):
        verdicts = []
        for read in (Interval.of, Interval.plain):
            one, other = _base(read(first_count), read(first_share)), _base(read(count), read(share))
            verdicts.append(one is not None and other is not None and not one.overlaps(other))
        if not any(verdicts):
            continue
        whole = round(100 * first_count.value / first_share.value)
        return Hit(span=share.span, text=share.text,
                  fields={"computed": f"{100 * count.value / whole:.1f}%", "stated": share.text,
                          "figures": f"{number(count.value, count)} of the {number(whole, first_count)} that "
                                     f"{first_count.text} ({first_share.text}) implies"},
                  related=[(count.span, count.text), (first_count.span, first_count.text), (first_share.span, first_share.text)],
                  certain=verdicts[0] and not approximate(count, share, first_count, first_share))
    return None


def _gap(shares: list[Quantity], gap: Quantity):
    """"won 52% to 45%, a nine-point margin": the gap between the two shares, in points, beyond their rounding."""
    a, b = shares
    if not _off(absolute_change(Interval.of(a), Interval.of(b)), Interval.of(gap)):
        return
    yield Hit(span=gap.span, text=gap.text,
              fields={"computed": f"{abs(a.value - b.value):.2f}".rstrip("0").rstrip(".") + " percentage points",
                      "stated": gap.text, "figures": f"the gap between {a.text} and {b.text}"},
              related=[(a.span, a.text), (b.span, b.text)], certain=not approximate(a, b, gap))


def _amount_change(rate, new, amount):
    """"fell $1.20, or 3.5%, to $33.10": the value before is the one reached less (or plus) the amount, and
    the rate is the amount's share of it. The verb before the first of amount and rate says which way."""
    sign = -1 if (amount.change or rate.change) == "up" else 1
    verdicts = []
    for read in (Interval.of, Interval.plain):
        a, n = read(amount), read(new)
        before = Interval(n.lo - a.hi, n.hi - a.lo) if sign < 0 else Interval(n.lo + a.lo, n.hi + a.hi)
        verdicts.append(before.lo > 0 and _off(Interval(100 * a.lo / before.hi, 100 * a.hi / before.lo), read(rate)))
    if not any(verdicts):
        return
    old = new.value + sign * amount.value
    yield _rate_hit(rate, amount, old, new.value, new, related=new, certain=verdicts[0] and not approximate(rate, new, amount))


def _amount_from(rate, old, amount):
    """"has fallen $32, or 29 percent, since its high of $109.77": the rate is the amount's share of the value
    before; the verb before the first of amount and rate says which way it went."""
    verdicts = []
    for read in (Interval.of, Interval.plain):
        a, o = read(amount), read(old)
        verdicts.append(o.lo > 0 and _off(Interval(100 * a.lo / o.hi, 100 * a.hi / o.lo), read(rate)))
    if not any(verdicts):
        return
    new = old.value + (amount.value if (amount.change or rate.change) == "up" else -amount.value)
    yield _rate_hit(rate, amount, old.value, new, old, related=old, certain=verdicts[0] and not approximate(rate, old, amount))


def _rate_hit(rate, amount, old: float, new: float, written, related, certain: bool) -> Hit:
    """The finding on a rate that is not the amount's share of the value before: the figures written to the
    decimals `written` was given in."""
    places, computed = written_decimals(written), 100 * amount.value / old
    shown = max(1, written_decimals(rate), -math.floor(math.log10(computed)) if 0 < computed < 1 else 0)  # 0.05%, not 0.0%
    return Hit(span=rate.span, text=rate.text,
               fields={"computed": f"{computed:.{shown}f}%", "stated": rate.text,
                       "figures": f"from {number(old, written, places)} to {number(new, written, places)}"},
               related=[(amount.span, amount.text), (related.span, related.text)], certain=certain)


_FRACTION_ROUNDING = 2.5  # percentage points either side


def _in_percent(stated: Interval, q: Quantity) -> Interval:
    """A share said as a fraction ("half of the 300 members") in percent, as the ratio is computed. A fraction
    in words is a round figure: "half" stands for 47.5% to 52.5%, as "50%" would for 49.5% to 50.5%."""
    if q.unit != "fraction":
        return stated
    return Interval(100 * stated.lo - _FRACTION_ROUNDING, 100 * stated.hi + _FRACTION_ROUNDING)


def _off(computed: Interval | None, stated: Interval) -> bool:
    return computed is not None and not computed.overlaps(stated)
