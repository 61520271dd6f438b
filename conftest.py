"""pytest runs every notebook in nbs/ as a test, by nbdev's rules (`crossmodal_nb.devtools.run_notebook`).

Each session gets a fresh temporary CROSSMODAL_HOME (data and cache) and CROSSMODAL_RESULTS.

nbdev's rules apply: notebooks or folders starting with `_` or `.` are skipped, so are
notebooks with `skip_exec: true` front matter, and cells carrying a flag from
`tst_flags` in settings.ini (`slow`, `gpu`, `data`) unless the flag is named in the
environment variable CROSSMODAL_TEST_FLAGS (e.g. CROSSMODAL_TEST_FLAGS="slow data").
The `data` flag is on by itself when `../shared/data` (real recordings) lies beside the
checkout. Each notebook whose flagged cells do not run gets a skipped test item that says
which flag and how many cells, so their absence shows as skipped, not passed.

CROSSMODAL_SAVE_OUTPUTS=1 (what `make notebooks` sets) writes each notebook that passes back with its
outputs (`crossmodal_nb.devtools.run_notebook`), so that the chapters are read with them.

CROSSMODAL_TEST_ONLY=slow (what `make test-slow` sets) collects only the notebooks that
carry a `slow` cell and runs them with that flag on: the cells `make test` leaves out.
CROSSMODAL_TEST_ISOLATE=1 (also set by `make test-slow`) runs each notebook in a fresh
interpreter: espeak-ng's synthesis depends on what the process did
before (16_speech tests that a reload makes it independent of earlier calls, which holds in a
fresh process but not after the other slow chapters ran in the same one).
"""
import json
import os
import subprocess
import sys
import shutil
import tempfile
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).parent
_cfg = ConfigParser(delimiters=["="])
_cfg.read(ROOT / "settings.ini")
TST_FLAGS = _cfg["DEFAULT"].get("tst_flags", "").split()
SHARED_DATA = ROOT.parent / "shared" / "data"


def forced_flags() -> list:
    "The flags whose cells run: CROSSMODAL_TEST_FLAGS, plus `data` when the shared real recordings are present."
    flags = os.environ.get("CROSSMODAL_TEST_FLAGS", "").split()
    if only_flag() and only_flag() not in flags: flags.append(only_flag())
    if SHARED_DATA.is_dir() and "data" not in flags: flags.append("data")
    return flags


def only_flag():
    "The flag named by CROSSMODAL_TEST_ONLY (only notebooks carrying it are collected), or None."
    flag = os.environ.get("CROSSMODAL_TEST_ONLY", "").strip() or None
    if flag is not None and flag not in TST_FLAGS:
        raise pytest.UsageError(f"CROSSMODAL_TEST_ONLY={flag!r}: expected one of the tst_flags in settings.ini: {TST_FLAGS}")
    return flag


def flagged_cells(path: Path) -> dict:
    "flag -> number of code cells of the notebook that carry it (`#| slow`, `#| data`, ...)."
    counts = {}
    for cell in json.loads(path.read_text())["cells"]:
        src = "".join(cell["source"]) if cell["cell_type"] == "code" else ""
        for line in src.splitlines():
            if not line.startswith("#|"): break
            for flag in line[2:].split():
                if flag in TST_FLAGS: counts[flag] = counts.get(flag, 0) + 1
    return counts


def pytest_configure(config):
    """Tests never read or write the user's data, cache or results: one temporary home per session."""
    home = Path(tempfile.mkdtemp(prefix="crossmodal-test-"))
    config._crossmodal_home = home
    os.environ["CROSSMODAL_HOME"] = str(home)
    os.environ["CROSSMODAL_RESULTS"] = str(home / "results")
    for var in ("CROSSMODAL_DATA", "CROSSMODAL_CACHE"):
        os.environ.pop(var, None)


def pytest_unconfigure(config):
    """The session's home (generated data and caches, several hundred MB) goes with it; CROSSMODAL_KEEP_TEST_HOME=1 keeps it."""
    home = getattr(config, "_crossmodal_home", None)
    if home is not None and os.environ.get("CROSSMODAL_KEEP_TEST_HOME", "") != "1":
        shutil.rmtree(home, ignore_errors=True)


def _skipped(path: Path) -> bool:
    rel = path.relative_to(ROOT / "nbs")
    return any(part.startswith(("_", ".")) for part in rel.parts)


def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".ipynb" and (ROOT / "nbs") in file_path.parents and not _skipped(file_path):
        if only_flag() and only_flag() not in flagged_cells(file_path): return None
        return NotebookFile.from_parent(parent, path=file_path)


class NotebookFile(pytest.File):
    def collect(self):
        yield NotebookItem.from_parent(self, name=self.path.stem)
        for flag, n in flagged_cells(self.path).items():
            if flag not in forced_flags():
                yield SkippedCells.from_parent(self, name=f"{self.path.stem}[{flag}]", flag=flag, n=n)


class SkippedCells(pytest.Item):
    "Stands for the cells of one notebook that carry a flag not turned on: reported as skipped, with the reason."
    def __init__(self, *, flag, n, **kw):
        super().__init__(**kw)
        self.flag, self.n = flag, n

    def runtest(self):
        why = {"data": "../shared/data is not beside this checkout", "gpu": "CROSSMODAL_TEST_FLAGS has no gpu",
               "slow": "CROSSMODAL_TEST_FLAGS has no slow"}.get(self.flag, f"flag {self.flag} is off")
        pytest.skip(f"{self.n} cell(s) flagged `{self.flag}` not run: {why}")


class NotebookItem(pytest.Item):
    def runtest(self):
        from crossmodal_nb.devtools import run_notebook

        args = dict(path=str(self.path), skip_flags=TST_FLAGS, force_flags=forced_flags(),
                    save=os.environ.get("CROSSMODAL_SAVE_OUTPUTS", "") == "1",
                    replace={os.environ["CROSSMODAL_HOME"]: "$CROSSMODAL_HOME", str(ROOT.resolve()): "$REPO"})
        if os.environ.get("CROSSMODAL_TEST_ISOLATE", "") == "1":   # a fresh interpreter per notebook
            code = "import sys, json; from crossmodal_nb.devtools import run_notebook; sys.exit(0 if run_notebook(**json.loads(sys.argv[1])) else 1)"
            ok = subprocess.run([sys.executable, "-c", code, json.dumps(args)], cwd=ROOT).returncode == 0
        else:
            ok = run_notebook(**args)
        if not ok:
            raise NotebookFailed(self.path)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, NotebookFailed):
            return f"{excinfo.value.args[0]} failed: the cell and traceback are in the captured stderr above"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"notebook {self.path.relative_to(ROOT)}"


class NotebookFailed(Exception):
    pass
