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


def test_array_views_equal_spacys_token_views(shared_dir) -> None:
    """token_texts / sentence_bounds / sentence_tokens read columns instead of building a Token
    per token; they must say exactly what spaCy's Token and Span views say, the text filed by
    the tokenizer included."""
    from pathlib import Path

    from newsner.tokenization import doc_text, sentence_bounds, token_texts

    pages = sorted((Path(__file__).parent / "pages").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in pages]
    texts.append((shared_dir / "fixtures" / "republika-lavrov-blinken.txt").read_text("utf-8"))
    texts += ["", "  \n\n ", "anak-anak/bapak-bapak  ke-2\u00a0x-ray-nya\n\nDr. Ani tiba."]
    for text in texts:
        doc = NLP(text)
        assert doc_text(doc) == doc.text == text
        assert token_texts(doc) == [t.text for t in doc]
        assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]
        assert sentence_tokens(doc) == [
            toks for s in doc.sents
            if (toks := [(t.text, t.idx, t.idx + len(t.text)) for t in s if not t.is_space])]
