"""File names in a portal folder: `I{indicator}-L{level}-{item:02d}[{letter}][-{slug}].{ext}`.

The indicator number is unpadded, the item two digits; the slug is ASCII letters, digits and
hyphens; the whole name stays within 100 characters so the folder works on Windows paths.
"""

from __future__ import annotations

import re
import unicodedata

from spbe_desktop.core.evidence.items import item_ref

MAX_NAME = 100
MAX_SLUG = 40
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_EXT = re.compile(r"^[a-z0-9]{1,8}$")


def slug(text: str, limit: int = MAX_SLUG) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary within `limit`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [w for w in _NOT_SLUG.split(ascii_text.lower()) if w]
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    if not result and words:
        result = words[0][:limit]
    return result


def extension(name: str) -> str:
    """The file's extension in lower case, or "bin" when it has none a portal would take."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return ext if _EXT.match(ext) else "bin"


def portal_name(
    indicator: int, level: int, item: int, ext: str, words: str = "", letter: str = ""
) -> str:
    """The name of one file in the portal folder; the slug from `words` is shortened (or left
    out) so that the name never exceeds MAX_NAME characters."""
    stem = item_ref(level, item, indicator) + letter
    room = MAX_NAME - len(stem) - len(ext) - 2  # the hyphen before the slug and the dot
    tail = slug(words, min(MAX_SLUG, room)) if room > 0 else ""
    return f"{stem}-{tail}.{ext}" if tail else f"{stem}.{ext}"


def letter(position: int) -> str:
    """a, b, …, z, then aa, ab, … for the separate files of one item."""
    result = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        result = chr(ord("a") + rest) + result
    return result
