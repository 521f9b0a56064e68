# newsner: two commands for a newcomer (`make demo`, `make test`); the rest is for developers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: demo test lint bench cv pages line-model fuzz train train-deps vectors stanza-tokenizer clean-venv

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
	$(VENV)/bin/ruff check src tests benchmarks notebooks

bench: $(STAMP)
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) benchmarks/run_all.py

# --- training (by hand, never in CI): see models/README.md ------------------------------
train-deps: $(STAMP)
	$(PY) -m pip install -q gensim
	$(PY) -m pip install -q --no-deps nlp-id  # only for its news sentences (MIT)

vectors: train-deps
	$(PY) -c "from pathlib import Path; from newsner.training.train import build_vectors; \
		build_vectors(Path('models/id_news.pretrain.pt'))"

stanza-tokenizer: $(STAMP)  # optional: for newsner.load(stanza_tokenizer=...), ~8 min
	$(PY) -c "from pathlib import Path; from newsner.training.train import train_tokenizer; \
		train_tokenizer(Path('models/stanza/id_newsner_tokenizer.pt'), Path('work/tokenizer'))"
	$(PY) benchmarks/tokenizer_scores.py --stanza models/stanza/id_newsner_tokenizer.pt

# the two taggers of models/: mixed-case sentences, and lower- or upper-cased ones
train: $(STAMP)
	$(VENV)/bin/newsner train --config configs/shipped.toml --all --save-dir work/final
	$(VENV)/bin/newsner train --config configs/anycase.toml --all --save-dir work/final
	cp work/final/shipped-all.pt models/id_newsner_nertagger.pt
	cp work/final/anycase-all.pt models/id_newsner_anycase_nertagger.pt

# decoding biases towards O that cv scores; each fold reports the one the other folds choose,
# and the best over all folds goes into models/newsner.json (newsner.training.evaluate.cross_validate)
O_BIAS_GRID = 0.25 0.5 1 1.5 2 2.5 3

# 5-fold NER-UI protocol: train each fold of both taggers (2 at a time), then score model
# alone and pipeline, each on the test folds as written, lower-cased and upper-cased (lower- and
# upper-cased sentences tagged by the anycase fold model); each casing gets its own bias
cv: $(STAMP)
	$(PY) benchmarks/train_grid.py --configs configs/shipped.toml configs/anycase.toml \
		--folds 1 2 3 4 5 --jobs 2 --budget 5400 --out work/cv
	$(VENV)/bin/newsner cv --models work/cv/models --name shipped --assets models \
		--uncased-models work/cv/models/anycase --o-bias-grid $(O_BIAS_GRID) --manifest models \
		--out benchmarks/results/nerui-cv.json

# scraped pages: what normalization removes and keeps on the page corpus (tests/pages/corpus),
# dev and held-out splits reported apart
pages: $(STAMP)
	$(PY) benchmarks/pages.py --out benchmarks/results/pages.json
	$(PY) benchmarks/pages_history.py

# the learned reader of page lines: trained on the page corpus, its threshold from leaving
# whole rounds out -> models/linemodel.json, benchmarks/results/linemodel-cv.json (~1 min)
line-model: $(STAMP)
	$(PY) benchmarks/linemodel.py

# coverage-guided with atheris; where its wheel cannot be installed, a hypothesis-driven loop
fuzz: $(STAMP)
	$(PY) -m pip install -q -e '.[fuzz]' || echo "atheris not installed: random inputs instead"
	$(PY) tests/fuzz/fuzz_extract.py -max_total_time=120

clean-venv:
	rm -rf $(VENV)

# a clone with no ../shared next to it (anyone outside this project) must pass too
.PHONY: test-clone
test-clone: $(STAMP)
	.ci/plain-clone
