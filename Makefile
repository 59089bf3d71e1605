# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := $(VENV)/demo.db
# The web page's libraries, from npm at the versions package-lock.json pins; not committed.
VENDOR := src/stakegraph/web/static/vendor

.PHONY: demo test install clean quality

$(BIN)/stakegraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

$(VENDOR)/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)/swagger-ui
	cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE $(VENDOR)/
	cd node_modules/swagger-ui-dist && cp swagger-ui-bundle.js swagger-ui.css favicon-32x32.png \
		LICENSE NOTICE ../../$(VENDOR)/swagger-ui/
	touch $@

install: $(BIN)/stakegraph $(VENDOR)/.installed

demo: install
	rm -f $(DEMO_DB)
	$(BIN)/stakegraph ingest examples --db $(DEMO_DB)
	$(BIN)/stakegraph conflicts --db $(DEMO_DB) --format table

test: install
	$(BIN)/python -m pytest

quality: install
	$(BIN)/python benchmarks/quality.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache node_modules $(VENDOR)
