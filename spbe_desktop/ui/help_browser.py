"""Context help: the page for the screen or dialog in front (HTML pages shipped in
resources/help/<lang>/, shown in a help browser without network); F1 reaches it (`help_key`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QWidget

from spbe_desktop.core.paths import resource_dir
from spbe_desktop.ui.forms.ui_help_browser import Ui_HelpBrowser

from .help_topics import topic_for
from .i18n import current_lang

INDEX = "index"


def help_folder() -> Path:
    return resource_dir() / "help"


def page_path(topic: str, lang: str) -> Path:
    """The page of a topic in the language; the contents page where a topic has none."""
    folder = help_folder() / (lang if (help_folder() / lang).is_dir() else "id")
    page = folder / f"{topic}.html"
    return page if page.is_file() else folder / f"{INDEX}.html"


class HelpBrowser(QDialog):
    """One help window for the whole app, kept open beside the work (not modal)."""

    _shown: HelpBrowser | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpBrowser()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.topic = INDEX
        css = help_folder() / "help.css"
        if css.is_file():
            self.ui.browser.document().setDefaultStyleSheet(css.read_text(encoding="utf-8"))
        self.ui.backButton.clicked.connect(self.ui.browser.backward)
        self.ui.browser.backwardAvailable.connect(self.ui.backButton.setEnabled)
        self.ui.backButton.setEnabled(False)
        self.ui.contentsButton.clicked.connect(lambda: self.show_topic(INDEX))
        self.ui.buttons.rejected.connect(self.close)
        self.ui.browser.sourceChanged.connect(self._source_changed)

    def show_topic(self, topic: str) -> None:
        path = page_path(topic, current_lang())
        self.ui.browser.setSource(QUrl.fromLocalFile(str(path)))

    def _source_changed(self, url: QUrl) -> None:
        self.topic = Path(url.toLocalFile()).stem
        self.setWindowTitle(self.ui.browser.documentTitle() or self.tr("Help"))

    @classmethod
    def open(cls, parent: QWidget | None, topic: str) -> HelpBrowser:
        """Show `topic` in the help window, making the window on first use."""
        browser = cls._shown
        if browser is None:
            browser = cls(parent.window() if parent is not None else None)
            browser.destroyed.connect(lambda *_: setattr(cls, "_shown", None))
            browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            cls._shown = browser
        browser.show_topic(topic)
        browser.show()
        browser.raise_()
        browser.activateWindow()
        return browser

    @classmethod
    def current(cls) -> HelpBrowser | None:
        return cls._shown


def show_help_for(widget: QWidget | None) -> HelpBrowser:
    """F1 on `widget`: the page of the screen or dialog it belongs to."""
    return HelpBrowser.open(widget, topic_for(widget))
