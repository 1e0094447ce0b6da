"""Opening a ZIP that may be hostile: the central directory is checked before any member is read.

Nothing is ever extracted. Members are read straight from the archive, each bounded by its
declared size (zipfile never returns more than that), and stored members are read raw from the
file so that verifying costs little more than hashing the bytes once.
"""

from __future__ import annotations

import re
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .limits import Limits

_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_MAGIC = b"PK\x03\x04"
_END_RECORD = struct.Struct("<4s4H2LH")
_END_MAGIC = b"PK\x05\x06"
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile("[\x00-\x1f\x7f]")
CHUNK = 1024 * 1024


class ZipProblem(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def open_checked(path: Path, limits: Limits) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """The archive and its file members by name, or ZipProblem naming the first unsafe thing."""
    size = _file_size(path)
    if size == 0:
        raise ZipProblem("NOT_A_ZIP", "empty")
    _check_end_record(path, size)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ZipProblem(_bad_zip_code(path, exc), str(exc)) from exc
    # RuntimeError covers zipfile's "compression method not supported" error.
    except (OSError, EOFError, ValueError, struct.error, RuntimeError) as exc:
        raise ZipProblem(_bad_zip_code(path, exc), str(exc)) from exc
    try:
        members = check_members(archive.infolist(), size, limits)
    except BaseException:
        archive.close()
        raise
    return archive, members


def check_members(
    infos: list[zipfile.ZipInfo], archive_size: int, limits: Limits
) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > limits.max_members:
        raise ZipProblem("ZIP_TOO_LARGE", f"{len(infos)} members")
    members: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(info.orig_filename, limits)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise ZipProblem("ZIP_SYMLINK", name)
        if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise ZipProblem("ZIP_UNSAFE_PATH", name)  # device, fifo, socket
        if info.flag_bits & 0x1:
            raise ZipProblem("ZIP_ENCRYPTED", name)
        # Windows and macOS fold case: two names differing only in case would collide there.
        key = name.casefold()
        if key in folded:
            raise ZipProblem("ZIP_DUPLICATE_NAME", name)
        folded.add(key)
        if info.is_dir():
            if info.file_size:
                raise ZipProblem("ZIP_CORRUPT", name)
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ZipProblem("ZIP_UNSUPPORTED", f"{name}: method {info.compress_type}")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise ZipProblem("ZIP_CORRUPT", name)
        if info.file_size > limits.max_member_bytes:
            raise ZipProblem("ZIP_TOO_LARGE", f"{name}: {info.file_size} bytes")
        if info.file_size > limits.bomb_min_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise ZipProblem("ZIP_BOMB", f"{name}: {info.compress_size} → {info.file_size}")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ZipProblem("ZIP_TOO_LARGE", f"{total} bytes")
        members[name] = info
    _check_layout(infos, archive_size)
    return members


def _check_name(raw: str, limits: Limits) -> None:
    name = raw
    if (
        not name
        or len(name.encode("utf-8", "surrogatepass")) > limits.max_name_bytes
        or name.startswith(("/", "\\"))
        or "\\" in name
        or _DRIVE.match(name)
        or _CONTROL.search(name)
    ):
        raise ZipProblem("ZIP_UNSAFE_PATH", name)
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ZipProblem("ZIP_UNSAFE_PATH", name)


def _check_layout(infos: list[zipfile.ZipInfo], archive_size: int) -> None:
    """Members must not overlap or run past the end: overlapping entries are a bomb technique."""
    spans = sorted((i.header_offset, i.compress_size, i.filename) for i in infos)
    end = 0
    for offset, length, name in spans:
        if offset < end:
            raise ZipProblem("ZIP_BOMB", f"{name}: overlapping members")
        end = offset + _LOCAL_HEADER.size + length
        if end > archive_size:
            raise ZipProblem("ZIP_TRUNCATED", name)


def read_small(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, code: str = "JSON_TOO_LARGE"
) -> bytes:
    """A whole member (tag files, JSON), refused when its declared size is over `limit`."""
    if info.file_size > limit:
        raise ZipProblem(code, f"{info.filename}: {info.file_size} bytes")
    return b"".join(iter_member(archive, info))


def iter_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    own_file: Path | None = None,
    buffer: Callable[[], bytearray] | None = None,
) -> Iterator[bytes | memoryview]:
    """A member's bytes in chunks. Damage shows as ZipProblem(ZIP_CORRUPT).

    `own_file` (the archive's path) reads a stored member through a file handle of its own, so
    that several threads can hash several members at once. With `buffer`, a stored member is
    read into the buffers it returns and comes as views of them (the reader reuses them).
    """
    try:
        if info.compress_type == zipfile.ZIP_STORED and own_file is not None:
            with own_file.open("rb") as fp:
                yield from _iter_stored(fp, info, buffer)
            return
        if info.compress_type == zipfile.ZIP_STORED:
            yield from _iter_stored(archive.fp, info, buffer)
            return
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                yield chunk
    except ZipProblem:
        raise
    except Exception as exc:  # BadZipFile (CRC, header), zlib.error, OSError: a damaged member
        raise ZipProblem("ZIP_CORRUPT", f"{info.filename}: {exc}") from exc


