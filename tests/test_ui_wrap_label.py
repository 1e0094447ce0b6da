"""The word-wrapped label of the indicator page: its remembered heights are Qt's own, and follow
a new text (or one shown before), a new font and a new width."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

LONG = " ".join(["Kriteria tingkat 3 terpenuhi, dan kolaborasi melibatkan pihak eksternal."] * 6)


@pytest.fixture
def labels(qtbot, ui_forms):
    from spbe_desktop.ui.wrap_label import WrapLabel

    made = []
    for cls in (WrapLabel, QLabel):
        label = cls()
        label.setWordWrap(True)
        qtbot.addWidget(label)
        made.append(label)
    return made


@pytest.mark.parametrize("rich", [False, True])
def test_heights_are_qts_and_follow_text_font_and_width(labels, rich):
    wrap, plain = labels
    for text in (
        "Satu baris.",
        LONG,
        f"<b>Judul</b><ul><li>{LONG}</li></ul>" if rich else LONG[:90],
    ):
        for label in labels:
            label.setText(text)
        for width in (120, 400, 900, 400):
            assert wrap.heightForWidth(width) == plain.heightForWidth(width), (text, width)
    for text in (LONG, "Pendek.", LONG):  # back to a text seen before: its heights kept
        for label in labels:
            label.setText(text)
        assert wrap.heightForWidth(400) == plain.heightForWidth(400)
    big = QFont(wrap.font())
    big.setPointSize(big.pointSize() + 6)
    before = wrap.heightForWidth(400)
    for label in labels:
        label.setFont(big)
    assert wrap.heightForWidth(400) == plain.heightForWidth(400) > before


def test_a_page_of_wrapped_labels_gives_each_its_whole_text(qtbot, ui_forms):
    from spbe_desktop.ui.wrap_label import WrapLabel

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    wrap = WrapLabel(LONG, page)
    wrap.setWordWrap(True)
    layout.addWidget(wrap)
    layout.addStretch(1)
    page.resize(300, 900)
    page.show()
    qtbot.waitExposed(page)
    assert wrap.height() >= wrap.heightForWidth(wrap.width()) > wrap.fontMetrics().height() * 3
    wrap.setText("Pendek.")
    qtbot.waitUntil(lambda: wrap.height() < wrap.fontMetrics().height() * 2)
    assert wrap.minimumSizeHint().width() < 300  # the page can still be made narrow
