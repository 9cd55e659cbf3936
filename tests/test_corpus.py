"""Across articles (--corpus) and against sources (--against)."""
from __future__ import annotations

import json

import jsonschema
import pytest

from test_formats import SCHEMA


def _archive(article, **bodies):
    """Articles named by keyword, each `(date, body)`; returns the folder."""
    paths = [article(body, date=date, name=f"archive/{name}.md") for name, (date, body) in bodies.items()]
    return paths[0].parent


def _findings(run, *args, rule="corpus-conflict"):
    result = run("check", *args, "--format", "json")
    assert result.code in (0, 1), result.err
    return [f for f in result.report["findings"] if f["rule"] == rule]


def test_a_founding_date_one_article_gets_wrong(run, article):
    folder = _archive(article,
                      a=("2025-03-01", "BlueWing Airways, founded in 1985, said it would add routes.\n"),
                      b=("2025-03-04", "BlueWing Airways, founded in 1986, is a British carrier.\n"),
                      c=("2025-03-05", "BlueWing Airways, which was founded in May 1985, will cut jobs.\n"))
    [finding] = _findings(run, folder, "--corpus")
    assert finding["path"].endswith("b.md") and finding["text"] == "founded in 1986"
    assert finding["severity"] == "warning"
    assert "2 other article(s) say 'founded in 1985'" in finding["message"]
    assert [(r["path"].rsplit("/", 1)[1], r["text"]) for r in finding["related"]] == [
        ("a.md", "founded in 1985"), ("c.md", "founded in May 1985")]


def test_agreeing_dates_and_finer_precision_are_quiet(run, article):
    folder = _archive(article,
                      a=("2025-03-01", "BlueWing Airways, founded in 1985, said it would add routes.\n"),
                      b=("2025-03-04", "BlueWing Airways, which was founded in May 1985, will cut jobs.\n"),
                      c=("2025-03-05", "Harbor Rail, founded in 1990, runs trains. BlueWing Airways grew.\n"))
    assert _findings(run, folder, "--corpus") == []
    assert _findings(run, folder) == []  # and nothing across articles without --corpus


def test_a_toll_that_shrinks_between_updates(run, article):
    folder = _archive(article,
                      a=("2025-03-01", "The wildfire near Kamloops has killed 12 people, officials said.\n"),
                      b=("2025-03-04", "The death toll from the Kamloops wildfire has risen to 9, officials said.\n"),
                      c=("2025-03-05", "The Kamloops wildfire death toll rose to 14 on Wednesday.\n"))
    [finding] = _findings(run, folder, "--corpus")
    assert finding["path"].endswith("b.md") and finding["text"] == "9"
    assert "an earlier update (2025-03-01) gave '12', and a toll only grows" in finding["message"]
    assert finding["related"][0]["path"].endswith("a.md")


def test_a_growing_toll_and_other_places_are_quiet(run, article):
    folder = _archive(article,
                      a=("2025-03-01", "The wildfire near Kamloops has killed 12 people, officials said.\n"),
                      b=("2025-03-04", "The death toll from the Kamloops wildfire has risen to 15, officials said.\n"),
                      c=("2025-03-05", "The flood in Dunmore has killed 3 people so far.\n"))
    assert _findings(run, folder, "--corpus") == []


def test_two_holders_of_one_office_on_the_same_day(run, article):
    folder = _archive(article,
                      a=("2024-06-01", "Fed Chair Jerome Powell said rates would hold.\n"),
                      b=("2024-06-01", "Fed Chair Janet Yellen said rates would hold.\n"),
                      c=("2024-06-01", "Federal Reserve Chair Jerome Powell spoke in Washington.\n"))
    [finding] = _findings(run, folder, "--corpus")
    assert finding["path"].endswith("b.md") and "Janet Yellen" in finding["text"]


def test_the_same_result_on_every_engine(run, article, tmp_path):
    folder = _archive(article, **{f"n{i}": ("2025-03-0" + str(1 + i % 5), f"BlueWing Airways, founded in {1985 + i % 3}, "
                                            "flies. The Kamloops wildfire death toll rose to {i}.\n")
                                  for i in range(12)})
    outputs = []
    for engine in (["--jobs", "1"], ["--jobs", "2"], ["--engine", "dask", "--workers", "2"]):
        out = tmp_path / f"{engine[-1]}-{len(outputs)}.json"
        assert run("check", folder, "--corpus", *engine, "--format", f"json:{out}").code == 1
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert b"corpus-conflict" in outputs[0]


SOURCE = ("About 4,800 nurses walked off the job on Monday at Westbury General Hospital, the union said. "
          "Westbury General Hospital, which opened in 1962, employs 9,000 staff.\n")


@pytest.mark.parametrize("draft, expected", [
    ("Some 4,300 nurses walked off the job on Monday at Westbury General Hospital, according to the union.\n",
     [("Some 4,300", "the source says 'About 4,800'")]),
    ("Westbury General Hospital, which opened in 1963, said 4,800 nurses were on strike.\n",
     [("opened in 1963", "the source says 'opened in 1962'")]),
    ("Nearly 4,800 nurses walked off the job at Westbury General Hospital, which opened in 1962.\n", []),
    ("The hospital laid off 40 cooks in 2019, and 300 nurses were hired.\n", []),
])
def test_a_draft_against_its_source(run, article, draft, expected):
    source = article(SOURCE, name="sources/release.md")
    path = article(draft, name="drafts/story.md")
    result = run("check", path, "--against", source, "--format", "json")
    found = [f for f in result.report["findings"] if f["rule"] == "source-conflict"]
    assert [(f["text"], f["message"].split(": ", 1)[1]) for f in found] == expected
    for f in found:
        assert f["related"][0]["path"] == str(source)


def test_a_source_that_agrees_wins_over_one_that_does_not(run, article):
    first = article(SOURCE, name="sources/release.md")
    second = article(SOURCE.replace("About 4,800", "Some 4,300"), name="sources/agency.md")
    path = article("Some 4,300 nurses walked off the job on Monday, the agency said.\n", name="drafts/story.md")
    assert _findings(run, path, "--against", first, second, rule="source-conflict") == []


def test_related_locations_in_other_files_in_sarif_and_text(run, article):
    source = article(SOURCE, name="sources/release.md")
    path = article("Some 4,300 nurses walked off the job on Monday, the union said.\n", name="drafts/story.md")
    sarif = json.loads(run("check", path, "--against", source, "--format", "sarif").out)
    assert not list(jsonschema.Draft4Validator(SCHEMA).iter_errors(sarif))
    [result] = sarif["runs"][0]["results"]
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == str(source)
    text = run("check", path, "--against", source).out
    assert f"    see: {source}:5:1: 'About 4,800'" in text  # line 5: the fixture's front matter comes first


def test_a_missing_source_is_an_error_and_the_draft_is_still_checked(run, article, tmp_path):
    path = article("The coalition's campaign, an effort ongoing since 2003, goes on.\n", name="story.md")
    result = run("check", path, "--against", tmp_path / "nowhere.md")
    assert result.code == 2
    assert result.err == f"{tmp_path / 'nowhere.md'}: no such file\n"
