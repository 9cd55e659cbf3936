import pytest
from conftest import ROOT

DATA = ROOT / "tests" / "data" / "wikidata.json"


def test_import_keeps_precision_and_sources(run):
    result = run("facts", "import", DATA)
    assert result.code == 0
    assert '  - id: united-nations-q1065\n    name: "United Nations"\n    aliases: ["U.N.", "UN"]' in result.out
    # the day-precise inception wins over the year-precise one; a decade-less date keeps its month
    assert 'founded: {value: "1945-10-24", source: "https://www.wikidata.org/wiki/Q1065"}' in result.out
    assert 'founded: {value: "1922-12", source: "https://www.wikidata.org/wiki/Q15180"}' in result.out
    assert 'dissolved: {value: "1991-12-26"' in result.out
    assert "Earth" not in result.out  # only a precision coarser than a year


def test_imported_pack_loads_and_checks(run, tmp_path, article):
    pack = tmp_path / "imported" / "wikidata.yaml"
    assert run("facts", "import", DATA, "-o", pack).code == 0
    path = article("The Soviet Union, founded in 1932, was vast.\n")
    (tmp_path / "rules.yaml").write_text((ROOT / "rules" / "dates.yaml").read_text())
    report = run("check", path, "--rules", pack.parent, "--rules", tmp_path / "rules.yaml", "--no-default-rules",
                 "--format", "json").report
    assert report["errors"] == []
    [finding] = [f for f in report["findings"] if f["rule"] == "entity-date"]
    assert "Soviet Union was founded in December 1922 (source: https://www.wikidata.org/wiki/Q15180)" in finding["message"]
    # beside the shipped packs the ids do not collide; a name two entities share names neither
    report = run("check", path, "--rules", pack.parent, "--format", "json").report
    assert report["errors"] == [] and report["findings"] == []


@pytest.mark.parametrize("content, line, words", [
    ('{"results": {"bindings": [\n{"itemLabel": {"value": "x"}}\n]}}', 2, "no ?item"),
    ('{"head": {}}', 1, "no results/bindings"),
    ('{"results": {"bindings": [\n{"item": {"value": "http://www.wikidata.org/entity/Q1"},\n'
     ' "prop": {"value": "P31"}, "time": {"value": "2000-01-01T00:00:00Z"}}]}}', 2, "?prop 'P31'"),
    ("{not json", 1, "invalid JSON"),
    # found by fuzz/facts_import.py: with no dated entity the import wrote a pack that did not load
    ('{"results": {"bindings": [\n{"item": {"value": "http://www.wikidata.org/entity/Q1"}}]}}', 1,
     "no entity in the result has a date"),
])
def test_import_bad_input(run, tmp_path, content, line, words):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    result = run("facts", "import", bad)
    assert result.code == 2
    assert result.err.startswith(f"{bad}:{line}: ") and words in result.err, result.err


def test_imported_names_with_control_characters_and_lone_surrogates_load(run, tmp_path):
    """Found by fuzz/facts_import.py: names were quoted for YAML by hand, and a control character broke the pack."""
    source = tmp_path / "r.json"
    source.write_text('{"results": {"bindings": [{"item": {"value": "http://www.wikidata.org/entity/Q7"},'
                      ' "itemLabel": {"value": "A\\u0003B \\"C\\" \\ud800 \\u007f\\u0090"}, "prop": {"value": "P571"},'
                      ' "time": {"value": "+1999-01-01T00:00:00Z"}, "precision": {"value": "9"}}]}}')
    pack = tmp_path / "p" / "pack.yaml"
    assert run("facts", "import", source, "-o", pack).code == 0
    result = run("rules", "list", "--rules", pack.parent)
    assert result.code == 0, result.err


def test_impossible_dates_are_left_out(run, tmp_path):
    """Found by fuzz/facts_import.py: day 81 of January passed the pattern and broke the pack."""
    source = tmp_path / "r.json"
    row = ('{{"item": {{"value": "http://www.wikidata.org/entity/Q{q}"}}, "itemLabel": {{"value": "E{q}"}}, '
           '"prop": {{"value": "P571"}}, "time": {{"value": "{t}"}}, "precision": {{"value": "11"}}}}')
    source.write_text('{"results": {"bindings": [' + row.format(q=1, t="1945-01-81T00:00:00Z") + ", "
                      + row.format(q=2, t="1945-10-24T00:00:00Z") + "]}}")
    pack = tmp_path / "p" / "pack.yaml"
    assert run("facts", "import", source, "-o", pack).code == 0
    text = pack.read_text()
    assert "e2-q2" in text and "1945-10-24" in text and "q1" not in text
    assert run("rules", "list", "--rules", pack.parent).code == 0
