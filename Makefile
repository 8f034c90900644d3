# The README's two commands: `make run` and `make test`. Everything else is a helper for them.
SHELL := /bin/bash
# pyenv picks 3.13.0 from .python-version; elsewhere take the newest Python 3.12+ on PATH.
PYTHON ?= $(shell pyenv which python3 2>/dev/null || command -v python3.13 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-test chromium postgres-client lint test-sqlite test-postgres bench vendor

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 12))' || \
		{ echo "Innerbase needs Python 3.12 or newer; $(PYTHON) is older." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## make run: install, migrate and serve on http://127.0.0.1:8000 (SQLite in the data directory)
run: install
	$(BIN)/innerbase serve --host 127.0.0.1 --port 8000

# Browser tests drive Debian's or Ubuntu's Chromium (installed here when missing), or on macOS
# an installed Chrome or Chromium; Playwright's own browser download is not used.
# tests/browser/browser_path.py finds it, and says what to do when there is none.
chromium:
	@if [ "$$(uname)" = Darwin ]; then $(PYTHON) tests/browser/browser_path.py >/dev/null; \
	elif ! $(PYTHON) tests/browser/browser_path.py >/dev/null 2>&1; then \
		command -v apt-get >/dev/null || { $(PYTHON) tests/browser/browser_path.py; exit 1; }; \
		$(SUDO) apt-get update -qq && \
		{ DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null || \
		  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium-browser >/dev/null; }; fi

# pg_dump proves that a PostgreSQL dump holds no plaintext; it comes with the client package.
postgres-client:
	@[ -z "$$DATABASE_URL" ] || command -v pg_dump >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql-client >/dev/null; }

lint: install-test
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	cd tests && env -u DATABASE_URL ../$(BIN)/python -m django makemigrations --check --dry-run --settings=testing_settings

# The tests without a browser run in two processes (one per core; each has its own test
# database), on both databases. The browser tests, which check pages rather than storage, run
# once, in one process (two Chromiums and two servers on two cores made page loads miss their
# 30-second waits): against PostgreSQL, the hosted database, when there is one.
test-sqlite: install-test chromium
	env -u DATABASE_URL $(BIN)/pytest -m "not browser" -n 2
	@if [ -z "$$DATABASE_URL" ]; then env -u DATABASE_URL $(BIN)/pytest -m browser; \
	else echo "The browser tests run once, with PostgreSQL, below."; fi

test-postgres: install-test chromium postgres-client
	@if [ -n "$$DATABASE_URL" ]; then echo "== PostgreSQL run"; \
		$(BIN)/pytest -m "not browser" -n 2 && $(BIN)/pytest -m browser; \
	else echo "DATABASE_URL is not set: the PostgreSQL run is skipped."; fi

## make test: install test dependencies (Chromium too) and run every test, on SQLite and PostgreSQL
test: lint test-sqlite test-postgres

## make bench: print performance and crisis-screen figures (never part of CI)
bench: install
	$(BIN)/python bench/foundation.py
	$(BIN)/python bench/assessments.py
	$(BIN)/python bench/journal.py
	$(BIN)/python bench/thoughts.py
	$(BIN)/python bench/practice.py
	$(BIN)/python bench/experiments.py
	$(BIN)/python bench/toolkit.py
	$(BIN)/python bench/people.py
	$(BIN)/python bench/patterns.py
	$(BIN)/python bench/boundaries.py
	$(BIN)/python bench/conversations.py
	$(BIN)/python bench/learn.py
	$(BIN)/python bench/checkins.py
	$(BIN)/python bench/crisis_eval.py
	$(BIN)/python bench/crisis_eval.py --holdout

vendor:
	scripts/vendor.sh
