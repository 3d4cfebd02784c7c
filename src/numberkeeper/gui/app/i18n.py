"""Choosing the interface language and installing the translators, before any widget exists.

Qt looks up a translation file by exact name and does not fall back from zh_HK or zh_Hant to
zh_TW, so the mapping of Chinese variants is done here. The app's own strings come from
resources/translations/numberkeeper_<lang>.qm; Qt's (standard buttons, context menus) from
qtbase_<lang>.qm in Qt's translations folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from numberkeeper.resources import resource_path

ENGLISH = "en"
SIMPLIFIED_CHINESE = "zh_CN"
TRADITIONAL_CHINESE = "zh_TW"

# Where a language has no translation of the app's own strings, the next one tried.
# Simplified Chinese reads better than English for someone who asked for Traditional.
_APP_FALLBACK = {TRADITIONAL_CHINESE: SIMPLIFIED_CHINESE}
_TRADITIONAL_TERRITORIES = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
}

# Translators must outlive this module's functions: Qt holds only a pointer to them.
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a constant for pyside6-lupdate; tr() translates it later in `context`.

    Qt's own QT_TRANSLATE_NOOP is typed as returning `object`; this one keeps the `str`.
    """
    return text


def normalise_language(locale: QLocale) -> str:
    """The translation code for a locale: "zh_CN", "zh_TW", or a bare language ("en", "fr")."""
    language = locale.language()
    if language == QLocale.Language.Chinese:
        traditional = (
            locale.script() == QLocale.Script.TraditionalHanScript
            or locale.territory() in _TRADITIONAL_TERRITORIES
        )
        return TRADITIONAL_CHINESE if traditional else SIMPLIFIED_CHINESE
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return ENGLISH
    return QLocale.languageToCode(language) or ENGLISH


def requested_locale(lang: str | None) -> QLocale:
    """The locale asked for with --lang ("zh_HK", "zh-Hant", "en"), else the system's."""
    if lang:
        return QLocale(lang.strip().replace("-", "_"))
    return QLocale.system()


def app_translation(language: str) -> Path:
    """The compiled translation of the app's own strings for a language code."""
    return resource_path("translations", f"numberkeeper_{language}.qm")


def qt_translations_dir() -> str:
    """Qt's own translations folder (qtbase_*.qm)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _load(path: str) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return translator


def remove_translators() -> None:
    """Uninstall what install_translators installed (tests, or a language switch)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def install_translators(lang: str | None = None) -> str:
    """Install the app's and Qt's translators; return the language the interface speaks.

    `lang` is the --lang option (None: the system's language). The result is "en" when the
    app has no translation for the language asked for; otherwise the code of the translation
    loaded (e.g. "zh_CN"). When --lang is given, it also becomes the default locale, so
    dates and numbers are written the same way as the words around them.
    """
    remove_translators()
    locale = requested_locale(lang)
    if lang:
        QLocale.setDefault(locale)
    wanted = normalise_language(locale)
    chosen = ENGLISH
    candidate: str | None = wanted
    while candidate:
        path = app_translation(candidate)
        if path.is_file() and _load(str(path)) is not None:
            chosen = candidate
            break
        candidate = _APP_FALLBACK.get(candidate)
    if chosen == ENGLISH and wanted != ENGLISH:
        # No translation for the system's language: English, with its plural forms ("1 day",
        # not "1 day(s)"), which live in the English catalogue.
        _load(str(app_translation(ENGLISH)))
    if chosen != ENGLISH or wanted == ENGLISH:
        # Qt's own strings in the language asked for (zh_TW stays zh_TW here: Qt has it).
        _load(str(Path(qt_translations_dir()) / f"qtbase_{wanted}.qm"))
    return chosen


def carrier_language(language: str) -> str:
    """The key of a carrier's names ("zh", "en") for an interface language code."""
    return language.split("_", 1)[0]
