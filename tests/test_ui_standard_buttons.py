"""Qt's own standard buttons (Yes/No/Cancel of message boxes and button boxes) speak the
interface's language: Qt ships no Indonesian catalog, the app carries one."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from spbe_desktop.ui import i18n


def _texts(qtbot) -> dict[str, str]:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    return {
        "yes": box.button(QMessageBox.StandardButton.Yes).text(),
        "no": box.button(QMessageBox.StandardButton.No).text(),
        "cancel": box.button(QMessageBox.StandardButton.Cancel).text(),
        "ok": buttons.button(QDialogButtonBox.StandardButton.Ok).text(),
    }


def test_standard_buttons_follow_the_language(qtbot, ui_forms):
    before = i18n.current_lang()
    try:
        i18n.install("id")
        assert _texts(qtbot) == {"yes": "&Ya", "no": "&Tidak", "cancel": "Batal", "ok": "OK"}
        i18n.install("en")
        assert _texts(qtbot) == {"yes": "&Yes", "no": "&No", "cancel": "Cancel", "ok": "OK"}
    finally:
        i18n.install(before)
