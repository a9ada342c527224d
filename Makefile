# Desk — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench screenshots clean help

help:
	@echo "make run    - create .venv, install Desk and open the window on the local workspace"
	@echo "make test   - create .venv with the test extra and run the whole suite"
	@echo "make lint   - ruff, mypy (strict on domain and store) and the import contracts (lint-imports)"
	@echo "make bench  - run the performance harness (not part of the tests)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-lint: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[lint]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/desk

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# ruff and lint-imports check the whole package; mypy reads its packages from pyproject.toml.
lint: $(VENV)/.installed-lint
	$(BIN)/ruff check desk_app tests
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed
	$(BIN)/desk bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
