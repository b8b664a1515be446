"""The language server (``smartlint server``; needs the ``[server]`` extra: pygls, lsprotocol).

Importing this package imports pygls, so the CLI imports it only for ``server`` and
turns an ImportError into a one-line hint.  See :mod:`.lsp` and ``docs/editors.md``.
"""

from smartlint.server.lsp import serve

__all__ = ["serve"]
