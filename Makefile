# crossmodal_nb: `make test` and `make reproduce` are the two commands a newcomer needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: test check reproduce readme export clean-venv help
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

test: check  ## check, then run every notebook as a test under pytest
	$(BIN)/python -m pytest -p no:cacheprovider --durations=10

reproduce: $(STAMP)  ## the study's quick preset on the embedded default data; prints Table I
	$(BIN)/crossmodal reproduce --preset quick --data auto

clean-venv:  ## remove the virtual environment
	rm -rf $(VENV)
