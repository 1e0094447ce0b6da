"""The QR code printed on the summary: the package's identity, readable by any phone."""

from __future__ import annotations

from typing import Any


def qr_flowable(value: str, size: float) -> Any:
    """The QR code as a flowable drawn with plain rectangles (a reportlab Drawing would name
    Helvetica in the page and leave an unembedded font in the PDF)."""
    from reportlab.graphics.barcode import qrencoder
    from reportlab.platypus import Flowable

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    quiet = 2  # modules of white border, part of the QR standard's quiet zone

    class QrFlowable(Flowable):
        def wrap(self, *_args: Any) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            module = size / (count + 2 * quiet)
            canvas = self.canv
            canvas.setFillColorRGB(0, 0, 0)
            for row in range(count):
                for col in range(count):
                    if code.isDark(row, col):
                        x = (col + quiet) * module
                        y = size - (row + quiet + 1) * module
                        canvas.rect(x, y, module, module, stroke=0, fill=1)

    return QrFlowable()
