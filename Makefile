# News analyst workbook. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?=
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))

.DEFAULT_GOAL := help
.PHONY: help install test lab notebooks report dashboard bench lock clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

install: $(STAMP) ## create .venv (if missing) and install the locked dependencies

test: $(STAMP) ## run the unit tests, the doctests and nbval over every notebook
	$(BIN)/python -m pytest

lab: $(STAMP) ## open JupyterLab on notebooks/
	$(BIN)/jupyter lab notebooks/

notebooks: $(STAMP) ## re-execute the committed notebooks in place (after changing code)
	cd notebooks && for nb in $(notdir $(NOTEBOOKS)); do ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace $$nb || exit 1; done

lock: ## re-resolve requirements.lock from pyproject.toml in a scratch venv
	rm -rf /tmp/lockenv && $(PYTHON) -m venv /tmp/lockenv && /tmp/lockenv/bin/pip install -q --upgrade pip \
	  && /tmp/lockenv/bin/pip install -q -e '.[test]' \
	  && { echo "# Exact versions for .venv (make lock regenerates it; pyproject.toml keeps the ranges)."; \
	       /tmp/lockenv/bin/pip freeze --exclude-editable | grep -v '^-e '; } > requirements.lock

clean: ## remove reports and caches (keeps .venv)
	rm -rf reports .pytest_cache .hypothesis
