"""SPBE Desktop: offline self-assessment for the SPBE and Pemerintah Digital evaluations."""

__version__ = "0.1.0"
APP_NAME = "SPBE Desktop"
