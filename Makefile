# One command for each chore. `make run` and `make test` are the README's quick start.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run migrate test lint fmt typecheck check seed bench-ingest bench-extraction bench-quotes bench-query bench-bulk bench-load clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

migrate: install
	$(BIN)/newsarchive migrate

run: migrate
	$(BIN)/newsarchive serve --host $(HOST) --port $(PORT)

seed: migrate
	$(BIN)/newsarchive seed

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check src tests bench migrations
	$(BIN)/ruff format --check src tests bench migrations

fmt: install
	$(BIN)/ruff format src tests bench migrations
	$(BIN)/ruff check --fix src tests bench migrations

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

bench-ingest: install
	$(BIN)/python bench/ingest.py

bench-extraction: install
	$(BIN)/python bench/extraction.py

bench-quotes: install
	$(BIN)/python bench/quotes.py

bench-query: install
	$(BIN)/python bench/query.py

bench-bulk: install
	$(BIN)/python bench/bulk.py

bench-load: install
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) var/*.sqlite3 .pytest_cache .mypy_cache .ruff_cache
