"""The PySide6 desktop interface: thin widgets over `spbe_desktop.core`."""
