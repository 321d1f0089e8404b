# Frontline: `make run` sets everything up and serves on http://127.0.0.1:8000; `make test` runs the checks.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Debian's own python3.11 when present: it is built with profile-guided optimisation, which makes the
# reader about 10% faster than a plain source build (pyenv's) of the same version (bench/RESULTS.md).
PYTHON ?= $(or $(wildcard /usr/bin/python3.11),python3.11)
export PYTHON
VENV   ?= .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8000
export HOST PORT

.PHONY: help run test setup system system-test venv env db lint check-deploy bench clean

help:
	@echo "make run    - install what is missing, create and load the database, serve on http://$(HOST):$(PORT)"
	@echo "make test   - the same set-up, then ruff, makemigrations --check and pytest (browser tests included)"
	@echo "make check-deploy - Django's deployment checks under production settings"

run: setup
	@$(PY) manage.py serve --host $(HOST) --port $(PORT)

test: system-test venv env
	@$(PY) manage.py ensure_database
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

setup: system venv env
	@$(PY) manage.py bootstrap

system:
	@.ci/ensure-system run

system-test:
	@.ci/ensure-system test

# The virtualenv is rebuilt only when the declared or pinned dependencies change.
venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; run 'make system' as root or install Python 3.11"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -r requirements.lock
	@touch $@

env: .env

.env:
	@cp .env.example .env
	@echo "created .env from .env.example (development mode)"

check-deploy: venv
	DEBUG=0 SECRET_KEY="$$(openssl rand -base64 48)" ALLOWED_HOSTS=frontline.example.org $(PY) manage.py check --deploy --fail-level WARNING

bench: setup
	@set -e; for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b; done

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

# Re-pin after changing the ranges in pyproject.toml.
lock: venv
	$(PY) -m pip install --quiet --upgrade -e '.[dev]' && $(PY) -m pip uninstall -y -q frontline
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock
