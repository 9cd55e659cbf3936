import json
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

import factlint
from factlint import claimfile, schemas


@pytest.mark.parametrize("name", schemas.GENERATED)
def test_committed_schemas_agree_with_the_models(name):
    assert schemas.text(name) == schemas.dumps(schemas.generate(name)), \
        "run `make schemas` and commit the result"


@pytest.mark.parametrize("path", sorted((ROOT / "claims").glob("*.json")), ids=lambda p: p.name)
def test_committed_claim_sets_validate(path):
    data = json.loads(path.read_text())
    assert not list(schemas.validator("claims").iter_errors(data))
    assert claimfile.read(str(path)).claims


def test_claim_sets_round_trip_through_json():
    claims = factlint.extract_text((ROOT / "examples" / "coalition-briefing.md").read_text())
    again = claimfile.ClaimSet.model_validate_json(claimfile.write(claims))
    assert again == claims
    assert not list(schemas.validator("claims").iter_errors(json.loads(claimfile.write(claims))))


def test_shipped_packs_validate_and_load_cleanly():
    from factlint import packs
    loaded = packs.load()
    assert loaded.errors == []
    assert {"entity-date", "weekday-date", "no-reference-date"} <= {r.id for r in loaded.rules}
    assert len(loaded.entities) >= 13
    coalition = loaded.facts.entities["global-coalition-to-defeat-isis"]
    assert coalition.dates["founded"].value == "2014-09"
    assert all(fact.source.startswith("https://") for e in loaded.entities for fact in e.dates.values())


def test_the_library_docstring_example():
    report = factlint.check_text("NATO, founded in 1952, met in Rome.", date="2024-07-10")
    assert [(f.rule, f.text) for f in report.findings] == [("entity-date", "founded in 1952")]


def test_the_wheel_carries_the_rules_and_schemas(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    [wheel] = tmp_path.glob("factlint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"factlint/rules/dates.yaml", "factlint/rules/facts/organisations.yaml",
            "factlint/schemas/pack.schema.json", "factlint/schemas/claims.schema.json",
            "factlint/schemas/report.schema.json"} <= names
    # installed from the wheel, factlint finds its own rules inside the package
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    probe = ("import factlint.packs as p; d = p.default_rules_dir(); l = p.load(); "
             "print(d); print(len(l.rules), len(l.errors))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    where, counts = done.stdout.splitlines()
    rules, errors = map(int, counts.split())
    assert where == str(site / "factlint" / "rules") and rules >= 3 and errors == 0
