# Infuse Portal. The two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Emails, calendar files and certificate QR codes link here; follows PORT unless given.
SITE_URL ?= http://127.0.0.1:$(PORT)
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/infuse
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0
RUN_ENV = DEBUG=1 SITE_URL=$(SITE_URL)
TEST_ENV := DEBUG=0 SECRET_KEY=test-only-secret-key FAST_PASSWORD_HASHER=1 DISABLE_RATE_LIMITS=1 \
	DATABASE_URL=$(TEST_DATABASE_URL) TEST_REDIS_URL=$(TEST_REDIS_URL) ALLOWED_HOSTS=127.0.0.1,localhost,testserver \
	SITE_URL=http://testserver

# The stack test (tests/stack: the real processes, a local S3, Redis restarted) runs after the
# parallel suite, on its own database, Redis and ports, and is stopped after this many seconds.
STACK_TEST_TIMEOUT ?= 420
STACK_TEST := $(PY) -m pytest tests/stack -p no:django -p no:xdist --confcutdir=tests/stack \
	-W ignore::pytest.PytestConfigWarning

.PHONY: run test lint check services system-packages assets bench lock clean stack stack-stop

## make run: the portal on http://127.0.0.1:$(PORT) (PORT=8080 make run for another) with demo data (SQLite, tasks in process, email to the console)
run: $(VENV)/.installed
	@mkdir -p var
	@$(RUN_ENV) $(PY) manage.py migrate --noinput -v0
	@$(RUN_ENV) $(PY) manage.py demo
	@echo "Infuse Portal: http://127.0.0.1:$(PORT)/"
	@$(RUN_ENV) exec $(PY) manage.py runserver 127.0.0.1:$(PORT)

## make test: lint, migrations check and the whole suite on PostgreSQL and Redis, browser tests included
test: $(VENV)/.installed-dev system-packages services lint
	@$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run -v0 || \
		(echo "Models and migrations differ: run manage.py makemigrations." && exit 1)
	$(TEST_ENV) $(PY) -m pytest -n 2 --dist loadfile --durations=25 $(PYTEST_ARGS)
	$(TEST_ENV) INFUSE_STACK=1 timeout --foreground --kill-after=90 $(STACK_TEST_TIMEOUT) $(STACK_TEST)

## make stack: the production shape as local processes (gunicorn, a Celery worker, the PDF worker, beat, a mail catcher writing to var/stack/mail) on http://127.0.0.1:$(PORT); Ctrl-C or `make stack-stop` stops them
stack: $(VENV)/.installed-dev services
	@STACK_PORT=$(PORT) scripts/stack.sh run

stack-stop:
	@scripts/stack.sh stop

## make lint: ruff (with complexity at most 15), its format check, and vulture for dead code (settings in pyproject.toml, Django's hooks in scripts/vulture_whitelist.py)
lint: $(VENV)/.installed-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m vulture

services:
	@scripts/services.sh

system-packages:
	@scripts/system-packages.sh

## make bench: the speed and memory benchmarks (not part of make test); figures go in docs/benchmarks.md.
## One alone: make bench BENCH=tests/bench/test_bench_pages.py
BENCH ?= tests/bench
bench: $(VENV)/.installed-dev services
	INFUSE_BENCH=1 $(TEST_ENV) $(PY) -m pytest $(BENCH) -p no:xdist -s

## make assets: rebuild static/ from frontend/ (needs Node; the result is committed)
assets:
	bash frontend/build.sh

## make lock: refresh constraints.txt after changing pyproject.toml
lock:
	rm -rf var/lock-venv && $(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install -q --upgrade pip
	$(PYTHON) scripts/requirements.py dev > var/requirements.txt
	var/lock-venv/bin/pip install -q -r var/requirements.txt
	(echo "# Exact versions that installs repeat; regenerate with \`make lock\`."; var/lock-venv/bin/pip freeze) > constraints.txt

$(VENV)/.installed: pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@mkdir -p var
	@$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	@$(PY) scripts/requirements.py > var/requirements.txt
	$(PY) -m pip install -q --disable-pip-version-check -r var/requirements.txt -c constraints.txt
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	@$(PY) scripts/requirements.py dev > var/requirements-dev.txt
	$(PY) -m pip install -q --disable-pip-version-check -r var/requirements-dev.txt -c constraints.txt
	@touch $@

clean:
	rm -rf $(VENV) var
