# NumberKeeper — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ARGS ?=

# Every Python package comes from uv.lock (#13): exact versions with hashes, resolved for Linux,
# Windows and macOS at once. uv itself is installed by pip from packaging/uv-requirements.txt
# (pinned, with hashes) into $(VENV)/uv, where `uv sync` never removes it.
UV := $(VENV)/uv/bin/uv
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
# `uv sync --locked` refuses a uv.lock that no longer matches pyproject.toml instead of
# re-resolving it; `--inexact` keeps the packages of the other targets (test tools, PyInstaller).
SYNC := $(UV) sync --locked --inexact

.PHONY: run demo test fmt lint typecheck pytest bench bench-quick translations cldr upgrade \
	desktop-deps clean

$(UV): packaging/uv-requirements.txt
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "NumberKeeper needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	rm -rf $(VENV)/uv
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
		--target $(VENV)/uv -r packaging/uv-requirements.txt
	touch $@

# Syncing is cheap when nothing changed (~30 ms), so every target syncs: the venv always
# holds what uv.lock says, also right after a `git pull` that changed it.
.PHONY: sync-run sync-test sync-bundle
sync-run: $(UV)
	@$(SYNC) --quiet
sync-test: $(UV)
	@$(SYNC) --quiet --extra test
sync-bundle: $(UV)
	@$(SYNC) --quiet --extra bundle

run: sync-run  ## Start the app (ARGS="--demo" for sample data)
	$(BIN)/numberkeeper $(ARGS)

demo: sync-run  ## Start the app on a temporary folder of sample lines
	$(BIN)/numberkeeper --demo $(ARGS)

fmt: sync-test  ## Format the code and apply ruff's safe fixes
	$(BIN)/ruff check --fix src tests benchmarks packaging
	$(BIN)/ruff format src tests benchmarks packaging

lint: sync-test
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging

typecheck: sync-test
	$(BIN)/mypy

pytest: sync-test
	$(BIN)/python -m pytest $(ARGS)

test: lint typecheck pytest  ## ruff, mypy and the whole pytest suite

bench: sync-test  ## Performance targets, as ratios to a floor measured in the same run
	$(BIN)/python -m benchmarks $(ARGS)

bench-quick: sync-test  ## The same benchmarks at a small size: CI runs it so the bench cannot rot
	$(BIN)/python -m benchmarks --quick $(ARGS)

# Every catalogue in resources/translations (#18: en, zh_CN, zh_TW, ar), not a fixed list: a new
# language is a new numberkeeper_<lang>.ts (made once with `pyside6-lupdate … -target-language
# <lang>`, which sets its plural forms: Arabic has six), refreshed and compiled from then on.
TS_FILES := $(wildcard resources/translations/numberkeeper_*.ts)
translations: sync-run  ## Refresh the .ts files from the sources and compile the .qm files
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none src/numberkeeper -ts $(TS_FILES)
	$(BIN)/pyside6-lrelease $(TS_FILES)

# CLDR facts read at start-up, from Babel: currency decimals, country names per interface
# language (see src/numberkeeper/cldr_snapshot.py; #2).
LANGUAGES := $(patsubst resources/translations/numberkeeper_%.ts,%,$(TS_FILES))
cldr: sync-run  ## Refresh the CLDR snapshots from Babel
	$(BIN)/python -m numberkeeper.cldr_snapshot src/numberkeeper/core/currency_digits.py resources/territories.json $(LANGUAGES)

# Moving to new releases is one deliberate step with a reviewable diff (#13): the newest
# versions pyproject.toml allows, uv itself included, the CLDR snapshots written from the new
# Babel, then the whole suite. Commit uv.lock, packaging/uv-requirements.txt and the snapshots
# together, on their own.
upgrade: $(UV)  ## Refresh uv.lock to the newest allowed releases, rewrite the CLDR snapshots, test
	$(UV) pip compile --quiet --universal --generate-hashes --upgrade \
		--custom-compile-command 'make upgrade' \
		packaging/uv-requirements.in -o packaging/uv-requirements.txt
	$(UV) lock --upgrade
	$(MAKE) cldr
	$(MAKE) test

desktop-deps:  ## Debian packages for the GUI and desktop tests (needs root)
	bash .ci/install-debian-packages

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# Packaging (issue #7): icons, the desktop entry, screenshots, the PyInstaller bundle.
.PHONY: icons install-desktop uninstall-desktop screenshots bundle

icons: sync-run  ## Render resources/icons/numberkeeper.svg to PNG sizes, .ico and .icns
	$(BIN)/python packaging/make_icons.py

install-desktop: sync-run  ## Add NumberKeeper to your applications menu ($XDG_DATA_HOME)
	$(BIN)/python packaging/linux/install_desktop.py

uninstall-desktop:
	$(PYTHON) packaging/linux/install_desktop.py --uninstall

screenshots: sync-run  ## Regenerate docs/screenshots/*.png under Xvfb
	xvfb-run -a -s '-screen 0 1400x800x24' $(BIN)/python packaging/screenshots.py

bundle: sync-bundle  ## PyInstaller onedir build in dist/NumberKeeper/
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/numberkeeper.spec
	@du -sh dist/NumberKeeper
