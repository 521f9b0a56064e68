"""The notebooks in notebooks/: committed without outputs, and they run top to bottom."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
#: Both notebooks together must run in under two minutes (with the model loaded twice).
BUDGET_S = 120.0


def test_the_notebooks_are_there() -> None:
    assert {p.name for p in NOTEBOOKS} >= {"quickstart.ipynb", "evaluation.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_notebooks_have_no_outputs(path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        assert cell.get("outputs") == [], f"{path.name} cell {i} has outputs: clear them"
        assert cell.get("execution_count") is None, f"{path.name} cell {i} has a count"


def _kernel_manager(sockets: Path):
    """A python3 kernel (ipykernel, run by this interpreter) talking over IPC sockets in
    ``sockets``: no TCP port is opened, so it works under pytest-socket's ``--disable-socket``.
    The path is absolute because the kernel runs in the notebook's folder."""
    from jupyter_client.manager import KernelManager

    return KernelManager(kernel_name="python3", transport="ipc", ip=str(sockets / "kernel"))


def _run(path: Path, sockets: Path, timeout: int = 300):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    nb = nbformat.read(path, as_version=4)
    km = _kernel_manager(sockets)
    client = nbclient.NotebookClient(nb, timeout=timeout, kernel_name="python3", km=km,
                                     resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    finally:  # a kernel manager passed in is ours to shut down
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    return nb


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "fixtures").is_dir() or not (SHARED / "data").is_dir(),
                    reason=f"the notebooks read ../shared (fixtures and NER-UI), not here: "
                           f"{SHARED}")
def test_notebooks_execute(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    started = time.perf_counter()
    seconds = {}
    for path in NOTEBOOKS:
        t0 = time.perf_counter()
        nb = _run(path, tmp_path)
        seconds[path.stem] = round(time.perf_counter() - t0, 1)
        outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
        assert not [o for o in outputs if o.output_type == "error"]
        html = [o for o in outputs if "text/html" in o.get("data", {})]
        assert html, f"{path.name} shows no HTML (highlighted entities or tables)"
        images = [o for o in outputs if "image/png" in o.get("data", {})]
        assert images, f"{path.name} draws no plot"
        if path.stem == "quickstart":
            assert any('<mark class="entity"' in o["data"]["text/html"] for o in html)
    total = time.perf_counter() - started
    print(f"notebook run times (s): {seconds}, total {total:.1f}")
    assert total < BUDGET_S, f"the notebooks took {total:.0f} s ({seconds}), over {BUDGET_S} s"
