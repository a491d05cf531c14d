# Segregation Analysis: build, test and demo on Debian (run as root on a fresh machine; every step is
# idempotent and skipped when already done).
#
#   make demo          install what is missing, run both algorithms on the sample data with qgis_process
#   make test          install what is missing, run the whole test suite headless (what CI runs)
#   make package       dist/segregation_analysis-<version>.zip for QGIS "Install from ZIP"
#   make translations  i18n/*.ts -> i18n/*.qm
#   make bench         time the core on 10k/100k/300k synthetic units (and PySAL, in .venv)
#   make deps          system packages (apt) and the test venv .venv
#   make clean         remove build output (keeps .venv); make distclean also removes .venv

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Debian's interpreter: it has the QGIS bindings (a python3 earlier in PATH, e.g. pyenv, has not).
PYTHON := /usr/bin/python3
VENV := .venv
DEPS_STAMP := $(VENV)/.deps-stamp
PLUGIN_NAME := segregation_analysis
VERSION := $(shell sed -n 's/^version[[:space:]]*=[[:space:]]*//p' metadata.txt)
ZIP := dist/$(PLUGIN_NAME)-$(VERSION).zip
LRELEASE ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease /usr/lib/qt6/bin/lrelease) lrelease)
PYTEST_ARGS ?= -v -ra

.PHONY: help deps sysdeps translations test demo bench package clean distclean

help:
	@sed -n 's/^#   //p' Makefile

sysdeps:
	@scripts/install_system_deps.sh

# The venv is rebuilt only when it is missing or its inputs change.
deps: sysdeps $(DEPS_STAMP)

$(DEPS_STAMP): requirements-test.txt scripts/make_venv.sh | sysdeps
	scripts/make_venv.sh
	touch $@

# The .ts sources are edited by hand or with Qt Linguist (scripts/update_translations.py collects the
# strings); the compiled .qm files are build output (gitignored). Without .ts files there is nothing to do.
translations: | sysdeps
	@shopt -s nullglob; ts=(i18n/*.ts); \
	if [ $${#ts[@]} -eq 0 ]; then echo "translations: no i18n/*.ts files, nothing to compile"; exit 0; fi; \
	for f in "$${ts[@]}"; do \
	  "$(LRELEASE)" -silent "$$f" -qm "$${f%.ts}.qm"; \
	  echo "translations: $$f -> $${f%.ts}.qm"; \
	done

# pytest exits 5 when it collects no tests, and non-zero when the process dies at exit: both fail.
test: deps translations
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest tests $(PYTEST_ARGS)

demo: deps translations package
	scripts/demo.sh $(ZIP)

bench: deps
	$(VENV)/bin/python benchmarks/bench_core.py $(BENCH_ARGS)

package: translations
	$(PYTHON) scripts/package.py --output $(ZIP)
	unzip -l $(ZIP)

clean:
	rm -rf dist build demo_output .pytest_cache .qgis-settings i18n/*.qm
	find . -path ./.venv -prune -o -path ./.git -prune -o -name __pycache__ -type d -print0 | xargs -0 rm -rf

distclean: clean
	rm -rf $(VENV) constraints.txt
