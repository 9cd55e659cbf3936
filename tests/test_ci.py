"""CI behaviour: baselines and --diff."""
import json
import subprocess

WRONG = "The strikes are part of the anti-ISIS coalition's campaign, an effort ongoing since 2003.\n"
OTHER = "NATO, founded in 1952, met in Rome.\n"


def test_baseline_lets_an_archive_adopt_factlint(run, tmp_path, article):
    path = article(WRONG)
    base = tmp_path / "baseline.json"
    assert run("baseline", base, path).code == 0
    data = json.loads(base.read_text())
    assert len(data["fingerprints"]) == 1
    result = run("check", path, "--baseline", base, "--format", "json")
    assert result.code == 0
    [finding] = result.report["findings"]
    assert finding["in_baseline"] is True
    # a new finding fails the run; the old one, moved down a paragraph, still does not
    path.write_text(path.read_text().replace("---\n\n", "---\n\nNew lede.\n\n") + "\n" + OTHER)
    report = run("check", path, "--baseline", base, "--format", "json")
    assert report.code == 1
    assert sorted((f["rule"], f["in_baseline"]) for f in report.report["findings"]) == [
        ("entity-date", False), ("entity-date", True)]


def test_bad_baseline_is_a_one_line_error(run, tmp_path, article):
    base = tmp_path / "b.json"
    base.write_text('{"nope": 1}')
    result = run("check", article(WRONG), "--baseline", base)
    assert result.code == 2 and result.err.startswith(f"{base}:1: not a factlint baseline")


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@x", "HOME": str(cwd), "PATH": "/usr/bin:/bin"})


def test_diff_reports_only_changed_lines(run, tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    draft = repo / "draft.md"
    draft.write_text("---\ndate: 2024-07-10\n---\n" + WRONG)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    draft.write_text(draft.read_text() + "\n" + OTHER)
    report = run("check", draft, "--diff", "HEAD", "--format", "json").report
    assert [f["text"] for f in report["findings"]] == ["founded in 1952"]
    untracked = repo / "new.md"
    untracked.write_text("---\ndate: 2024-07-10\n---\n" + WRONG)
    report = run("check", untracked, "--diff", "HEAD", "--format", "json").report
    assert [f["text"] for f in report["findings"]] == ["since 2003"]


def test_diff_outside_git_is_an_error(run, article):
    result = run("check", article(WRONG), "--diff", "HEAD")
    assert result.code == 2 and "--diff: not in a git repository" in result.err
