"""The short tour: five steps, each pointing at one part of the main window (the indicator list,
the levels, the evidence, the index, sending the package) with a bubble of text. Offered once on
the first start (the settings remember it), skippable at any step, reopened from Help → Short
tour. It runs on the open OPD workspace, or opens the demo workspace first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .dialogs import Dialogs

MARGIN = 6  # around the highlighted part
GAP = 14  # between the part and the bubble
BUBBLE_WIDTH = 340


class TourStep(NamedTuple):
    target: Callable[[Any], QWidget | None]  # the part of the window, found when the step shows
    title: str
    text: str


def _evidence(window: Any) -> QWidget | None:
    page = window.page
    if page is None:
        return None
    page.ui.scrollArea.ensureWidgetVisible(page.ui.evidenceBox, 0, 0)
    return page.ui.evidenceBox


def _levels(window: Any) -> QWidget | None:
    page = window.page
    if page is None:
        return None
    page.ui.scrollArea.verticalScrollBar().setValue(0)
    return page.ui.levelsBox


def steps() -> tuple[TourStep, ...]:
    """The tour, in the interface language (read when the tour starts)."""
    return (
        TourStep(
            lambda w: w.navigator,
            QCoreApplication.translate("Tour", "The indicator list"),
            QCoreApplication.translate(
                "Tour",
                "Every indicator of the instrument, by aspect. The mark beside each one shows its "
                "state: empty, answered, evidence attached, a warning of the evidence check, or "
                "reviewed by the coordinator. Click one to open it.",
            ),
        ),
        TourStep(
            _levels,
            QCoreApplication.translate("Tour", "The maturity levels"),
            QCoreApplication.translate(
                "Tour",
                "Choose the level the OPD meets: click it or press 1–5. Each level's criteria are "
                "beside it; read the guidance above them to see what assessors expect. Every "
                "change is saved at once.",
            ),
        ),
        TourStep(
            _evidence,
            QCoreApplication.translate("Tour", "The evidence"),
            QCoreApplication.translate(
                "Tour",
                "Drag files here from Explorer, or use Attach evidence. Above the list: what "
                "assessors commonly reject for this indicator. Problems the app can see in the "
                "files appear in a red box at the top of the page.",
            ),
        ),
        TourStep(
            lambda w: w.index_label,
            QCoreApplication.translate("Tour", "The index"),
            QCoreApplication.translate(
                "Tour",
                "The index and its rating, computed as the regulation does, change with every "
                "answer. While indicators are empty the index is marked provisional.",
            ),
        ),
        TourStep(
            lambda w: w.toolbar.widgetForAction(w.actions_by_key["export"]),
            QCoreApplication.translate("Tour", "Sending the package"),
            QCoreApplication.translate(
                "Tour",
                "When the answers are ready, Export package makes the signed package for the "
                "Diskominfo and the summary PDF for the head of the OPD to sign. Press F1 on any "
                "screen for its help page.",
            ),
        ),
    )


class Tour(QWidget):
    """A layer over the whole window: the window dimmed except the part of the step, and the
    bubble beside it."""

    _current: Tour | None = None

    def __init__(self, window: Any, on_end: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.on_end = on_end
        self.steps = steps()
        self.index = 0
        self.target_rect = QRect()
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.bubble = self._bubble()
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def _bubble(self) -> QFrame:
        bubble = QFrame(self)
        bubble.setObjectName("tourBubble")
        bubble.setStyleSheet(
            "#tourBubble { background: #ffffff; border: 2px solid #e07b00; border-radius: 8px; }"
        )
        bubble.setFixedWidth(BUBBLE_WIDTH)
        layout = QVBoxLayout(bubble)
        self.counter = QLabel(bubble)
        self.counter.setStyleSheet("color: #777;")
        self.title = QLabel(bubble)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold; color: #1f3a5f;")
        self.text = QLabel(bubble)
        self.text.setWordWrap(True)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("&Skip the tour"), bubble)
        self.back_button = QPushButton(self.tr("&Back"), bubble)
        self.next_button = QPushButton(self.tr("&Next"), bubble)
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.end)
        self.back_button.clicked.connect(lambda: self.show_step(self.index - 1))
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        for widget in (self.counter, self.title, self.text):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        return bubble

    # Steps -----------------------------------------------------------------------------------

    def start(self) -> None:
        if Tour._current is not None:
            Tour._current.end()
        Tour._current = self
        self.show()
        self.raise_()
        self.show_step(0)
        self.setFocus()

    def next(self) -> None:
        if self.index + 1 < len(self.steps):
            self.show_step(self.index + 1)
        else:
            self.end()

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        self.counter.setText(self.tr("Step {0} of {1}").format(self.index + 1, len(self.steps)))
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self._place()

    def current_target(self) -> QWidget | None:
        return self.steps[self.index].target(self.window_)

    def _place(self) -> None:
        target = self.current_target()
        if target is None or not target.isVisible():
            self.target_rect = QRect()
        else:
            corner = target.mapTo(self.window_, QPoint(0, 0))
            self.target_rect = QRect(corner, target.size()).adjusted(
                -MARGIN, -MARGIN, MARGIN, MARGIN
            )
        self.bubble.adjustSize()
        self.bubble.move(self._bubble_position())
        self.update()

    def _bubble_position(self) -> QPoint:
        size, area, rect = self.bubble.size(), self.rect(), self.target_rect
        if rect.isNull():
            return area.center() - QPoint(size.width() // 2, size.height() // 2)
        candidates = (
            QPoint(rect.right() + GAP, rect.top()),  # right of the part
            QPoint(rect.left(), rect.bottom() + GAP),  # below
            QPoint(rect.left() - GAP - size.width(), rect.top()),  # left
            QPoint(rect.left(), rect.top() - GAP - size.height()),  # above
        )
        for point in candidates:
            if area.contains(QRect(point, size)):
                return point
        inside = QPoint(
            rect.center().x() - size.width() // 2, rect.center().y() - size.height() // 2
        )
        x = max(0, min(inside.x(), area.width() - size.width()))
        y = max(0, min(inside.y(), area.height() - size.height()))
        return QPoint(x, y)

    def end(self) -> None:
        self.window_.removeEventFilter(self)
        if Tour._current is self:
            Tour._current = None
        self.hide()
        self.deleteLater()
        if self.on_end is not None:
            self.on_end()

    # Qt --------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect().toRectF())
        if not self.target_rect.isNull():
            hole = QPainterPath()
            hole.addRoundedRect(self.target_rect.toRectF(), 6, 6)
            shade = shade.subtracted(hole)
        painter.fillPath(shade, QColor(0, 0, 0, 110))
        if not self.target_rect.isNull():
            painter.setPen(QPen(QColor("#e07b00"), 3))
            painter.drawRoundedRect(self.target_rect, 6, 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.end()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next()
        elif key == Qt.Key.Key_Left:
            self.show_step(self.index - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        event.accept()  # the window under the layer waits until the tour ends

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
            self._place()
        return False

    @classmethod
    def current(cls) -> Tour | None:
        return cls._current


def start_tour(window: Any) -> None:
    """The tour on the open OPD workspace; without one, on the demo workspace (opened first)."""
    from .opening import build_demo

    window.settings.set_tour_shown()
    if window.session is not None and window.page is not None:
        Tour(window).start()
        return

    def opened(path) -> None:
        if window.open_path(path):
            Tour(window).start()

    build_demo(window, opened)


def offer_first_tour(window: Any) -> bool:
    """On the first start: offer the tour once (the answer is remembered either way)."""
    if window.settings.tour_shown():
        return False
    window.settings.set_tour_shown()
    if not Dialogs.confirm(
        window,
        QCoreApplication.translate("Tour", "Welcome to SPBE Desktop"),
        QCoreApplication.translate(
            "Tour",
            "A short tour (five steps) shows where the indicators, the levels, the evidence, the "
            "index and sending the package are. It uses the demo workspace if none is open. "
            "Take the tour now? (You can start it later from Help → Short tour.)",
        ),
    ):
        return False
    start_tour(window)
    return True


def first_start(window: Any, open_demo: bool) -> None:
    """The app's first start: the tour offer; the demo workspace is opened by the tour when it is
    taken, else as asked on the command line."""
    if not offer_first_tour(window) and open_demo:
        window.commands.files.demo()
