import json
import subprocess
import sys

import pytest
from conftest import CORPUS, MOTIVATING, ROOT, span_text

from factlint import packs

WRONG = "The strikes are part of the U.S.-led coalition's campaign against ISIS, an effort ongoing since 2003.\n"
RIGHT = "The Riksbank, founded in 1668, cut its rate on Wednesday, Sept. 24, 2025.\n"


def test_done_when_motivating_article_json(run):
    result = run("check", MOTIVATING, "--format", "json")
    assert result.code == 1
    report = result.report
    counted = [f for f in report["findings"] if f["severity"] in ("error", "warning")]
    assert len(counted) == 1
    text = MOTIVATING.read_text(encoding="utf-8")
    finding = counted[0]
    assert span_text(text, finding["span"]) == "since 2003"
    assert "coalition" in span_text(text, finding["related"][0]["span"])
    assert "2014" in finding["message"] and "source: https://" in finding["message"]
    [entry] = report["files"]
    assert (entry["path"], entry["findings"], entry["by_severity"], entry["error"]) == (str(MOTIVATING), 1, {"error": 1}, None)
    coverage = entry["coverage"]
    assert coverage["claims"] == coverage["examined"] + coverage["unused"] and coverage["examined"] >= 2


def test_text_output_is_the_compiler_convention(run, article):
    path = article(WRONG)
    result = run("check", path)
    assert result.code == 1
    first = result.out.splitlines()[0]
    assert first.startswith(f"{path}:5:") and ": error[entity-date] 'since 2003': " in first
    assert "    fix: replace '2003' with '2014'" in result.out
    assert result.out.splitlines()[-1] == "1 finding (1 error) in 1 file"


def test_clean_copy_exits_zero_and_says_so(run, article):
    result = run("check", article(RIGHT, date="2025-09-24"))
    assert result.code == 0 and result.out == "0 findings in 1 file\n" and result.err == ""


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_levels_for_an_error(run, article, fail_on, code):
    assert run("check", article(WRONG), "--fail-on", fail_on).code == code


def test_fail_on_error_ignores_warnings_and_info(run, article):
    warning = article("The Suez Canal, in operation since 1889, is busy.\n")
    assert run("check", warning, "--fail-on", "error").code == 0
    assert run("check", warning).code == 1
    info = article("It closed yesterday.\n", date=None, name="nodate.md")
    assert run("check", info).code == 0
    assert run("check", info, "--fail-on", "info").code == 1


def test_several_formats_each_with_its_destination(run, article, tmp_path):
    path = article(WRONG)
    out_json = tmp_path / "out" / "report.json"
    result = run("check", path, "--format", f"json:{out_json}", "--format", "text")
    assert result.code == 1
    assert "error[entity-date]" in result.out
    data = json.loads(out_json.read_text())
    assert data["summary"]["by_rule"] == {"entity-date": 1}
    result = run("check", path, "--format", "json", "-o", tmp_path / "o.json")
    assert result.out == "" and json.loads((tmp_path / "o.json").read_text())["summary"]["findings"] == 1


def test_unknown_format_is_a_usage_error(run, article):
    result = run("check", article(RIGHT), "--format", "xml")
    assert result.code == 2 and "unknown format 'xml'" in result.err


def test_folders_are_walked_for_articles_only(run, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text(WRONG)
    (tmp_path / "a" / "two.txt").write_text(WRONG)
    (tmp_path / "a" / "three.html").write_text(f"<body><p>{WRONG}</p></body>")
    (tmp_path / "a" / "notes.json").write_text("{}")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    report = run("check", tmp_path, "--format", "json", "--date", "2024-11-05").report
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "a" / n) for n in ("one.md", "three.html", "two.txt")]
    assert report["summary"]["findings"] == 3


def test_standard_input_with_a_reported_name(monkeypatch, run):
    monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": __import__("io").BytesIO(WRONG.encode())})())
    report = run("check", "-", "--stdin-filename", "drafts/x.md", "--date", "2024-11-05", "--format", "json").report
    assert report["findings"][0]["path"] == "drafts/x.md"


