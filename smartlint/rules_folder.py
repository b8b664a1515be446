"""Where the built-in rule packs and the lexicon live (the repository's ``rules/``
folder, shipped as the package ``smartlint.rules``)."""

from __future__ import annotations

from pathlib import Path


def builtin_pack_dir() -> Path:
    """The folder shipped as ``smartlint.rules`` (the repository's ``rules/`` folder)."""
    try:
        from importlib.resources import files

        return Path(str(files("smartlint.rules")))
    except ModuleNotFoundError:
        # A stale editable install may not map smartlint.rules; use the checkout.
        return Path(__file__).resolve().parent.parent / "rules"
