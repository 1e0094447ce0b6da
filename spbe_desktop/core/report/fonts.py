"""The TrueType fonts every PDF embeds (DejaVu Sans covers all of Indonesian and the symbols the
reports print; its monospaced face prints hashes and fingerprints), registered with reportlab once
per process."""

from __future__ import annotations

from functools import cache

from spbe_desktop.core.paths import resource_dir

REGULAR = "SPBE-Sans"
BOLD = "SPBE-Sans-Bold"
MONO = "SPBE-Mono"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts; returns the (regular, bold) names to use in styles."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = resource_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(MONO, str(fonts / "DejaVuSansMono.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
