# Two commands on a fresh machine:  `make run` (set up, open the app) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock 2>/dev/null | cksum | cut -d' ' -f1)

.PHONY: setup run test lint bench clean dist dist-check

# Generated forms, translations and bytecode are refreshed on every setup (each step skips
# what is up to date); the virtual environment only when the pins change.
setup: $(STAMP)
	$(BIN)/python tools/build_assets.py
	$(BIN)/python -m compileall -q spbe_desktop

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

run: setup
	$(BIN)/python -m spbe_desktop --demo-if-none

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info

# The one-folder build a Diskominfo hands out (dist/spbe-desktop/), and its self-test.
dist: setup
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec
	du -sh dist/spbe-desktop

dist-check: dist
	QT_QPA_PLATFORM=offscreen dist/spbe-desktop/spbe-desktop --self-test
	dist/spbe-desktop/spbe self-test
