"""Mapping decoded text onto source text by alignment, when no decoder knows the way.

Used as a fallback only (an e-mail part whose charset differs from the file's, a
YAML scalar form the exact scanners do not cover): characters that appear verbatim
map one to one, the differences map to the source characters they replace.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from smartlint.inputs.view import View, ViewBuilder

# Alignment is quadratic in the worst case; beyond this the whole span is the map.
_MAX_ALIGN_CHARS = 20000


def aligned_view(base: View, start: int, end: int, decoded: str) -> View:
    """A view of ``decoded`` (which stands for ``base.text[start:end]``) mapped by alignment."""
    out = ViewBuilder(base)
    source = base.text[start:end]
    if max(len(source), len(decoded)) > _MAX_ALIGN_CHARS:
        out.replace(decoded, start, end)
        return out.view()
    matcher = SequenceMatcher(None, decoded, source, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.copy(start + j1, start + j2)
        elif tag == "replace":
            out.replace(decoded[i1:i2], start + j1, start + j2)
        elif tag == "delete":  # decoded characters with no source counterpart
            out.insert(decoded[i1:i2], start + j1)
        # "insert": source characters that decode to nothing (e.g. a dropped '\r')
    return out.view()
