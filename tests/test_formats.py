"""SARIF 2.1.0 (validated against the OASIS schema) and GitHub workflow annotations."""
import json

import jsonschema
import pytest
from conftest import MOTIVATING, ROOT

from factlint import formats
from factlint.report import Finding, Report, Summary
from factlint.positions import Span

SCHEMA = json.loads((ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json").read_text())
WRONG = "The strikes are part of the anti-ISIS coalition's campaign, an effort ongoing since 2003.\n"


def validate_sarif(text: str) -> dict:
    data = json.loads(text)
    errors = list(jsonschema.Draft4Validator(SCHEMA).iter_errors(data))
    assert not errors, errors[0].message
    return data


def test_sarif_for_the_motivating_article(run, tmp_path):
    out = tmp_path / "report.sarif"
    result = run("check", MOTIVATING, "--format", f"sarif:{out}", "--format", "text")
    assert result.code == 1 and "error[entity-date]" in result.out
    data = validate_sarif(out.read_text())
    [run_] = data["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["entity-date"] and rules[0]["help"]["text"]
    [res] = run_["results"]
    assert (res["ruleId"], res["level"], res["ruleIndex"]) == ("entity-date", "error", 0)
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["snippet"]["text"]) == (14, "since 2003")
    assert res["relatedLocations"][0]["message"]["text"] == "U.S.-led coalition"
    replacement = res["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "2014"
    assert len(res["partialFingerprints"]["factlint/v1"]) == 32


def test_sarif_with_suppressions_errors_and_no_findings(run, tmp_path, article):
    suppressed = article("<!-- factlint-disable-next-line entity-date -- known -->\n" + WRONG)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01")
    data = validate_sarif(run("check", suppressed, bad, "--format", "sarif").out)
    [res] = data["runs"][0]["results"]
    assert res["suppressions"][0]["kind"] == "inSource" and res["suppressions"][0]["justification"] == "known"
    invocation = data["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "binary file" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    clean = article("Nothing to see.\n", name="clean.md")
    assert validate_sarif(run("check", clean, "--format", "sarif").out)["runs"][0]["results"] == []


def test_fingerprints_survive_moved_lines(run, article):
    first = json.loads(run("check", article(WRONG), "--format", "sarif").out)
    moved = json.loads(run("check", article("New lede.\n\n" + WRONG), "--format", "sarif").out)
    a, b = first["runs"][0]["results"][0], moved["runs"][0]["results"][0]
    assert a["locations"] != b["locations"]
    assert a["partialFingerprints"] == b["partialFingerprints"]


def test_github_annotations(run, article):
    result = run("check", article(WRONG), "--format", "github")
    [line] = result.out.splitlines()
    assert line.startswith("::error file=")
    assert ",line=5,col=" in line and ",endLine=5,endColumn=" in line and ",title=factlint entity-date::" in line
    assert line.endswith("2003 is 11 years earlier")


def test_github_escaping():
    span = Span(start=0, end=1, line=1, column=1, end_line=1, end_column=2)
    finding = Finding(rule="sum", severity="info", message="50% off\nnext: a, b\r", path="a:b,c.md", span=span, text="x")
    report = Report(findings=[finding], summary=Summary(files=1, findings=1, suppressed=0, errors=0, by_severity={},
                                                       by_rule={}, coverage={"claims": 0, "examined": 0, "unused": 0}))
    assert formats.github(report) == ("::notice file=a%3Ab%2Cc.md,line=1,col=1,endLine=1,endColumn=2,"
                                    "title=factlint sum::50%25 off%0Anext: a, b%0D\n")


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "text"])
def test_every_format_reports_errors_with_exit_2(run, tmp_path, fmt):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00")
    assert run("check", bad, "--format", fmt).code == 2


def test_rdjson_counts_columns_in_utf8_bytes(run, article):
    path = article("Café — the anti-ISIS coalition's campaign, an effort ongoing since 2003.\n")
    data = json.loads(run("check", path, "--format", "rdjson").out)
    [d] = data["diagnostics"]
    assert data["source"]["name"] == "factlint" and d["severity"] == "ERROR" and d["code"]["value"] == "entity-date"
    line = path.read_text().splitlines()[4]
    code_points = line.index("since 2003") + 1
    assert d["location"]["range"]["start"] == {"line": 5, "column": len(line[:code_points - 1].encode()) + 1}
    assert d["location"]["range"]["start"]["column"] == code_points + 3  # é is 2 bytes, — is 3
    assert d["suggestions"][0]["text"] == "2014"
    assert d["related_locations"][0]["message"] == "anti-ISIS coalition"


def test_jsonl_one_finding_per_line(run, tmp_path, article):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00")
    lines = [json.loads(line) for line in run("check", article(WRONG), bad, "--format", "jsonl").out.splitlines()]
    assert lines[0]["rule"] == "entity-date" and lines[0]["text"] == "since 2003"
    assert lines[1]["error"]["message"] == "binary file, not an article"
    assert lines[2]["summary"]["findings"] == 1 and len(lines) == 3
