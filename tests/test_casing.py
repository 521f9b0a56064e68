"""Casing detection (newsner.casing): what decides which decoding bias a sentence gets."""

from __future__ import annotations

import pytest

from newsner.casing import CASED, LOWER, UPPER, casing


@pytest.mark.parametrize(("text", "expected"), [
    ("Presiden Joko Widodo tiba di Jakarta .", CASED),
    ("presiden joko widodo tiba di jakarta .", LOWER),
    ("jokowi bertemu ketua KPK di istana kemarin", LOWER),  # an acronym in lower-cased text
    ("PRESIDEN JOKO WIDODO TIBA DI JAKARTA .", UPPER),
    ("BOJAN HODAK: PERSIB SIAP HADAPI PERSIJA", UPPER),
    ("Jokowi Minta Menteri Fokus Tangani Harga Minyak Goreng", CASED),  # title case
    ("KPK tahan dua tersangka suap di Lampung", CASED),
    ("ok", CASED),  # too short to tell
    ("", CASED),
    ("123 456 789", CASED),
])
def test_casing(text, expected):
    assert casing(text.split()) == expected