def test_date_option_supplies_the_reference_date(run, article):
    path = article("The campaign began on Monday, Oct. 8.\n", date=None)
    report = run("check", path, "--format", "json").report
    assert [f["rule"] for f in report["findings"]] == ["no-reference-date"]
    report = run("check", path, "--format", "json", "--date", "2024-10-24").report
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("weekday-date", "warning")]


def test_bad_date_option_is_a_usage_error(run, article):
    result = run("check", article(RIGHT), "--date", "2024-13-40")
    assert result.code == 2 and "is not a date" in result.err and "Traceback" not in result.err


def test_unusable_article_exits_2_and_others_are_still_reported(run, tmp_path):
    good = tmp_path / "good.md"
    good.write_text("---\ndate: 2024-11-05\n---\n" + WRONG)
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02data")
    (tmp_path / "latin1.md").write_bytes("line\ncaf\xe9\n".encode("latin-1"))
    missing = tmp_path / "missing.md"
    result = run("check", tmp_path, missing, "--format", "json", "--fail-on", "never")
    assert result.code == 2
    report = result.report
    assert report["summary"]["findings"] == 1 and report["findings"][0]["path"] == str(good)
    errors = result.err.splitlines()
    assert errors == [f"{tmp_path / 'binary.md'}: binary file, not an article",
                      f"{tmp_path / 'latin1.md'}:2: not UTF-8 text: byte 0xe9 at byte 8 cannot be decoded",
                      f"{missing}: no such file or folder"]
    assert {e["path"] for e in report["errors"]} == {str(tmp_path / "binary.md"), str(tmp_path / "latin1.md"), str(missing)}
    assert [f["error"] is not None for f in report["files"]] == [True, False, True, True]


def test_bad_front_matter_date_names_its_line(run, article):
    result = run("check", article(RIGHT, date="someday"))
    assert result.code == 2 and result.err.strip().endswith(":3: front matter date 'someday' is not a date (YYYY-MM-DD)")


def _rules(tmp_path, body, name="pack.yaml"):
    folder = tmp_path / "myrules"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(body)
    return folder


GOOD_RULE = """rules:
  - id: my-weekday
    kind: weekday-date
    severity: warning
    message: "{claim} is wrong: {date} was a {actual}"
    description: Our own weekday rule.
"""


def test_done_when_misspelled_key_in_a_rule_file(run, tmp_path, article):
    rules = _rules(tmp_path, GOOD_RULE.replace("severity:", "severty:"))
    path = article(WRONG)
    result = run("check", path, "--rules", rules)
    assert result.code == 2
    [line] = result.err.splitlines()
    assert line.startswith(f"{rules / 'pack.yaml'}:4: ") and "unknown key 'severty'" in line
    assert "error[entity-date]" in result.out  # the article is still checked with every other rule


@pytest.mark.parametrize("body, line, words", [
    ("rules: [oops\n", 2, "invalid YAML"),
    (GOOD_RULE.replace("kind: weekday-date", "kind: nonsense"), 3, "unknown check kind 'nonsense'"),
    (GOOD_RULE.replace("severity: warning", "severity: fatal"), 4, "'fatal' is not one of"),
    (GOOD_RULE.replace("    description: Our own weekday rule.\n", ""), 2, "'description' is required"),
    (GOOD_RULE.replace("{actual}", "{nope}"), 5, "names {nope}"),
    (GOOD_RULE + "    parameters: {colour: red}\n", 7, "rule 'my-weekday': rules/0/parameters/colour: unknown key 'colour'"),
    (GOOD_RULE + "    enabled: yes please\n", 7, "is not of type 'boolean'"),
    ("rules:\n  - id: x\n    id: y\n", 3, "duplicate key 'id'"),
    ("rules: !!python/object/apply:os.system [echo hi]\n", 1, "is not plain data"),
    ("entities:\n  - id: acme\n    name: Acme\n    dates:\n      founded: {value: 1998-13, source: 'https://a.b'}\n", 5,
     "must be a date written"),
    ("entities:\n  - id: acme\n    name: Acme\n    dates:\n      founded: {value: 1998, source: 'file:///x'}\n", 5,
     "does not match"),
    ("entities:\n  - id: acme\n    name: Acme\n    dates:\n      crowned: {value: 1998, source: 'https://a.b'}\n", 5,
     "unknown dated attribute 'crowned'"),
])
def test_bad_rule_and_fact_files(run, tmp_path, article, body, line, words):
    rules = _rules(tmp_path, body)
    result = run("check", article(WRONG), "--rules", rules)
    assert result.code == 2
    [err] = result.err.splitlines()
    assert err.startswith(f"{rules / 'pack.yaml'}:{line}: ") and words in err, err
    assert "Traceback" not in result.err
    assert "error[entity-date]" in result.out


