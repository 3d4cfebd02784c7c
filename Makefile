# NumberKeeper — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: run demo test lint typecheck pytest bench translations cldr desktop-deps clean

# The venv is (re)built when pyproject.toml changes; the stamps record what was installed.
$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "NumberKeeper needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed  ## Start the app (ARGS="--demo" for sample data)
	$(BIN)/numberkeeper $(ARGS)

demo: $(VENV)/.installed  ## Start the app on a temporary folder of sample lines
	$(BIN)/numberkeeper --demo $(ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(ARGS)

test: lint typecheck pytest  ## ruff, mypy and the whole pytest suite

bench: $(VENV)/.installed-test  ## Performance targets, as ratios to a floor measured in the same run
	$(BIN)/python -m benchmarks $(ARGS)

translations: $(VENV)/.installed  ## Refresh the .ts files from the sources and compile the .qm files
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none src/numberkeeper -ts resources/translations/numberkeeper_zh_CN.ts resources/translations/numberkeeper_en.ts
	$(BIN)/pyside6-lrelease resources/translations/numberkeeper_zh_CN.ts resources/translations/numberkeeper_en.ts

# CLDR facts read at start-up, from Babel: currency decimals, country names per interface
# language (see src/numberkeeper/cldr_snapshot.py; #2).
LANGUAGES := $(patsubst resources/translations/numberkeeper_%.ts,%,$(wildcard resources/translations/numberkeeper_*.ts))
cldr: $(VENV)/.installed  ## Refresh the CLDR snapshots from Babel
	$(BIN)/python -m numberkeeper.cldr_snapshot src/numberkeeper/core/currency_digits.py resources/territories.json $(LANGUAGES)

desktop-deps:  ## Debian packages for the GUI and desktop tests (needs root)
	bash .ci/install-debian-packages

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# Packaging (issue #7): icons, the desktop entry, screenshots, the PyInstaller bundle.
.PHONY: icons install-desktop uninstall-desktop screenshots bundle

$(VENV)/.installed-bundle: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@

icons: $(VENV)/.installed  ## Render resources/icons/numberkeeper.svg to PNG sizes, .ico and .icns
	$(BIN)/python packaging/make_icons.py

install-desktop: $(VENV)/.installed  ## Add NumberKeeper to your applications menu ($XDG_DATA_HOME)
	$(BIN)/python packaging/linux/install_desktop.py

uninstall-desktop:
	$(PYTHON) packaging/linux/install_desktop.py --uninstall

screenshots: $(VENV)/.installed  ## Regenerate docs/screenshots/*.png under Xvfb
	xvfb-run -a -s '-screen 0 1280x800x24' $(BIN)/python packaging/screenshots.py

bundle: $(VENV)/.installed-bundle  ## PyInstaller onedir build in dist/NumberKeeper/
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/numberkeeper.spec
	@du -sh dist/NumberKeeper
