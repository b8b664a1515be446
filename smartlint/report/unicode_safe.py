"""Strings that can be written as UTF-8: file names that are not valid UTF-8 or that
hold control characters.

On POSIX a file name is bytes; Python hands a name that is not valid UTF-8 over
with each undecodable byte as a lone surrogate (``caf\\udce9.txt`` for the bytes
``caf\\xe9.txt``), which no UTF-8 writer accepts.  JSON and SARIF output show such a
byte as the four characters ``\\xe9`` (as ``ls -b`` and Python do), so the output stays
valid UTF-8 and the name stays recognisable; a SARIF artifact URI percent-encodes
the real bytes instead (``caf%E9.txt``), which names exactly the file.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"  # any other lone surrogate


def printable(text: str) -> str:
    """``text`` with every lone surrogate written as a visible escape."""
    return _SURROGATE.sub(_escape, text)


def printable_tree(value: Any) -> Any:
    """A JSON-like value with :func:`printable` applied to every string in it (keys too)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable_tree(k): printable_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [printable_tree(v) for v in value]
    return value


def uri_bytes(text: str) -> bytes | str:
    """What to percent-encode for a URI: the real bytes of a file name where known."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return printable(text)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """``text`` as one printable line: lone surrogates as in :func:`printable`, and
    control characters (a line break or an escape sequence in a file name) as visible
    escapes (``\\n``, ``\\x1b``), so a name cannot break the ``path:line:col:`` format
    nor steer the terminal."""
    return _CONTROL.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}"), printable(text))
