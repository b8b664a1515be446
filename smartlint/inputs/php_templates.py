"""Mail templates kept as PHP functions (an ExpressionEngine/CodeIgniter language pack's
``email_data.php``): ``function NAME() { return <<<EOF ... EOF; }``, each guarded by
``if (!function_exists('NAME'))``.  Such a function is data, not code: the PHP reader
(:mod:`smartlint.inputs.php_library`) keys its string by the function's name.  Read
from the reader's tokens (each with ``kind``, ``start`` and ``end``)."""

from __future__ import annotations

from typing import Sequence


def template_function(tokens: Sequence, i: int, text: str) -> str | None:
    """The name of the function that starts at token ``i`` when all it does is return a
    string (``function NAME() { return <<<EOF ... EOF; }``): a mail template of an
    ExpressionEngine/CodeIgniter language pack (``email_data.php``), data, not code."""
    shape = ("word", "word", "op", "op", "op", "word", "string")
    if i + len(shape) > len(tokens) or tuple(t.kind for t in tokens[i:i + len(shape)]) != shape:
        return None
    words = [text[t.start:t.end] for t in tokens[i:i + 6]]
    if words[0].lower() != "function" or words[2:] != ["(", ")", "{", "return"]:
        return None
    return words[1]


def template_functions(tokens: Sequence, text: str) -> int:
    """How many template functions the file holds (each is guarded by an ``if
    (!function_exists(...))``: two guard words that are no code)."""
    return sum(1 for i, t in enumerate(tokens) if t.kind == "word" and template_function(tokens, i, text))
