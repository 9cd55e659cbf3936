# The two commands the README opens with. Both build their own virtual environment from
# nothing but Python 3.11, so they work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: example test venv editor-tools schemas clean

$(BIN)/factlint: pyproject.toml
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

venv: $(BIN)/factlint

# Exit 1 means "findings", which is what the example is for; exit 2 (an error) still fails.
example: venv
	@$(BIN)/factlint check examples/coalition-briefing.md; test $$? -le 1

test: venv editor-tools
	$(BIN)/factlint rules test
	$(BIN)/python -m pytest

# The editor test drives a real Neovim (Debian's package); as root, install it when it is missing.
editor-tools:
	@command -v nvim >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq neovim >/dev/null; } \
		|| echo "neovim is missing: install it (apt-get install neovim) for the editor test"

schemas: venv
	$(BIN)/python -m factlint.schemas --write

clean:
	rm -rf $(VENV) build dist
