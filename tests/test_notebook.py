"""notebooks/explore.ipynb runs from a fresh clone (real kernel, real execution), takes any
build as a papermill parameter, and is committed with outputs."""
from __future__ import annotations

import json
import subprocess
import sys

import nbformat
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _outputs(nb) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def test_notebook_executes(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]  # no warnings either
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2  # the series timeline and the co-chair bar chart
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert any("RU" in o.data["text/html"] for o in html)  # a DataFrame of the co-chairs
    assert any("<iframe srcdoc=" in o.data["text/html"] and "height:1100px" in o.data["text/html"] for o in html)
    # kg.nlp.render displays as HTML (its entities marked), not as the source of a string
    assert any("MEETING" in o.data["text/html"] and "<mark" in o.data["text/html"] for o in html)


def test_notebook_takes_any_build_as_a_papermill_parameter(tmp_path):
    import papermill

    import kg

    out = tmp_path / "out"
    kg.build([ROOT / "tests" / "corpus4"], out=out, progress=False)
    kinds = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["summary"]["by_kind"]
    nb = papermill.execute_notebook(str(NOTEBOOK), str(tmp_path / "run.ipynb"), parameters={"build_dir": str(out)},
                                    kernel_name="python3", cwd=str(tmp_path), progress_bar=False)
    printed = "".join(o.text for o in _outputs(nb) if o.output_type == "stream" and o.name == "stdout")
    assert printed.startswith(f"{kinds['release']} releases, {kinds['meeting']} meetings, {kinds['official']} officials")
    assert kinds["release"] == len(list((ROOT / "tests" / "corpus4").iterdir()))  # that build, not the seeds
    assert not [o for o in _outputs(nb) if o.output_type == "error"]
    assert len([o for o in _outputs(nb) if "image/png" in o.get("data", {})]) == 2


def test_import_kg_makes_query_and_nlp_usable():
    # (render's own HTML display is checked in the executed notebook above: spaCy takes seconds to load)
    code = ("import kg; r = kg.nlp.HTML('<mark>x</mark>'); "
            "print(callable(kg.query.to_dataframe), callable(kg.nlp.render), isinstance(r, str) and r._repr_html_() == r)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split() == ["True", "True", "True"]


def test_notebook_is_committed_with_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count is not None and c.outputs for c in code if "parameters" not in c.metadata.get("tags", []))
    (params,) = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert "build_dir = None" in params.source
    assert any("import kg" in c.source for c in code) and any("kg.build(" in c.source for c in code)
