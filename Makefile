# The two commands the README opens with. Both build their own virtual environment from
# nothing but Python 3.11, so they work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: example test venv test-tools schemas clean

$(BIN)/factlint: pyproject.toml
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

venv: $(BIN)/factlint

# Exit 1 means "findings", which is what the example is for; exit 2 (an error) still fails.
example: venv
	@$(BIN)/factlint check examples/coalition-briefing.md; test $$? -le 1

test: venv test-tools
	$(BIN)/factlint rules test
	$(BIN)/python -m pytest

# The editor test drives a real Neovim and the HTML report's tests a real Chromium (Debian's packages);
# as root, install them when they are missing. Playwright drives Debian's Chromium: it cannot download its own here.
TEST_TOOLS := nvim:neovim chromium:chromium chromedriver:chromium-driver
test-tools:
	@missing=$$(for t in $(TEST_TOOLS); do command -v $${t%%:*} >/dev/null || echo $${t#*:}; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "missing for the tests: $$missing (apt-get install $$missing)"; fi; \
	fi

schemas: venv
	$(BIN)/python -m factlint.schemas --write

clean:
	rm -rf $(VENV) build dist
