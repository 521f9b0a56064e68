# newsner: two commands for a newcomer (`make demo`, `make test`); the rest is for developers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: demo test lint bench cv fuzz train clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,pandas,html,notebook,dask]'
	touch $(STAMP)

demo: $(STAMP)
	@echo 'Presiden Joko Widodo bertemu Sekjen PBB Antonio Guterres di Jakarta, Senin.' \
		'Menteri Luar Negeri Rusia Sergey Lavrov dan Menlu AS Antony Blinken bertemu di Stockholm.' \
		| $(VENV)/bin/newsner extract - --format tsv

test: $(STAMP)
	$(VENV)/bin/pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

cv: $(STAMP)
	$(VENV)/bin/newsner cv --config configs/shipped.toml --out benchmarks/results/nerui-cv.json

fuzz: $(STAMP)
	$(PY) tests/fuzz/fuzz_extract.py -max_total_time=120

clean-venv:
	rm -rf $(VENV)
