# The two commands of the README: `make run` (main job on the embedded SQLite store) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
EXTRAS ?= model,dev,dask

.PHONY: install run test lint bench clean

# Installs are reproducible: every package is pinned in constraints.txt (refresh it with `make lock`).
$(VENV)/.installed: pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[$(EXTRAS)]"
	@touch $@

install: $(VENV)/.installed

# The main job on the embedded default: migrate the SQLite store, refresh the bundled examples,
# print what was found, and write the HTML report.
run: install
	$(BIN)/parley init
	$(BIN)/parley refresh examples/ --show-found
	$(BIN)/parley report --out data/report.html

test: install
	$(BIN)/python -m pytest

# CI runs it before the tests: formatting, lint rules and types (no per-module mypy overrides).
lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy schema etl queries parley

lock: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) data .pytest_cache
