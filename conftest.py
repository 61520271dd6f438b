"""pytest runs every notebook in nbs/ as a test, through nbdev's own notebook runner.

Each session gets a fresh temporary CROSSMODAL_HOME (data and cache) and CROSSMODAL_RESULTS.

nbdev's rules apply: notebooks or folders starting with `_` or `.` are skipped, so are
notebooks with `skip_exec: true` front matter, and cells carrying a flag from
`tst_flags` in settings.ini (`slow`, `gpu`, `data`) unless the flag is named in the
environment variable CROSSMODAL_TEST_FLAGS (e.g. CROSSMODAL_TEST_FLAGS="slow data").
"""
import os
import tempfile
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).parent
_cfg = ConfigParser(delimiters=["="])
_cfg.read(ROOT / "settings.ini")
TST_FLAGS = _cfg["DEFAULT"].get("tst_flags", "").split()


def pytest_configure(config):
    """Tests never read or write the user's data, cache or results: one temporary home per session."""
    home = Path(tempfile.mkdtemp(prefix="crossmodal-test-"))
    os.environ["CROSSMODAL_HOME"] = str(home)
    os.environ["CROSSMODAL_RESULTS"] = str(home / "results")
    for var in ("CROSSMODAL_DATA", "CROSSMODAL_CACHE"):
        os.environ.pop(var, None)


def _skipped(path: Path) -> bool:
    rel = path.relative_to(ROOT / "nbs")
    return any(part.startswith(("_", ".")) for part in rel.parts)


def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".ipynb" and (ROOT / "nbs") in file_path.parents and not _skipped(file_path):
        return NotebookFile.from_parent(parent, path=file_path)


class NotebookFile(pytest.File):
    def collect(self):
        yield NotebookItem.from_parent(self, name=self.path.stem)


class NotebookItem(pytest.Item):
    def runtest(self):
        from nbdev.test import test_nb

        forced = os.environ.get("CROSSMODAL_TEST_FLAGS", "").split()
        ok, _ = test_nb(self.path, skip_flags=TST_FLAGS, force_flags=forced, showerr=True)
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
