"""The GitHub Action: its inputs and steps agree with the command line."""
import re

import yaml
from conftest import ROOT

from factlint import cli, output

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())


def _check_options() -> dict:
    check = next(a for a in cli.parser()._subparsers._group_actions[0].choices.items() if a[0] == "check")[1]
    return {opt: action for action in check._actions for opt in action.option_strings}


def test_action_is_composite_and_installs_this_checkout():
    steps = ACTION["runs"]["steps"]
    assert ACTION["runs"]["using"] == "composite"
    assert any('pip install "${{ github.action_path }}"' in s.get("run", "") for s in steps)


def test_every_option_the_action_passes_exists_and_every_input_is_used():
    script = next(s for s in ACTION["runs"]["steps"] if s.get("name") == "Check")
    options = _check_options()
    used = set(re.findall(r"(--[a-z-]+)", script["run"]))
    assert used and used <= set(options), used - set(options)
    for fmt in re.findall(r"--format \"?([a-z]+)", script["run"]):
        assert fmt in output.FORMATS
    for name in ACTION["inputs"]:
        assert "${{ inputs." + name + " }}" in str(script["env"]), name
    assert set(options["--fail-on"].choices) >= {"error", "warning", "info", "never"}
    assert ACTION["inputs"]["fail-on"]["default"] in options["--fail-on"].choices
