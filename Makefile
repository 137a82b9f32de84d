# rlbook: the two commands a newcomer needs are `make lessons` and `make test`.
# Both install the one system dependency (cmark-gfm) when it is missing.

SWIFT ?= swift
BUILD_FLAGS :=
ifdef CI
# CI is strict: no warnings, and every import must be a declared dependency.
BUILD_FLAGS += -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error
endif

.PHONY: lessons test deps build lint

## Install what is missing, build, and open the lessons: step through them at a
## terminal (q quits), or print them all when the output is not a terminal.
lessons: deps build
	.build/debug/rlbook step Lessons

## Install what is missing, build, and run the tests (and, in CI, the format check).
## Tests that train networks to a threshold run once more against a release build.
test: deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build
	$(SWIFT) build -c release --build-tests -Xswiftc -enable-testing
	RLBOOK_RELEASE_TESTS=1 $(SWIFT) test -c release --skip-build --filter "CartPoleSolvingTests|BookTests|StepTerminalTests|ScreenLookTests|PageLookTests|FuzzTests|chromiumTunesInAServedPage"
ifdef CI
	$(MAKE) lint
endif

build:
	$(SWIFT) build $(BUILD_FLAGS)

lint:
	$(SWIFT) format lint --strict -r Package.swift Sources Tests

## cmark-gfm with its extensions: Debian's -dev packages, or Homebrew's cmark-gfm on macOS.
deps:
	@./.ci/install-dependencies
