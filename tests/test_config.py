"""Configuration files, suppression directives, quotations and coverage."""
import pytest

WRONG = "The strikes are part of the anti-ISIS coalition's campaign, an effort ongoing since 2003.\n"
WEEKDAY = "The vote is on Friday, Nov. 6, 2024.\n"


def test_config_found_by_walking_up_disables_and_overrides(run, tmp_path, article):
    (tmp_path / "factlint.toml").write_text('disable = ["weekday-date"]\n\n[severity]\nentity-date = "info"\n')
    path = article(WRONG + WEEKDAY, name="desk/sub/draft.md")
    report = run("check", path, "--format", "json").report
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("entity-date", "info")]
    assert run("check", path).code == 0  # an info finding is under the default fail level


def test_pyproject_tool_table_and_fail_on(run, tmp_path, article):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factlint]\nfail-on = "never"\n')
    path = article(WRONG)
    assert run("check", path).code == 0
    assert run("check", path, "--fail-on", "error").code == 1


def test_config_option_overrides_discovery(run, tmp_path, article):
    (tmp_path / "factlint.toml").write_text('disable = ["entity-date"]\n')
    other = tmp_path / "strict.toml"
    other.write_text('fail-on = "warning"\n')
    path = article(WRONG)
    assert run("check", path).code == 0
    assert run("check", path, "--config", other).code == 1


def test_config_adds_rule_folders_relative_to_itself(run, tmp_path, article):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "facts.yaml").write_text(
        "entities:\n  - id: acme\n    name: Acme Holdings\n    dates:\n      founded: {value: 1998, source: 'https://acme.example'}\n")
    (tmp_path / "factlint.toml").write_text('rules = ["house"]\n')
    path = article("Acme Holdings, founded in 1990, reported a loss.\n")
    [finding] = run("check", path, "--format", "json").report["findings"]
    assert "Acme Holdings was founded in 1998 (source: https://acme.example)" in finding["message"]


@pytest.mark.parametrize("content, line, words", [
    ('disable = ["weekday-date"]\nsevertiy = {}\n', 2, "unknown key 'severtiy'"),
    ('fail-on = "sometimes"\n', 1, "fail-on: Input should be"),
    ('disable = ["no-such-rule"]\n', 1, "disable: no rule 'no-such-rule'"),
    ('disable = [\n', 1, "invalid TOML"),
])
def test_bad_config_is_one_line_and_files_are_still_checked(run, tmp_path, article, content, line, words):
    (tmp_path / "factlint.toml").write_text(content)
    result = run("check", article(WRONG))
    assert result.code == 2
    [err] = result.err.splitlines()
    assert err.startswith(f"{tmp_path / 'factlint.toml'}:{line}: ") and words in err, err
    assert "error[entity-date]" in result.out


def test_config_show(run, tmp_path):
    (tmp_path / "factlint.toml").write_text('disable = ["order"]\nin-quote-severity = "info"\n')
    result = run("config", "show", tmp_path)
    assert result.code == 0
    assert f"# from {tmp_path / 'factlint.toml'}" in result.out
    assert 'disable = ["order"]' in result.out and 'in-quote-severity = "info"' in result.out
    assert "default-rules = true" in result.out


def test_disable_next_line_with_reason(run, article):
    path = article("<!-- factlint-disable-next-line entity-date -- the writer means the 2003 invasion -->\n" + WRONG)
    result = run("check", path, "--format", "json")
    assert result.code == 0
    report = result.report
    assert report["findings"] == []
    [suppressed] = report["suppressed"]
    assert suppressed["rule"] == "entity-date" and suppressed["reason"] == "the writer means the 2003 invasion"
    assert report["summary"]["suppressed"] == 1 and report["files"][0]["suppressed"] == 1


def test_disable_next_line_covers_only_the_next_line(run, article):
    path = article("<!-- factlint-disable-next-line entity-date -->\n\n" + WRONG)
    assert [f["rule"] for f in run("check", path, "--format", "json").report["findings"]] == ["entity-date"]


def test_disable_enable_region(run, article):
    path = article("<!-- factlint-disable entity-date, weekday-date -->\n" + WRONG + "\n"
                   "<!-- factlint-enable weekday-date -->\n" + WEEKDAY + "\n" + WRONG.replace("2003", "2001"))
    report = run("check", path, "--format", "json").report
    assert [f["rule"] for f in report["findings"]] == ["weekday-date"]
    assert len(report["suppressed"]) == 2


@pytest.mark.parametrize("directive, words", [
    ("<!-- factlint-disable-next-line no-such-rule -->", "names unknown rule no-such-rule"),
    ("<!-- factlint-disabel entity-date -->", "is not a factlint directive"),
])
def test_bad_directives_are_warning_findings(run, article, directive, words):
    path = article(directive + "\n" + WRONG)
    report = run("check", path, "--format", "json").report
    rules = {f["rule"]: f for f in report["findings"]}
    assert set(rules) == {"factlint-directive", "entity-date"}
    assert rules["factlint-directive"]["severity"] == "warning" and words in rules["factlint-directive"]["message"]


def test_findings_in_quotations_are_marked_and_can_be_lowered(run, tmp_path, article):
    path = article('"We have fought ISIS alongside the anti-ISIS coalition, an effort ongoing since 2003," he said.\n')
    [finding] = run("check", path, "--format", "json").report["findings"]
    assert finding["in_quote"] is True and finding["severity"] == "error"
    (tmp_path / "factlint.toml").write_text('in-quote-severity = "info"\n')
    [finding] = run("check", path, "--format", "json").report["findings"]
    assert finding["severity"] == "info"
    outside = article(WRONG, name="plain.md")
    [finding] = run("check", outside, "--format", "json").report["findings"]
    assert finding["in_quote"] is False and finding["severity"] == "error"


def test_coverage_counts_what_rules_examined(run, article):
    path = article("The vote is on Friday, Nov. 8, 2024. About 40 people came.\n")
    report = run("check", path, "--format", "json").report
    assert report["summary"]["coverage"] == {"claims": 3, "examined": 2, "unused": 1}
