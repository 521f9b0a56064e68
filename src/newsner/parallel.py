"""``n_process`` > 1: run batches of documents in forked worker processes.

Workers are forked from the parent after its pipeline is loaded, so the models are shared
copy-on-write and never reloaded per article; each worker uses one torch thread so that
``n_process`` workers use ``n_process`` cores. Results come back in input order.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsner.pipeline import Pipeline
    from newsner.types import Document

_WORKER_PIPELINE: Pipeline | None = None
_WORKER_CLEAN = True


def _init_worker(clean: bool) -> None:
    import torch

    global _WORKER_CLEAN
    torch.set_num_threads(1)
    _WORKER_CLEAN = clean


def _run_batch(batch: list[str]) -> list[Document]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE._process_batch(batch, _WORKER_CLEAN)


def pipe_parallel(pipeline: Pipeline, texts: Iterable[str], batch_size: int, n_process: int,
                  clean: bool) -> Iterator[Document]:
    """Documents for ``texts`` from ``n_process`` forked workers, in input order."""
    from newsner.pipeline import _batched

    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline
    ctx = mp.get_context("fork")
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(clean,)) as pool:
        for docs in pool.imap(_run_batch, _batched(texts, batch_size)):
            yield from docs
