"""The evidence list of one indicator: attach (file dialog or drag & drop), open with the
system viewer, remove, and a preview of images (and of a PDF's first page where Qt has PDF
support). Reading and writing content runs on worker threads."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from spbe_desktop.core.errors import SpbeError
from spbe_desktop.core.evidence import content
from spbe_desktop.core.evidence import store as ev
from spbe_desktop.core.evidence.attach_many import attach_files
from spbe_desktop.core.evidence.items import item_ref
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_evidence_panel import Ui_EvidencePanel

from .dialogs import Dialogs
from .i18n import file_size
from .operations import ReadOp, WriteOp
from .session import Changes, WorkspaceSession
from .system_open import open_with_system

if TYPE_CHECKING:  # PDFium loads with the first PDF preview, on the worker
    from spbe_desktop.core.evidence.pdf_pages import PageImage

PREVIEW = QSize(240, 180)
PREVIEW_LIMIT = 40 * 1024 * 1024  # larger files are opened, not previewed
PREVIEWS_KEPT = 64  # previews made this session, by content: going back shows them at once


def attach_evidence(
    panel: QWidget,
    session: WorkspaceSession,
    indicator_id: str,
    paths: list[str],
    title: str,
    *,
    level: int | None = None,
    item: int | None = None,
) -> None:
    """Attach files to an indicator (its evidence list, or one item's) after asking their
    document dates: one write operation with progress over their total size; the panel's
    `filesAttached` tells how many were attached."""
    if session.read_only or not paths:
        return
    files = [Path(p) for p in paths]
    dates = Dialogs.document_dates(panel.window(), files)
    if dates is None:
        return

    def work(ws: Workspace, progress, cancel) -> int:
        return attach_files(
            ws,
            indicator_id,
            files,
            level=level,
            item=item,
            dates=dates,
            progress=progress,
            cancel=cancel,
        )

    attach = WriteOp(panel, session.ws, work).success(panel.filesAttached.emit)
    attach.notify(session, Changes.of_evidence(indicator_id))
    attach.with_progress(title).run()


PLACED, SIZE, ADDED = 1, 2, 3  # the list's columns after the file's name


class EvidencePanel(QWidget):
    filesAttached = Signal(int)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        self.session = session
        self.indicator_id: str | None = None
        self._items: list[ev.EvidenceItem] = []
        # Copies handed to the system viewer must outlive this widget; they go when the app exits.
        self._temp = Path(tempfile.mkdtemp(prefix="spbe-evidence-"))
        atexit.register(shutil.rmtree, self._temp, True)
        self._preview_task: ReadOp | None = None
        self._preview_id: int | None = None
        self._previews: dict[str, QImage] = {}
        header = self.ui.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self.ui.list.fit_column(PLACED, ("L5-99",))
        self.ui.list.fit_column(SIZE, (file_size(999_900_000), file_size(1023)))
        self.ui.list.fit_column(ADDED, ("2026-12-31 23:59",))
        self.ui.list.accepts = lambda _row: not self.session.read_only
        self.ui.list.filesDropped.connect(lambda paths, _row: self.attach(paths))
        self.ui.addButton.clicked.connect(self.choose_files)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.placeButton.clicked.connect(self.place_selected)
        self.ui.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.ui.list.itemSelectionChanged.connect(self._selection_changed)
        writable = not session.read_only
        self.ui.addButton.setEnabled(writable)
        self.ui.dropHint.setVisible(writable)
        session.changed.connect(self._changed)

    # Showing -------------------------------------------------------------------------------

    def show_indicator(self, indicator_id: str) -> None:
        self.indicator_id = indicator_id
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if self.indicator_id in changes.evidence:
            self.refresh()

    def refresh(self) -> None:
        if self.indicator_id is None:
            return
        self._items = ev.list_evidence(self.session.ws, self.indicator_id)
        lst = self.ui.list
        lst.clear()
        for item in self._items:
            placed, where = self._placement(item)
            added = item.added_at[:16].replace("T", " ")
            row = QTreeWidgetItem([item.original_name, placed, file_size(item.size), added])
            row.setToolTip(0, f"{item.original_name}\n{item.media_type}\nSHA-256 {item.sha256}")
            row.setToolTip(PLACED, where)
            row.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            lst.addTopLevelItem(row)
        self._preview_id = None
        if self._items:
            lst.setCurrentItem(lst.topLevelItem(0))
        else:
            self._set_preview_text(self.tr("No evidence attached yet."))
        self._selection_changed()

    def _placement(self, item: ev.EvidenceItem) -> tuple[str, str]:
        """The item a file is on, as the portal numbers it (L2-03), and said in words."""
        if item.level is None:
            return "–", self.tr("Not placed on an item yet (Place on item…)")
        if item.item is None:
            return f"L{item.level}", self.tr("Level {0}, no item chosen").format(item.level)
        return (
            item_ref(item.level, item.item),
            self.tr("Level {0}, item {1}").format(item.level, item.item),
        )

    def selected(self) -> list[ev.EvidenceItem]:
        rows = sorted(self.ui.list.indexOfTopLevelItem(i) for i in self.ui.list.selectedItems())
        return [self._items[r] for r in rows if 0 <= r < len(self._items)]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.ui.openButton.setEnabled(len(chosen) == 1)
        self.ui.removeButton.setEnabled(bool(chosen) and not self.session.read_only)
        self.ui.placeButton.setEnabled(bool(chosen) and not self.session.read_only)
        if len(chosen) == 1:
            self._preview(chosen[0])

    # Preview -------------------------------------------------------------------------------

    def _set_preview_text(self, message: str) -> None:
        self.ui.previewLabel.setPixmap(QPixmap())
        self.ui.previewLabel.setText(message)

    def _preview(self, item: ev.EvidenceItem) -> None:
        if item.id == self._preview_id:
            return
        self._preview_id = item.id
        if self._preview_task is not None:
            self._preview_task.cancel()
        is_image = item.media_type.startswith("image/")
        is_pdf = item.media_type == "application/pdf"
        if item.size > PREVIEW_LIMIT or not (is_image or is_pdf):
            if is_pdf:
                self._set_preview_text(self.tr("PDF document\n(open it to read)"))
            else:
                self._set_preview_text(self.tr("No preview for this file type"))
            return
        kept = self._previews.get(item.sha256)
        if kept is not None:
            self.ui.previewLabel.setPixmap(QPixmap.fromImage(kept))
            return
        self._set_preview_text(self.tr("Loading preview…"))
        temp = self._temp
        failed = self.tr("The preview could not be made.")

        def load(reader: Workspace, progress, cancel) -> QImage:
            suffix = Path(item.original_name).suffix
            dest = temp / f"{item.sha256}{suffix}"
            if not dest.exists():
                # A private name first: an earlier, cancelled preview may still be writing.
                own = temp / f"{item.sha256}-{threading.get_ident()}{suffix}"
                os.replace(content.save_content(reader, item.sha256, own, cancel=cancel), dest)
            return _render_pdf(dest) if is_pdf else _scaled_image(dest)

        def shown(image: QImage) -> None:
            if not image.isNull():
                if len(self._previews) >= PREVIEWS_KEPT:
                    self._previews.pop(next(iter(self._previews)))
                self._previews[item.sha256] = image
            if self._preview_id != item.id:
                return  # another file was chosen meanwhile
            if image.isNull():
                self._set_preview_text(failed)
            else:
                self.ui.previewLabel.setPixmap(QPixmap.fromImage(image))

        def not_shown(_exc: BaseException) -> None:
            if self._preview_id == item.id:
                self._set_preview_text(failed)

        self._preview_task = ReadOp(self, self.session.ws.path, load).success(shown)
        self._preview_task.failure(not_shown).run()

    # Attaching -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.session.read_only:
            return
        paths = Dialogs.evidence_files(self.window())
        if paths:
            self.attach(paths)

    def attach(self, paths: list[str]) -> None:
        """Attach files one after the other, with a progress dialog over their total size."""
        if self.indicator_id is not None:
            title = self.tr("Attaching evidence…")
            attach_evidence(self, self.session, self.indicator_id, paths, title)

    # Opening and removing ------------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        item = chosen[0]
        folder = self._temp / item.sha256[:16]
        folder.mkdir(exist_ok=True)
        dest = folder / Path(item.original_name).name

        def work(reader: Workspace, progress, cancel) -> Path:
            if dest.exists():
                return dest
            return content.save_content(reader, item.sha256, dest, progress=progress, cancel=cancel)

        def opened(path: Path) -> None:
            if not open_with_system(path):
                Dialogs.error(
                    self.window(),
                    self.tr("No program is set up to open {0}. The file was saved as {1}.").format(
                        item.original_name, path
                    ),
                )

        opening = ReadOp(self, self.session.ws.path, work).success(opened)
        opening.with_progress(self.tr("Opening evidence…")).run()

    def place_selected(self) -> None:
        chosen = self.selected()
        if chosen and not self.session.read_only and self.indicator_id is not None:
            from .place_dialog import place_files

            place_files(self, self.session, self.indicator_id, chosen)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.session.read_only or self.indicator_id is None:
            return
        names = "\n".join(f"• {i.original_name}" for i in chosen)
        if not Dialogs.confirm(
            self.window(),
            self.tr("Remove evidence"),
            self.tr("Remove these files from the indicator?\n{0}").format(names),
        ):
            return

        def remove(ws: Workspace, progress, cancel) -> None:
            for item in chosen:
                ev.remove_evidence(ws, item.id)

        removal = WriteOp(self, self.session.ws, remove)
        removal.notify(self.session, Changes.of_evidence(self.indicator_id)).run_now()


def _scaled_image(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _render_pdf(path: Path) -> QImage:
    """The first page; an empty image (shown as "could not be made") for a damaged PDF."""
    from spbe_desktop.core.evidence.pdf_pages import render_page

    try:
        page = render_page(path, 0, PREVIEW.width(), PREVIEW.height())
    except SpbeError:  # damaged or password-protected
        return QImage()
    return to_qimage(page)


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: `page.rgb` goes away with the caller
