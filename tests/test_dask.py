"""newsner on Dask: a real LocalCluster (2 worker processes on loopback) gives what
``extract_many`` gives, survives a worker killed mid-run, and reports failing articles by id.

One module-scoped cluster serves every cluster test (each worker loads the model once).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from distributed import Client  # noqa: E402

import newsner.dask as nd  # noqa: E402
from newsner.pipeline import default_model_dir  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "fixtures" / "republika-lavrov-blinken.txt"

def _plain(texts: list[str]) -> list[list[dict]]:
    """``extract_many`` on one process, as mention dicts (runs on a worker)."""
    import newsner

    return [nd.mention_dicts(ents) for ents in newsner.extract_many(texts)]


def _kill_once(partition: list[str], marker: str, victim: str) -> list[str]:
    """Kill this worker process the first time the partition holding ``victim`` runs."""
    partition = list(partition)
    if victim in partition:
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return partition
        os.close(fd)
        os._exit(1)
    return partition


def _cache_size() -> int:
    from newsner.pipeline import _DEFAULT

    return len(_DEFAULT)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    if not (SHARED / "data" / "nerui").is_dir() or not SEED.exists():
        pytest.skip("../shared/data and fixtures are not here")
    from newsner.training.corpora import read_corpus

    return [s.text for s in read_corpus("nerui", "test.01")[:20]] + [SEED.read_text("utf-8")]


@pytest.fixture(scope="module")
def client():
    if not (default_model_dir() / "id_newsner_nertagger.pt").exists():
        pytest.skip(f"no model in {default_model_dir()}")
    with (dask.config.set({"distributed.scheduler.allowed-failures": 2}),
          nd.local_cluster(2, silence_logs=logging.ERROR) as cluster,
          Client(cluster) as c):
        c.register_plugin(nd.PreloadPipeline())
        yield c


@pytest.fixture(scope="module")
def expected(client: Client, texts: list[str]) -> list[list[dict]]:
    return client.submit(_plain, texts, pure=False).result()


# --- no cluster: isolating a failing article inside a batch --------------------------------


class _FakePipeline:
    """Stands in for the model: one mention per text, and 'BOOM' raises inside the tagger."""

    def __init__(self) -> None:
        self.pipe_calls = 0

    def _doc(self, text: str):
        from newsner.types import Document, Entity

        if "BOOM" in text:
            raise RuntimeError("tagger exploded")
        return Document(text, (Entity(text[:3], "PER", 0, 3),))

    def pipe(self, texts, batch_size=32, clean=True):
        self.pipe_calls += 1
        batch: list[str] = []
        for text in [*texts, None]:
            if text is not None:
                batch.append(text)
            if batch and (len(batch) == batch_size or text is None):
                docs = [self._doc(t) for t in batch]
                batch = []
                yield from docs

    def analyze(self, text, clean=True):
        return self._doc(text)


def test_failing_article_is_isolated_and_the_rest_stay_batched(monkeypatch) -> None:
    fake = _FakePipeline()
    monkeypatch.setattr(nd, "load", lambda model_dir=None, stanza_tokenizer=None: fake)
    texts = [f"Ani{i}" for i in range(10)]
    texts[4] = "BOOM"
    texts[7] = 7  # type: ignore[call-overload]
    out = nd.extract_texts(texts, batch_size=3)
    assert len(out) == 10
    assert nd.failures(out) == [(4, "RuntimeError: tagger exploded"),
                                (7, "TypeError: newsner takes str, got int")]
    for i, mentions in enumerate(out):
        if i not in (4, 7):
            assert mentions == [{"text": "Ani", "label": "PER", "start": 0, "end": 3,
                                 "score": 1.0, "canonical": "Ani"}]
    assert fake.pipe_calls == 2  # one pipe call, and one more for what followed the bad batch
    assert nd.extract_texts([None, float("nan")]) == [[], []]
    assert nd.failures(nd.extract_texts([None]))[0][1] == "ValueError: missing text"


# --- a real LocalCluster ------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.enable_socket
def test_bag_equals_extract_many(client: Client, texts, expected) -> None:
    bag = nd.extract_bag(db.from_sequence(texts, npartitions=7), batch_size=2)
    result = client.compute(bag).result()
    assert result == expected
    assert nd.failures(result) == []
    assert sum(map(len, expected)) > 40
    assert set(expected[-1][0]) == set(nd.MENTION_KEYS)


@pytest.mark.slow
@pytest.mark.enable_socket
def test_dataframe_one_row_per_mention(client: Client, texts, expected) -> None:
    ids = [f"art-{i:02d}" for i in range(len(texts))]
    ddf = dd.from_pandas(pd.DataFrame({"id": ids, "text": texts}), npartitions=3)
    table = nd.extract_dataframe(ddf)
    assert list(table.columns) == list(nd.COLUMNS)
    frame = client.compute(table).result()
    assert frame.dtypes.to_dict() == table._meta.dtypes.to_dict()
    assert frame["error"].isna().all()
    want = [(ids[i], m["label"], m["text"], m["start"], m["end"], m["canonical"], m["score"])
            for i, mentions in enumerate(expected) for m in mentions]
    got = list(frame.drop(columns="error").itertuples(index=False, name=None))
    assert got == want


@pytest.mark.slow
@pytest.mark.enable_socket
def test_pipeline_loaded_once_per_worker_process(client: Client, texts) -> None:
    bag = nd.extract_bag(db.from_sequence(texts, npartitions=len(texts)), batch_size=1)
    client.compute(bag).result()
    assert list(client.run(_cache_size).values()) == [1, 1]


@pytest.mark.slow
@pytest.mark.enable_socket
def test_failing_article_reported_by_id_without_aborting(client: Client, texts, expected
                                                        ) -> None:
    bad = [*texts[:3], 42, *texts[3:6], None]
    result = client.compute(nd.extract_bag(db.from_sequence(bad, npartitions=3))).result()
    assert nd.failures(result) == [(3, "TypeError: newsner takes str, got int"),
                                   (7, "ValueError: missing text")]
    assert result[:3] + result[4:7] == expected[:6]

    column = pd.Series([texts[0], 3.5, texts[1], texts[2]], dtype=object)
    with dask.config.set({"dataframe.convert-string": False}):  # keep 3.5 a float
        ddf = dd.from_pandas(pd.DataFrame({"id": [10, 11, 12, 13], "text": column}),
                             npartitions=2)
        frame = client.compute(nd.extract_dataframe(ddf)).result()
    errors = frame[frame["error"].notna()]
    assert errors["id"].tolist() == [11]
    assert errors["error"].tolist() == ["TypeError: newsner takes str, got float"]
    assert errors[["label", "text", "start"]].isna().all().all()
    assert frame[frame["id"] == 12]["text"].tolist() == [m["text"] for m in expected[1]]


@pytest.mark.slow
@pytest.mark.enable_socket
def test_cli_writes_parquet_and_reports_failures(client: Client, texts, expected, tmp_path,
                                                 capsys) -> None:
    from newsner.cli import main

    files = []
    for i, text in enumerate(texts[:4]):
        files.append(tmp_path / f"a{i}.txt")
        files[-1].write_text(text, encoding="utf-8")
    out = tmp_path / "out.parquet"
    address = client.scheduler.address
    assert main(["extract", *map(str, files), "--dask", address, "--output", str(out),
                 "--progress", "--batch-size", "2"]) == 0
    frame = pd.read_parquet(out)
    ids = [str(f.resolve()) for f, ms in zip(files, expected[:4], strict=True) for _ in ms]
    assert frame["id"].tolist() == ids
    assert frame["text"].tolist() == [m["text"] for ms in expected[:4] for m in ms]

    table = tmp_path / "in.parquet"
    pd.DataFrame({"id": [1, 2, 3], "text": [texts[0], None, texts[1]]}).to_parquet(table)
    assert main(["extract", str(table), "--dask", address, "--output", str(out)]) == 0
    frame = pd.read_parquet(out)
    assert frame[frame["error"].isna()]["id"].tolist() == [1] * len(expected[0]) + [
        3] * len(expected[1])
    assert "newsner: failed 2: ValueError: missing text" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.enable_socket
def test_worker_killed_mid_run_is_retried(client: Client, texts, expected, tmp_path) -> None:
    marker = tmp_path / "killed"

    def workers() -> set[str]:  # as the scheduler knows them: no round trip to the workers
        return set(client.scheduler_info()["workers"])

    before = workers()
    assert len(before) == 2
    # The replacement worker need not preload the model (the survivor redoes the work), and a
    # worker still loading one makes the cluster slow to close.
    client.unregister_worker_plugin(nd.PreloadPipeline.name)
    bag = db.from_sequence(texts, npartitions=5).map_partitions(_kill_once, str(marker),
                                                                texts[-1])
    result = client.compute(nd.extract_bag(bag, batch_size=4)).result()
    assert marker.exists()  # the partition with the seed article did os._exit its worker
    assert len(before & workers()) == 1  # ... which the scheduler saw go
    assert len(result) == len(texts)  # nothing lost or duplicated ...
    assert result == expected  # ... and in input order
