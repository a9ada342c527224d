# Desk — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench screenshots clean help bundle bundle-archive bundle-test install-desktop translations

help:
	@echo "make run    - create .venv, install Desk and open the window on the local workspace"
	@echo "make test   - create .venv with the test extra and run the whole suite"
	@echo "make lint   - ruff, mypy (strict on domain and store) and the import contracts (lint-imports)"
	@echo "make bench  - run the performance harness (not part of the tests)"
	@echo "make translations - refresh desk_app/resources/i18n/*.ts from the code (pyside6-lupdate)"
	@echo "make bundle - build dist/desk/, a one-folder bundle that runs without Python (packaging/README.md)"
	@echo "make bundle-test - build the bundle if needed and smoke-test it on a clean HOME (CLI, offscreen, Xvfb)"
	@echo "make install-desktop - add Desk to the desktop's application menu (~/.local/share)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@

$(VENV)/.installed-lint: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[lint]'
	touch $@ $(VENV)/.installed

# --- issue 16: the interface's translations. The .ts files are the sources (in git); the .qm files
# Qt loads are compiled from them with PySide6's own lrelease when the venv is made and before a build.
I18N    := desk_app/resources/i18n
TS      := $(wildcard $(I18N)/desk_*.ts)
QM      := $(TS:.ts=.qm)
LUPDATE_SOURCES = $(shell find desk_app -name '*.py' -not -path '*/__pycache__/*' -not -path 'desk_app/bench/*' -not -name 'cli*.py')

$(I18N)/%.qm: $(I18N)/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# lupdate drops the plural forms of translate(…, None, n) messages: tools/ts_plurals.py puts them back
translations: | $(VENV)/.installed
	@echo "pyside6-lupdate -> $(I18N)/desk_ru.ts"
	@cp $(I18N)/desk_ru.ts $(I18N)/.desk_ru.ts.before
	@$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(LUPDATE_SOURCES) -ts $(I18N)/desk_ru.ts
	@$(BIN)/python tools/ts_plurals.py $(I18N)/desk_ru.ts --previous $(I18N)/.desk_ru.ts.before
	@rm -f $(I18N)/.desk_ru.ts.before
# --- end issue 16

run: $(VENV)/.installed $(QM)
	$(BIN)/desk

test: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# ruff and lint-imports check the whole package; mypy reads its packages from pyproject.toml.
lint: $(VENV)/.installed-lint
	$(BIN)/ruff check desk_app tests
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed
	$(BIN)/desk bench

# --- the bundle (issue 19): PyInstaller one-folder build, its smoke test, the desktop entry
BUNDLE_SOURCES := pyproject.toml $(filter-out packaging/bundle-test.sh packaging/measure-start.sh packaging/README.md, \
                  $(shell find desk_app packaging -type f -not -path '*/__pycache__/*' 2>/dev/null))
DESK_VERSION   := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
ARCHIVE        := dist/desk-$(DESK_VERSION)-linux-$(shell uname -m).tar.gz

dist/desk/desk: $(BUNDLE_SOURCES) $(QM) | $(VENV)/.installed-bundle
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/desk.spec
	touch $@

bundle: dist/desk/desk

$(ARCHIVE): dist/desk/desk
	tar -C dist -czf $@ desk

bundle-archive: $(ARCHIVE)

bundle-test: dist/desk/desk
	packaging/bundle-test.sh dist/desk

# the bundle when it is built, else this checkout's desk-gui; DESK_EXEC=/path/to/desk-gui overrides
DESK_EXEC ?= $(if $(wildcard dist/desk/desk-gui),$(abspath dist/desk/desk-gui),$(abspath $(BIN)/desk-gui))
install-desktop:
	packaging/install-desktop.sh "$(DESK_EXEC)"
# --- end bundle

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
