"""Choosing the interface language and installing the translators, before any widget exists.

The interface speaks English, Simplified Chinese, Traditional Chinese or Arabic (#18), chosen
with --lang or from the system's locale. Qt looks up a translation file by exact name and does
not fall back from zh_HK, zh_MO or zh_Hant to zh_TW, so the mapping of Chinese variants is done
here; other Chinese locales (zh_SG, a bare zh) read Simplified. The app's own strings come from
resources/translations/numberkeeper_<lang>.qm; Qt's (standard buttons, context menus) from
qtbase_<lang>.qm in Qt's translations folder (shipped in the bundle too:
packaging/numberkeeper.spec), with the texts Qt's catalogues lack answered by ours (qt_texts.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from numberkeeper.resources import resource_path

ENGLISH = "en"
SIMPLIFIED_CHINESE = "zh_CN"
TRADITIONAL_CHINESE = "zh_TW"
ARABIC = "ar"
# The languages the app is translated into (a numberkeeper_<code>.qm each), as --lang names them.
INTERFACE_LANGUAGES = (ENGLISH, SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE, ARABIC)

# The catalogues asked, in order, when the chosen one lacks a string: a string added since the
# last translation reads in Simplified Chinese for someone who chose Traditional, and English's
# catalogue (its plural forms: "1 day", not "1 day(s)") is the last word for every language.
_FALLBACKS = {TRADITIONAL_CHINESE: (SIMPLIFIED_CHINESE, ENGLISH)}
# Translators must outlive this module's functions: Qt holds only a pointer to them.
_installed: list[QTranslator] = []
# The language install_translators chose, and whether it is written right to left (#18).
_interface = {"language": ENGLISH, "right_to_left": False}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a constant for pyside6-lupdate; tr() translates it later in `context`.

    Qt's own QT_TRANSLATE_NOOP is typed as returning `object`; this one keeps the `str`.
    """
    return text


def normalise_language(locale: QLocale) -> str:
    """The translation code for a locale: "zh_CN", "zh_TW", or a bare language ("en", "fr")."""
    language = locale.language()
    if language == QLocale.Language.Chinese:
        # QLocale fills in the script a territory writes (zh_HK, zh_MO, zh_TW: Traditional; zh,
        # zh_SG: Simplified), and keeps one named outright (zh_Hans_HK asks for Simplified).
        traditional = locale.script() == QLocale.Script.TraditionalHanScript
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
    _set_interface(ENGLISH)


def interface_language() -> str:
    """The language install_translators chose ("en" before it ran)."""
    return str(_interface["language"])


def right_to_left() -> bool:
    """Whether the interface language is written right to left (Arabic)."""
    return bool(_interface["right_to_left"])


def _set_interface(language: str) -> None:
    """Remember the interface language and lay the application out in its direction.

    The direction follows the language chosen, never the system's locale: an Arabic system
    running the English interface stays left to right (#18). Qt would also turn the layout
    around by itself once qtbase_ar.qm is installed, but only until a direction is set, and a
    test or a language switch has to be able to turn it back.
    """
    direction = QLocale(language).textDirection()
    _interface["language"] = language
    _interface["right_to_left"] = direction == Qt.LayoutDirection.RightToLeft
    app = QCoreApplication.instance()
    if app is not None and app.inherits("QGuiApplication"):
        from PySide6.QtGui import QGuiApplication  # not in the command line: QtCore only

        QGuiApplication.setLayoutDirection(direction)


def _chosen_language(wanted: str) -> str:
    """The language whose catalogue of the app's own strings exists; English otherwise."""
    if app_translation(wanted).is_file():
        return wanted
    return ENGLISH


def interface_locale(lang: str | None, chosen: str, system: QLocale) -> QLocale | None:
    """The default locale for an interface speaking `chosen`, or None to keep the system's.

    Dates and numbers are written the way the words around them are (#16): --lang's locale
    when it is given; the interface language's when it differs from the system's (a German
    system shows the English interface, with English dates); else the system's own, which
    knows the user's territory (zh_HK, en_GB) better than a bare language does.
    """
    if lang:
        return requested_locale(lang)
    if QLocale(chosen).language() != system.language():
        return QLocale(chosen)
    return None


def install_translators(lang: str | None = None, system: QLocale | None = None) -> str:
    """Install the app's and Qt's translators; return the language the interface speaks.

    `lang` is the --lang option (None: the system's language, `system` or QLocale.system()).
    The result is "en" when the app has no translation for the language asked for; otherwise
    the code of the translation loaded ("zh_CN", "zh_TW", "ar"). The default locale then
    follows the interface (`interface_locale`), so dates and numbers are written the same way
    as the words around them, in the app's texts and in Qt's own dialogs.
    """
    remove_translators()
    system = system or QLocale.system()
    locale = requested_locale(lang) if lang else system
    chosen = _chosen_language(normalise_language(locale))
    # Qt asks the translators newest first: the fallbacks go in before the chosen catalogue.
    catalogues = dict.fromkeys((chosen, *_FALLBACKS.get(chosen, (ENGLISH,))))
    for language in reversed(catalogues):
        _load(str(app_translation(language)))
    if chosen != ENGLISH:
        # Qt's own strings in the language chosen (zh_TW stays zh_TW here: Qt has it), installed
        # after ours so that ours answer only the texts Qt's catalogue lacks (qt_texts.py).
        _load(str(Path(qt_translations_dir()) / f"qtbase_{chosen}.qm"))
    default = interface_locale(lang, chosen, system)
    if default is not None:
        QLocale.setDefault(default)
    _set_interface(chosen)  # before any widget exists: widgets take the direction when made
    return chosen


def carrier_language(language: str) -> str:
    """The key of a carrier's names and facts for an interface language code: "zh" is
    Simplified Chinese, "zh_TW" Traditional (core.carriers falls back from it to "zh")."""
    return language if language == TRADITIONAL_CHINESE else language.split("_", 1)[0]
