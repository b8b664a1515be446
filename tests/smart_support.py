"""Helpers for the promise, SMART and date tests: parse a text the way the engine
does (placeholders masked, sentence starts preset from the e-mail structure) and
call a check with the shipped pack params."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from smartlint.checks import CheckContext
from smartlint.nlp import load_pipeline
from smartlint.preprocess import apply_sentence_starts, prepare

TODAY = date(2026, 11, 22)  # a Sunday; 23 November 2026 is a Monday, 1 December a Tuesday
RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def parse(text: str):
    """(doc, placeholders) as the engine builds them."""
    nlp = load_pipeline()
    prepared = prepare(text)
    doc = nlp.make_doc(prepared.text)
    apply_sentence_starts(doc, prepared)
    return nlp(doc), prepared.placeholders


def context(placeholders=(), kind: str = "normal", today: date = TODAY) -> CheckContext:
    return CheckContext(today=today, context=kind, placeholders=list(placeholders))


def pack_params(pack: str, rule_id: str) -> dict:
    """The ``params`` of one rule of a shipped pack, as the engine gets them (YAML
    anchors and "@name" lexicon lists resolved)."""
    from smartlint.packs import load_pack_file

    (rule,) = [r for r in load_pack_file(RULES_DIR / pack) if r.id == rule_id]
    return rule.match["params"]


def run(check, text: str, params: dict | None = None, kind: str = "normal", today: date = TODAY):
    """[(hit text, hit)] of ``check`` on ``text``."""
    doc, placeholders = parse(text)
    hits = list(check(doc, context(placeholders, kind, today), params or {}))
    return [(doc.text[h.start:h.end], h) for h in hits]


def spans(check, text: str, params: dict | None = None, kind: str = "normal", today: date = TODAY) -> list[str]:
    return [span for span, _ in run(check, text, params, kind, today)]
