"""The house rules, checked with the tests: lint, strict typing of the core, layering."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[dev]'")
    return path


@pytest.mark.parametrize("command", [
    ["ruff", "check", "kamdesk", "tests", "bench", "conftest.py"],
    ["mypy"],  # strict on graph, store, report, io and ui (ui debt listed in pyproject.toml)
    ["lint-imports"],  # the layering of DESIGN.md §2
], ids=["ruff", "mypy", "import-linter"])
def test_quality_gate(command: list[str]) -> None:
    result = subprocess.run([tool(command[0]), *command[1:]], check=False, cwd=ROOT,
                            capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
