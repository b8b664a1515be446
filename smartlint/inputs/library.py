"""What YAML, JSON and CSV libraries of canned responses share.

Every string leaf of a YAML/JSON library is a message of its own, named by its key
path (``responses.refund.body``, ``faq[3].answer``), except values that are
obviously not prose: without any whitespace (a slug, a locale, a link, one word),
or under keys such as ``id`` or ``url`` unless the value reads as a sentence.  A key
that holds whitespace is no field name but a text (Laravel's JSON files key every
string by its English source sentence), so its name never decides anything.
"""

from __future__ import annotations

import re

from smartlint.segments import SourceDocument

# Keys whose values are identifiers, not text for a customer; also matched as a
# suffix (``template_id``, ``help-url``).
NON_PROSE_KEYS = frozenset({"id", "key", "code", "url", "slug", "locale", "lang", "tags", "category"})
_SUFFIX_SPLIT_RE = re.compile(r"[_\-.]")
_PLAIN_KEY_RE = re.compile(r"[^\s.\[\]\"]+")


_SENTENCE_END = (".", "!", "?", ":", "…")
_SENTENCE_MIN_WORDS = 4


def is_non_prose_key(name: str | None) -> bool:
    if name is None or any(ch.isspace() for ch in name.strip()):
        return False
    lowered = name.strip().lower()
    return lowered in NON_PROSE_KEYS or _SUFFIX_SPLIT_RE.split(lowered)[-1] in NON_PROSE_KEYS


def is_prose(value: str) -> bool:
    """A message needs at least two words; a lone token is an identifier or a link.
    An untranslated English value in a Dutch library is no Dutch prose either."""
    stripped = value.strip()
    return bool(stripped) and any(ch.isspace() for ch in stripped) and not reads_as_english(stripped)


_WORD_RE = re.compile(r"[a-z]+")
_ENGLISH_MIN_WORDS = 5


def reads_as_english(value: str) -> bool:
    """Mostly English function words and few Dutch ones (lexicon ``english_function_words``,
    ``dutch_function_words``): "The choice of which items to collect ..." left untranslated."""
    words = _WORD_RE.findall(value.lower())
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    english, dutch = _function_words(words)
    return (english >= 3 and english > 2 * dutch) or (english >= 2 and dutch == 0)


def _function_words(words: list[str]) -> tuple[int, int]:
    """How many of ``words`` are English and how many Dutch function words."""
    from smartlint.nl.lexicon import lexicon

    lex = lexicon()
    english = sum(w in lex["english_function_words"].words for w in words)
    return english, sum(w in lex["dutch_function_words"].words for w in words)


def mostly_dutch(values: list[str]) -> bool:
    """More Dutch than English function words over all ``values`` together: the
    language of a whole catalogue, where one short string says too little."""
    english, dutch = _function_words([w for value in values for w in _WORD_RE.findall(value.lower())])
    return dutch > english


def reads_as_sentence(value: str) -> bool:
    """Several words ending like a sentence: "Uw bestelling is verzonden." """
    stripped = value.strip()
    return len(stripped.split()) >= _SENTENCE_MIN_WORDS and stripped.endswith(_SENTENCE_END)


def skip_value(key_name: str | None, value: str) -> bool:
    """Leave a library value out: no prose, or an identifier's key and no sentence."""
    return not is_prose(value) or (is_non_prose_key(key_name) and not reads_as_sentence(value))


def key_path(parts: list[str | int]) -> str | None:
    """``["faq", 3, "answer"]`` -> ``faq[3].answer``; odd keys are quoted: ``x["order status"]``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY_RE.fullmatch(part):
            out += f".{part}" if out else part
        else:
            quoted = part.replace("\\", "\\\\").replace('"', '\\"')
            out += f'["{quoted}"]'
    return out or None


def last_mapping_key(parts: list[str | int]) -> str | None:
    """The nearest enclosing mapping key (``tags`` for ``faq[0].tags[2]``)."""
    return next((p for p in reversed(parts) if isinstance(p, str)), None)


def note_if_empty(doc: SourceDocument) -> None:
    if not doc.segments:
        doc.notes.append("no messages found (no string values with prose)")


def add_keyed_values(doc: SourceDocument, entries) -> None:
    """The segments of a flat key/value bundle (``.properties``, Apple ``.strings``):
    ``entries`` yields (key, ViewBuilder of the decoded value); a value without prose, or
    an identifier's key without a sentence (the last dotted part), is left out."""
    for key, builder in entries:
        view = builder.view()
        if skip_value(key.rsplit(".", 1)[-1], view.text):
            continue
        doc.segments.append(view.segment(key=key))
    note_if_empty(doc)
