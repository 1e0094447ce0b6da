"""Draw the application icon (spbe_desktop/resources/icons/spbe-desktop.png and .ico) with Pillow.

Run once when the design changes; the files are kept in the repository because the Windows
build needs the .ico before anything else runs. The mark: a document with a rising bar chart
(an assessment whose index climbs), in the app's blue.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "spbe_desktop" / "resources" / "icons"
BLUE, LIGHT, WHITE, GREEN = (31, 78, 121), (220, 230, 240), (255, 255, 255), (46, 125, 50)


def draw(size: int = 256) -> Image.Image:
    s = size / 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=BLUE)
    d.rounded_rectangle((58 * s, 36 * s, 198 * s, 220 * s), radius=14 * s, fill=WHITE)
    for n, height in enumerate((40, 70, 100)):
        left = (80 + n * 34) * s
        d.rectangle((left, (196 - height) * s, left + 24 * s, 196 * s), fill=BLUE)
    d.line((78 * s, 120 * s, 176 * s, 64 * s), fill=GREEN, width=max(1, round(10 * s)))
    d.rectangle((78 * s, 200 * s, 178 * s, 204 * s), fill=LIGHT)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw(256)
    icon.save(OUT / "spbe-desktop.png")
    icon.save(
        OUT / "spbe-desktop.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )


if __name__ == "__main__":
    main()
