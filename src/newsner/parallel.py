"""``n_process`` > 1: run batches of documents in forked worker processes.

Workers are forked from the parent after its pipeline is loaded, so the models are shared
copy-on-write and never reloaded per article; each worker uses one torch thread so that
``n_process`` workers use ``n_process`` cores. Results come back in input order.

Two details keep ``n_process`` workers close to ``n_process`` times one: each worker freezes
the objects it inherited (``gc.freeze()``, as the ``gc`` docs advise for fork without exec), so
its collections never walk them, which would write to their pages and copy them out of the
memory shared with the parent; and work goes out in parts of ``batch_size / n_process``
texts, so the last parts leave no worker waiting long for another (``batch_size`` texts are
still in flight at once).

Freezing is safe here: it only takes the inherited objects out of the cyclic collector's
walks; they stay reachable and reference counting still frees them. They are the loaded
pipeline and what the parent held at the fork, which the worker keeps alive anyway; at worst
an inherited reference cycle that becomes garbage in the worker is freed when the worker
exits, at the end of the call, instead of at a collection. Everything the worker allocates
afterwards (each batch's documents) is collected as usual.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from newsner.stages.batch import batched

if TYPE_CHECKING:
    from newsner.types import Document

#: ``process_batch(texts, clean)``: the documents of a batch of texts (``Pipeline.process_batch``)
ProcessBatch = Callable[[list[str], bool], list["Document"]]

_WORKER_PROCESS: ProcessBatch | None = None
_WORKER_CLEAN = True


def _init_worker(clean: bool) -> None:
    import gc

    import torch

    global _WORKER_CLEAN
    gc.freeze()  # this worker only: the objects inherited from the parent leave its gc walks
    torch.set_num_threads(1)
    _WORKER_CLEAN = clean


def _run_batch(batch: list[str]) -> list[Document]:
    assert _WORKER_PROCESS is not None
    return _WORKER_PROCESS(batch, _WORKER_CLEAN)


def pipe_parallel(process_batch: ProcessBatch, texts: Iterable[str], batch_size: int,
                  n_process: int, clean: bool) -> Iterator[Document]:
    """Documents for ``texts`` from ``n_process`` forked workers, in input order: each worker
    calls ``process_batch`` (inherited through the fork with the loaded pipeline) on its parts
    of ``batch_size / n_process`` texts."""
    global _WORKER_PROCESS
    _WORKER_PROCESS = process_batch
    part = max(1, -(-batch_size // n_process))
    ctx = mp.get_context("fork")
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(clean,)) as pool:
        for docs in pool.imap(_run_batch, batched(texts, part)):
            yield from docs
