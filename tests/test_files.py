"""File names made from names people type: one rule everywhere a file name is suggested."""

from __future__ import annotations

import pytest

from spbe_desktop.core.files import safe_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dinas Komunikasi dan Informatika", "Dinas-Komunikasi-dan-Informatika"),
        ("  Badan Kepegawaian (BKPSDM) ", "Badan-Kepegawaian-BKPSDM"),
        ("Dinas PU & PR / Bina Marga", "Dinas-PU-PR-Bina-Marga"),
        ("../../etc/passwd", "etc-passwd"),
        ('a:b*c?d"e<f>g|h\\i', "a-b-c-d-e-f-g-h-i"),
        ("Dinas\tKesehatan\nKota", "Dinas-Kesehatan-Kota"),
        ("Sekretariat DPRD — Bagian Umum", "Sekretariat-DPRD-Bagian-Umum"),
        ("Dinas Pariwisata Bañuwangi", "Dinas-Pariwisata-Bañuwangi"),
    ],
)
def test_safe_name(name, expected):
    assert safe_name(name) == expected


def test_safe_name_falls_back_when_nothing_is_left():
    assert safe_name("", "opd") == "opd"
    assert safe_name(" --- / .. ", "opd") == "opd"
    assert safe_name("***") == ""
