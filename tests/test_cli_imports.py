"""``--help``, ``rules`` and ``explain`` must start without spaCy or dateparser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smartlint.packs import load_packs

HEAVY = ("spacy", "thinc", "dateparser", "torch", "pygls")
PROBE = """
import atexit, sys
atexit.register(lambda: print("HEAVY=" + ",".join(sorted(
    m for m in sys.modules if m.split(".")[0] in {heavy!r})), file=sys.stderr))
from smartlint.cli import main
sys.argv = ["smartlint", *{args!r}]
main()
"""


def run_probe(*args: str) -> subprocess.CompletedProcess:
    code = PROBE.format(heavy=HEAVY, args=list(args))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "args",
    [("--help",), ("check", "--help"), ("server", "--help"), ("--version",), ("rules",), ("explain", "@first-rule")],
    ids=["help", "check-help", "server-help", "version", "rules", "explain"],
)
def test_light_commands_do_not_import_heavy_modules(args):
    if args[-1] == "@first-rule":
        args = ("explain", load_packs()[0].id)
    proc = run_probe(*args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip(), "the command printed nothing"
    heavy_line = [line for line in proc.stderr.splitlines() if line.startswith("HEAVY=")]
    assert heavy_line == ["HEAVY="], f"{args} imported: {heavy_line}"


def test_probe_would_see_a_heavy_import():
    # The probe itself works: it reports a heavy module once something imports it.
    code = PROBE.format(heavy=HEAVY, args=["--version"]).replace(
        "from smartlint.cli import main", "import thinc\nfrom smartlint.cli import main")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "HEAVY=thinc" in proc.stderr
