"""The user's preferences (language, recent workspaces, the portal folder's size limit), kept in
an INI file in the user data folder so that a portable install carries them along."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from spbe_desktop.core.paths import user_data_dir

LANGUAGES = ("id", "en")
MAX_RECENT = 8


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        target = path or user_data_dir() / "settings.ini"
        self._q = QSettings(str(target), QSettings.Format.IniFormat)

    def language(self) -> str:
        lang = str(self._q.value("ui/language", "id"))
        return lang if lang in LANGUAGES else "id"

    def set_language(self, lang: str) -> None:
        self._q.setValue("ui/language", lang)
        self._q.sync()

    def recent(self) -> list[str]:
        value = self._q.value("workspaces/recent", [])
        if isinstance(value, str):  # QSettings returns a lone entry as a plain string
            value = [value]
        return [str(v) for v in value or [] if v]

    def add_recent(self, path: str | Path) -> None:
        entry = str(Path(path).resolve())
        items = [entry, *(p for p in self.recent() if p != entry)]
        self._q.setValue("workspaces/recent", items[:MAX_RECENT])
        self._q.setValue("workspaces/last", entry)
        self._q.sync()

    def remove_recent(self, path: str) -> None:
        self._q.setValue("workspaces/recent", [p for p in self.recent() if p != path])
        if self.last_workspace() == path:
            self._q.remove("workspaces/last")
        self._q.sync()

    def last_workspace(self) -> str | None:
        value = self._q.value("workspaces/last")
        return str(value) if value else None

    def position(self, workspace_id: str) -> str | None:
        """The indicator last shown in a workspace, to come back to it."""
        value = self._q.value(f"positions/{workspace_id}")
        return str(value) if value else None

    def set_position(self, workspace_id: str, indicator_id: str) -> None:
        self._q.setValue(f"positions/{workspace_id}", indicator_id)

    def tour_shown(self) -> bool:
        """Whether the first-start tour was offered already (taken or not)."""
        return str(self._q.value("help/tour_shown", "false")).lower() == "true"

    def set_tour_shown(self) -> None:
        self._q.setValue("help/tour_shown", "true")
        self._q.sync()

    def geometry(self) -> bytes | None:
        value = self._q.value("window/geometry")
        return bytes(value) if value else None

    def set_geometry(self, data: bytes) -> None:
        # As Qt's own byte array: Python bytes would be stored pickled, and reading them back
        # imports pickle on every start.
        self._q.setValue("window/geometry", QByteArray(data))

    def folder(self, kind: str) -> str | None:
        """The folder last used for a kind of file ("packages", "reports"), if it still exists."""
        value = self._q.value(f"folders/{kind}")
        return str(value) if value and Path(str(value)).is_dir() else None

    def set_folder(self, kind: str, folder: str | Path) -> None:
        self._q.setValue(f"folders/{kind}", str(folder))
        self._q.sync()

    def portal_max_mb(self) -> Decimal | None:
        """The portal's file size limit the user set (None: the instrument pack's)."""
        value = self._q.value("portal/max_mb")
        try:
            limit = Decimal(str(value)) if value not in (None, "") else None
        except InvalidOperation:
            return None
        return limit if limit is not None and limit.is_finite() and limit > 0 else None

    def set_portal_max_mb(self, limit: Decimal | None) -> None:
        """Remember the user's own limit; None goes back to following the pack."""
        if limit is None:
            self._q.remove("portal/max_mb")
        else:
            self._q.setValue("portal/max_mb", str(limit))
        self._q.sync()

    def portal_downscale(self) -> bool:
        """Whether images in files over the limit are scaled down (off until chosen)."""
        return str(self._q.value("portal/downscale_images", "false")).lower() == "true"

    def set_portal_downscale(self, on: bool) -> None:
        self._q.setValue("portal/downscale_images", "true" if on else "false")
        self._q.sync()

    def unfolded(self, section: str) -> bool:
        """Whether a folding section of a page ("guidance") was left open."""
        return str(self._q.value(f"folds/{section}", "false")).lower() == "true"

    def set_unfolded(self, section: str, unfolded: bool) -> None:
        self._q.setValue(f"folds/{section}", "true" if unfolded else "false")
        self._q.sync()
