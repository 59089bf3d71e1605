# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := $(VENV)/demo.db

.PHONY: demo test install clean quality

$(BIN)/stakegraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/stakegraph

demo: install
	rm -f $(DEMO_DB)
	$(BIN)/stakegraph ingest examples --db $(DEMO_DB)
	$(BIN)/stakegraph conflicts --db $(DEMO_DB) --format table

test: install
	$(BIN)/python -m pytest

quality: install
	$(BIN)/python benchmarks/quality.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
