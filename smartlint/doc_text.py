"""A parsed Doc's text and Token objects, made once per Doc instead of at every use.

``Doc.text`` and ``Span.text`` join every token's text anew at each access, and
iterating a Doc or Span (or ``doc[i]``) builds a new Token object per token each
time; in the checks these cost more than the work done with them.  The text is kept
in ``Doc.user_data`` (a string refers to nothing, so the Doc's lifetime is unchanged):
the clause component and the checks, which run over all Docs one after the other,
join it once between them.  The Token objects of the last Doc asked about are
remembered in this module (not in ``Doc.user_data``: a Doc holding its own Tokens
would be a reference cycle, freed only by the garbage collector).
The engine analyses one Doc at a time, so one slot is enough; another Doc simply
replaces it.  Only for Docs whose tokens are final: every component after the
tokenizer annotates and none merges or splits tokens (the clause analysis, which
uses this too, is added last to any pipeline).

No spaCy import here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXT_KEY = "smartlint.text"  # Doc.user_data key of the joined text
_doc: "Doc | None" = None
_text: str | None = None
_tokens: "list[Token] | None" = None


def _enter(doc: "Doc") -> None:
    global _doc, _text, _tokens
    if doc is not _doc:
        _doc, _text, _tokens = doc, None, None


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined once per Doc."""
    global _text
    _enter(doc)
    if _text is None:
        _text = doc.user_data.get(_TEXT_KEY)
        if _text is None:
            _text = doc.user_data[_TEXT_KEY] = doc.text
    return _text


def span_text(span: "Span") -> str:
    """``span.text``: a slice of the Doc's text (a Span's text runs from its first
    token's start to its last token's end, without the trailing whitespace)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_tokens(doc: "Doc") -> "list[Token]":
    """``list(doc)``, made once."""
    global _tokens
    _enter(doc)
    if _tokens is None:
        _tokens = list(doc)
    return _tokens


def span_tokens(span: "Span") -> "list[Token]":
    """``list(span)`` from the Doc's Token objects."""
    return doc_tokens(span.doc)[span.start : span.end]
