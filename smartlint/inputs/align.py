"""Mapping decoded text onto source text by alignment, when no decoder knows the way.

Used as a fallback only (an e-mail part whose charset differs from the file's, a
YAML scalar form the exact scanners do not cover): characters that appear verbatim
map one to one, the differences map to the source characters they replace.

Short texts are aligned by :class:`difflib.SequenceMatcher`, the best alignment
but cubic on repetitive text (a YAML scalar of 800 ``a\\u2028`` pairs took 69 s);
longer ones by a greedy scan that copies equal runs and, where the texts differ,
looks a few characters ahead in both for the place where they agree again.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from smartlint.inputs.view import View, ViewBuilder

# Up to this length (of the longer text) SequenceMatcher; its worst case here is ~0.2 s.
_MAX_EXACT_ALIGN_CHARS = 200
_LOOKAHEAD = 16  # how far the greedy scan looks for the texts to agree again
_AGREE = 3  # characters that must agree to resume copying
_BUDGET_PER_CHAR = 64  # look-ahead work per character before the rest maps as one piece


def aligned_view(base: View, start: int, end: int, decoded: str) -> View:
    """A view of ``decoded`` (which stands for ``base.text[start:end]``) mapped by alignment."""
    out = ViewBuilder(base)
    source = base.text[start:end]
    if max(len(source), len(decoded)) <= _MAX_EXACT_ALIGN_CHARS:
        opcodes = SequenceMatcher(None, decoded, source, autojunk=False).get_opcodes()
    else:
        opcodes = _greedy_opcodes(decoded, source)
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            out.copy(start + j1, start + j2)
        elif tag == "replace":
            if i2 - i1 == j2 - j1:  # equal lengths would map letter to letter ('a' onto 'r'):
                # take in a neighbouring source character, so the piece stands as a whole
                j1, j2 = (j1, j2 + 1) if j2 < len(source) else (max(0, j1 - 1), j2)
            out.replace(decoded[i1:i2], start + j1, start + j2)
        elif tag == "delete":  # decoded characters with no source counterpart
            out.insert(decoded[i1:i2], start + j1)
        # "insert": source characters that decode to nothing (e.g. a dropped '\r')
    return out.view()


def _greedy_opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """SequenceMatcher-style opcodes turning ``b`` into ``a``, in time linear in their length."""
    ops: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    budget = _BUDGET_PER_CHAR * (len(a) + len(b))
    while i < len(a) and j < len(b) and budget > 0:
        run = 0
        while i + run < len(a) and j + run < len(b) and a[i + run] == b[j + run]:
            run += 1
        if run:
            ops.append(("equal", i, i + run, j, j + run))
            i, j = i + run, j + run
            continue
        skip = _resync(a, b, i, j)
        budget -= _LOOKAHEAD
        di, dj = skip if skip is not None else (1, 1)  # no agreement near: one for one
        ops.append(("replace" if di and dj else "delete" if di else "insert", i, i + di, j, j + dj))
        i, j = i + di, j + dj
    if i < len(a) or j < len(b):
        tag = "replace" if i < len(a) and j < len(b) else "delete" if i < len(a) else "insert"
        ops.append((tag, i, len(a), j, len(b)))
    return ops


def _resync(a: str, b: str, i: int, j: int) -> tuple[int, int] | None:
    """The nearest ``(skip in a, skip in b)`` after which both texts agree again for
    :data:`_AGREE` characters (fewer at the end), looking :data:`_LOOKAHEAD` ahead."""
    best: tuple[int, int] | None = None
    for di in range(0, _LOOKAHEAD + 1):
        if best is not None and di >= best[0] + best[1]:
            break
        x = i + di
        if x >= len(a):
            break
        probe = a[x : x + _AGREE]
        found = b.find(probe, j, j + _LOOKAHEAD + len(probe))
        if found != -1 and (di, found - j) != (0, 0) and (best is None or di + found - j < sum(best)):
            best = (di, found - j)
    return best
