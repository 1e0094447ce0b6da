"""The Qt-free core: instruments, scoring, the workspace file, evidence, packages and reports."""
