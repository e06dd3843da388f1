"""The README's promises: its two commands, and the test command CI runs."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    m = re.search(r"runs the test command\s*`([^`]+)`", README)
    assert m, "README must quote the test command"
    assert m.group(1) in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_setup_has_the_two_commands():
    block = re.search(r"## Set-up: two commands\n(.*?)\n## ", README, re.S).group(1)
    commands = [ln for ln in re.findall(r"```bash\n(.*?)```", block, re.S)[0].splitlines()
                if ln.strip() and not ln.startswith("#")]
    assert commands == ["python3 -m pip install -e . && kg build", ".ci/run"]
