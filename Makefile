# Developer shortcuts; the README's two commands (scripts/setup.sh demo|test) need nothing but bash.
PY := .venv/bin/python

.PHONY: setup demo test eval bench samples dict corpus
setup:
	bash scripts/setup.sh setup
demo:
	bash scripts/setup.sh demo
test:
	bash scripts/setup.sh test
eval: setup
	$(PY) scripts/evaluate.py
corpus: setup
	$(PY) scripts/make_minutes_corpus.py
bench:
	bash scripts/setup.sh bench
	$(PY) bench/bench_repair.py
	$(PY) bench/bench_ingest.py
	$(PY) bench/bench_segment.py
	$(PY) bench/bench_hostile.py
	$(PY) bench/bench_alto.py
samples: setup
	$(PY) scripts/make_samples.py
dict: setup
	$(PY) -m pip install -q -e '.[build-dict]'
	$(PY) -m dictionaries.build
