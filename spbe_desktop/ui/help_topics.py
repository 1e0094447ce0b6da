"""Which help page belongs to a widget: walk up from the widget to the first screen or dialog the
table knows. Screens that show several things (the main window, the coordinator's tabs) decide
by what is in front."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

# A dialog or page class → its topic (resources/help/<lang>/<topic>.html).
DIALOGS: dict[str, str] = {
    "NewWorkspaceDialog": "new-workspace",
    "ExportDialog": "export",
    "ExportResultDialog": "export",
    "KeyDialog": "key",
    "VerifyDialog": "verify",
    "PlannerDialog": "planner",
    "RestoreDialog": "restore",
    "NewCoordinatorDialog": "coord-new",
    "AssignmentDialog": "coord-assign",
    "TrustKeyDialog": "coord-trust",
    "DecisionDialog": "coord-decision",
    "EarlierResultDialog": "coord-earlier",
    "EvidenceListDialog": "coord-evidence",
    "PassphraseDialog": "coord-passphrase",
    "WelcomePage": "welcome",
    "EvidencePanel": "evidence",
    "IndicatorPage": "indicator",
    "NavigatorPanel": "indicator",
    "OverviewPage": "overview",
    "ProposalDialog": "previous-period",
    "CarryFilesDialog": "welcome",
    "PreviousPanel": "previous-period",
    "PortalFolderDialog": "portal",
    "DocumentDatesDialog": "evidence",
    "PlaceEvidenceDialog": "evidence",
}
COORDINATOR_TABS = (
    "coord-opd",
    "coord-import",
    "coord-matrix",
    "coord-ranking",
    "coord-review",
    "coord-reports",
    "coord-monitor",
    "coord-assessor",
    "coord-items",
)


def _coordinator(widget: QWidget) -> str:
    tabs = getattr(getattr(widget, "ui", None), "tabs", None)
    index = tabs.currentIndex() if tabs is not None else -1
    return COORDINATOR_TABS[index] if 0 <= index < len(COORDINATOR_TABS) else "coordinator"


def _main_window(window: QWidget) -> str:
    """The main window without a focused page: what its stack shows."""
    ui = getattr(window, "ui", None)
    stack = getattr(ui, "stack", None)
    if stack is None:
        return "index"
    shown = stack.currentWidget()
    if shown is getattr(ui, "welcomeHolder", None):
        return "welcome"
    if type(shown).__name__ == "CoordinatorWindow":
        return _coordinator(shown)
    page = ui.pages.currentWidget() if hasattr(ui, "pages") else None
    return DIALOGS.get(type(page).__name__, "indicator")


RESOLVERS: dict[str, Callable[[QWidget], str]] = {
    "CoordinatorWindow": _coordinator,
    "MainWindow": _main_window,
}


def topic_for(widget: QWidget | None) -> str:
    """The help topic of the screen or dialog `widget` is part of ("index" when none is known)."""
    current = widget
    while current is not None:
        name = type(current).__name__
        if name in DIALOGS:
            return DIALOGS[name]
        if name in RESOLVERS:
            return RESOLVERS[name](current)
        current = current.parentWidget()
    return "index"
