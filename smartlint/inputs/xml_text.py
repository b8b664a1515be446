"""What the XML readers (XLIFF, Android string resources) share: a safe well-formedness
check with the error's line and column, attributes, tag ends and entities.

Well-formedness is checked by :mod:`xml.parsers.expat`; a file with a ``<!DOCTYPE`` is
refused first, so no entity is ever declared, expanded or fetched (no XXE, no "billion
laughs").  The readers then scan the text themselves for exact offsets.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from smartlint.errors import InputError
from smartlint.inputs.view import ViewBuilder
from smartlint.segments import SourceDocument

_ATTRIBUTE = re.compile(r"""([\w:.-]{1,100})\s{0,20}=\s{0,20}(?:"([^"<]{0,4000})"|'([^'<]{0,4000})')""")
ENTITY = re.compile(r"&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def entity_value(m: re.Match) -> str:
    """The character an :data:`ENTITY` match stands for."""
    named, decimal, hexadecimal = m.groups()
    return _NAMED[named] if named else chr(int(decimal or hexadecimal, 16 if hexadecimal else 10))


def check_well_formed(text: str, doc: SourceDocument, kind: str = "XML") -> None:
    if re.search(r"<!DOCTYPE", text, re.IGNORECASE):
        raise InputError(f"{kind} with a <!DOCTYPE> is refused (entities are never declared or expanded)", doc.path)
    parser = expat.ParserCreate("utf-8")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    data = text.encode("utf-8")
    try:
        parser.Parse(data, True)
    except expat.ExpatError as err:
        # expat counts bytes; the line and column are the decoded text's characters.
        offset = len(data[: max(parser.ErrorByteIndex, 0)].decode("utf-8", errors="replace"))
        line, column = doc.line_col(min(offset, len(text)))
        raise InputError(f"invalid XML at line {line}, column {column}: {expat.ErrorString(err.code)}", doc.path,
                         line=line, column=column) from None


def attributes(raw: str) -> dict[str, str]:
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTRIBUTE.finditer(raw)}


def end_of_tag(text: str, pos: int, end: int) -> int:
    """The offset after the '>' that closes the tag whose name ends at ``pos``."""
    quote = ""
    while pos < end:
        ch = text[pos]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == ">":
            return pos + 1
        pos += 1
    return end


def markup_text(text: str, start: int, end: int, out: ViewBuilder, keep: bool = True) -> int | None:
    """At ``start``, a CDATA section (its text copied), a comment (left out) or an entity
    (decoded, mapped to the whole entity): writes it to ``out`` (when ``keep``) and returns
    the position after it; None for anything else (a tag)."""
    if text.startswith("<![CDATA[", start):
        close = text.find("]]>", start + 9, end)
        close = end if close == -1 else close
        if keep:
            out.copy(start + 9, close)
        return min(close + 3, end)
    if text.startswith("<!--", start):
        close = text.find("-->", start + 4, end)
        return end if close == -1 else close + 3
    if text.startswith("&", start):
        entity = ENTITY.match(text, start, end)
        if entity is None:  # expat accepted the file, so this cannot happen; keep the '&'
            if keep:
                out.copy(start, start + 1)
            return start + 1
        if keep:
            out.replace(entity_value(entity), entity.start(), entity.end())
        return entity.end()
    return None

