"""INI language files (Joomla and its extensions: ``COM_SHOP_THANK_YOU="Bedankt ..."``;
Leantime, other PHP apps read by ``parse_ini_file``): one segment per value, keyed by
its ``[section]`` and key.

A line is ``key = value`` or ``key="value"``; ``;`` and ``#`` open comment lines,
``[name]`` a section.  A quoted value runs to its closing quote on the line (Joomla's
``"_QQ_"`` and ``\\"`` stand for a quote, mapped over their source characters); an
unquoted one to the line's end.  One linear pass, bounded by the file size.
"""

from __future__ import annotations

import re

from smartlint.inputs.library import add_keyed_values
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument

# (the key's trailing blanks are stripped afterwards: "[^=]" and "[ \t]*" both taking them
# would backtrack)
_LINE = re.compile(r"[ \t]{0,100}(?:(?P<section>\[[^\]\r\n]{1,200}\])|(?P<key>[^=;#\[\r\n][^=\r\n]{0,300})=[ \t]*)")
_QUOTE_ESCAPES = ('"_QQ_"', '\\"')


def read_ini_library(doc: SourceDocument) -> None:
    source = View.of_source(doc.source_text)
    add_keyed_values(doc, _entries(source))


def _entries(source: View):
    text, section, pos = source.text, "", 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end == -1 else line_end
        m = _LINE.match(text, pos, line_end)
        if m and m.group("section"):
            section = m.group("section")[1:-1].strip()
        elif m and m.group("key"):
            key = m.group("key").strip()
            yield (f"{section}.{key}" if section else key), _value(source, m.end(), line_end)
        pos = line_end + 1


def _value(source: View, start: int, end: int) -> ViewBuilder:
    text, out = source.text, ViewBuilder(source)
    end = len(text[:end].rstrip("\r \t"))
    if start < end and text[start] == '"':
        pos = run = start + 1
        while pos < end:
            escape = next((e for e in _QUOTE_ESCAPES if text.startswith(e, pos)), None)
            if escape:
                out.copy(run, pos)
                out.replace('"', pos, pos + len(escape))
                pos = run = pos + len(escape)
            elif text[pos] == '"':
                break
            else:
                pos += 1
        out.copy(run, pos)
        return out
    out.copy(start, end)
    return out
