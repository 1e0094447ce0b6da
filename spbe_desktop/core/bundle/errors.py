"""Every way a package can fail, with a stable code and a plain sentence in both languages.

Codes are a contract: `spbe verify --json`, the coordinator and tests rely on them.
"""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.errors import BundleError

# code: (Indonesian, English); {detail} is filled with the member name or a short fact.
MESSAGES: dict[str, tuple[str, str]] = {
    "FILE_NOT_FOUND": (
        "Berkas paket tidak ditemukan: {detail}.",
        "The package file was not found: {detail}.",
    ),
    "FILE_UNREADABLE": (
        "Berkas paket tidak bisa dibaca: {detail}.",
        "The package file cannot be read: {detail}.",
    ),
    "NOT_A_ZIP": (
        "Berkas ini bukan paket .spbe (bukan arsip ZIP).",
        "This file is not a .spbe package (not a ZIP archive).",
    ),
    "ZIP_TRUNCATED": (
        "Paket terpotong (tidak lengkap); minta pengirim mengirim ulang.",
        "The package is truncated (incomplete); ask the sender to send it again.",
    ),
    "ZIP_CORRUPT": (
        "Paket rusak: {detail}. Minta pengirim mengirim ulang.",
        "The package is damaged: {detail}. Ask the sender to send it again.",
    ),
    "ZIP_UNSAFE_PATH": (
        "Paket berisi nama berkas yang berbahaya ({detail}); paket ditolak.",
        "The package holds an unsafe file name ({detail}); it is refused.",
    ),
    "ZIP_SYMLINK": (
        "Paket berisi tautan simbolik ({detail}); paket ditolak.",
        "The package holds a symbolic link ({detail}); it is refused.",
    ),
    "ZIP_DUPLICATE_NAME": (
        "Paket berisi nama berkas ganda ({detail}); paket ditolak.",
        "The package holds the same file name twice ({detail}); it is refused.",
    ),
    "ZIP_ENCRYPTED": (
        "Paket berisi berkas terenkripsi ({detail}); paket ditolak.",
        "The package holds an encrypted member ({detail}); it is refused.",
    ),
    "ZIP_UNSUPPORTED": (
        "Paket memakai metode kompresi yang tidak didukung ({detail}).",
        "The package uses an unsupported compression method ({detail}).",
    ),
    "ZIP_BOMB": (
        "Paket mengembang tidak wajar saat dibuka ({detail}); paket ditolak demi keamanan.",
        "The package inflates abnormally ({detail}); it is refused for safety.",
    ),
    "ZIP_TOO_LARGE": (
        "Paket melampaui batas ukuran atau jumlah berkas ({detail}).",
        "The package exceeds the size or file-count limits ({detail}).",
    ),
    "BAG_INVALID": (
        "Struktur paket tidak sah ({detail}).",
        "The package structure is not valid ({detail}).",
    ),
    "BAG_MISSING_FILE": (
        "Berkas hilang dari paket: {detail}.",
        "A file is missing from the package: {detail}.",
    ),
    "BAG_EXTRA_FILE": (
        "Paket berisi berkas yang tidak tercatat di manifes: {detail}.",
        "The package holds a file not listed in its manifest: {detail}.",
    ),
    "BAG_HASH_MISMATCH": (
        "Isi berkas berubah sejak paket ditandatangani: {detail}.",
        "A file changed after the package was signed: {detail}.",
    ),
    "BAG_OXUM_MISMATCH": (
        "Jumlah atau ukuran berkas isi tidak sesuai catatan paket ({detail}).",
        "The number or size of payload files does not match the package record ({detail}).",
    ),
    "TAGMANIFEST_MISMATCH": (
        "Berkas keterangan paket berubah sejak ditandatangani: {detail}.",
        "A package description file changed after signing: {detail}.",
    ),
    "SIGNATURE_MISSING": (
        "Paket tidak bertanda tangan (signature.json tidak ada atau tidak lengkap).",
        "The package is not signed (signature.json is missing or incomplete).",
    ),
    "SIGNATURE_INVALID": (
        "Tanda tangan paket tidak sah: paket diubah atau ditandatangani kunci lain.",
        "The package signature is not valid: it was altered or signed with another key.",
    ),
    "METADATA_INCONSISTENT": (
        "Keterangan paket saling bertentangan ({detail}).",
        "The package descriptions contradict each other ({detail}).",
    ),
    "FORMAT_TOO_NEW": (
        "Paket ini dibuat oleh versi SPBE Desktop yang lebih baru (format {detail}); perbarui "
        "aplikasi untuk membacanya.",
        "This package was made by a newer version of SPBE Desktop (format {detail}); update the "
        "app to read it.",
    ),
    "JSON_INVALID": (
        "Berkas data paket tidak sah: {detail}.",
        "A package data file is not valid: {detail}.",
    ),
    "JSON_TOO_DEEP": (
        "Berkas data paket bersarang terlalu dalam ({detail}); paket ditolak.",
        "A package data file is nested too deeply ({detail}); it is refused.",
    ),
    "JSON_TOO_LARGE": (
        "Berkas data paket terlalu besar ({detail}); paket ditolak.",
        "A package data file is too large ({detail}); it is refused.",
    ),
    "AUDIT_CHAIN_BROKEN": (
        "Riwayat perubahan di paket terputus atau diubah (baris {detail}).",
        "The change history in the package is broken or edited (row {detail}).",
    ),
    "PACKAGE_CHANGED": (
        "Berkas paket {detail} berubah setelah diperiksa; salin ulang lalu impor lagi.",
        "The package file {detail} changed after it was checked; copy it again and re-import.",
    ),
    "SELF_CHECK_FAILED": (
        "Paket yang baru ditulis gagal diperiksa ulang ({detail}); berkas tidak disimpan.",
        "The package just written failed its own check ({detail}); no file was kept.",
    ),
}


def problem(code: str, detail: Any = "") -> dict[str, str]:
    """One error entry as in `verify --json`: code plus both messages."""
    indonesian, english = MESSAGES[code]
    detail = _short(str(detail))
    return {
        "code": code,
        "message_id": indonesian.format(detail=detail),
        "message_en": english.format(detail=detail),
    }


def bundle_error(code: str, detail: Any = "") -> BundleError:
    entry = problem(code, detail)
    return BundleError(entry["message_id"], entry["message_en"], code=code)


def _short(text: str, limit: int = 120) -> str:
    # Names come from hostile input: keep them printable and short in messages.
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
