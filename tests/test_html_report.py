"""The HTML report as a file: what it contains and what it never contains (the browser tests drive it)."""
from __future__ import annotations

import re
from html import unescape

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, MOTIVATING, ROOT
from factlint import htmlview


def _html(run, tmp_path, *args) -> tuple[int, str]:
    out = tmp_path / "r.html"
    result = run("check", *args, "--format", f"html:{out}")
    return result.code, out.read_text(encoding="utf-8")


def test_one_file_that_loads_nothing(run, tmp_path):
    code, html = _html(run, tmp_path, MOTIVATING)
    assert code == 1
    assert html.count("<script") == 1 and html.count("<style") == 1
    for outside in ("<link", " src=", "@import", "url(", "@font-face"):
        assert outside not in html
    policy = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert policy.startswith("default-src 'none'; style-src 'sha256-") and "unsafe" not in policy
    # the finding's element holds exactly its span, with the claims read inside it
    assert re.search(r'<mark id="a0f0"[^>]*><span class="claim k-entity"[^>]*>since <span class="claim k-date"[^>]*>'
                     r'2003</span></span></mark>\. Under', html)


def test_article_markup_is_escaped(run, tmp_path, article):
    path = article('It cost $4 million. <script>alert("x")</script> <img src=x onerror="alert(1)">\n',
                   name="<b>bold</b>.md")
    code, html = _html(run, tmp_path, path)
    assert code == 0
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;.md" in html
    assert html.count("<script") == 1


def test_claims_are_marked_with_how_they_were_read(run, tmp_path):
    _, html = _html(run, tmp_path, MOTIVATING)
    assert ('<span class="claim k-quantity" title="quantity 35; read as the interval [33.25, 36.75]; '
            'qualifier: about; counts: militants" data-kind="quantity">About 35</span>') in html
    assert 'title="duration P2M; modifier approx" data-kind="duration">roughly two-month</span>' in html
    assert ('title="date 2024-10; modifier end; year 2024 taken from the reference date 2024-11-05') in html
    assert ('title="entity Global Coalition to Defeat ISIS; formed 2014-09 (source: '
            'https://en.wikipedia.org/wiki/Global_Coalition_to_Defeat_ISIS)') in html


def test_summary_and_every_article(run, tmp_path, article):
    clean = article("The bridge opened in 1937 and is 2.7 km long.\n", name="clean.md")
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"caf\xe9 \x80 not UTF-8")
    code, html = _html(run, tmp_path, MOTIVATING, clean, broken, "--claims",
                       ROOT / "claims" / "00-centcom-isis-operations.json")
    assert code == 2
    assert "1 finding in" not in html
    assert "Checked from a claim set: no article text to show." in html
    assert "Not checked: " in html and "broken.md" in html
    assert "No findings." in html
    assert '<code>entity-date</code></th><td>2</td>' in html  # the article and its claim set


def test_same_bytes_on_any_number_of_jobs(run, tmp_path):
    one = tmp_path / "one.html"
    two = tmp_path / "two.html"
    run("check", CORPUS, "--jobs", "1", "--format", f"html:{one}")
    run("check", CORPUS, "--jobs", "2", "--format", f"html:{two}")
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text(encoding="utf-8").count('<mark id="') == 24


def _pieces(tokens):
    """For each data-finding value, the text offsets its elements cover; and the text put back together."""
    covered: dict[str, set[int]] = {}
    stack, pos, text = [], 0, []
    for t in tokens:
        if t.kind == "text":
            for name in stack:
                if name:
                    covered.setdefault(name, set()).update(range(pos, pos + len(t.text)))
            pos += len(t.text)
            text.append(t.text)
        elif t.kind == "open":
            stack.append(t.attrs.get("data-finding"))
        else:
            stack.pop()
    assert stack == []
    return covered, "".join(text)


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=8)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab <>&\n", min_size=1, max_size=40), found=spans, claimed=spans)
def test_marks_nest_and_cover_exactly_their_spans(text, found, claimed):
    from factlint.positions import LineIndex
    from factlint.report import Finding

    lines = LineIndex(text)
    fit = [(s, min(s + n, len(text))) for s, n in found if s < len(text)]
    findings = [Finding(rule="r", severity="error", message="m", path="p", span=lines.span(s, e), text=text[s:e])
                for s, e in fit]
    marks = [htmlview.Mark(s, min(s + n, len(text)), "quantity", "q") for s, n in claimed if s < len(text)]
    page = htmlview.Page("p", text, None, marks)
    covered, back = _pieces(htmlview.tokens(page, findings, "a0"))
    assert back == text
    for i, (s, e) in enumerate(fit):
        assert covered.get(f"a0f{i}", set()) == set(range(s, e))
