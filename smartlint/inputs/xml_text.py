"""What the XML readers (XLIFF, Android string resources) share: a safe well-formedness
check with the error's line and column, attributes, tag ends and entities.

Well-formedness is checked by :mod:`xml.parsers.expat`.  A ``<!DOCTYPE`` is read only
when its internal subset declares nothing but plain text entities (``<!ENTITY appName
"Linphone">``, as Android apps name themselves): a value with no reference in it
cannot expand further (no "billion laughs"), and nothing is fetched (no XXE).  Any
other ``<!DOCTYPE`` is refused.  The readers then scan the text themselves for exact
offsets, a declared entity mapped to its whole reference.
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


_DOCTYPE = re.compile(r"<!DOCTYPE\s+[\w:.-]{1,100}\s*\[(?P<subset>[^\]]{0,100000})\]\s*>", re.IGNORECASE)
_BARE_DOCTYPE = re.compile(r"<!DOCTYPE\s+[\w:.-]{1,100}\s*>", re.IGNORECASE)
_TEXT_ENTITY = re.compile(r"""<!ENTITY\s+([A-Za-z_][\w.-]{0,100})\s+(?:"([^"&%<]{0,1000})"|'([^'&%<]{0,1000})')\s*>""")
_SUBSET_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_DECLARED = re.compile(r"&([A-Za-z_][\w.-]{0,100});")
_MAX_ENTITIES = 1000
_MAX_EXPANSION = 2_000_000


def declared_entities(text: str, doc: SourceDocument, kind: str = "XML") -> dict[str, str]:
    """The plain text entities a ``<!DOCTYPE`` declares (none without one); any other
    ``<!DOCTYPE`` is a one-line error."""
    if not re.search(r"<!DOCTYPE", text, re.IGNORECASE):
        return {}
    doctypes = len(re.findall(r"<!DOCTYPE", text, re.IGNORECASE))
    if doctypes == 1 and _BARE_DOCTYPE.search(text):
        return {}  # "<!DOCTYPE TS>" (Qt Linguist): a name only, nothing declared or fetched
    refused = InputError(f"{kind} with a <!DOCTYPE> that declares more than plain text entities is refused "
                         "(no external or nested entities are read)", doc.path)
    m = _DOCTYPE.search(text)
    if m is None or doctypes > 1:
        raise refused
    subset = _SUBSET_COMMENT.sub("", m.group("subset"))
    entities = {e.group(1): e.group(2) if e.group(2) is not None else e.group(3)
                for e in _TEXT_ENTITY.finditer(subset)}
    if _TEXT_ENTITY.sub("", subset).strip() or len(entities) > _MAX_ENTITIES:
        raise refused
    # what the references would add, bounded (a short reference may stand for a long value)
    added = sum(len(entities.get(r, "")) for r in _DECLARED.findall(text, m.end()))
    if added > _MAX_EXPANSION:
        raise InputError(f"{kind}: its entities would add {added:,} characters (more than {_MAX_EXPANSION:,}): "
                         "refused", doc.path)
    return entities


def check_well_formed(text: str, doc: SourceDocument, kind: str = "XML") -> dict[str, str]:
    """Raise a one-line error unless ``text`` is well-formed; returns the plain text
    entities its ``<!DOCTYPE`` declares."""
    entities = declared_entities(text, doc, kind)
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
    return entities


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


def markup_text(text: str, start: int, end: int, out: ViewBuilder, keep: bool = True,
                entities: dict[str, str] | None = None) -> int | None:
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
        declared = _DECLARED.match(text, start, end) if entity is None and entities else None
        if declared is not None and declared.group(1) in entities:
            if keep:
                out.replace(entities[declared.group(1)], declared.start(), declared.end())
            return declared.end()
        if entity is None:  # expat accepted the file, so this cannot happen; keep the '&'
            if keep:
                out.copy(start, start + 1)
            return start + 1
        if keep:
            out.replace(entity_value(entity), entity.start(), entity.end())
        return entity.end()
    return None

