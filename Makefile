# News analyst workbook. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?=
CODE ?=
DASHBOARD_PORT ?= 8866
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
# The JavaScript that offline reports need, from npm, pinned here (version and tarball sha256).
# html-manager 1.0.x draws ipywidgets 8 state; `make vendor` unpacks both into .vendor/.
HTML_MANAGER_VERSION := 1.0.15
HTML_MANAGER_SHA256 := 2b9d65cb7913e1c7d671757a10008b32c9c2448d4429513371e55c07d6107638
REQUIREJS_VERSION := 2.3.8
REQUIREJS_SHA256 := 777158e89275e16bd51aec3ef714fbcb5dc45789e7078659933bc814916d7dec
VENDOR := .vendor
VENDOR_STAMP := $(VENDOR)/html-manager@$(HTML_MANAGER_VERSION)+requirejs@$(REQUIREJS_VERSION)

.DEFAULT_GOAL := help
.PHONY: help install test test-browser lab notebooks vendor report dashboard bench bench-report lock clean clean-cache

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

install: $(STAMP) ## create .venv (if missing) and install the locked dependencies

test: $(STAMP) ## run the unit tests, the doctests, nbval over every notebook, and the browser tests if /usr/bin/chromium exists
	env -u NEWS_WORKBOOK_CORPUS $(BIN)/python -m pytest -rs

test-browser: $(STAMP) ## drive JupyterLab and Voilà in Debian's /usr/bin/chromium (fails when it is missing)
	REQUIRE_BROWSER=1 $(BIN)/python -m pytest tests/test_browser.py -m browser -rs

# The notebooks' `corpus = None` reads $NEWS_WORKBOOK_CORPUS (helpers.paths.default_corpus): the seeds when empty.
CORPUS_ENV = NEWS_WORKBOOK_CORPUS="$(if $(CORPUS),$(abspath $(CORPUS)))"

lab: $(STAMP) ## open JupyterLab on notebooks/, whose notebooks read CORPUS=folder-or-file (default: the seeds)
	$(CORPUS_ENV) $(BIN)/jupyter lab notebooks/

notebooks: $(STAMP) ## re-execute the committed notebooks in place (after changing code)
	cd notebooks && for nb in $(notdir $(NOTEBOOKS)); do NEWS_WORKBOOK_PROGRESS=off NEWS_WORKBOOK_CACHE=off ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.record_timing=False $$nb || exit 1; done

vendor: $(VENDOR_STAMP) ## fetch the pinned widget manager and require.js with npm into .vendor/, so reports work offline

$(VENDOR_STAMP):
	@command -v npm >/dev/null || { echo "make vendor needs npm (apt-get install npm)" >&2; exit 1; }
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/npm $(VENDOR)/html-manager $(VENDOR)/requirejs
	cd $(VENDOR)/npm && npm pack --silent @jupyter-widgets/html-manager@$(HTML_MANAGER_VERSION) requirejs@$(REQUIREJS_VERSION) >/dev/null
	cd $(VENDOR)/npm && printf '%s  %s\n' $(HTML_MANAGER_SHA256) jupyter-widgets-html-manager-$(HTML_MANAGER_VERSION).tgz \
	  $(REQUIREJS_SHA256) requirejs-$(REQUIREJS_VERSION).tgz | sha256sum --quiet -c -
	tar -xzf $(VENDOR)/npm/jupyter-widgets-html-manager-$(HTML_MANAGER_VERSION).tgz -C $(VENDOR)/html-manager \
	  --strip-components=1 package/package.json package/dist
	tar -xzf $(VENDOR)/npm/requirejs-$(REQUIREJS_VERSION).tgz -C $(VENDOR)/requirejs \
	  --strip-components=1 package/package.json package/require.js
	rm -rf $(VENDOR)/npm
	touch $@

report: $(STAMP) ## run every notebook on CORPUS=folder (default: the seeds) into reports/*.html + index.html (CODE=1 keeps code); runs `make vendor` first if npm is there
	@test -e $(VENDOR_STAMP) || ! command -v npm >/dev/null || $(MAKE) --no-print-directory vendor \
	  || echo "note: make vendor failed; the reports will load the widget manager from the internet"
	$(BIN)/python -m helpers.reports $(if $(CORPUS),--corpus "$(CORPUS)") $(if $(CODE),--code)

dashboard: $(STAMP) ## serve notebooks/ as a Voilà app on CORPUS=folder-or-file (default: the seeds), widgets live, on http://127.0.0.1:8866/ (DASHBOARD_PORT=…)
	$(CORPUS_ENV) $(BIN)/voila notebooks/ --Voila.ip=127.0.0.1 --no-browser --port=$(DASHBOARD_PORT)

bench: $(STAMP) ## time every table on synthetic corpora of 1,000 and 10,000 articles (N="1000" for one size)
	$(BIN)/python benchmarks/bench.py $(if $(N),--n $(N))

bench-report: $(STAMP) ## run the reports on 100, 300 and 1,000 articles cycled from SOURCE=folder (default: ../shared/corpora/polnear-train), time and memory per notebook
	$(BIN)/python benchmarks/report_bench.py $(if $(SOURCE),--source "$(SOURCE)")

lock: ## re-resolve requirements.lock from pyproject.toml in a scratch venv
	rm -rf /tmp/lockenv && $(PYTHON) -m venv /tmp/lockenv && /tmp/lockenv/bin/pip install -q --upgrade pip \
	  && /tmp/lockenv/bin/pip install -q -e '.[test]' \
	  && { echo "# Exact versions for .venv (make lock regenerates it; pyproject.toml keeps the ranges)."; \
	       /tmp/lockenv/bin/pip freeze --exclude-editable | grep -v '^-e '; } > requirements.lock

clean: ## remove reports and caches, the extraction cache too (keeps .venv)
	rm -rf reports .pytest_cache .hypothesis .cache

clean-cache: ## remove the on-disk cache of extracted articles (.cache/); the next load extracts again
	rm -rf .cache
