"""The bad-input matrix: every class of input a user can hand factlint. Unusable input gets one line
naming the file (and line), exit 2, and the other files' findings are still reported; input a user
expects to work simply works."""
import os

import pytest

GOOD = "---\ndate: 2024-11-05\n---\nThe anti-ISIS coalition's campaign, an effort ongoing since 2003.\n"
DEEP = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 80))
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + chr(ord(c) - 1)] * 9)}]\n" for c in "bcdefghi")


@pytest.mark.parametrize("name, data, line, words", [
    ("empty.md", b"", None, None),
    ("binary.md", b"\x00\x01\x02\x03", None, "binary file"),
    ("latin1.md", "caf\xe9\n".encode("latin-1"), 1, "not UTF-8 text"),
    ("unterminated.md", b"---\ndate: 2024-01-01\n", 1, "never closed"),
    ("list.md", b"---\n- a\n---\nx\n", 2, "not a mapping"),
    ("baddate.md", b"---\ndate: soon\n---\nx\n", 2, "is not a date"),
    ("tag.md", b"---\ndate: !!python/object/apply:os.system [ls]\n---\nx\n", 2, "not plain data"),
    ("bomb.md", ("---\n" + BOMB + "---\nx\n").encode(), 2, "too large"),
    ("control.md", b"---\ntitle: a\x01b\n---\nx\n", 2, "U+0001 is not allowed"),  # found by fuzz/document.py
    ("numbers.md", ("1e999 and 10^10000 and " + "9" * 400 + " people.\n").encode(), None, None),
    ("longline.md", (b"word " * 210_000) + b"\n", None, None),
])
def test_articles(run, tmp_path, name, data, line, words):
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    bad.write_bytes(data)
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    result = run("check", good, bad, "--format", "json")
    assert "Traceback" not in result.err
    assert [f["path"] for f in result.report["findings"]] == [str(good)]
    if words is None:
        assert result.code == 1 and result.err == ""
    else:
        assert result.code == 2
        [err] = result.err.splitlines()
        assert err.startswith(f"{bad}:{line}: " if line else f"{bad}: ") and words in err, err


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf" + GOOD.encode(), GOOD.encode("utf-16"),
                                  GOOD.replace("\n", "\r\n").encode(), GOOD.replace("\n", "\r").encode()])
def test_encodings_and_line_endings_just_work(run, tmp_path, data):
    path = tmp_path / "draft.md"
    path.write_bytes(data)
    result = run("check", path, "--format", "json")
    assert result.code == 1
    [finding] = result.report["findings"]
    text = data.decode("utf-16") if data.startswith(b"\xff\xfe") else data.decode("utf-8")
    assert text[finding["span"]["start"]:finding["span"]["end"]] == "since 2003"
    assert finding["span"]["line"] == 4


def test_folders_named_like_articles_and_symlink_loops(run, tmp_path):
    (tmp_path / "x.md").mkdir()
    (tmp_path / "x.md" / "inner.md").write_text(GOOD)
    os.symlink(tmp_path, tmp_path / "loop")
    report = run("check", tmp_path, "--format", "json").report
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "x.md" / "inner.md")]


@pytest.mark.parametrize("content, line, words", [
    (DEEP, 66, "nested more than"),
    (BOMB, 1, "too large"),
    ("rules: !!python/object/new:os.system [ls]\n", 1, "not plain data"),
    ("rules:\n  - {id: a, kind: sum, severity: error, message: m, description: d}\n"
     "  - {id: a, kind: sum, severity: error, message: m, description: d}\n", 3, "defined twice"),
    ("rules:\n  - {id: a, kind: nope, severity: error, message: m, description: d}\n", 2, "unknown check kind"),
    ("rules:\n  - id: a\x03\n", 2, "U+0003 is not allowed"),  # found by fuzz/rule_files.py
    ("rules:\n  - {id: a, kind: entity-date, severity: error, message: m, description: d,\n"
     "     parameters: {attributes: {sunk: [sank]}, began: [founded]}}\n", 2,
     "names the fact attribute 'sunk', which no fact pack declares"),
    ("bodies:\n  - id: senate\n    name: Senate\n    seats:\n      - {count: 0, from: 1959, source: 'https://e.org'}\n",
     5, "count: 0 is less than the minimum of 1"),
    ("bodies:\n  - id: senate\n    name: Senate\n    seats:\n      - {count: 100, from: someday, source: 'https://e.org'}\n",
     5, "must be a date"),
])
def test_rule_and_fact_files(run, tmp_path, content, line, words):
    pack = tmp_path / "pack" / "p.yaml"
    pack.parent.mkdir()
    pack.write_text(content)
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    result = run("check", good, "--rules", pack.parent)
    assert result.code == 2 and "Traceback" not in result.err
    assert any(e.startswith(f"{pack}:{line}: ") and words in e for e in result.err.splitlines()), result.err
    assert "error[entity-date]" in result.out


