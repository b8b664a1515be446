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

# The comment form, anywhere (may span lines).
DIRECTIVE_COMMENT_RE = re.compile(r"<!--\s*smartlint-(?:disable|enable)[\w-]*(?:\s.*?)?-->", re.DOTALL)
# The bare form: a line that holds nothing but a directive.
BARE_DIRECTIVE_LINE_RE = re.compile(r"[ \t]*smartlint-(?:disable|enable)(?:-next-line|-file)?(?:[ \t].*)?")



def is_bare_directive_line(line: str) -> bool:
    """True for a line that holds nothing but a directive (the bare form)."""
    return BARE_DIRECTIVE_LINE_RE.fullmatch(line.rstrip("\r\n")) is not None
