"""Recognising inline suppression directives, so readers keep them out of the text.

The CLI interprets the directives on the source text; readers only need to know
where they are so that ``<!-- smartlint-disable vague-zsm -->`` is never linted as
prose.  Forms::

    <!-- smartlint-disable RULE[,RULE] -->      <!-- smartlint-enable RULE -->
    <!-- smartlint-disable-next-line RULE -->   <!-- smartlint-disable-file -->
    smartlint-disable-file                      (a line of its own, in .txt)

YAML libraries use comments instead (``# smartlint: disable=RULE``), see
:mod:`smartlint.inputs.yaml_library`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The comment form, anywhere (may span lines).  Found by directive_comments(), which
# gives up at the first comment that is never closed: this pattern alone searched
# to the end of the text again for every unclosed opening.
DIRECTIVE_COMMENT_RE = re.compile(r"<!--\s*smartlint-(?:disable|enable)[\w-]*(?:\s.*?)?-->", re.DOTALL)
_COMMENT_OPENING_RE = re.compile(r"<!--\s*smartlint-(?:disable|enable)")
_COMMENT_TAIL_RE = re.compile(r"[\w-]*(?:\s.*)?", re.DOTALL)  # between the keyword and '-->'
# The bare form: a line that holds nothing but a directive.
BARE_DIRECTIVE_LINE_RE = re.compile(r"[ \t]*smartlint-(?:disable|enable)(?:-next-line|-file)?(?:[ \t].*)?")


def directive_comments(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, body)`` of each directive comment (what DIRECTIVE_COMMENT_RE
    matches), in linear time; ``body`` is the text between ``<!--`` and ``-->``."""
    pos = 0
    while (opening := _COMMENT_OPENING_RE.search(text, pos)) is not None:
        close = text.find("-->", opening.end())
        if close == -1:
            return  # no later comment can be closed either
        if _COMMENT_TAIL_RE.fullmatch(text, opening.end(), close):
            yield opening.start(), close + 3, text[opening.start() + 4 : close]
            pos = close + 3
        else:  # "<!-- smartlint-disable!-->": not a directive
            pos = opening.end()


def is_bare_directive_line(line: str) -> bool:
    """True for a line that holds nothing but a directive (the bare form)."""
    return BARE_DIRECTIVE_LINE_RE.fullmatch(line.rstrip("\r\n")) is not None
