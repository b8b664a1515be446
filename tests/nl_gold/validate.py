#!/usr/bin/env python3
"""Validate the clause gold set (dev.jsonl, dev2-dev10.jsonl, test.jsonl, test2-test8.jsonl) and print counts.

Checks: valid JSON per line, exact field set, allowed values, unique ids and
texts across both files, subject / finite_verb / condition / time are
substrings of text (and whole-word matches) when not null, and internal
consistency (mood none <-> finite_verb null, subject_kind none <-> subject null,
imperative -> no subject).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev6.jsonl", "dev7.jsonl", "dev8.jsonl", "dev9.jsonl", "dev10.jsonl", "test.jsonl", "test2.jsonl", "test3.jsonl", "test4.jsonl", "test5.jsonl", "test6.jsonl", "test7.jsonl", "test8.jsonl", "dev11.jsonl", "test9.jsonl", "dev12.jsonl", "test10.jsonl", "dev13.jsonl", "test11.jsonl", "dev14.jsonl", "test12.jsonl", "dev15.jsonl", "test13.jsonl", "dev16.jsonl", "test14.jsonl", "dev17.jsonl", "test15.jsonl"]
FIELDS = ["id", "register", "text", "act", "subject", "subject_kind",
          "finite_verb", "mood", "negated", "condition", "time"]
ALLOWED = {
    "register": {"email", "canned", "chat", "system", "validation",
                 "instruction", "incident", "notes", "label", "courtesy"},
    "act": {"promise", "instruction", "question", "description", "cause",
            "courtesy", "label"},
    "subject_kind": {"speaker", "team", "person", "customer", "thing", "none"},
    "mood": {"indicative", "imperative", "interrogative", "none"},
}
SPAN_FIELDS = ["subject", "finite_verb", "condition", "time"]


def whole_word(span, text):
    pat = r"(?<![\w])" + re.escape(span) + r"(?![\w])"
    return re.search(pat, text) is not None


def main():
    errors = []
    ids, texts = {}, {}
    data = {}
    for fn in FILES:
        rows = []
        for n, line in enumerate((HERE / fn).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fn}:{n}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON: {e}")
                continue
            if list(r.keys()) != FIELDS:
                errors.append(f"{where}: fields {list(r.keys())} != {FIELDS}")
            for k, allowed in ALLOWED.items():
                if r.get(k) not in allowed:
                    errors.append(f"{where}: {k}={r.get(k)!r} not allowed")
            if not isinstance(r.get("negated"), bool):
                errors.append(f"{where}: negated must be bool")
            t = r.get("text")
            if not isinstance(t, str) or not t.strip() or t != t.strip():
                errors.append(f"{where}: bad text {t!r}")
                continue
            for k in SPAN_FIELDS:
                v = r.get(k)
                if v is None:
                    continue
                if not isinstance(v, str) or not v:
                    errors.append(f"{where}: {k} must be non-empty string or null")
                elif v not in t:
                    errors.append(f"{where}: {k}={v!r} not a substring of text")
                elif not whole_word(v, t):
                    errors.append(f"{where}: {k}={v!r} only matches inside a word")
            if (r["finite_verb"] is None) != (r["mood"] == "none"):
                errors.append(f"{where}: finite_verb null <-> mood none violated")
            if (r["subject"] is None) != (r["subject_kind"] == "none"):
                errors.append(f"{where}: subject null <-> subject_kind none violated")
            if r["mood"] == "imperative" and r["subject"] is not None:
                errors.append(f"{where}: imperative with subject")
            if r["act"] == "label" and r["finite_verb"] is not None:
                errors.append(f"{where}: label with finite verb")
            if r["id"] in ids:
                errors.append(f"{where}: duplicate id {r['id']} (also {ids[r['id']]})")
            ids[r["id"]] = where
            key = t.lower()
            if key in texts:
                errors.append(f"{where}: duplicate text (also {texts[key]})")
            texts[key] = where
            rows.append(r)
        data[fn] = rows

    for fn, rows in data.items():
        print(f"== {fn}: {len(rows)} lines")
        for k in ["act", "subject_kind", "register", "mood", "negated"]:
            c = Counter(r[k] for r in rows)
            print(f"  {k}: " + ", ".join(f"{v}={n}" for v, n in sorted(c.items(), key=lambda x: (-x[1], str(x[0])))))
        for k in ["subject", "finite_verb", "condition", "time"]:
            print(f"  {k} non-null: {sum(r[k] is not None for r in rows)}")
        pr = [r for r in rows if r["act"] == "promise"]
        print(f"  promise share: {len(pr) / len(rows):.1%}; promise subject_kind: "
              + ", ".join(f"{v}={n}" for v, n in Counter(r['subject_kind'] for r in pr).most_common()))
    total = sum(len(r) for r in data.values())
    print(f"== total: {total} lines")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