def test_a_line_break_inside_a_quoted_key_stays_in_its_one_line_error(run, tmp_path):
    # found by fuzz/rule_files.py: the unknown key was quoted into the message as written
    pack = tmp_path / "pack" / "p.yaml"
    pack.parent.mkdir()
    pack.write_text('rules:\n  - {id: a, kind: sum, severity: error, message: m, description: d, "x\\ny": 1}\n')
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    result = run("check", good, "--rules", pack.parent)
    assert result.code == 2
    [err] = result.err.splitlines()
    assert err.startswith(f"{pack}:2: ") and "unknown key 'x\\ny'" in err, err


@pytest.mark.parametrize("content, words", [
    ("[" * 5000 + "]" * 5000, "nested too deeply"),
    ('{"schema_version": "1", "path": "x", "claims": [], "unread": [], "reference_date": 1e999}', "reference_date"),
])
def test_claim_files(run, tmp_path, content, words):
    bad = tmp_path / "c.json"
    bad.write_text(content)
    result = run("check", "--claims", bad)
    assert result.code == 2 and words in result.err and "Traceback" not in result.err


@pytest.mark.parametrize("kind, field, target, words", [
    ("subset", "part", "quantity@9999", "no claim has the id 'quantity@9999'"),  # found by fuzz/claim_files.py
    ("entity-date", "date", "quantity@175", "'quantity@175' is a quantity, not a temporal"),
])
def test_claim_files_whose_references_do_not_hold(run, tmp_path, kind, field, target, words):
    import json

    from conftest import ROOT

    data = json.loads((ROOT / "claims" / "00-centcom-isis-operations.json").read_text())
    claim = next(c for c in data["claims"] if c["kind"] == kind)
    claim[field] = target
    bad = tmp_path / "c.json"
    bad.write_text(json.dumps(data, indent=1))
    result = run("check", "--claims", bad)
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.startswith(f"{bad}:") and words in result.err, result.err


def test_a_50_mb_article_is_read_to_the_end(run, tmp_path):
    path = tmp_path / "big.md"
    filler = "and nothing to see here, no numbers at all in the line of filler text.\n" * 710_000
    path.write_text(GOOD + filler + GOOD.split("---\n")[-1])  # the same error at the start and at the end
    assert path.stat().st_size > 50_000_000
    result = run("check", path, "--format", "json")
    assert result.code == 1
    first, last = result.report["findings"]
    assert (first["span"]["line"], last["span"]["line"]) == (4, 4 + 710_000 + 1)


@pytest.mark.parametrize("content, line, words", [
    ("a = " + "[" * 3000 + "1" + "]" * 3000 + "\n", 1, "nested too deeply"),
    ('disable = ["entity-date"\n', 1, "invalid TOML"),
    ("\x00\x01\x02", 1, "invalid TOML"),
    ('nonsense = 1\n', 1, "unknown key 'nonsense'"),
    ("[project]\nname = 'x'\n[tool]\nfactlint = 0\n", 4, "[tool.factlint] must be a table"),  # by fuzz/config_files.py
])
def test_configuration_files(run, tmp_path, content, line, words):
    folder = tmp_path / "desk"
    folder.mkdir()
    name = "pyproject.toml" if "[project]" in content else "factlint.toml"
    (folder / name).write_text(content)
    bad_config = folder / "a.md"
    bad_config.write_text(GOOD)
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    # a pyproject.toml without a [tool.factlint...] header is found by no search: name it
    given = ["--config", folder / name] if name == "pyproject.toml" else []
    result = run("check", good, bad_config, *given)
    assert result.code == 2 and "Traceback" not in result.err
    [err] = result.err.splitlines()
    assert err.startswith(f"{folder / name}:{line}: ") and words in err, err
    assert f"{good}:4:" in result.out and f"{bad_config}:4:" in result.out  # checked with the defaults


def test_a_file_that_cannot_be_read(run, tmp_path):
    os.symlink(tmp_path / "gone.md", tmp_path / "dangling.md")  # listed in the folder, but not there to read
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    result = run("check", tmp_path, "--format", "json")
    assert result.code == 2
    assert result.err == f"{tmp_path / 'dangling.md'}: no such file or folder\n"
    assert [f["path"] for f in result.report["findings"]] == [str(good)]
    if os.geteuid() != 0:  # root reads any file, whatever its mode
        (tmp_path / "dangling.md").unlink()
        locked = tmp_path / "locked.md"
        locked.write_text(GOOD)
        locked.chmod(0)
        result = run("check", locked)
        assert result.code == 2 and "cannot read" in result.err


def test_fact_files_with_tags_and_unknown_attributes(run, tmp_path):
    pack = tmp_path / "facts" / "f.yaml"
    pack.parent.mkdir()
    pack.write_text("entities:\n  - id: x\n    name: X\n    dates:\n      sunk: {value: '1912', source: 'https://e.org/x'}\n"
                    "  - !!python/object:os.system {}\n")
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    result = run("check", good, "--rules", pack.parent)
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.startswith(f"{pack}:6: ") and "not plain data" in result.err, result.err
    assert "error[entity-date]" in result.out
