"""One ``Pipeline`` shared by threads gives the same results as the same calls made serially."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    "Presiden Joko Widodo bertemu Sekjen PBB Antonio Guterres di Jakarta, Senin.",
    "REPUBLIKA.CO.ID, STOCKHOLM -- Menteri Luar Negeri Rusia Sergey Lavrov dan Menteri Luar "
    "Negeri Amerika Serikat (AS) Antony Blinken bertemu di Stockholm.",
    "Gubernur Jawa Barat Ridwan Kamil meresmikan jalan tol di Bandung. Kamil mengatakan "
    "proyek itu dibiayai Bank Indonesia dan PT Jasa Marga (Persero) Tbk.",
    "KPK memeriksa Direktur Utama PT Pertamina\u00a0(Persero) Nicke Widyawati di Jakarta\u200b.",
    "Jakarta - Kapolri Jenderal Listyo Sigit Prabowo tiba di Makassar, Sulawesi Selatan 👍🏽.",
    "Menlu Retno Marsudi bertemu Menlu AS Antony Blinken di Washington.\r\n\r\nBaca juga: "
    "Prabowo Subianto ke Moskow",
    "",
    "Bank Indonesia memutuskan mempertahankan suku bunga acuan, kata Gubernur BI Perry "
    "Warjiyo.\x00",
]


def test_concurrent_extract_matches_serial(nlp):
    serial = {t: nlp.extract(t) for t in TEXTS}
    jobs = TEXTS * 6  # 48 calls over 4 threads, interleaved
    start = threading.Barrier(4)

    def run(i: int):  # noqa: ANN202
        if i < 4:
            start.wait(timeout=60)  # all four threads enter extract together
        return nlp.extract(jobs[i])

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(run, range(len(jobs))))
    for text, got in zip(jobs, results, strict=True):
        assert got == serial[text]


def test_concurrent_analyze_and_extract_many(nlp):
    serial_docs = [nlp.analyze(t) for t in TEXTS]
    serial_many = list(nlp.extract_many(TEXTS, batch_size=3))

    def analyze_all():  # noqa: ANN202
        return [nlp.analyze(t) for t in TEXTS]

    def many():  # noqa: ANN202
        return list(nlp.extract_many(TEXTS, batch_size=3))

    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(analyze_all), pool.submit(many), pool.submit(analyze_all),
                   pool.submit(many)]
        outs = [f.result(timeout=600) for f in futures]
    assert outs[0] == serial_docs and outs[2] == serial_docs
    assert outs[1] == serial_many and outs[3] == serial_many
