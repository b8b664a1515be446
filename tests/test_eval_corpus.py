"""The labelled evaluation corpus: its shape, its own consistency, and the engine's floor.

The floor test runs the real engine over every corpus text (one pipeline load) and
fails when a category's text-level precision or recall drops below the floors below.
Raise the floors as the engine improves; the target is precision 0.90, recall 0.85.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "eval"))

from corpus_loader import load_corpus, run_engine, score, unknown_categories  # noqa: E402

from smartlint.findings import CATEGORIES  # noqa: E402

# Per-category floors: what the engine reached when last measured (2026-11-22 run,
# 240 texts), rounded down to the 0.05 below.  The engine was tuned while this corpus
# was visible, so these guard against regressions; they do not measure generalisation.
# Categories have 16-90 positive texts: one text flipping moves a small category ~0.06.
# 2026-12-02: with the retrained pipeline (test LAS 0.72) missing-when recall is 0.94
# (3 of 50 missed, e.g. "Fix komt z.s.m." with "Fix" tagged ADV), so its floor is 0.90.
# 2026-12-03: unrealistic-promise (10 positives, corpus/handbook_promises.yaml) and
# missing-how (25 positives, 22 of them relabelled texts that promise to inform without
# a channel) both at 1.00 / 1.00 when added.
FLOOR_P: dict[str, float] = {
    "vague-word": 0.95, "unquantified-adjective": 0.95, "missing-who": 0.95, "missing-what": 0.95,
    "missing-when": 0.95, "no-next-step": 0.95, "incident-time-estimate": 0.95,
    "incident-explanation": 0.95, "other-client": 0.95, "date-problem": 0.95,
    "unrealistic-promise": 0.95, "missing-how": 0.95,
}
FLOOR_R: dict[str, float] = {
    "vague-word": 0.95, "unquantified-adjective": 0.95, "missing-who": 0.95, "missing-what": 0.95,
    "missing-when": 0.90, "no-next-step": 0.95, "incident-time-estimate": 0.95,
    "incident-explanation": 0.95, "other-client": 0.95, "date-problem": 0.95,
    "unrealistic-promise": 0.95, "missing-how": 0.95,
}

MIN_TEXTS = 150
MIN_POSITIVES = 8
MIN_HARD_NEGATIVES = 8

ITEMS = load_corpus()


def test_floors_cover_every_category():
    assert set(FLOOR_P) == set(FLOOR_R) == set(CATEGORIES)


def test_corpus_is_large_enough():
    assert len(ITEMS) >= MIN_TEXTS


def test_labels_use_only_known_categories():
    offenders = {item.id: sorted(unknown_categories(item)) for item in ITEMS if unknown_categories(item)}
    assert offenders == {}


def test_hard_negatives_are_not_expected():
    assert [item.id for item in ITEMS if item.expect & item.hard_negative] == []


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_has_positives_and_hard_negatives(category):
    positives = sum(category in item.expect for item in ITEMS)
    hard_negatives = sum(category in item.hard_negative for item in ITEMS)
    assert positives >= MIN_POSITIVES, f"{category}: {positives} positive texts"
    assert hard_negatives >= MIN_HARD_NEGATIVES, f"{category}: {hard_negatives} hard negatives"


# ------------------------------------------------------------- the corpus's own dates

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
_DATE = re.compile(
    r"(?:\b(?P<weekday>" + "|".join(_WEEKDAYS) + r")\s+)?"
    r"\b(?P<day>\d{1,2})(?:\s+(?P<month_name>" + "|".join(_MONTHS) + r")|-(?P<month>\d{1,2})\b)"
    r"(?:[\s-](?P<year>20\d\d))?",
    re.IGNORECASE,
)


def _date_mentions(text: str, today: date):
    """(weekday or None, resolved date or None when it does not exist, year given?)."""
    for m in _DATE.finditer(text):
        month = _MONTHS.index(m["month_name"].lower()) + 1 if m["month_name"] else int(m["month"])
        day, year = int(m["day"]), m["year"]
        candidates = [int(year)] if year else [today.year, today.year + 1]
        resolved = None
        for y in candidates:
            try:
                d = date(y, month, day)
            except ValueError:
                break  # the day does not exist in that month
            if year or d >= today:
                resolved = d
                break
        weekday = m["weekday"].lower() if m["weekday"] else None
        yield weekday, resolved, bool(year)


def _date_faults(item) -> list[str]:
    faults = []
    for weekday, resolved, _ in _date_mentions(item.text, item.today):
        if resolved is None:
            faults.append("a date that does not exist")
        elif weekday and _WEEKDAYS[resolved.weekday()] != weekday:
            faults.append(f"{weekday} {resolved} is a {_WEEKDAYS[resolved.weekday()]}")
    return faults


def test_weekdays_in_texts_without_date_problem_are_right():
    """Guards the labels: a wrong weekday must be on purpose, and then labelled."""
    wrong = {item.id: _date_faults(item) for item in ITEMS
             if "date-problem" not in item.expect and _date_faults(item)}
    assert wrong == {}


def test_every_date_problem_label_has_a_date_to_blame():
    def blamable(item) -> bool:
        past = any(has_year and resolved and resolved < item.today
                   for _, resolved, has_year in _date_mentions(item.text, item.today))
        return bool(_date_faults(item)) or past

    assert [item.id for item in ITEMS if "date-problem" in item.expect and not blamable(item)] == []


# ------------------------------------------------------------------ the engine's floor


@pytest.fixture(scope="module")
def category_scores():
    scores, _ = score(run_engine(ITEMS))
    return scores


@pytest.mark.parametrize("category", CATEGORIES)
def test_engine_precision_floor(category_scores, category):
    s = category_scores[category]
    precision = s.precision if s.precision is not None else 0.0
    assert precision >= FLOOR_P[category], f"{category}: TP={s.tp} FP={s.fp} FN={s.fn}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_engine_recall_floor(category_scores, category):
    s = category_scores[category]
    assert s.recall >= FLOOR_R[category], f"{category}: TP={s.tp} FP={s.fp} FN={s.fn}"
