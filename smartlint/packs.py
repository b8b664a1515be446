"""Loading and validating YAML rule packs.

A pack is data a support lead can read and extend (see docs/rule-packs.md); this
module turns it into :class:`Rule` objects and rejects anything malformed with a
one-line :class:`PackError` naming the file, the rule and the field.  It never
imports spaCy: ``smartlint rules`` and ``smartlint explain`` only need the data.
Compiling the ``match``/``unless`` parts into spaCy matchers happens later, once
per engine, in :mod:`smartlint.matching`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from smartlint.errors import PackError
from smartlint.findings import CATEGORIES, SEVERITIES
from smartlint.rules_folder import builtin_pack_dir
from smartlint.safeyaml import safe_load
from smartlint.segments import SEGMENT_KINDS, SOURCES
from smartlint.text_dates import unknown_placeholders

CONTEXTS = ("normal", "incident")
PHRASE_ATTRS = ("lower", "lemma")
UNLESS_SCOPES = ("match", "sentence", "message")
MATCH_KINDS = ("phrases", "patterns", "check")

_RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# `definitions` holds YAML anchors (&name) that several rules reuse (*name).
_PACK_KEYS = ("pack", "rules", "definitions")
_PACK_META_KEYS = ("name", "description", "version")
_RULE_KEYS = (
    "id", "category", "severity", "message", "why", "suggestion", "example",
    "use_instead", "contexts", "kinds", "sources", "scope", "yields_to", "yields_in_sentence_to", "match", "unless", "in_formulas", "fix",
)
_REQUIRED_RULE_TEXT = ("message", "why")
_OPTIONAL_RULE_TEXT = ("suggestion", "example", "use_instead")
# Token attributes a pattern may use (spaCy's Matcher validates the values later).
_TOKEN_KEYS = {
    "ORTH", "TEXT", "NORM", "LOWER", "LEMMA", "POS", "TAG", "MORPH", "DEP", "SHAPE",
    "PREFIX", "SUFFIX", "LENGTH", "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID",
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE",
    "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT",
    "IS_RIGHT_PUNCT", "IS_CURRENCY", "IS_SENT_START", "SENT_START", "SPACY",
    "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "OP", "_",
}


@dataclass
class Rule:
    """One rule of a pack, validated.

    ``match`` is one normalised condition (``{"phrases": [...], "on": "lower"}``,
    ``{"patterns": [...]}`` or ``{"check": name, "params": {...}}``); ``unless`` is
    None, one such condition with a ``scope``, or ``{"any": [conditions]}`` when the
    pack gives a list (use :attr:`unless_parts`).
    """

    id: str
    category: str
    severity: str
    message: str
    why: str
    suggestion: str | None
    example: str | None
    use_instead: str | None
    pack: str
    source: str
    match: dict
    unless: dict | None
    contexts: list[str] = field(default_factory=lambda: list(CONTEXTS))
    # The segment kinds the rule applies to (smartlint.segments.SEGMENT_KINDS).
    kinds: list[str] = field(default_factory=lambda: list(SEGMENT_KINDS))
    # Where the text comes from (SOURCES): a draft written for one reader, or a string of a
    # message library (YAML/JSON/PO/CSV/XLIFF values), which the software sends to everyone.
    sources: list[str] = field(default_factory=lambda: list(SOURCES))
    # Where in a message the rule applies, by what the clause does (after Vale's
    # scope): {"acts": [...]} only there, {"not_acts": [...]} everywhere else.
    scope: dict | None = None
    # Categories this rule gives way to: a finding of it that overlaps a finding of one
    # of these is dropped ("snel" is a vague word, not also an unquantified adjective).
    yields_to: list[str] = field(default_factory=list)
    # Categories this rule gives way to within a sentence: "Wij lossen al uw problemen op"
    # is one unrealistic promise, not also a promise without a moment.
    yields_in_sentence_to: list[str] = field(default_factory=list)
    # Also match inside greetings, sign-offs and signatures (normally skipped).
    in_formulas: bool = False
    # A safe replacement of the matched words (smartlint.fixes.validate_fix_spec).
    fix: dict | None = None

    @property
    def unless_parts(self) -> list[dict]:
        """``unless`` as a list: a pack may give one condition or a list of them."""
        if not self.unless:
            return []
        return list(self.unless.get("any", [self.unless]))


# rules/lexicon.yaml is vocabulary (smartlint.nl.lexicon), not a rule pack.
_NOT_PACKS = {"lexicon.yaml"}


def builtin_pack_paths() -> list[Path]:
    """The packs shipped as ``smartlint.rules``."""
    return sorted(p for p in builtin_pack_dir().glob("*.yaml") if p.name not in _NOT_PACKS)


def load_packs(extra_paths: Iterable[str] = (), builtin: bool = True) -> list[Rule]:
    """All rules of the built-in packs (unless ``builtin=False``) and ``extra_paths``."""
    paths: list[tuple[Path, str]] = []
    if builtin:
        paths += [(p, f"rules/{p.name}") for p in builtin_pack_paths()]
    paths += [(Path(p), str(p)) for p in extra_paths]
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path, shown in paths:
        for rule in load_pack_file(path, shown):
            if rule.id in seen:
                raise PackError(
                    f"rule '{rule.id}': duplicate id (already defined in {seen[rule.id]})", shown
                )
            seen[rule.id] = shown
            rules.append(rule)
    return rules


def load_pack_file(path: Path, shown: str | None = None) -> list[Rule]:
    """Read and validate one pack file; ``shown`` is the path used in messages."""
    shown = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError("pack file not found", shown) from None
    except (OSError, UnicodeDecodeError) as err:
        raise PackError(f"cannot read pack file ({err})", shown) from None
    try:
        data = safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise PackError(f"invalid YAML: {where}{problem}", shown) from None
    return parse_pack(data, shown)


def parse_pack(data: Any, shown: str) -> list[Rule]:
    if not isinstance(data, dict):
        raise PackError("a pack must be a mapping with 'pack' and 'rules'", shown)
    _reject_unknown(data, _PACK_KEYS, shown, "pack file")
    meta = data.get("pack")
    if not isinstance(meta, dict) or not isinstance(meta.get("name"), str) or not meta["name"]:
        raise PackError("'pack' must be a mapping with at least a 'name'", shown)
    _reject_unknown(meta, _PACK_META_KEYS, shown, "'pack'")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        raise PackError("'rules' must be a list of rules", shown)
    rules = []
    ids: set[str] = set()
    for index, raw in enumerate(raw_rules, 1):
        rule = _parse_rule(raw, index, meta["name"], shown)
        if rule.id in ids:
            raise PackError(f"rule '{rule.id}': duplicate id in this pack", shown)
        ids.add(rule.id)
        rules.append(rule)
    return rules


def _parse_rule(raw: Any, index: int, pack: str, shown: str) -> Rule:
    if not isinstance(raw, dict):
        raise PackError(f"rule #{index}: must be a mapping", shown)
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
        raise PackError(
            f"rule #{index}: 'id' must be kebab-case like 'vague-zsm' (got {rule_id!r})", shown
        )
    where = f"rule '{rule_id}'"

    def fail(problem: str) -> PackError:
        return PackError(f"{where}: {problem}", shown)

    _reject_unknown(raw, _RULE_KEYS, shown, where)
    category = raw.get("category")
    if category not in CATEGORIES:
        raise fail(f"unknown category {category!r} (expected one of {', '.join(CATEGORIES)})")
    severity = raw.get("severity")
    if severity not in SEVERITIES:
        raise fail(f"unknown severity {severity!r} (expected one of {', '.join(SEVERITIES)})")
    texts: dict[str, str | None] = {}
    for key in _REQUIRED_RULE_TEXT + _OPTIONAL_RULE_TEXT:
        value = raw.get(key)
        if value is None and key in _OPTIONAL_RULE_TEXT:
            texts[key] = None
            continue
        if not isinstance(value, str) or not value.strip():
            raise fail(f"'{key}' must be a non-empty text")
        texts[key] = value.strip()
    if "\n" in texts["message"]:
        raise fail("'message' must be one line")
    for key, value in texts.items():
        bad = unknown_placeholders(value) if value else []
        if bad:
            raise fail(f"'{key}': unknown date placeholder '{{datum:{bad[0]}}}'; "
                       f"write a weekday, e.g. '{{datum:maandag}}'")
    contexts = raw.get("contexts", list(CONTEXTS))
    if (
        not isinstance(contexts, list)
        or not contexts
        or any(c not in CONTEXTS for c in contexts)
    ):
        raise fail(f"'contexts' must be a non-empty list of {', '.join(CONTEXTS)} (got {contexts!r})")
    kinds = raw.get("kinds", list(SEGMENT_KINDS))
    if not isinstance(kinds, list) or not kinds or any(k not in SEGMENT_KINDS for k in kinds):
        raise fail(f"'kinds' must be a non-empty list of {', '.join(SEGMENT_KINDS)} (got {kinds!r})")
    sources = raw.get("sources", list(SOURCES))
    if not isinstance(sources, list) or not sources or any(k not in SOURCES for k in sources):
        raise fail(f"'sources' must be a non-empty list of {', '.join(SOURCES)} (got {sources!r})")
    scope = _validate_scope(raw.get("scope"), fail)
    yields_to, in_sentence = raw.get("yields_to", []), raw.get("yields_in_sentence_to", [])
    for key, value in (("yields_to", yields_to), ("yields_in_sentence_to", in_sentence)):
        if not isinstance(value, list) or any(c not in CATEGORIES for c in value):
            raise fail(f"'{key}' must be a list of categories ({', '.join(CATEGORIES)}) (got {value!r})")
    in_formulas = raw.get("in_formulas", False)
    if not isinstance(in_formulas, bool):
        raise fail("'in_formulas' must be true or false")
    if "match" not in raw:
        raise fail("'match' is missing")
    match = _validate_match(raw["match"], fail, "match", allow_scope=False)
    unless = raw.get("unless")
    if unless is not None:
        if isinstance(unless, list):
            if not unless:
                raise fail("'unless' must not be an empty list")
            parts = [
                _validate_match(u, fail, f"unless[{i}]", allow_scope=True)
                for i, u in enumerate(unless)
            ]
            unless = {"any": parts}
        else:
            unless = _validate_match(unless, fail, "unless", allow_scope=True)
    from smartlint.fixes import validate_fix_spec

    fix = validate_fix_spec(raw.get("fix"), fail)
    return Rule(
        id=rule_id,
        category=category,
        severity=severity,
        message=texts["message"],
        why=texts["why"],
        suggestion=texts["suggestion"],
        example=texts["example"],
        use_instead=texts["use_instead"],
        pack=pack,
        source=shown,
        match=match,
        unless=unless,
        contexts=list(contexts),
        kinds=list(kinds),
        sources=list(sources),
        scope=scope,
        yields_to=list(yields_to),
        yields_in_sentence_to=list(in_sentence),
        in_formulas=in_formulas,
        fix=fix,
    )


def _with_lexicon(words: list, fail, field_name: str) -> list:
    """A word list with "@name" entries replaced by the lexicon list ``name`` and every
    phrase's spoken variants added ("zo snel mogelijk" also finds "zsm"): the one
    matching semantics of rules/lexicon.yaml."""
    from smartlint.nl.lexicon import lexicon

    try:
        return lexicon().resolve(words)
    except PackError as err:
        raise fail(f"'{field_name}': {err.message}") from None


def _resolve_params(value: Any, fail, field_name: str) -> Any:
    if isinstance(value, list) and any(isinstance(v, str) and v.startswith("@") for v in value):
        return _with_lexicon(value, fail, field_name)
    if isinstance(value, dict):
        return {k: _resolve_params(v, fail, f"{field_name}.{k}") for k, v in value.items()}
    return value


def _validate_scope(scope: Any, fail, name: str = "scope") -> dict | None:
    """``{acts: [...]}`` or ``{not_acts: [...]}``, optionally with ``subjects: [...]``
    (the clause's subject kinds) and ``not_narrated: true`` (not in a clause telling the
    past: "Sorry dat het zo lang duurde"), and, for the rule's own scope, ``library:`` another such
    scope that replaces it in library strings (where most text is the software describing
    itself, so a rule may want to speak only inside our promises)."""
    from smartlint.nl import ACTS, SUBJECT_KINDS

    if scope is None:
        return None
    allowed = {"acts", "not_acts", "subjects", "not_narrated"} | ({"library"} if name == "scope" else set())
    shape = f"'{name}' must be {{acts: [...]}} or {{not_acts: [...]}}, optionally with 'subjects: [...]'" + (
        " and 'library: {...}'" if name == "scope" else "")
    if not isinstance(scope, dict) or not scope or set(scope) - allowed or {"acts", "not_acts"} <= set(scope):
        raise fail(shape)
    out: dict = {}
    for key, names in (("acts", ACTS), ("not_acts", ACTS), ("subjects", SUBJECT_KINDS)):
        if key in scope:
            values = scope[key]
            if not isinstance(values, list) or not values or any(v not in names for v in values):
                raise fail(f"'{name}.{key}' must be a non-empty list of {', '.join(names)} (got {values!r})")
            out[key] = list(values)
    if "not_narrated" in scope:
        if not isinstance(scope["not_narrated"], bool):
            raise fail(f"'{name}.not_narrated' must be true or false")
        out["not_narrated"] = scope["not_narrated"]
    if "library" in scope:
        out["library"] = _validate_scope(scope["library"], fail, f"{name}.library")
    return out


def _validate_match(spec: Any, fail, field_name: str, allow_scope: bool) -> dict:
    """Check one ``match``/``unless`` mapping; returns a normalised copy."""
    if not isinstance(spec, dict):
        raise fail(f"'{field_name}' must be a mapping with one of {', '.join(MATCH_KINDS)}")
    if True in spec and "on" not in spec:
        # YAML 1.1 reads the bare key `on:` as the boolean true.
        spec = {("on" if key is True else key): value for key, value in spec.items()}
    allowed = MATCH_KINDS + ("on", "params") + (("scope",) if allow_scope else ())
    for key in spec:
        if key not in allowed:
            raise fail(_unknown_key_message(key, allowed, f"'{field_name}'"))
    kinds = [k for k in MATCH_KINDS if k in spec]
    if len(kinds) != 1:
        raise fail(f"'{field_name}' needs exactly one of {', '.join(MATCH_KINDS)} (got {kinds or 'none'})")
    kind = kinds[0]
    out: dict = {}
    if allow_scope:
        scope = spec.get("scope", "match")
        if scope not in UNLESS_SCOPES:
            raise fail(f"'{field_name}.scope' must be one of {', '.join(UNLESS_SCOPES)} (got {scope!r})")
        out["scope"] = scope
    if kind != "phrases" and "on" in spec:
        raise fail(f"'{field_name}.on' only applies to phrases")
    if kind != "check" and "params" in spec:
        raise fail(f"'{field_name}.params' only applies to a check")
    if kind == "phrases":
        phrases = spec["phrases"]
        if not isinstance(phrases, list) or not phrases or not all(
            isinstance(p, str) and p.strip() for p in phrases
        ):
            raise fail(f"'{field_name}.phrases' must be a non-empty list of texts")
        attr = spec.get("on", "lower")
        if attr not in PHRASE_ATTRS:
            raise fail(f"'{field_name}.on' must be one of {', '.join(PHRASE_ATTRS)} (got {attr!r})")
        out.update(phrases=_with_lexicon([p.strip() for p in phrases], fail, field_name), on=attr)
    elif kind == "patterns":
        out["patterns"] = _validate_patterns(spec["patterns"], fail, field_name)
    else:
        name = spec["check"]
        from smartlint.checks import check_names, is_check_name  # never imports spaCy

        if not isinstance(name, str) or not is_check_name(name):
            known = check_names()
            hint = difflib.get_close_matches(str(name), known, n=1)
            extra = f"; did you mean '{hint[0]}'?" if hint else f" (known: {', '.join(known)})"
            raise fail(f"unknown check {name!r} in '{field_name}'{extra}")
        params = spec.get("params", {})
        if not isinstance(params, dict):
            raise fail(f"'{field_name}.params' must be a mapping")
        out.update(check=name, params=_resolve_params(params, fail, f"{field_name}.params"))
    return out


def _validate_patterns(patterns: Any, fail, field_name: str) -> list[list[dict]]:
    if not isinstance(patterns, list) or not patterns:
        raise fail(f"'{field_name}.patterns' must be a non-empty list of token lists")
    for n, pattern in enumerate(patterns, 1):
        if not isinstance(pattern, list) or not pattern:
            raise fail(f"'{field_name}.patterns' #{n} must be a non-empty list of token mappings")
        for token in pattern:
            if not isinstance(token, dict):
                raise fail(f"'{field_name}.patterns' #{n}: each token must be a mapping like {{LOWER: zo}}")
            for key in token:
                if str(key).upper() not in _TOKEN_KEYS:
                    raise fail(
                        _unknown_key_message(key, sorted(_TOKEN_KEYS), f"'{field_name}.patterns' #{n}")
                    )
    return patterns


def _reject_unknown(mapping: dict, allowed: tuple[str, ...], shown: str, where: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise PackError(_unknown_key_message(key, allowed, where), shown)


def _unknown_key_message(key: Any, allowed, where: str) -> str:
    hint = difflib.get_close_matches(str(key), list(allowed), n=1)
    tail = f"; did you mean '{hint[0]}'?" if hint else f" (expected one of {', '.join(allowed)})"
    return f"{where}: unknown field {key!r}{tail}"
