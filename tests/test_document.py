import datetime as dt

import pytest

from factlint import document
from factlint.errors import UserError


def test_front_matter_date_is_the_reference_date():
    doc = document.from_text("---\ntitle: x\ndate: 2024-11-05\n---\nBody.\n")
    assert doc.date == dt.date(2024, 11, 5)
    assert doc.date_source == "front matter"


def test_date_option_overrides_front_matter():
    doc = document.from_text("---\ndate: 2024-11-05\n---\nBody.\n", date=dt.date(2020, 1, 2))
    assert (doc.date, doc.date_source) == (dt.date(2020, 1, 2), "--date")


def test_front_matter_is_not_prose_but_keeps_offsets():
    text = "---\ntitle: Founded in 1998\ndate: 2024-11-05\n---\nFounded in 1999.\n"
    doc = document.from_text(text)
    assert len(doc.prose) == len(text)
    assert "1998" not in doc.prose
    assert doc.prose.index("1999") == text.index("1999")


@pytest.mark.parametrize("markup, hidden", [
    ("Look at `code 2003` here.", "2003"),
    ("See [the report](https://example.com/2003/x) now.", "2003"),
    ("See https://example.com/2019/report now.", "2019"),
    ("Text <span data-year=\"2003\">inside</span>.", "2003"),
    ("Para.\n\n```\nfenced 2003\n```\n", "2003"),
    ("Para.\n\n    indented 2003\n", "2003"),
    ("<!-- note 2003 -->Text.", "2003"),
])
def test_code_urls_tags_and_link_targets_are_not_prose(markup, hidden):
    doc = document.from_text(markup)
    assert hidden not in doc.prose
    assert len(doc.prose) == len(markup)


def test_link_text_and_list_items_stay_prose():
    doc = document.from_text("- item founded in 1998\n\nSee [since 2003](http://x.org) now.\n")
    assert "founded in 1998" in doc.prose
    assert "since 2003" in doc.prose


def test_html_body_text_and_publication_date():
    html = ('<html><head><title>2003</title><meta property="article:published_time" content="2024-11-05T10:00:00Z">'
            '</head><body><p>Since 2003 &amp; more</p><script>var y = 1999;</script></body></html>')
    doc = document.from_text(html, kind="html")
    assert doc.date == dt.date(2024, 11, 5) and doc.date_source == "html"
    assert "Since 2003 &" in doc.prose
    assert "1999" not in doc.prose and "<p>" not in doc.prose
    assert doc.prose.index("2003") == html.index("Since 2003") + 6


def test_html_time_pubdate():
    doc = document.from_text('<body><time datetime="2023-05-02" pubdate>May 2</time><p>x</p></body>', kind="html")
    assert doc.date == dt.date(2023, 5, 2)


def test_plain_text_masks_urls_only():
    doc = document.from_text("Visit www.example.com/2003 *since 2004*", kind="text")
    assert "2003" not in doc.prose and "*since 2004*" in doc.prose


def test_lines_and_columns_are_one_based_for_lf_crlf_and_cr():
    for nl in ("\n", "\r\n", "\r"):
        text = f"first{nl}second line{nl}third"
        doc = document.from_text(text, kind="text")
        start = text.index("line")
        span = doc.lines.span(start, start + 4)
        assert (span.line, span.column, span.end_line, span.end_column) == (2, 8, 2, 12)


def test_columns_count_code_points_not_bytes():
    text = "°é€ since 2003"
    span = document.from_text(text, kind="text").lines.span(text.index("since"), len(text))
    assert (span.start, span.column) == (4, 5)


def test_utf8_bom_is_kept_as_character_zero(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf---\ndate: 2024-01-02\n---\nText.\n")
    doc = document.read(str(path))
    assert doc.text[0] == "\ufeff" and doc.date == dt.date(2024, 1, 2)


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Founded in 1998.".encode("utf-16"))
    assert document.read(str(path)).text == "Founded in 1998."


@pytest.mark.parametrize("data, message, line", [
    (b"ok\n\xff\xfeabc" + b"\x00" * 10, "binary file", None),
    (b"line one\nline \xe9two\n", "not UTF-8 text: byte 0xe9", 2),
])
def test_undecodable_files_are_user_errors(tmp_path, data, message, line):
    path = tmp_path / "bad.md"
    path.write_bytes(data)
    with pytest.raises(UserError) as exc:
        document.read(str(path))
    assert message in exc.value.message and exc.value.line == line


@pytest.mark.parametrize("text, message, line", [
    ("---\ndate: 2024-01-01\nno end\n", "never closed", 1),
    ("---\n- a\n- b\n---\nx", "not a mapping", 2),
    ("---\ntitle: t\ndate: yesterday\n---\nx", "is not a date", 3),
    ("---\ntitle: [oops\n---\nx", "front matter: invalid YAML", 3),
])
def test_bad_front_matter(text, message, line):
    with pytest.raises(UserError) as exc:
        document.from_text(text, path="a.md")
    assert message in exc.value.message and exc.value.line == line


def test_a_folder_is_not_an_article(tmp_path):
    (tmp_path / "x.md").mkdir()
    with pytest.raises(UserError, match="is a folder"):
        document.read(str(tmp_path / "x.md"))
