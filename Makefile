# crossmodal_nb: `make test` and `make reproduce` are the two commands a newcomer needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: test test-slow notebooks docs browser-test check reproduce readme export gpu-wheels gpu-check clean-venv help
.DEFAULT_GOAL := help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The venv is (re)built when it is missing or the package's requirements change.
$(STAMP): setup.py settings.ini
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

export: $(STAMP)  ## export the notebooks into crossmodal_nb/
	$(BIN)/nbdev_export

readme: $(STAMP)  ## regenerate README.md from nbs/index.ipynb
	$(BIN)/python -m crossmodal_nb.devtools readme

check: $(STAMP)  ## fail if the package, the cleaned notebooks or README.md are stale
	$(BIN)/python -m crossmodal_nb.devtools check

test: check  ## check, then run every notebook as a test under pytest; then the browser check where Chromium is installed
	$(BIN)/python -m pytest -p no:cacheprovider --durations=10
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then $(MAKE) --no-print-directory browser-test; \
	else echo "browser check skipped: no chromium on PATH (\`make browser-test\` installs Debian's chromium with apt)"; fi

docs: $(STAMP)  ## build the documentation site into _docs/ from the executed notebooks and the docstrings
	$(BIN)/python -m crossmodal_nb.docs build

browser-test: $(STAMP)  ## JupyterLab and the docs site in Debian's Chromium (installed with apt when missing)
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  command -v apt-get >/dev/null 2>&1 || { echo "browser check: no chromium on PATH and no apt-get to install it: install Chromium, then rerun"; exit 1; }; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo -n ); echo "installing Debian's chromium: $$SUDO apt-get install chromium"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
	  || { echo "browser check: apt-get update failed (it needs root or passwordless sudo, and the package mirror)"; exit 1; }; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >/dev/null \
	  || { echo "browser check: apt-get install chromium failed: install Chromium yourself, then rerun"; exit 1; }; }
	$(BIN)/python -m crossmodal_nb.docs build
	$(BIN)/python -m crossmodal_nb.docs check

test-slow: check  ## run only the notebooks with `slow` cells, those cells included, each in a fresh interpreter (CI runs it after make test)
	CROSSMODAL_TEST_ONLY=slow CROSSMODAL_TEST_ISOLATE=1 $(BIN)/python -m pytest -p no:cacheprovider --durations=10

notebooks: $(STAMP)  ## execute every notebook as the tests do and save its outputs in place (then commit them)
	$(BIN)/nbdev_export
	CROSSMODAL_SAVE_OUTPUTS=1 $(BIN)/python -m pytest -p no:cacheprovider --durations=10
	$(BIN)/python -m crossmodal_nb.devtools readme

reproduce: $(STAMP)  ## the study's quick preset on the embedded default data; prints Table I
	$(BIN)/crossmodal reproduce --preset quick --data auto

# The GPU check (chapter 61) runs with the machine's own python3 and torch, from the checkout, without the venv:
# its wheels are fetched here, where the package index is reachable, for the GPU machine's Python.
WHEELS ?= .whl
GPU_PYTHON_VERSION ?= 3.12
OUT ?= gpu-check
gpu-wheels: $(STAMP)  ## fetch the wheels a bare GPU image lacks (for GPU_PYTHON_VERSION) into WHEELS
	$(BIN)/python -m crossmodal_nb.gpu wheels --dest $(WHEELS) --python-version $(GPU_PYTHON_VERSION)

gpu-check:  ## on the GPU machine: install what is missing from WHEELS, train the paper grid for one epoch, benchmark; summary in OUT
	$(PYTHON) -m crossmodal_nb.gpu --wheels $(WHEELS) --out $(OUT) $(GPU_CHECK_ARGS)

clean-venv:  ## remove the virtual environment
	rm -rf $(VENV)
