"""Loading the spaCy Dutch pipeline: the embedded one, an installed package, or a path.

spaCy is imported here and only here, lazily, so commands that need no parse
(``--help``, ``rules``, ``explain``) start without it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from smartlint.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

EMBEDDED_NAME = "nl_smartlint_sm"
EMBEDDED_PATH = Path(__file__).parent / EMBEDDED_NAME
# Adjective lemmas of the training treebank, written by training/train.py's package
# step; used by the comparative repair for any Dutch pipeline.
ADJECTIVE_LEXICON = EMBEDDED_PATH / "adjective_lemmas.txt"


def resolve_model(name_or_path: str | None) -> str:
    """The identity of the pipeline a run uses (also part of the cache key)."""
    if not name_or_path or name_or_path == EMBEDDED_NAME:
        return str(EMBEDDED_PATH)
    return name_or_path


@lru_cache(maxsize=4)
def load_pipeline(name_or_path: str | None = None, exclude: tuple[str, ...] = ()) -> "Language":
    """Load a pipeline by package name or folder path; never downloads anything.

    smartlint's parse repairs (:mod:`smartlint.nlp.components`) are added after the
    parser of whichever pipeline is loaded.
    """
    import spacy  # heavy: imported only when a parse is needed

    from smartlint.nlp.components import add_fixes

    target = resolve_model(name_or_path)
    path = Path(target)
    try:
        if path.exists():
            return _with_analysis(add_fixes(spacy.load(path, exclude=list(exclude)), ADJECTIVE_LEXICON))
        if "/" in target or "\\" in target or target.startswith("."):
            raise ModelError(f"model folder '{target}' does not exist")
        return _with_analysis(add_fixes(spacy.load(target, exclude=list(exclude)), ADJECTIVE_LEXICON))
    except OSError as err:
        if "E050" in str(err) or "Can't find model" in str(err):
            raise ModelError(
                f"spaCy pipeline '{target}' is not installed in this Python environment; "
                f"install its package (e.g. 'python -m spacy download {target}', which needs "
                f"network access, or 'pip install' of the pipeline's wheel file), pass the path "
                f"of a pipeline folder, or omit --model to use the embedded {EMBEDDED_NAME}"
            ) from None
        raise ModelError(f"cannot load spaCy pipeline '{target}': {err}") from None


def _with_analysis(nlp: "Language") -> "Language":
    """The clause analysis (smartlint.nl.clauses) runs last, on the repaired parse."""
    from smartlint.nl.clauses import CLAUSES, FOLD_NORMS

    _words_not_abbreviations(nlp)
    _forms_of_address_whole(nlp)

    for name in (CLAUSES, FOLD_NORMS):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def _words_not_abbreviations(nlp: "Language") -> None:
    """spaCy's Dutch tokenizer keeps "u." and "app." whole as abbreviations; in a message
    they end a sentence ("Sanne belt u.", "via de app."), so the word loses its period and
    with it its reading (lexicon ``not_abbreviations``, with a capital too)."""
    from smartlint.nl.lexicon import lexicon

    words = lexicon()["not_abbreviations"].words
    drop = {f"{w}." for w in words} | {f"{w.capitalize()}." for w in words}
    if drop & set(nlp.tokenizer.rules):
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in drop}


def _forms_of_address_whole(nlp: "Language") -> None:
    """spaCy's Dutch tokenizer splits "mw." into "mw" + "." (it keeps "dhr." and "mevr."
    whole), and a period after a word may end the sentence: "belt mw. Bakker u terug"
    lost its subject.  Each abbreviated form of address (lexicon ``honorifics``) is
    one token, with a capital too."""
    from spacy.symbols import ORTH

    from smartlint.nl.lexicon import lexicon

    for word in lexicon()["honorifics"].words:
        if not word.endswith("."):
            continue
        for form in (word, word.capitalize()):
            if form not in nlp.tokenizer.rules:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
