"""The sentence under analysis, shared by the clause finder and the act classifier."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.doc_text import span_text, span_tokens
from smartlint.nl.folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _without_trailing_emoji(text: str) -> str:
    """The text without the pictographs that close it: "Zullen we het proberen? 💪🏼"
    asks, like "Zullen we het proberen?"."""
    import unicodedata

    end = len(text)
    while end > 0 and (unicodedata.category(text[end - 1]) in ("So", "Sk", "Mn", "Cf") or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def asks(text: str) -> bool:
    """Does the sentence ``text`` ask something?  It ends in "?", and not in a tag after a
    comma that only seeks agreement ("Ik laat je morgen iets weten, oké?": lexicon
    ``question_tags``): that sentence states and commits."""
    stripped = _without_trailing_emoji(text.rstrip())
    if not stripped.endswith("?"):
        return False
    from smartlint.nl.lexicon import lexicon

    tags = lexicon()["question_tags"]
    comma = stripped.rfind(",")
    if comma >= 0:
        return fold(stripped[comma + 1:-1].strip(" !?.")).strip() not in tags
    # without the comma, in chat: "Ik bel u straks terug oké?" -- a statement of ours (it
    # opens with "ik"/"we") that ends in a tag ("Is dat oké?" opens with the verb: it asks)
    words = fold(stripped[:-1]).split()
    return not (len(words) >= 4 and words[0] in _STATEMENT_OPENERS and words[-1] in tags)


# First-person subjects: a sentence opening with one states (verb second), it does not ask.
_STATEMENT_OPENERS = {"ik", "we", "wij"}


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
        cls.question = asks(cls.text)

    @classmethod
    def of(cls, span: Span) -> list[Token]:
        """The tokens of ``span`` (which lies in the current sentence)."""
        return cls.tokens[span.start - cls.start : span.end - cls.start]

    @classmethod
    def at(cls, i: int) -> Token | None:
        return cls.tokens[i - cls.start] if cls.start <= i < cls.end else None


def next_word(token: Token) -> Token | None:
    i = token.i + 1
    while Sentence.at(i) is not None and Sentence.at(i).is_space:
        i += 1
    return Sentence.at(i)


def first_word(span: Span) -> Token | None:
    for token in Sentence.of(span):
        if not token.is_punct and token.pos_ != "CCONJ" and not token.is_space:
            return token
    return None