def test_declared_attributes_are_accepted(run, tmp_path, article):
    rules = _rules(tmp_path, "attributes: [crowned]\nentities:\n  - id: acme\n    name: Acme\n    dates:\n"
                             "      crowned: {value: 1998, source: 'https://a.b'}\n")
    assert run("check", article(RIGHT, date="2025-09-24"), "--rules", rules).code == 0


def test_the_same_rule_or_entity_twice_names_both_files(run, tmp_path, article):
    rules = _rules(tmp_path, GOOD_RULE, "a.yaml")
    _rules(tmp_path, GOOD_RULE, "b.yaml")
    result = run("check", article(RIGHT, date="2025-09-24"), "--rules", rules)
    assert result.code == 2
    assert result.err.strip() == f"{rules / 'b.yaml'}:2: rule id 'my-weekday' is defined twice: here and at {rules / 'a.yaml'}:2"
    entity = "entities:\n  - id: nato\n    name: NATO\n    dates:\n      founded: {value: 1949, source: 'https://a.b'}\n"
    rules2 = tmp_path / "r2"
    rules2.mkdir()
    (rules2 / "e.yaml").write_text(entity)
    result = run("check", article(RIGHT, date="2025-09-24"), "--rules", rules2)
    assert result.code == 2 and "entity id 'nato' is defined twice: here and at " in result.err
    assert "organisations.yaml" in result.err


def test_no_default_rules_leaves_the_shipped_packs_out(run, tmp_path, article):
    rules = _rules(tmp_path, GOOD_RULE)
    path = article(WRONG + "It was Monday, Nov. 5, 2024.\n")
    report = run("check", path, "--rules", rules, "--no-default-rules", "--format", "json").report
    assert [f["rule"] for f in report["findings"]] == ["my-weekday"]


def test_extract_then_check_claims_gives_the_same_findings(run, tmp_path):
    out = tmp_path / "claims.json"
    assert run("extract", MOTIVATING, "-o", out).code == 0
    direct = run("check", MOTIVATING, "--format", "json").report["findings"]
    via_claims = run("check", "--claims", out, "--format", "json").report["findings"]
    assert direct == via_claims and len(direct) == 1


def test_committed_claim_set_matches_extraction(run, tmp_path):
    out = tmp_path / "claims.json"
    run("extract", MOTIVATING, "-o", out)
    committed = json.loads((ROOT / "claims" / "00-centcom-isis-operations.json").read_text())
    fresh = json.loads(out.read_text())
    assert committed["claims"] == fresh["claims"]


@pytest.mark.parametrize("content, line, words", [
    ('{"schema_version": "1", "path": "x.md", "claims": [\n  {"id": "a"}\n]}', 2, "claims/0"),
    ('{"schema_version": "1",\n "path": "x.md",\n "colour": 1}', 3, "unknown key 'colour'"),
    ('{"schema_version": "1", "path": "x.md",,}', 1, "invalid JSON"),
    ('{"schema_version": "1", "path": "x.md", "claims": [\n  {"id": "c", "kind": "change", "span": {"start": 0, "end": 1, '
     '"line": 1, "column": 1, "end_line": 1, "end_column": 2}, "text": "x", "rate": "a", "new": "b"}\n]}', 2,
     "two of the value reached ('new'), the value before it ('old') and its amount"),
])
def test_bad_claim_files(run, tmp_path, content, line, words):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    result = run("check", "--claims", bad, MOTIVATING, "--format", "json")
    assert result.code == 2
    [err] = result.err.splitlines()
    assert err.startswith(f"{bad}:{line}: ") and words in err, err
    assert result.report["summary"]["findings"] == 1


