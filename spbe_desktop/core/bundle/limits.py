"""The bounds a package must stay within: data, in one place, so reader and writer agree.

They protect a coordinator's PC from hostile or broken packages (zip bombs, millions of members,
JSON nested deep enough to exhaust the stack) while leaving room for a large real submission.
"""

from __future__ import annotations

from dataclasses import dataclass

GIB = 1024**3
MIB = 1024**2


@dataclass(frozen=True)
class Limits:
    max_members: int = 20_000
    max_member_bytes: int = 8 * GIB
    max_total_bytes: int = 64 * GIB
    # A member inflating more than this ratio (and beyond bomb_min_bytes) is treated as a bomb.
    max_ratio: float = 100.0
    bomb_min_bytes: int = 1 * MIB
    max_tag_file_bytes: int = 16 * MIB
    max_json_bytes: int = 32 * MIB
    max_json_depth: int = 32
    max_audit_bytes: int = 256 * MIB
    max_audit_line_bytes: int = 1 * MIB
    max_name_bytes: int = 255


DEFAULT_LIMITS = Limits()
