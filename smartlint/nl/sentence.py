"""The sentence under analysis, shared by the clause finder and the act classifier."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.doc_text import span_text, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class Sentence:
    """The sentence under analysis, its Token objects made once: indexing a Doc, iterating
    a Span and ``Token.sent`` each build new objects, which cost more than the analysis."""

    tokens: list[Token] = []
    start = end = 0
    text = ""
    question = False

    @classmethod
    def enter(cls, sent: Span) -> None:
        cls.tokens, cls.start, cls.end = span_tokens(sent), sent.start, sent.end
        cls.text = span_text(sent)
        cls.question = cls.text.rstrip().endswith("?")

    @classmethod
    def of(cls, span: Span) -> list[Token]:
        """The tokens of ``span`` (which lies in the current sentence)."""
        return cls.tokens[span.start - cls.start : span.end - cls.start]

    @classmethod
    def at(cls, i: int) -> Token | None:
        return cls.tokens[i - cls.start] if cls.start <= i < cls.end else None