def test_claim_referring_to_a_missing_claim(run, tmp_path):
    out = tmp_path / "c.json"
    run("extract", MOTIVATING, "-o", out)
    data = json.loads(out.read_text())
    rel = next(c for c in data["claims"] if c["kind"] == "entity-date")
    rel["date"] = "temporal@0"
    out.write_text(json.dumps(data, indent=1))
    result = run("check", "--claims", out)
    assert result.code == 2 and "no claim has the id 'temporal@0'" in result.err


def test_reports_are_byte_identical_across_runs(run):
    first = run("check", CORPUS, "--format", "json").out
    second = run("check", CORPUS, "--format", "json").out
    assert first == second


def test_internal_crash_exits_2_never_0(run, monkeypatch, article):
    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")
    monkeypatch.setattr("factlint.engine.check", boom)
    result = run("check", article(RIGHT))
    assert result.code == 2 and "internal error: RuntimeError: kaboom" in result.err


def test_no_paths_is_a_usage_error(run):
    result = run("check")
    assert result.code == 2 and "give at least one PATH" in result.err


def test_rules_list_show_and_test(run):
    listed = run("rules", "list").out
    assert "entity-date" in listed and "weekday-date" in listed and "no-reference-date" in listed
    shown = run("rules", "show", "entity-date")
    assert shown.code == 0 and "parameters:" in shown.out and "examples that must fire:" in shown.out
    assert "founded in 1952" in shown.out
    assert run("rules", "show", "nope").code == 2
    tested = run("rules", "test")
    shipped = len(packs.load().rules)
    assert tested.code == 0 and tested.out.splitlines()[-1] == f"rules: {shipped} passed, 0 failed"


def test_rules_test_reports_a_rule_whose_examples_fail(run, tmp_path):
    rules = _rules(tmp_path, GOOD_RULE + "    examples:\n      fire: ['It was [[Tuesday]], Nov. 5, 2024.']\n"
                                         "      quiet: ['It was Monday, Nov. 5, 2024.']\n")
    result = run("rules", "test", "--rules", rules)
    assert result.code == 1
    assert "my-weekday: did not fire on: It was [[Tuesday]], Nov. 5, 2024." in result.out
    assert "my-weekday: fired on quiet example ('Monday'" in result.out
    assert result.out.splitlines()[-1] == f"rules: {len(packs.load().rules)} passed, 1 failed"


def test_console_script_and_module_entry_points():
    for cmd in (["factlint"], [sys.executable, "-m", "factlint"]):
        exe = cmd if cmd[0] != "factlint" else [str(ROOT / ".venv" / "bin" / "factlint")] if (ROOT / ".venv").exists() else cmd
        done = subprocess.run([*exe, "check", str(MOTIVATING)], capture_output=True, text=True)
        assert done.returncode == 1 and "error[entity-date]" in done.stdout


def test_jobs_give_byte_identical_reports_and_each_error_once(run, tmp_path):
    folder = tmp_path / "drafts"
    for source in sorted(CORPUS.glob("*.md")):
        (folder / source.name).parent.mkdir(exist_ok=True)
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "zz-binary.md").write_bytes(b"\x00\x01")
    one = run("check", folder, "--format", "json", "--jobs", "1")
    two = run("check", folder, "--format", "json", "--jobs", "2")
    assert one.out == two.out and one.code == two.code == 2
    assert two.err.count("zz-binary.md: binary file") == 1
    assert len(two.report["files"]) == 18 and two.report["summary"]["findings"] == 24


def test_text_summary_counts_in_plain_english(run, tmp_path):
    one, two = tmp_path / "a.md", tmp_path / "b.md"
    one.write_text("---\ndate: 2024-07-10\n---\nNATO, founded in 1952, met.\n")
    two.write_text("---\ndate: 2024-07-10\n---\nNATO, founded in 1950, met. It closed on Thursday, Nov. 8, 2023.\n")
    result = run("check", one, two)
    assert result.out.splitlines()[-1] == "3 findings (3 errors) in 2 files"
