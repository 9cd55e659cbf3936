"""The HTML report in a real browser: Debian's headless Chromium driven by Playwright."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import CORPUS, MOTIVATING, ROOT, require_tool

SEVERAL = CORPUS / "16-bluewing-airways-routes.md"  # three findings: two rules at error and warning
ARTIFACTS = Path(os.environ.get("FACTLINT_ARTIFACTS", ROOT / "build" / "test-artifacts"))

# Quiet flags: this machine's network is closed, and Chromium's own background calls would only fail.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--metrics-recording-only", "--mute-audio"]


@pytest.fixture(scope="module")
def browser():
    chromium = require_tool("chromium", "apt-get install chromium chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A report opened in a fresh page, with every request and console error it caused."""

    def __init__(self, browser, path: Path, javascript: bool = True) -> None:
        self.context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_report(browser, run, tmp_path):
    opened: list[Opened] = []

    def _open(*articles, javascript: bool = True) -> Opened:
        out = tmp_path / "report.html"
        result = run("check", *articles, "--format", f"html:{out}")
        assert result.code in (0, 1), result.err
        opened.append(Opened(browser, out, javascript))
        return opened[-1]
    yield _open
    for o in opened:
        o.close()


def test_motivating_article(open_report):
    r = open_report(MOTIVATING)
    page = r.page
    mark = page.locator("mark.finding[data-rule=entity-date]")
    assert mark.count() == 1
    assert mark.text_content() == "since 2003"
    related = page.locator(".related")
    assert related.text_content() == "U.S.-led coalition"
    assert "lit" not in related.get_attribute("class")
    mark.click()
    assert "lit" in related.get_attribute("class")
    assert "selected" in mark.get_attribute("class")
    panel = page.locator("#panel .content").inner_text()
    assert "formed in September 2014" in panel
    assert "source: https://en.wikipedia.org/wiki/Global_Coalition_to_Defeat_ISIS" in panel
    assert page.locator("#panel .content .fix q").text_content() == "2014"
    # how a claim was read, in its tooltip
    assert page.locator(".article .claim[data-kind=date]", has_text="Monday, Nov. 4, 2024").get_attribute(
        "title") == "date 2024-11-04"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-report-motivating.png"), full_page=False)
    assert r.requests == [r.url]
    assert r.errors == []


def test_several_findings_keyboard_and_filters(open_report):
    r = open_report(SEVERAL)
    page = r.page
    marks = page.locator("mark.finding[id]")
    texts = [marks.nth(i).text_content() for i in range(marks.count())]
    assert texts == ["30th", "opened in 1991", "roughly 3,200 miles"]

    def selected() -> list[str]:
        return page.eval_on_selector_all("mark.finding.selected[id]", "els => els.map(e => e.textContent)")

    page.keyboard.press("n")
    assert selected() == ["30th"]
    page.keyboard.press("n")
    assert selected() == ["opened in 1991"]
    assert page.evaluate("document.activeElement.textContent") == "opened in 1991"
    page.keyboard.press("p")
    assert selected() == ["30th"]
    page.keyboard.press("k")  # previous from the first wraps to the last
    assert selected() == ["roughly 3,200 miles"]
    page.keyboard.press("Escape")
    assert selected() == []

    page.locator("#filters input[name=severity][value=warning]").uncheck()
    assert page.locator("mark.finding.filtered[id]").count() == 2
    assert page.locator(".findings li:visible").count() == 1
    page.keyboard.press("n")
    page.keyboard.press("n")  # only the error is left to visit
    assert selected() == ["30th"]
    page.locator("#filters input[name=severity][value=warning]").check()
    page.locator("#filters input[name=rule][value=age-duration]").uncheck()
    assert [li for li in page.locator(".findings li:visible").all_text_contents() if "age-duration" in li] == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-report-several.png"), full_page=True)
    assert r.requests == [r.url]
    assert r.errors == []


HOSTILE = """The council met on Tuesday. <script>window.pwned = "script"</script>
It approved 12 projects <img src="x.png" onerror="window.pwned = 'onerror'"> worth $4 million.
<a href="javascript:window.pwned='link'">click</a> <style>body { display: none }</style>
<iframe src="https://example.com/"></iframe> "><svg onload="window.pwned='svg'">
"""


def test_hostile_markup_runs_nothing(open_report, article):
    path = article(HOSTILE, name='x"><img src=y onerror=alert(1)>.md')
    r = open_report(path)
    page = r.page
    assert page.evaluate("window.pwned") is None
    body = page.locator(".article").inner_text()
    assert '<script>window.pwned = "script"</script>' in body
    assert "onerror=\"window.pwned = 'onerror'\"" in body
    assert page.locator(".article script, .article img, .article iframe, .article svg, .article a").count() == 0
    assert page.locator("img, iframe").count() == 0
    assert page.locator(".article").is_visible()  # the article's <style> did not hide the page
    assert page.locator("h2", has_text='x"><img src=y onerror=alert(1)>.md').count() == 1
    page.locator(".article").click()
    assert page.evaluate("window.pwned") is None
    assert r.requests == [r.url]
    assert r.errors == []


def test_without_javascript_the_text_and_findings_are_there(open_report):
    r = open_report(MOTIVATING, javascript=False)
    page = r.page
    assert page.locator("mark.finding[id]").text_content() == "since 2003"
    item = page.locator(".findings li")
    assert item.count() == 1
    assert "formed in September 2014" in item.inner_text()
    assert "error" in item.locator(".sev").inner_text()  # the severity is written, not only coloured
    assert not page.locator("#filters").is_visible()  # the controls need the script; without it they hide
    assert not page.locator("#panel").is_visible()
    assert r.requests == [r.url]


def test_print_hides_the_controls(open_report):
    r = open_report(MOTIVATING)
    r.page.emulate_media(media="print")
    assert not r.page.locator("#filters").is_visible()
    assert not r.page.locator("#panel").is_visible()
    assert r.page.locator(".article").is_visible()
