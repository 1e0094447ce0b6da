"""How every figure is shown: one rule for every index, aspect, domain and indicator value.

A published figure is rounded half-up to the instrument's decimals (two): 2.625 is 2.63, never
2.62 (Python's `Decimal.quantize` and `round` round half to even by default; binary floats turn
2.675 into 2.67499…). Text for people uses the language's decimal mark (2,63 in Indonesian,
2.63 in English); the `*_display` strings in JSON always use a dot. The CLI, the JSON, the GUI,
both PDFs and the workbook all go through `figure` (or `rounded`, for a number cell).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DECIMALS = 2
Figure = Decimal | int | float | str


def rounded(value: Figure, decimals: int = DECIMALS) -> Decimal:
    """The value as published: exact, rounded half-up to `decimals`."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value).replace(",", "."))
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def figure(
    value: Figure | None,
    lang: str | None = None,
    decimals: int = DECIMALS,
    *,
    signed: bool = False,
) -> str | None:
    """The figure as text: "2,63" for lang "id", "2.63" for "en" and for JSON (lang None).
    `signed` writes a plus before a rise ("+0,12"), as in a change column. None stays None."""
    if value is None:
        return None
    shown = rounded(value, decimals)
    if shown == 0:
        shown = abs(shown)  # -0.00 reads as a fall that is not there
    result = f"{shown:f}"
    if signed and shown > 0:
        result = f"+{result}"
    return result.replace(".", ",") if lang == "id" else result
