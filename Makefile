# The two commands a developer needs: `make run` and `make test`. Both set up a
# fresh Debian or Ubuntu machine first (scripts/install-deps.sh).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: run test bench bench-ui bench-cli soak reliability floor bundle start-time shortcut-time test-install deps-build deps-bundle deps-test deps-bench fmt-check lint lint-js test-rust test-ui test-fuzz

## Build Balans and open it, with the data in the system's app data folder. The command
## line is built beside the window, so target/debug/balans works too (and opens the window
## when given no command).
run: deps-build
	cargo build -p balans-cli
	cargo run --bin balans-desktop

## Every check: formatting, lints (Rust and the window's JavaScript), core and app tests,
## frontend tests, end to end, and a short fuzzing run of the importers.
test: deps-test fmt-check lint lint-js test-rust test-ui test-fuzz

## Benchmarks of the ledger on a generated heavy data set (see docs/performance.md).
bench: deps-build
	cargo bench -p balans-core --bench ledger

## The window on the heavy ledger, release build under Xvfb: each interaction's median and
## 95th percentile from click to painted, and the memory after 1,000 screens (docs/performance.md).
bench-ui: deps-test
	cargo build --release --locked -p balans
	BALANS_E2E_APP=target/release/balans-desktop cargo bench --locked -p balans --bench ui --profile dev

## The command line as a whole process on the heavy ledger, beside ledger and hledger on
## the journal it exports (docs/performance.md); BENCH_CLI_CHECK=1 fails on a missed target.
bench-cli: deps-bench
	scripts/bench-cli.sh

## The reliability suites at length: thousands of SIGKILL rounds and of hostile
## command sequences (see docs/reliability.md).
soak: deps-test
	BALANS_CRASH_ROUNDS=5000 cargo test -p balans-core --locked --test crash
	BALANS_CONCURRENCY_ROUNDS=10 cargo test -p balans-core --locked --test concurrency
	PROPTEST_CASES=20000 cargo test -p balans-core --locked --test core hostile
	scripts/fuzz.sh 600

## Runs every reliability suite and writes docs/reliability.md from what they print.
reliability: deps-test
	scripts/reliability.py

## Installable .deb and .rpm packages, in target/release/bundle/: the window (balans-desktop)
## and the command line (balans) with its completions and man page (scripts/cli-extras.sh,
## which `tauri build` runs before it bundles: tauri.linux.conf.json).
bundle: deps-bundle
	node_modules/.bin/tauri build --bundles deb,rpm

## Time from starting the release build to a loaded window (see docs/performance.md).
start-time: deps-test bundle
	scripts/measure-start.py target/release/balans-desktop

## Time from the quick-log shortcut to the dialog ready for typing, with Balans in the tray
## (docs/performance.md); fails when the median of 20 presses is above 150 ms.
shortcut-time: deps-test
	cargo build --release --locked -p balans
	scripts/measure-shortcut.py --target 150 target/release/balans-desktop 20

## Start time and memory on the heavy ledger against a bare Tauri window (docs/performance.md);
## FLOOR_RUNS starts of each, and FLOOR_TARGETS="--targets 1.3 1.2" to fail above those ratios
## (the start also when its run-by-run 95% interval reaches above its target).
FLOOR_RUNS ?= 10
FLOOR_TARGETS ?=
floor: deps-test
	cargo build --release --locked -p balans -p bare-window
	cargo run --release --locked -p balans-core --example heavy_ledger -- target/heavy-ledger.sqlite3
	scripts/measure-start.py --ledger target/heavy-ledger.sqlite3 --floor target/release/bare-window $(FLOOR_TARGETS) target/release/balans-desktop $(FLOOR_RUNS)

## Install the .deb, drive the installed app end to end, remove it again.
test-install: deps-test bundle
	scripts/test-install.sh

deps-bundle:
	scripts/install-deps.sh bundle

deps-build:
	scripts/install-deps.sh build

deps-test:
	scripts/install-deps.sh test

deps-bench:
	scripts/install-deps.sh bench

fmt-check:
	cargo fmt --all -- --check

lint:
	cargo clippy --workspace --all-targets --locked -- -D warnings

# Formatting, lints and import order of every JavaScript file (biome.json), without writing;
# `node_modules/.bin/biome check --write` applies the formatting and the safe fixes.
lint-js:
	node_modules/.bin/biome ci --error-on-warnings .

# Unit, integration and end-to-end tests (tests/e2e starts its own Xvfb and tauri-driver).
test-rust:
	cargo test --workspace --locked

test-ui:
	node --test tests/ui/

test-fuzz:
	scripts/fuzz.sh 20
