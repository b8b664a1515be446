#!/usr/bin/env python3
"""Validate the paraphrase evaluation set.

Checks: YAML parses; required fields; unique ids; known categories in expect and
hard_negative; expect and hard_negative disjoint; 'today' is a date; every
"weekday day month [year]" in a text agrees with the calendar unless the text is
labelled date-problem (year-less dates resolve to the next occurrence on/after today);
at least 8 positives and 8 hard negatives per category; share of clean texts.
Usage: python3 validate.py [DIR] [--counts]   (DIR defaults to the directory of this script)
"""
import datetime as dt
import glob
import os
import re
import sys
from collections import Counter

import yaml

HERE = next((a for a in sys.argv[1:] if not a.startswith("-")), os.path.dirname(os.path.abspath(__file__)))
CATS = ["vague-word", "unquantified-adjective", "missing-who", "missing-what",
        "missing-when", "no-next-step", "incident-time-estimate",
        "incident-explanation", "other-client", "date-problem",
        "unrealistic-promise", "missing-how"]
KINDS = {"reply", "canned", "incident-update", "meeting-note", "order-confirmation"}
CONTEXTS = {"auto", "normal", "incident"}
DAYS = {"maandag": 0, "ma": 0, "dinsdag": 1, "di": 1, "woensdag": 2, "wo": 2,
        "donderdag": 3, "do": 3, "vrijdag": 4, "vr": 4, "zaterdag": 5, "za": 5,
        "zondag": 6, "zo": 6}
MONTHS = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3,
          "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
          "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
          "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
DATE_RE = re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\s+(%s)\.?(?:\s+(\d{4}))?\b" % (
    "|".join(sorted(DAYS, key=len, reverse=True)),
    "|".join(sorted(MONTHS, key=len, reverse=True))), re.I)
PLAIN_RE = re.compile(r"\b(\d{1,2})\s+(%s)\.?(?:\s+(\d{4}))?\b" % "|".join(
    sorted(MONTHS, key=len, reverse=True)), re.I)


def resolve(day, month, year, today):
    if year:
        return dt.date(int(year), month, day)
    for y in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d >= today:
            return d
    raise ValueError("no valid occurrence")


def main():
    errors, warnings, items = [], [], []
    for path in sorted(glob.glob(os.path.join(HERE, "*.yaml"))):
        data = yaml.safe_load(open(path, encoding="utf-8"))
        if not isinstance(data, list):
            errors.append(f"{path}: top level is not a list"); continue
        for it in data:
            it["_file"] = os.path.basename(path)
            items.append(it)
    ids = Counter(it.get("id") for it in items)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    for it in items:
        iid = it.get("id")
        for f in ("id", "kind", "text", "expect"):
            if f not in it:
                errors.append(f"{iid}: missing field {f}")
        if it.get("kind") not in KINDS:
            errors.append(f"{iid}: unknown kind {it.get('kind')}")
        if it.get("context", "auto") not in CONTEXTS:
            errors.append(f"{iid}: unknown context {it.get('context')}")
        today = it.get("today", dt.date(2026, 11, 22))
        if not isinstance(today, dt.date):
            errors.append(f"{iid}: today is not a date"); continue
        exp = it.get("expect") or []
        hn = it.get("hard_negative") or []
        for c in exp + hn:
            if c not in CATS:
                errors.append(f"{iid}: unknown category {c}")
        if len(set(exp)) != len(exp) or len(set(hn)) != len(hn):
            errors.append(f"{iid}: duplicate category in a list")
        if set(exp) & set(hn):
            errors.append(f"{iid}: category both expected and hard negative: {set(exp) & set(hn)}")
        n = len([s for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"].strip()) if s.strip()])
        if n > 8:
            errors.append(f"{iid}: {n} sentences/lines (too long?)")
        if "date-problem" in exp:
            continue
        text = it["text"]
        for m in re.finditer(r"\b(\d{1,2})\s+(%s)\s+(\d{4})\b" % "|".join(MONTHS), text, re.I):
            try:
                d = dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
            except ValueError:
                continue
            if d < today:
                warnings.append(f"{iid}: '{m.group(0)}' lies before today; check it is narrated, not promised")
        for m in DATE_RE.finditer(text):
            wd, day, mon, year = m.group(1).lower(), int(m.group(2)), MONTHS[m.group(3).lower()], m.group(4)
            try:
                d = resolve(day, mon, year, today)
            except ValueError:
                errors.append(f"{iid}: nonexistent date '{m.group(0)}' without date-problem label"); continue
            if d.weekday() != DAYS[wd]:
                errors.append(f"{iid}: '{m.group(0)}' is a {d:%A} ({d}) but not labelled date-problem")
        for m in PLAIN_RE.finditer(text):
            day, mon, year = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3)
            try:
                resolve(day, mon, year, today)
            except ValueError:
                errors.append(f"{iid}: nonexistent date '{m.group(0)}' without date-problem label")
    pos, neg = Counter(), Counter()
    for it in items:
        for c in it.get("expect") or []:
            pos[c] += 1
        for c in it.get("hard_negative") or []:
            neg[c] += 1
    for c in CATS:
        if pos[c] < 8 or neg[c] < 8:
            errors.append(f"category {c}: {pos[c]} positives, {neg[c]} hard negatives (need 8/8)")
    clean = sum(1 for it in items if not it.get("expect"))
    if clean / max(len(items), 1) < 0.40:
        errors.append(f"only {clean}/{len(items)} clean texts (< 40%)")
    if "--counts" in sys.argv or errors:
        print(f"{len(items)} texts, {clean} clean ({100*clean/len(items):.0f}%)")
        print(f"{'category':26} {'pos':>4} {'hardneg':>8}")
        for c in CATS:
            print(f"{c:26} {pos[c]:4} {neg[c]:8}")
        print("per file:", dict(Counter(it['_file'] for it in items)))
        print("kinds:", dict(Counter(it['kind'] for it in items)))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
