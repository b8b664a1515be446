"""The word lists of the promise analysis, compiled once per parameter set.

They come from the rule's ``params`` in rules/smart.yaml (see the comment at the
top of that pack for what each list means).  Lists a caller leaves out fall back
to that built-in pack, so :func:`promise_words` with no params gives the shipped
lists, and other checks (dates, vague words) share them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smartlint.checks.lexicon import PhraseList, fold, params_key, with_defaults
from smartlint.checks.verbs import VerbList

PACK_FILE = "smart.yaml"
VERB_LISTS = (
    "vague_actions", "empty_actions", "concrete_actions", "receive_verbs", "follows_verbs", "non_promise_verbs",
    "bare_verbs", "performative_verbs", "ongoing_verbs", "appointment_verbs",
)
PHRASE_LISTS = (
    "vague_actors", "specific_roles", "customer_nouns", "concrete_when_words", "vague_when_words",
    "courtesy_markers", "performative_markers", "courtesy_sentences", "incident_model_wording",
    "next_step_fields", "anaphoric_when_words", "action_item_labels", "statement_phrases",
    "incident_report_nouns", "timestamp_labels", "report_later_words", "fixed_words",
)
INCIDENT_LISTS = ("incident_when_markers", "incident_resolved_words")
LIBRARY_LISTS = ("incident_when_markers", "library_event_words")
# Everything PromiseWords.from_params reads: the rest of a rule's params
# (no_next_step's ``library_strings``, suggestions) does not change the analysis.
WORD_PARAMS = frozenset(VERB_LISTS + PHRASE_LISTS + INCIDENT_LISTS + LIBRARY_LISTS)


@dataclass(frozen=True)
class PromiseWords:
    verbs: dict[str, VerbList]
    phrases: dict[str, PhraseList]
    incident_when: "re.Pattern | None"  # "zodra ... opgelost"
    library_event_when: "re.Pattern | None"  # "zodra de betaling is verwerkt" (a template's trigger)
    known_forms: frozenset[str]  # finite and infinitive forms of every listed verb
    participles: frozenset[str]
    past_forms: frozenset[str]

    def __getattr__(self, name: str):
        # words.vague_actions, words.concrete_when_words, ... read like fields.
        for table in ("verbs", "phrases"):
            entries = self.__dict__.get(table, {})
            if name in entries:
                return entries[name]
        raise AttributeError(name)

    @classmethod
    def from_params(cls, merged: dict) -> "PromiseWords":
        verbs = {key: VerbList.parse(merged.get(key) or []) for key in VERB_LISTS}
        phrases = {key: PhraseList(merged.get(key) or []) for key in PHRASE_LISTS}
        lists = verbs.values()
        return cls(
            verbs,
            phrases,
            _marker_then_words(*(merged.get(key) or [] for key in INCIDENT_LISTS)),
            _marker_then_words(*(merged.get(key) or [] for key in LIBRARY_LISTS)),
            frozenset().union(*(v.forms() for v in lists)),
            frozenset().union(*(v.participles() for v in lists)),
            frozenset().union(*(v.past_forms() for v in lists)),
        )


_WORDS: dict[str, PromiseWords] = {}


def merged_params(params: dict | None) -> dict:
    """The caller's params over the built-in ones (rules/smart.yaml)."""
    return with_defaults(params, PACK_FILE, "smart.")


_KEYS_BY_OBJECT: dict[int, tuple[dict | None, str]] = {}


def words_key(params: dict | None) -> str:
    """One key for equal word lists, whether given in full or left to the defaults;
    params that are no word lists (:data:`WORD_PARAMS`) do not count, so the SMART
    rules and no_next_step share one promise analysis per message.

    Remembered per params object: the checks ask for it for every message with the
    rule's own (unchanging) params dict, and merging and comparing the lexicon-sized
    lists each time cost more than the checks (1.4 s of 10 s on a 7,900-string pack)."""
    cached = _KEYS_BY_OBJECT.get(id(params))
    if cached is not None and cached[0] is params:
        return cached[1]
    key = params_key({k: v for k, v in merged_params(params).items() if k in WORD_PARAMS})
    if len(_KEYS_BY_OBJECT) >= 256:
        _KEYS_BY_OBJECT.clear()
    _KEYS_BY_OBJECT[id(params)] = (params, key)  # kept alive, so its id is not reused
    return key


def promise_words(params: dict | None = None) -> PromiseWords:
    key = words_key(params)
    if key not in _WORDS:
        _WORDS[key] = PromiseWords.from_params(merged_params(params))
    return _WORDS[key]


def _marker_then_words(markers: list, words: list) -> "re.Pattern | None":
    """A marker and, within one sentence, one of ``words``: "zodra ... opgelost" (incident),
    "zodra ... verwerkt" (a library template's event)."""
    if not markers or not words:
        return None
    alt = lambda xs: "|".join(r"\s+".join(map(re.escape, fold(str(x)).split())) for x in xs)  # noqa: E731
    # "zodra" ... "opgelost" within one sentence: "zodra de storing is opgelost"
    return re.compile(
        rf"(?<![\w-])(?:{alt(markers)})(?![\w-])[^.!?]{{0,80}}?(?<![\w-])(?:{alt(words)})(?![\w-])"
    )
