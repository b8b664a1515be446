"""Where a sentence starts inside a line, for the sentence starts that
:mod:`smartlint.preprocess` presets before the parser runs: after . ! ? before a capital,
a digit or a quote (also in chat, where capitals are left out before a subject pronoun),
after an emoji, and not after a title abbreviation ("dhr.", "mw.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from smartlint.checks.word_classes import SUBJECT_PRONOUNS
from smartlint.nl.lexicon import LexiconSet

_NEWLINE = re.compile(r"\n")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# Abbreviations after which a capital letter does not start a new sentence (lexicon).
_TITLE_ABBREVIATIONS = LexiconSet("abbreviations")
# Forms of address before a name ("mevrouw A. Koster", "dr. L. Meijer"): lexicon.
_HONORIFICS = LexiconSet("honorifics")


def after_sentence_end(previous, token) -> bool:
    """Inside a line: a sentence starts after . ! ? before a capital, digit or quote."""
    if previous is None:
        return True
    nxt = token.text[:1]
    prev = previous.text
    opens = nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(["
    if prev == "." and _split_abbreviation(previous):
        return False  # "belt mw. De Bruin": the tokenizer split the period off "mw"
    if prev in (".", "!", "?", "…", "...", "?!", "!!"):
        # chat leaves out capitals: "thnx voor je geduld!! we hebben het doorgezet", and a
        # line begun in lower case keeps on so: "fix staat klaar. volgende update 15.00"
        return opens or token.text.lower() in SUBJECT_PRONOUNS \
            or (token.text[:1].isalpha() and _lower_case_line(previous))
    if is_emoji(prev) or _selector_after_emoji(previous):
        # chat ends a sentence with an emoji: "Hij is groter 😄 Mees zet ...", also before
        # a subject pronoun in lower case: "Komt goed hoor 😎 we houden het in de gaten"
        return opens or token.text.lower() in SUBJECT_PRONOUNS
    if _initial_of_a_name(previous):
        return False  # "mevrouw A. Koster, neemt ...", "dr. L. Meijer"
    # "We bellen u z.s.m. Daarna ...": the period is part of the abbreviation token.
    return (
        len(prev) > 1 and prev.endswith(".") and prev.lower() not in _TITLE_ABBREVIATIONS
        and nxt.isupper()
    )


def _lower_case_line(previous) -> bool:
    """The line ``previous`` stands in opens with a letter in lower case: chat that
    leaves out every capital ("storing app: fix staat klaar. volgende update 15.00")."""
    starts, lower = _line_openings(previous.doc.text)
    return lower[bisect_right(starts, previous.idx) - 1]


@lru_cache(maxsize=8)
def _line_openings(text: str) -> tuple[list[int], list[bool]]:
    """Each line's start and whether its first letter is lower case, once per text (a
    scan back from every full stop would be quadratic on one long line)."""
    starts, lower = [0], []
    for m in _NEWLINE.finditer(text):
        starts.append(m.end())
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        letter = _FIRST_LETTER.search(text, start, end)
        lower.append(letter is not None and letter.group().islower())
    return starts, lower


def _is_initial(word: str) -> bool:
    """ "A.", "J.P.": capital letters, each with its period."""
    return len(word) >= 2 and len(word) % 2 == 0 and all(
        word[k].isupper() and word[k + 1] == "." for k in range(0, len(word), 2))


def _initial_of_a_name(previous) -> bool:
    """An initial after a form of address or another initial ("mevrouw A. Koster",
    "dr. L. Meijer", "J. P. de Vries") is part of a name, not a sentence end."""
    if not _is_initial(previous.text) or previous.i == 0:
        return False
    before = previous.doc[previous.i - 1]
    if before.text == "." and before.i > 0 and not before.doc[before.i - 1].whitespace_:
        before_word = before.doc[before.i - 1].text + "."  # "dr" + "." split by the tokenizer
    else:
        before_word = before.text
    return _is_initial(before_word) or before_word.lower() in _HONORIFICS


def _split_abbreviation(period) -> bool:
    """The period token closes an abbreviation the tokenizer split off ("mw" + ".")."""
    if period.i == 0:
        return False
    word = period.doc[period.i - 1]
    return not word.whitespace_ and f"{word.text.lower()}." in _TITLE_ABBREVIATIONS


def _selector_after_emoji(token) -> bool:
    """The tokenizer splits a variation selector off its pictograph ("☀️" -> "☀", U+FE0F):
    the selector token after an emoji ends the sentence like the emoji."""
    import unicodedata

    text = token.text
    if not text or text.isascii() or any(unicodedata.category(c) not in ("Mn", "Cf") for c in text):
        return False
    return token.i > 0 and is_emoji(token.doc[token.i - 1].text)


def is_emoji(text: str) -> bool:
    """Pictographs only (with their joiners and variation selectors): "😄", "👍🏻"."""
    if text.isascii():  # most words; no ASCII character is a pictograph (category So)
        return False
    import unicodedata

    return any(unicodedata.category(c) == "So" for c in text) and all(
        unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") for c in text
    )
