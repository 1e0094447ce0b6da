"""The coordinator's (Diskominfo's) screens: import the OPDs' packages, consolidate, rank,
review, report. `CoordinatorHost` puts them into the main window for coordinator workspaces."""

from .host import CoordinatorHost

__all__ = ["CoordinatorHost"]
