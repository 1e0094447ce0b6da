"""Interface language: Qt Linguist translations (English source strings, Indonesian .qm) and
numbers in the language's own way (2,57 in Indonesian, 2.57 in English); index, aspect, domain
and indicator figures go through the core's one rule (`core.figures`)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from spbe_desktop.core import figures
from spbe_desktop.core.paths import resource_dir

_state: dict[str, object] = {"lang": "id", "translators": []}


def current_lang() -> str:
    return str(_state["lang"])


def install(lang: str) -> None:
    """Switch the translators of the running application to `lang` ("id" or "en")."""
    app = QCoreApplication.instance()
    for old in _state["translators"]:  # type: ignore[union-attr]
        app.removeTranslator(old)
    kept: list[QTranslator] = []  # a translator must outlive its installation
    if lang == "id":
        for catalog in sorted((resource_dir() / "i18n").glob("*_id.qm")):
            ours = QTranslator(app)  # one catalog per part of the app (main, coordinator)
            if ours.load(str(catalog)):
                app.installTranslator(ours)
                kept.append(ours)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load("qtbase_id", qt_dir):
            app.installTranslator(qt_own)
            kept.append(qt_own)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.English))
    _state["translators"] = kept
    _state["lang"] = lang


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def number(value: Decimal | str | float | None, lang: str | None = None) -> str:
    """A number as written (a weight, a score as typed) with the language's mark; '–' for none."""
    if value is None:
        return "–"
    shown = str(value)
    return shown.replace(".", ",") if (lang or current_lang()) == "id" else shown


def figure(
    value: figures.Figure | None,
    lang: str | None = None,
    decimals: int = figures.DECIMALS,
    *,
    signed: bool = False,
) -> str:
    """An index or value as published (half-up, two decimals, the language's mark); '–' for none."""
    shown = figures.figure(value, lang or current_lang(), decimals, signed=signed)
    return "–" if shown is None else shown


def file_size(size: int) -> str:
    units = ("B", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            shown = f"{value:.0f}" if unit == "B" else f"{value:.1f}"
            return f"{number(shown)} {unit}"
        value /= 1024
    return str(size)