def _iter_stored(
    fp: BinaryIO, info: zipfile.ZipInfo, buffer: Callable[[], bytearray] | None
) -> Iterator[bytes | memoryview]:
    # Raw read: the SHA-256 in the manifest already vouches for the bytes, so the CRC is skipped.
    fp.seek(info.header_offset)
    header = fp.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size:
        raise ZipProblem("ZIP_TRUNCATED", info.filename)
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_MAGIC or fields[4] != zipfile.ZIP_STORED:
        raise ZipProblem("ZIP_CORRUPT", info.filename)
    name = fp.read(fields[10])
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    if name.decode(encoding, "replace") != info.orig_filename:
        raise ZipProblem("ZIP_CORRUPT", f"{info.filename}: names differ")
    fp.seek(fields[11], 1)
    left = info.compress_size
    while left:
        if buffer is None:
            chunk: bytes | memoryview = fp.read(min(CHUNK, left))
        else:
            view = memoryview(buffer())
            chunk = view[: fp.readinto(view[: min(len(view), left)])]
        if not chunk:
            raise ZipProblem("ZIP_TRUNCATED", info.filename)
        left -= len(chunk)
        yield chunk


def _file_size(path: Path) -> int:
    try:
        if not path.is_file():
            raise ZipProblem("FILE_NOT_FOUND", str(path))
        return path.stat().st_size
    except OSError as exc:
        raise ZipProblem("FILE_UNREADABLE", str(exc)) from exc


def _check_end_record(path: Path, size: int) -> None:
    """The end-of-archive record must end exactly at the end of the file.

    zipfile searches backwards for the record; in a truncated package it can find the one of an
    evidence file that is itself a ZIP (DOCX, XLSX) and read that as the package.
    """
    tail_size = min(size, _END_RECORD.size + 0xFFFF)
    try:
        with path.open("rb") as fh:
            fh.seek(size - tail_size)
            tail = fh.read(tail_size)
    except OSError as exc:
        raise ZipProblem("FILE_UNREADABLE", str(exc)) from exc
    at = tail.rfind(_END_MAGIC)
    while at >= 0:
        record = tail[at : at + _END_RECORD.size]
        if len(record) == _END_RECORD.size:
            comment = _END_RECORD.unpack(record)[-1]
            if at + _END_RECORD.size + comment == len(tail):
                return
        at = tail.rfind(_END_MAGIC, 0, at)
    raise ZipProblem(_bad_zip_code(path, None), "no end record")


def _bad_zip_code(path: Path, exc: BaseException | None) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return "FILE_UNREADABLE"
    # A ZIP start without an end record is a download or copy that stopped early.
    if head == _LOCAL_MAGIC:
        return "ZIP_TRUNCATED"
    if head[:2] == b"PK":
        return "ZIP_CORRUPT"
    return "NOT_A_ZIP"
