"""Tokens the way the corpora split them, and sentences the way news is written."""

from __future__ import annotations

from newsner.tokenization import make_tokenizer, sentence_tokens

NLP = make_tokenizer()


def sentences(text: str) -> list[str]:
    return [" ".join(t for t, _, _ in s) for s in sentence_tokens(NLP(text))]


def test_hyphen_and_punctuation_split_like_the_corpora() -> None:
    toks = [t for t, _, _ in sentence_tokens(NLP("Hubungan Rusia-AS (OSCE), kata dia."))[0]]
    assert toks == ["Hubungan", "Rusia", "-", "AS", "(", "OSCE", ")", ",", "kata", "dia", "."]


def test_abbreviations_do_not_end_sentences() -> None:
    assert sentences("Dia bekerja di PT. Bank Mandiri Tbk. sejak 2010. Lalu pindah.") == [
        "Dia bekerja di PT . Bank Mandiri Tbk . sejak 2010 .", "Lalu pindah ."]
    assert len(sentences("Ujar Dr. Budi Santoso kemarin.")) == 1


def test_quotes_stay_with_their_sentence() -> None:
    assert sentences('Dia pergi. "Kami tertarik," ujar dia. Lalu pulang.') == [
        "Dia pergi .", '" Kami tertarik , " ujar dia .', "Lalu pulang ."]


def test_paragraph_breaks_always_split() -> None:
    assert sentences("Judul Berita Hari Ini\n\nJakarta adalah ibu kota") == [
        "Judul Berita Hari Ini", "Jakarta adalah ibu kota"]


def test_offsets_index_the_text() -> None:
    text = "  Menlu AS  Blinken\n\ntiba di Jakarta."
    for sent in sentence_tokens(NLP(text)):
        for tok, start, end in sent:
            assert text[start:end] == tok


def test_run_on_text_is_capped() -> None:
    text = " ".join(["kata"] * 1000)
    assert max(len(s) for s in sentence_tokens(NLP(text))) <= 120


def test_fast_tokenizer_equals_spacy_stock_indonesian(shared_dir) -> None:
    """make_tokenizer skips building spaCy's 15,600 hyphen special cases; nothing may change."""
    from pathlib import Path

    from newsner.tokenization import stock_tokenizer

    pages = sorted((Path(__file__).parent / "pages").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in pages]
    texts.append((shared_dir / "fixtures" / "republika-lavrov-blinken.txt").read_text("utf-8"))
    texts.append("anak-anak/bapak-bapak Perserikatan Bangsa-Bangsa (PBB) ke-2 x-ray-nya")
    stock = stock_tokenizer()

    def tokens(nlp, text):  # noqa: ANN001, ANN202
        return [(t.text, t.idx, t.is_sent_start) for t in nlp(text)]

    for text in texts:
        assert tokens(NLP, text) == tokens(stock, text)
